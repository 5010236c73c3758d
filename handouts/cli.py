"""`python -m handouts deck|pdf|workbook --year Y -o FILE [--db URL] [--lang nl|en]`.

Exit 0 when the file is written; 1 with a sentence on stderr (Dutch unless --lang en) when the year
has no reports, the database fails or the file cannot be written (then nothing is left behind);
2 for a usage error (argparse).
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from data_access.clock import today
from data_access.db import open_database
from domain.errors import UserError
from domain.messages import DEFAULT_LANGUAGE, LANGUAGES, msg
from handouts.files import KINDS, build

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
REASONS = {
    errno.ENOENT: "handouts.reason.no_folder",
    errno.ENOTDIR: "handouts.reason.no_folder",
    errno.EACCES: "handouts.reason.no_permission",
    errno.EPERM: "handouts.reason.no_permission",
    errno.EROFS: "handouts.reason.no_permission",
    errno.EISDIR: "handouts.reason.is_folder",
    errno.ENOSPC: "handouts.reason.disk_full",
}
HELP = {
    "deck": "PowerPoint-presentatie voor de stuurgroep (16:9)",
    "pdf": "PDF-hand-out (A4 liggend)",
    "workbook": "Excel-werkmap met de samengevoegde gegevens en alle tabellen",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m handouts", description="Stukken voor de vergadering van de stuurgroep"
    )
    commands = parser.add_subparsers(dest="kind", required=True)
    for kind in KINDS:
        command = commands.add_parser(kind, help=HELP[kind])
        command.add_argument("--year", type=int, required=True, help="het jaar waarover het gaat")
        command.add_argument("-o", dest="output", required=True, metavar="FILE", help="het bestand")
        command.add_argument("--db", help="database-URL (anders DATABASE_URL of de ingebouwde SQLite)")
        command.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help="taal")
    return parser


def write_atomically(path: Path, content: bytes) -> None:
    """Write via a temporary file in the same folder and rename: a reader never sees half a file,
    and a failure leaves nothing behind."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        mask = os.umask(0)  # mkstemp makes the file private; give it the usual permissions
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    path = Path(args.output)
    try:
        engine = open_database(args.db)
        content = build(args.kind, engine, args.year, today(), args.lang)
        write_atomically(path, content)
    except UserError as exc:
        print(exc.text(args.lang), file=sys.stderr)
        return EXIT_FAILED
    except SQLAlchemyError as exc:
        print(UserError("handouts.database", reason=type(exc).__name__).text(args.lang), file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        reason = msg(REASONS.get(exc.errno or 0, "handouts.reason.other"))
        failure = UserError("handouts.write_failed", path=str(path), reason=reason)
        print(failure.text(args.lang), file=sys.stderr)
        return EXIT_FAILED
    print(str(path))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
