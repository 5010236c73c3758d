"""Voortgang: the numbers behind each chart (domain calls on cached data), their display text, and
the Streamlit pieces that show a chart with its summary line and a CSV download."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import altair as alt
import pandas as pd
import streamlit as st

from data_access.report_format import AGE_BANDS, FREED_HOME_TO
from domain import progress as prog
from domain.parameters import AgreementParameters
from domain.periods import last_complete_quarter
from domain.targets import Status, targets_for_year
from ui import charts, loaders
from ui import formatting as fmt
from ui.components import status_text
from ui.downloads import csv_bytes  # shared: ui.hours_view and the tests import it from here
from ui.i18n import TEXTS as _TEXT_KEYS
from ui.i18n import language, t

MEASURES = ("conversations", "moves")


# --- Shared pieces (also used by ui.hours_view) ----------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=512)
def chart_spec(builder: str, frame: pd.DataFrame, options: str) -> dict:
    """The Vega-Lite spec of `charts.<builder>(frame, **options)`, cached: building and validating
    an Altair chart costs tens of milliseconds, and a page has ten of them on every rerun."""
    chart: alt.TopLevelMixin = getattr(charts, builder)(frame, **json.loads(options))
    # tests/ui/test_charts.py validates every builder's spec against the Vega-Lite schema; here
    # validation would only triple the cost of a cold page.
    return chart.to_dict(validate=False)


def chart_panel(
    builder,
    frame: pd.DataFrame,
    options: dict,
    data: pd.DataFrame,
    file_name: str,
    summary: str,
    key: str,
    stretch: bool = True,
) -> None:
    """A chart from `builder(frame, **options)` (its title is part of it), a one-line text
    alternative and the chart's data as CSV."""
    spec = chart_spec(builder.__name__, frame, json.dumps(options, sort_keys=True, ensure_ascii=False))
    st.vega_lite_chart(spec, width="stretch" if stretch else "content", theme=None)
    st.caption(summary)
    lang = language()
    # The CSV is made only when someone clicks: a rerun does not pay for ten conversions.
    st.download_button(
        t("download.csv"),
        lambda: csv_bytes(data, lang),
        file_name=file_name,
        mime="text/csv",
        key=key,
        on_click="ignore",
        icon="⬇️",
    )


def number(value, decimals: int = 0) -> str:
    return fmt.number(None if pd.isna(value) else value, decimals, language())


def percent(value, decimals: int = 0) -> str:
    return fmt.percent(None if pd.isna(value) else value, decimals, language())


def quarter_count(n: int) -> str:
    return t("progress.quarters.one") if n == 1 else t("progress.quarters.many", n=n)


def quarter_name(quarter: int) -> str:
    return t("progress.quarter", q=quarter)


def reported_pairs(year: int) -> list[tuple[str, int]]:
    """(corporation, quarter) with an active submission in `year`."""
    versions = loaders.submissions()
    if versions.empty:
        return []
    active = versions[versions["is_active"].astype(bool) & (versions["year"] == year)]
    return list(zip(active["corporation"], active["quarter"].astype(int), strict=True))


# --- The selection and the model of one view -------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    year: int
    corporation: str | None = None
    municipality: str | None = None

    @property
    def filtered(self) -> bool:
        return bool(self.corporation or self.municipality)

    def apply(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Rows of the chosen corporation and municipality (a column the frame lacks is ignored)."""
        keep = pd.Series(True, index=frame.index)
        if self.corporation and "corporation" in frame:
            keep &= frame["corporation"] == self.corporation
        if self.municipality and "municipality" in frame:
            keep &= frame["municipality"] == self.municipality
        return frame[keep]

    def describe(self) -> str:
        return " · ".join(v for v in (self.corporation, self.municipality) if v)


@dataclass(frozen=True)
class ProgressModel:
    selection: Selection
    params: AgreementParameters
    quarters_ended: int
    activity: pd.DataFrame  # the year's rows within the selection
    states: pd.DataFrame  # corporation × quarter states of the expected corporations
    members: pd.DataFrame  # municipality → corporation within the selection
    annual: dict[str, float | None]
    progress: dict[str, pd.DataFrame]


def expected_corporations(selection: Selection, params: AgreementParameters) -> list[str]:
    """Corporations whose reports the selection needs (for a municipality: those working there)."""
    names = [selection.corporation] if selection.corporation else list(params.weekly_hours)
    if selection.municipality:
        everywhere = loaders.activity()
        there = set(everywhere.loc[everywhere["municipality"] == selection.municipality, "corporation"])
        names = [n for n in names if n in there] or names
    return names


def progress_model(selection: Selection) -> ProgressModel:
    """The selection's numbers, cached per selection and day (cleared with every other cache
    after an import), so switching filters back and forth costs no recomputation."""
    return _cached_model(selection.year, selection.corporation, selection.municipality, loaders.today())


@st.cache_data(show_spinner=False, max_entries=256)
def _cached_model(year: int, corporation: str | None, municipality: str | None, today: date) -> ProgressModel:
    selection = Selection(year, corporation, municipality)
    params = loaders.parameters(year)
    expected = expected_corporations(selection, params)
    states = prog.corporation_quarter_states(params, year, reported_pairs(year), today, expected)
    region = prog.group_quarter_states(states)
    members = prog.municipality_members(selection.apply(loaders.activity()))
    members = members[members["corporation"].isin(expected)]
    activity = selection.apply(loaders.activity(year))
    targets = targets_for_year(params, year)
    annual = {m: None if selection.filtered else float(getattr(targets, m)) for m in MEASURES}
    progress = {m: prog.quarter_progress(activity, m, region, params, annual[m]) for m in MEASURES}
    return ProgressModel(
        selection, params, last_complete_quarter(year, today), activity, states, members, annual, progress
    )


def status_names() -> dict[str, str]:
    return {s.value: t("status." + s.value) for s in Status}


def region_status_names() -> dict[str, str]:
    """Status words plus the legend entry for bars under a filter, where no target applies."""
    return {**status_names(), "none": t("progress.legend.no_target")}


def _state_word(state: str) -> str:
    return t("progress.state." + state)


# --- Region: running total against the pro-rata target --------------------------------------------


def region_frame(progress: pd.DataFrame, annual: float | None) -> pd.DataFrame:
    names = region_status_names()
    rows = []
    for _, row in progress.iterrows():
        has_data = row["state"] in prog.HAS_DATA
        if has_data:
            label = number(row["cumulative"])
            if annual is not None:
                label += "\n" + names[row["status"]]
            if row["state"] == prog.GroupState.PARTIAL.value:
                label += "\n" + t("progress.partial_mark")
        else:
            label = _state_word(row["state"])
        rows.append(
            {
                "quarter_label": quarter_name(row["quarter"]),
                "cumulative": row["cumulative"],
                "target": row["target"],
                "status_label": names[row["status"] if annual is not None else "none"],
                "bar_label": label,
                "target_label": t("progress.target_label", target=number(annual))
                if annual is not None and row["quarter"] == 4
                else None,
            }
        )
    return pd.DataFrame(rows)


def region_table(progress: pd.DataFrame) -> pd.DataFrame:
    names = status_names()
    return pd.DataFrame(
        {
            t("progress.col.quarter"): progress["quarter"].map(quarter_name),
            t("progress.col.state"): progress["state"].map(_state_label),
            t("progress.col.absent"): progress["absent"],
            t("progress.col.realised"): progress["realised"],
            t("progress.col.cumulative"): progress["cumulative"],
            t("progress.col.target"): progress["target"],
            t("progress.col.counted_target"): progress["counted_target"],
            t("progress.col.pct"): progress["pct"],
            t("progress.col.status"): progress["status"].map(names),
        }
    )


def _state_label(state: str) -> str:
    return t(f"progress.state.{state}")


def absent_note(progress: pd.DataFrame) -> str:
    """' Niet meegeteld: K4 (deltaWonen).' for quarters that ended without (all) reports."""
    ended = progress[progress["state"].isin(["partial", "missing", "due"])]
    if ended.empty:
        return ""
    items = [f"{quarter_name(r.quarter)} ({r.absent})" for r in ended.itertuples()]
    return t("progress.alt.absent", items=", ".join(items))


def region_summary(progress: pd.DataFrame, measure: str, annual: float | None) -> str:
    latest = prog.latest_progress(progress)
    if latest is None:
        return t("progress.no_reports_short")
    values = {
        "quarter": quarter_name(latest["quarter"]),
        "realised": number(latest["cumulative"]),
        "measure_lc": t(f"progress.measure.{measure}").lower(),
    }
    if annual is None:
        return t("progress.alt.region_filtered", **values) + absent_note(progress)
    return t(
        "progress.alt.region",
        **values,
        target=number(latest["counted_target"]),
        pct=percent(latest["pct"]),
        status=status_names()[latest["status"]],
    ) + absent_note(progress)


def projection_text(model: ProgressModel, measure: str) -> tuple[str, str | None]:
    """The projection sentence (markdown) and its one-line method (None when there is none)."""
    progress, annual = model.progress[measure], model.annual[measure]
    projection = prog.year_end_projection(progress, model.quarters_ended)
    target = number(annual)
    if projection.year_complete:
        latest = prog.latest_progress(progress)
        value = number(latest["cumulative"] if latest is not None else None)
        key = "progress.projection.closed" if annual is not None else "progress.projection.closed_filtered"
        return t(key, value=value, target=target), None
    if projection.value is None:
        return t("progress.projection.none"), None
    key = "progress.projection" if annual is not None else "progress.projection.filtered"
    return (
        t(key, value=number(projection.value), target=target),
        t("progress.projection.method", quarters=quarter_count(projection.basis_quarters)),
    )


def render_region(model: ProgressModel, measure: str) -> None:
    progress, annual = model.progress[measure], model.annual[measure]
    measure_name = t(f"progress.measure.{measure}")
    latest = prog.latest_progress(progress)
    if latest is None:
        st.metric(t("progress.metric.none", measure=measure_name), fmt.MISSING)
        st.info(t("progress.no_reports", year=model.selection.year))
        return
    st.metric(
        t("progress.metric", measure=measure_name, quarter=quarter_name(latest["quarter"])),
        number(latest["cumulative"]),
    )
    if annual is not None:
        st.markdown(
            t(
                "progress.status_line",
                status=status_text(Status(latest["status"])),
                pct=percent(latest["pct"]),
                target=number(latest["counted_target"]),
            )
        )
    subtitle = t("progress.chart.region.sub" if annual is not None else "progress.chart.region.sub_filtered")
    title_key = "progress.chart.region" if annual is not None else "progress.chart.region_filtered"
    options = {
        "title": t(title_key, measure=t(f"progress.short.{measure}")),
        "value_title": t("progress.chart.cumulative"),
        "status_names": region_status_names(),
        "subtitle": subtitle,
        "legend_title": t("progress.col.status"),
    }
    chart_panel(
        charts.build_progress_chart,
        region_frame(progress, annual),
        options,
        region_table(progress),
        f"voortgang-{measure}-{model.selection.year}.csv",
        region_summary(progress, measure, annual),
        key=f"dl_region_{measure}",
    )
    sentence, method = projection_text(model, measure)
    st.markdown(sentence)
    if method:
        st.caption(method)


# --- Split per corporation and per municipality ----------------------------------------------------


def split_data(model: ProgressModel, measure: str, by: str) -> pd.DataFrame:
    selection = model.selection
    return _cached_split(
        selection.year, selection.corporation, selection.municipality, loaders.today(), measure, by
    )


@st.cache_data(show_spinner=False, max_entries=256)
def _cached_split(
    year: int, corporation: str | None, municipality: str | None, today: date, measure: str, by: str
) -> pd.DataFrame:
    model = _cached_model(year, corporation, municipality, today)
    if by == "corporation":
        members = pd.DataFrame({"group": model.states["corporation"].unique()})
        members["corporation"] = members["group"]
    else:
        members = model.members
    group_states = prog.group_quarter_states(model.states, members)
    return prog.split_progress(model.activity, measure, by, group_states)


def split_frame(split: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "group": split["group"],
            "quarter_label": split["quarter"].map(quarter_name),
            "cumulative": split["cumulative"],
            "state": split["state"],
            "state_label": split["state"].map(_state_label),
            "bar_label": [
                number(c) if s in prog.HAS_DATA else _state_word(s)
                for c, s in zip(split["cumulative"], split["state"], strict=True)
            ],
        }
    )


def split_table(split: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("progress.col.group"): split["group"],
            t("progress.col.quarter"): split["quarter"].map(quarter_name),
            t("progress.col.state"): split["state"].map(_state_label),
            t("progress.col.absent"): split["absent"],
            t("progress.col.realised"): split["realised"],
            t("progress.col.cumulative"): split["cumulative"],
        }
    )


def split_summary(split: pd.DataFrame) -> str:
    totals = split.dropna(subset=["cumulative"]).groupby("group", sort=False)["cumulative"].last()
    if totals.empty:
        return t("progress.no_reports_short")
    return t("progress.alt.split", group=totals.idxmax(), value=number(totals.max()))


def render_split(model: ProgressModel, measure: str, by: str) -> None:
    split = split_data(model, measure, by)
    if split.empty:
        st.info(t("progress.no_reports", year=model.selection.year))
        return
    state_names = {s: _state_label(s) for s in ("complete", "partial")}
    groups = list(dict.fromkeys(split["group"]))
    options = {
        "title": t(f"progress.chart.split.{by}", measure=t(f"progress.short.{measure}")),
        "value_title": t("progress.chart.cumulative"),
        "state_names": state_names,
        "group_order": groups,
        "columns": 2 if by == "corporation" else 3,
        "subtitle": t("progress.chart.split.sub"),
        "legend_title": t("progress.legend.quarter"),
    }
    chart_panel(
        charts.build_split_chart,
        split_frame(split),
        options,
        split_table(split),
        f"voortgang-{measure}-per-{by}-{model.selection.year}.csv",
        split_summary(split) + absent_note_split(split),
        key=f"dl_split_{by}_{measure}",
        stretch=False,
    )


def absent_note_split(split: pd.DataFrame) -> str:
    ended = split[split["state"].isin(["partial", "missing", "due"])]
    if ended.empty:
        return ""
    items = sorted({f"{quarter_name(r.quarter)} ({r.absent})" for r in ended.itertuples()})
    return t("progress.alt.absent", items=", ".join(items))


# --- Multi-year view with the pilot baseline -------------------------------------------------------


def multi_year_data(selection: Selection) -> pd.DataFrame:
    return _cached_multi_year(selection.corporation, selection.municipality, loaders.today())


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_multi_year(corporation: str | None, municipality: str | None, today: date) -> pd.DataFrame:
    selection = Selection(today.year, corporation, municipality)
    years = loaders.available_years()
    targets = {}
    for year in years:
        year_targets = targets_for_year(loaders.parameters(year), year)
        targets[year] = None if selection.filtered else (year_targets.conversations, year_targets.moves)
    params = loaders.parameters(today.year)
    pilot = (
        None
        if selection.filtered
        else (
            params.pilot_conversations,
            params.pilot_moves,
            params.pilot_target_conversations,
            params.pilot_target_moves,
        )
    )
    ended = {year: last_complete_quarter(year, today) for year in years}
    expected = expected_corporations(selection, params)
    reported = {year for year in years if any(c in expected for c, _ in reported_pairs(year))}
    return prog.multi_year(selection.apply(loaders.activity()), targets, ended, pilot, reported)


def _period_label(row) -> str:
    if row["kind"] == "pilot":
        return t("progress.period.pilot")
    if row["year_complete"]:
        return row["period"]
    if row["quarters_ended"] == 0:
        return t("progress.period.not_started", year=row["period"])
    return t("progress.period.running", year=row["period"], quarter=quarter_name(row["quarters_ended"]))


def _kind(row) -> str:
    return row["kind"] if row["kind"] == "pilot" or row["year_complete"] else "year_running"


def multi_year_frame(data: pd.DataFrame, measure: str) -> pd.DataFrame:
    kinds = [_kind(r) for _, r in data.iterrows()]
    return pd.DataFrame(
        {
            "period_label": [_period_label(r) for _, r in data.iterrows()],
            "kind": kinds,
            "kind_label": [t(f"progress.kind.{k}") for k in kinds],
            "value": data[measure],
            "target": data[f"target_{measure}"],
            "bar_label": [
                t("progress.period.no_reports") if pd.isna(v) else number(v) for v in data[measure]
            ],
            "target_label": _target_labels(data[f"target_{measure}"]),
        }
    )


def _target_labels(targets: pd.Series) -> list[str | None]:
    """'doel 300' at each target, but not again when it equals the previous period's (the ticks
    stand side by side at the same height, and their words would run into each other)."""
    labels, previous = [], None
    for value in targets:
        same = previous is not None and not pd.isna(value) and value == previous
        labels.append(None if pd.isna(value) or same else t("progress.target_tick", target=number(value)))
        previous = value
    return labels


def multi_year_summary(frame: pd.DataFrame) -> str:
    pilot = frame[frame["kind"] == "pilot"]
    years = frame[frame["kind"] != "pilot"]
    listed = "; ".join(
        f"{r.period_label}: {r.bar_label}"
        + (f" ({t('progress.target_tick', target=number(r.target))})" if not pd.isna(r.target) else "")
        for r in years.itertuples()
    )
    if pilot.empty:
        return t("progress.alt.multi_filtered", years=listed)
    p = pilot.iloc[0]
    return t("progress.alt.multi", pilot=f"{p['bar_label']} ({p['target_label']})", years=listed)


def render_multi_year(selection: Selection, data: pd.DataFrame, measure: str) -> None:
    frame = multi_year_frame(data, measure)
    measure_name = t(f"progress.measure.{measure}")
    key = "progress.chart.multi_filtered" if selection.filtered else "progress.chart.multi"
    names = {k: t(f"progress.kind.{k}") for k in ("pilot", "year", "year_running")}
    subtitle = t("progress.chart.multi.sub_filtered" if selection.filtered else "progress.chart.multi.sub")
    options = {
        "title": t(key, measure=t(f"progress.short.{measure}")),
        "value_title": measure_name,
        "kind_names": names,
        "subtitle": subtitle,
    }
    table = frame[["period_label", "kind_label", "value", "target"]].set_axis(
        [t("progress.col.period"), t("progress.col.state"), measure_name, t("progress.col.target")], axis=1
    )
    chart_panel(
        charts.build_multi_year_chart,
        frame,
        options,
        table,
        f"voortgang-{measure}-meerjarig.csv",
        multi_year_summary(frame),
        key=f"dl_multi_{measure}",
    )


# --- Funnel, move rows and barriers ----------------------------------------------------------------


def funnel_frame(funnel: pd.DataFrame) -> pd.DataFrame:
    labels = []
    for row in funnel.itertuples():
        if pd.isna(row.conversion_pct):
            labels.append(number(row.count))
        else:
            labels.append(t("progress.funnel.rate", count=number(row.count), pct=percent(row.conversion_pct)))
    return pd.DataFrame(
        {
            "category": [t(f"progress.stage.{s}") for s in funnel["stage"]],
            "value": funnel["count"],
            "label": labels,
        }
    )


def render_funnel(model: ProgressModel) -> None:
    funnel = prog.funnel(model.activity)
    if model.activity.empty:
        st.info(t("progress.no_reports", year=model.selection.year))
        return
    frame = funnel_frame(funnel)
    options = {
        "title": t("progress.chart.funnel", year=model.selection.year),
        "value_title": t("progress.count"),
    }
    table = pd.DataFrame(
        {
            t("progress.col.stage"): frame["category"],
            t("progress.count"): funnel["count"],
            t("progress.col.conversion"): funnel["conversion_pct"],
        }
    )
    summary = t(
        "progress.alt.funnel",
        first=percent(funnel["conversion_pct"].iloc[1]),
        second=percent(funnel["conversion_pct"].iloc[2]),
    )
    chart_panel(
        charts.build_bar_list_chart,
        frame,
        options,
        table,
        f"trechter-{model.selection.year}.csv",
        summary,
        key="dl_funnel",
    )
    rows_with_contacts = int(funnel["rows_with_contacts"].iloc[0])
    if rows_with_contacts < len(model.activity):
        st.caption(t("progress.funnel.partial", n=rows_with_contacts))


def count_frame(counts: pd.DataFrame, column: str, label_of) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "category": counts[column].map(label_of),
            "value": counts["count"],
            "label": [
                t("progress.count_pct", count=number(c), pct=percent(p))
                for c, p in zip(counts["count"], counts["pct"], strict=True)
            ],
        }
    )


def _largest(frame: pd.DataFrame, counts: pd.DataFrame) -> str:
    top = counts["count"].idxmax()
    return t(
        "progress.alt.largest",
        category=frame.at[top, "category"],
        count=number(counts.at[top, "count"]),
        pct=percent(counts.at[top, "pct"]),
    )


def count_panel(counts: pd.DataFrame, column: str, label_of, title: str, file_name: str, key: str) -> None:
    frame = count_frame(counts, column, label_of)
    table = pd.DataFrame(
        {
            t("progress.col.category"): frame["category"],
            t("progress.count"): counts["count"],
            t("progress.col.share"): counts["pct"],
        }
    )
    chart_panel(
        charts.build_bar_list_chart,
        frame,
        {"title": title, "value_title": t("progress.count")},
        table,
        file_name,
        _largest(frame, counts),
        key=key,
    )


def render_moves(model: ProgressModel) -> None:
    year = model.selection.year
    profile = prog.move_profile(model.selection.apply(loaders.moves(year)), AGE_BANDS, FREED_HOME_TO)
    if profile.rows == 0:
        st.info(t("progress.moves.none"))
        return
    st.metric(t("progress.moves.family"), number(profile.family_homes_freed))
    st.caption(
        t(
            "progress.moves.family_caption",
            rows=number(profile.rows),
            moves=number(model.activity["moves"].sum() if not model.activity.empty else 0),
        )
    )
    left, right = st.columns(2)
    with left:
        count_panel(
            profile.by_age_band,
            "age_band",
            lambda b: t("progress.age.label", band=b),
            t("progress.chart.age"),
            f"leeftijd-verhuisden-{year}.csv",
            "dl_age",
        )
    with right:
        count_panel(
            profile.by_freed_home_to,
            "freed_home_to",
            lambda d: t(f"progress.freed.{d}"),
            t("progress.chart.freed"),
            f"vrijgekomen-woning-naar-{year}.csv",
            "dl_freed",
        )


def _reason_label(reason: str) -> str:
    key = "progress.reason." + reason.replace(" ", "_")
    return t(key) if key in _TEXT_KEYS else reason[:1].upper() + reason[1:]


def render_barriers(model: ProgressModel) -> None:
    year = model.selection.year
    corporation_only = Selection(year, model.selection.corporation)
    counts = prog.count_by(corporation_only.apply(loaders.barriers(year)), "reason")
    if model.selection.municipality:
        st.caption(t("progress.barriers.no_municipality"))
    if counts.empty or counts["count"].sum() == 0:
        st.info(t("progress.barriers.none"))
        return
    count_panel(
        counts,
        "reason",
        _reason_label,
        t("progress.chart.barriers"),
        f"belemmeringen-{year}.csv",
        "dl_barriers",
    )


def pick_measure(key: str) -> str:
    return st.radio(
        t("progress.measure.pick"),
        MEASURES,
        key=key,
        horizontal=True,
        format_func=lambda m: t(f"progress.measure.{m}"),
    )
