"""Page reruns on a synthetic large region: 40 corporations, 60 municipalities, ten years of
quarters and 200 000 move rows (sample_data/large_region.py, generated once into
data/bench/large_region.sqlite and reused; delete the file to regenerate).

Per page: rerun (median), first run after the caches were cleared, and the largest result
fetched in one query; baseline: an empty page's rerun in the same run.
Target: every page reruns in ≤ 1.5 s median, and no query fetches more than 20 000 rows (a tenth
of the raw move rows: pages read aggregates, not whole tables); Voortgang's first run after the
caches were cleared (as after an import) ≤ 800 ms.
"""

from __future__ import annotations

import json
import time

from bench import Figure
from bench.bench_pages import page_figures
from sample_data.large_region import DEFAULT_PATH, MOVE_ROWS, TODAY, ensure_large_region

TARGET_MS = 1500.0
COLD_TARGETS_MS = {"progress": 800.0}


def run() -> list[Figure]:
    existed = DEFAULT_PATH.exists()
    started = time.perf_counter()
    url = ensure_large_region()
    counts = json.loads(DEFAULT_PATH.with_suffix(".json").read_text())
    made = "reused" if existed and time.perf_counter() - started < 1 else "generated"
    figures = [
        Figure(
            f"large region {made}: {counts['corporations']} corporations, "
            f"{counts['municipalities']} municipalities, {counts['quarters']} quarters, "
            f"{counts['move_rows']} move rows (generation time)",
            counts["seconds"],
            "s",
        )
    ]
    # Aggregates, not tables: no query may fetch more than a tenth of the raw move rows.
    figures += page_figures(
        url,
        TODAY.isoformat(),
        TARGET_MS,
        "large region",
        rows_limit=MOVE_ROWS // 10,
        cold_targets_ms=COLD_TARGETS_MS,
    )
    return figures
