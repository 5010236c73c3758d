"""What every page shares: the sidebar (language) and the demo-data banner."""

from __future__ import annotations

import streamlit as st

from ui.components import demo_banner, friendly_errors
from ui.i18n import LANGUAGES, t


def render_sidebar() -> None:
    st.session_state.setdefault("lang", "nl")
    st.sidebar.radio(t("sidebar.language"), list(LANGUAGES), key="lang",
                     format_func=LANGUAGES.get, horizontal=True)
    with friendly_errors():
        demo_banner()
