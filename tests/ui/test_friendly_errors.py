"""No traceback reaches a user: a coded error is shown in the user's language, anything else as
the generic message."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _script_raising_a_refusal():
    import streamlit as st

    from data_access.access import AccessDenied
    from ui.components import friendly_errors

    st.session_state["lang"] = st.query_params.get("lang", "nl")
    with friendly_errors():
        raise AccessDenied("access.upload_other_corporation", corporation="Uwoon")


def _script_raising_a_bug():
    from ui.components import friendly_errors

    with friendly_errors():
        raise ValueError("internal detail that must not be shown")


def test_a_refusal_the_page_did_not_catch_is_shown_as_its_own_sentence():
    at = AppTest.from_function(_script_raising_a_refusal).run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "U mag alleen rapportages voor uw eigen corporatie uploaden; dit bestand is van Uwoon. "
        "Vraag de programmasecretaris om hulp als dit niet klopt."
    ]
    at.query_params["lang"] = "en"
    at.run()
    assert [e.value for e in at.error][0].startswith("You may only upload reports for your own corporation")


def test_an_unexpected_error_shows_the_generic_message_and_no_detail():
    at = AppTest.from_function(_script_raising_a_bug).run()
    assert not at.exception
    [error] = [e.value for e in at.error]
    assert "internal detail" not in error and "Traceback" not in error
    assert error.startswith("Er ging iets mis")
