"""Agreement years and quarters."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    quarter: int

    def __post_init__(self) -> None:
        if self.quarter not in (1, 2, 3, 4):
            raise ValueError(f"quarter must be 1-4, got {self.quarter}")

    @property
    def label(self) -> str:
        return f"{self.year}-K{self.quarter}"

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.quarter - 2, 1)

    @property
    def last_day(self) -> date:
        month = 3 * self.quarter
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def months(self) -> tuple[int, int, int]:
        first = 3 * self.quarter - 2
        return (first, first + 1, first + 2)

    def next(self) -> Quarter:
        if self.quarter == 4:
            return Quarter(self.year + 1, 1)
        return Quarter(self.year, self.quarter + 1)

    def deadline(self, months_after: int = 1) -> date:
        """Last day of the n-th month after the quarter: when its report is due."""
        month_index = self.year * 12 + 3 * self.quarter - 1 + months_after
        year, month0 = divmod(month_index, 12)
        return date(year, month0 + 1, calendar.monthrange(year, month0 + 1)[1])

    @classmethod
    def containing(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)


def quarters_between(first: Quarter, last: Quarter) -> list[Quarter]:
    out: list[Quarter] = []
    current = first
    while current <= last:
        out.append(current)
        current = current.next()
    return out


def year_index(year: int, start_year: int) -> int:
    """Agreement year number: the start year is year 1."""
    return year - start_year + 1


def last_complete_quarter(year: int, today: date) -> int:
    """How many quarters of `year` have ended by `today` (0-4)."""
    if year < today.year:
        return 4
    if year > today.year:
        return 0
    return Quarter.containing(today).quarter - 1
