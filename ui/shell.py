"""What every page shares: the sidebar (language) and the demo-data banner."""

from __future__ import annotations

import streamlit as st

from ui.components import demo_banner, friendly_errors
from ui.i18n import LANGUAGES, t


def render_sidebar() -> None:
    # The choice lives under a plain key: Streamlit drops a widget's own state when a run does
    # not render it (as on a page switch), which would silently switch the language back.
    st.session_state.setdefault("lang", "nl")
    st.session_state["widget_lang"] = st.session_state["lang"]

    def _remember() -> None:
        st.session_state["lang"] = st.session_state["widget_lang"]

    st.sidebar.radio(
        t("sidebar.language"),
        list(LANGUAGES),
        key="widget_lang",
        format_func=LANGUAGES.get,
        horizontal=True,
        on_change=_remember,
    )
    with friendly_errors():
        demo_banner()
