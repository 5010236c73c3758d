from datetime import date

from reporting import formatting as fmt


def test_dutch_formats():
    assert fmt.money(12345.4) == "€ 12.345"
    assert fmt.money(-500) == "€ -500"
    assert fmt.money(4750, cents=True) == "€ 4.750,00"
    assert fmt.percent(13.8) == "13,8 %"
    assert fmt.number(1234567) == "1.234.567"
    assert fmt.number(1.972, 3) == "1,972"
    assert fmt.day(date(2025, 3, 31)) == "31-03-2025"


def test_missing_values_show_a_dash_not_zero():
    assert fmt.money(None) == "–"
    assert fmt.percent(float("nan")) == "–"


def test_english_formats():
    assert fmt.money(12345.4, "en") == "€ 12,345"
    assert fmt.percent(13.8, 1, "en") == "13.8 %"


def test_missing_includes_pandas_na():
    import pandas as pd

    assert fmt.number(pd.NA) == "–"
    assert fmt.hours(None) == "–"


def test_hours_are_whole_when_whole():
    assert fmt.hours(36.0) == "36"
    assert fmt.hours(70.5) == "70,5"
    assert fmt.hours(1234.0, "en") == "1,234"


def test_month_names_follow_the_language():
    assert fmt.month_name(3) == "maart"
    assert fmt.month_name(12, "en") == "December"


def test_a_typed_number_is_shown_back_as_typed():
    assert fmt.typed_number(2.5) == "2,5"
    assert fmt.typed_number(2.5, "en") == "2.5"
    assert fmt.typed_number(2031.0) == "2031"  # a year is never grouped
    assert fmt.typed_number(-3.0) == "-3"
    assert fmt.typed_number(300.125) == "300,125"
