"""Wat-als: edit keys, split, hours and salary basis and compare with the agreement per partner;
save, open, compare and export named scenarios. The editor and its results form one fragment,
so a change reruns only that panel."""

import streamlit as st

from ui import loaders
from ui import whatif_view as view
from ui.components import friendly_errors
from ui.i18n import t
from ui.state import select_year

with friendly_errors():
    year = select_year()
    base = loaders.parameters(year)
    view.ensure_state(base, year)

    st.title(t("whatif.title", year=year))
    st.caption(t("whatif.intro"))
    view.render_page_flash()
    view.scenario_panel(base, year)
    st.divider()
    view.render_saved(base, year)
