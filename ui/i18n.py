"""Translations: Dutch by default, English as a toggle.

Texts live per screen in `ui/text/<area>.py` as `TEXTS = {key: {"nl": ..., "en": ...}}`, so
each page's words sit in one file. `t(key, **values)` looks up the current language.
"""

from __future__ import annotations

import importlib
import pkgutil

import streamlit as st

from ui import text as _text_package

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"


def _load_texts() -> dict[str, dict[str, str]]:
    texts: dict[str, dict[str, str]] = {}
    for module_info in pkgutil.iter_modules(_text_package.__path__):
        module = importlib.import_module(f"{_text_package.__name__}.{module_info.name}")
        duplicates = set(texts) & set(module.TEXTS)
        if duplicates:
            raise KeyError(f"text keys defined twice: {sorted(duplicates)}")
        texts.update(module.TEXTS)
    return texts


TEXTS = _load_texts()


def language() -> str:
    return st.session_state.get("lang", DEFAULT_LANGUAGE)


def t(key: str, **values) -> str:
    entry = TEXTS[key]
    template = entry.get(language()) or entry[DEFAULT_LANGUAGE]
    return template.format(**values) if values else template
