"""Reusable screen pieces: KPI tile, status matrix, demo banner, page guard."""

from __future__ import annotations

import logging
from contextlib import contextmanager

import pandas as pd
import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from domain.targets import Status
from ui import loaders
from ui.i18n import t

log = logging.getLogger("doorstroommonitor")

# Status is never colour alone: each has an icon and a word.
STATUS_ICONS = {Status.GREEN: "🟢", Status.AMBER: "🟠", Status.RED: "🔴", Status.UNKNOWN: "⚪"}
STATE_ICONS = {"submitted": "✅", "late": "🕒", "missing": "❌", "due": "⏳", "open": "·"}


def status_text(status: Status) -> str:
    return f"{STATUS_ICONS[status]} {t('status.' + status.value)}"


def kpi_tile(label: str, value: str, status: Status, detail: str, help_text: str | None = None) -> None:
    with st.container(border=True):
        # st.metric truncates long labels; a markdown line wraps, which a projector needs.
        st.markdown(f"**{label}**", help=help_text)
        st.metric(label, value, label_visibility="collapsed")
        st.markdown(f"**{status_text(status)}**")
        st.caption(detail)


def state_label(state: str) -> str:
    return f"{STATE_ICONS[state]} {t('state.' + state)}"


def status_matrix_table(matrix: pd.DataFrame) -> pd.DataFrame:
    """Corporation rows × quarter columns with icon + word per cell."""
    if matrix.empty:
        return pd.DataFrame()
    labelled = matrix.assign(cell=matrix["state"].map(state_label))
    order = list(dict.fromkeys(matrix["corporation"]))  # the agreement's order, not A-Z
    table = labelled.pivot(index="corporation", columns="label", values="cell").reindex(order)
    table.index.name = t("filter.corporation")
    table.columns.name = None
    return table


def demo_banner() -> None:
    if loaders.has_demo_data():
        st.info(t("demo.banner"))


@contextmanager
def friendly_errors():
    """Show a Dutch sentence instead of a traceback; the details go to the server log."""
    try:
        yield
    except SQLAlchemyError:
        log.exception("database error while rendering a page")
        st.error(t("error.database"))
    except Exception:
        log.exception("unexpected error while rendering a page")
        st.error(t("error.unexpected"))
