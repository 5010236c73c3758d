"""The messy files people really send are read correctly (docs/upload-format.md)."""

from datetime import date, datetime

import pytest

from data_access import repositories as repo
from data_access import services
from data_access.access import Actor
from data_access.importer import validate_workbook
from data_access.importer.normalise import parse_number
from data_access.importer.periods import parse_quarter
from data_access.template import build_report_workbook
from domain.parameters import default_parameters
from tests.conftest import TODAY
from tests.data_access import messy_files as mf

R, U, V, B = "Rapportage", "Uren", "Verhuizingen", "Belemmeringen"


def _check(content: bytes):
    return validate_workbook(content, "r.xlsx", today=TODAY, params=default_parameters())


def _ok(content: bytes, **expected_totals):
    result = _check(content)
    assert result.ok, [e.to_json() for e in result.errors]
    assert result.report.totals() == mf.TOTALS | expected_totals
    return result


def _shift_right(book: mf.Book, columns: int) -> mf.Book:
    book.sheets[R] = [[None] * columns + line if line else line for line in book.rows(R)]
    return book


def test_table_below_a_title_and_to_the_right_is_found():
    book = _shift_right(mf.report_book(), 2)
    book.rows(R)[0:0] = [["Doorstroommonitor"], ["Kwartaalrapport"], []]
    _ok(book.to_bytes())


def test_header_case_accents_spacing_and_synonyms():
    headers = [
        "  GEMEENTE ",
        "aantal contacten",
        "Gesprekken  > 1 uur",
        "verhuisd",
        "Waarvan met voorrang",
        "vrijgekomen EGW",
        "Aantal seniorenwoningen\n",
        "Gelabelde seniorenwoningen",
    ]
    _ok(mf.report_bytes(headers=headers))


def test_header_with_a_unit_in_brackets():
    headers = [h if h != "Verhuizingen" else "Verhuizingen (aantal)" for h in mf.HEADERS]
    _ok(mf.report_bytes(headers=headers))


def test_numbers_as_text_thousands_points_and_decimal_commas():
    activity = [
        ["Harderwijk", "20", " 9 ", "2", "1", "1", "1.300", "200"],
        ["Ermelo", 10.0, "5", 1, 0, "1", "150", "90"],
    ]
    hours = [["juli", "150"], ["augustus", "120,5"], ["september", " 160,0 "]]
    _ok(mf.report_bytes(activity=activity, hours=hours), senior_homes=1450)


@pytest.mark.parametrize(
    "text, number",
    [
        ("1.234", 1234.0),
        ("12,5", 12.5),
        (" 7 ", 7.0),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("12.5", 12.5),
        ("1 234", 1234.0),
        ("\u00a012", 12.0),
        ("veel", None),
        ("", None),
        (True, None),
    ],
)
def test_number_normalisation(text, number):
    parsed = parse_number(text)
    assert (parsed != parsed) if number is None else parsed == number


def test_total_rows_are_skipped_not_counted_twice():
    activity = [*mf.ACTIVITY, ["Totaal", 30, 14, 3, 1, 2, 450, 290]]
    hours = [*mf.HOURS, ["Totaal Q3", 430.5]]
    barriers = [*mf.BARRIERS, ["Totaal", 4]]
    _ok(mf.report_bytes(activity=activity, hours=hours, barriers=barriers))


def test_a_sum_row_without_a_label_is_recognised_as_total():
    _ok(mf.report_bytes(activity=[*mf.ACTIVITY, [None, 30, 14, 3, 1, 2, 450, 290]]))


def test_empty_rows_are_ignored():
    activity = [mf.ACTIVITY[0], [], [None, None, "  "], mf.ACTIVITY[1], []]
    _ok(mf.report_bytes(activity=activity))


def test_extra_columns_are_a_warning_not_an_error():
    book = mf.report_book()
    book.set(R, 7, 10, "Opmerking").set(R, 8, 10, "loopt goed")
    result = _ok(book.to_bytes())
    [warning] = result.warnings
    assert (warning.sheet, warning.row, warning.column) == (R, 7, "Opmerking")
    assert (warning.code, warning.params) == ("upload.column_extra", {"letter": "J", "header": "Opmerking"})
    assert warning.message == "Kolom J ('Opmerking') hoort niet bij de rapportage en is niet ingelezen."
    assert warning.text("en") == "Column J ('Opmerking') is not part of the report and was not read."


def test_village_names_map_to_their_municipality_and_are_added_up():
    activity = [
        mf.ACTIVITY[0],
        mf.ACTIVITY[1],
        ["Hierden", 1, 1, 0, 0, 0, 10, 5],
        ["'t Harde", 2, 2, 0, 0, 0, 40, 30],
    ]
    moves = [*mf.MOVES]
    result = _ok(
        mf.report_bytes(activity=activity, moves=moves),
        conversations=17,
        senior_homes=500,
        senior_homes_labelled=325,
    )
    by_place = result.report.activity.set_index("municipality")
    assert list(by_place.index) == ["Elburg", "Ermelo", "Harderwijk"]
    assert by_place.loc["Harderwijk", "senior_homes"] == 310


@pytest.mark.parametrize(
    "written",
    [
        3,
        "3",
        "Q3",
        "K3",
        "q 3",
        "3e kwartaal",
        "kwartaal 3",
        "derde kwartaal",
        "3de kwartaal",
        "Kwartaal 3 2026",
    ],
)
def test_quarter_written_in_many_ways(written):
    assert parse_quarter(written) == 3
    result = _ok(mf.report_bytes(quarter=written))
    assert (result.year, result.quarter) == (2026, 3)


def test_year_taken_from_the_quarter_when_the_year_label_is_missing():
    book = mf.report_book(quarter="2026-K3")
    book.rows(R)[3] = []
    result = _ok(book.to_bytes())
    assert (result.year, result.quarter) == (2026, 3)


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("UWOON", "Uwoon"),
        ("WSP", "Woningstichting Putten"),
        ("Omnia", "Omnia Wonen"),
        ("Delta Wonen", "deltaWonen"),
    ],
)
def test_corporation_aliases(written, canonical):
    assert _ok(mf.report_bytes(corporation=written)).corporation == canonical


def test_labels_written_as_label_colon_value_in_one_cell():
    book = mf.report_book()
    book.rows(R)[2:5] = [["Corporatie: uwoon"], ["Jaar: 2026"], ["Kwartaal: K3"]]
    assert _ok(book.to_bytes()).corporation == "Uwoon"


def test_sheet_names_in_other_case_and_with_a_suffix():
    book = mf.report_book()
    book.sheets = {{R: "RAPPORTAGE 2026-K3", U: "uren"}.get(k, k): v for k, v in book.sheets.items()}
    _ok(book.to_bytes())


@pytest.mark.parametrize(
    "months",
    [
        [date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 30)],
        [7, 8, 9],
        ["July", "Aug", "sept"],
        ["jul 2026", "2026-08", "September 2026"],
    ],
)
def test_months_as_dates_numbers_and_names(months):
    hours = [[m, h] for m, (_, h) in zip(months, mf.HOURS, strict=False)]
    assert _ok(mf.report_bytes(hours=hours)).report.hours["month"].tolist() == [7, 8, 9]


def test_move_rows_with_text_dates_short_answers_and_spacing():
    moves = [
        ["10-07-2026", "Harderwijk", "Eengezinswoning", "4", "seniorenwoning", 2, "65 - 74", "J", "Gezin"],
        [
            datetime(2026, 8, 1, 0, 0),
            "hierden",
            "eengezinswoning",
            3,
            "meergezinswoning",
            2,
            "75-84",
            "nee",
            "starter",
        ],
        ["2026-09-03", "Ermelo", "meergezinswoning", 3, "seniorenwoning", 1, "85 +", "N", "onbekend"],
    ]
    result = _ok(mf.report_bytes(moves=moves))
    moves = result.report.moves
    assert moves["move_date"].tolist() == [date(2026, 7, 10), date(2026, 8, 1), date(2026, 9, 3)]
    assert moves["municipality"].tolist() == ["Harderwijk", "Harderwijk", "Ermelo"]
    assert moves["priority"].tolist() == [True, False, False]
    assert moves["age_band"].tolist() == ["65-74", "75-84", "85+"]
    assert not result.warnings


def test_barrier_reasons_by_their_start_and_empty_template_rows():
    barriers = [["Huurprijs", 2], ["geen passend aanbod", None], ["GEZONDHEID", 1], ["gezondheid", 2]]
    result = _ok(mf.report_bytes(barriers=barriers))
    assert result.report.barriers.set_index("reason")["count"].to_dict() == {
        "gezondheid": 3,
        "huurprijs of woonlasten": 2,
    }


def test_a_municipality_row_without_figures_is_skipped_with_a_warning():
    result = _ok(mf.report_bytes(activity=[*mf.ACTIVITY, ["Putten"]]))
    assert [(w.row, w.value) for w in result.warnings] == [(10, "Putten")]


def test_move_count_mismatch_is_a_warning():
    result = _ok(mf.report_bytes(moves=mf.MOVES[:2]))
    [warning] = result.warnings
    assert (warning.sheet, warning.code) == (V, "upload.move_count_mismatch")
    assert (warning.params["place"], warning.params["listed"], warning.params["reported"]) == ("Ermelo", 0, 1)


def test_optional_sheets_may_be_left_out():
    result = _ok(mf.report_bytes(moves=False, barriers=False))
    assert result.report.moves.empty and result.report.barriers.empty


def test_current_quarter_is_accepted_with_a_warning_and_only_ended_months_needed():
    hours = [["oktober", 100], ["november", None], ["december", None]]
    result = _check(mf.report_bytes(quarter=4, hours=hours, moves=False))
    assert result.ok, result.errors
    [warning] = result.warnings
    assert (warning.sheet, warning.column, warning.value) == (R, "Kwartaal", "2026-K4")
    assert warning.code == "upload.quarter_not_ended"
    assert result.report.hours.to_dict("records") == [{"month": 10, "hours": 100.0}]


def test_the_apps_own_template_round_trips():
    activity = [
        dict(
            zip(
                [
                    c
                    for c in (
                        "municipality",
                        "households_contacted",
                        "conversations",
                        "moves",
                        "priority_moves",
                        "freed_family_homes",
                        "senior_homes",
                        "senior_homes_labelled",
                    )
                ],
                line,
                strict=False,
            )
        )
        for line in mf.ACTIVITY
    ]
    content = build_report_workbook("Uwoon", 2026, 3, activity, {7: 150, 8: 120.5, 9: 160})
    result = _ok(content)
    assert not result.warnings


def test_a_messy_file_is_stored_with_its_parsed_rows(engine):
    book = _shift_right(mf.report_book(quarter="K3"), 1)
    book.rows(R).append([None, "Totaal", 30, 14, 3, 1, 2, 450, 290])
    result = services.import_file(engine, book.to_bytes(), "rommelig.xlsx", Actor("s", "admin"), today=TODAY)
    assert result.outcome.version == 1
    activity = repo.activity_frame(engine, 2026)
    assert activity.set_index("municipality")["conversations"].to_dict() == {"Ermelo": 5, "Harderwijk": 9}
    assert repo.hours_frame(engine, 2026)["hours"].sum() == pytest.approx(430.5)
