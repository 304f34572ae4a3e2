"""The command line: ``desk`` (the app) and ``desk <command>`` (see ``desk --help``)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path

from desk import __version__
from desk.cli import (
    contact_cmds,
    countries_cmds,
    documents_cmds,
    exchange_cmds,
    history_cmds,
    meetings_cmds,
    preferences_cmds,
    signals_cmds,
    store_cmds,
    team_cmds,
    trade_cmds,
)
from desk.cli.common import db_target
from desk.cli.help import GroupedHelp
from desk.errors import DeskError
from desk.failures import explain


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk",
        description="Desk: trend log, meetings, country profiles and briefings, "
        "kept in an encrypted local store. `desk COMMAND --help` says more about each.",
        formatter_class=GroupedHelp,
    )
    parser.add_argument("--version", action="version", version=f"Desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="the store file, or a team database (postgresql://USER@HOST/DB) to use "
        "(default: $DESK_DATABASE_URL, $DESK_DB or the user data folder)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser._positionals.title = "commands"  # listed by what they work on (GroupedHelp)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the desktop app (the default)")
    p.set_defaults(func=cmd_gui)
    preferences_cmds.register(sub)
    store_cmds.register(sub)
    signals_cmds.register(sub)
    countries_cmds.register(sub)
    meetings_cmds.register(sub)
    contact_cmds.register(sub)
    documents_cmds.register(sub)
    exchange_cmds.register(sub)
    team_cmds.register(sub)
    trade_cmds.register(sub)
    history_cmds.register(sub)
    return parser


def cmd_gui(args: argparse.Namespace) -> int:
    from desk.ui.app import run_app  # Qt only when the app is wanted

    return run_app(args.db)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    # `--db` may also follow the command (desk check --db X): parse it from anywhere.
    args, rest = parser.parse_known_args(argv)
    if rest:
        extra = argparse.ArgumentParser(add_help=False)
        extra.add_argument("--db")
        known, leftover = extra.parse_known_args(rest)
        if leftover:
            parser.error(f"unrecognised arguments: {' '.join(leftover)}")
        args.db = known.db or args.db
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="desk: %(levelname)s: %(message)s",
    )
    func = getattr(args, "func", cmd_gui)
    try:
        return int(func(args) or 0)
    except KeyboardInterrupt:
        print("desk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `desk … | head` closed the pipe: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except (Exception, MemoryError) as exc:
        # The one place a command ends in failure: a one-line reason and an exit code.
        return fail(exc, args)


def fail(exc: BaseException, args: argparse.Namespace) -> int:
    if args.verbose and not isinstance(exc, DeskError):
        traceback.print_exception(exc, file=sys.stderr)
    try:
        target = db_target(args)
    except Exception:  # the path itself may be what failed
        target = None
    store = target if isinstance(target, Path) else None
    print(f"desk: error: {explain(exc, store)}", file=sys.stderr)
    return exc.exit_code if isinstance(exc, DeskError) else 1
