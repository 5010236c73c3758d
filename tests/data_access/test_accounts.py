"""Accounts from the command line (`python -m data_access users ...`, the contract's exit codes and
JSON) and `import --as-user`: an enabled account's rules, or a refusal that is recorded."""

from __future__ import annotations

import json

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from data_access import accounts, versions
from data_access.access import OPERATOR
from data_access.cli import main
from data_access.db import open_database
from data_access.models import Account, AuditEntry
from tests.data_access import messy_files as mf

PASSWORD = "paard batterij nietje"


def _run(capsys, *argv) -> tuple[int, dict | None]:
    code, out, _ = _run_with_errors(capsys, *argv)
    return code, out


def _run_with_errors(capsys, *argv) -> tuple[int, dict | None, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse's usage errors
        code = exit_.code
    captured = capsys.readouterr()
    out = captured.out.strip()
    return code, json.loads(out) if out else None, captured.err


@pytest.fixture
def password(monkeypatch):
    monkeypatch.setenv("DOORSTROOMMONITOR_PASSWORD", PASSWORD)
    return PASSWORD


def _audit(db_url) -> list[tuple[str, str]]:
    with open_database(db_url).connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(select(AuditEntry.actor, AuditEntry.action).order_by(AuditEntry.id))
        ]


def test_users_add_list_disable_set_role_set_password(capsys, db_url, password, monkeypatch):
    code, added = _run(
        capsys,
        "users",
        "add",
        "Secretaris",
        "--role",
        "beheerder",
        "--email",
        "Sec@Voorbeeld.nl",
        "--db",
        db_url,
    )
    assert code == 0
    assert added["account"] | {"created_at": None} == {
        "name": "secretaris",  # names are case-insensitive, kept in lower case
        "role": "beheerder",
        "corporation": None,
        "email": "sec@voorbeeld.nl",
        "enabled": True,
        "created_at": None,
        "last_sign_in_at": None,
    }
    code, coach = _run(
        capsys, "users", "add", "coach", "--role", "corporatie", "--corporation", "omnia", "--db", db_url
    )
    assert (code, coach["account"]["corporation"]) == (0, "Omnia Wonen")

    code, listed = _run(capsys, "users", "list", "--db", db_url)
    assert code == 0
    assert [(a["name"], a["role"], a["enabled"]) for a in listed["accounts"]] == [
        ("coach", "corporatie", True),
        ("secretaris", "beheerder", True),
    ]
    assert "hash" not in json.dumps(listed) and "argon2" not in json.dumps(listed)

    code, changed = _run(capsys, "users", "set-role", "coach", "--role", "stuurgroep", "--db", db_url)
    assert (code, changed["account"]["role"], changed["account"]["corporation"]) == (0, "stuurgroep", None)

    monkeypatch.setenv("DOORSTROOMMONITOR_PASSWORD", "een heel ander wachtwoord")
    code, _ = _run(capsys, "users", "set-password", "coach", "--db", db_url)
    assert code == 0
    with open_database(db_url).connect() as conn:
        stored = conn.scalar(select(Account.password_hash).where(Account.username == "coach"))
    assert PasswordHasher().verify(stored, "een heel ander wachtwoord")

    code, disabled = _run(capsys, "users", "disable", "coach", "--db", db_url)
    assert (code, disabled["account"]["enabled"]) == (0, False)
    assert _audit(db_url) == [
        ("opdrachtregel (server)", "account_added"),
        ("opdrachtregel (server)", "account_added"),
        ("opdrachtregel (server)", "account_role_changed"),
        ("opdrachtregel (server)", "account_password_set"),
        ("opdrachtregel (server)", "account_disabled"),
    ]


def test_usage_errors_exit_2_and_refusals_exit_1_with_a_dutch_message(capsys, db_url, password, monkeypatch):
    code, out, err = _run_with_errors(capsys, "users", "add", "coach", "--role", "corporatie", "--db", db_url)
    assert (code, out) == (2, None)
    assert "error: --role corporatie vereist --corporation" in err
    assert (
        _run(capsys, "users", "add", "x", "--role", "stuurgroep", "--corporation", "Uwoon", "--db", db_url)[0]
        == 2
    )
    assert _run(capsys, "users", "add", "x", "--role", "eigenaar", "--db", db_url)[0] == 2
    assert _run(capsys, "users", "add", "--role", "beheerder", "--db", db_url)[0] == 2  # no name

    code, out = _run(
        capsys, "users", "add", "x1", "--role", "corporatie", "--corporation", "Vesteda", "--db", db_url
    )
    assert (code, out["ok"]) == (1, False)
    assert out["message"].startswith("Onbekende corporatie 'Vesteda'; kies uit deltaWonen, Omnia Wonen")
    monkeypatch.setenv("DOORSTROOMMONITOR_PASSWORD", "kort")
    code, out = _run(capsys, "users", "add", "x2", "--role", "stuurgroep", "--db", db_url)
    assert code == 1 and "minstens 12 tekens" in out["message"]
    monkeypatch.setenv("DOORSTROOMMONITOR_PASSWORD", PASSWORD)
    code, out = _run(capsys, "users", "add", "Jan Jansen", "--role", "stuurgroep", "--db", db_url)
    assert code == 1 and out["message"].startswith("De naam 'Jan Jansen' kan niet")
    code, out = _run(capsys, "users", "add", "demo", "--role", "beheerder", "--db", db_url)
    assert code == 1 and "gereserveerd" in out["message"]
    assert _run(capsys, "users", "add", "eerste", "--role", "beheerder", "--db", db_url)[0] == 0
    code, out = _run(capsys, "users", "add", "EERSTE", "--role", "stuurgroep", "--db", db_url)
    assert (code, out["message"]) == (
        1,
        "Er is al een account 'eerste'. Kies een andere naam of wijzig dat account.",
    )
    code, out = _run(capsys, "users", "disable", "eerste", "--db", db_url)
    assert (code, out["message"]) == (
        1,
        "'eerste' is de laatste actieve beheerder; maak eerst een andere beheerder aan.",
    )
    code, out = _run(capsys, "users", "set-role", "eerste", "--role", "stuurgroep", "--db", db_url)
    assert code == 1 and "laatste actieve beheerder" in out["message"]
    code, out = _run(capsys, "users", "set-password", "niemand", "--db", db_url)
    assert (code, out["message"]) == (1, "Er is geen account 'niemand'.")
    with open_database(db_url).connect() as conn:
        assert conn.scalars(select(Account.username)).all() == ["eerste"]


def test_users_answer_in_english_with_lang_en(capsys, db_url, password, monkeypatch):
    code, out, err = _run_with_errors(
        capsys, "users", "add", "coach", "--role", "corporatie", "--db", db_url, "--lang", "en"
    )
    assert (code, out) == (2, None)
    assert "error: --role corporatie needs --corporation" in err
    code, out = _run(
        capsys,
        "users",
        "add",
        "x1",
        "--role",
        "corporatie",
        "--corporation",
        "Vesteda",
        "--db",
        db_url,
        "--lang",
        "en",
    )
    assert (code, out["ok"]) == (1, False)
    assert out["message"].startswith("Unknown corporation 'Vesteda'")
    code, out = _run(capsys, "users", "set-password", "niemand", "--db", db_url, "--lang", "en")
    assert (code, out) == (1, {"ok": False, "message": "There is no account 'niemand'."})
    assert _run(capsys, "users", "list", "--db", db_url, "--lang", "fr")[0] == 2

    monkeypatch.delenv("DOORSTROOMMONITOR_PASSWORD", raising=False)
    prompts = []
    answers = iter([PASSWORD, "iets anders dan dat"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or next(answers))
    code, out = _run(capsys, "users", "add", "eerste", "--role", "beheerder", "--db", db_url, "--lang", "en")
    assert prompts == ["Password: ", "Repeat the password: "]
    assert (code, out["message"]) == (1, "The two passwords differ; nothing was changed.")


def test_the_password_is_asked_twice_when_not_in_the_environment(capsys, db_url, monkeypatch):
    monkeypatch.delenv("DOORSTROOMMONITOR_PASSWORD", raising=False)
    answers = iter([PASSWORD, "iets anders dan dat"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, out = _run(capsys, "users", "add", "eerste", "--role", "beheerder", "--db", db_url)
    assert (code, out["message"]) == (1, "De twee wachtwoorden zijn niet gelijk; er is niets gewijzigd.")
    answers = iter([PASSWORD, PASSWORD])
    assert _run(capsys, "users", "add", "eerste", "--role", "beheerder", "--db", db_url)[0] == 0


def _accounts_for_import(capsys, db_url):
    for argv in (
        ["secretaris", "--role", "beheerder"],
        ["coach", "--role", "corporatie", "--corporation", "Omnia Wonen"],
        ["uwoon-coach", "--role", "corporatie", "--corporation", "Uwoon"],
        ["oud", "--role", "corporatie", "--corporation", "Uwoon"],
    ):
        assert _run(capsys, "users", "add", *argv, "--db", db_url)[0] == 0
    assert _run(capsys, "users", "disable", "oud", "--db", db_url)[0] == 0


def test_import_as_a_corporation_account_applies_its_rules(tmp_path, capsys, db_url, password):
    _accounts_for_import(capsys, db_url)
    report = tmp_path / "uwoon.xlsx"
    report.write_bytes(mf.report_bytes(corporation="Uwoon"))

    code, refused = _run(capsys, "import", str(report), "--as-user", "coach", "--db", db_url)
    assert code == 1
    assert refused["ok"] is False and refused["version"] is None
    assert refused["errors"][0]["message"].startswith(
        "U mag alleen rapportages voor uw eigen corporatie uploaden; dit bestand is van Uwoon."
    )
    engine = open_database(db_url)
    assert versions.history(engine, OPERATOR).empty  # nothing stored
    assert _audit(db_url)[-1] == ("coach", "access_refused")

    code, stored = _run(capsys, "import", str(report), "--as-user", "Uwoon-Coach", "--db", db_url)
    assert (code, stored["version"]) == (0, 1)
    assert versions.history(engine, OPERATOR)["uploaded_by"].tolist() == ["uwoon-coach"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Geef bij --as-user de naam van een account; zonder --as-user werkt de opdracht als beheerder"),
        ("niemand", "Er is geen account 'niemand'."),
        ("oud", "Het account 'oud' is uitgeschakeld en kan niets opslaan."),
    ],
)
def test_import_as_an_empty_unknown_or_disabled_name_is_refused(
    tmp_path, capsys, db_url, password, name, message
):
    _accounts_for_import(capsys, db_url)
    report = tmp_path / "uwoon.xlsx"
    report.write_bytes(mf.report_bytes(corporation="Uwoon"))
    code, out = _run(capsys, "import", str(report), "--as-user", name, "--db", db_url)
    assert (code, out["ok"]) == (1, False)
    assert out["message"].startswith(message)
    assert versions.history(open_database(db_url), OPERATOR).empty
    assert _audit(db_url)[-1] == ("opdrachtregel (server)", "access_refused")  # who asked, not ""


def test_import_without_as_user_is_the_operator_on_the_server(tmp_path, capsys, db_url):
    report = tmp_path / "uwoon.xlsx"
    report.write_bytes(mf.report_bytes(corporation="Uwoon"))
    code, out = _run(capsys, "import", str(report), "--db", db_url)
    assert (code, out["version"]) == (0, 1)
    assert versions.history(open_database(db_url), OPERATOR)["uploaded_by"].tolist() == [
        "opdrachtregel (server)"
    ]


def test_the_first_account_must_be_an_administrator(engine):
    with pytest.raises(accounts.AccountError, match="Het eerste account moet een beheerder zijn"):
        accounts.add_account(engine, OPERATOR, "anna", role="steering", password=PASSWORD)
    assert not accounts.has_enabled_accounts(engine)  # still local use (or the set-up page)
    accounts.add_account(engine, OPERATOR, "secretaris", role="admin", password=PASSWORD)
    assert (
        accounts.add_account(engine, OPERATOR, "anna", role="steering", password=PASSWORD).role == "steering"
    )


def test_account_functions_check_what_is_typed(engine):
    accounts.add_account(engine, OPERATOR, "secretaris", role="admin", password=PASSWORD)
    with pytest.raises(accounts.AccountError, match="corporatie hoort bij één corporatie"):
        accounts.add_account(engine, OPERATOR, "coach", role="corporation", password=PASSWORD)
    with pytest.raises(accounts.AccountError, match="geen geldig e-mailadres"):
        accounts.add_account(engine, OPERATOR, "coach", role="steering", password=PASSWORD, email="coach@")
    with pytest.raises(accounts.AccountError, match="niet gelijk zijn aan de naam"):
        accounts.add_account(engine, OPERATOR, "wachtwoord12", role="steering", password="Wachtwoord12")
    accounts.add_account(engine, OPERATOR, "anna", role="steering", password=PASSWORD, email="a@gemeente.nl")
    with pytest.raises(accounts.AccountError, match="hoort al bij het account 'anna'"):
        accounts.add_account(
            engine, OPERATOR, "bob", role="steering", password=PASSWORD, email="A@gemeente.nl"
        )
    assert accounts.account_for_identity(engine, "A@Gemeente.NL", None).username == "anna"
    assert accounts.account_for_identity(engine, None, "a@gemeente.nl").username == "anna"  # by subject
    assert accounts.account_for_identity(engine, "b@gemeente.nl", "xyz") is None
