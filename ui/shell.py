"""What every page shares: the sidebar (language, who is signed in, sign-out), the notice that the
app runs without sign-in on this computer, and the demo-data banner."""

from __future__ import annotations

import streamlit as st

from ui import auth
from ui.components import demo_banner, friendly_errors
from ui.i18n import LANGUAGES, t

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
    notices = page is None or page.url_path not in WITHOUT_NOTICES
    with friendly_errors():
        if access is not None:
            render_identity(access, notices)
    language_choice(st.sidebar)
    with friendly_errors():
        if notices and (page is None or page.url_path not in WITHOUT_FIGURES):
            demo_banner()


def render_identity(access: auth.Access, notices: bool = True) -> None:
    """Who acts, in the sidebar; on this computer without sign-in, a notice on every page (but the
    presentation: `notices` False)."""
    actor = access.actor
    if access.method == "local":
        st.sidebar.markdown(t("auth.sidebar.local"))
        if notices:
            st.caption(t("auth.local.banner"))
        return
    role = t(f"auth.role.{actor.role}")
    who = t("auth.sidebar.who", name=actor.name, role=role)
    if actor.corporation:
        who += f" · {actor.corporation}"
    st.sidebar.markdown(who)
    if st.sidebar.button(t("auth.sign_out"), key="auth_sign_out", icon="🚪"):
        auth.sign_out()
        st.rerun()
    st.sidebar.divider()
