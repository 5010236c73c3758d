"""Uploaden: download the template, upload a quarterly report, see every problem or a preview,
store it; the submitted versions (restore for an administrator) and the status of all quarters.

The template and the file box sit side by side, and what the check found (and "opgeslagen als
versie N") appears right under the file box, so it is on the first screen."""

import streamlit as st

from data_access.access import may_upload
from ui import loaders
from ui import upload_view as view
from ui.auth import current_actor
from ui.components import friendly_errors, status_matrix_table
from ui.i18n import t

with friendly_errors():
    actor = current_actor()
    st.title(t("upload.title"))
    st.caption(t("upload.intro"))

    if may_upload(actor):
        template, upload = st.columns(2, gap="large")
        with template:
            view.render_template_choice(actor)
        with upload:
            check = view.render_file_box(actor)
        if check is not None:
            view.render_details(check)
    else:
        st.info(t("upload.viewer"))

    st.header(t("upload.history.title"))
    view.render_history(actor)

    st.header(t("upload.status.title"))
    status = status_matrix_table(loaders.status_matrix())
    if not status.empty:  # quarters down, corporations across: twelve quarters do not fit a projector
        status = status.T.rename_axis(t("upload.col.quarter"))
    st.dataframe(status, width="stretch")
    st.caption(t("upload.status.caption"))
