"""Read-only tables of the agreement parameters in force."""

from __future__ import annotations

import pandas as pd

from domain.parameters import AgreementParameters
from reporting import formatting as fmt
from ui.i18n import language, t


def keys_table(params: AgreementParameters) -> pd.DataFrame:
    lang = language()
    rows = [
        {
            t("settings.col.partner"): name,
            t("settings.col.group"): t("settings.group.municipality"),
            t("settings.col.key"): fmt.percent(key, 1, lang),
            t("settings.col.hours"): "",
        }
        for name, key in params.municipal_keys.items()
    ]
    rows += [
        {
            t("settings.col.partner"): name,
            t("settings.col.group"): t("settings.group.corporation"),
            t("settings.col.key"): fmt.percent(key, 1, lang),
            t("settings.col.hours"): fmt.number(params.weekly_hours.get(name), 0, lang),
        }
        for name, key in params.corporate_keys.items()
    ]
    return pd.DataFrame(rows)


def salary_table(params: AgreementParameters) -> pd.DataFrame:
    lang = language()
    return pd.DataFrame(
        [
            {
                t("settings.col.year"): year,
                t("settings.col.monthly"): fmt.money(entry.monthly, lang, cents=True),
                t("settings.col.source"): entry.source,
                t("settings.col.indicative"): "⚠️ " + t("settings.assumption") if entry.indicative else "✔",
            }
            for year, entry in sorted(params.salary.items())
        ]
    )


def other_parameters_table(params: AgreementParameters) -> pd.DataFrame:
    lang = language()
    conv1, moves1 = params.first_year_targets
    conv, moves = params.later_year_targets
    rows = [
        (t("settings.p.period"), f"{fmt.day(params.start_date, lang)} – {fmt.day(params.end_date, lang)}"),
        (
            t("settings.p.split"),
            f"{fmt.percent(params.municipal_part_pct, 0, lang)} / "
            f"{fmt.percent(params.corporate_part_pct, 0, lang)}",
        ),
        (t("settings.p.fulltime"), f"{fmt.number(params.full_time_hours, 0, lang)} uur"),
        (t("settings.p.holiday"), fmt.percent(params.holiday_allowance_pct, 1, lang)),
        (t("settings.p.yearend"), fmt.percent(params.year_end_payment_pct, 1, lang)),
        (
            t("settings.p.charges"),
            fmt.percent(params.employer_charges_pct, 1, lang) + " ⚠️ " + t("settings.assumption"),
        ),
        (
            t("settings.p.indexation"),
            fmt.percent(params.indexation_pct, 1, lang) + " ⚠️ " + t("settings.assumption"),
        ),
        (t("settings.p.targets_first"), f"{conv1} / {moves1}"),
        (t("settings.p.targets_later"), f"{conv} / {moves}"),
        (t("settings.p.label_target"), fmt.percent(params.priority_label_target_pct, 0, lang)),
        (
            t("settings.p.thresholds"),
            f"{fmt.percent(params.green_threshold_pct, 0, lang)} / "
            f"{fmt.percent(params.amber_threshold_pct, 0, lang)}",
        ),
        (t("settings.p.deadline"), t("settings.p.deadline_value", n=params.report_deadline_months)),
        (t("settings.p.valid_from"), fmt.day(params.valid_from, lang)),
    ]
    return pd.DataFrame(rows, columns=[t("settings.col.parameter"), t("settings.col.value")])
