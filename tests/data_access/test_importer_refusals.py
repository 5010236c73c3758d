"""Files that are not a plain .xlsx are refused with a Dutch sentence, before any parser runs,
and nothing is stored."""

import openpyxl.xml
import pytest

from data_access import services
from data_access.access import Actor
from data_access.importer import safety, validate_workbook
from domain.parameters import default_parameters
from tests.conftest import TODAY
from tests.data_access import messy_files as mf

ADMIN = Actor("secretaris", "admin")


def _xlsm() -> bytes:
    content = mf.rewrite_part(
        mf.report_bytes(),
        "[Content_Types].xml",
        lambda d: d.replace(b"spreadsheetml.sheet.main+xml", b"spreadsheetml.sheet.main+xml_").replace(
            b"</Types>",
            b'<Override PartName="/xl/workbook.xml" '
            b'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>',
        ),
    )
    return mf.add_part(content, "xl/vbaProject.bin", b"\xd0\xcf\x11\xe0macro")


def _docx() -> bytes:
    return mf.zip_bytes(
        {
            "[Content_Types].xml": b'<Types><Override PartName="/word/document.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
            "word/document.xml": b"<w:document/>",
        }
    )


def _xxe() -> bytes:
    doctype = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    return mf.rewrite_part(
        mf.report_bytes(),
        "xl/worksheets/sheet1.xml",
        lambda d: doctype + d.replace(b"Harderwijk", b"&secret;"),
    )


REFUSED = {
    "empty file": (lambda: b"", "upload.file_empty"),
    "old .xls": (mf.legacy_xls, "upload.file_xls"),
    "password-protected": (mf.encrypted_workbook, "upload.file_encrypted"),
    "renamed PDF": (lambda: b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF", "upload.file_pdf"),
    "CSV": (lambda: b"Gemeente;Verhuizingen\nErmelo;3\n", "upload.file_text"),
    "HTML saved as .xls": (
        lambda: b"<html><table><tr><td>1</td></tr></table></html>",
        "upload.file_xml",
    ),
    "binary junk": (lambda: bytes(range(256)) * 4, "upload.file_not_xlsx"),
    "ODS": (
        lambda: mf.zip_bytes(
            {
                "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                "content.xml": b"<office:document-content/>",
            }
        ),
        "upload.file_ods",
    ),
    "xlsm with macros": (_xlsm, "upload.file_xlsm"),
    "Word document renamed": (_docx, "upload.file_word"),
    "plain zip": (lambda: mf.zip_bytes({"readme.txt": b"hallo"}), "upload.file_zip"),
    "truncated workbook": (lambda: mf.report_bytes()[:3000], "upload.file_corrupt"),
    "broken sheet XML": (
        lambda: mf.rewrite_part(mf.report_bytes(), "xl/worksheets/sheet1.xml", lambda d: d[: len(d) // 2]),
        "upload.file_unreadable",
    ),
    "over 10 MB": (lambda: b"PK\x03\x04" + bytes(10 * 1024 * 1024), "upload.file_too_large"),
    "zip bomb": (lambda: mf.zip_bomb(101 * 1024 * 1024), "upload.file_unpacked_too_large"),
    "XML entity (XXE)": (_xxe, "upload.file_unsafe_xml"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_unreadable_file_is_refused_with_a_dutch_sentence_and_nothing_stored(stored_engine, case):
    build, expected = REFUSED[case]
    before = mf.database_state(stored_engine)
    result = services.import_file(stored_engine, build(), f"{case}.xlsx", ADMIN, today=TODAY)
    assert result.outcome is None and not result.validation.ok
    [error] = result.validation.errors  # a file that cannot be opened stops at the first problem
    assert error.code == expected
    assert (error.sheet, error.row, error.column, error.value) == (None, None, None, f"{case}.xlsx")
    assert "Traceback" not in error.message and "Error" not in error.message
    assert mf.database_state(stored_engine) == before


def test_a_refusal_reads_as_a_dutch_sentence_and_in_english():
    error = validate_workbook(mf.legacy_xls(), "oud.xls", today=TODAY, params=default_parameters()).errors[0]
    assert error.message == (
        "Dit is een ouder Excel-bestand (.xls, Excel 97-2003). Open het in Excel, kies Opslaan als → "
        "'Excel-werkmap (.xlsx)' en upload dat bestand."
    )
    assert error.text("en") == (
        "This is an older Excel file (.xls, Excel 97-2003). Open it in Excel, choose Save as → "
        "'Excel Workbook (.xlsx)' and upload that file."
    )


def test_size_limits_are_checked_before_parsing():
    assert safety.MAX_FILE_BYTES == 10 * 1024 * 1024
    assert safety.MAX_UNPACKED_BYTES == 100 * 1024 * 1024
    # a zip that only claims a huge member is refused from its table of contents alone
    with pytest.raises(safety.RefusedFile, match="100 MB"):
        safety.check_workbook_file(mf.zip_bomb(100 * 1024 * 1024 + 1))
    safety.check_workbook_file(mf.report_bytes())  # a normal report passes


def test_xxe_entity_never_reaches_the_output(stored_engine):
    result = services.validate_file(stored_engine, _xxe(), "xxe.xlsx", today=TODAY)
    assert "root:" not in str(result.to_json())


def test_openpyxl_parses_xml_with_defusedxml():
    assert openpyxl.xml.DEFUSEDXML is True
