"""Every forbidden action, for each role, on SQLite and PostgreSQL: refused by data_access with a
coded Dutch message, nothing stored, and the refusal written to the audit log with the actor.
And what each role may do, so the refusals are not simply "everything is refused"."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from data_access import accounts, audit, services, versions
from data_access.access import OPERATOR, AccessDenied, Actor
from data_access.evaluations import create_evaluation
from data_access.models import AuditEntry, Base
from data_access.parameters_admin import save_parameter_version, save_salary_table
from data_access.scenarios import delete_scenario, load_scenario, save_scenario
from domain.parameters import SalaryEntry, default_parameters
from domain.whatif import Scenario
from tests.conftest import TODAY
from tests.data_access import messy_files as mf

PASSWORD = "een wachtwoord van de test"
UWOON = mf.report_bytes(corporation="Uwoon")
UWOON_CORRECTION = mf.report_bytes(corporation="Uwoon", activity=[["Harderwijk", 40, 30, 3, 1, 1, 531, 395]])


def _snapshot(engine) -> dict:
    """Every row of every table but the audit log: what 'nothing stored' compares."""
    with engine.connect() as conn:
        return {
            table.name: [
                tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
            if table.name != "audit_log"
        }


def _refusals(engine) -> list[AuditEntry]:
    with engine.connect() as conn:
        return list(conn.execute(select(AuditEntry).where(AuditEntry.action == "access_refused")))


@pytest.fixture
def world(engine):
    """Accounts for each role, two Uwoon versions and a scenario of the administrator."""
    admin = accounts.add_account(engine, OPERATOR, "secretaris", role="admin", password=PASSWORD).actor
    steering = accounts.add_account(engine, OPERATOR, "wethouder", role="steering", password=PASSWORD).actor
    omnia = accounts.add_account(
        engine, OPERATOR, "coach-omnia", role="corporation", corporation="Omnia Wonen", password=PASSWORD
    ).actor
    uwoon = accounts.add_account(
        engine, OPERATOR, "coach-uwoon", role="corporation", corporation="Uwoon", password=PASSWORD
    ).actor
    services.import_file(engine, UWOON, "v1.xlsx", uwoon, today=TODAY)
    services.import_file(engine, UWOON_CORRECTION, "v2.xlsx", uwoon, today=TODAY)
    first = int(versions.history(engine, admin).set_index("version").loc[1, "id"])
    save_scenario(engine, admin, Scenario("Van de secretaris", {"municipal_part_pct": 40.0}))
    return {"admin": admin, "steering": steering, "omnia": omnia, "uwoon": uwoon, "first_version": first}


def _forbidden(engine, world) -> dict[str, object]:
    """Each action a non-administrator may not do, as a call taking the actor."""
    first = world["first_version"]
    return {
        "restore a version": lambda a: versions.restore_version(engine, first, a),
        "change the salary table": lambda a: save_salary_table(
            engine, a, {2024: SalaryEntry(1.0)}, date(2024, 1, 1)
        ),
        "change the agreement": lambda a: save_parameter_version(engine, a, default_parameters()),
        "remove demo data": lambda a: services.remove_demo_data(engine, a),
        "add an account": lambda a: accounts.add_account(
            engine, a, "indringer", role="admin", password=PASSWORD
        ),
        "list the accounts": lambda a: accounts.list_accounts(engine, a),
        "disable an account": lambda a: accounts.disable_account(engine, a, "secretaris"),
        "change a role": lambda a: accounts.set_role(engine, a, a.account, "admin"),
        "reset a password": lambda a: accounts.set_password(engine, a, "secretaris", "een ander wachtwoord"),
        "read the audit log": lambda a: audit.audit_frame(engine, a),
        "delete another's scenario": lambda a: delete_scenario(engine, a, "Van de secretaris"),
        "overwrite another's scenario": lambda a: save_scenario(
            engine, a, Scenario("Van de secretaris", {"municipal_part_pct": 10.0}), overwrite=True
        ),
        "upload for Uwoon": lambda a: services.import_file(
            engine, mf.report_bytes(corporation="Uwoon", moves=False), "x.xlsx", a, today=TODAY
        ),
        "download Uwoon's original file": lambda a: versions.original_file(engine, a, first),
    }


CORPORATION_ONLY = {
    "record an evaluation": lambda engine, a: create_evaluation(engine, a, "regular", 2026, today=TODAY),
    "see Uwoon's history": lambda engine, a: versions.history(engine, a, "Uwoon"),
    "see Uwoon's active version": lambda engine, a: versions.active_version(engine, a, "Uwoon", 2026, 3),
    "look for an identical Uwoon file": lambda engine, a: versions.superseded_identical_version(
        engine, a, "Uwoon", 2026, 3, "0" * 64
    ),
}


@pytest.mark.parametrize("role", ["steering", "omnia"])
def test_each_forbidden_action_is_refused_with_nothing_stored_and_an_audit_row(engine, world, role):
    actor = world[role]
    actions = dict(_forbidden(engine, world))
    if role == "omnia":
        actions |= {name: (lambda a, call=call: call(engine, a)) for name, call in CORPORATION_ONLY.items()}
    for name, action in actions.items():
        before, refusals = _snapshot(engine), len(_refusals(engine))
        with pytest.raises(AccessDenied) as refused:
            action(actor)
            pytest.fail(f"{role}: '{name}' was not refused")
        assert _snapshot(engine) == before, f"{role}: '{name}' changed the database"
        recorded = _refusals(engine)
        assert len(recorded) == refusals + 1, f"{role}: '{name}' was not recorded exactly once"
        entry = recorded[-1]
        assert (entry.actor, entry.details["account"], entry.details["role"]) == (
            actor.name,
            actor.account,
            actor.role,
        ), name
        assert entry.details["code"] == refused.value.code, name
        assert entry.details["message"]["nl"] == refused.value.message, name
        assert entry.details["message"]["en"] == refused.value.text("en"), name


def test_the_refusal_messages_say_what_and_why_in_dutch(engine, world):
    with pytest.raises(AccessDenied) as steering_upload:
        _forbidden(engine, world)["upload for Uwoon"](world["steering"])
    assert steering_upload.value.message.startswith(
        "Met de rol stuurgroep kunt u geen rapportages uploaden; dat doen de corporaties zelf."
    )
    with pytest.raises(AccessDenied) as other_corporation:
        _forbidden(engine, world)["upload for Uwoon"](world["omnia"])
    assert "dit bestand is van Uwoon" in other_corporation.value.message
    with pytest.raises(AccessDenied) as history:
        versions.history(engine, world["omnia"], "Uwoon")
    assert history.value.message == (
        "U kunt alleen de rapportages van uw eigen corporatie inzien, niet die van Uwoon."
    )
    with pytest.raises(AccessDenied) as accounts_denied:
        accounts.list_accounts(engine, world["steering"])
    assert accounts_denied.value.message == "Alleen een beheerder kan accounts aanmaken of wijzigen."


def test_what_each_role_may_do(engine, world):
    admin, steering, omnia, uwoon = (world[k] for k in ("admin", "steering", "omnia", "uwoon"))
    # A corporation sees, uploads and downloads its own; its history is only its own.
    assert set(versions.history(engine, uwoon)["corporation"]) == {"Uwoon"}
    assert versions.history(engine, omnia).empty
    assert versions.original_file(engine, uwoon, world["first_version"]).content == UWOON
    stored = services.import_file(engine, mf.report_bytes(corporation="Omnia"), "o.xlsx", omnia, today=TODAY)
    assert (stored.outcome.version, stored.outcome.stored) == (1, True)
    assert set(versions.history(engine, omnia)["corporation"]) == {"Omnia Wonen"}
    # The steering group sees every version (no files) and keeps its own scenarios.
    assert set(versions.history(engine, steering)["corporation"]) == {"Uwoon", "Omnia Wonen"}
    save_scenario(engine, steering, Scenario("Van de wethouder", {"municipal_part_pct": 45.0}))
    save_scenario(
        engine, steering, Scenario("Van de wethouder", {"municipal_part_pct": 42.0}), overwrite=True
    )
    assert load_scenario(engine, "Van de wethouder").scenario.overrides == {"municipal_part_pct": 42.0}
    # An administrator does everything, including another's scenario and any original file.
    assert versions.original_file(engine, admin, world["first_version"]).file_name == "v1.xlsx"
    delete_scenario(engine, admin, "Van de wethouder")
    assert versions.restore_version(engine, world["first_version"], admin).changed
    assert _refusals(engine) == []


def test_ownership_goes_by_account_not_by_name(engine):
    """The issue's example: two people both called "kijker" are two accounts."""
    viewer = Actor("kijker", "steering", account="kijker-gemeente")
    coach = Actor("kijker", "corporation", "Uwoon", account="kijker-uwoon")
    save_scenario(engine, viewer, Scenario("Kijkers plan", {"municipal_part_pct": 40.0}))
    with pytest.raises(AccessDenied, match="Alleen kijker of een beheerder"):
        delete_scenario(engine, coach, "Kijkers plan")
    with pytest.raises(AccessDenied):
        save_scenario(engine, coach, Scenario("Kijkers plan", {"municipal_part_pct": 1.0}), overwrite=True)
    assert load_scenario(engine, "Kijkers plan").scenario.overrides == {"municipal_part_pct": 40.0}
    [refused, _] = _refusals(engine)
    assert refused.details["account"] == "kijker-uwoon"
    delete_scenario(engine, viewer, "Kijkers plan")  # its own account may


def test_an_actor_without_an_account_owns_nothing(engine):
    """Code that builds an Actor by name only cannot claim a scenario saved under that name."""
    save_scenario(
        engine, Actor("anna", "steering", account="anna"), Scenario("Plan", {"municipal_part_pct": 40.0})
    )
    with pytest.raises(AccessDenied):
        delete_scenario(engine, Actor("anna", "steering"), "Plan")


def test_a_corporation_account_without_a_corporation_sees_no_history(engine):
    with pytest.raises(AccessDenied, match="hoort nog bij geen corporatie"):
        versions.history(engine, Actor("los", "corporation", account="los"))
