"""The Kosten page's pieces: cost build-up with assumption markers, shares, employment cost,
settlement matrix and cost per result. Tables are built by plain functions (testable without
Streamlit); `render_*` functions put them on screen.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache

import pandas as pd
import streamlit as st

from data_access.exports import table_workbook
from domain.costs import (
    ASSUMPTION_EMPLOYER_CHARGES,
    ASSUMPTION_INDEXATION,
    ASSUMPTION_SALARY_OTHER_YEAR,
    QUARTER_FACTOR,
    CostBreakdown,
    cost_per_results,
    cost_steps,
)
from domain.figures import YearFigures
from domain.parameters import AgreementParameters
from ui import formatting as fmt
from ui.cost_charts import build_shares_chart
from ui.i18n import language, t

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def marked(text: str, assumptions: tuple[str, ...]) -> str:
    """A figure with "⚠️ aanname" next to it when it rests on an assumption."""
    return f"{text} {t('costs.assumption')}" if assumptions else text


@lru_cache(maxsize=8192)
def _whole_euros(euros: int, negative: bool, lang: str) -> str:
    return fmt.money(-0.0 if negative and euros == 0 else float(euros), lang)


def money(value: float | None, lang: str) -> str:
    """fmt.money in whole euros, remembered per rounded amount: the what-if panel formats a few
    hundred amounts per rerun. Rounding matches Babel's (half to even on the shortest repr)."""
    if value is None or value != value:
        return fmt.MISSING
    return _whole_euros(round(value), math.copysign(1.0, value) < 0, lang)


def signed_money(value: float, lang: str) -> str:
    """A difference or a position: € +1.234 or € -1.234 (€ 0 when it rounds to nothing)."""
    text = money(value, lang)
    return text.replace("€ ", "€ +", 1) if round(value) > 0 else text


def delta_money(value: float, lang: str) -> str | None:
    """A metric's delta: the sign first, so Streamlit points the arrow the right way."""
    if round(value) == 0:
        return None
    return ("+" if value > 0 else "-") + money(abs(value), lang)


def signed_percent(value: float | None, lang: str) -> str:
    if value is None:
        return fmt.MISSING
    text = fmt.percent(value, 1, lang)
    return f"+{text}" if value >= 0.05 else text


def assumption_reasons(
    params: AgreementParameters, breakdown: CostBreakdown, assumptions: tuple[str, ...]
) -> str:
    """The assumptions in words, e.g. "indicatieve salariswaarde; werkgeverslasten 30,0 %"."""
    lang = language()
    known = sorted(params.salary)
    earlier = [y for y in known if y < breakdown.year]
    reasons = []
    for name in assumptions:
        if name == ASSUMPTION_INDEXATION:
            reasons.append(
                t(
                    "costs.why.indexation",
                    pct=fmt.percent(params.indexation_pct, 1, lang),
                    base=earlier[-1] if earlier else known[0],
                )
            )
        elif name == ASSUMPTION_SALARY_OTHER_YEAR:
            reasons.append(t("costs.why.salary_other_year", base=known[0]))
        elif name == ASSUMPTION_EMPLOYER_CHARGES:
            reasons.append(
                t("costs.why.employer_charges", pct=fmt.percent(params.employer_charges_pct, 1, lang))
            )
        else:
            reasons.append(t(f"costs.why.{name}"))
    return "; ".join(reasons)


def steps_table(params: AgreementParameters, breakdown: CostBreakdown) -> pd.DataFrame:
    lang = language()
    fte = fmt.number(breakdown.fte, 3, lang)
    calculations = {
        "monthly_salary": t("costs.calc.monthly_salary", year=breakdown.year),
        "annual_salary": t("costs.calc.annual_salary"),
        "with_allowances": t(
            "costs.calc.with_allowances",
            holiday=fmt.percent(params.holiday_allowance_pct, 0, lang),
            yearend=fmt.percent(params.year_end_payment_pct, 0, lang),
        ),
        "per_fte": t("costs.calc.per_fte", charges=fmt.percent(params.employer_charges_pct, 0, lang)),
        "fte": t(
            "costs.calc.fte",
            hours=fmt.number(params.total_weekly_hours, 1 if params.total_weekly_hours % 1 else 0, lang),
            fulltime=fmt.number(params.full_time_hours, 0, lang),
        ),
        "programme": t("costs.calc.programme", fte=fte),
    }
    rows = []
    for step in cost_steps(breakdown):
        if step.unit == "fte":
            amount = t("costs.fte_unit", value=fte)
        else:
            amount = fmt.money(step.value, lang, cents=step.key == "monthly_salary")
        rows.append(
            {
                t("costs.col.step"): t(f"costs.step.{step.key}"),
                t("costs.col.calculation"): calculations[step.key],
                t("costs.col.amount"): marked(amount, step.assumptions),
                t("costs.col.rests_on"): assumption_reasons(params, breakdown, step.assumptions),
            }
        )
    return pd.DataFrame(rows)


def shares_frame(breakdown: CostBreakdown, params: AgreementParameters) -> pd.DataFrame:
    """Plain data for the shares chart: partner, group, key, amount per year, label."""
    lang = language()
    rows = [
        {"partner": m, "group": t("costs.group.municipality"), "key": params.municipal_keys[m], "amount": v}
        for m, v in breakdown.municipalities.items()
    ]
    rows += [
        {"partner": c, "group": t("costs.group.corporation"), "key": params.corporate_keys[c], "amount": v}
        for c, v in breakdown.corporations.items()
    ]
    frame = pd.DataFrame(rows)
    frame["label"] = [fmt.money(v, lang) for v in frame["amount"]]
    return frame


def shares_table(breakdown: CostBreakdown, params: AgreementParameters) -> pd.DataFrame:
    lang = language()
    frame = shares_frame(breakdown, params)
    return pd.DataFrame(
        {
            t("costs.col.partner"): frame["partner"],
            t("costs.col.group"): frame["group"],
            t("costs.col.key"): [fmt.percent(k, 1, lang) for k in frame["key"]],
            t("costs.col.year"): frame["label"],
            t("costs.col.quarter"): [fmt.money(v * QUARTER_FACTOR, lang) for v in frame["amount"]],
        }
    )


def employment_table(breakdown: CostBreakdown, params: AgreementParameters) -> pd.DataFrame:
    lang = language()
    return pd.DataFrame(
        [
            {
                t("costs.col.partner"): c,
                t("costs.col.hours"): fmt.number(
                    params.weekly_hours.get(c, 0.0), 1 if params.weekly_hours.get(c, 0) % 1 else 0, lang
                ),
                t("costs.col.fte"): fmt.number(
                    params.weekly_hours.get(c, 0.0) / params.full_time_hours, 3, lang
                ),
                t("costs.col.employment"): fmt.money(breakdown.employment.get(c, 0.0), lang),
                t("costs.col.share"): fmt.money(breakdown.corporations[c], lang),
                t("costs.col.net"): signed_money(breakdown.net[c], lang),
            }
            for c in breakdown.corporations
        ]
    )


def settlement_table(matrix: Mapping[str, Mapping[str, float]], factor: float = 1.0) -> pd.DataFrame:
    """Payer rows × receiver columns in euros, with a total row and column (formatted)."""
    lang = language()
    receivers: list[str] = []
    for row in matrix.values():
        receivers += [r for r in row if r not in receivers]
    total = t("costs.settlement.total")
    body = {payer: [row.get(r, 0.0) * factor for r in receivers] for payer, row in matrix.items()}
    column_totals = [sum(amounts[i] for amounts in body.values()) for i in range(len(receivers))]
    rows = [[*amounts, sum(amounts)] for amounts in body.values()]
    rows.append([*column_totals, sum(column_totals)])
    table = pd.DataFrame(
        [[money(v, lang) for v in row] for row in rows],
        index=pd.Index([*body, total], name=t("costs.settlement.payer")),
        columns=[*receivers, total],
    )
    return table


def render_metrics(params: AgreementParameters, breakdown: CostBreakdown) -> None:
    lang = language()
    columns = st.columns(4)
    assumed = breakdown.cost_assumptions
    columns[0].metric(marked(t("costs.metric.programme"), assumed), fmt.money(breakdown.programme, lang))
    columns[1].metric(
        marked(t("costs.metric.quarter"), assumed), fmt.money(breakdown.programme * QUARTER_FACTOR, lang)
    )
    columns[2].metric(marked(t("costs.metric.per_fte"), assumed), fmt.money(breakdown.per_fte, lang))
    columns[3].metric(t("costs.metric.fte"), fmt.number(breakdown.fte, 3, lang))
    st.caption(t("costs.assumptions.caption", what=assumption_reasons(params, breakdown, assumed)))


def render_steps(params: AgreementParameters, breakdown: CostBreakdown) -> None:
    st.header(t("costs.steps.title"))
    st.dataframe(steps_table(params, breakdown), hide_index=True, width="stretch")


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
    left.dataframe(shares_table(breakdown, params), hide_index=True, width="stretch")
    chart = build_shares_chart(
        shares_frame(breakdown, params),
        t("costs.chart.title", year=breakdown.year),
        t("costs.chart.amount"),
        t("costs.col.group"),
    )
    right.altair_chart(chart, width="stretch")


def render_employment(params: AgreementParameters, breakdown: CostBreakdown) -> None:
    st.header(t("costs.employment.title"))
    st.caption(t("costs.employment.caption"))
    st.dataframe(employment_table(breakdown, params), hide_index=True, width="stretch")


def render_settlement(
    matrix: Mapping[str, Mapping[str, float]],
    title_key: str = "costs.settlement.title",
    show_title: bool = True,
) -> None:
    if show_title:
        st.header(t(title_key))
        st.caption(t("costs.settlement.caption"))
    if not any(matrix.values()):
        st.info(t("costs.settlement.empty"))
        return
    year_tab, quarter_tab = st.tabs([t("costs.settlement.year"), t("costs.settlement.quarter")])
    year_tab.dataframe(settlement_table(matrix), width="stretch")
    quarter_tab.dataframe(settlement_table(matrix, QUARTER_FACTOR), width="stretch")


def render_cost_per_result(figures: YearFigures) -> None:
    lang = language()
    breakdown = figures.costs
    st.header(t("costs.results.title"))
    quarters = figures.quarters_covered
    if not quarters:
        st.info(t("costs.results.none", year=breakdown.year))
        return
    result = cost_per_results(breakdown, quarters, figures.conversations, figures.moves)
    left, right = st.columns(2)
    left.metric(
        marked(t("costs.results.per_conversation"), breakdown.cost_assumptions),
        fmt.money(result.per_conversation, lang),
    )
    right.metric(
        marked(t("costs.results.per_move"), breakdown.cost_assumptions), fmt.money(result.per_move, lang)
    )
    st.caption(
        t(
            "costs.results.caption",
            period=t("costs.results.period", q=quarters, year=breakdown.year),
            cost=fmt.money(result.period_cost, lang),
            conversations=fmt.number(result.conversations, lang=lang),
            moves=fmt.number(result.moves, lang=lang),
        )
    )


def _matrix_frame(matrix: Mapping[str, Mapping[str, float]], factor: float) -> pd.DataFrame:
    frame = pd.DataFrame.from_dict({p: dict(r) for p, r in matrix.items()}, orient="index") * factor
    frame.index.name = t("costs.settlement.payer")
    return frame.reset_index()


def cost_workbook(params: AgreementParameters, breakdown: CostBreakdown) -> bytes:
    """The page's tables as an Excel workbook, with numbers (not formatted text) for amounts."""
    shares = shares_frame(breakdown, params)
    employment = pd.DataFrame(
        {
            t("costs.col.partner"): list(breakdown.corporations),
            t("costs.col.hours"): [params.weekly_hours.get(c, 0.0) for c in breakdown.corporations],
            t("costs.col.employment"): [breakdown.employment.get(c, 0.0) for c in breakdown.corporations],
            t("costs.col.share"): list(breakdown.corporations.values()),
            t("costs.col.net"): [breakdown.net[c] for c in breakdown.corporations],
        }
    )
    return table_workbook(
        {
            t("costs.steps.title"): steps_table(params, breakdown),
            t("costs.shares.title"): pd.DataFrame(
                {
                    t("costs.col.partner"): shares["partner"],
                    t("costs.col.group"): shares["group"],
                    t("costs.col.key"): shares["key"],
                    t("costs.col.year"): shares["amount"],
                    t("costs.col.quarter"): shares["amount"] * QUARTER_FACTOR,
                }
            ),
            t("costs.employment.title"): employment,
            t("costs.settlement.year"): _matrix_frame(breakdown.settlement, 1.0),
            t("costs.settlement.quarter"): _matrix_frame(breakdown.settlement, QUARTER_FACTOR),
        }
    )
