"""Uren: realised coach hours against the agreed hours per week, per quarter and per year, with
quarters that were not reported shown as such (never as 0)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from domain import hours as dh
from domain.parameters import AgreementParameters
from domain.progress import QuarterState, corporation_quarter_states
from ui import charts, loaders
from ui.components import state_label
from ui.i18n import t
from ui.progress_view import chart_panel, number, percent, quarter_name, reported_pairs

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


def hours_model(year: int, corporation: str | None = None) -> HoursModel:
    """The year's hours figures, cached per year, corporation and day (cleared after an import)."""
    return _cached_model(year, corporation, loaders.today())


@st.cache_data(show_spinner=False, max_entries=128)
def _cached_model(year: int, corporation: str | None, today: date) -> HoursModel:
    params = loaders.parameters(year)
    names = [corporation] if corporation else list(params.weekly_hours)
    states = corporation_quarter_states(params, year, reported_pairs(year), today, names)
    per_quarter = dh.hours_per_quarter(params, loaders.hours(year), states)
    per_year = dh.hours_per_year(per_quarter)
    return HoursModel(year, params, per_quarter, per_year, dh.hours_region_total(per_year))


def pick_measure() -> str:
    return st.radio(
        t("hours.measure.pick"),
        MEASURES,
        key="hours_measure",
        horizontal=True,
        format_func=lambda m: t(f"hours.measure.{m}"),
    )


def _agreed(frame: pd.DataFrame, measure: str) -> pd.Series:
    column = AGREED_COLUMN[measure]
    return frame[column] if column else pd.Series(100.0, index=frame.index)


def _value_label(row, measure: str) -> str:
    decimals = DECIMALS[measure]
    value = row[VALUE_COLUMN[measure]]
    agreed = row[AGREED_COLUMN[measure]] if AGREED_COLUMN[measure] else 100.0
    return t(
        f"hours.label.{measure}",
        value=number(value, decimals),
        agreed=number(agreed, decimals),
        pct=percent(row["pct"]),
    )


# --- Year --------------------------------------------------------------------------------------------


def year_frame(per_year: pd.DataFrame, measure: str) -> pd.DataFrame:
    labels, names = [], []
    for _, row in per_year.iterrows():
        ended = row["quarters_reported"] + row["quarters_missing"]
        names.append(
            t("hours.corporation_quarters", name=row["corporation"], n=row["quarters_reported"], of=ended)
            if row["quarters_missing"]
            else row["corporation"]
        )
        labels.append(_value_label(row, measure) if row["quarters_reported"] else t("hours.label.none"))
    return pd.DataFrame(
        {
            "corporation_label": names,
            "value": per_year[VALUE_COLUMN[measure]].to_numpy(),
            "agreed": _agreed(per_year, measure).to_numpy(),
            "label": labels,
        }
    )


def _missing_text(quarters: list[int]) -> str:
    return ", ".join(quarter_name(q) for q in quarters)


def year_table(model: HoursModel, formatted: bool) -> pd.DataFrame:
    """Per corporation plus the region; strings for the screen or raw numbers for the CSV."""
    rows = model.per_year.to_dict("records")
    if len(rows) > 1:  # with one corporation chosen, a region line would only repeat it
        rows.append(
            {
                **model.region,
                "corporation": t("hours.region"),
                "quarters_reported": None,
                "missing_quarters": [],
            }
        )
    f1 = (lambda v: number(v, 1)) if formatted else (lambda v: v)
    pct = (lambda v: percent(v, 1)) if formatted else (lambda v: v)
    return pd.DataFrame(
        [
            {
                t("hours.col.corporation"): r["corporation"],
                t("hours.col.weekly"): f1(r["weekly_agreed"]) if formatted else r["weekly_agreed"],
                t("hours.col.quarters"): _quarters_cell(r["quarters_reported"], formatted),
                t("hours.col.missing"): ("❌ " if formatted and r["missing_quarters"] else "")
                + _missing_text(r["missing_quarters"]),
                t("hours.col.realised"): f1(r["realised"]),
                t("hours.col.agreed"): f1(r["agreed"]),
                t("hours.col.avg"): f1(r["avg_per_week"]),
                t("hours.col.pct"): pct(r["pct"]),
            }
            for r in rows
        ]
    )


def _quarters_cell(n: int | None, formatted: bool):
    if formatted:
        return "" if n is None else str(n)
    return pd.NA if n is None else n


def year_summary(model: HoursModel) -> str:
    reported = model.per_year[model.per_year["quarters_reported"] > 0]
    if reported.empty:
        return t("hours.alt.none", year=model.year)
    low = reported.loc[reported["pct"].idxmin()]
    text = t(
        "hours.alt.year",
        avg=number(model.region["avg_per_week"], 1),
        weekly=number(model.region["weekly_agreed"]),
        pct=percent(model.region["pct"]),
        low=low["corporation"],
        low_avg=number(low["avg_per_week"], 1),
        low_weekly=number(low["weekly_agreed"]),
        low_pct=percent(low["pct"]),
    )
    return text + missing_note(model.per_quarter)


def missing_note(per_quarter: pd.DataFrame) -> str:
    absent = per_quarter[per_quarter["state"].isin(NOT_COUNTED)]
    if absent.empty:
        return ""
    items = [f"{r.corporation} {quarter_name(r.quarter)}" for r in absent.itertuples()]
    return t("hours.alt.missing", items=", ".join(items))


def render_year(model: HoursModel, measure: str) -> None:
    options = {
        "title": t("hours.chart.year", year=model.year),
        "value_title": t(f"hours.axis.{measure}"),
        "subtitle": t("hours.chart.sub"),
    }
    chart_panel(
        charts.build_hours_year_chart,
        year_frame(model.per_year, measure),
        options,
        year_table(model, formatted=False),
        f"uren-{model.year}.csv",
        year_summary(model),
        key="dl_hours_year",
    )
    st.markdown(f"**{t('hours.table.year')}**")
    st.dataframe(year_table(model, formatted=True), hide_index=True, width="stretch")
    st.caption(t("hours.method"))


# --- Per quarter -----------------------------------------------------------------------------------


def _quarter_word(state: str) -> str:
    if state in (QuarterState.REPORTED.value, *NOT_COUNTED):
        return t(f"hours.state.{state}")
    return t(f"hours.label.{state}")


def quarter_frame(per_quarter: pd.DataFrame, measure: str) -> pd.DataFrame:
    agreed = _agreed(per_quarter, measure)
    reported = per_quarter["state"] == QuarterState.REPORTED.value
    placeholder = per_quarter["state"].isin(NOT_COUNTED)
    values = per_quarter[VALUE_COLUMN[measure]].where(reported, agreed.where(placeholder))
    labels = [
        _value_label(row, measure)
        if row["state"] == QuarterState.REPORTED.value
        else t(f"hours.label.{row['state']}")
        for _, row in per_quarter.iterrows()
    ]
    return pd.DataFrame(
        {
            "corporation": per_quarter["corporation"],
            "quarter_label": per_quarter["quarter"].map(quarter_name),
            "state": per_quarter["state"],
            "state_label": per_quarter["state"].map(_quarter_word),
            "bar_value": values,
            "agreed": agreed,
            "label": labels,
        }
    )


def _cell(row, measure: str) -> str:
    if row["state"] == QuarterState.REPORTED.value:
        value = row[VALUE_COLUMN[measure]]
        return percent(value) if measure == "pct" else number(value, DECIMALS[measure])
    if row["state"] in STATE_TO_SUBMISSION:
        return state_label(STATE_TO_SUBMISSION[row["state"]])
    return "–"


def quarter_table(per_quarter: pd.DataFrame, measure: str) -> pd.DataFrame:
    """Corporation rows × quarter columns; a quarter without a report says so with an icon."""
    cells = per_quarter.assign(
        cell=[_cell(r, measure) for _, r in per_quarter.iterrows()],
        column=per_quarter["quarter"].map(quarter_name),
    )
    order = list(dict.fromkeys(per_quarter["corporation"]))
    table = cells.pivot(index="corporation", columns="column", values="cell").reindex(order)
    table.index.name = t("hours.col.corporation")
    table.columns.name = None
    return table


def quarter_download(per_quarter: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("hours.col.corporation"): per_quarter["corporation"],
            t("hours.col.quarter"): per_quarter["quarter"].map(quarter_name),
            t("hours.col.state"): per_quarter["state"].map(_quarter_word),
            t("hours.col.weekly"): per_quarter["weekly_agreed"],
            t("hours.col.realised"): per_quarter["realised"],
            t("hours.col.agreed"): per_quarter["agreed"],
            t("hours.col.avg"): per_quarter["avg_per_week"],
            t("hours.col.pct"): per_quarter["pct"],
        }
    )


def render_quarters(model: HoursModel, measure: str) -> None:
    per_quarter = model.per_quarter
    names = {s: t(f"hours.state.{s}") for s in ("reported", *NOT_COUNTED)}
    options = {
        "title": t("hours.chart.quarter"),
        "value_title": t(f"hours.axis.{measure}"),
        "state_names": names,
        "corporation_order": list(dict.fromkeys(per_quarter["corporation"])),
        "shared_scale": measure == "pct",
        "subtitle": t("hours.chart.sub_quarter"),
        "legend_title": t("hours.legend"),
    }
    chart_panel(
        charts.build_hours_quarter_chart,
        quarter_frame(per_quarter, measure),
        options,
        quarter_download(per_quarter),
        f"uren-per-kwartaal-{model.year}.csv",
        t("hours.alt.quarter") + missing_note(per_quarter),
        key="dl_hours_quarter",
        stretch=False,
    )
    st.markdown(f"**{t('hours.table.quarter', measure=t(f'hours.measure.{measure}'))}**")
    st.dataframe(quarter_table(per_quarter, measure), width="stretch")


def agreed_summary(params: AgreementParameters) -> str:
    """'6/20/36/9' in the agreement's order of corporations."""
    return "/".join(number(hours) for hours in params.weekly_hours.values())
