"""Voortgang page driven through its filters on the demo data: the numbers shown are the ones
worked out by hand from the demo workbooks; filters persist across pages and in the URL.

How the expected numbers were found: sample_data/manifest.json lists the 43 demo reports
(2024-K1 to 2026-K3, four corporations, deltaWonen's 2025-K4 missing). Each workbook's sheet
Rapportage has one row per municipality; the per-report sums of the columns "Uitvoerige
gesprekken (>1 uur)" and "Verhuizingen" are (corporation order Omnia Wonen, Uwoon, Woningstichting
Putten, deltaWonen):

    conversations   2024  K1 21+25+8+4 = 58   K2 22+28+5+8 = 63   K3 29+46+10+4 = 89  K4 30+37+17+3 = 87
                    2025  K1 22+32+10+7 = 71  K2 25+47+11+6 = 89  K3 23+38+13+8 = 82  K4 23+34+11 = 68
                    2026  K1 16+51+5+7 = 79   K2 20+37+8+2 = 67   K3 25+33+10+6 = 74
    moves           2024  K1 2+6+3+2 = 13     K2 5+6+1+1 = 13     K3 5+6+4+0 = 15     K4 2+12+0+2 = 16
                    2025  K1 3+5+3+2 = 13     K2 8+6+2+0 = 16     K3 5+8+1+2 = 16     K4 4+7+1 = 12
                    2026  K1 4+4+2+2 = 12     K2 4+3+3+2 = 12     K3 7+5+2+2 = 16

so the years total 297 / 310 / 220 conversations and 57 / 57 / 40 moves.
"""

import json

import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
from streamlit.testing.v1 import AppTest

from tests.ui.apptest import open_page


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


# Per year: the last ended quarter (today 26-11-2026), the totals, and the status lines: the target
# after q quarters is annual × q / 4 (2024 is the first year: 200 conversations, later years 300;
# 50 moves every year). 297 / 200 = 148,5 % shows as 148 % (Babel rounds half to even);
# 310 / 300 = 103,3 %; 57 / 50 = 114 %; 2026: 220 / 225 = 97,8 % (amber), 40 / 37,5 = 106,7 %.
REGION = {
    2024: (
        4,
        "297",
        "57",
        "**🟢 Op koers** · 148 % van het doel naar rato (200)",
        "**🟢 Op koers** · 114 % van het doel naar rato (50)",
        "Jaar afgesloten: **297** (jaardoel 200)",
    ),
    2025: (
        4,
        "310",
        "57",
        "**🟢 Op koers** · 103 % van het doel naar rato (300)",
        "**🟢 Op koers** · 114 % van het doel naar rato (50)",
        "Jaar afgesloten: **310** (jaardoel 300)",
    ),
    2026: (
        3,
        "220",
        "40",
        "**🟠 Let op** · 98 % van het doel naar rato (225)",
        "**🟢 Op koers** · 107 % van het doel naar rato (38)",
        "Prognose jaareinde: **293** (jaardoel 300)",  # 220 / 3 × 4 = 293,3
    ),
}


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_region_numbers_are_the_years_totals_against_the_pro_rata_target(app_env, year):
    quarter, conversations, moves, conversations_line, moves_line, projection = REGION[year]
    at = _app()
    _select(at, "jaar", year)
    metrics = _metrics(at)
    assert metrics[f"Uitvoerige gesprekken t/m K{quarter}"] == conversations
    assert metrics[f"Verhuizingen t/m K{quarter}"] == moves
    markdown = _text(at.markdown)
    assert conversations_line in markdown
    assert moves_line in markdown
    assert projection in markdown
    if year == 2026:
        assert "Prognose jaareinde: **53** (jaardoel 50)" in markdown  # 40 / 3 × 4 = 53,3
        assert "Prognose: gemiddelde per afgesloten kwartaal × 4 (gebaseerd op 3 kwartalen)." in _text(
            at.caption
        )


def test_multi_year_view_shows_every_year_and_the_pilot(app_env):
    captions = _text(_app().caption)
    assert (
        "Pilot 2022–2023: 315 (doel 250). Per jaar: 2024: 297 (doel 200); 2025: 310 (doel 300); "
        "2026 t/m K3: 220 (doel 300)."
    ) in captions
    assert (
        "Pilot 2022–2023: 99 (doel 75). Per jaar: 2024: 57 (doel 50); 2025: 57 (doel 50); "
        "2026 t/m K3: 40 (doel 50)."
    ) in captions


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
    assert len(specs) == 10 and len(downloads) == 20  # a CSV and a PNG next to every chart
    assert all(spec["config"]["title"]["fontSize"] >= 20 for spec in specs)


def test_missing_quarter_is_named_not_counted_as_zero(app_env):
    at = _app(jaar="2025")
    captions = _text(at.caption)
    assert "Niet meegeteld (geen rapportage): K4 (deltaWonen)." in captions
    region = _chart_data(at, 0).set_index("quarter_label")
    assert list(region["cumulative"]) == [71, 160, 242, 310]  # 71, +89, +82, +68 (K4 without deltaWonen)
    assert region.loc["K4", "bar_label"].endswith("(onvolledig)")  # the K4 bar says it is incomplete
    _select(at, "corporatie", "deltaWonen")
    region = _chart_data(at, 0).set_index("quarter_label")
    assert region.loc["K4", "bar_label"] == "ontbreekt" and region["cumulative"].isna()["K4"]
    split = _chart_data(at, 2)
    assert list(split.loc[split["quarter_label"] == "K4", "bar_label"]) == ["ontbreekt"]
    # deltaWonen's last report is K3: its total stops there (7 + 6 + 8), K4 is not a zero
    assert _metrics(at)["Uitvoerige gesprekken t/m K3"] == "21"
    assert "Niet meegeteld (geen rapportage): K4 (deltaWonen)." in _text(at.caption)


@pytest.mark.parametrize(
    ("param", "value", "quarter", "conversations", "moves"),
    [
        # Uwoon 2025: conversations 32 + 47 + 38 + 34, moves 5 + 6 + 8 + 7
        ("corporatie", "Uwoon", "K4", "151", "26"),
        # Oldebroek is deltaWonen's alone (its rows say "Wezep"), whose K4 is missing: the first
        # table row of its 2025 reports: conversations 5 + 5 + 2, moves 2 + 0 + 0
        ("gemeente", "Oldebroek", "K3", "12", "2"),
    ],
)
def test_filters_show_the_selection_without_a_regional_target(
    app_env, param, value, quarter, conversations, moves
):
    at = _app()
    _select(at, "jaar", 2025)
    _select(at, param, value)
    metrics = _metrics(at)
    assert metrics[f"Uitvoerige gesprekken t/m {quarter}"] == conversations
    assert metrics[f"Verhuizingen t/m {quarter}"] == moves
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
    assert _metrics(at)["Verhuizingen t/m K4"] == "30"  # Uwoon 2024: 6 + 6 + 6 + 12


def test_funnel_moves_and_barriers_match_the_data(app_env):
    # 2026 by hand. Sheet Verhuizingen: 40 move rows, 22 of them left an eengezinswoning; age
    # band 65-74 is the largest (19 of 40 = 47,5 % → 48 %, half to even). Rapportage: households
    # contacted K1 60+122+16+22, K2 66+105+21+17, K3 91+89+23+25 = 657; 220 / 657 = 33,5 % → 33 %;
    # 40 moves / 220 conversations = 18,2 %. Belemmeringen: "overig" 6+2+5+6+6+5+5+2+4+0+4+2 = 47
    # is the largest of 302 counted reasons, but a rest group is no answer: the largest named
    # reasons are "digitale drempel" and "huurprijs of woonlasten" with 45 each (14,9 % → 15 %);
    # a tie keeps A-Z order, so "Digitale drempel" is named.
    at = _app(jaar="2026")
    assert _metrics(at)["Vrijgekomen eengezinswoningen"] == "22"
    captions = _text(at.caption)
    family = "Uit 40 verhuisregels (vertrokken uit een eengezinswoning); de rapportages noemen 40"
    assert f"{family} verhuizingen." in captions
    assert (
        "33 % van de benaderde huishoudens had een uitvoerig gesprek; "
        "18 % van de gesprekken leidde tot een verhuizing."
    ) in captions
    assert "Grootste groep: 65-74 jaar (19, 48 %)." in captions
    assert "Grootste groep: Gezin (18, 45 %)." in captions  # 18 of the 40 freed homes went to a family
    assert "Grootste groep: Digitale drempel (45, 15 %)." in captions
    assert "Grootste groep: Overig" not in captions


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
