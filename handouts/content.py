"""What the meeting's documents say, gathered once: the same topics, in the same order, as the
Presentatie page (headline figures; conversations and moves against the targets; hours per
corporation; costs and who pays whom; the latest evaluation; the reports received), then the
assumptions behind the cost figures.

Every number comes from the same places the pages read (reporting.loading's models, the year's
`YearFigures` that `python -m data_access summary` prints, data_access.evaluations) and every chart
from the pages' own Altair builders, rendered by reporting.images. The deck (handouts.deck) and
the PDF (handouts.pdf) only lay this out; neither computes anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd
from sqlalchemy import Engine

from data_access import evaluations as stored_evaluations
from data_access import repositories as repo
from data_access import services
from domain import progress as prog
from domain.errors import UserError
from domain.evaluation import Evaluation, ReportCounts, latest_final, termination_status
from domain.figures import YearFigures
from domain.messages import msg
from domain.overview import Kpi, year_kpis
from domain.parameters import AgreementParameters
from domain.periods import last_complete_quarter
from reporting import costs as rc
from reporting import formatting as fmt
from reporting import hours as rh
from reporting import progress as rp
from reporting.i18n import text
from reporting.images import chart_png
from reporting.labels import quarter_name, status_names
from reporting.loading import hours_model_from, progress_model_from
from reporting.presentation import slide_note, slide_title, submission_counts
from reporting.progress import Selection

CHART_TOPICS = ("kpis", "progress", "hours", "costs")  # topics shown with a chart image
# A region with many partners (the large-region benchmark has 40 corporations and 60 municipalities)
# shows the most telling rows on a slide and says how many more the workbook holds.
MAX_ROWS = 10
MAX_COLUMNS = 6
NOTE_LIMIT = 220  # characters of an evaluation note on a slide of the deck; the workbook has it whole


@dataclass(frozen=True)
class Table:
    frame: pd.DataFrame  # display text, headers in the handout's language
    title: str = ""
    first_column_bold: bool = True


@dataclass(frozen=True)
class Section:
    """One slide and one PDF page."""

    key: str
    title: str
    lines: tuple[str, ...] = ()  # the key numbers as sentences
    images: tuple[bytes, ...] = ()  # PNG charts, side by side
    table: Table | None = None
    note: str = ""  # small print: the rule or method behind the numbers


@dataclass(frozen=True)
class Handout:
    year: int
    lang: str
    made_on: date
    demo: bool
    title: str
    period: str
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def footer(self) -> str:
        return text("handouts.footer", self.lang, year=self.year, day=fmt.day(self.made_on, self.lang))

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


def require_data(engine: Engine, year: int) -> None:
    """A year without any stored report has nothing to show: say so instead of empty slides."""
    if not repo.reported_quarters(engine, year):
        raise UserError("handouts.no_data", year=year)


def build_handout(engine: Engine, year: int, today: date, lang: str = "nl") -> Handout:
    """Everything the deck and the PDF show for `year`, as of `today`, in `lang`."""
    require_data(engine, year)
    params = repo.parameters_for_year(engine, year)
    figures = services.year_figures(engine, year)
    ended = last_complete_quarter(year, today)
    if ended == 4:
        period = text("handouts.period.full", lang, year=year)
    elif ended:
        period = text("handouts.period.partial", lang, year=year, q=ended)
    else:
        period = text("handouts.period.none", lang, year=year)
    sections = (
        kpi_section(engine, params, figures, today, lang),
        progress_section(engine, year, today, lang),
        hours_section(engine, params, figures, today, lang),
        costs_section(params, figures, lang),
        evaluation_section(engine, today, lang),
        submissions_section(engine, params, year, today, lang),
        assumptions_section(params, figures, lang),
    )
    return Handout(
        year,
        lang,
        today,
        repo.has_demo_data(engine),
        text("handouts.title", lang),
        period,
        tuple(_unbroken(section) for section in sections),
    )


def keep_together(words: str) -> str:
    """'€ 1.017' and '95 %' never break across two lines: their space becomes a no-break space."""
    return words.replace("€ ", "€\u00a0").replace(" %", "\u00a0%")


def _unbroken(section: Section) -> Section:
    table = section.table
    if table is not None:
        frame = table.frame.map(lambda v: keep_together(v) if isinstance(v, str) else v)
        table = replace(table, frame=frame)
    return replace(section, lines=tuple(keep_together(line) for line in section.lines), table=table)


# --- 1. Headline figures -------------------------------------------------------------------------------


def kpi_lines(params: AgreementParameters, figures: YearFigures, today: date, lang: str) -> tuple[str, ...]:
    """The Overzicht's four tiles as sentences: value, status word, what it is measured against."""
    kpis = year_kpis(params, figures, today)
    names = status_names(lang)
    lines = []
    for key in ("conversations", "moves"):
        kpi = kpis[key]
        lines.append(_kpi_line(f"overview.kpi.{key}", fmt.number(kpi.realised, lang=lang), kpi, names, lang))
        detail = (
            text(
                "overview.detail.flow",
                lang,
                annual=fmt.number(kpi.annual_target, lang=lang),
                q=kpi.quarters_elapsed,
                target=fmt.number(kpi.target, lang=lang),
                pct=fmt.percent(kpi.pct_of_target, 0, lang),
            )
            if kpi.quarters_elapsed
            else text("overview.detail.flow_none", lang, annual=fmt.number(kpi.annual_target, lang=lang))
        )
        lines[-1] += f"; {detail}"
    hours = kpis["hours"]
    lines.append(
        _kpi_line("overview.kpi.hours", _hours(hours.realised, lang), hours, names, lang)
        + "; "
        + text(
            "overview.detail.hours",
            lang,
            agreed=_hours(hours.target, lang),
            pct=fmt.percent(hours.pct_of_target, 0, lang),
        )
    )
    labelled = kpis["priority_label_pct"]
    lines.append(
        _kpi_line("overview.kpi.labelled", fmt.percent(labelled.realised, 1, lang), labelled, names, lang)
        + "; "
        + text("overview.detail.labelled", lang, target=fmt.percent(labelled.target, 0, lang))
    )
    return tuple(lines)


def _hours(value: float | None, lang: str) -> str:
    """Hours summed over months: 3.332 rather than 3.332,0 for a sum that is 3331,99999."""
    return fmt.hours(None if value is None else round(value, 1), lang)


def _kpi_line(label_key: str, value: str, kpi: Kpi, names: dict[str, str], lang: str) -> str:
    return text(
        "handouts.kpi.line", lang, label=text(label_key, lang), value=value, status=names[kpi.status.value]
    )


def multi_year_data(engine: Engine, today: date) -> pd.DataFrame:
    """The pilot and each agreement year up to today against its targets (the Voortgang page's
    multi-year view, for the whole region)."""
    current = repo.parameters_for_year(engine, today.year)
    last = min(today.year, current.end_date.year)
    params_by_year = {y: repo.parameters_for_year(engine, y) for y in range(current.start_year, last + 1)}
    return rp.multi_year_data(
        Selection(today.year),
        params_by_year,
        current,
        repo.activity_frame(engine),
        repo.submissions_frame(engine),
        today,
    )


def kpi_section(
    engine: Engine, params: AgreementParameters, figures: YearFigures, today: date, lang: str
) -> Section:
    """The four headline figures, with the multi-year chart (each year and the pilot against its
    target) of conversations and of moves from the Voortgang page."""
    selection = Selection(today.year)
    data = multi_year_data(engine, today)
    images = tuple(
        chart_png(rp.multi_year_panel(selection, data, measure, lang).chart()) for measure in rp.MEASURES
    )
    return Section(
        "kpis",
        slide_title("kpis", figures.year, lang),
        kpi_lines(params, figures, today, lang),
        images,
        note=text("overview.help.flow", lang),
    )


# --- 2. Conversations and moves against the target -------------------------------------------------------


def progress_lines(model: rp.ProgressModel, lang: str) -> tuple[str, ...]:
    names = status_names(lang)
    lines = []
    for measure in rp.MEASURES:
        name = text(f"progress.measure.{measure}", lang)
        latest = prog.latest_progress(model.progress[measure])
        if latest is None:
            lines.append(text("handouts.progress.none", lang, measure=name))
            continue
        values = {
            "measure": name,
            "quarter": quarter_name(latest["quarter"], lang),
            "realised": fmt.number(latest["cumulative"], lang=lang),
        }
        if model.annual[measure] is None:
            lines.append(text("handouts.progress.line_filtered", lang, **values))
            continue
        lines.append(
            text(
                "handouts.progress.line",
                lang,
                **values,
                target=fmt.number(latest["counted_target"], lang=lang),
                pct=fmt.percent(latest["pct"], 0, lang),
                status=names[latest["status"]],
            )
        )
        sentence, _ = rp.projection_text(model, measure, lang)
        lines.append(sentence.replace("**", ""))
    return tuple(lines)


def progress_section(engine: Engine, year: int, today: date, lang: str) -> Section:
    model = progress_model_from(engine, Selection(year), today)
    panels = [rp.region_panel(model, measure, lang) for measure in rp.MEASURES]
    annual = text(
        "handouts.progress.annual",
        lang,
        conversations=fmt.number(model.annual["conversations"], lang=lang),
        moves=fmt.number(model.annual["moves"], lang=lang),
    )
    return Section(
        "progress",
        slide_title("progress", year, lang),
        (annual, *progress_lines(model, lang)),
        tuple(chart_png(panel.chart()) for panel in panels),
        # both measures come from the same reports: their missing quarters are the same
        note=rp.absent_note(model.progress["conversations"], lang).strip(),
    )


# --- 3. Hours per corporation against 6/20/36/9 ------------------------------------------------------------


def hours_lines(figures: YearFigures, missing: dict[str, list[int]], lang: str) -> tuple[str, ...]:
    """Per corporation realised against agreed over the quarters it reported, the shortfall in
    hours, and the region's total."""
    lines = []
    hours = dict(figures.hours)
    if len(hours) > MAX_ROWS:  # the largest shortfalls first
        ranked = sorted(hours.items(), key=lambda item: item[1].realised - item[1].agreed)
        hours = dict(ranked[: MAX_ROWS - 1])
    for name, line in hours.items():
        if not line.quarters_reported:
            lines.append(text("handouts.hours.none", lang, name=name))
            continue
        lines.append(
            text(
                "handouts.hours.line",
                lang,
                name=name,
                realised=_hours(line.realised, lang),
                agreed=_hours(line.agreed, lang),
                pct=fmt.percent(line.realised / line.agreed * 100 if line.agreed else None, 0, lang),
                shortfall=_shortfall(line.agreed - line.realised, lang),
            )
        )
    if len(hours) < len(figures.hours):
        lines.append(text("handouts.more", lang, n=len(figures.hours) - len(hours)))
    realised, agreed = figures.realised_hours, figures.agreed_hours
    lines.append(
        text(
            "handouts.hours.region",
            lang,
            realised=_hours(realised, lang),
            agreed=_hours(agreed, lang),
            pct=fmt.percent(realised / agreed * 100 if agreed else None, 0, lang),
            shortfall=_shortfall(agreed - realised, lang),
        )
    )
    items = [f"{name} {quarter_name(q, lang)}" for name, quarters in missing.items() for q in quarters]
    if len(items) > MAX_ROWS:
        items = [*items[:MAX_ROWS], text("handouts.more", lang, n=len(items) - MAX_ROWS)]
    if items:
        lines.append(text("handouts.hours.missing", lang, items=", ".join(items)))
    return tuple(lines)


def _shortfall(hours: float, lang: str) -> str:
    hours = round(hours, 1)
    if hours <= 0:
        return text("handouts.hours.no_shortfall", lang)
    return text("handouts.hours.shortfall", lang, hours=_hours(hours, lang))


def hours_section(
    engine: Engine, params: AgreementParameters, figures: YearFigures, today: date, lang: str
) -> Section:
    model = hours_model_from(engine, figures.year, today)
    missing = {
        row["corporation"]: list(row["missing_quarters"])
        for row in model.per_year.to_dict("records")
        if row["missing_quarters"]
    }
    per_year = model.per_year
    if len(per_year) > MAX_ROWS:  # a slide shows the largest shortfalls, as its lines do
        shortfall = per_year["realised"] - per_year["agreed"]
        per_year = per_year.loc[sorted(shortfall.nsmallest(MAX_ROWS - 1).index)]
    panel = rh.year_panel(replace(model, per_year=per_year), "per_week", lang)
    return Section(
        "hours",
        slide_title("hours", figures.year, lang),
        (
            text("handouts.hours.agreed", lang, agreed=rh.agreed_summary(params, lang)),
            *hours_lines(figures, missing, lang),
        )
        if len(params.weekly_hours) <= MAX_COLUMNS
        else hours_lines(figures, missing, lang),
        (chart_png(panel.chart()),),
        note=text("handouts.hours.basis", lang),
    )


# --- 4. Costs per partner and who pays whom -------------------------------------------------------------


def costs_section(params: AgreementParameters, figures: YearFigures, lang: str) -> Section:
    breakdown = figures.costs
    mark = f" ({text('costs.assumption', lang)})" if breakdown.cost_assumptions else ""
    lines = (
        text(
            "handouts.costs.programme",
            lang,
            year=breakdown.year,
            amount=fmt.money(breakdown.programme, lang),
            mark=mark,
        ),
        text(
            "handouts.costs.per_fte",
            lang,
            amount=fmt.money(breakdown.per_fte, lang),
            fte=fmt.number(breakdown.fte, 3, lang),
        ),
        text(
            "handouts.costs.split",
            lang,
            mun=fmt.percent(params.municipal_part_pct, 0, lang),
            corp=fmt.percent(params.corporate_part_pct, 0, lang),
        ),
    )
    partners = len(breakdown.municipalities) + len(breakdown.corporations)
    if partners > 2 * MAX_ROWS:
        lines = (*lines, text("handouts.costs.largest", lang, n=2 * MAX_ROWS, total=partners))
    settled = any(breakdown.settlement.values())
    table = settlement_slide_table(breakdown.settlement, lang) if settled else None
    return Section(
        "costs",
        slide_title("costs", breakdown.year, lang),
        lines if settled else (*lines, text("handouts.costs.no_settlement", lang)),
        (chart_png(rc.shares_chart(breakdown, params, lang, largest=2 * MAX_ROWS), width=520),),
        table,
        note=text("costs.settlement.caption", lang),
    )


def settlement_slide_table(matrix, lang: str) -> Table:
    """Who pays whom with totals; with many partners only the largest payers and receivers (the
    totals stay those of everyone), said in the title."""
    full = rc.settlement_table(matrix, lang)
    title = text("handouts.costs.settlement", lang)
    payers = sorted(matrix, key=lambda p: -sum(matrix[p].values()))
    receivers = sorted(full.columns[:-1], key=lambda r: -sum(row.get(r, 0.0) for row in matrix.values()))
    if len(payers) <= MAX_ROWS and len(receivers) <= MAX_COLUMNS:
        return Table(full.reset_index(), title)
    rows = [p for p in full.index[:-1] if p in payers[: MAX_ROWS - 1]] + [full.index[-1]]
    columns = [r for r in full.columns[:-1] if r in receivers[: MAX_COLUMNS - 1]] + [full.columns[-1]]
    hidden = len(payers) + len(receivers) - (len(rows) - 1) - (len(columns) - 1)
    return Table(full.loc[rows, columns].reset_index(), f"{title} {text('handouts.largest', lang, n=hidden)}")


# --- 5. The latest evaluation ----------------------------------------------------------------------------


def evaluation_section(engine: Engine, today: date, lang: str) -> Section:
    evaluations = stored_evaluations.list_evaluations(engine)
    params = repo.parameters_for_year(engine, today.year)
    art5a = tuple(m.text(lang) for m in termination_status(evaluations, params, today).messages())
    title = slide_title("evaluation", today.year, lang)
    shown = latest_final(evaluations)  # as the Presentatie shows it: a draft is not the group's word
    if shown is None:
        return Section("evaluation", title, (text("handouts.evaluation.none", lang), *art5a))
    heading = text(
        "handouts.evaluation.heading",
        lang,
        title=shown.title(lang),
        status=_status_word(shown, lang),
        due=fmt.day(shown.due, lang),
    )
    made = text(
        "handouts.evaluation.final_on",
        lang,
        day=fmt.day(shown.finalised_at, lang),
        who=shown.finalised_by or "",
    )
    frame = pd.DataFrame(
        {
            text("handouts.col.aspect", lang): [
                f"{n}. {a.label(lang)}" for n, a in enumerate(shown.aspects, 1)
            ],
            text("evaluation.verdict", lang): [
                a.verdict.word(lang) if a.verdict else text("evaluation.verdict.open", lang)
                for a in shown.aspects
            ],
            text("evaluation.note", lang): [
                slide_note(a.note, text("handouts.evaluation.cut", lang), NOTE_LIMIT) for a in shown.aspects
            ],
        }
    )
    return Section("evaluation", title, (f"{heading}. {made}", *art5a), table=Table(frame))


def _status_word(evaluation: Evaluation, lang: str) -> str:
    return msg(f"evaluation.status.{evaluation.status.value}").text(lang)


# --- 6. Reports received ------------------------------------------------------------------------------------


def submissions_table(matrix: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Corporation rows × quarter columns with the state of each report in words."""
    words = matrix.assign(
        cell=[text(f"state.{s}", lang) for s in matrix["state"]],
        column=[quarter_name(q, lang) for q in matrix["quarter"]],
    )
    order = list(dict.fromkeys(matrix["corporation"]))
    table = words.pivot(index="corporation", columns="column", values="cell").reindex(order)
    table.columns.name = None
    return table.rename_axis(text("filter.corporation", lang)).reset_index()


def submissions_section(
    engine: Engine, params: AgreementParameters, year: int, today: date, lang: str
) -> Section:
    matrix = repo.status_matrix(engine, params, today, year)
    title = slide_title("submissions", year, lang)
    if matrix.empty:
        return Section("submissions", title, (text("overview.status.empty", lang),))
    counts = submission_counts(
        [
            ReportCounts(
                name,
                list(group["state"]).count("submitted"),
                list(group["state"]).count("late"),
                list(group["state"]).count("missing"),
            )
            for name, group in matrix.groupby("corporation", sort=False)
        ],
        lang,
    )
    table = submissions_table(matrix, lang)
    lines = [counts]
    if len(table) > MAX_ROWS:  # those with a report late or missing first
        trouble = matrix[matrix["state"].isin(("late", "missing"))].groupby("corporation").size()
        order = sorted(range(len(table)), key=lambda i: -trouble.get(table.iloc[i, 0], 0))
        lines.append(text("handouts.more", lang, n=len(table) - MAX_ROWS))
        table = table.iloc[sorted(order[:MAX_ROWS])]
    return Section(
        "submissions",
        title,
        tuple(lines),
        table=Table(table),
        note=text("handouts.submissions.rule", lang),
    )


# --- The assumptions behind the cost figures ----------------------------------------------------------------


def assumption_lines(params: AgreementParameters, figures: YearFigures, lang: str) -> tuple[str, ...]:
    lines = [
        text(
            "handouts.assumption.item",
            lang,
            name=text("settings.p.charges", lang),
            value=fmt.percent(params.employer_charges_pct, 1, lang),
        ),
        text(
            "handouts.assumption.item",
            lang,
            name=text("settings.p.indexation", lang),
            value=fmt.percent(params.indexation_pct, 1, lang),
        ),
    ]
    for year, entry in sorted(params.salary.items()):
        if entry.indicative:
            lines.append(
                text(
                    "handouts.assumption.salary",
                    lang,
                    year=year,
                    amount=fmt.money(entry.monthly, lang, cents=True),
                    source=entry.source or fmt.MISSING,
                )
            )
    return tuple(lines)


def assumptions_section(params: AgreementParameters, figures: YearFigures, lang: str) -> Section:
    steps = rc.steps_table(params, figures.costs, lang)
    return Section(
        "assumptions",
        text("handouts.topic.assumptions", lang),
        (text("handouts.assumptions.intro", lang), *assumption_lines(params, figures, lang)),
        table=Table(steps),
    )
