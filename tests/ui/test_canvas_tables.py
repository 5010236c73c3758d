"""Canvas tables (st.dataframe, st.data_editor) read the page's text size once, when first drawn,
so on a session's first run the first one waits until the layout rules have been out for
LAYOUT_SETTLE_S; pages without canvas tables (Overzicht, the start page) never wait."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from tests.e2e.harness import PROJECT_ROOT
from ui import components


class FakeClock:
    """Stands in for the time module in ui.components: sleeping moves the clock on."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def _two_canvas_tables() -> None:
    import pandas as pd
    import streamlit as st

    from ui.components import canvas_table, layout_sent

    layout_sent()
    st.markdown("before the tables")
    canvas_table(pd.DataFrame({"a": [1]}))
    canvas_table(pd.DataFrame({"a": [2]}), hide_index=True)


def _no_canvas_table() -> None:
    import streamlit as st

    from ui.components import layout_sent

    layout_sent()
    st.table({"a": [1]})


def test_the_first_canvas_table_of_a_session_waits_what_is_left_and_only_once(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(components, "time", clock)
    at = AppTest.from_function(_two_canvas_tables).run()
    assert not at.exception
    assert [list(f.value["a"]) for f in at.dataframe] == [[1], [2]]
    assert clock.slept == [components.LAYOUT_SETTLE_S]  # the first table waits, the second not
    clock.now += 0.05
    at.run()  # a rerun: the rules were applied long ago
    assert clock.slept == [components.LAYOUT_SETTLE_S]


def test_a_canvas_table_drawn_late_in_the_first_run_waits_only_the_rest(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(components, "time", clock)
    original = components.layout_sent

    def sent_earlier() -> None:
        original()
        clock.now += 0.1  # queries and other elements took 0.1 s before the first table

    monkeypatch.setattr(components, "layout_sent", sent_earlier)
    AppTest.from_function(_two_canvas_tables).run()
    assert clock.slept == [round(components.LAYOUT_SETTLE_S - 0.1, 6)]


def test_a_page_without_canvas_tables_never_waits(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(components, "time", clock)
    at = AppTest.from_function(_no_canvas_table).run()
    assert not at.exception and at.table
    assert clock.slept == []


def test_every_canvas_table_goes_through_the_settle_rule():
    """st.dataframe only inside ui.components.canvas_table; each st.data_editor after its own
    settle_layout() call."""
    offenders = []
    sources = [*PROJECT_ROOT.glob("ui/*.py"), *PROJECT_ROOT.glob("pages/*.py"), PROJECT_ROOT / "app.py"]
    for path in sorted(sources):
        source = path.read_text(encoding="utf-8")
        name = path.relative_to(PROJECT_ROOT).as_posix()
        if name != "ui/components.py" and re.search(r"\.dataframe\(", source):
            offenders.append(f"{name}: st.dataframe instead of canvas_table")
        editors = len(re.findall(r"\.data_editor\(", source))
        if editors > len(re.findall(r"settle_layout\(\)", source)):
            offenders.append(f"{name}: a data_editor without settle_layout()")
    assert offenders == []
