"""Sign-in in Chromium: single sign-on through a real OpenID Connect provider on 127.0.0.1
(oidc-provider-mock, st.login), the built-in form (wrong password, throttle, sign-out), the set-up
page of the Docker image's command without accounts, and screenshots of the sign-in, no-access,
set-up and Logboek pages at 1024×768, 1280×720 and 1920×1080."""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from sqlalchemy import create_engine, text

from tests.e2e.harness import (
    AXE_JS,
    PROJECT_ROOT,
    SIGN_IN_VIEWPORTS,
    free_port,
    screenshot_pair,
    seed_demo,
    streamlit_server,
    venv_python,
    wait_until_rendered,
)

pytestmark = pytest.mark.e2e

PASSWORD = "Een wachtwoord voor de browsertest"
OIDC_USERS = [
    {"sub": "omnia1", "email": "coach@omniawonen.nl"},
    {"sub": "vreemd", "email": "onbekend@ermelo.nl"},
]
# The server has taken the form: it empties itself on submit (or the page is another one).
SIGN_IN_ANSWERED_JS = """() => {
    const passwords = document.querySelectorAll('input[type="password"]');
    return passwords.length === 0 || (passwords.length === 1 && passwords[0].value === "");
}"""
OVERFLOW_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth,
                    main.scrollWidth - main.clientWidth);
}"""


def _users(database_url: str, *args: str) -> None:
    subprocess.run(
        [venv_python(), "-m", "data_access", "users", *args, "--db", database_url],
        cwd=PROJECT_ROOT,
        env=os.environ | {"DOORSTROOMMONITOR_PASSWORD": PASSWORD},
        check=True,
        capture_output=True,
        timeout=120,
    )


def _database(tmp: Path, name: str) -> str:
    url = f"sqlite:///{tmp / f'{name}.sqlite'}"
    seed_demo(url)
    _users(url, "add", "secretaris", "--role", "beheerder", "--email", "secretaris@noord-veluwe.nl")
    _users(
        url,
        "add",
        "coach",
        "--role",
        "corporatie",
        "--corporation",
        "Omnia Wonen",
        "--email",
        OIDC_USERS[0]["email"],
    )
    _users(url, "add", "wethouder", "--role", "stuurgroep")
    return url


@pytest.fixture(scope="module")
def accounts_server(browser, e2e_tmp):
    """The app with accounts and without single sign-on: the built-in form."""
    with streamlit_server(_database(e2e_tmp, "accounts"), e2e_tmp / "accounts-logs") as server:
        yield server


@pytest.fixture(scope="module")
def oidc_provider(e2e_tmp):
    port = free_port()
    command = [str(Path(venv_python()).parent / "oidc-provider-mock"), "--port", str(port)]
    for claims in OIDC_USERS:
        command += ["--user-claims", json.dumps(claims)]
    log = open(e2e_tmp / "oidc-provider.log", "wb")  # noqa: SIM115  (closed below)
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    discovery = f"http://127.0.0.1:{port}/.well-known/openid-configuration"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(discovery, timeout=1) as response:
                    assert json.load(response)["authorization_endpoint"]
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        yield discovery
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def sso_server(browser, e2e_tmp, oidc_provider):
    """The app with single sign-on: secrets written by the test, outside the repository."""
    port = free_port()
    secrets = e2e_tmp / "sso" / "secrets.toml"
    secrets.parent.mkdir(exist_ok=True)
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "http://localhost:{port}/oauth2callback"\n'
        'cookie_secret = "een geheim alleen voor de browsertest"\n'
        'client_id = "doorstroommonitor"\n'
        'client_secret = "browsertest"\n'
        f'server_metadata_url = "{oidc_provider}"\n'
    )
    database = _database(e2e_tmp, "sso")
    with streamlit_server(
        database, e2e_tmp / "sso-logs", port=port, extra_args=["--secrets.files", str(secrets)]
    ) as server:
        server.url = f"http://localhost:{port}"  # the host of the redirect URI, for the cookie
        server.provider = oidc_provider
        yield server
    assert not (PROJECT_ROOT / ".streamlit" / "secrets.toml").exists()


def _open(page, url: str) -> None:
    page.goto(url)
    wait_until_rendered(page)


def _h1(page) -> str:
    return page.locator('[data-testid="stMain"] h1').first.inner_text()


def _sign_in_attempts(server) -> int:
    """Sign-in attempts the server has answered: each one, accepted, refused or throttled,
    writes one audit row before the page shows its answer."""
    engine = create_engine(server.database_url)
    try:
        with engine.connect() as connection:
            return connection.scalar(
                text("SELECT count(*) FROM audit_log WHERE action IN ('signed_in', 'sign_in_failed')")
            )
    finally:
        engine.dispose()


def _sign_in_with_form(page, server, name: str, password: str) -> None:
    """Fill in and send the form, then wait until the server has answered this attempt.

    The form empties its fields in the browser as soon as it is sent, so the page alone cannot
    tell an answered attempt from one still being checked (argon2 takes a moment, longer on a
    busy machine): the audit row can."""
    before = _sign_in_attempts(server)
    page.get_by_role("textbox", name="Gebruikersnaam").fill(name)
    page.locator('input[type="password"]').fill(password)
    page.get_by_role("button", name="Inloggen", exact=True).click()
    deadline = time.monotonic() + 30
    while _sign_in_attempts(server) == before:
        assert time.monotonic() < deadline, "the sign-in attempt was not answered within 30 s"
        page.wait_for_timeout(100)
    page.wait_for_function(SIGN_IN_ANSWERED_JS, timeout=30_000, polling=50)
    wait_until_rendered(page, settle_ms=500)


def _wait_for_title(page, title: str) -> None:
    """The page after the answer: the run that follows a sign-in may still be drawing."""
    page.wait_for_function(
        """(title) => {
            const h1 = document.querySelector('[data-testid="stMain"] h1');
            return h1 && h1.innerText === title;
        }""",
        arg=title,
        timeout=30_000,
        polling=100,
    )
    wait_until_rendered(page)


def _sign_on(page, server, subject: str) -> None:
    """Through the provider's authorize page, choosing the predefined user `subject`."""
    _open(page, server.url)
    page.get_by_role("button", name=re.compile("Inloggen met uw organisatieaccount")).click()
    page.get_by_role("button", name=subject, exact=True).click()
    page.wait_for_url(re.compile(r"^http://localhost:\d+/"), timeout=30_000)
    wait_until_rendered(page)


def _ours(errors: list[str], server) -> list[str]:
    """Console errors of the app, not of the provider's own page (its stylesheet on a CDN that
    this offline machine cannot reach, its missing favicon)."""
    provider = urllib.parse.urlparse(server.provider).netloc
    return [e for e in errors if provider not in e and "cdn.jsdelivr.net" not in e]


def _alerts(page, kind: str) -> str:
    return " ".join(page.locator(f'[data-testid="stAlertContent{kind}"]').all_inner_texts())


def _sidebar(page) -> str:
    return page.locator('[data-testid="stSidebar"]').inner_text()


def _options_of(page, selectbox) -> list[str]:
    """The options of a select box's open list. A rerun that lands just after the click draws the
    box anew and closes its list, so the list is opened again until it stays open (at most 4 tries)."""
    for _ in range(4):
        wait_until_rendered(page)
        # Streamlit 1.67 draws a select box as a combo box whose button opens the list.
        selectbox.locator('button[aria-haspopup="listbox"]').click()
        try:
            page.locator('[role="option"]').first.wait_for(state="visible", timeout=5_000)
        except PlaywrightTimeoutError:
            page.keyboard.press("Escape")
            continue
        return page.locator('[role="option"]').all_inner_texts()
    raise AssertionError("the select box's list did not open")


def test_single_sign_on_corporation_sees_only_its_own_upload_rights(sso_server, new_page):
    page, console = new_page("1280x720")
    _sign_on(page, sso_server, "omnia1")
    assert _h1(page) == "Overzicht 2026"
    assert "Aangemeld als coach (corporatie) · Omnia Wonen" in _sidebar(page)
    nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
    assert "Uploaden" in nav and "Logboek" not in nav and "Gebruikers" not in nav

    page.locator('[data-testid="stSidebarNav"] a', has_text="Uploaden").click()
    wait_until_rendered(page)
    assert _h1(page) == "Kwartaalrapportage uploaden"
    template = page.locator('[data-testid="stDownloadButton"]', has_text="Download sjabloon")
    assert template.inner_text().strip().endswith("Omnia Wonen 2026-K3")
    expanders = page.locator('[data-testid="stExpander"] summary').all_inner_texts()
    assert [e.split("\n")[-1].strip() for e in expanders] == ["Originele bestanden downloaden"]  # no restore
    page.get_by_text("Originele bestanden downloaden").click()
    options = _options_of(page, page.locator('[data-testid="stExpander"] [data-testid="stSelectbox"]'))
    assert options and all("Omnia Wonen" in option for option in options)
    assert not _ours(console.errors, sso_server), console.errors


def test_single_sign_on_without_an_account_gets_the_no_access_page(sso_server, new_page):
    page, _ = new_page("1280x720")
    _sign_on(page, sso_server, "vreemd")
    assert _h1(page) == "Nog geen toegang"
    assert "U bent aangemeld als onbekend@ermelo.nl" in _alerts(page, "Warning")
    assert page.locator('[data-testid="stSidebarNav"]').count() == 0
    assert page.locator('[data-testid="stMetric"]').count() == 0
    # Another page's address shows the same page, nothing else.
    _open(page, sso_server.url + "/kosten")
    assert _h1(page) == "Nog geen toegang"


def test_built_in_form_refuses_throttles_and_signs_out(accounts_server, new_page):
    page, console = new_page("1280x720")
    _open(page, accounts_server.url + "/kosten")  # a shared link: sign in first, then that page
    assert _h1(page) == "Inloggen"
    _sign_in_with_form(page, accounts_server, "coach", "niet het goede wachtwoord")
    assert "Gebruikersnaam of wachtwoord klopt niet." in _alerts(page, "Error")
    assert page.locator('input[type="password"]').input_value() == ""
    _sign_in_with_form(page, accounts_server, "coach", PASSWORD)
    _wait_for_title(page, "Kosten 2026")
    assert _h1(page).startswith("Kosten")
    assert urllib.parse.urlparse(page.url).path == "/kosten"
    assert "Aangemeld als coach (corporatie)" in _sidebar(page)

    page.locator('[data-testid="stSidebar"] button', has_text="Afmelden").click()
    page.wait_for_timeout(300)
    wait_until_rendered(page)
    assert _h1(page) == "Inloggen"
    page.reload()
    wait_until_rendered(page)
    assert _h1(page) == "Inloggen"  # the session is over, also after a reload

    for _ in range(5):
        _sign_in_with_form(page, accounts_server, "wethouder", "fout fout fout fout")
    _sign_in_with_form(page, accounts_server, "wethouder", PASSWORD)
    assert "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw" in _alerts(page, "Error")
    assert _h1(page) == "Inloggen"
    assert not console.errors, console.errors
    log = accounts_server.log()
    assert PASSWORD not in log and "niet het goede wachtwoord" not in log


def _dockerfile_command() -> list[str]:
    text = (PROJECT_ROOT / "Dockerfile").read_text()
    command = re.search(r"^CMD (\[.*?\])\s*$", text, re.S | re.M).group(1)
    return json.loads(command.replace("\\\n", " "))


@pytest.fixture(scope="module")
def docker_like_server(browser, e2e_tmp):
    """The Docker image's command (listening on every address) on a database without accounts."""
    command = _dockerfile_command()
    address = command[command.index("--server.address") + 1]
    assert address == "0.0.0.0"
    url = f"sqlite:///{e2e_tmp / 'no-accounts.sqlite'}"
    seed_demo(url)
    with streamlit_server(url, e2e_tmp / "docker-logs", address=address) as server:
        yield server


def test_the_docker_command_without_accounts_shows_only_the_set_up_page(docker_like_server, new_page):
    page, console = new_page("1280x720")
    for path in ("/", "/upload", "/instellingen"):
        _open(page, docker_like_server.url + path)
        assert _h1(page) == "Nog niet ingericht"
        commands = " ".join(page.locator('[data-testid="stCode"]').all_inner_texts())
        assert "python -m data_access users add secretaris --role beheerder" in commands
        assert page.locator('[data-testid="stSidebarNav"]').count() == 0
    assert not console.errors, console.errors


@pytest.mark.parametrize("viewport", list(SIGN_IN_VIEWPORTS))
def test_sign_in_pages_fit_each_screen(
    accounts_server, sso_server, docker_like_server, new_page, screenshot_dir, viewport
):
    page, console = new_page(viewport)
    _open(page, accounts_server.url)
    _check_and_shoot(page, screenshot_dir, f"sign_in-{viewport}", "Inloggen")

    _open(page, docker_like_server.url)
    _check_and_shoot(page, screenshot_dir, f"set_up-{viewport}", "Nog niet ingericht")

    other, _ = new_page(viewport)
    _sign_on(other, sso_server, "vreemd")
    _check_and_shoot(other, screenshot_dir, f"no_access-{viewport}", "Nog geen toegang")

    _open(page, accounts_server.url + "/logboek")
    _sign_in_with_form(page, accounts_server, "secretaris", PASSWORD)
    _wait_for_title(page, "Logboek")
    _check_and_shoot(page, screenshot_dir, f"logbook-signed-in-{viewport}", "Logboek")
    assert page.locator('[data-testid="stDataFrame"]').count() == 1
    assert not console.errors, console.errors


def _accessibility_problems(page) -> list[str]:
    """axe-core's serious and critical WCAG 2.1 AA findings on this page (as test_accessibility)."""
    from tests.e2e.test_accessibility import AXE_TAGS, RUN_AXE_JS, STREAMLIT_INTERNAL, _ours

    if not AXE_JS.exists():
        return []  # test_accessibility says why it is skipped
    page.add_script_tag(path=str(AXE_JS))
    internal = {rule: selector for rule, (selector, _) in STREAMLIT_INTERNAL.items()}
    return _ours(page.evaluate(RUN_AXE_JS, [AXE_TAGS, internal]))


def _check_and_shoot(page, directory: Path, stem: str, title: str) -> None:
    assert _h1(page) == title
    if stem.endswith("1920x1080"):
        problems = _accessibility_problems(page)
        assert not problems, f"{stem}: WCAG 2.1 AA violations to fix:\n" + "\n".join(problems)
    heading = page.locator('[data-testid="stMain"] h1').first.bounding_box()
    assert heading["y"] + heading["height"] <= page.viewport_size["height"], f"{stem}: title below the fold"
    assert page.evaluate(OVERFLOW_JS) <= 1, f"{stem} scrolls sideways"
    assert page.locator('[data-testid="stException"]').count() == 0
    for shot in screenshot_pair(page, directory, stem):
        assert shot.stat().st_size > 10_000
