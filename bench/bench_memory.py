"""Peak memory: each case runs in a fresh Python process and reports its peak resident set size
(VmHWM from /proc/self/status: unlike ru_maxrss it is not inherited from the parent process
across fork and exec), so one case's leftovers never count for another.

- baseline: an empty Streamlit page run through AppTest;
- every page of app.py rendered once, on the demo data;
- every page of app.py rendered once, on the synthetic large region (sample_data/large_region.py);
- one demo workbook imported into an empty database, next to a bare calamine read of it.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import Figure

ROOT = Path(__file__).resolve().parent.parent
WORKBOOK = ROOT / "sample_data" / "workbooks" / "2026-K3-uwoon.xlsx"


def _peak_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB; may include the parent


def _child(case: str, database_url: str, today: str) -> dict:
    """Runs inside the child process; imports only what its case needs."""
    if case == "empty":
        from streamlit.testing.v1 import AppTest

        from bench.pagetimes import EMPTY_PAGE

        AppTest.from_string(EMPTY_PAGE).run()
    elif case == "pages":
        from streamlit.testing.v1 import AppTest

        from bench.pagetimes import app_environment
        from tests.e2e.harness import registered_pages

        with app_environment(database_url, today):
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
            for page in registered_pages():
                at.switch_page(page.script).run()
                if at.exception:
                    return {"error": f"{page.name}: {at.exception[0].value[:120]}"}
    elif case == "calamine":
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_filelike(WORKBOOK.open("rb"))
        for name in workbook.sheet_names:
            workbook.get_sheet_by_name(name).to_python()
    elif case == "import":
        from datetime import date

        from data_access import services
        from data_access.access import Actor
        from data_access.db import open_database

        engine = open_database(database_url)
        result = services.import_file(
            engine, WORKBOOK.read_bytes(), WORKBOOK.name, Actor("bench"), today=date.fromisoformat(today)
        )
        if not result.validation.ok:
            return {"error": "demo workbook refused"}
    return {"peak_mib": _peak_mib()}


def _measure(case: str, database_url: str = "", today: str = "") -> dict:
    completed = subprocess.run(
        [sys.executable, "-m", "bench.bench_memory", case, database_url, today],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    if completed.returncode != 0 or not lines:
        return {"error": (completed.stderr.strip().splitlines() or ["no output"])[-1][:160]}
    return json.loads(lines[-1])


def _figure(measure: str, result: dict, baseline: str, base: dict) -> Figure:
    if "error" in result:
        return Figure(
            f"{measure} — FOUT: {result['error']}",
            float("nan"),
            "MiB",
            baseline,
            base.get("peak_mib"),
            met=False,
        )
    return Figure(measure, result["peak_mib"], "MiB", baseline, base.get("peak_mib"))


def run() -> list[Figure]:
    from sample_data.large_region import TODAY as LARGE_TODAY
    from sample_data.large_region import ensure_large_region
    from tests.e2e.harness import E2E_TODAY, seed_demo

    with tempfile.TemporaryDirectory() as directory:
        demo = f"sqlite:///{Path(directory) / 'demo.sqlite'}"
        seed_demo(demo)
        empty_db = f"sqlite:///{Path(directory) / 'empty.sqlite'}"
        baseline = _measure("empty")
        demo_pages = _measure("pages", demo, E2E_TODAY)
        large_pages = _measure("pages", ensure_large_region(), LARGE_TODAY.isoformat())
        bare_read = _measure("calamine")
        imported = _measure("import", empty_db, E2E_TODAY)
    empty = "empty page process (MiB)"
    return [
        _figure("peak memory: empty Streamlit page (AppTest)", baseline, "", {}),
        _figure("peak memory: every page rendered once, demo data", demo_pages, empty, baseline),
        _figure("peak memory: every page rendered once, large region", large_pages, empty, baseline),
        _figure(
            f"peak memory: import {WORKBOOK.name} into an empty database",
            imported,
            "bare calamine read process (MiB)",
            bare_read,
        ),
    ]


if __name__ == "__main__":
    case, url, day = (sys.argv[1:] + ["", "", ""])[:3]
    print(json.dumps(_child(case, url, day)))
