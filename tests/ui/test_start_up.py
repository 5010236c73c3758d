"""What a start of the app loads: the warm-up of ui.serve runs only the entry script's imports, and
the first page's imports leave the upload validator (pandera, calamine), Alembic and the chart
and hand-out libraries for the pages that use them."""

from __future__ import annotations

import gc
import sys
import textwrap

import pytest

from tests.e2e.harness import fresh_python
from ui import serve


@pytest.fixture(autouse=True)
def _unfreeze():
    """warm_up freezes what is loaded; the test process gets its objects back afterwards."""
    yield
    gc.unfreeze()


def _entry_script(tmp_path, monkeypatch, module: str, source: str, body: str):
    """An entry script `body` beside a fresh, not yet imported module `module` (`source`)."""
    (tmp_path / f"{module}.py").write_text(source)
    script = tmp_path / "entry.py"
    script.write_text(body)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, module, raising=False)
    return script


def test_warm_up_pauses_the_collector_and_freezes_what_it_loaded(tmp_path, monkeypatch):
    source = "import gc\nCOLLECTING = gc.isenabled()\nOBJECT = object()\n"
    script = _entry_script(tmp_path, monkeypatch, "warm_probe_gc", source, "import warm_probe_gc\n")
    gc.unfreeze()
    serve.warm_up(script)
    assert sys.modules["warm_probe_gc"].COLLECTING is False  # paused while importing
    assert gc.isenabled()  # and running again afterwards
    assert gc.get_freeze_count() > 0


def test_warm_up_runs_the_scripts_imports_and_nothing_else(tmp_path, monkeypatch):
    marker = tmp_path / "ran.txt"
    body = (
        "import json\n"
        "from warm_probe_module import LOADED\n"
        f"open({str(marker)!r}, 'w').write('the script body ran')\n"
        "import warm_probe_module as again\n"
    )
    script = _entry_script(tmp_path, monkeypatch, "warm_probe_module", "LOADED = True\n", body)
    assert [type(s).__name__ for s in serve.top_imports(script)] == ["Import", "ImportFrom", "Import"]
    serve.warm_up(script)
    assert sys.modules["warm_probe_module"].LOADED is True
    assert not marker.exists()


def test_without_a_running_server_the_warm_up_waits_its_time_and_then_runs(tmp_path, monkeypatch):
    script = _entry_script(
        tmp_path, monkeypatch, "warm_probe_late", "LOADED = True\n", "import warm_probe_late\n"
    )
    assert not serve.server_started()  # no Streamlit server in this process
    serve.warm_up_once_serving(script, wait_s=0.05)
    assert sys.modules["warm_probe_late"].LOADED is True


def test_warm_up_of_a_script_with_a_broken_import_stops_quietly(tmp_path):
    script = tmp_path / "entry.py"
    script.write_text("import no_such_module_anywhere\n")
    serve.warm_up(script)  # the visitor's own run shows the error; the warm-up only gives up
    assert gc.isenabled()


FIRST_PAGE = textwrap.dedent(
    """
    import ast, sys
    from pathlib import Path
    for script in ("app.py", "pages/overview.py"):
        tree = ast.parse(Path(script).read_text())
        imports = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
        exec(compile(ast.Module(body=imports, type_ignores=[]), script, "exec"), {})
    heavy = ("pandera", "python_calamine", "openpyxl", "alembic", "altair", "vl_convert", "pptx", "fpdf")
    print(" ".join(sorted(name for name in heavy if name in sys.modules)) or "none")
    """
)


def test_the_first_page_loads_none_of_the_upload_chart_or_migration_libraries():
    assert fresh_python(FIRST_PAGE) == "none"
