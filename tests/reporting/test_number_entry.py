"""Numbers typed into the app are read in the language's notation, strictly: the Dutch "16,5" is
16,5 and the Dutch "16.5" is refused (never 165); what the app shows can be typed back as is."""

import pytest

from reporting.number_entry import NotANumber, euro_text, parse_number, percent_text, short_text


@pytest.mark.parametrize(
    ("typed", "lang", "value"),
    [
        ("16,5", "nl", 16.5),
        ("16.5", "en", 16.5),
        ("13,80 %", "nl", 13.8),
        ("€ 4.750,00", "nl", 4750.0),
        ("€4,750.00", "en", 4750.0),
        ("12.000", "nl", 12000.0),
        ("-3", "nl", -3.0),
        ("\u22123", "nl", -3.0),  # the minus sign the app itself prints
        (",5", "nl", 0.5),
        (" 36 ", "nl", 36.0),
    ],
)
def test_numbers_in_the_languages_notation_are_read(typed, lang, value):
    assert parse_number(typed, lang) == value


@pytest.mark.parametrize(
    ("typed", "lang"),
    [
        ("16.5", "nl"),  # a decimal point in Dutch: refused, not read as 165
        ("16,5", "en"),
        ("4750.00", "nl"),
        ("abc", "nl"),
        ("", "nl"),
        ("1e3", "nl"),
        ("NaN", "en"),
        ("Infinity", "en"),
        ("16,5,5", "nl"),
        (None, "nl"),
    ],
)
def test_anything_else_is_not_a_number(typed, lang):
    with pytest.raises(NotANumber):
        parse_number(typed, lang)


def test_values_are_shown_for_editing_in_the_languages_notation():
    assert percent_text(13.8, "nl") == "13,80 %"
    assert percent_text(13.8, "en") == "13.80 %"
    assert euro_text(4750, "nl") == "€ 4.750,00"
    assert euro_text(4750, "en") == "€4,750.00"
    assert euro_text(5039.275, "nl") == "€ 5.039,28"
    assert short_text(37.5, "nl") == "37,5" and short_text(36, "nl") == "36"
    assert short_text(12000, "nl") == "12.000"


@pytest.mark.parametrize("value", [13.8, 0.0, 100.0, 4750.0, 5039.27])
def test_what_is_shown_reads_back_as_the_same_number(value):
    for lang in ("nl", "en"):
        assert parse_number(percent_text(value, lang), lang) == pytest.approx(value)
        assert parse_number(euro_text(value, lang), lang) == pytest.approx(value)
