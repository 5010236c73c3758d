"""Refuse files that are not a plain .xlsx workbook, before any parser sees them.

Checked on the bytes alone, cheapest first: size, then the file's signature, then the zip's
table of contents (unpacked size, macros, encryption, XML prologues). Every refusal is a Dutch
sentence that says what to do.
"""

from __future__ import annotations

import io
import re
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
SAVE_AS_XLSX = "Open het in Excel, kies Opslaan als → 'Excel-werkmap (.xlsx)' en upload dat bestand."


class RefusedFile(UserError, ValueError):
    """The file cannot be read safely as a workbook; str(exc) is the Dutch message."""


def check_workbook_file(content: bytes) -> None:
    """Raise RefusedFile unless `content` looks like a plain, reasonably sized .xlsx."""
    if not content:
        raise RefusedFile("Het bestand is leeg (0 bytes). Controleer of u het juiste bestand kiest.")
    if len(content) > MAX_FILE_BYTES:
        raise RefusedFile(
            f"Het bestand is {len(content) / 1024 / 1024:.1f} MB; de grens is 10 MB. Een kwartaal"
            "rapportage is normaal veel kleiner: verwijder afbeeldingen of extra bladen."
        )
    if content.startswith(OLE_SIGNATURE):
        _refuse_compound_file(content)
    if content.startswith(b"%PDF"):
        raise RefusedFile("Dit is een PDF-bestand, geen Excel-werkmap. Upload de rapportage als .xlsx.")
    if not content.startswith(ZIP_SIGNATURES):
        _refuse_other(content)
    _check_zip(content)


def _refuse_compound_file(content: bytes) -> None:
    if ENCRYPTED_STREAM in content:
        raise RefusedFile(
            "Het bestand is met een wachtwoord beveiligd en kan daardoor niet worden gelezen. "
            "Verwijder het wachtwoord (Excel: Bestand → Info → Werkmap beveiligen → Versleutelen "
            "met wachtwoord, veld leegmaken), sla op en upload opnieuw."
        )
    raise RefusedFile("Dit is een ouder Excel-bestand (.xls, Excel 97-2003). " + SAVE_AS_XLSX)


def _refuse_other(content: bytes) -> None:
    head = content[:4096]
    if head.lstrip().lower().startswith((b"<?xml", b"<html", b"<!doctype", b"<table")):
        raise RefusedFile("Dit is een XML- of HTML-bestand, geen Excel-werkmap. " + SAVE_AS_XLSX)
    if b"\x00" not in head:
        raise RefusedFile(
            "Dit is een tekstbestand (bijvoorbeeld CSV), geen Excel-werkmap. Gebruik het sjabloon "
            "van de Doorstroommonitor en sla het op als 'Excel-werkmap (.xlsx)'."
        )
    raise RefusedFile("Dit bestand is geen Excel-werkmap (.xlsx). " + SAVE_AS_XLSX)


def _check_zip(content: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise RefusedFile(_corrupt()) from exc
    if len(members) > MAX_ZIP_MEMBERS or sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise RefusedFile(
            "Het bestand is uitgepakt groter dan 100 MB en wordt daarom niet gelezen. Een kwartaal"
            "rapportage is veel kleiner: gebruik het sjabloon en verwijder extra bladen of afbeeldingen."
        )
    if any(m.flag_bits & 0x1 for m in members):
        raise RefusedFile(
            "Het bestand is met een wachtwoord beveiligd; verwijder het wachtwoord, sla op en upload opnieuw."
        )
    names = {m.filename for m in members}
    content_types = _read_member(archive, "mimetype") if "mimetype" in names else b""
    if content_types.startswith(ODS_MIMETYPE):
        raise RefusedFile(
            "Dit is een OpenDocument-rekenblad (.ods), geen Excel-werkmap. "
            "Kies in LibreOffice of Excel 'Opslaan als' → 'Excel-werkmap (.xlsx)'."
        )
    if "[Content_Types].xml" not in names:
        raise RefusedFile("Dit bestand is een zip-archief, geen Excel-werkmap (.xlsx). " + SAVE_AS_XLSX)
    content_types = _read_member(archive, "[Content_Types].xml")
    if XLSM_MAIN in content_types or "xl/vbaProject.bin" in names:
        raise RefusedFile("Dit is een werkmap met macro's (.xlsm); die nemen we niet aan. " + SAVE_AS_XLSX)
    if XLSX_MAIN not in content_types and XLTX_MAIN not in content_types:
        kind = (
            "een Word-document"
            if "word/document.xml" in names
            else ("een PowerPoint-bestand" if "ppt/presentation.xml" in names else "geen Excel-werkmap")
        )
        raise RefusedFile(f"Dit bestand is {kind}, geen Excel-werkmap (.xlsx). " + SAVE_AS_XLSX)
    _refuse_doctype(archive, members)


_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def _refuse_doctype(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """Excel never writes a DTD; one in a part is a sign of an XML entity attack (XXE)."""
    for member in members:
        if member.filename.endswith((".xml", ".rels")):
            try:
                with archive.open(member) as part:
                    prologue = part.read(2048)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                raise RefusedFile(_corrupt()) from exc
            if _DOCTYPE.search(prologue):
                raise RefusedFile(
                    "Het bestand bevat onveilige XML-onderdelen en wordt niet gelezen. "
                    "Sla het opnieuw op in Excel als 'Excel-werkmap (.xlsx)'."
                )


def _read_member(archive: zipfile.ZipFile, name: str, limit: int = 1024 * 1024) -> bytes:
    try:
        with archive.open(name) as member:
            return member.read(limit)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise RefusedFile(_corrupt()) from exc


def _corrupt() -> str:
    return (
        "Het bestand is beschadigd of onvolledig en kan niet worden geopend. Open het in Excel, "
        "sla het opnieuw op als 'Excel-werkmap (.xlsx)' en upload het nog eens."
    )
