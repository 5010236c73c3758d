"""`python -m data_access users ...`: manage accounts from the server's command line.

Whoever runs these commands there can reach the database anyway, so they act as the operator
(`data_access.access.OPERATOR`, an administrator) and every change is audited under that name.
The password comes from DOORSTROOMMONITOR_PASSWORD, else it is asked twice without echo; it is
never printed, and `users list` shows no hash. Exit 0 = done, 1 = refused (a message in the
language of `--lang`, Dutch by default), 2 = usage error (as argparse reports it).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
from typing import Any

from sqlalchemy.engine import Engine

from data_access import accounts
from data_access.access import OPERATOR, ROLES_BY_LABEL
from data_access.db import open_database
from domain.errors import UserError
from domain.messages import DEFAULT_LANGUAGE, LANGUAGES, msg

PASSWORD_VARIABLE = "DOORSTROOMMONITOR_PASSWORD"
EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = commands.add_parser("users", help="accounts: aanmaken, tonen, uitschakelen, rol, wachtwoord")
    actions = users.add_subparsers(dest="users_command", required=True)
    roles = sorted(ROLES_BY_LABEL)

    add = actions.add_parser("add", help=f"nieuw account (wachtwoord uit {PASSWORD_VARIABLE} of gevraagd)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=roles)
    add.add_argument("--corporation", metavar="C")
    add.add_argument("--email", metavar="E")

    actions.add_parser("list", help="alle accounts als JSON (zonder wachtwoorden)")

    disable = actions.add_parser("disable", help="account uitschakelen")
    disable.add_argument("name", metavar="NAME")

    set_role = actions.add_parser("set-role", help="andere rol (en corporatie)")
    set_role.add_argument("name", metavar="NAME")
    set_role.add_argument("--role", required=True, choices=roles)
    set_role.add_argument("--corporation", metavar="C")

    set_password = actions.add_parser("set-password", help="nieuw wachtwoord")
    set_password.add_argument("name", metavar="NAME")

    for sub in (add, actions.choices["list"], disable, set_role, set_password):
        sub.add_argument("--db", metavar="URL")
        sub.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help="taal van de meldingen")
        sub.set_defaults(usage_error=sub.error)


def _emit(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str))


def _password(lang: str) -> str:
    """From the environment, else asked twice (nothing is echoed)."""
    if PASSWORD_VARIABLE in os.environ:
        return os.environ[PASSWORD_VARIABLE]
    first = getpass.getpass(msg("account.prompt.password").text(lang))
    if getpass.getpass(msg("account.prompt.repeat").text(lang)) != first:
        raise accounts.AccountError("account.passwords_differ")
    return first


def _check_corporation_usage(args: argparse.Namespace) -> None:
    """The role and --corporation must fit: a usage error (exit 2) as argparse reports them."""
    if args.role == "corporatie" and not args.corporation:
        args.usage_error(msg("account.cli.corporation_required").text(args.lang))
    if args.role != "corporatie" and args.corporation:
        args.usage_error(msg("account.cli.corporation_only").text(args.lang))


def cmd_users(args: argparse.Namespace) -> int:
    if args.users_command in ("add", "set-role"):
        _check_corporation_usage(args)
    engine = open_database(args.db)
    try:
        if args.users_command == "list":
            _emit({"ok": True, "accounts": [a.to_json() for a in accounts.list_accounts(engine, OPERATOR)]})
            return EXIT_OK
        account = _run(engine, args)
    except UserError as exc:
        _emit({"ok": False, "message": exc.text(args.lang)})
        return EXIT_INVALID
    _emit({"ok": True, "account": account.to_json()})
    return EXIT_OK


def _run(engine: Engine, args: argparse.Namespace) -> accounts.AccountInfo:
    command = args.users_command
    if command == "add":
        return accounts.add_account(
            engine,
            OPERATOR,
            args.name,
            role=accounts.role_of(args.role),
            password=_password(args.lang),
            corporation=args.corporation,
            email=args.email,
        )
    if command == "disable":
        return accounts.disable_account(engine, OPERATOR, args.name)
    if command == "set-role":
        return accounts.set_role(engine, OPERATOR, args.name, accounts.role_of(args.role), args.corporation)
    if command == "set-password":
        if accounts.find_account(engine, args.name) is None:  # before asking for a password
            raise accounts.AccountError("account.not_found", name=args.name)
        return accounts.set_password(engine, OPERATOR, args.name, _password(args.lang))
    raise ValueError(command)
