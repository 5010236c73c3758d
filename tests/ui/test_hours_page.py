"""Uren page driven through its filters on the demo data: the figures shown equal the domain
functions and the `summary` command's hours for every year; missing quarters are never 0."""

import json
from pathlib import Path

import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
from streamlit.testing.v1 import AppTest

from data_access import repositories as repo
from data_access import services
from data_access.db import open_database
from domain import hours as dh
from domain.parameters import default_parameters
from domain.progress import corporation_quarter_states
from tests.conftest import TODAY
from tests.ui.apptest import open_page
from ui import formatting as fmt

ROOT = Path(__file__).resolve().parents[2]
PARAMS = default_parameters()


def _app(**query) -> AppTest:
    return open_page("pages/hours.py", **query)


def _year_table(at):
    return at.dataframe[0].value.set_index("Corporatie")


def _quarter_table(at):
    return at.dataframe[1].value


def _domain(engine, year):
    versions = repo.submissions_frame(engine)
    active = versions[versions["is_active"] & (versions["year"] == year)]
    states = corporation_quarter_states(
        PARAMS, year, zip(active["corporation"], active["quarter"], strict=True), TODAY
    )
    per_quarter = dh.hours_per_quarter(PARAMS, repo.hours_frame(engine, year), states)
    return per_quarter, dh.hours_per_year(per_quarter)


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_year_table_matches_the_summary_command(app_env, year):
    at = _app(jaar=str(year))
    assert at.title[0].value == f"Uren verhuiscoaches {year}"
    summary = services.summary_for_year(open_database(app_env), year)["hours"]
    table = _year_table(at)
    for corporation, line in summary.items():
        row = table.loc[corporation]
        assert row["Gerealiseerd (uur)"] == fmt.number(line["realised"], 1)
        assert row["Afgesproken (uur)"] == fmt.number(line["agreed"], 1)
        assert row["Kwartalen ingediend"] == str(line["quarters_reported"])
        assert row["% van afspraak"] == fmt.percent(line["realised"] / line["agreed"] * 100, 1)
        weeks = 13 * line["quarters_reported"]
        assert row["Gemiddeld per week"] == fmt.number(line["realised"] / weeks, 1)
    region = table.loc["Regio"]
    assert region["Gerealiseerd (uur)"] == fmt.number(sum(h["realised"] for h in summary.values()), 1)
    assert region["Afgesproken (uur)"] == fmt.number(sum(h["agreed"] for h in summary.values()), 1)
    assert region["Afspraak (uur/week)"] == "71,0"


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
    per_quarter, _ = _domain(open_database(app_env), 2026)
    uwoon = per_quarter[(per_quarter["corporation"] == "Uwoon") & (per_quarter["quarter"] == 1)].iloc[0]
    assert quarters.loc["Uwoon", "K1"] == fmt.number(uwoon["avg_per_week"], 1)


@pytest.mark.parametrize(
    ("measure", "column", "show"),
    [
        ("total", "realised", lambda v: fmt.number(v, 1)),
        ("per_week", "avg_per_week", lambda v: fmt.number(v, 1)),
        ("pct", "pct", lambda v: fmt.percent(v, 0)),
    ],
)
def test_measure_switch_shows_totals_averages_and_percentages(app_env, measure, column, show):
    at = _app(jaar="2024")
    at.radio(key="hours_measure").set_value(measure).run()
    assert not at.exception
    per_quarter, _ = _domain(open_database(app_env), 2024)
    quarters = _quarter_table(at)
    for row in per_quarter.itertuples():
        assert quarters.loc[row.corporation, f"K{row.quarter}"] == show(getattr(row, column))
    year_chart = convert_arrow_bytes_to_pandas_df(at.get("vega_lite_chart")[0].proto.datasets[0].data.data)
    expected_agreed = {"total": [312, 1040, 1872, 468], "per_week": [6, 20, 36, 9], "pct": [100] * 4}[measure]
    assert list(year_chart["agreed"]) == expected_agreed


def test_corporation_filter_and_municipality_note(app_env):
    at = _app(jaar="2025", corporatie="Woningstichting Putten", gemeente="Putten")
    table = _year_table(at)
    assert list(table.index) == ["Woningstichting Putten"]  # no region line repeating the one corporation
    summary = services.summary_for_year(open_database(app_env), 2025)["hours"]["Woningstichting Putten"]
    assert table.loc["Woningstichting Putten", "Gerealiseerd (uur)"] == fmt.number(summary["realised"], 1)
    assert table.loc["Woningstichting Putten", "Afspraak (uur/week)"] == "9,0"
    assert list(_quarter_table(at).index) == ["Woningstichting Putten"]
    assert "het gemeentefilter (Putten) geldt op deze pagina niet" in " ".join(i.value for i in at.info)
    assert at.query_params["gemeente"] == "Putten"


def test_charts_have_titles_and_downloads(app_env):
    at = _app()
    charts = at.get("vega_lite_chart")
    assert len(charts) == 2 and len(at.get("download_button")) == 2
    titles = [json.loads(chart.proto.spec)["title"]["text"] for chart in charts]
    assert titles == ["Coachuren 2026 tegen de afspraak", "Coachuren per kwartaal tegen de afspraak"]
    captions = " ".join(c.value for c in at.caption)
    assert "Laagste: Woningstichting Putten" in captions
    assert "6/20/36/9 uur per week" in " ".join(c.value for c in at.caption)
