"""Admins change the salary table: a new, audited parameter version in one transaction."""

from datetime import date

import pytest
from sqlalchemy import func, select

from data_access import repositories as repo
from data_access.access import AccessDenied, Actor
from data_access.models import AuditEntry, ParameterSet
from data_access.parameters_admin import (
    parameter_versions,
    parameters_on,
    salary_table_from_rows,
    save_parameter_version,
    save_salary_table,
)
from data_access.services import year_figures
from domain.parameters import InvalidParameters, SalaryEntry, default_parameters

ADMIN = Actor("secretaris", role="admin")
VIEWER = Actor("kijker", role="steering")


def _count(engine, model):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar()


def test_salary_rows_are_parsed_and_blank_rows_skipped():
    table = salary_table_from_rows(
        [
            {"year": 2024, "monthly": 4812.5, "source": " cao Woondiensten 2024 ", "indicative": False},
            {"year": None, "monthly": None, "source": None, "indicative": None},  # empty added row
            {"year": 2025.0, "monthly": "4.950,00", "source": None, "indicative": None},
        ]
    )
    assert table == {
        2024: SalaryEntry(4812.5, "cao Woondiensten 2024", False),
        2025: SalaryEntry(4950.0, "", True),
    }


def test_salary_rows_report_every_problem_in_dutch():
    with pytest.raises(InvalidParameters) as caught:
        salary_table_from_rows(
            [
                {"year": 2024, "monthly": 4800},
                {"year": 2024, "monthly": 4900},
                {"year": "twintig", "monthly": 4000},
                {"year": 2026, "monthly": 0},
            ]
        )
    message = str(caught.value)
    assert "Regel 2: het jaar 2024 staat meer dan eens in de tabel." in message
    assert "Regel 3: vul een jaartal in" in message
    assert "Regel 4 (2026): vul een bedrag per maand groter dan 0 in." in message
    with pytest.raises(InvalidParameters, match="minstens één jaar"):
        salary_table_from_rows([{"year": None, "monthly": None}])


def test_admin_saves_a_new_version_with_audit_and_the_costs_follow(engine):
    before = year_figures(engine, 2026).costs.per_fte
    salary = {2024: SalaryEntry(4750.0, "demo", True), 2026: SalaryEntry(5000.0, "cao 2026", False)}
    new_id = save_salary_table(engine, ADMIN, salary, date(2026, 1, 1))
    assert _count(engine, ParameterSet) == 2  # the old version is kept
    assert repo.parameters_for_year(engine, 2026).salary[2026] == SalaryEntry(5000.0, "cao 2026", False)
    assert repo.parameters_for_year(engine, 2025).salary == default_parameters().salary  # old version
    after = year_figures(engine, 2026).costs.per_fte
    assert after == pytest.approx(5000 * 12 * 1.10 * 1.30)
    assert after != pytest.approx(before)
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "parameters_saved")).one()
    assert entry.actor == "secretaris"
    assert entry.details["parameter_set_id"] == new_id
    assert entry.details["valid_from"] == "2026-01-01"
    assert set(entry.details["changes"]) == {"salary", "valid_from", "note"}
    assert entry.details["changes"]["salary"]["new"]["2026"]["monthly"] == 5000.0
    versions = parameter_versions(engine)
    assert list(versions["created_by"]) == ["secretaris", "systeem"]


def test_non_admin_is_refused_and_nothing_is_written(engine):
    with pytest.raises(AccessDenied, match="Alleen een beheerder"):
        save_salary_table(engine, VIEWER, {2024: SalaryEntry(1.0)}, date(2024, 1, 1))
    assert _count(engine, ParameterSet) == 1
    with engine.connect() as conn:  # only the refusal is written down, nothing else
        assert conn.scalars(select(AuditEntry.action)).all() == ["access_refused"]


def test_invalid_parameters_are_refused_before_writing(engine):
    from dataclasses import replace

    broken = replace(default_parameters(), municipal_keys={"Elburg": 50.0})
    with pytest.raises(InvalidParameters, match="gemeenten telt op tot 50,00 %"):
        save_parameter_version(engine, ADMIN, broken)
    assert _count(engine, ParameterSet) == 1


def test_a_failing_audit_write_rolls_back_the_new_version(engine, monkeypatch):
    import data_access.parameters_admin as admin

    def broken_changes(old, new):
        return {"unserialisable": object()}  # the audit row cannot be written

    monkeypatch.setattr(admin, "_changes", broken_changes)
    with pytest.raises(Exception):  # noqa: B017 - any failure, as long as nothing is kept
        save_salary_table(engine, ADMIN, {2024: SalaryEntry(4800.0)}, date(2025, 1, 1))
    assert _count(engine, ParameterSet) == 1
    assert _count(engine, AuditEntry) == 0


def test_version_in_force_on_a_date(engine):
    save_salary_table(engine, ADMIN, {2024: SalaryEntry(4800.0, "x", False)}, date(2025, 7, 1))
    assert parameters_on(engine, date(2025, 6, 30)).salary[2024].monthly == 4750.0
    assert parameters_on(engine, date(2025, 7, 1)).salary[2024].monthly == 4800.0
    # The set in force for a year is the one valid on 31 December (docs/agreement.md)
    assert repo.parameters_for_year(engine, 2025).salary[2024].monthly == 4800.0
