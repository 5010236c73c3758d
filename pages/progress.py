"""Voortgang: conversations and moves against the pro-rata target, per corporation and municipality,
over the years with the pilot, the funnel, and what the optional move and barrier sheets say."""

import streamlit as st

from ui import progress_view as view
from ui.components import friendly_errors
from ui.i18n import t
from ui.state import select_corporation, select_municipality, select_year

with friendly_errors():
    selection = view.Selection(select_year(), select_corporation(), select_municipality())
    model = view.progress_model(selection)

    st.title(t("progress.title", year=selection.year))
    st.caption(t("progress.intro"))
    if selection.filtered:
        st.info(t("progress.filtered", selection=selection.describe()))

    for column, measure in zip(st.columns(2), view.MEASURES, strict=True):
        with column:
            view.render_region(model, measure)

    st.header(t("progress.split.title"))
    split_measure = view.pick_measure("progress_split_measure")
    by_corporation, by_municipality = st.tabs(
        [t("progress.split.tab.corporation"), t("progress.split.tab.municipality")]
    )
    with by_corporation:
        view.render_split(model, split_measure, "corporation")
    with by_municipality:
        view.render_split(model, split_measure, "municipality")

    st.header(t("progress.multi.title", start=model.params.start_year))
    years = view.multi_year_data(selection)
    for column, measure in zip(st.columns(2), view.MEASURES, strict=True):
        with column:
            view.render_multi_year(selection, years, measure)

    st.header(t("progress.funnel.title"))
    view.render_funnel(model)

    st.header(t("progress.moves.title"))
    view.render_moves(model)

    st.header(t("progress.barriers.title"))
    view.render_barriers(model)
