"""Import speed: validate and store a workbook with a 50 000-row Verhuizingen sheet, against a bare
pandas.read_excel(engine="calamine") of the same file (all sheets), measured in the same run.

Target (issue 3): validate + store ≤ 3 × the bare read. Also: a normal report validates in < 1 s.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

from bench import Figure, median_ms
from data_access import report_format as fmt
from data_access import services
from data_access.access import Actor
from data_access.db import forget_engine, open_database
from domain.periods import Quarter

MOVE_ROWS = 50_000
QUARTER = Quarter(2025, 3)
TODAY = date(2026, 11, 26)
ACTOR = Actor("bench", "admin")
PLACES = ("Harderwijk", "Ermelo", "Nunspeet", "Elburg", "Oldebroek", "Putten")
SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "workbooks" / "2025-K3-uwoon.xlsx"


def big_workbook(rows: int = MOVE_ROWS) -> bytes:
    """A valid report whose Verhuizingen sheet lists `rows` anonymous moves."""
    wb = Workbook(write_only=True)
    report = wb.create_sheet(fmt.SHEET_REPORT)
    for line in (
        ["Kwartaalrapportage"],
        [],
        ["Corporatie", "Uwoon"],
        ["Jaar", QUARTER.year],
        ["Kwartaal", QUARTER.quarter],
        [],
        [c.header for c in fmt.ACTIVITY_COLUMNS],
    ):
        report.append(line)
    per_place = rows // len(PLACES)
    for i, place in enumerate(PLACES):
        moves = per_place + (rows % len(PLACES) if i == 0 else 0)
        report.append([place, moves * 2, moves, moves, moves // 2, moves // 3, moves + 100, moves])
    hours = wb.create_sheet(fmt.SHEET_HOURS)
    hours.append(["Maand", "Uren verhuiscoach"])
    for month in QUARTER.months:
        hours.append([fmt.DUTCH_MONTHS[month - 1], 150.5])
    sheet = wb.create_sheet(fmt.SHEET_MOVES)
    sheet.append([c.header for c in fmt.MOVE_COLUMNS])
    days = (QUARTER.last_day - QUARTER.first_day).days
    for i in range(rows):
        sheet.append(
            [
                QUARTER.first_day + timedelta(days=i % (days + 1)),
                PLACES[min(i // per_place, 5)],
                fmt.HOME_TYPES_FROM[i % 3],
                2 + i % 4,
                fmt.HOME_TYPES_TO[i % 4],
                1 + i % 2,
                fmt.AGE_BANDS[i % 4],
                fmt.YES_NO[i % 2],
                fmt.FREED_HOME_TO[i % 5],
            ]
        )
    barriers = wb.create_sheet(fmt.SHEET_BARRIERS)
    barriers.append(["Reden", "Aantal"])
    for reason in fmt.BARRIER_REASONS:
        barriers.append([reason, 3])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _bare_read(content: bytes) -> None:
    pd.read_excel(io.BytesIO(content), sheet_name=None, engine="calamine")


def _import_seconds(content: bytes, folder: Path, run: int) -> float:
    url = f"sqlite:///{folder / f'bench-{run}.sqlite'}"
    engine = open_database(url)  # schema and defaults are not part of the import
    start = time.perf_counter()
    result = services.import_file(engine, content, "groot.xlsx", ACTOR, today=TODAY)
    elapsed = time.perf_counter() - start
    assert result.validation.ok and result.outcome.stored, result.validation.errors[:3]
    assert result.validation.report.moves.shape[0] == MOVE_ROWS
    forget_engine(url)
    return elapsed


def run(repeat: int = 5) -> list[Figure]:
    content = big_workbook()
    engine = open_database("sqlite://")
    bare, full, validate_only = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        _bare_read(content)  # warm-up: imports and caches
        _import_seconds(content, Path(folder), 0)
        # Interleaved, so a busy machine slows both sides of the ratio alike.
        for run_number in range(1, repeat + 1):
            bare.append(_timed(lambda: _bare_read(content)))
            full.append(_import_seconds(content, Path(folder), run_number))
            validate_only.append(
                _timed(lambda: services.validate_file(engine, content, "g.xlsx", today=TODAY))
            )
    bare_s, full_s = statistics.median(bare), statistics.median(full)
    sample = SAMPLE.read_bytes()
    normal_ms = median_ms(lambda: services.validate_file(engine, sample, SAMPLE.name, today=TODAY), repeat=9)
    ratio = full_s / bare_s
    size = f"{len(content) / 1024 / 1024:.1f} MB, {MOVE_ROWS} move rows"
    return [
        Figure(f"validate + store ({size}), median of {repeat}", full_s, "s"),
        Figure("bare pandas.read_excel(engine='calamine', sheet_name=None) of the same file", bare_s, "s"),
        Figure("validate + store ÷ bare read", ratio, "x", "bare read (s)", bare_s, "≤ 3", ratio <= 3),
        Figure("validate only (same file)", statistics.median(validate_only), "s"),
        Figure(
            f"validate a normal report ({SAMPLE.name})",
            normal_ms,
            "ms",
            target="< 1000 ms",
            met=normal_ms < 1000,
        ),
    ]


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start
