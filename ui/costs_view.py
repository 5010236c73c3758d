"""The Kosten page on screen: the tables and the chart come from reporting.costs (in the user's
language); these functions put them on the page."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from domain.costs import QUARTER_FACTOR, CostBreakdown, cost_per_results
from domain.figures import YearFigures
from domain.parameters import AgreementParameters
from reporting import costs as rc
from reporting import formatting as fmt
from ui.components import kpi_columns, show_table
from ui.i18n import language, t


def render_metrics(params: AgreementParameters, breakdown: CostBreakdown) -> None:
    lang = language()
    columns = kpi_columns(4, "costs")
    assumed = breakdown.cost_assumptions
    columns[0].metric(t("costs.metric.programme"), fmt.money(breakdown.programme, lang))
    columns[1].metric(t("costs.metric.quarter"), fmt.money(breakdown.programme * QUARTER_FACTOR, lang))
    columns[2].metric(t("costs.metric.per_fte"), fmt.money(breakdown.per_fte, lang))
    columns[3].metric(t("costs.metric.fte"), fmt.number(breakdown.fte, 3, lang))
    if assumed:  # one note for the block, not one on every amount
        st.caption(
            t("costs.assumptions.caption", what=rc.assumption_reasons(params, breakdown, assumed, lang))
        )


def render_steps(params: AgreementParameters, breakdown: CostBreakdown) -> None:
    lang = language()
    st.header(t("costs.steps.title"))
    show_table(rc.steps_table(params, breakdown, lang, reasons=False))
    footnote = rc.steps_footnote(params, breakdown, lang)
    if footnote:
        st.caption(footnote)


def render_shares(params: AgreementParameters, breakdown: CostBreakdown) -> None:
    lang = language()
    st.header(t("costs.shares.title"))
    st.caption(
        t(
            "costs.shares.caption",
            mun=fmt.percent(params.municipal_part_pct, 0, lang),
            corp=fmt.percent(params.corporate_part_pct, 0, lang),
            assumption=t("costs.assumption"),
        )
    )
    # Over the whole width (five columns do not fit half of a projector's screen): the chart,
    # then the table with its figures, which is also the chart's text alternative.
    st.altair_chart(rc.shares_chart(breakdown, params, lang), width="stretch")
    show_table(rc.shares_table(breakdown, params, lang))


def render_employment(params: AgreementParameters, breakdown: CostBreakdown) -> None:
    st.header(t("costs.employment.title"))
    st.caption(t("costs.employment.caption"))
    show_table(rc.employment_table(breakdown, params, language()))


def render_settlement(
    matrix: Mapping[str, Mapping[str, float]],
    title_key: str = "costs.settlement.title",
    show_title: bool = True,
) -> None:
    lang = language()
    if show_title:
        st.header(t(title_key))
        st.caption(t("costs.settlement.caption"))
    if not any(matrix.values()):
        st.info(t("costs.settlement.empty"))
        return
    year_tab, quarter_tab = st.tabs([t("costs.settlement.year"), t("costs.settlement.quarter")])
    with year_tab:
        show_table(rc.settlement_table(matrix, lang), hide_index=False)
    with quarter_tab:
        show_table(rc.settlement_table(matrix, lang, QUARTER_FACTOR), hide_index=False)


def render_cost_per_result(figures: YearFigures) -> None:
    lang = language()
    breakdown = figures.costs
    st.header(t("costs.results.title"))
    quarters = figures.quarters_covered
    if not quarters:
        st.info(t("costs.results.none", year=breakdown.year))
        return
    result = cost_per_results(breakdown, quarters, figures.conversations, figures.moves)
    assumed = breakdown.cost_assumptions
    left, right = kpi_columns(2, "results")
    left.metric(t("costs.results.per_conversation"), fmt.money(result.per_conversation, lang))
    right.metric(t("costs.results.per_move"), fmt.money(result.per_move, lang))
    caption = t(
        "costs.results.caption",
        period=t("costs.results.period", q=quarters, year=breakdown.year),
        cost=fmt.money(result.period_cost, lang),
        conversations=fmt.number(result.conversations, lang=lang),
        moves=fmt.number(result.moves, lang=lang),
    )
    if assumed:
        caption += " " + t("costs.results.assumption")
    st.caption(caption)


def cost_workbook(params: AgreementParameters, breakdown: CostBreakdown) -> bytes:
    """The page's tables as an Excel workbook in the user's language."""
    return rc.cost_workbook(params, breakdown, language())
