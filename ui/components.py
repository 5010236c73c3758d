"""Reusable screen pieces: KPI tile and row, status matrix, page notices, messages that survive a rerun,
page guard."""

from __future__ import annotations

import logging
from contextlib import contextmanager

import pandas as pd
import streamlit as st

# show_table styles its frame; imported here, at the top, so the start-up warm-up (ui/serve.py)
# loads pandas' Styler and compiles its templates before the first visitor's run (0.2 s).
from pandas.io.formats.style import Styler
from sqlalchemy.exc import SQLAlchemyError

from domain.errors import UserError
from domain.targets import Status
from reporting import formatting as fmt
from reporting import labels
from ui.i18n import language, t

log = logging.getLogger("doorstroommonitor")


def kpi_tile(label: str, value: str, status: Status, detail: str, help_text: str | None = None) -> None:
    with st.container(border=True):
        # st.metric truncates long labels; a markdown line wraps, which a projector needs.
        st.markdown(f"**{label}**", help=help_text)
        st.metric(label, value, label_visibility="collapsed")
        st.markdown(f"**{labels.status_text(status, language())}**")
        st.caption(detail)


def show_table(frame: pd.DataFrame, hide_index: bool = True) -> None:
    """A table for the meeting room: every column and every cell whole (text wraps; a canvas
    st.dataframe would hide columns behind a sideways scroll on a 1024 px projector), figures
    right-aligned so digits line up, text as large as the page's (ui/layout.css)."""
    figures = fmt.figure_columns(frame)
    # st.table reads cells as Markdown ("+ € 7.590" would become a bullet): show them literally.
    styled = Styler(frame).format(fmt.markdown_literal, na_rep="")
    styled = styled.format_index(fmt.markdown_literal, axis=0).format_index(fmt.markdown_literal, axis=1)
    if figures:  # !important: st.table sets text-align on each cell itself
        styled = styled.set_properties(subset=figures, **{"text-align": "right !important"})
    st.table(styled, hide_index=hide_index)


def show_text_table(frame: pd.DataFrame, hide_index: bool = True) -> None:
    """Like show_table, drawn as one Markdown table (ui/layout.css gives it the same width, text
    size and lines): for a table of short text on the first page after a start, which the
    browser then draws without loading st.table's Arrow decoder (docs/performance.md)."""
    st.markdown(fmt.markdown_table(frame, hide_index=hide_index))


def status_matrix_table(matrix: pd.DataFrame) -> pd.DataFrame:
    """Corporation rows × quarter columns with icon + word per cell, in the user's language."""
    return labels.status_matrix_table(matrix, language())


def page_notices(notices: list[tuple[str, str]]) -> None:
    """Notices above the page title as one slim strip (ui/layout.css): a short sentence each,
    its explanation behind the ⓘ. `notices`: (text key, explanation text key) pairs."""
    if not notices:
        return
    with st.container(key="page_notices", horizontal=True, gap="small"):
        for key, explanation in notices:
            st.caption(t(key), help=t(explanation), width="content")


def kpi_columns(count: int, key: str) -> list:
    """`count` columns for KPI tiles or metrics that sit side by side on a wide screen and wrap
    to two a row when the row is narrow (ui/layout.css, the "kpi_row" rule)."""
    with st.container(key=f"kpi_row_{key}"):
        return st.columns(count)


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
