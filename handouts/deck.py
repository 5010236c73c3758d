"""The steering group's PowerPoint deck (python-pptx, 16:9): a title slide with the period and the
date, then one slide per section of the handout, laid out by handouts.layout so that nothing runs
off the slide, with the demo marking on every slide when demo data is shown."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from handouts.content import Handout
from handouts.layout import (
    CELL_PAD_X,
    CELL_PAD_Y,
    DECK,
    LINE,
    PARAGRAPH_GAP,
    Box,
    ImageBox,
    TableBox,
    TextBox,
    place,
)
from reporting import formatting as fmt
from reporting import palette
from reporting.i18n import text

FONT_NAME = "Arial"  # Liberation Sans (what the layout measures with) has the same widths
TEXT = RGBColor(0x1F, 0x1F, 0x1F)
MUTED = RGBColor.from_string(palette.MUTED_TEXT.lstrip("#"))
DEMO = RGBColor.from_string(palette.OKABE_ITO["vermillion"].lstrip("#"))
TITLE_ONLY, TITLE_SLIDE = 5, 0  # layouts of python-pptx's default template


def build_deck(handout: Handout) -> bytes:
    deck = Presentation()
    deck.slide_width, deck.slide_height = Pt(DECK.width), Pt(DECK.height)
    total = 1 + len(handout.sections)
    _title_slide(deck.slides.add_slide(deck.slide_layouts[TITLE_SLIDE]), handout)
    _footer(deck.slides[0], handout, 1, total)
    if handout.demo:
        _demo_mark(deck.slides[0], handout)
    for number, section in enumerate(handout.sections, start=2):
        slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY])
        _title(slide, section.title, DECK.margin, DECK.margin, DECK.title_size)
        for box in place(section, DECK):
            _draw(slide, box)
        _footer(slide, handout, number, total)
        if handout.demo:
            _demo_mark(slide, handout)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _title(slide: Slide, words: str, x: float, y: float, size: float) -> None:
    shape = slide.shapes.title
    shape.left, shape.top = Pt(x), Pt(y)
    shape.width, shape.height = Pt(DECK.width - 2 * DECK.margin), Pt(size * LINE * 1.1)
    frame = shape.text_frame
    frame.text = words
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.TOP
    _no_margins(frame)
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    _font(paragraph.runs[0].font, size, bold=True)


def _title_slide(slide: Slide, handout: Handout) -> None:
    top = DECK.height * 0.3
    _title(slide, handout.title, DECK.margin, top, 36)
    subtitle = slide.placeholders[1]
    subtitle.left, subtitle.top = Pt(DECK.margin), Pt(top + 36 * LINE * 1.3)
    subtitle.width, subtitle.height = Pt(DECK.width - 2 * DECK.margin), Pt(130)
    frame = subtitle.text_frame
    _no_margins(frame)
    lines = [handout.period, text("handouts.made_on", handout.lang, day=_day(handout))]
    if handout.demo:
        lines.append(text("handouts.demo", handout.lang))
    for i, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = line
        paragraph.alignment = PP_ALIGN.LEFT
        demo = handout.demo and i == len(lines) - 1
        _font(paragraph.runs[0].font, 22, bold=demo, colour=DEMO if demo else MUTED)


def _day(handout: Handout) -> str:
    return fmt.day(handout.made_on, handout.lang)


def _draw(slide: Slide, box: Box) -> None:
    if isinstance(box, ImageBox):
        slide.shapes.add_picture(io.BytesIO(box.png), Pt(box.x), Pt(box.y), Pt(box.width), Pt(box.height))
    elif isinstance(box, TableBox):
        _table(slide, box)
    else:
        _text(slide, box)


def _text(slide: Slide, box: TextBox) -> None:
    shape = slide.shapes.add_textbox(Pt(box.x), Pt(box.y), Pt(box.width), Pt(box.height))
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    _no_margins(frame)
    for i, words in enumerate(box.paragraphs):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = words
        paragraph.line_spacing = Pt(box.size * LINE)
        paragraph.space_after = Pt(box.size * PARAGRAPH_GAP)
        _font(paragraph.runs[0].font, box.size, bold=box.bold, colour=MUTED if box.muted else TEXT)


def _table(slide: Slide, box: TableBox) -> None:
    rows = box.rows()
    shape = slide.shapes.add_table(
        len(rows), len(rows[0]), Pt(box.x), Pt(box.y), Pt(box.width), Pt(box.height)
    )
    table = shape.table
    for i, width in enumerate(box.widths):
        table.columns[i].width = Pt(width)
    for r, height in enumerate(box.row_heights):
        table.rows[r].height = Pt(height)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.margin_left = cell.margin_right = Pt(CELL_PAD_X)
            cell.margin_top = cell.margin_bottom = Pt(CELL_PAD_Y)
            frame = cell.text_frame
            frame.word_wrap = True
            frame.text = value
            paragraph = frame.paragraphs[0]
            paragraph.line_spacing = Pt(box.size * LINE)
            if paragraph.runs:
                bold = r == 0 or (c == 0 and box.table.first_column_bold)
                _font(paragraph.runs[0].font, box.size, bold=bold, colour=None if r == 0 else TEXT)


def _footer(slide: Slide, handout: Handout, number: int, total: int) -> None:
    y = DECK.height - DECK.margin + 2
    left = TextBox(DECK.margin, y, DECK.width * 0.7, 14, (handout.footer(),), 9, muted=True)
    _text(slide, left)
    page = text("handouts.page", handout.lang, n=number, total=total)
    shape = slide.shapes.add_textbox(Pt(DECK.width * 0.7), Pt(y), Pt(DECK.width * 0.3 - DECK.margin), Pt(14))
    frame = shape.text_frame
    _no_margins(frame)
    frame.text = page
    frame.paragraphs[0].alignment = PP_ALIGN.RIGHT
    _font(frame.paragraphs[0].runs[0].font, 9, colour=MUTED)


def _demo_mark(slide: Slide, handout: Handout) -> None:
    width = 420
    shape = slide.shapes.add_textbox(Pt(DECK.width - DECK.margin - width), Pt(8), Pt(width), Pt(16))
    frame = shape.text_frame
    _no_margins(frame)
    frame.text = text("handouts.demo", handout.lang)
    frame.paragraphs[0].alignment = PP_ALIGN.RIGHT
    _font(frame.paragraphs[0].runs[0].font, 11, bold=True, colour=DEMO)


def _no_margins(frame) -> None:
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0


def _font(font, size: float, bold: bool = False, colour: RGBColor | None = TEXT) -> None:
    font.name = FONT_NAME
    font.size = Pt(size)
    font.bold = bold
    if colour is not None:
        font.color.rgb = colour
