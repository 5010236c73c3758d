"""Errors meant for the user: their message is a complete Dutch sentence saying what to do.

Only these may be shown to a user as they are; anything else gets a generic Dutch message and
goes to the log (ui.components.friendly_errors).
"""


class UserError(Exception):
    """An error whose message (`str(exc)`) is a Dutch sentence for the user."""

    @property
    def message(self) -> str:
        return str(self)
