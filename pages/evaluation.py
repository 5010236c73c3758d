"""Evaluatie: when the next evaluation is due, whether art. 5a (termination) or 2b (extension)
applies, the evaluation calendar, recording an evaluation aspect by aspect (with the app's proposal,
the numbers and the rule for results and hours), the evaluations recorded so far, and the meeting's
documents to download."""

import streamlit as st

from ui import evaluation_view as view
from ui.components import friendly_errors, show_flash
from ui.handout_downloads import show_handout_downloads
from ui.i18n import t
from ui.state import select_year

with friendly_errors():
    model = view.page_model()

    st.title(t("evaluation.title"))
    st.caption(t("evaluation.intro"))
    show_flash(view.FLASH_KEY)
    view.render_status(model)

    st.header(t("evaluation.calendar.title"))
    view.render_calendar(model)

    st.header(t("evaluation.record.title"))
    chosen = view.choose(model)
    if chosen is not None:
        view.render_evaluation(chosen, model)
    elif model.may_write:
        view.render_create(model)

    st.header(t("evaluation.history.title"))
    view.render_history(model)

    # The meeting's documents for the year chosen in the sidebar (PowerPoint, PDF, Excel).
    show_handout_downloads(select_year())
