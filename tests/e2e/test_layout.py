"""The meeting-room check: every page of the navigation at 1024×768, 1280×720 and 1920×1080, as
the local administrator (who sees every page) on the demo data.

On each page and size: no text is cut off (an ellipsis, or text clipped by its box) and no word is
broken over two lines; no chart or table is wider than the column it sits in; the main area does
not scroll sideways; the title is near the top of the first screen; at 1920×1080 captions and
table text are at least 18 px and dark enough (7:1 on the background). A screenshot of each page
and size lands in test-artifacts/screenshots/layout-<page>-<size>.png (and the whole page in
...-full.png), for a person to look at.

One server, one browser context per size, the pages in a loop: about a minute per size.
"""

from __future__ import annotations

import re

import pytest

from tests.e2e.harness import SIGN_IN_VIEWPORTS, open_page, registered_pages, screenshot_pair
from tests.e2e.test_theme_contrast import contrast_ratio

pytestmark = pytest.mark.e2e

PAGES = registered_pages()
SIZES = ("1024x768", "1280x720", "1920x1080")
TITLE_TOP_MAX_PX = 120  # the page title's top edge at 1280×720, demo banner included
LEGIBLE_PX = 18  # captions and table text at 1920×1080
LEGIBLE_CONTRAST = 7.0

# What the page looks like once drawn: charts are drawn by vega-embed after the script has run.
CHARTS_DRAWN_JS = """() => [...document.querySelectorAll('[data-testid="stMain"] .vega-embed')]
    .every(e => e.querySelector('canvas, svg'))"""

LAYOUT_JS = r"""() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const block = document.querySelector('[data-testid="stMainBlockContainer"]');
    const describe = (el) => {
        const id = el.getAttribute('data-testid') || el.closest('[data-testid]')?.getAttribute('data-testid');
        const words = (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
        return `${id || el.tagName.toLowerCase()}: "${words.slice(0, 60)}"`;
    };
    const visible = (el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && !el.closest('[hidden], [aria-hidden="true"]');
    };
    // Canvas tables, charts and the upload box draw their own insides.
    const OWN_DRAWING = '[data-testid="stDataFrame"], .vega-embed, [data-testid="stFileUploaderDropzone"]';

    // 1. Text cut off: an ellipsis, or text in a clipping box that is wider than the box.
    const cut = [];
    for (const el of main.querySelectorAll('*')) {
        if (el.closest(OWN_DRAWING) || !visible(el)) continue;
        const style = getComputedStyle(el);
        const clips = style.textOverflow === 'ellipsis' || ['hidden', 'clip'].includes(style.overflowX);
        if (!clips || !(el.innerText || '').trim()) continue;
        if (el.scrollWidth > el.clientWidth + 1) cut.push(describe(el));
    }

    // 2. A word broken over two lines ("Verhuizinge / n"): letters and digits of one word whose
    // glyphs sit on different lines.
    const broken = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const WORD = /[\p{L}\p{N}][\p{L}\p{N}.,]*[\p{L}\p{N}]/gu;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(OWN_DRAWING) || !visible(parent)) continue;
        for (const match of node.data.matchAll(WORD)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                .map(r => Math.round(r.top)));
            if (tops.size > 1) broken.push(`${describe(parent)} breaks "${match[0]}"`);
        }
    }

    // 3. Charts and tables wider than their column (or the main block).
    const wide = [];
    const inner = (el) => {
        const r = el.getBoundingClientRect(), s = getComputedStyle(el);
        return {left: r.left + parseFloat(s.paddingLeft), right: r.right - parseFloat(s.paddingRight)};
    };
    const boxes = main.querySelectorAll(
        '.vega-embed, .vega-embed > canvas, .vega-embed > svg, [data-testid="stDataFrame"], '
        + '[data-testid="stTable"], [data-testid="stMarkdownContainer"] table, '
        + '[data-testid="stMetric"], [data-testid="stButton"], '
        + '[data-testid="stDownloadButton"]');
    for (const el of boxes) {
        if (!visible(el)) continue;
        const r = el.getBoundingClientRect();
        const column = el.closest('[data-testid="stColumn"]') || block;
        const c = column === block ? inner(block) : column.getBoundingClientRect();
        if (r.right > c.right + 1 || r.left < c.left - 1) {
            wide.push(`${describe(el)} spans ${Math.round(r.left)}-${Math.round(r.right)} px in a `
                + `column of ${Math.round(c.left)}-${Math.round(c.right)} px`);
        }
    }

    // A canvas table whose columns do not all fit scrolls inside itself: columns are hidden.
    for (const table of main.querySelectorAll('[data-testid="stDataFrame"]')) {
        const scroller = table.querySelector('.dvn-scroller');
        if (visible(table) && scroller && scroller.scrollWidth > scroller.clientWidth + 1) {
            wide.push(`${describe(table)} hides ${scroller.scrollWidth - scroller.clientWidth} px `
                + 'of columns behind a sideways scroll');
        }
    }

    // 4. Sideways scrolling of the main area or the whole document.
    const sideways = Math.max(main.scrollWidth - main.clientWidth,
        document.documentElement.scrollWidth - document.documentElement.clientWidth);

    // 5. Where the title is, how large and dark captions and table text are.
    const h1 = main.querySelector('h1');
    const captions = [...main.querySelectorAll('[data-testid="stCaptionContainer"]')].filter(visible)
        .map(el => {
            // The text as seen: its colour through the opacity of the caption and its parents.
            let opacity = 1;
            for (let e = el; e; e = e.parentElement) opacity *= parseFloat(getComputedStyle(e).opacity);
            const text = el.querySelector('p') || el;
            return {text: describe(el), size: parseFloat(getComputedStyle(text).fontSize),
                    colour: getComputedStyle(text).color, opacity};
        });
    // A canvas table's font is in the grid's style variable (the first element that sets it).
    const tables = [...main.querySelectorAll('[data-testid="stDataFrame"]')].filter(visible)
        .map(table => [...table.querySelectorAll('*')]
            .map(el => getComputedStyle(el).getPropertyValue('--gdg-base-font-style')).find(v => v))
        .filter(v => v).map(v => parseFloat(v.match(/([\d.]+)px/)[1]));
    const cells = [...main.querySelectorAll(
        ':is([data-testid="stTable"], [data-testid="stMarkdownContainer"]) :is(td, th)')]
        .filter(visible).map(el => parseFloat(getComputedStyle(el).fontSize));
    return {cut, broken, wide, sideways, titleTop: h1 ? h1.getBoundingClientRect().top : null,
            captions, tableFonts: [...tables, ...cells],
            background: getComputedStyle(document.querySelector('[data-testid="stApp"]')).backgroundColor};
}"""


def _hex(css_colour: str) -> str:
    """'rgb(26, 26, 26)' or 'rgba(..., 1)' → '#1a1a1a' (only opaque colours: a see-through
    caption colour is itself a finding)."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", css_colour)]
    if len(numbers) == 4 and numbers[3] < 1:
        raise AssertionError(f"see-through text colour {css_colour}")
    return "#" + "".join(f"{int(n):02x}" for n in numbers[:3])


def _seen(css_colour: str, opacity: float, background: str) -> str:
    """The colour a reader sees: `css_colour` at `opacity` over `background`."""
    fore = [int(_hex(css_colour)[i : i + 2], 16) for i in (1, 3, 5)]
    back = [int(background[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(
        f"{round(f * opacity + b * (1 - opacity)):02x}" for f, b in zip(fore, back, strict=True)
    )


def _problems(report: dict, size: str) -> list[str]:
    problems = [f"cut off: {item}" for item in report["cut"]]
    problems += [f"word broken: {item}" for item in report["broken"]]
    problems += [f"too wide: {item}" for item in report["wide"]]
    if report["sideways"] > 1:
        problems.append(f"the main area scrolls sideways by {report['sideways']} px")
    if report["titleTop"] is None:
        problems.append("no title")
    elif size == "1280x720" and report["titleTop"] > TITLE_TOP_MAX_PX:
        problems.append(f"the title starts at y={report['titleTop']:.0f} px (> {TITLE_TOP_MAX_PX})")
    if size == "1920x1080":
        background = _hex(report["background"])
        for caption in report["captions"]:
            if caption["size"] < LEGIBLE_PX:
                problems.append(f"caption of {caption['size']:.1f} px: {caption['text']}")
            ratio = contrast_ratio(_seen(caption["colour"], caption["opacity"], background), background)
            if ratio < LEGIBLE_CONTRAST:
                problems.append(f"caption contrast {ratio:.1f}:1: {caption['text']}")
        problems += [f"table text of {px:.1f} px" for px in report["tableFonts"] if px < LEGIBLE_PX]
    return problems


def test_every_page_of_the_navigation_is_measured():
    """The loop below covers what app.py registers; these are the pages the issue names."""
    names = {p.url_path for p in PAGES}
    assert {"", "voortgang", "uren", "kosten", "wat-als", "upload", "instellingen", "evaluatie"} <= names
    assert {"logboek", "gebruikers"} <= names


@pytest.mark.parametrize("size", SIZES)
def test_nothing_is_cut_off_or_too_wide(app_server, new_page, screenshot_dir, size):
    page, console = new_page(size)
    assert page.viewport_size == SIGN_IN_VIEWPORTS[size]
    findings: dict[str, list[str]] = {}
    for registered in PAGES:
        open_page(page, app_server, registered.url)
        page.wait_for_function(CHARTS_DRAWN_JS, timeout=30_000, polling=100)
        page.wait_for_timeout(300)  # vega-embed sizes itself to the column after drawing
        report = page.evaluate(LAYOUT_JS)
        name = registered.url_path or "overzicht"
        screenshot_pair(page, screenshot_dir, f"layout-{name}-{size}")  # first screen and whole page
        problems = _problems(report, size)
        print(f"\n{size} /{registered.url_path}: title at {report['titleTop']}, {len(problems)} problem(s)")
        if problems:
            findings[name] = problems
    assert not findings, "\n".join(
        f"{size} {name}:\n  " + "\n  ".join(problems) for name, problems in findings.items()
    )
    assert not console.errors, console.errors
