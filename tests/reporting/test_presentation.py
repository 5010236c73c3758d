"""The presentation's slide order and which slide a link opens, without Streamlit."""

import pytest

from reporting.presentation import SLIDES, slide_number, slide_title


def test_one_topic_per_slide_in_the_meetings_order():
    assert SLIDES == ("kpis", "progress", "hours", "costs", "evaluation", "submissions")


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        (None, 1),
        ("1", 1),
        ("4", 4),
        (" 6 ", 6),
        ("0", 1),
        ("-2", 1),
        ("7", 6),
        ("1000", 6),
        ("drie", 1),
        ("3.0", 1),
        ("", 1),
    ],
)
def test_slide_number_from_a_link(raw, number):
    assert slide_number(raw) == number


def test_slide_titles_in_both_languages():
    assert slide_title("hours", 2025, "nl") == "Uren per corporatie 2025"
    assert slide_title("hours", 2025, "en") == "Hours per corporation 2025"
    assert slide_title("evaluation", 2025, "nl") == "Laatste evaluatie"
