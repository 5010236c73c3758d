"""Run every bench/bench_*.py, print a table and write docs/performance.md.

`python -m bench` (make bench) runs them all and rewrites the file's measured part; the written part
after the table (from its first `## ` heading on) is kept. `python -m bench bench_pages
bench_large_region` runs only those and prints their rows without touching the file.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import platform
import sys
from datetime import datetime
from pathlib import Path

import bench
from bench import Figure

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> str:
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        return f"{kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        return "RAM unknown"


def _machine() -> str:
    return (
        f"{platform.node()} · {os.cpu_count()} cores · {_cpu_model()} · {_memory_gib()} · "
        f"{platform.system()} {platform.release()} · Python {platform.python_version()}"
    )


def _value(f: Figure) -> str:
    if f.value != f.value:  # NaN: not measured
        return "–"
    if abs(f.value) >= 1000:
        return f"{f.value:,.0f} {f.unit}"
    return f"{f.value:.3g} {f.unit}"


def _row(module: str, f: Figure) -> str:
    baseline = f"{f.baseline}: {f.baseline_value:.3g}" if f.baseline_value is not None else f.baseline
    met = "" if f.met is None else ("ja" if f.met else "NEE")
    return f"| {module} | {f.measure} | {_value(f)} | {baseline} | {f.target} | {met} |"


def kept_notes(doc: Path = DOC) -> str:
    """The hand-written part of the file (from its first `## ` heading on), or nothing."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else ""
    start = text.find("\n## ")
    return text[start:].rstrip() + "\n" if start >= 0 else ""


def main(selected: list[str]) -> int:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    rows = []
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (selected and info.name not in selected):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        print(f"running {info.name} …", file=sys.stderr, flush=True)
        rows += [_row(info.name, figure) for figure in module.run()]
    header = ["| bench | measure | value | baseline (same run) | target | met |", "|---|---|---|---|---|---|"]
    table = "\n".join(header + rows)
    print(table)
    if not selected:
        DOC.parent.mkdir(exist_ok=True)
        notes = kept_notes()
        DOC.write_text(
            f"# Performance\n\nMeasured {datetime.now():%Y-%m-%d %H:%M} on {_machine()} "
            f"with `make bench` (`python -m bench`; one bench alone: `python -m bench bench_pages`). "
            f"Load average {load:.1f} at the start; other work on the machine slows every figure, "
            f"the baselines alike, so compare a figure with its same-run baseline.\n\n{table}\n{notes}",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
