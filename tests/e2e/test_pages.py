"""Every page registered in app.py opens in Chromium at 1920×1080 and 1280×720 without an error
element, an error alert or an unexpected console error; a screenshot of each is kept for a person.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import VIEWPORTS, open_page, registered_pages, screenshot_pair, streamlit_server

pytestmark = pytest.mark.e2e

PAGES = registered_pages()
OVERFLOW_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth,
                    main.scrollWidth - main.clientWidth);
}"""


def _texts(page, selector: str) -> list[str]:
    return [element.inner_text() for element in page.locator(selector).all()]


def test_app_registers_pages():
    scripts = [p.script for p in PAGES]
    assert "pages/overview.py" in scripts
    assert len(set(p.url_path for p in PAGES)) == len(PAGES), "two pages share a URL path"


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("registered", PAGES, ids=[p.name for p in PAGES])
def test_page_opens_cleanly(app_server, new_page, screenshot_dir, registered, viewport):
    page, console = new_page(viewport)
    open_page(page, app_server, registered.url)

    exceptions = _texts(page, '[data-testid="stException"]')
    assert not exceptions, f"{registered.script} shows a traceback: {exceptions}"
    errors = _texts(page, '[data-testid="stAlertContentError"]')
    assert not errors, f"{registered.script} shows an error: {errors}"
    assert page.locator('[data-testid="stMain"] h1').count() >= 1, f"{registered.script} has no title"
    not_found = page.get_by_text("Page not found", exact=False)
    assert not_found.count() == 0, f"{registered.url} is not a page the app knows"
    active = page.locator('[data-testid="stSidebarNav"] a[aria-current="page"]')
    if active.count():
        assert active.first.get_attribute("href").rstrip("/").endswith(registered.url.rstrip("/")), (
            f"opening {registered.url} showed another page"
        )

    if viewport == "1280x720":  # WCAG 1.4.10: nothing needs a sideways scroll on a small screen
        overflow = page.evaluate(OVERFLOW_JS)
        assert overflow <= 1, f"{registered.url} scrolls sideways by {overflow}px at 1280×720"

    shots = screenshot_pair(page, screenshot_dir, f"{registered.name}-{viewport}")
    assert all(shot.stat().st_size > 10_000 for shot in shots)
    assert not console.errors, f"console errors on {registered.url}: {console.errors}"


DEEP_LINKS = [p for p in PAGES if p.url_path]


@pytest.mark.parametrize("registered", DEEP_LINKS, ids=[p.name for p in DEEP_LINKS])
def test_deep_link_on_a_fresh_server(app_server, new_page, e2e_tmp, registered):
    """A shared link is often the first thing a freshly started server is asked for. Streamlit
    would take pages/ for its old automatic page list on that first run and show "Page not found";
    ui/serve.py (how make run, Docker and these tests start the app) prevents it."""
    with streamlit_server(app_server.database_url, e2e_tmp / f"fresh-{registered.name}") as fresh:
        page, console = new_page("1280x720")
        open_page(page, fresh, registered.url)
        assert page.get_by_text("Page not found").count() == 0
        active = page.locator('[data-testid="stSidebarNav"] a[aria-current="page"]')
        assert active.count() == 1 and registered.url_path in active.get_attribute("href")
        assert not console.errors, console.errors
