"""Reading the audit log for the Logboek page: newest first, in Dutch time, filtered by person,
partner, action and period; administrators only."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from data_access import accounts, audit, services
from data_access import sign_in as signing
from data_access.access import OPERATOR, AccessDenied
from data_access.models import AuditEntry
from data_access.scenarios import save_scenario
from domain.whatif import Scenario
from tests.conftest import TODAY
from tests.data_access import messy_files as mf

PASSWORD = "een wachtwoord van de test"


@pytest.fixture
def logged(engine):
    """A small history: accounts, an upload by Uwoon, a refused upload by Omnia, sign-ins."""
    admin = accounts.add_account(engine, OPERATOR, "secretaris", role="admin", password=PASSWORD).actor
    uwoon = accounts.add_account(
        engine, OPERATOR, "coach-uwoon", role="corporation", corporation="Uwoon", password=PASSWORD
    ).actor
    omnia = accounts.add_account(
        engine, OPERATOR, "coach-omnia", role="corporation", corporation="Omnia Wonen", password=PASSWORD
    ).actor
    services.import_file(engine, mf.report_bytes(corporation="Uwoon"), "uwoon.xlsx", uwoon, today=TODAY)
    with pytest.raises(AccessDenied):
        services.import_file(engine, mf.report_bytes(corporation="Uwoon"), "x.xlsx", omnia, today=TODAY)
    signing.sign_in(engine, "coach-omnia", PASSWORD, "10.0.0.5")
    save_scenario(engine, admin, Scenario("Plan", {"municipal_part_pct": 40.0}))
    return admin


def test_entries_newest_first_with_who_what_and_partner(engine, logged):
    frame = audit.audit_frame(engine, logged)
    assert frame[["actor", "action", "partner"]].values.tolist() == [
        ["secretaris", "scenario_saved", ""],
        ["coach-omnia", "signed_in", "Omnia Wonen"],
        ["coach-omnia", "access_refused", "Uwoon"],  # the corporation the refusal was about
        ["coach-uwoon", "submission_stored", "Uwoon"],
        ["opdrachtregel (server)", "account_added", "Omnia Wonen"],
        ["opdrachtregel (server)", "account_added", "Uwoon"],
        ["opdrachtregel (server)", "account_added", ""],
    ]
    assert str(frame.loc[0, "at"].tzinfo) == "Europe/Amsterdam"
    assert frame.loc[2, "details"]["message"]["nl"].startswith("U mag alleen rapportages voor uw eigen")


def test_filters_by_person_action_and_partner(engine, logged):
    by_person = audit.audit_frame(engine, logged, person="coach-omnia")
    assert by_person["action"].tolist() == ["signed_in", "access_refused"]
    assert audit.audit_frame(engine, logged, action="submission_stored")["actor"].tolist() == ["coach-uwoon"]
    uwoon = audit.audit_frame(engine, logged, partner="Uwoon")
    assert uwoon["action"].tolist() == ["access_refused", "submission_stored", "account_added"]
    choices = audit.audit_choices(engine, logged)
    assert choices["people"] == ["coach-omnia", "coach-uwoon", "opdrachtregel (server)", "secretaris"]
    assert "access_refused" in choices["actions"]


def test_the_period_is_whole_dutch_days(engine, logged):
    """23:30 UTC on 29 November is already 30 November in the Netherlands."""
    with engine.begin() as conn:
        conn.execute(update(AuditEntry).values(at=datetime(2026, 11, 29, 23, 30, tzinfo=UTC)))
    assert audit.audit_frame(engine, logged, start=date(2026, 11, 29), end=date(2026, 11, 29)).empty
    on_the_30th = audit.audit_frame(engine, logged, start=date(2026, 11, 30), end=date(2026, 11, 30))
    assert len(on_the_30th) == 7
    assert on_the_30th.loc[0, "at"].strftime("%d-%m-%Y %H:%M") == "30-11-2026 00:30"
    assert len(audit.audit_frame(engine, logged, start=date(2026, 12, 1))) == 0
    assert len(audit.audit_frame(engine, logged, end=date(2026, 11, 30))) == 7
