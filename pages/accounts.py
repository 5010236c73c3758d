"""Gebruikers (administrators): the accounts, and forms to add one, change its role, reset its
password and disable or enable it — the same functions as `python -m data_access users`."""

import streamlit as st

from ui import accounts_view as view
from ui.auth import current_actor
from ui.components import friendly_errors
from ui.i18n import t

with friendly_errors():
    actor = current_actor()
    st.title(t("accounts.title"))
    st.caption(t("accounts.intro"))
    view.show_flash()

    found = view.account_list(actor)
    st.header(t("accounts.list.title"))
    if found:
        st.dataframe(view.accounts_table(found), hide_index=True, width="stretch")
    else:
        st.info(t("accounts.list.empty"))

    if found:
        st.header(t("accounts.change.title"))
        view.change_forms(actor, found)

    st.header(t("accounts.add.title"))
    view.add_form(actor)
    st.markdown(t("accounts.cli"))
