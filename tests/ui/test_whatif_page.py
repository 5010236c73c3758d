"""Wat-als page: keys typed in Dutch notation through the data editor's session state (the grid
holds text), refusals of what cannot be a key, one sentence per changed partner, live sum checks
with "Normaliseren", differences per partner in euros and percent, keys from housing stock, and
saving / opening / comparing / deleting named scenarios.

Hand-worked figures for 2026 with the demo parameters: salary 4.750 (2024) indexed twice by 3 % =
5.039,275 a month; cost per FTE = 5.039,275 × 12 × 1,10 × 1,30 = 86.473,96; programme =
86.473,96 × 71 / 36 = 170.545,86; the municipalities' half = 85.272,93. Ermelo's 15,2 % of it is
12.961,49, 16,5 % is 14.070,03; Harderwijk's 32,8 % is 27.969,52, 31,5 % is 26.860,97; 1,3 % of
the half is 1.108,55."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from data_access.access import Actor
from data_access.db import open_database
from data_access.scenarios import list_scenarios, load_scenario, save_scenario
from domain.costs import cost_breakdown
from domain.parameters import default_parameters
from domain.whatif import Scenario
from reporting import formatting as fmt
from tests.ui.apptest import open_page

ROOT = Path(__file__).resolve().parents[2]
PROGRAMME_2026 = cost_breakdown(default_parameters(), 2026).programme
HALF = PROGRAMME_2026 / 2
MUNICIPALITIES = list(default_parameters().municipal_keys)
CORPORATIONS = list(default_parameters().corporate_keys)


def _page() -> AppTest:
    return open_page("pages/whatif.py")


def _edit(at: AppTest, kind: str, edited_rows: dict) -> AppTest:
    """What typing into the grid leaves in its state: the text as typed (the cells hold text)."""
    key = f"whatif_{kind}_v{at.session_state['whatif_editor_version']}"
    at.session_state[key] = {"edited_rows": edited_rows, "added_rows": [], "deleted_rows": []}
    return at.run()


def _differences(at: AppTest):
    frame = next(f.value for f in at.dataframe if "Verschil (€)" in f.value.columns)
    return frame.set_index(["Partner", "Onderdeel"])


def _editor_texts(at: AppTest, first_column_values: list[str]) -> dict[str, str]:
    for editor in at.dataframe:
        frame = editor.value
        if "key_pct" in frame.columns and list(frame["partner"]) == first_column_values:
            return dict(zip(frame["partner"], frame["key_pct"], strict=True))
    raise AssertionError("editor not found")


def _current(at: AppTest, field: str = "municipal_keys") -> dict[str, float]:
    """The values the scenario is calculated with (what the editors were read as)."""
    return at.session_state["whatif_current"][field]


def _effect(at: AppTest) -> list[str]:
    """The sentences beside the editors, one per changed partner."""
    for block in at.markdown:
        if block.value.startswith("- "):
            return [line.removeprefix("- ") for line in block.value.splitlines()]
    return []


def test_page_starts_at_the_agreement_with_a_hint_and_no_empty_chart(app_env):
    at = _page()
    assert at.title[0].value == "Wat-als 2026"
    assert _editor_texts(at, MUNICIPALITIES)["Elburg"] == "13,80 %"
    assert _editor_texts(at, MUNICIPALITIES)["Ermelo"] == "15,20 %"
    assert at.text_input(key="whatif_salary").value == "€ 5.039,28"  # 5.039,275 rounded
    assert at.text_input(key="whatif_split").value == "50,00 %"
    assert at.text_input(key="whatif_charges").value == "30,00 %"
    salary = at.session_state["whatif_current"]["monthly_salary"]
    assert salary == pytest.approx(5039.275)  # the shown text does not round what is calculated
    assert _effect(at) == []
    captions = [c.value for c in at.caption]
    assert any(c.startswith("Nog niets veranderd.") for c in captions)
    assert not [f for f in at.dataframe if "Verschil (€)" in f.value.columns]
    assert not at.get("vega_lite_chart")
    assert not at.error


def test_key_edit_shows_the_difference_per_partner_in_euro_and_percent(app_env):
    at = _page()
    at = _edit(at, "mun", {1: {"key_pct": "17,2"}, 2: {"key_pct": "30,8 %"}})  # Ermelo +2, Harderwijk −2
    assert not at.error, [e.value for e in at.error]
    diffs = _differences(at)
    moved = HALF * 0.02
    harderwijk = diffs.loc[("Harderwijk", "Aandeel")]
    assert harderwijk["Overeenkomst"] == fmt.money(HALF * 0.328)
    assert harderwijk["Scenario"] == fmt.money(HALF * 0.308)
    assert harderwijk["Verschil (€)"] == "− " + fmt.money(moved)  # a real minus sign, in front
    assert harderwijk["Verschil (%)"] == "− 6,1 %"  # 2 points of 32,8 %
    assert diffs.loc[("Ermelo", "Aandeel"), "Verschil (€)"] == "+ " + fmt.money(moved)
    assert diffs.loc[("Ermelo", "Verrekening"), "Verschil (€)"] == "− " + fmt.money(moved)  # pays more
    assert diffs.loc[("Uwoon", "Aandeel"), "Verschil (€)"] == "€ 0"
    metrics = {m.label: m for m in at.metric}
    assert not metrics["Programmakosten per jaar (scenario)"].delta  # the total did not move
    assert len(at.get("vega_lite_chart")) == 1  # the chart of the differences


def test_keys_not_adding_up_give_a_message_and_normalise_fixes_them(app_env):
    at = _page()
    at = _edit(at, "mun", {0: {"key_pct": "20"}})  # Elburg 13.8 → 20: sum 106.2 %
    errors = [e.value for e in at.error]
    assert errors == [
        "De verdeelsleutel van de gemeenten telt op tot 106,20 % in plaats van 100 %; "
        "pas de percentages aan of normaliseer ze."
    ]
    assert not [f for f in at.dataframe if "Verschil (€)" in f.value.columns]  # no results on bad keys
    assert at.button(key="whatif_save").disabled
    at.button(key="whatif_normalise_municipal_keys").click().run()
    assert not at.error
    assert _editor_texts(at, MUNICIPALITIES)["Elburg"] == "18,83 %"  # 20 / 106,2 × 100 = 18,832...
    keys = _current(at)
    assert sum(keys.values()) == pytest.approx(100.0)  # calculated unrounded
    assert keys["Elburg"] == pytest.approx(20.0 / 106.2 * 100)
    diffs = _differences(at)
    assert diffs.loc[("Elburg", "Aandeel"), "Scenario"] == fmt.money(HALF * 20.0 / 106.2)


def test_corporate_hours_edit_makes_a_corporation_a_payer(app_env):
    at = _page()
    at = _edit(at, "corp", {3: {"hours": "0"}, 2: {"hours": "45"}})  # WSP's 9 h move to Uwoon
    assert not at.error
    diffs = _differences(at)
    assert diffs.loc[("Woningstichting Putten", "Verrekening"), "Scenario"] == "− " + fmt.money(HALF * 0.12)
    assert any("In dit scenario betaalt Woningstichting Putten bij" in i.value for i in at.info)
    payers = [f.value for f in at.dataframe if f.value.index.name == "Betaler ↓ / ontvanger →"]
    assert "Woningstichting Putten" in payers[0].index


def test_split_salary_and_charges_change_the_programme(app_env):
    at = _page()
    at.text_input(key="whatif_split").input("60").run()
    at.text_input(key="whatif_salary").input("€ 5.000").run()
    at.text_input(key="whatif_charges").input("25 %").run()
    assert not at.error, [e.value for e in at.error]
    programme = 5000 * 12 * 1.10 * 1.25 * 71 / 36
    metrics = {m.label: m for m in at.metric}
    assert metrics["Programmakosten per jaar (scenario)"].value == fmt.money(programme)
    assert metrics["Programmakosten per jaar (scenario)"].delta == "-" + fmt.money(PROGRAMME_2026 - programme)
    diffs = _differences(at)
    assert diffs.loc[("Harderwijk", "Aandeel"), "Scenario"] == fmt.money(programme * 0.6 * 0.328)


def test_keys_derived_from_social_rental_homes(app_env):
    at = _page()
    homes = {
        0: {"homes": "1.000"},
        1: {"homes": "1000"},
        2: {"homes": "2.000"},
        3: {"homes": "0"},
        4: {"homes": "500"},
        5: {"homes": "500"},
    }
    at.session_state["whatif_stock_mun"] = {"edited_rows": homes, "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="whatif_derive").click().run()
    assert _current(at) == {
        "Elburg": 20.0,
        "Ermelo": 20.0,
        "Harderwijk": 40.0,
        "Nunspeet": 0.0,
        "Oldebroek": 10.0,
        "Putten": 10.0,
    }
    assert _editor_texts(at, MUNICIPALITIES)["Harderwijk"] == "40,00 %"
    assert _current(at, "corporate_keys") == dict(default_parameters().corporate_keys)  # untouched
    assert _differences(at).loc[("Nunspeet", "Aandeel"), "Scenario"] == "€ 0"


def test_save_open_and_compare_named_scenarios(fresh_env):
    at = _page()
    assert "Er zijn nog geen scenario's opgeslagen." in [c.value for c in at.caption]
    at = _edit(at, "mun", {1: {"key_pct": "17,2"}, 2: {"key_pct": "30,8"}})
    at.text_input(key="whatif_save_name").input("Ermelo meer").run()
    at.button(key="whatif_save").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "Scenario 'Ermelo meer' is opgeslagen." in [s.value for s in at.success]
    engine = open_database(fresh_env)
    saved = load_scenario(engine, "Ermelo meer").scenario
    assert saved.overrides == {
        "municipal_keys": dict(default_parameters().municipal_keys) | {"Ermelo": 17.2, "Harderwijk": 30.8}
    }
    assert saved.year == 2026

    # A second scenario saved elsewhere; then reset, open the first one and compare both
    save_scenario(engine, Actor("bob", "steering"), Scenario("Gemeenten 40 %", {"municipal_part_pct": 40.0}))
    at.button(key="whatif_reset").click().run()
    assert _effect(at) == [] and _current(at) == dict(default_parameters().municipal_keys)
    at.run()  # a full rerun (not the panel's) lists the colleague's scenario
    at.selectbox(key="whatif_pick").select("Ermelo meer").run()
    at.button(key="whatif_open").click().run()
    assert "Geopend scenario: **Ermelo meer**" in [m.value for m in at.caption]
    assert _editor_texts(at, MUNICIPALITIES)["Harderwijk"] == "30,80 %"
    assert _differences(at).loc[("Harderwijk", "Aandeel"), "Verschil (€)"] == "− " + fmt.money(HALF * 0.02)

    at.multiselect(key="whatif_compare").set_value(["Ermelo meer", "Gemeenten 40 %"]).run()
    side = next(f.value for f in at.dataframe if "Gemeenten 40 %: verschil" in f.value.columns)
    side = side.set_index(["Partner", "Onderdeel"])
    assert side.loc[("Harderwijk", "Aandeel"), "Ermelo meer: verschil"] == "− " + fmt.money(HALF * 0.02)
    assert side.loc[("Harderwijk", "Aandeel"), "Gemeenten 40 %"] == fmt.money(PROGRAMME_2026 * 0.4 * 0.328)
    assert list(list_scenarios(engine)["name"]) == ["Gemeenten 40 %", "Ermelo meer"]


def test_saving_without_a_name_or_twice_gives_a_dutch_message(fresh_env):
    at = _page()
    at.button(key="whatif_save").click().run()
    assert [e.value for e in at.error] == ["Geef het scenario een naam."]
    at.text_input(key="whatif_save_name").input("Dubbel").run()
    at.button(key="whatif_save").click().run()
    at.button(key="whatif_save").click().run()
    assert any("Er bestaat al een scenario met de naam 'Dubbel'" in e.value for e in at.error)


def test_edits_survive_a_visit_to_another_page(app_env):
    at = _page()
    at = _edit(at, "mun", {1: {"key_pct": "17,2"}, 2: {"key_pct": "30,8"}})
    at.text_input(key="whatif_split").input("60").run()
    at.switch_page("pages/costs.py").run()
    at.switch_page("pages/whatif.py").run()
    assert _editor_texts(at, MUNICIPALITIES)["Harderwijk"] == "30,80 %"
    assert at.text_input(key="whatif_split").value == "60,00 %"
    programme = PROGRAMME_2026
    assert _differences(at).loc[("Harderwijk", "Aandeel"), "Scenario"] == fmt.money(programme * 0.6 * 0.308)


def test_excel_export_of_a_scenario_comparison_holds_numbers_and_safe_names():
    import io

    import openpyxl

    from ui.whatif_view import _workbook

    scenario = Scenario("=1+1", {"municipal_part_pct": 40.0})
    wb = openpyxl.load_workbook(io.BytesIO(_workbook(default_parameters(), 2026, [scenario])))
    diffs = wb["Verschillen"]
    assert diffs.cell(1, 5).value == "'=1+1 (€)"
    programme_row = [c.value for c in diffs[2]]
    assert programme_row[3] == pytest.approx(PROGRAMME_2026)
    assert programme_row[4] == pytest.approx(PROGRAMME_2026)  # the split does not change the total
    assert not [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_dutch_decimals_are_read_as_typed_and_stated_per_partner(app_env):
    at = _edit(_page(), "mun", {1: {"key_pct": "16,5"}, 2: {"key_pct": "31,5"}})
    assert not at.error, [e.value for e in at.error]
    assert _current(at)["Ermelo"] == 16.5 and _current(at)["Harderwijk"] == 31.5
    assert _effect(at) == [
        "Ermelo betaalt € 1.109 meer per jaar (€ 14.070 in plaats van € 12.961)",
        "Harderwijk betaalt € 1.109 minder per jaar (€ 26.861 in plaats van € 27.970)",
    ]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "abc",
            "Ermelo: ‘abc’ is geen getal. Typ bijvoorbeeld 16,5 (met een komma). "
            "Er wordt nog gerekend met 15,20 %.",
        ),
        (
            "-3",
            "Ermelo: ‘-3’ kan niet, want een sleutel ligt tussen 0 % en 100 %. "
            "Er wordt nog gerekend met 15,20 %.",
        ),
        (
            "16.5",  # a decimal point in Dutch is refused, never read as 165
            "Ermelo: ‘16.5’ is geen getal. Typ bijvoorbeeld 16,5 (met een komma). "
            "Er wordt nog gerekend met 15,20 %.",
        ),
        (
            "165",
            "Ermelo: ‘165’ kan niet, want een sleutel ligt tussen 0 % en 100 %. "
            "Er wordt nog gerekend met 15,20 %.",
        ),
    ],
)
def test_impossible_key_is_refused_by_name_and_nothing_changes(app_env, typed, message):
    at = _edit(_page(), "mun", {1: {"key_pct": typed}})
    assert [e.value for e in at.error] == [message]
    assert _current(at) == dict(default_parameters().municipal_keys)  # Ermelo still 15,2
    assert _effect(at) == []
    assert at.button(key="whatif_save").disabled


def test_impossible_hours_and_salary_are_refused_next_to_the_field(app_env):
    at = _edit(_page(), "corp", {2: {"hours": "veel"}})
    at.text_input(key="whatif_salary").input("-100").run()
    errors = [e.value for e in at.error]
    assert errors == [
        "Uwoon: ‘veel’ is geen getal. Typ bijvoorbeeld 36 of 37,5. Er wordt nog gerekend met 36.",
        "Salarisbasis: bruto per maand: ‘-100’ kan niet, want het salaris per maand ligt tussen "
        "€ 0,01 en € 100.000. Er wordt nog gerekend met € 5.039,28.",
    ]
    assert at.session_state["whatif_current"]["weekly_hours"]["Uwoon"] == 36.0
    assert _effect(at) == []


def test_english_mode_reads_english_notation(app_env):
    at = _page()
    at.session_state["lang"] = "en"
    at.run()
    assert _editor_texts(at, MUNICIPALITIES)["Ermelo"] == "15.20 %"
    assert at.text_input(key="whatif_salary").value == "€5,039.28"
    at = _edit(at, "mun", {1: {"key_pct": "16.5"}, 2: {"key_pct": "31,5"}})
    assert [e.value for e in at.error] == [
        "Harderwijk: ‘31,5’ is not a number. Type for example 16.5. The calculation still uses 32.80 %.",
        "The cost key of the municipalities adds up to 101.30 % instead of 100 %; adjust the "
        "percentages or normalise them.",  # 16,5 + the 32,8 kept
    ]
    at = _edit(at, "mun", {1: {"key_pct": "16.5"}, 2: {"key_pct": "31.5"}})
    assert _effect(at) == [
        "Ermelo pays € 1,109 more per year (€ 14,070 instead of € 12,961)",
        "Harderwijk pays € 1,109 less per year (€ 26,861 instead of € 27,970)",
    ]


def test_scenario_names_are_shown_safe_and_only_the_owner_sees_delete(fresh_env, monkeypatch):
    import ui.whatif_view

    engine = open_database(fresh_env)
    save_scenario(
        engine, Actor("Bob", "steering", account="bob"), Scenario("=1+1", {"municipal_part_pct": 40.0})
    )
    monkeypatch.setattr(ui.whatif_view, "current_actor", lambda: Actor("Ann", "steering", account="ann"))
    at = _page()
    listed = next(f.value for f in at.dataframe if "Gemaakt door" in f.value.columns)
    assert listed["Naam"].tolist() == ["'=1+1"]
    assert not [b for b in at.button if b.key == "whatif_delete"]
    assert "Alleen wie dit scenario heeft opgeslagen, of een beheerder, kan het verwijderen." in [
        c.value for c in at.caption
    ]
    at.multiselect(key="whatif_compare").set_value(["=1+1"]).run()
    side = next(f.value for f in at.dataframe if "'=1+1: verschil" in f.value.columns)
    assert "'=1+1" in side.columns

    monkeypatch.setattr(ui.whatif_view, "current_actor", lambda: Actor("Bob", "steering", account="bob"))
    at.run()
    at.checkbox(key="whatif_delete_confirm").check().run()
    at.button(key="whatif_delete").click().run()
    assert list_scenarios(engine).empty


def test_a_scenario_name_is_shown_as_typed_not_as_markdown(fresh_env):
    at = _edit(_page(), "mun", {1: {"key_pct": "17,2"}, 2: {"key_pct": "30,8"}})
    at.text_input(key="whatif_save_name").input("![x](http://example.org/t.png) **vet**").run()
    at.button(key="whatif_save").click().run()
    [saved] = [s.value for s in at.success]
    assert saved == r"Scenario '\!\[x\]\(http://example\.org/t\.png\) \*\*vet\*\*' is opgeslagen."


def test_edits_survive_switching_the_language(app_env):
    at = _edit(_page(), "mun", {1: {"key_pct": "16,5"}, 2: {"key_pct": "31,5"}})
    at.session_state["lang"] = "en"
    at.run()
    assert not at.error, [e.value for e in at.error]
    assert _editor_texts(at, MUNICIPALITIES)["Ermelo"] == "16.50 %"
    assert at.text_input(key="whatif_salary").value == "€5,039.28"
    assert _effect(at)[0] == "Ermelo pays € 1,109 more per year (€ 14,070 instead of € 12,961)"
