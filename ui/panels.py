"""A chart panel on screen: the chart (its title is part of it), its one-line text alternative, the
chart's data as a CSV download and the chart itself as a PNG (the same image the meeting handouts
show). Shared by the Voortgang and Uren pages."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd
import streamlit as st

from reporting import charts
from reporting.downloads import csv_bytes
from reporting.images import chart_png
from reporting.panels import ChartPanel
from ui.i18n import language, t


@st.cache_data(show_spinner=False, max_entries=512)
def chart_spec(builder: str, frame: pd.DataFrame, options: str) -> dict:
    """The Vega-Lite spec of `charts.<builder>(frame, **options)`, cached: building and validating
    an Altair chart costs tens of milliseconds, and a page has ten of them on every rerun."""
    chart: alt.TopLevelMixin = getattr(charts, builder)(frame, **json.loads(options))
    # tests/reporting/test_charts.py validates every builder's spec against the Vega-Lite schema;
    # here validation would only triple the cost of a cold page.
    return chart.to_dict(validate=False)


def panel_spec(panel: ChartPanel) -> dict:
    """The panel's chart spec (cached, see chart_spec)."""
    options = json.dumps(dict(panel.options), sort_keys=True, ensure_ascii=False)
    return chart_spec(panel.builder.__name__, panel.frame, options)


def show_chart(
    panel: ChartPanel, stretch: bool = True, alt: str | None = None, height: int | None = None
) -> None:
    """The panel's chart alone (`alt`: its text alternative for a screen reader, when the summary
    is not shown beside it; `height` in px instead of the builder's)."""
    spec = panel_spec(panel)
    if height is not None:
        spec = {**spec, "height": height}
    st.vega_lite_chart(spec, width="stretch" if stretch else "content", theme=None, alt=alt)


def show_chart_panel(panel: ChartPanel, key: str, stretch: bool = True) -> None:
    """The panel's chart, its summary line, a CSV of its table and a PNG of the chart (`key`: the CSV
    button's; the PNG button's is `key` + "_png")."""
    show_chart(panel, stretch)
    st.caption(panel.summary)
    lang = language()
    data = panel.table
    spec = panel_spec(panel)
    # Both files are made only when someone clicks: a rerun does not pay for ten conversions (a
    # PNG takes vl-convert a few tenths of a second).
    with st.container(horizontal=True):
        st.download_button(
            t("download.csv"),
            lambda: csv_bytes(data, lang),
            file_name=panel.file_name,
            mime="text/csv",
            key=key,
            on_click="ignore",
            icon="⬇️",
        )
        st.download_button(
            t("download.png"),
            lambda: chart_png(spec),
            file_name=panel.file_name.removesuffix(".csv") + ".png",
            mime="image/png",
            key=f"{key}_png",
            on_click="ignore",
            icon="🖼️",
        )
