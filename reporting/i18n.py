"""Texts in Dutch (the default) and English, shared by the app and the handouts.

Texts live per screen in `reporting/text/<area>.py` as `TEXTS = {key: {"nl": ..., "en": ...}}`, so
each page's words sit in one file (keys are global: prefix them with the area). `text(key, lang,
**values)` looks one up; the app calls `ui.i18n.t(key, **values)`, which passes the language the
user chose.
"""

from __future__ import annotations

import importlib
import pkgutil

from reporting import text as _text_package

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


def text(key: str, lang: str, **values) -> str:
    """The text for `key` in `lang` (Dutch when it has no text in that language), filled in."""
    entry = TEXTS[key]
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return template.format(**values) if values else template


def plural_key(key: str, n: int) -> str:
    """`key.one` for a count of 1, else `key.other` ("1 probleem", "3 problemen"): texts with a
    count have both, never "probleem/problemen" or "opmerking(en)"."""
    return f"{key}.{'one' if n == 1 else 'other'}"
