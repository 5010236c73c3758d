"""Canvas tables (st.dataframe, st.data_editor) read the page's text size once, when first drawn,
so on a session's first run a page that has them waits, before drawing anything, until the
layout rules have been out for LAYOUT_SETTLE_S. The pages in WITHOUT_CANVAS_TABLES (Overzicht,
the start page, among them) never wait, and must not reach code that draws a canvas table."""

from __future__ import annotations

import ast
import re

from streamlit.testing.v1 import AppTest

from tests.e2e.harness import PROJECT_ROOT, registered_pages
from tests.ui.apptest import APP
from ui import shell

OWN_PACKAGES = ("ui", "pages", "reporting", "handouts")
CANVAS_CALL = re.compile(r"\.(dataframe|data_editor)\(")


class FakeClock:
    """Stands in for the time module in ui.shell: sleeping moves the clock on."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def _new_session(clock: FakeClock) -> AppTest:
    """A new session's first run: the start page (Overzicht), the layout rules sent at clock.now."""
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception, at.exception
    assert at.session_state[shell.LAYOUT_SENT_AT] == clock.now
    return at


def test_the_start_page_draws_at_once(app_env, monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(shell, "time", clock)
    at = _new_session(clock)
    assert at.title[0].value.startswith("Overzicht")
    assert clock.slept == []


def test_a_page_with_canvas_tables_waits_for_the_rules_only_while_they_are_new(app_env, monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(shell, "time", clock)
    at = _new_session(clock)
    at.switch_page("pages/progress.py").run()  # no time has passed since the rules were sent
    assert at.dataframe  # Voortgang's table of freed homes is a canvas table
    assert clock.slept == [shell.LAYOUT_SETTLE_S]
    at.run()  # a rerun: the rules were applied long ago
    at.switch_page("pages/whatif.py").run()  # another canvas page in the same session
    assert not at.exception
    assert clock.slept == [shell.LAYOUT_SETTLE_S]


def test_the_wait_counts_from_when_the_rules_were_sent(app_env, monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(shell, "time", clock)
    at = _new_session(clock)
    clock.now += 0.1  # the visitor's first run took 0.1 s after the rules went out
    at.switch_page("pages/progress.py").run()
    assert clock.slept == [round(shell.LAYOUT_SETTLE_S - 0.1, 6)]


def _module_file(name: str):
    path = PROJECT_ROOT.joinpath(*name.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _reached_modules(script: str) -> dict[str, str]:
    """The project modules (OWN_PACKAGES) a page script imports, directly or through others:
    {name: source}."""
    found: dict[str, str] = {}
    waiting = [(script, (PROJECT_ROOT / script).read_text(encoding="utf-8"))]
    while waiting:
        name, source = waiting.pop()
        found[name] = source
        for node in ast.walk(ast.parse(source)):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            for imported in names:
                file = _module_file(imported)
                if imported.split(".")[0] in OWN_PACKAGES and file and imported not in found:
                    found[imported] = ""  # claimed; read below
                    waiting.append((imported, file.read_text(encoding="utf-8")))
    return found


def test_pages_that_do_not_wait_draw_no_canvas_table():
    pages = {page.url_path: page.script for page in registered_pages()}
    assert set(pages) >= shell.WITHOUT_CANVAS_TABLES, "a page in WITHOUT_CANVAS_TABLES is not in app.py"
    drawing = {
        url_path: sorted(
            name for name, source in _reached_modules(pages[url_path]).items() if CANVAS_CALL.search(source)
        )
        for url_path in shell.WITHOUT_CANVAS_TABLES
    }
    assert drawing == {url_path: [] for url_path in shell.WITHOUT_CANVAS_TABLES}


def test_the_reach_check_sees_a_canvas_table_behind_a_view():
    """The check above would notice: Voortgang reaches st.dataframe through ui/progress_view.py."""
    reached = _reached_modules("pages/progress.py")
    assert "ui.progress_view" in reached and CANVAS_CALL.search(reached["ui.progress_view"])
