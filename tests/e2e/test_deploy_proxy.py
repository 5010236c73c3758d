"""The deployment of docs/deploy.md in miniature: two app instances on one PostgreSQL behind nginx
with deploy/nginx.conf. Through the proxy the app's websocket works, a report is uploaded and
stored, a 5 MB file passes the proxy's size limit, and the other instance shows the new figures.

Needs Chromium, nginx (.ci/run installs nginx-light) and TEST_DATABASE_URL; skipped otherwise.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import BACKENDS, seed_demo
from tests.e2e.harness import (
    PROJECT_ROOT,
    corrected_report,
    free_port,
    metric_number,
    nl,
    open_page,
    page_for,
    streamlit_server,
    wait_until_rendered,
)

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
SITE = PROJECT_ROOT / "deploy" / "nginx.conf"
UPLOAD = page_for("pages/upload.py")
ADDED = 25

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.postgres,
    pytest.mark.skipif(
        NGINX is None,
        reason="nginx is missing: proxy test skipped (apt-get install nginx-light; .ci/run does)",
    ),
]
POSTGRES_ONLY = [p for p in BACKENDS if p.id == "postgres"]


def _nginx_config(folder: Path, listen: int, backends: list[int]) -> Path:
    """deploy/nginx.conf as shipped, pointed at local ports, inside a minimal main config."""
    site = SITE.read_text()
    site = site.replace("listen 80;", f"listen 127.0.0.1:{listen};")
    site = re.sub(r"server app1:8501", f"server 127.0.0.1:{backends[0]}", site)
    site = re.sub(r"server app2:8501", f"server 127.0.0.1:{backends[1]}", site)
    assert "app1" not in site and "app2" not in site
    (folder / "site.conf").write_text(site)
    temp = "\n".join(
        f"    {kind}_temp_path {folder / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;" if os.geteuid() == 0 else ""
    main = folder / "nginx.conf"
    main.write_text(f"""{user}
worker_processes 1;
daemon off;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} warn;
events {{ worker_connections 256; }}
http {{
    access_log {folder / "access.log"};
{temp}
    include {folder / "site.conf"};
}}
""")
    return main


def _wait_for(url: str, timeout_s: float = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(url)


class Proxy:
    def __init__(self, url: str):
        self.url = url


@pytest.mark.parametrize("db_url", POSTGRES_ONLY, indirect=True)
def test_two_instances_behind_the_documented_proxy(db_url, browser, new_page, tmp_path):
    seed_demo(db_url)
    with (
        streamlit_server(db_url, tmp_path / "a") as first,
        streamlit_server(db_url, tmp_path / "b") as second,
    ):
        port = free_port()
        config = _nginx_config(
            tmp_path, port, [int(first.url.rsplit(":", 1)[1]), int(second.url.rsplit(":", 1)[1])]
        )
        nginx = subprocess.Popen(
            [NGINX, "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            proxy = Proxy(f"http://127.0.0.1:{port}")
            _wait_for(proxy.url + "/_stcore/health")
            _check_through_proxy(proxy, (first, second), new_page, tmp_path)
        finally:
            nginx.terminate()
            nginx.wait(timeout=10)


def _check_through_proxy(proxy, instances, new_page, tmp_path: Path) -> None:
    label = nl("overview.kpi.conversations")
    # Every instance has shown the overview (its caches are warm) before the upload.
    page, console = new_page("1920x1080")
    before = {}
    for instance in instances:
        open_page(page, instance, "/")
        before[instance.url] = metric_number(page, label)
    open_page(page, proxy, "/")
    assert metric_number(page, label) == before[instances[0].url] == before[instances[1].url]

    # A 5 MB file gets through the proxy (nginx's default limit is 1 MB) and the app answers it.
    big = tmp_path / "groot.xlsx"
    big.write_bytes(os.urandom(5 * 1024 * 1024))
    open_page(page, proxy, UPLOAD.url)
    uploader = page.locator('[data-testid="stFileUploader"] input[type="file"]')
    uploader.set_input_files(str(big))
    page.locator('[data-testid="stAlertContentError"]').first.wait_for(timeout=30_000)
    assert not [e for e in console.errors if "413" in e], console.errors

    # A real report through the proxy is stored ...
    content, _ = corrected_report(ADDED)
    report = tmp_path / "2026-K3-uwoon-via-proxy.xlsx"
    report.write_bytes(content)
    open_page(page, proxy, UPLOAD.url)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(report))
    save = page.get_by_role("button", name="Opslaan", exact=True)
    save.wait_for(state="visible", timeout=30_000)
    wait_until_rendered(page)
    save.click()
    page.locator('[data-testid="stAlertContentSuccess"]').first.wait_for(timeout=30_000)

    # ... and both instances, the one that stored it and the other one, show the new figure.
    shown = {}
    for instance in instances:
        open_page(page, instance, "/")
        shown[instance.url] = metric_number(page, label) - before[instance.url]
    assert shown == {instance.url: ADDED for instance in instances}, (
        "conversations added as shown by each instance (an instance that still shows 0 serves "
        "figures from its own cache, which the other instance's import did not clear)"
    )
    unexpected = [e for e in console.errors if "groot.xlsx" not in e]
    assert not unexpected, unexpected
