"""Run every bench/bench_*.py, print a table and write docs/performance.md."""

from __future__ import annotations

import importlib
import os
import platform
import pkgutil
import sys
from datetime import datetime
from pathlib import Path

import bench
from bench import Figure

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{platform.node()} · {os.cpu_count()} cores · {cpu} · Python {platform.python_version()}"


def _row(module: str, f: Figure) -> str:
    baseline = f"{f.baseline}: {f.baseline_value:.3g}" if f.baseline_value is not None else f.baseline
    met = "" if f.met is None else ("ja" if f.met else "NEE")
    return f"| {module} | {f.measure} | {f.value:.3g} {f.unit} | {baseline} | {f.target} | {met} |"


def main(selected: list[str]) -> int:
    rows = []
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (selected and info.name not in selected):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        print(f"running {info.name} …", file=sys.stderr, flush=True)
        rows += [_row(info.name, figure) for figure in module.run()]
    header = ["| bench | measure | value | baseline (same run) | target | met |",
              "|---|---|---|---|---|---|"]
    table = "\n".join(header + rows)
    print(table)
    if not selected:
        DOC.parent.mkdir(exist_ok=True)
        DOC.write_text(f"# Performance\n\nMeasured {datetime.now():%Y-%m-%d %H:%M} on {_machine()} "
                       f"with `make bench`.\n\n{table}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
