"""Workbooks that open but break the report's rules: every problem is located (sheet, Excel row,
column, value) and explained in Dutch, and the database does not change."""

from datetime import date

import pytest

from data_access import services
from data_access.access import AccessDenied, Actor
from tests.conftest import TODAY
from tests.data_access import messy_files as mf

ADMIN = Actor("secretaris", "admin")
R, U, V, B = "Rapportage", "Uren", "Verhuizingen", "Belemmeringen"


def _activity(row: int = 0, **cells) -> list[list]:
    """The standard activity rows with some cells of one row changed (by column number, 1 = A)."""
    rows = [list(line) for line in mf.ACTIVITY]
    for column, value in cells.items():
        rows[row][int(column[1:]) - 1] = value
    return rows


def _moves(**cells) -> list[list]:
    rows = [list(line) for line in mf.MOVES]
    for column, value in cells.items():
        rows[0][int(column[1:]) - 1] = value
    return rows


def _with(book: mf.Book, change) -> bytes:
    change(book)
    return book.to_bytes()


def _renamed_sheet(old: str, new: str):
    def change(book: mf.Book) -> None:
        book.sheets = {(new if k == old else k): v for k, v in book.sheets.items()}

    return change


def _drop_column(header: str):
    index = mf.HEADERS.index(header)
    return mf.report_bytes(
        headers=[h for h in mf.HEADERS if h != header],
        activity=[line[:index] + line[index + 1 :] for line in mf.ACTIVITY],
    )


def _extra_column(header: str, value, sheet: str = R):
    def change(book: mf.Book) -> None:
        rows = book.rows(sheet)
        header_row = mf.HEADER_ROW if sheet == R else 1
        width = len(rows[header_row - 1])
        book.set(sheet, header_row, width + 1, header)
        book.set(sheet, header_row + 1, width + 1, value)

    return lambda: _with(mf.report_book(), change)


def _formula_cached_zero() -> bytes:
    """What XlsxWriter writes: a formula with a placeholder 0 and 'recalculate when opened'."""
    book = mf.report_book()
    book.set(R, 8, 3, "=4+5")
    return mf.rewrite_part(
        book.to_bytes(),
        "xl/worksheets/sheet1.xml",
        lambda d: d.replace(b"<f>4+5</f><v></v>", b"<f>4+5</f><v>0</v>"),
    )


def _set(sheet, row, column, value):
    return lambda: _with(mf.report_book(), lambda book: book.set(sheet, row, column, value))


# case → (build the file, [(sheet, Excel row, column, value found, message code)])
CASES = {
    # layout
    "no Rapportage sheet": (
        lambda: _with(mf.report_book(), _renamed_sheet(R, "Blad1")),
        [(R, None, None, None, "upload.sheet_missing")],
    ),
    "no Uren sheet": (
        lambda: _with(mf.report_book(), lambda b: b.sheets.pop(U)),
        [(U, None, None, None, "upload.sheet_missing")],
    ),
    "required column missing": (
        lambda: _drop_column("Verhuizingen"),
        [(R, 7, "Verhuizingen", None, "upload.column_missing")],
    ),
    "no header row": (
        lambda: _with(mf.report_book(), lambda b: b.rows(R).__setitem__(6, ["a", "b", "c"])),
        [(R, None, None, None, "upload.table_not_found")],
    ),
    "column twice": (_extra_column("verhuisd", 4), [(R, 7, "verhuisd", "verhuisd", "upload.column_twice")]),
    "personal data column": (
        _extra_column("Naam bewoner", "J. Jansen"),
        [(R, 7, "Naam bewoner", "Naam bewoner", "upload.personal_data")],
    ),
    "personal data in moves": (
        _extra_column("E-mailadres", "a@b.nl", V),
        [(V, 1, "E-mailadres", "E-mailadres", "upload.personal_data")],
    ),
    "personal data sheet": (
        lambda: _with(
            mf.report_book(),
            lambda b: b.sheets.__setitem__("Deelnemers", [["Voornaam", "Postcode"], ["Jan", "3841 AB"]]),
        ),
        [
            ("Deelnemers", 1, "Voornaam", "Voornaam", "upload.personal_data"),
            ("Deelnemers", 1, "Postcode", "Postcode", "upload.personal_data"),
        ],
    ),
    "formula without saved result": (
        _set(R, 8, 4, "=1+1"),
        [(R, 8, "Verhuizingen", "D8", "upload.formula_no_result")],
    ),
    "formula with placeholder 0": (
        _formula_cached_zero,
        [(R, 8, "Uitvoerige gesprekken (>1 uur)", "C8", "upload.formula_no_result")],
    ),
    # the block above the table
    "unknown corporation": (
        lambda: mf.report_bytes(corporation="Woonstad"),
        [(R, 3, "Corporatie", "Woonstad", "upload.corporation_unknown")],
    ),
    "no year label": (_set(R, 4, 1, "Opmerking"), [(R, None, "Jaar", None, "upload.year_no_label")]),
    "unreadable quarter": (
        lambda: mf.report_bytes(quarter="Q5"),
        [(R, 5, "Kwartaal", "Q5", "upload.quarter_invalid")],
    ),
    "quarter in the future": (
        lambda: mf.report_bytes(year=2027, quarter=1),
        [(R, 5, "Kwartaal", "2027-K1", "upload.quarter_not_started")],
    ),
    "quarter before the agreement": (
        lambda: mf.report_bytes(year=2023, quarter=4),
        [(R, 5, "Kwartaal", "2023-K4", "upload.quarter_outside_agreement")],
    ),
    "year and quarter disagree": (
        lambda: mf.report_bytes(quarter="2025-K3"),
        [(R, 5, "Kwartaal", "2025-K3", "upload.quarter_year_mismatch")],
    ),
    # the activity table
    "text in a number column": (
        lambda: mf.report_bytes(activity=_activity(c3="veel")),
        [(R, 8, "Uitvoerige gesprekken (>1 uur)", "veel", "upload.not_a_number")],
    ),
    "negative number": (
        lambda: mf.report_bytes(activity=_activity(1, c2=-4)),
        [(R, 9, "Huishoudens benaderd", -4, "upload.rule.not_negative")],
    ),
    "decimal in a count": (
        lambda: mf.report_bytes(activity=_activity(c3="2,5")),
        [(R, 8, "Uitvoerige gesprekken (>1 uur)", "2,5", "upload.rule.whole")],
    ),
    "priority moves above moves": (
        lambda: mf.report_bytes(activity=_activity(c5=3)),
        [(R, 8, "Verhuizingen met voorrang", 3, "upload.rule.of_which")],
    ),
    "freed homes above moves": (
        lambda: mf.report_bytes(activity=_activity(1, c6=2)),
        [(R, 9, "Vrijgekomen eengezinswoningen", 2, "upload.rule.of_which")],
    ),
    "labelled above senior homes": (
        lambda: mf.report_bytes(activity=_activity(c8=301)),
        [(R, 8, "Seniorenwoningen met voorranglabel", 301, "upload.rule.of_which")],
    ),
    "unknown municipality": (
        lambda: mf.report_bytes(activity=_activity(1, c1="Amsterdam")),
        [(R, 9, "Gemeente", "Amsterdam", "upload.place_unknown")],
    ),
    "required value empty": (
        lambda: mf.report_bytes(activity=_activity(c7=None)),
        [(R, 8, "Seniorenwoningen", None, "upload.value_required")],
    ),
    "empty table": (lambda: mf.report_bytes(activity=[]), [(R, 7, "Gemeente", None, "upload.table_empty")]),
    # hours
    "month outside the quarter": (
        lambda: mf.report_bytes(hours=[["juli", 1], ["augustus", 2], ["oktober", 3]]),
        [
            (U, 4, "Maand", "oktober", "upload.rule.month_outside_quarter"),
            (U, None, "Maand", "september", "upload.month_missing"),
        ],
    ),
    "more than 250 hours": (
        lambda: mf.report_bytes(hours=[["juli", 300], ["augustus", 2], ["september", 3]]),
        [(U, 2, "Uren verhuiscoach", 300, "upload.rule.hours_at_most")],
    ),
    "hours as text": (
        lambda: mf.report_bytes(hours=[["juli", "veel"], ["augustus", 2], ["september", 3]]),
        [(U, 2, "Uren verhuiscoach", "veel", "upload.not_hours")],
    ),
    "hours of an ended month empty": (
        lambda: mf.report_bytes(hours=[["juli", 1], ["augustus", None], ["september", 3]]),
        [(U, 3, "Uren verhuiscoach", None, "upload.hours_missing")],
    ),
    "unreadable month": (
        lambda: mf.report_bytes(hours=[["juli", 1], ["zomer", 2], ["september", 3]]),
        [(U, 3, "Maand", "zomer", "upload.not_a_month")],
    ),
    # moves
    "move outside the quarter": (
        lambda: mf.report_bytes(moves=_moves(c1=date(2026, 6, 30))),
        [(V, 2, "Verhuisdatum", date(2026, 6, 30), "upload.rule.move_outside_quarter")],
    ),
    "move after today": (
        lambda: mf.report_bytes(
            quarter=4,
            hours=[["oktober", 100], ["november", 50]],
            moves=[[date(2026, 12, 2), *mf.MOVES[0][1:]]],
        ),
        [(V, 2, "Verhuisdatum", date(2026, 12, 2), "upload.rule.move_after_today")],
    ),
    "move date unreadable": (
        lambda: mf.report_bytes(moves=_moves(c1="gisteren")),
        [(V, 2, "Verhuisdatum", "gisteren", "upload.not_a_date")],
    ),
    "unknown home type": (
        lambda: mf.report_bytes(moves=_moves(c3="villa")),
        [(V, 2, "Woningtype vertrek", "villa", "upload.choice_unknown")],
    ),
    "too many bedrooms": (
        lambda: mf.report_bytes(moves=_moves(c4=25)),
        [(V, 2, "Slaapkamers vertrek", 25, "upload.rule.at_most")],
    ),
    "priority not yes or no": (
        lambda: mf.report_bytes(moves=_moves(c8="misschien")),
        [(V, 2, "Voorrang", "misschien", "upload.not_yes_no")],
    ),
    # barriers
    "unknown barrier": (
        lambda: mf.report_bytes(barriers=[["te duur", 2]]),
        [(B, 2, "Reden", "te duur", "upload.choice_unknown")],
    ),
    "negative barrier count": (
        lambda: mf.report_bytes(barriers=[["gezondheid", -2]]),
        [(B, 2, "Aantal", -2, "upload.rule.not_negative")],
    ),
}


def _located(errors):
    return {(e.sheet, e.row, e.column, e.value): e.code for e in errors}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_report_is_explained_and_nothing_is_stored(stored_engine, case):
    build, expected = CASES[case]
    before = mf.database_state(stored_engine)
    result = services.import_file(stored_engine, build(), "rapportage.xlsx", ADMIN, today=TODAY)
    assert result.outcome is None and not result.validation.ok
    located = _located(result.validation.errors)
    for sheet, row, column, value, code in expected:
        assert (sheet, row, column, value) in located, located
        assert located[(sheet, row, column, value)] == code
    assert mf.database_state(stored_engine) == before
    assert result.to_json()["version"] is None


def test_every_problem_is_reported_at_once_in_sheet_and_row_order(stored_engine):
    content = mf.report_bytes(
        activity=_activity(c3="veel", c5=9),
        hours=[["juli", 300], ["augustus", 1]],
        moves=_moves(c3="villa"),
        barriers=[["te duur", 1]],
    )
    errors = services.validate_file(stored_engine, content, "r.xlsx", today=TODAY).errors
    where = [(e.sheet, e.row, e.column) for e in errors]
    assert where == [
        (R, 8, "Uitvoerige gesprekken (>1 uur)"),
        (R, 8, "Verhuizingen met voorrang"),
        (U, None, "Maand"),  # September missing: a sheet-level problem comes first
        (U, 2, "Uren verhuiscoach"),
        (V, 2, "Woningtype vertrek"),
        (B, 2, "Reden"),
    ]


def test_privacy_refusal_says_the_file_was_not_stored(stored_engine):
    result = services.import_file(
        stored_engine, _extra_column("BSN", "123456782")(), "r.xlsx", ADMIN, today=TODAY
    )
    [error] = [e for e in result.validation.errors if e.column == "BSN"]
    assert error.code == "upload.personal_data"
    assert error.message == (
        "De kolom 'BSN' lijkt persoonsgegevens te bevatten. De rapportage mag geen persoonsgegevens "
        "bevatten (AVG), daarom is het hele bestand geweigerd en niet opgeslagen. Verwijder deze kolom "
        "en upload het bestand opnieuw."
    )
    assert error.text("en").startswith("The column 'BSN' looks like personal data.")
    assert result.outcome is None


def test_a_rule_reads_as_a_sentence_with_the_numbers_as_typed(stored_engine):
    content = mf.report_bytes(activity=_activity(c5=3))
    [error] = services.validate_file(stored_engine, content, "r.xlsx", today=TODAY).errors
    assert (error.code, error.params["value"], error.params["total_value"]) == ("upload.rule.of_which", 3, 2)
    assert error.message == (
        "'Verhuizingen met voorrang' (3) is groter dan 'Verhuizingen' (2), terwijl het daar een deel "
        "van is. Controleer beide getallen."
    )
    assert error.text("en") == (
        "'Verhuizingen met voorrang' (3) is larger than 'Verhuizingen' (2), although it is part of it. "
        "Check both numbers."
    )


def test_corporation_user_cannot_store_another_corporations_file(stored_engine):
    before = mf.database_state(stored_engine)
    coach = Actor("coach", "corporation", corporation="Omnia Wonen", account="coach")
    with pytest.raises(AccessDenied, match="eigen corporatie"):
        services.import_file(
            stored_engine, mf.report_bytes(activity=_activity(c3=1)), "r.xlsx", coach, today=TODAY
        )
    after = mf.database_state(stored_engine)
    # Nothing stored; only the refusal itself is written down (its own transaction).
    assert after["versions"] == before["versions"]
    assert after["counts"] == before["counts"] | {"audit_log": before["counts"]["audit_log"] + 1}
