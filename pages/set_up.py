"""Inrichten: on a network address without any account or single sign-on, the app shows only how
to create the first administrator (secure by default; see ui/auth.py)."""

import streamlit as st

from ui import auth_view as view
from ui.components import friendly_errors
from ui.i18n import t

with friendly_errors(), view.centred(view.WIDE_WIDTH):
    st.title(t("auth.set_up.title"))
    st.info(t("auth.set_up.intro"))
    st.markdown(t("auth.set_up.step1"))
    st.code(view.FIRST_ADMIN_COMMAND, language=None, wrap_lines=True)
    st.caption(t("auth.set_up.docker"))
    st.code(view.FIRST_ADMIN_DOCKER, language=None, wrap_lines=True)
    st.markdown(t("auth.set_up.step2"))
    st.markdown(t("auth.set_up.sso"))
    st.markdown(t("auth.set_up.local"))
