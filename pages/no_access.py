"""Nog geen toegang: someone the identity provider knows, without an (enabled) account here.
They see this and nothing else (ui/navigation.py), and can sign out to try another account."""

import streamlit as st

from ui import auth
from ui import auth_view as view
from ui.components import friendly_errors
from ui.i18n import t

with friendly_errors(), view.centred():
    st.title(t("auth.no_access.title"))
    st.warning(t("auth.no_access.text", identity=view.no_access_identity()))
    st.caption(t("auth.no_access.other"))
    if st.button(t("auth.sign_out"), key="auth_no_access_sign_out", icon="🚪"):
        auth.sign_out()
        st.rerun()
