"""The PowerPoint deck opened with python-pptx: 16:9, the slides and their titles in the
Presentatie's order, a chart picture on every chart topic, the key numbers equal to
`python -m data_access summary` in Dutch formats, the demo marking on every slide, and nothing
laid out beyond the slide."""

from __future__ import annotations

import io
from dataclasses import replace

import pandas as pd
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Pt

from data_access import evaluations as store
from data_access.access import Actor
from data_access.db import open_database
from domain.evaluation import Aspect, Verdict
from handouts.content import CHART_TOPICS, Handout, Section, Table, build_handout, evaluation_section
from handouts.deck import build_deck
from handouts.layout import DECK, PDF, overflow, place
from reporting.presentation import SLIDES
from tests.conftest import TODAY
from tests.handouts.conftest import YEAR, nl_money, nl_one_decimal, nl_whole

TITLES = [
    "Doorstroommonitor Noord-Veluwe: stuurgroep",
    "Kerncijfers 2025",  # the Presentatie's slide titles, in its order
    "Gesprekken en verhuizingen 2025",
    "Uren per corporatie 2025",
    "Kosten per partner 2025",
    "Laatste evaluatie",
    "Kwartaalrapportages 2025",
    "Aannames achter de kostencijfers",
]
SECRETARY = Actor(name="secretaris", role="admin", account="secretaris")


def slide_text(slide) -> str:
    """Every text on the slide, table cells included, no-break spaces as spaces."""
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if shape.has_table:
            parts += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(parts).replace("\u00a0", " ")


def pictures(slide) -> list:
    return [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]


def test_sixteen_by_nine_with_a_title_slide_and_one_slide_per_topic(deck):
    assert (deck.slide_width, deck.slide_height) == (Pt(960), Pt(540))
    assert deck.slide_width / deck.slide_height == pytest.approx(16 / 9)
    assert [slide.shapes.title.text for slide in deck.slides] == TITLES
    title = slide_text(deck.slides[0])
    assert "Stand over 2025: K1 t/m K4" in title and "Gemaakt op 26-11-2026" in title


def test_each_chart_topic_shows_its_chart_as_a_picture(deck, handout):
    keys = [section.key for section in handout.sections]
    assert keys == ["kpis", "progress", "hours", "costs", "evaluation", "submissions", "assumptions"]
    assert tuple(keys[:-1]) == SLIDES  # the Presentatie page's topics, in its order
    counts = {key: len(pictures(deck.slides[i + 1])) for i, key in enumerate(keys)}
    assert counts == {
        "kpis": 2,  # conversations and moves over the years
        "progress": 2,  # conversations and moves against the pro-rata target
        "hours": 1,
        "costs": 1,
        "evaluation": 0,
        "submissions": 0,
        "assumptions": 0,
    }
    assert set(CHART_TOPICS) == {k for k, n in counts.items() if n}
    for slide in deck.slides:
        for picture in pictures(slide):
            assert picture.image.content_type == "image/png"
            assert picture.image.size[0] >= 1000  # rendered at scale 2: sharp on a projector


def test_key_numbers_equal_the_summary_in_dutch_formats(deck, summary):
    assert summary["year"] == YEAR
    kpis, progress, hours, costs = (slide_text(deck.slides[i]) for i in (1, 2, 3, 4))
    # Hand-checked against tests/data_access/expected/summary-2025.json
    assert "Uitvoerige gesprekken (>1 uur): 310 (Op koers); Jaardoel 300" in kpis
    assert "Verhuizingen: 57 (Op koers); Jaardoel 50" in kpis
    assert "Seniorenwoningen met voorranglabel: 63,4 % (Let op)" in kpis
    assert "Afgesproken: 6/20/36/9 uur per week" in hours
    assert "deltaWonen: 223,4 van 234 uur (95 %), tekort 10,6 uur" in hours
    assert "Programmakosten 2025: € 165.579" in costs
    # And every figure of the summary the slides carry
    assert (
        f": {summary['conversations']} (" in kpis
        and f"Jaardoel {summary['targets']['conversations']}" in kpis
    )
    assert f"Verhuizingen: {summary['moves']} (" in kpis
    assert f"{nl_one_decimal(summary['priority_label_pct'])} %" in kpis
    assert f"{summary['conversations']} van doel naar rato {summary['targets']['conversations']}" in progress
    assert f"{summary['moves']} van doel naar rato {summary['targets']['moves']}" in progress
    for name, line in summary["hours"].items():
        assert f"{name}: {nl_one_decimal(line['realised'])} van {nl_one_decimal(line['agreed'])} uur" in hours
    realised = sum(line["realised"] for line in summary["hours"].values())
    agreed = sum(line["agreed"] for line in summary["hours"].values())
    assert f"Regio: {nl_one_decimal(realised)} van {nl_one_decimal(agreed)} uur" in hours
    assert f"tekort {nl_one_decimal(agreed - realised)} uur" in hours  # 3.614 − 3.332 = 282
    assert f"Programmakosten {YEAR}: {nl_money(summary['cost']['programme'])}" in costs
    assert f"Kosten per fte: {nl_money(summary['cost']['per_fte'])}" in costs
    cells = _table_cells(deck.slides[4])
    for payer, row in summary["settlement"].items():
        for receiver, amount in row.items():
            assert cells[payer][receiver] == nl_money(amount), (payer, receiver)
        # a payer's total is its share of the cost
        assert cells[payer]["Totaal"] == nl_money(summary["cost"]["municipalities"][payer])
    assert cells["Elburg"]["deltaWonen"] == "€ 1.017"  # 1.016,98 by hand
    assert nl_whole(1016.98) == "1.017"


def _table_cells(slide) -> dict[str, dict[str, str]]:
    (table,) = [s.table for s in slide.shapes if s.has_table]
    rows = [[cell.text.replace("\u00a0", " ") for cell in row.cells] for row in table.rows]
    header = rows[0]
    return {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}


def test_submission_status_and_assumption_slides(deck):
    submissions = _table_cells(deck.slides[6])
    assert submissions["deltaWonen"]["K4"] == "Ontbreekt"
    assert submissions["Omnia Wonen"]["K2"] == "Te laat ingediend"
    assert "Dit jaar: 14 op tijd, 1 te laat, 1 ontbreekt." in slide_text(deck.slides[6])
    assumptions = slide_text(deck.slides[7])
    assert "Werkgeverslasten: 30,0 % (aanname)" in assumptions
    assert "Maandsalaris 2024: € 4.750,00 (indicatief, aanname" in assumptions
    assert "€ 83.955 ⚠️ aanname" in assumptions  # the cost per FTE in the steps table, marked


def test_every_slide_says_demo_data(deck):
    for slide in deck.slides:
        assert "Demodata: voorbeeldrapportages, niet van de corporaties" in slide_text(slide)


def test_no_demo_marking_without_demo_data(handout):
    real = Presentation(io.BytesIO(build_deck(replace(handout, demo=False))))
    assert not any("Demodata" in slide_text(slide) for slide in real.slides)
    assert [slide.shapes.title.text for slide in real.slides] == TITLES


def test_nothing_runs_off_the_slide(deck, handout):
    for section in handout.sections:
        for page in (DECK, PDF):
            assert overflow(place(section, page), page) == [], (section.key, page.width)
    for slide in deck.slides:
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0
            assert shape.left + shape.width <= deck.slide_width, shape.name
            assert shape.top + shape.height <= deck.slide_height, shape.name


def test_a_full_evaluation_with_long_notes_still_fits():
    """Twelve aspects (the most allowed) with notes cut to the slide's length fit one slide."""
    note = "Toelichting " * 30
    frame = pd.DataFrame(
        {
            "Aspect": [f"{n}. Aspect met een lange naam nummer {n}" for n in range(1, 13)],
            "Oordeel": ["negatief"] * 12,
            "Toelichting": [note[:220]] * 12,
        }
    )
    section = Section(
        "evaluation",
        "Laatste evaluatie",
        ("Jaarevaluatie 2025 (definitief)", "Art. 5a: " * 20),
        table=Table(frame),
    )
    for page in (DECK, PDF):
        assert overflow(place(section, page), page) == []


def test_the_evaluation_slide_shows_the_latest_final_evaluation(demo_engine):
    evaluation = store.create_evaluation(demo_engine, SECRETARY, "regular", 2025, today=TODAY)
    verdicts = {
        "results": Verdict.POSITIVE,
        "hours": Verdict.NEGATIVE,
        "effort": Verdict.NEGATIVE,
        "cooperation": Verdict.NEUTRAL,
    }
    notes = {key: f"Notitie bij {key}" for key in verdicts}
    notes["cooperation"] = "Notitie bij cooperation: " + "lange uitleg " * 150  # 1,975 characters
    aspects = [Aspect(key, verdict, notes[key]) for key, verdict in verdicts.items()]
    draft = store.save_draft(demo_engine, SECRETARY, evaluation.id, evaluation.revision, aspects)
    # A draft is not the steering group's word yet: the handout, like the Presentatie, waits for final
    assert (
        evaluation_section(demo_engine, TODAY, "nl").lines[0]
        == "Er is nog geen definitieve evaluatie vastgelegd."
    )
    evaluation = draft
    store.finalise_evaluation(demo_engine, SECRETARY, evaluation.id, evaluation.revision, aspects)
    section = evaluation_section(demo_engine, TODAY, "nl")
    handout = Handout(YEAR, "nl", TODAY, True, "T", "P", (section,))
    slide = Presentation(io.BytesIO(build_deck(handout))).slides[1]
    text = slide_text(slide)
    assert "Jaarevaluatie 2025 (definitief), gepland op 28-02-2026" in text
    assert "Definitief vastgesteld op" in text and "door secretaris" in text
    rows = _table_cells(slide)
    assert [r["Oordeel"] for r in rows.values()] == ["positief", "negatief", "negatief", "neutraal"]
    shown = [r["Toelichting"] for r in rows.values()]
    assert shown[:3] == [f"Notitie bij {k}" for k in list(verdicts)[:3]]
    # the long note: its first 219 characters (to the last whole word within 220) and where the rest is
    assert shown[3] == notes["cooperation"][:219] + " … (volledige tekst in de Excel-werkmap)"
    assert "1 van de 1 definitieve evaluaties beoordelen twee of meer aspecten negatief." in text
    assert "Artikel 5a is niet vervuld" in text


def test_english_deck(demo_sqlite_url):
    handout = build_handout(open_database(demo_sqlite_url), YEAR, TODAY, "en")
    deck = Presentation(io.BytesIO(build_deck(handout)))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert titles[1:4] == ["Key figures 2025", "Conversations and moves 2025", "Hours per corporation 2025"]
    assert all("Demo data: sample reports" in slide_text(s) for s in deck.slides)
    assert "Programme cost 2025: € 165,579" in slide_text(deck.slides[4])  # English grouping
