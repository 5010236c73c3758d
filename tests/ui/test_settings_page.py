"""Instellingen: an admin edits the salary table in a data editor; saving makes a new, audited
parameter version from the chosen date and the cost pages follow."""

from datetime import date
from pathlib import Path

from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from data_access import repositories as repo
from data_access.db import open_database
from data_access.models import AuditEntry
from reporting import formatting as fmt
from tests.ui.apptest import open_page

ROOT = Path(__file__).resolve().parents[2]


def _settings() -> AppTest:
    return open_page("pages/settings.py")


def _edit_salary(at, edited_rows, added_rows=()):
    at.session_state["settings_salary_editor"] = {
        "edited_rows": edited_rows,
        "added_rows": list(added_rows),
        "deleted_rows": [],
    }
    return at.run()


def test_admin_saves_an_edited_salary_table_as_a_new_version(fresh_env):
    at = _settings()
    at = _edit_salary(
        at,
        {0: {"monthly": "€ 4.800", "source": "cao Woondiensten 2024", "indicative": False}},
        [{"year": 2026, "monthly": "5.100,00", "source": "cao 2026", "indicative": False}],
    )
    at.date_input(key="settings_salary_valid_from").set_value(date(2026, 1, 1)).run()
    at.button(key="settings_salary_save").click().run()
    assert not at.error, [e.value for e in at.error]
    assert (
        "De salaristabel is opgeslagen als nieuwe versie (geldig vanaf 01-01-2026). "
        "De kosten zijn opnieuw berekend."
    ) in [s.value for s in at.success]

    engine = open_database(fresh_env)
    params = repo.parameters_for_year(engine, 2026)
    assert params.salary[2024].monthly == 4800.0 and params.salary[2024].indicative is False
    assert params.salary[2026].monthly == 5100.0
    assert repo.parameters_for_year(engine, 2025).salary[2024].monthly == 4750.0  # older version kept
    with engine.connect() as conn:
        actions = [a for (a,) in conn.execute(select(AuditEntry.action))]
    assert actions == ["parameters_saved"]

    # The read-only table and the Kosten page follow at once (caches cleared)
    salary = next(f.value for f in at.table if "Bedrag per maand" in f.value.columns)
    assert fmt.money(5100.0, cents=True) in list(salary["Bedrag per maand"])
    at.switch_page("pages/costs.py").run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Kosten per fte per jaar"] == fmt.money(5100 * 12 * 1.10 * 1.30)
    steps = next(f.value for f in at.table if "Stap" in f.value.columns).set_index("Stap")
    assert steps.iloc[0]["Bedrag"] == fmt.money(5100.0, cents=True)
    # A verified salary is no longer an assumption; the employer charges still are
    notes = [c.value for c in at.caption if c.value.startswith("⚠️ aanname")]
    assert notes == [
        "⚠️ aanname: deze bedragen rusten op werkgeverslasten 30,0 % (algemene bandbreedte 20-35 %). "
        "Een beheerder past de salaristabel aan onder Instellingen.",
        "⚠️ aanname — stap 4 en 6: werkgeverslasten 30,0 % (algemene bandbreedte 20-35 %).",
    ]


def test_invalid_salary_rows_are_refused_with_a_dutch_message(fresh_env):
    at = _settings()
    at = _edit_salary(at, {}, [{"year": 2024, "monthly": "4900", "source": "dubbel", "indicative": True}])
    at.button(key="settings_salary_save").click().run()
    errors = [e.value for e in at.error]
    assert errors == ["Niet opgeslagen: Regel 2: het jaar 2024 staat meer dan eens in de tabel."]
    assert len(repo.parameter_sets(open_database(fresh_env))) == 1


def test_versions_are_listed(fresh_env):
    at = _settings()
    versions = next(f.value for f in at.dataframe if "Geldt vanaf" in f.value.columns)
    assert list(versions["Geldt vanaf"]) == ["01-01-2024"]
    assert list(versions["Door"]) == ["systeem"]


def test_english_settings_speak_of_hours_not_uur(app_env):
    at = _settings()
    at.sidebar.radio(key="widget_lang").set_value("en").run()
    other = at.table[1].value.set_index("Term")
    assert other.loc["Full-time week (cao Woondiensten)", "Value"] == "36 hours"
    assert other.loc["Target first year (conversations / moves)", "Value"] == "200 / 50"


def _editor_amounts(at) -> list[str]:
    editor = next(f.value for f in at.dataframe if "monthly" in f.value.columns)
    return list(editor["monthly"])


def test_salary_editor_shows_and_reads_dutch_money(fresh_env):
    at = _settings()
    assert _editor_amounts(at) == ["€ 4.750,00"]
    at = _edit_salary(at, {0: {"monthly": "4.750,5O"}})  # a letter O for a zero
    at.button(key="settings_salary_save").click().run()
    assert [e.value for e in at.error] == [
        "Niet opgeslagen: Regel 1: ‘4.750,5O’ is geen bedrag. Typ het bedrag per maand, "
        "bijvoorbeeld € 4.750,00."
    ]
    assert len(repo.parameter_sets(open_database(fresh_env))) == 1  # nothing stored
    at = _edit_salary(at, {0: {"monthly": "4.750,50"}})
    at.button(key="settings_salary_save").click().run()
    assert not at.error, [e.value for e in at.error]
    assert repo.parameters_for_year(open_database(fresh_env), 2024).salary[2024].monthly == 4750.5


def test_salary_editor_in_english_notation(fresh_env):
    at = _settings()
    at.sidebar.radio(key="widget_lang").set_value("en").run()
    assert _editor_amounts(at) == ["€4,750.00"]


def test_other_terms_are_shown_whole_in_a_wrapping_table(app_env):
    other = _settings().table[1].value.set_index("Afspraak")
    assert other.loc["Inleveren rapportage", "Waarde"] == "uiterlijk eind van maand 1 na het kwartaal"
    assert other.loc["Werkgeverslasten", "Waarde"] == "30,0 % ⚠️ aanname"
