"""Doorstroommonitor Noord-Veluwe: page configuration, shared sidebar and navigation."""

import streamlit as st

from ui.i18n import t
from ui.loaders import follow_other_instances
from ui.shell import render_sidebar

st.set_page_config(page_title="Doorstroommonitor Noord-Veluwe", page_icon="🏘️", layout="wide")

pages = {
    t("nav.section.monitor"): [
        st.Page("pages/overview.py", title=t("nav.overview"), icon="📊", default=True),
        st.Page("pages/progress.py", title=t("nav.progress"), icon="📈", url_path="voortgang"),
        st.Page("pages/hours.py", title=t("nav.hours"), icon="⏱️", url_path="uren"),
        st.Page("pages/evaluation.py", title=t("nav.evaluation"), icon="📝", url_path="evaluatie"),
    ],
    t("nav.section.finance"): [
        st.Page("pages/costs.py", title=t("nav.costs"), icon="💶", url_path="kosten"),
        st.Page("pages/whatif.py", title=t("nav.whatif"), icon="🧮", url_path="wat-als"),
    ],
    t("nav.section.reports"): [
        st.Page("pages/upload.py", title=t("nav.upload"), icon="📤", url_path="upload"),
    ],
    t("nav.section.admin"): [
        st.Page("pages/settings.py", title=t("nav.settings"), icon="⚙️", url_path="instellingen"),
    ],
}

navigation = st.navigation(pages)
follow_other_instances()  # other app instances on the same database may have written: docs/deploy.md
render_sidebar()
navigation.run()
