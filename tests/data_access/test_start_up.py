"""Opening a database on start: the schema check reads the head revision from the migration
scripts and asks the database for its own with one query; Alembic runs (and is loaded) only when
the two differ."""

from __future__ import annotations

import textwrap

from sqlalchemy import inspect, text

from data_access.db import PROJECT_ROOT, create_engine_for, head_revisions, open_database, stored_revisions
from tests.e2e.harness import fresh_python


def _alembic_heads() -> frozenset[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    return frozenset(ScriptDirectory.from_config(config).get_heads())


def test_the_head_read_from_the_scripts_is_alembics_head():
    assert head_revisions() == _alembic_heads()


def _script(folder, name, revision, down):
    (folder / f"{name}.py").write_text(
        f'"""{name}"""\nrevision = {revision}\ndown_revision = {down}\nbranch_labels = None\n'
    )


def test_a_merge_revision_is_the_single_head(tmp_path):
    _script(tmp_path, "a", "'a'", None)
    _script(tmp_path, "b", "'b'", "'a'")
    _script(tmp_path, "c", "'c'", "'a'")
    assert head_revisions(tmp_path) == {"b", "c"}
    _script(tmp_path, "m", "'m'", "('b', 'c')")
    assert head_revisions(tmp_path) == {"m"}


def test_a_script_this_reading_does_not_understand_leaves_the_decision_to_alembic(tmp_path):
    _script(tmp_path, "a", "'a'", None)
    _script(tmp_path, "b", "make_revision()", "'a'")
    assert head_revisions(tmp_path) is None


def test_stored_revisions_of_a_new_and_of_an_opened_database(db_url):
    raw = create_engine_for(db_url)
    assert stored_revisions(raw) is None  # no alembic_version table yet
    raw.dispose()
    engine = open_database(db_url)
    assert stored_revisions(engine) == head_revisions()
    with engine.connect() as conn:
        assert "evaluations" in inspect(conn).get_table_names()
        assert conn.execute(text("SELECT count(*) FROM partners")).scalar() == 10  # 6 + 4 partners


OPEN_AND_REPORT = textwrap.dedent(
    """
    import sys
    from data_access.db import open_database
    open_database(sys.argv[1])
    print("alembic loaded" if "alembic" in sys.modules else "alembic not loaded")
    """
)


def _open_in_new_process(url: str) -> str:
    return fresh_python(OPEN_AND_REPORT, url)


def test_alembic_runs_on_a_new_database_and_is_not_even_loaded_for_one_up_to_date(tmp_path):
    url = f"sqlite:///{tmp_path / 'start.sqlite'}"
    assert _open_in_new_process(url) == "alembic loaded"
    assert _open_in_new_process(url) == "alembic not loaded"
    engine = create_engine_for(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM parameter_sets")).scalar() == 1  # not twice
    engine.dispose()
