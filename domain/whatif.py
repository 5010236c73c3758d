"""What-if: a scenario is a set of parameter overrides on top of the agreement, and its
comparison with the agreement per partner (difference in euros and percent).

Only what a finance officer may vary is overridable: the two key sets, the municipal/corporate
split, the weekly hours per corporation, the salary basis and the employer charges. Applying a
scenario validates the result, so keys that do not add up to 100 % are refused here, whatever
the page does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from domain.costs import CostBreakdown, cost_breakdown
from domain.parameters import AgreementParameters, InvalidParameters, SalaryEntry, monthly_salary

KEY_FIELDS = ("municipal_keys", "corporate_keys", "weekly_hours")
NUMBER_FIELDS = ("municipal_part_pct", "employer_charges_pct", "monthly_salary")
OVERRIDABLE = KEY_FIELDS + NUMBER_FIELDS
SCENARIO_SALARY_SOURCE = "Wat-als-scenario"

MUNICIPALITY = "municipality"
CORPORATION = "corporation"

# Measures compared per partner. "balance" is the partner's position in the settlement:
# what it receives minus what it pays (a municipality pays its share; a corporation is owed
# its net, or pays it when negative).
SHARE, EMPLOYMENT, BALANCE = "share", "employment", "balance"
MEASURES = (SHARE, EMPLOYMENT, BALANCE)
DIFF_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Scenario:
    """Named parameter overrides. `monthly_salary` replaces the salary of the year computed."""

    name: str
    overrides: Mapping[str, Any] = field(default_factory=dict)
    year: int | None = None  # the year it was made for (information only)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.overrides) - set(OVERRIDABLE))
        if unknown:
            raise InvalidParameters("whatif.unknown_parts", names=unknown)
        object.__setattr__(self, "overrides", _clean_overrides(self.overrides))

    def apply(self, base: AgreementParameters, year: int) -> AgreementParameters:
        """The agreement for `year` with this scenario's overrides; validated (raises on bad keys)."""
        changes = {k: v for k, v in self.overrides.items() if k != "monthly_salary"}
        if "monthly_salary" in self.overrides:
            salary = dict(base.salary)
            salary[year] = SalaryEntry(float(self.overrides["monthly_salary"]), SCENARIO_SALARY_SOURCE, True)
            changes["salary"] = salary
        return base.with_changes(**changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "year": self.year,
            "overrides": {k: (dict(v) if k in KEY_FIELDS else v) for k, v in self.overrides.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Scenario:
        return cls(name=str(data["name"]), overrides=dict(data.get("overrides", {})), year=data.get("year"))


def _clean_overrides(overrides: Mapping[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in overrides.items():
        try:
            if name in KEY_FIELDS:
                cleaned[name] = {str(k): float(v) for k, v in dict(value).items()}
            else:
                cleaned[name] = float(value)
        except (TypeError, ValueError) as exc:
            raise InvalidParameters("whatif.invalid_value", name=name) from exc
    if cleaned.get("monthly_salary", 1.0) <= 0:
        raise InvalidParameters("whatif.salary_positive")
    if not 0 <= cleaned.get("employer_charges_pct", 0.0) <= 100:
        raise InvalidParameters("whatif.employer_charges_range")
    return cleaned


def scenario_from_values(
    name: str, base: AgreementParameters, year: int, values: Mapping[str, Any]
) -> Scenario:
    """A scenario holding only the values that differ from the agreement for `year`."""
    current = agreement_values(base, year)
    overrides: dict[str, Any] = {}
    for name_, value in values.items():
        if name_ in KEY_FIELDS:
            if any(
                abs(float(value.get(k, 0.0)) - current[name_].get(k, 0.0)) > DIFF_TOLERANCE
                for k in set(value) | set(current[name_])
            ):
                overrides[name_] = dict(value)
        elif abs(float(value) - current[name_]) > DIFF_TOLERANCE:
            overrides[name_] = float(value)
    return Scenario(name=name, overrides=overrides, year=year)


def agreement_values(base: AgreementParameters, year: int) -> dict[str, Any]:
    """The overridable values as the agreement has them for `year` (the editor's start)."""
    return {
        "municipal_keys": dict(base.municipal_keys),
        "corporate_keys": dict(base.corporate_keys),
        "weekly_hours": dict(base.weekly_hours),
        "municipal_part_pct": float(base.municipal_part_pct),
        "employer_charges_pct": float(base.employer_charges_pct),
        "monthly_salary": float(monthly_salary(base, year)[0]),
    }


def scenario_values(scenario: Scenario, base: AgreementParameters, year: int) -> dict[str, Any]:
    """The agreement's values with the scenario's overrides laid over them (not validated)."""
    return agreement_values(base, year) | {
        k: (dict(v) if k in KEY_FIELDS else v) for k, v in scenario.overrides.items()
    }


@dataclass(frozen=True)
class Difference:
    partner: str
    group: str  # MUNICIPALITY or CORPORATION
    measure: str  # SHARE, EMPLOYMENT or BALANCE
    agreement: float
    scenario: float

    @property
    def euro(self) -> float:
        return self.scenario - self.agreement

    @property
    def pct(self) -> float | None:
        """Difference as a percentage of the agreement's amount; None when that is 0."""
        if abs(self.agreement) < DIFF_TOLERANCE:
            return None
        return self.euro / abs(self.agreement) * 100.0


@dataclass(frozen=True)
class Comparison:
    year: int
    agreement: CostBreakdown
    scenario: CostBreakdown
    differences: tuple[Difference, ...]

    def of(self, measure: str) -> list[Difference]:
        return [d for d in self.differences if d.measure == measure]

    @property
    def programme(self) -> Difference:
        return Difference("", "", "programme", self.agreement.programme, self.scenario.programme)

    def settlement_difference(self) -> dict[str, dict[str, float]]:
        """Scenario matrix minus agreement matrix, over the union of payers and receivers."""
        return matrix_difference(self.agreement.settlement, self.scenario.settlement)


def balances(breakdown: CostBreakdown) -> dict[str, float]:
    """Each partner's settlement position: received minus paid."""
    return {m: -v for m, v in breakdown.municipalities.items()} | dict(breakdown.net)


def _measures(breakdown: CostBreakdown) -> dict[tuple[str, str, str], float]:
    values: dict[tuple[str, str, str], float] = {}
    position = balances(breakdown)
    for m, share in breakdown.municipalities.items():
        values[(m, MUNICIPALITY, SHARE)] = share
        values[(m, MUNICIPALITY, BALANCE)] = position[m]
    for c, share in breakdown.corporations.items():
        values[(c, CORPORATION, SHARE)] = share
        values[(c, CORPORATION, EMPLOYMENT)] = breakdown.employment.get(c, 0.0)
        values[(c, CORPORATION, BALANCE)] = position[c]
    return values


def compare(agreement: CostBreakdown, scenario: CostBreakdown) -> Comparison:
    """Per partner and measure: the agreement's amount, the scenario's, and the difference."""
    before, after = _measures(agreement), _measures(scenario)
    keys = list(before) + [k for k in after if k not in before]
    order = {m: i for i, m in enumerate(MEASURES)}
    partners = {p: i for i, p in enumerate(dict.fromkeys(k[0] for k in keys))}
    keys.sort(key=lambda k: (k[1] != MUNICIPALITY, partners[k[0]], order[k[2]]))
    return Comparison(
        year=agreement.year,
        agreement=agreement,
        scenario=scenario,
        differences=tuple(
            Difference(p, g, m, before.get((p, g, m), 0.0), after.get((p, g, m), 0.0)) for p, g, m in keys
        ),
    )


def compare_scenario(base: AgreementParameters, scenario: Scenario, year: int) -> Comparison:
    """Apply the scenario to the agreement for `year` and compare (raises on invalid keys)."""
    return compare(cost_breakdown(base, year), cost_breakdown(scenario.apply(base, year), year))


def matrix_difference(
    before: Mapping[str, Mapping[str, float]], after: Mapping[str, Mapping[str, float]]
) -> dict[str, dict[str, float]]:
    payers = list(before) + [p for p in after if p not in before]
    receivers: list[str] = []
    for row in list(before.values()) + list(after.values()):
        receivers += [r for r in row if r not in receivers]
    return {
        p: {r: after.get(p, {}).get(r, 0.0) - before.get(p, {}).get(r, 0.0) for r in receivers}
        for p in payers
    }


@dataclass(frozen=True)
class SideBySide:
    """The agreement and several scenarios, per partner and measure, for one year."""

    year: int
    names: tuple[str, ...]  # scenario names, in the order given
    rows: tuple[tuple[str, str, str, float, tuple[float, ...]], ...]
    # (partner, group, measure, agreement amount, scenario amounts in `names` order)
    programmes: tuple[float, ...]  # agreement first, then each scenario


def side_by_side(base: AgreementParameters, scenarios: list[Scenario], year: int) -> SideBySide:
    """Compare saved scenarios with the agreement and with each other (raises on invalid ones)."""
    agreement = cost_breakdown(base, year)
    comparisons = [compare(agreement, cost_breakdown(s.apply(base, year), year)) for s in scenarios]
    reference = _measures(agreement)
    rows = []
    for key, amount in reference.items():
        amounts = []
        for comparison in comparisons:
            found = next(
                (d.scenario for d in comparison.differences if (d.partner, d.group, d.measure) == key), 0.0
            )
            amounts.append(found)
        rows.append((*key, amount, tuple(amounts)))
    return SideBySide(
        year=year,
        names=tuple(s.name for s in scenarios),
        rows=tuple(rows),
        programmes=(agreement.programme, *(c.scenario.programme for c in comparisons)),
    )
