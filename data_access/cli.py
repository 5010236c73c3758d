"""`python -m data_access <command>`: the stable command-line contract (docs/cli.md).

Output is JSON on stdout; exit 0 = ok, 1 = invalid input or failed check, 2 = usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from data_access import cli_users, services
from data_access.access import OPERATOR, SYSTEM_PREFIX, AccessDenied, Actor
from data_access.accounts import actor_for_name
from data_access.clock import today
from data_access.contract import to_contract_json
from data_access.db import open_database
from data_access.template import build_report_workbook
from domain.messages import DEFAULT_LANGUAGE, LANGUAGES, msg
from domain.partners import CORPORATIONS, canonical_corporation

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample_data"
DEMO_ACTOR = Actor(name="demo", role="admin", account=SYSTEM_PREFIX + "demo")


def _emit(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m data_access", description="Doorstroommonitor Noord-Veluwe"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="controleer rapportages zonder op te slaan")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("--db")
    validate.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help="taal van de meldingen")
    imp = commands.add_parser("import", help="controleer en sla rapportages op")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--db")
    # Without --as-user: the operator at the server's command line (an administrator).
    imp.add_argument("--as-user", metavar="NAME")
    imp.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help="taal van de meldingen")
    summary = commands.add_parser("summary", help="jaaroverzicht als JSON")
    summary.add_argument("--year", type=int, required=True)
    summary.add_argument("--db")
    template = commands.add_parser("template", help="schrijf het sjabloon voor een kwartaal")
    template.add_argument("--corporation", required=True)
    template.add_argument("--year", type=int, required=True)
    template.add_argument("--quarter", type=int, required=True, choices=(1, 2, 3, 4))
    template.add_argument("-o", dest="output", required=True)
    seed = commands.add_parser("seed-demo", help="laad de demorapportages")
    seed.add_argument("--db")
    cli_users.add_parser(commands)
    return parser


def _read(path: str) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


def _failed(path: str, message: str) -> dict[str, Any]:
    """The contract's object for a file that could not be checked at all."""
    return {
        "file": path,
        "ok": False,
        "corporation": None,
        "year": None,
        "quarter": None,
        "totals": None,
        "errors": [{"sheet": None, "row": None, "column": None, "value": path, "message": message}],
        "warnings": [],
    }


def _each_file(
    paths: Sequence[str],
    handle: Callable[[bytes, str], dict[str, Any]],
    lang: str,
    defaults: dict[str, Any] | None = None,
) -> int:
    """Run `handle(content, name)` per file and print one JSON object per line; exit 1 if any failed.

    Each file stands alone: one that is missing or fails does not stop the others (a file that
    cannot be read safely is refused by the importer's child process, see importer/sandbox.py)."""
    ok = True
    for path in paths:
        content = _read(path)
        if content is None:
            obj = _failed(path, msg("upload.file_missing").text(lang))
        else:
            try:
                obj = handle(content, Path(path).name)
            except AccessDenied as exc:
                obj = _failed(path, exc.text(lang))
            except SQLAlchemyError:
                obj = _failed(path, msg("upload.database_failed").text(lang))
        obj = obj | {"file": path} | {k: obj.get(k, v) for k, v in (defaults or {}).items()}
        _emit(obj)
        ok = ok and obj["ok"]
    return EXIT_OK if ok else EXIT_INVALID


def cmd_validate(args: argparse.Namespace) -> int:
    engine = open_database(args.db)
    day = today()
    return _each_file(
        args.files,
        lambda content, name: services.validate_file(engine, content, name, today=day).to_json(args.lang),
        args.lang,
    )


def import_actor(engine: Engine, as_user: str | None) -> Actor:
    """`--as-user NAME`: that enabled account and its rules; without it, the operator."""
    return OPERATOR if as_user is None else actor_for_name(engine, as_user)


def cmd_import(args: argparse.Namespace) -> int:
    engine = open_database(args.db)
    try:
        actor = import_actor(engine, args.as_user)
    except AccessDenied as exc:
        _emit({"ok": False, "message": exc.text(args.lang)})
        return EXIT_INVALID
    day = today()

    def handle(content: bytes, name: str) -> dict[str, Any]:
        return services.import_file(engine, content, name, actor, today=day).to_json(args.lang)

    return _each_file(args.files, handle, args.lang, defaults={"version": None})


def cmd_summary(args: argparse.Namespace) -> int:
    engine = open_database(args.db)
    _emit(to_contract_json(services.year_figures(engine, args.year)))
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    corporation = canonical_corporation(args.corporation)
    if corporation is None:
        message = msg("account.corporation_unknown", corporation=args.corporation, names=list(CORPORATIONS))
        _emit({"ok": False, "message": message.text(getattr(args, "lang", DEFAULT_LANGUAGE))})
        return EXIT_INVALID
    content = build_report_workbook(corporation, args.year, args.quarter)
    Path(args.output).write_bytes(content)
    _emit(
        {
            "ok": True,
            "file": args.output,
            "corporation": corporation,
            "year": args.year,
            "quarter": args.quarter,
        }
    )
    return EXIT_OK


def cmd_seed_demo(args: argparse.Namespace) -> int:
    engine = open_database(args.db)
    manifest = json.loads((SAMPLE_DIR / "manifest.json").read_text())
    counts = {"stored": 0, "unchanged": 0, "invalid": 0}
    for name, meta in sorted(manifest.items()):
        content = (SAMPLE_DIR / "workbooks" / name).read_bytes()
        uploaded_at = datetime.combine(date.fromisoformat(meta["uploaded_on"]), time(10, 0), tzinfo=UTC)
        result = services.import_file(
            engine, content, name, DEMO_ACTOR, today=today(), uploaded_at=uploaded_at, is_demo=True
        )
        if not result.validation.ok:
            counts["invalid"] += 1
        elif result.outcome is not None and result.outcome.stored:
            counts["stored"] += 1
        else:
            counts["unchanged"] += 1
    _emit({"ok": counts["invalid"] == 0, "files": len(manifest), **counts})
    return EXIT_OK if counts["invalid"] == 0 else EXIT_INVALID


COMMANDS = {
    "validate": cmd_validate,
    "import": cmd_import,
    "summary": cmd_summary,
    "template": cmd_template,
    "seed-demo": cmd_seed_demo,
    "users": cli_users.cmd_users,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except SQLAlchemyError as exc:
        message = msg("storage.database_error", error=type(exc).__name__)
        _emit({"ok": False, "message": message.text(getattr(args, "lang", DEFAULT_LANGUAGE))})
        return EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
