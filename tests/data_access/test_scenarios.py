"""Named scenarios in the database (SQLite and PostgreSQL): the 0002 migration, save / list /
load / delete, unique names, who may change what, and the audit trail."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from data_access.access import AccessDenied, Actor
from data_access.models import AuditEntry, Base
from data_access.models import Scenario as ScenarioRow
from data_access.scenarios import (
    ScenarioError,
    delete_scenario,
    list_scenarios,
    load_scenario,
    load_scenarios,
    save_scenario,
)
from domain.parameters import default_parameters
from domain.whatif import Scenario

ADMIN = Actor("beheerder", role="admin")
ANNA = Actor("anna (financiën)", role="steering")
BOB = Actor("bob (financiën)", role="steering")
KEYS = dict(default_parameters().municipal_keys) | {"Harderwijk": 30.8, "Ermelo": 17.2}


def _audit(engine, action):
    with engine.connect() as conn:
        return [d for (d,) in conn.execute(select(AuditEntry.details).where(AuditEntry.action == action))]


def test_migration_0002_creates_the_scenarios_table_matching_the_model(engine):
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() >= "0002"
        columns = {c["name"] for c in inspect(conn).get_columns("scenarios")}
        assert columns == {"id", "name", "payload", "created_at", "created_by", "updated_at"}
        uniques = inspect(conn).get_unique_constraints("scenarios")
        assert [u["column_names"] for u in uniques] == [["name"]]
        # The hand-written migration and the model agree: autogenerate finds nothing to add.
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [d for d in diff if "scenarios" in str(d)] == []


def test_save_list_load_round_trip(engine):
    scenario = Scenario("Ermelo meer", {"municipal_keys": KEYS, "monthly_salary": 4900.0}, year=2025)
    saved = save_scenario(engine, ANNA, scenario)
    assert saved.created_by == "anna (financiën)"
    loaded = load_scenario(engine, "Ermelo meer")
    assert loaded.scenario == scenario
    assert loaded.scenario.overrides["municipal_keys"]["Harderwijk"] == 30.8
    frame = list_scenarios(engine)
    assert list(frame["name"]) == ["Ermelo meer"]
    assert frame.loc[0, "created_by"] == "anna (financiën)"
    assert _audit(engine, "scenario_saved")[0]["name"] == "Ermelo meer"


def test_names_are_unique_and_overwrite_is_explicit(engine):
    save_scenario(engine, ANNA, Scenario("Plan", {"municipal_part_pct": 40.0}))
    with pytest.raises(ScenarioError, match="bestaat al een scenario met de naam 'Plan'"):
        save_scenario(engine, ANNA, Scenario("  Plan ", {"municipal_part_pct": 45.0}))
    save_scenario(engine, ANNA, Scenario("Plan", {"municipal_part_pct": 45.0}), overwrite=True)
    assert load_scenario(engine, "Plan").scenario.overrides == {"municipal_part_pct": 45.0}
    assert len(list_scenarios(engine)) == 1
    assert len(_audit(engine, "scenario_overwritten")) == 1


def test_only_the_author_or_an_admin_may_overwrite_or_delete(engine):
    save_scenario(engine, ANNA, Scenario("Van Anna", {"municipal_part_pct": 40.0}))
    with pytest.raises(AccessDenied, match="Alleen anna"):
        save_scenario(engine, BOB, Scenario("Van Anna", {"municipal_part_pct": 30.0}), overwrite=True)
    with pytest.raises(AccessDenied):
        delete_scenario(engine, BOB, "Van Anna")
    assert load_scenario(engine, "Van Anna").scenario.overrides == {"municipal_part_pct": 40.0}
    delete_scenario(engine, ADMIN, "Van Anna")
    assert list_scenarios(engine).empty
    deleted = _audit(engine, "scenario_deleted")
    assert (
        deleted[0]["name"] == "Van Anna" and deleted[0]["payload"]["overrides"]["municipal_part_pct"] == 40.0
    )


def test_invalid_scenarios_and_names_are_refused_and_nothing_is_stored(engine):
    bad_keys = dict(default_parameters().corporate_keys) | {"Uwoon": 60.0}
    with pytest.raises(ScenarioError, match="corporaties telt op tot 108,00 %"):
        save_scenario(engine, ANNA, Scenario("Fout", {"corporate_keys": bad_keys}))
    with pytest.raises(ScenarioError, match="Geef het scenario een naam"):
        save_scenario(engine, ANNA, Scenario("   ", {}))
    with pytest.raises(ScenarioError, match="hoogstens 100 tekens"):
        save_scenario(engine, ANNA, Scenario("x" * 101, {}))
    with engine.connect() as conn:
        assert conn.execute(select(ScenarioRow.id)).first() is None
        assert conn.execute(select(AuditEntry.id)).first() is None
    with pytest.raises(ScenarioError, match="bestaat niet"):
        load_scenario(engine, "Nergens")
    with pytest.raises(ScenarioError, match="bestaat niet"):
        delete_scenario(engine, ADMIN, "Nergens")


def test_load_several_keeps_the_order_asked_for(engine):
    for name in ("A", "B", "C"):
        save_scenario(engine, ANNA, Scenario(name, {"employer_charges_pct": 25.0}))
    assert [s.scenario.name for s in load_scenarios(engine, ["C", "A"])] == ["C", "A"]


def _alembic(engine, action, revision):
    from alembic import command
    from alembic.config import Config

    from data_access.db import PROJECT_ROOT

    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


def test_upgrade_from_0001_keeps_data_and_downgrade_removes_the_table(db_url):
    from data_access.db import create_engine_for, database_url, open_database

    raw = create_engine_for(database_url(db_url))
    _alembic(raw, "upgrade", "0001")
    with raw.begin() as conn:
        assert "scenarios" not in inspect(conn).get_table_names()
        conn.execute(text("INSERT INTO settings (name, value) VALUES ('probe', 'kept')"))
    raw.dispose()
    engine = open_database(db_url)  # what the app and the CLI do on start: upgrade to head
    with engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM settings WHERE name = 'probe'")).scalar() == "kept"
    save_scenario(engine, ANNA, Scenario("Na upgrade", {"municipal_part_pct": 40.0}))
    _alembic(engine, "downgrade", "0001")
    with engine.connect() as conn:
        assert "scenarios" not in inspect(conn).get_table_names()
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
