"""Hostile uploads: how long until each is refused and how much memory its child process used,
next to validating the normal demo report in the same run. Also what the child process costs a
normal report (in-process check vs. sandboxed), what happens when a reader is given a dimension
bomb without the sheet scan (the child's limits stop it), and the largest sheet the limits let
through.

Targets (issue 11): any file under 10 MB refused or accepted within 10 s and 700 MiB (the child's
peak resident memory, what it shares with the fork server included); a normal report stays fast.
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from bench import Figure, median_ms
from data_access.importer import sandbox
from data_access.importer.sheetscan import MAX_CELLS, MAX_ROWS
from data_access.importer.validation import check_report
from domain.parameters import default_parameters
from tests.data_access import hostile_files as hf
from tests.data_access import messy_files as mf

TODAY = date(2026, 11, 26)
SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "workbooks" / "2025-K3-uwoon.xlsx"
MIB = 1024 * 1024
TIME_TARGET_S, MEMORY_TARGET_MIB = 10.0, 700.0


def _hostile_files() -> dict[str, bytes]:
    report = mf.report_bytes()
    with_notes = hf.with_notes_sheet().to_bytes()
    return {
        "dimension bomb in Rapportage (A1 + XFD1048576)": hf.far_cell(report, "Rapportage", "XFD1048576"),
        "dimension bomb in an extra sheet": hf.far_cell(with_notes, "Notities", "XFD1048576"),
        "far cell at XFD4000 (2.6 GB for the reader)": hf.far_cell(report, "Rapportage", "XFD4000"),
        "claimed dimension A1:XFD1048576": hf.claimed_dimension(report, "Uren", "A1:XFD1048576"),
        "DOCTYPE after 1 MB of comment": hf.doctype_after_padding(report, hf.PART["Uren"], 1024 * 1024),
        "DDE formula with a saved result": hf.replace_cell(
            report, "Rapportage", "B8", hf.formula_cell("B8", "cmd|' /C calc'!A0", "20")
        ),
    }


def _largest_accepted() -> bytes:
    """The report plus an extra sheet at the cell limit: MAX_CELLS numbers (rows × 20 columns)."""
    wb = Workbook(write_only=True)
    base = mf.report_book()
    for name, rows in base.sheets.items():
        sheet = wb.create_sheet(name)
        for line in rows:
            sheet.append(line)
    extra = wb.create_sheet("Notities")
    columns = 20
    for row in range(min(MAX_ROWS, MAX_CELLS // columns)):
        extra.append([row * columns + c for c in range(columns)])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _sandboxed(content: bytes, name: str):
    return sandbox.run_measured(check_report, content, name, TODAY, [default_parameters()])


def _figure(label: str, content: bytes, baseline_ms: float) -> list[Figure]:
    started = time.perf_counter()
    try:
        result, stats = _sandboxed(content, "bench.xlsx")
        outcome = result.errors[0].code if result.errors else "accepted"
        peak = stats.peak_rss / MIB
    except sandbox.SandboxFailed as failure:
        outcome, peak = f"child stopped ({failure.reason})", float("nan")
    seconds = time.perf_counter() - started
    size = f"{len(content) / 1024:,.0f} KB"
    return [
        Figure(
            f"{label} ({size}) → {outcome}: time",
            seconds * 1000,
            "ms",
            "normal report (ms)",
            baseline_ms,
            f"≤ {TIME_TARGET_S:.0f} s",
            seconds <= TIME_TARGET_S,
        ),
        Figure(
            f"{label}: child's peak memory",
            peak,
            "MiB",
            target=f"≤ {MEMORY_TARGET_MIB:.0f} MiB",
            met=peak <= MEMORY_TARGET_MIB if peak == peak else None,
        ),
    ]


def run() -> list[Figure]:
    sample = SAMPLE.read_bytes()
    _sandboxed(sample, SAMPLE.name)  # start the fork server: not part of any figure
    params = [default_parameters()]
    in_process = median_ms(lambda: check_report(sample, SAMPLE.name, TODAY, params), repeat=9)
    sandboxed = median_ms(lambda: _sandboxed(sample, SAMPLE.name), repeat=9)
    normal_peak = _sandboxed(sample, SAMPLE.name)[1].peak_rss / MIB
    figures = [
        Figure(f"validate the normal report {SAMPLE.name}, in a child process", sandboxed, "ms"),
        Figure(
            "… the same checks in this process (what the child costs is the difference)",
            in_process,
            "ms",
            "in a child (ms)",
            sandboxed,
        ),
        Figure("normal report: child's peak memory (shared with the fork server)", normal_peak, "MiB"),
    ]
    for label, content in _hostile_files().items():
        figures += _figure(label, content, sandboxed)
    figures += _figure("largest sheet the limits accept (2 million cells)", _largest_accepted(), sandboxed)
    figures += _without_the_scan(sandboxed)
    return figures


def _without_the_scan(baseline_ms: float) -> list[Figure]:
    """Defence in depth: python-calamine on the bombs, the sheet scan skipped. Without the child
    process the first aborts the whole server and the second takes 2.6 GB and 17 s."""
    figures = []
    for label, reference in (("A1 + XFD1048576", "XFD1048576"), ("A1 + XFD4000", "XFD4000")):
        bomb = hf.far_cell(mf.report_bytes(), "Rapportage", reference)
        samples, outcome = [], ""
        for _ in range(3):
            started = time.perf_counter()
            try:
                sandbox.run(hf.read_every_sheet_unchecked, bomb)
                outcome = "read"
            except sandbox.SandboxFailed as failure:
                outcome = f"child stopped ({failure.reason})"
            samples.append(time.perf_counter() - started)
        seconds = statistics.median(samples)
        figures.append(
            Figure(
                f"reader without the scan on {label} → {outcome}: time",
                seconds * 1000,
                "ms",
                "normal report (ms)",
                baseline_ms,
                f"≤ {TIME_TARGET_S:.0f} s, server up",
                seconds <= TIME_TARGET_S and outcome != "read",
            )
        )
    return figures
