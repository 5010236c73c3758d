"""Evaluatie page (AppTest, on a writable copy of the demo data, today 26-11-2026): the calendar and
the next evaluation, creating an evaluation, the app's proposals with their numbers, setting verdicts
and notes, finalising with confirmation, the art. 5a status changing when a second evaluation with
two negative aspects is finalised, superseding, extra evaluations, English, and read-only access."""

from __future__ import annotations

import sqlite3
from datetime import date

import pandas as pd
import pytest
from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from data_access.access import Actor
from data_access.db import forget_engine, open_database
from data_access.evaluations import list_evaluations
from data_access.models import AuditEntry
from domain.costs import cost_breakdown
from domain.evaluation import EvaluationKind, Verdict, in_force
from domain.figures import YearFigures
from domain.hours import HoursLine
from domain.parameters import default_parameters
from domain.progress import corporation_quarter_states
from domain.targets import YearTargets
from tests.conftest import TODAY
from tests.ui.apptest import open_page
from ui.evaluation_view import inputs_from_figures, report_counts

P, N, X = Verdict.POSITIVE, Verdict.NEUTRAL, Verdict.NEGATIVE
PAGE = "pages/evaluation.py"


@pytest.fixture
def evaluation_env(demo_sqlite_url, tmp_path, monkeypatch):
    """A private copy of the demo database (the page writes), today pinned to 26-11-2026."""
    source = sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///"))
    target_path = tmp_path / "evaluation.sqlite"
    target = sqlite3.connect(target_path)
    source.backup(target)
    source.close()
    target.close()
    url = f"sqlite:///{target_path}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())
    yield url
    forget_engine(url)


def _texts(elements) -> list[str]:
    return [e.value for e in elements]


def _metrics(at: AppTest) -> list[str]:
    return _texts(at.metric)


def _create_regular(at: AppTest, year: int) -> AppTest:
    if at.selectbox(key="widget_evaluation_open").value != 0:
        at.selectbox(key="widget_evaluation_open").set_value(0).run()
    at.radio(key="evaluation_new_kind").set_value(EvaluationKind.REGULAR).run()
    at.selectbox(key="evaluation_new_year").set_value(year).run()
    at.button(key="evaluation_create").click().run()
    assert not at.exception, at.exception
    assert not at.error, _texts(at.error)
    return at


def _judge(at: AppTest, evaluation_id: int, verdicts, notes=None, revision: int = 1) -> AppTest:
    notes = notes or [f"toelichting {n}" for n in range(1, len(verdicts) + 1)]
    for number, (verdict, note) in enumerate(zip(verdicts, notes, strict=True), start=1):
        prefix = f"ev{evaluation_id}r{revision}a{number}"
        at.radio(key=f"{prefix}_verdict").set_value(verdict)
        at.text_area(key=f"{prefix}_note").input(note)
    return at.run()


def _finalise(at: AppTest, evaluation_id: int, revision: int = 1) -> AppTest:
    prefix = f"ev{evaluation_id}r{revision}"
    assert at.button(key=f"{prefix}_finalise").disabled  # not without the confirmation
    at.checkbox(key=f"{prefix}_confirm").check().run()
    at.button(key=f"{prefix}_finalise").click().run()
    assert not at.exception, at.exception
    return at


def test_the_page_shows_the_calendar_with_the_next_evaluation_and_no_final_one_yet(evaluation_env):
    at = open_page(PAGE)
    assert _texts(at.title) == ["Evaluatie"]
    assert _metrics(at) == ["28-02-2027", "0 van 0"]
    assert "Nog niet definitief vastgelegd: Jaarevaluatie 2024, Jaarevaluatie 2025." in _texts(at.caption)
    calendar = at.table[0].value
    assert list(calendar["Evaluatie"]) == [
        "Jaarevaluatie 2024",
        "Jaarevaluatie 2025",
        "Jaarevaluatie 2026",
        "Jaarevaluatie 2027",
        "Jaarevaluatie 2028",
        "Slotevaluatie 2029",
    ]
    assert list(calendar["Datum"])[-1] == "30-09-2029"  # three months before 31-12-2029
    assert list(calendar["Volgende"]) == ["", "", "➡️", "", "", ""]
    assert "Aanleiding" not in calendar.columns  # no extra evaluation, so no reasons to show
    assert list(calendar["Stand"])[:3] == ["⏰ datum verstreken", "⏰ datum verstreken", "📅 gepland"]
    assert any(
        c.startswith("Aanname: de jaarevaluatie valt aan het eind van de 2e maand")
        for c in _texts(at.caption)
    )
    assert "Er zijn nog geen evaluaties vastgelegd." in _texts(at.info)


def test_walk_create_judge_finalise_and_art_5a_is_met_by_the_second_negative_evaluation(evaluation_env):
    at = _create_regular(open_page(PAGE), 2024)
    assert "Jaarevaluatie 2024 is aangemaakt als concept." in _texts(at.success)
    markdown = _texts(at.markdown)
    # 2024 (first year): 297 of 200 conversations, 57 of 50 moves, but 53,9 % labelled
    assert "**Voorstel van de app: ➖ neutraal** — niet alles gehaald: voorranglabel 53,9 %" in markdown
    assert any(
        "Uitvoerige gesprekken: 297 tegen een pro-rata doel van 200 (4 van 4 kwartalen met rapportages; "
        "jaardoel 200) = 148,5 %" in m
        for m in markdown
    )
    # Woningstichting Putten: 284 of 9 × 13 × 4 = 468 hours = 60,7 %
    assert "**Voorstel van de app: ❌ negatief** — onder 80 %: Woningstichting Putten 60,7 %" in markdown
    assert any(c.startswith("Regel: per corporatie gerealiseerde uren") for c in _texts(at.caption))

    at = _finalise(_judge(at, 1, [X, X, P, P]), 1)
    assert "Jaarevaluatie 2024 is definitief. De stand van artikel 5a en 2b is bijgewerkt." in _texts(
        at.success
    )
    assert _metrics(at)[1] == "1 van 1"
    assert "**✔️ Niet vervuld**" in _texts(at.markdown)
    assert "1 van de 1 definitieve evaluaties beoordelen twee of meer aspecten negatief." in _texts(
        at.caption
    )
    # the final evaluation is shown read-only, with what the app proposed when it was recorded
    assert "**2. Ureninzet van de verhuiscoaches: ❌ negatief**" in _texts(at.markdown)
    assert "Voorstel van de app bij vastleggen: ❌ negatief" in _texts(at.caption)
    assert not [r for r in at.radio if r.key and r.key.startswith("ev1")]  # no verdicts to change

    at = _create_regular(at, 2025)
    at = _finalise(_judge(at, 2, [N, X, X, P]), 2)
    assert _metrics(at)[1] == "2 van 2"
    assert "**⚠️ Vervuld: opzegging mogelijk**" in _texts(at.markdown)
    captions = _texts(at.caption)
    assert "Artikel 5a is vervuld: de overeenkomst kan worden opgezegd." in captions
    assert any(
        "Bij opzegging vandaag (26-11-2026) eindigt de overeenkomst op zijn vroegst op 26-01-2027." in c
        for c in captions
    )

    engine = open_database(evaluation_env)
    stored = list_evaluations(engine)
    assert [(e.year, e.negative_count, e.finalised_by) for e in in_force(stored)] == [
        (2024, 2, "beheerder (lokaal)"),
        (2025, 2, "beheerder (lokaal)"),
    ]
    assert [a.proposed for a in stored[0].aspects] == [N, X, None, None]
    assert [a.note for a in stored[1].aspects] == [
        "toelichting 1",
        "toelichting 2",
        "toelichting 3",
        "toelichting 4",
    ]
    with engine.connect() as conn:
        actions = [
            a for (a,) in conn.execute(select(AuditEntry.action).where(AuditEntry.action.like("evaluation%")))
        ]
    assert actions == [
        "evaluation_created",
        "evaluation_finalised",
        "evaluation_created",
        "evaluation_finalised",
    ]
    history = at.table[1].value
    assert list(history["Evaluatie"]) == ["Jaarevaluatie 2025", "Jaarevaluatie 2024"]
    assert list(history["Telt mee voor art. 5a"]) == ["ja", "ja"]


def test_a_final_note_is_shown_as_typed(evaluation_env):
    """Notes are the steering group's own words: "# ", "1. ", "$" or "*" never become a heading,
    a list, a formula or emphasis, and a note's line breaks stay."""
    notes = ["# Kop", "1. eerst\n2. dan", "kosten $5 en $6", "*nadruk*"]
    at = _finalise(_judge(_create_regular(open_page(PAGE), 2024), 1, [P, P, N, N], notes), 1)
    markdown = _texts(at.markdown)
    for shown in ("\\# Kop", "1\\. eerst  \n2\\. dan", "kosten \\$5 en \\$6", "\\*nadruk\\*"):
        assert shown in markdown, shown
    stored = list_evaluations(open_database(evaluation_env))
    assert [a.note for a in stored[0].aspects] == notes  # stored exactly as typed


def test_exactly_one_negative_aspect_does_not_count_and_a_draft_saves_without_verdicts(evaluation_env):
    at = _create_regular(open_page(PAGE), 2025)
    at.radio(key="ev1r1a2_verdict").set_value(X)
    at.text_area(key="ev1r1a2_note").input("WSP blijft achter")
    at.button(key="ev1r1_save").click().run()
    assert "Concept van Jaarevaluatie 2025 opgeslagen." in _texts(at.success)
    assert at.radio(key="ev1r2a2_verdict").value == X  # reloaded as revision 2
    assert at.radio(key="ev1r2a1_verdict").value is None
    assert _metrics(at)[1] == "0 van 0"  # a draft does not count

    at = _finalise(_judge(at, 1, [N, X, P, P], revision=2), 1, revision=2)
    assert _metrics(at)[1] == "0 van 1"
    assert "**✔️ Niet vervuld**" in _texts(at.markdown)


def test_finalising_an_incomplete_evaluation_says_what_is_missing_and_keeps_the_input(evaluation_env):
    at = _create_regular(open_page(PAGE), 2025)
    at = _judge(at, 1, [X, X, P, P], ["te weinig", "te weinig", "goed", " "])
    at = _finalise(at, 1)
    assert _texts(at.error) == [
        "De evaluatie is niet definitief gemaakt: Schrijf een toelichting bij "
        "'Onderlinge communicatie en samenwerking'."
    ]
    assert at.radio(key="ev1r1a1_verdict").value == X  # still on screen
    assert list_evaluations(open_database(evaluation_env))[0].is_final is False
    assert _metrics(at)[1] == "0 van 0"


def test_users_add_and_remove_further_aspects(evaluation_env):
    at = _create_regular(open_page(PAGE), 2025)
    at.button(key="ev1r1_add").click().run()
    assert _texts(at.error) == ["Geef het toegevoegde aspect een naam."]
    at.text_input(key="ev1r1_new_aspect").input("Voorrangsregeling in de verordening")
    at.button(key="ev1r1_add").click().run()
    assert "5. Voorrangsregeling in de verordening" in _texts(at.subheader)
    at.text_input(key="ev1r2_new_aspect").input("Publiciteit")
    at.button(key="ev1r2_add").click().run()
    assert [a.title for a in list_evaluations(open_database(evaluation_env))[0].aspects][4:] == [
        "Voorrangsregeling in de verordening",
        "Publiciteit",
    ]
    at.button(key="ev1r3a5_remove").click().run()  # the first added one goes, the other stays
    assert "5. Publiciteit" in _texts(at.subheader) and len(at.subheader) == 5

    at = _finalise(_judge(at, 1, [P, P, P, P, X], revision=4), 1, revision=4)
    stored = list_evaluations(open_database(evaluation_env))[0]
    assert [(a.key, a.title, a.verdict) for a in stored.aspects][4:] == [("extra-1", "Publiciteit", X)]
    assert _metrics(at)[1] == "0 van 1"  # one negative aspect: does not count


def test_a_final_evaluation_is_superseded_and_the_new_one_counts_once_final(evaluation_env):
    at = _finalise(_judge(_create_regular(open_page(PAGE), 2024), 1, [X, X, P, P]), 1)
    assert _metrics(at)[1] == "1 van 1"
    at.text_area(key="ev1_supersede_reason").input("Uwoon leverde K4 opnieuw aan")
    at.button(key="ev1_supersede").click().run()
    assert "Vervangend concept voor Jaarevaluatie 2024 aangemaakt." in _texts(at.success)
    assert at.radio(key="ev2r1a1_verdict").value == X  # starts from the final verdicts
    assert any(c.startswith("Vervangt de definitieve evaluatie van ") for c in _texts(at.caption))
    assert _metrics(at)[1] == "1 van 1"  # the final one still counts while the new one is a draft

    at.radio(key="ev2r1a2_verdict").set_value(N)
    at = _finalise(at.run(), 2)
    assert _metrics(at)[1] == "0 van 1"
    history = at.table[1].value.set_index("Status")
    assert history.loc["vervangen", "Telt mee voor art. 5a"] == "nee"
    assert history.loc["definitief", "Negatief"] == "1 van 4"


def test_an_extra_evaluation_needs_a_reason_and_appears_in_the_calendar(evaluation_env):
    at = open_page(PAGE)
    at.radio(key="evaluation_new_kind").set_value(EvaluationKind.EXTRA).run()
    at.date_input(key="evaluation_new_date").set_value(date(2026, 12, 10)).run()
    at.button(key="evaluation_create").click().run()
    assert _texts(at.error) == ["Geef de aanleiding voor deze extra evaluatie (art. 4b)."]
    at.text_area(key="evaluation_new_reason").input("Omnia Wonen zoekt een nieuwe coach").run()
    at.button(key="evaluation_create").click().run()
    assert "Extra evaluatie 10-12-2026 is aangemaakt als concept." in _texts(at.success)
    calendar = at.table[0].value.set_index("Evaluatie")
    assert calendar.loc["Extra evaluatie 10-12-2026", "Aanleiding"] == "Omnia Wonen zoekt een nieuwe coach"
    assert calendar.loc["Extra evaluatie 10-12-2026", "Volgende"] == "➡️"
    assert _metrics(at)[0] == "10-12-2026"


def test_the_page_speaks_english(evaluation_env):
    at = open_page(PAGE)
    at.radio(key="widget_lang").set_value("en").run()
    at = _create_regular(at, 2026)
    assert _texts(at.title) == ["Evaluation"]
    assert "Annual evaluation 2026 was created as a draft." in _texts(at.success)
    assert "**The app proposes: ➖ neutral** — not everything met: conversations 97.8 %" in _texts(
        at.markdown
    )
    assert any(c.startswith("Rule: negative when the extensive conversations") for c in _texts(at.caption))
    assert list(at.table[0].value.columns) == [
        "Next",
        "Evaluation",
        "Date",
        "State",
        "Negative",
    ]


def test_a_corporation_account_reads_but_cannot_record(evaluation_env, monkeypatch):
    at = _finalise(_judge(_create_regular(open_page(PAGE), 2024), 1, [X, X, P, P]), 1)
    monkeypatch.setattr("ui.evaluation_view.current_actor", lambda: Actor("uwoon", "corporation", "Uwoon"))
    at = open_page(PAGE)
    assert [o for o in at.selectbox(key="widget_evaluation_open").options] == [
        "Jaarevaluatie 2024 · definitief"
    ]
    assert "**1. Behaalde resultaten tegen de beoogde resultaten: ❌ negatief**" in _texts(at.markdown)
    keys = {b.key for b in at.button}
    assert "evaluation_create" not in keys and "ev1_supersede" not in keys
    assert _metrics(at)[1] == "1 van 1"


# --- the adapter from the year's figures to the rules' inputs ---------------------------------------


def test_the_figures_adapter_counts_reported_quarters_and_names_missing_ones():
    params = default_parameters()
    figures = YearFigures(
        year=2026,
        conversations=220,
        moves=40,
        targets=YearTargets(300, 50, 70.0),
        hours={"deltaWonen": HoursLine(150.0, 156.0, 2), "Uwoon": HoursLine(1389.8, 1404.0, 3)},
        priority_label_pct=73.4,
        costs=cost_breakdown(params, 2026),
    )
    reported = [("deltaWonen", 1), ("deltaWonen", 3), ("Uwoon", 1), ("Uwoon", 2), ("Uwoon", 3)]
    states = corporation_quarter_states(params, 2026, reported, TODAY, ["deltaWonen", "Uwoon"])
    results, hours = inputs_from_figures(figures, params, states)
    assert results.quarters_counted == 3  # quarters 1-3 have at least one report
    assert (results.conversations, results.target_conversations, results.priority_label_pct) == (
        220,
        300.0,
        73.4,
    )
    delta, uwoon = hours
    assert (delta.weekly_agreed, delta.quarters_reported, delta.missing_quarters) == (6.0, 2, (2,))
    assert delta.agreed == 156.0  # 6 × 13 × 2, the missing quarter left out
    assert uwoon.missing_quarters == ()  # Q4 2026 has not ended on 26-11-2026: not missing


def test_report_counts_per_corporation_from_the_status_matrix():
    matrix = pd.DataFrame(
        {
            "corporation": ["Uwoon"] * 4 + ["deltaWonen"] * 4 + ["Uwoon"],
            "year": [2025] * 8 + [2026],
            "state": [
                "submitted",
                "late",
                "submitted",
                "missing",
                "submitted",
                "submitted",
                "late",
                "late",
                "missing",
            ],
        }
    )
    counts = report_counts(matrix, 2025, ["Uwoon", "deltaWonen"])
    assert [(c.corporation, c.on_time, c.late, c.missing) for c in counts] == [
        ("Uwoon", 2, 1, 1),
        ("deltaWonen", 2, 2, 0),
    ]
