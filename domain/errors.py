"""Errors meant for the user: each carries one or more coded messages (domain.messages), shown in
the user's language with `text(lang)`; `message` is the Dutch sentence.

Only these may be shown to a user as they are; anything else gets a generic message and goes to
the log (ui.components.friendly_errors).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from domain.messages import DEFAULT_LANGUAGE, Message, join, msg


class UserError(Exception):
    """Raise as `UserError("area.code", name=value, ...)`; the code must be in the catalogue."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.messages: tuple[Message, ...] = (msg(code, **params),)
        super().__init__(code)

    @classmethod
    def of(cls, messages: Sequence[Message]) -> UserError:
        """One error that reports several problems at once (in order)."""
        if not messages:
            raise ValueError("a UserError needs at least one message")
        error = cls.__new__(cls)
        Exception.__init__(error, messages[0].code)
        error.messages = tuple(messages)
        return error

    @property
    def code(self) -> str:
        return self.messages[0].code

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.messages[0].params)

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return join(self.messages, lang)

    @property
    def message(self) -> str:
        """The Dutch sentence(s)."""
        return self.text(DEFAULT_LANGUAGE)

    def __str__(self) -> str:
        return self.message
