"""Signing in: the built-in form (password, throttle, sessions) and records of single sign-on.

Throttle: failed attempts are rows in the database, so every app instance counts the same ones.
Within `WINDOW`, a name that failed `NAME_LIMIT` times since its last success, or a network
address that failed `CLIENT_LIMIT` times, is refused without even checking the password, until
the oldest of those failures leaves the window.

What is typed in the name field is never stored: people type their password there. An attempt is
counted under the account it names, or, for a name without an account, under a 16-bit bucket of
its hash (too little to recover anything typed, enough to throttle unknown names like known ones,
so the throttle does not reveal which names exist).
"""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeGuard

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from data_access.accounts import HASHER, NAME_PATTERN, AccountInfo, clean_name, info
from data_access.audit import add_entry
from data_access.db import session_scope
from data_access.models import Account, AccountSession, SignInAttempt
from domain.errors import UserError

NAME_LIMIT = 5
CLIENT_LIMIT = 20
WINDOW = timedelta(minutes=15)
SESSION_LENGTH = timedelta(hours=12)
LOCAL_CLIENT = "lokaal"  # Streamlit gives no address for a browser on the same computer
UNKNOWN_NAME = "(onbekende naam)"  # the audit log's actor for a name without an account
KEEP_ATTEMPTS = timedelta(days=1)
# A real hash to check against when the name has no account, so both take the same time.
_DUMMY_HASH = HASHER.hash("doorstroommonitor: geen account met deze naam")


class SignInRefused(UserError, PermissionError):
    """The sign-in did not succeed (wrong, throttled or disabled; a coded message)."""


@dataclass(frozen=True)
class SignedIn:
    """A successful form sign-in: the token the browser session keeps, and who it is."""

    token: str
    account: AccountInfo


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _account_named(session: Session, typed: str) -> Account | None:
    """Only a name that could be an account is looked up (and so could reach a SQL log): a
    password typed in the name field usually could not."""
    name = clean_name(typed)
    if not NAME_PATTERN.fullmatch(name):
        return None
    return session.scalar(select(Account).where(Account.username == name))


def _name_key(row: Account | None, typed: str) -> str:
    if row is not None:
        return f"account:{row.id}"
    return "unknown:" + hashlib.sha256(clean_name(typed).encode()).hexdigest()[:4]


def _client(client: str | None) -> str:
    return (client or LOCAL_CLIENT)[:64]


def _wait(failures: list[datetime], limit: int, now: datetime) -> timedelta | None:
    """How long until fewer than `limit` of these failures (oldest first) are in the window."""
    if len(failures) < limit:
        return None
    oldest_that_counts = failures[-limit]
    oldest_that_counts = (
        oldest_that_counts if oldest_that_counts.tzinfo else oldest_that_counts.replace(tzinfo=UTC)
    )
    return max(oldest_that_counts + WINDOW - now, timedelta(seconds=1))


def _failures(
    session: Session, column: InstrumentedAttribute[str], value: str, since: datetime
) -> list[datetime]:
    statement = (
        select(SignInAttempt.at)
        .where(column == value, SignInAttempt.at >= since, SignInAttempt.succeeded.is_(False))
        .order_by(SignInAttempt.at)
    )
    return list(session.scalars(statement))


def throttled_for(session: Session, name_key: str, client: str, now: datetime) -> timedelta | None:
    """How long this name or this address must wait, or None."""
    since = now - WINDOW
    last_success = session.scalar(
        select(func.max(SignInAttempt.at)).where(
            SignInAttempt.name_key == name_key, SignInAttempt.succeeded.is_(True)
        )
    )
    if last_success is not None:
        last_success = last_success if last_success.tzinfo else last_success.replace(tzinfo=UTC)
        since = max(since, last_success)
    waits = [
        _wait(_failures(session, SignInAttempt.name_key, name_key, since), NAME_LIMIT, now),
        _wait(_failures(session, SignInAttempt.client, client, now - WINDOW), CLIENT_LIMIT, now),
    ]
    known = [w for w in waits if w is not None]
    return max(known) if known else None


def _verify(row: Account | None, password: str) -> TypeGuard[Account]:
    """True only for an account whose stored hash matches (None is checked against a dummy hash,
    so an unknown name takes as long as a wrong password)."""
    stored = row.password_hash if row is not None else None
    try:
        HASHER.verify(stored or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return stored is not None


def sign_in(engine: Engine, name: str, password: str, client: str | None) -> SignedIn:
    """Check a name and password from the form; refused attempts are counted and recorded."""
    if not clean_name(name) or not password:
        raise SignInRefused("signin.missing")
    now = datetime.now(UTC)
    address = _client(client)
    with session_scope(engine) as session:
        row = _account_named(session, name)
        key = _name_key(row, name)
        actor = row.username if row else UNKNOWN_NAME
        facts = {"method": "password", "client": address} | _corporation_of(row)
        wait = throttled_for(session, key, address, now)
        if wait is not None:
            add_entry(session, actor, "sign_in_failed", facts | {"reason": "throttled"})
            refusal: SignInRefused = SignInRefused(
                "signin.throttled", minutes=math.ceil(wait.total_seconds() / 60)
            )
        elif not _verify(row, password):
            refusal = _failed(
                session, key, address, now, actor, facts, "unknown_name" if row is None else "wrong"
            )
        elif not row.enabled:
            refusal = _failed(session, key, address, now, actor, facts, "disabled", "signin.disabled")
        else:
            return _signed_in(session, row, key, address, now, password, facts)
    raise refusal  # after the commit: the failed attempt and its audit entry are kept


def _corporation_of(row: Account | None) -> dict[str, Any]:
    return {"actor_corporation": row.corporation.name} if row is not None and row.corporation else {}


def _failed(
    session: Session,
    key: str,
    address: str,
    now: datetime,
    actor: str,
    facts: dict[str, Any],
    reason: str,
    code: str = "signin.wrong",
) -> SignInRefused:
    session.add(SignInAttempt(at=now, name_key=key, client=address, succeeded=False))
    session.execute(delete(SignInAttempt).where(SignInAttempt.at < now - KEEP_ATTEMPTS))
    add_entry(session, actor, "sign_in_failed", facts | {"reason": reason})
    return SignInRefused(code)


def _signed_in(
    session: Session,
    row: Account,
    key: str,
    address: str,
    now: datetime,
    password: str,
    facts: dict[str, Any],
) -> SignedIn:
    session.add(SignInAttempt(at=now, name_key=key, client=address, succeeded=True))
    if row.password_hash is not None and HASHER.check_needs_rehash(row.password_hash):
        row.password_hash = HASHER.hash(password)  # same password, today's parameters
    row.last_sign_in_at = now
    token = secrets.token_urlsafe(32)
    session.add(AccountSession(token_hash=_token_hash(token), account_id=row.id, created_at=now))
    add_entry(session, row.username, "signed_in", facts)
    session.flush()
    return SignedIn(token, info(row))


def session_account(engine: Engine, token: str | None) -> AccountInfo | None:
    """The account of a form session while it is valid: open, younger than SESSION_LENGTH, its
    account enabled and its password unchanged since the sign-in. Otherwise None."""
    if not token:
        return None
    with session_scope(engine, write=False) as session:
        found = session.execute(
            select(AccountSession, Account)
            .join(Account, AccountSession.account_id == Account.id)
            .where(AccountSession.token_hash == _token_hash(token), AccountSession.ended_at.is_(None))
        ).first()
        if found is None:
            return None
        opened, row = found
        created = _aware(opened.created_at)
        if datetime.now(UTC) - created > SESSION_LENGTH or not row.enabled:
            return None
        if _aware(row.password_changed_at) > created:
            return None
        return info(row)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def sign_out(engine: Engine, token: str | None, actor_name: str, method: str = "password") -> None:
    """End a form session (its token no longer works anywhere) and record the sign-out."""
    with session_scope(engine) as session:
        if token:
            opened = session.scalar(
                select(AccountSession).where(AccountSession.token_hash == _token_hash(token))
            )
            if opened is not None and opened.ended_at is None:
                opened.ended_at = datetime.now(UTC)
        add_entry(session, actor_name, "signed_out", {"method": method})


# --- single sign-on (st.login authenticates; we only record) ---------------------------------------


def record_sso_sign_in(
    engine: Engine, account: AccountInfo, client: str | None, issued_at: datetime | None
) -> bool:
    """Record a sign-on once: a browser that comes back with the same ID token (a new tab, a
    reload) is not a new sign-in. Returns whether an entry was written."""
    with session_scope(engine) as session:
        row = session.get(Account, account.id)
        if row is None:
            return False
        if (
            issued_at is not None
            and row.last_sign_in_at is not None
            and _aware(row.last_sign_in_at) >= issued_at
        ):
            return False
        row.last_sign_in_at = datetime.now(UTC)
        facts = {"method": "sso", "client": _client(client)} | _corporation_of(row)
        add_entry(session, row.username, "signed_in", facts)
        return True


def record_sso_refused(engine: Engine, identity: str, client: str | None, reason: str) -> None:
    """Someone the identity provider knows but who has no (enabled) account here."""
    with session_scope(engine) as session:
        add_entry(
            session,
            identity[:200] or UNKNOWN_NAME,
            "sign_in_failed",
            {"method": "sso", "client": _client(client), "reason": reason},
        )
