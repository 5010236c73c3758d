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
from ui.i18n import language, t


def render_metrics(params: AgreementParameters, breakdown: CostBreakdown) -> None:
    lang = language()
    columns = st.columns(4)
    assumed = breakdown.cost_assumptions
    columns[0].metric(
        rc.marked(t("costs.metric.programme"), assumed, lang), fmt.money(breakdown.programme, lang)
    )
    columns[1].metric(
        rc.marked(t("costs.metric.quarter"), assumed, lang),
        fmt.money(breakdown.programme * QUARTER_FACTOR, lang),
    )
    columns[2].metric(rc.marked(t("costs.metric.per_fte"), assumed, lang), fmt.money(breakdown.per_fte, lang))
    columns[3].metric(t("costs.metric.fte"), fmt.number(breakdown.fte, 3, lang))
    st.caption(t("costs.assumptions.caption", what=rc.assumption_reasons(params, breakdown, assumed, lang)))


def render_steps(params: AgreementParameters, breakdown: CostBreakdown) -> None:
    st.header(t("costs.steps.title"))
    st.dataframe(rc.steps_table(params, breakdown, language()), hide_index=True, width="stretch")


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
    left, right = st.columns([1, 1])
    left.dataframe(rc.shares_table(breakdown, params, lang), hide_index=True, width="stretch")
    right.altair_chart(rc.shares_chart(breakdown, params, lang), width="stretch")


def render_employment(params: AgreementParameters, breakdown: CostBreakdown) -> None:
    st.header(t("costs.employment.title"))
    st.caption(t("costs.employment.caption"))
    st.dataframe(rc.employment_table(breakdown, params, language()), hide_index=True, width="stretch")


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
    year_tab.dataframe(rc.settlement_table(matrix, lang), width="stretch")
    quarter_tab.dataframe(rc.settlement_table(matrix, lang, QUARTER_FACTOR), width="stretch")


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
    left, right = st.columns(2)
    left.metric(
        rc.marked(t("costs.results.per_conversation"), assumed, lang),
        fmt.money(result.per_conversation, lang),
    )
    right.metric(rc.marked(t("costs.results.per_move"), assumed, lang), fmt.money(result.per_move, lang))
    st.caption(
        t(
            "costs.results.caption",
            period=t("costs.results.period", q=quarters, year=breakdown.year),
            cost=fmt.money(result.period_cost, lang),
            conversations=fmt.number(result.conversations, lang=lang),
            moves=fmt.number(result.moves, lang=lang),
        )
    )


def cost_workbook(params: AgreementParameters, breakdown: CostBreakdown) -> bytes:
    """The page's tables as an Excel workbook in the user's language."""
    return rc.cost_workbook(params, breakdown, language())
