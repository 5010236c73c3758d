"""A real upload in the browser: a corrected Uwoon 2026-K3 report goes through the Upload page's
file input and "Opslaan"; the database holds it as the new active version and the Overview's
conversations figure grows by exactly the added conversations. What the check says and "opgeslagen
als versie N" appear on the first screen at 1280×720."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from data_access import repositories as repo
from data_access.db import forget_engine, open_database
from tests.e2e.harness import (
    corrected_report,
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
ADDED_CONVERSATIONS = 40


def _uwoon_2026_k3(database_url: str) -> tuple[pd.DataFrame, int]:
    engine = open_database(database_url)
    try:
        versions = repo.submissions_frame(engine, "Uwoon")
        activity = repo.activity_frame(engine, 2026)
    finally:
        forget_engine(database_url)
    quarter = versions[(versions["year"] == 2026) & (versions["quarter"] == 3)]
    stored = activity[(activity["corporation"] == "Uwoon") & (activity["quarter"] == 3)]
    return quarter, int(stored["conversations"].sum())


def test_upload_through_the_browser_changes_the_overview(writable_app_server, new_page, tmp_path: Path):
    server = writable_app_server
    versions_before, stored_before = _uwoon_2026_k3(server.database_url)
    content, new_total = corrected_report(ADDED_CONVERSATIONS)
    assert new_total == stored_before + ADDED_CONVERSATIONS
    upload_file = tmp_path / "2026-K3-uwoon-correctie.xlsx"
    upload_file.write_bytes(content)

    page, console = new_page("1920x1080")
    open_page(page, server, OVERVIEW.url)
    conversations_label = nl("overview.kpi.conversations")
    before = metric_number(page, conversations_label)

    open_page(page, server, UPLOAD.url)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(upload_file))
    save = page.get_by_role("button", name="Opslaan", exact=True)
    save.wait_for(state="visible", timeout=30_000)
    wait_until_rendered(page)
    save.click()
    page.locator('[data-testid="stAlertContentSuccess"]').first.wait_for(timeout=30_000)
    wait_until_rendered(page)

    versions_after, stored_after = _uwoon_2026_k3(server.database_url)
    active = versions_after[versions_after["is_active"].astype(bool)]
    assert len(versions_after) == len(versions_before) + 1
    assert active["file_name"].tolist() == [upload_file.name]
    assert active["version"].tolist() == [int(versions_before["version"].max()) + 1]
    assert stored_after == new_total

    open_page(page, server, OVERVIEW.url)
    after = metric_number(page, conversations_label)
    assert after - before == ADDED_CONVERSATIONS
    assert not console.errors, console.errors


def _bottom(locator) -> float:
    return locator.evaluate("el => el.getBoundingClientRect().bottom")


def _top(locator) -> float:
    return locator.evaluate("el => el.getBoundingClientRect().top")


def _deltawonen_2025_k4(tmp_path: Path, name: str, conversations: int) -> Path:
    from tests.data_access import messy_files as mf

    path = tmp_path / name
    path.write_bytes(
        mf.report_bytes(
            corporation="deltaWonen",
            year=2025,
            quarter=4,
            activity=[["Wezep", 12, conversations, 2, 1, 1, 220, 150]],
            hours=[["oktober", 20], ["november", 25], ["december", 22.5]],
            moves=False,
        )
    )
    return path


def _upload_and_save(page, server, path: Path, says: str, saved_text: str, screenshots: Path, stem: str):
    """Choose the file; what the check says must show without scrolling, and so must
    "Opgeslagen als versie N" after the click on "Opslaan" (right under that sentence)."""
    open_page(page, server, UPLOAD.url)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(path))
    save = page.get_by_role("button", name="Opslaan", exact=True)
    save.wait_for(state="visible", timeout=30_000)
    wait_until_rendered(page)
    screenshot_pair(page, screenshots, f"{stem}-checked")
    height = page.viewport_size["height"]
    sentence = page.get_by_text(says).first
    # Beside the file box: at least its first lines on the first screen (how much of a long
    # note fits also depends on the notices above the title).
    assert _top(sentence) <= height - 60
    save.click()
    saved = page.get_by_text(saved_text, exact=True)
    saved.wait_for(timeout=30_000)
    wait_until_rendered(page)
    screenshot_pair(page, screenshots, f"{stem}-saved")
    assert _bottom(saved) <= height


def test_check_result_and_saved_version_appear_on_the_first_screen(
    writable_app_server, new_page, tmp_path: Path, screenshot_dir
):
    """deltaWonen never sent 2025-K4 in the demo data: a first version, then a correction that
    replaces it; each says so in one sentence beside the file box, on a 1280×720 screen."""
    page, console = new_page("1280x720")
    _upload_and_save(
        page,
        writable_app_server,
        _deltawonen_2025_k4(tmp_path, "deltawonen-2025-k4.xlsx", 6),
        "Dit wordt de eerste versie voor 2025-K4.",
        "Opgeslagen als versie 1 van deltaWonen 2025-K4.",
        screenshot_dir,
        "upload-first-1280x720",
    )
    assert page.get_by_text("vervangt versie").count() == 0
    assert not console.errors, console.errors

    page, console = new_page("1280x720")
    _upload_and_save(
        page,
        writable_app_server,
        _deltawonen_2025_k4(tmp_path, "deltawonen-2025-k4-correctie.xlsx", 7),
        "Let op: dit vervangt versie 1 van 2025-K4",
        "Opgeslagen als versie 2 van deltaWonen 2025-K4; versie 1 staat nu in de geschiedenis.",
        screenshot_dir,
        "upload-replace-1280x720",
    )
    assert page.get_by_text("Dit wordt de eerste versie").count() == 0
    assert not console.errors, console.errors
