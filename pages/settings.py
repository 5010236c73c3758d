"""Instellingen: the agreement parameters in force, and removing the demo data (admin)."""

import streamlit as st

from data_access.access import AccessDenied
from data_access.services import remove_demo_data
from ui import loaders
from ui.auth import current_actor
from ui.components import friendly_errors
from ui.i18n import t
from ui.parameters_view import keys_table, other_parameters_table, salary_table

with friendly_errors():
    year = loaders.today().year
    params = loaders.parameters(year)
    st.title(t("settings.title"))
    st.caption(t("settings.intro", year=year))

    st.subheader(t("settings.keys"))
    st.dataframe(keys_table(params), hide_index=True, width="stretch")
    st.subheader(t("settings.salary"))
    st.dataframe(salary_table(params), hide_index=True, width="stretch")
    st.caption(t("settings.salary.caption"))
    st.subheader(t("settings.other"))
    st.dataframe(other_parameters_table(params), hide_index=True, width="stretch")

    st.subheader(t("settings.demo"))
    if loaders.has_demo_data():
        st.write(t("settings.demo.present"))
        confirmed = st.checkbox(t("settings.demo.confirm"), key="confirm_demo_removal")
        if st.button(t("settings.demo.remove"), disabled=not confirmed, type="primary"):
            try:
                removed = remove_demo_data(loaders.engine(), current_actor())
            except AccessDenied:
                st.error(t("settings.demo.denied"))
            else:
                loaders.clear_caches()
                st.session_state["demo_removed"] = removed
                st.rerun()
    else:
        st.write(t("settings.demo.absent"))
    if "demo_removed" in st.session_state:
        st.success(t("settings.demo.removed", n=st.session_state.pop("demo_removed")))
