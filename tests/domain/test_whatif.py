"""What-if: scenarios as overrides, validated by the domain; differences per partner in euros and %."""

import pytest

from domain.costs import cost_breakdown
from domain.parameters import InvalidParameters, default_parameters, keys_from_stock
from domain.whatif import (
    BALANCE,
    EMPLOYMENT,
    SHARE,
    Scenario,
    agreement_values,
    compare,
    compare_scenario,
    scenario_from_values,
    scenario_values,
    side_by_side,
)

BASE = default_parameters()
PROGRAMME_2024 = 160_755.8333
HALF = PROGRAMME_2024 / 2


def _diff(comparison, partner, measure):
    return next(d for d in comparison.differences if d.partner == partner and d.measure == measure)


def test_unchanged_scenario_has_no_overrides_and_no_differences():
    scenario = scenario_from_values("gelijk", BASE, 2024, agreement_values(BASE, 2024))
    assert scenario.overrides == {}
    comparison = compare_scenario(BASE, scenario, 2024)
    assert all(d.euro == pytest.approx(0.0) for d in comparison.differences)
    assert comparison.programme.scenario == pytest.approx(PROGRAMME_2024, abs=0.001)


def test_moving_two_key_points_from_harderwijk_to_ermelo():
    keys = dict(BASE.municipal_keys) | {"Harderwijk": 30.8, "Ermelo": 17.2}
    scenario = Scenario("ermelo meer", {"municipal_keys": keys})
    comparison = compare_scenario(BASE, scenario, 2024)
    harderwijk = _diff(comparison, "Harderwijk", SHARE)
    # 2 % of the municipal half: € 1 607,56 less
    assert harderwijk.euro == pytest.approx(-HALF * 0.02, abs=0.01)
    assert harderwijk.euro == pytest.approx(-1_607.56, abs=0.01)
    assert harderwijk.pct == pytest.approx(-2 / 32.8 * 100)  # -6,1 %
    assert _diff(comparison, "Ermelo", SHARE).euro == pytest.approx(1_607.56, abs=0.01)
    # Settlement position of a municipality is minus its share: Harderwijk pays less (+)
    assert _diff(comparison, "Harderwijk", BALANCE).euro == pytest.approx(1_607.56, abs=0.01)
    # Corporations are untouched by municipal keys
    assert _diff(comparison, "Uwoon", SHARE).euro == pytest.approx(0.0)
    assert comparison.programme.euro == pytest.approx(0.0)
    # What Harderwijk pays Uwoon changes by 2 % of the half × Uwoon's part of all that is owed
    matrix = comparison.settlement_difference()
    agreement = cost_breakdown(BASE, 2024)
    uwoon_part = agreement.net["Uwoon"] / sum(agreement.net.values())
    assert matrix["Harderwijk"]["Uwoon"] == pytest.approx(-1_607.56 * uwoon_part, abs=0.01)


def test_salary_split_hours_and_charges_scenario_worked_by_hand():
    # € 5 000 a month, 25 % charges: 5 000 × 12 × 1.10 × 1.25 = 82 500 per FTE;
    # 72 h (Uwoon 37) = 2 FTE → programme 165 000; municipalities carry 60 % = 99 000.
    hours = dict(BASE.weekly_hours) | {"Uwoon": 37.0}
    scenario = Scenario(
        "duurder",
        {
            "monthly_salary": 5000.0,
            "employer_charges_pct": 25.0,
            "municipal_part_pct": 60.0,
            "weekly_hours": hours,
        },
    )
    comparison = compare_scenario(BASE, scenario, 2024)
    assert comparison.scenario.per_fte == pytest.approx(82_500.0)
    assert comparison.programme.scenario == pytest.approx(165_000.0)
    assert comparison.programme.euro == pytest.approx(165_000.0 - PROGRAMME_2024, abs=0.001)
    assert _diff(comparison, "Harderwijk", SHARE).scenario == pytest.approx(99_000 * 0.328)
    uwoon_employment = _diff(comparison, "Uwoon", EMPLOYMENT)
    assert uwoon_employment.agreement == pytest.approx(81_510.0)
    assert uwoon_employment.scenario == pytest.approx(82_500.0 * 37 / 36)
    assert uwoon_employment.pct == pytest.approx((82_500.0 * 37 / 36 / 81_510.0 - 1) * 100)


def test_corporation_with_negative_net_shows_as_payer_in_the_comparison():
    hours = dict(BASE.weekly_hours) | {"Woningstichting Putten": 0.0, "Uwoon": 45.0}
    comparison = compare_scenario(BASE, Scenario("wsp zonder uren", {"weekly_hours": hours}), 2024)
    wsp = _diff(comparison, "Woningstichting Putten", BALANCE)
    assert wsp.agreement > 0  # receives under the agreement
    assert wsp.scenario == pytest.approx(-HALF * 0.12, abs=0.01)  # pays its whole share
    assert "Woningstichting Putten" in comparison.scenario.settlement


def test_scenario_with_keys_not_summing_to_100_is_refused_by_the_domain():
    keys = dict(BASE.corporate_keys) | {"Uwoon": 60.0}
    scenario = Scenario("te veel", {"corporate_keys": keys})
    with pytest.raises(InvalidParameters, match="corporaties telt op tot 108,00 %"):
        scenario.apply(BASE, 2024)
    with pytest.raises(InvalidParameters, match="108,00 %"):
        compare_scenario(BASE, scenario, 2024)
    with pytest.raises(InvalidParameters):
        side_by_side(BASE, [scenario], 2024)


def test_unknown_or_malformed_overrides_are_refused():
    with pytest.raises(InvalidParameters, match="full_time_hours"):
        Scenario("x", {"full_time_hours": 40})
    with pytest.raises(InvalidParameters, match="groter dan 0"):
        Scenario("x", {"monthly_salary": 0})
    with pytest.raises(InvalidParameters, match="ongeldige waarde"):
        Scenario("x", {"municipal_part_pct": "veel"})


def test_scenario_json_round_trip_and_values_for_the_editor():
    keys = keys_from_stock(
        {"deltaWonen": 800, "Omnia Wonen": 2800, "Uwoon": 5000, "Woningstichting Putten": 1400}
    )
    scenario = Scenario("voorraad", {"corporate_keys": keys, "monthly_salary": 4900}, year=2025)
    again = Scenario.from_json(scenario.to_json())
    assert again == scenario
    values = scenario_values(again, BASE, 2025)
    assert values["corporate_keys"]["Uwoon"] == pytest.approx(50.0)
    assert values["monthly_salary"] == 4900.0
    assert values["municipal_keys"] == dict(BASE.municipal_keys)
    applied = again.apply(BASE, 2026)  # the salary override applies to the year computed
    assert cost_breakdown(applied, 2026).monthly_salary == 4900.0


def test_side_by_side_lists_agreement_and_each_scenario():
    a = Scenario("A", {"municipal_part_pct": 40.0})
    b = Scenario("B", {"employer_charges_pct": 20.0})
    side = side_by_side(BASE, [a, b], 2024)
    assert side.names == ("A", "B")
    assert side.programmes[0] == pytest.approx(PROGRAMME_2024, abs=0.001)
    assert side.programmes[2] == pytest.approx(PROGRAMME_2024 / 1.3 * 1.2, abs=0.001)
    row = next(r for r in side.rows if r[0] == "Elburg" and r[2] == SHARE)
    assert row[3] == pytest.approx(HALF * 0.138, abs=0.001)
    assert row[4][0] == pytest.approx(PROGRAMME_2024 * 0.4 * 0.138, abs=0.001)


def test_difference_percent_is_none_when_the_agreement_amount_is_zero():
    base = BASE.with_changes(weekly_hours=dict(BASE.weekly_hours) | {"deltaWonen": 0.0})
    scenario = base.with_changes(weekly_hours=dict(BASE.weekly_hours))
    comparison = compare(cost_breakdown(base, 2024), cost_breakdown(scenario, 2024))
    employment = _diff(comparison, "deltaWonen", EMPLOYMENT)
    assert employment.agreement == 0.0 and employment.pct is None
    assert employment.euro == pytest.approx(81_510.0 / 6)
