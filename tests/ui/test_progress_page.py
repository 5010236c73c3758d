"""Voortgang page driven through its filters on the demo data: the numbers shown equal the domain
functions and the `summary` command for every year; filters persist across pages and in the URL."""

import json
from pathlib import Path

import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
from streamlit.testing.v1 import AppTest

from data_access import repositories as repo
from data_access import services
from data_access.db import open_database
from domain.parameters import default_parameters
from domain.periods import last_complete_quarter
from domain.progress import flow_totals
from domain.targets import pro_rata_target, status_for
from tests.conftest import TODAY
from tests.ui.apptest import open_page
from ui import formatting as fmt

ROOT = Path(__file__).resolve().parents[2]
PARAMS = default_parameters()
STATUS_WORDS = {"green": "🟢 Op koers", "amber": "🟠 Let op", "red": "🔴 Achter"}


def _app(**query) -> AppTest:
    return open_page("pages/progress.py", **query)


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _text(elements) -> str:
    return " ".join(e.value for e in elements)


def _specs(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]


def _chart_data(at, index: int):
    """The rows a chart shows (Streamlit sends them beside the spec, as Arrow)."""
    return convert_arrow_bytes_to_pandas_df(at.get("vega_lite_chart")[index].proto.datasets[0].data.data)


def _select(at, param: str, value) -> None:
    at.selectbox(key=f"widget_{param}").select(value).run()
    assert not at.exception, at.exception


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_region_numbers_match_the_summary_command(app_env, year):
    at = _app()
    _select(at, "jaar", year)
    summary = services.summary_for_year(open_database(app_env), year)
    quarter = last_complete_quarter(year, TODAY)
    metrics = _metrics(at)
    assert metrics[f"Uitvoerige gesprekken t/m K{quarter}"] == fmt.number(summary["conversations"])
    assert metrics[f"Verhuizingen t/m K{quarter}"] == fmt.number(summary["moves"])
    markdown = _text(at.markdown)
    for measure in ("conversations", "moves"):
        target = pro_rata_target(summary["targets"][measure], quarter)
        status = status_for(summary[measure], target, PARAMS)
        pct = fmt.percent(summary[measure] / target * 100, 0)
        assert (
            f"**{STATUS_WORDS[status.value]}** · {pct} van het doel naar rato ({fmt.number(target)})"
            in markdown
        )
    if year < 2026:
        assert f"Jaar afgesloten: **{fmt.number(summary['conversations'])}**" in markdown
    else:
        assert (
            f"Prognose jaareinde: **{fmt.number(summary['conversations'] / 3 * 4)}** (jaardoel 300)"
            in markdown
        )
        assert "Prognose: gemiddelde per afgesloten kwartaal × 4" in _text(at.caption)


def test_multi_year_view_shows_every_year_and_the_pilot(app_env):
    at = _app()
    captions = _text(at.caption)
    engine = open_database(app_env)
    years = "; ".join(
        f"{label}: {fmt.number(services.summary_for_year(engine, year)['conversations'])} (doel {target})"
        for year, label, target in ((2024, "2024", 200), (2025, "2025", 300), (2026, "2026 t/m K3", 300))
    )
    assert f"Pilot 2022–2023: 315 (doel 250). Per jaar: {years}." in captions
    assert "Pilot 2022–2023: 99 (doel 75)." in captions


def test_every_chart_has_a_title_a_text_line_and_a_download(app_env):
    at = _app()
    specs = _specs(at)
    titles = [spec["title"]["text"] for spec in specs]
    assert titles[:2] == ["Gesprekken tegen het doel", "Verhuizingen tegen het doel"]
    assert "Gesprekken per corporatie" in titles and "Gesprekken per gemeente" in titles
    assert {"Gesprekken per jaar", "Verhuizingen per jaar"} <= set(titles)
    assert "Van contact tot verhuizing 2026" in titles
    assert {"Leeftijd van wie verhuisde", "Vrijgekomen woning naar", "Redenen om niet te verhuizen"} <= set(
        titles
    )
    downloads = at.get("download_button")
    assert len(downloads) == len(specs) == 10
    assert all(spec["config"]["title"]["fontSize"] >= 20 for spec in specs)


def test_missing_quarter_is_named_not_counted_as_zero(app_env):
    at = _app(jaar="2025")
    captions = _text(at.caption)
    assert "Niet meegeteld (geen rapportage): K4 (deltaWonen)." in captions
    region = _chart_data(at, 0).set_index("quarter_label")
    summary = services.summary_for_year(open_database(app_env), 2025)
    assert region.loc["K4", "cumulative"] == summary["conversations"]
    assert region.loc["K4", "bar_label"].endswith("(onvolledig)")  # the K4 bar says it is incomplete
    _select(at, "corporatie", "deltaWonen")
    region = _chart_data(at, 0).set_index("quarter_label")
    assert region.loc["K4", "bar_label"] == "ontbreekt" and region["cumulative"].isna()["K4"]
    split = _chart_data(at, 2)
    assert list(split.loc[split["quarter_label"] == "K4", "bar_label"]) == ["ontbreekt"]
    metrics = _metrics(at)
    activity = repo.activity_frame(open_database(app_env), 2025)
    delta = flow_totals(activity[activity["corporation"] == "deltaWonen"])
    # deltaWonen's last report is K3: its total stops there, K4 is not a zero
    assert metrics["Uitvoerige gesprekken t/m K3"] == fmt.number(delta["conversations"])
    assert "Niet meegeteld (geen rapportage): K4 (deltaWonen)." in _text(at.caption)


@pytest.mark.parametrize(
    ("param", "value", "column"),
    [
        ("corporatie", "Uwoon", "corporation"),
        ("gemeente", "Oldebroek", "municipality"),
    ],
)
def test_filters_show_the_selection_without_a_regional_target(app_env, param, value, column):
    at = _app()
    _select(at, "jaar", 2025)
    _select(at, param, value)
    activity = repo.activity_frame(open_database(app_env), 2025)
    totals = flow_totals(activity[activity[column] == value])
    metrics = _metrics(at)
    quarter = "K3" if value == "Oldebroek" else "K4"  # Oldebroek is deltaWonen's, whose K4 is missing
    assert metrics[f"Uitvoerige gesprekken t/m {quarter}"] == fmt.number(totals["conversations"])
    assert metrics[f"Verhuizingen t/m {quarter}"] == fmt.number(totals["moves"])
    assert f"Selectie: {value}" in _text(at.info)
    assert "van het doel naar rato" not in _text(at.markdown)
    assert at.query_params[param] == value


def test_filters_persist_across_pages_and_in_the_url(app_env):
    at = _app()
    _select(at, "jaar", 2025)
    _select(at, "corporatie", "Omnia Wonen")
    _select(at, "gemeente", "Ermelo")
    at.switch_page("pages/hours.py").run()
    assert at.selectbox(key="widget_jaar").value == 2025
    assert at.selectbox(key="widget_corporatie").value == "Omnia Wonen"
    assert at.query_params["gemeente"] == "Ermelo"  # kept in the link although hours has no such filter
    at.switch_page("pages/overview.py").run()
    assert at.selectbox(key="widget_jaar").value == 2025
    at.switch_page("pages/progress.py").run()
    assert at.selectbox(key="widget_corporatie").value == "Omnia Wonen"
    assert at.selectbox(key="widget_gemeente").value == "Ermelo"
    assert dict(at.query_params) == {"jaar": "2025", "corporatie": "Omnia Wonen", "gemeente": "Ermelo"}


def test_a_shared_link_opens_the_same_view(app_env):
    at = _app(jaar="2024", corporatie="Uwoon")
    assert at.title[0].value == "Voortgang 2024"
    assert at.selectbox(key="widget_corporatie").value == "Uwoon"
    activity = repo.activity_frame(open_database(app_env), 2024)
    uwoon = flow_totals(activity[activity["corporation"] == "Uwoon"])
    assert _metrics(at)["Verhuizingen t/m K4"] == fmt.number(uwoon["moves"])


def test_funnel_moves_and_barriers_match_the_data(app_env):
    at = _app(jaar="2026")
    engine = open_database(app_env)
    moves = repo.moves_frame(engine, 2026)
    family = int(moves.loc[moves["from_type"] == "eengezinswoning", "count"].sum())
    assert _metrics(at)["Vrijgekomen eengezinswoningen"] == fmt.number(family)
    activity = repo.activity_frame(engine, 2026)
    first = activity["conversations"].sum() / activity["households_contacted"].sum() * 100
    second = activity["moves"].sum() / activity["conversations"].sum() * 100
    assert (
        f"{fmt.percent(first, 0)} van de benaderde huishoudens had een uitvoerig gesprek; "
        f"{fmt.percent(second, 0)} van de gesprekken leidde tot een verhuizing."
    ) in _text(at.caption)
    barriers = repo.barriers_frame(engine, 2026).groupby("reason")["count"].sum()
    top = barriers.sort_values(ascending=False, kind="stable")
    assert f"({fmt.number(top.iloc[0])}, {fmt.percent(top.iloc[0] / top.sum() * 100, 0)})" in _text(
        at.caption
    )


def test_split_measure_switch_changes_the_split_charts(app_env):
    at = _app()
    at.radio(key="progress_split_measure").set_value("moves").run()
    titles = [spec["title"]["text"] for spec in _specs(at)]
    assert "Verhuizingen per corporatie" in titles
    assert "Gesprekken per corporatie" not in titles


def test_english_toggle(app_env):
    at = _app()
    at.sidebar.radio[0].set_value("en").run()
    assert at.title[0].value == "Progress 2026"
    assert "Moves up to Q3" in _metrics(at)


def test_all_option_is_shown_as_a_word_not_an_empty_box(app_env):
    at = _app()
    for key in ("widget_corporatie", "widget_gemeente"):
        box = at.selectbox(key=key)
        assert box.options[0] == "Alle"
        assert box.index == 0  # selected, so the box reads "Alle" instead of "Choose an option"
    _select(at, "corporatie", "Uwoon")
    at.selectbox(key="widget_corporatie").set_value("").run()  # back to all
    assert "corporatie" not in at.query_params
    assert "Uitvoerige gesprekken t/m K3" in _metrics(at)
    assert "van het doel naar rato" in _text(at.markdown)
