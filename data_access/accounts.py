"""Accounts: who may sign in, with which role; managed by administrators (the admin page and
`python -m data_access users ...` call these same functions).

Passwords are hashed with argon2 (argon2-cffi's PasswordHasher, its RFC 9106 defaults) and never
stored, logged or returned in clear; `AccountInfo` carries no hash.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from data_access.access import (
    LOCAL_ADMIN,
    OPERATOR,
    ROLE_LABELS,
    ROLES,
    ROLES_BY_LABEL,
    AccessDenied,
    Actor,
    Role,
    require_admin,
)
from data_access.audit import add_entry, refusals_recorded
from data_access.db import session_scope
from data_access.models import Account, Partner
from domain.errors import UserError
from domain.partners import CORPORATIONS, canonical_corporation

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 256  # argon2 takes any length; a bound keeps a pasted novel from costing CPU
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._@-]{1,63}")
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
RESERVED_NAMES = {"demo", "systeem", "cli", "lokaal", "beheerder", "admin", "opdrachtregel"}
HASHER = PasswordHasher()


class AccountError(UserError, ValueError):
    """An account cannot be created or changed as asked (a coded message)."""


@dataclass(frozen=True)
class AccountInfo:
    """An account as the app and the command line see it: never with its password hash."""

    id: int
    username: str
    role: Role
    corporation: str | None
    email: str | None
    enabled: bool
    created_at: datetime
    last_sign_in_at: datetime | None

    @property
    def actor(self) -> Actor:
        return Actor(name=self.username, role=self.role, corporation=self.corporation, account=self.username)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.username,
            "role": self.role_label,
            "corporation": self.corporation,
            "email": self.email,
            "enabled": self.enabled,
            "created_at": self.created_at.isoformat(),
            "last_sign_in_at": self.last_sign_in_at.isoformat() if self.last_sign_in_at else None,
        }


def info(row: Account) -> AccountInfo:
    return AccountInfo(
        id=row.id,
        username=row.username,
        role=row.role,  # type: ignore[arg-type]
        corporation=row.corporation.name if row.corporation else None,
        email=row.email,
        enabled=row.enabled,
        created_at=row.created_at,
        last_sign_in_at=row.last_sign_in_at,
    )


# --- checks on what is typed ------------------------------------------------------------------


def clean_name(name: str | None) -> str:
    """Account names are case-insensitive: stored and compared in lower case."""
    return str(name or "").strip().lower()


def role_of(label: str) -> Role:
    """The internal role for a Dutch label (beheerder, stuurgroep, corporatie) or an internal name."""
    cleaned = str(label or "").strip().lower()
    if cleaned in ROLES_BY_LABEL:
        return ROLES_BY_LABEL[cleaned]
    if cleaned in ROLES:
        return cleaned
    raise AccountError("account.role_unknown", role=label)


def _check_name(name: str) -> str:
    cleaned = clean_name(name)
    if not NAME_PATTERN.fullmatch(cleaned):
        raise AccountError("account.name_invalid", name=name)
    if cleaned in RESERVED_NAMES or cleaned in {LOCAL_ADMIN.name, OPERATOR.name}:
        raise AccountError("account.name_reserved", name=cleaned)
    return cleaned


def _check_email(email: str | None) -> str | None:
    cleaned = str(email or "").strip().lower()
    if not cleaned:
        return None
    if len(cleaned) > 254 or not EMAIL_PATTERN.fullmatch(cleaned):
        raise AccountError("account.email_invalid", email=email)
    return cleaned


def check_password(password: str, name: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("account.password_too_short", n=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError("account.password_too_long", n=MAX_PASSWORD_LENGTH)
    if password.strip().lower() == clean_name(name):
        raise AccountError("account.password_is_name")


def _corporation_id(session: Session, role: Role, corporation: str | None) -> int | None:
    given = str(corporation or "").strip()
    if role != "corporation":
        if given:
            raise AccountError("account.corporation_not_for_role")
        return None
    if not given:
        raise AccountError("account.corporation_required")
    name = canonical_corporation(given)
    if name is None:
        raise AccountError("account.corporation_unknown", corporation=given, names=list(CORPORATIONS))
    return session.scalar(select(Partner.id).where(Partner.name == name))


def _row(session: Session, name: str) -> Account:
    row = session.scalar(select(Account).where(Account.username == clean_name(name)))
    if row is None:
        raise AccountError("account.not_found", name=name)
    return row


def _keep_an_admin(session: Session, row: Account) -> None:
    """Never leave the installation without an enabled administrator."""
    if row.role != "admin" or not row.enabled:
        return
    others = session.scalar(
        select(func.count(Account.id)).where(
            Account.role == "admin", Account.enabled.is_(True), Account.id != row.id
        )
    )
    if not others:
        raise AccountError("account.last_admin", name=row.username)


# --- administration ---------------------------------------------------------------------------


def add_account(
    engine: Engine,
    actor: Actor,
    name: str,
    *,
    role: Role,
    password: str,
    corporation: str | None = None,
    email: str | None = None,
) -> AccountInfo:
    with refusals_recorded(engine, actor):
        require_admin(actor, "manage_accounts")
    role = role_of(role)
    username = _check_name(name)
    check_password(password, username)
    address = _check_email(email)
    password_hash = HASHER.hash(password)
    now = datetime.now(UTC)
    try:
        with session_scope(engine) as session:
            _refuse_taken(session, username, address)
            corporation_id = _corporation_id(session, role, corporation)
            _first_is_an_admin(session, role)
            row = Account(
                username=username,
                role=role,
                corporation_id=corporation_id,
                email=address,
                password_hash=password_hash,
                enabled=True,
                created_at=now,
                created_by=actor.name,
                password_changed_at=now,
            )
            session.add(row)
            session.flush()
            session.refresh(row)
            account = info(row)
            add_entry(session, actor, "account_added", _facts(account))
            return account
    except IntegrityError as exc:  # the same name or e-mail added at the same moment elsewhere
        raise AccountError("account.name_taken", name=username) from exc


def _refuse_taken(session: Session, username: str, email: str | None, own_id: int | None = None) -> None:
    if session.scalar(select(Account.id).where(Account.username == username)) not in (None, own_id):
        raise AccountError("account.name_taken", name=username)
    if email:
        holder = session.execute(select(Account.id, Account.username).where(Account.email == email)).first()
        if holder is not None and holder.id != own_id:
            raise AccountError("account.email_taken", email=email, name=holder.username)


def _first_is_an_admin(session: Session, role: Role) -> None:
    """The first account switches sign-in on: it must be able to administer the rest."""
    if (
        role != "admin"
        and session.scalar(select(Account.id).where(Account.enabled.is_(True)).limit(1)) is None
    ):
        raise AccountError("account.first_must_be_admin")


def _facts(account: AccountInfo) -> dict[str, Any]:
    facts: dict[str, Any] = {"account": account.username, "role": account.role}
    if account.corporation:
        facts["corporation"] = account.corporation
    if account.email:
        facts["email"] = account.email
    return facts


def list_accounts(engine: Engine, actor: Actor) -> list[AccountInfo]:
    with refusals_recorded(engine, actor):
        require_admin(actor, "manage_accounts")
    with session_scope(engine, write=False) as session:
        return [info(row) for row in session.scalars(select(Account).order_by(Account.username))]


def _change(
    engine: Engine,
    actor: Actor,
    name: str,
    action: str,
    apply: Callable[[Session, Account], dict[str, Any] | None],
) -> AccountInfo:
    """Load the account, apply one change, audit it: one transaction."""
    with refusals_recorded(engine, actor):
        require_admin(actor, "manage_accounts")
    with session_scope(engine) as session:
        row = _row(session, name)
        extra = apply(session, row) or {}
        session.flush()
        session.refresh(row)
        account = info(row)
        add_entry(session, actor, action, _facts(account) | extra)
        return account


def disable_account(engine: Engine, actor: Actor, name: str) -> AccountInfo:
    """The account can no longer sign in; its open form sessions end at once (history stays)."""

    def apply(session: Session, row: Account) -> None:
        _keep_an_admin(session, row)
        row.enabled = False

    return _change(engine, actor, name, "account_disabled", apply)


def enable_account(engine: Engine, actor: Actor, name: str) -> AccountInfo:
    def apply(_session: Session, row: Account) -> None:
        row.enabled = True

    return _change(engine, actor, name, "account_enabled", apply)


def set_role(
    engine: Engine, actor: Actor, name: str, role: Role, corporation: str | None = None
) -> AccountInfo:
    role = role_of(role)

    def apply(session: Session, row: Account) -> dict[str, Any]:
        old = {"old_role": row.role}
        corporation_id = _corporation_id(session, role, corporation)
        if role != "admin":
            _keep_an_admin(session, row)
        row.role, row.corporation_id = role, corporation_id
        return old

    return _change(engine, actor, name, "account_role_changed", apply)


def set_password(engine: Engine, actor: Actor, name: str, password: str) -> AccountInfo:
    """A new password; sessions signed in with the old one end (their stamp no longer matches)."""
    with refusals_recorded(engine, actor):
        require_admin(actor, "manage_accounts")
    check_password(password, name)
    password_hash = HASHER.hash(password)

    def apply(_session: Session, row: Account) -> None:
        row.password_hash = password_hash
        row.password_changed_at = datetime.now(UTC)

    return _change(engine, actor, name, "account_password_set", apply)


# --- lookups ----------------------------------------------------------------------------------


def has_enabled_accounts(engine: Engine) -> bool:
    """Whether anyone can sign in: without, the app runs only locally as the local administrator."""
    with engine.connect() as connection:
        return connection.scalar(select(Account.id).where(Account.enabled.is_(True)).limit(1)) is not None


def find_account(engine: Engine, name: str) -> AccountInfo | None:
    with session_scope(engine, write=False) as session:
        row = session.scalar(select(Account).where(Account.username == clean_name(name)))
        return info(row) if row else None


def account_by_id(engine: Engine, account_id: int) -> AccountInfo | None:
    with session_scope(engine, write=False) as session:
        row = session.get(Account, account_id)
        return info(row) if row else None


def account_for_identity(engine: Engine, email: str | None, subject: str | None) -> AccountInfo | None:
    """The account of a single sign-on identity: by the ID token's e-mail address, else by its
    subject written in the account's e-mail field (for a provider that sends no e-mail)."""
    with session_scope(engine, write=False) as session:
        for key in (email, subject):
            cleaned = str(key or "").strip().lower()
            if cleaned:
                row = session.scalar(select(Account).where(Account.email == cleaned))
                if row is not None:
                    return info(row)
        return None


def actor_for_name(engine: Engine, name: str) -> Actor:
    """The actor for `import --as-user NAME`: an existing, enabled account, else refused (and the
    refusal recorded, naming the operator who asked)."""
    with refusals_recorded(engine, OPERATOR):
        if not clean_name(name):
            raise AccessDenied("access.as_user_missing")
        account = find_account(engine, name)
        if account is None:
            raise AccessDenied("access.as_user_unknown", name=name)
        if not account.enabled:
            raise AccessDenied("access.as_user_disabled", name=account.username)
        return account.actor
