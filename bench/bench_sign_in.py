"""Sign-in cost: what every page run adds to learn who acts, and what one form sign-in costs.

Every run of app.py resolves the acting user (ui.auth.resolve_access): is there an enabled
account, and is this browser session's token an open session of an enabled account. Measured on
the embedded SQLite file against a bare `SELECT 1` on the same engine. A form sign-in is
deliberately slow: argon2 (argon2-cffi's defaults, 64 MiB, 3 passes) is what makes a stolen hash
expensive to guess; it is measured next to the bare argon2 verify.

Target: ≤ 5 ms per page run for the who-acts lookup (a page reruns in ≤ 300 ms).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import text

from bench import Figure, median_ms
from data_access import accounts
from data_access import sign_in as signing
from data_access.access import OPERATOR
from data_access.db import forget_engine, open_database

PASSWORD = "een wachtwoord voor de meting"


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite'}"
        engine = open_database(url)
        try:
            return _measure(engine)
        finally:
            forget_engine(url)


def _measure(engine) -> list[Figure]:
    accounts.add_account(engine, OPERATOR, "secretaris", role="admin", password=PASSWORD)
    token = signing.sign_in(engine, "secretaris", PASSWORD, None).token

    def bare() -> None:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def who_acts() -> None:  # what resolve_access asks the database on every run
        assert signing.session_account(engine, token) is not None
        accounts.has_enabled_accounts(engine)

    baseline = median_ms(bare, repeat=200)
    lookup = median_ms(who_acts, repeat=200)
    stored = accounts.HASHER.hash(PASSWORD)
    verify = median_ms(lambda: accounts.HASHER.verify(stored, PASSWORD), repeat=10)
    sign_in = median_ms(lambda: signing.sign_in(engine, "secretaris", PASSWORD, None), repeat=10)
    return [
        Figure(
            "who acts, per page run (session + accounts lookup, median)",
            lookup,
            "ms",
            "SELECT 1 on the same engine",
            baseline,
            "≤ 5 ms",
            lookup <= 5,
        ),
        Figure(
            "form sign-in: throttle check, argon2 verify, session, audit (median)",
            sign_in,
            "ms",
            "argon2 verify alone",
            verify,
        ),
    ]
