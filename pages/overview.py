"""Overzicht: KPI tiles with traffic lights for the chosen year, and which reports are in."""

import streamlit as st

from domain.overview import year_kpis
from reporting import formatting as fmt
from ui import loaders
from ui.components import friendly_errors, kpi_columns, kpi_tile, show_table, status_matrix_table
from ui.i18n import language, t
from ui.state import select_year

with friendly_errors():
    year = select_year()
    lang = language()
    kpis = year_kpis(loaders.parameters(year), loaders.year_figures(year), loaders.today())

    st.title(t("overview.title", year=year))
    st.caption(t("overview.intro"))

    columns = kpi_columns(4, "overview")
    for column, key in zip(columns[:2], ("conversations", "moves"), strict=True):
        kpi = kpis[key]
        detail = (
            t(
                "overview.detail.flow",
                annual=fmt.number(kpi.annual_target, lang=lang),
                q=kpi.quarters_elapsed,
                target=fmt.number(kpi.target, lang=lang),
                pct=fmt.percent(kpi.pct_of_target, 0, lang),
            )
            if kpi.quarters_elapsed
            else t("overview.detail.flow_none", annual=fmt.number(kpi.annual_target, lang=lang))
        )
        with column:
            kpi_tile(
                t(f"overview.kpi.{key}"),
                fmt.number(kpi.realised, lang=lang),
                kpi.status,
                detail,
                t("overview.help.flow"),
            )
    with columns[2]:
        hours = kpis["hours"]
        kpi_tile(
            t("overview.kpi.hours"),
            fmt.number(hours.realised, lang=lang),
            hours.status,
            t(
                "overview.detail.hours",
                agreed=fmt.number(hours.target, lang=lang),
                pct=fmt.percent(hours.pct_of_target, 0, lang),
            ),
        )
    with columns[3]:
        labelled = kpis["priority_label_pct"]
        kpi_tile(
            t("overview.kpi.labelled"),
            fmt.percent(labelled.realised, 1, lang),
            labelled.status,
            t("overview.detail.labelled", target=fmt.percent(labelled.target, 0, lang)),
        )

    st.header(t("overview.status.title"))
    matrix = loaders.status_matrix()
    table = status_matrix_table(matrix[matrix["year"] == year] if not matrix.empty else matrix)
    if table.empty:
        st.info(t("overview.status.empty"))
    else:
        show_table(table, hide_index=False)  # large text at 1920, every quarter whole
        st.caption(t("overview.status.caption"))
