"""Evaluation rules (art. 4, 5a, 5c, 2b) with hand-worked inputs: the calendar, the proposed verdicts
with the numbers behind them, what counts for art. 5a (and the edges: exactly one negative aspect,
a draft, two final evaluations of one period), the notice date and the intention to extend."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain.evaluation import (
    STANDARD_ASPECTS,
    Aspect,
    CorporationHours,
    EntryState,
    Evaluation,
    EvaluationError,
    EvaluationKind,
    EvaluationStatus,
    ReportCounts,
    ResultsInputs,
    Verdict,
    add_months,
    clean_aspects,
    closing_date,
    effort_facts,
    evaluation_calendar,
    finalise_problems,
    in_force,
    latest_final,
    new_evaluation,
    propose_hours,
    propose_results,
    regular_years,
    superseded_ids,
    termination_status,
)
from domain.parameters import AgreementParameters, InvalidParameters, default_parameters

PARAMS = default_parameters()
TODAY = date(2026, 11, 26)
P, N, X = Verdict.POSITIVE, Verdict.NEUTRAL, Verdict.NEGATIVE


def _evaluation(
    id_: int,
    verdicts: tuple[Verdict | None, ...],
    *,
    year: int = 2024,
    kind: EvaluationKind = EvaluationKind.REGULAR,
    final: bool = True,
    finalised_day: int = 1,
    supersedes: int | None = None,
    due: date | None = None,
) -> Evaluation:
    aspects = tuple(Aspect(key, v, "toelichting") for key, v in zip(STANDARD_ASPECTS, verdicts, strict=False))
    return Evaluation(
        id=id_,
        kind=kind,
        year=year,
        due=due or date(year + 1, 2, 28),
        status=EvaluationStatus.FINAL if final else EvaluationStatus.DRAFT,
        aspects=aspects,
        supersedes=supersedes,
        finalised_at=datetime(2026, 3, finalised_day, tzinfo=UTC) if final else None,
        finalised_by="voorzitter" if final else None,
    )


# --- calendar -----------------------------------------------------------------------------------


def test_months_are_added_with_the_day_kept_or_clamped_to_the_month_end():
    assert add_months(date(2029, 12, 31), -3) == date(2029, 9, 30)
    assert add_months(date(2026, 11, 26), 2) == date(2027, 1, 26)
    assert add_months(date(2026, 12, 31), 2) == date(2027, 2, 28)
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)  # leap year
    assert add_months(date(2026, 11, 30), 2) == date(2027, 1, 30)


def test_calendar_has_a_regular_evaluation_per_year_and_the_closing_one_three_months_before_the_end():
    calendar = evaluation_calendar(PARAMS, [], TODAY)
    rows = [(e.kind, e.year, e.due, e.state, e.is_next) for e in calendar.entries]
    assert rows == [
        (EvaluationKind.REGULAR, 2024, date(2025, 2, 28), EntryState.OVERDUE, False),
        (EvaluationKind.REGULAR, 2025, date(2026, 2, 28), EntryState.OVERDUE, False),
        (EvaluationKind.REGULAR, 2026, date(2027, 2, 28), EntryState.PLANNED, True),
        (EvaluationKind.REGULAR, 2027, date(2028, 2, 29), EntryState.PLANNED, False),
        (EvaluationKind.REGULAR, 2028, date(2029, 2, 28), EntryState.PLANNED, False),
        (EvaluationKind.CLOSING, 2029, date(2029, 9, 30), EntryState.PLANNED, False),
    ]
    assert calendar.next_entry.due == date(2027, 2, 28)
    assert [e.year for e in calendar.overdue] == [2024, 2025]
    assert calendar.next_entry.title_message().text("nl") == "Jaarevaluatie 2026"


def test_closing_date_follows_the_end_date_and_the_regular_month_is_a_parameter():
    shorter = PARAMS.with_changes(end_date=date(2028, 3, 31))
    assert closing_date(shorter) == date(2027, 12, 31)
    assert regular_years(shorter) == [2024, 2025, 2026]  # 2027 is covered by the closing evaluation
    earlier = PARAMS.with_changes(evaluation_months_after_year=1)
    assert evaluation_calendar(earlier, [], TODAY).entries[0].due == date(2025, 1, 31)


def test_calendar_shows_recorded_evaluations_and_extra_ones_by_date():
    done_2024 = _evaluation(1, (P, P, P, P), year=2024)
    draft_2026 = _evaluation(2, (None,) * 4, year=2026, final=False)
    extra = Evaluation(
        3,
        EvaluationKind.EXTRA,
        2026,
        date(2026, 12, 10),
        EvaluationStatus.DRAFT,
        reason="Uwoon stopt met de coach",
    )
    calendar = evaluation_calendar(PARAMS, [done_2024, draft_2026, extra], TODAY)
    by_title = {e.title_message().text("nl"): e for e in calendar.entries}
    assert by_title["Jaarevaluatie 2024"].state == EntryState.FINAL
    assert by_title["Jaarevaluatie 2024"].evaluation is done_2024
    assert by_title["Jaarevaluatie 2026"].state == EntryState.DRAFT
    extra_entry = by_title["Extra evaluatie 10-12-2026"]
    assert extra_entry.reason == "Uwoon stopt met de coach"
    assert extra_entry.is_next  # 10-12-2026 comes before 28-02-2027
    assert [e.due for e in calendar.entries][:4] == [
        date(2025, 2, 28),
        date(2026, 2, 28),
        date(2026, 12, 10),
        date(2027, 2, 28),
    ]


def test_when_everything_left_is_overdue_the_first_overdue_one_is_next():
    late = date(2030, 1, 5)
    calendar = evaluation_calendar(PARAMS, [_evaluation(1, (P,) * 4, year=2024)], late)
    assert calendar.next_entry.year == 2025 and calendar.next_entry.state == EntryState.OVERDUE


# --- proposed verdicts: results -----------------------------------------------------------------


def _results(quarters, conversations, moves, label, first_year=False):
    annual = (200, 50) if first_year else (300, 50)
    return ResultsInputs(quarters, conversations, moves, annual[0], annual[1], label, 70.0)


def test_results_below_80_percent_of_the_pro_rata_target_are_negative():
    # 3 quarters: targets 300 × 3/4 = 225 conversations, 50 × 3/4 = 37.5 moves; 28 / 37.5 = 74.7 %
    proposal = propose_results(_results(3, 230, 28, 75.0), PARAMS)
    assert proposal.verdict == X
    assert proposal.because.text("nl") == "onder 80 %: verhuizingen 74,7 %"
    assert [f.text("nl") for f in proposal.facts] == [
        "Uitvoerige gesprekken: 230 tegen een pro-rata doel van 225 (3 van 4 kwartalen met "
        "rapportages; jaardoel 300) = 102,2 %",
        "Verhuizingen: 28 tegen een pro-rata doel van 37,5 (3 van 4 kwartalen met rapportages; "
        "jaardoel 50) = 74,7 %",
        "Seniorenwoningen met voorranglabel: 75,0 % (streven: ten minste 70 %)",
    ]
    assert proposal.rule.text("nl").startswith(
        "Regel: negatief als de uitvoerige gesprekken of de verhuizingen onder 80 % van hun pro-rata "
        "doel blijven; positief als beide ten minste 100 % halen"
    )
    assert proposal.rule.text("en").startswith("Rule: negative when the extensive conversations")


def test_results_short_of_a_target_are_neutral_and_say_what_falls_short():
    # 2026 in the demo data: 220 / 225 = 97.8 %, 40 / 37.5 = 106.7 %, label 73.4 %
    proposal = propose_results(_results(3, 220, 40, 73.4), PARAMS)
    assert proposal.verdict == N
    assert proposal.because.text("nl") == "niet alles gehaald: gesprekken 97,8 %"
    # 2025: 310 / 300 = 103.3 %, 57 / 50 = 114 %, but only 63.4 % labelled
    label_short = propose_results(_results(4, 310, 57, 63.4), PARAMS)
    assert label_short.verdict == N
    assert label_short.because.text("en") == "not everything met: priority label 63.4 %"


def test_results_meeting_every_target_are_positive_and_the_boundaries_are_inclusive():
    assert propose_results(_results(4, 310, 57, 72.0), PARAMS).verdict == P
    # exactly 100 % (150 of 300 × 2/4) and exactly 70 % labelled: positive
    assert propose_results(_results(2, 150, 25, 70.0), PARAMS).verdict == P
    # exactly 80 % (120 of 150) is not below 80 %: neutral, not negative
    assert propose_results(_results(2, 120, 25, 70.0), PARAMS).verdict == N
    # the first year has its own targets: 160 of 200 = 80 %
    first = propose_results(_results(4, 160, 50, 71.0, first_year=True), PARAMS)
    assert first.verdict == N and "jaardoel 200" in first.facts[0].text("nl")


def test_results_without_reports_get_no_proposal_and_an_unknown_label_is_not_met():
    empty = propose_results(_results(0, 0, 0, None), PARAMS)
    assert empty.verdict is None
    assert [f.text("nl") for f in empty.facts] == ["Geen rapportages in dit jaar: de app doet geen voorstel."]
    unknown = propose_results(_results(4, 310, 57, None), PARAMS)
    assert unknown.verdict == N
    assert unknown.facts[2].text("nl") == (
        "Seniorenwoningen met voorranglabel: niet bekend (streven: ten minste 70 %)"
    )


def test_results_thresholds_come_from_the_parameters():
    strict = PARAMS.with_changes(evaluation_results_negative_pct=99.0)
    assert propose_results(_results(3, 220, 40, 73.4), strict).verdict == X  # 97.8 % < 99 %


# --- proposed verdicts: hours -------------------------------------------------------------------


def test_hours_use_only_the_reported_quarters_and_name_the_missing_ones():
    # deltaWonen: 6 h × 13 × 3 reported quarters = 234 agreed; 236.9 realised = 101.2 %
    # (counted as 0, the missing fourth quarter would have made it 236.9 / 312 = 75.9 %: negative)
    delta = CorporationHours("deltaWonen", 6.0, 236.9, 3, (4,))
    assert delta.agreed == 234.0
    assert delta.pct == pytest.approx(101.239, abs=0.001)
    proposal = propose_hours([delta, CorporationHours("Uwoon", 36.0, 1872.0, 4)], PARAMS)
    assert proposal.verdict == N
    assert proposal.because.text("nl") == "niet alles gehaald: ontbrekende kwartalen bij deltaWonen"
    assert proposal.facts[0].text("nl") == (
        "deltaWonen: 236,9 van 234 afgesproken uren (3 kwartalen ingediend) = 101,2 %; "
        "ontbreekt (telt niet als 0): K4"
    )
    assert proposal.facts[0].text("en").endswith("missing (not counted as 0): Q4")


def test_hours_of_a_corporation_below_80_percent_are_negative():
    # Woningstichting Putten: 9 h × 13 × 3 = 351 agreed; 218.8 realised = 62.3 %
    lines = [
        CorporationHours("deltaWonen", 6.0, 236.9, 3),
        CorporationHours("Woningstichting Putten", 9.0, 218.8, 3),
    ]
    proposal = propose_hours(lines, PARAMS)
    assert proposal.verdict == X
    assert proposal.because.text("nl") == "onder 80 %: Woningstichting Putten 62,3 %"


def test_hours_all_met_are_positive_and_between_the_thresholds_neutral():
    met = [CorporationHours("Omnia Wonen", 20.0, 1041.2, 4), CorporationHours("Uwoon", 36.0, 1780.0, 4)]
    # 1041.2 / 1040 = 100.1 %; 1780 / 1872 = 95.1 %: both at least 95 %
    assert propose_hours(met, PARAMS).verdict == P
    short = [CorporationHours("Uwoon", 36.0, 1700.0, 4)]  # 90.8 %
    proposal = propose_hours(short, PARAMS)
    assert proposal.verdict == N and proposal.because.text("nl") == "niet alles gehaald: Uwoon 90,8 %"
    # exactly 80 %: 1497.6 of 1872 is not below 80 %
    assert propose_hours([CorporationHours("Uwoon", 36.0, 1497.6, 4)], PARAMS).verdict == N


def test_hours_with_no_reports_at_all_get_no_proposal():
    proposal = propose_hours([CorporationHours("Uwoon", 36.0, 0.0, 0, (1, 2, 3))], PARAMS)
    assert proposal.verdict is None
    assert proposal.facts[0].text("nl") == (
        "Uwoon: geen urenrapportage in dit jaar; ontbreekt (telt niet als 0): K1, K2, K3"
    )


def test_effort_shows_facts_and_proposes_nothing():
    proposal = effort_facts(
        [ReportCounts("Uwoon", 2, 1, 0), ReportCounts("deltaWonen", 2, 0, 1)],
        [CorporationHours("Uwoon", 36.0, 1389.8, 3), CorporationHours("deltaWonen", 6.0, 0.0, 0, (1,))],
    )
    assert proposal.verdict is None
    assert [f.text("nl") for f in proposal.facts[:2]] == [
        # 1389.8 / (13 × 3) = 35.6 hours a week
        "Uwoon: rapportages op tijd 2, te laat 1, ontbreekt 0; gemiddeld 35,6 van de afgesproken 36 uur "
        "per week",
        "deltaWonen: rapportages op tijd 2, te laat 0, ontbreekt 1; geen uren gerapporteerd "
        "(afgesproken 6 uur per week)",
    ]
    assert "kostenaandelen" in proposal.facts[-1].text("nl")


# --- art. 5a, 5c, 2b ----------------------------------------------------------------------------


def test_an_evaluation_with_exactly_one_negative_aspect_does_not_count():
    status = termination_status(
        [_evaluation(1, (X, P, P, P), year=2024), _evaluation(2, (X, X, N, P), year=2025)], PARAMS, TODAY
    )
    assert [e.id for e in status.in_force] == [1, 2]
    assert [e.id for e in status.counting] == [2]
    assert not status.met


def test_a_draft_does_not_count():
    status = termination_status(
        [_evaluation(1, (X, X, P, P), year=2024), _evaluation(2, (X, X, X, X), year=2025, final=False)],
        PARAMS,
        TODAY,
    )
    assert [e.id for e in status.counting] == [1] and not status.met


def test_two_final_evaluations_of_the_same_period_count_once_the_last_one_finalised():
    first = _evaluation(1, (X, X, P, P), year=2024, finalised_day=1)
    again = _evaluation(2, (X, X, N, P), year=2024, finalised_day=9)  # no link, same period
    other = _evaluation(3, (X, X, P, P), year=2025, finalised_day=5)
    status = termination_status([first, again, other], PARAMS, TODAY)
    assert [e.id for e in status.in_force] == [2, 3]
    assert len(status.counting) == 2 and status.met
    # a later final judgement of 2024 without negatives replaces both: only 2025 counts
    better = _evaluation(4, (P, N, P, P), year=2024, finalised_day=20)
    status = termination_status([first, again, other, better], PARAMS, TODAY)
    assert [e.id for e in status.counting] == [3] and not status.met
    assert superseded_ids([first, again, other, better]) == {1, 2}


def test_a_superseding_evaluation_counts_instead_of_the_one_it_replaces():
    original = _evaluation(1, (X, P, P, P), year=2025, finalised_day=1)
    replacement = _evaluation(2, (X, X, P, P), year=2025, finalised_day=3, supersedes=1)
    still_draft = _evaluation(3, (P, P, P, P), year=2025, final=False, supersedes=2)
    assert [e.id for e in in_force([original, replacement, still_draft])] == [2]
    extra = _evaluation(
        4, (X, X, P, P), year=2026, kind=EvaluationKind.EXTRA, finalised_day=4, due=date(2026, 6, 1)
    )
    extra_replaced = _evaluation(
        5,
        (P, P, P, P),
        year=2026,
        kind=EvaluationKind.EXTRA,
        finalised_day=8,
        supersedes=4,
        due=date(2026, 6, 1),
    )
    other_extra = _evaluation(
        6, (X, X, P, P), year=2026, kind=EvaluationKind.EXTRA, finalised_day=6, due=date(2026, 9, 1)
    )
    counted = in_force([original, replacement, extra, extra_replaced, other_extra])
    assert [e.id for e in counted] == [2, 5, 6]  # two extra evaluations are two periods
    assert latest_final([original, replacement, extra, extra_replaced, other_extra]).id == 5


def test_the_rule_met_gives_the_notice_period_and_the_earliest_end_date():
    evaluations = [_evaluation(1, (X, X, P, P), year=2024), _evaluation(2, (X, N, X, P), year=2025)]
    status = termination_status(evaluations, PARAMS, TODAY)
    assert status.met
    assert status.earliest_end == date(2027, 1, 26)  # 26-11-2026 + 2 months
    assert [m.text("nl") for m in status.messages()] == [
        "2 van de 2 definitieve evaluaties beoordelen twee of meer aspecten negatief.",
        "Artikel 5a is vervuld: de overeenkomst kan worden opgezegd.",
        "Opzegtermijn (art. 5c): minimaal 2 maanden. Bij opzegging vandaag (26-11-2026) eindigt de "
        "overeenkomst op zijn vroegst op 26-01-2027. Aanname: de termijn loopt vanaf de dag van "
        "opzegging, zonder einde-maandregel.",
        "Niet alle definitieve evaluaties zijn positief (elk aspect positief): de intentie tot "
        "verlengen van art. 2b geldt nog niet.",
    ]
    assert (
        status.messages()[0].text("en") == "2 of the 2 final evaluations judge two or more aspects negative."
    )
    longer = termination_status(evaluations, PARAMS.with_changes(notice_period_months=3), date(2026, 11, 30))
    assert longer.earliest_end == date(2027, 2, 28)


def test_notice_ending_after_the_agreement_says_so():
    evaluations = [_evaluation(1, (X, X, P, P), year=2027), _evaluation(2, (X, X, P, P), year=2028)]
    status = termination_status(evaluations, PARAMS, date(2029, 11, 15))
    assert status.earliest_end == date(2030, 1, 15)
    assert status.messages()[3].text("nl") == (
        "Die datum ligt op of na de einddatum van de overeenkomst (31-12-2029): zij eindigt dan al."
    )


def test_all_positive_final_evaluations_state_the_intention_to_extend():
    positive = [_evaluation(1, (P, P, P, P), year=2024), _evaluation(2, (P, P, P, P), year=2025)]
    status = termination_status(
        [*positive, _evaluation(3, (X, X, X, X), year=2026, final=False)], PARAMS, TODAY
    )
    assert status.all_positive
    assert [m.code for m in status.messages()] == [
        "evaluation.art5a.count",
        "evaluation.art5a.not_met",
        "evaluation.art2b.extend",
    ]
    assert status.messages()[2].text("nl") == (
        "Alle 2 definitieve evaluaties zijn positief (elk aspect positief): de partners hebben de "
        "intentie de overeenkomst te verlengen (art. 2b)."
    )
    one_neutral = termination_status([*positive, _evaluation(3, (P, N, P, P), year=2026)], PARAMS, TODAY)
    assert not one_neutral.all_positive
    nothing = termination_status([], PARAMS, TODAY)
    assert [m.code for m in nothing.messages()] == ["evaluation.art5a.none"] and not nothing.all_positive


# --- creating, editing, finalising --------------------------------------------------------------


def test_new_evaluations_follow_the_calendar():
    regular = new_evaluation(PARAMS, EvaluationKind.REGULAR, 2025, TODAY)
    assert (regular.year, regular.due) == (2025, date(2026, 2, 28))
    extra = new_evaluation(
        PARAMS, EvaluationKind.EXTRA, None, TODAY, due=date(2026, 6, 15), reason="  Coach uitgevallen "
    )
    assert (extra.year, extra.due, extra.reason) == (2026, date(2026, 6, 15), "Coach uitgevallen")
    closing = new_evaluation(PARAMS, EvaluationKind.CLOSING, None, date(2029, 9, 1))
    assert (closing.year, closing.due) == (2029, date(2029, 9, 30))


@pytest.mark.parametrize(
    ("kind", "year", "extra", "code"),
    [
        (EvaluationKind.REGULAR, 2029, {}, "evaluation.year_not_in_calendar"),
        (EvaluationKind.REGULAR, 2027, {}, "evaluation.year_in_future"),
        (EvaluationKind.CLOSING, None, {}, "evaluation.year_in_future"),
        (EvaluationKind.EXTRA, None, {"due": date(2026, 6, 1), "reason": "  "}, "evaluation.reason_missing"),
        (EvaluationKind.EXTRA, None, {"reason": "x"}, "evaluation.date_missing"),
        (EvaluationKind.EXTRA, None, {"due": date(2023, 6, 1), "reason": "x"}, "evaluation.date_outside"),
        (EvaluationKind.REGULAR, None, {}, "evaluation.year_missing"),
    ],
)
def test_new_evaluations_outside_the_calendar_are_refused(kind, year, extra, code):
    with pytest.raises(EvaluationError) as caught:
        new_evaluation(PARAMS, kind, year, TODAY, **extra)
    assert caught.value.code == code


def test_aspects_keep_the_four_of_article_4c_first_and_number_added_ones():
    cleaned = clean_aspects(
        [
            Aspect("extra-7", N, " over de wachtlijst ", title="  Voorrangsregeling "),
            *(Aspect(key, P, " ok ") for key in reversed(STANDARD_ASPECTS)),
        ]
    )
    assert [a.key for a in cleaned] == [*STANDARD_ASPECTS, "extra-1"]
    assert (cleaned[-1].title, cleaned[-1].note) == ("Voorrangsregeling", "over de wachtlijst")
    assert cleaned[0].note == "ok"
    with pytest.raises(EvaluationError) as caught:
        clean_aspects([Aspect("results"), Aspect("hours"), Aspect("extra-1", title=" ")])
    assert [m.code for m in caught.value.messages] == [
        "evaluation.aspect_title_missing",
        "evaluation.aspects_missing",
    ]
    assert caught.value.text("nl").endswith(
        "deze ontbreken: Inzet van de partners tegen de afspraken, Onderlinge communicatie en samenwerking."
    )


def test_finalising_needs_a_verdict_and_a_note_on_every_aspect():
    aspects = (
        Aspect("results", X, "te weinig"),
        Aspect("hours", None, "x"),
        Aspect("extra-1", P, "", "Pers"),
    )
    problems = finalise_problems(aspects)
    assert [m.text("nl") for m in problems] == [
        "Kies een oordeel bij 'Ureninzet van de verhuiscoaches'.",
        "Schrijf een toelichting bij 'Pers'.",
    ]


def test_titles_and_verdict_words_speak_both_languages():
    evaluation = _evaluation(1, (X, X, P, N), year=2025)
    assert (
        evaluation.title("nl") == "Jaarevaluatie 2025" and evaluation.title("en") == "Annual evaluation 2025"
    )
    assert evaluation.aspects[0].label("en") == "Results achieved against the intended results"
    assert Verdict.NEGATIVE.word("nl") == "negatief" and Verdict.NEUTRAL.word("en") == "neutral"
    assert evaluation.negative_count == 2 and evaluation.has_several_negatives


# --- parameters ---------------------------------------------------------------------------------


def test_stored_parameter_sets_without_the_evaluation_fields_still_load_with_the_defaults():
    stored = PARAMS.to_json()
    for name in (
        "evaluation_months_after_year",
        "evaluation_results_positive_pct",
        "evaluation_results_negative_pct",
        "evaluation_hours_positive_pct",
        "evaluation_hours_negative_pct",
        "notice_period_months",
    ):
        stored.pop(name)
    loaded = AgreementParameters.from_json(stored)
    assert loaded == PARAMS
    assert (loaded.notice_period_months, loaded.evaluation_hours_positive_pct) == (2, 95.0)


def test_evaluation_parameters_are_checked():
    with pytest.raises(InvalidParameters) as caught:
        PARAMS.with_changes(notice_period_months=1, evaluation_hours_negative_pct=96.0)
    assert [m.code for m in caught.value.messages] == [
        "evaluation.parameters.thresholds",
        "evaluation.parameters.notice",
    ]
    assert caught.value.messages[1].text("nl") == "De opzegtermijn is volgens artikel 5c minimaal 2 maanden."
