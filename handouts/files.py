"""The three files as bytes, by kind: what the command line writes and the download buttons offer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Engine

from handouts.content import build_handout
from handouts.deck import build_deck
from handouts.pdf import build_pdf
from handouts.workbook import build_workbook

KINDS = ("deck", "pdf", "workbook")
SUFFIXES = {"deck": ".pptx", "pdf": ".pdf", "workbook": ".xlsx"}
MIME = {
    "deck": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pdf": "application/pdf",
    "workbook": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _deck(engine: Engine, year: int, today: date, lang: str) -> bytes:
    return build_deck(build_handout(engine, year, today, lang))


def _pdf(engine: Engine, year: int, today: date, lang: str) -> bytes:
    return build_pdf(build_handout(engine, year, today, lang))


BUILDERS: dict[str, Callable[[Engine, int, date, str], bytes]] = {
    "deck": _deck,
    "pdf": _pdf,
    "workbook": build_workbook,
}


def build(kind: str, engine: Engine, year: int, today: date, lang: str = "nl") -> bytes:
    """The `kind` file for `year` (raises UserError "handouts.no_data" for a year without reports)."""
    return BUILDERS[kind](engine, year, today, lang)


def file_name(kind: str, year: int) -> str:
    return f"stuurgroep-{year}{SUFFIXES[kind]}"
