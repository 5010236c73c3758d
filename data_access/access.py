"""Who may do what. Every write in data_access takes the acting user and checks here.

Sign-in is not built yet; the app then acts as a local administrator. Roles are ours
(st.login only authenticates), so they live here, outside Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from domain.errors import UserError

Role = Literal["admin", "corporation", "viewer"]


class AccessDenied(UserError, PermissionError):
    """The acting user may not do this; the message is a Dutch sentence for the user."""


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
    raise AccessDenied(
        f"U mag alleen rapportages voor uw eigen corporatie uploaden; dit bestand is van "
        f"{corporation}. Vraag de programmasecretaris om hulp als dit niet klopt."
    )


def require_admin(actor: Actor, what: str) -> None:
    if not actor.is_admin:
        raise AccessDenied(f"Alleen een beheerder kan {what}.")
