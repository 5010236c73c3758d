"""Words shared by several screens and the handouts: traffic-light statuses, the state of a
quarterly report, quarter names and the corporation × quarter status table."""

from __future__ import annotations

import pandas as pd

from domain.targets import Status
from reporting.formatting import quarter_label
from reporting.i18n import text

# Status is never colour alone: each has an icon and a word.
STATUS_ICONS = {Status.GREEN: "🟢", Status.AMBER: "🟠", Status.RED: "🔴", Status.UNKNOWN: "⚪"}
STATE_ICONS = {"submitted": "✅", "late": "🕒", "missing": "❌", "due": "⏳", "open": "·"}


def status_names(lang: str) -> dict[str, str]:
    """Each traffic-light status (domain.targets.Status value) as a word."""
    return {s.value: text("status." + s.value, lang) for s in Status}


def status_text(status: Status, lang: str) -> str:
    """Icon and word, e.g. "🟢 Op koers"."""
    return f"{STATUS_ICONS[status]} {text('status.' + status.value, lang)}"


def state_label(state: str, lang: str) -> str:
    """A report's state (domain.submissions) with its icon, e.g. "❌ Ontbreekt"."""
    return f"{STATE_ICONS[state]} {text('state.' + state, lang)}"


def quarter_name(quarter: int, lang: str) -> str:
    """ "K3" in Dutch, "Q3" in English."""
    return text("progress.quarter", lang, q=quarter)


def quarter_count(n: int, lang: str) -> str:
    """ "1 kwartaal", "3 kwartalen"."""
    return text("progress.quarters.one", lang) if n == 1 else text("progress.quarters.many", lang, n=n)


def status_matrix_table(matrix: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Corporation rows × quarter columns with icon + word per cell."""
    if matrix.empty:
        return pd.DataFrame()
    labelled = matrix.assign(
        cell=[state_label(state, lang) for state in matrix["state"]],
        # "2026-K3" in Dutch, "2026-Q3" in English (the matrix's own label is the Dutch one)
        column=[quarter_label(y, q, lang) for y, q in zip(matrix["year"], matrix["quarter"], strict=True)],
    )
    order = list(dict.fromkeys(matrix["corporation"]))  # the agreement's order, not A-Z
    table = labelled.pivot(index="corporation", columns="column", values="cell").reindex(order)
    table.index.name = text("filter.corporation", lang)
    table.columns.name = None
    return table
