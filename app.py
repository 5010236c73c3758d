"""Doorstroommonitor Noord-Veluwe: page configuration, shared sidebar and navigation."""

import streamlit as st

from ui.i18n import t
from ui.shell import render_sidebar

st.set_page_config(page_title="Doorstroommonitor Noord-Veluwe", page_icon="🏘️", layout="wide")

pages = {
    t("nav.section.monitor"): [
        st.Page("pages/overview.py", title=t("nav.overview"), icon="📊", default=True),
    ],
    t("nav.section.admin"): [
        st.Page("pages/settings.py", title=t("nav.settings"), icon="⚙️", url_path="instellingen"),
    ],
}

navigation = st.navigation(pages)
render_sidebar()
navigation.run()
