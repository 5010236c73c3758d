"""Which quarterly reports are in (shown on the Overzicht), without Streamlit: each quarter's
deadline and, for late and missing reports, how many days past it, in a table and in sentences."""

from __future__ import annotations

from datetime import date

import pandas as pd

from domain.submissions import SubmissionState, overdue_reports, still_missing, with_days_late
from reporting import formatting as fmt
from reporting.i18n import text
from reporting.labels import STATE_ICONS, state_label


def days_text(days: int, lang: str) -> str:
    """ "1 dag" / "20 dagen"."""
    return text(
        "overview.days.one" if days == 1 else "overview.days.many", lang, n=fmt.number(days, lang=lang)
    )


def _cell(state: str, days: int | None, lang: str) -> str:
    """ "✅ Ingediend", "🕒 Te laat: 20 dagen", "❌ Ontbreekt: 299 dagen" (short: narrow screens)."""
    if days is None:
        return state_label(state, lang)
    return f"{STATE_ICONS[state]} {text('overview.cell.' + state, lang, days=days_text(days, lang))}"


def status_table(matrix: pd.DataFrame, today: date, lang: str) -> pd.DataFrame:
    """Corporation rows × quarter columns ("2025-K4" / "2025-Q4"), a first row with each
    quarter's deadline, and for late and missing reports the days past it in the cell."""
    if matrix.empty:
        return pd.DataFrame()
    rows = with_days_late(matrix, today)
    column = [fmt.quarter_label(y, q, lang) for y, q in zip(rows["year"], rows["quarter"], strict=True)]
    cells = rows.assign(
        column=column,
        cell=[_cell(s, d, lang) for s, d in zip(rows["state"], rows["days_late"], strict=True)],
    )
    order = list(dict.fromkeys(matrix["corporation"]))  # the agreement's order, not A-Z
    table = cells.pivot(index="corporation", columns="column", values="cell").reindex(order)
    deadlines = cells.drop_duplicates("column").set_index("column")["deadline"]
    deadline_row = pd.DataFrame(
        [[fmt.day(deadlines[c], lang) for c in table.columns]],
        index=[text("overview.status.deadline_row", lang)],
        columns=table.columns,
    )
    table = pd.concat([deadline_row, table])
    table.index.name = text("filter.corporation", lang)
    table.columns.name = None
    return table


def _phrases(reports: pd.DataFrame, lang: str) -> list[str]:
    items = []
    for r in reports.itertuples():
        values = {
            "name": r.corporation,
            "quarter": fmt.quarter_label(r.year, r.quarter, lang),
            "days": days_text(r.days_late, lang),
            "deadline": fmt.day(r.deadline, lang),
        }
        if r.state == SubmissionState.LATE.value:
            items.append(
                text("overview.overdue.late", lang, received=fmt.day(r.submitted_on, lang), **values)
            )
        else:
            items.append(text("overview.overdue.missing", lang, **values))
    return items


def overdue_items(matrix: pd.DataFrame, today: date, year: int, lang: str) -> list[str]:
    """One phrase per late or missing report of `year`, e.g. "deltaWonen 2025-K4 ontbreekt:
    299 dagen na de uiterste datum (31-01-2026)"."""
    return _phrases(overdue_reports(matrix, today, year), lang)


def still_missing_sentence(matrix: pd.DataFrame, today: date, shown_year: int, lang: str) -> str | None:
    """Reports of earlier years than this one that never came in (the shown year's own are in its
    sentence already), or None when there are none."""
    reports = still_missing(matrix, today, today.year)
    reports = reports[reports["year"] != shown_year] if not reports.empty else reports
    if reports.empty:
        return None
    return text("overview.overdue.still_missing", lang, items="; ".join(_phrases(reports, lang)))


def overdue_sentence(matrix: pd.DataFrame, today: date, year: int, lang: str, current: bool = False) -> str:
    """The year's late and missing reports in one line, or that there are none; `current` words it
    as the running year's line shown under another year's table."""
    items = overdue_items(matrix, today, year, lang)
    prefix = "overview.overdue.current_" if current else "overview.overdue."
    if not items:
        return text(prefix + "none", lang, year=year)
    return text(prefix + "some", lang, year=year, items="; ".join(items))
