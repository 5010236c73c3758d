"""In the browser, chart axes speak the reader's language: Dutch groups thousands with a point and
says K1-K4, English with a comma and Q1-Q4. The Uren page's total hours reach 1.389,8 (Uwoon 2026),
so its axis has a tick at a thousand. Screenshots of the stated answers are kept for a person."""

from __future__ import annotations

import pytest

from tests.e2e.harness import open_page, screenshot_pair, wait_until_rendered

pytestmark = pytest.mark.e2e

AXIS_LABELS_JS = """() => Array.from(
    document.querySelectorAll('.vega-embed svg g.role-axis-label text')).map(t => t.textContent)"""


def _choose(page, text: str) -> None:
    page.get_by_text(text, exact=True).first.click()
    page.wait_for_timeout(300)
    wait_until_rendered(page)


@pytest.mark.parametrize(
    ("lang", "measure", "thousand", "wrong", "quarter", "other_quarter"),
    [
        ("nl", "Totaal uren", "1.000", "1,000", "K3", "Q3"),
        ("en", "Total hours", "1,000", "1.000", "Q3", "K3"),
    ],
)
def test_hours_axis_numbers_and_quarters_in_the_language(
    app_server, new_page, screenshot_dir, lang, measure, thousand, wrong, quarter, other_quarter
):
    page, console = new_page("1280x720")
    open_page(page, app_server, "/uren")
    if lang == "en":
        page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
        wait_until_rendered(page)
    _choose(page, measure)
    page.wait_for_function("() => document.querySelectorAll('.vega-embed svg').length >= 2")
    labels = page.evaluate(AXIS_LABELS_JS)
    assert thousand in labels and wrong not in labels, labels
    assert quarter in labels and other_quarter not in labels, labels
    screenshot_pair(page, screenshot_dir, f"hours-total-{lang}-1280x720")
    assert not console.errors, console.errors


@pytest.mark.parametrize("viewport", ["1024x768", "1280x720", "1920x1080"])
@pytest.mark.parametrize(
    ("name", "url"), [("overview-2025", "/?jaar=2025"), ("progress", "/voortgang"), ("hours", "/uren")]
)
def test_stated_answers_screenshots(app_server, new_page, screenshot_dir, name, url, viewport):
    page, console = new_page(viewport)
    open_page(page, app_server, url)
    if name == "overview-2025":
        assert page.get_by_text("299 dagen na de uiterste datum", exact=False).count() >= 1
    elif name == "progress":
        assert page.get_by_text("Vrijgekomen woningen naar type en aantal slaapkamers").count() == 1
    else:  # the shortfall stated on the first screen
        assert page.get_by_text("− 3,4 u/wk, − 132 uur").first.is_visible()
    screenshot_pair(page, screenshot_dir, f"answers-{name}-{viewport}")
    assert not console.errors, console.errors
