"""Evaluatie: the calendar with the next evaluation, the art. 5a / 2b status, recording an evaluation
aspect by aspect (draft, final, superseded) and the list of past ones. The rules are in
domain/evaluation.py, storage in data_access/evaluations.py; this module only shows and asks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from data_access import evaluations as store
from data_access.access import AccessDenied, require_evaluation_right
from data_access.db import database_url
from domain.errors import UserError
from domain.evaluation import (
    PROPOSED_ASPECTS,
    Aspect,
    CorporationHours,
    EntryState,
    Evaluation,
    EvaluationCalendar,
    EvaluationKind,
    Proposal,
    ReportCounts,
    ResultsInputs,
    TerminationStatus,
    Verdict,
    closing_date,
    cooperation_basis,
    effort_facts,
    evaluation_calendar,
    next_added_aspect,
    planned_date,
    propose_hours,
    propose_results,
    regular_years,
    superseded_ids,
    termination_status,
)
from domain.figures import YearFigures
from domain.messages import msg
from domain.parameters import AgreementParameters
from domain.progress import QuarterState, corporation_quarter_states
from reporting import formatting as fmt
from ui import loaders
from ui.auth import current_actor
from ui.components import flash
from ui.i18n import language, t

VERDICT_ICONS = {Verdict.POSITIVE: "✅", Verdict.NEUTRAL: "➖", Verdict.NEGATIVE: "❌"}  # icon + word
# Widgets here take format_func={option: label}.get, a dict made while rendering, not a function
# calling t() later: a widget keeps the labels of the language it was drawn in (AppTest calls
# format_func after the run, outside the session).
VERDICTS = list(Verdict)
NEW = 0  # the "create a new evaluation" choice
OPEN_KEY = "evaluation_open"
FLASH_KEY = "evaluation_flash"


# --- The figures behind the proposals --------------------------------------------------------------


def inputs_from_figures(
    figures: YearFigures, params: AgreementParameters, states: pd.DataFrame
) -> tuple[ResultsInputs, tuple[CorporationHours, ...]]:
    """The one adapter from the year's figures (`domain.figures.YearFigures`) and the corporation ×
    quarter states to the evaluation rules' typed inputs."""
    reported = states[states["state"] == QuarterState.REPORTED.value]
    missing = states[states["state"] == QuarterState.MISSING.value]
    results = ResultsInputs(
        quarters_counted=int(reported["quarter"].nunique()),
        conversations=figures.conversations,
        moves=figures.moves,
        target_conversations=float(figures.targets.conversations),
        target_moves=float(figures.targets.moves),
        priority_label_pct=figures.priority_label_pct,
        priority_label_target_pct=float(figures.targets.priority_label_pct),
    )
    hours = tuple(
        CorporationHours(
            corporation,
            float(params.weekly_hours.get(corporation, 0.0)),
            line.realised,
            line.quarters_reported,
            tuple(int(q) for q in missing.loc[missing["corporation"] == corporation, "quarter"]),
        )
        for corporation, line in figures.hours.items()
    )
    return results, hours


def report_counts(matrix: pd.DataFrame, year: int, corporations: list[str]) -> tuple[ReportCounts, ...]:
    """Per corporation the year's reports on time, late and missing (the status matrix)."""
    rows = matrix[matrix["year"] == year] if not matrix.empty else matrix
    counts = []
    for corporation in corporations:
        states = list(rows.loc[rows["corporation"] == corporation, "state"]) if not rows.empty else []
        counts.append(
            ReportCounts(
                corporation, states.count("submitted"), states.count("late"), states.count("missing")
            )
        )
    return tuple(counts)


@st.cache_data(show_spinner=False, max_entries=64)
def proposals(year: int, today: date) -> dict[str, Proposal]:
    """Per aspect what the app proposes or shows, from the year's figures (cleared after a write)."""
    params = loaders.parameters(year)
    states = corporation_quarter_states(params, year, loaders.reported_pairs(year), today)
    results, hours = inputs_from_figures(loaders.year_figures(year), params, states)
    reports = report_counts(loaders.status_matrix(), year, list(params.weekly_hours))
    return {
        "results": propose_results(results, params),
        "hours": propose_hours(hours, params),
        "effort": effort_facts(reports, hours),
        "cooperation": cooperation_basis(),
    }


# --- The page's model --------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=8)
def _stored(url: str) -> list[Evaluation]:  # url: one cache entry per database
    return store.list_evaluations(loaders.engine())


@dataclass(frozen=True)
class EvaluationPage:
    params: AgreementParameters
    today: date
    evaluations: list[Evaluation]
    calendar: EvaluationCalendar
    termination: TerminationStatus
    superseded: set[int]
    may_write: bool

    def get(self, evaluation_id: int) -> Evaluation | None:
        return next((e for e in self.evaluations if e.id == evaluation_id), None)

    def successor(self, evaluation: Evaluation) -> Evaluation | None:
        return next((e for e in self.evaluations if e.supersedes == evaluation.id), None)


def page_model() -> EvaluationPage:
    today = loaders.today()
    params = loaders.parameters(today.year)
    evaluations = _stored(database_url())
    return EvaluationPage(
        params,
        today,
        evaluations,
        evaluation_calendar(params, evaluations, today),
        termination_status(evaluations, params, today),
        superseded_ids(evaluations),
        _may_write(),
    )


def _may_write() -> bool:
    try:
        require_evaluation_right(current_actor())
    except AccessDenied:
        return False
    return True


def _text(message) -> str:
    return message.text(language())


def _day(value) -> str:
    return fmt.day(value, language())


def verdict_label(verdict: Verdict | None) -> str:
    if verdict is None:
        return t("evaluation.verdict.open")
    return f"{VERDICT_ICONS[verdict]} {verdict.word(language())}"


def status_word(evaluation: Evaluation, model: EvaluationPage) -> str:
    state = "superseded" if evaluation.id in model.superseded else evaluation.status.value
    return _text(msg(f"evaluation.status.{state}"))


# --- Status: next evaluation, art. 5a, art. 2b -------------------------------------------------------


def render_status(model: EvaluationPage) -> None:
    """Two tiles (the next evaluation; art. 5a with 5c) and a line for art. 2b. Labels are markdown,
    not st.metric labels, so they wrap instead of being cut off on a narrow projector screen."""
    next_col, terminate_col = st.columns([1, 1.4])
    with next_col, st.container(border=True):
        st.markdown(f"**{t('evaluation.next.title')}**")
        entry = model.calendar.next_entry
        if entry is None:
            st.write(t("evaluation.next.none"))
        else:
            st.metric(t("evaluation.next.title"), _day(entry.due), label_visibility="collapsed")
            st.markdown(f"**{_text(entry.title_message())}** · {t('evaluation.entry.' + entry.state.value)}")
        overdue = [_text(e.title_message()) for e in model.calendar.overdue if not e.is_next]
        if overdue:
            st.caption(t("evaluation.next.overdue", items=", ".join(overdue)))
    termination = model.termination
    messages = termination.messages()
    with terminate_col, st.container(border=True):
        st.markdown(f"**{t('evaluation.art5a.title')}** · {t('evaluation.art5a.metric')}")
        value = t("evaluation.art5a.value", n=len(termination.counting), total=len(termination.in_force))
        st.metric(t("evaluation.art5a.metric"), value, label_visibility="collapsed")
        word = "evaluation.art5a.met_word" if termination.met else "evaluation.art5a.not_met_word"
        st.markdown(f"**{t(word)}**")
        if termination.met:
            st.markdown(t("evaluation.art5c.earliest", day=_day(termination.earliest_end)))
        for message in messages:
            if not message.code.startswith("evaluation.art2b"):
                st.caption(_text(message))
    extension = " ".join(_text(m) for m in messages if m.code.startswith("evaluation.art2b"))
    st.markdown(f"**{t('evaluation.art2b.title')}: {t(extension_word(termination))}.** {extension}")


def extension_word(termination: TerminationStatus) -> str:
    """The text key of art. 2b's one-word answer (also on the presentation's evaluation slide)."""
    if not termination.in_force:
        return "evaluation.art2b.none"
    return "evaluation.art2b.yes" if termination.all_positive else "evaluation.art2b.no"


# --- Calendar and history ----------------------------------------------------------------------------


def calendar_table(model: EvaluationPage) -> pd.DataFrame:
    rows = []
    for entry in model.calendar.entries:
        evaluation = entry.evaluation if entry.state == EntryState.FINAL else None
        rows.append(
            {
                t("evaluation.col.next"): t("evaluation.next_marker") if entry.is_next else "",
                t("evaluation.col.evaluation"): _text(entry.title_message()),
                t("evaluation.col.date"): _day(entry.due),
                t("evaluation.col.state"): t(f"evaluation.entry.{entry.state.value}"),
                t("evaluation.col.negative"): _negatives(evaluation),
                t("evaluation.col.reason"): entry.reason,
            }
        )
    table = pd.DataFrame(rows)
    if not any(entry.reason for entry in model.calendar.entries):  # only extra evaluations have one
        table = table.drop(columns=[t("evaluation.col.reason")])
    return table


def _negatives(evaluation: Evaluation | None) -> str:
    if evaluation is None:
        return ""
    return t("evaluation.negative_of", n=evaluation.negative_count, total=len(evaluation.aspects))


def _highlight_next(row: pd.Series) -> list[str]:
    style = "font-weight: bold; background-color: #fff3c4" if row.iloc[0] else ""
    return [style] * len(row)


def render_calendar(model: EvaluationPage) -> None:
    table = calendar_table(model)
    # st.table wraps its text, so no column is cut off on a 1024 px projector (st.dataframe scrolls)
    st.table(table.style.apply(_highlight_next, axis=1), hide_index=True)
    st.caption(
        t(
            "evaluation.calendar.caption",
            n=model.params.evaluation_months_after_year,
            closing=_day(closing_date(model.params)),
            end=_day(model.params.end_date),
        )
    )


def history_table(model: EvaluationPage) -> pd.DataFrame:
    counting = {e.id for e in model.termination.counting}
    rows = [
        {
            t("evaluation.col.evaluation"): evaluation.title(language()),
            t("evaluation.col.date"): _day(evaluation.due),
            t("evaluation.col.status"): status_word(evaluation, model),
            t("evaluation.col.negative"): _negatives(evaluation),
            t("evaluation.col.counts"): t("evaluation.yes" if evaluation.id in counting else "evaluation.no"),
            t("evaluation.col.by"): evaluation.finalised_by or evaluation.updated_by,
            t("evaluation.col.final_on"): _day(evaluation.finalised_at) if evaluation.finalised_at else "",
        }
        for evaluation in sorted(model.evaluations, key=lambda e: (e.due, e.id), reverse=True)
    ]
    return pd.DataFrame(rows)


def render_history(model: EvaluationPage) -> None:
    if not model.evaluations:
        st.info(t("evaluation.history.empty"))
        return
    st.table(history_table(model), hide_index=True)


# --- Choosing, creating -------------------------------------------------------------------------------


def _default_choice(model: EvaluationPage) -> int:
    drafts = [e for e in model.evaluations if not e.is_final]
    if drafts:
        return max(drafts, key=lambda e: e.updated_at or e.created_at).id
    entry = model.calendar.next_entry
    return NEW if entry is None or entry.evaluation is None else entry.evaluation.id


def choose(model: EvaluationPage) -> Evaluation | None:
    """The evaluation to show (None: create a new one); the choice survives reruns and saves."""
    options = [NEW, *(e.id for e in sorted(model.evaluations, key=lambda e: (e.due, e.id), reverse=True))]
    if not model.may_write:
        options.remove(NEW)
        if not options:
            st.info(t("evaluation.read_only"))
            return None
    stored = st.session_state.get(OPEN_KEY)
    st.session_state[OPEN_KEY] = stored if stored in options else _default_choice(model)
    if st.session_state[OPEN_KEY] not in options:
        st.session_state[OPEN_KEY] = options[0]
    st.session_state["widget_" + OPEN_KEY] = st.session_state[OPEN_KEY]

    def _label(option: int) -> str:
        if option == NEW:
            return t("evaluation.pick.new")
        evaluation = model.get(option)
        return t(
            "evaluation.pick.option",
            title=evaluation.title(language()),
            status=status_word(evaluation, model),
        )

    def _sync() -> None:
        st.session_state[OPEN_KEY] = st.session_state["widget_" + OPEN_KEY]

    chosen = st.selectbox(
        t("evaluation.pick"),
        options,
        format_func={option: _label(option) for option in options}.get,
        key="widget_" + OPEN_KEY,
        on_change=_sync,
    )
    return None if chosen == NEW else model.get(chosen)


def _attempt(action: Callable[[], Evaluation | None], done: str) -> None:
    """Run a write; on success clear the caches, open the result and say so; on refusal show why."""
    try:
        result = action()
    except UserError as exc:
        st.error(exc.text(language()))
        return
    loaders.clear_caches()
    if result is not None:
        st.session_state[OPEN_KEY] = result.id
        flash(FLASH_KEY, "success", t(done, title=result.title(language())))
    else:
        st.session_state[OPEN_KEY] = NEW
        flash(FLASH_KEY, "success", t(done))
    st.rerun()


def render_create(model: EvaluationPage) -> None:
    params, today = model.params, model.today
    kind = st.radio(
        t("evaluation.new.kind"),
        list(EvaluationKind),
        format_func={k: t(f"evaluation.new.kind.{k.value}") for k in EvaluationKind}.get,
        horizontal=True,
        key="evaluation_new_kind",
    )
    year, due, reason = None, None, None
    if kind == EvaluationKind.REGULAR:
        years = [y for y in regular_years(params) if y <= today.year] or regular_years(params)[:1]
        entry = model.calendar.next_entry
        default = entry.year if entry and entry.year in years else years[-1]
        year = st.selectbox(
            t("evaluation.new.year"), years, index=years.index(default), key="evaluation_new_year"
        )
        st.caption(t("evaluation.new.date_regular", day=_day(planned_date(params, kind, year))))
    elif kind == EvaluationKind.CLOSING:
        st.caption(
            t("evaluation.new.date_closing", day=_day(closing_date(params)), year=closing_date(params).year)
        )
    else:
        first, last = params.start_date, params.end_date
        due = st.date_input(
            t("evaluation.new.date"),
            value=min(max(today, first), last),
            min_value=first,
            max_value=last,
            format="DD-MM-YYYY",
            key="evaluation_new_date",
        )
        years = list(range(params.start_year, min(today.year, params.end_date.year) + 1))
        year = st.selectbox(
            t("evaluation.new.year"), years, index=len(years) - 1, key="evaluation_new_year_extra"
        )
        reason = st.text_area(
            t("evaluation.new.reason"), key="evaluation_new_reason", max_chars=500, height=80
        )
    if st.button(t("evaluation.new.create"), type="primary", key="evaluation_create"):
        _attempt(
            lambda: store.create_evaluation(
                loaders.engine(), current_actor(), kind, year, today=today, due=due, reason=reason
            ),
            "evaluation.flash.created",
        )


# --- One evaluation ------------------------------------------------------------------------------------


def render_meta(evaluation: Evaluation, model: EvaluationPage) -> None:
    if evaluation.is_final:
        line = t(
            "evaluation.meta.final",
            who=evaluation.finalised_by,
            day=_day(evaluation.finalised_at),
            due=_day(evaluation.due),
        )
    else:
        line = t(
            "evaluation.meta.draft",
            revision=evaluation.revision,
            day=_day(evaluation.due),
            who=evaluation.updated_by,
        )
    st.caption(line)
    if evaluation.reason:
        st.caption(t("evaluation.meta.reason", reason=fmt.plain_markdown(evaluation.reason)))
    replaced = model.get(evaluation.supersedes) if evaluation.supersedes else None
    if replaced is not None:
        day = _day(replaced.finalised_at)
        reason = fmt.plain_markdown(evaluation.supersede_reason)
        st.caption(t("evaluation.meta.supersedes", day=day, reason=reason))


def render_basis(basis: Proposal) -> None:
    """The app's proposal (aspects 1-2) or facts (3), with the numbers and the rule written out."""
    if basis.aspect in PROPOSED_ASPECTS:
        if basis.verdict is None:
            st.markdown(f"**{t('evaluation.proposal.none')}**")
        else:
            because = f" — {_text(basis.because)}" if basis.because else ""
            st.markdown(f"**{t('evaluation.proposal', verdict=verdict_label(basis.verdict))}**{because}")
    if basis.facts:
        st.markdown("\n".join(f"- {_text(fact)}" for fact in basis.facts))
    st.caption(_text(basis.rule))


def _aspect_widgets(
    evaluation: Evaluation, number: int, aspect: Aspect, found: dict[str, Proposal]
) -> tuple[Aspect, bool]:
    """One aspect's basis, verdict and note; also whether its 'remove' button was pressed."""
    prefix = f"ev{evaluation.id}r{evaluation.revision}a{number}"
    basis = found.get(aspect.key)
    with st.container(border=True):
        st.subheader(f"{number}. {aspect.label(language())}")
        title = aspect.title
        if not aspect.is_standard:
            title = st.text_input(
                t("evaluation.aspect_title"), value=aspect.title, key=f"{prefix}_title", max_chars=100
            )
        if basis is not None:
            render_basis(basis)
        verdict = st.radio(
            t("evaluation.verdict"),
            VERDICTS,
            index=VERDICTS.index(aspect.verdict) if aspect.verdict else None,
            format_func={v: verdict_label(v) for v in VERDICTS}.get,
            horizontal=True,
            key=f"{prefix}_verdict",
        )
        note = st.text_area(
            t("evaluation.note"), value=aspect.note, key=f"{prefix}_note", max_chars=2000, height=90
        )
        proposed = basis.verdict if basis is not None and aspect.key in PROPOSED_ASPECTS else None
        removed = not aspect.is_standard and st.button(t("evaluation.aspect.remove"), key=f"{prefix}_remove")
        return Aspect(aspect.key, verdict, note, title, proposed), removed


def render_draft(evaluation: Evaluation, model: EvaluationPage) -> None:
    found = proposals(evaluation.year, model.today)
    shown = [_aspect_widgets(evaluation, n, a, found) for n, a in enumerate(evaluation.aspects, start=1)]
    edited = [aspect for aspect, _ in shown]
    prefix = f"ev{evaluation.id}r{evaluation.revision}"
    engine, actor = loaders.engine(), current_actor()
    if any(removed for _, removed in shown):
        kept = [aspect for aspect, removed in shown if not removed]
        _attempt(
            lambda: store.save_draft(engine, actor, evaluation.id, evaluation.revision, kept),
            "evaluation.flash.saved",
        )
    new_title = st.text_input(t("evaluation.aspect.new"), key=f"{prefix}_new_aspect", max_chars=100)
    if st.button(t("evaluation.aspect.add"), key=f"{prefix}_add"):
        _attempt(
            lambda: store.save_draft(
                engine, actor, evaluation.id, evaluation.revision, next_added_aspect(edited, new_title)
            ),
            "evaluation.flash.saved",
        )
    st.divider()
    confirmed = st.checkbox(t("evaluation.confirm"), key=f"{prefix}_confirm")
    save_col, final_col = st.columns(2)
    if save_col.button(t("evaluation.save"), key=f"{prefix}_save", width="stretch"):
        _attempt(
            lambda: store.save_draft(engine, actor, evaluation.id, evaluation.revision, edited),
            "evaluation.flash.saved",
        )
    finalise = final_col.button(
        t("evaluation.finalise"),
        key=f"{prefix}_finalise",
        type="primary",
        disabled=not confirmed,
        width="stretch",
    )
    if finalise:
        _attempt(
            lambda: store.finalise_evaluation(engine, actor, evaluation.id, evaluation.revision, edited),
            "evaluation.flash.finalised",
        )
    with st.expander(t("evaluation.delete.title")):
        if st.button(t("evaluation.delete"), key=f"{prefix}_delete"):
            _attempt(
                lambda: store.delete_draft(engine, actor, evaluation.id, evaluation.revision),
                "evaluation.flash.deleted",
            )


def render_read_only(evaluation: Evaluation) -> None:
    """The verdicts and notes as recorded (a final evaluation, or any for a reader)."""
    for number, aspect in enumerate(evaluation.aspects, start=1):
        with st.container(border=True):
            st.markdown(f"**{number}. {aspect.label(language())}: {verdict_label(aspect.verdict)}**")
            if aspect.note:
                st.markdown(fmt.plain_markdown(aspect.note))  # the user's text as typed
            if aspect.proposed is not None:
                st.caption(t("evaluation.proposal.stored", verdict=verdict_label(aspect.proposed)))


def render_final(evaluation: Evaluation, model: EvaluationPage) -> None:
    successor = model.successor(evaluation)
    if evaluation.id in model.superseded:
        st.warning(t("evaluation.meta.superseded"))
    elif successor is not None:
        st.info(t("evaluation.meta.replacement_draft"))
    render_read_only(evaluation)
    if not model.may_write:
        return
    if successor is not None and not successor.is_final:
        if st.button(t("evaluation.open_replacement"), key=f"ev{evaluation.id}_open_successor"):
            st.session_state[OPEN_KEY] = successor.id
            st.rerun()
    elif successor is None:
        with st.expander(t("evaluation.supersede.title")):
            st.caption(t("evaluation.supersede.intro"))
            reason = st.text_area(
                t("evaluation.supersede.reason"), key=f"ev{evaluation.id}_supersede_reason", max_chars=500
            )
            if st.button(t("evaluation.supersede"), key=f"ev{evaluation.id}_supersede"):
                _attempt(
                    lambda: store.supersede_evaluation(
                        loaders.engine(), current_actor(), evaluation.id, reason
                    ),
                    "evaluation.flash.superseded",
                )


def render_evaluation(evaluation: Evaluation, model: EvaluationPage) -> None:
    render_meta(evaluation, model)
    if evaluation.is_final:
        render_final(evaluation, model)
    elif model.may_write:
        render_draft(evaluation, model)
    else:
        st.info(t("evaluation.read_only"))
        render_read_only(evaluation)
