"""The agreement's cost formulas (docs/agreement.md) on hand-worked numbers for the default agreement."""

import pytest

from domain.costs import cost_breakdown, cost_per_fte, programme_cost, settlement_matrix
from domain.parameters import InvalidParameters, default_parameters, monthly_salary

PARAMS = default_parameters()


def test_cost_per_fte_2024_is_salary_times_allowances_and_charges():
    # 4 750 × 12 = 57 000; × 1.10 (8 % holiday + 2 % year-end) = 62 700; × 1.30 = 81 510
    assert cost_per_fte(PARAMS, 2024) == pytest.approx(81_510.0)


def test_programme_cost_is_71_of_36_hours():
    assert programme_cost(PARAMS, 2024) == pytest.approx(81_510.0 * 71 / 36)
    assert programme_cost(PARAMS, 2024) == pytest.approx(160_755.8333, abs=0.001)


def test_salary_of_a_year_without_value_is_indexed_and_marked_as_assumption():
    assert monthly_salary(PARAMS, 2024) == (4750.0, True)  # indicative demo value
    value, assumed = monthly_salary(PARAMS, 2026)
    assert value == pytest.approx(4750.0 * 1.03**2)
    assert assumed is True


def test_shares_follow_keys_and_the_50_50_split():
    b = cost_breakdown(PARAMS, 2024)
    half = 160_755.8333 / 2
    assert b.municipalities["Harderwijk"] == pytest.approx(half * 0.328, abs=0.01)
    assert b.municipalities["Elburg"] == pytest.approx(11_092.15, abs=0.01)
    assert b.corporations["Uwoon"] == pytest.approx(half * 0.52, abs=0.01)
    assert sum(b.municipalities.values()) == pytest.approx(half, abs=0.01)
    assert sum(b.corporations.values()) == pytest.approx(half, abs=0.01)


def test_employment_and_net_per_corporation():
    b = cost_breakdown(PARAMS, 2024)
    assert b.employment["Uwoon"] == pytest.approx(81_510.0)  # 36 h = 1 FTE
    assert b.employment["deltaWonen"] == pytest.approx(13_585.0)  # 6 h
    assert b.net["deltaWonen"] == pytest.approx(13_585.0 - 6_430.23, abs=0.01)
    assert b.net["Woningstichting Putten"] == pytest.approx(10_732.15, abs=0.01)
    assert all(v > 0 for v in b.net.values())  # with the agreed parameters every corporation receives


def test_settlement_2024_rows_sum_to_shares_and_columns_to_net():
    b = cost_breakdown(PARAMS, 2024)
    assert set(b.settlement) == set(b.municipalities)  # only municipalities pay
    for payer, row in b.settlement.items():
        assert sum(row.values()) == pytest.approx(b.municipalities[payer])
    for receiver, net in b.net.items():
        assert sum(row[receiver] for row in b.settlement.values()) == pytest.approx(net)
    # Elburg pays Uwoon its share × Uwoon's part of all that is owed
    expected = b.municipalities["Elburg"] * b.net["Uwoon"] / sum(b.net.values())
    assert b.settlement["Elburg"]["Uwoon"] == pytest.approx(expected)


def test_a_corporation_with_negative_net_becomes_a_payer():
    # Hand-worked: municipalities owe 60 in total, corporation C carries 0 but owes 20.
    matrix = settlement_matrix({"M1": 40.0, "M2": 20.0}, {"A": 50.0, "B": 30.0, "C": -20.0})
    assert matrix == {
        "M1": {"A": pytest.approx(25.0), "B": pytest.approx(15.0)},
        "M2": {"A": pytest.approx(12.5), "B": pytest.approx(7.5)},
        "C": {"A": pytest.approx(12.5), "B": pytest.approx(7.5)},
    }


def test_keys_that_do_not_sum_to_100_are_refused_by_the_domain():
    keys = dict(PARAMS.municipal_keys) | {"Elburg": 20.0}
    with pytest.raises(InvalidParameters, match="gemeenten telt op tot 106,20 %"):
        PARAMS.with_changes(municipal_keys=keys)
    within_tolerance = dict(PARAMS.corporate_keys) | {"Uwoon": 52.04}
    assert PARAMS.with_changes(corporate_keys=within_tolerance).corporate_keys["Uwoon"] == 52.04


def test_quarter_is_a_quarter_of_the_year():
    b = cost_breakdown(PARAMS, 2025)
    quarter = b.scaled(13 / 52)
    assert quarter["programme"] == pytest.approx(b.programme / 4)
    assert quarter["settlement"]["Putten"]["Uwoon"] == pytest.approx(b.settlement["Putten"]["Uwoon"] / 4)
