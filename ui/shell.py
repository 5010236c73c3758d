"""What every page shares: the projector layout (ui/layout.css), the sidebar (language, who is
signed in, sign-out) and, above the title, one slim strip with the notices that the app runs
without sign-in on this computer and that the figures are demo data."""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path

import streamlit as st

from ui import auth, loaders
from ui.components import friendly_errors, page_notices
from ui.i18n import LANGUAGES, t

LAYOUT_CSS = Path(__file__).with_name("layout.css")

LAYOUT_SENT_AT = "layout_css_sent_at"  # session state: when the session's first run sent ui/layout.css
LAYOUT_SETTLE_S = 0.15  # what the browser needs to apply those rules before a canvas table is drawn
# Pages that draw no canvas table (st.dataframe, st.data_editor): they need not wait for the layout
# rules (tests/ui/test_layout_settle.py checks that none of them reaches code that draws one).
WITHOUT_CANVAS_TABLES = {"", "uren", "evaluatie", "kosten"}  # "": Overzicht

# Pages that show no figures, so the demo-data notice ("the figures on this page ...") is not theirs.
WITHOUT_FIGURES = {"logboek", "gebruikers"}
# The presentation on a projector: no notices above the slide (it marks demo data itself).
WITHOUT_NOTICES = {"presentatie"}


def language_choice(container) -> None:
    # The choice lives under a plain key: Streamlit drops a widget's own state when a run does
    # not render it (as on a page switch), which would silently switch the language back.
    st.session_state.setdefault("lang", "nl")
    st.session_state["widget_lang"] = st.session_state["lang"]

    def _remember() -> None:
        st.session_state["lang"] = st.session_state["widget_lang"]

    container.radio(
        t("sidebar.language"),
        list(LANGUAGES),
        key="widget_lang",
        format_func=LANGUAGES.get,
        horizontal=True,
        on_change=_remember,
    )


def render_sidebar(access: auth.Access | None = None, page=None) -> None:
    """The sidebar of the app's pages (who is signed in, then the language) and the notices above
    the page. A gate page (sign-in, no access, set-up) has none: it shows nothing of the app and
    puts the language choice on the page itself."""
    if access is not None and access.actor is None:
        return
    shown = page is None or page.url_path not in WITHOUT_NOTICES
    notices: list[tuple[str, str]] = []  # (short notice, its explanation) text keys
    with friendly_errors():
        if access is not None and render_identity(access):
            notices.append(("auth.local.notice", "auth.local.banner"))
    language_choice(st.sidebar)
    with friendly_errors():
        if (page is None or page.url_path not in WITHOUT_FIGURES) and loaders.has_demo_data():
            notices.append(("demo.notice", "demo.banner"))
        page_notices(notices if shown else [])


@cache
def _layout_css() -> str:
    return LAYOUT_CSS.read_text(encoding="utf-8")


def inject_layout_css() -> None:
    """The projector layout on every page, gate pages included (a style-only st.html takes no
    room on the page). app.py calls it first thing; see settle_layout for pages with canvas tables."""
    st.html(f"<style>{_layout_css()}</style>")
    st.session_state.setdefault(LAYOUT_SENT_AT, time.monotonic())


def settle_layout(page=None) -> None:
    """app.py calls this once the page is known, before the sidebar or the page draws anything.

    A canvas table (st.dataframe, st.data_editor) reads the page's text size once, when it is
    first drawn: drawn in the same browser update as the layout rules it keeps the small size at
    1920 px, and a stretched one can end up a pixel wider than its column. So on a session's first
    run a page with canvas tables waits until the rules have been out for LAYOUT_SETTLE_S, with
    nothing else sent meanwhile; the pages in WITHOUT_CANVAS_TABLES (Overzicht, the start page,
    among them) and every later run go straight on."""
    if page is not None and page.url_path in WITHOUT_CANVAS_TABLES:
        return
    sent_at = st.session_state.get(LAYOUT_SENT_AT)
    if sent_at is not None:
        remaining = LAYOUT_SETTLE_S - (time.monotonic() - sent_at)
        if remaining > 0:
            time.sleep(remaining)


def render_identity(access: auth.Access) -> bool:
    """Who acts, in the sidebar. True when the app runs on this computer without sign-in: the
    page then says so above its title."""
    actor = access.actor
    if access.method == "local":
        st.sidebar.markdown(t("auth.sidebar.local"))
        return True
    role = t(f"auth.role.{actor.role}")
    who = t("auth.sidebar.who", name=actor.name, role=role)
    if actor.corporation:
        who += f" · {actor.corporation}"
    st.sidebar.markdown(who)
    if st.sidebar.button(t("auth.sign_out"), key="auth_sign_out", icon="🚪"):
        auth.sign_out()
        st.rerun()
    st.sidebar.divider()
    return False
