"""Read-only tables of the agreement parameters in force (the Instellingen page; the handouts'
assumptions), every number through Babel."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from domain.parameters import AgreementParameters
from reporting import formatting as fmt
from reporting import number_entry as entry
from reporting.i18n import text


def keys_table(params: AgreementParameters, lang: str) -> pd.DataFrame:
    rows = [
        {
            text("settings.col.partner", lang): name,
            text("settings.col.group", lang): text("settings.group.municipality", lang),
            text("settings.col.key", lang): fmt.percent(key, 1, lang),
            text("settings.col.hours", lang): "",
        }
        for name, key in params.municipal_keys.items()
    ]
    rows += [
        {
            text("settings.col.partner", lang): name,
            text("settings.col.group", lang): text("settings.group.corporation", lang),
            text("settings.col.key", lang): fmt.percent(key, 1, lang),
            text("settings.col.hours", lang): fmt.hours(params.weekly_hours.get(name), lang),
        }
        for name, key in params.corporate_keys.items()
    ]
    return pd.DataFrame(rows)


def salary_table(params: AgreementParameters, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                text("settings.col.year", lang): year,
                text("settings.col.monthly", lang): fmt.money(entry.monthly, lang, cents=True),
                text("settings.col.source", lang): entry.source,
                text("settings.col.indicative", lang): "⚠️ " + text("settings.assumption", lang)
                if entry.indicative
                else "✔",
            }
            for year, entry in sorted(params.salary.items())
        ]
    )


def other_parameters_table(params: AgreementParameters, lang: str) -> pd.DataFrame:
    conv1, moves1 = params.first_year_targets
    conv, moves = params.later_year_targets
    rows = [
        (
            text("settings.p.period", lang),
            f"{fmt.day(params.start_date, lang)} – {fmt.day(params.end_date, lang)}",
        ),
        (
            text("settings.p.split", lang),
            f"{fmt.percent(params.municipal_part_pct, 0, lang)} / "
            f"{fmt.percent(params.corporate_part_pct, 0, lang)}",
        ),
        (
            text("settings.p.fulltime", lang),
            text("settings.p.fulltime_value", lang, hours=fmt.hours(params.full_time_hours, lang)),
        ),
        (text("settings.p.holiday", lang), fmt.percent(params.holiday_allowance_pct, 1, lang)),
        (text("settings.p.yearend", lang), fmt.percent(params.year_end_payment_pct, 1, lang)),
        (
            text("settings.p.charges", lang),
            fmt.percent(params.employer_charges_pct, 1, lang) + " ⚠️ " + text("settings.assumption", lang),
        ),
        (
            text("settings.p.indexation", lang),
            fmt.percent(params.indexation_pct, 1, lang) + " ⚠️ " + text("settings.assumption", lang),
        ),
        (
            text("settings.p.targets_first", lang),
            f"{fmt.number(conv1, lang=lang)} / {fmt.number(moves1, lang=lang)}",
        ),
        (
            text("settings.p.targets_later", lang),
            f"{fmt.number(conv, lang=lang)} / {fmt.number(moves, lang=lang)}",
        ),
        (text("settings.p.label_target", lang), fmt.percent(params.priority_label_target_pct, 0, lang)),
        (
            text("settings.p.thresholds", lang),
            f"{fmt.percent(params.green_threshold_pct, 0, lang)} / "
            f"{fmt.percent(params.amber_threshold_pct, 0, lang)}",
        ),
        (
            text("settings.p.deadline", lang),
            text("settings.p.deadline_value", lang, n=params.report_deadline_months),
        ),
        (text("settings.p.valid_from", lang), fmt.day(params.valid_from, lang)),
    ]
    return pd.DataFrame(
        rows, columns=[text("settings.col.parameter", lang), text("settings.col.value", lang)]
    )


# --- the salary editor (administrators) ---------------------------------------------------


def salary_editor_rows(params: AgreementParameters, lang: str) -> pd.DataFrame:
    """The salary table as the editor shows it: the amount as text in the language's notation
    (€ 4.750,00 / €4,750.00), so it is read back exactly as typed."""
    return pd.DataFrame(
        [
            {
                "year": year,
                "monthly": entry.euro_text(e.monthly, lang),
                "source": e.source,
                "indicative": e.indicative,
            }
            for year, e in sorted(params.salary.items())
        ],
        columns=["year", "monthly", "source", "indicative"],
    )


def read_salary_rows(rows: Iterable[Mapping[str, Any]], lang: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The editor's rows with each amount read as a number; a row whose amount is not a number
    is refused by its row number and the text typed (the rest is checked when saving)."""
    read, refusals = [], []
    for number, row in enumerate(rows, start=1):
        row = dict(row)
        raw = row.get("monthly")
        if isinstance(raw, str) and raw.strip():
            try:
                row["monthly"] = entry.parse_number(raw, lang)
            except entry.NotANumber:
                refusals.append(text("settings_edit.not_an_amount", lang, row=number, value=raw.strip()))
                continue
        read.append(row)
    return read, refusals
