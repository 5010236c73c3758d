"""Doorstroommonitor Noord-Veluwe: page configuration, who acts, shared sidebar and navigation."""

import streamlit as st

from ui import navigation
from ui.auth import resolve_access
from ui.i18n import t
from ui.loaders import follow_other_instances
from ui.shell import inject_layout_css, render_sidebar, settle_layout

# A narrower sidebar than Streamlit's default leaves a 1024 px projector's content its width.
st.set_page_config(
    page_title="Doorstroommonitor Noord-Veluwe", page_icon="🏘️", layout="wide", initial_sidebar_state=232
)
inject_layout_css()  # ui/layout.css: before anything is drawn

pages = {
    t("nav.section.monitor"): [
        st.Page("pages/overview.py", title=t("nav.overview"), icon="📊", default=True),
        st.Page("pages/progress.py", title=t("nav.progress"), icon="📈", url_path="voortgang"),
        st.Page("pages/hours.py", title=t("nav.hours"), icon="⏱️", url_path="uren"),
        st.Page("pages/evaluation.py", title=t("nav.evaluation"), icon="📝", url_path="evaluatie"),
        st.Page("pages/presentation.py", title=t("nav.presentation"), icon="📽️", url_path="presentatie"),
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
        st.Page("pages/logbook.py", title=t("nav.logbook"), icon="📜", url_path="logboek"),
        st.Page("pages/accounts.py", title=t("nav.accounts"), icon="👥", url_path="gebruikers"),
    ],
}

follow_other_instances()  # other app instances on the same database may have written: docs/deploy.md
access = resolve_access()  # the signed-in account, or the one page a visitor may see
if access.actor is None:
    current = st.navigation(navigation.gate(pages, access.gate), position="hidden")
else:
    current = st.navigation(navigation.for_actor(pages, access.actor))
settle_layout(current)  # before anything else is drawn: canvas tables need the layout rules applied
render_sidebar(access, current)
current.run()
