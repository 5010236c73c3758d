"""What-if rerun after one key change, next to an empty Streamlit page rerun (same run, same
machine, both through AppTest so both carry the same test-harness overhead).

Measured on a freshly seeded demo SQLite database:
- empty page: a script with one st.title, rerun;
- what-if page: the whole app (navigation, sidebar, page) rerun after one edit in the municipal
  key editor, alternating between two valid key sets so every rerun recomputes;
- what-if panel alone: the fragment's function after the same edit, which is what the browser
  reruns (st.fragment), measured as a script that only draws the panel.
Target: the what-if rerun ≤ 150 ms median.
"""

from __future__ import annotations

import contextlib
import io
import os
import statistics
import tempfile
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from bench import Figure

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 150.0
REPEAT = 25
EDITS = (  # Ermelo +2 / Harderwijk −2, then Ermelo +1 / Harderwijk −1: both sum to 100 %
    {1: {"key_pct": "17,2"}, 2: {"key_pct": "30,8"}},  # the grid holds text, typed the Dutch way
    {1: {"key_pct": "16,2"}, 2: {"key_pct": "31,8"}},
)

EMPTY_PAGE = "import streamlit as st\nst.title('Leeg')\n"
PANEL_ONLY = f"""
import sys
if {str(ROOT)!r} not in sys.path:
    sys.path.insert(0, {str(ROOT)!r})
from ui import loaders
from ui import whatif_view as view
base = loaders.parameters(2026)
view.ensure_state(base, 2026)
view.scenario_panel(base, 2026)
"""


def _seeded_database(directory: str) -> str:
    from data_access.cli import main as cli_main

    url = f"sqlite:///{Path(directory) / 'bench.sqlite'}"
    if cli_main(["seed-demo", "--db", url]) != 0:
        raise RuntimeError("seeding the demo database failed")
    return url


class _KeyChanger:
    """Each call applies the other key edit and reruns: one key change per rerun."""

    def __init__(self, at: AppTest) -> None:
        self.at = at
        self.turn = 0

    def __call__(self) -> None:
        version = self.at.session_state["whatif_editor_version"]
        self.at.session_state[f"whatif_mun_v{version}"] = {
            "edited_rows": EDITS[self.turn % 2],
            "added_rows": [],
            "deleted_rows": [],
        }
        self.turn += 1
        self.at.run()
        if self.at.exception or self.at.error:
            raise RuntimeError(f"what-if rerun failed: {self.at.exception or self.at.error}")


def _interleaved_medians(actions: dict[str, object], repeat: int, warmup: int = 3) -> dict[str, float]:
    """Median ms per action, sampled in turns so a busy machine weighs on all of them alike."""
    for _ in range(warmup):
        for action in actions.values():
            action()
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(repeat):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            samples[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in samples.items()}


def run() -> list[Figure]:
    saved_env = {k: os.environ.get(k) for k in ("DATABASE_URL", "DOORSTROOMMONITOR_TODAY")}
    with tempfile.TemporaryDirectory() as directory:
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # seed-demo prints its JSON summary
                os.environ["DATABASE_URL"] = _seeded_database(directory)
            os.environ["DOORSTROOMMONITOR_TODAY"] = "2026-11-26"

            empty = AppTest.from_string(EMPTY_PAGE, default_timeout=60)
            empty.run()
            page = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
            page.switch_page("pages/whatif.py").run()
            panel = AppTest.from_string(PANEL_ONLY, default_timeout=60)
            panel.run()
            medians = _interleaved_medians(
                {"empty": empty.run, "page": _KeyChanger(page), "panel": _KeyChanger(panel)}, REPEAT
            )
        finally:
            from data_access.db import forget_engine

            forget_engine(os.environ["DATABASE_URL"])
            for key, value in saved_env.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    empty_ms, page_ms, panel_ms = medians["empty"], medians["page"], medians["panel"]
    baseline = "empty page rerun (median, ms)"
    return [
        Figure(
            "what-if page rerun after one key change (median)",
            page_ms,
            "ms",
            baseline,
            empty_ms,
            f"≤ {TARGET_MS:.0f} ms",
            page_ms <= TARGET_MS,
        ),
        Figure(
            "what-if panel (fragment) rerun after one key change (median)",
            panel_ms,
            "ms",
            baseline,
            empty_ms,
            f"≤ {TARGET_MS:.0f} ms",
            panel_ms <= TARGET_MS,
        ),
        Figure("empty Streamlit page rerun (median)", empty_ms, "ms"),
    ]
