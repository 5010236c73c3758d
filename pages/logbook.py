"""Logboek (administrators): who uploaded, replaced, restored, changed the agreement, saved
scenarios, managed accounts, signed in or was refused what, and when; filtered and exported."""

import streamlit as st

from ui import logbook_view as view
from ui.auth import current_actor
from ui.components import friendly_errors
from ui.i18n import t

with friendly_errors():
    actor = current_actor()
    st.title(t("logbook.title"))
    st.caption(t("logbook.intro"))
    chosen, export = view.filters(actor)
    found = view.entries(actor, chosen)
    if found.empty:
        st.info(t("logbook.empty"))
    else:
        with export:
            view.export_button(found)
        st.caption(t("logbook.count", n=len(found)))
        view.render_table(view.display_frame(found))
