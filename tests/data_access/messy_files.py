"""Builders of good, messy and bad quarterly workbooks for the importer tests.

Everything is built in memory with openpyxl (or by hand for non-workbook files), so the tests
show exactly what each file contains and no binaries are committed.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass, field
from datetime import date

from openpyxl import Workbook

from data_access import report_format as fmt

HEADERS = [c.header for c in fmt.ACTIVITY_COLUMNS]
HEADER_ROW, FIRST_ROW = 7, 8  # the template's layout: title, blank, 3 labels, blank, header
ACTIVITY = [
    ["Harderwijk", 20, 9, 2, 1, 1, 300, 200],
    ["Ermelo", 10, 5, 1, 0, 1, 150, 90],
]
HOURS = [["juli", 150], ["augustus", 120.5], ["september", 160]]
MOVE_HEADERS = [c.header for c in fmt.MOVE_COLUMNS]
MOVES = [
    [date(2026, 7, 10), "Harderwijk", "eengezinswoning", 4, "seniorenwoning", 2, "65-74", "ja", "gezin"],
    [date(2026, 8, 1), "Harderwijk", "eengezinswoning", 3, "meergezinswoning", 2, "75-84", "nee", "starter"],
    [date(2026, 9, 3), "Ermelo", "meergezinswoning", 3, "seniorenwoning", 1, "85+", "nee", "onbekend"],
]
BARRIERS = [["geen passend aanbod", 3], ["gezondheid", 1]]
TOTALS = {
    "conversations": 14,
    "moves": 3,
    "priority_moves": 1,
    "hours": 430.5,
    "senior_homes": 450,
    "senior_homes_labelled": 290,
}
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class Book:
    """Sheets as lists of rows (row 1 first); cells starting with '=' become formulas."""

    sheets: dict[str, list[list]] = field(default_factory=dict)

    def rows(self, sheet: str) -> list[list]:
        return self.sheets[sheet]

    def set(self, sheet: str, row: int, column: int, value) -> Book:
        """Set the cell at Excel row `row`, column number `column` (1 = A)."""
        rows = self.sheets[sheet]
        while len(rows) < row:
            rows.append([])
        line = rows[row - 1]
        while len(line) < column:
            line.append(None)
        line[column - 1] = value
        return self

    def to_bytes(self) -> bytes:
        wb = Workbook()
        wb.remove(wb.active)
        for name, rows in self.sheets.items():
            ws = wb.create_sheet(name)
            for r, line in enumerate(rows, start=1):
                for c, value in enumerate(line, start=1):
                    if value is not None:
                        ws.cell(row=r, column=c, value=value)
        buffer = io.BytesIO()
        wb.save(buffer)
        return buffer.getvalue()


def report_book(
    corporation="Uwoon",
    year=2026,
    quarter=3,
    *,
    activity=None,
    headers=None,
    hours=None,
    moves=None,
    barriers=None,
) -> Book:
    """A correct report in the template's layout (Excel row 7 = header, row 8 = first data row)."""
    rows = [
        ["Kwartaalrapportage verhuiscoach Noord-Veluwe"],
        [],
        ["Corporatie", corporation],
        ["Jaar", year],
        ["Kwartaal", quarter],
        [],
        list(headers or HEADERS),
    ]
    rows += [list(line) for line in (ACTIVITY if activity is None else activity)]
    book = Book(
        {
            fmt.SHEET_REPORT: rows,
            fmt.SHEET_HOURS: [["Maand", "Uren verhuiscoach"]] + [list(h) for h in (hours or HOURS)],
        }
    )
    if moves is not False:
        book.sheets[fmt.SHEET_MOVES] = [list(MOVE_HEADERS)] + [list(m) for m in (moves or MOVES)]
    if barriers is not False:
        book.sheets[fmt.SHEET_BARRIERS] = [["Reden", "Aantal"]] + [list(b) for b in (barriers or BARRIERS)]
    return book


def report_bytes(**kwargs) -> bytes:
    return report_book(**kwargs).to_bytes()


# --- files that are not a plain workbook ------------------------------------------------------


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def rewrite_part(content: bytes, part: str, change) -> bytes:
    """The same .xlsx with one member's bytes passed through `change`."""
    source = zipfile.ZipFile(io.BytesIO(content))
    members = {info.filename: source.read(info.filename) for info in source.infolist()}
    members[part] = change(members[part])
    return zip_bytes(members)


def add_part(content: bytes, part: str, data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(content))
    members = {info.filename: source.read(info.filename) for info in source.infolist()}
    members[part] = data
    return zip_bytes(members)


def zip_bomb(unpacked_bytes: int) -> bytes:
    """A small zip with an .xlsx's parts plus one member that unpacks to `unpacked_bytes` zeros."""
    buffer = io.BytesIO()
    base = zipfile.ZipFile(io.BytesIO(report_bytes()))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in base.infolist():
            archive.writestr(info.filename, base.read(info.filename))
        chunk = bytes(1024 * 1024)
        with archive.open("xl/media/padding.bin", "w", force_zip64=True) as member:
            for _ in range(unpacked_bytes // len(chunk)):
                member.write(chunk)
            member.write(bytes(unpacked_bytes % len(chunk)))
    return buffer.getvalue()


FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE Compound File (the container of .xls and of password-protected .xlsx).

    Version 3, 512-byte sectors; every stream is padded to at least 4096 bytes so it lives in the
    regular FAT (no mini stream): sector 0 is the FAT, sector 1 the directory, then the streams.
    """
    sector = 512
    data_sectors, fat = [], [FAT_SECTOR, END]
    entries = [_dir_entry("Root Entry", 5, END, 0, child=1)]
    for index, (name, payload) in enumerate(streams.items(), start=1):
        padded = payload.ljust(max(4096, -(-len(payload) // sector) * sector), b"\0")
        start = 2 + len(data_sectors)
        count = len(padded) // sector
        data_sectors += [padded[i * sector : (i + 1) * sector] for i in range(count)]
        fat += [start + i + 1 for i in range(count - 1)] + [END]
        right = index + 1 if index < len(streams) else NO_STREAM
        entries.append(_dir_entry(name, 2, start, len(padded), right=right))
    while len(entries) % 4:
        entries.append(
            b"\0" * 64 + struct.pack("<HBB3I", 0, 0, 0, NO_STREAM, NO_STREAM, NO_STREAM) + b"\0" * 52
        )
    assert len(entries) == 4 and len(fat) <= sector // 4
    fat_sector = struct.pack(f"<{sector // 4}I", *(fat + [FREE] * (sector // 4 - len(fat))))
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, 1, 1, 0, 4096, END, 0, END, 0)
        + struct.pack("<109I", 0, *([FREE] * 108))
    )
    return header + fat_sector + b"".join(entries) + b"".join(data_sectors)


def _dir_entry(name: str, kind: int, start: int, size: int, *, child=NO_STREAM, right=NO_STREAM) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", NO_STREAM, right, child)
        + b"\0" * 16
        + b"\0" * 4
        + b"\0" * 16
        + struct.pack("<IQ", start, size)
    )


def encrypted_workbook() -> bytes:
    """What Excel writes for 'Encrypt with password': a compound file with the encrypted package."""
    return compound_file(
        {
            "EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"\x01" * 200,
            "EncryptedPackage": struct.pack("<Q", 5000) + bytes(range(256)) * 20,
        }
    )


def legacy_xls() -> bytes:
    return compound_file({"Workbook": b"\x09\x08\x10\x00\x00\x06\x05\x00" + b"\0" * 600})


def database_state(engine, audit: bool = True) -> dict:
    """Everything an import could change: row counts per table and the versions with their flags
    (without the audit log when `audit` is False: a refusal is recorded there on purpose)."""
    from sqlalchemy import func, select

    from data_access.models import (
        ActivityRow,
        AuditEntry,
        BarrierCount,
        MonthlyHours,
        MoveRecord,
        Submission,
    )

    with engine.connect() as conn:
        counts = {
            model.__tablename__: conn.scalar(select(func.count()).select_from(model))
            for model in (Submission, ActivityRow, MonthlyHours, MoveRecord, BarrierCount, AuditEntry)
            if audit or model is not AuditEntry
        }
        versions = conn.execute(
            select(Submission.id, Submission.version, Submission.is_active, Submission.sha256).order_by(
                Submission.id
            )
        ).all()
    return {"counts": counts, "versions": [tuple(v) for v in versions]}
