"""Refuse files that are not a plain .xlsx workbook, before any parser sees them.

Checked on the bytes alone, cheapest first: size, then the file's signature, then the zip's
table of contents (unpacked size, macros, encryption, what kind of document it is). Every part is
then streamed by sheetscan.py (DTDs anywhere, sheet ranges) before any reader sees it. Every
refusal is a coded message (domain/messages/upload.py) that says what to do.
"""

from __future__ import annotations

import io
import zipfile

from domain.errors import UserError

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: .xls, or an encrypted .xlsx
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
XLSX_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLTX_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"
XLSM_MAIN = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


class RefusedFile(UserError, ValueError):
    """The file cannot be read safely as a workbook."""


def check_workbook_file(content: bytes) -> None:
    """Raise RefusedFile unless `content` looks like a plain, reasonably sized .xlsx."""
    if not content:
        raise RefusedFile("upload.file_empty")
    if len(content) > MAX_FILE_BYTES:
        raise RefusedFile(
            "upload.file_too_large", megabytes=len(content) / 1024 / 1024, limit=MAX_FILE_BYTES // 1024**2
        )
    if content.startswith(OLE_SIGNATURE):
        _refuse_compound_file(content)
    if content.startswith(b"%PDF"):
        raise RefusedFile("upload.file_pdf")
    if not content.startswith(ZIP_SIGNATURES):
        _refuse_other(content)
    _check_zip(content)


def _refuse_compound_file(content: bytes) -> None:
    if ENCRYPTED_STREAM in content:
        raise RefusedFile("upload.file_encrypted")
    raise RefusedFile("upload.file_xls")


def _refuse_other(content: bytes) -> None:
    head = content[:4096]
    if head.lstrip().lower().startswith((b"<?xml", b"<html", b"<!doctype", b"<table")):
        raise RefusedFile("upload.file_xml")
    if b"\x00" not in head:
        raise RefusedFile("upload.file_text")
    raise RefusedFile("upload.file_not_xlsx")


def _check_zip(content: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise RefusedFile("upload.file_corrupt") from exc
    if len(members) > MAX_ZIP_MEMBERS or sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise RefusedFile("upload.file_unpacked_too_large")
    if any(m.flag_bits & 0x1 for m in members):
        raise RefusedFile("upload.file_zip_encrypted")
    names = {m.filename for m in members}
    content_types = _read_member(archive, "mimetype") if "mimetype" in names else b""
    if content_types.startswith(ODS_MIMETYPE):
        raise RefusedFile("upload.file_ods")
    if "[Content_Types].xml" not in names:
        raise RefusedFile("upload.file_zip")
    content_types = _read_member(archive, "[Content_Types].xml")
    if XLSM_MAIN in content_types or "xl/vbaProject.bin" in names:
        raise RefusedFile("upload.file_xlsm")
    if XLSX_MAIN not in content_types and XLTX_MAIN not in content_types:
        if "word/document.xml" in names:
            raise RefusedFile("upload.file_word")
        if "ppt/presentation.xml" in names:
            raise RefusedFile("upload.file_powerpoint")
        raise RefusedFile("upload.file_not_xlsx")


def _read_member(archive: zipfile.ZipFile, name: str, limit: int = 1024 * 1024) -> bytes:
    try:
        with archive.open(name) as member:
            return member.read(limit)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise RefusedFile("upload.file_corrupt") from exc
