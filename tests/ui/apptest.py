"""Opening a page of the real app (app.py with its navigation) in AppTest, one way for every test."""

from __future__ import annotations

from pathlib import Path

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
