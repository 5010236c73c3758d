"""The Upload page with real files: template, errors table, preview with what changes, Opslaan,
replacing and restoring versions, the identical file, and a corporation user's limits."""

import sqlite3
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from data_access import report_format, services, versions
from data_access.access import OPERATOR, Actor
from data_access.db import forget_engine, open_database
from tests.conftest import TODAY
from tests.data_access import hostile_files as hf
from tests.data_access import messy_files as mf
from tests.ui.apptest import open_page

ROOT = Path(__file__).resolve().parents[2]
DEMO_UWOON_K3 = ROOT / "sample_data" / "workbooks" / "2026-K3-uwoon.xlsx"


@pytest.fixture
def upload_db(demo_sqlite_url, tmp_path, monkeypatch):
    """A private copy of the demo database: these tests write to it."""
    url = f"sqlite:///{tmp_path / 'upload.sqlite'}"
    source = sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///"))
    target = sqlite3.connect(url.removeprefix("sqlite:///"))
    source.backup(target)
    source.close()
    target.close()
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())
    yield url
    forget_engine(url)


def _page() -> AppTest:
    return open_page("pages/upload.py")


def _upload(at: AppTest, content: bytes, name: str = "rapportage.xlsx") -> AppTest:
    at.file_uploader[0].set_value((name, content, mf.XLSX_MIME)).run()
    assert not at.exception, at.exception
    return at


def _texts(elements) -> str:
    return " | ".join(e.value for e in elements)


def _infos(at: AppTest) -> list[str]:
    """The page's own notes (not the demo-data banner every page shows)."""
    return [i.value for i in at.info if not i.value.startswith("Demogegevens:")]


def _deltawonen_k4() -> bytes:
    """The quarter deltaWonen never sent in the demo data (2025-K4)."""
    return mf.report_bytes(
        corporation="deltaWonen",
        year=2025,
        quarter=4,
        activity=[["Wezep", 12, 6, 2, 1, 1, 220, 150]],
        hours=[["oktober", 20], ["november", 25], ["december", 22.5]],
        moves=False,
    )


def test_page_offers_the_template_history_and_status(upload_db):
    at = _page()
    assert at.title[0].value == "Kwartaalrapportage uploaden"
    # The four steps are one heading level below the title (axe: headings do not skip a level).
    assert [s.value for s in at.header] == [
        "1. Sjabloon",
        "2. Uploaden",
        "3. Ingediende rapportages",
        "4. Status per kwartaal",
    ]
    assert not at.subheader
    assert not _infos(at) and not at.warning and not at.error  # nothing to say before a file
    template, original = at.get("download_button")
    assert template.proto.label == "Download sjabloon deltaWonen 2026-K3"  # the last quarter that ended
    assert original.proto.label.startswith("Download ")  # an administrator's original files
    history, status = at.table[0].value, at.dataframe[0].value
    assert len(history) == 43
    assert status.index.name == "Kwartaal"  # quarters down, corporations across
    assert status.loc["2025-K4", "deltaWonen"] == "❌ Ontbreekt"


def test_new_report_preview_then_opslaan_updates_every_page(upload_db):
    before = services.year_figures(open_database(upload_db), 2025).conversations
    at = _upload(_page(), _deltawonen_k4())
    assert not at.error
    # deltaWonen never sent 2025-K4: one sentence, a first version, and nothing replaced
    assert _infos(at) == ["Dit wordt de eerste versie voor 2025-K4."]
    assert not at.warning
    assert "Voorbeeld: deltaWonen, 2025-K4" in [h.value for h in at.header]
    activity = at.table[0].value
    changes, year_effect, hours = (d.value for d in at.dataframe[:3])
    assert list(activity.columns) == ["Cijfer", "Oldebroek"]  # Wezep is a village of Oldebroek
    assert activity.set_index("Cijfer").loc["Uitvoerige gesprekken (>1 uur)", "Oldebroek"] == 6
    # in Dutch, each figure is named as in the template the corporation filled in
    assert list(activity["Cijfer"]) == [c.header for c in report_format.ACTIVITY_COLUMNS[1:]]
    assert hours["Uren"].tolist() == ["20,0", "25,0", "22,5"]
    assert changes.set_index("Cijfer").loc["Verhuizingen", "Na opslaan"] == "2"
    row = year_effect.set_index("Cijfer").loc["Uitvoerige gesprekken (>1 uur)"]
    assert (row["Nu"], row["Na opslaan"], row["Verschil"]) == (
        str(before),
        str(before + 6),
        "+6",
    )

    at.button(key="upload_save").click().run()
    assert "Opgeslagen als versie 1 van deltaWonen 2025-K4." in _texts(at.success)
    assert services.year_figures(open_database(upload_db), 2025).conversations == before + 6
    status = at.dataframe[-1].value
    assert status.loc["2025-K4", "deltaWonen"] == "🕒 Te laat ingediend"
    assert at.file_uploader[0].value is None  # ready for the next file
    at.switch_page("pages/overview.py").run()
    at.selectbox(key="widget_jaar").select(2025).run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Uitvoerige gesprekken (>1 uur)"] == str(before + 6)  # caches cleared


def test_bad_report_shows_every_problem_and_no_save_button(upload_db):
    before = mf.database_state(open_database(upload_db))
    bad = mf.report_bytes(activity=[["Amsterdam", 1, 1, 2, 3, 0, 10, 5]], hours=[["juli", 300]])
    at = _upload(_page(), bad)
    assert "Het bestand is niet opgeslagen: 5 problemen gevonden." in _texts(at.error)
    problems = at.table[0].value
    assert list(problems.columns) == ["Blad", "Rij", "Kolom", "Gevonden waarde", "Wat er moet gebeuren"]
    assert problems.iloc[0].tolist()[:4] == ["Rapportage", "8", "Gemeente", "Amsterdam"]
    assert "Uren" in problems["Blad"].tolist()
    assert not [b for b in at.button if b.key == "upload_save"]
    assert mf.database_state(open_database(upload_db)) == before


def test_unreadable_file_is_explained(upload_db):
    at = _upload(_page(), b"%PDF-1.7 niet echt", "verslag.xlsx")
    assert "PDF-bestand" in at.table[0].value.iloc[0]["Wat er moet gebeuren"]


def test_identical_file_says_it_is_already_stored(upload_db):
    at = _upload(_page(), DEMO_UWOON_K3.read_bytes(), "nogmaals.xlsx")
    [info] = _infos(at)  # one sentence, and neither "eerste versie" nor "vervangt"
    assert info.startswith("Dit bestand is al opgeslagen als versie 1 (geüpload op ")
    assert not at.warning
    assert not [b for b in at.button if b.key == "upload_save"]


def test_replacing_then_restoring_through_the_page(upload_db):
    engine = open_database(upload_db)
    activity = [["Harderwijk", 40, 30, 3, 1, 1, 531, 395]]
    at = _upload(_page(), mf.report_bytes(activity=activity, moves=False), "correctie.xlsx")
    [warning] = at.warning
    assert warning.value.startswith("Let op: dit vervangt versie 1 van 2026-K3 (geüpload op ")
    assert not _infos(at)  # not also "Dit wordt de eerste versie"
    changes = at.dataframe[0].value
    assert "Nu (versie 1)" in changes.columns
    at.button(key="upload_save").click().run()
    assert "Opgeslagen als versie 2 van Uwoon 2026-K3; versie 1 staat nu in de geschiedenis." in _texts(
        at.success
    )
    assert versions.active_version(engine, OPERATOR, "Uwoon", 2026, 3).file_name == "correctie.xlsx"

    old = versions.history(engine, OPERATOR, "Uwoon").query("year == 2026 and quarter == 3 and version == 1")
    at.selectbox(key="restore_choice").select(int(old["id"].item())).run()
    at.button(key="restore_button").click().run()
    assert "Versie 1 van Uwoon 2026-K3 is weer in gebruik; versie 2 staat in de geschiedenis." in _texts(
        at.success
    )
    assert versions.active_version(engine, OPERATOR, "Uwoon", 2026, 3).version == 1


def test_corporation_user_is_fixed_to_their_own_corporation(upload_db, monkeypatch):
    import ui.auth

    monkeypatch.setattr(
        ui.auth,
        "current_actor",
        lambda: Actor("coach", "corporation", corporation="Omnia Wonen", account="coach"),
    )
    at = _page()
    corporation = at.selectbox(key="template_corporation")
    assert (corporation.options, corporation.disabled) == (["Omnia Wonen"], True)
    history = at.table[0].value
    assert set(history["Corporatie"]) == {"Omnia Wonen"}
    # Its own original files to download, but no restore for a corporation user
    assert [e.label for e in at.expander] == ["Originele bestanden downloaden"]
    at = _upload(at, DEMO_UWOON_K3.read_bytes())
    assert "Dit bestand is van Uwoon; u kunt alleen rapportages van uw eigen corporatie opslaan." in _texts(
        at.error
    )
    assert not [b for b in at.button if b.key == "upload_save"]


def test_file_identical_to_a_replaced_version_is_pointed_out(upload_db):
    engine = open_database(upload_db)
    correction = mf.report_bytes(activity=[["Harderwijk", 40, 30, 3, 1, 1, 531, 395]], moves=False)
    services.import_file(engine, correction, "correctie.xlsx", Actor("secretaris"), today=TODAY)
    at = _upload(_page(), DEMO_UWOON_K3.read_bytes(), "oud.xlsx")
    [info] = _infos(at)  # no "Dit wordt de eerste versie" next to the replacement of version 2
    assert "precies gelijk aan versie 1, die eerder is vervangen" in info
    assert "dit vervangt versie 2 van 2026-K3" in _texts(at.warning)
    at.button(key="upload_save").click().run()
    assert versions.active_version(engine, OPERATOR, "Uwoon", 2026, 3).version == 3
    assert versions.superseded_identical_version(engine, OPERATOR, "Uwoon", 2026, 3, "0" * 64) is None


def test_dimension_bomb_is_refused_on_the_page_and_the_app_goes_on(upload_db):
    before = mf.database_state(open_database(upload_db))
    bomb = hf.far_cell(mf.report_bytes(), "Rapportage", "XFD1048576")
    at = _upload(_page(), bomb, "bom.xlsx")
    assert "Het bestand is niet opgeslagen: 1 probleem gevonden." in _texts(at.error)
    [problem] = at.table[0].value.to_dict("records")
    assert (problem["Blad"], problem["Gevonden waarde"]) == ("Rapportage", "A1:XFD1048576")
    assert problem["Wat er moet gebeuren"].startswith("Het blad 'Rapportage' beslaat A1:XFD1048576")
    assert mf.database_state(open_database(upload_db)) == before
    at.switch_page("pages/overview.py").run()
    assert not at.exception and at.metric  # the same server renders the next page


def test_problems_are_shown_in_english_in_the_english_mode(upload_db):
    at = _page()
    at.session_state["lang"] = "en"  # what the sidebar's language choice stores
    at.run()
    bad = mf.report_bytes(activity=[["Hardewijk", 1, 1, 2, 3, 0, 10, 5]], hours=[["juli", "veel"]])
    at = _upload(at, bad)
    # the village, 3 priority moves of 2 moves, August and September missing, "veel" hours
    assert _texts(at.error).startswith("The file was not stored: 5 problems found.")  # not "problem(s)"
    problems = at.table[0].value
    assert list(problems.columns) == ["Sheet", "Row", "Column", "Value found", "What is expected"]
    messages = problems.set_index("Value found")["What is expected"]
    assert messages["Hardewijk"].startswith("Unknown municipality or village; did you mean Harderwijk?")
    assert messages["veel"] == "'Uren verhuiscoach' must be a number of hours, for example 86.5 or 86:30."


def test_text_from_the_file_is_shown_so_that_an_export_cannot_run_it(upload_db):
    dde = hf.replace_cell(
        mf.report_bytes(), "Rapportage", "B8", hf.formula_cell("B8", "cmd|' /C calc'!A0", "20")
    )
    at = _upload(_page(), dde)
    [problem] = at.table[0].value.to_dict("records")
    assert problem["Gevonden waarde"] == "'=cmd|' /C calc'!A0"  # text in a CSV export, never a formula
    assert problem["Wat er moet gebeuren"].startswith("Cel B8 bevat een formule met een DDE-koppeling")


def test_file_names_in_the_history_cannot_run_as_formulas(upload_db):
    engine = open_database(upload_db)
    services.import_file(engine, _deltawonen_k4(), "=1+1\r=2+2.xlsx", Actor("secretaris"), today=TODAY)
    history = _page().table[0].value
    assert "'=1+1 =2+2.xlsx" in history["Bestand"].tolist()


def test_english_preview_names_quarters_and_months_in_english(upload_db):
    at = open_page()  # the language is chosen on the start page and kept on the next
    at.sidebar.radio(key="widget_lang").set_value("en").run()
    at.switch_page("pages/upload.py").run()
    download = at.get("download_button")[0]  # the template; the second is an original file
    assert download.proto.label == "Download template deltaWonen 2026-Q3"
    at = _upload(at, _deltawonen_k4())
    assert "Preview: deltaWonen, 2025-Q4" in [h.value for h in at.header]
    activity = at.table[0].value.set_index("Figure")
    assert activity.loc["Extensive conversations (>1 h)", "Oldebroek"] == 6
    assert list(activity.index[:2]) == ["Households contacted", "Extensive conversations (>1 h)"]
    hours = at.dataframe[2].value
    assert hours["Month"].tolist() == ["October", "November", "December"]
    assert hours["Hours"].tolist() == ["20.0", "25.0", "22.5"]


def test_third_version_replaces_the_second_in_one_sentence_and_says_where_it_went(upload_db):
    """Uwoon 2026-K3 is version 1 in the demo data; two corrections make versions 2 and 3."""
    engine = open_database(upload_db)
    first = mf.report_bytes(activity=[["Harderwijk", 40, 30, 3, 1, 1, 531, 395]], moves=False)
    services.import_file(engine, first, "correctie-1.xlsx", Actor("secretaris"), today=TODAY)
    second = mf.report_bytes(activity=[["Harderwijk", 41, 31, 3, 1, 1, 531, 395]], moves=False)
    at = _upload(_page(), second, "correctie-2.xlsx")
    assert [w.value.split(" (")[0] for w in at.warning] == ["Let op: dit vervangt versie 2 van 2026-K3"]
    assert not _infos(at) and not at.error
    at.button(key="upload_save").click().run()
    assert _texts(at.success) == (
        "Opgeslagen als versie 3 van Uwoon 2026-K3; versie 2 staat nu in de geschiedenis."
    )
    assert versions.active_version(engine, OPERATOR, "Uwoon", 2026, 3).version == 3


def test_counts_are_in_the_singular_for_one(upload_db):
    one_warning = mf.report_bytes(moves=mf.MOVES[:2])  # Ermelo: 1 move reported, none listed
    at = _upload(_page(), one_warning)
    summary = [w.value for w in at.warning if "opmerking" in w.value]
    assert summary == [
        "1 opmerking: het bestand kan wel worden opgeslagen, maar kijk haar hieronder even na."
    ]


def test_template_choice_is_remembered_after_visiting_another_page(upload_db):
    at = _page()
    at.selectbox(key="template_corporation").select("Omnia Wonen").run()
    at.selectbox(key="template_quarter").select(1).run()
    at.switch_page("pages/overview.py").run()
    at.switch_page("pages/upload.py").run()
    assert at.selectbox(key="template_corporation").value == "Omnia Wonen"
    assert at.selectbox(key="template_quarter").value == 1
    assert at.get("download_button")[0].proto.label == "Download sjabloon Omnia Wonen 2026-K1"
