"""Cells whose value a reader would get wrong: error values (#DIV/0!, shown by Dutch Excel as
#DEEL/0!) and formulas without a saved result. They are refused only where the importer reads,
one problem per block of cells, and never stored as empty or 0."""

from __future__ import annotations

import pytest

from data_access import repositories as repo
from data_access import services
from data_access.access import Actor
from data_access.importer import validate_workbook
from domain.parameters import default_parameters
from tests.conftest import TODAY
from tests.data_access import hostile_files as hf
from tests.data_access import messy_files as mf

ADMIN = Actor("secretaris", "admin")
R, U = "Rapportage", "Uren"


def _report(book: mf.Book | None = None) -> bytes:
    return (book or mf.report_book()).to_bytes()


def _cells(content: bytes, sheet: str, cells: dict[str, str]) -> bytes:
    for reference, xml in cells.items():
        content = hf.replace_cell(content, sheet, reference, xml)
    return content


def _refused(engine, content: bytes) -> list:
    before = mf.database_state(engine)
    result = services.import_file(engine, content, "r.xlsx", ADMIN, today=TODAY)
    assert result.outcome is None and not result.validation.ok
    assert mf.database_state(engine) == before
    return result.validation.errors


def _stored(engine, content: bytes):
    result = services.import_file(engine, content, "r.xlsx", ADMIN, today=TODAY)
    assert result.outcome is not None and result.outcome.stored, [
        e.to_json() for e in result.validation.errors
    ]
    return result


# --- error values -------------------------------------------------------------------------------

ERRORS = {
    # an optional column: before, stored as empty without a word
    "households contacted": (R, "B8", "Huishoudens benaderd", "#DIV/0!", "upload.excel_error.DIV0"),
    "freed family homes": (R, "F9", "Vrijgekomen eengezinswoningen", "#VALUE!", "upload.excel_error.VALUE"),
    # the hours column: before, "vul de gewerkte uren in"
    "hours": (U, "B3", "Uren verhuiscoach", "#DIV/0!", "upload.excel_error.DIV0"),
    "a required count": (R, "D8", "Verhuizingen", "#REF!", "upload.excel_error.REF"),
    "an error value of newer Excel": (
        R,
        "C9",
        "Uitvoerige gesprekken (>1 uur)",
        "#CALC!",
        None,
    ),
}


@pytest.mark.parametrize("case", list(ERRORS))
def test_error_value_in_a_cell_that_is_read_is_refused(stored_engine, case):
    sheet, cell, header, error, name_code = ERRORS[case]
    content = _cells(_report(), sheet, {cell: hf.error_cell(cell, error, "E8/0")})
    [problem] = _refused(stored_engine, content)
    # python-calamine cannot read #CALC! at all: the file stops there, the cell named by its column
    column = header if name_code else cell[0]
    assert (problem.sheet, problem.row, problem.column, problem.value) == (
        sheet,
        int(cell[1:]),
        column,
        error,
    )
    assert (problem.code, problem.params["cell"]) == ("upload.cell_error", cell)
    if name_code:
        assert problem.params["error"].code == name_code
    else:
        assert problem.params["error"].text("nl") == error


def test_error_value_message_shows_what_dutch_excel_shows():
    content = _cells(_report(), R, {"B8": hf.error_cell("B8", "#DIV/0!", "E8/0")})
    [problem] = _check(content)
    assert problem.message == (
        "Cel B8 bevat de foutwaarde #DEEL/0! (#DIV/0!) in plaats van een waarde. Herstel de formule "
        "(bijvoorbeeld een deling door een lege cel of 0) of typ de waarde zelf in, sla op en upload opnieuw."
    )
    assert problem.text("en").startswith("Cell B8 holds the error value #DIV/0! (#DEEL/0! in Dutch Excel)")


def _check(content: bytes):
    return validate_workbook(content, "r.xlsx", today=TODAY, params=default_parameters()).errors


def test_a_column_of_error_values_is_one_problem(stored_engine):
    content = _cells(
        _report(),
        R,
        {"F8": hf.error_cell("F8", "#DIV/0!", "E8/0"), "F9": hf.error_cell("F9", "#DIV/0!", "E9/0")},
    )
    [problem] = _refused(stored_engine, content)
    assert problem.code == "upload.cell_error_block"
    assert (problem.params["first"], problem.params["last"], problem.params["n"]) == ("F8", "F9", 2)
    assert problem.message.startswith("De cellen F8 tot en met F9 (2 cellen) bevatten de foutwaarde #DEEL/0!")


def test_error_value_at_a_label_is_named_once(stored_engine):
    content = _cells(_report(), R, {"B4": hf.error_cell("B4", "#N/A", "VERT.ZOEKEN()")})
    [problem] = _refused(stored_engine, content)
    assert (problem.row, problem.column, problem.code, problem.params["cell"]) == (
        4,
        "Jaar",
        "upload.cell_error",
        "B4",
    )


def test_error_values_where_nothing_is_read_do_not_count(engine):
    book = hf.with_notes_sheet(mf.report_book(activity=[*mf.ACTIVITY, ["Totaal", 30, 14, 3, 1, 2, 450, 290]]))
    book.set(R, 7, 10, "Hulp").set(R, 8, 10, 1)  # a helper column the report does not use
    content = _cells(
        _report(book), R, {"C10": hf.error_cell("C10", "#DIV/0!"), "J8": hf.error_cell("J8", "#N/A")}
    )
    content = _cells(content, "Notities", {"A2": hf.error_cell("A2", "#REF!")})
    result = _stored(engine, content)
    assert [w.code for w in result.validation.warnings] == ["upload.column_extra", "upload.sheet_extra"]
    assert repo.activity_frame(engine, 2026)["conversations"].sum() == 14


# --- formulas and their saved results -------------------------------------------------------------


def test_libreoffice_empty_text_result_is_a_result(engine):
    """=IF(D8="";"";E8/D8) saved by LibreOffice: <v></v> with t="str"."""
    book = mf.report_book()
    book.set(R, 7, 10, "Aandeel voorrang").set(R, 8, 10, 0).set(R, 9, 10, 0)
    content = hf.without_recalculation_flag(_report(book))
    content = _cells(
        content,
        R,
        {
            "J8": hf.formula_cell("J8", 'IF(D8="","",E8/D8)', "", "str"),
            "J9": hf.formula_cell("J9", 'IF(D9="","",E9/D9)', "", "str"),
            "C8": hf.formula_cell("C8", "4+5", "9"),
        },
    )
    result = _stored(engine, content)
    assert [w.code for w in result.validation.warnings] == ["upload.column_extra"]
    assert repo.activity_frame(engine, 2026).set_index("municipality")["conversations"].to_dict() == {
        "Ermelo": 5,
        "Harderwijk": 9,
    }


def test_zero_in_a_file_that_asks_for_recalculation_is_no_result(stored_engine):
    """XlsxWriter stores 0 as the result it never computed and sets fullCalcOnLoad."""
    content = _cells(_report(), R, {"C8": hf.formula_cell("C8", "4+5", "0")})
    [problem] = _refused(stored_engine, content)
    assert (problem.row, problem.column, problem.value, problem.code) == (
        8,
        "Uitvoerige gesprekken (>1 uur)",
        "C8",
        "upload.formula_no_result",
    )


def test_zero_saved_by_excel_is_a_zero(engine):
    content = hf.without_recalculation_flag(_report())
    content = _cells(content, R, {"C8": hf.formula_cell("C8", "B8-B8", "0")})
    _stored(engine, content)
    assert repo.activity_frame(engine, 2026).set_index("municipality").loc["Harderwijk", "conversations"] == 0


def test_a_block_of_formulas_without_result_is_one_problem_naming_libreoffice(stored_engine):
    activity = [[f"{place}", 1, 1, 0, 0, 0, 10, 5] for place in ("Harderwijk", "Ermelo", "Putten", "Elburg")]
    content = _report(mf.report_book(activity=activity))
    content = _cells(
        content, R, {f"F{row}": hf.formula_cell(f"F{row}", f"D{row}*1", None) for row in range(8, 12)}
    )
    [problem] = _refused(stored_engine, content)
    assert (problem.row, problem.column, problem.value) == (8, "Vrijgekomen eengezinswoningen", "F8:F11")
    assert problem.message == (
        "De cellen F8 tot en met F11 (4 cellen) bevatten formules waarvan de uitkomst niet in het bestand "
        "is opgeslagen, dus de waarden zijn onbekend. Open het bestand in Excel of LibreOffice, laat het "
        "herberekenen (Excel: F9; LibreOffice: Ctrl+Shift+F9), sla het op als 'Excel-werkmap (.xlsx)' en "
        "upload het opnieuw — of typ de getallen zelf in."
    )


def test_a_skipped_total_row_may_hold_formulas_without_result(engine):
    labelled = [*mf.ACTIVITY, ["Totaal", 30, 14, 3, 1, 2, 450, 290]]
    content = _report(mf.report_book(activity=labelled))
    content = _cells(
        content, R, {f"{c}10": hf.formula_cell(f"{c}10", f"SUM({c}8:{c}9)", None) for c in "BCDEFGH"}
    )
    _stored(engine, content)
    assert repo.activity_frame(engine, 2026)["conversations"].sum() == 14


def test_an_unlabelled_sum_row_without_results_is_a_total_row(engine):
    unlabelled = [*mf.ACTIVITY, [None, 30, 14, 3, 1, 2, 450, 290]]
    content = _report(mf.report_book(activity=unlabelled))
    content = _cells(
        content, R, {f"{c}10": hf.formula_cell(f"{c}10", f"SUM({c}8:{c}9)", None) for c in "BCDEFGH"}
    )
    _stored(engine, content)
    assert repo.activity_frame(engine, 2026)["senior_homes"].sum() == 450
