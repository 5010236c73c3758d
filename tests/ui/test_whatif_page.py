"""Wat-als page: keys edited through the data editor's session state, live sum checks with
"Normaliseren", differences per partner in euros and percent, keys from housing stock, and
saving / opening / comparing named scenarios."""

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
    key = f"whatif_{kind}_v{at.session_state['whatif_editor_version']}"
    at.session_state[key] = {"edited_rows": edited_rows, "added_rows": [], "deleted_rows": []}
    return at.run()


def _differences(at: AppTest):
    frame = next(f.value for f in at.dataframe if "Verschil (€)" in f.value.columns)
    return frame.set_index(["Partner", "Onderdeel"])


def _editor_values(at: AppTest, first_column_values: list[str]):
    for editor in at.dataframe:
        frame = editor.value
        if "key_pct" in frame.columns and list(frame["partner"]) == first_column_values:
            return dict(zip(frame["partner"], frame["key_pct"], strict=True))
    raise AssertionError("editor not found")


def test_page_starts_at_the_agreement_without_differences(app_env):
    at = _page()
    assert at.title[0].value == "Wat-als 2026"
    diffs = _differences(at)
    assert diffs.loc[("Harderwijk", "Aandeel"), "Scenario"] == fmt.money(HALF * 0.328)
    assert set(diffs["Verschil (€)"]) == {"€ 0"}
    assert "Het scenario is gelijk aan de overeenkomst." in [c.value for c in at.caption]
    assert not at.error


def test_key_edit_shows_the_difference_per_partner_in_euro_and_percent(app_env):
    at = _page()
    at = _edit(at, "mun", {1: {"key_pct": 17.2}, 2: {"key_pct": 30.8}})  # Ermelo +2, Harderwijk −2
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
    assert metrics["Grootste verschil"].value in {"+ " + fmt.money(moved), "− " + fmt.money(moved)}
    assert not metrics["Programmakosten per jaar (scenario)"].delta  # the total did not move
    assert len(at.get("vega_lite_chart")) == 1  # the chart of the differences


def test_keys_not_adding_up_give_a_message_and_normalise_fixes_them(app_env):
    at = _page()
    at = _edit(at, "mun", {0: {"key_pct": 20.0}})  # Elburg 13.8 → 20: sum 106.2 %
    errors = [e.value for e in at.error]
    assert errors == [
        "De verdeelsleutel van de gemeenten telt op tot 106,20 % in plaats van 100 %; "
        "pas de percentages aan of normaliseer ze."
    ]
    assert not [f for f in at.dataframe if "Verschil (€)" in f.value.columns]  # no results on bad keys
    assert at.button(key="whatif_save").disabled
    at.button(key="whatif_normalise_municipal_keys").click().run()
    assert not at.error
    keys = _editor_values(at, MUNICIPALITIES)
    assert sum(keys.values()) == pytest.approx(100.0)
    assert keys["Elburg"] == pytest.approx(20.0 / 106.2 * 100)
    diffs = _differences(at)
    assert diffs.loc[("Elburg", "Aandeel"), "Scenario"] == fmt.money(HALF * 20.0 / 106.2)


def test_corporate_hours_edit_makes_a_corporation_a_payer(app_env):
    at = _page()
    at = _edit(at, "corp", {3: {"hours": 0.0}, 2: {"hours": 45.0}})  # WSP's 9 h move to Uwoon
    assert not at.error
    diffs = _differences(at)
    assert diffs.loc[("Woningstichting Putten", "Verrekening"), "Scenario"] == "− " + fmt.money(HALF * 0.12)
    assert any("In dit scenario betaalt Woningstichting Putten bij" in i.value for i in at.info)
    payers = [f.value for f in at.dataframe if f.value.index.name == "Betaler ↓ / ontvanger →"]
    assert "Woningstichting Putten" in payers[0].index


def test_split_salary_and_charges_change_the_programme(app_env):
    at = _page()
    at.slider(key="whatif_split").set_value(60.0).run()
    at.number_input(key="whatif_salary").set_value(5000.0).run()
    at.slider(key="whatif_charges").set_value(25.0).run()
    programme = 5000 * 12 * 1.10 * 1.25 * 71 / 36
    metrics = {m.label: m for m in at.metric}
    assert metrics["Programmakosten per jaar (scenario)"].value == fmt.money(programme)
    assert metrics["Programmakosten per jaar (scenario)"].delta == "-" + fmt.money(PROGRAMME_2026 - programme)
    diffs = _differences(at)
    assert diffs.loc[("Harderwijk", "Aandeel"), "Scenario"] == fmt.money(programme * 0.6 * 0.328)


def test_keys_derived_from_social_rental_homes(app_env):
    at = _page()
    homes = {
        0: {"homes": 1000},
        1: {"homes": 1000},
        2: {"homes": 2000},
        3: {"homes": 0},
        4: {"homes": 500},
        5: {"homes": 500},
    }
    at.session_state["whatif_stock_mun"] = {"edited_rows": homes, "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="whatif_derive").click().run()
    keys = _editor_values(at, MUNICIPALITIES)
    assert keys == {
        "Elburg": 20.0,
        "Ermelo": 20.0,
        "Harderwijk": 40.0,
        "Nunspeet": 0.0,
        "Oldebroek": 10.0,
        "Putten": 10.0,
    }
    assert _editor_values(at, CORPORATIONS) == dict(default_parameters().corporate_keys)  # untouched
    assert _differences(at).loc[("Nunspeet", "Aandeel"), "Scenario"] == "€ 0"


def test_save_open_and_compare_named_scenarios(fresh_env):
    at = _page()
    assert "Er zijn nog geen scenario's opgeslagen." in [c.value for c in at.caption]
    at = _edit(at, "mun", {1: {"key_pct": 17.2}, 2: {"key_pct": 30.8}})
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
    assert set(_differences(at)["Verschil (€)"]) == {"€ 0"}
    at.run()  # a full rerun (not the panel's) lists the colleague's scenario
    at.selectbox(key="whatif_pick").select("Ermelo meer").run()
    at.button(key="whatif_open").click().run()
    assert "Geopend scenario: **Ermelo meer**" in [m.value for m in at.caption]
    assert _editor_values(at, MUNICIPALITIES)["Harderwijk"] == 30.8
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
    at = _edit(at, "mun", {1: {"key_pct": 17.2}, 2: {"key_pct": 30.8}})
    at.slider(key="whatif_split").set_value(60.0).run()
    at.switch_page("pages/costs.py").run()
    at.switch_page("pages/whatif.py").run()
    assert _editor_values(at, MUNICIPALITIES)["Harderwijk"] == 30.8
    assert at.slider(key="whatif_split").value == 60.0
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
