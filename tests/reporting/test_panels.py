"""The pages' charts and tables built without Streamlit, in either language (what the meeting
handouts will render): small hand-made frames, numbers worked out by hand."""

from datetime import date

import pandas as pd

from domain import progress as prog
from domain.parameters import default_parameters
from reporting import hours as rh
from reporting import progress as rp

PARAMS = default_parameters()
TODAY = date(2025, 8, 15)  # K2 of 2025 ended on 30 June; its deadline (31 July) has passed


def _activity() -> pd.DataFrame:
    rows = [
        ("Uwoon", "Harderwijk", 2025, 1, 40, 30, 6),
        ("Uwoon", "Harderwijk", 2025, 2, 35, 25, 4),
        ("deltaWonen", "Elburg", 2025, 1, 10, 8, 1),
    ]
    frame = pd.DataFrame(
        rows,
        columns=[
            "corporation",
            "municipality",
            "year",
            "quarter",
            "households_contacted",
            "conversations",
            "moves",
        ],
    )
    return frame.assign(priority_moves=0, freed_family_homes=0, senior_homes=100, senior_homes_labelled=70)


def _model() -> rp.ProgressModel:
    selection = rp.Selection(2025)
    # Omnia Wonen and Woningstichting Putten reported nothing: K1 and K2 are partial
    reported = [("Uwoon", 1), ("Uwoon", 2), ("deltaWonen", 1)]
    activity = _activity()
    return rp.progress_model(selection, PARAMS, activity, activity, reported, TODAY)


def test_region_panel_in_dutch():
    panel = rp.region_panel(_model(), "conversations", "nl")
    # conversations K1 30 + 8 = 38, K2 + 25 = 63 against 300 × 2/4 = 150
    assert list(panel.frame["quarter_label"]) == ["K1", "K2", "K3", "K4"]
    assert list(panel.frame["cumulative"].iloc[:2]) == [38.0, 63.0]
    assert panel.frame["bar_label"].iloc[1] == "63\nAchter\n(onvolledig)"
    assert panel.frame["bar_label"].iloc[2] == "loopt nog"
    assert panel.frame["target_label"].iloc[3] == "jaardoel 300"
    assert panel.summary.startswith(
        "Na K2: 63 uitvoerige gesprekken; doel naar rato 150 (42 %), status: Achter."
    )
    assert "Niet meegeteld (geen rapportage): K1 (Omnia Wonen, Woningstichting Putten)" in panel.summary
    assert panel.file_name == "voortgang-conversations-2025.csv"
    spec = panel.chart().to_dict()  # validated against the Vega-Lite schema
    assert spec["title"]["text"] == "Gesprekken tegen het doel"


def test_region_panel_in_english():
    panel = rp.region_panel(_model(), "moves", "en")
    assert list(panel.frame["quarter_label"]) == ["Q1", "Q2", "Q3", "Q4"]
    assert panel.frame["bar_label"].iloc[1] == "11\nBehind\n(incomplete)"  # 6 + 1 + 4 of 25
    assert list(panel.table.columns[:3]) == ["Quarter", "Reports", "Missing from"]
    assert panel.chart().to_dict()["title"]["text"] == "Moves against target"
    sentence, method = rp.projection_text(_model(), "moves", "en")
    assert sentence == "Year-end projection: **22** (annual target 50)"  # 11 / 2 × 4
    assert method == "Projection: average per ended quarter × 4 (based on 2 quarters)."


def test_split_and_funnel_panels():
    model = _model()
    split = rp.split_data(model, "conversations", "corporation")
    panel = rp.split_panel(split, 2025, "conversations", "corporation", "nl")
    assert panel.summary.startswith("Hoogste stand: Uwoon met 55.")
    assert panel.chart().to_dict()["title"]["text"] == "Gesprekken per corporatie"
    funnel = rp.funnel_panel(prog.funnel(model.activity), 2025, "en")
    # 63 of 85 households contacted had a conversation (74 %); 11 of 63 moved (17 %)
    assert funnel.summary == (
        "74 % of the households contacted had an extensive conversation; "
        "17 % of the conversations led to a move."
    )


def test_hours_panels_without_streamlit():
    hours = pd.DataFrame(
        [("Uwoon", 2025, 1, m, 156.0) for m in (1, 2, 3)]
        + [("deltaWonen", 2025, 1, m, 20.0) for m in (1, 2, 3)],
        columns=["corporation", "year", "quarter", "month", "hours"],
    )
    reported = [("Uwoon", 1), ("deltaWonen", 1)]
    model = rh.hours_model(2025, PARAMS, hours, reported, TODAY)
    panel = rh.year_panel(model, "per_week", "en")
    labels = dict(zip(panel.frame["corporation_label"], panel.frame["label"], strict=True))
    # Uwoon 468 h in K1 = 36,0 a week (100 %); K2 is missing (its deadline passed)
    assert labels["Uwoon (1 of 2 qtrs)"] == "36.0 h/wk of 36.0 (100 %)"
    assert labels["deltaWonen (1 of 2 qtrs)"] == "4.6 h/wk of 6.0 (77 %)"  # 60 / 13
    assert rh.agreed_summary(PARAMS, "nl") == "6/20/36/9"
    table = rh.quarter_table(model.per_quarter, "total", "nl")
    assert table.loc["Uwoon", "K1"] == "468,0" and table.loc["Uwoon", "K2"] == "❌ Ontbreekt"
    assert rh.quarter_panel(model, "total", "nl").chart().to_dict()["title"]["text"] == (
        "Coachuren per kwartaal tegen de afspraak"
    )
