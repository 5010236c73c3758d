"""The app's side of the translations: the language the user chose (session state) and `t(key,
**values)`, which looks the text up in `reporting.i18n` in that language. The texts themselves
live in `reporting/text/<area>.py`."""

from __future__ import annotations

import streamlit as st

from reporting.i18n import DEFAULT_LANGUAGE, LANGUAGES, TEXTS, text

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "TEXTS", "language", "t"]


def language() -> str:
    return st.session_state.get("lang", DEFAULT_LANGUAGE)


def t(key: str, **values) -> str:
    return text(key, language(), **values)
