"""Browser tests: the real app (`python -m ui.serve app.py`, as `make run` starts it) on a free port
with a temporary demo
database, driven by Debian's Chromium through Playwright.

Every test in this folder that needs the browser is marked `e2e` and is skipped, with the reason
shown, when /usr/bin/chromium is missing (`.ci/run` installs it).
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    SCREENSHOT_DIR,
    SIGN_IN_VIEWPORTS,
    ConsoleLog,
    Server,
    seed_demo,
    streamlit_server,
)

NO_CHROMIUM = f"{CHROMIUM} is missing: browser tests skipped (apt-get install chromium; .ci/run does)"


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents and item.get_closest_marker("e2e") and not CHROMIUM.exists():
            item.add_marker(pytest.mark.skip(reason=NO_CHROMIUM))


@pytest.fixture(scope="session")
def e2e_tmp(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("e2e")


@contextmanager
def _seeded_server(browser, tmp: Path, name: str):
    database = tmp / f"{name}.sqlite"
    url = f"sqlite:///{database}"
    seed_demo(url)
    with streamlit_server(url, tmp / f"{name}-logs") as server:
        yield server


@pytest.fixture(scope="session")
def app_server(browser, e2e_tmp) -> Server:
    """The app on the demo data, shared by the read-only tests."""
    with _seeded_server(browser, e2e_tmp, "demo") as server:
        yield server


@pytest.fixture(scope="module")
def writable_app_server(browser, e2e_tmp, request) -> Server:
    """A second app with its own demo database, for a test module that stores something."""
    with _seeded_server(browser, e2e_tmp, f"writable-{request.module.__name__.rsplit('.', 1)[-1]}") as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(NO_CHROMIUM)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser):
    """A factory: a fresh browser context (own session) at a given viewport, with its console log."""
    contexts = []

    def make(viewport: str = "1920x1080"):
        context = browser.new_context(viewport=SIGN_IN_VIEWPORTS[viewport], locale="nl-NL")
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30_000)
        return page, ConsoleLog(page)

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR
