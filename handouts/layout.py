"""Where each piece of a section goes on a page, in points, for the deck (960 × 540 pt, 16:9) and
the PDF (A4 landscape, 842 × 595 pt) alike, and at what font size, so that nothing runs off the
page: text is wrapped with the real font's widths (Liberation Sans, metric-compatible with Arial)
and shrunk step by step until it fits its box.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

from handouts.content import Section, Table
from reporting.images import png_size

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
FONT_REGULAR = FONT_DIR / "LiberationSans-Regular.ttf"
FONT_BOLD = FONT_DIR / "LiberationSans-Bold.ttf"
LINE = 1.2  # line height as a multiple of the font size
SAFETY = 1.06  # measured widths are widened a little: PowerPoint wraps a hair earlier than PIL
CELL_PAD_X, CELL_PAD_Y = 5.0, 3.0  # table cell padding (pt)
PARAGRAPH_GAP = 0.45  # space after a paragraph, as a multiple of the font size
GAP = 14.0  # between boxes (pt)
MIN_SIZE = 8.0


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    margin: float
    title_size: float
    text_sizes: tuple[float, ...]  # the sizes tried for the key numbers, largest first
    table_sizes: tuple[float, ...]
    note_size: float

    @property
    def body(self) -> tuple[float, float, float, float]:
        """x, y, width, height of the area under the title and above the footer."""
        top = self.margin + self.title_size * LINE + 16
        return self.margin, top, self.width - 2 * self.margin, self.height - top - self.margin - 8


DECK = Page(960, 540, 30, 28, (20, 18, 16, 15, 14, 13, 12, 11, 10, 9, 8), (14, 13, 12, 11, 10, 9, 8), 10)
PDF = Page(842, 595, 30, 22, (14, 13, 12, 11, 10, 9, 8), (11, 10, 9, 8), 9)


@dataclass(frozen=True)
class TextBox:
    x: float
    y: float
    width: float
    height: float
    paragraphs: tuple[str, ...]
    size: float
    bold: bool = False
    muted: bool = False

    def wrapped(self) -> list[list[str]]:
        return [wrap(p, self.size, self.width, self.bold) for p in self.paragraphs]


@dataclass(frozen=True)
class ImageBox:
    x: float
    y: float
    width: float
    height: float
    png: bytes


@dataclass(frozen=True)
class TableBox:
    x: float
    y: float
    widths: tuple[float, ...]
    row_heights: tuple[float, ...]
    table: Table
    size: float

    @property
    def width(self) -> float:
        return sum(self.widths)

    @property
    def height(self) -> float:
        return sum(self.row_heights)

    def rows(self) -> list[list[str]]:
        """Header row first, every cell as text."""
        frame = self.table.frame
        return [[str(c) for c in frame.columns]] + [
            [_cell(v) for v in row] for row in frame.itertuples(False)
        ]


Box = TextBox | ImageBox | TableBox


# --- Measuring text ------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _font(size: float, bold: bool) -> ImageFont.FreeTypeFont:
    # Measured at 10× so that fractional point sizes keep their precision.
    return ImageFont.truetype(str(FONT_BOLD if bold else FONT_REGULAR), int(round(size * 10)))


@lru_cache(maxsize=65536)
def text_width(text: str, size: float, bold: bool = False) -> float:
    return _font(size, bold).getlength(text) / 10 * SAFETY


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap to `width` points; a word longer than the line is cut."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, size, bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while text_width(word, size, bold) > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and text_width(word[:cut], size, bold) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def paragraphs_height(paragraphs: tuple[str, ...], size: float, width: float, bold: bool = False) -> float:
    lines = sum(len(wrap(p, size, width, bold)) for p in paragraphs)
    return lines * size * LINE + max(0, len(paragraphs) - 1) * size * PARAGRAPH_GAP


def fit_text(
    paragraphs: tuple[str, ...], sizes: tuple[float, ...], width: float, height: float, bold: bool = False
) -> tuple[float, float]:
    """The largest size whose wrapped text fits the box, and the height it takes."""
    for size in sizes:
        needed = paragraphs_height(paragraphs, size, width, bold)
        if needed <= height:
            return size, needed
    return sizes[-1], paragraphs_height(paragraphs, sizes[-1], width, bold)


# --- Tables --------------------------------------------------------------------------------------------


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def column_widths(rows: list[list[str]], size: float, total: float) -> tuple[float, ...]:
    """Each column as wide as its longest text where possible; the widest ones share what is left."""
    natural = [
        max(text_width(row[i], size, bold=(r == 0 or i == 0)) for r, row in enumerate(rows)) + 2 * CELL_PAD_X
        for i in range(len(rows[0]))
    ]
    if sum(natural) <= total:
        spare = (total - sum(natural)) / len(natural)
        return tuple(n + spare for n in natural)
    # Narrower than their text: at least as wide as their longest word, when the table allows it.
    longest = [
        max(
            text_width(word, size, bold=(r == 0 or i == 0))
            for r, row in enumerate(rows)
            for word in row[i].split(" ")
        )
        + 2 * CELL_PAD_X
        for i in range(len(rows[0]))
    ]
    if sum(longest) <= total:
        return _share(natural, longest, total)
    widths = [0.0] * len(natural)
    open_columns = list(range(len(natural)))
    left = total
    while open_columns:
        share = left / len(open_columns)
        narrow = [i for i in open_columns if natural[i] <= share]
        if not narrow:
            for i in open_columns:
                widths[i] = share
            break
        for i in narrow:
            widths[i] = natural[i]
            left -= natural[i]
            open_columns.remove(i)
    return tuple(widths)


def _share(natural: list[float], least: list[float], total: float) -> tuple[float, ...]:
    """Every column its least width, the rest of `total` shared in proportion to what each lacks."""
    lacking = [n - m for n, m in zip(natural, least, strict=True)]
    spare = total - sum(least)
    return tuple(m + spare * lack / sum(lacking) for m, lack in zip(least, lacking, strict=True))


def row_heights(rows: list[list[str]], widths: tuple[float, ...], size: float) -> tuple[float, ...]:
    """Each row as tall as its most wrapped cell (the first column measured bold, as it may be)."""
    heights = []
    for r, row in enumerate(rows):
        lines = max(
            len(wrap(cell, size, w - 2 * CELL_PAD_X, bold=(r == 0 or c == 0)))  # headers and row names bold
            for c, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        heights.append(lines * size * LINE + 2 * CELL_PAD_Y)
    return tuple(heights)


def fit_table(table: Table, x: float, y: float, width: float, height: float, sizes) -> TableBox:
    probe = TableBox(x, y, (), (), table, sizes[0])
    rows = probe.rows()
    for size in sizes:
        widths = column_widths(rows, size, width)
        heights = row_heights(rows, widths, size)
        if sum(heights) <= height:
            break
    return TableBox(x, y, widths, heights, table, size)


# --- Images --------------------------------------------------------------------------------------------


def fit_image(png: bytes, x: float, y: float, width: float, height: float, centre: bool = True) -> ImageBox:
    """The image as large as fits the box, aspect kept, at the top (centred across, or at the left)."""
    pixels_w, pixels_h = png_size(png)
    scale = min(width / pixels_w, height / pixels_h)
    w, h = pixels_w * scale, pixels_h * scale
    return ImageBox(x + (width - w) / 2 if centre else x, y, w, h, png)


# --- A section on a page --------------------------------------------------------------------------------


def place(section: Section, page: Page) -> list[Box]:
    """The boxes of one section's page: key numbers, charts, table and the small print."""
    x, y, width, height = page.body
    boxes: list[Box] = []
    if section.note:
        size, needed = fit_text((section.note,), (page.note_size, MIN_SIZE), width, 4 * page.note_size * LINE)
        boxes.append(TextBox(x, y + height - needed, width, needed, (section.note,), size, muted=True))
        height -= needed + GAP / 2
    if len(section.images) == 1:
        return boxes + _image_beside(section, page, x, y, width, height)
    return boxes + _lines_above(section, page, x, y, width, height)


def _lines_box(lines, page, x, y, width, max_height) -> TextBox | None:
    if not lines:
        return None
    size, needed = fit_text(lines, page.text_sizes, width, max_height)
    return TextBox(x, y, width, needed, lines, size)


def _lines_above(section: Section, page: Page, x, y, width, height) -> list[Box]:
    boxes: list[Box] = []
    share = 0.42 if section.images or section.table is not None else 1.0
    text = _lines_box(section.lines, page, x, y, width, height * share)
    if text is not None:
        boxes.append(text)
        y, height = y + text.height + GAP, height - text.height - GAP
    if section.images:
        count = len(section.images)
        each = (width - GAP * (count - 1)) / count
        for i, png in enumerate(section.images):
            boxes.append(fit_image(png, x + i * (each + GAP), y, each, height))
    if section.table is not None:
        boxes += _titled_table(section.table, page, x, y, width, height)
    return boxes


def _image_beside(section: Section, page: Page, x, y, width, height) -> list[Box]:
    """One chart on the left; the key numbers (and a table) on the right."""
    left = width * (0.44 if section.table is not None else 0.56)
    image = fit_image(section.images[0], x, y, left, height, centre=False)
    boxes: list[Box] = [image]
    right_x = x + image.width + GAP  # a tall, narrow chart leaves the text more room
    right_w = x + width - right_x
    share = 0.4 if section.table is not None else 1.0
    text = _lines_box(section.lines, page, right_x, y, right_w, height * share)
    if text is not None:
        boxes.append(text)
        y, height = y + text.height + GAP, height - text.height - GAP
    if section.table is not None:
        boxes += _titled_table(section.table, page, right_x, y, right_w, height)
    return boxes


def _titled_table(table: Table, page: Page, x, y, width, height) -> list[Box]:
    boxes: list[Box] = []
    if table.title:
        size, needed = fit_text((table.title,), page.table_sizes, width, height / 4, bold=True)
        boxes.append(TextBox(x, y, width, needed, (table.title,), size, bold=True))
        y, height = y + needed + 4, height - needed - 4
    boxes.append(fit_table(table, x, y, width, height, page.table_sizes))
    return boxes


def overflow(boxes: list[Box], page: Page) -> list[str]:
    """What runs off the page or out of its box (empty when everything fits): for the tests."""
    problems = []
    bottom = page.height - page.margin + 1
    right = page.width - page.margin + 1
    for box in boxes:
        w = box.width
        h = box.height
        if box.x < page.margin - 1 or box.x + w > right or box.y + h > bottom:
            problems.append(f"{type(box).__name__} at ({box.x:.0f}, {box.y:.0f}) size {w:.0f}×{h:.0f}")
        if isinstance(box, TextBox):
            needed = paragraphs_height(box.paragraphs, box.size, box.width, box.bold)
            if needed > box.height + 0.5:
                problems.append(
                    f"text '{box.paragraphs[0][:30]}…' needs {needed:.0f} pt, has {box.height:.0f}"
                )
    return problems
