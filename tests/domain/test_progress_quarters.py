"""Per-quarter progress: quarters without a report are missing (never 0) and left out of the
percentage; projection, funnel, split and the optional move/barrier rows."""

from datetime import date

import pandas as pd
import pytest

from data_access import repositories as repo
from data_access import services
from domain import progress as prog
from domain.parameters import default_parameters
from domain.periods import last_complete_quarter
from tests.conftest import TODAY

PARAMS = default_parameters()
CORPS = ["A", "B"]


def _activity(rows):
    columns = [
        "corporation",
        "municipality",
        "year",
        "quarter",
        "households_contacted",
        "conversations",
        "moves",
    ]
    return pd.DataFrame(rows, columns=columns)


def _states(reported, today=date(2025, 11, 20), corporations=CORPS):
    return prog.corporation_quarter_states(PARAMS, 2025, reported, today, corporations)


def _state(states, corporation, quarter):
    row = states[(states["corporation"] == corporation) & (states["quarter"] == quarter)]
    return row["state"].item()


def test_quarter_states_distinguish_reported_missing_due_and_running():
    # 20 Nov 2025: Q1-Q3 ended; Q3's deadline (31 Oct) passed; Q4 is running.
    states = _states([("A", 1), ("A", 2), ("A", 3), ("B", 1)])
    assert _state(states, "A", 3) == "reported"
    assert _state(states, "B", 2) == "missing"
    assert _state(states, "B", 3) == "missing"
    assert _state(states, "A", 4) == "not_due"
    # 15 Oct 2025: Q3 ended but its report is not due until 31 Oct.
    early = _states([("A", 3)], today=date(2025, 10, 15))
    assert _state(early, "B", 3) == "due"


def test_quarters_before_the_agreement_are_outside():
    states = prog.corporation_quarter_states(PARAMS, 2023, [], TODAY, ["A"])
    assert set(states["state"]) == {"outside"}
    assert set(prog.group_quarter_states(states)["state"]) == {"outside"}


def test_group_state_is_complete_partial_or_missing():
    states = _states([("A", 1), ("B", 1), ("A", 2)])
    region = prog.group_quarter_states(states).set_index("quarter")
    assert region.loc[1, "state"] == "complete"
    assert region.loc[2, "state"] == "partial"
    assert region.loc[2, "absent"] == "B"
    assert region.loc[3, "state"] == "missing"
    assert region.loc[3, "absent"] == "A, B"
    assert region.loc[4, "state"] == "not_due"


def test_missing_quarter_is_not_zero_and_is_left_out_of_the_percentage():
    activity = _activity(
        [
            ("A", "X", 2025, 1, 30, 100, 10),
            ("A", "X", 2025, 3, 20, 50, 5),
        ]
    )
    states = _states([("A", 1), ("A", 3)], corporations=["A"])
    region = prog.group_quarter_states(states)
    table = prog.quarter_progress(activity, "conversations", region, PARAMS, 300).set_index("quarter")
    assert pd.isna(table.loc[2, "realised"]) and pd.isna(table.loc[2, "cumulative"])
    assert table.loc[2, "state"] == "missing"
    assert table.loc[3, "cumulative"] == 150
    # the target line still reaches 300 × 3/4 at Q3, but the percentage uses the 2 reported quarters
    assert table.loc[3, "target"] == 225
    assert table.loc[3, "counted_target"] == 150
    assert table.loc[3, "pct"] == pytest.approx(100.0)
    assert table.loc[3, "status"] == "green"
    assert table.loc[1, "status"] == "green"  # 100 of 75
    assert pd.isna(table.loc[4, "cumulative"]) and table.loc[4, "status"] == "unknown"
    latest = prog.latest_progress(table.reset_index())
    assert latest["quarter"] == 3


def test_reported_quarter_without_rows_counts_zero_and_status_thresholds_apply():
    activity = _activity([("A", "X", 2025, 1, None, 60, 4)])
    states = _states([("A", 1), ("A", 2)], corporations=["A"])
    table = prog.quarter_progress(
        activity, "conversations", prog.group_quarter_states(states), PARAMS, 300
    ).set_index("quarter")
    assert table.loc[2, "realised"] == 0
    assert table.loc[2, "cumulative"] == 60
    assert table.loc[1, "status"] == "amber"  # 60 of 75 = 80 %
    assert table.loc[2, "status"] == "red"  # 60 of 150 = 40 %


@pytest.mark.parametrize(("realised", "status"), [(75, "green"), (60, "amber"), (59, "red")])
def test_status_thresholds_on_pro_rata_target(realised, status):
    activity = _activity([("A", "X", 2025, 1, None, realised, 0)])
    states = _states([("A", 1)], corporations=["A"])
    table = prog.quarter_progress(activity, "conversations", prog.group_quarter_states(states), PARAMS, 300)
    assert table.loc[0, "status"] == status


def test_projection_is_average_of_ended_quarters_times_four():
    progress = pd.DataFrame(
        {
            "quarter": [1, 2, 3, 4],
            "state": ["complete", "missing", "complete", "not_due"],
            "realised": [80.0, float("nan"), 60.0, float("nan")],
        }
    )
    projection = prog.year_end_projection(progress, quarters_ended=3)
    assert projection.basis_quarters == 2
    assert projection.value == pytest.approx((80 + 60) / 2 * 4)
    assert not projection.year_complete
    assert prog.year_end_projection(progress, quarters_ended=0).value is None
    assert prog.year_end_projection(progress, quarters_ended=4).year_complete


def test_split_per_municipality_marks_quarters_of_absent_corporations():
    activity = _activity(
        [
            ("A", "X", 2025, 1, 10, 5, 1),
            ("B", "Y", 2025, 1, 10, 7, 2),
            ("A", "X", 2025, 2, 10, 4, 0),
        ]
    )
    states = _states([("A", 1), ("B", 1), ("A", 2)])
    members = prog.municipality_members(activity)
    split = prog.split_progress(
        activity, "conversations", "municipality", prog.group_quarter_states(states, members)
    ).set_index(["group", "quarter"])
    assert split.loc[("X", 2), "cumulative"] == 9
    assert split.loc[("Y", 2), "state"] == "missing"
    assert pd.isna(split.loc[("Y", 2), "cumulative"])
    assert split.loc[("Y", 2), "absent"] == "B"


def test_funnel_rates_use_only_rows_that_state_households_contacted():
    activity = _activity(
        [
            ("A", "X", 2025, 1, 100, 40, 8),
            ("B", "Y", 2025, 1, None, 20, 4),  # no households contacted stated
        ]
    )
    funnel = prog.funnel(activity).set_index("stage")
    assert funnel.loc["households_contacted", "count"] == 100
    assert funnel.loc["conversations", "count"] == 60
    assert funnel.loc["conversations", "conversion_pct"] == pytest.approx(40.0)  # 40 / 100, not 60 / 100
    assert funnel.loc["moves", "conversion_pct"] == pytest.approx(12 / 60 * 100)
    assert funnel["rows_with_contacts"].iloc[0] == 1


def test_count_by_keeps_the_order_and_shows_absent_values_as_zero():
    moves = pd.DataFrame(
        {
            "age_band": ["65-74", "55-64", "65-74"],
            "from_type": ["eengezinswoning"] * 3,
            "from_bedrooms": [3, 4, None],
            "freed_home_to": ["gezin", "starter", None],
            "count": [2, 1, 1],
        }
    )
    ages = prog.count_by(moves, "age_band", ["55-64", "65-74", "75-84", "85+"])
    assert list(ages["age_band"]) == ["55-64", "65-74", "75-84", "85+"]
    assert list(ages["count"]) == [1, 3, 0, 0]
    assert ages["pct"].sum() == pytest.approx(100)
    profile = prog.move_profile(
        moves,
        ["55-64", "65-74", "75-84", "85+"],
        ["gezin", "starter", "doorstromer", "overig", "onbekend"],
        ["eengezinswoning", "meergezinswoning", "overig"],
    )
    assert profile.rows == 4 and profile.family_homes_freed == 4
    assert profile.by_freed_home_to.set_index("freed_home_to").loc["onbekend", "count"] == 1


def test_multi_year_has_the_pilot_and_each_years_target():
    activity = _activity([("A", "X", 2024, 1, 0, 120, 20), ("A", "X", 2025, 2, 0, 90, 9)])
    table = prog.multi_year(
        activity,
        {2024: (200, 50), 2025: (300, 50), 2026: (300, 50)},
        {2024: 4, 2025: 4, 2026: 3},
        pilot=(315, 99, 250, 75),
    )
    assert list(table["period"]) == ["pilot", "2024", "2025", "2026"]
    assert table.loc[0, "conversations"] == 315 and table.loc[0, "target_moves"] == 75
    assert table.loc[1, "conversations"] == 120 and table.loc[1, "target_conversations"] == 200
    assert pd.isna(table.loc[3, "conversations"]) and not table.loc[3, "year_complete"]  # no rows
    no_targets = prog.multi_year(activity, {2024: None}, {2024: 4})
    assert pd.isna(no_targets.loc[0, "target_conversations"])


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_demo_progress_matches_the_year_figures(demo_engine, year):
    figures = services.year_figures(demo_engine, year)
    versions = repo.submissions_frame(demo_engine)
    active = versions[versions["is_active"] & (versions["year"] == year)]
    states = prog.corporation_quarter_states(
        PARAMS, year, zip(active["corporation"], active["quarter"], strict=True), TODAY
    )
    region = prog.group_quarter_states(states)
    activity = repo.activity_frame(demo_engine, year)
    for measure in ("conversations", "moves"):
        realised = getattr(figures, measure)
        table = prog.quarter_progress(activity, measure, region, PARAMS, getattr(figures.targets, measure))
        assert prog.latest_progress(table)["cumulative"] == realised
        assert table["realised"].sum() == realised
    if year == 2025:  # deltaWonen's 2025-K4 report is missing in the demo data
        assert region.set_index("quarter").loc[4, "state"] == "partial"
        assert region.set_index("quarter").loc[4, "absent"] == "deltaWonen"
    if year == 2026:
        table = prog.quarter_progress(activity, "conversations", region, PARAMS, 300)
        assert table.loc[3, "state"] == "not_due"
        projection = prog.year_end_projection(table, last_complete_quarter(year, TODAY))
        assert projection.value == pytest.approx(figures.conversations / 3 * 4)


def test_multi_year_year_without_any_report_is_missing_not_zero():
    activity = _activity([("A", "X", 2024, 1, 0, 120, 20)])
    table = prog.multi_year(
        activity,
        {2024: (200, 50), 2025: (300, 50), 2026: (300, 50)},
        {2024: 4, 2025: 4, 2026: 3},
        reported_years=[2024, 2025],
    ).set_index("period")
    assert table.loc["2025", "conversations"] == 0  # reported, nothing in this selection
    assert pd.isna(table.loc["2026", "conversations"])  # nothing reported at all
