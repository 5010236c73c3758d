"""Overzicht: KPI tiles with traffic lights for the chosen year, and which reports are in."""

import streamlit as st

from domain.overview import year_kpis
from reporting.overview import kpi_cards
from ui import loaders
from ui.components import friendly_errors, kpi_tile, status_matrix_table
from ui.i18n import language, t
from ui.state import select_year

with friendly_errors():
    year = select_year()
    kpis = year_kpis(loaders.parameters(year), loaders.year_figures(year), loaders.today())

    st.title(t("overview.title", year=year))
    st.caption(t("overview.intro"))

    for column, card in zip(st.columns(4), kpi_cards(kpis, language()), strict=True):
        with column:
            kpi_tile(card.label, card.value, card.status, card.detail, card.help)

    st.header(t("overview.status.title"))
    matrix = loaders.status_matrix()
    table = status_matrix_table(matrix[matrix["year"] == year] if not matrix.empty else matrix)
    if table.empty:
        st.info(t("overview.status.empty"))
    else:
        st.dataframe(table, width="stretch")
        st.caption(t("overview.status.caption"))
