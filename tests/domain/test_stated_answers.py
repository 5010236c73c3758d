"""Answers the pages state instead of leaving them to be worked out: the hours shortfall, the
corporation furthest below its hours, days past a report's deadline, the freed homes by type and
bedrooms, and "overig" last in a list of reasons. Every expected value is worked out by hand."""

from datetime import date

import pandas as pd
import pytest

from domain import hours as dh
from domain import progress as prog
from domain.hours import HoursLine
from domain.overview import furthest_below_agreed
from domain.parameters import default_parameters
from domain.periods import Quarter
from domain.progress import corporation_quarter_states
from domain.submissions import days_late, overdue_reports, still_missing, with_days_late

PARAMS = default_parameters()  # deltaWonen 6, Omnia Wonen 20, Uwoon 36, Woningstichting Putten 9 h/week


def _per_year(rows, reported, today=date(2025, 11, 20)):
    hours = pd.DataFrame(rows, columns=["corporation", "year", "quarter", "month", "hours"])
    states = corporation_quarter_states(PARAMS, 2025, reported, today, ["Woningstichting Putten", "Uwoon"])
    return dh.hours_per_year(dh.hours_per_quarter(PARAMS, hours, states)).set_index("corporation")


# --- Hours: the shortfall in hours a week and in hours over the reported quarters ------------------


def test_shortfall_in_hours_a_week_and_over_the_reported_quarters():
    # Woningstichting Putten (9 h/week) reports K1 with 70 hours and K2 with 60: 130 hours of the
    # agreed 9 × 13 × 2 = 234, so 104 hours short; per week 130 / 26 = 5 against 9, so 4 short.
    # K3 ended on 30-09 and its deadline passed on 31-10: missing, so not counted as 0 hours.
    rows = [
        ("Woningstichting Putten", 2025, 1, 1, 70.0),
        ("Woningstichting Putten", 2025, 2, 4, 60.0),
        ("Uwoon", 2025, 1, 1, 470.0),
    ]
    per_year = _per_year(rows, [("Woningstichting Putten", 1), ("Woningstichting Putten", 2), ("Uwoon", 1)])
    putten = per_year.loc["Woningstichting Putten"]
    assert putten["difference"] == pytest.approx(-104.0)
    assert putten["difference_per_week"] == pytest.approx(-4.0)
    assert putten["missing_quarters"] == [3]
    # Uwoon (36 h/week) worked 470 of 468 in K1: 2 hours more, 470 / 13 − 36 = 0,1538 h/week more
    uwoon = per_year.loc["Uwoon"]
    assert uwoon["difference"] == pytest.approx(2.0)
    assert uwoon["difference_per_week"] == pytest.approx(2 / 13)
    region = dh.hours_region_total(per_year.reset_index())
    assert region["difference"] == pytest.approx(-102.0)  # 600 realised − 702 agreed
    assert region["difference_per_week"] == pytest.approx(-4.0 + 2 / 13)


def test_no_report_means_no_shortfall_not_every_agreed_hour_short():
    per_year = _per_year([("Uwoon", 2025, 1, 1, 468.0)], [("Uwoon", 1)])
    putten = per_year.loc["Woningstichting Putten"]
    assert putten["quarters_reported"] == 0
    assert pd.isna(putten["difference"]) and pd.isna(putten["difference_per_week"])


def test_the_corporation_furthest_below_its_agreed_hours():
    lines = {
        "deltaWonen": HoursLine(realised=80.0, agreed=78.0, quarters_reported=1),  # 102,6 %
        "Omnia Wonen": HoursLine(realised=240.0, agreed=260.0, quarters_reported=1),  # 92,3 %
        "Uwoon": HoursLine(realised=0.0, agreed=0.0, quarters_reported=0),  # nothing reported
        "Woningstichting Putten": HoursLine(realised=72.9, agreed=117.0, quarters_reported=1),  # 62,3 %
    }
    gap = furthest_below_agreed(lines)
    assert gap.corporation == "Woningstichting Putten"
    assert gap.pct == pytest.approx(72.9 / 117 * 100)
    everyone_met = {"deltaWonen": HoursLine(80.0, 78.0, 1), "Uwoon": HoursLine(0.0, 0.0, 0)}
    assert furthest_below_agreed(everyone_met) is None


# --- Reports: days past the deadline ---------------------------------------------------------------


def test_days_late_for_a_report_that_came_in_late_and_one_on_time():
    deadline = Quarter(2025, 2).deadline(1)
    assert deadline == date(2025, 7, 31)
    assert days_late(deadline, date(2025, 8, 20), date(2026, 11, 26)) == 20
    assert days_late(deadline, date(2025, 7, 31), date(2026, 11, 26)) is None  # on the day: on time
    assert days_late(deadline, date(2025, 8, 1), date(2026, 11, 26)) == 1  # month end to the 1st


def test_days_late_across_a_leap_day():
    # 2023-K4 with two months to report: deadline the last day of February 2024, a leap year
    deadline = Quarter(2023, 4).deadline(2)
    assert deadline == date(2024, 2, 29)
    assert days_late(deadline, date(2024, 3, 1), date(2024, 6, 1)) == 1
    # missing: counted to today; 31-01-2024 → 01-03-2024 is 29 days of February plus 1
    january_deadline = Quarter(2023, 4).deadline(1)
    assert january_deadline == date(2024, 1, 31)
    assert days_late(january_deadline, None, date(2024, 3, 1)) == 30
    assert days_late(january_deadline, None, date(2024, 1, 31)) is None  # deadline day: still due


def test_overdue_reports_of_a_year_with_their_days():
    matrix = pd.DataFrame(
        [
            ("deltaWonen", 2025, 3, "submitted", date(2025, 10, 20), date(2025, 10, 31)),
            ("deltaWonen", 2025, 4, "missing", None, date(2026, 1, 31)),
            ("Omnia Wonen", 2025, 2, "late", date(2025, 8, 20), date(2025, 7, 31)),
            ("Omnia Wonen", 2026, 1, "missing", None, date(2026, 4, 30)),
        ],
        columns=["corporation", "year", "quarter", "state", "submitted_on", "deadline"],
    )
    today = date(2026, 11, 26)
    overdue = overdue_reports(matrix, today, 2025)
    # 31-01-2026 → 26-11-2026: 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 26 = 299 days
    assert list(zip(overdue["corporation"], overdue["quarter"], overdue["days_late"], strict=True)) == [
        ("deltaWonen", 4, 299),
        ("Omnia Wonen", 2, 20),
    ]
    assert with_days_late(matrix, today)["days_late"].tolist() == [None, 299, 20, 210]  # 30-04 → 26-11
    earlier = still_missing(matrix, today, 2026)  # missing before 2026; the late one came in
    assert list(zip(earlier["corporation"], earlier["year"], earlier["quarter"], strict=True)) == [
        ("deltaWonen", 2025, 4)
    ]


# --- Freed homes by type and bedrooms; "overig" last -----------------------------------------------


def test_freed_homes_by_type_and_bedrooms():
    moves = pd.DataFrame(
        {
            "from_type": ["eengezinswoning", "eengezinswoning", "meergezinswoning", None, "eengezinswoning"],
            "from_bedrooms": [3, 4, 2, 2, None],
            "count": [2, 1, 3, 1, 1],
        }
    )
    table = prog.freed_homes(moves, ["eengezinswoning", "meergezinswoning", "overig"])
    assert list(table.index) == ["eengezinswoning", "meergezinswoning", "overig", "onbekend"]
    assert list(table.columns) == [2, 3, 4, "onbekend", "total"]
    assert table.loc["eengezinswoning"].tolist() == [0, 2, 1, 1, 4]
    assert table.loc["meergezinswoning"].tolist() == [3, 0, 0, 0, 3]
    assert table.loc["overig"].tolist() == [0, 0, 0, 0, 0]  # listed, with nothing freed
    assert table.loc["onbekend"].tolist() == [1, 0, 0, 0, 1]
    assert table["total"].sum() == 8


def test_no_move_rows_lists_every_type_with_zero():
    empty = pd.DataFrame(columns=["from_type", "from_bedrooms", "count"])
    table = prog.freed_homes(empty, ["eengezinswoning", "meergezinswoning", "overig"])
    assert table["total"].to_dict() == {"eengezinswoning": 0, "meergezinswoning": 0, "overig": 0}


def test_overig_comes_last_even_when_it_is_the_largest():
    barriers = pd.DataFrame(
        {"reason": ["overig", "gezondheid", "wil later", "digitale drempel"], "count": [47, 29, 24, 45]}
    )
    counts = prog.count_by(barriers, "reason")
    assert list(counts["reason"]) == ["digitale drempel", "gezondheid", "wil later", "overig"]
    assert list(counts["count"]) == [45, 29, 24, 47]
    assert counts["pct"].iloc[-1] == pytest.approx(47 / 145 * 100)
