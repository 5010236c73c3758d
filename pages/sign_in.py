"""Inloggen: single sign-on (st.login) and/or the built-in form, in a narrow column in the middle.
Shown at every address until someone is signed in (ui/navigation.py)."""

import streamlit as st

from ui import auth
from ui import auth_view as view
from ui.components import friendly_errors
from ui.i18n import t

with friendly_errors(), view.centred():
    st.title(t("auth.sign_in.title"))
    st.caption(t("auth.sign_in.intro"))
    view.show_flash()
    if auth.sso_configured():
        st.button(t("auth.sign_in.sso"), key="auth_sso", on_click=st.login, type="primary", icon="🏛️")
        st.caption(t("auth.sign_in.sso_caption"))
    if auth.password_sign_in_enabled():
        view.password_form(titled=auth.sso_configured())
    elif not auth.sso_configured():
        st.warning(t("auth.sign_in.none"))
    st.caption(t("auth.sign_in.help"))
