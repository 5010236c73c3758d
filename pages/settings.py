"""Instellingen: the agreement parameters in force (everyone may read them), the salary table
(administrators edit it: each save is a new, audited version) and removing the demo data
(administrators; other roles do not see these sections)."""

import pandas as pd
import streamlit as st

from data_access.access import AccessDenied
from data_access.parameters_admin import parameter_versions, salary_table_from_rows, save_salary_table
from data_access.services import remove_demo_data
from domain.parameters import InvalidParameters
from reporting import formatting as fmt
from reporting.i18n import plural_key
from reporting.parameters import (
    keys_table,
    other_parameters_table,
    read_salary_rows,
    salary_editor_rows,
    salary_table,
)
from ui import loaders
from ui.auth import current_actor
from ui.components import friendly_errors
from ui.i18n import language, t


def salary_editor(params) -> None:
    """Admins edit the salary table; saving stores a new parameter version from a chosen date."""
    st.header(t("settings_edit.salary.title"))
    st.caption(t("settings_edit.salary.intro"))
    rows = salary_editor_rows(params, language())
    edited = st.data_editor(
        rows,
        key="settings_salary_editor",
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_config={  # widths that fit a 1024 px screen without scrolling sideways
            "year": st.column_config.NumberColumn(
                t("settings_edit.col.year"), min_value=2000, max_value=2100, step=1, format="%d", width=70
            ),
            "monthly": st.column_config.TextColumn(t("settings_edit.col.monthly"), max_chars=30, width=120),
            "source": st.column_config.TextColumn(t("settings_edit.col.source"), max_chars=200, width=180),
            "indicative": st.column_config.CheckboxColumn(t("settings_edit.col.indicative"), width=130),
        },
    )
    valid_from = st.date_input(
        t("settings_edit.valid_from"),
        value=params.valid_from,
        key="settings_salary_valid_from",
        format="DD-MM-YYYY",
    )
    if st.button(t("settings_edit.save"), key="settings_salary_save", type="primary"):
        save_salary(edited, valid_from)
    if "salary_saved" in st.session_state:
        st.success(t("settings_edit.saved", day=fmt.day(st.session_state.pop("salary_saved"), language())))


def save_salary(edited: pd.DataFrame, valid_from) -> None:
    """Amounts that are not numbers are refused by row; the rest is checked by data_access."""
    rows, refusals = read_salary_rows(edited.to_dict("records"), language())
    if refusals:
        st.error(t("settings_edit.invalid", problems=" ".join(refusals)))
        return
    try:
        save_salary_table(loaders.engine(), current_actor(), salary_table_from_rows(rows), valid_from)
    except InvalidParameters as exc:
        st.error(t("settings_edit.invalid", problems=exc.text(language())))
    except AccessDenied:
        st.error(t("settings_edit.denied"))
    else:
        loaders.clear_caches()
        st.session_state["salary_saved"] = valid_from
        st.rerun()


def demo_section() -> None:
    """Removing the demo data (administrators; the page shows it to them only)."""
    st.header(t("settings.demo"))
    if loaders.has_demo_data():
        st.write(t("settings.demo.present"))
        confirmed = st.checkbox(t("settings.demo.confirm"), key="confirm_demo_removal")
        if st.button(t("settings.demo.remove"), disabled=not confirmed, type="primary"):
            try:
                removed = remove_demo_data(loaders.engine(), current_actor())
            except AccessDenied:
                st.error(t("settings.demo.denied"))
            else:
                loaders.clear_caches()
                st.session_state["demo_removed"] = removed
                st.rerun()
    else:
        st.write(t("settings.demo.absent"))
    if "demo_removed" in st.session_state:
        n = st.session_state.pop("demo_removed")
        st.success(t(plural_key("settings.demo.removed", n), n=n))


def versions_table() -> pd.DataFrame:
    lang = language()
    versions = parameter_versions(loaders.engine())
    return pd.DataFrame(
        {
            t("settings_edit.col.valid_from"): [fmt.day(v, lang) for v in versions["valid_from"]],
            t("settings_edit.col.created_at"): [
                fmt.day(pd.Timestamp(v).date(), lang) for v in versions["created_at"]
            ],
            t("settings_edit.col.created_by"): versions["created_by"],
            t("settings_edit.col.note"): versions["note"],
        }
    )


with friendly_errors():
    year = loaders.today().year
    params = loaders.parameters(year)
    st.title(t("settings.title"))
    st.caption(t("settings.intro", year=year))
    admin = current_actor().is_admin
    if not admin:
        st.info(t("settings.admin_only"))

    st.header(t("settings.keys"))
    st.dataframe(keys_table(params, language()), hide_index=True, width="stretch")
    st.header(t("settings.salary"))
    st.table(salary_table(params, language()), hide_index=True)  # the source reads whole
    st.caption(t("settings.salary.caption"))
    st.header(t("settings.other"))
    st.table(other_parameters_table(params, language()), hide_index=True)  # whole rows, wrapped

    if admin:
        demo_section()
        salary_editor(params)  # below the demo section, so the page's first button stays the removal
    with st.expander(t("settings_edit.versions")):
        st.dataframe(versions_table(), hide_index=True, width="stretch")
