"""Text handed to a spreadsheet cannot run: CSV downloads quote line breaks and neutralise
formula starts; tables Streamlit can export show users' text on one line and never as a formula."""

from __future__ import annotations

import csv
import io

import pandas as pd

from reporting.downloads import csv_bytes, shown_frame, shown_text


def _rows(content: bytes, delimiter: str = ";") -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def test_a_carriage_return_in_a_value_stays_inside_its_quoted_cell():
    frame = pd.DataFrame({"Bestand": ["x\r=1+1", "y\n@SUM(A1)"], "Aantal": [1, 2]})
    content = csv_bytes(frame, "nl")
    text = content.decode("utf-8-sig")
    assert '"x\r=1+1"' in text and '"y\n@SUM(A1)"' in text  # quoted: one cell each, not a new row
    assert text.split("\r\n")[:3] == ["Bestand;Aantal", '"x\r=1+1";1', '"y\n@SUM(A1)";2']
    assert _rows(content) == [["Bestand", "Aantal"], ["x\r=1+1", "1"], ["y\n@SUM(A1)", "2"]]


def test_every_formula_start_is_neutralised_in_csv():
    values = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "gewoon"]
    rows = _rows(csv_bytes(pd.DataFrame({"Tekst": values}), "en"), ",")
    assert [r[0] for r in rows[1:]] == ["'=1+1", "'+1+1", "'-1+1", "'@SUM(A1)", "'\t=1", "'\r=1", "gewoon"]


def test_shown_text_is_one_line_and_never_a_formula():
    assert shown_text("x\r=1+1") == "x =1+1"
    assert shown_text('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert shown_text("\r=1+1") == "' =1+1"
    assert shown_text("@rapport.xlsx") == "'@rapport.xlsx"
    assert shown_text("-4") == "-4"  # a negative number is a number
    assert shown_text("-1.234,5") == "-1.234,5"
    assert shown_text("-2+3") == "'-2+3"
    assert shown_text(12) == 12


def test_shown_frame_changes_only_text_columns():
    frame = pd.DataFrame({"Bestand": ["=1+1.xlsx", "rapport.xlsx"], "Versie": [1, 2]})
    shown = shown_frame(frame)
    assert shown["Bestand"].tolist() == ["'=1+1.xlsx", "rapport.xlsx"]
    assert shown["Versie"].tolist() == [1, 2]
