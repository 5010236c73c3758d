"""Reusable screen pieces: KPI tile, status matrix, demo banner, messages that survive a rerun,
page guard."""

from __future__ import annotations

import logging
from contextlib import contextmanager

import pandas as pd
import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from domain.errors import UserError
from domain.targets import Status
from reporting import labels
from ui import loaders
from ui.i18n import language, t

log = logging.getLogger("doorstroommonitor")


def kpi_tile(label: str, value: str, status: Status, detail: str, help_text: str | None = None) -> None:
    with st.container(border=True):
        # st.metric truncates long labels; a markdown line wraps, which a projector needs.
        st.markdown(f"**{label}**", help=help_text)
        st.metric(label, value, label_visibility="collapsed")
        st.markdown(f"**{labels.status_text(status, language())}**")
        st.caption(detail)


def status_matrix_table(matrix: pd.DataFrame) -> pd.DataFrame:
    """Corporation rows × quarter columns with icon + word per cell, in the user's language."""
    return labels.status_matrix_table(matrix, language())


def demo_banner() -> None:
    if loaders.has_demo_data():
        st.info(t("demo.banner"))


def flash(key: str, kind: str, message: str) -> None:
    """A message that survives the rerun after a write; `kind` is success, info, warning or error,
    `key` the page's own (so a message shows only where it was made)."""
    st.session_state[key] = (kind, message)


def show_flash(key: str) -> None:
    if key in st.session_state:
        kind, message = st.session_state.pop(key)
        getattr(st, kind)(message)


@contextmanager
def friendly_errors():
    """Show a sentence in the user's language instead of a traceback; the details go to the log.

    A UserError (for example a refusal the page did not catch itself) says what to do, so it is
    shown as it is; anything else gets the generic message."""
    try:
        yield
    except UserError as exc:
        log.info("user error while rendering a page: %s", exc.code)
        st.error(exc.text(language()))
    except SQLAlchemyError:
        log.exception("database error while rendering a page")
        st.error(t("error.database"))
    except Exception:
        log.exception("unexpected error while rendering a page")
        st.error(t("error.unexpected"))
