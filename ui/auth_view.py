"""Pieces of the gate pages (sign-in, no access, set-up): a centred column, the password form and
the commands that create the first administrator."""

from __future__ import annotations

from contextlib import contextmanager

import streamlit as st

from data_access.sign_in import SignInRefused
from ui import auth
from ui.i18n import language, t
from ui.shell import language_choice

FORM_WIDTH = 620  # px; narrower screens get the full width
WIDE_WIDTH = 760  # the set-up page's commands
FLASH_KEY = "auth_flash"
FIRST_ADMIN_COMMAND = "python -m data_access users add secretaris --role beheerder"
FIRST_ADMIN_DOCKER = (
    "docker compose -p doorstroommonitor run --rm migrate \\\n"
    "    python -m data_access users add secretaris --role beheerder"
)


@contextmanager
def centred(width: int = FORM_WIDTH):
    """A column in the middle of the screen: the app's name on top, the language choice below."""
    outer = st.container(horizontal_alignment="center")
    column = outer.container(width=width)
    with column:
        st.markdown(f"🏘️ **{t('app.title')}**")
        yield column
        st.divider()
        language_choice(st)


def show_flash() -> None:
    """The last refusal. The slot is always there, so the form below keeps its place between runs
    (no flicker, and no second copy of the form while the page updates)."""
    slot = st.empty()
    message = st.session_state.pop(FLASH_KEY, None)
    if message:
        slot.error(message)


def password_form(titled: bool) -> None:
    """User name and password; a refusal (wrong, throttled, disabled) is shown in Dutch above it.
    The form empties itself on submit, so a password never stays in the page. `titled`: say
    which way this is, when single sign-on is offered too."""
    with st.form("auth_password_form", clear_on_submit=True):
        if titled:
            st.markdown(f"**{t('auth.sign_in.form_title')}**")
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
