"""Filters shared by all pages: kept in session state (survives page switches) and mirrored in the
URL's query parameters, so a link to a view can be shared.

Widget state is dropped by Streamlit when a page without that widget runs, so the value lives
under a plain key and each page's widget is seeded from it.
"""

from __future__ import annotations

from typing import Callable, Sequence

import streamlit as st

from domain.partners import CORPORATIONS, MUNICIPALITIES
from ui import loaders
from ui.i18n import t


def _shared_select(param: str, label: str, options: Sequence, default, container,
                   format_func: Callable = str, parse: Callable = str):
    store = f"shared_{param}"
    if store not in st.session_state:
        raw = st.query_params.get(param)
        try:
            wanted = parse(raw) if raw is not None else default
        except ValueError:
            wanted = default
        st.session_state[store] = wanted if wanted in options else default
    widget_key = f"widget_{param}"
    st.session_state[widget_key] = st.session_state[store]

    def _sync() -> None:
        st.session_state[store] = st.session_state[widget_key]

    container.selectbox(label, options, key=widget_key, on_change=_sync, format_func=format_func)
    value = st.session_state[store]
    if value is None:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = str(value)
    return value


def select_year(container=None) -> int:
    years = loaders.available_years()
    return _shared_select("jaar", t("filter.year"), years, years[-1], container or st.sidebar,
                          parse=int)


def _all_or(value) -> str:
    return t("filter.all") if value is None else str(value)


def select_corporation(container=None) -> str | None:
    return _shared_select("corporatie", t("filter.corporation"), [None, *CORPORATIONS], None,
                          container or st.sidebar, format_func=_all_or)


def select_municipality(container=None) -> str | None:
    return _shared_select("gemeente", t("filter.municipality"), [None, *MUNICIPALITIES], None,
                          container or st.sidebar, format_func=_all_or)
