"""Uploaden: download the template, upload a quarterly report, see every problem or a preview,
store it; the submitted versions (restore for an administrator) and the status of all quarters."""

import streamlit as st

from data_access.access import may_upload
from reporting import formatting as fmt
from reporting.downloads import XLSX_MIME
from ui import loaders
from ui import upload_view as view
from ui.auth import current_actor
from ui.components import friendly_errors, show_flash, status_matrix_table
from ui.i18n import language, t

with friendly_errors():
    actor = current_actor()
    st.title(t("upload.title"))
    st.caption(t("upload.intro"))
    show_flash(view.FLASH_KEY)

    if may_upload(actor):
        st.header(t("upload.template.title"))
        suggested = view.default_quarter(loaders.today())
        years = loaders.available_years()
        left, middle, right = st.columns(3)
        corporation = left.selectbox(
            t("filter.corporation"),
            view.corporations_for(actor),
            disabled=not actor.is_admin,
            key="template_corporation",
        )
        year = middle.selectbox(
            t("filter.year"),
            years,
            key="template_year",
            index=years.index(suggested.year) if suggested.year in years else len(years) - 1,
        )
        quarter = right.selectbox(
            t("upload.template.quarter"), [1, 2, 3, 4], key="template_quarter", index=suggested.quarter - 1
        )
        st.download_button(
            t(
                "upload.template.download",
                label=f"{corporation} {fmt.quarter_label(year, quarter, language())}",
            ),
            data=view.template_bytes(corporation, year, quarter),
            file_name=view.template_file_name(corporation, year, quarter),
            mime=XLSX_MIME,
            icon="📥",
        )
        st.caption(t("upload.template.caption"))

        st.header(t("upload.file.title"))
        uploaded = st.file_uploader(
            t("upload.file.label"), type=["xlsx"], key=view.uploader_key(), max_upload_size=10
        )
        if uploaded is not None:
            view.render_check(view.check_upload(uploaded.name, uploaded.getvalue(), actor), actor)
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
