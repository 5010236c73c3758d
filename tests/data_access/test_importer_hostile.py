"""Hostile files, built in code: dimension bombs, DTDs after padding, formulas that act outside the
file. Each is refused with a coded Dutch message, nothing is stored, and the process that asked
carries on (a reader that blows up does so in a child process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from data_access import repositories as repo
from data_access import services
from data_access.access import Actor
from data_access.importer import sandbox, validation
from tests.conftest import TODAY
from tests.data_access import hostile_files as hf
from tests.data_access import messy_files as mf

ADMIN = Actor("secretaris", "admin")
ROOT = Path(__file__).resolve().parents[2]
R = "Rapportage"


def _report(book: mf.Book | None = None) -> bytes:
    return (book or mf.report_book()).to_bytes()


def _with_formula_in_report() -> bytes:
    book = mf.report_book()
    book.set(R, 8, 10, "=D8*2")  # a helper column with a formula: openpyxl ran into DTDs on those
    return book.to_bytes()


def _with_link_column() -> bytes:
    book = mf.report_book()
    book.set(R, 7, 10, "Link").set(R, 8, 10, "plaatshouder")
    return book.to_bytes()


# case → (build the file, code, sheet, value, parameters the message must carry)
REFUSED = {
    "dimension bomb in the report sheet": (
        lambda: hf.far_cell(_report(), R, "XFD1048576"),
        "upload.sheet_too_large",
        R,
        "A1:XFD1048576",
        {"rows": 1_048_576, "columns": 16_384},
    ),
    "far cell at XFD4000 (2.6 GB for the reader)": (
        lambda: hf.far_cell(_report(), R, "XFD4000"),
        "upload.sheet_too_large",
        R,
        "A1:XFD4000",
        {"rows": 4000, "columns": 16_384},
    ),
    "dimension bomb in an extra sheet": (
        lambda: hf.far_cell(_report(hf.with_notes_sheet()), "Notities", "XFD1048576"),
        "upload.sheet_too_large",
        "Notities",
        "A1:XFD1048576",
        {"rows": 1_048_576},
    ),
    "a row far below the moves": (
        lambda: hf.far_cell(_report(), "Verhuizingen", "A150000"),
        "upload.sheet_too_large",
        "Verhuizingen",
        "A1:I150000",
        {"rows": 150_000, "columns": 9},
    ),
    "a dimension that claims the whole sheet": (
        lambda: hf.claimed_dimension(_report(), "Uren", "A1:XFD1048576"),
        "upload.sheet_too_large",
        "Uren",
        "A1:XFD1048576",
        {},
    ),
    "cells that leave out their reference": (
        lambda: hf.cells_without_reference(_report(hf.with_notes_sheet()), "Notities", 150),
        "upload.sheet_too_large",
        "Notities",
        "A1:ET40",
        {"columns": 150},
    ),
    "DOCTYPE after 4000 characters in a sheet": (
        lambda: hf.doctype_after_padding(_report(), hf.PART[R]),
        "upload.file_unsafe_xml",
        None,
        None,
        {},
    ),
    "DOCTYPE after padding in sharedStrings": (
        lambda: hf.doctype_after_padding(
            hf.with_shared_strings(_report(), hf.SHARED_STRINGS), "xl/sharedStrings.xml"
        ),
        "upload.file_unsafe_xml",
        None,
        None,
        {},
    ),
    "DOCTYPE after padding in a file with a formula": (
        lambda: hf.doctype_after_padding(_with_formula_in_report(), hf.PART["Uren"], 100_000),
        "upload.file_unsafe_xml",
        None,
        None,
        {},
    ),
    "a part in UTF-16": (
        lambda: hf.utf16_part(_report(), hf.PART["Uren"]),
        "upload.file_unsafe_xml",
        None,
        None,
        {},
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_hostile_file_is_refused_in_dutch_and_nothing_is_stored(stored_engine, case):
    build, code, sheet, value, params = REFUSED[case]
    before = mf.database_state(stored_engine)
    result = services.import_file(stored_engine, build(), "aanval.xlsx", ADMIN, today=TODAY)
    assert result.outcome is None and not result.validation.ok
    [error] = result.validation.errors  # refused before any reader ran: nothing else is checked
    assert error.code == code
    assert error.sheet == sheet
    assert error.value == (value if sheet else "aanval.xlsx")
    assert params.items() <= error.params.items()
    assert error.message and "Error" not in error.message and "Traceback" not in error.message
    assert mf.database_state(stored_engine) == before


def test_dimension_bomb_message_names_the_sheet_and_what_to_do(stored_engine):
    content = hf.far_cell(_report(hf.with_notes_sheet()), "Notities", "XFD1048576")
    [error] = services.validate_file(stored_engine, content, "bom.xlsx", today=TODAY).errors
    assert error.message == (
        "Het blad 'Notities' beslaat A1:XFD1048576 (1.048.576 rijen × 16.384 kolommen); een rapportage "
        "past ruim binnen 100.000 rijen en 100 kolommen. Daarom is het bestand niet gelezen. Verwijder wat "
        "ver buiten de tabel staat (ook een verdwaalde cel of opmaak) of het hele blad, sla op en upload "
        "opnieuw."
    )
    assert error.text("en").startswith("The sheet 'Notities' spans A1:XFD1048576 (1,048,576 rows × 16,384")


def test_a_large_but_plausible_moves_sheet_is_read(stored_engine):
    """Rows up to the limit are fine: a far cell at A99999 in Verhuizingen is only an empty row."""
    content = hf.far_cell(_report(), "Verhuizingen", "A99999")
    result = services.validate_file(stored_engine, content, "groot.xlsx", today=TODAY)
    # the stray cell is read: it holds 1, not a date, and the row has no municipality
    assert [(e.row, e.code) for e in result.errors] == [
        (99999, "upload.not_a_date"),
        (99999, "upload.value_required"),
    ]


# --- formulas that act outside the file ---------------------------------------------------------

ACTIVE = {
    "DDE": ("B8", "cmd|' /C calc'!A0", "20", None, "upload.formula_reason.dde", {}),
    "external workbook": ("C8", "[1]Blad1!C8", "9", None, "upload.formula_reason.external", {}),
    "external path": (
        "C8",
        "'C:\\data\\[oud.xlsx]Blad1'!C8",
        "9",
        None,
        "upload.formula_reason.external",
        {},
    ),
    "HYPERLINK": (
        "J8",
        'HYPERLINK("http://example.org/x","klik")',
        "klik",
        "str",
        "upload.formula_reason.function",
        {"name": "HYPERLINK"},
    ),
    "WEBSERVICE": (
        "J8",
        '_xlfn.WEBSERVICE("http://example.org/x")',
        "x",
        "str",
        "upload.formula_reason.function",
        {"name": "WEBSERVICE"},
    ),
    "RTD": ("J8", 'RTD("server",,"topic")', "1", None, "upload.formula_reason.function", {"name": "RTD"}),
}


@pytest.mark.parametrize("case", list(ACTIVE))
def test_formula_that_acts_outside_the_file_is_refused_with_its_cell(stored_engine, case):
    cell, formula, result, kind, reason, reason_params = ACTIVE[case]
    content = hf.replace_cell(_with_link_column(), R, cell, hf.formula_cell(cell, formula, result, kind))
    before = mf.database_state(stored_engine)
    outcome = services.import_file(stored_engine, content, "actief.xlsx", ADMIN, today=TODAY)
    assert outcome.outcome is None
    [error] = [e for e in outcome.validation.errors if e.code == "upload.formula_active"]
    assert (error.sheet, error.row, error.column, error.value) == (R, 8, cell[0], "=" + formula)
    assert error.params["cell"] == cell
    assert (error.params["reason"].code, dict(error.params["reason"].params)) == (reason, reason_params)
    assert mf.database_state(stored_engine) == before


def test_dde_message_says_which_cell_and_why(stored_engine):
    content = hf.replace_cell(_report(), R, "B8", hf.formula_cell("B8", "cmd|' /C calc'!A0", "20"))
    [error] = services.validate_file(stored_engine, content, "dde.xlsx", today=TODAY).errors
    assert error.message == (
        "Cel B8 bevat een formule met een DDE-koppeling, die een ander programma kan starten. Zulke "
        "formules nemen we niet aan: ze kunnen bij het openen iets buiten het bestand doen. Vervang de "
        "formule door haar uitkomst (kopiëren, dan Plakken speciaal → Waarden), sla op en upload opnieuw."
    )


def test_active_formulas_in_a_column_are_one_problem(stored_engine):
    content = _report()
    for row in (8, 9):
        content = hf.replace_cell(content, R, f"B{row}", hf.formula_cell(f"B{row}", "cmd|' /C calc'!A0", "1"))
    [error] = services.validate_file(stored_engine, content, "dde.xlsx", today=TODAY).errors
    assert (error.code, error.params["first"], error.params["last"], error.params["n"]) == (
        "upload.formula_active_block",
        "B8",
        "B9",
        2,
    )


def test_dde_in_a_defined_name_is_refused(stored_engine):
    content = hf.defined_name(_report(), "start", "cmd|' /C calc'!A0")
    [error] = services.validate_file(stored_engine, content, "naam.xlsx", today=TODAY).errors
    assert (error.code, error.value, error.params["reason"].code) == (
        "upload.name_active",
        "start",
        "upload.formula_reason.dde",
    )


def test_plain_arithmetic_with_a_saved_result_is_stored(engine):
    content = hf.replace_cell(_report(), R, "C8", hf.formula_cell("C8", "SUM(4,6)", "10"))
    content = hf.replace_cell(content, R, "G8", hf.formula_cell("G8", "C8*30", "300"))
    result = services.import_file(engine, content, "formules.xlsx", ADMIN, today=TODAY)
    assert result.outcome is not None and result.outcome.stored, result.validation.errors
    stored = repo.activity_frame(engine, 2026).set_index("municipality")
    assert stored.loc["Harderwijk", "conversations"] == 10
    assert stored.loc["Harderwijk", "senior_homes"] == 300


# --- defence in depth: the child process --------------------------------------------------------


def test_a_reader_that_blows_up_only_ends_its_child(stored_engine):
    bomb = hf.far_cell(_report(), R, "XFD1048576")
    with pytest.raises(sandbox.SandboxFailed) as failure:
        sandbox.run(hf.read_every_sheet_unchecked, bomb)  # python-calamine without the sheet scan
    assert failure.value.reason == "crash"  # it asked for 550 GB and was stopped
    # this process, and the next upload, go on as before
    result = services.validate_file(stored_engine, _report(), "goed.xlsx", today=TODAY)
    assert result.ok


def test_a_child_out_of_time_or_memory_becomes_a_dutch_message(monkeypatch):
    def fail(*_args, **_kwargs):
        raise sandbox.SandboxFailed("time")

    monkeypatch.setattr(validation.sandbox, "run", fail)
    result = validation.validate_workbook(_report(), "traag.xlsx", today=TODAY, params=[])
    [error] = result.errors
    assert (error.code, error.value) == ("upload.file_unsafe_read", "traag.xlsx")
    assert error.message.startswith(
        "Het bestand kon niet veilig worden gelezen: het vroeg meer geheugen of tijd dan een "
        "kwartaalrapportage ooit nodig heeft."
    )


def test_command_line_prints_a_line_per_file_after_a_bomb(tmp_path):
    bomb, good = tmp_path / "bom.xlsx", tmp_path / "goed.xlsx"
    bomb.write_bytes(hf.far_cell(_report(), R, "XFD1048576"))
    good.write_bytes(_report())
    env = os.environ | {
        "DOORSTROOMMONITOR_TODAY": TODAY.isoformat(),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite'}",
    }
    run = subprocess.run(
        [sys.executable, "-m", "data_access", "validate", str(bomb), str(good), "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stderr
    first, second = (json.loads(line) for line in run.stdout.splitlines())
    assert (first["ok"], second["ok"]) == (False, True)
    assert first["errors"][0]["sheet"] == R
    assert first["errors"][0]["message"].startswith("The sheet 'Rapportage' spans A1:XFD1048576")
    assert "Traceback" not in run.stderr


def test_a_fork_server_that_died_is_started_again(stored_engine):
    assert services.validate_file(stored_engine, _report(), "eerst.xlsx", today=TODAY).ok
    server = sandbox._server()
    server.process.kill()
    server.process.wait()
    assert services.validate_file(stored_engine, _report(), "daarna.xlsx", today=TODAY).ok
    assert sandbox._server().process.pid != server.process.pid
