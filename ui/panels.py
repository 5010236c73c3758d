"""A chart panel on screen: the chart (its title is part of it), its one-line text alternative and
the chart's data as a CSV download. Shared by the Voortgang and Uren pages."""

from __future__ import annotations

import json
import threading

import altair as alt
import pandas as pd
import streamlit as st
from altair.utils.schemapi import debug_mode

from reporting import charts
from reporting.downloads import csv_bytes
from reporting.panels import ChartPanel
from ui.i18n import language, t

# Altair's debug mode is one switch for the whole process; sessions build charts one at a time, so
# one session's `debug_mode(False)` never ends while another's is still building.
_ALTAIR = threading.Lock()


@st.cache_data(show_spinner=False, max_entries=512)
def chart_spec(builder: str, frame: pd.DataFrame, options: str) -> dict:
    """The Vega-Lite spec of `charts.<builder>(frame, **options)`, cached: building and validating
    an Altair chart costs tens of milliseconds, and a page has ten of them on every rerun."""
    # tests/reporting/test_charts.py validates every builder's spec against the Vega-Lite schema;
    # here validation (of the whole spec, and of each part as Altair makes it in its debug mode)
    # would only double the cost of a cold page. The spec is the same either way.
    with _ALTAIR, debug_mode(False):
        chart: alt.TopLevelMixin = getattr(charts, builder)(frame, **json.loads(options))
        return chart.to_dict(validate=False)


def show_chart_panel(panel: ChartPanel, key: str, stretch: bool = True) -> None:
    """The panel's chart, its summary line and a CSV of its table (`key`: the download button's)."""
    options = json.dumps(dict(panel.options), sort_keys=True, ensure_ascii=False)
    spec = chart_spec(panel.builder.__name__, panel.frame, options)
    st.vega_lite_chart(spec, width="stretch" if stretch else "content", theme=None)
    st.caption(panel.summary)
    lang = language()
    data = panel.table
    # The CSV is made only when someone clicks: a rerun does not pay for ten conversions.
    st.download_button(
        t("download.csv"),
        lambda: csv_bytes(data, lang),
        file_name=panel.file_name,
        mime="text/csv",
        key=key,
        on_click="ignore",
        icon="⬇️",
    )
