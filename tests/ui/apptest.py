"""Opening a page of the real app (app.py with its navigation) in AppTest, one way for every test."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "app.py"


def open_page(script: str | None = None, *, year: int | None = None, **query: str) -> AppTest:
    """Run app.py (with these query parameters), optionally choose a year on the start page, then
    switch to `script` (e.g. "pages/costs.py"); fails the test on any exception."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if year is not None:
        at.selectbox(key="widget_jaar").select(year).run()
    if script is not None:
        at.switch_page(script).run()
    assert not at.exception, at.exception
    return at


def text_table(at: AppTest, index: int = 0) -> pd.DataFrame:
    """The `index`-th Markdown table on the page (ui.components.show_text_table) read back as
    the reader sees it: escapes undone, the first column (the row names) as the index."""
    tables = [m.value for m in at.markdown if m.value.startswith("| ")]
    lines = tables[index].splitlines()

    def cells(line: str) -> list[str]:
        parts = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        return [re.sub(r"\\(.)", r"\1", part.strip()) for part in parts]

    header, rows = cells(lines[0]), [cells(line) for line in lines[2:]]
    return pd.DataFrame(rows, columns=header).set_index(header[0])
