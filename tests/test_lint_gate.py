"""`make lint` (which .ci/run runs before the tests) fails on each kind of broken house rule.

The real Makefile and pyproject.toml are copied into a small project laid out like this one (the
six layer packages with a few lines each), and `make lint` runs there: once clean, where it must
pass, and once per deliberate violation, where the named tool must be the one that stops it with
the expected rule in its output. Removing a tool from `make lint`, or its settings from
pyproject.toml, makes one of these fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(sys.prefix)  # the environment running the tests has the pinned tools

# A few lines per layer, importing only downwards, formatted and fully typed.
CLEAN_FILES = {
    "domain/__init__.py": '"""Rules."""\n',
    "domain/rules.py": "def share(total: float, parts: int) -> float:\n    return total / parts\n",
    "domain/texts.py": 'NOTE = "' + ("word " * 30)[: 110 - len('NOTE = ""')] + '"\n',
    "data_access/__init__.py": '"""Storage."""\n',
    "data_access/store.py": (
        "from domain.rules import share\n\n\ndef halves(total: float) -> float:\n    return share(total, 2)\n"
    ),
    "reporting/__init__.py": '"""View models."""\n',
    "reporting/model.py": (
        "from data_access.store import halves\n\n\ndef label(total: float) -> str:\n"
        '    return f"{halves(total)}"\n'
    ),
    "handouts/__init__.py": '"""Meeting documents."""\n',
    "handouts/deck.py": (
        "from reporting.model import label\n\n\ndef slide_text(total: float) -> str:\n"
        "    return label(total)\n"
    ),
    "ui/__init__.py": '"""Streamlit views."""\n',
    "ui/view.py": (
        "import streamlit as st\n\nfrom handouts.deck import slide_text\n\n\n"
        "def show(total: float) -> None:\n    st.write(slide_text(total))\n"
    ),
    "pages/__init__.py": '"""Pages."""\n',
    "pages/page.py": "from ui.view import show\n\nshow(4.0)\n",
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lint_gate")
    shutil.copy(ROOT / "Makefile", root / "Makefile")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    for name, text in CLEAN_FILES.items():
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_text(text)
    return root


def make_lint(project: Path) -> tuple[int, str]:
    """Run `make lint` as .ci/run does (the tools of this environment; no reinstall)."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    assert (VENV / "bin" / "mypy").exists(), f"mypy is not installed in {VENV}"
    done = subprocess.run(
        ["make", "--no-print-directory", f"VENV={VENV}", "-o", f"{VENV}/.installed", "lint"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stdout + done.stderr


def stopped_by(output: str) -> tuple[str, int]:
    """The last command make ran and the exit status make reports for it."""
    commands = [line for line in output.splitlines() if line.startswith(f"{VENV}/bin/")]
    status = re.search(r"\[Makefile:\d+: lint\] Error (\d+)", output)
    assert commands and status, output
    return commands[-1].removeprefix(f"{VENV}/bin/"), int(status.group(1))


def test_clean_project_passes_every_tool(project: Path) -> None:
    code, output = make_lint(project)
    assert code == 0, output
    ran = [line.removeprefix(f"{VENV}/bin/") for line in output.splitlines() if line.startswith(str(VENV))]
    assert ran == ["ruff check .", "ruff format --check .", "lint-imports", "mypy"]
    assert "Success: no issues found in 5 source files" in output  # domain/ and data_access/ only


# The declared limit is 110 characters: the clean project has a line of exactly 110, this one is 111.
LONG_LINE = 'NOTE = "' + ("word " * 30)[: 111 - len('NOTE = ""')] + '"\n'

VIOLATIONS = [
    pytest.param(
        "domain/violation.py",
        LONG_LINE,
        "ruff check .",
        ["E501 Line too long (111 > 110)"],
        id="ruff-line-too-long",
    ),
    pytest.param(
        "domain/violation.py",
        "LIMITS = {'low':1}\n",
        "ruff format --check .",
        ["--> domain/violation.py", "1 file would be reformatted"],
        id="ruff-format",
    ),
    pytest.param(
        "domain/violation.py",
        "import streamlit as st\n\nTITLE = st.title\n",
        "lint-imports",
        ["domain is pure Python: no Streamlit, no SQLAlchemy BROKEN", "domain.violation -> streamlit"],
        id="domain-imports-streamlit",
    ),
    pytest.param(
        "data_access/violation.py",
        "import streamlit as st\n\nTITLE = st.title\n",
        "lint-imports",
        ["data_access never imports Streamlit", "data_access.violation -> streamlit"],
        id="data-access-imports-streamlit",
    ),
    pytest.param(
        "domain/violation.py",
        "from ui.view import show\n\nSHOW = show\n",
        "lint-imports",
        [
            "Layers: pages → ui → handouts → reporting → data_access → domain BROKEN",
            "domain.violation -> ui.view",
        ],
        id="import-upwards",
    ),
    pytest.param(
        "domain/violation.py",
        'x: int = "a"\n',
        "mypy",
        [
            "domain/violation.py:1: error: Incompatible types in assignment "
            '(expression has type "str", variable has type "int")  [assignment]'
        ],
        id="mypy-type-error",
    ),
    pytest.param(
        "domain/violation.py",
        "def first(items: list) -> object:\n    return items[0]\n",
        "mypy",
        ['domain/violation.py:1: error: Missing type arguments for generic type "list"  [type-arg]'],
        id="mypy-strict-on-domain",
    ),
    pytest.param(
        "data_access/violation.py",
        "def double(x):\n    return x * 2\n",
        "mypy",
        ["data_access/violation.py:1: error: Function is missing a type annotation  [no-untyped-def]"],
        id="mypy-untyped-data-access",
    ),
]


@pytest.mark.parametrize(("path", "text", "tool", "expected"), VIOLATIONS)
def test_violation_fails_make_lint(
    project: Path, path: str, text: str, tool: str, expected: list[str]
) -> None:
    target = project / path
    target.write_text(text)
    try:
        code, output = make_lint(project)
    finally:
        target.unlink()
    assert code != 0, output
    assert stopped_by(output)[0] == tool, output
    assert stopped_by(output)[1] != 0
    for line in expected:
        assert line in output, output
