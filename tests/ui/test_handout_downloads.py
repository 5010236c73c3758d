"""The download buttons (AppTest, demo data, today 26-11-2026): the Evaluatie page offers the
meeting's three files for the year chosen, and a chart panel offers its chart as PNG next to its
CSV. What the files hold is tested in tests/handouts/."""

from __future__ import annotations

from tests.ui.apptest import open_page


def _buttons(at) -> dict[str, object]:
    return {button.proto.label: button.proto for button in at.get("download_button")}


def test_the_evaluation_page_offers_the_three_handouts(app_env):
    at = open_page("pages/evaluation.py", year=2025)
    buttons = _buttons(at)
    assert {"PowerPoint (presentatie)", "PDF (hand-out)", "Excel (alle tabellen)"} <= set(buttons)
    assert "Stukken voor de vergadering" in [h.value for h in at.header]
    captions = " ".join(c.value for c in at.caption)
    assert "Voor 2025, in de taal van de app." in captions


def test_the_handouts_follow_the_language(app_env):
    at = open_page("pages/evaluation.py", year=2025)
    at.sidebar.radio(key="widget_lang").set_value("en").run()
    labels = set(_buttons(at))
    assert {"PowerPoint (slides)", "PDF (handout)", "Excel (every table)"} <= labels


def test_a_chart_panel_has_a_png_next_to_its_csv(app_env):
    at = open_page("pages/hours.py", year=2025)
    labels = [button.proto.label for button in at.get("download_button")]
    assert labels == [
        "Download de gegevens (CSV)",
        "Download de grafiek (PNG)",
        "Download de gegevens (CSV)",
        "Download de grafiek (PNG)",
    ]
