"""Filters shared by all pages: kept in session state (survives page switches) and mirrored in the
URL's query parameters, so a link to a view can be shared.

Widget state is dropped by Streamlit when a page without that widget runs, so the value lives
under a plain key and each page's widget is seeded from it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from domain.partners import CORPORATIONS, MUNICIPALITIES
from ui import loaders
from ui.i18n import t

STORE_PREFIX = "shared_"
# The "all" option of the corporation and municipality filters. Not None: a selectbox whose value
# is None shows an empty box ("Choose an option") instead of the word "Alle".
ALL = ""


def _shared_select(
    param: str,
    label: str,
    options: Sequence,
    default,
    container,
    format_func: Callable = str,
    parse: Callable = str,
):
    store = _remembered(param, options, default, parse)
    widget_key = f"widget_{param}"
    st.session_state[widget_key] = st.session_state[store]

    def _sync() -> None:
        st.session_state[store] = st.session_state[widget_key]

    container.selectbox(label, options, key=widget_key, on_change=_sync, format_func=format_func)
    _mirror_in_url()
    value = st.session_state[store]
    return None if value == ALL else value


def _remembered(param: str, options: Sequence, default, parse: Callable) -> str:
    """The session key holding a shared filter; seeded from a valid value in the URL (a shared
    link) the first time, else `default`."""
    store = STORE_PREFIX + param
    if store not in st.session_state:
        raw = st.query_params.get(param)
        try:
            wanted = parse(raw) if raw is not None else default
        except ValueError:
            wanted = default
        st.session_state[store] = wanted if wanted in options else default
    return store


def _mirror_in_url() -> None:
    """Every shared filter chosen so far goes into the URL, also on a page that does not show it,
    so a link copied from any page opens the same selection."""
    for store in [k for k in st.session_state if isinstance(k, str) and k.startswith(STORE_PREFIX)]:
        param, value = store[len(STORE_PREFIX) :], st.session_state[store]
        if value is None or value == ALL:
            st.query_params.pop(param, None)
        elif st.query_params.get(param) != str(value):
            st.query_params[param] = str(value)


def _shared_value(param: str, options: Sequence):
    """A shared filter's value without showing its widget: the session's, else a valid one in the URL."""
    store = STORE_PREFIX + param
    value = st.session_state[store] if store in st.session_state else st.query_params.get(param)
    return value if value in options and value != ALL else None


def select_year(container=None) -> int:
    years = loaders.available_years()
    return _shared_select("jaar", t("filter.year"), years, years[-1], container or st.sidebar, parse=int)


def _all_or(value) -> str:
    return t("filter.all") if value == ALL else str(value)


def select_corporation(container=None) -> str | None:
    """The chosen corporation, or None for all of them."""
    return _shared_select(
        "corporatie",
        t("filter.corporation"),
        [ALL, *CORPORATIONS],
        ALL,
        container or st.sidebar,
        format_func=_all_or,
    )


def select_municipality(container=None) -> str | None:
    """The chosen municipality, or None for all of them."""
    return _shared_select(
        "gemeente",
        t("filter.municipality"),
        [ALL, *MUNICIPALITIES],
        ALL,
        container or st.sidebar,
        format_func=_all_or,
    )


def current_municipality() -> str | None:
    """The municipality filter for a page that has no municipality widget (e.g. hours)."""
    return _shared_value("gemeente", MUNICIPALITIES)


def current_year() -> int:
    """The year chosen in the app (or in a shared link), for a page without the year widget (the
    presentation): kept in the session like select_year's and mirrored in the URL."""
    years = loaders.available_years()
    store = _remembered("jaar", years, years[-1], int)
    _mirror_in_url()
    return st.session_state[store]


def current_corporation() -> str | None:
    """The corporation filter for a page without its widget (None: all corporations)."""
    return _shared_value("corporatie", CORPORATIONS)
