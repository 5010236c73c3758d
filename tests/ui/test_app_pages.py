"""Every registered page runs without an exception; the Overview shows the domain's numbers."""

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from data_access import services
from data_access.db import open_database
from domain.overview import year_kpis
from domain.parameters import default_parameters
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
PAGES = re.findall(r'st\.Page\("([^"]+)"', (ROOT / "app.py").read_text())


def _app():
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)


def test_app_registers_pages():
    assert "pages/overview.py" in PAGES and "pages/settings.py" in PAGES


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_exception_or_error(app_env, page):
    at = _app().run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert at.title, f"{page} has no title"


def test_overview_shows_kpis_equal_to_domain(app_env):
    at = _app().run()
    assert not at.exception
    summary = services.summary_for_year(open_database(app_env), 2026)
    kpis = year_kpis(default_parameters(), summary, TODAY)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Uitvoerige gesprekken (>1 uur)"] == str(summary["conversations"])
    assert metrics["Verhuizingen"] == str(summary["moves"])
    assert metrics["Seniorenwoningen met voorranglabel"].endswith(" %")
    assert kpis["conversations"].target == 225  # 300 × 3/4 after 2026-K3
    captions = " ".join(c.value for c in at.caption)
    assert "doel na K3: 225" in captions
    assert "demogegevens" in " ".join(i.value for i in at.info).lower()


def test_overview_year_filter_changes_numbers_and_url(app_env):
    at = _app().run()
    at.selectbox(key="widget_jaar").select(2024).run()
    summary = services.summary_for_year(open_database(app_env), 2024)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Uitvoerige gesprekken (>1 uur)"] == str(summary["conversations"])
    assert at.query_params["jaar"] == "2024"
    assert "Jaardoel 200" in " ".join(c.value for c in at.caption)  # first year target
    matrix = at.dataframe[0].value
    assert list(matrix.columns) == ["2024-K1", "2024-K2", "2024-K3", "2024-K4"]


def test_status_matrix_marks_late_and_missing(app_env):
    at = _app().run()
    at.selectbox(key="widget_jaar").select(2025).run()
    matrix = at.dataframe[0].value
    assert matrix.loc["deltaWonen", "2025-K4"] == "❌ Ontbreekt"
    assert matrix.loc["Omnia Wonen", "2025-K2"] == "🕒 Te laat ingediend"


def test_english_toggle_translates_the_overview(app_env):
    at = _app().run()
    at.sidebar.radio[0].set_value("en").run()
    assert at.title[0].value == "Overview 2026"
    assert "Moves" in {m.label for m in at.metric}


def test_settings_removes_demo_data_after_confirmation(tmp_path, monkeypatch):
    db = f"sqlite:///{tmp_path / 'remove.sqlite'}"
    from tests.conftest import seed_demo

    seed_demo(db)
    monkeypatch.setenv("DATABASE_URL", db)
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())
    at = _app().run()
    at.switch_page("pages/settings.py").run()
    button = at.button[0]
    assert button.disabled
    at.checkbox(key="confirm_demo_removal").check().run()
    at.button[0].click().run()
    assert any("43 demorapportages verwijderd" in s.value for s in at.success)
    assert not any("Demogegevens:" in i.value for i in at.info)
    assert services.summary_for_year(open_database(db), 2025)["conversations"] == 0


def test_language_choice_survives_a_page_switch(app_env):
    at = _app().run()
    at.sidebar.radio(key="widget_lang").set_value("en").run()
    at.switch_page("pages/settings.py").run()
    assert at.title[0].value == "Settings"
    at.switch_page("pages/overview.py").run()
    assert at.title[0].value == "Overview 2026"
