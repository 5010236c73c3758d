"""Uren: realised coach hours per corporation against the agreed 6/20/36/9 hours per week."""

import streamlit as st

from ui import hours_view as view
from ui.components import friendly_errors
from ui.i18n import t
from ui.state import current_municipality, select_corporation, select_year

with friendly_errors():
    year = select_year()
    corporation = select_corporation()
    model = view.hours_model(year, corporation)

    st.title(t("hours.title", year=year))
    st.caption(t("hours.intro", agreed=view.agreed_summary(year)))
    municipality = current_municipality()
    if municipality:
        st.info(t("hours.no_municipality", m=municipality))

    measure = view.pick_measure()

    st.header(t("hours.year.title"))
    view.render_year(model, measure)

    st.header(t("hours.quarter.title"))
    view.render_quarters(model, measure)
