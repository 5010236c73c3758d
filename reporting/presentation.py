"""The presentation for the steering group without Streamlit: which slides, in which order, which
slide a link asks for, and the few lines only a slide shows. The numbers come from the same models
as the pages (reporting.overview, .progress, .hours, .costs and domain.evaluation)."""

from __future__ import annotations

from collections.abc import Iterable

from domain.costs import CostBreakdown
from domain.evaluation import ReportCounts
from reporting import formatting as fmt
from reporting.i18n import text

# One topic per slide, in the order of the meeting.
SLIDES = ("kpis", "progress", "hours", "costs", "evaluation", "submissions")
SLIDE_PARAM = "dia"  # ?dia=3 opens the third slide
# Characters of an evaluation note on the on-screen slide: four notes of this length and the
# art. 5a/2b lines still fit the slide at 1024×768, 1280×720 and 1920×1080 (tests/e2e/
# test_presentation.py). The Evaluatie page and the handouts' workbook show whole notes.
SCREEN_NOTE_LIMIT = 110


def slide_number(raw: str | None, count: int = len(SLIDES)) -> int:
    """The 1-based slide a link asks for: no or no whole number → the first; below 1 → the first;
    beyond the last → the last (a shared link never ends on an error)."""
    try:
        wanted = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(wanted, 1), count)


def slide_note(note: str, rest: str, limit: int = SCREEN_NOTE_LIMIT) -> str:
    """`note` as a slide shows it: whole when short, else cut at the last word that fits within
    `limit` characters and followed by `rest` (where to read the whole note)."""
    if len(note) <= limit:
        return note
    cut = note[:limit]
    if not note[limit].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + rest


def slide_title(slide: str, year: int, lang: str) -> str:
    return text(f"presentation.slide.{slide}", lang, year=year)


def shares_summary(breakdown: CostBreakdown, lang: str) -> str:
    """The shares chart in words (its text alternative): every partner with its amount."""
    shares = {**breakdown.municipalities, **breakdown.corporations}
    items = ", ".join(f"{partner} {fmt.money(amount, lang)}" for partner, amount in shares.items())
    return text("presentation.costs.alt", lang, year=breakdown.year, items=items)


def submission_counts(counts: Iterable[ReportCounts], lang: str) -> str:
    """ "Dit jaar: 11 op tijd, 1 te laat, 0 ontbreekt." over every corporation."""
    counts = list(counts)
    return text(
        "presentation.submissions.counts",
        lang,
        on_time=sum(c.on_time for c in counts),
        late=sum(c.late for c in counts),
        missing=sum(c.missing for c in counts),
    )
