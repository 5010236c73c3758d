"""Who may do what: the single place that decides. Every write and every role-dependent read in
data_access takes the acting user (an `Actor`) and asks here; pages only hide what this refuses.

Roles are ours (st.login only authenticates), so they live here, outside Streamlit. Internal
names are English; users and the command line see the Dutch labels of `ROLE_LABELS`.

| right                 | admin | steering | corporation                |
|-----------------------|-------|----------|----------------------------|
| every view, exports, what-if, scenarios | yes | yes | yes                  |
| upload / replace      | yes   | no       | own corporation only       |
| version history       | all   | all      | own corporation only       |
| original files        | all   | no       | own corporation only       |
| restore a version, settings, demo data, accounts, audit log | yes | no | no |
| change a scenario     | any   | own      | own                        |
| record evaluations    | yes   | yes      | no (reads them)            |
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from domain.errors import UserError
from domain.messages import msg

# Internal names; users and the command line see beheerder, stuurgroep and corporatie.
Role = Literal["admin", "steering", "corporation"]
ROLES: tuple[Role, ...] = ("admin", "steering", "corporation")
ROLE_LABELS: dict[str, str] = {"admin": "beheerder", "steering": "stuurgroep", "corporation": "corporatie"}
ROLES_BY_LABEL: dict[str, Role] = {label: role for role, label in ROLE_LABELS.items()}  # type: ignore[misc]

# Identities that are not accounts start with this prefix, which an account name cannot contain.
SYSTEM_PREFIX = "systeem:"


class AccessDenied(UserError, PermissionError):
    """The acting user may not do this (a coded message, see domain/messages/access.py)."""


@dataclass(frozen=True)
class Actor:
    """Who acts. `account` is the unique identity (an account's user name, or a reserved
    "systeem:..." identity); ownership goes by it, never by the display `name`."""

    name: str
    role: Role = "admin"
    corporation: str | None = None
    account: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


# The app without any account or SSO, on this computer only (ui/auth.py decides when).
LOCAL_ADMIN = Actor(name="beheerder (lokaal)", role="admin", account=SYSTEM_PREFIX + "lokaal")
# The operator at the server's command line (`import` without --as-user, `users ...`): whoever can
# run the command line there can reach the database directly, so acts as an administrator.
OPERATOR = Actor(name="opdrachtregel (server)", role="admin", account=SYSTEM_PREFIX + "opdrachtregel")

# Pages and sections a role may see; the data functions below enforce the same rules.
ADMIN_ONLY = "admin_only"
CAN_UPLOAD = "upload"
CAN_DOWNLOAD_ORIGINALS = "original_files"


def may(actor: Actor, right: str) -> bool:
    """For hiding what a role may not use (the data functions refuse it anyway)."""
    if right == ADMIN_ONLY:
        return actor.is_admin
    if right in (CAN_UPLOAD, CAN_DOWNLOAD_ORIGINALS):  # for some corporation (may_upload: which)
        return may_upload(actor)
    raise KeyError(right)


def require_upload_right(actor: Actor, corporation: str) -> None:
    if actor.role == "admin":
        return
    if actor.role == "corporation" and actor.corporation == corporation:
        return
    if actor.role == "corporation":
        raise AccessDenied("access.upload_other_corporation", corporation=corporation)
    raise AccessDenied("access.upload_role", role=actor.role_label)


def require_admin(actor: Actor, action: str) -> None:
    """`action` names what is refused: a code under "access.action." in domain/messages/access.py."""
    if not actor.is_admin:
        raise AccessDenied("access.admin_only", action=msg(f"access.action.{action}"))


def history_scope(actor: Actor, corporation: str | None) -> str | None:
    """The corporation whose version history `actor` sees when asking for `corporation` (None:
    all). A corporation account sees only its own; asking for another's is refused."""
    if actor.role != "corporation":
        return corporation
    if actor.corporation is None:
        raise AccessDenied("access.no_corporation")
    if corporation is None or corporation == actor.corporation:
        return actor.corporation
    raise AccessDenied("access.other_corporation_history", corporation=corporation)


def require_original_file_right(actor: Actor, corporation: str) -> None:
    """Original uploaded files: administrators all, a corporation its own, nobody else."""
    if actor.is_admin or (actor.role == "corporation" and actor.corporation == corporation):
        return
    if actor.role == "corporation":
        raise AccessDenied("access.other_corporation_file", corporation=corporation)
    raise AccessDenied("access.original_file_role", role=actor.role_label)


def require_owner(actor: Actor, owner: str | None, owner_name: str, scenario: str) -> None:
    """A scenario is changed or deleted by the account that saved it, or by an administrator."""
    if actor.is_admin or (actor.account is not None and actor.account == owner):
        return
    raise AccessDenied("access.scenario_owner", owner=owner_name, name=scenario)


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
