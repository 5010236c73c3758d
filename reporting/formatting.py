"""Dutch display formats (Babel): € 12.345, 13,8 %, 31-03-2025. English uses its own conventions."""

from __future__ import annotations

import re
from datetime import date, datetime

import pandas as pd
from babel.dates import format_date as _format_date
from babel.numbers import format_currency, format_decimal

LOCALES = {"nl": "nl_NL", "en": "en_GB"}
MISSING = "–"
MINUS = "\u2212"  # the typographic minus sign: as wide as the plus, unlike the hyphen


def _locale(lang: str) -> str:
    return LOCALES.get(lang, "nl_NL")


def _is_missing(value) -> bool:
    """None, NaN or pandas' NA: shown as a dash, never as 0."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def money(value: float | None, lang: str = "nl", cents: bool = False) -> str:
    if _is_missing(value):
        return MISSING
    pattern = "¤ #,##0.00;¤ -#,##0.00" if cents else "¤ #,##0;¤ -#,##0"
    return format_currency(value, "EUR", format=pattern, locale=_locale(lang), currency_digits=False)


def with_sign(value: float, shown: str, decimals: int = 0) -> str:
    """`shown` (the formatted size of `value`) with the sign in front, apart: "+ € 7.590",
    "− € 682"; no sign when `value` shows as zero at `decimals` decimals."""
    rounded = round(value, decimals)
    if rounded > 0:
        return f"+ {shown}"
    if rounded < 0:
        return f"{MINUS} {shown}"
    return shown


def signed_money(value: float | None, lang: str = "nl", cents: bool = False) -> str:
    """A difference or a balance: "+ € 7.590", "− € 682", "€ 0"."""
    if _is_missing(value):
        return MISSING
    return with_sign(value, money(abs(value), lang, cents), 2 if cents else 0)


def signed_number(value: float | None, decimals: int = 0, lang: str = "nl") -> str:
    """A difference in plain numbers (hours): "+ 0,1", "− 3,4", "0,0"."""
    if _is_missing(value):
        return MISSING
    return with_sign(value, number(abs(value), decimals, lang), decimals)


def signed_percent(value: float | None, decimals: int = 1, lang: str = "nl") -> str:
    """A change in percent: "+ 6,1 %", "− 6,1 %", "0,0 %"."""
    if _is_missing(value):
        return MISSING
    return with_sign(value, percent(abs(value), decimals, lang), decimals)


def number(value: float | None, decimals: int = 0, lang: str = "nl") -> str:
    if _is_missing(value):
        return MISSING
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, pattern, locale=_locale(lang))


def hours(value: float | None, lang: str = "nl") -> str:
    """Hours: whole when they are whole (71), else with one decimal (70,5)."""
    if _is_missing(value):
        return MISSING
    return number(value, 1 if value % 1 else 0, lang)


def typed_number(value: float, lang: str = "nl") -> str:
    """A number someone typed, shown back as it was: no grouping (a year stays 2031), up to six
    decimals, the language's decimal sign (2,5 / 2.5)."""
    return format_decimal(value, "0.######", locale=_locale(lang))


def percent(value: float | None, decimals: int = 1, lang: str = "nl") -> str:
    """A percentage given as 0-100: 13,8 %."""
    if _is_missing(value):
        return MISSING
    return f"{number(value, decimals, lang)} %"


def day(value: date | datetime | None, lang: str = "nl") -> str:
    if value is None:
        return MISSING
    return _format_date(value, "dd-MM-yyyy", locale=_locale(lang))


def month_name(month: int, lang: str = "nl") -> str:
    """The month's name: januari / January."""
    return _format_date(date(2000, month, 1), "LLLL", locale=_locale(lang))


def quarter_label(year: int, quarter: int, lang: str = "nl") -> str:
    return f"{year}-{'K' if lang == 'nl' else 'Q'}{quarter}"


# A cell that shows a figure: "€ 4.750,00", "+ € 7.590", "− 6,1 %", "1,972 fte", "5,6 u/wk", "71".
_FIGURE = re.compile(r"^[+\u2212-]?\s?(€\s?)?[+\u2212-]?\d[\d.,]*(\s?(%|fte|FTE|u/wk|h/wk|uur|hours|h|u))?$")


def figure_columns(frame: pd.DataFrame) -> list[str]:
    """The columns of a table of formatted text whose every filled cell is a figure (a dash for
    a missing value allowed): these are right-aligned on screen, so digits line up."""
    found = []
    for column in frame.columns:
        cells = [str(v).strip() for v in frame[column] if not _is_missing(v)]
        cells = [c for c in cells if c and c != MISSING]
        if cells and all(_FIGURE.match(c) for c in cells):
            found.append(column)
    return found


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$])")


def plain_markdown(value: str) -> str:
    """A user's own text (a note, a reason, a scenario name) inside st.markdown, shown as typed:
    never a heading, a list, a link, an image, formatting or a formula ($); its line breaks stay
    line breaks."""
    lines = str(value).splitlines() or [""]
    return "  \n".join(_MARKDOWN_PUNCTUATION.sub(r"\\\1", line) for line in lines)


_MARKDOWN_SIGN = re.compile(r"([\\`*_\[\]<>#~|$])")


def markdown_literal(value) -> str:
    """Text that st.table (which reads its cells as Markdown) shows exactly as written: "+ € 7.590"
    stays an amount (not a bullet), "1. Jaarsalaris" a step (not a numbered list), "*" a star."""
    shown = _MARKDOWN_SIGN.sub(r"\\\1", str(value))
    numbered = re.match(r"^(\s*\d+)([.)]\s)", shown)
    if numbered:
        return f"{numbered.group(1)}\\{shown[numbered.end(1) :]}"
    return re.sub(r"^(\s*)([+-])(\s)", r"\1\\\2\3", shown)


def markdown_table(frame: pd.DataFrame, hide_index: bool = True) -> str:
    """`frame` as one Markdown table for st.markdown, every cell shown as written (see
    markdown_literal; a line break becomes a space) and the figure columns right-aligned.

    One st.markdown draws much faster in the browser than st.table, which renders each cell as
    its own piece of Markdown and loads its Arrow decoder first: the Overzicht uses this so the
    first page after a start appears sooner (docs/performance.md)."""
    columns = [str(c) for c in frame.columns]
    figures = set(figure_columns(frame))
    header = [] if hide_index else [str(frame.index.name or "")]
    rule = [] if hide_index else ["---"]

    def cell(value) -> str:
        shown = "" if _is_missing(value) else " ".join(str(value).splitlines())
        return markdown_literal(shown)

    header += [cell(c) for c in columns]
    rule += ["--:" if c in figures else "---" for c in frame.columns]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(rule) + " |"]
    for label, row in zip(frame.index, frame.itertuples(index=False), strict=True):
        cells = ([] if hide_index else [cell(label)]) + [cell(v) for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
