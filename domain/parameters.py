"""The agreement as parameters (docs/agreement.md): defaults, validation and JSON round-trip.

A parameter set is versioned by its `valid_from` date; the set in force for a year is the
latest one that is valid on the last day of that year.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any, TypeVar

from domain.errors import UserError
from domain.messages import Message, msg
from domain.partners import CORPORATIONS, MUNICIPALITIES

K = TypeVar("K")
V = TypeVar("V")

KEY_TOLERANCE_PCT = 0.05
MIN_NOTICE_MONTHS = 2  # art. 5c: "minimaal 2 maanden"


class InvalidParameters(UserError, ValueError):
    """Parameters that break the agreement's arithmetic (for example keys not summing to 100 %)."""


@dataclass(frozen=True)
class SalaryEntry:
    """Gross monthly salary at the end level of scale H (cao Woondiensten) for one year."""

    monthly: float
    source: str = ""
    indicative: bool = True


def _frozen(mapping: Mapping[K, V]) -> dict[K, V]:
    """A private copy, so a parameter set never shares a dict with its caller."""
    return dict(mapping)


def _by_partner(names: tuple[str, ...], values: tuple[float, ...]) -> dict[str, float]:
    return dict(zip(names, values, strict=True))


@dataclass(frozen=True)
class AgreementParameters:
    valid_from: date = date(2024, 1, 1)
    start_date: date = date(2024, 1, 1)
    end_date: date = date(2029, 12, 31)
    # Art. 1a and 1b, in the order of domain.partners (names are spelled there, once).
    municipal_keys: Mapping[str, float] = field(
        default_factory=lambda: _by_partner(MUNICIPALITIES, (13.8, 15.2, 32.8, 14.4, 11.9, 11.9))
    )
    corporate_keys: Mapping[str, float] = field(
        default_factory=lambda: _by_partner(CORPORATIONS, (8.0, 28.0, 52.0, 12.0))
    )
    weekly_hours: Mapping[str, float] = field(
        default_factory=lambda: _by_partner(CORPORATIONS, (6.0, 20.0, 36.0, 9.0))
    )
    municipal_part_pct: float = 50.0
    full_time_hours: float = 36.0
    salary: Mapping[int, SalaryEntry] = field(
        default_factory=lambda: _frozen(
            {2024: SalaryEntry(4750.0, "Indicatieve demowaarde, niet geverifieerd", True)}
        )
    )
    holiday_allowance_pct: float = 8.0
    year_end_payment_pct: float = 2.0
    employer_charges_pct: float = 30.0
    indexation_pct: float = 3.0
    first_year_targets: tuple[int, int] = (200, 50)  # (conversations, moves)
    later_year_targets: tuple[int, int] = (300, 50)
    priority_label_target_pct: float = 70.0
    green_threshold_pct: float = 100.0
    amber_threshold_pct: float = 80.0
    report_deadline_months: int = 1
    pilot_conversations: int = 315
    pilot_moves: int = 99
    pilot_target_conversations: int = 250
    pilot_target_moves: int = 75
    note: str = "Standaardwaarden uit de samenwerkingsovereenkomst 2024"
    # Evaluations (art. 4) and notice (art. 5c); domain/evaluation.py. The agreement gives the
    # notice period (at least 2 months); when in the year the regular evaluation falls and the
    # thresholds of the proposed verdicts are assumptions (the agreement names none).
    evaluation_months_after_year: int = 2  # regular evaluation: end of Feb, after Q4 reports are due
    evaluation_results_positive_pct: float = 100.0  # of the pro-rata target
    evaluation_results_negative_pct: float = 80.0
    evaluation_hours_positive_pct: float = 95.0  # of the agreed hours, per corporation
    evaluation_hours_negative_pct: float = 80.0
    notice_period_months: int = 2

    @property
    def corporate_part_pct(self) -> float:
        return 100.0 - self.municipal_part_pct

    @property
    def total_weekly_hours(self) -> float:
        return float(sum(self.weekly_hours.values()))

    @property
    def start_year(self) -> int:
        return self.start_date.year

    def with_changes(self, **changes: Any) -> AgreementParameters:
        """A copy with some fields changed, validated."""
        for name in ("municipal_keys", "corporate_keys", "weekly_hours", "salary"):
            if name in changes:
                changes[name] = _frozen(changes[name])
        updated = replace(self, **changes)
        updated.validate()
        return updated

    def validate(self) -> None:
        problems = key_sum_problems(self.municipal_keys, "municipalities")
        problems += key_sum_problems(self.corporate_keys, "corporations")
        if not 0 <= self.municipal_part_pct <= 100:
            problems.append(msg("parameters.municipal_part_range"))
        if any(h < 0 for h in self.weekly_hours.values()):
            problems.append(msg("parameters.hours_negative"))
        if self.full_time_hours <= 0:
            problems.append(msg("parameters.full_time_positive"))
        if not self.salary:
            problems.append(msg("parameters.salary_table_empty"))
        if self.end_date <= self.start_date:
            problems.append(msg("parameters.end_before_start"))
        problems += evaluation_parameter_problems(self)
        if problems:
            raise InvalidParameters.of(problems)

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("municipal_keys", "corporate_keys", "weekly_hours"):
            data[name] = dict(getattr(self, name))
        data["salary"] = {str(y): asdict(e) for y, e in sorted(self.salary.items())}
        for name in ("valid_from", "start_date", "end_date"):
            data[name] = getattr(self, name).isoformat()
        data["first_year_targets"] = list(self.first_year_targets)
        data["later_year_targets"] = list(self.later_year_targets)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AgreementParameters:
        values = dict(data)
        for name in ("valid_from", "start_date", "end_date"):
            values[name] = date.fromisoformat(values[name])
        for name in ("municipal_keys", "corporate_keys", "weekly_hours"):
            values[name] = _frozen({k: float(v) for k, v in values[name].items()})
        values["salary"] = _frozen({int(y): SalaryEntry(**entry) for y, entry in values["salary"].items()})
        values["first_year_targets"] = tuple(values["first_year_targets"])
        values["later_year_targets"] = tuple(values["later_year_targets"])
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in values.items() if k in known})


def evaluation_parameter_problems(params: AgreementParameters) -> list[Message]:
    """The evaluation thresholds must be ordered and the notice at least the agreement's 2 months."""
    problems = []
    pairs = (
        (params.evaluation_results_negative_pct, params.evaluation_results_positive_pct),
        (params.evaluation_hours_negative_pct, params.evaluation_hours_positive_pct),
    )
    if any(not 0 <= negative <= positive for negative, positive in pairs):
        problems.append(msg("evaluation.parameters.thresholds"))
    if not 1 <= params.evaluation_months_after_year <= 11:
        problems.append(msg("evaluation.parameters.months_after_year"))
    if params.notice_period_months < MIN_NOTICE_MONTHS:
        problems.append(msg("evaluation.parameters.notice", months=MIN_NOTICE_MONTHS))
    return problems


def key_sum_problems(keys: Mapping[str, float], group: str) -> list[Message]:
    """What is wrong with a key set that does not add up to 100 % (± 0.05) or has a negative key.

    `group` is "municipalities", "corporations" or "partners" (how the message names the keys).
    """
    problems = []
    total = sum(keys.values())
    name = msg(f"parameters.group.{group}")
    if abs(total - 100.0) > KEY_TOLERANCE_PCT:
        problems.append(msg("parameters.key_sum", group=name, total=total))
    if any(v < 0 for v in keys.values()):
        problems.append(msg("parameters.key_negative", group=name))
    return problems


def normalise_keys(keys: Mapping[str, float]) -> dict[str, float]:
    """Scale keys proportionally so they sum to exactly 100."""
    total = sum(keys.values())
    if total <= 0:
        raise InvalidParameters("parameters.key_sum_zero")
    return {name: value * 100.0 / total for name, value in keys.items()}


def keys_from_stock(stock: Mapping[str, float]) -> dict[str, float]:
    """Keys in proportion to numbers of social rental homes (how the agreement derived them)."""
    return normalise_keys(stock)


def default_parameters() -> AgreementParameters:
    return AgreementParameters()


def monthly_salary(params: AgreementParameters, year: int) -> tuple[float, bool]:
    """Monthly salary for `year` and whether it rests on an assumption.

    A year without its own value is the previous known year's value indexed by
    `indexation_pct` per year (an assumption); a year before the first known value
    uses that first value.
    """
    known = sorted(params.salary)
    if year in params.salary:
        entry = params.salary[year]
        return entry.monthly, entry.indicative
    earlier = [y for y in known if y < year]
    if not earlier:
        entry = params.salary[known[0]]
        return entry.monthly, True
    base_year = earlier[-1]
    factor = (1 + params.indexation_pct / 100.0) ** (year - base_year)
    return params.salary[base_year].monthly * factor, True


def parameters_in_force(sets: list[AgreementParameters], year: int) -> AgreementParameters:
    """The latest set valid on 31 December of `year` (or the earliest set if none is yet)."""
    if not sets:
        return default_parameters()
    ordered = sorted(sets, key=lambda p: p.valid_from)
    in_force = [p for p in ordered if p.valid_from <= date(year, 12, 31)]
    return in_force[-1] if in_force else ordered[0]
