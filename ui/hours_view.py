"""Uren on screen: the year's hours figures cached per year, corporation and day (cleared after an
import), shown from the chart panels and tables that reporting.hours makes."""

from __future__ import annotations

from datetime import date

import streamlit as st

from reporting import hours as rh
from reporting.hours import MEASURES, HoursModel
from ui import loaders
from ui.components import show_table
from ui.i18n import language, t
from ui.panels import show_chart_panel


def hours_model(year: int, corporation: str | None = None) -> HoursModel:
    """The year's hours figures, cached per year, corporation and day (cleared after an import)."""
    return _cached_model(year, corporation, loaders.today())


@st.cache_data(show_spinner=False, max_entries=128)
def _cached_model(year: int, corporation: str | None, today: date) -> HoursModel:
    params = loaders.parameters(year)
    return rh.hours_model(year, params, loaders.hours(year), loaders.reported_pairs(year), today, corporation)


def agreed_summary(year: int) -> str:
    """'6/20/36/9': the agreed hours per week, in the agreement's order of corporations."""
    return rh.agreed_summary(loaders.parameters(year), language())


def pick_measure() -> str:
    return st.radio(
        t("hours.measure.pick"),
        MEASURES,
        key="hours_measure",
        horizontal=True,
        format_func=lambda m: t(f"hours.measure.{m}"),
    )


def render_shortfall(model: HoursModel) -> None:
    """The difference with the agreement stated per corporation, so nobody has to work it out."""
    lines = rh.shortfall_lines(model, language())
    st.markdown("\n".join(f"- {line}" for line in lines))


def render_year(model: HoursModel, measure: str) -> None:
    lang = language()
    render_shortfall(model)
    show_chart_panel(rh.year_panel(model, measure, lang), key="dl_hours_year")
    st.markdown(f"**{t('hours.table.year')}**")
    show_table(rh.year_table(model, formatted=True, lang=lang))
    st.caption(t("hours.method"))


def render_quarters(model: HoursModel, measure: str) -> None:
    lang = language()
    show_chart_panel(rh.quarter_panel(model, measure, lang), key="dl_hours_quarter", stretch=False)
    st.markdown(f"**{t('hours.table.quarter', measure=t(f'hours.measure.{measure}'))}**")
    show_table(rh.quarter_table(model.per_quarter, measure, lang), hide_index=False)
