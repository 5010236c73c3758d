"""The Wat-als page's pieces: the scenario editor with its results (one fragment, so a change
reruns only that panel), and the saved scenarios (list, open, compare, export, delete).

State lives in st.session_state: the editors' start values (the agreement, a normalised or
derived key set, or an opened scenario) under START, and the editors' own edits under keys that
carry a version number, so replacing the start values gives fresh editors.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from data_access import scenarios as store
from data_access.access import AccessDenied
from data_access.exports import comparison_workbook
from domain.costs import cost_breakdown
from domain.parameters import (
    AgreementParameters,
    InvalidParameters,
    key_sum_problems,
    keys_from_stock,
    normalise_keys,
)
from domain.whatif import (
    BALANCE,
    Comparison,
    Scenario,
    agreement_values,
    compare_scenario,
    scenario_from_values,
    scenario_values,
    side_by_side,
)
from reporting import formatting as fmt
from reporting import whatif as entry
from reporting.cost_charts import build_difference_chart
from reporting.costs import delta_money, money, settlement_table, signed_money
from reporting.downloads import XLSX_MIME, shown_frame, shown_text
from reporting.whatif import SHOWN_CHANGE, effect_sentences
from ui import loaders
from ui.auth import current_actor
from ui.components import flash, show_flash
from ui.costs_view import render_settlement
from ui.i18n import language, t

START, VERSION, YEAR = "whatif_start", "whatif_editor_version", "whatif_year"
CURRENT, FRESH = "whatif_current", "whatif_fresh"
LOADED, FLASH = "whatif_loaded_name", "whatif_flash"
SPLIT, SALARY, CHARGES = "whatif_split", "whatif_salary", "whatif_charges"
SAVE_NAME, OVERWRITE = "whatif_save_name", "whatif_overwrite"
LANG = "whatif_lang"  # the language the inputs' texts were written in
GROUPS = {"municipal_keys": "municipalities", "corporate_keys": "corporations"}
# The three single-value inputs: session key -> (scenario value, kind of number)
SCALARS = {
    SPLIT: ("municipal_part_pct", "split"),
    SALARY: ("monthly_salary", "salary"),
    CHARGES: ("employer_charges_pct", "charges"),
}


def editor_key(kind: str) -> str:
    """Session-state key of an editor ("mun" or "corp") for the current start values."""
    return f"whatif_{kind}_v{st.session_state.get(VERSION, 0)}"


def _set_start(values: Mapping[str, Any], loaded: str | None = None) -> None:
    """New start values for every input (call before the widgets render, or in a callback)."""
    st.session_state[START] = copy.deepcopy(dict(values))
    st.session_state[VERSION] = st.session_state.get(VERSION, -1) + 1
    lang = language()
    st.session_state[LANG] = lang
    for key, (name, kind) in SCALARS.items():
        st.session_state[key] = entry.shown(kind, float(values[name]), lang)
    st.session_state[LOADED] = loaded
    st.session_state[FRESH] = True  # the new editors have not been drawn yet


def ensure_state(base: AgreementParameters, year: int) -> None:
    """Start from the agreement on first use and whenever the year changes; write the inputs
    again in the other notation when the language changes."""
    if st.session_state.get(YEAR) != year or START not in st.session_state:
        st.session_state[YEAR] = year
        _set_start(agreement_values(base, year))
    elif st.session_state.get(LANG) != language() or (
        not st.session_state.get(FRESH) and editor_key("mun") not in st.session_state
    ):
        # Back from another page (Streamlit dropped the editors' edits) or another language:
        # keep what was on screen.
        _set_start(st.session_state.get(CURRENT, st.session_state[START]), st.session_state.get(LOADED))
    start = st.session_state[START]
    for key, (name, kind) in SCALARS.items():  # widget state is dropped on a page change
        st.session_state.setdefault(key, entry.shown(kind, float(start[name]), language()))


# --- callbacks (run before the next rerun, so they may set widget state) ---------------------


def _normalise(field: str, current: Mapping[str, Any]) -> None:
    values = copy.deepcopy(dict(current))
    try:
        values[field] = normalise_keys(values[field])
    except InvalidParameters as exc:
        flash(FLASH, "error", exc.text(language()))
        return
    _set_start(values, st.session_state.get(LOADED))


def _derive(current: Mapping[str, Any], stock: Mapping[str, Mapping[str, float]]) -> None:
    values = copy.deepcopy(dict(current))
    derived = False
    for field, numbers in stock.items():
        if any(v < 0 for v in numbers.values()):
            flash(FLASH, "error", t("whatif.stock.negative"))
            return
        if sum(numbers.values()) > 0:
            values[field] = keys_from_stock(numbers)
            derived = True
    if not derived:
        flash(FLASH, "error", t("whatif.stock.none"))
        return
    _set_start(values, st.session_state.get(LOADED))


def _reset(base: AgreementParameters, year: int) -> None:
    _set_start(agreement_values(base, year))


def _open(name: str, base: AgreementParameters, year: int) -> None:
    try:
        saved = store.load_scenario(loaders.engine(), name)
    except store.ScenarioError as exc:
        flash(FLASH, "error", exc.text(language()))
        return
    _set_start(scenario_values(saved.scenario, base, year), loaded=saved.scenario.name)
    st.session_state[SAVE_NAME] = saved.scenario.name


# --- the editor ---------------------------------------------------------------------------------


def _texts(frame: pd.DataFrame, column: str) -> dict[str, object]:
    return dict(zip(frame["partner"].astype(str), frame[column], strict=True))


def _key_editor(
    box, start: Mapping[str, Any], field: str, kind: str, label: str, hours: bool
) -> pd.DataFrame:
    """One group's keys (and the corporations' weekly hours) as text in the language's notation,
    so "16,5" is read as 16,5 % and never turned into something else by the grid."""
    lang = language()
    partners = list(start[field])
    data = {"partner": partners, "key_pct": [entry.shown("key", v, lang) for v in start[field].values()]}
    config = {
        "partner": st.column_config.TextColumn(t(label), disabled=True),
        "key_pct": st.column_config.TextColumn(t("whatif.col.key"), required=True, max_chars=20),
    }
    if hours:
        data["hours"] = [entry.shown("hours", start["weekly_hours"].get(p, 0.0), lang) for p in partners]
        config["hours"] = st.column_config.TextColumn(t("whatif.col.hours"), required=True, max_chars=20)
    return box.data_editor(
        pd.DataFrame(data),
        key=editor_key(kind),
        hide_index=True,
        num_rows="fixed",
        width="stretch",
        column_config=config,
    )


def _key_editors(start: Mapping[str, Any], mun_box, corp_box) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The two key editors (corporations with their weekly hours): the values read, and per group
    the refusals of what could not be read (the value from before is kept for those)."""
    lang = language()
    mun = _key_editor(mun_box, start, "municipal_keys", "mun", "whatif.col.municipality", hours=False)
    corp = _key_editor(corp_box, start, "corporate_keys", "corp", "whatif.col.corporation", hours=True)
    mun_keys = entry.read_group(_texts(mun, "key_pct"), start["municipal_keys"], "key", lang)
    corp_keys = entry.read_group(_texts(corp, "key_pct"), start["corporate_keys"], "key", lang)
    hours = entry.read_group(_texts(corp, "hours"), start["weekly_hours"], "hours", lang)
    values = {
        "municipal_keys": mun_keys.values,
        "corporate_keys": corp_keys.values,
        "weekly_hours": hours.values,
    }
    refusals = {
        "municipal_keys": mun_keys.refusals,
        "corporate_keys": corp_keys.refusals + hours.refusals,
    }
    return values, refusals


def _number_inputs(start: Mapping[str, Any]) -> tuple[dict[str, float], list[str]]:
    """Split, salary and employer charges as text in the language's notation; a refusal shows
    under its own field."""
    lang = language()
    columns = st.columns(3)
    values: dict[str, float] = {}
    refusals: list[str] = []
    labels = {SPLIT: "whatif.split", SALARY: "whatif.salary", CHARGES: "whatif.charges"}
    for column, (key, (name, kind)) in zip(columns, SCALARS.items(), strict=True):
        label = t(labels[key])
        typed = column.text_input(label, key=key, max_chars=30)
        value, refusal = entry.read_value(typed, kind, label, float(start[name]), lang)
        values[name] = float(value if value is not None else start[name])
        if refusal:
            column.error(refusal)
            refusals.append(refusal)
        elif key == SPLIT:
            column.caption(t("whatif.split.caption", corp=fmt.percent(100.0 - values[name], 1, lang)))
    return values, refusals


def _key_checks(current: Mapping[str, Any], boxes, refusals: Mapping[str, list[str]]) -> bool:
    """Under each editor: what was refused, the live sum, and a Dutch message with
    "Normaliseren" when a group is off."""
    lang = language()
    ok = True
    for box, field in zip(boxes, GROUPS, strict=True):
        for refusal in refusals[field]:
            box.error(refusal)
        keys = current[field]
        group = t(f"whatif.group.{GROUPS[field]}")
        problems = key_sum_problems(keys, GROUPS[field])
        icon = "⚠️" if problems else "✅"
        box.caption(f"{icon} " + t("whatif.sum", group=group, total=fmt.percent(sum(keys.values()), 2, lang)))
        if problems:
            ok = False
            for problem in problems:
                box.error(problem.text(lang))
            box.button(
                t("whatif.normalise"),
                key=f"whatif_normalise_{field}",
                on_click=_normalise,
                args=(field, dict(current)),
                help=t("whatif.normalise.help"),
            )
    return ok


def _stock_inputs(current: Mapping[str, Any]) -> None:
    with st.expander(t("whatif.stock.title")):
        st.caption(t("whatif.stock.caption"))
        lang = language()
        left, right = st.columns(2)
        stock = {}
        refused = False
        for column, field, kind, label in (
            (left, "municipal_keys", "mun", "whatif.col.municipality"),
            (right, "corporate_keys", "corp", "whatif.col.corporation"),
        ):
            frame = pd.DataFrame({"partner": list(current[field]), "homes": [None] * len(current[field])})
            edited = column.data_editor(
                frame,
                key=f"whatif_stock_{kind}",
                hide_index=True,
                num_rows="fixed",
                width="stretch",
                column_config={
                    "partner": st.column_config.TextColumn(t(label), disabled=True),
                    "homes": st.column_config.TextColumn(t("whatif.col.stock"), max_chars=20),
                },
            )
            read = entry.read_group(_texts(edited, "homes"), {}, "homes", lang, optional=True)
            for refusal in read.refusals:
                column.error(refusal)
            refused = refused or bool(read.refusals)
            stock[field] = read.values
        st.button(
            t("whatif.stock.derive"),
            key="whatif_derive",
            on_click=_derive,
            args=(dict(current), stock),
            disabled=refused,
        )


# --- results ------------------------------------------------------------------------------------


def _measure_label(measure: str) -> str:
    return t(f"whatif.measure.{measure}")


def differences_table(comparison: Comparison) -> pd.DataFrame:
    """Programme cost and, per partner, share / employment / settlement: agreement, scenario, Δ.
    No group column: the partner's name says it, and the table fits a 1024 px screen."""
    lang = language()
    rows = []
    for d in (comparison.programme, *comparison.differences):
        show = signed_money if d.measure == BALANCE else money
        rows.append(
            {
                t("whatif.col.partner"): d.partner or t("whatif.group.total"),
                t("whatif.col.measure"): _measure_label(d.measure),
                t("whatif.col.agreement"): show(d.agreement, lang),
                t("whatif.col.scenario"): show(d.scenario, lang),
                t("whatif.col.diff_euro"): signed_money(d.euro, lang),
                t("whatif.col.diff_pct"): fmt.signed_percent(d.pct, 1, lang),
            }
        )
    return pd.DataFrame(rows)


def difference_frame(comparison: Comparison) -> pd.DataFrame:
    """Plain data for the difference chart."""
    lang = language()
    return pd.DataFrame(
        [
            {
                "partner": d.partner,
                "measure": _measure_label(d.measure),
                "euro": d.euro,
                "label": signed_money(d.euro, lang),
            }
            for d in comparison.differences
        ]
    )


def _render_effect(box, comparison: Comparison | None) -> None:
    """Beside the editors, on the first screen: one sentence per partner whose share changed."""
    box.markdown(f"**{t('whatif.effect.title')}**")
    if comparison is None:
        box.caption(t("whatif.effect.blocked"))
        return
    sentences = effect_sentences(comparison, language())
    if not sentences:
        box.caption(t("whatif.effect.none"))
        return
    box.markdown("\n".join(f"- {sentence}" for sentence in sentences))


def _render_results(comparison: Comparison) -> None:
    """The details under the inputs, once something differs from the agreement."""
    lang = language()
    st.header(t("whatif.results"))
    programme = comparison.programme
    a, b = st.columns(2)
    a.metric(
        t("whatif.metric.programme"),
        fmt.money(programme.scenario, lang),
        delta=delta_money(programme.euro, lang),
        delta_color="inverse",
    )
    per_fte = comparison.scenario.per_fte - comparison.agreement.per_fte
    b.metric(
        t("whatif.metric.per_fte"),
        fmt.money(comparison.scenario.per_fte, lang),
        delta=delta_money(per_fte, lang),
        delta_color="inverse",
    )
    payers = [c for c, v in comparison.scenario.net.items() if v < 0]
    if payers:
        st.info(t("whatif.payer.note", names=", ".join(payers)))
    st.markdown(f"**{t('whatif.diff.title')}**")
    st.caption(t("whatif.diff.caption"))
    st.dataframe(differences_table(comparison), hide_index=True, width="stretch")
    chart = build_difference_chart(
        difference_frame(comparison), t("whatif.chart.title"), t("whatif.chart.axis"), t("whatif.col.measure")
    )
    # Full width: beside the table the chart's title and legend were cut off at 1280 px.
    # The builder's spec is fixed and tested; skipping Altair's schema check on every rerun keeps
    # the panel fast. The data stays inline.
    st.vega_lite_chart(chart.to_dict(validate=False), width="stretch")
    st.markdown(f"**{t('whatif.settlement.title')}**")
    render_settlement(comparison.scenario.settlement, show_title=False)
    st.markdown(f"**{t('whatif.settlement.diff')}**")
    st.dataframe(settlement_table(comparison.settlement_difference(), lang), width="stretch")


def _changed(comparison: Comparison) -> bool:
    return bool(effect_sentences(comparison, language())) or any(
        abs(d.euro) >= SHOWN_CHANGE for d in comparison.differences
    )


def _save(scenario: Scenario) -> bool:
    try:
        store.save_scenario(
            loaders.engine(), current_actor(), scenario, overwrite=bool(st.session_state.get(OVERWRITE))
        )
    except (store.ScenarioError, AccessDenied) as exc:
        st.error(exc.text(language()))
        return False
    loaders.clear_caches()
    st.session_state[LOADED] = scenario.name
    flash(FLASH, "success", t("whatif.save.done", name=fmt.plain_markdown(scenario.name)))
    return True


def _render_save(
    base: AgreementParameters,
    year: int,
    current: Mapping[str, Any],
    comparison: Comparison | None,
    refused: bool,
) -> None:
    st.header(t("whatif.save.title"))
    left, right = st.columns(2)
    name = left.text_input(t("whatif.save.name"), key=SAVE_NAME, max_chars=store.MAX_NAME_LENGTH)
    left.checkbox(t("whatif.save.overwrite"), key=OVERWRITE)
    clicked = left.button(
        t("whatif.save.button"),
        key="whatif_save",
        type="primary",
        disabled=comparison is None or refused,
    )
    if clicked and _save(scenario_from_values(name, base, year, current)):
        st.rerun()  # the whole page, so the list of saved scenarios shows the new one
    if comparison is None or refused:
        left.caption(t("whatif.save.refused" if refused else "whatif.save.invalid"))
        return
    right.caption(t("whatif.export.caption"))
    right.download_button(
        t("whatif.export.current"),
        key="whatif_export_current",
        data=lambda: _workbook(
            base, year, [scenario_from_values(name or t("whatif.current_name"), base, year, current)]
        ),
        file_name=f"wat-als-{year}.xlsx",
        mime=XLSX_MIME,
        on_click="ignore",
        icon="📥",
    )


@st.fragment
def scenario_panel(base: AgreementParameters, year: int) -> None:
    """Inputs and results: a change here reruns only this function. The keys sit beside the
    sentences that state their effect, so both are on the first screen."""
    show_flash(FLASH)
    start = st.session_state[START]
    # No heading above the editors: the keys and the sentences on their effect fit the first screen.
    if st.session_state.get(LOADED):
        st.caption(t("whatif.loaded", name=fmt.plain_markdown(st.session_state[LOADED])))
    editors, effect = st.columns([3, 2], gap="large")
    mun_box, corp_box = editors.container(), editors.container()
    keys, key_refusals = _key_editors(start, mun_box, corp_box)
    st.session_state[FRESH] = False
    numbers, number_refusals = _number_inputs(start)
    current = keys | numbers
    st.session_state[CURRENT] = copy.deepcopy(current)
    keys_ok = _key_checks(current, (mun_box, corp_box), key_refusals)
    refused = bool(number_refusals or any(key_refusals.values()))
    comparison = None
    if keys_ok:
        try:
            comparison = compare_scenario(base, scenario_from_values("", base, year, current), year)
        except InvalidParameters as exc:
            st.error(t("whatif.invalid", problems=exc.text(language())))
    _render_effect(effect.container(), comparison)
    _stock_inputs(current)
    st.button(t("whatif.reset"), key="whatif_reset", on_click=_reset, args=(base, year))
    if comparison is not None and _changed(comparison):
        _render_results(comparison)
    _render_save(base, year, current, comparison, refused)


# --- saved scenarios ----------------------------------------------------------------------------


def _scenario_list() -> pd.DataFrame:
    """Not cached: a scenario saved by a colleague shows up on the next full rerun; the query
    is small and never runs on a rerun of the editor panel alone."""
    return store.list_scenarios(loaders.engine())


def _workbook(base: AgreementParameters, year: int, scenarios: list[Scenario]) -> bytes:
    applied = [(s.name, s.apply(base, year)) for s in scenarios]
    costs = [(name, params, cost_breakdown(params, year)) for name, params in applied]
    return comparison_workbook(
        year, base, costs, side_by_side(base, scenarios, year), cost_breakdown(base, year)
    )


def _usable(base: AgreementParameters, year: int, names: list[str]) -> list[Scenario]:
    usable = []
    for saved in store.load_scenarios(loaders.engine(), names):
        try:
            cost_breakdown(saved.scenario.apply(base, year), year)
        except InvalidParameters as exc:
            st.warning(
                t(
                    "whatif.compare.invalid",
                    name=fmt.plain_markdown(saved.scenario.name),
                    year=year,
                    problem=exc.text(language()),
                )
            )
            continue
        usable.append(saved.scenario)
    return usable


def side_by_side_table(base: AgreementParameters, year: int, scenarios: list[Scenario]) -> pd.DataFrame:
    lang = language()
    side = side_by_side(base, scenarios, year)
    rows = [
        {
            t("whatif.col.partner"): t("whatif.group.total"),
            t("whatif.col.group"): "",
            t("whatif.col.measure"): _measure_label("programme"),
            t("whatif.col.agreement"): fmt.money(side.programmes[0], lang),
            **{
                k: v
                for name, amount in zip(side.names, side.programmes[1:], strict=True)
                for k, v in (
                    (name, fmt.money(amount, lang)),
                    (t("whatif.compare.diff", name=name), signed_money(amount - side.programmes[0], lang)),
                )
            },
        }
    ]
    for partner, group, measure, base_amount, amounts in side.rows:
        show = signed_money if measure == BALANCE else money
        row = {
            t("whatif.col.partner"): partner,
            t("whatif.col.group"): t(f"whatif.group.{group}"),
            t("whatif.col.measure"): _measure_label(measure),
            t("whatif.col.agreement"): show(base_amount, lang),
        }
        for name, amount in zip(side.names, amounts, strict=True):
            row[name] = show(amount, lang)
            row[t("whatif.compare.diff", name=name)] = signed_money(amount - base_amount, lang)
        rows.append(row)
    return pd.DataFrame(rows)


def _delete(name: str) -> None:
    try:
        store.delete_scenario(loaders.engine(), current_actor(), name)
    except (store.ScenarioError, AccessDenied) as exc:
        flash(FLASH, "error", exc.text(language()))
        return
    loaders.clear_caches()
    st.session_state.pop("whatif_delete_confirm", None)
    flash(FLASH, "success", t("whatif.saved.deleted", name=fmt.plain_markdown(name)))


def render_saved(base: AgreementParameters, year: int) -> None:
    """List, open, delete, compare side by side and export the saved scenarios."""
    st.header(t("whatif.saved.title"))
    frame = _scenario_list()
    if frame.empty:
        st.caption(t("whatif.saved.none"))
        return
    lang = language()
    st.dataframe(
        shown_frame(
            pd.DataFrame(
                {
                    t("whatif.saved.col.name"): frame["name"],
                    t("whatif.saved.col.by"): frame["created_by"],
                    t("whatif.saved.col.updated"): [
                        fmt.day(pd.Timestamp(v).date(), lang) for v in frame["updated_at"]
                    ],
                }
            )
        ),
        hide_index=True,
        width="stretch",
    )
    names = list(frame["name"])
    owners = dict(zip(frame["name"], frame["owner"], strict=True))
    left, right = st.columns(2)
    picked = left.selectbox(t("whatif.saved.pick"), names, key="whatif_pick")
    left.button(t("whatif.saved.open"), key="whatif_open", on_click=_open, args=(picked, base, year))
    if store.may_change(current_actor(), owners.get(picked)):  # data_access refuses it anyway
        confirmed = right.checkbox(t("whatif.saved.delete_confirm"), key="whatif_delete_confirm")
        right.button(
            t("whatif.saved.delete"),
            key="whatif_delete",
            disabled=not confirmed,
            on_click=_delete,
            args=(picked,),
        )
    else:
        right.caption(t("whatif.saved.not_yours"))

    st.header(t("whatif.compare.title"))
    chosen = st.multiselect(t("whatif.compare.pick"), names, key="whatif_compare")
    if not chosen:
        return
    scenarios = _usable(base, year, chosen)
    if not scenarios:
        return
    table = shown_frame(side_by_side_table(base, year, scenarios))
    table.columns = [shown_text(c) for c in table.columns]  # scenario names head the columns
    st.dataframe(table, hide_index=True, width="stretch")
    st.download_button(
        t("whatif.compare.export"),
        key="whatif_export_compare",
        data=lambda: _workbook(base, year, scenarios),
        file_name=f"wat-als-vergelijking-{year}.xlsx",
        mime=XLSX_MIME,
        on_click="ignore",
    )


def render_page_flash() -> None:
    """Messages from actions outside the panel (open, delete)."""
    show_flash(FLASH)
