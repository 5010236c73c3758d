"""The meeting's three documents as download buttons (PowerPoint, PDF, Excel) for one year, in the
user's language. Each file is made only when its button is clicked (a deck takes a few seconds),
by the same code as `python -m handouts`. Every role may export (data_access/access.py), so the
buttons show for whoever sees the page."""

from __future__ import annotations

import streamlit as st

from handouts.files import KINDS, MIME, build, file_name
from ui import loaders
from ui.i18n import language, t

ICONS = {"deck": "📽️", "pdf": "📄", "workbook": "📊"}


def show_handout_downloads(year: int) -> None:
    """A heading, one line and three download buttons for `year` (keys "handout_deck",
    "handout_pdf", "handout_workbook"); a year without reports gets a sentence instead."""
    st.header(t("handouts.download.title"))
    if not loaders.reported_quarters(year):
        st.info(t("handouts.download.no_data", year=year))
        return
    lang = language()
    st.caption(t("handouts.download.caption", year=year))
    with st.container(horizontal=True):
        for kind in KINDS:
            st.download_button(
                t(f"handouts.download.{kind}"),
                _maker(kind, year, lang),
                file_name=file_name(kind, year),
                mime=MIME[kind],
                key=f"handout_{kind}",
                on_click="ignore",
                icon=ICONS[kind],
            )


def _maker(kind: str, year: int, lang: str):
    """The file's bytes, made when the button is clicked (not on every rerun)."""
    return lambda: build(kind, loaders.engine(), year, loaders.today(), lang)
