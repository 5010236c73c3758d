"""Coach hours against agreed hours: per quarter, per year, average per week and percentage, with
quarters that were not reported left out (never 0)."""

from datetime import date

import pandas as pd
import pytest

from data_access import repositories as repo
from data_access import services
from domain import hours as dh
from domain.parameters import default_parameters
from domain.progress import corporation_quarter_states
from tests.conftest import TODAY

PARAMS = default_parameters()  # deltaWonen 6, Omnia Wonen 20, Uwoon 36, Woningstichting Putten 9 h/week


def _hours(rows):
    return pd.DataFrame(rows, columns=["corporation", "year", "quarter", "month", "hours"])


def _model(reported, hours, today=date(2025, 11, 20)):
    states = corporation_quarter_states(PARAMS, 2025, reported, today, ["deltaWonen", "Uwoon"])
    per_quarter = dh.hours_per_quarter(PARAMS, hours, states)
    return per_quarter, dh.hours_per_year(per_quarter)


HOURS = _hours(
    [
        ("deltaWonen", 2025, 1, 1, 26.0),
        ("deltaWonen", 2025, 1, 2, 26.0),
        ("deltaWonen", 2025, 1, 3, 26.0),
        ("deltaWonen", 2025, 3, 7, 20.0),
        ("deltaWonen", 2025, 3, 8, 19.0),
        ("deltaWonen", 2025, 3, 9, 0.0),
        ("Uwoon", 2025, 1, 1, 156.0),
        ("Uwoon", 2025, 1, 2, 156.0),
        ("Uwoon", 2025, 1, 3, 156.0),
    ]
)


def test_quarter_figures_and_missing_quarters():
    per_quarter, _ = _model([("deltaWonen", 1), ("deltaWonen", 3), ("Uwoon", 1)], HOURS)
    delta = per_quarter[per_quarter["corporation"] == "deltaWonen"].set_index("quarter")
    assert delta.loc[1, "agreed"] == 78  # 6 × 13
    assert delta.loc[1, "realised"] == 78
    assert delta.loc[1, "avg_per_week"] == pytest.approx(6.0)
    assert delta.loc[1, "pct"] == pytest.approx(100.0)
    assert delta.loc[3, "realised"] == 39 and delta.loc[3, "pct"] == pytest.approx(50.0)
    assert delta.loc[2, "state"] == "missing"
    assert pd.isna(delta.loc[2, "realised"]) and pd.isna(delta.loc[2, "pct"])  # missing, not 0
    assert delta.loc[2, "agreed"] == 78  # the reference level is still drawn
    assert delta.loc[4, "state"] == "not_due" and pd.isna(delta.loc[4, "realised"])


def test_year_average_and_percentage_count_only_reported_quarters():
    _, per_year = _model([("deltaWonen", 1), ("deltaWonen", 3), ("Uwoon", 1)], HOURS)
    delta = per_year.set_index("corporation").loc["deltaWonen"]
    assert delta["quarters_reported"] == 2
    assert delta["missing_quarters"] == [2]
    assert delta["realised"] == 117
    assert delta["agreed"] == 6 * 13 * 2
    assert delta["avg_per_week"] == pytest.approx(117 / (13 * 2))
    assert delta["pct"] == pytest.approx(117 / 156 * 100)
    uwoon = per_year.set_index("corporation").loc["Uwoon"]
    assert uwoon["quarters_missing"] == 2 and uwoon["missing_quarters"] == [2, 3]
    assert uwoon["avg_per_week"] == pytest.approx(36.0)


def test_corporation_without_any_report_has_no_figures():
    _, per_year = _model([("Uwoon", 1)], HOURS)
    delta = per_year.set_index("corporation").loc["deltaWonen"]
    assert delta["quarters_reported"] == 0 and delta["agreed"] == 0
    assert pd.isna(delta["realised"]) and pd.isna(delta["avg_per_week"]) and pd.isna(delta["pct"])


def test_region_total_adds_corporations_averages():
    _, per_year = _model([("deltaWonen", 1), ("deltaWonen", 3), ("Uwoon", 1)], HOURS)
    total = dh.hours_region_total(per_year)
    assert total["weekly_agreed"] == 42
    assert total["realised"] == 117 + 468
    assert total["agreed"] == 156 + 468
    assert total["avg_per_week"] == pytest.approx(117 / 26 + 36)
    assert total["pct"] == pytest.approx(585 / 624 * 100)


def test_a_due_report_is_not_counted_either():
    per_quarter, per_year = _model([("Uwoon", 1)], HOURS, today=date(2025, 4, 15))
    uwoon = per_quarter[per_quarter["corporation"] == "Uwoon"].set_index("quarter")
    delta = per_quarter[per_quarter["corporation"] == "deltaWonen"].set_index("quarter")
    assert delta.loc[1, "state"] == "due" and pd.isna(delta.loc[1, "realised"])
    assert uwoon.loc[2, "state"] == "not_due"
    assert per_year.set_index("corporation").loc["deltaWonen", "missing_quarters"] == [1]


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_demo_hours_match_the_year_figures(demo_engine, year):
    figures = services.year_figures(demo_engine, year)
    versions = repo.submissions_frame(demo_engine)
    active = versions[versions["is_active"] & (versions["year"] == year)]
    states = corporation_quarter_states(
        PARAMS, year, zip(active["corporation"], active["quarter"], strict=True), TODAY
    )
    per_year = dh.hours_per_year(dh.hours_per_quarter(PARAMS, repo.hours_frame(demo_engine, year), states))
    for row in per_year.itertuples():
        expected = figures.hours[row.corporation]
        assert row.quarters_reported == expected.quarters_reported
        assert row.agreed == pytest.approx(expected.agreed)
        assert row.realised == pytest.approx(expected.realised)
        assert row.pct == pytest.approx(expected.realised / expected.agreed * 100)
    if year == 2025:
        delta = per_year.set_index("corporation").loc["deltaWonen"]
        assert delta["missing_quarters"] == [4]
        assert delta["avg_per_week"] == pytest.approx(figures.hours["deltaWonen"].realised / 39)
