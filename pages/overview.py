"""Overzicht: KPI tiles with traffic lights for the chosen year, and which reports are in."""

import streamlit as st

from domain.overview import year_kpis
from reporting.overview import kpi_cards
from reporting.submissions import overdue_sentence, status_table, still_missing_sentence
from ui import loaders
from ui.components import friendly_errors, kpi_columns, kpi_tile, show_text_table
from ui.i18n import language, t
from ui.state import select_year

with friendly_errors():
    year = select_year()
    lang = language()
    figures = loaders.year_figures(year)
    kpis = year_kpis(loaders.parameters(year), figures, loaders.today())

    st.title(t("overview.title", year=year))
    st.caption(t("overview.intro"))

    for column, card in zip(kpi_columns(4, "overview"), kpi_cards(kpis, lang, figures.hours), strict=True):
        with column:
            kpi_tile(card.label, card.value, card.status, card.detail, card.help)

    st.header(t("overview.status.title"))
    matrix = loaders.status_matrix()
    today = loaders.today()
    shown = matrix[matrix["year"] == year] if not matrix.empty else matrix
    table = status_table(shown, today, lang)
    # The answers first (what is late or missing, also this year's and earlier years' when another
    # year is shown), then the table they come from.
    lines = [overdue_sentence(matrix, today, year, lang)] if not table.empty else []
    if year != today.year and not matrix.empty:
        lines.append(overdue_sentence(matrix, today, today.year, lang, current=True))
    earlier = still_missing_sentence(matrix, today, year, lang)
    if earlier:
        lines.append(earlier)
    if lines:
        st.markdown("\n".join(f"- {line}" for line in lines))
    if table.empty:
        st.info(t("overview.status.empty"))
    else:
        show_text_table(table, hide_index=False)  # large text at 1920, every column whole
        st.caption(t("overview.status.caption"))
