"""Import time per workbook: every demo quarterly report validated and stored into an empty
database, one after another, next to a bare calamine read of the same files (python_calamine,
all sheets to Python values), measured in the same run. The large-file case is bench_import.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from python_calamine import CalamineWorkbook

from bench import Figure
from data_access import services
from data_access.access import Actor
from data_access.db import forget_engine, open_database
from tests.e2e.harness import E2E_TODAY

WORKBOOKS = Path(__file__).resolve().parent.parent / "sample_data" / "workbooks"


def _bare_read(content: bytes) -> None:
    workbook = CalamineWorkbook.from_filelike(io.BytesIO(content))
    for name in workbook.sheet_names:
        workbook.get_sheet_by_name(name).to_python()


def _ms(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def run() -> list[Figure]:
    files = [(p.name, p.read_bytes()) for p in sorted(WORKBOOKS.glob("*.xlsx"))]
    today = date.fromisoformat(E2E_TODAY)
    actor = Actor("bench")
    imports, reads = [], []
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{Path(directory) / 'import.sqlite'}"
        engine = open_database(url)
        _bare_read(files[0][1])  # warm-up of both paths on a throwaway database
        warm = open_database(f"sqlite:///{Path(directory) / 'warm.sqlite'}")
        services.import_file(warm, files[0][1], files[0][0], actor, today=today)
        for name, content in files:
            reads.append(_ms(lambda content=content: _bare_read(content)))
            result = None

            def store(name=name, content=content):
                nonlocal result
                result = services.import_file(engine, content, name, actor, today=today)

            imports.append(_ms(store))
            assert result.validation.ok and result.outcome.stored, name
        forget_engine(url)
    size_kib = statistics.median(len(c) for _, c in files) / 1024
    imp, read = statistics.median(imports), statistics.median(reads)
    return [
        Figure(
            f"import one demo workbook (validate + store, median of {len(files)}, ~{size_kib:.0f} KiB)",
            imp,
            "ms",
            "bare calamine read (ms)",
            read,
            "< 1000 ms",
            imp < 1000,
        ),
        Figure("import ÷ bare calamine read, demo workbooks", imp / read, "x"),
    ]
