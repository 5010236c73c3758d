"""Everyday spreadsheet habits the reader takes: hours as durations or with a unit, short names for
home types, quarters written with their months, a total under the hours, and a misspelt place
that gets a suggestion. Accepted files are stored with exactly the figures meant; refused ones
change nothing."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from data_access import repositories as repo
from data_access import services
from data_access.access import Actor
from data_access.importer import validate_workbook
from data_access.importer.result import shown_value
from data_access.models import MoveRecord
from data_access.parameters_admin import save_parameter_version
from domain.parameters import default_parameters
from tests.conftest import TODAY
from tests.data_access import messy_files as mf

ADMIN = Actor("secretaris", "admin")
R, U, V = "Rapportage", "Uren", "Verhuizingen"


def _store(engine, content: bytes):
    result = services.import_file(engine, content, "r.xlsx", ADMIN, today=TODAY)
    assert result.outcome is not None and result.outcome.stored, [
        e.to_json() for e in result.validation.errors
    ]
    return result


def _formatted_hours(values: list, number_format: str) -> bytes:
    """The report with the Uren values written as Excel stores them, in the given format."""
    wb = load_workbook(io.BytesIO(mf.report_bytes()))
    sheet = wb[U]
    for row, value in enumerate(values, start=2):
        sheet.cell(row=row, column=2, value=value).number_format = number_format
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _stored_hours(engine) -> list[float]:
    return repo.hours_frame(engine, 2026)["hours"].round(4).tolist()


DURATIONS = {
    # 86:30 typed in a cell formatted [u]:mm ([h]:mm in the file): a timedelta to the reader
    "[h]:mm": (_formatted_hours, ([timedelta(hours=86, minutes=30), 120.5 / 24, 160 / 24], "[h]:mm")),
    # a format the reader does not know as a duration: it reads a date early in 1900
    "[u]:mm": (_formatted_hours, ([86.5 / 24, 120.5 / 24, 160 / 24], "[u]:mm")),
    # less than a day in a time format: a time of day to the reader
    "h:mm": (_formatted_hours, ([time(8, 30), 120.5 / 24, 160 / 24], "h:mm")),
}


@pytest.mark.parametrize("case", list(DURATIONS))
def test_hours_typed_as_a_duration_are_hours(engine, case):
    build, args = DURATIONS[case]
    _store(engine, build(*args))
    first = 8.5 if case == "h:mm" else 86.5
    assert _stored_hours(engine) == [first, 120.5, 160.0]


@pytest.mark.parametrize("written", ["86,5 uur", "86,5 u", "86:30", "86.5 hours", " 86,5 Uur "])
def test_hours_written_with_a_unit_or_as_hours_and_minutes(engine, written):
    _store(engine, mf.report_bytes(hours=[["juli", written], ["augustus", 120.5], ["september", 160]]))
    assert _stored_hours(engine) == [86.5, 120.5, 160.0]


def test_a_refused_duration_is_shown_as_typed_never_as_python(stored_engine):
    content = _formatted_hours([timedelta(hours=300), 1, 1], "[h]:mm")
    before = mf.database_state(stored_engine)
    result = services.import_file(stored_engine, content, "r.xlsx", ADMIN, today=TODAY)
    [error] = result.validation.errors
    assert error.code == "upload.rule.hours_at_most"
    assert error.to_json()["value"] == "300:00"  # not "12 days, 0:00:00"
    assert mf.database_state(stored_engine) == before


def test_a_total_under_the_months_without_a_label_is_skipped(engine):
    hours = [*mf.HOURS, [None, 430.5]]
    _store(engine, mf.report_bytes(hours=hours))
    assert _stored_hours(engine) == [150.0, 120.5, 160.0]


@pytest.mark.parametrize(
    "written, meant",
    [
        ("EGW", "eengezinswoning"),
        ("egw", "eengezinswoning"),
        ("MGW", "meergezinswoning"),
        ("app.", "meergezinswoning"),
        ("Appartement", "meergezinswoning"),
    ],
)
def test_home_type_abbreviations(engine, written, meant):
    moves = [list(m) for m in mf.MOVES]
    moves[0][2] = written  # Woningtype vertrek
    moves[1][4] = written  # Woningtype nieuw
    _store(engine, mf.report_bytes(moves=moves))
    with engine.connect() as connection:
        rows = connection.execute(
            select(MoveRecord.from_type, MoveRecord.to_type).order_by(MoveRecord.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        (meant, "seniorenwoning"),
        ("eengezinswoning", meant),
        ("meergezinswoning", "seniorenwoning"),
    ]


@pytest.mark.parametrize("written", ["Q3 (juli-september)", "jul-sep 2026", "2026K3", "juli t/m september"])
def test_a_quarter_written_with_its_months(engine, written):
    result = _store(engine, mf.report_bytes(quarter=written))
    assert (result.validation.year, result.validation.quarter) == (2026, 3)
    stored = repo.submissions_frame(engine, "Uwoon")
    assert stored[["year", "quarter"]].values.tolist() == [[2026, 3]]


def test_months_of_another_quarter_are_not_guessed(stored_engine):
    result = services.validate_file(
        stored_engine, mf.report_bytes(quarter="Q3 (april-juni)"), "r.xlsx", today=TODAY
    )
    assert [(e.column, e.code) for e in result.errors] == [("Kwartaal", "upload.quarter_invalid")]


@pytest.mark.parametrize(
    "written, meant", [("Hardewijk", "Harderwijk"), ("Ermel", "Ermelo"), ("Hierdn", "Hierden")]
)
def test_a_misspelt_place_gets_a_suggestion_and_nothing_else(stored_engine, written, meant):
    activity = [list(line) for line in mf.ACTIVITY]
    activity[0][0] = written if meant != "Ermelo" else activity[0][0]
    activity[1][0] = written if meant == "Ermelo" else activity[1][0]
    before = mf.database_state(stored_engine)
    result = services.import_file(
        stored_engine, mf.report_bytes(activity=activity), "r.xlsx", ADMIN, today=TODAY
    )
    [error] = result.validation.errors
    assert (error.column, error.value, error.code, error.params["suggestion"]) == (
        "Gemeente",
        written,
        "upload.place_suggest",
        meant,
    )
    # the moves of that place still match what was meant: no second warning about them
    assert [w.code for w in result.validation.warnings] == []
    assert mf.database_state(stored_engine) == before


def test_the_suggestion_reads_as_a_question(stored_engine):
    activity = [["Hardewijk", *mf.ACTIVITY[0][1:]], mf.ACTIVITY[1]]
    [error] = services.validate_file(
        stored_engine, mf.report_bytes(activity=activity), "r.xlsx", today=TODAY
    ).errors
    assert error.message == (
        "Onbekende gemeente of kern; bedoelde u Harderwijk? Kies een van: Elburg, Ermelo, Harderwijk, "
        "Nunspeet, Oldebroek, Putten; of een kern: 't Harde, Doornspijk, Horst, Speuld, Hierden, Elspeet, "
        "Hulshorst, Vierhouten, Wezep, Hattemerbroek, Oosterwolde, 't Loo."
    )
    assert error.text("en").startswith("Unknown municipality or village; did you mean Harderwijk?")


def test_a_misspelt_place_on_the_moves_sheet_leaves_out_the_count_warning(stored_engine):
    moves = [list(m) for m in mf.MOVES]
    moves[2][1] = "Ermel"
    result = services.validate_file(stored_engine, mf.report_bytes(moves=moves), "r.xlsx", today=TODAY)
    [error] = result.errors
    assert (error.sheet, error.row, error.params["suggestion"]) == (V, 4, "Ermelo")
    assert result.warnings == []


def test_an_unknown_place_without_suggestion_still_leaves_out_the_knock_on_warning(stored_engine):
    activity = [mf.ACTIVITY[0], ["Amsterdam", *mf.ACTIVITY[1][1:]]]
    result = services.validate_file(stored_engine, mf.report_bytes(activity=activity), "r.xlsx", today=TODAY)
    assert [e.code for e in result.errors] == ["upload.place_unknown"]
    assert result.warnings == []  # Ermelo's move is on the moves sheet, its row was the refused one


# --- the parameters of the report's year -------------------------------------------------------


def test_a_report_is_checked_with_the_parameters_of_its_year(engine):
    """Today is in 2026. A parameter set valid from 2026 moves the agreement's start to 2026; a
    2025 report is still checked with the set of 2025, under which 2025 lies inside the term."""
    later = default_parameters().with_changes(valid_from=date(2026, 1, 1), start_date=date(2026, 1, 1))
    save_parameter_version(engine, ADMIN, later)
    hours = [["juli", 150], ["augustus", 120.5], ["september", 160]]
    moves = [[date(2025, 7, 10), *mf.MOVES[0][1:]]]
    activity = [["Harderwijk", 20, 9, 1, 1, 1, 300, 200]]
    report_2025 = mf.report_bytes(year=2025, quarter=3, hours=hours, moves=moves, activity=activity)
    result = services.validate_file(engine, report_2025, "r.xlsx", today=TODAY)
    assert result.ok, [e.to_json() for e in result.errors]
    report_2026 = mf.report_bytes(year=2026, quarter=3)
    assert services.validate_file(engine, report_2026, "r.xlsx", today=TODAY).ok


def test_a_report_is_imported_with_the_parameters_of_its_year(engine):
    """The same rule on the way into the database. Under the set valid from 2026 alone (what
    today's year would pick) the 2025 report is outside the term, 01-01-2026 to 31-12-2029; with
    every set, 2025's own applies (term from 01-01-2024), so the report is stored as version 1."""
    later = default_parameters().with_changes(valid_from=date(2026, 1, 1), start_date=date(2026, 1, 1))
    save_parameter_version(engine, ADMIN, later)
    hours = [["oktober", 150], ["november", 120.5], ["december", 160]]
    moves = [[date(2025, 11, 10), *mf.MOVES[0][1:]]]
    activity = [["Harderwijk", 20, 9, 1, 1, 1, 300, 200]]
    report_2025 = mf.report_bytes(year=2025, quarter=4, hours=hours, moves=moves, activity=activity)

    under_2026 = validate_workbook(report_2025, "r.xlsx", today=TODAY, params=later)
    [error] = under_2026.errors
    assert (error.code, error.params["start"]) == ("upload.quarter_outside_agreement", date(2026, 1, 1))

    result = services.import_file(engine, report_2025, "r.xlsx", ADMIN, today=TODAY)
    assert result.validation.errors == []
    assert (result.outcome.stored, result.outcome.version) == (True, 1)
    assert repo.reported_quarters(engine, 2025) == {"Uwoon": 1}
    assert repo.hours_frame(engine, 2025)["hours"].tolist() == [150.0, 120.5, 160.0]


def test_report_status_keeps_each_year_to_its_own_deadline(engine):
    """A set valid from 2026 gives two months instead of one. 2025-K4 was due on 31 January 2026
    under 2025's set; its report came on 15 February, so it stays late, and its deadline stays
    31 January (two months would make it 31 March and the report on time). 2026-K1 is due on
    31 May 2026 under the new set."""
    later = default_parameters().with_changes(valid_from=date(2026, 1, 1), report_deadline_months=2)
    save_parameter_version(engine, ADMIN, later)
    hours = [["oktober", 150], ["november", 120.5], ["december", 160]]
    moves = [[date(2025, 11, 10), *mf.MOVES[0][1:]]]
    activity = [["Harderwijk", 20, 9, 1, 1, 1, 300, 200]]
    report = mf.report_bytes(year=2025, quarter=4, hours=hours, moves=moves, activity=activity)
    came = datetime(2026, 2, 15, 10, 0, tzinfo=UTC)
    assert services.import_file(engine, report, "r.xlsx", ADMIN, today=TODAY, uploaded_at=came).outcome.stored

    matrix = repo.status_matrix(engine, later, TODAY).set_index(["corporation", "label"])
    assert matrix.loc[("Uwoon", "2025-K4"), "state"] == "late"
    assert matrix.loc[("Uwoon", "2025-K4"), "deadline"] == date(2026, 1, 31)
    assert matrix.loc[("Uwoon", "2026-K1"), "deadline"] == date(2026, 5, 31)
    assert matrix.loc[("Uwoon", "2026-K1"), "state"] == "missing"


def test_a_later_end_date_refuses_a_quarter_after_it(engine):
    shorter = default_parameters().with_changes(valid_from=date(2026, 1, 1), end_date=date(2026, 6, 30))
    save_parameter_version(engine, ADMIN, shorter)
    result = services.validate_file(engine, mf.report_bytes(year=2026, quarter=3), "r.xlsx", today=TODAY)
    [error] = result.errors
    assert (error.code, error.params["end"]) == ("upload.quarter_outside_agreement", date(2026, 6, 30))
    hours = [["april", 150], ["mei", 120.5], ["juni", 160]]
    moves = [[date(2026, 5, 10), *mf.MOVES[0][1:]]]
    activity = [["Harderwijk", 20, 9, 1, 1, 1, 300, 200]]
    earlier = mf.report_bytes(year=2026, quarter=2, hours=hours, moves=moves, activity=activity)
    assert services.validate_file(engine, earlier, "r.xlsx", today=TODAY).ok


def test_values_in_messages_are_shown_as_typed(stored_engine):
    book = mf.report_book()
    book.set(R, 7, 10, 2025).set(R, 8, 10, 1)  # a column headed by a number
    result = services.validate_file(stored_engine, book.to_bytes(), "r.xlsx", today=TODAY)
    [warning] = result.warnings
    assert (warning.column, warning.params["header"]) == ("2025", "2025")  # not "2025.0"
    assert warning.message == "Kolom J ('2025') hoort niet bij de rapportage en is niet ingelezen."
    assert [shown_value(v) for v in (True, 86.0, timedelta(hours=86, minutes=30), time(8, 5))] == [
        "TRUE",
        "86",
        "86:30",
        "8:05",
    ]
