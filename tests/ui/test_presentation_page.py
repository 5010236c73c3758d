"""Presentatie (AppTest, demo data, today 26-11-2026): every slide's title and key numbers, worked
out by hand from the demo workbooks (the same figures as tests/ui/test_app_pages.py and
tests/data_access/expected/summary-2026.json); next/previous (buttons and the clicker's keys) move
the slide and the URL; ?dia=N opens slide N, a number out of range the first or last slide without
an error; the year and filters chosen in the app carry over; English titles; no notices above the
slides but a "Demodata" marking."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from data_access.access import Actor
from data_access.db import forget_engine, open_database
from data_access.evaluations import create_evaluation, finalise_evaluation
from domain.evaluation import MAX_NOTE_LENGTH, STANDARD_ASPECTS, Aspect, Verdict
from tests.conftest import TODAY
from tests.ui.apptest import open_page

PAGE = "pages/presentation.py"
TITLES_NL = [
    "Kerncijfers 2026",
    "Gesprekken en verhuizingen 2026",
    "Uren per corporatie 2026",
    "Kosten per partner 2026",
    "Laatste evaluatie",
    "Kwartaalrapportages 2026",
]
TITLES_EN = [
    "Key figures 2026",
    "Conversations and moves 2026",
    "Hours per corporation 2026",
    "Costs per partner 2026",
    "Latest evaluation",
    "Quarterly reports 2026",
]


def _slide(dia, **query: str) -> AppTest:
    """The presentation opened by a link with ?dia=… (and other query parameters)."""
    at = open_page(PAGE, dia=str(dia), **query)
    assert not at.error, [e.value for e in at.error]
    return at


def _title(at: AppTest) -> str:
    return at.title[0].value


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.main.metric}


def _markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.main.markdown)


def _table(at: AppTest, index: int = 0) -> pd.DataFrame:
    return at.table[index].value


# --- Every slide, in order, with its numbers --------------------------------------------------------


@pytest.mark.parametrize("number", range(1, 7))
def test_each_slide_has_its_title_and_the_link_names_it(app_env, number):
    at = _slide(number)
    assert [t.value for t in at.title] == [TITLES_NL[number - 1]]
    assert at.query_params["dia"] == str(number)
    assert at.query_params["jaar"] == "2026"
    assert f"Dia {number} van 6" in _markdown(at)


def test_slide_1_key_figures_with_status_words(app_env):
    # By hand (see test_app_pages): conversations 79+67+74 = 220 against 300 × 3/4 = 225 → 97,8 %,
    # amber (80-100 %) "Let op"; moves 12+12+16 = 40 against 37,5 → 107 %, "Op koers"; hours
    # 2611,9 against 71 × 13 × 3 = 2769 → 94 %, "Let op"; labelled 1757 / 2395 = 73,4 % ≥ 70 %.
    at = _slide(1)
    assert _metrics(at) == {
        "Uitvoerige gesprekken (>1 uur)": "220",
        "Verhuizingen": "40",
        "Uren verhuiscoaches": "2.612",
        "Seniorenwoningen met voorranglabel": "73,4 %",
    }
    statuses = [m.value for m in at.main.markdown if m.value.startswith("**🟠") or m.value.startswith("**🟢")]
    assert statuses == ["**🟠 Let op**", "**🟢 Op koers**", "**🟠 Let op**", "**🟢 Op koers**"]
    captions = " ".join(c.value for c in at.main.caption)
    assert "Jaardoel 300 · doel na K3: 225 (98 %)" in captions
    assert "Jaardoel 50 · doel na K3: 38 (107 %)" in captions
    assert "Afgesproken voor de ingediende kwartalen: 2.769 uur (94 %)" in captions
    # the same card as the Overzicht: Putten 218,8 of 351 agreed hours = 62,3 %, the others 98-101 %
    assert "Woningstichting Putten: 62 % van de afgesproken uren (verst eronder)" in captions


def test_slide_2_conversations_and_moves_against_the_target(app_env):
    # Projection = the average of the three reported quarters × 4: 220 / 3 × 4 = 293,3; 40 / 3 × 4 = 53,3.
    at = _slide(2)
    assert _metrics(at) == {"Uitvoerige gesprekken t/m K3": "220", "Verhuizingen t/m K3": "40"}
    text = _markdown(at)
    assert "**🟠 Let op** · 98 % van het doel naar rato (225)" in text
    assert "**🟢 Op koers** · 107 % van het doel naar rato (38)" in text
    assert "Prognose jaareinde: **293** (jaardoel 300)" in text
    assert "Prognose jaareinde: **53** (jaardoel 50)" in text
    assert len(at.get("vega_lite_chart")) == 2


def test_slide_3_hours_against_the_agreement_with_the_shortfall(app_env):
    # Agreed = hours a week × 13 × 3 quarters: 6 → 234, 20 → 780, 36 → 1404, 9 → 351 (71 → 2769).
    # Realised (sheet Uren): 236,9 / 766,4 / 1389,8 / 218,8 (2611,9). Shortfall = agreed − realised:
    # deltaWonen none (above), Omnia 13,6, Uwoon 14,2, Putten 132,2, region 157,1.
    # Putten a week: 218,8 / 39 = 5,61 → "5,6"; the region's a week: 6,07+19,65+35,64+5,61 = 67,0.
    table = _table(_slide(3)).set_index("Corporatie")
    assert list(table.index) == ["deltaWonen", "Omnia Wonen", "Uwoon", "Woningstichting Putten", "Regio"]
    assert list(table["Afspraak (uur/week)"]) == ["6", "20", "36", "9", "71"]
    assert list(table["Gerealiseerd (uur)"]) == ["236,9", "766,4", "1.389,8", "218,8", "2.611,9"]
    assert list(table["Afgesproken (uur)"]) == ["234,0", "780,0", "1.404,0", "351,0", "2.769,0"]
    assert list(table["Tekort (uur)"]) == ["geen", "13,6", "14,2", "132,2", "157,1"]
    assert table.loc["Woningstichting Putten", "Gemiddeld per week"] == "5,6"
    assert table.loc["Regio", "Gemiddeld per week"] == "67,0"
    assert table.loc["Woningstichting Putten", "% van afspraak"] == "62 %"


def test_slide_4_costs_per_partner_and_who_pays_whom(app_env):
    # tests/data_access/expected/summary-2026.json: programme 170.545,86; Harderwijk pays Uwoon
    # 13.819,31; the municipalities pay 50 % in all: 85.272,93.
    at = _slide(4)
    assert "Programmakosten 2026: **€ 170.546 ⚠️ aanname**" in _markdown(at)
    settlement = _table(at)
    assert settlement.loc["Harderwijk", "Uwoon"] == "€ 13.819"
    assert settlement.loc["Totaal", "Totaal"] == "€ 85.273"
    assert list(settlement.columns) == [
        "deltaWonen",
        "Omnia Wonen",
        "Uwoon",
        "Woningstichting Putten",
        "Totaal",
    ]
    assert len(at.get("vega_lite_chart")) == 1  # each partner's share


def test_slide_5_without_a_final_evaluation_says_so(app_env):
    # The demo data has no evaluation; the regular one for 2026 is due at the end of February 2027.
    at = _slide(5)
    text = _markdown(at)
    assert "**Opzegging (art. 5a)**: 0 van 0 evaluaties met twee of meer negatieve aspecten" in text
    assert "**Verlenging (art. 2b)**: Nog geen definitieve evaluatie" in text
    assert "**Volgende evaluatie**: 28-02-2027 (Jaarevaluatie 2026)" in text
    assert not at.table


CHAIR = Actor("voorzitter stuurgroep", "steering")
P, N, X = Verdict.POSITIVE, Verdict.NEUTRAL, Verdict.NEGATIVE
LONG_NOTE = ("Toelichting 2025 4. " + "Een lange uitleg van de samenwerking. " * 60)[:MAX_NOTE_LENGTH]


@pytest.fixture
def evaluated_env(demo_sqlite_url, tmp_path, monkeypatch):
    """A copy of the demo data with 2024 and 2025 final, each judging two aspects negative."""
    source = sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///"))
    target = sqlite3.connect(tmp_path / "evaluated.sqlite")
    source.backup(target)
    source.close()
    target.close()
    url = f"sqlite:///{tmp_path / 'evaluated.sqlite'}"
    engine = open_database(url)
    verdicts = {2024: (X, X, N, P), 2025: (X, N, X, P)}
    for year, judged in verdicts.items():
        draft = create_evaluation(engine, CHAIR, "regular", year, today=TODAY)
        aspects = [
            Aspect(key, verdict, f"Toelichting {year} {n}")
            for n, (key, verdict) in enumerate(zip(STANDARD_ASPECTS, judged, strict=True), start=1)
        ]
        if year == 2025:  # the last note as long as allowed
            aspects[3] = Aspect(aspects[3].key, P, LONG_NOTE)
        finalise_evaluation(engine, CHAIR, draft.id, draft.revision, aspects)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())
    yield url
    forget_engine(url)


def test_slide_5_the_latest_evaluation_with_its_verdicts_and_art_5a(evaluated_env):
    # Two final evaluations with two negative aspects each: art. 5a met, "2 van 2"; notice of two
    # months given today (26-11-2026) ends the agreement on 26-01-2027 at the earliest.
    at = _slide(5)
    assert at.header[0].value.startswith("Jaarevaluatie 2025 · definitief op ")
    verdicts = _table(at)
    assert list(verdicts["Aspect"]) == [
        "Behaalde resultaten tegen de beoogde resultaten",
        "Ureninzet van de verhuiscoaches",
        "Inzet van de partners tegen de afspraken",
        "Onderlinge communicatie en samenwerking",
    ]
    assert list(verdicts["Oordeel"]) == ["❌ negatief", "➖ neutraal", "❌ negatief", "✅ positief"]
    assert list(verdicts["Toelichting"][:3]) == [f"Toelichting 2025 {n}" for n in range(1, 4)]
    # a note of 2,000 characters: its first 105 (to the last whole word) and where the rest is
    assert verdicts["Toelichting"][3] == LONG_NOTE[:105] + " … (verder op de pagina Evaluatie)"
    text = _markdown(at)
    assert (
        "**Opzegging (art. 5a)**: 2 van 2 evaluaties met twee of meer negatieve aspecten · "
        "**⚠️ Vervuld: opzegging mogelijk** · Bij opzegging vandaag: einde op zijn vroegst **26-01-2027**"
    ) in text
    assert "**Verlenging (art. 2b)**: Nog niet alle evaluaties positief" in text


def test_slide_6_reports_in_on_time_late_or_missing(app_env):
    at = _slide(6)
    table = _table(at)
    assert list(table.columns) == ["2026-K1", "2026-K2", "2026-K3", "2026-K4"]
    assert set(table[["2026-K1", "2026-K2", "2026-K3"]].to_numpy().ravel()) == {"✅ Ingediend"}
    assert set(table["2026-K4"]) == {"· Kwartaal loopt"}
    assert "Dit jaar: 12 op tijd, 0 te laat, 0 ontbreekt." in _markdown(at)


def test_slide_6_for_2025_names_the_late_and_the_missing_report(app_env):
    # 2025: 16 reports expected; Omnia Wonen's K2 came late, deltaWonen's K4 never came.
    at = _slide(6, jaar="2025")
    table = _table(at)
    assert table.loc["deltaWonen", "2025-K4"] == "❌ Ontbreekt"
    assert table.loc["Omnia Wonen", "2025-K2"] == "🕒 Te laat ingediend"
    assert "Dit jaar: 14 op tijd, 1 te laat, 1 ontbreekt." in _markdown(at)


# --- Turning the slides ------------------------------------------------------------------------------


def test_next_and_previous_change_the_slide_and_the_url(app_env):
    at = _slide(1)
    assert at.button(key="presentation_prev").disabled
    at.button(key="presentation_next").click().run()
    assert _title(at) == TITLES_NL[1] and at.query_params["dia"] == "2"
    at.button(key="presentation_next").click().run()
    assert _title(at) == TITLES_NL[2] and at.query_params["dia"] == "3"
    at.button(key="presentation_prev").click().run()
    assert _title(at) == TITLES_NL[1] and at.query_params["dia"] == "2"
    assert not at.exception


def test_the_clickers_page_keys_turn_the_slides_too(app_env):
    at = _slide(3)
    at.button(key="presentation_page_down").click().run()
    assert _title(at) == TITLES_NL[3] and at.query_params["dia"] == "4"
    at.button(key="presentation_page_up").click().run()
    at.button(key="presentation_page_up").click().run()
    assert _title(at) == TITLES_NL[1] and at.query_params["dia"] == "2"


def test_the_last_slide_has_no_next(app_env):
    at = _slide(6)
    assert at.button(key="presentation_next").disabled
    at.button(key="presentation_page_down").click().run()  # a clicker pressed once too often
    assert _title(at) == TITLES_NL[5] and at.query_params["dia"] == "6"


@pytest.mark.parametrize(
    ("asked", "shown"), [("0", 1), ("-3", 1), ("7", 6), ("99", 6), ("twee", 1), ("", 1), ("2.5", 1)]
)
def test_a_slide_number_out_of_range_shows_the_first_or_last_slide(app_env, asked, shown):
    at = _slide(asked)
    assert not at.exception and not at.error
    assert _title(at) == TITLES_NL[shown - 1]
    assert at.query_params["dia"] == str(shown)


# --- What carries over from the app -----------------------------------------------------------------


def test_the_year_chosen_in_the_app_carries_over(app_env):
    # 2025 (summary-2025.json): 310 conversations, 57 moves.
    at = open_page(year=2025)
    at.switch_page(PAGE).run()
    assert _title(at) == "Kerncijfers 2025"
    assert _metrics(at)["Uitvoerige gesprekken (>1 uur)"] == "310"
    assert _metrics(at)["Verhuizingen"] == "57"
    assert at.query_params["jaar"] == "2025"


def test_a_shared_link_carries_year_and_corporation(app_env):
    # Uwoon 2025 (test_progress_page): conversations 32+47+38+34 = 151, moves 5+6+8+7 = 26; hours
    # 1780,0 against 36 × 13 × 4 = 1872 → short by 92,0, and no region line for one corporation.
    at = _slide(2, jaar="2025", corporatie="Uwoon")
    assert _title(at) == "Gesprekken en verhuizingen 2025"
    assert _metrics(at) == {"Uitvoerige gesprekken t/m K4": "151", "Verhuizingen t/m K4": "26"}
    assert "Selectie: Uwoon" in _markdown(at)
    at.button(key="presentation_next").click().run()
    table = _table(at)
    assert list(table["Corporatie"]) == ["Uwoon"]
    assert table["Tekort (uur)"].iloc[0] == "92,0"
    assert dict(at.query_params) == {"dia": "3", "jaar": "2025", "corporatie": "Uwoon"}


def test_a_missing_quarter_is_named_not_counted(app_env):
    # deltaWonen 2025 reported K1-K3 only: agreed 6 × 13 × 3 = 234 against 223,4 realised → 10,6 short.
    table = _table(_slide(3, jaar="2025")).set_index("Corporatie")
    assert table.loc["deltaWonen (zonder K4)", "Tekort (uur)"] == "10,6"


def test_english_titles(app_env):
    at = open_page()
    at.sidebar.radio(key="widget_lang").set_value("en").run()
    at.switch_page(PAGE).run()
    titles = [_title(at)]
    for _ in range(5):
        at.button(key="presentation_next").click().run()
        titles.append(_title(at))
    assert titles == TITLES_EN
    assert "Slide 6 of 6" in _markdown(at)


def test_no_notices_above_the_slide_but_a_demo_marking(app_env):
    at = _slide(1)
    assert not at.main.info, [i.value for i in at.main.info]  # no demo banner
    assert not [c.value for c in at.main.caption if "aanmelding" in c.value]  # no local-use notice
    assert "**🧪 Demodata**" in _markdown(at)
    assert any(
        link.proto.page.endswith("overview.py") or "Terug naar de app" in link.proto.label
        for link in at.get("page_link")
    )


def test_back_to_the_app_opens_the_overview_with_the_same_year(app_env):
    at = _slide(4, jaar="2025")
    at.switch_page("pages/overview.py").run()
    assert _title(at) == "Overzicht 2025"
