"""The presentation's slide order and which slide a link opens, without Streamlit."""

import pytest

from reporting.presentation import SCREEN_NOTE_LIMIT, SLIDES, slide_note, slide_number, slide_title


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


REST = " … (elders)"


def test_a_short_note_is_shown_whole():
    assert slide_note("Goede samenwerking.", REST) == "Goede samenwerking."
    exactly = "x" * SCREEN_NOTE_LIMIT
    assert slide_note(exactly, REST) == exactly


def test_a_long_note_is_cut_after_its_last_whole_word_and_says_where_the_rest_is():
    note = "woord " * 400  # 2,400 characters; at 220 the cut falls in the 37th word
    assert slide_note(note.strip(), REST, 220) == " ".join(["woord"] * 36) + REST
    assert slide_note(note.strip(), REST) == " ".join(["woord"] * 18) + REST  # the screen's 110
    # a cut right after a space keeps every word before it; one right before a space, the word too
    assert slide_note("abcd " * 44 + "einde", REST, 220) == " ".join(["abcd"] * 44) + REST
    assert slide_note("abcd " * 43 + "abcde meer", REST, 220) == "abcd " * 43 + "abcde" + REST


def test_a_long_note_without_spaces_is_cut_at_the_limit():
    assert slide_note("x" * 500, REST) == "x" * SCREEN_NOTE_LIMIT + REST
