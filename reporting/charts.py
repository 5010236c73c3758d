"""Altair chart builders for the Progress and Hours pages: a prepared DataFrame in, a chart out.

The frames carry display-ready text (labels, status words) made in reporting.progress /
reporting.hours, so these functions only decide marks and encodings. Data is always inline, and
every colour has a word next to it: a legend entry and a text label on the mark.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import altair as alt
import pandas as pd

from reporting import palette

# Streamlit fits the whole chart (title, legend and axes included) into this height.
BAR_HEIGHT = 440
BAND = {"band": 0.62}  # bar width as a share of its slot, so narrow columns still leave gaps


def _title(text: str, subtitle: str | None = None) -> alt.TitleParams:
    """Title with an optional subtitle; a "\n" in the subtitle starts a new line (narrow columns)."""
    if subtitle:
        lines = subtitle.split("\n") if "\n" in subtitle else subtitle
        return alt.TitleParams(
            text=text, subtitle=lines, subtitleFontSize=palette.LABEL_SIZE, subtitleColor=palette.MUTED_TEXT
        )
    return alt.TitleParams(text=text)


def _colour_scale(
    names: Mapping[str, str], colours: Mapping[str, str], present: Iterable[str] | None = None
) -> alt.Scale:
    """A fixed scale from display words to colours, so every colour has its word in the legend.

    With `present` (the words in the data), the legend lists only what the chart shows.
    """
    shown = set(present) if present is not None else None
    keys = [k for k in names if k in colours and (shown is None or names[k] in shown)]
    return alt.Scale(domain=[names[k] for k in keys], range=[colours[k] for k in keys])


def _labels(base: alt.Chart, encoding: dict, **mark) -> list[alt.Chart]:
    """Text drawn twice: a white outline under the black text, so it stays readable on a bar,
    a line or a grid."""
    halo = base.mark_text(**mark, stroke="white", strokeWidth=5, strokeJoin="round").encode(**encoding)
    return [halo, base.mark_text(**mark).encode(**encoding)]


def _headroom(*columns: pd.Series, factor: float) -> alt.Scale:
    """A zero-based scale with room beyond the largest value for the text label next to it."""
    values = pd.concat([c.dropna() for c in columns])
    top = float(values.max()) if not values.empty else 0.0
    return alt.Scale(domain=[0, max(top * factor, 1.0)], nice=True)


def _legend(title: str) -> alt.Legend:
    """Below the chart, two entries a row, so it fits a half-width column at 1280×720."""
    return alt.Legend(title=title, orient="bottom", direction="horizontal", columns=2)


def build_progress_chart(
    df: pd.DataFrame,
    title: str,
    value_title: str,
    status_names: Mapping[str, str],
    subtitle: str | None = None,
    legend_title: str = "Status",
    target_title: str = "doel",
    lang: str = "nl",
) -> alt.LayerChart:
    """Running total per quarter (bars, coloured by status with the word in the bar) against the
    pro-rata target (dashed line with diamonds).

    Columns: quarter_label, cumulative (NaN = no reports), target (NaN = no target),
    status_label, bar_label (may hold "\\n"), target_label (text at one target point or None).
    """
    order = list(df["quarter_label"])
    x = alt.X("quarter_label:N", sort=order, title=None, axis=alt.Axis(labelAngle=0))
    base = alt.Chart().encode(x=x)  # data once, on the layer: sub-charts stay cheap to copy
    colours = {**palette.STATUS_COLOURS, "none": palette.PRIMARY}  # "none": no target applies
    shown = df.loc[df["cumulative"].notna(), "status_label"]
    bars = (
        base.mark_bar(width=BAND, stroke=palette.REFERENCE, strokeWidth=0.5)
        .encode(
            y=alt.Y("cumulative:Q", title=value_title),
            color=alt.Color(
                "status_label:N",
                scale=_colour_scale(status_names, colours, shown),
                legend=_legend(legend_title),
            ),
            tooltip=[
                alt.Tooltip("quarter_label:N", title=" "),
                alt.Tooltip("cumulative:Q", title=value_title),
                alt.Tooltip("target:Q", title=target_title, format=".0f"),
            ],
        )
        .transform_filter("isValid(datum.cumulative)")
    )
    bar_text = _labels(
        base.transform_filter("isValid(datum.cumulative)").transform_calculate(
            label_y="datum.cumulative / 2"
        ),
        {"y": alt.Y("label_y:Q"), "text": "bar_label:N"},
        fontSize=palette.MARK_TEXT_SIZE,
        fontWeight="bold",
        lineBreak="\n",
        baseline="middle",
        color=palette.REFERENCE,
    )
    # A quarter without reports has no bar: its state in words just above the axis.
    absent = (
        base.mark_text(
            baseline="bottom",
            dy=-8,
            fontSize=palette.MARK_TEXT_SIZE,
            fontStyle="italic",
            color=palette.MUTED_TEXT,
        )
        .encode(y=alt.datum(0), text="bar_label:N")
        .transform_filter("!isValid(datum.cumulative)")
    )
    target = base.transform_filter("isValid(datum.target)")
    line = target.mark_line(color=palette.REFERENCE, strokeDash=[8, 5], strokeWidth=3).encode(y="target:Q")
    points = target.mark_point(shape="diamond", filled=True, size=180, color=palette.REFERENCE).encode(
        y="target:Q"
    )
    target_text = _labels(
        target.transform_filter("isValid(datum.target_label)"),
        {"y": "target:Q", "text": "target_label:N"},
        dy=-20,
        align="right",
        dx=10,
        fontSize=palette.MARK_TEXT_SIZE,
        color=palette.REFERENCE,
        fontWeight="bold",
    )
    chart = alt.layer(bars, *bar_text, absent, line, points, *target_text, data=df).properties(
        title=_title(title, subtitle), height=BAR_HEIGHT, width="container"
    )
    return palette.projector_theme(chart, lang)


def build_split_chart(
    df: pd.DataFrame,
    title: str,
    value_title: str,
    state_names: Mapping[str, str],
    group_order: Sequence[str],
    columns: int = 3,
    subtitle: str | None = None,
    legend_title: str = "Kwartaal",
    lang: str = "nl",
) -> alt.FacetChart:
    """Running total per quarter in one small panel per group (corporation or municipality).

    Columns: group, quarter_label, cumulative (NaN = not reported), state (domain GroupState value),
    state_label, bar_label. A quarter without reports has no bar: it says so in words, upright.
    """
    order = list(dict.fromkeys(df["quarter_label"]))
    colours = {"complete": palette.PRIMARY, "partial": palette.SECONDARY}
    x = alt.X("quarter_label:N", sort=order, title=None, axis=alt.Axis(labelAngle=0))
    base = alt.Chart().encode(x=x)
    bars = (
        base.mark_bar()
        .encode(
            # headroom above the tallest bar for its number, so panel headers stay level
            y=alt.Y("cumulative:Q", title=value_title, scale=_headroom(df["cumulative"], factor=1.15)),
            color=alt.Color(
                "state_label:N",
                scale=_colour_scale(state_names, colours, df.loc[df["cumulative"].notna(), "state_label"]),
                legend=_legend(legend_title),
            ),
            tooltip=["group:N", "quarter_label:N", "cumulative:Q"],
        )
        .transform_filter("isValid(datum.cumulative)")
    )
    values = (
        base.mark_text(dy=-12, fontSize=palette.MARK_TEXT_SIZE, fontWeight="bold")
        .encode(y="cumulative:Q", text="bar_label:N")
        .transform_filter("isValid(datum.cumulative)")
    )
    absent = (
        base.mark_text(
            angle=270,
            align="left",
            dx=6,
            fontSize=palette.MARK_TEXT_SIZE - 1,
            color=palette.MUTED_TEXT,
            fontStyle="italic",
        )
        .encode(y=alt.datum(0), text="bar_label:N")
        .transform_filter("!isValid(datum.cumulative)")
    )
    layered = alt.layer(bars, values, absent).properties(width=330 if columns <= 2 else 230, height=190)
    chart = layered.facet(
        facet=alt.Facet("group:N", sort=list(group_order), title=None),
        columns=columns,
        data=df,
    ).properties(title=_title(title, subtitle))
    return palette.projector_theme(chart, lang)


def build_multi_year_chart(
    df: pd.DataFrame,
    title: str,
    value_title: str,
    kind_names: Mapping[str, str],
    subtitle: str | None = None,
    legend_title: str = " ",
    lang: str = "nl",
) -> alt.LayerChart:
    """Totals per period (the pilot, then each agreement year) with each period's target as a tick.

    Columns: period_label, kind ("pilot"/"year"/"year_running"), kind_label, value (NaN = no
    reports: no bar, its label in words), target (NaN = none), bar_label, target_label (None =
    tick without words, e.g. when the target equals the previous period's).
    """
    colours = {
        "pilot": palette.OKABE_ITO["reddish_purple"],
        "year": palette.PRIMARY,
        "year_running": palette.SECONDARY,
    }
    x = alt.X("period_label:N", sort=list(df["period_label"]), title=None, axis=alt.Axis(labelAngle=0))
    base = alt.Chart().encode(x=x)
    bars = base.mark_bar(width=BAND).encode(
        y=alt.Y("value:Q", title=value_title),
        color=alt.Color(
            "kind_label:N",
            scale=_colour_scale(kind_names, colours, df["kind_label"]),
            legend=_legend(legend_title),
        ),
        tooltip=["period_label:N", "value:Q", "target:Q"],
    )
    bar_text = _labels(
        base.transform_filter("isValid(datum.value)").transform_calculate(label_y="datum.value / 2"),
        {"y": "label_y:Q", "text": "bar_label:N"},
        fontSize=palette.MARK_TEXT_SIZE,
        fontWeight="bold",
        baseline="middle",
        color=palette.REFERENCE,
    )
    absent = (
        base.mark_text(
            baseline="bottom",
            dy=-8,
            fontSize=palette.MARK_TEXT_SIZE,
            fontStyle="italic",
            color=palette.MUTED_TEXT,
        )
        .encode(y=alt.datum(0), text="bar_label:N")
        .transform_filter("!isValid(datum.value)")
    )
    target = base.transform_filter("isValid(datum.target)")
    ticks = target.mark_tick(color=palette.REFERENCE, thickness=4, size=56).encode(y="target:Q")
    target_text = _labels(
        target.transform_filter("isValid(datum.target_label)"),
        {"y": "target:Q", "text": "target_label:N"},
        dy=-16,
        fontSize=palette.MARK_TEXT_SIZE - 1,
        color=palette.REFERENCE,
    )
    chart = alt.layer(bars, *bar_text, absent, ticks, *target_text, data=df).properties(
        title=_title(title, subtitle), height=BAR_HEIGHT, width="container"
    )
    return palette.projector_theme(chart, lang)


def build_bar_list_chart(
    df: pd.DataFrame, title: str, value_title: str, subtitle: str | None = None, lang: str = "nl"
) -> alt.LayerChart:
    """Horizontal bars for a short list (funnel stages, age bands, destinations, reasons).

    Columns: category (in the order to show), value, label (text right of the bar).
    """
    y = alt.Y(
        "category:N",
        sort=list(df["category"]),
        title=None,
        axis=alt.Axis(labelFontSize=palette.LABEL_SIZE, labelLimit=320),
    )
    base = alt.Chart().encode(y=y)
    bars = base.mark_bar(color=palette.PRIMARY, size=30).encode(
        x=alt.X(
            "value:Q",
            title=value_title,
            axis=alt.Axis(tickCount=5),
            scale=_headroom(df["value"], factor=1.45),
        ),
        tooltip=["category:N", "value:Q"],
    )
    text = base.mark_text(
        align="left", dx=8, fontSize=palette.MARK_TEXT_SIZE, color=palette.REFERENCE
    ).encode(x="value:Q", text="label:N")
    height = 130 + 50 * len(df)
    chart = alt.layer(bars, text, data=df).properties(
        title=_title(title, subtitle), height=height, width="container"
    )
    return palette.projector_theme(chart, lang)


HOURS_COLOURS = {"reported": palette.PRIMARY, "missing": palette.MISSING, "due": palette.MISSING}


def build_hours_quarter_chart(
    df: pd.DataFrame,
    title: str,
    value_title: str,
    state_names: Mapping[str, str],
    corporation_order: Sequence[str],
    shared_scale: bool = False,
    subtitle: str | None = None,
    legend_title: str = "Kwartaal",
    lang: str = "nl",
) -> alt.FacetChart:
    """Per corporation (one row each), per quarter: realised against the agreed level (black tick).

    A quarter not reported has a light grey placeholder bar up to the agreed level labelled with
    its state ("ontbreekt"), never a bar at 0. Columns: corporation, quarter_label, state,
    state_label, bar_value (realised, or the agreed level as placeholder; NaN draws nothing),
    agreed, label.
    """
    order = list(dict.fromkeys(df["quarter_label"]))
    y = alt.Y("quarter_label:N", sort=order, title=None)
    base = alt.Chart().encode(y=y)
    bars = (
        base.mark_bar(size=20)
        .encode(
            x=alt.X("bar_value:Q", title=value_title, axis=alt.Axis(tickCount=5)),
            color=alt.Color(
                "state_label:N",
                scale=_colour_scale(
                    state_names, HOURS_COLOURS, df.loc[df["bar_value"].notna(), "state_label"]
                ),
                legend=_legend(legend_title),
            ),
            strokeDash=alt.condition("datum.state == 'reported'", alt.value([1, 0]), alt.value([4, 3])),
            stroke=alt.value(palette.MUTED_TEXT),
            tooltip=["corporation:N", "quarter_label:N", "label:N"],
        )
        .transform_filter("isValid(datum.bar_value)")
    )
    ticks = base.mark_tick(color=palette.REFERENCE, thickness=4, size=26).encode(x="agreed:Q")
    text = (
        base.mark_text(align="left", dx=10, fontSize=palette.MARK_TEXT_SIZE, color=palette.REFERENCE)
        .encode(
            x="label_x:Q",
            text="label:N",
        )
        .transform_calculate(label_x="max(isValid(datum.bar_value) ? datum.bar_value : 0, datum.agreed)")
    )
    layered = alt.layer(bars, ticks, text).properties(width=560, height=104)
    chart = layered.facet(
        row=alt.Row(
            "corporation:N",
            sort=list(corporation_order),
            title=None,
            header=alt.Header(labelAngle=0, labelAlign="left", labelOrient="top", labelAnchor="start"),
        ),
        data=df,
    ).properties(title=_title(title, subtitle))
    if not shared_scale:
        chart = chart.resolve_scale(x="independent")
    return palette.projector_theme(chart, lang)


def build_hours_year_chart(
    df: pd.DataFrame, title: str, value_title: str, subtitle: str | None = None, lang: str = "nl"
) -> alt.LayerChart:
    """Per corporation: the year's realised figure (bar) against the agreed level (black tick).

    Columns: corporation_label (may say how many quarters count), value, agreed, label.
    """
    y = alt.Y(
        "corporation_label:N", sort=list(df["corporation_label"]), title=None, axis=alt.Axis(labelLimit=360)
    )
    base = alt.Chart().encode(y=y)
    bars = (
        base.mark_bar(color=palette.PRIMARY, size=34)
        .encode(
            x=alt.X(
                "value:Q",
                title=value_title,
                axis=alt.Axis(tickCount=6),
                scale=_headroom(df["value"], df["agreed"], factor=1.6),
            ),
            tooltip=["corporation_label:N", "label:N"],
        )
        .transform_filter("isValid(datum.value)")
    )
    ticks = base.mark_tick(color=palette.REFERENCE, thickness=4, size=46).encode(x="agreed:Q")
    text = (
        base.mark_text(align="left", dx=10, fontSize=palette.MARK_TEXT_SIZE, color=palette.REFERENCE)
        .encode(x="label_x:Q", text="label:N")
        .transform_calculate(label_x="max(isValid(datum.value) ? datum.value : 0, datum.agreed)")
    )
    chart = alt.layer(bars, ticks, text, data=df).properties(
        title=_title(title, subtitle), height=150 + 64 * len(df), width="container"
    )
    return palette.projector_theme(chart, lang)
