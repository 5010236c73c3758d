"""The Logboek page's pieces: filters, a readable line per audit entry, the Excel export.

The log is read with the acting user (data_access.audit refuses anyone but an administrator) and
not cached: it must show a sign-in of a minute ago.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pandas as pd
import streamlit as st

from data_access import audit
from data_access.access import Actor
from data_access.exports import table_workbook
from data_access.sign_in import LOCAL_CLIENT
from domain.partners import CORPORATIONS
from reporting import formatting as fmt
from reporting.downloads import XLSX_MIME, shown_frame
from reporting.i18n import plural_key
from ui import loaders
from ui.i18n import TEXTS, language, t

ALL = ""
DEFAULT_DAYS = 90


def action_label(action: str) -> str:
    key = f"logbook.action.{action}"
    return t(key) if key in TEXTS else action  # an action added later shows its code


def _all_or(value: str, label=str) -> str:
    return t("logbook.filter.all") if value == ALL else label(value)


def today() -> date:
    """The real date in the Netherlands (the log's times are real, also when a demo pins 'today')."""
    return datetime.now(audit.LOCAL_ZONE).date()


def filters(actor: Actor) -> tuple[dict[str, Any], Any]:
    """Person, partner and action side by side, the period below (two rows, so nothing is cut off
    on a laptop with the sidebar open); returns audit_frame's keyword arguments and the place
    beside the period for the export button."""
    choices = audit.audit_choices(loaders.engine(), actor)
    person, partner, action = st.columns(3)
    chosen_person = person.selectbox(
        t("logbook.filter.person"), [ALL, *choices["people"]], format_func=_all_or, key="logbook_person"
    )
    chosen_partner = partner.selectbox(
        t("logbook.filter.partner"), [ALL, *CORPORATIONS], format_func=_all_or, key="logbook_partner"
    )
    chosen_action = action.selectbox(
        t("logbook.filter.action"),
        [ALL, *choices["actions"]],
        format_func=lambda a: _all_or(a, action_label),
        key="logbook_action",
    )
    end = today()
    period, export = st.columns([2, 1], vertical_alignment="bottom")
    days = period.date_input(
        t("logbook.filter.period"),
        value=(end - timedelta(days=DEFAULT_DAYS), end),
        format="DD-MM-YYYY",
        key="logbook_period",
    )
    start, stop = (tuple(days) + (None, None))[:2] if isinstance(days, tuple | list) else (days, None)
    chosen = {
        "person": chosen_person or None,
        "partner": chosen_partner or None,
        "action": chosen_action or None,
        "start": start,
        "end": stop,
    }
    return chosen, export


def entries(actor: Actor, chosen: dict[str, Any]) -> pd.DataFrame:
    return audit.audit_frame(loaders.engine(), actor, **chosen)


def _label(details: dict) -> str:
    if "year" in details and "quarter" in details:
        return fmt.quarter_label(int(details["year"]), int(details["quarter"]), language())
    return ""


def _role(role: Any) -> str:
    key = f"auth.role.{role}"
    return t(key) if key in TEXTS else str(role or "")


def _from(details: dict) -> str:
    client = details.get("client")
    if not client:
        return ""
    return t("logbook.d.local") if client == LOCAL_CLIENT else t("logbook.d.from", client=client)


def describe(action: str, details: dict) -> str:
    """One readable sentence for an entry, in the page's language."""
    d = details
    if action == "submission_stored":
        text = t(
            "logbook.d.stored", corporation=d.get("corporation"), label=_label(d), version=d.get("version")
        )
        if d.get("replaced_version"):
            text += t("logbook.d.replaces", old=d["replaced_version"])
        return text + (t("logbook.d.file", file=d["file_name"]) if d.get("file_name") else "")
    if action == "submission_restored":
        return t(
            "logbook.d.restored", corporation=d.get("corporation"), label=_label(d), version=d.get("version")
        )
    if action == "parameters_saved":
        valid_from = date.fromisoformat(d["valid_from"]) if d.get("valid_from") else None
        names = ", ".join(sorted(d.get("changes") or {})) or "–"
        return t("logbook.d.parameters", day=fmt.day(valid_from, language()), names=names)
    if action == "demo_data_removed":
        n = int(d.get("submissions", 0))
        return t(plural_key("logbook.d.demo", n), n=n)
    if action.startswith("scenario_"):
        return t("logbook.d.scenario", name=d.get("name", ""))
    if action == "access_refused":
        messages = d.get("message") or {}
        return messages.get(language()) or messages.get("nl") or str(d.get("code", ""))
    if action in ("signed_in", "signed_out"):
        return t(f"logbook.method.{d.get('method', 'password')}") + _from(d)
    if action == "sign_in_failed":
        reason = f"logbook.reason.{d.get('reason')}"
        method = t(f"logbook.method.{d.get('method', 'password')}")
        return (t(reason) if reason in TEXTS else str(d.get("reason"))) + f" ({method})" + _from(d)
    if action.startswith("evaluation_"):
        return t("logbook.d.evaluation", year=d.get("year", ""))
    if action.startswith("account_"):
        text = t("logbook.d.account", account=d.get("account", ""), role=_role(d.get("role")))
        if d.get("old_role"):
            text += t("logbook.d.old_role", role=_role(d["old_role"]))
        return text
    return "; ".join(f"{k}: {v}" for k, v in d.items())


def export_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The entries with one column per fact (the Excel export)."""
    return pd.DataFrame(
        {
            t("logbook.col.at"): [moment.replace(tzinfo=None) for moment in frame["at"]],
            t("logbook.col.actor"): frame["actor"],
            t("logbook.col.action"): [action_label(a) for a in frame["action"]],
            t("logbook.col.details"): [
                describe(a, d) for a, d in zip(frame["action"], frame["details"], strict=True)
            ],
            t("logbook.col.partner"): frame["partner"],
        }
    )


def display_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """As the page shows them: three columns, so the essence fits a laptop screen. Who (with the
    partner the entry concerns) and what happened with its details."""
    exported = export_frame(frame)
    what, details = t("logbook.col.action"), t("logbook.col.details")
    who, partner = t("logbook.col.actor"), t("logbook.col.partner")
    exported[what] = [
        f"{label} · {text}" if text else label
        for label, text in zip(exported[what], exported.pop(details), strict=True)
    ]
    exported[who] = [
        f"{name} · {concerns}" if concerns else name
        for name, concerns in zip(exported[who], exported.pop(partner), strict=True)
    ]
    return exported


def render_table(shown: pd.DataFrame) -> None:
    when, who, what = t("logbook.col.at"), t("logbook.col.actor"), t("logbook.col.action")
    st.dataframe(
        shown_frame(shown),  # the table's own CSV download must not run a name as a formula
        hide_index=True,
        width="stretch",
        height=560,
        # Rows taller than 4rem let Streamlit wrap a cell's text: "Wat" takes the width that is
        # left and wraps, instead of hiding its end behind a sideways scroll at 1024 px.
        row_height=96,
        column_config={
            when: st.column_config.DatetimeColumn(when, format="DD-MM-YYYY HH:mm", width=160, pinned=True),
            who: st.column_config.TextColumn(who, width=150),
            what: st.column_config.TextColumn(what, width="large"),
        },
    )


def export_button(frame: pd.DataFrame) -> None:
    """Excel with values only; text that could start a formula is neutralised (data_access.exports)."""
    st.download_button(
        t("logbook.export"),
        help=t("logbook.export.help"),
        data=table_workbook({t("logbook.title"): export_frame(frame)}),
        file_name=f"logboek-{today().isoformat()}.xlsx",
        mime=XLSX_MIME,
        icon="📥",
        key="logbook_export",
    )
