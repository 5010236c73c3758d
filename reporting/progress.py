"""Voortgang without Streamlit: the numbers behind each chart (domain calls on the data frames the
caller loaded) and their display text, as chart panels the page shows and the handouts reuse."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd

from data_access.report_format import AGE_BANDS, FREED_HOME_TO, HOME_TYPES_FROM
from domain import progress as prog
from domain.parameters import AgreementParameters
from domain.periods import last_complete_quarter
from domain.submissions import reported_pairs
from domain.targets import Status, targets_for_year
from reporting import charts
from reporting import formatting as fmt
from reporting.i18n import TEXTS, text
from reporting.labels import quarter_count, quarter_name, status_names, status_text
from reporting.panels import ChartPanel

MEASURES = ("conversations", "moves")
ENDED_WITHOUT_ALL_REPORTS = (
    prog.GroupState.PARTIAL.value,
    prog.GroupState.MISSING.value,
    prog.GroupState.DUE.value,
)


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


def expected_corporations(
    selection: Selection, params: AgreementParameters, activity_all: pd.DataFrame
) -> list[str]:
    """Corporations whose reports the selection needs (for a municipality: those working there,
    judged from the rows of every year in `activity_all`)."""
    names = [selection.corporation] if selection.corporation else list(params.weekly_hours)
    if selection.municipality:
        there = set(activity_all.loc[activity_all["municipality"] == selection.municipality, "corporation"])
        names = [n for n in names if n in there] or names
    return names


def progress_model(
    selection: Selection,
    params: AgreementParameters,
    activity_all: pd.DataFrame,
    activity_year: pd.DataFrame,
    reported: list[tuple[str, int]],
    today: date,
) -> ProgressModel:
    """The selection's numbers: `activity_all` holds every year's rows, `activity_year` the
    selection's year, `reported` the (corporation, quarter) pairs reported in that year."""
    year = selection.year
    expected = expected_corporations(selection, params, activity_all)
    states = prog.corporation_quarter_states(params, year, reported, today, expected)
    region = prog.group_quarter_states(states)
    members = prog.municipality_members(selection.apply(activity_all))
    members = members[members["corporation"].isin(expected)]
    activity = selection.apply(activity_year)
    targets = targets_for_year(params, year)
    annual = {m: None if selection.filtered else float(getattr(targets, m)) for m in MEASURES}
    progress = {m: prog.quarter_progress(activity, m, region, params, annual[m]) for m in MEASURES}
    return ProgressModel(
        selection, params, last_complete_quarter(year, today), activity, states, members, annual, progress
    )


def region_status_names(lang: str) -> dict[str, str]:
    """Status words plus the legend entry for bars under a filter, where no target applies."""
    return {**status_names(lang), "none": text("progress.legend.no_target", lang)}


def state_word(state: str, lang: str) -> str:
    """A group's quarter state (domain.progress.GroupState value) in words."""
    return text("progress.state." + state, lang)


def absent_note(frame: pd.DataFrame, lang: str) -> str:
    """' Niet meegeteld (geen rapportage): K4 (deltaWonen).' for quarters that ended without (all)
    reports, in the region's progress or in a split per group (each quarter named once)."""
    ended = frame[frame["state"].isin(ENDED_WITHOUT_ALL_REPORTS)]
    if ended.empty:
        return ""
    items = sorted({f"{quarter_name(r.quarter, lang)} ({r.absent})" for r in ended.itertuples()})
    return text("progress.alt.absent", lang, items=", ".join(items))


# --- Region: running total against the pro-rata target --------------------------------------------


def region_frame(progress: pd.DataFrame, annual: float | None, lang: str) -> pd.DataFrame:
    names = region_status_names(lang)
    rows = []
    for _, row in progress.iterrows():
        has_data = row["state"] in prog.HAS_DATA
        if has_data:
            label = fmt.number(row["cumulative"], lang=lang)
            if annual is not None:
                label += "\n" + names[row["status"]]
            if row["state"] == prog.GroupState.PARTIAL.value:
                label += "\n" + text("progress.partial_mark", lang)
        else:
            label = state_word(row["state"], lang)
        rows.append(
            {
                "quarter_label": quarter_name(row["quarter"], lang),
                "cumulative": row["cumulative"],
                "target": row["target"],
                "status_label": names[row["status"] if annual is not None else "none"],
                "bar_label": label,
                "target_label": text("progress.target_label", lang, target=fmt.number(annual, lang=lang))
                if annual is not None and row["quarter"] == 4
                else None,
            }
        )
    return pd.DataFrame(rows)


def region_table(progress: pd.DataFrame, lang: str) -> pd.DataFrame:
    names = status_names(lang)
    return pd.DataFrame(
        {
            text("progress.col.quarter", lang): progress["quarter"].map(lambda q: quarter_name(q, lang)),
            text("progress.col.state", lang): progress["state"].map(lambda s: state_word(s, lang)),
            text("progress.col.absent", lang): progress["absent"],
            text("progress.col.realised", lang): progress["realised"],
            text("progress.col.cumulative", lang): progress["cumulative"],
            text("progress.col.target", lang): progress["target"],
            text("progress.col.counted_target", lang): progress["counted_target"],
            text("progress.col.pct", lang): progress["pct"],
            text("progress.col.status", lang): progress["status"].map(names),
        }
    )


def region_summary(progress: pd.DataFrame, measure: str, annual: float | None, lang: str) -> str:
    latest = prog.latest_progress(progress)
    if latest is None:
        return text("progress.no_reports_short", lang)
    values = {
        "quarter": quarter_name(latest["quarter"], lang),
        "realised": fmt.number(latest["cumulative"], lang=lang),
        "measure_lc": text(f"progress.measure.{measure}", lang).lower(),
    }
    if annual is None:
        return text("progress.alt.region_filtered", lang, **values) + absent_note(progress, lang)
    return text(
        "progress.alt.region",
        lang,
        **values,
        target=fmt.number(latest["counted_target"], lang=lang),
        pct=fmt.percent(latest["pct"], 0, lang),
        status=status_names(lang)[latest["status"]],
    ) + absent_note(progress, lang)


def region_panel(model: ProgressModel, measure: str, lang: str) -> ChartPanel:
    progress, annual = model.progress[measure], model.annual[measure]
    subtitle = "progress.chart.region.sub" if annual is not None else "progress.chart.region.sub_filtered"
    title_key = "progress.chart.region" if annual is not None else "progress.chart.region_filtered"
    return ChartPanel(
        charts.build_progress_chart,
        region_frame(progress, annual, lang),
        {
            "lang": lang,
            "title": text(title_key, lang, measure=text(f"progress.short.{measure}", lang)),
            "value_title": text("progress.chart.cumulative", lang),
            "status_names": region_status_names(lang),
            "subtitle": text(subtitle, lang),
            "legend_title": text("progress.col.status", lang),
            "target_title": text("progress.col.target", lang),
        },
        region_table(progress, lang),
        f"voortgang-{measure}-{model.selection.year}.csv",
        region_summary(progress, measure, annual, lang),
    )


def status_line(latest: pd.Series, lang: str) -> str:
    """ "**🟢 Op koers** · 103 % van het doel naar rato (300)" for the latest quarter with reports."""
    return text(
        "progress.status_line",
        lang,
        status=status_text(Status(latest["status"]), lang),
        pct=fmt.percent(latest["pct"], 0, lang),
        target=fmt.number(latest["counted_target"], lang=lang),
    )


def projection_text(model: ProgressModel, measure: str, lang: str) -> tuple[str, str | None]:
    """The projection sentence (markdown) and its one-line method (None when there is none)."""
    progress, annual = model.progress[measure], model.annual[measure]
    projection = prog.year_end_projection(progress, model.quarters_ended)
    target = fmt.number(annual, lang=lang)
    if projection.year_complete:
        latest = prog.latest_progress(progress)
        value = fmt.number(latest["cumulative"] if latest is not None else None, lang=lang)
        key = "progress.projection.closed" if annual is not None else "progress.projection.closed_filtered"
        return text(key, lang, value=value, target=target), None
    if projection.value is None:
        return text("progress.projection.none", lang), None
    key = "progress.projection" if annual is not None else "progress.projection.filtered"
    return (
        text(key, lang, value=fmt.number(projection.value, lang=lang), target=target),
        text("progress.projection.method", lang, quarters=quarter_count(projection.basis_quarters, lang)),
    )


# --- Split per corporation and per municipality ----------------------------------------------------


def split_data(model: ProgressModel, measure: str, by: str) -> pd.DataFrame:
    """Cumulative `measure` per corporation or municipality (`by`) × quarter."""
    if by == "corporation":
        members = pd.DataFrame({"group": model.states["corporation"].unique()})
        members["corporation"] = members["group"]
    else:
        members = model.members
    group_states = prog.group_quarter_states(model.states, members)
    return prog.split_progress(model.activity, measure, by, group_states)


def split_frame(split: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "group": split["group"],
            "quarter_label": split["quarter"].map(lambda q: quarter_name(q, lang)),
            "cumulative": split["cumulative"],
            "state": split["state"],
            "state_label": split["state"].map(lambda s: state_word(s, lang)),
            "bar_label": [
                fmt.number(c, lang=lang) if s in prog.HAS_DATA else state_word(s, lang)
                for c, s in zip(split["cumulative"], split["state"], strict=True)
            ],
        }
    )


def split_table(split: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            text("progress.col.group", lang): split["group"],
            text("progress.col.quarter", lang): split["quarter"].map(lambda q: quarter_name(q, lang)),
            text("progress.col.state", lang): split["state"].map(lambda s: state_word(s, lang)),
            text("progress.col.absent", lang): split["absent"],
            text("progress.col.realised", lang): split["realised"],
            text("progress.col.cumulative", lang): split["cumulative"],
        }
    )


def split_summary(split: pd.DataFrame, lang: str) -> str:
    totals = split.dropna(subset=["cumulative"]).groupby("group", sort=False)["cumulative"].last()
    if totals.empty:
        return text("progress.no_reports_short", lang)
    return text("progress.alt.split", lang, group=totals.idxmax(), value=fmt.number(totals.max(), lang=lang))


def split_panel(split: pd.DataFrame, year: int, measure: str, by: str, lang: str) -> ChartPanel:
    return ChartPanel(
        charts.build_split_chart,
        split_frame(split, lang),
        {
            "lang": lang,
            "title": text(
                f"progress.chart.split.{by}", lang, measure=text(f"progress.short.{measure}", lang)
            ),
            "value_title": text("progress.chart.cumulative", lang),
            "state_names": {s: state_word(s, lang) for s in ("complete", "partial")},
            "group_order": list(dict.fromkeys(split["group"])),
            "columns": 2 if by == "corporation" else 3,
            "subtitle": text("progress.chart.split.sub", lang),
            "legend_title": text("progress.legend.quarter", lang),
        },
        split_table(split, lang),
        f"voortgang-{measure}-per-{by}-{year}.csv",
        split_summary(split, lang) + absent_note(split, lang),
    )


# --- Multi-year view with the pilot baseline -------------------------------------------------------


def multi_year_data(
    selection: Selection,
    params_by_year: Mapping[int, AgreementParameters],
    current: AgreementParameters,
    activity_all: pd.DataFrame,
    versions: pd.DataFrame,
    today: date,
) -> pd.DataFrame:
    """The pilot (unfiltered only) and each agreement year in `params_by_year` (year → the
    parameters in force that year), with targets; `current` (this year's parameters) gives the
    pilot's figures and the corporations expected. The selection's year does not matter here."""
    years = list(params_by_year)
    targets = {}
    for year in years:
        year_targets = targets_for_year(params_by_year[year], year)
        targets[year] = None if selection.filtered else (year_targets.conversations, year_targets.moves)
    params = current
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
    expected = expected_corporations(selection, params, activity_all)
    reported = {year for year in years if any(c in expected for c, _ in reported_pairs(versions, year))}
    return prog.multi_year(selection.apply(activity_all), targets, ended, pilot, reported)


def _period_label(row, lang: str) -> str:
    if row["kind"] == "pilot":
        return text("progress.period.pilot", lang)
    if row["year_complete"]:
        return row["period"]
    if row["quarters_ended"] == 0:
        return text("progress.period.not_started", lang, year=row["period"])
    return text(
        "progress.period.running",
        lang,
        year=row["period"],
        quarter=quarter_name(row["quarters_ended"], lang),
    )


def _kind(row) -> str:
    return row["kind"] if row["kind"] == "pilot" or row["year_complete"] else "year_running"


def multi_year_frame(data: pd.DataFrame, measure: str, lang: str) -> pd.DataFrame:
    kinds = [_kind(r) for _, r in data.iterrows()]
    return pd.DataFrame(
        {
            "period_label": [_period_label(r, lang) for _, r in data.iterrows()],
            "kind": kinds,
            "kind_label": [text(f"progress.kind.{k}", lang) for k in kinds],
            "value": data[measure],
            "target": data[f"target_{measure}"],
            "bar_label": [
                text("progress.period.no_reports", lang) if pd.isna(v) else fmt.number(v, lang=lang)
                for v in data[measure]
            ],
            "target_label": _target_labels(data[f"target_{measure}"], lang),
        }
    )


def _target_labels(targets: pd.Series, lang: str) -> list[str | None]:
    """'doel 300' at each target, but not again when it equals the previous period's (the ticks
    stand side by side at the same height, and their words would run into each other)."""
    labels, previous = [], None
    for value in targets:
        same = previous is not None and not pd.isna(value) and value == previous
        labels.append(
            None
            if pd.isna(value) or same
            else text("progress.target_tick", lang, target=fmt.number(value, lang=lang))
        )
        previous = value
    return labels


def multi_year_summary(frame: pd.DataFrame, lang: str) -> str:
    pilot = frame[frame["kind"] == "pilot"]
    years = frame[frame["kind"] != "pilot"]
    listed = "; ".join(
        f"{r.period_label}: {r.bar_label}"
        + (
            f" ({text('progress.target_tick', lang, target=fmt.number(r.target, lang=lang))})"
            if not pd.isna(r.target)
            else ""
        )
        for r in years.itertuples()
    )
    if pilot.empty:
        return text("progress.alt.multi_filtered", lang, years=listed)
    p = pilot.iloc[0]
    return text("progress.alt.multi", lang, pilot=f"{p['bar_label']} ({p['target_label']})", years=listed)


def multi_year_panel(selection: Selection, data: pd.DataFrame, measure: str, lang: str) -> ChartPanel:
    frame = multi_year_frame(data, measure, lang)
    measure_name = text(f"progress.measure.{measure}", lang)
    key = "progress.chart.multi_filtered" if selection.filtered else "progress.chart.multi"
    subtitle = "progress.chart.multi.sub_filtered" if selection.filtered else "progress.chart.multi.sub"
    table = frame[["period_label", "kind_label", "value", "target"]].set_axis(
        [
            text("progress.col.period", lang),
            text("progress.col.state", lang),
            measure_name,
            text("progress.col.target", lang),
        ],
        axis=1,
    )
    return ChartPanel(
        charts.build_multi_year_chart,
        frame,
        {
            "lang": lang,
            "title": text(key, lang, measure=text(f"progress.short.{measure}", lang)),
            "value_title": measure_name,
            "kind_names": {k: text(f"progress.kind.{k}", lang) for k in ("pilot", "year", "year_running")},
            "subtitle": text(subtitle, lang),
        },
        table,
        f"voortgang-{measure}-meerjarig.csv",
        multi_year_summary(frame, lang),
    )


# --- Funnel, move rows and barriers ----------------------------------------------------------------


def funnel_frame(funnel: pd.DataFrame, lang: str) -> pd.DataFrame:
    labels = []
    for row in funnel.itertuples():
        if pd.isna(row.conversion_pct):
            labels.append(fmt.number(row.count, lang=lang))
        else:
            labels.append(
                text(
                    "progress.funnel.rate",
                    lang,
                    count=fmt.number(row.count, lang=lang),
                    pct=fmt.percent(row.conversion_pct, 0, lang),
                )
            )
    return pd.DataFrame(
        {
            "category": [text(f"progress.stage.{s}", lang) for s in funnel["stage"]],
            "value": funnel["count"],
            "label": labels,
        }
    )


def funnel_panel(funnel: pd.DataFrame, year: int, lang: str) -> ChartPanel:
    """Households contacted → conversations → moves (`funnel` is domain.progress.funnel's)."""
    frame = funnel_frame(funnel, lang)
    table = pd.DataFrame(
        {
            text("progress.col.stage", lang): frame["category"],
            text("progress.count", lang): funnel["count"],
            text("progress.col.conversion", lang): funnel["conversion_pct"],
        }
    )
    summary = text(
        "progress.alt.funnel",
        lang,
        first=fmt.percent(funnel["conversion_pct"].iloc[1], 0, lang),
        second=fmt.percent(funnel["conversion_pct"].iloc[2], 0, lang),
    )
    options = {
        "lang": lang,
        "title": text("progress.chart.funnel", lang, year=year),
        "value_title": text("progress.count", lang),
    }
    return ChartPanel(charts.build_bar_list_chart, frame, options, table, f"trechter-{year}.csv", summary)


def count_frame(counts: pd.DataFrame, column: str, label_of: Callable[[str], str], lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "category": counts[column].map(label_of),
            "value": counts["count"],
            "label": [
                text(
                    "progress.count_pct",
                    lang,
                    count=fmt.number(c, lang=lang),
                    pct=fmt.percent(p, 0, lang),
                )
                for c, p in zip(counts["count"], counts["pct"], strict=True)
            ],
        }
    )


def _largest(frame: pd.DataFrame, counts: pd.DataFrame, column: str, lang: str) -> str:
    """The largest named group; "overig" and "onbekend" are no answer, unless they are all there is."""
    named = counts[~counts[column].isin(prog.REST_CATEGORIES)]
    top = (named if not named.empty else counts)["count"].idxmax()
    return text(
        "progress.alt.largest",
        lang,
        category=frame.at[top, "category"],
        count=fmt.number(counts.at[top, "count"], lang=lang),
        pct=fmt.percent(counts.at[top, "pct"], 0, lang),
    )


def count_panel(
    counts: pd.DataFrame, column: str, label_of: Callable[[str], str], title: str, file_name: str, lang: str
) -> ChartPanel:
    """Counts per category (domain.progress.count_by) as horizontal bars with count and share."""
    frame = count_frame(counts, column, label_of, lang)
    table = pd.DataFrame(
        {
            text("progress.col.category", lang): frame["category"],
            text("progress.count", lang): counts["count"],
            text("progress.col.share", lang): counts["pct"],
        }
    )
    options = {"title": title, "value_title": text("progress.count", lang), "lang": lang}
    return ChartPanel(
        charts.build_bar_list_chart, frame, options, table, file_name, _largest(frame, counts, column, lang)
    )


def move_profile(model: ProgressModel, moves: pd.DataFrame) -> prog.MoveProfile:
    """What the optional move rows of the selection say (`moves`: the year's move counts)."""
    return prog.move_profile(model.selection.apply(moves), AGE_BANDS, FREED_HOME_TO, HOME_TYPES_FROM)


def _bedrooms_header(column, lang: str) -> str:
    if column == prog.UNKNOWN:
        return text("progress.bedrooms.unknown", lang)
    if column == "total":
        return text("progress.freed_homes.total", lang)
    return text("progress.bedrooms", lang, n=column)


def freed_homes_table(profile: prog.MoveProfile, lang: str) -> pd.DataFrame:
    """The homes left by the movers, type rows × bedroom columns with totals (whole numbers)."""
    table = profile.freed_homes.copy()
    table.loc["total"] = table.sum()
    table.index = [
        text("progress.freed_homes.total", lang)
        if kind == "total"
        else text(f"progress.home_type.{kind}", lang)
        for kind in table.index
    ]
    table.index.name = text("progress.freed_homes.type", lang)
    table.columns = [_bedrooms_header(c, lang) for c in table.columns]
    return table


def freed_homes_sentence(profile: prog.MoveProfile, lang: str) -> str:
    """ "Vrijgekomen woningen naar type: Eengezinswoning 22 · Meergezinswoning 13 · Overig 5." """
    totals = profile.freed_homes["total"]
    parts = [
        f"{text(f'progress.home_type.{kind}', lang)} {fmt.number(n, lang=lang)}" for kind, n in totals.items()
    ]
    return text("progress.freed_homes.sentence", lang, parts=" · ".join(parts))


def age_panel(profile: prog.MoveProfile, year: int, lang: str) -> ChartPanel:
    return count_panel(
        profile.by_age_band,
        "age_band",
        lambda band: text("progress.age.label", lang, band=band),
        text("progress.chart.age", lang),
        f"leeftijd-verhuisden-{year}.csv",
        lang,
    )


def freed_panel(profile: prog.MoveProfile, year: int, lang: str) -> ChartPanel:
    return count_panel(
        profile.by_freed_home_to,
        "freed_home_to",
        lambda destination: text(f"progress.freed.{destination}", lang),
        text("progress.chart.freed", lang),
        f"vrijgekomen-woning-naar-{year}.csv",
        lang,
    )


def reason_label(reason: str, lang: str) -> str:
    key = "progress.reason." + reason.replace(" ", "_")
    return text(key, lang) if key in TEXTS else reason[:1].upper() + reason[1:]


def barrier_counts(selection: Selection, barriers: pd.DataFrame) -> pd.DataFrame:
    """Barriers are reported per corporation, not per municipality: only the corporation filter
    applies (`barriers`: the year's barrier counts)."""
    corporation_only = Selection(selection.year, selection.corporation)
    return prog.count_by(corporation_only.apply(barriers), "reason")


def barriers_panel(counts: pd.DataFrame, year: int, lang: str) -> ChartPanel:
    return count_panel(
        counts,
        "reason",
        lambda reason: reason_label(reason, lang),
        text("progress.chart.barriers", lang),
        f"belemmeringen-{year}.csv",
        lang,
    )
