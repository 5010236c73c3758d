"""Programme cost, cost shares and the settlement between partners (SPEC.md "Calculations")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from domain.parameters import AgreementParameters, monthly_salary

WEEKS_PER_YEAR = 52
WEEKS_PER_QUARTER = 13


@dataclass(frozen=True)
class CostBreakdown:
    """Every step from the salary basis to each partner's net position, for one year."""

    year: int
    monthly_salary: float
    salary_is_assumption: bool
    annual_salary: float
    with_allowances: float
    per_fte: float
    fte: float
    programme: float
    municipalities: Mapping[str, float]
    corporations: Mapping[str, float]
    employment: Mapping[str, float]
    net: Mapping[str, float]
    settlement: Mapping[str, Mapping[str, float]]

    def scaled(self, factor: float) -> dict[str, object]:
        """Money figures multiplied by `factor` (a quarter is 13/52 of a year)."""
        return {
            "programme": self.programme * factor,
            "municipalities": {k: v * factor for k, v in self.municipalities.items()},
            "corporations": {k: v * factor for k, v in self.corporations.items()},
            "employment": {k: v * factor for k, v in self.employment.items()},
            "net": {k: v * factor for k, v in self.net.items()},
            "settlement": {
                payer: {r: v * factor for r, v in row.items()}
                for payer, row in self.settlement.items()
            },
        }


def cost_per_fte(params: AgreementParameters, year: int) -> float:
    """Monthly salary × 12 × (1 + holiday + year-end) × (1 + employer charges)."""
    monthly, _ = monthly_salary(params, year)
    allowances = 1 + (params.holiday_allowance_pct + params.year_end_payment_pct) / 100.0
    return monthly * 12 * allowances * (1 + params.employer_charges_pct / 100.0)


def programme_cost(params: AgreementParameters, year: int) -> float:
    return cost_per_fte(params, year) * params.total_weekly_hours / params.full_time_hours


def shares(programme: float, part_pct: float, keys: Mapping[str, float]) -> dict[str, float]:
    return {name: programme * part_pct / 100.0 * key / 100.0 for name, key in keys.items()}


def employment_costs(params: AgreementParameters, year: int) -> dict[str, float]:
    """What each corporation carries for employing its own coach hours."""
    per_fte = cost_per_fte(params, year)
    return {c: per_fte * h / params.full_time_hours for c, h in params.weekly_hours.items()}


def settlement_matrix(
    municipal_shares: Mapping[str, float], net: Mapping[str, float]
) -> dict[str, dict[str, float]]:
    """Payer × receiver euro amounts.

    Payers are the municipalities (their shares) and corporations with a negative net (they pay
    −net); receivers are corporations with a positive net. Each payer pays the receivers in
    proportion to their net, so rows sum to what each payer owes and columns to each net.
    """
    receivers = {c: v for c, v in net.items() if v > 0}
    payers = dict(municipal_shares) | {c: -v for c, v in net.items() if v < 0}
    total_received = sum(receivers.values())
    if total_received <= 0:
        return {payer: {} for payer in payers}
    return {
        payer: {r: owed * amount / total_received for r, amount in receivers.items()}
        for payer, owed in payers.items()
    }


def cost_breakdown(params: AgreementParameters, year: int) -> CostBreakdown:
    params.validate()
    monthly, assumed = monthly_salary(params, year)
    annual = monthly * 12
    with_allowances = annual * (1 + (params.holiday_allowance_pct + params.year_end_payment_pct) / 100.0)
    per_fte = cost_per_fte(params, year)
    programme = programme_cost(params, year)
    municipalities = shares(programme, params.municipal_part_pct, params.municipal_keys)
    corporations = shares(programme, params.corporate_part_pct, params.corporate_keys)
    employment = employment_costs(params, year)
    net = {c: employment.get(c, 0.0) - corporations.get(c, 0.0) for c in corporations}
    return CostBreakdown(
        year=year,
        monthly_salary=monthly,
        salary_is_assumption=assumed,
        annual_salary=annual,
        with_allowances=with_allowances,
        per_fte=per_fte,
        fte=params.total_weekly_hours / params.full_time_hours,
        programme=programme,
        municipalities=municipalities,
        corporations=corporations,
        employment=employment,
        net=net,
        settlement=settlement_matrix(municipalities, net),
    )


def cost_per_result(programme: float, count: float) -> float | None:
    """Programme cost per conversation or per move; None when nothing was realised."""
    return programme / count if count else None
