"""The message catalogue: every code speaks Dutch and English with the same parameters, numbers
follow the language, and every coded error raised in the code names a code that exists."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from data_access.access import AccessDenied, Actor, require_admin
from domain.errors import UserError
from domain.messages import CATALOGUE, LANGUAGES, msg, placeholders, render
from domain.parameters import InvalidParameters, default_parameters

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_code_has_a_sentence_in_each_language(lang):
    missing = [code for code, entry in CATALOGUE.items() if not entry.get(lang, "").strip()]
    assert missing == []


def test_both_languages_use_the_same_parameters():
    differing = {
        code: (placeholders(entry["nl"]), placeholders(entry["en"]))
        for code, entry in CATALOGUE.items()
        if placeholders(entry["nl"]) != placeholders(entry["en"])
    }
    assert differing == {}


def test_numbers_dates_and_lists_follow_the_language():
    assert render(
        "parameters.key_sum", {"group": msg("parameters.group.municipalities"), "total": 1234.5}, "nl"
    ) == (
        "De verdeelsleutel van de gemeenten telt op tot 1.234,50 % in plaats van 100 %; "
        "pas de percentages aan of normaliseer ze."
    )
    assert render(
        "parameters.key_sum", {"group": msg("parameters.group.corporations"), "total": 99.0}, "en"
    ) == (
        "The cost key of the corporations adds up to 99.00 % instead of 100 %; "
        "adjust the percentages or normalise them."
    )
    assert (
        msg("parameters.hours_without_key", names=["X", "Y"])
        .text("en")
        .startswith("Hours per week were given for a corporation without a cost key: X, Y.")
    )
    assert (
        msg("upload.file_too_large", megabytes=12.25, limit=10)
        .text("nl")
        .startswith("Het bestand is 12,2 MB")
    )
    assert msg("parameters.salary_row_amount", row=3, year=2025).text("nl") == (
        "Regel 3 (2025): vul een bedrag per maand groter dan 0 in."  # a year is never grouped
    )
    from domain.messages import Localised

    assert f"{Localised(4750.0, 'nl'):money2}" == "€ 4.750,00"
    assert f"{Localised(4750.0, 'en'):money}" == "€ 4,750"
    assert str(Localised(date(2025, 3, 31), "nl")) == "31-03-2025"


def test_an_unknown_code_is_refused_when_raised():
    with pytest.raises(KeyError, match="unknown message code"):
        UserError("Dit is een zin en geen code.")


def test_a_user_error_speaks_both_languages_and_keeps_every_problem():
    with pytest.raises(AccessDenied) as caught:
        require_admin(Actor("kijker", "steering"), "remove_demo")
    assert caught.value.code == "access.admin_only"
    assert caught.value.message == "Alleen een beheerder kan demogegevens verwijderen."
    assert caught.value.text("en") == "Only an administrator can remove the demo data."
    with pytest.raises(InvalidParameters) as caught:
        default_parameters().with_changes(municipal_part_pct=120.0, full_time_hours=0.0)
    assert [m.code for m in caught.value.messages] == [
        "parameters.municipal_part_range",
        "parameters.full_time_positive",
    ]
    assert caught.value.text("en") == (
        "The municipalities' part must be between 0 and 100 %. A full-time week must have more than 0 hours."
    )


def _user_error_names() -> set[str]:
    """UserError and every class in the code base that derives from it (by name)."""
    names = {"UserError"}
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in _sources()]
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {getattr(b, "id", getattr(b, "attr", None)) for b in node.bases}
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names


def _sources() -> list[Path]:
    return [p for folder in ("domain", "data_access", "ui", "pages") for p in (ROOT / folder).rglob("*.py")]


def test_every_coded_error_in_the_code_names_a_known_code():
    errors = _user_error_names()
    unknown = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            is_msg = name == "msg"
            if (name in errors or is_msg) and node.args and isinstance(node.args[0], ast.Constant):
                code = node.args[0].value
                if isinstance(code, str) and code not in CATALOGUE:
                    unknown.append(f"{path.relative_to(ROOT)}:{node.lineno} {code!r}")
    assert unknown == []
