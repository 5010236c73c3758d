"""Benchmarks: each module `bench/bench_*.py` defines `run() -> list[Figure]`.

`python -m bench` (make bench) runs them all, prints one table and writes docs/performance.md.
Figures are measured, never asserted: targets are stated next to them.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    measure: str  # what was measured, e.g. "what-if rerun after one key change (median)"
    value: float
    unit: str  # "ms", "s", "MiB", "x"
    baseline: str = ""  # what it is compared with, measured in the same run
    baseline_value: float | None = None
    target: str = ""  # e.g. "≤ 150 ms"
    met: bool | None = None


def median_ms(action: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)
