"""The Gebruikers page's pieces: the account list and the forms that add and change accounts.

They call the same data_access.accounts functions as `python -m data_access users ...`, with the
acting user, so the rules (administrators only, the last administrator stays) are enforced there.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from data_access import accounts
from data_access.access import ROLES, AccessDenied, Actor
from domain.errors import UserError
from domain.partners import CORPORATIONS
from reporting import formatting as fmt
from reporting.downloads import shown_frame
from ui import loaders
from ui.i18n import language, t

FLASH_KEY = "accounts_flash"
NO_CORPORATION = ""


def _role_name(role: str) -> str:
    return t(f"auth.role.{role}")


def _corporation_name(value: str) -> str:
    return t("accounts.none") if value == NO_CORPORATION else value


def flash(kind: str, message: str) -> None:
    st.session_state[FLASH_KEY] = (kind, message)


def show_flash() -> None:
    if FLASH_KEY in st.session_state:
        kind, message = st.session_state.pop(FLASH_KEY)
        getattr(st, kind)(message)


def account_list(actor: Actor) -> list[accounts.AccountInfo]:
    return accounts.list_accounts(loaders.engine(), actor)


def accounts_table(found: list[accounts.AccountInfo]) -> pd.DataFrame:
    """One row per account; shown safe for the table's CSV download (an e-mail is typed text)."""
    lang = language()
    return shown_frame(
        pd.DataFrame(
            {
                t("accounts.col.name"): [a.username for a in found],
                t("accounts.col.role"): [_role_name(a.role) for a in found],
                t("accounts.col.corporation"): [a.corporation or "–" for a in found],
                t("accounts.col.email"): [a.email or "–" for a in found],
                t("accounts.col.enabled"): [
                    t("accounts.yes") if a.enabled else t("accounts.no") for a in found
                ],
                t("accounts.col.last"): [
                    fmt.day(a.last_sign_in_at, lang) if a.last_sign_in_at else t("accounts.never")
                    for a in found
                ],
            }
        )
    )


def _attempt(action, success: str) -> None:
    """Run one change; say what happened (in Dutch) after the rerun."""
    try:
        action()
    except (UserError, AccessDenied) as exc:
        flash("error", exc.text(language()))
    else:
        flash("success", success)
    st.rerun()


def _passwords_equal(first: str, second: str) -> None:
    if first != second:
        raise accounts.AccountError("account.passwords_differ")


def add_form(actor: Actor) -> None:
    with st.form("accounts_add", clear_on_submit=True):
        left, right = st.columns(2)
        name = left.text_input(t("accounts.field.name"), key="accounts_add_name", max_chars=64)
        email = right.text_input(t("accounts.field.email"), key="accounts_add_email", max_chars=254)
        role = left.selectbox(
            t("accounts.field.role"), ROLES, format_func=_role_name, key="accounts_add_role"
        )
        corporation = right.selectbox(
            t("accounts.field.corporation"),
            [NO_CORPORATION, *CORPORATIONS],
            format_func=_corporation_name,
            key="accounts_add_corporation",
        )
        password = left.text_input(t("accounts.field.password"), type="password", key="accounts_add_password")
        repeat = right.text_input(t("accounts.field.repeat"), type="password", key="accounts_add_repeat")
        submitted = st.form_submit_button(t("accounts.add.button"), type="primary")
    if submitted:

        def add() -> None:
            _passwords_equal(password, repeat)
            accounts.add_account(
                loaders.engine(),
                actor,
                name,
                role=role,
                password=password,
                corporation=corporation or None,
                email=email or None,
            )

        _attempt(add, t("accounts.added", name=accounts.clean_name(name)))


def change_forms(actor: Actor, found: list[accounts.AccountInfo]) -> None:
    """Choose an account; change its role, reset its password, or switch its access."""
    by_name = {a.username: a for a in found}
    chosen = by_name[st.selectbox(t("accounts.change.choose"), list(by_name), key="accounts_choice")]
    role_column, password_column, access_column = st.columns(3)
    with role_column:
        role_form(actor, chosen)
    with password_column:
        password_form(actor, chosen)
    with access_column:
        access_form(actor, chosen)


def role_form(actor: Actor, chosen: accounts.AccountInfo) -> None:
    with st.form("accounts_role"):
        st.markdown(f"**{t('accounts.role.title')}**")
        role = st.selectbox(
            t("accounts.field.role"),
            ROLES,
            index=ROLES.index(chosen.role),
            format_func=_role_name,
            key="accounts_role_role",
        )
        options = [NO_CORPORATION, *CORPORATIONS]
        corporation = st.selectbox(
            t("accounts.field.corporation"),
            options,
            index=options.index(chosen.corporation or NO_CORPORATION),
            format_func=_corporation_name,
            key="accounts_role_corporation",
        )
        submitted = st.form_submit_button(t("accounts.role.button"))
    if submitted:
        _attempt(
            lambda: accounts.set_role(loaders.engine(), actor, chosen.username, role, corporation or None),
            t("accounts.role.done", name=chosen.username, role=_role_name(role)),
        )


def password_form(actor: Actor, chosen: accounts.AccountInfo) -> None:
    with st.form("accounts_password", clear_on_submit=True):
        st.markdown(f"**{t('accounts.password.title')}**")
        password = st.text_input(t("accounts.field.password"), type="password", key="accounts_new_password")
        repeat = st.text_input(t("accounts.field.repeat"), type="password", key="accounts_new_repeat")
        submitted = st.form_submit_button(t("accounts.password.button"))
    if submitted:

        def reset() -> None:
            _passwords_equal(password, repeat)
            accounts.set_password(loaders.engine(), actor, chosen.username, password)

        _attempt(reset, t("accounts.password.done", name=chosen.username))


def access_form(actor: Actor, chosen: accounts.AccountInfo) -> None:
    with st.container(border=True):
        st.markdown(f"**{t('accounts.enabled.title')}**")
        st.write(t("accounts.yes") if chosen.enabled else t("accounts.no"))
        engine = loaders.engine()
        if chosen.enabled and st.button(t("accounts.disable.button"), key="accounts_disable"):
            _attempt(
                lambda: accounts.disable_account(engine, actor, chosen.username),
                t("accounts.disabled", name=chosen.username),
            )
        if not chosen.enabled and st.button(t("accounts.enable.button"), key="accounts_enable"):
            _attempt(
                lambda: accounts.enable_account(engine, actor, chosen.username),
                t("accounts.enabled", name=chosen.username),
            )
