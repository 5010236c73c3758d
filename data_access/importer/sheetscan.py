"""Look inside a workbook's XML before any reader does.

Every part of the zip is streamed once, in chunks, so memory stays small whatever the file says
(the unpacked total is already capped by `safety.MAX_UNPACKED_BYTES`). On the way:

- no part may declare a DTD (`<!DOCTYPE`, `<!ENTITY` …) anywhere: Excel never writes one, and
  entities are how XML attacks work (XXE, "billion laughs"). XML must be UTF-8 or another
  ASCII-compatible encoding, so the byte check cannot be dodged with UTF-16;
- each worksheet's used range is bounded from `<dimension ref>`, `<row r>` and `<c r>` (and the
  position of cells that leave `r` out), because a reader allocates the whole range: one cell at
  A1 and one at XFD1048576 is a 7 KB file that asks for 550 GB;
- cells a value reader cannot report truthfully are collected: error values (`t="e"`, shown as
  an empty cell by python-calamine), formulas without a saved result, and "active" formulas (DDE,
  external workbooks, HYPERLINK, WEBSERVICE …) that would do something when the kept file is
  opened in Excel.

Legit writers (Excel, LibreOffice, openpyxl, XlsxWriter) put `r` on every row and cell, so the
range comes from a fast vectorised pass over the raw bytes. A sheet with formulas or error
values, or whose references do not add up (a cell without `r`, odd spacing, another namespace
prefix), gets an exact pass with expat, which places every cell as a reader would.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypedDict
from xml.parsers import expat

import numpy as np

from data_access.importer.safety import RefusedFile
from domain.messages import Message, msg

# The report's sheets are small: Rapportage holds a block of labels and one row per municipality
# or village (18 places), Uren one row per month, Belemmeringen one row per reason. Only
# Verhuizingen grows, one row per move: a corporation reports tens to a few hundred moves a
# quarter, and the importer is benchmarked with 50 000 (bench/bench_import.py). Twice that, with
# room for a table moved down or to the right and some columns of notes, is the most a report
# can hold. The cell limit bounds what a reader allocates for the range (rows × columns from A1):
# 2 million cells cost python-calamine and pandas a few hundred MB, inside the child process's
# memory limit (sandbox.MEMORY_LIMIT); anything further out is refused before any reader runs.
MAX_ROWS = 100_000
MAX_COLUMNS = 100
MAX_CELLS = 2_000_000

CHUNK_BYTES = 1 << 20
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384

_SAFE_ENCODINGS = re.compile(
    rb"(?:utf-?8|us-ascii|ascii|iso[-_]?8859-\d{1,2}|latin-?1|windows-125\d|cp125\d)", re.IGNORECASE
)
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)[\"']")
_NON_UTF8_STARTS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff", b"<\x00", b"\x00<", b"\x00\x00\x00<")
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\sref\s*=\s*[\"']([^\"']*)[\"']")
_REFERENCE = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")

RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WORKSHEET_TYPES = {
    RELATIONSHIP_TYPES + "worksheet",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
}
OFFICE_DOCUMENT = "officeDocument"


@dataclass
class SheetScan:
    """What one worksheet part holds, before any reader has seen it."""

    part: str
    rows: int = 0  # the highest row used (1-based), from dimension, rows and cells
    columns: int = 0  # the highest column used (1 = A)
    # (Excel row, column number) → what is there, for the cells a reader would misread
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # '#DIV/0!' as stored
    no_result: dict[tuple[int, int], str] = field(default_factory=dict)  # the formula
    active: dict[tuple[int, int], tuple[str, Message]] = field(default_factory=dict)  # formula, why

    @property
    def area(self) -> str:
        if not self.rows or not self.columns:
            return "A1"
        return f"A1:{column_letters(self.columns)}{self.rows}"

    @property
    def too_large(self) -> bool:
        return self.rows > MAX_ROWS or self.columns > MAX_COLUMNS or self.rows * self.columns > MAX_CELLS


@dataclass
class WorkbookScan:
    sheets: dict[str, SheetScan]  # worksheet name as in the workbook → its scan
    oversized: dict[str, SheetScan]  # sheet name (or part, for a sheet nobody names) → its scan
    active_names: list[tuple[str, str, Message]]  # defined name, its formula, why refused


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def cell_name(row: int, column: int) -> str:
    return f"{column_letters(column)}{row}"


# --- the whole package ----------------------------------------------------------------------


def scan_workbook(content: bytes) -> WorkbookScan:
    """Scan every part; raise RefusedFile for unsafe XML or a damaged package."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        stats = {info.filename: _scan_part(archive, info) for info in archive.infolist()}
        workbook_part = _office_document(archive)
        sheets, names, full_calc = _workbook_structure(archive, workbook_part)
    except RefusedFile:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise RefusedFile("upload.file_corrupt") from exc
    except expat.ExpatError as exc:
        raise RefusedFile("upload.file_unreadable") from exc
    named = {part: name for name, part in sheets.items()}
    scans: dict[str, SheetScan] = {}
    oversized: dict[str, SheetScan] = {}
    for part, part_stats in stats.items():
        if not part_stats.sheet_like and part not in named:
            continue
        name = named.get(part)
        needs_cells = name is not None and (part_stats.formulas or part_stats.maybe_errors)
        if part_stats.consistent and not needs_cells:
            scan = SheetScan(part, part_stats.rows, part_stats.columns)
        else:
            scan = _exact_scan(archive, part, full_calc)
        scan.rows = max(scan.rows, part_stats.dimension_rows)
        scan.columns = max(scan.columns, part_stats.dimension_columns)
        if scan.too_large:
            oversized[name or part] = scan
        if name is not None:
            scans[name] = scan
    active_names = [(n, f, why) for n, f in names if (why := active_reason(f)) is not None]
    return WorkbookScan(scans, oversized, active_names)


@dataclass
class _PartStats:
    """The fast pass over one part: counts and the largest references, from the raw bytes."""

    sheet_like: bool = False
    rows: int = 0
    columns: int = 0
    dimension_rows: int = 0
    dimension_columns: int = 0
    references: int = 0  # r="…" attributes read
    elements: int = 0  # <row …> and <c …> elements counted
    unreadable_references: int = 0
    formulas: bool = False
    maybe_errors: bool = False

    @property
    def consistent(self) -> bool:
        return self.references == self.elements and not self.unreadable_references


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part's bytes in pieces that end just after a '>', so no tag is ever cut in two."""
    buffer = bytearray()
    with archive.open(info) as part:
        while True:
            data = part.read(CHUNK_BYTES)
            if not data:
                break
            buffer += data
            cut = buffer.rfind(b">") + 1
            if cut:
                yield bytes(buffer[:cut])
                del buffer[:cut]
    if buffer:
        yield bytes(buffer)


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> _PartStats:
    stats = _PartStats()
    is_xml: bool | None = None
    for chunk in _chunks(archive, info):
        if is_xml is None:
            is_xml = _looks_like_xml(chunk)
        if is_xml:
            _refuse_declarations(chunk)
        if not stats.dimension_rows and b"dimension" in chunk and (dimension := _DIMENSION.search(chunk)):
            stats.dimension_rows, stats.dimension_columns = _range_end(dimension.group(1).decode("latin-1"))
        if stats.sheet_like or b"sheetData" in chunk:  # rows and cells only live inside sheetData
            stats.sheet_like = True
            _count(chunk, stats)
    return stats


def _looks_like_xml(head: bytes) -> bool:
    """True for XML in an ASCII-compatible encoding; XML in UTF-16 or -32 is refused (its bytes
    would hide a DTD from the check). Pictures and other binary parts are False."""
    if head.startswith(_NON_UTF8_STARTS):
        raise RefusedFile("upload.file_unsafe_xml")
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not text.startswith(b"<"):
        return False
    declaration = _XML_DECLARATION.match(text[:512])
    if declaration and not _SAFE_ENCODINGS.fullmatch(declaration.group(1).strip()):
        raise RefusedFile("upload.file_unsafe_xml")
    return True


def _refuse_declarations(chunk: bytes) -> None:
    """Only comments and CDATA may start with '<!'; a DTD or entity anywhere is refused."""
    at = chunk.find(b"<!")
    while at != -1:
        if not chunk.startswith((b"<!--", b"<![CDATA["), at):
            raise RefusedFile("upload.file_unsafe_xml")
        at = chunk.find(b"<!", at + 2)


_WINDOW = 12  # 'XFD1048576' plus its closing quote fit in 11 bytes


SMALL_CHUNK = 64 * 1024  # below this, plain Python is faster than setting up numpy
_ELEMENT = re.compile(rb"[<:](?:c|row)[\s>/]")
_FORMULA = re.compile(rb"[<:]f[\s>/]")
_ROW_OR_CELL_REFERENCE = re.compile(rb"[ \t\r\n]r=([\"'])([A-Za-z]*)(\d*)(.?)", re.DOTALL)


def _count(chunk: bytes, stats: _PartStats) -> None:
    """Add this chunk's rows, cells and references to `stats`.

    Elements are counted with and without a namespace prefix ('<c ', '<x:c '); when that count
    and the references read differ (or a reference is not one: more than 3 letters, no digits or
    more than 7), the sheet gets the exact pass. Two ways, one rule: regular expressions for a
    small chunk, numpy for a large one (tests/data_access/test_sheetscan.py holds them equal)."""
    if len(chunk) < SMALL_CHUNK:
        _count_small(chunk, stats)
    else:
        _count_large(chunk, stats)


def _count_small(chunk: bytes, stats: _PartStats) -> None:
    stats.elements += len(_ELEMENT.findall(chunk))
    stats.formulas = stats.formulas or _FORMULA.search(chunk) is not None
    stats.maybe_errors = stats.maybe_errors or b'"e"' in chunk or b"'e'" in chunk
    found = _ROW_OR_CELL_REFERENCE.findall(chunk)
    valid = [
        (letters, digits)
        for quote, letters, digits, end in found
        if _is_reference(quote, letters, digits, end)
    ]
    stats.references += len(valid)
    stats.unreadable_references += len(found) - len(valid)
    if valid:
        stats.rows = max(stats.rows, *map(int, {digits for _, digits in valid}))
        columns = {letters for letters, _ in valid if letters}
        if columns:
            stats.columns = max(stats.columns, *(column_number(c.decode("ascii")) for c in columns))


def _is_reference(quote: bytes, letters: bytes, digits: bytes, end: bytes) -> bool:
    return end == quote and len(letters) <= 3 and 1 <= len(digits) <= 7


def _count_large(chunk: bytes, stats: _PartStats) -> None:
    data = np.frombuffer(chunk + b"\0" * _WINDOW, dtype=np.uint8)
    size = len(chunk)
    for opener in (0x3C, 0x3A):  # '<' and ':' (a prefixed name)
        at = np.flatnonzero(data[:size] == opener)
        first, second = data[at + 1], data[at + 2]
        cells = (first == 0x63) & _ends_name(second)  # c
        rows = (first == 0x72) & (second == 0x6F) & (data[at + 3] == 0x77) & _ends_name(data[at + 4])
        stats.elements += int(np.count_nonzero(cells)) + int(np.count_nonzero(rows))
        stats.formulas = stats.formulas or bool(np.any((first == 0x66) & _ends_name(second)))  # f
    stats.maybe_errors = stats.maybe_errors or b'"e"' in chunk or b"'e'" in chunk
    equals = np.flatnonzero(data[:size] == 0x3D)
    equals = equals[equals >= 2]
    quote = data[equals + 1]
    before = data[equals - 2]
    found = (
        (data[equals - 1] == 0x72)  # r
        & ((before == 0x20) | (before == 0x09) | (before == 0x0A) | (before == 0x0D))
        & ((quote == 0x22) | (quote == 0x27))
    )
    if not found.any():
        return
    starts, quotes = equals[found] + 2, quote[found]
    window = data[starts[:, None] + np.arange(_WINDOW)]
    lower = window | 0x20
    is_letter = (lower >= 0x61) & (lower <= 0x7A)
    is_digit = (window >= 0x30) & (window <= 0x39)
    letters = np.full(len(starts), 4, dtype=np.int8)  # 4: too many letters for a column
    for k in (3, 2, 1, 0):
        letters = np.where(~is_letter[:, k], np.int8(k), letters)
    stop = np.argmax(~is_digit & (np.arange(_WINDOW) >= letters[:, None]), axis=1)
    digits = stop - letters
    valid = (letters <= 3) & (digits >= 1) & (digits <= 7)
    valid &= window[np.arange(len(starts)), stop] == quotes
    good = int(np.count_nonzero(valid))
    stats.references += good
    stats.unreadable_references += len(starts) - good
    if not good:
        return
    window, lower, letters, stop = window[valid], lower[valid], letters[valid], stop[valid]
    row = np.zeros(good, dtype=np.int32)  # 7 digits fit
    for k in range(10):  # digits start after at most 3 letters and are at most 7
        in_row = (k >= letters) & (k < stop)
        row = np.where(in_row, row * 10 + (window[:, k].astype(np.int32) - 0x30), row)
    column = np.zeros(good, dtype=np.int32)
    for k in range(3):  # the letters: 3 at most
        column = np.where(k < letters, column * 26 + (lower[:, k].astype(np.int32) - 0x60), column)
    stats.rows = max(stats.rows, int(row.max()))
    stats.columns = max(stats.columns, int(column.max()))


def _ends_name(byte: np.ndarray) -> np.ndarray:
    """Whitespace, '>' or '/': the end of an element's name."""
    ends: np.ndarray = (
        (byte == 0x20) | (byte == 0x3E) | (byte == 0x2F) | (byte == 0x09) | (byte == 0x0A) | (byte == 0x0D)
    )
    return ends


def _range_end(reference: str) -> tuple[int, int]:
    """(last row, last column) of 'A1:H20' or 'B3'; (0, 0) when it is not a reference."""
    end = reference.split(":")[-1].strip()
    match = _REFERENCE.match(end)
    if not match:
        return 0, 0
    return int(match.group(2)), column_number(match.group(1))


# --- the workbook's structure -----------------------------------------------------------------


def _parse(
    data: bytes,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None] | None = None,
    text: Callable[[str], None] | None = None,
) -> None:
    """Parse small, already checked XML with namespace-aware expat and no DTD processing."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = start
    if end:
        parser.EndElementHandler = end
    if text:
        parser.CharacterDataHandler = text
    parser.buffer_text = True
    parser.Parse(data, True)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _attribute(attributes: dict[str, str], local: str) -> str | None:
    for key, value in attributes.items():
        if _local(key) == local:
            return value
    return None


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Id → (type, target part) of a part's relationships (external targets left out)."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in archive.namelist():
        return {}
    found: dict[str, tuple[str, str]] = {}

    def start(tag: str, attributes: dict[str, str]) -> None:
        if _local(tag) != "Relationship" or attributes.get("TargetMode") == "External":
            return
        target = attributes.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found[attributes.get("Id", "")] = (attributes.get("Type", ""), posixpath.normpath(path))

    _parse(archive.read(rels), start)
    return found


def _office_document(archive: zipfile.ZipFile) -> str:
    for kind, target in _relationships(archive, "").values():
        if kind.endswith("/" + OFFICE_DOCUMENT):
            return target
    return "xl/workbook.xml"


_FULL_CALC = {"1", "true"}


class _NameState(TypedDict):
    name: str | None  # the defined name being read, None outside one
    text: list[str]  # its formula so far
    full_calc: bool


def _workbook_structure(
    archive: zipfile.ZipFile, workbook_part: str
) -> tuple[dict[str, str], list[tuple[str, str]], bool]:
    """Worksheet name → part, the defined names with their formulas, and 'recalculate on load'."""
    relationships = _relationships(archive, workbook_part)
    sheets: dict[str, str] = {}
    names: list[tuple[str, str]] = []
    state: _NameState = {"name": None, "text": [], "full_calc": False}

    def start(tag: str, attributes: dict[str, str]) -> None:
        local = _local(tag)
        if local == "sheet":
            kind, part = relationships.get(_attribute(attributes, "id") or "", ("", ""))
            if kind in WORKSHEET_TYPES or kind.endswith("/worksheet"):
                sheets[attributes.get("name", "")] = part
        elif local == "definedName":
            state["name"], state["text"] = attributes.get("name", ""), []
        elif local == "calcPr":
            state["full_calc"] = attributes.get("fullCalcOnLoad", "").lower() in _FULL_CALC

    def end(tag: str) -> None:
        if _local(tag) == "definedName" and state["name"] is not None:
            names.append((state["name"], "".join(state["text"])))
            state["name"] = None

    def text(data: str) -> None:
        if state["name"] is not None:
            state["text"].append(data)

    _parse(archive.read(workbook_part), start, end, text)
    return sheets, names, bool(state["full_calc"])


# --- the exact pass over one sheet ----------------------------------------------------------


class _SheetParser:
    """Places every cell as a reader does (`r` when given, else after the previous one) and
    keeps the cells a value reader would misread."""

    def __init__(self, scan: SheetScan, full_calc: bool) -> None:
        self.scan, self.full_calc = scan, full_calc
        self.row = 0
        self.column = 0
        self.in_data = False
        self.cell: dict | None = None
        self.capture: list[str] | None = None
        self.shared: dict[str, str] = {}

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        local = tag.rsplit(":", 1)[-1]
        if local == "sheetData":
            self.in_data = True
        elif not self.in_data:
            return
        elif local == "row":
            reference = attributes.get("r")
            self.row = int(reference) if reference and reference.isdigit() else self.row + 1
            self.column = 0
            self._extend(self.row, 0)
        elif local == "c":
            self._start_cell(attributes)
        elif self.cell is not None and local == "f":
            self.cell["f"] = attributes
            self.capture = self.cell["f_text"]
        elif self.cell is not None and local == "v":
            self.cell["has_v"] = True
            self.capture = self.cell["v_text"]

    def _start_cell(self, attributes: dict[str, str]) -> None:
        reference = attributes.get("r")
        if reference:
            match = _REFERENCE.match(reference)
            if not match:
                raise RefusedFile("upload.file_unreadable")
            self.column = column_number(match.group(1))
            row = int(match.group(2))
        else:
            self.column += 1
            row = self.row
        self._extend(row, self.column)
        self.cell = {
            "row": row,
            "column": self.column,
            "t": attributes.get("t", "n"),
            "f": None,
            "f_text": [],
            "has_v": False,
            "v_text": [],
        }

    def _extend(self, row: int, column: int) -> None:
        if row > EXCEL_MAX_ROWS or column > EXCEL_MAX_COLUMNS:
            raise RefusedFile("upload.file_unreadable")
        self.scan.rows = max(self.scan.rows, row)
        self.scan.columns = max(self.scan.columns, column)

    def end(self, tag: str) -> None:
        local = tag.rsplit(":", 1)[-1]
        if local in ("f", "v"):
            self.capture = None
        elif local == "c" and self.cell is not None:
            self._finish_cell(self.cell)
            self.cell = None
        elif local == "sheetData":
            self.in_data = False

    def text(self, data: str) -> None:
        if self.capture is not None:
            self.capture.append(data)

    def _finish_cell(self, cell: dict) -> None:
        if self.scan.too_large:
            return  # refused anyway: only its range is still needed for the message
        where = (cell["row"], cell["column"])
        value = "".join(cell["v_text"])
        if cell["t"] == "e":
            self.scan.errors[where] = value.strip()
        if cell["f"] is None:
            return
        formula = self._formula(cell)
        reason = active_reason(formula)
        if reason is not None:
            self.scan.active[where] = (formula, reason)
        if cell["t"] == "e":
            return
        if not cell["has_v"]:
            self.scan.no_result[where] = formula
        elif cell["t"] in ("n", "") and (not value.strip() or (self.full_calc and _is_zero(value))):
            # XlsxWriter and openpyxl ask for recalculation on load and store 0 (or nothing) as
            # the result they never computed; LibreOffice stores an empty text result as
            # <v></v> with t="str", which is a result.
            self.scan.no_result[where] = formula

    def _formula(self, cell: dict) -> str:
        attributes = cell["f"]
        text = "".join(cell["f_text"])
        if attributes.get("t") == "shared":
            index = attributes.get("si", "")
            if text:
                self.shared[index] = text
            else:
                text = self.shared.get(index, "")
        return text


def _is_zero(value: str) -> bool:
    try:
        return float(value) == 0
    except ValueError:
        return False


def _exact_scan(archive: zipfile.ZipFile, part: str, full_calc: bool) -> SheetScan:
    scan = SheetScan(part)
    reader = _SheetParser(scan, full_calc)
    parser = expat.ParserCreate()  # no namespace processing: the prefix is split off by hand
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.text
    parser.buffer_text = True
    try:
        for chunk in _chunks(archive, archive.getinfo(part)):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise RefusedFile("upload.file_unreadable") from exc
    return scan


# --- formulas that act outside the file -------------------------------------------------------

ACTIVE_FUNCTIONS = frozenset(
    {
        "HYPERLINK",  # opens a link, also to a program or file share
        "WEBSERVICE",  # fetches a URL
        "FILTERXML",  # parses what WEBSERVICE fetched
        "IMAGE",  # fetches a picture from a URL
        "RTD",  # real-time data from a COM server
        "CALL",  # calls a function in a DLL
        "REGISTER",
        "REGISTER.ID",
        "EXEC",  # Excel 4 macro functions, usable through names
        "DDE",
    }
)
_TEXT_LITERAL = re.compile(r'"(?:[^"]|"")*"')
_QUOTED_NAME = re.compile(r"'(?:[^']|'')*'")
_FUNCTION = re.compile(r"(?<![\w.])(?:_xl\w*\.)*([A-Za-z][\w.]*)\s*\(")
_EXTERNAL_INDEX = re.compile(r"\[\d+\]")
_EXTERNAL_PATH = re.compile(r"\[[^\]]*\.(?:xl\w*|csv|ods)\]|^[A-Za-z]:\\|\\\\|(?:https?|file|ftp)://", re.I)


def active_reason(formula: str) -> Message | None:
    """Why a formula is refused (a DDE link, another file, a function that reaches out), or None."""
    plain = _TEXT_LITERAL.sub('""', formula)
    for quoted in _QUOTED_NAME.findall(plain):
        if _EXTERNAL_PATH.search(quoted) or _EXTERNAL_INDEX.match(quoted.strip("'")):
            return msg("upload.formula_reason.external")
    outside = _QUOTED_NAME.sub("''", plain)
    if "|" in outside:
        return msg("upload.formula_reason.dde")
    if _EXTERNAL_PATH.search(outside) or _external_index(outside):
        return msg("upload.formula_reason.external")
    for name in _FUNCTION.findall(outside):
        if name.upper() in ACTIVE_FUNCTIONS:
            return msg("upload.formula_reason.function", name=name.upper())
    return None


def _external_index(formula: str) -> bool:
    """'[1]Blad1!A1': a bracketed number that opens a reference (Excel's index of another
    workbook), not a column of a table ('Tabel1[2025]', 'Tabel1[[#Totalen],[2025]]')."""
    depth = 0
    for at, char in enumerate(formula):
        if char == "[":
            if depth == 0 and _EXTERNAL_INDEX.match(formula, at):
                before = formula[at - 1] if at else " "
                if not (before.isalnum() or before in "_.@]"):
                    return True
            depth += 1
        elif char == "]":
            depth = max(depth - 1, 0)
    return False
