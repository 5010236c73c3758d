"""Who acts: `current_actor()` is the one place the app learns it, from the signed-in identity on
the server. Query parameters, widget values and anything else a browser sends never grant
authority; the role always comes from our database.

Three ways in, chosen by configuration:
- single sign-on: an `[auth]` section in .streamlit/secrets.toml (st.login, OpenID Connect); the
  ID token's e-mail address (or subject) finds the account, a person without one sees only the
  "no access yet" page;
- the built-in sign-in form for accounts with a password (on unless
  DOORSTROOMMONITOR_PASSWORD_SIGNIN=off); the browser session keeps only a random token whose
  hash names an open session in the database (data_access.sign_in);
- no accounts and no single sign-on: the local administrator, but only while the server listens
  on the loopback address (make run) and the browser is on the same computer; anywhere else the
  app shows only the set-up page.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime

import streamlit as st

from data_access import accounts
from data_access import sign_in as signing
from data_access.access import LOCAL_ADMIN, AccessDenied, Actor
from ui import loaders

LOCAL_ADDRESSES = {"127.0.0.1", "localhost", "::1"}
PASSWORD_SIGNIN_VARIABLE = "DOORSTROOMMONITOR_PASSWORD_SIGNIN"
TOKEN_KEY = "auth_form_token"  # written only after a checked password (never by a widget)
SSO_RECORDED_KEY = "auth_sso_recorded"

SIGN_IN, NO_ACCESS, SET_UP = "sign_in", "no_access", "set_up"


@dataclass(frozen=True)
class Access:
    """Either who acts (`actor`, signed in by `method`), or the one page a visitor may see (`gate`)."""

    actor: Actor | None = None
    method: str | None = None  # "password" | "sso" | "local"
    gate: str | None = None  # SIGN_IN | NO_ACCESS | SET_UP
    identity: str | None = None  # the single sign-on identity without an account


# --- configuration ----------------------------------------------------------------------------


def sso_configured() -> bool:
    """An `[auth]` section in .streamlit/secrets.toml (how Streamlit's st.login is set up)."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def password_sign_in_enabled() -> bool:
    return os.environ.get(PASSWORD_SIGNIN_VARIABLE, "on").strip().lower() not in {"off", "uit", "0", "no"}


def listens_locally() -> bool:
    """The server accepts connections from this computer only (`--server.address 127.0.0.1`)."""
    return str(st.get_option("server.address") or "") in LOCAL_ADDRESSES


def client_address() -> str | None:
    """The browser's network address; None on this computer. Streamlit takes it from the TCP
    connection, or from X-Forwarded-For sent by a proxy it trusts (FORWARDED_ALLOW_IPS,
    default 127.0.0.1): a proxy on this computer therefore makes a visitor non-local too."""
    address = st.context.ip_address
    return address if isinstance(address, str) and address else None


def local_use() -> bool:
    return listens_locally() and client_address() is None


# --- who acts ---------------------------------------------------------------------------------


def resolve_access() -> Access:
    engine = loaders.engine()
    if sso_configured() and st.user.get("is_logged_in") is True:
        return _sso_access(engine)
    account = signing.session_account(engine, st.session_state.get(TOKEN_KEY))
    if account is not None:
        return Access(actor=account.actor, method="password")
    st.session_state.pop(TOKEN_KEY, None)  # ended, expired, disabled or password changed
    if sso_configured() or accounts.has_enabled_accounts(engine):
        return Access(gate=SIGN_IN)
    if local_use():
        return Access(actor=LOCAL_ADMIN, method="local")
    return Access(gate=SET_UP)


def _sso_identity() -> tuple[str | None, str | None]:
    email = st.user.get("email")
    if st.user.get("email_verified") is False:  # the provider says the address is not proven
        email = None
    subject = st.user.get("sub")
    return (str(email) if email else None), (str(subject) if subject else None)


def _sso_access(engine) -> Access:
    email, subject = _sso_identity()
    account = accounts.account_for_identity(engine, email, subject)
    first_time = not st.session_state.get(SSO_RECORDED_KEY)
    st.session_state[SSO_RECORDED_KEY] = True
    if account is None or not account.enabled:
        identity = email or subject or ""
        if first_time:
            reason = "no_account" if account is None else "disabled"
            signing.record_sso_refused(engine, identity, client_address(), reason)
        return Access(gate=NO_ACCESS, identity=identity)
    if first_time:
        issued = st.user.get("iat")
        issued_at = datetime.fromtimestamp(issued, UTC) if isinstance(issued, int | float) else None
        signing.record_sso_sign_in(engine, account, client_address(), issued_at)
    return Access(actor=account.actor, method="sso")


def current_actor() -> Actor:
    """The acting user for this run. Pages only run once someone acts (app.py shows a sign-in,
    no-access or set-up page otherwise), so the refusal below is a safety net."""
    access = resolve_access()
    if access.actor is None:
        raise AccessDenied("access.not_signed_in")
    return access.actor


# --- signing in and out -----------------------------------------------------------------------


def sign_in_with_password(name: str, password: str) -> None:
    """Raises data_access.sign_in.SignInRefused (wrong, throttled, disabled) with a coded message."""
    result = signing.sign_in(loaders.engine(), name, password, client_address())
    _forget_session()
    st.session_state[TOKEN_KEY] = result.token


def sign_out() -> None:
    """End the session: the form's session row is closed; single sign-on's cookie is removed."""
    access = resolve_access()
    engine = loaders.engine()
    if access.method == "password":
        signing.sign_out(engine, st.session_state.get(TOKEN_KEY), access.actor.name, "password")
    elif access.method == "sso":
        signing.sign_out(engine, None, access.actor.name, "sso")
    _forget_session()
    if sso_configured() and st.user.get("is_logged_in") is True:
        st.logout()


def _forget_session() -> None:
    """Nothing of the previous person stays in this browser session (but the language)."""
    for key in list(st.session_state.keys()):
        if key != "lang":
            del st.session_state[key]
