"""Voortgang on screen: the selection's numbers cached per selection and day (cleared with every
other cache after an import), and each section rendered from the chart panels and texts that
reporting.progress makes (the handouts use the same)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from domain import progress as prog
from reporting import formatting as fmt
from reporting import progress as rp
from reporting.labels import quarter_name
from reporting.progress import MEASURES, ProgressModel, Selection
from ui import loaders
from ui.i18n import language, t
from ui.panels import show_chart_panel


def progress_model(selection: Selection) -> ProgressModel:
    """The selection's numbers, cached per selection and day (cleared with every other cache
    after an import), so switching filters back and forth costs no recomputation."""
    return _cached_model(selection.year, selection.corporation, selection.municipality, loaders.today())


@st.cache_data(show_spinner=False, max_entries=256)
def _cached_model(year: int, corporation: str | None, municipality: str | None, today: date) -> ProgressModel:
    selection = Selection(year, corporation, municipality)
    return rp.progress_model(
        selection,
        loaders.parameters(year),
        loaders.activity(),
        loaders.activity(year),
        loaders.reported_pairs(year),
        today,
    )


# --- Region: running total against the pro-rata target --------------------------------------------


def render_region(model: ProgressModel, measure: str) -> None:
    lang = language()
    progress, annual = model.progress[measure], model.annual[measure]
    measure_name = t(f"progress.measure.{measure}")
    latest = prog.latest_progress(progress)
    if latest is None:
        st.metric(t("progress.metric.none", measure=measure_name), fmt.MISSING)
        st.info(t("progress.no_reports", year=model.selection.year))
        return
    st.metric(
        t("progress.metric", measure=measure_name, quarter=quarter_name(latest["quarter"], lang)),
        fmt.number(latest["cumulative"], lang=lang),
    )
    if annual is not None:
        st.markdown(rp.status_line(latest, lang))
    show_chart_panel(rp.region_panel(model, measure, lang), key=f"dl_region_{measure}")
    sentence, method = rp.projection_text(model, measure, lang)
    st.markdown(sentence)
    if method:
        st.caption(method)


# --- Split per corporation and per municipality ----------------------------------------------------


def split_data(model: ProgressModel, measure: str, by: str) -> pd.DataFrame:
    selection = model.selection
    return _cached_split(
        selection.year, selection.corporation, selection.municipality, loaders.today(), measure, by
    )


@st.cache_data(show_spinner=False, max_entries=256)
def _cached_split(
    year: int, corporation: str | None, municipality: str | None, today: date, measure: str, by: str
) -> pd.DataFrame:
    return rp.split_data(_cached_model(year, corporation, municipality, today), measure, by)


def render_split(model: ProgressModel, measure: str, by: str) -> None:
    split = split_data(model, measure, by)
    if split.empty:
        st.info(t("progress.no_reports", year=model.selection.year))
        return
    panel = rp.split_panel(split, model.selection.year, measure, by, language())
    show_chart_panel(panel, key=f"dl_split_{by}_{measure}", stretch=False)


# --- Multi-year view with the pilot baseline -------------------------------------------------------


def multi_year_data(selection: Selection) -> pd.DataFrame:
    return _cached_multi_year(selection.corporation, selection.municipality, loaders.today())


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_multi_year(corporation: str | None, municipality: str | None, today: date) -> pd.DataFrame:
    selection = Selection(today.year, corporation, municipality)
    params_by_year = {year: loaders.parameters(year) for year in loaders.available_years()}
    return rp.multi_year_data(
        selection,
        params_by_year,
        loaders.parameters(today.year),
        loaders.activity(),
        loaders.submissions(),
        today,
    )


def render_multi_year(selection: Selection, data: pd.DataFrame, measure: str) -> None:
    panel = rp.multi_year_panel(selection, data, measure, language())
    show_chart_panel(panel, key=f"dl_multi_{measure}")


# --- Funnel, move rows and barriers ----------------------------------------------------------------


def render_funnel(model: ProgressModel) -> None:
    funnel = prog.funnel(model.activity)
    if model.activity.empty:
        st.info(t("progress.no_reports", year=model.selection.year))
        return
    show_chart_panel(rp.funnel_panel(funnel, model.selection.year, language()), key="dl_funnel")
    rows_with_contacts = int(funnel["rows_with_contacts"].iloc[0])
    if rows_with_contacts < len(model.activity):
        st.caption(t("progress.funnel.partial", n=rows_with_contacts))


def render_moves(model: ProgressModel) -> None:
    lang = language()
    year = model.selection.year
    profile = rp.move_profile(model, loaders.moves(year))
    if profile.rows == 0:
        st.info(t("progress.moves.none"))
        return
    count, sentence = st.columns([1, 2], vertical_alignment="bottom")
    with count:
        # a markdown label wraps where st.metric's own label would be cut off in a narrow column
        st.markdown(f"**{t('progress.moves.family')}**")
        st.metric(
            t("progress.moves.family"),
            fmt.number(profile.family_homes_freed, lang=lang),
            label_visibility="collapsed",
        )
    with sentence:
        st.markdown(rp.freed_homes_sentence(profile, lang))
        st.caption(
            t(
                "progress.moves.family_caption",
                rows=fmt.number(profile.rows, lang=lang),
                moves=fmt.number(model.activity["moves"].sum() if not model.activity.empty else 0, lang=lang),
            )
        )
    st.markdown(f"**{t('progress.freed_homes.title')}**")
    st.dataframe(rp.freed_homes_table(profile, lang), width="content")
    left, right = st.columns(2)
    with left:
        show_chart_panel(rp.age_panel(profile, year, lang), key="dl_age")
    with right:
        show_chart_panel(rp.freed_panel(profile, year, lang), key="dl_freed")


def render_barriers(model: ProgressModel) -> None:
    year = model.selection.year
    counts = rp.barrier_counts(model.selection, loaders.barriers(year))
    if model.selection.municipality:
        st.caption(t("progress.barriers.no_municipality"))
    if counts.empty or counts["count"].sum() == 0:
        st.info(t("progress.barriers.none"))
        return
    show_chart_panel(rp.barriers_panel(counts, year, language()), key="dl_barriers")


def pick_measure(key: str) -> str:
    return st.radio(
        t("progress.measure.pick"),
        MEASURES,
        key=key,
        horizontal=True,
        format_func=lambda m: t(f"progress.measure.{m}"),
    )
