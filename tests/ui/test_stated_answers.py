"""The answers the pages state, on the demo data (today pinned at 26-11-2026), worked out by hand.

Hours per corporation (sums of the sheet Uren of each demo workbook, see test_hours_page.py):

    2026  deltaWonen (6 h/week)               236,9 h in K1-K3, agreed 6 × 13 × 3 = 234
          Omnia Wonen (20 h/week)             766,4 h,                agreed 780
          Uwoon (36 h/week)                   1389,8 h,               agreed 1404
          Woningstichting Putten (9 h/week)   218,8 h,                agreed 351
    2025  deltaWonen                          223,4 h in K1-K3 (K4 missing), agreed 6 × 13 × 3 = 234

so per week (hours / 13 per quarter) and the difference with the agreement:

    deltaWonen 2026     236,9 / 39 = 6,074 of 6,0  (101,2 %)  + 0,07 h/wk → "+ 0,1", + 2,9 h → "+ 3"
    Omnia Wonen 2026    766,4 / 39 = 19,651 of 20  (98,3 %)   − 0,35 → "− 0,3",     − 13,6 → "− 14"
    Uwoon 2026          1389,8 / 39 = 35,636 of 36 (99,0 %)   − 0,36 → "− 0,4",     − 14,2 → "− 14"
    Putten 2026         218,8 / 39 = 5,610 of 9    (62,3 %)   − 3,39 → "− 3,4",     − 132,2 → "− 132"
    deltaWonen 2025     223,4 / 39 = 5,728 of 6    (95,5 %)   − 0,27 → "− 0,3",     − 10,6 → "− 11"

Freed homes 2026 (sheet Verhuizingen of the twelve 2026 workbooks, columns "Woningtype vertrek"
and "Slaapkamers vertrek", rows counted by hand in a spreadsheet):

    eengezinswoning  3 bedrooms 9, 4 bedrooms 7, 5 bedrooms 6  = 22
    meergezinswoning 2 bedrooms 7, 3 bedrooms 6                = 13
    overig           2 bedrooms 2, 3 bedrooms 3                = 5      (40 rows in all)
"""

import json
import re
import sqlite3

import pytest
from sqlalchemy import text
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

from data_access.db import forget_engine, open_database
from tests.conftest import TODAY
from tests.ui.apptest import open_page, text_table


def _text(elements) -> str:
    return " ".join(e.value for e in elements)


# --- Uren: the difference with the agreement, per corporation ------------------------------------


def test_hours_page_states_each_corporations_shortfall(app_env):
    at = open_page("pages/hours.py", jaar="2026")
    lines = _text(at.markdown)
    assert (
        "**Woningstichting Putten**: 5,6 van 9,0 u/wk (62 %): **− 3,4 u/wk, − 132 uur** over 3 kwartalen"
    ) in lines
    assert "**deltaWonen**: 6,1 van 6,0 u/wk (101 %): **+ 0,1 u/wk, + 3 uur** over 3 kwartalen" in lines
    assert "**Omnia Wonen**: 19,7 van 20,0 u/wk (98 %): **− 0,3 u/wk, − 14 uur** over 3 kwartalen" in lines
    assert "**Uwoon**: 35,6 van 36,0 u/wk (99 %): **− 0,4 u/wk, − 14 uur** over 3 kwartalen" in lines
    table = at.table[0].value.set_index("Corporatie")
    assert table.loc["Woningstichting Putten", "Verschil (uur/week)"] == "− 3,4"
    assert table.loc["Woningstichting Putten", "Verschil (uur)"] == "− 132,2"  # 218,8 − 351
    assert table.loc["deltaWonen", "Verschil (uur)"] == "+ 2,9"  # 236,9 − 234


def test_a_missing_quarter_is_named_and_not_counted_in_the_shortfall(app_env):
    # deltaWonen 2025: K4 missing, so 3 quarters count: 223,4 against 234 (not against 312)
    at = open_page("pages/hours.py", jaar="2025")
    assert (
        "**deltaWonen**: 5,7 van 6,0 u/wk (95 %): **− 0,3 u/wk, − 11 uur** over 3 kwartalen "
        "(K4 ontbreekt, telt niet mee)"
    ) in _text(at.markdown)


# --- Overzicht: the corporation furthest below, deadlines and days late ----------------------------


def test_overview_hours_tile_names_the_corporation_furthest_below(app_env):
    at = open_page()  # 2026: Putten 218,8 / 351 = 62,3 %, the others 98-101 %
    assert "Woningstichting Putten: 62 % van de afgesproken uren (verst eronder)" in _text(at.caption)


def test_overview_of_this_year_still_names_an_earlier_missing_report(app_env):
    at = open_page()  # 2026 has all its reports; deltaWonen's 2025-K4 never came (299 days)
    shown = _text(at.markdown)
    assert "Geen te late of ontbrekende rapportages in 2026." in shown
    assert (
        "Nog steeds niet binnen uit een eerder jaar: deltaWonen 2025-K4 ontbreekt: 299 dagen na de "
        "uiterste datum (31-01-2026)."
    ) in shown


def test_overview_states_deadlines_and_days_late(app_env):
    at = open_page(year=2025)
    matrix = text_table(at)
    # the deadline is the last day of the month after the quarter
    assert list(matrix.loc["Uiterste datum"]) == ["30-04-2025", "31-07-2025", "31-10-2025", "31-01-2026"]
    sentence = _text(at.markdown)
    assert (
        "Te laat of ontbrekend in 2025: deltaWonen 2025-K4 ontbreekt: 299 dagen na de uiterste datum "
        "(31-01-2026); Omnia Wonen 2025-K2 kwam 20 dagen te laat binnen (20-08-2025; uiterste datum "
        "31-07-2025)."
    ) in sentence
    assert "Lopend jaar 2026: geen te late of ontbrekende rapportages." in sentence
    assert "Nog steeds niet binnen" not in sentence  # 2025's own missing report is in its sentence


@pytest.fixture
def uwoon_2026_k2_missing(demo_sqlite_url, tmp_path, monkeypatch):
    """A copy of the demo database in which Uwoon never sent its 2026-K2 report."""
    url = f"sqlite:///{tmp_path / 'open-items.sqlite'}"
    source = sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///"))
    copy = sqlite3.connect(url.removeprefix("sqlite:///"))
    source.backup(copy)
    source.close()
    copy.close()
    with open_database(url).begin() as connection:
        connection.execute(
            text(
                "DELETE FROM submissions WHERE year = 2026 AND quarter = 2 AND corporation_id = "
                "(SELECT id FROM partners WHERE name = 'Uwoon')"
            )
        )
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())
    yield url
    forget_engine(url)


def test_the_current_years_open_reports_show_under_a_previous_year(uwoon_2026_k2_missing):
    # Uwoon 2026-K2: deadline 31-07-2026; to 26-11-2026 is 31 + 30 + 31 + 26 = 118 days
    at = open_page(year=2024)
    assert at.title[0].value == "Overzicht 2024"
    assert (
        "Lopend jaar 2026, te laat of ontbrekend: Uwoon 2026-K2 ontbreekt: 118 dagen na de uiterste "
        "datum (31-07-2026)."
    ) in _text(at.markdown)
    assert "Geen te late of ontbrekende rapportages in 2024." in _text(at.markdown)


# --- Voortgang: freed homes by type and bedrooms ---------------------------------------------------


def test_freed_homes_by_type_and_bedrooms(app_env):
    at = open_page("pages/progress.py", jaar="2026")
    assert {m.label: m.value for m in at.metric}["Vrijgekomen eengezinswoningen"] == "22"
    freed = next(d.value for d in at.dataframe if "Totaal" in d.value.columns)
    assert list(freed.columns) == ["2 slpk.", "3 slpk.", "4 slpk.", "5 slpk.", "Totaal"]
    assert freed.loc["Eengezinswoning"].tolist() == [0, 9, 7, 6, 22]
    assert freed.loc["Meergezinswoning"].tolist() == [7, 6, 0, 0, 13]
    assert freed.loc["Overig"].tolist() == [2, 3, 0, 0, 5]
    assert freed.loc["Totaal"].tolist() == [9, 18, 7, 6, 40]
    assert "Vrijgekomen woningen naar type: Eengezinswoning 22 · Meergezinswoning 13 · Overig 5." in _text(
        at.markdown
    )


def test_reasons_chart_puts_overig_last(app_env):
    at = open_page("pages/progress.py", jaar="2026")
    charts = at.get("vega_lite_chart")
    reasons = next(
        c for c in charts if json.loads(c.proto.spec)["title"]["text"] == "Redenen om niet te verhuizen"
    )
    data = convert_arrow_bytes_to_pandas_df(reasons.proto.datasets[0].data.data)
    # 2026 counts (sheet Belemmeringen): overig 47 is the largest, yet it closes the list
    assert data["category"].iloc[-1] == "Overig" and data["value"].iloc[-1] == 47
    assert list(data["value"].iloc[:-1]) == sorted(data["value"].iloc[:-1], reverse=True)


# --- English: Q not K, hours not uur, English numbers on the chart axes ----------------------------


def _everything_shown(at) -> str:
    parts = [e.value for kind in ("title", "header", "markdown", "caption", "info") for e in at.get(kind)]
    parts += [m.label + " " + m.value for m in at.metric]
    for frame in at.dataframe:
        value = frame.value
        parts += [str(c) for c in value.columns] + [str(i) for i in value.index]
        parts += [str(cell) for cell in value.to_numpy().ravel()]
    for chart in at.get("vega_lite_chart"):
        parts.append(json.dumps(json.loads(chart.proto.spec)["title"], ensure_ascii=False))
        data = convert_arrow_bytes_to_pandas_df(chart.proto.datasets[0].data.data)
        parts += [str(cell) for cell in data.select_dtypes(exclude="number").to_numpy().ravel()]
    return "\n".join(parts)


@pytest.mark.parametrize("page", ["pages/hours.py", "pages/progress.py", "pages/overview.py"])
def test_english_mode_says_q_and_hours(app_env, page):
    at = open_page()
    at.sidebar.radio(key="widget_lang").set_value("en").run()
    at.switch_page(page).run()
    assert not at.exception
    shown = _everything_shown(at)
    assert re.search(r"\bQ3\b", shown)
    assert not re.search(r"\bK[1-4]\b", shown), re.findall(r".{30}\bK[1-4]\b.{10}", shown)
    assert not re.search(r"\buur\b", shown)
    if page == "pages/hours.py":
        assert "**Woningstichting Putten**: 5.6 of 9.0 h/wk (62 %): **− 3.4 h/wk, − 132 hours**" in shown
    for chart in at.get("vega_lite_chart"):
        assert json.loads(chart.proto.spec)["config"]["locale"]["number"]["decimal"] == "."


def test_dutch_charts_group_thousands_with_a_point(app_env):
    at = open_page("pages/hours.py")
    for chart in at.get("vega_lite_chart"):
        number = json.loads(chart.proto.spec)["config"]["locale"]["number"]
        assert (number["decimal"], number["thousands"]) == (",", ".")


def test_costs_chart_numbers_follow_the_language(app_env):
    at = open_page()
    at.sidebar.radio(key="widget_lang").set_value("en").run()
    at.switch_page("pages/costs.py").run()
    charts = at.get("vega_lite_chart")
    assert charts
    for chart in charts:
        number = json.loads(chart.proto.spec)["config"]["locale"]["number"]
        assert (number["decimal"], number["thousands"]) == (".", ",")
