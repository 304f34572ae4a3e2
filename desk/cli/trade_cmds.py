"""desk trade import: official trade statistics (Eurostat Comext, UN Comtrade) into the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desk.cli import trade_radar_cmds
from desk.cli.common import open_cli_store
from desk.services.trade_import import import_trade_files


def register(sub: argparse._SubParsersAction) -> None:
    trade = sub.add_parser("trade", help="official trade statistics in CHPI goods")
    tsub = trade.add_subparsers(dest="trade_command", metavar="ACTION", required=True)
    p = tsub.add_parser(
        "import",
        help="load Eurostat Comext bulk files or UN Comtrade CSVs (.csv, .gz, .zip): "
        "the rows under a CHPI code; a file replaces the reporters and periods it covers",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="read and check the files, write nothing")
    p.set_defaults(func=cmd_import)
    trade_radar_cmds.register(tsub)


def cmd_import(args: argparse.Namespace) -> int:
    def progress(done: int, total: int, phase: str) -> None:
        if sys.stderr.isatty():
            what = (
                f"{done:,} rows read, {total:,} kept"
                if phase == "read"
                else (f"{done:,}/{total:,} flows written")
            )
            print(f"\r{what}", end="", file=sys.stderr, flush=True)

    with open_cli_store(args) as store:
        try:
            reports = import_trade_files(store, args.files, dry_run=args.dry_run, progress=progress)
        finally:
            if sys.stderr.isatty():
                print(file=sys.stderr)
    for report in reports:
        print(report.summary())
    if args.dry_run:
        print("dry run: nothing was written")
    return 0
