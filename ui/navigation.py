"""Which pages a visitor gets: by role once signed in, else one gate page (sign-in, no access,
set-up) at every address, so a shared link opens the gate and, after signing in, the page asked for.

Hiding is for clarity only: data_access refuses whatever a role may not do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import streamlit as st

# Streamlit loads its emoji catalogue (a regex over 5 000 emoji, 50-500 ms to compile) the first time
# an icon is checked. Imported here, it is loaded by ui.serve's warm-up while the server starts,
# not during the first visitor's run.
import streamlit.emojis  # noqa: F401

from data_access.access import ADMIN_ONLY, Actor, may
from ui.auth import NO_ACCESS, SET_UP, SIGN_IN
from ui.i18n import t

PAGES_DIR = Path(__file__).resolve().parent.parent / "pages"
GATE_PAGES = {
    SIGN_IN: ("sign_in.py", "auth.sign_in.nav", "🔑"),
    NO_ACCESS: ("no_access.py", "auth.no_access.nav", "🚫"),
    SET_UP: ("set_up.py", "auth.set_up.nav", "🛠️"),
}
# url path → the right needed to see that page (data_access.access.may)
RESTRICTED = {"logboek": ADMIN_ONLY, "gebruikers": ADMIN_ONLY}

Pages = Mapping[str, Sequence[st.Page]]


def _every_url_path(pages: Pages) -> list[str]:
    return [page.url_path for section in pages.values() for page in section if page.url_path]


def gate(pages: Pages, which: str) -> list[st.Page]:
    """The gate page at "/" and, hidden, at every other page's address."""
    script, title_key, icon = GATE_PAGES[which]
    path = str(PAGES_DIR / script)
    title = t(title_key)
    return [st.Page(path, title=title, icon=icon, default=True)] + [
        st.Page(path, title=title, icon=icon, url_path=url_path, visibility="hidden")
        for url_path in _every_url_path(pages)
    ]


def _not_for_you() -> None:
    st.title(t("auth.not_for_role.title"))
    st.info(t("auth.not_for_role.text"))


def for_actor(pages: Pages, actor: Actor) -> dict[str, list[st.Page]]:
    """The pages `actor` may use; the others are replaced by a hidden "not for your role" page at
    their address (a shared link then says so, in Dutch, instead of "page not found")."""
    visible: dict[str, list[st.Page]] = {}
    hidden: list[st.Page] = []
    for section, section_pages in pages.items():
        for page in section_pages:
            right = RESTRICTED.get(page.url_path)
            if right is None or may(actor, right):
                visible.setdefault(section, []).append(page)
            else:
                hidden.append(
                    st.Page(_not_for_you, title=page.title, url_path=page.url_path, visibility="hidden")
                )
    if hidden:
        last = list(visible)[-1]
        visible[last] = visible[last] + hidden
    return visible
