"""Uren without Streamlit: realised coach hours against the agreed hours per week, per quarter and
per year, with quarters that were not reported shown as such (never as 0), as tables and chart
panels the page shows and the handouts reuse."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import pandas as pd

from domain import hours as dh
from domain.parameters import AgreementParameters
from domain.progress import QuarterState, corporation_quarter_states
from reporting import charts
from reporting import formatting as fmt
from reporting.i18n import text
from reporting.labels import quarter_count, quarter_name, state_label
from reporting.panels import ChartPanel

MEASURES = ("per_week", "total", "pct")
# Which domain column holds each measure, and which holds its agreed level (None = 100 %).
VALUE_COLUMN = {"per_week": "avg_per_week", "total": "realised", "pct": "pct"}
AGREED_COLUMN = {"per_week": "weekly_agreed", "total": "agreed", "pct": None}
DECIMALS = {"per_week": 1, "total": 1, "pct": 0}
STATE_TO_SUBMISSION = {"missing": "missing", "due": "due", "not_due": "open"}
NOT_COUNTED = (QuarterState.MISSING.value, QuarterState.DUE.value)


@dataclass(frozen=True)
class HoursModel:
    year: int
    params: AgreementParameters
    per_quarter: pd.DataFrame
    per_year: pd.DataFrame
    region: dict[str, float]


def hours_model(
    year: int,
    params: AgreementParameters,
    hours: pd.DataFrame,
    reported: Iterable[tuple[str, int]],
    today: date,
    corporation: str | None = None,
) -> HoursModel:
    """The year's hours figures from its monthly hours and the (corporation, quarter) pairs
    reported, for one corporation or all of them."""
    names = [corporation] if corporation else list(params.weekly_hours)
    states = corporation_quarter_states(params, year, reported, today, names)
    per_quarter = dh.hours_per_quarter(params, hours, states)
    per_year = dh.hours_per_year(per_quarter)
    return HoursModel(year, params, per_quarter, per_year, dh.hours_region_total(per_year))


def agreed_summary(params: AgreementParameters, lang: str) -> str:
    """'6/20/36/9' in the agreement's order of corporations."""
    return "/".join(fmt.hours(hours, lang) for hours in params.weekly_hours.values())


def _agreed(frame: pd.DataFrame, measure: str) -> pd.Series:
    column = AGREED_COLUMN[measure]
    return frame[column] if column else pd.Series(100.0, index=frame.index)


def _value_label(row, measure: str, lang: str) -> str:
    decimals = DECIMALS[measure]
    value = row[VALUE_COLUMN[measure]]
    agreed = row[AGREED_COLUMN[measure]] if AGREED_COLUMN[measure] else 100.0
    return text(
        f"hours.label.{measure}",
        lang,
        value=fmt.number(value, decimals, lang),
        agreed=fmt.number(agreed, decimals, lang),
        pct=fmt.percent(row["pct"], 0, lang),
    )


# --- Year --------------------------------------------------------------------------------------------


def year_frame(per_year: pd.DataFrame, measure: str, lang: str) -> pd.DataFrame:
    labels, names = [], []
    for _, row in per_year.iterrows():
        ended = row["quarters_reported"] + row["quarters_missing"]
        names.append(
            text(
                "hours.corporation_quarters",
                lang,
                name=row["corporation"],
                n=row["quarters_reported"],
                of=ended,
            )
            if row["quarters_missing"]
            else row["corporation"]
        )
        labels.append(
            _value_label(row, measure, lang) if row["quarters_reported"] else text("hours.label.none", lang)
        )
    return pd.DataFrame(
        {
            "corporation_label": names,
            "value": per_year[VALUE_COLUMN[measure]].to_numpy(),
            "agreed": _agreed(per_year, measure).to_numpy(),
            "label": labels,
        }
    )


def _missing_text(quarters: list[int], lang: str) -> str:
    return ", ".join(quarter_name(q, lang) for q in quarters)


def year_table(model: HoursModel, formatted: bool, lang: str) -> pd.DataFrame:
    """Per corporation plus the region; strings for the screen or raw numbers for the CSV."""
    rows = model.per_year.to_dict("records")
    if len(rows) > 1:  # with one corporation chosen, a region line would only repeat it
        rows.append(
            {
                **model.region,
                "corporation": text("hours.region", lang),
                "quarters_reported": None,
                "missing_quarters": [],
            }
        )
    f1 = (lambda v: fmt.number(v, 1, lang)) if formatted else (lambda v: v)
    pct = (lambda v: fmt.percent(v, 1, lang)) if formatted else (lambda v: v)
    return pd.DataFrame(
        [
            {
                text("hours.col.corporation", lang): r["corporation"],
                text("hours.col.weekly", lang): f1(r["weekly_agreed"]) if formatted else r["weekly_agreed"],
                text("hours.col.quarters", lang): _quarters_cell(r["quarters_reported"], formatted),
                text("hours.col.missing", lang): ("❌ " if formatted and r["missing_quarters"] else "")
                + _missing_text(r["missing_quarters"], lang),
                text("hours.col.realised", lang): f1(r["realised"]),
                text("hours.col.agreed", lang): f1(r["agreed"]),
                text("hours.col.avg", lang): f1(r["avg_per_week"]),
                text("hours.col.pct", lang): pct(r["pct"]),
                text("hours.col.difference_per_week", lang): fmt.signed_number(
                    r["difference_per_week"], 1, lang
                )
                if formatted
                else r["difference_per_week"],
                text("hours.col.difference", lang): fmt.signed_number(r["difference"], 1, lang)
                if formatted
                else r["difference"],
            }
            for r in rows
        ]
    )


def shortfall_lines(model: HoursModel, lang: str) -> list[str]:
    """One sentence per corporation that reported: its hours a week against the agreement and
    the difference in hours a week and in hours over the reported quarters, e.g.
    "**Woningstichting Putten**: 5,6 van 9,0 u/wk (62 %): **− 3,4 u/wk, − 132 uur** over 3 kwartalen"."""
    lines = []
    for r in model.per_year.itertuples():
        if not r.quarters_reported:
            lines.append(text("hours.shortfall.none", lang, name=r.corporation))
            continue
        missing = (
            text("hours.shortfall.missing", lang, quarters=_missing_text(r.missing_quarters, lang))
            if r.missing_quarters
            else ""
        )
        lines.append(
            text(
                "hours.shortfall.line",
                lang,
                name=r.corporation,
                avg=fmt.number(r.avg_per_week, 1, lang),
                weekly=fmt.number(r.weekly_agreed, 1, lang),
                pct=fmt.percent(r.pct, 0, lang),
                per_week=fmt.signed_number(r.difference_per_week, 1, lang),
                total=fmt.signed_number(r.difference, 0, lang),
                quarters=quarter_count(r.quarters_reported, lang),
            )
            + missing
        )
    return lines


def _quarters_cell(n: int | None, formatted: bool):
    if formatted:
        return "" if n is None else str(n)
    return pd.NA if n is None else n


def year_summary(model: HoursModel, lang: str) -> str:
    reported = model.per_year[model.per_year["quarters_reported"] > 0]
    if reported.empty:
        return text("hours.alt.none", lang, year=model.year)
    low = reported.loc[reported["pct"].idxmin()]
    summary = text(
        "hours.alt.year",
        lang,
        avg=fmt.number(model.region["avg_per_week"], 1, lang),
        weekly=fmt.number(model.region["weekly_agreed"], lang=lang),
        pct=fmt.percent(model.region["pct"], 0, lang),
        low=low["corporation"],
        low_avg=fmt.number(low["avg_per_week"], 1, lang),
        low_weekly=fmt.number(low["weekly_agreed"], lang=lang),
        low_pct=fmt.percent(low["pct"], 0, lang),
    )
    return summary + missing_note(model.per_quarter, lang)


def missing_note(per_quarter: pd.DataFrame, lang: str) -> str:
    absent = per_quarter[per_quarter["state"].isin(NOT_COUNTED)]
    if absent.empty:
        return ""
    items = [f"{r.corporation} {quarter_name(r.quarter, lang)}" for r in absent.itertuples()]
    return text("hours.alt.missing", lang, items=", ".join(items))


def year_panel(model: HoursModel, measure: str, lang: str) -> ChartPanel:
    return ChartPanel(
        charts.build_hours_year_chart,
        year_frame(model.per_year, measure, lang),
        {
            "lang": lang,
            "title": text("hours.chart.year", lang, year=model.year),
            "value_title": text(f"hours.axis.{measure}", lang),
            "subtitle": text("hours.chart.sub", lang),
        },
        year_table(model, formatted=False, lang=lang),
        f"uren-{model.year}.csv",
        year_summary(model, lang),
    )


# --- Per quarter -----------------------------------------------------------------------------------


def _quarter_word(state: str, lang: str) -> str:
    if state in (QuarterState.REPORTED.value, *NOT_COUNTED):
        return text(f"hours.state.{state}", lang)
    return text(f"hours.label.{state}", lang)


def quarter_frame(per_quarter: pd.DataFrame, measure: str, lang: str) -> pd.DataFrame:
    agreed = _agreed(per_quarter, measure)
    reported = per_quarter["state"] == QuarterState.REPORTED.value
    placeholder = per_quarter["state"].isin(NOT_COUNTED)
    values = per_quarter[VALUE_COLUMN[measure]].where(reported, agreed.where(placeholder))
    labels = [
        _value_label(row, measure, lang)
        if row["state"] == QuarterState.REPORTED.value
        else text(f"hours.label.{row['state']}", lang)
        for _, row in per_quarter.iterrows()
    ]
    return pd.DataFrame(
        {
            "corporation": per_quarter["corporation"],
            "quarter_label": per_quarter["quarter"].map(lambda q: quarter_name(q, lang)),
            "state": per_quarter["state"],
            "state_label": per_quarter["state"].map(lambda s: _quarter_word(s, lang)),
            "bar_value": values,
            "agreed": agreed,
            "label": labels,
        }
    )


def _cell(row, measure: str, lang: str) -> str:
    if row["state"] == QuarterState.REPORTED.value:
        value = row[VALUE_COLUMN[measure]]
        return fmt.percent(value, 0, lang) if measure == "pct" else fmt.number(value, DECIMALS[measure], lang)
    if row["state"] in STATE_TO_SUBMISSION:
        return state_label(STATE_TO_SUBMISSION[row["state"]], lang)
    return "–"


def quarter_table(per_quarter: pd.DataFrame, measure: str, lang: str) -> pd.DataFrame:
    """Corporation rows × quarter columns; a quarter without a report says so with an icon."""
    cells = per_quarter.assign(
        cell=[_cell(r, measure, lang) for _, r in per_quarter.iterrows()],
        column=per_quarter["quarter"].map(lambda q: quarter_name(q, lang)),
    )
    order = list(dict.fromkeys(per_quarter["corporation"]))
    table = cells.pivot(index="corporation", columns="column", values="cell").reindex(order)
    table.index.name = text("hours.col.corporation", lang)
    table.columns.name = None
    return table


def quarter_download(per_quarter: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            text("hours.col.corporation", lang): per_quarter["corporation"],
            text("hours.col.quarter", lang): per_quarter["quarter"].map(lambda q: quarter_name(q, lang)),
            text("hours.col.state", lang): per_quarter["state"].map(lambda s: _quarter_word(s, lang)),
            text("hours.col.weekly", lang): per_quarter["weekly_agreed"],
            text("hours.col.realised", lang): per_quarter["realised"],
            text("hours.col.agreed", lang): per_quarter["agreed"],
            text("hours.col.avg", lang): per_quarter["avg_per_week"],
            text("hours.col.pct", lang): per_quarter["pct"],
        }
    )


def quarter_panel(model: HoursModel, measure: str, lang: str) -> ChartPanel:
    per_quarter = model.per_quarter
    return ChartPanel(
        charts.build_hours_quarter_chart,
        quarter_frame(per_quarter, measure, lang),
        {
            "lang": lang,
            "title": text("hours.chart.quarter", lang),
            "value_title": text(f"hours.axis.{measure}", lang),
            "state_names": {s: text(f"hours.state.{s}", lang) for s in ("reported", *NOT_COUNTED)},
            "corporation_order": list(dict.fromkeys(per_quarter["corporation"])),
            "shared_scale": measure == "pct",
            "subtitle": text("hours.chart.sub_quarter", lang),
            "legend_title": text("hours.legend", lang),
        },
        quarter_download(per_quarter, lang),
        f"uren-per-kwartaal-{model.year}.csv",
        text("hours.alt.quarter", lang) + missing_note(per_quarter, lang),
    )


# --- Against the agreement, with the shortfall (presentation, handouts) ----------------------------


def shortfall_table(model: HoursModel, lang: str) -> pd.DataFrame:
    """Per corporation (and the region): hours a week agreed and realised on average, hours realised
    against agreed over the reported quarters, and the shortfall in hours ("–" when none)."""
    rows = model.per_year.to_dict("records")
    if len(rows) > 1:
        rows.append({**model.region, "corporation": text("hours.region", lang), "missing_quarters": []})
    table = []
    for r in rows:
        # The signed difference of domain.hours, stated here as hours short (none when at or above).
        difference = r["difference"]
        name = r["corporation"]
        if r["missing_quarters"]:
            name += " " + text(
                "presentation.hours.missing", lang, quarters=_missing_text(r["missing_quarters"], lang)
            )
        table.append(
            {
                text("hours.col.corporation", lang): name,
                text("hours.col.weekly", lang): fmt.hours(r["weekly_agreed"], lang),
                text("hours.col.avg", lang): fmt.number(r["avg_per_week"], 1, lang),
                text("hours.col.realised", lang): fmt.number(r["realised"], 1, lang),
                text("hours.col.agreed", lang): fmt.number(r["agreed"], 1, lang),
                text("presentation.hours.shortfall", lang): fmt.MISSING
                if difference != difference  # NaN: nothing reported, nothing to compare
                else (
                    fmt.number(-difference, 1, lang)
                    if difference < 0
                    else text("presentation.hours.no_shortfall", lang)
                ),
                text("hours.col.pct", lang): fmt.percent(r["pct"], 0, lang),
            }
        )
    return pd.DataFrame(table)
