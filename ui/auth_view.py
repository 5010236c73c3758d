"""Pieces of the gate pages (sign-in, no access, set-up): a centred column, the password form and
the commands that create the first administrator."""

from __future__ import annotations

import streamlit as st

from data_access.sign_in import SignInRefused
from ui import auth
from ui.i18n import language, t
from ui.shell import language_choice

FORM_WIDTH = 620  # px; narrower screens get the full width
FLASH_KEY = "auth_flash"
FIRST_ADMIN_COMMAND = (
    "python -m data_access users add secretaris --role beheerder --email secretaris@example.nl"
)
FIRST_ADMIN_DOCKER = (
    "docker compose -p doorstroommonitor run --rm migrate \\\n"
    "    python -m data_access users add secretaris --role beheerder --email secretaris@example.nl"
)


def centred():
    """A column of FORM_WIDTH in the middle of the screen, with the language choice on top."""
    outer = st.container(horizontal_alignment="center")
    column = outer.container(width=FORM_WIDTH)
    language_choice(column)
    return column


def show_flash() -> None:
    message = st.session_state.pop(FLASH_KEY, None)
    if message:
        st.error(message)


def password_form() -> None:
    """User name and password; a refusal (wrong, throttled, disabled) is shown in Dutch above it.
    The form empties itself on submit, so a password never stays in the page."""
    with st.form("auth_password_form", clear_on_submit=True):
        st.subheader(t("auth.sign_in.form_title"))
        name = st.text_input(t("auth.sign_in.name"), key="auth_name", autocomplete="username", max_chars=254)
        password = st.text_input(
            t("auth.sign_in.password"),
            key="auth_password",
            type="password",
            autocomplete="current-password",
            max_chars=256,
        )
        submitted = st.form_submit_button(t("auth.sign_in.submit"), type="primary")
    if not submitted:
        return
    try:
        auth.sign_in_with_password(name or "", password or "")
    except SignInRefused as exc:
        st.session_state[FLASH_KEY] = exc.text(language())
        st.session_state.pop("auth_password", None)  # typed again next time, never kept
    st.rerun()


def no_access_identity() -> str:
    return auth.resolve_access().identity or ""
