"""Every registered page runs without an exception; the Overview shows the demo data's numbers."""

import re
from pathlib import Path

import pytest

from data_access import services
from data_access.db import open_database
from tests.conftest import TODAY
from tests.ui.apptest import open_page, text_table

ROOT = Path(__file__).resolve().parents[2]
PAGES = re.findall(r'st\.Page\("([^"]+)"', (ROOT / "app.py").read_text())


def test_app_registers_pages():
    assert "pages/overview.py" in PAGES and "pages/settings.py" in PAGES


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_exception_or_error(app_env, page):
    at = open_page(page)
    assert not at.error, [e.value for e in at.error]
    assert at.title, f"{page} has no title"


def test_overview_shows_the_demo_years_kpis(app_env):
    # Worked out by hand from the demo workbooks' 2026 reports (K1-K3, all four corporations;
    # sheet Rapportage, table rows summed; sheet Uren, three months summed):
    #   conversations K1 16+51+5+7 = 79, K2 20+37+8+2 = 67, K3 25+33+10+6 = 74 → 220;
    #   target after K3 = 300 × 3/4 = 225, 220 / 225 = 97,8 % → "98 %"
    #   moves K1 4+4+2+2, K2 4+3+3+2, K3 7+5+2+2 → 12+12+16 = 40; target 50 × 3/4 = 37,5 → "38",
    #   40 / 37,5 = 106,7 % → "107 %"
    #   hours deltaWonen 83,5+77,4+76,0 = 236,9; Omnia Wonen 251,6+256,5+258,3 = 766,4;
    #   Uwoon 453,0+470,7+466,1 = 1389,8; Woningstichting Putten 71,4+71,2+76,2 = 218,8
    #   → 2611,9 ("2.612") against 71 × 13 × 3 = 2769 agreed, 94,3 % → "94 %"
    #   labelled senior homes at K3 (each corporation's latest quarter): labelled
    #   567+701+244+245 = 1757 of 774+953+341+327 = 2395 homes → 73,4 %
    at = open_page()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Uitvoerige gesprekken (>1 uur)"] == "220"
    assert metrics["Verhuizingen"] == "40"
    assert metrics["Uren verhuiscoaches"] == "2.612"
    assert metrics["Seniorenwoningen met voorranglabel"] == "73,4 %"
    captions = " ".join(c.value for c in at.caption)
    assert "Jaardoel 300 · doel na K3: 225 (98 %)" in captions
    assert "Jaardoel 50 · doel na K3: 38 (107 %)" in captions
    assert "Afgesproken voor de ingediende kwartalen: 2.769 uur (94 %)" in captions
    assert "🧪 Demogegevens, niet van de corporaties" in captions  # the slim notice above the title


def test_overview_year_filter_changes_numbers_and_url(app_env):
    # 2024 conversations by hand: K1 21+25+8+4 = 58, K2 22+28+5+8 = 63, K3 29+46+10+4 = 89,
    # K4 30+37+17+3 = 87 → 297
    at = open_page(year=2024)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Uitvoerige gesprekken (>1 uur)"] == "297"
    assert at.query_params["jaar"] == "2024"
    assert "Jaardoel 200" in " ".join(c.value for c in at.caption)  # first year target
    matrix = text_table(at)
    assert list(matrix.columns) == ["2024-K1", "2024-K2", "2024-K3", "2024-K4"]


def test_status_matrix_marks_late_and_missing(app_env):
    # deltaWonen's 2025-K4 report never came: deadline 31-01-2026, today 26-11-2026 is
    # 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 26 = 299 days later. Omnia Wonen's 2025-K2
    # came on 20-08-2025 (sample_data/manifest.json), 20 days after its deadline 31-07-2025.
    at = open_page(year=2025)
    matrix = text_table(at)
    assert matrix.loc["deltaWonen", "2025-K4"] == "❌ Ontbreekt: 299 dagen"
    assert matrix.loc["Omnia Wonen", "2025-K2"] == "🕒 Te laat: 20 dagen"
    assert matrix.loc["Uwoon", "2025-K2"] == "✅ Ingediend"


def test_english_toggle_translates_the_overview(app_env):
    at = open_page()
    at.sidebar.radio[0].set_value("en").run()
    assert at.title[0].value == "Overview 2026"
    assert "Moves" in {m.label for m in at.metric}
    matrix = text_table(at)  # the report status in English too, quarters as Q
    assert matrix.index.name == "Housing corporation"
    assert list(matrix.columns) == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert matrix.loc["Deadline", "2026-Q1"] == "30-04-2026"


def test_settings_removes_demo_data_after_confirmation(tmp_path, monkeypatch):
    db = f"sqlite:///{tmp_path / 'remove.sqlite'}"
    from tests.conftest import seed_demo

    seed_demo(db)
    monkeypatch.setenv("DATABASE_URL", db)
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())
    at = open_page("pages/settings.py")
    assert any(c.value == "🧪 Demogegevens, niet van de corporaties" for c in at.caption)
    button = at.button[0]
    assert button.disabled
    at.checkbox(key="confirm_demo_removal").check().run()
    at.button[0].click().run()
    assert any("43 demorapportages verwijderd" in s.value for s in at.success)
    assert not any("Demogegevens" in c.value for c in at.caption)
    assert services.year_figures(open_database(db), 2025).conversations == 0


def test_language_choice_survives_a_page_switch(app_env):
    at = open_page()
    at.sidebar.radio(key="widget_lang").set_value("en").run()
    at.switch_page("pages/settings.py").run()
    assert at.title[0].value == "Settings"
    at.switch_page("pages/overview.py").run()
    assert at.title[0].value == "Overview 2026"
