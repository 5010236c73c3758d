"""Messages for users, by code: the layers below the UI (domain, data_access, the command line)
never hold a sentence. They raise or return a `Message` (a code plus parameters); the sentence is
looked up here, in Dutch (the default) or English, when it is shown.

Catalogue: the modules of this package define `MESSAGES = {code: {"nl": ..., "en": ...}}`, one
module per area (codes are global, so they start with the area: "access.", "upload.", ...).
Templates use `str.format` fields; each value is formatted for the language by `Localised`:

    {n}            int as is (years, rows, quarters); float up to 2 decimals; date dd-mm-yyyy
    {n:n}          number with grouping: 1.234 / 1,234 (floats up to 2 decimals)
    {n:.1f}        fixed decimals with grouping: 1.234,5 / 1,234.5
    {n:money}      € 12.345     {n:money2}  € 12.345,67
    {items:list}   a list joined with ", "
    a Message      its own text in the same language (for words such as a group's name)

Text a user typed (cell values, names) is passed as a str and shown exactly as typed.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from babel.numbers import format_currency, format_decimal

LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def _load_catalogue() -> dict[str, dict[str, str]]:
    catalogue: dict[str, dict[str, str]] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        twice = set(catalogue) & set(module.MESSAGES)
        if twice:
            raise KeyError(f"message codes defined twice: {sorted(twice)}")
        catalogue.update(module.MESSAGES)
    return catalogue


class Localised:
    """A message parameter that formats itself for one language (see the module docstring)."""

    def __init__(self, value: Any, lang: str) -> None:
        self.value = value
        self.locale = _LOCALES.get(lang, _LOCALES[DEFAULT_LANGUAGE])
        self.lang = lang

    def __format__(self, spec: str) -> str:
        value = self.value
        if spec == "list":
            return ", ".join(str(Localised(v, self.lang)) for v in value)
        if spec in ("money", "money2"):
            pattern = "¤ #,##0.00;¤ -#,##0.00" if spec == "money2" else "¤ #,##0;¤ -#,##0"
            return format_currency(value, "EUR", format=pattern, locale=self.locale, currency_digits=False)
        if spec == "n":
            return format_decimal(value, "#,##0.##", locale=self.locale)
        if spec.startswith(".") and spec.endswith("f"):
            decimals = int(spec[1:-1])
            pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
            return format_decimal(value, pattern, locale=self.locale)
        if spec:
            raise ValueError(f"unknown message format {spec!r}")
        return str(self)

    def __str__(self) -> str:
        value = self.value
        if isinstance(value, Message):
            return value.text(self.lang)
        if isinstance(value, bool) or value is None:
            return "" if value is None else str(value)
        if isinstance(value, float):
            return format_decimal(value, "0.##", locale=self.locale)
        if isinstance(value, datetime | date):
            return value.strftime("%d-%m-%Y")
        if isinstance(value, list | tuple):
            return ", ".join(str(Localised(v, self.lang)) for v in value)
        return str(value)


def render(code: str, params: Mapping[str, Any], lang: str = DEFAULT_LANGUAGE) -> str:
    """The sentence for `code` in `lang` (Dutch when the language is unknown)."""
    entry = CATALOGUE[code]
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return template.format(**{k: Localised(v, lang) for k, v in params.items()})


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses (for the catalogue's own tests)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Message:
    """What to tell the user, by code; `text(lang)` gives the sentence."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(self.code, self.params, lang)


def msg(code: str, **params: Any) -> Message:
    if code not in CATALOGUE:
        raise KeyError(f"unknown message code {code!r}: add it to a module in domain/messages/")
    return Message(code, params)


def join(messages: Iterable[Message], lang: str = DEFAULT_LANGUAGE) -> str:
    return " ".join(m.text(lang) for m in messages)


CATALOGUE: dict[str, dict[str, str]] = _load_catalogue()
