"""Evaluations of the agreement (art. 4), the termination rule (art. 5a and 5c) and the intention to
extend it (art. 2b): the calendar, the verdicts the app proposes from the figures, and the counting.

Pure rules on plain inputs (counts, targets, hours per corporation, report states); everything a
reader sees is a coded Message (domain/messages/evaluation.py), so a page, a slide or a PDF page can
show an evaluation and the art. 5a status in Dutch or English without Streamlit.

Choices the agreement leaves open, each stated where it is shown:
- The regular evaluation of a year falls at the end of the `evaluation_months_after_year`-th month
  after that year (a parameter; default end of February, after the Q4 reports are due).
- The last agreement year has no regular evaluation: the closing one, three months before the end
  date (art. 4a), covers it.
- "Meerdere aspecten negatief" (art. 5a) = two or more negative aspects in one evaluation.
- Two final evaluations of the same period count once: the one finalised last (the superseding one).
- "De evaluaties zijn positief" (art. 2b) = every aspect of every final evaluation is positive.
- The notice period (art. 5c) runs from the day notice is given, without an end-of-month rule.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from domain.errors import UserError
from domain.messages import DEFAULT_LANGUAGE, Message, msg
from domain.parameters import AgreementParameters
from domain.periods import Quarter
from domain.targets import percentage, pro_rata_target

CLOSING_MONTHS_BEFORE_END = 3  # art. 4a: "drie maanden voor de einddatum"
NEGATIVE_ASPECTS_TO_COUNT = 2  # art. 5a: "meerdere aspecten negatief"
EVALUATIONS_TO_TERMINATE = 2  # art. 5a: "bij twee of meer evaluaties"
STANDARD_ASPECTS = ("results", "hours", "effort", "cooperation")  # art. 4c, in its order
PROPOSED_ASPECTS = ("results", "hours")  # the app proposes a verdict for these
MAX_NOTE_LENGTH = 2000
MAX_TITLE_LENGTH = 100
MAX_REASON_LENGTH = 500
MAX_ASPECTS = 12


class EvaluationError(UserError, ValueError):
    """An evaluation cannot be created, saved or finalised as asked."""


class Verdict(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"

    def word(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """'positief' / 'positive'."""
        return msg(f"evaluation.verdict.{self.value}").text(lang)


class EvaluationKind(StrEnum):
    REGULAR = "regular"  # once per agreement year (art. 4a)
    CLOSING = "closing"  # three months before the end date (art. 4a)
    EXTRA = "extra"  # agreed when there is reason to (art. 4b)


class EvaluationStatus(StrEnum):
    DRAFT = "draft"  # editable
    FINAL = "final"  # read-only; only a new evaluation can supersede it


# --- An evaluation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Aspect:
    """One judged aspect: one of art. 4c's four (by key) or one a user added (key "extra-N", title)."""

    key: str
    verdict: Verdict | None = None
    note: str = ""
    title: str = ""  # only for added aspects: the user's words
    proposed: Verdict | None = None  # what the app proposed when this was last saved

    @property
    def is_standard(self) -> bool:
        return self.key in STANDARD_ASPECTS

    def name(self) -> Message | str:
        """What to call it in a message: the catalogue's words, or the title the user typed."""
        return msg(f"evaluation.aspect.{self.key}") if self.is_standard else self.title

    def label(self, lang: str = DEFAULT_LANGUAGE) -> str:
        name = self.name()
        return name.text(lang) if isinstance(name, Message) else name


def standard_aspects() -> tuple[Aspect, ...]:
    return tuple(Aspect(key) for key in STANDARD_ASPECTS)


@dataclass(frozen=True)
class Evaluation:
    id: int
    kind: EvaluationKind
    year: int  # the agreement year whose figures it judges
    due: date  # when it is (to be) held
    status: EvaluationStatus
    aspects: tuple[Aspect, ...] = field(default_factory=standard_aspects)
    reason: str = ""  # why an extra evaluation was agreed (art. 4b)
    supersedes: int | None = None  # the final evaluation this one replaces
    supersede_reason: str = ""
    revision: int = 1  # raised by every save: a stale screen cannot overwrite a newer draft
    created_by: str = ""
    created_at: datetime | None = None
    updated_by: str = ""
    updated_at: datetime | None = None
    finalised_by: str | None = None
    finalised_at: datetime | None = None

    @property
    def is_final(self) -> bool:
        return self.status == EvaluationStatus.FINAL

    @property
    def negative_count(self) -> int:
        return sum(a.verdict == Verdict.NEGATIVE for a in self.aspects)

    @property
    def has_several_negatives(self) -> bool:
        """Art. 5a's "meerdere aspecten negatief": two or more."""
        return self.negative_count >= NEGATIVE_ASPECTS_TO_COUNT

    @property
    def all_positive(self) -> bool:
        return bool(self.aspects) and all(a.verdict == Verdict.POSITIVE for a in self.aspects)

    def title_message(self) -> Message:
        return evaluation_title(self.kind, self.year, self.due)

    def title(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.title_message().text(lang)

    def aspect(self, key: str) -> Aspect | None:
        return next((a for a in self.aspects if a.key == key), None)


def evaluation_title(kind: EvaluationKind, year: int, due: date) -> Message:
    """'Jaarevaluatie 2025', 'Slotevaluatie 2029', 'Extra evaluatie 12-05-2026'."""
    return msg(f"evaluation.kind.{kind.value}", year=year, due=due)


# --- The calendar (art. 4a, 4b) --------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), or the month's last day when it is shorter:
    31-12-2029 − 3 months = 30-09-2029; 30-11-2026 + 2 months = 30-01-2027."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def closing_date(params: AgreementParameters) -> date:
    return add_months(params.end_date, -CLOSING_MONTHS_BEFORE_END)


def regular_date(params: AgreementParameters, year: int) -> date:
    """End of the n-th month after the year (default: 28/29 February of the next year)."""
    return Quarter(year, 4).deadline(params.evaluation_months_after_year)


def regular_years(params: AgreementParameters) -> list[int]:
    """Agreement years with a regular evaluation: all but the closing evaluation's year."""
    return list(range(params.start_year, closing_date(params).year))


def planned_date(params: AgreementParameters, kind: EvaluationKind, year: int) -> date:
    if kind == EvaluationKind.CLOSING:
        return closing_date(params)
    return regular_date(params, year)


class EntryState(StrEnum):
    PLANNED = "planned"  # nothing recorded, date still ahead
    OVERDUE = "overdue"  # nothing final, date passed
    DRAFT = "draft"  # a draft exists, date ahead
    FINAL = "final"  # a final evaluation is in force


@dataclass(frozen=True)
class CalendarEntry:
    kind: EvaluationKind
    year: int
    due: date
    state: EntryState
    evaluation: Evaluation | None = None  # the one in force, else the latest draft
    reason: str = ""
    is_next: bool = False

    def title_message(self) -> Message:
        return evaluation_title(self.kind, self.year, self.due)


@dataclass(frozen=True)
class EvaluationCalendar:
    entries: tuple[CalendarEntry, ...]

    @property
    def next_entry(self) -> CalendarEntry | None:
        return next((e for e in self.entries if e.is_next), None)

    @property
    def overdue(self) -> tuple[CalendarEntry, ...]:
        return tuple(e for e in self.entries if e.state == EntryState.OVERDUE)


def _entry_state(due: date, today: date, current: Evaluation | None) -> EntryState:
    if current is not None and current.is_final:
        return EntryState.FINAL
    if due < today:
        return EntryState.OVERDUE
    return EntryState.DRAFT if current is not None else EntryState.PLANNED


def evaluation_calendar(
    params: AgreementParameters, evaluations: Iterable[Evaluation], today: date
) -> EvaluationCalendar:
    """Every evaluation the agreement asks for, plus the extra ones recorded, by date.

    The next one due (highlighted) is the first not yet final whose date is today or later; when
    all remaining ones are overdue, the first of those.
    """
    evaluations = list(evaluations)
    current = _current_per_period(evaluations)
    slots = [(EvaluationKind.REGULAR, year, regular_date(params, year)) for year in regular_years(params)]
    slots.append((EvaluationKind.CLOSING, closing_date(params).year, closing_date(params)))
    entries = []
    for kind, year, due in slots:
        found = current.get((kind.value, year))
        entries.append(CalendarEntry(kind, year, due, _entry_state(due, today, found), found))
    for key, found in current.items():
        if key[0] == "extra":
            state = _entry_state(found.due, today, found)
            entries.append(
                CalendarEntry(EvaluationKind.EXTRA, found.year, found.due, state, found, found.reason)
            )
    entries.sort(key=lambda e: (e.due, e.kind != EvaluationKind.EXTRA))
    open_entries = [e for e in entries if e.state != EntryState.FINAL]
    upcoming = [e for e in open_entries if e.due >= today]
    chosen = next(iter(upcoming or open_entries), None)
    return EvaluationCalendar(tuple(replace(e, is_next=e is chosen) for e in entries))


# --- Which evaluations count: one per period, the last one finalised ----------------------------


def period_key(evaluation: Evaluation, by_id: dict[int, Evaluation]) -> tuple[str, int]:
    """The period an evaluation judges: (kind, year) for a regular or closing one; an extra one is
    its own period. A superseding evaluation judges the period of the one it replaces."""
    root, seen = evaluation, {evaluation.id}
    while root.supersedes is not None and root.supersedes in by_id and root.supersedes not in seen:
        root = by_id[root.supersedes]
        seen.add(root.id)
    if root.kind == EvaluationKind.EXTRA:
        return ("extra", root.id)
    return (root.kind.value, root.year)


def _finalised_order(evaluation: Evaluation) -> tuple[float, int]:
    moment = evaluation.finalised_at
    return (moment.timestamp() if moment else float("-inf"), evaluation.id)


def _current_per_period(evaluations: Sequence[Evaluation]) -> dict[tuple[str, int], Evaluation]:
    """Per period: the final evaluation in force, else the latest draft."""
    by_id = {e.id: e for e in evaluations}
    current: dict[tuple[str, int], Evaluation] = {}
    for evaluation in evaluations:
        key = period_key(evaluation, by_id)
        held = current.get(key)
        if held is None or _replaces(evaluation, held):
            current[key] = evaluation
    return current


def _replaces(candidate: Evaluation, held: Evaluation) -> bool:
    if candidate.is_final != held.is_final:
        return candidate.is_final
    if candidate.is_final:
        return _finalised_order(candidate) > _finalised_order(held)
    return candidate.id > held.id


def in_force(evaluations: Iterable[Evaluation]) -> tuple[Evaluation, ...]:
    """The final evaluations that count: per period only the one finalised last; drafts never."""
    current = _current_per_period(list(evaluations))
    return tuple(sorted((e for e in current.values() if e.is_final), key=lambda e: (e.due, e.id)))


def superseded_ids(evaluations: Iterable[Evaluation]) -> set[int]:
    """Final evaluations that no longer count because a later final one judges the same period."""
    evaluations = list(evaluations)
    counting = {e.id for e in in_force(evaluations)}
    return {e.id for e in evaluations if e.is_final and e.id not in counting}


def latest_final(evaluations: Iterable[Evaluation]) -> Evaluation | None:
    """The most recently finalised evaluation in force (what a slide shows as 'the latest')."""
    counting = in_force(evaluations)
    return max(counting, key=_finalised_order) if counting else None


# --- Art. 5a, 5c and 2b ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TerminationStatus:
    """What art. 5a, 5c and 2b say given the final evaluations, told plainly by `messages()`."""

    in_force: tuple[Evaluation, ...]
    counting: tuple[Evaluation, ...]  # in force with two or more negative aspects
    notice_months: int
    notice_given: date  # assumed: today
    earliest_end: date  # notice given today ends the agreement on this day at the earliest
    agreement_end: date

    @property
    def met(self) -> bool:
        return len(self.counting) >= EVALUATIONS_TO_TERMINATE

    @property
    def all_positive(self) -> bool:
        return bool(self.in_force) and all(e.all_positive for e in self.in_force)

    @property
    def notice_ends_after_agreement(self) -> bool:
        return self.earliest_end >= self.agreement_end

    def messages(self) -> tuple[Message, ...]:
        """Art. 5a (count and whether it is met), 5c when met, and 2b when every evaluation is positive."""
        total = len(self.in_force)
        if not total:
            return (msg("evaluation.art5a.none"),)
        out = [msg("evaluation.art5a.count", n=len(self.counting), total=total)]
        if not self.met:
            out.append(msg("evaluation.art5a.not_met", needed=EVALUATIONS_TO_TERMINATE))
            return (*out, *self._extension())
        out.append(msg("evaluation.art5a.met"))
        out.append(
            msg(
                "evaluation.art5c.notice",
                months=self.notice_months,
                today=self.notice_given,
                end=self.earliest_end,
            )
        )
        if self.notice_ends_after_agreement:
            out.append(msg("evaluation.art5c.after_end", end=self.agreement_end))
        return (*out, *self._extension())

    def _extension(self) -> tuple[Message, ...]:
        if self.all_positive:
            return (msg("evaluation.art2b.extend", total=len(self.in_force)),)
        return (msg("evaluation.art2b.not_all"),)


def termination_status(
    evaluations: Iterable[Evaluation], params: AgreementParameters, today: date
) -> TerminationStatus:
    counting_now = in_force(evaluations)
    return TerminationStatus(
        in_force=counting_now,
        counting=tuple(e for e in counting_now if e.has_several_negatives),
        notice_months=params.notice_period_months,
        notice_given=today,
        earliest_end=add_months(today, params.notice_period_months),
        agreement_end=params.end_date,
    )


# --- Proposed verdicts (aspects 1 and 2) and facts (aspect 3) -------------------------------------


@dataclass(frozen=True)
class ResultsInputs:
    """The year's results against art. 3's targets."""

    quarters_counted: int  # quarters of the year with at least one report: the pro-rata basis
    conversations: int
    moves: int
    target_conversations: float  # annual
    target_moves: float
    priority_label_pct: float | None  # labelled share of senior homes, latest quarter (None: unknown)
    priority_label_target_pct: float


@dataclass(frozen=True)
class CorporationHours:
    corporation: str
    weekly_agreed: float
    realised: float  # over the quarters it reported
    quarters_reported: int
    missing_quarters: tuple[int, ...] = ()  # ended quarters without a report: never counted as 0

    @property
    def agreed(self) -> float:
        """Weekly hours × 13 × quarters reported (a missing quarter is left out, not counted as 0)."""
        return self.weekly_agreed * 13 * self.quarters_reported

    @property
    def pct(self) -> float | None:
        return percentage(self.realised, self.agreed) if self.quarters_reported else None

    @property
    def average_per_week(self) -> float | None:
        return self.realised / (13 * self.quarters_reported) if self.quarters_reported else None


@dataclass(frozen=True)
class ReportCounts:
    """A corporation's quarterly reports in the year, from the status matrix."""

    corporation: str
    on_time: int
    late: int
    missing: int


@dataclass(frozen=True)
class Proposal:
    """What the app puts next to an aspect: a proposed verdict (None: the user decides, or there are
    no figures), why, the numbers behind it, and the rule it used."""

    aspect: str
    verdict: Verdict | None
    facts: tuple[Message, ...]
    rule: Message
    because: Message | None = None


def _quarter_names(quarters: Iterable[int]) -> list[Message]:
    return [msg("evaluation.quarter", q=q) for q in quarters]


def propose_results(inputs: ResultsInputs, params: AgreementParameters) -> Proposal:
    """Negative when conversations or moves stay below the negative threshold of their pro-rata
    target; positive when both reach the positive threshold and the priority label its target;
    otherwise neutral (also when the labelled share is not known). No reports in the year: no
    proposal."""
    rule = msg(
        "evaluation.rule.results",
        positive=params.evaluation_results_positive_pct,
        negative=params.evaluation_results_negative_pct,
        label=inputs.priority_label_target_pct,
    )
    if inputs.quarters_counted <= 0:
        return Proposal("results", None, (msg("evaluation.fact.no_reports"),), rule)
    counted = inputs.quarters_counted
    measures = []
    facts = []
    for code, realised, annual in (
        ("conversations", inputs.conversations, inputs.target_conversations),
        ("moves", inputs.moves, inputs.target_moves),
    ):
        target = pro_rata_target(annual, counted)
        pct = percentage(realised, target) or 0.0
        measures.append((code, pct))
        facts.append(
            msg(
                f"evaluation.fact.{code}",
                realised=realised,
                target=target,
                annual=annual,
                quarters=counted,
                pct=pct,
            )
        )
    label = inputs.priority_label_pct
    if label is None:
        facts.append(msg("evaluation.fact.label_unknown", target=inputs.priority_label_target_pct))
    else:
        facts.append(msg("evaluation.fact.label", pct=label, target=inputs.priority_label_target_pct))
    verdict, because = _results_verdict(measures, label, inputs.priority_label_target_pct, params)
    return Proposal("results", verdict, tuple(facts), rule, because)


def _results_verdict(
    measures: list[tuple[str, float]], label: float | None, label_target: float, params: AgreementParameters
) -> tuple[Verdict, Message]:
    below = [
        msg(f"evaluation.measure.{code}", pct=pct)
        for code, pct in measures
        if pct < params.evaluation_results_negative_pct
    ]
    if below:
        return Verdict.NEGATIVE, msg(
            "evaluation.because.below", items=below, threshold=params.evaluation_results_negative_pct
        )
    short = [
        msg(f"evaluation.measure.{code}", pct=pct)
        for code, pct in measures
        if pct < params.evaluation_results_positive_pct
    ]
    if label is None:
        short.append(msg("evaluation.measure.label_unknown"))
    elif label < label_target:
        short.append(msg("evaluation.measure.label", pct=label))
    if short:
        return Verdict.NEUTRAL, msg("evaluation.because.short", items=short)
    return Verdict.POSITIVE, msg("evaluation.because.results_met")


def propose_hours(hours: Sequence[CorporationHours], params: AgreementParameters) -> Proposal:
    """Per corporation realised against agreed (weekly × 13 × quarters reported). Negative when a
    corporation stays below the negative threshold; positive when every corporation reaches the
    positive threshold and no quarter is missing; otherwise neutral. Nothing reported: no proposal."""
    rule = msg(
        "evaluation.rule.hours",
        positive=params.evaluation_hours_positive_pct,
        negative=params.evaluation_hours_negative_pct,
    )
    facts = tuple(_hours_fact(line) for line in hours)
    reported = [line for line in hours if line.quarters_reported]
    if not reported:
        return Proposal("hours", None, facts or (msg("evaluation.fact.no_reports"),), rule)
    below = [line for line in reported if (line.pct or 0.0) < params.evaluation_hours_negative_pct]
    if below:
        items = [msg("evaluation.measure.corporation", name=line.corporation, pct=line.pct) for line in below]
        because = msg("evaluation.because.below", items=items, threshold=params.evaluation_hours_negative_pct)
        return Proposal("hours", Verdict.NEGATIVE, facts, rule, because)
    short = [
        msg("evaluation.measure.corporation", name=line.corporation, pct=line.pct)
        for line in reported
        if (line.pct or 0.0) < params.evaluation_hours_positive_pct
    ]
    missing = [line for line in hours if line.missing_quarters or not line.quarters_reported]
    if missing:
        short.append(msg("evaluation.measure.missing", names=[line.corporation for line in missing]))
    if short:
        return Proposal("hours", Verdict.NEUTRAL, facts, rule, msg("evaluation.because.short", items=short))
    return Proposal("hours", Verdict.POSITIVE, facts, rule, msg("evaluation.because.hours_met"))


def _hours_fact(line: CorporationHours) -> Message:
    if not line.quarters_reported:
        fact = msg("evaluation.fact.hours_none", name=line.corporation)
    else:
        fact = msg(
            "evaluation.fact.hours",
            name=line.corporation,
            realised=line.realised,
            agreed=line.agreed,
            quarters=line.quarters_reported,
            pct=line.pct,
        )
    if line.missing_quarters:
        return msg("evaluation.fact.with_missing", fact=fact, quarters=_quarter_names(line.missing_quarters))
    return fact


def effort_facts(
    reports: Sequence[ReportCounts], hours: Sequence[CorporationHours], payments_known: bool = False
) -> Proposal:
    """Aspect 3: facts only, the user sets the verdict. Reports on time / late / missing and the
    average hours a week against the agreed ones per corporation; whether the cost shares were paid
    as agreed is not recorded in the monitor (said so)."""
    weekly = {line.corporation: line for line in hours}
    facts = []
    for report in reports:
        line = weekly.get(report.corporation)
        average = line.average_per_week if line else None
        facts.append(
            msg(
                "evaluation.fact.effort" if average is not None else "evaluation.fact.effort_no_hours",
                name=report.corporation,
                on_time=report.on_time,
                late=report.late,
                missing=report.missing,
                average=average,
                weekly=line.weekly_agreed if line else 0.0,
            )
        )
    facts.append(msg("evaluation.fact.municipalities"))
    if not payments_known:
        facts.append(msg("evaluation.fact.payments_unknown"))
    return Proposal("effort", None, tuple(facts), msg("evaluation.rule.effort"))


def cooperation_basis() -> Proposal:
    """Aspect 4: the user's verdict and note alone."""
    return Proposal("cooperation", None, (), msg("evaluation.rule.cooperation"))


# --- Creating, editing and finalising ----------------------------------------------------------------


def _clean_text(value: str | None) -> str:
    return str(value or "").strip()


def clean_reason(reason: str | None, code: str = "evaluation.reason_missing") -> str:
    cleaned = _clean_text(reason)
    if not cleaned:
        raise EvaluationError(code)
    if len(cleaned) > MAX_REASON_LENGTH:
        raise EvaluationError("evaluation.reason_too_long", limit=MAX_REASON_LENGTH)
    return cleaned


@dataclass(frozen=True)
class NewEvaluation:
    kind: EvaluationKind
    year: int
    due: date
    reason: str = ""


def new_evaluation(
    params: AgreementParameters,
    kind: EvaluationKind,
    year: int | None,
    today: date,
    *,
    due: date | None = None,
    reason: str | None = None,
) -> NewEvaluation:
    """Check what is asked against the calendar: a regular one for one of its years, the closing
    one, or an extra one with a date in the agreement's term and a reason. Nothing in the future."""
    kind = EvaluationKind(kind)
    if kind == EvaluationKind.CLOSING:
        year = closing_date(params).year
    elif kind == EvaluationKind.EXTRA:
        if due is None:
            raise EvaluationError("evaluation.date_missing")
        if not params.start_date <= due <= params.end_date:
            raise EvaluationError("evaluation.date_outside", start=params.start_date, end=params.end_date)
        year = due.year if year is None else year
    if year is None:
        raise EvaluationError("evaluation.year_missing")
    if kind == EvaluationKind.REGULAR and year not in regular_years(params):
        years = regular_years(params)
        raise EvaluationError("evaluation.year_not_in_calendar", year=year, first=years[0], last=years[-1])
    if not params.start_year <= year <= params.end_date.year:
        raise EvaluationError("evaluation.year_outside", year=year)
    if year > today.year:
        raise EvaluationError("evaluation.year_in_future", year=year)
    cleaned = clean_reason(reason) if kind == EvaluationKind.EXTRA else ""
    # An extra evaluation has its own date (checked above); the others keep the calendar's date.
    own_date = due if kind == EvaluationKind.EXTRA and due is not None else None
    return NewEvaluation(kind, year, own_date or planned_date(params, kind, year), cleaned)


def clean_aspects(aspects: Sequence[Aspect]) -> tuple[Aspect, ...]:
    """Art. 4c's four aspects (each once, in their order, first) and the added ones after them;
    notes and titles trimmed and within their limits. Lists every problem at once."""
    problems: list[Message] = []
    by_key: dict[str, Aspect] = {}
    added: list[Aspect] = []
    for aspect in aspects:
        cleaned = replace(aspect, note=_clean_text(aspect.note), title=_clean_text(aspect.title))
        if len(cleaned.note) > MAX_NOTE_LENGTH:
            problems.append(msg("evaluation.note_too_long", aspect=cleaned.name(), limit=MAX_NOTE_LENGTH))
        if cleaned.is_standard:
            if cleaned.key in by_key:
                problems.append(msg("evaluation.aspect_twice", aspect=cleaned.name()))
            by_key[cleaned.key] = replace(cleaned, title="")
        else:
            if not cleaned.title:
                problems.append(msg("evaluation.aspect_title_missing"))
            elif len(cleaned.title) > MAX_TITLE_LENGTH:
                problems.append(msg("evaluation.aspect_title_too_long", limit=MAX_TITLE_LENGTH))
            added.append(cleaned)
    missing = [msg(f"evaluation.aspect.{key}") for key in STANDARD_ASPECTS if key not in by_key]
    if missing:
        problems.append(msg("evaluation.aspects_missing", aspects=missing))
    if len(by_key) + len(added) > MAX_ASPECTS:
        problems.append(msg("evaluation.too_many_aspects", limit=MAX_ASPECTS))
    if problems:
        raise EvaluationError.of(problems)
    ordered = [by_key[key] for key in STANDARD_ASPECTS]
    return (*ordered, *(replace(a, key=f"extra-{i}") for i, a in enumerate(added, start=1)))


def finalise_problems(aspects: Sequence[Aspect]) -> list[Message]:
    """What stands in the way of making an evaluation final: every aspect needs a verdict and a note."""
    problems = []
    for aspect in aspects:
        if aspect.verdict is None:
            problems.append(msg("evaluation.verdict_missing", aspect=aspect.name()))
        if not _clean_text(aspect.note):
            problems.append(msg("evaluation.note_missing", aspect=aspect.name()))
    return problems


def next_added_aspect(aspects: Sequence[Aspect], title: str) -> tuple[Aspect, ...]:
    """The aspects with one more, added by a user under `title`."""
    cleaned = _clean_text(title)
    if not cleaned:
        raise EvaluationError("evaluation.aspect_title_missing")
    return (*aspects, Aspect(f"extra-{len(aspects) + 1}", title=cleaned))
