"""Who may do what. Every write in data_access takes the acting user and checks here.

Sign-in is not built yet; the app then acts as a local administrator. Roles are ours
(st.login only authenticates), so they live here, outside Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from domain.errors import UserError
from domain.messages import msg

# Internal names; users and the command line see beheerder, stuurgroep and corporatie.
Role = Literal["admin", "steering", "corporation"]


class AccessDenied(UserError, PermissionError):
    """The acting user may not do this (a coded message, see domain/messages/access.py)."""


@dataclass(frozen=True)
class Actor:
    name: str
    role: Role = "admin"
    corporation: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


LOCAL_ADMIN = Actor(name="beheerder (lokaal)", role="admin")


def require_upload_right(actor: Actor, corporation: str) -> None:
    if actor.role == "admin":
        return
    if actor.role == "corporation" and actor.corporation == corporation:
        return
    raise AccessDenied("access.upload_other_corporation", corporation=corporation)


def require_admin(actor: Actor, action: str) -> None:
    """`action` names what is refused: a code under "access.action." in domain/messages/access.py."""
    if not actor.is_admin:
        raise AccessDenied("access.admin_only", action=msg(f"access.action.{action}"))


def require_evaluation_right(actor: Actor) -> None:
    """Evaluations (art. 4) are the steering group's: it and the administrator record them;
    corporation accounts may read them."""
    if actor.role not in ("admin", "steering"):
        raise AccessDenied("evaluation.write_denied")


def may_upload(actor: Actor, corporation: str | None = None) -> bool:
    """Whether `actor` may upload reports for `corporation`, or (None) for any corporation at all:
    asks require_upload_right, so the rule is written once."""
    from domain.partners import CORPORATIONS

    for name in [corporation] if corporation else CORPORATIONS:
        try:
            require_upload_right(actor, name)
        except AccessDenied:
            continue
        return True
    return False
