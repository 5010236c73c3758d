"""The PDF handout (fpdf2): the deck's content on A4 landscape pages, charts as high-resolution
PNG, page numbers and the date in the footer, the demo marking on every page when demo data is
shown. Text is set in Liberation Sans (a TrueType font, so "€" and "−" print; fpdf2's built-in
fonts are Latin-1 only), wrapped exactly as handouts.layout measured it."""

from __future__ import annotations

import io
from functools import lru_cache

from fontTools.ttLib import TTFont
from fpdf import FPDF

from handouts.content import Handout
from handouts.layout import (
    CELL_PAD_X,
    CELL_PAD_Y,
    FONT_BOLD,
    FONT_REGULAR,
    LINE,
    PARAGRAPH_GAP,
    PDF,
    Box,
    ImageBox,
    TableBox,
    TextBox,
    place,
    wrap,
)
from reporting import formatting as fmt
from reporting import palette
from reporting.i18n import text

FAMILY = "Sans"
TEXT = (0x1F, 0x1F, 0x1F)
HEADER_FILL = (0xDD, 0xEB, 0xF7)
GRID = (0xB0, 0xB0, 0xB0)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


MUTED = _rgb(palette.MUTED_TEXT)
DEMO = _rgb(palette.OKABE_ITO["vermillion"])


@lru_cache(maxsize=1)
def _glyphs() -> frozenset[int]:
    """The characters the font can draw (emoji such as ⚠️ are left out of the PDF's text)."""
    return frozenset(TTFont(str(FONT_REGULAR)).getBestCmap())


def printable(words: str) -> str:
    glyphs = _glyphs()
    kept = "".join(ch for ch in words if ord(ch) in glyphs or ch == "\n")
    return " ".join(kept.split(" ")).replace("  ", " ").replace("( ", "(").strip()


class _Document(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="pt", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(PDF.margin, PDF.margin, PDF.margin)
        self.add_font(FAMILY, "", str(FONT_REGULAR))
        self.add_font(FAMILY, "B", str(FONT_BOLD))
        self.set_creator("Doorstroommonitor Noord-Veluwe")


def build_pdf(handout: Handout) -> bytes:
    pdf = _Document()
    pdf.set_title(printable(f"{handout.title}: {handout.period}"))
    total = 1 + len(handout.sections)
    pdf.add_page()
    _title_page(pdf, handout)
    _chrome(pdf, handout, 1, total)
    for number, section in enumerate(handout.sections, start=2):
        pdf.add_page()
        _line(pdf, section.title, PDF.margin, PDF.margin, PDF.title_size, bold=True)
        for box in place(section, PDF):
            _draw(pdf, box)
        _chrome(pdf, handout, number, total)
    return bytes(pdf.output())


def _title_page(pdf: FPDF, handout: Handout) -> None:
    y = PDF.height * 0.32
    _line(pdf, handout.title, PDF.margin, y, 30, bold=True)
    y += 30 * LINE + 20
    lines = [
        handout.period,
        text("handouts.made_on", handout.lang, day=fmt.day(handout.made_on, handout.lang)),
    ]
    for words in lines:
        _line(pdf, words, PDF.margin, y, 18, colour=MUTED)
        y += 18 * LINE + 6
    if handout.demo:
        _line(pdf, text("handouts.demo", handout.lang), PDF.margin, y, 18, bold=True, colour=DEMO)


def _chrome(pdf: FPDF, handout: Handout, number: int, total: int) -> None:
    """Footer (title and date left, page number right) and the demo marking at the top."""
    y = PDF.height - PDF.margin + 4
    _line(pdf, handout.footer(), PDF.margin, y, 9, colour=MUTED)
    page = text("handouts.page", handout.lang, n=number, total=total)
    _line(pdf, page, PDF.margin, y, 9, colour=MUTED, width=PDF.width - 2 * PDF.margin, align="R")
    if handout.demo:
        demo = text("handouts.demo", handout.lang)
        _line(
            pdf, demo, PDF.margin, 10, 10, bold=True, colour=DEMO, width=PDF.width - 2 * PDF.margin, align="R"
        )


def _line(
    pdf: FPDF,
    words: str,
    x: float,
    y: float,
    size: float,
    bold: bool = False,
    colour: tuple[int, int, int] = TEXT,
    width: float = 0,
    align: str = "L",
) -> None:
    pdf.set_font(FAMILY, "B" if bold else "", size)
    pdf.set_text_color(*colour)
    pdf.set_xy(x, y)
    pdf.cell(width or pdf.get_string_width(printable(words)) + 2, size * LINE, printable(words), align=align)


def _draw(pdf: FPDF, box: Box) -> None:
    if isinstance(box, ImageBox):
        pdf.image(io.BytesIO(box.png), x=box.x, y=box.y, w=box.width, h=box.height)
    elif isinstance(box, TableBox):
        _table(pdf, box)
    else:
        _text(pdf, box)


def _text(pdf: FPDF, box: TextBox) -> None:
    y = box.y
    colour = MUTED if box.muted else TEXT
    for paragraph in box.paragraphs:
        for words in wrap(printable(paragraph), box.size, box.width, box.bold):
            _line(pdf, words, box.x, y, box.size, bold=box.bold, colour=colour)
            y += box.size * LINE
        y += box.size * PARAGRAPH_GAP


def _table(pdf: FPDF, box: TableBox) -> None:
    pdf.set_draw_color(*GRID)
    pdf.set_line_width(0.5)
    y = box.y
    for r, (row, height) in enumerate(zip(box.rows(), box.row_heights, strict=True)):
        x = box.x
        for c, (value, width) in enumerate(zip(row, box.widths, strict=True)):
            if r == 0:
                pdf.set_fill_color(*HEADER_FILL)
                pdf.rect(x, y, width, height, style="DF")
            else:
                pdf.rect(x, y, width, height)
            bold = r == 0 or (c == 0 and box.table.first_column_bold)
            line_y = y + CELL_PAD_Y
            for words in wrap(printable(value), box.size, width - 2 * CELL_PAD_X, bold):
                _line(pdf, words, x + CELL_PAD_X, line_y, box.size, bold=bold)
                line_y += box.size * LINE
            x += width
        y += height
