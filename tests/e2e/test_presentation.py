"""Presentatie on a projector, in Chromium, on the demo data: every slide at 1920×1080, 1280×720 and
1024×768 without the sidebar or the header, body text of at least 24 px at 1920×1080, nothing cut
off or wider than the screen, and the whole slide on the screen; the arrow keys and a clicker's
PageDown/PageUp turn the slides and the URL follows; each slide passes axe-core; the way back to
the app brings the sidebar back. Screenshots: test-artifacts/screenshots/presentatie-<n>-<size>.png.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from data_access.access import Actor
from data_access.db import forget_engine, open_database
from data_access.evaluations import create_evaluation, finalise_evaluation
from domain.evaluation import MAX_NOTE_LENGTH, STANDARD_ASPECTS, Aspect, Verdict
from reporting.presentation import SLIDES
from tests.e2e.harness import AXE_JS, E2E_TODAY, SCREENSHOT_DIR, open_page, page_at, wait_until_rendered
from tests.e2e.test_accessibility import our_axe_problems

pytestmark = pytest.mark.e2e

PRESENTATION = page_at("presentatie")
SIZES = {"1920x1080": (1920, 1080), "1280x720": (1280, 720), "1024x768": (1024, 768)}
TITLES = [
    "Kerncijfers 2026",
    "Gesprekken en verhuizingen 2026",
    "Uren per corporatie 2026",
    "Kosten per partner 2026",
    "Laatste evaluatie",
    "Kwartaalrapportages 2026",
]
MIN_BODY_PX_FULL_HD = 24

# What a person on the back row would miss: text cut off (an ellipsis, or content wider than its
# box), a chart or table running past the page's right edge, the page scrolling sideways, or the
# slide running below the screen. Also the smallest text size on the slide and what is visible of
# the app's own furniture.
LAYOUT_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const block = document.querySelector('[data-testid="stMainBlockContainer"]');
    const right = block.getBoundingClientRect().right;
    const visible = el => el.offsetParent !== null && el.getClientRects().length > 0;
    const text = [...main.querySelectorAll('p, li, td, th, h1, h2, h3, label, span')].filter(visible)
        .filter(el => el.innerText && el.innerText.trim() !== '');
    // text wider than its box is lost when the box does not let it show (hidden, clip, scroll, ellipsis)
    const clips = el => getComputedStyle(el).overflowX !== 'visible'
                        || getComputedStyle(el).textOverflow === 'ellipsis';
    const cut = text.filter(el => clips(el) && el.scrollWidth > el.clientWidth + 1)
        .map(el => el.innerText.slice(0, 60));
    const boxes = '[data-testid="stTable"], [data-testid="stVegaLiteChart"], '
                + '[data-testid="stHorizontalBlock"], [data-testid="stMarkdownContainer"]';
    const wide = [...main.querySelectorAll(boxes)]
        .filter(visible)
        .filter(el => el.getBoundingClientRect().right > right + 1 || el.scrollWidth > el.clientWidth + 1)
        .map(el => (el.getAttribute('data-testid') || '') + ': ' + (el.innerText || '').slice(0, 60));
    const bodies = text.filter(el => ['P', 'LI', 'TD', 'TH'].includes(el.tagName))
        .map(el => parseFloat(getComputedStyle(el).fontSize));
    const elements = [...block.querySelectorAll('[data-testid="stElementContainer"]')].filter(visible);
    const bottom = Math.max(...elements.map(el => el.getBoundingClientRect().bottom));
    const shown = sel => [...document.querySelectorAll(sel)].some(visible);
    return {
        cut, wide, sideways: main.scrollWidth - main.clientWidth,
        smallest_body: Math.min(...bodies), bottom, height: window.innerHeight,
        sidebar: shown('[data-testid="stSidebar"]') || shown('[data-testid="stSidebarCollapsedControl"]')
                 || shown('[data-testid="stExpandSidebarButton"]'),
        header: shown('[data-testid="stHeader"]') || shown('[data-testid="stToolbar"]'),
        title: (main.querySelector('h1') || {}).innerText,
    };
}"""


def _open_slide(page, server, number: int) -> None:
    open_page(page, server, f"{PRESENTATION.url}?dia={number}")
    page.wait_for_timeout(300)  # vega draws its charts after the script has finished


@pytest.fixture(scope="module")
def screens():
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR


@pytest.mark.parametrize("size", list(SIZES))
def test_every_slide_fits_the_projector(browser, app_server, screens, size):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")
    try:
        page = context.new_page()
        for number in range(1, len(SLIDES) + 1):
            _open_slide(page, app_server, number)
            page.screenshot(path=str(screens / f"presentatie-{number}-{size}.png"))
            layout = page.evaluate(LAYOUT_JS)
            where = f"slide {number} at {size}"
            assert layout["title"] == TITLES[number - 1], where
            assert not layout["sidebar"], f"the sidebar shows on {where}"
            assert not layout["header"], f"the header toolbar shows on {where}"
            assert layout["cut"] == [], f"text cut off on {where}: {layout['cut']}"
            assert layout["wide"] == [], f"wider than the page on {where}: {layout['wide']}"
            assert layout["sideways"] <= 1, f"{where} scrolls sideways"
            assert layout["bottom"] <= layout["height"], (
                f"{where} runs {layout['bottom'] - height:.0f} px below the screen"
            )
            if size == "1920x1080":
                assert layout["smallest_body"] >= MIN_BODY_PX_FULL_HD, (
                    f"{where}: text of {layout['smallest_body']} px"
                )
            assert (
                page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]').count() == 0
            )
    finally:
        context.close()


def _slide_in_url(page) -> str | None:
    match = re.search(r"[?&]dia=(\d+)", page.url)
    return match.group(1) if match else None


def _press(page, key: str, expected: int) -> None:
    page.keyboard.press(key)
    page.wait_for_function(
        "n => new URLSearchParams(location.search).get('dia') === String(n)", arg=expected, timeout=15_000
    )
    wait_until_rendered(page)
    title = page.locator('[data-testid="stMain"] h1').first.inner_text()
    assert title == TITLES[expected - 1], f"{key} should show slide {expected}, shows '{title}'"


def test_arrow_keys_and_clicker_keys_turn_the_slides(browser, app_server):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="nl-NL")
    try:
        page = context.new_page()
        _open_slide(page, app_server, 1)
        assert _slide_in_url(page) == "1"
        _press(page, "ArrowRight", 2)
        _press(page, "PageDown", 3)
        _press(page, "PageDown", 4)
        _press(page, "ArrowLeft", 3)
        _press(page, "PageUp", 2)
        assert "jaar=2026" in page.url  # the year stays in the link
    finally:
        context.close()


def test_a_shared_link_opens_that_slide(browser, app_server):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="nl-NL")
    try:
        page = context.new_page()
        open_page(page, app_server, f"{PRESENTATION.url}?dia=4&jaar=2025")
        assert page.locator('[data-testid="stMain"] h1').first.inner_text() == "Kosten per partner 2025"
        assert _slide_in_url(page) == "4"
    finally:
        context.close()


@pytest.mark.parametrize("number", range(1, len(SLIDES) + 1))
def test_each_slide_passes_axe(browser, app_server, number):
    if not AXE_JS.exists():
        pytest.skip("axe-core is missing: run `npm ci --prefix tests/e2e` (.ci/run does)")
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="nl-NL")
    try:
        page = context.new_page()
        _open_slide(page, app_server, number)
        assert our_axe_problems(page) == [], f"slide {number}"
    finally:
        context.close()


def test_back_to_the_app_brings_the_sidebar_back(browser, app_server):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="nl-NL")
    try:
        page = context.new_page()
        _open_slide(page, app_server, 2)
        page.get_by_role("link", name="Terug naar de app").click()
        page.wait_for_function("() => !location.pathname.includes('presentatie')", timeout=15_000)
        wait_until_rendered(page)
        assert page.locator('[data-testid="stMain"] h1').first.inner_text() == "Overzicht 2026"
        assert page.locator('[data-testid="stSidebar"]').is_visible()
    finally:
        context.close()


CHAIR = Actor("voorzitter stuurgroep", "steering")
P, N, X = Verdict.POSITIVE, Verdict.NEUTRAL, Verdict.NEGATIVE
NOTES = (
    "Gesprekken iets onder het doel naar rato, verhuizingen erboven.",
    "Woningstichting Putten blijft ruim onder de afgesproken 9 uur per week.",
    "1. Rapportages op tijd, op één na.",  # shown as typed, not as a numbered list
    "Goede samenwerking in de werkgroep; communicatie naar bewoners kan beter.",
)


@pytest.fixture(scope="module")
def evaluated(writable_app_server):
    """2024 and 2025 final, each with two negative aspects: art. 5a met; 2025's notes of 2,000
    characters each."""
    engine = open_database(writable_app_server.database_url)
    today = date.fromisoformat(E2E_TODAY)
    for year, verdicts in {2024: (X, X, N, P), 2025: (N, X, P, X)}.items():
        draft = create_evaluation(engine, CHAIR, "regular", year, today=today)
        # 2025, the one the slide shows, with every note as long as allowed (the slide cuts them)
        notes = NOTES if year == 2024 else tuple(((n + " ") * 40)[:MAX_NOTE_LENGTH] for n in NOTES)
        aspects = [Aspect(k, v, note) for k, v, note in zip(STANDARD_ASPECTS, verdicts, notes, strict=True)]
        finalise_evaluation(engine, CHAIR, draft.id, draft.revision, aspects)
    yield writable_app_server
    forget_engine(writable_app_server.database_url)


@pytest.mark.parametrize("size", list(SIZES))
def test_the_evaluation_slide_with_verdicts_fits(browser, evaluated, screens, size):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")
    try:
        page = context.new_page()
        _open_slide(page, evaluated, 5)
        page.screenshot(path=str(screens / f"presentatie-5-evaluaties-{size}.png"))
        main = page.locator('[data-testid="stMain"]')
        cut = "(verder op de pagina Evaluatie)"
        for text in (
            "2 van 2",
            "Vervuld: opzegging mogelijk",
            "Jaarevaluatie 2025",
            "❌ negatief",
            NOTES[3],
            cut,
        ):
            assert main.get_by_text(text, exact=False).first.is_visible(), f"'{text}' missing at {size}"
        # a note is shown as typed: "1. " stays, it does not start a numbered list
        note = main.locator("td", has_text="Rapportages op tijd").first.inner_text()
        assert note.startswith("1. Rapportages op tijd"), note
        layout = page.evaluate(LAYOUT_JS)
        assert layout["cut"] == [] and layout["wide"] == [] and layout["sideways"] <= 1, layout
        assert layout["bottom"] <= layout["height"], f"the slide runs below the screen at {size}"
        if size == "1920x1080":
            assert layout["smallest_body"] >= MIN_BODY_PX_FULL_HD
    finally:
        context.close()
