"""What the browser tests and the benchmarks share: the registered pages (read from app.py), a
Streamlit server on a free port, and waiting until a page has finished rendering.

No pytest here, so `bench/` can use it too.
"""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
APP = PROJECT_ROOT / "app.py"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
E2E_TODAY = "2026-11-26"  # after the deadline of the demo data's last quarter (2026-K3)
SCREENSHOT_DIR = PROJECT_ROOT / "test-artifacts" / "screenshots"
AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"


@dataclass(frozen=True)
class RegisteredPage:
    """One `st.Page(...)` call in app.py."""

    script: str  # "pages/overview.py", relative to app.py (what AppTest.switch_page takes)
    url_path: str  # "" for the default page
    title_key: str | None  # the t() key of its title, when it has one

    @property
    def name(self) -> str:
        return Path(self.script).stem

    @property
    def url(self) -> str:
        return "/" + self.url_path


def _streamlit_url_path(script: str) -> str:
    """The URL path st.Page derives from a file name when url_path is not given, by Streamlit's
    own rule ("pages/02_Uploaden.py" -> "Uploaden")."""
    from streamlit.source_util import page_icon_and_name

    return page_icon_and_name(Path(script))[1]


def registered_pages(app: Path = APP) -> list[RegisteredPage]:
    """Every page app.py registers, in its order, with the URL path a browser opens it at.

    Read from the source (not by running it), so a page added by anyone is covered at once.
    """
    tree = ast.parse(app.read_text(encoding="utf-8"))
    found: list[tuple[int, int, RegisteredPage]] = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "Page"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            continue
        script = node.args[0].value
        keywords = {k.arg: k.value for k in node.keywords}
        default = isinstance(keywords.get("default"), ast.Constant) and keywords["default"].value is True
        url_node = keywords.get("url_path")
        if default:
            url_path = ""
        elif isinstance(url_node, ast.Constant) and isinstance(url_node.value, str):
            url_path = url_node.value
        else:
            url_path = _streamlit_url_path(script)
        title = keywords.get("title")
        title_key = None
        if isinstance(title, ast.Call) and title.args and isinstance(title.args[0], ast.Constant):
            title_key = title.args[0].value
        found.append((node.lineno, node.col_offset, RegisteredPage(script, url_path, title_key)))
    return [page for _, _, page in sorted(found, key=lambda f: f[:2])]  # in the file's order


def page_at(url_path: str) -> RegisteredPage | None:
    return next((p for p in registered_pages() if p.url_path == url_path), None)


def page_for(script: str) -> RegisteredPage | None:
    return next((p for p in registered_pages() if p.script == script), None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def venv_python() -> str:
    """The project's interpreter (.venv) when it exists, else the one running us."""
    candidate = PROJECT_ROOT / ".venv" / "bin" / "python"
    return str(candidate) if candidate.exists() else sys.executable


def fresh_python(code: str, *args: str) -> str:
    """What `code` prints, run in a new interpreter from the project root (nothing loaded yet):
    for start-up measurements and checks of what a first import loads."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def seed_demo(database_url: str) -> None:
    """Load the demo reports through the command line, as a user would."""
    subprocess.run(
        [venv_python(), "-m", "data_access", "seed-demo", "--db", database_url],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )


@dataclass
class Server:
    url: str
    database_url: str
    process: subprocess.Popen
    log_path: Path
    started_in_s: float  # launch until /_stcore/health answered

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def wait_for_health(url: str, process: subprocess.Popen, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Streamlit stopped with exit code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"Streamlit did not answer {url}/_stcore/health within {timeout_s} s")


@contextmanager
def streamlit_server(
    database_url: str,
    log_dir: Path,
    script: Path = APP,
    today: str = E2E_TODAY,
    extra_env: dict | None = None,
    *,
    address: str = "127.0.0.1",
    port: int | None = None,
    extra_args: Sequence[str] = (),
) -> Iterator[Server]:
    """The app as `make run` starts it (`python -m ui.serve`, i.e. `streamlit run`) on a free port
    with its own database; stopped (and reaped) on exit. `address` is what it listens on (the
    Docker image: 0.0.0.0); `extra_args` are more Streamlit options (e.g. --secrets.files)."""
    port = port or free_port()
    env = (
        os.environ
        | {"DATABASE_URL": database_url, "DOORSTROOMMONITOR_TODAY": today, "PYTHONUNBUFFERED": "1"}
        | (extra_env or {})
    )
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"streamlit-{port}.log"
    command = [
        venv_python(),
        "-m",
        "ui.serve",
        str(script),
        "--server.port",
        str(port),
        "--server.address",
        address,
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
        *extra_args,
    ]
    started = time.perf_counter()
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(url, process)
        yield Server(url, database_url, process, log_path, time.perf_counter() - started)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


# --- in the browser -----------------------------------------------------------------------------

RENDERED_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (app.getAttribute('data-test-connection-state') !== 'CONNECTED') return false;
    return !!document.querySelector('[data-testid="stMain"]')
        && !document.querySelector('[data-testid="stSkeleton"]');
}"""


def wait_until_rendered(page, timeout_ms: int = 30_000, settle_ms: int = 250) -> None:
    """The script has run to its end, the connection is up and nothing is still loading.

    Checked twice with a pause between, because a widget's callback can start a second run.
    """
    page.wait_for_function(RENDERED_JS, timeout=timeout_ms, polling=50)
    page.wait_for_timeout(settle_ms)
    page.wait_for_function(RENDERED_JS, timeout=timeout_ms, polling=50)


VIEWPORTS = {"1920x1080": {"width": 1920, "height": 1080}, "1280x720": {"width": 1280, "height": 720}}
# A small laptop as well, for the pages a partner sees first (sign-in, no access, set-up, Logboek).
SIGN_IN_VIEWPORTS = {"1024x768": {"width": 1024, "height": 768}} | VIEWPORTS

# Console errors that are not ours: opening a page by its deep link (/instellingen) makes
# Streamlit probe /instellingen/_stcore/health and /_stcore/host-config first (404), then the root.
HARMLESS_404_SUFFIXES = ("/_stcore/health", "/_stcore/host-config")


class ConsoleLog:
    """Console errors and uncaught page errors of one page, less the known harmless ones."""

    def __init__(self, page):
        self.errors: list[str] = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))

    def _on_console(self, message) -> None:
        if message.type != "error":
            return
        url = (message.location or {}).get("url", "")
        if "status of 404" in message.text and url.endswith(HARMLESS_404_SUFFIXES):
            return
        self.errors.append(f"{message.text} ({url})")


def open_page(page, server: Server, url: str) -> None:
    page.goto(server.url + url)
    wait_until_rendered(page)


SCROLLER_JS = """() => {
    // Streamlit scrolls inside its main area, not the document: find the element that does.
    const candidates = [document.scrollingElement,
        ...document.querySelectorAll('[data-testid="stMain"], [data-testid="stMain"] *')];
    let height = document.documentElement.clientHeight;
    for (const el of candidates) {
        if (el && el.scrollHeight > el.clientHeight + 1) {
            const style = getComputedStyle(el);
            if (el === document.scrollingElement || /(auto|scroll)/.test(style.overflowY)) {
                height = Math.max(height,
                    el.scrollHeight + (document.documentElement.clientHeight - el.clientHeight));
            }
        }
    }
    return Math.ceil(height);
}"""


def screenshot_pair(page, directory: Path, stem: str) -> list[Path]:
    """What a person sees first (the viewport) and the whole page, as two PNGs."""
    viewport = dict(page.viewport_size)
    first = directory / f"{stem}.png"
    page.screenshot(path=str(first))
    full = directory / f"{stem}-full.png"
    height = page.evaluate(SCROLLER_JS)
    if height > viewport["height"]:
        page.set_viewport_size({"width": viewport["width"], "height": min(height, 12_000)})
        page.wait_for_timeout(300)
        page.screenshot(path=str(full))
        page.set_viewport_size(viewport)
        page.wait_for_timeout(100)
    else:
        page.screenshot(path=str(full))
    return [first, full]


# --- a report that differs from the demo data ---------------------------------------------------

DEMO_UWOON_2026_K3 = PROJECT_ROOT / "sample_data" / "workbooks" / "2026-K3-uwoon.xlsx"


def corrected_report(extra_conversations: int) -> tuple[bytes, int]:
    """The demo Uwoon 2026-K3 report with more conversations in its first municipality, written by
    the template writer: (bytes, the report's new conversation total)."""
    from datetime import date

    import pandas as pd

    from data_access.importer import validate_workbook
    from data_access.template import build_report_workbook
    from domain.parameters import default_parameters

    def records(frame):
        return [
            {k: (None if pd.isna(v) else v) for k, v in row.items()}
            for row in frame.astype(object).to_dict("records")
        ]

    parsed = validate_workbook(
        DEMO_UWOON_2026_K3.read_bytes(),
        DEMO_UWOON_2026_K3.name,
        today=date.fromisoformat(E2E_TODAY),
        params=default_parameters(),
    ).report
    activity = records(parsed.activity)
    activity[0]["conversations"] += extra_conversations
    activity[0]["households_contacted"] = max(
        activity[0]["households_contacted"] or 0, activity[0]["conversations"]
    )
    hours = {int(m): float(h) for m, h in zip(parsed.hours["month"], parsed.hours["hours"], strict=True)}
    barriers = {r: int(n) for r, n in zip(parsed.barriers["reason"], parsed.barriers["count"], strict=True)}
    content = build_report_workbook(
        parsed.corporation, parsed.year, parsed.quarter, activity, hours, records(parsed.moves), barriers
    )
    return content, sum(int(a["conversations"]) for a in activity)


def nl(key: str, fallback: str | None = None) -> str:
    """The Dutch text of a reporting/text key (the fallback while a page's texts are not there yet)."""
    from ui.i18n import TEXTS

    entry = TEXTS.get(key)
    if entry is None:
        if fallback is None:
            raise KeyError(key)
        return fallback
    return entry["nl"]


def metric_number(page, label: str) -> int:
    """The digits of the st.metric whose label contains `label` (€ 170.546 → 170546)."""
    metric = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    text = metric.locator('[data-testid="stMetricValue"]').inner_text()
    return int("".join(ch for ch in text if ch.isdigit()))
