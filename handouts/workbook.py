"""The meeting's Excel workbook: the year's merged data (every active report's rows together) and
every table the pages show, one sheet each, with headers in the handout's language, number formats
(values, never formulas), a frozen header row, and any text that came from uploads or users
neutralised (data_access.exports.write_cell: = + - @ tab CR get an apostrophe in front)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from sqlalchemy import Engine

from data_access import evaluations as stored_evaluations
from data_access import repositories as repo
from data_access import services
from data_access.exports import FIXED_TIME, HEADER_FILL, MONEY_FORMAT, sheet_title, write_cell
from data_access.report_format import ACTIVITY_COLUMNS
from domain import progress as prog
from domain.messages import msg
from domain.overview import year_kpis
from handouts.content import multi_year_data, require_data, submissions_table
from reporting import costs as rc
from reporting import hours as rh
from reporting import parameters as rpar
from reporting import progress as rp
from reporting.i18n import TEXTS, text
from reporting.labels import quarter_name, status_names
from reporting.loading import hours_model_from, progress_model_from
from reporting.progress import Selection

INTEGER_FORMAT = "#,##0"
YEAR_FORMAT = "0"
DECIMAL_FORMAT = "#,##0.0"
MAX_WIDTH = 60


@dataclass(frozen=True)
class Sheet:
    name: str
    frame: pd.DataFrame
    money: frozenset[str] = field(default_factory=frozenset)  # columns in euros
    all_money: bool = False  # every number is in euros (the settlement matrices)


def build_workbook(engine: Engine, year: int, today: date, lang: str = "nl") -> bytes:
    require_data(engine, year)
    return write_workbook(workbook_sheets(engine, year, today, lang))


def write_workbook(sheets: Iterable[Sheet]) -> bytes:
    wb = Workbook()
    wb.properties.created = wb.properties.modified = FIXED_TIME
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(sheet_title(sheet.name, wb.sheetnames))
        _write(ws, sheet)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _write(ws, sheet: Sheet) -> None:
    frame = sheet.frame
    for col, header in enumerate(frame.columns, start=1):
        cell = write_cell(ws, 1, col, str(header))
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    formats = [_number_format(frame[c], c, sheet) for c in frame.columns]
    widths = [len(str(c)) for c in frame.columns]
    for row_number, record in enumerate(frame.itertuples(index=False), start=2):
        for col, value in enumerate(record, start=1):
            cell = write_cell(ws, row_number, col, _plain(value))
            if formats[col - 1] and isinstance(cell.value, int | float):
                cell.number_format = formats[col - 1]
            widths[col - 1] = max(widths[col - 1], len(str(cell.value or "")))
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, max(10, width + 2))
    ws.freeze_panes = "A2"


def _number_format(series: pd.Series, header, sheet: Sheet) -> str | None:
    if not pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        return None
    if sheet.all_money or header in sheet.money:
        return MONEY_FORMAT
    values = series.dropna()
    if not values.empty and (values % 1 == 0).all() and values.between(1990, 2100).all():
        return YEAR_FORMAT  # years: 2025, not 2.025
    if pd.api.types.is_integer_dtype(series) or ((values % 1 == 0).all() and not values.empty):
        return INTEGER_FORMAT
    return DECIMAL_FORMAT


def _plain(value):
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return value


# --- The sheets -----------------------------------------------------------------------------------------


def workbook_sheets(engine: Engine, year: int, today: date, lang: str) -> list[Sheet]:
    params = repo.parameters_for_year(engine, year)
    figures = services.year_figures(engine, year)
    model = progress_model_from(engine, Selection(year), today)
    hours = hours_model_from(engine, year, today)
    sheets = [
        Sheet(text("handouts.sheet.kpis", lang), kpi_frame(params, figures, today, lang)),
        Sheet(
            text("handouts.sheet.submissions", lang),
            submissions_table(repo.status_matrix(engine, params, today, year), lang),
        ),
        *merged_data(engine, year, lang),
        *progress_sheets(engine, model, today, lang),
        Sheet(text("handouts.sheet.hours_year", lang), rh.year_table(hours, formatted=False, lang=lang)),
        Sheet(text("handouts.sheet.hours_quarter", lang), rh.quarter_download(hours.per_quarter, lang)),
        *cost_sheets(params, figures.costs, lang),
        Sheet(text("handouts.sheet.evaluations", lang), evaluations_frame(engine, lang)),
        Sheet(text("handouts.sheet.parameters", lang), rpar.other_parameters_table(params, lang)),
        Sheet(text("handouts.sheet.keys", lang), rpar.keys_table(params, lang)),
        Sheet(text("handouts.sheet.salary", lang), rpar.salary_table(params, lang)),
    ]
    return sheets


def kpi_frame(params, figures, today: date, lang: str) -> pd.DataFrame:
    kpis = year_kpis(params, figures, today)
    names = status_names(lang)
    labels = {
        "conversations": "overview.kpi.conversations",
        "moves": "overview.kpi.moves",
        "hours": "overview.kpi.hours",
        "priority_label_pct": "overview.kpi.labelled",
    }
    return pd.DataFrame(
        {
            text("handouts.col.kpi", lang): [text(labels[k], lang) for k in labels],
            text("handouts.col.realised", lang): [kpis[k].realised for k in labels],
            text("handouts.col.target", lang): [kpis[k].target for k in labels],
            text("handouts.col.annual", lang): [kpis[k].annual_target for k in labels],
            text("handouts.col.pct", lang): [kpis[k].pct_of_target for k in labels],
            text("handouts.col.status", lang): [names[kpis[k].status.value] for k in labels],
        }
    )


def _header(field_name: str, lang: str) -> str:
    """A column of the merged data: the report template's header in Dutch, else readable English."""
    key = f"handouts.col.{field_name}"
    if key in TEXTS:
        return text(key, lang)
    if lang == "nl":
        for column in ACTIVITY_COLUMNS:
            if column.field == field_name:
                return column.header
    return field_name.replace("_", " ").capitalize()


def _renamed(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    return frame.rename(columns={c: _header(c, lang) for c in frame.columns})


def merged_data(engine: Engine, year: int, lang: str) -> list[Sheet]:
    """The year's rows of every active report together: activity, hours per month, moves, barriers."""
    hours = repo.hours_frame(engine, year)
    if not hours.empty:
        hours = hours.assign(quarter=[quarter_name(q, lang) for q in hours["quarter"]])
    activity = repo.activity_frame(engine, year)
    if not activity.empty:
        activity = activity.assign(quarter=[quarter_name(q, lang) for q in activity["quarter"]])
    return [
        Sheet(text("handouts.sheet.activity", lang), _renamed(activity, lang)),
        Sheet(text("handouts.sheet.hours", lang), _renamed(hours, lang)),
        Sheet(text("handouts.sheet.moves", lang), _renamed(repo.moves_frame(engine, year), lang)),
        Sheet(text("handouts.sheet.barriers", lang), _renamed(repo.barriers_frame(engine, year), lang)),
    ]


def progress_sheets(engine: Engine, model: rp.ProgressModel, today: date, lang: str) -> list[Sheet]:
    """The Voortgang page's tables: region against the target, per corporation and municipality,
    over the years, the funnel, the move rows and the barriers."""
    year = model.selection.year
    sheets = []
    for measure in rp.MEASURES:
        short = text(f"progress.short.{measure}", lang)
        sheets.append(
            Sheet(
                text("handouts.sheet.region", lang, measure=short),
                rp.region_table(model.progress[measure], lang),
            )
        )
        for by in ("corporation", "municipality"):
            split = rp.split_data(model, measure, by)
            sheets.append(
                Sheet(
                    text("handouts.sheet.split", lang, measure=short, by=text(f"handouts.by.{by}", lang)),
                    rp.split_table(split, lang),
                )
            )
    years = multi_year_data(engine, today)
    for measure in rp.MEASURES:
        short = text(f"progress.short.{measure}", lang)
        panel = rp.multi_year_panel(Selection(today.year), years, measure, lang)
        sheets.append(Sheet(text("handouts.sheet.multi", lang, measure=short), panel.table))
    if not model.activity.empty:
        funnel = rp.funnel_panel(prog.funnel(model.activity), year, lang)
        sheets.append(Sheet(text("handouts.sheet.funnel", lang), funnel.table))
    profile = rp.move_profile(model, repo.moves_frame(engine, year))
    if profile.rows:
        sheets.append(Sheet(text("handouts.sheet.age", lang), rp.age_panel(profile, year, lang).table))
        sheets.append(Sheet(text("handouts.sheet.freed", lang), rp.freed_panel(profile, year, lang).table))
    counts = rp.barrier_counts(model.selection, repo.barriers_frame(engine, year))
    if not counts.empty and counts["count"].sum() > 0:
        panel = rp.barriers_panel(counts, year, lang)
        sheets.append(Sheet(text("handouts.sheet.barrier_counts", lang), panel.table))
    return sheets


def cost_sheets(params, breakdown, lang: str) -> list[Sheet]:
    money = frozenset(
        text(key, lang)
        for key in (
            "costs.col.year",
            "costs.col.quarter",
            "costs.col.employment",
            "costs.col.share",
            "costs.col.net",
        )
    )
    settlement = {text(f"costs.settlement.{p}", lang): p for p in ("year", "quarter")}
    sheets = []
    for name, frame in rc.cost_tables(params, breakdown, lang).items():
        if name in settlement:  # "Per jaar" alone says too little among thirty sheets
            sheets.append(
                Sheet(text(f"handouts.sheet.settlement.{settlement[name]}", lang), frame, all_money=True)
            )
        else:
            sheets.append(Sheet(name, frame, money=money))
    return sheets


def evaluations_frame(engine: Engine, lang: str) -> pd.DataFrame:
    """Every evaluation with each aspect's verdict and note (notes are users' text: neutralised
    when written)."""
    rows = []
    for evaluation in sorted(stored_evaluations.list_evaluations(engine), key=lambda e: (e.due, e.id)):
        status = msg(f"evaluation.status.{evaluation.status.value}").text(lang)
        for aspect in evaluation.aspects:
            rows.append(
                {
                    text("handouts.col.evaluation", lang): evaluation.title(lang),
                    text("evaluation.col.date", lang): evaluation.due,
                    text("evaluation.col.status", lang): status,
                    text("handouts.col.aspect", lang): aspect.label(lang),
                    text("evaluation.verdict", lang): aspect.verdict.word(lang) if aspect.verdict else "",
                    text("handouts.col.proposed", lang): aspect.proposed.word(lang)
                    if aspect.proposed
                    else "",
                    text("evaluation.note", lang): aspect.note,
                }
            )
    if not rows:
        return pd.DataFrame({text("handouts.col.evaluation", lang): [text("handouts.evaluation.none", lang)]})
    return pd.DataFrame(rows)
