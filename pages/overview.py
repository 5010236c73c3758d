"""Overzicht: KPI tiles with traffic lights for the chosen year, and which reports are in."""

import streamlit as st

from domain.overview import year_kpis
from reporting import formatting as fmt
from reporting.hours import furthest_below_line
from reporting.submissions import overdue_sentence, status_table, still_missing_sentence
from ui import loaders
from ui.components import friendly_errors, kpi_tile
from ui.i18n import language, t
from ui.state import select_year

with friendly_errors():
    year = select_year()
    lang = language()
    figures = loaders.year_figures(year)
    kpis = year_kpis(loaders.parameters(year), figures, loaders.today())

    st.title(t("overview.title", year=year))
    st.caption(t("overview.intro"))

    columns = st.columns(4)
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
        detail = t(
            "overview.detail.hours",
            agreed=fmt.number(hours.target, lang=lang),
            pct=fmt.percent(hours.pct_of_target, 0, lang),
        )
        lowest = furthest_below_line(figures.hours, lang)
        if lowest:
            detail += "  \n" + lowest
        kpi_tile(t("overview.kpi.hours"), fmt.number(hours.realised, lang=lang), hours.status, detail)
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
        st.dataframe(table, width="stretch")
        st.caption(t("overview.status.caption"))
