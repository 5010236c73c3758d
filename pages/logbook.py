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
    chosen = view.filters(actor)
    shown = view.display_frame(view.entries(actor, chosen))
    if shown.empty:
        st.info(t("logbook.empty"))
    else:
        st.caption(t("logbook.count", n=len(shown)))
        view.render_table(shown)
        view.export_button(shown)
