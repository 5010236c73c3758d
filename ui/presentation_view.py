"""Presentatie on screen: one topic per slide for the steering group on a projector, without the
sidebar and the app's notices, in type that scales with the screen. The slide is in the URL (?dia=3),
next/previous are buttons with keyboard shortcuts (arrow keys, and PageDown/PageUp as presenter
clickers send them). Every number comes from the models the pages use; this module only lays out."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from domain.evaluation import latest_final
from domain.overview import year_kpis
from domain.progress import latest_progress
from reporting import costs as rc
from reporting import formatting as fmt
from reporting import hours as rh
from reporting import progress as rp
from reporting.labels import quarter_name
from reporting.overview import kpi_cards
from reporting.presentation import (
    SLIDE_PARAM,
    SLIDES,
    shares_summary,
    slide_note,
    slide_number,
    slide_title,
    submission_counts,
)
from reporting.progress import MEASURES, Selection
from ui import evaluation_view, hours_view, loaders, progress_view
from ui.components import kpi_tile, show_table, status_matrix_table
from ui.handout_downloads import show_handout_downloads
from ui.i18n import language, t
from ui.panels import show_chart
from ui.state import current_corporation, current_municipality, current_year

BACK_TO = "pages/overview.py"
# Chart heights in px (title, axes and legend included) that leave the rest of the slide on a
# 1280×720 screen; chart text has a fixed size, so the builders' heights are for a scrolling page.
HOURS_CHART_HEIGHT = 300
PROGRESS_CHART_HEIGHT = 370
# Hidden buttons that only carry a second shortcut each: a presenter clicker sends PageDown/PageUp,
# a keyboard the arrow keys, and a Streamlit button takes one shortcut.
CLICKER_KEYS = ("presentation_page_up", "presentation_page_down")

# Root font size in proportion to the screen (body text, 0.875 rem, ≥ 24 px at 1920×1080 and the same
# share of the screen at 1280×720; never under 16 px): Streamlit sizes its text in rem, so it all scales.
# Amounts in the settlement table stay on one line ("€ 13.819", not "€" above "13.819").
SLIDE_CSS = """
<style>
html { font-size: max(16px, min(1.45vw, 2.58vh)); }
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stExpandSidebarButton"], [data-testid="stHeader"], [data-testid="stToolbar"],
[data-testid="stDecoration"], .st-key-presentation_page_up, .st-key-presentation_page_down {
    display: none !important;
}
[data-testid="stMainBlockContainer"] {
    padding: 0.5rem 1.75rem 0.5rem 1.75rem !important;
    max-width: 100% !important;
}
[data-testid="stMain"] h1 { font-size: 2.1rem; padding: 0.25rem 0 0.5rem 0; }
[data-testid="stMain"] h2 { font-size: 1.4rem; padding: 0.25rem 0; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] { font-size: 0.9rem; }
.st-key-presentation_settlement td, .st-key-presentation_settlement td p { white-space: nowrap !important; }
/* Evaluation notes use their column's whole width (Streamlit caps a cell's text at about 33rem);
   the verdict (second column) stays on one line. */
.st-key-presentation_evaluation td [data-testid="stMarkdownContainer"] { max-width: none !important; }
.st-key-presentation_evaluation td:nth-child(2) p { white-space: nowrap !important; }
</style>
"""


# --- Which slide ------------------------------------------------------------------------------------


def current_slide() -> int:
    """The slide the URL asks for (1-based, kept within the slides); the URL then names it."""
    number = slide_number(st.query_params.get(SLIDE_PARAM))
    if st.query_params.get(SLIDE_PARAM) != str(number):
        st.query_params[SLIDE_PARAM] = str(number)
    return number


def _go(step: int) -> None:
    st.query_params[SLIDE_PARAM] = str(slide_number(str(current_slide() + step)))


def selection() -> Selection:
    """The year and filters chosen in the app (or in a shared link)."""
    return Selection(current_year(), current_corporation(), current_municipality())


# --- The frame around every slide -----------------------------------------------------------------


def hide_app_chrome() -> None:
    st.html(SLIDE_CSS)


def render_bar(number: int, chosen: Selection) -> None:
    """One line above the slide: back to the app, what is shown (and the demo marking), and the
    buttons with the slide number between them."""
    last = len(SLIDES)
    # wrap=False: a long selection wraps its own text instead of pushing "Volgende" onto a new line
    with st.container(horizontal=True, vertical_alignment="center", gap="medium", wrap=False):
        st.page_link(BACK_TO, label=t("presentation.back"), icon="↩️")
        parts = [t("presentation.brand")]
        if chosen.filtered:
            parts.append(t("presentation.selection", selection=chosen.describe()))
        if loaders.has_demo_data():
            parts.append(f"**{t('presentation.demo')}**")
        st.markdown(" · ".join(parts), width="stretch")
        st.button(
            t("presentation.previous"),
            key="presentation_prev",
            help=t("presentation.keys"),
            icon="◀️",
            on_click=_go,
            args=(-1,),
            disabled=number == 1,
            shortcut="Left",
        )
        st.markdown(t("presentation.counter", n=number, total=last), width="content")
        st.button(
            t("presentation.next"),
            key="presentation_next",
            help=t("presentation.keys"),
            icon="▶️",
            icon_position="right",
            on_click=_go,
            args=(1,),
            disabled=number == last,
            shortcut="Right",
            type="primary",
        )
    labels = (t("presentation.previous"), t("presentation.next"))
    for key, label, step, shortcut in zip(CLICKER_KEYS, labels, (-1, 1), ("PageUp", "PageDown"), strict=True):
        st.button(label, key=key, on_click=_go, args=(step,), shortcut=shortcut)


def render_slide(number: int, chosen: Selection) -> None:
    slide = SLIDES[number - 1]
    st.title(slide_title(slide, chosen.year, language()))
    RENDERERS[slide](chosen)


# --- The slides -----------------------------------------------------------------------------------


def render_kpis(chosen: Selection) -> None:
    """The Overzicht's four cards, two by two so the numbers can be large."""
    year = chosen.year
    figures = loaders.year_figures(year)
    kpis = year_kpis(loaders.parameters(year), figures, loaders.today())
    cards = kpi_cards(kpis, language(), figures.hours)
    for row in (cards[:2], cards[2:]):
        for column, card in zip(st.columns(2), row, strict=True):
            with column:
                kpi_tile(card.label, card.value, card.status, card.detail, card.help)


def render_progress(chosen: Selection) -> None:
    """Conversations and moves against the (pro-rata) target, as on Voortgang."""
    lang = language()
    model = progress_view.progress_model(chosen)
    for column, measure in zip(st.columns(2, gap="large"), MEASURES, strict=True):
        with column:
            progress, annual = model.progress[measure], model.annual[measure]
            name = t(f"progress.measure.{measure}")
            latest = latest_progress(progress)
            if latest is None:
                st.metric(t("progress.metric.none", measure=name), fmt.MISSING)
                st.markdown(t("progress.no_reports", year=chosen.year))
                continue
            label = t("progress.metric", measure=name, quarter=quarter_name(latest["quarter"], lang))
            st.metric(label, fmt.number(latest["cumulative"], lang=lang))
            if annual is not None:
                st.markdown(rp.status_line(latest, lang))
            panel = rp.region_panel(model, measure, lang)
            show_chart(panel, alt=panel.summary, height=PROGRESS_CHART_HEIGHT)
            st.markdown(rp.projection_text(model, measure, lang)[0])


def render_hours(chosen: Selection) -> None:
    """Average hours a week against the agreed 6/20/36/9, and the shortfall in hours."""
    lang = language()
    model = hours_view.hours_model(chosen.year, chosen.corporation)
    panel = rh.year_panel(model, "per_week", lang)
    show_chart(panel, alt=panel.summary, height=HOURS_CHART_HEIGHT)
    show_table(rh.shortfall_table(model, lang))
    st.caption(t("presentation.hours.agreed", agreed=hours_view.agreed_summary(chosen.year)))


def render_costs(chosen: Selection) -> None:
    """Each partner's share of the programme cost, and who pays whom (per year), as on Kosten."""
    lang = language()
    params = loaders.parameters(chosen.year)
    breakdown = loaders.year_figures(chosen.year).costs
    amount = rc.marked(fmt.money(breakdown.programme, lang), breakdown.cost_assumptions, lang)
    st.markdown(t("presentation.costs.programme", year=chosen.year, amount=amount))
    left, right = st.columns([1, 1.4], gap="medium")
    with left:
        chart = rc.shares_chart(breakdown, params, lang)
        st.vega_lite_chart(chart.to_dict(), width="stretch", theme=None, alt=shares_summary(breakdown, lang))
    with right, st.container(key="presentation_settlement"):
        st.markdown(f"**{t('presentation.costs.settlement')}**")
        if any(breakdown.settlement.values()):
            show_table(rc.settlement_table(breakdown.settlement, lang), hide_index=False)
        else:
            st.markdown(t("costs.settlement.empty"))


def render_evaluation(chosen: Selection) -> None:
    """The verdicts of the latest final evaluation, then art. 5a (termination), 2b (extension) and the
    next evaluation in three lines, in the Evaluatie page's words."""
    lang = language()
    model = evaluation_view.page_model()
    latest = latest_final(model.evaluations)
    if latest is not None:
        st.header(
            t("presentation.evaluation.of", title=latest.title(lang), day=fmt.day(latest.finalised_at, lang))
        )
        rows = [
            {
                t("presentation.evaluation.col.aspect"): aspect.label(lang),  # art. 4c's order
                t("presentation.evaluation.col.verdict"): evaluation_view.verdict_label(aspect.verdict),
                t("presentation.evaluation.col.note"): slide_note(
                    aspect.note, t("presentation.evaluation.cut")
                ),
            }
            for aspect in latest.aspects
        ]
        with st.container(key="presentation_evaluation"):
            show_table(pd.DataFrame(rows))  # notes are the users' own text: shown literally
    termination = model.termination
    with st.container(border=True):
        value = t("evaluation.art5a.value", n=len(termination.counting), total=len(termination.in_force))
        met = t("evaluation.art5a.met_word" if termination.met else "evaluation.art5a.not_met_word")
        line = f"**{t('evaluation.art5a.title')}**: {value} {t('evaluation.art5a.metric')} · **{met}**"
        if termination.met:
            line += " · " + t("evaluation.art5c.earliest", day=fmt.day(termination.earliest_end, lang))
        st.markdown(line)
        extension = t(evaluation_view.extension_word(termination))
        st.markdown(f"**{t('evaluation.art2b.title')}**: {extension}")
        entry = model.calendar.next_entry
        if entry is None:
            st.markdown(f"**{t('evaluation.next.title')}**: {t('evaluation.next.none')}")
        else:
            title = entry.title_message().text(lang)
            st.markdown(f"**{t('evaluation.next.title')}**: {fmt.day(entry.due, lang)} ({title})")


def render_submissions(chosen: Selection) -> None:
    """Per corporation and quarter: in on time, late or missing, as on Overzicht."""
    year = chosen.year
    matrix = loaders.status_matrix()
    rows = matrix[matrix["year"] == year] if not matrix.empty else matrix
    table = status_matrix_table(rows)
    if table.empty:
        st.markdown(t("overview.status.empty"))
        return
    show_table(table, hide_index=False)
    corporations = list(loaders.parameters(year).weekly_hours)
    counts = evaluation_view.report_counts(matrix, year, corporations)
    st.markdown(submission_counts(counts, language()))
    st.caption(t("overview.status.caption"))


RENDERERS = {
    "kpis": render_kpis,
    "progress": render_progress,
    "hours": render_hours,
    "costs": render_costs,
    "evaluation": render_evaluation,
    "submissions": render_submissions,
}

# --- Handouts --------------------------------------------------------------------------------------


def render_handouts(chosen: Selection) -> None:
    """The meeting's documents (PowerPoint, PDF, Excel) for the year shown, made on click."""
    show_handout_downloads(chosen.year)
