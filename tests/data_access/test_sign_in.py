"""Signing in with the built-in form: argon2 check, throttle per name and per network address
(kept in the database, so every app instance counts the same attempts), sessions that end on
sign-out, password change and disabling, sign-on records, and no clear-text password anywhere."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy import select, update

from data_access import accounts
from data_access import sign_in as signing
from data_access.access import OPERATOR
from data_access.cli import main
from data_access.db import create_engine_for, open_database
from data_access.models import AccountSession, AuditEntry, SignInAttempt

PASSWORD = "Zomer aan de Veluwe 2026!"
OTHER = "Herfst in Harderwijk 2027?"


@pytest.fixture
def coach(engine):
    accounts.add_account(engine, OPERATOR, "beheer", role="admin", password=OTHER)  # the first one
    return accounts.add_account(
        engine, OPERATOR, "coach", role="corporation", corporation="Uwoon", password=PASSWORD
    )


def _entries(engine, action: str) -> list[AuditEntry]:
    with engine.connect() as conn:
        return list(
            conn.execute(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
        )


def _refused(engine, name, password, client="10.0.0.7") -> str:
    with pytest.raises(signing.SignInRefused) as refused:
        signing.sign_in(engine, name, password, client)
    return refused.value.code


def test_right_password_signs_in_wrong_one_is_refused_in_dutch(engine, coach):
    with pytest.raises(signing.SignInRefused) as wrong:
        signing.sign_in(engine, "coach", OTHER, "10.0.0.7")
    assert wrong.value.message.startswith("Gebruikersnaam of wachtwoord klopt niet.")
    assert _refused(engine, "niemand", PASSWORD) == "signin.wrong"  # the same answer: names stay secret
    assert _refused(engine, "", PASSWORD) == "signin.missing"

    signed = signing.sign_in(engine, " COACH ", PASSWORD, "10.0.0.7")
    assert signed.account.actor.account == "coach" and signed.account.corporation == "Uwoon"
    assert signing.session_account(engine, signed.token).username == "coach"
    assert signing.session_account(engine, signed.token + "x") is None

    [ok] = _entries(engine, "signed_in")
    assert (ok.actor, ok.details) == (
        "coach",
        {"method": "password", "client": "10.0.0.7", "actor_corporation": "Uwoon"},
    )
    failed = [(e.actor, e.details["reason"]) for e in _entries(engine, "sign_in_failed")]
    assert failed == [("coach", "wrong"), ("(onbekende naam)", "unknown_name")]


def test_the_throttle_engages_per_name_and_ends_after_the_window(engine, coach):
    for _ in range(signing.NAME_LIMIT):
        assert _refused(engine, "coach", OTHER) == "signin.wrong"
    # Now even the right password is refused, without being checked, and says how long to wait.
    with pytest.raises(signing.SignInRefused) as throttled:
        signing.sign_in(engine, "coach", PASSWORD, "10.9.9.9")  # from another address too
    assert throttled.value.message == (
        "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw, of vraag de "
        "programmasecretaris een nieuw wachtwoord."
    )
    assert _entries(engine, "sign_in_failed")[-1].details["reason"] == "throttled"
    # Another account from the same address is not affected (five failures < the address limit).
    accounts.add_account(engine, OPERATOR, "anna", role="steering", password=OTHER)
    assert signing.sign_in(engine, "anna", OTHER, "10.0.0.7").account.username == "anna"

    # Sixteen minutes later the failures have left the window.
    with engine.begin() as conn:
        conn.execute(update(SignInAttempt).values(at=SignInAttempt.at - timedelta(minutes=16)))
    assert signing.sign_in(engine, "coach", PASSWORD, "10.0.0.7").account.username == "coach"


def test_unknown_names_are_throttled_like_known_ones(engine, coach):
    for _ in range(signing.NAME_LIMIT):
        assert _refused(engine, "bestaat-niet", OTHER) == "signin.wrong"
    assert _refused(engine, "bestaat-niet", OTHER) == "signin.throttled"


def test_the_throttle_engages_per_address_across_names(engine, coach):
    names = [f"gok{i}" for i in range(signing.CLIENT_LIMIT)]
    for name in names:
        assert _refused(engine, name, OTHER, client="192.0.2.1") == "signin.wrong"
    assert _refused(engine, "coach", PASSWORD, client="192.0.2.1") == "signin.throttled"
    assert signing.sign_in(engine, "coach", PASSWORD, "192.0.2.2").account.username == "coach"


def test_a_success_resets_the_count_for_that_name(engine, coach):
    for _ in range(signing.NAME_LIMIT - 1):
        _refused(engine, "coach", OTHER)
    signing.sign_in(engine, "coach", PASSWORD, "10.0.0.7")
    for _ in range(signing.NAME_LIMIT - 1):
        assert _refused(engine, "coach", OTHER) == "signin.wrong"


def test_two_app_instances_share_the_throttle(db_url, coach):
    """A second engine stands for a second app instance on the same database."""
    first = open_database(db_url)
    second = create_engine_for(first.url.render_as_string(hide_password=False))
    try:
        for _ in range(3):
            _refused(first, "coach", OTHER)
        for _ in range(signing.NAME_LIMIT - 3):
            _refused(second, "coach", OTHER)
        assert _refused(first, "coach", PASSWORD) == "signin.throttled"
        assert _refused(second, "coach", PASSWORD) == "signin.throttled"
    finally:
        second.dispose()


def test_a_session_ends_on_sign_out_password_change_disabling_and_after_12_hours(engine, coach):
    token = signing.sign_in(engine, "coach", PASSWORD, None).token
    signing.sign_out(engine, token, "coach")
    assert signing.session_account(engine, token) is None
    assert _entries(engine, "signed_out")[-1].details == {"method": "password"}

    token = signing.sign_in(engine, "coach", PASSWORD, None).token
    accounts.set_password(engine, OPERATOR, "coach", OTHER)
    assert signing.session_account(engine, token) is None

    token = signing.sign_in(engine, "coach", OTHER, None).token
    accounts.disable_account(engine, OPERATOR, "coach")
    assert signing.session_account(engine, token) is None
    assert _refused(engine, "coach", OTHER) == "signin.disabled"  # told only with the right password
    accounts.enable_account(engine, OPERATOR, "coach")
    assert signing.session_account(engine, token).username == "coach"

    with engine.begin() as conn:
        conn.execute(
            update(AccountSession).values(created_at=datetime.now(UTC) - timedelta(hours=12, minutes=1))
        )
    assert signing.session_account(engine, token) is None


def test_single_sign_on_is_recorded_once_per_id_token(engine, coach):
    issued = datetime.now(UTC) - timedelta(seconds=5)
    assert signing.record_sso_sign_in(engine, coach, "10.0.0.8", issued)
    assert not signing.record_sso_sign_in(engine, coach, "10.0.0.8", issued)  # a reload, a new tab
    assert signing.record_sso_sign_in(engine, coach, "10.0.0.8", datetime.now(UTC) + timedelta(seconds=1))
    signing.record_sso_refused(engine, "onbekend@gemeente.nl", "10.0.0.9", "no_account")
    assert [e.details["method"] for e in _entries(engine, "signed_in")] == ["sso", "sso"]
    [refused] = _entries(engine, "sign_in_failed")
    assert (refused.actor, refused.details["reason"]) == ("onbekend@gemeente.nl", "no_account")


def _database_dump(db_url: str) -> bytes:
    """Everything the database holds, as a backup would: SQLite's text dump plus its raw files
    (the WAL too); for PostgreSQL, pg_dump of the test's schema."""
    if db_url.startswith("sqlite"):
        path = Path(db_url.removeprefix("sqlite:///"))
        connection = sqlite3.connect(path)
        text = "\n".join(connection.iterdump())
        connection.close()
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        return text.encode() + raw
    parsed = urlparse(db_url.replace("postgresql+psycopg", "postgresql"))
    schema = parse_qs(parsed.query)["options"][0].split("=")[-1]
    plain = parsed._replace(query="").geturl()
    result = subprocess.run(
        ["pg_dump", "--data-only", "--schema", schema, plain], capture_output=True, check=True
    )
    assert b"COPY" in result.stdout  # the dump really contains the data
    return result.stdout


def test_no_clear_text_password_in_the_database_or_the_logs(db_url, capsys, caplog, monkeypatch):
    caplog.set_level(logging.DEBUG)  # every logger, SQLAlchemy's statements with their parameters too
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    monkeypatch.setenv("DOORSTROOMMONITOR_PASSWORD", PASSWORD)
    assert main(["users", "add", "secretaris", "--role", "beheerder", "--db", db_url]) == 0
    engine = open_database(db_url)
    signing.sign_in(engine, "secretaris", PASSWORD, "10.0.0.7")
    for typed in (PASSWORD[:-1], PASSWORD.upper()):
        _refused(engine, "secretaris", typed)
    _refused(engine, PASSWORD, PASSWORD)  # the password typed in the name field
    monkeypatch.setenv("DOORSTROOMMONITOR_PASSWORD", OTHER)
    assert main(["users", "set-password", "secretaris", "--db", db_url]) == 0
    signing.sign_in(engine, "secretaris", OTHER, "10.0.0.7")
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)

    captured = capsys.readouterr()
    logs = caplog.text + captured.out + captured.err
    assert "INSERT INTO accounts" in caplog.text  # the statements really were logged
    dump = _database_dump(db_url)
    assert b"$argon2id$" in dump  # the hashes are there
    for secret in (PASSWORD, OTHER, PASSWORD[:-1], PASSWORD.upper(), PASSWORD.lower()):
        assert secret not in logs
        assert secret.encode() not in dump
        assert secret.encode("utf-16-le") not in dump
    assert os.environ["DOORSTROOMMONITOR_PASSWORD"] == OTHER  # (the variable itself is the operator's)


def test_the_stored_stand_in_hash_has_todays_parameters_so_unknown_names_cost_a_real_check():
    """A name without an account is checked against a stored stand-in hash (hashing one at import
    cost every start 0.1-1 s); it must carry the hasher's current parameters, or an unknown name
    would be refused faster or slower than a known one."""
    stand_in = signing._STORED_DUMMY_HASH
    assert stand_in.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert not accounts.HASHER.check_needs_rehash(stand_in)
    assert accounts.HASHER.verify(stand_in, "doorstroommonitor: geen account met deze naam")
    assert signing._dummy_hash() == stand_in
