"""Sign-in in the app (AppTest): local use without accounts, the set-up page on a network address,
the built-in form (wrong password, throttle, sign-out), single sign-on through st.user, and what
each role then sees: its pages, and on the Upload and Instellingen pages only its actions."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from streamlit import config
from streamlit.testing.v1 import AppTest

from data_access import accounts
from data_access import sign_in as signing
from data_access.access import OPERATOR
from data_access.db import forget_engine, open_database
from data_access.models import AccountSession, AuditEntry
from data_access.scenarios import save_scenario
from domain.whatif import Scenario
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "een wachtwoord van de test"
ALL_PAGES = {
    "overview.py",
    "progress.py",
    "hours.py",
    "costs.py",
    "whatif.py",
    "upload.py",
    "settings.py",
    "evaluation.py",
    "presentation.py",  # every role: it only shows
    "logbook.py",
    "accounts.py",
}
ROLES = {
    "secretaris": ("admin", None, "secretaris@noord-veluwe.nl"),
    "wethouder": ("steering", None, "wethouder@harderwijk.nl"),
    "coach": ("corporation", "Omnia Wonen", "coach@omniawonen.nl"),
}
SSO_SECRETS = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "test",
    "client_id": "test",
    "client_secret": "test",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
}


@pytest.fixture
def accounts_db(demo_sqlite_url, tmp_path, monkeypatch):
    """A private copy of the demo database with an account for each role."""
    url = f"sqlite:///{tmp_path / 'accounts.sqlite'}"
    source = sqlite3.connect(demo_sqlite_url.removeprefix("sqlite:///"))
    target = sqlite3.connect(url.removeprefix("sqlite:///"))
    source.backup(target)
    source.close()
    target.close()
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())
    engine = open_database(url)
    for name, (role, corporation, email) in ROLES.items():
        accounts.add_account(
            engine, OPERATOR, name, role=role, corporation=corporation, email=email, password=PASSWORD
        )
    yield engine
    forget_engine(url)


@pytest.fixture
def network_address():
    """The server listens on every address (as in the Docker image), not only on 127.0.0.1."""
    before = config.get_option("server.address")
    config.set_option("server.address", "0.0.0.0")
    yield
    config.set_option("server.address", before)


def _app(**query) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    return at


def _page_files(at: AppTest) -> set[str]:
    """The page files registered for this visitor (AppTest keeps what st.navigation registered)."""
    return {
        Path(str(info["script_path"])).name
        for info in at._registered_pages.values()
        if info.get("script_path")
    }


def _texts(elements) -> str:
    return " | ".join(str(e.value) for e in elements)


def _sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="auth_name").input(name)
    at.text_input(key="auth_password").input(password)
    next(b for b in at.button if b.label == "Inloggen").click().run()
    assert not at.exception, at.exception
    return at


def _signed_in(name: str) -> AppTest:
    return _sign_in(_app().run(), name, PASSWORD)


def test_local_use_without_accounts_runs_as_the_local_administrator_and_says_so(app_env):
    at = _app().run()
    assert at.title[0].value == "Overzicht 2026"
    assert _page_files(at) == ALL_PAGES
    notice = "🔓 Lokaal, zonder aanmelding: u bent beheerder"  # above the title, explained behind ⓘ
    assert notice in _texts(at.caption)
    explained = next(c for c in at.caption if notice in c.value).proto.help
    assert "Deze app draait zonder aanmelding, alleen voor gebruik op deze computer" in explained
    assert "Lokaal gebruik zonder aanmelding" in _texts(at.sidebar.markdown)
    at.switch_page("pages/upload.py").run()
    assert notice in _texts(at.caption)  # on every page


def test_on_a_network_address_without_accounts_only_the_set_up_page(app_env, network_address):
    at = _app(rol="beheerder", gebruiker="beheerder").run()
    assert not at.exception
    assert at.title[0].value == "Nog niet ingericht"
    assert _page_files(at) == {"set_up.py"}  # at every address; nothing of the app
    assert "python -m data_access users add secretaris --role beheerder" in _texts(at.code)
    assert not at.metric and not at.dataframe and not at.sidebar.radio


def test_a_browser_on_another_computer_never_gets_the_local_administrator(app_env, monkeypatch):
    """Listening on 127.0.0.1 behind a proxy on the same computer: Streamlit reports the visitor's
    address (X-Forwarded-For from a trusted proxy), so the visitor is not local."""
    from types import SimpleNamespace

    import streamlit as st

    monkeypatch.setattr(st, "context", SimpleNamespace(ip_address="192.0.2.44"))
    at = _app().run()
    assert at.title[0].value == "Nog niet ingericht"
    assert _page_files(at) == {"set_up.py"}


def test_with_accounts_everyone_first_sees_the_sign_in_page(accounts_db):
    # Neither the URL nor a made-up session token grants anything.
    at = _app(rol="beheerder", gebruiker="secretaris", user="secretaris")
    at.session_state["auth_form_token"] = "verzonnen"
    at.run()
    assert at.title[0].value == "Inloggen"
    assert _page_files(at) == {"sign_in.py"}
    assert [w.label for w in at.text_input] == ["Gebruikersnaam", "Wachtwoord"]
    assert not [b for b in at.button if b.key == "auth_sso"]  # no single sign-on configured
    assert not at.metric


def test_a_wrong_password_is_refused_in_dutch_and_the_throttle_engages(accounts_db):
    at = _app().run()
    for _ in range(signing.NAME_LIMIT):
        _sign_in(at, "coach", "niet het wachtwoord")
        assert "Gebruikersnaam of wachtwoord klopt niet." in _texts(at.error)
        assert at.title[0].value == "Inloggen"
        assert at.text_input(key="auth_password").value == ""  # the form forgets what was typed
    _sign_in(at, "coach", PASSWORD)
    assert "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw" in _texts(at.error)
    assert at.title[0].value == "Inloggen"


@pytest.mark.parametrize(
    ("name", "pages", "role_text"),
    [
        ("secretaris", ALL_PAGES, "beheerder"),
        ("wethouder", ALL_PAGES - {"logbook.py", "accounts.py"}, "stuurgroep"),
        ("coach", ALL_PAGES - {"logbook.py", "accounts.py"}, "corporatie"),
    ],
)
def test_each_role_signs_in_with_the_form_and_sees_only_its_pages(accounts_db, name, pages, role_text):
    at = _signed_in(name)
    assert at.title[0].value == "Overzicht 2026"
    assert _page_files(at) == pages
    assert f"Aangemeld als **{name}** ({role_text})" in _texts(at.sidebar.markdown)
    assert "zonder aanmelding" not in _texts(at.caption)
    if name != "secretaris":
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page("pages/logbook.py")


def test_upload_page_per_role(accounts_db):
    admin = _signed_in("secretaris").switch_page("pages/upload.py").run()
    assert admin.file_uploader
    assert [e.label for e in admin.expander] == [
        "Originele bestanden downloaden",
        "Eerdere versie terugzetten",
    ]

    steering = _signed_in("wethouder").switch_page("pages/upload.py").run()
    assert not steering.file_uploader and not steering.expander  # no uploads, no original files
    assert "Alleen medewerkers van een corporatie en beheerders kunnen rapportages uploaden." in _texts(
        steering.info
    )
    history = steering.table[0].value
    assert set(history["Corporatie"]) == {"deltaWonen", "Omnia Wonen", "Uwoon", "Woningstichting Putten"}

    coach = _signed_in("coach").switch_page("pages/upload.py").run()
    assert coach.file_uploader
    assert coach.selectbox(key="template_corporation").options == ["Omnia Wonen"]
    assert set(coach.table[0].value["Corporatie"]) == {"Omnia Wonen"}
    assert [e.label for e in coach.expander] == ["Originele bestanden downloaden"]
    versions = coach.selectbox(key="download_choice").options
    assert versions and all("Omnia Wonen" in option for option in versions)


def test_settings_show_changes_only_to_an_administrator(accounts_db):
    admin = _signed_in("secretaris").switch_page("pages/settings.py").run()
    assert "Demogegevens" in [h.value for h in admin.header]
    assert [b for b in admin.button if b.key == "settings_salary_save"]
    for name in ("wethouder", "coach"):
        at = _signed_in(name).switch_page("pages/settings.py").run()
        assert "Alleen de programmasecretaris (beheerder) kan deze afspraken" in _texts(at.info)
        assert "Demogegevens" not in [h.value for h in at.header]
        assert not [b for b in at.button if b.key != "auth_sign_out"]
        assert at.dataframe  # the agreement itself is there to read


def test_sign_out_ends_the_session(accounts_db):
    at = _signed_in("coach")
    token = at.session_state["auth_form_token"]
    at.button(key="auth_sign_out").click().run()
    assert at.title[0].value == "Inloggen"
    assert "auth_form_token" not in at.session_state
    assert signing.session_account(accounts_db, token) is None  # also for a copy of the token
    with accounts_db.connect() as conn:
        assert conn.scalar(select(AccountSession.ended_at)) is not None
        actions = conn.scalars(select(AuditEntry.action).where(AuditEntry.actor == "coach")).all()
    assert actions == ["signed_in", "signed_out"]


def test_a_disabled_account_is_signed_out_on_its_next_click(accounts_db):
    at = _signed_in("coach")
    accounts.disable_account(accounts_db, OPERATOR, "coach")
    at.run()
    assert at.title[0].value == "Inloggen"


def _sso(at: AppTest, **user) -> AppTest:
    at.secrets["auth"] = SSO_SECRETS
    at.user = user
    return at


@pytest.mark.parametrize("name", list(ROLES))
def test_single_sign_on_finds_the_account_by_e_mail(accounts_db, name):
    role, corporation, email = ROLES[name]
    at = _sso(_app(), is_logged_in=True, email=email.upper(), sub=f"sub-{name}", iat=1_800_000_000).run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Overzicht 2026"
    assert f"Aangemeld als **{name}**" in _texts(at.sidebar.markdown)
    assert ("logbook.py" in _page_files(at)) == (role == "admin")
    at.run()  # a rerun (or a new tab with the same ID token) is not a second sign-in
    with accounts_db.connect() as conn:
        entries = conn.execute(
            select(AuditEntry.actor, AuditEntry.details).where(AuditEntry.action == "signed_in")
        ).all()
    assert [(actor, details["method"]) for actor, details in entries] == [(name, "sso")]


def test_single_sign_on_without_an_account_gets_only_the_no_access_page(accounts_db):
    at = _sso(_app(), is_logged_in=True, email="onbekend@ermelo.nl", sub="x").run()
    assert at.title[0].value == "Nog geen toegang"
    assert _page_files(at) == {"no_access.py"}
    assert "U bent aangemeld als **onbekend@ermelo.nl**" in _texts(at.warning)
    assert "Vraag de programmasecretaris om toegang" in _texts(at.warning)
    assert not at.metric and not at.sidebar.markdown
    at.run()
    with accounts_db.connect() as conn:
        refused = conn.execute(
            select(AuditEntry.actor, AuditEntry.details).where(AuditEntry.action == "sign_in_failed")
        ).all()
    assert [(actor, d["reason"]) for actor, d in refused] == [("onbekend@ermelo.nl", "no_account")]


def test_an_unverified_e_mail_address_finds_no_account(accounts_db):
    at = _sso(_app(), is_logged_in=True, email="coach@omniawonen.nl", email_verified=False, sub="x").run()
    assert at.title[0].value == "Nog geen toegang"


def test_the_sign_in_page_offers_single_sign_on_and_the_form_as_configured(accounts_db, monkeypatch):
    at = _sso(_app(), is_logged_in=False).run()
    assert at.button(key="auth_sso").label == "Inloggen met uw organisatieaccount"
    assert at.text_input(key="auth_name")
    monkeypatch.setenv("DOORSTROOMMONITOR_PASSWORD_SIGNIN", "off")
    at = _sso(_app(), is_logged_in=False).run()
    assert at.button(key="auth_sso")
    assert not at.text_input


def test_logboek_shows_who_did_what_and_filters(accounts_db):
    _sign_in(_app().run(), "coach", "fout wachtwoord!")
    save_scenario(accounts_db, accounts.find_account(accounts_db, "wethouder").actor, Scenario("Plan", {}))
    at = _signed_in("secretaris").switch_page("pages/logbook.py").run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Logboek"
    table = at.dataframe[0].value
    assert list(table.columns) == ["Wanneer", "Wie", "Wat"]
    rows = table[["Wie", "Wat"]].values.tolist()
    assert ["secretaris", "🔑 Aangemeld · met wachtwoord op de computer van de server"] in rows
    assert ["wethouder", "🧮 Scenario opgeslagen · 'Plan'"] in rows
    failed = "❌ Aanmelden mislukt · wachtwoord onjuist (met wachtwoord) op de computer van de server"
    assert ["coach · Omnia Wonen", failed] in rows
    at.selectbox(key="logbook_person").select("coach").run()
    assert at.dataframe[0].value["Wie"].unique().tolist() == ["coach · Omnia Wonen"]
    at.selectbox(key="logbook_person").select("").run()
    at.selectbox(key="logbook_partner").select("Uwoon").run()
    assert at.dataframe[0].value["Wie"].str.endswith("· Uwoon").all()


def test_logboek_export_neutralises_formulas(accounts_db):
    """An identity from the sign-on provider that Excel would run as a formula is written as text."""
    from data_access.exports import table_workbook
    from ui import logbook_view

    formula = '=HYPERLINK("http://x","klik")'
    signing.record_sso_refused(accounts_db, formula, "10.0.0.1", "no_account")
    admin = accounts.find_account(accounts_db, "secretaris").actor
    shown = logbook_view.export_frame(logbook_view.entries(admin, {"action": "sign_in_failed"}))
    sheet = load_workbook(io.BytesIO(table_workbook({"Logboek": shown}))).active
    assert [c.value for c in sheet[1]] == ["Wanneer", "Wie", "Wat", "Toelichting", "Partner"]
    who = sheet.cell(row=2, column=2)
    assert (who.value, who.data_type) == ("'" + formula, "s")
    assert sheet.cell(row=2, column=1).is_date


def test_gebruikers_page_adds_changes_and_disables_accounts(accounts_db):
    at = _signed_in("secretaris").switch_page("pages/accounts.py").run()
    assert at.dataframe[0].value["Naam"].tolist() == ["coach", "secretaris", "wethouder"]
    at.text_input(key="accounts_add_name").input("Nieuwe.Coach")
    at.selectbox(key="accounts_add_role").select("corporation")
    at.selectbox(key="accounts_add_corporation").select("Uwoon")
    at.text_input(key="accounts_add_password").input(PASSWORD)
    at.text_input(key="accounts_add_repeat").input(PASSWORD + "x")
    next(b for b in at.button if b.label == "Account aanmaken").click().run()
    assert "De twee wachtwoorden zijn niet gelijk" in _texts(at.error)
    assert accounts.find_account(accounts_db, "nieuwe.coach") is None

    at.text_input(key="accounts_add_name").input("Nieuwe.Coach")
    at.selectbox(key="accounts_add_role").select("corporation")
    at.selectbox(key="accounts_add_corporation").select("Uwoon")
    at.text_input(key="accounts_add_password").input(PASSWORD)
    at.text_input(key="accounts_add_repeat").input(PASSWORD)
    next(b for b in at.button if b.label == "Account aanmaken").click().run()
    assert "Account 'nieuwe.coach' is aangemaakt." in _texts(at.success)
    created = accounts.find_account(accounts_db, "nieuwe.coach")
    assert (created.role, created.corporation, created.enabled) == ("corporation", "Uwoon", True)

    at.selectbox(key="accounts_choice").select("nieuwe.coach").run()
    at.selectbox(key="accounts_role_role").select("steering")
    at.selectbox(key="accounts_role_corporation").select("")
    next(b for b in at.button if b.label == "Rol opslaan").click().run()
    assert "De rol van 'nieuwe.coach' is nu stuurgroep." in _texts(at.success)
    at.selectbox(key="accounts_choice").select("nieuwe.coach").run()
    at.button(key="accounts_disable").click().run()
    assert "'nieuwe.coach' is uitgeschakeld" in _texts(at.success)
    changed = accounts.find_account(accounts_db, "nieuwe.coach")
    assert (changed.role, changed.corporation, changed.enabled) == ("steering", None, False)


def test_logboek_counts_removed_demo_reports_in_singular_and_plural():
    from ui import logbook_view

    assert logbook_view.describe("demo_data_removed", {"submissions": 1}) == "1 demorapportage"
    assert logbook_view.describe("demo_data_removed", {"submissions": 43}) == "43 demorapportages"
