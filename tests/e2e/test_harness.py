"""The browser tests find their pages by reading app.py: that reading must match Streamlit's rules."""

from __future__ import annotations

from tests.e2e.harness import registered_pages

SOURCE = """
import streamlit as st
from ui.i18n import t

pages = {
    t("nav.section.a"): [
        st.Page("pages/overview.py", title=t("nav.overview"), icon="📊", default=True),
        st.Page("pages/02_Uploaden.py", title="Uploaden"),
    ],
    "Beheer": [st.Page("pages/settings.py", title=t("nav.settings"), url_path="instellingen")],
}
st.navigation(pages).run()
"""


def test_pages_are_read_from_the_entry_script_in_order(tmp_path):
    app = tmp_path / "app.py"
    app.write_text(SOURCE, encoding="utf-8")
    pages = registered_pages(app)
    assert [(p.script, p.url, p.title_key) for p in pages] == [
        ("pages/overview.py", "/", "nav.overview"),
        ("pages/02_Uploaden.py", "/Uploaden", None),  # Streamlit drops the number prefix
        ("pages/settings.py", "/instellingen", "nav.settings"),
    ]
    assert [p.name for p in pages] == ["overview", "02_Uploaden", "settings"]


def test_the_real_app_registers_the_overview_as_its_start_page():
    pages = registered_pages()
    assert pages[0].script == "pages/overview.py" and pages[0].url == "/"
    assert len({p.url for p in pages}) == len(pages), "two pages share a URL"
