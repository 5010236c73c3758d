"""The repository stands alone: a maintainer who receives only this repository can follow every
reference in it.

- No tracked text file points at the briefing documents the project was started from (they are not
  part of the repository); what a maintainer needs is written in docs/.
- Every relative link in README.md, DEVELOPERS.md and docs/*.md leads to a file in the repository.
- Every code pointer in those documents (`path/module.py:function`, `tests/…/test_x.py::test_name`, or a
  bare `path/file.py`) names a file that exists and, where given, a function, class or name that
  is defined in it, and every message code named there (`upload.file_xls`) is in the catalogue:
  a wrong pointer is worse than none.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from domain.messages import CATALOGUE

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_DIRS = {".git", ".venv", "node_modules", "test-artifacts", "data", "__pycache__"}
BINARY_SUFFIXES = {".xlsx", ".png", ".pptx", ".pdf", ".sqlite", ".ico", ".jpg", ".ttf", ".woff2"}

# Built from parts so this file does not match itself.
_BRIEFS = "|".join(name + r"\.md" for name in ("SPEC", "ARCHITECTURE", "NOTES"))
OUTSIDE = re.compile(r"(?<![\w/.-])(?:" + _BRIEFS + r")\b|\.\./" + "shared\\b|/work/" + "shared\\b")
MARKDOWN_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
CODE_SPAN = re.compile(r"`([^`\n]+)`")
POINTER = re.compile(r"^((?:[\w.-]+/)+[\w.-]+\.py)(?:(::?)([\w.]+))?$")
PATH = re.compile(r"^(?:[\w.-]+/)+[\w.-]+\.(?:py|md|toml|yaml|yml|conf|json|ini|txt|cfg)$")
MESSAGE_AREAS = sorted({code.split(".", 1)[0] for code in CATALOGUE})  # "upload", "access", ...
MESSAGE_CODE = re.compile(r"^(?:" + "|".join(MESSAGE_AREAS) + r")\.[a-z_][\w]*(?:\.[\w]+)*$")


def tracked_files() -> list[str]:
    """The files git tracks (what a clone holds); without git, the tree minus local-only folders."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return [
            str(p.relative_to(ROOT))
            for p in ROOT.rglob("*")
            if p.is_file() and not SKIPPED_DIRS & set(p.relative_to(ROOT).parts)
        ]
    return [name for name in out.decode().split("\0") if name]


TRACKED = tracked_files()
TRACKED_SET = set(TRACKED)
TRACKED_DIRS = {str(Path(name).parent) for name in TRACKED} | {
    str(parent) for name in TRACKED for parent in Path(name).parents
}


def text_of(name: str) -> str | None:
    """A tracked file's text, or None for a binary (or deleted but not yet committed) file."""
    path = ROOT / name
    if path.suffix.lower() in BINARY_SUFFIXES or not path.is_file():
        return None
    data = path.read_bytes()
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def documents() -> list[str]:
    docs = sorted(name for name in TRACKED if name.startswith("docs/") and name.endswith(".md"))
    return ["README.md", "DEVELOPERS.md", *docs]


def test_the_scan_sees_the_repository():
    assert "README.md" in TRACKED_SET
    assert "domain/costs.py" in TRACKED_SET
    docs = {"agreement.md", "architecture.md", "upload-format.md", "cli.md", "deploy.md"}
    assert {f"docs/{name}" for name in docs} <= TRACKED_SET


def test_the_outside_pattern_catches_what_it_must():
    brief = "SPEC" + ".md"
    assert OUTSIDE.search(f"see {brief} 'Calculations'")
    assert OUTSIDE.search("read ../" + "shared/" + "ARCHITECTURE" + ".md")
    assert OUTSIDE.search("(" + "NOTES" + ".md)")
    assert not OUTSIDE.search("see docs/architecture.md and docs/agreement.md")


def test_no_tracked_file_points_outside_the_repository():
    found = []
    for name in TRACKED:
        text = text_of(name)
        if text is None:
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if OUTSIDE.search(line):
                found.append(f"{name}:{number}: {line.strip()[:100]}")
    assert found == [], "references to documents outside the repository:\n" + "\n".join(found)


def _link_problems(document: str) -> list[str]:
    text = text_of(document) or ""
    base = (ROOT / document).parent
    problems = []
    for target in MARKDOWN_LINK.findall(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) or target.startswith("#"):
            continue  # a web address, mailto:, or an anchor in the same page
        relative = target.split("#", 1)[0]
        resolved = (base / relative).resolve()
        try:
            inside = str(resolved.relative_to(ROOT))
        except ValueError:
            problems.append(f"{document}: ({target}) leads outside the repository")
            continue
        if inside not in TRACKED_SET and inside not in TRACKED_DIRS:
            problems.append(f"{document}: ({target}) is not a file in the repository")
    return problems


@pytest.mark.parametrize("document", documents())
def test_every_relative_link_resolves_to_a_tracked_file(document):
    assert document in TRACKED_SET
    assert _link_problems(document) == []


def _defines(source: str, name: str, test: bool) -> bool:
    if test:
        return re.search(rf"^\s*(?:async\s+)?def {re.escape(name)}\(", source, re.MULTILINE) is not None
    pattern = rf"^\s*(?:(?:async\s+)?def|class)\s+{re.escape(name)}\b|^\s*{re.escape(name)}\s*(?::|=)"
    return re.search(pattern, source, re.MULTILINE) is not None


def generated(path: str) -> bool:
    """A file the repository ignores on purpose (secrets, test output): named, never tracked."""
    try:
        return subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT, timeout=30).returncode == 0
    except OSError:
        return False


def _pointer_problems(document: str) -> list[str]:
    problems = []
    for span in CODE_SPAN.findall(text_of(document) or ""):
        for token in span.split():
            token = token.strip(",;()")
            pointer = POINTER.match(token)
            if pointer:
                path, separator, names = pointer.groups()
                if path not in TRACKED_SET:
                    problems.append(f"{document}: `{token}`: no file {path}")
                    continue
                if names:
                    source = text_of(path) or ""
                    for name in names.split("."):
                        if not _defines(source, name, separator == "::"):
                            problems.append(f"{document}: `{token}`: {path} defines no {name}")
            elif PATH.match(token) and token not in TRACKED_SET and not generated(token):
                problems.append(f"{document}: `{token}` is not a file in the repository")
            elif MESSAGE_CODE.match(token) and token not in CATALOGUE:
                problems.append(f"{document}: `{token}` is no message code (domain/messages)")
    return problems


def test_pointer_check_catches_a_wrong_pointer():
    source = text_of("domain/costs.py") or ""
    assert _defines(source, "cost_per_fte", test=False)
    assert not _defines(source, "cost_per_ftee", test=False)
    tests = text_of("tests/domain/test_costs.py") or ""
    assert _defines(tests, "test_quarter_is_13_of_52_weeks_for_every_figure", test=True)
    assert POINTER.match("domain/costs.py:cost_per_fte").groups() == ("domain/costs.py", ":", "cost_per_fte")
    assert POINTER.match("tests/domain/test_costs.py::test_x").groups()[1] == "::"
    assert MESSAGE_CODE.match("upload.file_xls") and "upload.file_xls" in CATALOGUE
    assert MESSAGE_CODE.match("upload.file_xlsx") and "upload.file_xlsx" not in CATALOGUE
    assert generated(".streamlit/secrets.toml") and not generated("docs/agreement.md")


@pytest.mark.parametrize("document", documents())
def test_every_code_pointer_in_the_docs_exists(document):
    assert _pointer_problems(document) == []
