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


# case → (build the file, [(sheet, Excel row, column, value found, part of the message)])
CASES = {
    # layout
    "no Rapportage sheet": (
        lambda: _with(mf.report_book(), _renamed_sheet(R, "Blad1")),
        [(R, None, None, None, "Het blad 'Rapportage' ontbreekt")],
    ),
    "no Uren sheet": (
        lambda: _with(mf.report_book(), lambda b: b.sheets.pop(U)),
        [(U, None, None, None, "Het blad 'Uren' ontbreekt")],
    ),
    "required column missing": (
        lambda: _drop_column("Verhuizingen"),
        [(R, 7, "Verhuizingen", None, "verplichte kolom 'Verhuizingen' ontbreekt")],
    ),
    "no header row": (
        lambda: _with(mf.report_book(), lambda b: b.rows(R).__setitem__(6, ["a", "b", "c"])),
        [(R, None, None, None, "Geen tabel gevonden op blad 'Rapportage'")],
    ),
    "column twice": (_extra_column("verhuisd", 4), [(R, 7, "verhuisd", "verhuisd", "staat er twee keer in")]),
    "personal data column": (
        _extra_column("Naam bewoner", "J. Jansen"),
        [(R, 7, "Naam bewoner", "Naam bewoner", "persoonsgegevens bevatten (AVG)")],
    ),
    "personal data in moves": (
        _extra_column("E-mailadres", "a@b.nl", V),
        [(V, 1, "E-mailadres", "E-mailadres", "het hele bestand geweigerd")],
    ),
    "personal data sheet": (
        lambda: _with(
            mf.report_book(),
            lambda b: b.sheets.__setitem__("Deelnemers", [["Voornaam", "Postcode"], ["Jan", "3841 AB"]]),
        ),
        [
            ("Deelnemers", 1, "Voornaam", "Voornaam", "persoonsgegevens"),
            ("Deelnemers", 1, "Postcode", "Postcode", "persoonsgegevens"),
        ],
    ),
    "formula without saved result": (
        _set(R, 8, 4, "=1+1"),
        [(R, 8, "Verhuizingen", "D8", "Cel D8 bevat een formule")],
    ),
    "formula with placeholder 0": (
        _formula_cached_zero,
        [(R, 8, "Uitvoerige gesprekken (>1 uur)", "C8", "herberekenen (F9)")],
    ),
    # the block above the table
    "unknown corporation": (
        lambda: mf.report_bytes(corporation="Woonstad"),
        [(R, 3, "Corporatie", "Woonstad", "Onbekende of lege waarde bij 'Corporatie'")],
    ),
    "no year label": (_set(R, 4, 1, "Opmerking"), [(R, None, "Jaar", None, "Het jaar ontbreekt")]),
    "unreadable quarter": (
        lambda: mf.report_bytes(quarter="Q5"),
        [(R, 5, "Kwartaal", "Q5", "kwartaal ontbreekt of is onleesbaar")],
    ),
    "quarter in the future": (
        lambda: mf.report_bytes(year=2027, quarter=1),
        [(R, 5, "Kwartaal", "2027-K1", "is nog niet begonnen")],
    ),
    "quarter before the agreement": (
        lambda: mf.report_bytes(year=2023, quarter=4),
        [(R, 5, "Kwartaal", "2023-K4", "buiten de looptijd")],
    ),
    "year and quarter disagree": (
        lambda: mf.report_bytes(quarter="2025-K3"),
        [(R, 5, "Kwartaal", "2025-K3", "Het kwartaal noemt 2025")],
    ),
    # the activity table
    "text in a number column": (
        lambda: mf.report_bytes(activity=_activity(c3="veel")),
        [(R, 8, "Uitvoerige gesprekken (>1 uur)", "veel", "moet een getal zijn")],
    ),
    "negative number": (
        lambda: mf.report_bytes(activity=_activity(1, c2=-4)),
        [(R, 9, "Huishoudens benaderd", -4, "kan niet negatief zijn")],
    ),
    "decimal in a count": (
        lambda: mf.report_bytes(activity=_activity(c3="2,5")),
        [(R, 8, "Uitvoerige gesprekken (>1 uur)", "2,5", "geheel getal")],
    ),
    "priority moves above moves": (
        lambda: mf.report_bytes(activity=_activity(c5=3)),
        [(R, 8, "Verhuizingen met voorrang", 3, "groter dan 'Verhuizingen' (2)")],
    ),
    "freed homes above moves": (
        lambda: mf.report_bytes(activity=_activity(1, c6=2)),
        [(R, 9, "Vrijgekomen eengezinswoningen", 2, "groter dan 'Verhuizingen'")],
    ),
    "labelled above senior homes": (
        lambda: mf.report_bytes(activity=_activity(c8=301)),
        [(R, 8, "Seniorenwoningen met voorranglabel", 301, "groter dan 'Seniorenwoningen' (300)")],
    ),
    "unknown municipality": (
        lambda: mf.report_bytes(activity=_activity(1, c1="Amsterdam")),
        [(R, 9, "Gemeente", "Amsterdam", "Kies een van: Elburg, Ermelo")],
    ),
    "required value empty": (
        lambda: mf.report_bytes(activity=_activity(c7=None)),
        [(R, 8, "Seniorenwoningen", None, "'Seniorenwoningen' is verplicht")],
    ),
    "empty table": (lambda: mf.report_bytes(activity=[]), [(R, 7, "Gemeente", None, "De tabel is leeg")]),
    # hours
    "month outside the quarter": (
        lambda: mf.report_bytes(hours=[["juli", 1], ["augustus", 2], ["oktober", 3]]),
        [
            (U, 4, "Maand", "oktober", "hoort niet bij kwartaal 2026-K3"),
            (U, None, "Maand", "september", "De uren van september ontbreken"),
        ],
    ),
    "more than 250 hours": (
        lambda: mf.report_bytes(hours=[["juli", 300], ["augustus", 2], ["september", 3]]),
        [(U, 2, "Uren verhuiscoach", 300, "Meer dan 250 uur")],
    ),
    "hours as text": (
        lambda: mf.report_bytes(hours=[["juli", "veel"], ["augustus", 2], ["september", 3]]),
        [(U, 2, "Uren verhuiscoach", "veel", "moet een getal zijn")],
    ),
    "hours of an ended month empty": (
        lambda: mf.report_bytes(hours=[["juli", 1], ["augustus", None], ["september", 3]]),
        [(U, 3, "Uren verhuiscoach", None, "Vul de gewerkte uren")],
    ),
    "unreadable month": (
        lambda: mf.report_bytes(hours=[["juli", 1], ["zomer", 2], ["september", 3]]),
        [(U, 3, "Maand", "zomer", "Vul een maand in")],
    ),
    # moves
    "move outside the quarter": (
        lambda: mf.report_bytes(moves=_moves(c1=date(2026, 6, 30))),
        [(V, 2, "Verhuisdatum", date(2026, 6, 30), "valt niet in kwartaal 2026-K3")],
    ),
    "move after today": (
        lambda: mf.report_bytes(
            quarter=4,
            hours=[["oktober", 100], ["november", 50]],
            moves=[[date(2026, 12, 2), *mf.MOVES[0][1:]]],
        ),
        [(V, 2, "Verhuisdatum", date(2026, 12, 2), "ligt na vandaag (26-11-2026)")],
    ),
    "move date unreadable": (
        lambda: mf.report_bytes(moves=_moves(c1="gisteren")),
        [(V, 2, "Verhuisdatum", "gisteren", "Vul een datum in")],
    ),
    "unknown home type": (
        lambda: mf.report_bytes(moves=_moves(c3="villa")),
        [(V, 2, "Woningtype vertrek", "villa", "Kies een van: eengezinswoning")],
    ),
    "too many bedrooms": (
        lambda: mf.report_bytes(moves=_moves(c4=25)),
        [(V, 2, "Slaapkamers vertrek", 25, "te groot")],
    ),
    "priority not yes or no": (
        lambda: mf.report_bytes(moves=_moves(c8="misschien")),
        [(V, 2, "Voorrang", "misschien", "ja of nee")],
    ),
    # barriers
    "unknown barrier": (
        lambda: mf.report_bytes(barriers=[["te duur", 2]]),
        [(B, 2, "Reden", "te duur", "Kies een van: huurprijs of woonlasten")],
    ),
    "negative barrier count": (
        lambda: mf.report_bytes(barriers=[["gezondheid", -2]]),
        [(B, 2, "Aantal", -2, "kan niet negatief")],
    ),
}


def _located(errors):
    return {(e.sheet, e.row, e.column, e.value): e.message for e in errors}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_report_is_explained_and_nothing_is_stored(stored_engine, case):
    build, expected = CASES[case]
    before = mf.database_state(stored_engine)
    result = services.import_file(stored_engine, build(), "rapportage.xlsx", ADMIN, today=TODAY)
    assert result.outcome is None and not result.validation.ok
    located = _located(result.validation.errors)
    for sheet, row, column, value, message in expected:
        assert (sheet, row, column, value) in located, located
        assert message in located[(sheet, row, column, value)]
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
    assert "AVG" in error.message and "niet opgeslagen" in error.message
    assert result.outcome is None


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
