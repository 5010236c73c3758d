"""One year's figures as a typed value: computed once, read by every page, and turned into the
`summary` contract's JSON only by the command line (data_access.contract)."""

from dataclasses import FrozenInstanceError
from datetime import date

import pandas as pd
import pytest

from data_access.contract import to_contract_json
from domain.figures import YearFigures, year_figures
from domain.hours import HoursLine, agreed_hours
from domain.overview import year_kpis
from domain.parameters import default_parameters
from domain.targets import Status

PARAMS = default_parameters()  # weekly hours deltaWonen 6, Omnia Wonen 20, Uwoon 36, WSP 9


def _activity() -> pd.DataFrame:
    rows = [
        # corporation, municipality, quarter, conversations, moves, senior homes, of which labelled
        ("Uwoon", "Harderwijk", 1, 10, 2, 100, 60),
        ("Uwoon", "Harderwijk", 2, 5, 1, 110, 80),
        ("deltaWonen", "Elburg", 1, 3, 0, 50, 20),
    ]
    frame = pd.DataFrame(
        rows,
        columns=[
            "corporation",
            "municipality",
            "quarter",
            "conversations",
            "moves",
            "senior_homes",
            "senior_homes_labelled",
        ],
    )
    return frame.assign(year=2025)


def _hours() -> pd.DataFrame:
    months = [
        ("Uwoon", 1, 1, 150.0),
        ("Uwoon", 1, 2, 150.0),
        ("Uwoon", 1, 3, 168.0),
        ("Uwoon", 2, 4, 100.0),
        ("Uwoon", 2, 5, 100.0),
        ("Uwoon", 2, 6, 100.0),
        ("deltaWonen", 1, 1, 26.0),
        ("deltaWonen", 1, 2, 26.0),
        ("deltaWonen", 1, 3, 26.0),
    ]
    return pd.DataFrame(months, columns=["corporation", "quarter", "month", "hours"]).assign(year=2025)


@pytest.fixture
def figures() -> YearFigures:
    return year_figures(PARAMS, 2025, _activity(), _hours(), {"Uwoon": 2, "deltaWonen": 1})


def test_counts_targets_and_labelling(figures):
    assert (figures.year, figures.conversations, figures.moves) == (2025, 18, 3)  # 10+5+3, 2+1+0
    assert (figures.targets.conversations, figures.targets.moves) == (300, 50)  # a later year
    assert figures.targets.priority_label_pct == 70.0
    # Stock from each corporation's latest quarter: Uwoon K2 80 of 110, deltaWonen K1 20 of 50
    assert figures.priority_label_pct == pytest.approx(100 / 160 * 100)  # 62,5 %


def test_hours_per_corporation_count_only_the_reported_quarters(figures):
    assert figures.hours == {
        "deltaWonen": HoursLine(realised=78.0, agreed=78.0, quarters_reported=1),  # 6 × 13 × 1
        "Omnia Wonen": HoursLine(realised=0.0, agreed=0.0, quarters_reported=0),
        "Uwoon": HoursLine(realised=768.0, agreed=936.0, quarters_reported=2),  # 468 + 300; 36 × 13 × 2
        "Woningstichting Putten": HoursLine(realised=0.0, agreed=0.0, quarters_reported=0),
    }
    assert (figures.realised_hours, figures.agreed_hours) == (846.0, 1014.0)
    assert figures.quarters_covered == 2
    assert agreed_hours(9.0, 4) == 468.0  # the one rule the Uren page uses too


def test_costs_are_the_years_breakdown(figures):
    # 2025 has no salary of its own: € 4 750 × 1,03 = 4 892,50 a month; × 12 × 1,10 × 1,30
    assert figures.costs.per_fte == pytest.approx(83_955.30)
    assert figures.costs.programme == pytest.approx(83_955.30 * 71 / 36)  # € 165 578,51


def test_an_empty_year_has_zero_counts_and_no_labelling():
    empty = year_figures(PARAMS, 2024, _activity().iloc[0:0], _hours().iloc[0:0], {})
    assert (empty.conversations, empty.moves, empty.priority_label_pct) == (0, 0, None)
    assert empty.targets.conversations == 200  # the first agreement year
    assert empty.quarters_covered == 0 and empty.realised_hours == 0.0


def test_the_figures_are_frozen(figures):
    with pytest.raises(FrozenInstanceError):
        figures.moves = 4  # type: ignore[misc]


def test_overview_kpis_read_the_figures(figures):
    kpis = year_kpis(PARAMS, figures, date(2025, 8, 1))  # two quarters ended
    assert kpis["conversations"].target == 150  # 300 × 2/4
    assert kpis["conversations"].status == Status.RED  # 18 of 150
    assert kpis["hours"].realised == 846.0 and kpis["hours"].target == 1014.0
    assert kpis["hours"].status == Status.AMBER  # 846 / 1014 = 83,4 %
    assert kpis["priority_label_pct"].status == Status.AMBER  # 62,5 / 70 = 89 %


def test_the_contract_json_is_made_from_the_figures(figures):
    data = to_contract_json(figures)
    assert list(data) == [
        "year",
        "conversations",
        "moves",
        "targets",
        "hours",
        "priority_label_pct",
        "cost",
        "settlement",
    ]
    assert data["hours"]["Uwoon"] == {"realised": 768.0, "agreed": 936.0, "quarters_reported": 2}
    assert data["targets"] == {"conversations": 300, "moves": 50, "priority_label_pct": 70.0}
    assert data["cost"]["programme"] == figures.costs.programme
    assert data["settlement"]["Ermelo"] == dict(figures.costs.settlement["Ermelo"])
