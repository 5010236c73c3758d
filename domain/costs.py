"""Programme cost, cost shares and the settlement between partners (docs/agreement.md, art. 1a)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from domain.parameters import (
    AgreementParameters,
    InvalidParameters,
    key_sum_problems,
    monthly_salary,
)

WEEKS_PER_YEAR = 52
WEEKS_PER_QUARTER = 13
QUARTER_FACTOR = WEEKS_PER_QUARTER / WEEKS_PER_YEAR  # a quarter's money = the year's × 13/52

# What a figure can rest on besides the agreement itself (shown as "⚠️ aanname").
ASSUMPTION_SALARY = "salary_indicative"  # the salary value is an indicative demo value
ASSUMPTION_SALARY_OTHER_YEAR = "salary_other_year"  # a later year's value used for an earlier year
ASSUMPTION_INDEXATION = "indexation"  # the salary was indexed from an earlier year
ASSUMPTION_EMPLOYER_CHARGES = "employer_charges"  # the employer-charge percentage


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
    salary_assumptions: tuple[str, ...] = ()

    @property
    def cost_assumptions(self) -> tuple[str, ...]:
        """What the cost per FTE (and so every euro after it) rests on."""
        return self.salary_assumptions + (ASSUMPTION_EMPLOYER_CHARGES,)

    def quarter(self) -> dict[str, object]:
        """The money figures of one quarter: the year's × 13/52."""
        return self.scaled(QUARTER_FACTOR)

    def scaled(self, factor: float) -> dict[str, object]:
        """Money figures multiplied by `factor` (a quarter is 13/52 of a year)."""
        return {
            "programme": self.programme * factor,
            "municipalities": {k: v * factor for k, v in self.municipalities.items()},
            "corporations": {k: v * factor for k, v in self.corporations.items()},
            "employment": {k: v * factor for k, v in self.employment.items()},
            "net": {k: v * factor for k, v in self.net.items()},
            "settlement": {
                payer: {r: v * factor for r, v in row.items()} for payer, row in self.settlement.items()
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
    """Programme cost × part × key; refuses a key set that does not add up to 100 %."""
    problems = key_sum_problems(keys, "partners")
    if problems:
        raise InvalidParameters.of(problems)
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


def salary_assumptions(params: AgreementParameters, year: int) -> tuple[str, ...]:
    """Why the salary used for `year` is not a verified cao value (empty when it is)."""
    if year in params.salary:
        return (ASSUMPTION_SALARY,) if params.salary[year].indicative else ()
    earlier = [y for y in params.salary if y < year]
    if earlier:
        base = params.salary[max(earlier)]
        return ((ASSUMPTION_SALARY,) if base.indicative else ()) + (ASSUMPTION_INDEXATION,)
    first = params.salary[min(params.salary)]
    return ((ASSUMPTION_SALARY,) if first.indicative else ()) + (ASSUMPTION_SALARY_OTHER_YEAR,)


def check_for_costs(params: AgreementParameters) -> None:
    """Refuse parameters the cost arithmetic cannot use (keys not summing to 100 %, …)."""
    params.validate()
    unknown = sorted(set(params.weekly_hours) - set(params.corporate_keys))
    if unknown:
        raise InvalidParameters("parameters.hours_without_key", names=unknown)


def settlement_for_year(params: AgreementParameters, year: int) -> dict[str, dict[str, float]]:
    """Who pays whom over the whole year (refuses invalid parameters)."""
    return {payer: dict(row) for payer, row in cost_breakdown(params, year).settlement.items()}


def cost_breakdown(params: AgreementParameters, year: int) -> CostBreakdown:
    check_for_costs(params)
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
        salary_assumptions=salary_assumptions(params, year),
    )


def cost_per_result(programme: float, count: float) -> float | None:
    """Programme cost per conversation or per move; None when nothing was realised."""
    return programme / count if count else None


@dataclass(frozen=True)
class CostStep:
    """One labelled step from the salary basis to the programme cost.

    `key` names the step (the UI turns it into words); `assumptions` lists what the figure
    rests on besides the agreement (see the ASSUMPTION_* names).
    """

    key: str
    value: float
    unit: str  # "euro" or "fte"
    assumptions: tuple[str, ...]


def cost_steps(breakdown: CostBreakdown) -> list[CostStep]:
    """Salary basis → ×12 → + holiday allowance and year-end payment → + employer charges
    (per FTE) → FTE → programme cost."""
    salary = breakdown.salary_assumptions
    costs = breakdown.cost_assumptions
    return [
        CostStep("monthly_salary", breakdown.monthly_salary, "euro", salary),
        CostStep("annual_salary", breakdown.annual_salary, "euro", salary),
        CostStep("with_allowances", breakdown.with_allowances, "euro", salary),
        CostStep("per_fte", breakdown.per_fte, "euro", costs),
        CostStep("fte", breakdown.fte, "fte", ()),
        CostStep("programme", breakdown.programme, "euro", costs),
    ]


@dataclass(frozen=True)
class CostPerResult:
    """Programme cost of the quarters covered, per extensive conversation and per move."""

    quarters: int
    period_cost: float
    conversations: int
    moves: int
    per_conversation: float | None
    per_move: float | None


def cost_per_results(
    breakdown: CostBreakdown, quarters: int, conversations: int, moves: int
) -> CostPerResult:
    """Cost per result over the same period as the counts: `quarters` quarters of the year."""
    if not 0 <= quarters <= 4:
        raise ValueError(f"quarters must be 0-4, got {quarters}")
    period_cost = breakdown.programme * quarters / 4
    return CostPerResult(
        quarters=quarters,
        period_cost=period_cost,
        conversations=conversations,
        moves=moves,
        per_conversation=cost_per_result(period_cost, conversations),
        per_move=cost_per_result(period_cost, moves),
    )
