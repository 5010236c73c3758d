"""The sheet scan on its own: the two ways of counting references agree, the used range is what a
reader would allocate, and only formulas that act outside the file are called active."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from data_access.importer import sheetscan
from data_access.importer.sheetscan import (
    _count_large,
    _count_small,
    _PartStats,
    active_reason,
    scan_workbook,
)
from tests.data_access import hostile_files as hf
from tests.data_access import messy_files as mf

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "sample_data" / "workbooks").glob("*.xlsx"))


def _sheet_xml(content: bytes, part: str = "xl/worksheets/sheet1.xml") -> bytes:
    return zipfile.ZipFile(io.BytesIO(content)).read(part)


CHUNKS = {
    "a report sheet": _sheet_xml(mf.report_bytes()),
    "a demo workbook's report sheet": _sheet_xml(SAMPLES[0].read_bytes(), "xl/worksheets/sheet2.xml"),
    "single quotes and tabs": b"<sheetData><row\tr='3'><c\tr='AB3' t='n'><v>1</v></c></row></sheetData>",
    "a namespace prefix": b'<x:sheetData><x:row r="2"><x:c r="C2"><x:v>1</x:v></x:c></x:row></x:sheetData>',
    "cells without r": b'<sheetData><row r="1"><c t="n"><v>1</v></c><c><v>2</v></c></row></sheetData>',
    "references that are none": b'<sheetData><row r="1"><c r="ABCD1"/><c r="A"/><c r="A12345678"/></row>',
    "a formula and an error": b'<sheetData><row r="9"><c r="XFD9" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
}


@pytest.mark.parametrize("case", list(CHUNKS))
def test_small_and_large_counting_agree(case):
    small, large = _PartStats(), _PartStats()
    _count_small(CHUNKS[case], small)
    _count_large(CHUNKS[case], large)
    assert small == large


def test_counting_reads_rows_columns_and_odd_references():
    stats = _PartStats()
    _count_small(CHUNKS["references that are none"], stats)
    assert (stats.references, stats.unreadable_references, stats.elements) == (1, 3, 4)
    stats = _PartStats()
    _count_large(CHUNKS["a formula and an error"], stats)
    assert (stats.rows, stats.columns, stats.formulas, stats.maybe_errors) == (9, 16_384, True, True)
    assert stats.consistent


def test_a_large_sheet_is_counted_in_chunks_like_a_small_one(monkeypatch):
    content = hf.far_cell(mf.report_bytes(), "Rapportage", "K300")
    expected = scan_workbook(content).sheets["Rapportage"]
    monkeypatch.setattr(sheetscan, "CHUNK_BYTES", 64)  # many tiny chunks: each cut after a '>'
    monkeypatch.setattr(sheetscan, "SMALL_CHUNK", 0)  # and numpy for all of them
    again = scan_workbook(content).sheets["Rapportage"]
    assert (
        (again.rows, again.columns, again.area)
        == (expected.rows, expected.columns, "A1:K300")
        == (300, 11, "A1:K300")
    )


@pytest.mark.parametrize("sample", SAMPLES[:3], ids=[s.name for s in SAMPLES[:3]])
def test_demo_workbooks_scan_clean(sample):
    scan = scan_workbook(sample.read_bytes())
    assert not scan.oversized and not scan.active_names
    assert all(not (s.errors or s.no_result or s.active) for s in scan.sheets.values())
    assert scan.sheets["Rapportage"].columns == 8


@pytest.mark.parametrize(
    "formula",
    [
        "SUM(C8:C9)",
        "C8*2+1",
        'IF(D8="","",E8/D8)',
        'CONCATENATE("a|b", "[1]")',  # text, not a link
        "SUM(Tabel1[2025])",  # a table column named 2025
        "SUM(Tabel1[[#Totalen],[2025]])",
        "'Blad 1'!A1",
        "_xlfn.XLOOKUP(A1,B:B,C:C)",
    ],
)
def test_plain_formulas_are_not_active(formula):
    assert active_reason(formula) is None


@pytest.mark.parametrize(
    "formula, reason",
    [
        ("cmd|' /C calc'!A0", "upload.formula_reason.dde"),
        ("=MSEXCEL|'\\..\\..\\Windows\\System32\\cmd.exe /c calc'!''", "upload.formula_reason.dde"),
        ("[1]Blad1!A1", "upload.formula_reason.external"),
        ("SUM([2]Blad1!A1:A3)", "upload.formula_reason.external"),
        ("'C:\\data\\[oud.xlsx]Blad1'!A1", "upload.formula_reason.external"),
        ("'\\\\server\\share\\[oud.xlsx]Blad1'!A1", "upload.formula_reason.external"),
        ('HYPERLINK("http://example.org","klik")', "upload.formula_reason.function"),
        ("hyperlink(A1)", "upload.formula_reason.function"),
        ('_xlfn.WEBSERVICE("http://example.org")', "upload.formula_reason.function"),
        ('FILTERXML(A1,"//a")', "upload.formula_reason.function"),
        ('_xlfn.IMAGE("http://example.org/a.png")', "upload.formula_reason.function"),
        ('CALL("kernel32","WinExec","JCJ","calc",0)', "upload.formula_reason.function"),
        ('REGISTER.ID("x","y")', "upload.formula_reason.function"),
    ],
)
def test_formulas_that_act_outside_the_file(formula, reason):
    found = active_reason(formula)
    assert found is not None and found.code == reason
