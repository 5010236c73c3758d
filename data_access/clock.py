"""Today's date for every rule that depends on it; DOORSTROOMMONITOR_TODAY pins it (tests, demos)."""

from __future__ import annotations

import os
from datetime import date


def today() -> date:
    pinned = os.environ.get("DOORSTROOMMONITOR_TODAY")
    return date.fromisoformat(pinned) if pinned else date.today()
