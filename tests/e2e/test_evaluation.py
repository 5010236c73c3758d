"""The Evaluatie page on a projector, in Chromium. With two final evaluations that each judge two
aspects negative (art. 5a met) and a draft in progress: at 1024×768, 1280×720 and 1920×1080 the
answer (the next evaluation's date, '2 van 2', 'Vervuld' and the earliest end date) is on the first
screen, no text is cut off, nothing scrolls sideways, and the editor passes axe-core. Then the draft
is made final in the browser (confirmation first) and the art. 5a count moves to 3 of 3."""

from __future__ import annotations

from datetime import date

import pytest

from data_access.access import Actor
from data_access.db import forget_engine, open_database
from data_access.evaluations import create_evaluation, finalise_evaluation, list_evaluations, save_draft
from domain.evaluation import STANDARD_ASPECTS, Aspect, Verdict
from tests.e2e.harness import AXE_JS, E2E_TODAY, SCREENSHOT_DIR, open_page, page_at
from tests.e2e.test_accessibility import our_axe_problems

pytestmark = pytest.mark.e2e

EVALUATION = page_at("evaluatie")
PROJECTOR_SIZES = {"1024x768": (1024, 768), "1280x720": (1280, 720), "1920x1080": (1920, 1080)}
CHAIR = Actor("voorzitter stuurgroep", "steering")
P, N, X = Verdict.POSITIVE, Verdict.NEUTRAL, Verdict.NEGATIVE

LAYOUT_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const block = document.querySelector('[data-testid="stMainBlockContainer"]').getBoundingClientRect();
    const cut = [...main.querySelectorAll('*')]
        .filter(el => getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
        .map(el => el.innerText.slice(0, 80));
    const wide = [...main.querySelectorAll('[data-testid="stTable"], [data-testid="stDataFrame"]')]
        .filter(el => el.getBoundingClientRect().right > block.right + 1
                   || el.scrollWidth > el.clientWidth + 1)
        .map(el => el.innerText.slice(0, 80));
    return {cut, wide, sideways: main.scrollWidth - main.clientWidth};
}"""


def _aspects(*verdicts: Verdict) -> list[Aspect]:
    return [
        Aspect(key, v, "Besproken in de stuurgroep")
        for key, v in zip(STANDARD_ASPECTS, verdicts, strict=True)
    ]


@pytest.fixture(scope="module")
def evaluated(writable_app_server):
    """2024 and 2025 final with two negative aspects each; an extra evaluation ready to finalise."""
    engine = open_database(writable_app_server.database_url)
    today = date.fromisoformat(E2E_TODAY)
    for year in (2024, 2025):
        draft = create_evaluation(engine, CHAIR, "regular", year, today=today)
        finalise_evaluation(engine, CHAIR, draft.id, draft.revision, _aspects(X, X, N, P))
    extra = create_evaluation(
        engine,
        CHAIR,
        "extra",
        None,
        today=today,
        due=date(2026, 12, 10),
        reason="Omnia Wonen zoekt een coach",
    )
    save_draft(engine, CHAIR, extra.id, extra.revision, _aspects(X, X, X, N))
    yield writable_app_server
    forget_engine(writable_app_server.database_url)


def _bottom(page, locator) -> float:
    box = locator.bounding_box()
    assert box is not None
    return box["y"] + box["height"]


@pytest.mark.parametrize("size", list(PROJECTOR_SIZES))
def test_the_answer_is_on_the_first_screen_and_nothing_is_cut_off(browser, evaluated, size):
    width, height = PROJECTOR_SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")
    try:
        page = context.new_page()
        open_page(page, evaluated, EVALUATION.url)
        main = page.locator('[data-testid="stMain"]')
        for text in ("10-12-2026", "2 van 2", "Vervuld: opzegging mogelijk", "26-01-2027"):
            element = main.get_by_text(text, exact=False).first
            assert _bottom(page, element) <= height, f"'{text}' is below the fold at {size}"
        layout = page.evaluate(LAYOUT_JS)
        assert layout["cut"] == [], f"text cut off at {size}: {layout['cut']}"
        assert layout["wide"] == [], f"tables wider than the page at {size}: {layout['wide']}"
        assert layout["sideways"] <= 1, f"the page scrolls sideways at {size}"
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT_DIR / f"evaluation-projector-{size}.png"))
    finally:
        context.close()


def test_the_editor_passes_axe(browser, evaluated):
    if not AXE_JS.exists():
        pytest.skip("axe-core is missing: run `npm ci --prefix tests/e2e` (.ci/run does)")
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="nl-NL")
    try:
        page = context.new_page()
        open_page(page, evaluated, EVALUATION.url)
        assert page.get_by_text("Voorstel van de app").count() >= 2  # the draft's editor is open
        assert our_axe_problems(page) == []
    finally:
        context.close()


def test_finalising_in_the_browser_needs_the_confirmation_and_updates_art_5a(browser, evaluated):
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="nl-NL")
    try:
        page = context.new_page()
        open_page(page, evaluated, EVALUATION.url)
        finalise = page.get_by_role("button", name="Definitief maken")
        assert finalise.is_disabled()
        page.get_by_text("Ik weet dat een definitieve evaluatie niet meer kan worden gewijzigd").click()
        page.wait_for_timeout(300)
        finalise.click()
        page.get_by_text("is definitief. De stand van artikel 5a en 2b is bijgewerkt.").wait_for()
        main = page.locator('[data-testid="stMain"]')
        assert main.get_by_text("3 van 3").count() == 1
    finally:
        context.close()
    engine = open_database(evaluated.database_url)
    stored = {e.kind.value: e for e in list_evaluations(engine)}
    assert stored["extra"].is_final and stored["extra"].finalised_by == "beheerder (lokaal)"
