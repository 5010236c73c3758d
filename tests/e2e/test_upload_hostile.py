"""A hostile upload in the real browser: the 7 KB dimension bomb (one cell at A1, one at
XFD1048576) used to make the reader ask for 550 GB and take the whole Streamlit server down.
Now the page shows a Dutch message naming the sheet, the server stays up and the next page
loads. Screenshots of the refused bomb and of a file with several problems, in Dutch and
English, are kept for a person to read the messages."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from data_access.db import forget_engine, open_database
from tests.data_access import hostile_files as hf
from tests.data_access import messy_files as mf
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

UPLOAD = page_for("pages/upload.py") or page_at("upload")
OVERVIEW = page_for("pages/overview.py")


def _upload(page, path: Path) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(path))
    page.locator('[data-testid="stAlertContentError"]').first.wait_for(timeout=30_000)
    wait_until_rendered(page)


def _state(database_url: str) -> dict:
    engine = open_database(database_url)
    try:
        return mf.database_state(engine)
    finally:
        forget_engine(database_url)


def _healthy(url: str) -> bool:
    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=5) as response:
        return response.status == 200


def test_dimension_bomb_is_refused_and_the_server_stays_up(
    writable_app_server, new_page, tmp_path: Path, screenshot_dir
):
    server = writable_app_server
    bomb = tmp_path / "kwartaalrapportage.xlsx"
    bomb.write_bytes(hf.far_cell(mf.report_bytes(), "Rapportage", "XFD1048576"))
    assert bomb.stat().st_size < 10_000
    before = _state(server.database_url)

    page, console = new_page("1280x720")
    open_page(page, server, UPLOAD.url)
    _upload(page, bomb)
    table = page.locator('[data-testid="stTable"]').first.inner_text()
    assert "Het blad 'Rapportage' beslaat A1:XFD1048576" in table
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot_pair(page, screenshot_dir, "upload-bomb-nl-1280x720")

    assert server.process.poll() is None and _healthy(server.url)
    assert _state(server.database_url) == before
    open_page(page, server, OVERVIEW.url)
    assert metric_number(page, nl("overview.kpi.conversations")) > 0  # the next page is served
    assert not console.errors, console.errors


def test_a_file_with_several_problems_reads_well_in_both_languages(
    writable_app_server, new_page, tmp_path: Path, screenshot_dir
):
    content = mf.report_bytes(
        activity=[["Hardewijk", 10, 5, 2, 3, 0, 100, 50], ["Ermelo", 10, 5, 1, 0, 1, 150, 90]],
        hours=[["juli", "86,5 uur"], ["augustus", "*veel*"], ["september", 160]],
    )
    content = hf.replace_cell(content, "Rapportage", "B9", hf.error_cell("B9", "#DIV/0!", "C9/0"))
    path = tmp_path / "rapportage-met-fouten.xlsx"
    path.write_bytes(content)

    page, console = new_page("1280x720")
    open_page(page, writable_app_server, UPLOAD.url)
    _upload(page, path)
    dutch = page.locator('[data-testid="stTable"]').first.inner_text()
    assert "bedoelde u Harderwijk?" in dutch and "#DEEL/0!" in dutch
    assert "*veel*" in dutch  # a value as typed, not read as Markdown (italics)
    screenshot_pair(page, screenshot_dir, "upload-problems-nl-1280x720")

    page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
    wait_until_rendered(page)
    english = page.locator('[data-testid="stTable"]').first.inner_text()
    assert "did you mean Harderwijk?" in english and "#DIV/0! (#DEEL/0! in Dutch Excel)" in english
    screenshot_pair(page, screenshot_dir, "upload-problems-en-1280x720")
    assert not console.errors, console.errors
