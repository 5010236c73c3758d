"""Kosten without Streamlit: the cost build-up with assumption markers, the shares, the employment
cost, the settlement matrix and the cost workbook, as tables (and a chart) in one language."""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache

import altair as alt
import pandas as pd

from data_access.exports import table_workbook
from domain.costs import (
    ASSUMPTION_EMPLOYER_CHARGES,
    ASSUMPTION_INDEXATION,
    ASSUMPTION_SALARY_OTHER_YEAR,
    QUARTER_FACTOR,
    CostBreakdown,
    cost_steps,
)
from domain.parameters import AgreementParameters
from reporting import formatting as fmt
from reporting.cost_charts import build_shares_chart
from reporting.i18n import text


def marked(label: str, assumptions: tuple[str, ...], lang: str) -> str:
    """A figure with "⚠️ aanname" next to it when it rests on an assumption."""
    return f"{label} {text('costs.assumption', lang)}" if assumptions else label


@lru_cache(maxsize=8192)
def _whole_euros(euros: int, negative: bool, lang: str) -> str:
    return fmt.money(-0.0 if negative and euros == 0 else float(euros), lang)


def money(value: float | None, lang: str) -> str:
    """fmt.money in whole euros, remembered per rounded amount: the what-if panel formats a few
    hundred amounts per rerun. Rounding matches Babel's (half to even on the shortest repr)."""
    if value is None or value != value:
        return fmt.MISSING
    return _whole_euros(round(value), math.copysign(1.0, value) < 0, lang)


def signed_money(value: float | None, lang: str) -> str:
    """fmt.signed_money ("+ € 7.590", "− € 682", "€ 0") with the remembered whole euros."""
    if value is None or value != value:
        return fmt.MISSING
    return fmt.with_sign(value, money(abs(value), lang))


def delta_money(value: float, lang: str) -> str | None:
    """A metric's delta: the sign first, so Streamlit points the arrow the right way."""
    if round(value) == 0:
        return None
    return ("+" if value > 0 else "-") + money(abs(value), lang)


def assumption_reasons(
    params: AgreementParameters, breakdown: CostBreakdown, assumptions: tuple[str, ...], lang: str
) -> str:
    """The assumptions in words, e.g. "indicatieve salariswaarde; werkgeverslasten 30,0 %"."""
    known = sorted(params.salary)
    earlier = [y for y in known if y < breakdown.year]
    reasons = []
    for name in assumptions:
        if name == ASSUMPTION_INDEXATION:
            reasons.append(
                text(
                    "costs.why.indexation",
                    lang,
                    pct=fmt.percent(params.indexation_pct, 1, lang),
                    base=earlier[-1] if earlier else known[0],
                )
            )
        elif name == ASSUMPTION_SALARY_OTHER_YEAR:
            reasons.append(text("costs.why.salary_other_year", lang, base=known[0]))
        elif name == ASSUMPTION_EMPLOYER_CHARGES:
            reasons.append(
                text(
                    "costs.why.employer_charges",
                    lang,
                    pct=fmt.percent(params.employer_charges_pct, 1, lang),
                )
            )
        else:
            reasons.append(text(f"costs.why.{name}", lang))
    return "; ".join(reasons)


def _step_numbers(numbers: list[int], lang: str) -> str:
    """[1, 2, 3, 4, 6] → "1–4 en 6": runs of three or more as a range."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts: list[str] = []
    for run in runs:
        parts += [f"{run[0]}–{run[-1]}"] if len(run) >= 3 else [str(n) for n in run]
    if len(parts) == 1:
        return parts[0]
    return f"{', '.join(parts[:-1])} {text('costs.steps.and', lang)} {parts[-1]}"


def steps_footnote(params: AgreementParameters, breakdown: CostBreakdown, lang: str) -> str | None:
    """One note under the build-up table for all its assumptions, saying which steps rest on
    which: "⚠️ aanname — stap 1–4 en 6: …; stap 4 en 6: …" (None when nothing is assumed)."""
    steps = cost_steps(breakdown)
    resting: dict[str, list[int]] = {}
    for number, step in enumerate(steps, 1):
        for name in step.assumptions:
            resting.setdefault(name, []).append(number)
    if not resting:
        return None
    groups: dict[tuple[int, ...], list[str]] = {}
    for name, numbers in resting.items():
        groups.setdefault(tuple(numbers), []).append(name)
    parts = [
        text(
            "costs.steps.part",
            lang,
            steps=_step_numbers(list(numbers), lang),
            what=assumption_reasons(params, breakdown, tuple(names), lang),
        )
        for numbers, names in groups.items()
    ]
    return text("costs.steps.footnote", lang, parts=" · ".join(parts))


def steps_table(
    params: AgreementParameters, breakdown: CostBreakdown, lang: str, reasons: bool = True
) -> pd.DataFrame:
    """The cost build-up, one row per numbered step. With `reasons` (the workbook) each amount
    carries its assumption mark and the assumptions in words; on screen one footnote says it
    (steps_footnote)."""
    fte = fmt.number(breakdown.fte, 3, lang)
    calculations = {
        "monthly_salary": text("costs.calc.monthly_salary", lang, year=breakdown.year),
        "annual_salary": text("costs.calc.annual_salary", lang),
        "with_allowances": text(
            "costs.calc.with_allowances",
            lang,
            holiday=fmt.percent(params.holiday_allowance_pct, 0, lang),
            yearend=fmt.percent(params.year_end_payment_pct, 0, lang),
        ),
        "per_fte": text(
            "costs.calc.per_fte", lang, charges=fmt.percent(params.employer_charges_pct, 0, lang)
        ),
        "fte": text(
            "costs.calc.fte",
            lang,
            hours=fmt.hours(params.total_weekly_hours, lang),
            fulltime=fmt.number(params.full_time_hours, 0, lang),
        ),
        "programme": text("costs.calc.programme", lang, fte=fte),
    }
    rows = []
    for step in cost_steps(breakdown):
        if step.unit == "fte":
            amount = text("costs.fte_unit", lang, value=fte)
        else:
            amount = fmt.money(step.value, lang, cents=step.key == "monthly_salary")
        row = {
            text("costs.col.step", lang): f"{len(rows) + 1}. {text(f'costs.step.{step.key}', lang)}",
            text("costs.col.calculation", lang): calculations[step.key],
            text("costs.col.amount", lang): marked(amount, step.assumptions, lang) if reasons else amount,
        }
        if reasons:
            row[text("costs.col.rests_on", lang)] = assumption_reasons(
                params, breakdown, step.assumptions, lang
            )
        rows.append(row)
    return pd.DataFrame(rows)


def shares_frame(breakdown: CostBreakdown, params: AgreementParameters, lang: str) -> pd.DataFrame:
    """Plain data for the shares chart: partner, group, key, amount per year, label."""
    municipality, corporation = text("costs.group.municipality", lang), text("costs.group.corporation", lang)
    rows = [
        {"partner": m, "group": municipality, "key": params.municipal_keys[m], "amount": v}
        for m, v in breakdown.municipalities.items()
    ]
    rows += [
        {"partner": c, "group": corporation, "key": params.corporate_keys[c], "amount": v}
        for c, v in breakdown.corporations.items()
    ]
    frame = pd.DataFrame(rows)
    frame["label"] = [fmt.money(v, lang) for v in frame["amount"]]
    return frame


def shares_table(breakdown: CostBreakdown, params: AgreementParameters, lang: str) -> pd.DataFrame:
    frame = shares_frame(breakdown, params, lang)
    return pd.DataFrame(
        {
            text("costs.col.partner", lang): frame["partner"],
            text("costs.col.group", lang): frame["group"],
            text("costs.col.key", lang): [fmt.percent(k, 1, lang) for k in frame["key"]],
            text("costs.col.year", lang): frame["label"],
            text("costs.col.quarter", lang): [fmt.money(v * QUARTER_FACTOR, lang) for v in frame["amount"]],
        }
    )


def shares_chart(
    breakdown: CostBreakdown, params: AgreementParameters, lang: str, largest: int | None = None
) -> alt.Chart:
    """Each partner's share of the year's programme cost, municipalities and corporations (with
    `largest`: only that many of the largest shares, in their usual order, for a slide)."""
    frame = shares_frame(breakdown, params, lang)
    if largest is not None and len(frame) > largest:
        frame = frame.loc[sorted(frame["amount"].nlargest(largest).index)]
    return build_shares_chart(
        frame,
        text("costs.chart.title", lang, year=breakdown.year),
        text("costs.chart.amount", lang),
        text("costs.col.group", lang),
        lang=lang,
    )


def employment_table(breakdown: CostBreakdown, params: AgreementParameters, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                text("costs.col.partner", lang): c,
                text("costs.col.hours", lang): fmt.hours(params.weekly_hours.get(c, 0.0), lang),
                text("costs.col.fte", lang): fmt.number(
                    params.weekly_hours.get(c, 0.0) / params.full_time_hours, 3, lang
                ),
                text("costs.col.employment", lang): fmt.money(breakdown.employment.get(c, 0.0), lang),
                text("costs.col.share", lang): fmt.money(breakdown.corporations[c], lang),
                text("costs.col.net", lang): signed_money(breakdown.net[c], lang),
            }
            for c in breakdown.corporations
        ]
    )


def settlement_table(
    matrix: Mapping[str, Mapping[str, float]], lang: str, factor: float = 1.0
) -> pd.DataFrame:
    """Payer rows × receiver columns in euros, with a total row and column (formatted)."""
    receivers: list[str] = []
    for row in matrix.values():
        receivers += [r for r in row if r not in receivers]
    total = text("costs.settlement.total", lang)
    body = {payer: [row.get(r, 0.0) * factor for r in receivers] for payer, row in matrix.items()}
    column_totals = [sum(amounts[i] for amounts in body.values()) for i in range(len(receivers))]
    rows = [[*amounts, sum(amounts)] for amounts in body.values()]
    rows.append([*column_totals, sum(column_totals)])
    return pd.DataFrame(
        [[money(v, lang) for v in row] for row in rows],
        index=pd.Index([*body, total], name=text("costs.settlement.payer", lang)),
        columns=[*receivers, total],
    )


def _matrix_frame(matrix: Mapping[str, Mapping[str, float]], factor: float, lang: str) -> pd.DataFrame:
    frame = pd.DataFrame.from_dict({p: dict(r) for p, r in matrix.items()}, orient="index") * factor
    frame.index.name = text("costs.settlement.payer", lang)
    return frame.reset_index()


def cost_tables(params: AgreementParameters, breakdown: CostBreakdown, lang: str) -> dict[str, pd.DataFrame]:
    """The page's tables by title, with numbers (not formatted text) for amounts: for the costs
    workbook and the meeting's workbook."""
    shares = shares_frame(breakdown, params, lang)
    employment = pd.DataFrame(
        {
            text("costs.col.partner", lang): list(breakdown.corporations),
            text("costs.col.hours", lang): [params.weekly_hours.get(c, 0.0) for c in breakdown.corporations],
            text("costs.col.employment", lang): [
                breakdown.employment.get(c, 0.0) for c in breakdown.corporations
            ],
            text("costs.col.share", lang): list(breakdown.corporations.values()),
            text("costs.col.net", lang): [breakdown.net[c] for c in breakdown.corporations],
        }
    )
    return {
        text("costs.steps.title", lang): steps_table(params, breakdown, lang),
        text("costs.shares.title", lang): pd.DataFrame(
            {
                text("costs.col.partner", lang): shares["partner"],
                text("costs.col.group", lang): shares["group"],
                text("costs.col.key", lang): shares["key"],
                text("costs.col.year", lang): shares["amount"],
                text("costs.col.quarter", lang): shares["amount"] * QUARTER_FACTOR,
            }
        ),
        text("costs.employment.title", lang): employment,
        text("costs.settlement.year", lang): _matrix_frame(breakdown.settlement, 1.0, lang),
        text("costs.settlement.quarter", lang): _matrix_frame(breakdown.settlement, QUARTER_FACTOR, lang),
    }


def cost_workbook(params: AgreementParameters, breakdown: CostBreakdown, lang: str) -> bytes:
    """The page's tables as an Excel workbook, with numbers (not formatted text) for amounts."""
    return table_workbook(cost_tables(params, breakdown, lang))
