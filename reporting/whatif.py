"""Wat-als without Streamlit: reading what was typed into the scenario editors (Dutch or English
notation, see reporting.number_entry) and stating the effect per partner in one sentence each.

A value that cannot be used is refused with a sentence naming the partner (or the field) and what
was typed, and the calculation keeps the value from before; nothing is clamped into range.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from domain.whatif import MUNICIPALITY, SHARE, Comparison
from reporting import formatting as fmt
from reporting import number_entry as entry
from reporting.i18n import text

# What each kind of input may hold: (lowest, highest or None); the rule sentence is
# "whatif.entry.rule.<kind>" and the example "whatif.entry.example.<kind>".
LIMITS: dict[str, tuple[float, float | None]] = {
    "key": (0.0, 100.0),
    "hours": (0.0, 168.0),
    "homes": (0.0, None),
    "split": (0.0, 100.0),
    "charges": (0.0, 100.0),
    "salary": (0.01, 100_000.0),
}
SHOWN_CHANGE = 0.5  # euros: a difference that rounds to € 0 is no change worth a sentence


def shown(kind: str, value: float, lang: str) -> str:
    """A value as the editors show it, and as a refusal says what the calculation keeps."""
    if kind in ("key", "split", "charges"):
        return entry.percent_text(value, lang)
    if kind == "salary":
        return entry.euro_text(value, lang)
    return entry.short_text(value, lang)


@dataclass(frozen=True)
class Read:
    """The numbers read from one editor or field, and why any typed value was refused."""

    values: dict[str, float]
    refusals: list[str]


def _is_empty(raw: object) -> bool:
    return raw is None or (isinstance(raw, float) and raw != raw) or str(raw).strip() == ""


def read_value(
    raw: object, kind: str, label: str, kept: float | None, lang: str
) -> tuple[float | None, str | None]:
    """(the number, None) or (the value kept, the refusal sentence)."""
    low, high = LIMITS[kind]
    typed = "" if _is_empty(raw) else str(raw).strip()
    if kept is not None and typed == shown(kind, kept, lang):
        return kept, None  # untouched: the exact value, not its rounded text (18,83 % of 18,832...)
    keeps = "" if kept is None else " " + text("whatif.entry.keeps", lang, value=shown(kind, kept, lang))
    try:
        value = entry.parse_number(typed, lang)
    except entry.NotANumber:
        example = text(f"whatif.entry.example.{kind}", lang)
        key = "whatif.entry.empty" if not typed else "whatif.entry.not_number"
        return kept, text(key, lang, name=label, value=typed, example=example) + keeps
    if value < low or (high is not None and value > high):
        rule = text(f"whatif.entry.rule.{kind}", lang)
        return kept, text("whatif.entry.out_of_range", lang, name=label, value=typed, rule=rule) + keeps
    return value, None


def read_group(
    typed: Mapping[str, object], kept: Mapping[str, float], kind: str, lang: str, *, optional: bool = False
) -> Read:
    """Per partner: the typed value, or the kept one with a refusal. `optional`: an empty cell
    means 0 (numbers of homes not filled in)."""
    values: dict[str, float] = {}
    refusals = []
    for partner, raw in typed.items():
        if optional and _is_empty(raw):
            values[partner] = 0.0
            continue
        value, refusal = read_value(raw, kind, partner, kept.get(partner), lang)
        values[partner] = 0.0 if value is None else value
        if refusal:
            refusals.append(refusal)
    return Read(values, refusals)


def effect_sentences(comparison: Comparison, lang: str) -> list[str]:
    """One sentence per partner whose share changed, then the programme cost when it changed:
    "Ermelo betaalt € 1.109 meer per jaar (€ 14.070 in plaats van € 12.961)"."""
    sentences = []
    for d in comparison.of(SHARE):
        if abs(d.euro) < SHOWN_CHANGE:
            continue
        verb = "pays" if d.group == MUNICIPALITY else "bears"
        key = f"whatif.effect.{verb}_{'more' if d.euro > 0 else 'less'}"
        sentences.append(
            text(
                key,
                lang,
                partner=d.partner,
                diff=fmt.money(abs(d.euro), lang),
                new=fmt.money(d.scenario, lang),
                old=fmt.money(d.agreement, lang),
            )
        )
    programme = comparison.programme
    if abs(programme.euro) >= SHOWN_CHANGE:
        key = "whatif.effect.programme_up" if programme.euro > 0 else "whatif.effect.programme_down"
        sentences.append(
            text(
                key,
                lang,
                diff=fmt.money(abs(programme.euro), lang),
                new=fmt.money(programme.scenario, lang),
                old=fmt.money(programme.agreement, lang),
            )
        )
    return sentences
