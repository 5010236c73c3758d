"""The what-if editor in the browser: raising Uwoon's coach hours from 36 to 40 a week in the data
editor (a canvas: select the cell, Enter, type, Enter) raises the scenario's programme cost by
exactly four weekly hours' worth of the cost per FTE."""

from __future__ import annotations

import time

import pytest

from data_access import repositories as repo
from data_access.db import forget_engine, open_database
from domain.costs import cost_per_fte
from tests.e2e.harness import metric_number, nl, open_page, page_at, page_for

pytestmark = pytest.mark.e2e

WHATIF = page_at("wat-als") or page_for("pages/whatif.py")
YEAR = 2026  # the year the page opens on with today pinned to 2026-11-26
CORPORATION = "Uwoon"
NEW_HOURS = 40


# Where each data editor's cells are: glide-data-grid keeps an accessible copy of the grid
# (table[role=grid], cells with aria-colindex) inside its canvas.
GRID_JS = """(editor) => {
    const table = editor.querySelector('table[role="grid"]');
    if (!table) return null;
    const canvas = editor.querySelector('canvas[data-testid="data-grid-canvas"]');
    const box = canvas.getBoundingClientRect();
    const headers = [...table.querySelectorAll('th')].map(th => th.innerText.trim());
    const rows = [...table.querySelectorAll('tbody tr')].map(tr =>
        [...tr.querySelectorAll('td')].map(td => ({text: td.innerText.trim(),
                                                  readonly: td.getAttribute('aria-readonly') === 'true'})));
    return {headers, rows, rowcount: Number(table.getAttribute('aria-rowcount')), height: box.height};
}"""


def _find_cell(page, row_text: str, column: str, timeout_s: float = 15):
    """(editor, grid, row, column, shown text) of an editable cell, waiting for the grids to draw."""
    deadline = time.monotonic() + timeout_s
    while True:
        found = _look_for_cell(page, row_text, column)
        if found or time.monotonic() > deadline:
            return found
        page.wait_for_timeout(200)


def _look_for_cell(page, row_text: str, column: str):
    editors = page.locator('[data-testid="stMain"] [data-testid="stDataFrame"]')
    for index in range(editors.count()):
        grid = editors.nth(index).evaluate(GRID_JS)
        if not grid or column not in grid["headers"]:
            continue
        col = grid["headers"].index(column)
        for r, cells in enumerate(grid["rows"]):
            if cells and cells[0]["text"] == row_text and not cells[col]["readonly"]:
                return editors.nth(index), grid, r, col, cells[col]["text"]
    return None


def _edit_cell(page, editor, grid: dict, row: int, col: int, value: str) -> None:
    row_height = grid["height"] / grid["rowcount"]  # the header row is as high as a data row
    canvas = editor.locator('canvas[data-testid="data-grid-canvas"]')
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()  # glide listens on the scroller above the canvas: click by position
    page.mouse.click(box["x"] + 12, box["y"] + row_height * (row + 1.5))  # the row's first cell
    for _ in range(col):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    editor = page.locator("textarea.gdg-input, input.gdg-input")  # text cells: textarea; numbers: input
    editor.wait_for(state="visible", timeout=10_000)
    editor.fill(value)
    page.keyboard.press("Enter")


def test_editing_hours_in_the_whatif_editor_changes_the_programme_cost(app_server, new_page):
    engine = open_database(app_server.database_url)
    try:
        params = repo.parameters_for_year(engine, YEAR)
    finally:
        forget_engine(app_server.database_url)
    per_fte = cost_per_fte(params, YEAR)
    hours = params.total_weekly_hours
    change = NEW_HOURS - params.weekly_hours[CORPORATION]

    page, console = new_page("1920x1080")
    open_page(page, app_server, WHATIF.url)
    programme_label = nl("whatif.metric.programme", "Programmakosten")
    assert metric_number(page, programme_label) == pytest.approx(
        per_fte * hours / params.full_time_hours, abs=1
    )

    found = _find_cell(page, CORPORATION, nl("whatif.col.hours", "Uren per week"))
    assert found, "no editable weekly-hours cell for Uwoon in the what-if editors"
    editor, grid, row, col, shown = found
    assert float(shown.replace(",", ".")) == params.weekly_hours[CORPORATION]
    _edit_cell(page, editor, grid, row, col, str(NEW_HOURS))

    expected = per_fte * (hours + change) / params.full_time_hours
    page.wait_for_function(
        """([label, expected]) => [...document.querySelectorAll('[data-testid="stMetric"]')]
            .filter(m => m.innerText.includes(label))
            .some(m => Math.abs(Number(m.querySelector('[data-testid="stMetricValue"]').innerText
                                       .replace(/[^0-9]/g, '')) - expected) <= 1)""",
        arg=[programme_label, expected],
        timeout=30_000,
    )
    assert metric_number(page, programme_label) == pytest.approx(expected, abs=1)
    assert editor.evaluate(GRID_JS)["rows"][row][col]["text"].replace(",", ".") in {"40", "40.0"}
    assert not console.errors, console.errors
