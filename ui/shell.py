"""What every page shares: the projector layout (ui/layout.css), the sidebar (language, who is
signed in, sign-out) and, above the title, one slim strip with the notices that the app runs
without sign-in on this computer and that the figures are demo data."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import streamlit as st

from ui import auth, loaders
from ui.components import friendly_errors, layout_sent, page_notices
from ui.i18n import LANGUAGES, t

LAYOUT_CSS = Path(__file__).with_name("layout.css")

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
    room on the page). app.py calls it first thing. Canvas tables wait for the rules to apply
    (ui.components.settle_layout); everything else is drawn at once."""
    st.html(f"<style>{_layout_css()}</style>")
    layout_sent()


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
