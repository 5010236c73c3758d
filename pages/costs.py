"""Kosten: the programme cost built up step by step, each partner's share, the corporations'
employment cost, who pays whom (per year and per quarter) and the cost per result."""

import streamlit as st

from reporting.downloads import XLSX_MIME
from ui import costs_view as view
from ui import loaders
from ui.components import friendly_errors
from ui.i18n import t
from ui.state import select_year

with friendly_errors():
    year = select_year()
    params = loaders.parameters(year)
    figures = loaders.year_figures(year)
    breakdown = figures.costs

    st.title(t("costs.title", year=year))
    st.caption(t("costs.intro", year=year))
    view.render_metrics(params, breakdown)
    view.render_steps(params, breakdown)
    view.render_shares(params, breakdown)
    view.render_employment(params, breakdown)
    view.render_settlement(breakdown.settlement)
    view.render_cost_per_result(figures)

    st.download_button(
        t("costs.download"),
        data=lambda: view.cost_workbook(params, breakdown),
        file_name=f"kosten-{year}.xlsx",
        mime=XLSX_MIME,
        on_click="ignore",
    )
