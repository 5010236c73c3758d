"""The cost and settlement formulas (docs/agreement.md) on hand-worked cases, beyond the default agreement:
a corporation that becomes a payer, keys that do not add up, the step-by-step build-up and
its assumption flags, quarters and cost per result."""

import pytest

from domain.costs import (
    ASSUMPTION_EMPLOYER_CHARGES,
    ASSUMPTION_INDEXATION,
    ASSUMPTION_SALARY,
    ASSUMPTION_SALARY_OTHER_YEAR,
    QUARTER_FACTOR,
    cost_breakdown,
    cost_per_results,
    cost_steps,
    settlement_for_year,
    shares,
)
from domain.parameters import AgreementParameters, InvalidParameters, SalaryEntry, default_parameters

# Hand-worked case with round numbers: € 1 000 a month, no allowances, no employer charges
# → € 12 000 per FTE. Hours A 18 + B 18 + C 0 = 36 h = 1 FTE → programme € 12 000.
# Municipalities (50 %): M1 60 % = 3 600, M2 40 % = 2 400.
# Corporations (50 %): A 20 % = 1 200, B 30 % = 1 800, C 50 % = 3 000.
# Employment: A 6 000, B 6 000, C 0 → net A +4 800, B +4 200, C −3 000 (C pays).
# Receivers A and B get 4 800/9 000 = 8/15 and 4 200/9 000 = 7/15 of every payer's amount.
ROUND = AgreementParameters(
    municipal_keys={"M1": 60.0, "M2": 40.0},
    corporate_keys={"A": 20.0, "B": 30.0, "C": 50.0},
    weekly_hours={"A": 18.0, "B": 18.0, "C": 0.0},
    salary={2024: SalaryEntry(1000.0, "hand-worked", False)},
    holiday_allowance_pct=0.0,
    year_end_payment_pct=0.0,
    employer_charges_pct=0.0,
)


def test_hand_worked_programme_shares_and_employment():
    b = cost_breakdown(ROUND, 2024)
    assert b.per_fte == pytest.approx(12_000.0)
    assert b.programme == pytest.approx(12_000.0)
    assert b.municipalities == {"M1": pytest.approx(3_600.0), "M2": pytest.approx(2_400.0)}
    assert b.corporations == {
        "A": pytest.approx(1_200.0),
        "B": pytest.approx(1_800.0),
        "C": pytest.approx(3_000.0),
    }
    assert b.employment == {"A": pytest.approx(6_000.0), "B": pytest.approx(6_000.0), "C": 0.0}
    assert b.net == {"A": pytest.approx(4_800.0), "B": pytest.approx(4_200.0), "C": pytest.approx(-3_000.0)}


def test_corporation_with_negative_net_pays_the_receivers_in_proportion():
    matrix = cost_breakdown(ROUND, 2024).settlement
    assert matrix == {
        "M1": {"A": pytest.approx(1_920.0), "B": pytest.approx(1_680.0)},
        "M2": {"A": pytest.approx(1_280.0), "B": pytest.approx(1_120.0)},
        "C": {"A": pytest.approx(1_600.0), "B": pytest.approx(1_400.0)},
    }
    # rows = what each payer owes, columns = each receiver's net
    assert sum(matrix["C"].values()) == pytest.approx(3_000.0)
    assert sum(row["A"] for row in matrix.values()) == pytest.approx(4_800.0)
    assert sum(row["B"] for row in matrix.values()) == pytest.approx(4_200.0)


def test_every_partner_ends_up_carrying_exactly_its_share():
    b = cost_breakdown(ROUND, 2024)
    paid = {p: sum(row.values()) for p, row in b.settlement.items()}
    received = {r: sum(row.get(r, 0.0) for row in b.settlement.values()) for r in b.corporations}
    for c in b.corporations:
        carried = b.employment[c] + paid.get(c, 0.0) - received[c]
        assert carried == pytest.approx(b.corporations[c])


def test_real_partner_becomes_payer_when_it_employs_no_hours():
    # Woningstichting Putten's 9 hours moved to Uwoon: WSP still owes 12 % of the corporate half.
    params = default_parameters().with_changes(
        weekly_hours={"deltaWonen": 6.0, "Omnia Wonen": 20.0, "Uwoon": 45.0, "Woningstichting Putten": 0.0}
    )
    b = cost_breakdown(params, 2024)
    wsp_share = 160_755.8333 / 2 * 0.12
    assert b.net["Woningstichting Putten"] == pytest.approx(-wsp_share, abs=0.01)
    assert "Woningstichting Putten" in b.settlement
    assert "Woningstichting Putten" not in next(iter(b.settlement.values()))
    assert sum(b.settlement["Woningstichting Putten"].values()) == pytest.approx(wsp_share, abs=0.01)
    # Uwoon employs 45 h = 1.25 FTE = € 101 887.50 and receives the rest above its share
    assert b.employment["Uwoon"] == pytest.approx(101_887.5)


@pytest.mark.parametrize(
    "field,keys,message",
    [
        ("municipal_keys", {"M1": 60.0, "M2": 30.0}, "gemeenten telt op tot 90,00 %"),
        ("corporate_keys", {"A": 20.0, "B": 30.0, "C": 50.2}, "corporaties telt op tot 100,20 %"),
        ("corporate_keys", {"A": 120.0, "B": 30.0, "C": -50.0}, "kan niet negatief zijn"),
    ],
)
def test_cost_functions_refuse_keys_that_do_not_sum_to_100(field, keys, message):
    # Built without with_changes(), so only the cost functions themselves can refuse it.
    from dataclasses import replace

    broken = replace(ROUND, **{field: keys})
    with pytest.raises(InvalidParameters, match=message):
        cost_breakdown(broken, 2024)
    with pytest.raises(InvalidParameters, match=message):
        settlement_for_year(broken, 2024)


def test_shares_refuses_a_key_set_that_does_not_add_up():
    with pytest.raises(InvalidParameters, match="telt op tot 99,00 %"):
        shares(1000.0, 50.0, {"M1": 60.0, "M2": 39.0})
    assert shares(1000.0, 50.0, {"M1": 60.0, "M2": 39.96}) == {
        "M1": pytest.approx(300.0),
        "M2": pytest.approx(199.8),
    }


def test_hours_for_a_corporation_without_a_key_are_refused():
    from dataclasses import replace

    broken = replace(ROUND, weekly_hours={"A": 18.0, "B": 18.0, "X": 4.0})
    with pytest.raises(InvalidParameters, match="zonder verdeelsleutel: X"):
        cost_breakdown(broken, 2024)


def test_settlement_for_year_equals_the_breakdown_matrix():
    assert (
        settlement_for_year(default_parameters(), 2025)
        == cost_breakdown(default_parameters(), 2025).settlement
    )


def test_cost_steps_build_up_with_assumption_flags_for_the_default_2024():
    steps = {s.key: s for s in cost_steps(cost_breakdown(default_parameters(), 2024))}
    assert [s for s in steps] == [
        "monthly_salary",
        "annual_salary",
        "with_allowances",
        "per_fte",
        "fte",
        "programme",
    ]
    assert steps["monthly_salary"].value == 4750.0
    assert steps["annual_salary"].value == pytest.approx(57_000.0)
    assert steps["with_allowances"].value == pytest.approx(62_700.0)
    assert steps["per_fte"].value == pytest.approx(81_510.0)
    assert steps["fte"].value == pytest.approx(71 / 36) and round(steps["fte"].value, 3) == 1.972
    assert steps["programme"].value == pytest.approx(160_755.8333, abs=0.001)
    assert steps["monthly_salary"].assumptions == (ASSUMPTION_SALARY,)  # indicative demo value
    assert steps["per_fte"].assumptions == (ASSUMPTION_SALARY, ASSUMPTION_EMPLOYER_CHARGES)
    assert steps["fte"].assumptions == ()


def test_salary_assumptions_name_indexation_and_verified_values():
    verified = default_parameters().with_changes(salary={2024: SalaryEntry(4800.0, "cao", False)})
    assert cost_breakdown(verified, 2024).salary_assumptions == ()
    assert cost_breakdown(verified, 2025).salary_assumptions == (ASSUMPTION_INDEXATION,)
    assert cost_breakdown(verified, 2025).monthly_salary == pytest.approx(4800.0 * 1.03)
    later_only = default_parameters().with_changes(salary={2025: SalaryEntry(4900.0, "cao", False)})
    assert cost_breakdown(later_only, 2024).salary_assumptions == (ASSUMPTION_SALARY_OTHER_YEAR,)
    assert cost_breakdown(default_parameters(), 2026).salary_assumptions == (
        ASSUMPTION_SALARY,
        ASSUMPTION_INDEXATION,
    )


def test_quarter_is_13_of_52_weeks_for_every_figure():
    b = cost_breakdown(ROUND, 2024)
    quarter = b.quarter()
    assert QUARTER_FACTOR == 0.25
    assert quarter["programme"] == pytest.approx(3_000.0)
    assert quarter["settlement"]["C"]["A"] == pytest.approx(400.0)
    assert quarter["net"]["C"] == pytest.approx(-750.0)


def test_cost_per_result_uses_the_cost_of_the_same_period():
    b = cost_breakdown(ROUND, 2024)
    result = cost_per_results(b, quarters=3, conversations=90, moves=0)
    assert result.period_cost == pytest.approx(9_000.0)
    assert result.per_conversation == pytest.approx(100.0)
    assert result.per_move is None  # nothing realised: no cost per move rather than a division by 0
    full_year = cost_per_results(b, quarters=4, conversations=300, moves=48)
    assert full_year.per_move == pytest.approx(250.0)
    with pytest.raises(ValueError):
        cost_per_results(b, quarters=5, conversations=1, moves=1)
