"""The data layer on SQLite and PostgreSQL: schema, defaults, versions, rollback, demo data."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, inspect, select

from data_access import repositories as repo
from data_access import services
from data_access.access import AccessDenied, Actor
from data_access.db import open_database
from data_access.importer import storing
from data_access.models import ActivityRow, AuditEntry, MonthlyHours, MoveRecord, Partner, Submission
from data_access.template import build_report_workbook
from tests.conftest import TODAY

ADMIN = Actor("secretaris", "admin")
ACTIVITY = [
    {
        "municipality": "Harderwijk",
        "households_contacted": 20,
        "conversations": 9,
        "moves": 2,
        "priority_moves": 1,
        "freed_family_homes": 1,
        "senior_homes": 300,
        "senior_homes_labelled": 200,
    },
    {
        "municipality": "Hierden",
        "households_contacted": 3,
        "conversations": 1,
        "moves": 0,
        "priority_moves": 0,
        "freed_family_homes": 0,
        "senior_homes": 10,
        "senior_homes_labelled": 5,
    },
]
HOURS = {7: 150.0, 8: 120.5, 9: 160.0}


def _workbook(conversations=9):
    rows = [dict(ACTIVITY[0], conversations=conversations), ACTIVITY[1]]
    return build_report_workbook("Uwoon", 2026, 3, rows, HOURS)


def _count(engine, model):
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model))


def test_new_database_gets_schema_partners_and_default_parameters(engine):
    tables = set(inspect(engine).get_table_names())
    assert {
        "submissions",
        "activity_rows",
        "monthly_hours",
        "move_records",
        "barrier_counts",
        "audit_log",
        "parameter_sets",
        "partners",
        "alembic_version",
    } <= tables
    with engine.connect() as conn:
        kinds = dict(conn.execute(select(Partner.kind, func.count()).group_by(Partner.kind)).all())
    assert kinds == {"municipality": 6, "corporation": 4}
    assert repo.parameters_for_year(engine, 2025).corporate_keys["Uwoon"] == 52


def test_opening_twice_does_not_duplicate_defaults(db_url):
    from data_access.db import ensure_defaults

    engine = open_database(db_url)
    ensure_defaults(engine)
    assert _count(engine, Partner) == 10
    assert len(repo.parameter_sets(engine)) == 1


def test_import_stores_file_rows_and_audit_in_one_go(engine):
    content = _workbook()
    result = services.import_file(engine, content, "uwoon-k3.xlsx", ADMIN, today=TODAY)
    assert result.validation.ok, result.validation.errors
    assert (result.outcome.version, result.outcome.stored) == (1, True)
    with engine.connect() as conn:
        sub = conn.execute(select(Submission)).one()
    assert (sub.file_bytes, sub.size, sub.uploaded_by) == (content, len(content), "secretaris")
    assert sub.sha256 == storing.sha256_of(content)
    activity = repo.activity_frame(engine, 2026)
    # Hierden is a village of Harderwijk: rows are added together
    assert activity[["municipality", "conversations", "senior_homes"]].values.tolist() == [
        ["Harderwijk", 10, 310]
    ]
    assert repo.hours_frame(engine, 2026)["hours"].sum() == pytest.approx(430.5)
    assert _count(engine, AuditEntry) == 1


def test_same_file_twice_is_recognised_and_not_stored_again(engine):
    content = _workbook()
    services.import_file(engine, content, "a.xlsx", ADMIN, today=TODAY)
    again = services.import_file(engine, content, "a-kopie.xlsx", ADMIN, today=TODAY)
    assert (again.outcome.version, again.outcome.stored) == (1, False)
    assert _count(engine, Submission) == 1


def test_new_upload_supersedes_and_keeps_history(engine):
    services.import_file(engine, _workbook(9), "v1.xlsx", ADMIN, today=TODAY)
    second = services.import_file(engine, _workbook(15), "v2.xlsx", ADMIN, today=TODAY)
    assert (second.outcome.version, second.outcome.replaced_version) == (2, 1)
    versions = repo.submissions_frame(engine)
    assert versions[["version", "is_active"]].values.tolist() == [[2, True], [1, False]]
    assert services.year_figures(engine, 2026).conversations == 16  # 15 + 1, not 25


def test_a_crash_halfway_leaves_the_database_as_it_was(engine, monkeypatch):
    services.import_file(engine, _workbook(9), "v1.xlsx", ADMIN, today=TODAY)
    before = (
        _count(engine, Submission),
        _count(engine, ActivityRow),
        _count(engine, MonthlyHours),
        _count(engine, AuditEntry),
    )

    def explode(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(storing, "_insert_rows", explode)
    with pytest.raises(RuntimeError):
        services.import_file(engine, _workbook(15), "v2.xlsx", ADMIN, today=TODAY)
    after = (
        _count(engine, Submission),
        _count(engine, ActivityRow),
        _count(engine, MonthlyHours),
        _count(engine, AuditEntry),
    )
    assert after == before
    active = repo.submissions_frame(engine)
    assert active[["version", "is_active"]].values.tolist() == [[1, True]]


def test_corporation_user_cannot_store_for_another_corporation(engine):
    other = Actor("coach", "corporation", corporation="Omnia Wonen")
    with pytest.raises(AccessDenied, match="alleen rapportages voor uw eigen corporatie"):
        services.import_file(engine, _workbook(), "x.xlsx", other, today=TODAY)
    assert _count(engine, Submission) == 0


def test_demo_data_is_marked_and_removable_without_touching_real_reports(demo_engine):
    assert repo.has_demo_data(demo_engine)
    assert _count(demo_engine, MoveRecord) > 0
    real = _workbook(5)
    # replace a demo quarter with a real report: only the demo versions go
    services.import_file(demo_engine, real, "echt.xlsx", ADMIN, today=TODAY)
    with pytest.raises(AccessDenied):
        services.remove_demo_data(demo_engine, Actor("kijker", "steering"))
    removed = services.remove_demo_data(demo_engine, ADMIN)
    assert removed == 43
    assert not repo.has_demo_data(demo_engine)
    left = repo.submissions_frame(demo_engine)
    assert left["file_name"].tolist() == ["echt.xlsx"]
    assert _count(demo_engine, MoveRecord) == 0  # rows went with their submissions (cascade)


def test_status_matrix_shows_late_and_missing_demo_reports(demo_engine):
    params = repo.parameters_for_year(demo_engine, 2026)
    matrix = repo.status_matrix(demo_engine, params, TODAY).set_index(["corporation", "label"])["state"]
    assert matrix[("Omnia Wonen", "2025-K2")] == "late"
    assert matrix[("deltaWonen", "2025-K4")] == "missing"
    assert matrix[("Uwoon", "2026-K3")] == "submitted"
    assert matrix[("Uwoon", "2026-K4")] == "open"
    assert (matrix == "missing").sum() == 1 and (matrix == "late").sum() == 1


def test_a_correction_after_the_deadline_does_not_make_a_quarter_late(engine):
    on_time = datetime(2026, 10, 10, tzinfo=UTC)
    services.import_file(engine, _workbook(9), "v1.xlsx", ADMIN, today=TODAY, uploaded_at=on_time)
    services.import_file(engine, _workbook(12), "v2.xlsx", ADMIN, today=TODAY)
    params = repo.parameters_for_year(engine, 2026)
    matrix = repo.status_matrix(engine, params, TODAY).set_index(["corporation", "label"])["state"]
    assert matrix[("Uwoon", "2026-K3")] == "submitted"
