"""The meeting's documents: time to build the PowerPoint deck and the PDF handout (everything:
reading the figures, rendering every chart with vl-convert, laying out and writing) on the demo
data and on the large region (sample_data/large_region.py), each beside a same-run baseline of
one bare vl-convert render of one chart (scale 2, vl-convert already warm).

Target: the full deck in ≤ 5 s on this machine. Each figure is the median of three builds in this
process (vl-convert's one-off start, ~1 s, is measured separately: the app pays it once).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import vl_convert

from bench import Figure, median_ms
from data_access.db import forget_engine, open_database
from handouts.content import build_handout
from handouts.deck import build_deck
from handouts.pdf import build_pdf
from reporting.images import chart_spec
from reporting.loading import progress_model_from
from reporting.progress import Selection, region_panel
from sample_data import large_region
from tests.e2e.harness import seed_demo

TARGET_S = 5.0
REPEAT = 3
DEMO_TODAY, DEMO_YEAR = date(2026, 11, 26), 2025


def _seconds(action: Callable[[], object]) -> float:
    samples = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _bare_render_ms(url: str, year: int, today: date) -> tuple[float, float]:
    """(first render in this process incl. vl-convert's start, then the median of a warm one)."""
    spec = chart_spec(
        region_panel(progress_model_from(open_database(url), Selection(year), today), "moves", "nl").chart()
    )
    start = time.perf_counter()
    vl_convert.vegalite_to_png(spec, scale=2)
    first = (time.perf_counter() - start) * 1000
    return first, median_ms(lambda: vl_convert.vegalite_to_png(spec, scale=2), repeat=7, warmup=1)


def _figures(label: str, url: str, year: int, today: date, baseline_ms: float) -> list[Figure]:
    engine = open_database(url)
    baseline = "one bare vl-convert chart render (ms)"
    deck = _seconds(lambda: build_deck(build_handout(engine, year, today, "nl")))
    pdf = _seconds(lambda: build_pdf(build_handout(engine, year, today, "nl")))
    handout = build_handout(engine, year, today, "nl")
    charts = sum(len(section.images) for section in handout.sections)
    return [
        Figure(
            f"full deck {year} ({len(handout.sections) + 1} slides, {charts} charts), {label} "
            f"(median of {REPEAT})",
            deck,
            "s",
            baseline,
            baseline_ms,
            f"≤ {TARGET_S:.0f} s",
            deck <= TARGET_S,
        ),
        Figure(f"full PDF {year}, {label} (median of {REPEAT})", pdf, "s", baseline, baseline_ms),
        Figure(
            f"deck from the gathered content only (layout + python-pptx), {label}",
            median_ms(lambda: build_deck(handout), repeat=5, warmup=1),
            "ms",
        ),
    ]


def run() -> list[Figure]:
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{Path(directory) / 'demo.sqlite'}"
        seed_demo(url)
        first, warm = _bare_render_ms(url, DEMO_YEAR, DEMO_TODAY)
        figures.append(
            Figure("first vl-convert render in a process (its one-off start included)", first, "ms")
        )
        figures.append(Figure("one bare vl-convert chart render, warm (median of 7)", warm, "ms"))
        figures += _figures("demo data", url, DEMO_YEAR, DEMO_TODAY, warm)
        forget_engine(url)
    url = large_region.ensure_large_region()
    year = large_region.LAST.year
    _, warm = _bare_render_ms(url, year, large_region.TODAY)
    figures += _figures("large region", url, year, large_region.TODAY, warm)
    return figures
