"""Numbers people type into the app: shown for editing and read back in the language's notation
(Babel; Dutch 16,5 and € 4.750,00, English 16.5 and €4,750.00).

Reading is strict: "16.5" in Dutch or "16,5" in English is refused rather than guessed (Babel's
lenient reading would take the Dutch "16.5" as 165), and so is anything that is not plainly a
number ("abc", "1e3", "NaN"). A euro sign, a percent sign and spaces around the number are
allowed, so a value shown by the app can be typed back as it is.
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import NumberFormatError, format_currency, format_decimal, parse_decimal

from reporting.formatting import LOCALES

_PLAIN = re.compile(r"^[+-]?[\d.,]*\d[\d.,]*$")
_DROPPED = str.maketrans("", "", "€% \u00a0\u202f\t")


class NotANumber(ValueError):
    """The text is not a number in the language's notation."""


def _locale(lang: str) -> str:
    return LOCALES.get(lang, "nl_NL")


def parse_number(text: object, lang: str = "nl") -> float:
    """The number in `text` ("16,5", "€ 4.750,00", "13,80 %", "-3"); raises NotANumber."""
    cleaned = str(text if text is not None else "").translate(_DROPPED).replace("\u2212", "-")
    if not _PLAIN.match(cleaned):
        raise NotANumber(str(text))
    try:
        value = parse_decimal(cleaned, locale=_locale(lang), strict=True)
    except NumberFormatError as exc:
        raise NotANumber(str(text)) from exc
    if not isinstance(value, Decimal) or not value.is_finite():
        raise NotANumber(str(text))
    return float(value)


def decimal_text(value: float, decimals: int = 2, lang: str = "nl") -> str:
    """For an input: grouped, exactly `decimals` decimals (13,80; 1.250,00)."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, pattern, locale=_locale(lang))


def percent_text(value: float, lang: str = "nl") -> str:
    """A percentage for an input: 13,80 % (English 13.80 %)."""
    return f"{decimal_text(value, 2, lang)} %"


def short_text(value: float, lang: str = "nl") -> str:
    """Hours or a count for an input: as few decimals as needed (36; 37,5; 12.000)."""
    return format_decimal(value, "#,##0.##", locale=_locale(lang))


def euro_text(value: float, lang: str = "nl") -> str:
    """Money with cents in the language's own currency format: € 4.750,00 / €4,750.00 (with a
    plain space, as every other amount in the app)."""
    return format_currency(value, "EUR", locale=_locale(lang)).replace("\u00a0", " ")
