"""Overzicht without Streamlit: the four key figures of a year as cards (label, value, status and
the line under it), in one language. The Overzicht page and the presentation show the same cards."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from domain.hours import HoursLine
from domain.overview import Kpi
from domain.targets import Status
from reporting import formatting as fmt
from reporting.hours import furthest_below_line
from reporting.i18n import text

_LABEL_KEYS = {
    "conversations": "overview.kpi.conversations",
    "moves": "overview.kpi.moves",
    "hours": "overview.kpi.hours",
    "priority_label_pct": "overview.kpi.labelled",
}


@dataclass(frozen=True)
class KpiCard:
    key: str
    label: str
    value: str
    status: Status
    detail: str
    help: str | None = None


def _flow_detail(kpi: Kpi, lang: str) -> str:
    annual = fmt.number(kpi.annual_target, lang=lang)
    if not kpi.quarters_elapsed:
        return text("overview.detail.flow_none", lang, annual=annual)
    return text(
        "overview.detail.flow",
        lang,
        annual=annual,
        q=kpi.quarters_elapsed,
        target=fmt.number(kpi.target, lang=lang),
        pct=fmt.percent(kpi.pct_of_target, 0, lang),
    )


def _hours_detail(hours: Kpi, lines: Mapping[str, HoursLine] | None, lang: str) -> str:
    """The agreed hours and, given the corporations' hours (YearFigures.hours), the one furthest
    below its agreement on a line of its own."""
    detail = text(
        "overview.detail.hours",
        lang,
        agreed=fmt.number(hours.target, lang=lang),
        pct=fmt.percent(hours.pct_of_target, 0, lang),
    )
    lowest = furthest_below_line(lines, lang) if lines is not None else None
    return detail + "  \n" + lowest if lowest else detail


def kpi_cards(
    kpis: Mapping[str, Kpi], lang: str, hours_lines: Mapping[str, HoursLine] | None = None
) -> list[KpiCard]:
    """domain.overview.year_kpis's figures as the four cards, in the Overzicht's order; with
    `hours_lines` the hours card names the corporation furthest below its agreed hours."""
    cards = [
        KpiCard(
            key,
            text(_LABEL_KEYS[key], lang),
            fmt.number(kpis[key].realised, lang=lang),
            kpis[key].status,
            _flow_detail(kpis[key], lang),
            text("overview.help.flow", lang),
        )
        for key in ("conversations", "moves")
    ]
    hours = kpis["hours"]
    cards.append(
        KpiCard(
            "hours",
            text(_LABEL_KEYS["hours"], lang),
            fmt.number(hours.realised, lang=lang),
            hours.status,
            _hours_detail(hours, hours_lines, lang),
        )
    )
    labelled = kpis["priority_label_pct"]
    cards.append(
        KpiCard(
            "priority_label_pct",
            text(_LABEL_KEYS["priority_label_pct"], lang),
            fmt.percent(labelled.realised, 1, lang),
            labelled.status,
            text("overview.detail.labelled", lang, target=fmt.percent(labelled.target, 0, lang)),
        )
    )
    return cards
