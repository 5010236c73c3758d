from datetime import date

import pytest

from domain.parameters import (
    AgreementParameters,
    SalaryEntry,
    default_parameters,
    keys_from_stock,
    monthly_salary,
    normalise_keys,
    parameters_in_force,
)
from domain.partners import canonical_corporation, canonical_municipality
from domain.periods import Quarter, last_complete_quarter, quarters_between, year_index
from domain.submissions import SubmissionState, submission_state
from domain.targets import Status, pro_rata_target, status_for, targets_for_year

PARAMS = default_parameters()


def test_defaults_are_the_agreement():
    assert PARAMS.total_weekly_hours == 71
    assert round(PARAMS.total_weekly_hours / PARAMS.full_time_hours, 3) == 1.972
    assert sum(PARAMS.municipal_keys.values()) == pytest.approx(100)
    assert PARAMS.corporate_keys["Uwoon"] == 52
    assert (PARAMS.start_date, PARAMS.end_date) == (date(2024, 1, 1), date(2029, 12, 31))


def test_json_round_trip_keeps_every_value():
    changed = PARAMS.with_changes(
        salary={2024: SalaryEntry(4750.0, "x", True), 2025: SalaryEntry(4900.0, "cao 2025", False)}
    )
    assert AgreementParameters.from_json(changed.to_json()) == changed


def test_salary_before_first_known_year_uses_first_value_as_assumption():
    params = PARAMS.with_changes(salary={2025: SalaryEntry(5000.0, "cao", False)})
    assert monthly_salary(params, 2025) == (5000.0, False)
    assert monthly_salary(params, 2024) == (5000.0, True)


def test_parameter_set_in_force_is_latest_valid_by_year_end():
    later = PARAMS.with_changes(valid_from=date(2026, 7, 1), employer_charges_pct=25.0)
    assert parameters_in_force([PARAMS, later], 2025) is PARAMS
    assert parameters_in_force([PARAMS, later], 2026) is later


def test_normalise_and_derive_keys():
    assert normalise_keys({"a": 1, "b": 3}) == {"a": 25.0, "b": 75.0}
    assert keys_from_stock({"x": 200, "y": 600}) == {"x": 25.0, "y": 75.0}


def test_targets_first_year_then_following_years():
    assert (targets_for_year(PARAMS, 2024).conversations, targets_for_year(PARAMS, 2024).moves) == (200, 50)
    assert targets_for_year(PARAMS, 2025).conversations == 300
    assert year_index(2026, 2024) == 3


@pytest.mark.parametrize(("realised", "status"), [(75, Status.GREEN), (60, Status.AMBER), (59, Status.RED)])
def test_status_thresholds_against_pro_rata(realised, status):
    target = pro_rata_target(300, 1)  # 75 after the first quarter
    assert target == 75
    assert status_for(realised, target, PARAMS) is status


def test_quarter_dates_and_deadline():
    q = Quarter(2025, 4)
    assert (q.first_day, q.last_day) == (date(2025, 10, 1), date(2025, 12, 31))
    assert q.deadline() == date(2026, 1, 31)
    assert Quarter(2025, 1).deadline(2) == date(2025, 5, 31)
    assert len(quarters_between(Quarter(2024, 1), Quarter(2026, 3))) == 11
    assert last_complete_quarter(2026, date(2026, 11, 26)) == 3
    assert last_complete_quarter(2025, date(2026, 11, 26)) == 4


def test_submission_states():
    q = Quarter(2026, 3)
    assert submission_state(q, date(2026, 10, 15), date(2026, 11, 26)) is SubmissionState.SUBMITTED
    assert submission_state(q, date(2026, 11, 2), date(2026, 11, 26)) is SubmissionState.LATE
    assert submission_state(q, None, date(2026, 11, 26)) is SubmissionState.MISSING
    assert submission_state(q, None, date(2026, 10, 5)) is SubmissionState.DUE
    assert submission_state(Quarter(2026, 4), None, date(2026, 11, 26)) is SubmissionState.OPEN


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UWOON", "Uwoon"),
        ("WSP", "Woningstichting Putten"),
        ("Omnia", "Omnia Wonen"),
        ("Delta Wonen", "deltaWonen"),
        (" uwoon ", "Uwoon"),
        ("Woonstad", None),
    ],
)
def test_corporation_aliases(text, name):
    assert canonical_corporation(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wezep", "Oldebroek"),
        ("'t Harde", "Elburg"),
        ("t Harde", "Elburg"),
        ("Gemeente Putten", "Putten"),
        ("HIERDEN", "Harderwijk"),
        ("Zwolle", None),
    ],
)
def test_villages_map_to_their_municipality(text, name):
    assert canonical_municipality(text) == name
