"""An app instance notices writes made elsewhere (another instance on the same database, or the
command line) and drops its caches, instead of serving the old figures until it restarts."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from data_access import services
from data_access.access import Actor
from data_access.db import forget_engine, open_database
from tests.conftest import TODAY, seed_demo
from tests.e2e.harness import corrected_report
from tests.ui.apptest import open_page
from ui.i18n import TEXTS

CONVERSATIONS = TEXTS["overview.kpi.conversations"]["nl"]


def _conversations(at: AppTest) -> int:
    value = {m.label: m.value for m in at.metric}[CONVERSATIONS]
    return int(value.replace(".", ""))


def _open_app() -> AppTest:
    # A new AppTest per look: with a pages/ folder next to app.py, AppTest's reruns run only the
    # page script and skip app.py (the real server runs app.py on every rerun).
    return open_page()


def test_the_overview_shows_a_report_imported_by_someone_else(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    seed_demo(url)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())
    before = _conversations(_open_app())

    # Another instance (here: a direct call, as the command line would do) stores a correction;
    # this process's caches were not cleared by it.
    content, _ = corrected_report(30)
    result = services.import_file(
        open_database(url), content, "correctie.xlsx", Actor("andere-instantie"), today=TODAY
    )
    assert result.outcome.stored

    assert _conversations(_open_app()) == before + 30
    forget_engine(url)
