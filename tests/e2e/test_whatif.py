"""The what-if editor in the browser: raising Uwoon's coach hours from 36 to 40 a week in the data
editor (a canvas: select the cell, Enter, type, Enter) raises the scenario's programme cost by
exactly four weekly hours' worth of the cost per FTE; keys typed the Dutch way ("16,5") are read as
typed and their effect is stated per partner on the first screen; an impossible key is refused."""

from __future__ import annotations

import time

import pytest

from data_access import repositories as repo
from data_access.db import forget_engine, open_database
from domain.costs import cost_per_fte
from tests.e2e.harness import (
    metric_number,
    nl,
    open_page,
    page_at,
    page_for,
    screenshot_pair,
    wait_until_rendered,
)

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
    assert (
        page.locator('[data-testid="stMetric"]').filter(has_text=programme_label).count() == 0
    )  # no change yet

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


# Hand-worked for 2026 with the demo parameters: the salary basis is 4.750 (2024) indexed twice by
# 3 % = 5.039,275 a month; cost per FTE = 5.039,275 × 12 × (1 + 8 % + 2 %) × (1 + 30 %) = 86.473,96;
# programme = 86.473,96 × 71 / 36 = 170.545,86; the municipalities' half = 85.272,93.
# Ermelo 15,2 % → 16,5 %: (16,5 − 15,2) % × 85.272,93 = 1.108,55 more, € 12.961,49 → € 14.070,03.
# Harderwijk 32,8 % → 31,5 %: the same 1.108,55 less, € 27.969,52 → € 26.860,97.
ERMELO_SENTENCE = "Ermelo betaalt € 1.109 meer per jaar (€ 14.070 in plaats van € 12.961)"
HARDERWIJK_SENTENCE = "Harderwijk betaalt € 1.109 minder per jaar (€ 26.861 in plaats van € 27.970)"

EFFECT_JS = """() => [...document.querySelectorAll('[data-testid="stMain"] li')]
    .map(li => ({text: li.innerText.trim(), bottom: li.getBoundingClientRect().bottom}))"""


def _type_key(page, partner: str, value: str) -> None:
    """Double-click the key cell itself (the key editor's columns share its width equally), type,
    Enter: what a person does."""
    found = _find_cell(page, partner, nl("whatif.col.key"))
    assert found, f"no editable key cell for {partner} in the what-if editors"
    editor, grid, row, col, _shown = found
    canvas = editor.locator('canvas[data-testid="data-grid-canvas"]')
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    row_height = grid["height"] / grid["rowcount"]
    x = box["x"] + box["width"] * (col + 0.5) / len(grid["headers"])
    page.mouse.dblclick(x, box["y"] + row_height * (row + 1.5))
    cell = page.locator("textarea.gdg-input:not([disabled]), input.gdg-input:not([disabled])")
    cell.wait_for(state="visible", timeout=10_000)
    cell.fill(value)
    page.keyboard.press("Enter")
    wait_until_rendered(page)


@pytest.mark.parametrize("viewport", ["1280x720", "1024x768"])
def test_dutch_decimals_typed_into_the_keys_are_stated_per_partner_on_the_first_screen(
    app_server, new_page, screenshot_dir, viewport
):
    page, console = new_page(viewport)
    open_page(page, app_server, WHATIF.url)
    ermelo = _find_cell(page, "Ermelo", nl("whatif.col.key"))
    assert ermelo and ermelo[4] == "15,20 %"  # shown in Dutch notation
    assert page.get_by_text(nl("whatif.effect.none")[:20]).first.is_visible()  # a hint, no empty chart
    assert page.locator('[data-testid="stMain"] .vega-embed').count() == 0

    _type_key(page, "Ermelo", "16,5")
    _type_key(page, "Harderwijk", "31,5")
    page.wait_for_function(
        "(text) => [...document.querySelectorAll('[data-testid=\"stMain\"] li')]"
        ".some(li => li.innerText.includes(text))",
        arg=ERMELO_SENTENCE,
        timeout=30_000,
    )
    screenshot_pair(page, screenshot_dir, f"whatif-dutch-keys-{viewport}")
    effect = {item["text"]: item["bottom"] for item in page.evaluate(EFFECT_JS)}
    assert ERMELO_SENTENCE in effect and HARDERWIJK_SENTENCE in effect, list(effect)
    height = page.viewport_size["height"]
    assert effect[ERMELO_SENTENCE] <= height and effect[HARDERWIJK_SENTENCE] <= height  # above the fold
    assert page.locator('[data-testid="stMain"] [data-testid="stAlertContentError"]').count() == 0
    assert not console.errors, console.errors


def test_an_impossible_key_is_refused_in_the_browser(app_server, new_page):
    page, console = new_page("1280x720")
    open_page(page, app_server, WHATIF.url)
    _type_key(page, "Ermelo", "-3")
    message = "Ermelo: ‘-3’ kan niet, want een sleutel ligt tussen 0 % en 100 %."
    page.get_by_text(message).first.wait_for(timeout=30_000)
    assert page.get_by_text(nl("whatif.effect.none")[:20]).first.is_visible()  # nothing changed
    assert not console.errors, console.errors
