"""Builders of hostile and unusual workbooks: the report of messy_files.py with its XML changed the
way an attacker or another spreadsheet program would, so each test shows exactly what is in the
file. Sheet parts follow the order of `mf.report_book()`: Rapportage is sheet1, Uren sheet2,
Verhuizingen sheet3, Belemmeringen sheet4, an extra sheet sheet5."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from tests.data_access import messy_files as mf

PART = {
    "Rapportage": "xl/worksheets/sheet1.xml",
    "Uren": "xl/worksheets/sheet2.xml",
    "Verhuizingen": "xl/worksheets/sheet3.xml",
    "Belemmeringen": "xl/worksheets/sheet4.xml",
    "Notities": "xl/worksheets/sheet5.xml",
}


def with_notes_sheet(book: mf.Book | None = None) -> mf.Book:
    """The report with an extra sheet 'Notities' (sheet5) that the importer does not read."""
    book = book or mf.report_book()
    book.sheets["Notities"] = [["Opmerkingen bij dit kwartaal"], ["Alles volgens planning."]]
    return book


def far_cell(content: bytes, sheet: str, reference: str) -> bytes:
    """One more cell, far away: the 7 KB 'dimension bomb'."""
    row = re.sub(r"[A-Z]", "", reference)
    cell = f'<row r="{row}"><c r="{reference}" t="n"><v>1</v></c></row>'
    return mf.rewrite_part(
        content, PART[sheet], lambda d: d.replace(b"</sheetData>", cell.encode() + b"</sheetData>")
    )


def claimed_dimension(content: bytes, sheet: str, reference: str) -> bytes:
    """A `<dimension ref>` that claims a range far beyond the cells."""
    return mf.rewrite_part(
        content,
        PART[sheet],
        lambda d: re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="{reference}"/>'.encode(), d),
    )


def cells_without_reference(content: bytes, sheet: str, count: int) -> bytes:
    """A row of `count` cells that leave out r="…": a reader places each after the previous one."""
    cells = "".join('<c t="n"><v>1</v></c>' for _ in range(count))
    return mf.rewrite_part(
        content,
        PART[sheet],
        lambda d: d.replace(b"</sheetData>", f'<row r="40">{cells}</row></sheetData>'.encode()),
    )


def doctype_after_padding(content: bytes, part: str, padding: int = 4000) -> bytes:
    """A comment of `padding` characters, then a DTD with an external entity, inside a part."""
    doctype = b'<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    comment = b"<!--" + b"x" * padding + b"-->"

    def change(data: bytes) -> bytes:
        declaration = re.match(rb"<\?xml[^>]*\?>", data)
        head = declaration.group(0) if declaration else b""
        return head + comment + doctype + data[len(head) :]

    return mf.rewrite_part(content, part, change)


def with_shared_strings(content: bytes, strings: bytes) -> bytes:
    """Add xl/sharedStrings.xml (with its relationship and content type), as Excel writes it."""
    content = mf.add_part(content, "xl/sharedStrings.xml", strings)
    content = mf.rewrite_part(
        content,
        "xl/_rels/workbook.xml.rels",
        lambda d: d.replace(
            b"</Relationships>",
            b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        ),
    )
    return mf.rewrite_part(
        content,
        "[Content_Types].xml",
        lambda d: d.replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        ),
    )


SHARED_STRINGS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    b"<si><t>Toelichting</t></si></sst>"
)


def replace_cell(content: bytes, sheet: str, reference: str, xml: str) -> bytes:
    """Replace the `<c r="reference">` element of a cell (it must exist) by `xml`."""
    pattern = re.compile(rf'<c r="{reference}"(?: [^>]*)?(?:/>|>.*?</c>)'.encode(), re.DOTALL)

    def change(data: bytes) -> bytes:
        new, count = pattern.subn(lambda _: xml.encode(), data, count=1)
        assert count == 1, f"no cell {reference} in {sheet}"
        return new

    return mf.rewrite_part(content, PART[sheet], change)


def formula_cell(reference: str, formula: str, result: str | None, kind: str | None = None) -> str:
    """A cell as written by Excel: the formula and its saved result (`None`: no <v> at all)."""
    kind_attribute = f' t="{kind}"' if kind else ""
    value = "" if result is None else f"<v>{escape(result)}</v>"
    return f'<c r="{reference}"{kind_attribute}><f>{escape(formula)}</f>{value}</c>'


def error_cell(reference: str, error: str, formula: str | None = None) -> str:
    """A cell holding an error value, as LibreOffice and Excel store it (t="e")."""
    inner = f"<f>{escape(formula)}</f>" if formula else ""
    return f'<c r="{reference}" t="e">{inner}<v>{escape(error)}</v></c>'


def without_recalculation_flag(content: bytes) -> bytes:
    """What LibreOffice and Excel write: no fullCalcOnLoad (openpyxl sets it)."""
    return mf.rewrite_part(content, "xl/workbook.xml", lambda d: d.replace(b' fullCalcOnLoad="1"', b""))


def defined_name(content: bytes, name: str, formula: str) -> bytes:
    entry = f'<definedName name="{name}">{escape(formula)}</definedName>'.encode()
    return mf.rewrite_part(
        content,
        "xl/workbook.xml",
        lambda d: d.replace(b"<definedNames/>", b"<definedNames>" + entry + b"</definedNames>"),
    )


def utf16_part(content: bytes, part: str) -> bytes:
    """The same XML, re-encoded in UTF-16 (which hides its markup from a byte search)."""

    def change(data: bytes) -> bytes:
        text = data.decode("utf-8")
        text = re.sub(r'encoding="[^"]*"', 'encoding="UTF-16"', text)
        return text.encode("utf-16")

    return mf.rewrite_part(content, part, change)


def read_every_sheet_unchecked(content: bytes) -> dict[str, int]:
    """What the importer did before the sheet scan: python-calamine on every sheet, whatever its
    range (run it only in the sandbox's child process)."""
    import io

    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(content))
    return {
        m.name: len(book.get_sheet_by_name(m.name).to_python(skip_empty_area=False))
        for m in book.sheets_metadata
    }
