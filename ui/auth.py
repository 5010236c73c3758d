"""The acting user for writes. Sign-in (st.login + our roles) is not built yet: until then the
app runs as a local administrator, and every write still names who did it."""

from __future__ import annotations

from data_access.access import LOCAL_ADMIN, Actor


def current_actor() -> Actor:
    return LOCAL_ADMIN
