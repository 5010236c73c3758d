"""Uren page driven through its filters on the demo data: the figures shown are the ones worked
out by hand from the demo workbooks; missing quarters are never 0.

How the expected numbers were found: each demo workbook (sample_data/workbooks, listed in
sample_data/manifest.json) has a sheet Uren with the coach's hours for the quarter's three months.
Their sums per quarter (K1 / K2 / K3 / K4) are:

    2024  deltaWonen              76,6 / 81,6 / 74,9 / 76,3        = 309,4
          Omnia Wonen             244,4 / 260,0 / 250,1 / 257,9    = 1012,4
          Uwoon                   475,8 / 460,2 / 471,4 / 472,5    = 1879,9
          Woningstichting Putten  70,0 / 72,1 / 71,9 / 70,0        = 284,0
    2025  deltaWonen              77,2 / 73,1 / 73,1 / (missing)   = 223,4
          Omnia Wonen             271,6 / 264,5 / 258,4 / 246,7    = 1041,2
          Uwoon                   450,5 / 440,9 / 459,1 / 429,5    = 1780,0
          Woningstichting Putten  73,5 / 71,2 / 72,9 / 69,8        = 287,4
    2026  deltaWonen              83,5 / 77,4 / 76,0               = 236,9
          Omnia Wonen             251,6 / 256,5 / 258,3            = 766,4
          Uwoon                   453,0 / 470,7 / 466,1            = 1389,8
          Woningstichting Putten  71,4 / 71,2 / 76,2               = 218,8

Agreed = weekly hours (6 / 20 / 36 / 9) × 13 per reported quarter; the average per week is the
realised hours / (13 × quarters reported).
"""

import json

import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
from streamlit.testing.v1 import AppTest

from tests.ui.apptest import open_page


def _app(**query) -> AppTest:
    return open_page("pages/hours.py", **query)


def _year_table(at):
    return at.table[0].value.set_index("Corporatie")


def _quarter_table(at):
    return at.table[1].value


COLUMNS = (
    "Gerealiseerd (uur)",
    "Afgesproken (uur)",
    "Kwartalen ingediend",
    "% van afspraak",
    "Gemiddeld per week",
)
# Per year and corporation: realised, agreed, quarters, realised / agreed, realised / (13 × quarters).
YEAR_TABLE = {
    2024: {
        # 309,4 / 52 is 5,95 on paper; the sum of the monthly hours as binary floats lies a hair
        # below 309,4, so one decimal shows 5,9 (a rounding edge, not a lost hour)
        "deltaWonen": ("309,4", "312,0", "4", "99,2 %", "5,9"),
        "Omnia Wonen": ("1.012,4", "1.040,0", "4", "97,3 %", "19,5"),
        "Uwoon": ("1.879,9", "1.872,0", "4", "100,4 %", "36,2"),
        "Woningstichting Putten": ("284,0", "468,0", "4", "60,7 %", "5,5"),
        # the region's average per week is the sum of the averages: 5,95 + 19,47 + 36,15 + 5,46
        "Regio": ("3.485,7", "3.692,0", "", "94,4 %", "67,0"),
    },
    2025: {
        "deltaWonen": ("223,4", "234,0", "3", "95,5 %", "5,7"),  # 6 × 13 × 3 agreed; 223,4 / 39
        "Omnia Wonen": ("1.041,2", "1.040,0", "4", "100,1 %", "20,0"),
        "Uwoon": ("1.780,0", "1.872,0", "4", "95,1 %", "34,2"),
        "Woningstichting Putten": ("287,4", "468,0", "4", "61,4 %", "5,5"),
        "Regio": ("3.332,0", "3.614,0", "", "92,2 %", "65,5"),  # 5,73 + 20,02 + 34,23 + 5,53
    },
    2026: {
        "deltaWonen": ("236,9", "234,0", "3", "101,2 %", "6,1"),
        "Omnia Wonen": ("766,4", "780,0", "3", "98,3 %", "19,7"),
        "Uwoon": ("1.389,8", "1.404,0", "3", "99,0 %", "35,6"),
        "Woningstichting Putten": ("218,8", "351,0", "3", "62,3 %", "5,6"),
        "Regio": ("2.611,9", "2.769,0", "", "94,3 %", "67,0"),  # 6,07 + 19,65 + 35,64 + 5,61
    },
}


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_year_table_shows_the_hand_worked_hours(app_env, year):
    at = _app(jaar=str(year))
    assert at.title[0].value == f"Uren verhuiscoaches {year}"
    table = _year_table(at)
    for name, expected in YEAR_TABLE[year].items():
        assert tuple(table.loc[name, list(COLUMNS)]) == expected, name
    assert table.loc["Regio", "Afspraak (uur/week)"] == "71,0"


def test_missing_quarter_is_marked_not_zero(app_env):
    at = _app(jaar="2025")
    year_table = _year_table(at)
    assert year_table.loc["deltaWonen", "Ontbreekt"] == "❌ K4"
    quarters = _quarter_table(at)
    assert quarters.loc["deltaWonen", "K4"] == "❌ Ontbreekt"
    assert quarters.loc["Uwoon", "K4"] != "❌ Ontbreekt"
    captions = " ".join(c.value for c in at.caption)
    assert "Zonder rapportage (telt niet mee): deltaWonen K4." in captions
    chart = convert_arrow_bytes_to_pandas_df(at.get("vega_lite_chart")[1].proto.datasets[0].data.data)
    missing = chart[(chart["corporation"] == "deltaWonen") & (chart["quarter_label"] == "K4")].iloc[0]
    assert missing["state"] == "missing" and missing["label"] == "ontbreekt"
    assert missing["bar_value"] == 6.0  # grey placeholder up to the agreed level, never a bar at 0


def test_running_quarter_is_not_due(app_env):
    at = _app()  # 2026, today 26-11-2026: K4 runs
    quarters = _quarter_table(at)
    assert set(quarters["K4"]) == {"· Kwartaal loopt"}
    assert quarters.loc["Uwoon", "K1"] == "34,8"  # 453,0 / 13 = 34,846


# 2024 per quarter, two corporations by hand: Omnia Wonen (20 h/week, 260 agreed a quarter) and
# Woningstichting Putten (9 h/week, 117 agreed a quarter); per week = quarter / 13.
QUARTER_CELLS = {
    "total": {
        "Omnia Wonen": ["244,4", "260,0", "250,1", "257,9"],
        "Woningstichting Putten": ["70,0", "72,1", "71,9", "70,0"],
    },
    "per_week": {
        "Omnia Wonen": ["18,8", "20,0", "19,2", "19,8"],
        "Woningstichting Putten": ["5,4", "5,5", "5,5", "5,4"],
    },
    "pct": {
        "Omnia Wonen": ["94 %", "100 %", "96 %", "99 %"],
        "Woningstichting Putten": ["60 %", "62 %", "61 %", "60 %"],
    },
}


@pytest.mark.parametrize("measure", ["total", "per_week", "pct"])
def test_measure_switch_shows_totals_averages_and_percentages(app_env, measure):
    at = _app(jaar="2024")
    at.radio(key="hours_measure").set_value(measure).run()
    assert not at.exception
    quarters = _quarter_table(at)
    for corporation, cells in QUARTER_CELLS[measure].items():
        assert list(quarters.loc[corporation, ["K1", "K2", "K3", "K4"]]) == cells
    year_chart = convert_arrow_bytes_to_pandas_df(at.get("vega_lite_chart")[0].proto.datasets[0].data.data)
    expected_agreed = {"total": [312, 1040, 1872, 468], "per_week": [6, 20, 36, 9], "pct": [100] * 4}[measure]
    assert list(year_chart["agreed"]) == expected_agreed


def test_corporation_filter_and_municipality_note(app_env):
    at = _app(jaar="2025", corporatie="Woningstichting Putten", gemeente="Putten")
    table = _year_table(at)
    assert list(table.index) == ["Woningstichting Putten"]  # no region line repeating the one corporation
    assert table.loc["Woningstichting Putten", "Gerealiseerd (uur)"] == "287,4"
    assert table.loc["Woningstichting Putten", "Afspraak (uur/week)"] == "9,0"
    assert list(_quarter_table(at).index) == ["Woningstichting Putten"]
    assert "het gemeentefilter (Putten) geldt op deze pagina niet" in " ".join(i.value for i in at.info)
    assert at.query_params["gemeente"] == "Putten"


def test_charts_have_titles_and_downloads(app_env):
    at = _app()
    charts = at.get("vega_lite_chart")
    assert len(charts) == 2 and len(at.get("download_button")) == 4  # CSV and PNG per chart
    titles = [json.loads(chart.proto.spec)["title"]["text"] for chart in charts]
    assert titles == ["Coachuren 2026 tegen de afspraak", "Coachuren per kwartaal tegen de afspraak"]
    captions = " ".join(c.value for c in at.caption)
    assert "Laagste: Woningstichting Putten" in captions
    assert "6/20/36/9 uur per week" in " ".join(c.value for c in at.caption)
