"""desk signals import | export | list, and desk demo."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from desk.cli import signal_record_cmds
from desk.cli.common import CliError, open_cli_store, print_json, print_table, region_code
from desk.failures import printable
from desk.models.enums import Tlp
from desk.services.exporter import DEFAULT_MAX_TLP, export_signals
from desk.services.importer import ImportFailed, import_signals
from desk.services.reference import load_reference
from desk.services.search import SignalFilter, count_signals, search_signals, with_text
from desk.services.validation import Invalid, parse_date, parse_tlp

MAX_ERRORS_SHOWN = 50


def register(sub: argparse._SubParsersAction) -> None:
    signals = sub.add_parser(
        "signals", help="the trend log: import, export, list, add, edit, show, set-status, archive"
    )
    ssub = signals.add_subparsers(dest="signals_command", metavar="ACTION", required=True)

    p = ssub.add_parser("import", help="import a .csv or .xlsx file (all or nothing)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    p.set_defaults(func=cmd_import)

    p = ssub.add_parser(
        "export", help="export signals to .csv or .xlsx (import format; not encrypted)"
    )
    p.add_argument("file", type=Path)
    _filter_args(p)
    p.add_argument(
        "--max-tlp",
        type=_tlp,
        default=DEFAULT_MAX_TLP,
        metavar="|".join(t.value for t in Tlp),
        help="the highest TLP to include (default AMBER; RED only when named)",
    )
    p.add_argument(
        "--marking",
        metavar="TEXT",
        help="the file's marking, one of the store's markings (default: the first of them)",
    )
    p.set_defaults(func=cmd_export)

    p = ssub.add_parser("list", help="list signals, newest first")
    _filter_args(p)
    p.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="words and field filters, e.g. 'chips tier:1 grade:<=B2'",
    )
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50; 0 = all)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_list)

    signal_record_cmds.register(ssub)

    p = sub.add_parser("demo", help="add synthetic signals (for benchmarks and trials)")
    p.add_argument("--signals", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=cmd_demo)


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--region", help="directorate code, e.g. DAO")
    p.add_argument("--country", help="ISO code or name")
    p.add_argument("--since", help="observed on or after this date (YYYY-MM-DD)")


def _filter(store, args: argparse.Namespace) -> SignalFilter:
    ref = load_reference(store)
    regions = countries = frozenset()
    if args.region:
        regions = frozenset({region_code(store, args.region)})
    if args.country:
        code = ref.country_code(args.country)
        if code is None:
            raise CliError(f"unknown country {args.country}")
        countries = frozenset({code})
    since = None
    if args.since:
        try:
            since = parse_date(args.since, future_ok=True)
        except Invalid as exc:
            raise CliError(f"--since: {exc}") from None
    flt = SignalFilter(regions=regions, countries=countries, since=since)
    if getattr(args, "search", ""):
        parsed = with_text(flt, args.search, ref)
        if parsed.errors:
            raise CliError("; ".join(parsed.errors))
        flt = parsed.filter
    return flt


def cmd_import(args: argparse.Namespace) -> int:
    name = printable(args.file.name)
    if not args.file.exists():
        raise CliError(f"no such file: {printable(args.file)}")
    with open_cli_store(args) as store:
        try:
            report = import_signals(store, args.file, dry_run=args.dry_run)
        except ImportFailed as exc:
            raise CliError(printable(exc)) from None
        except MemoryError:  # the importer's caps should prevent it: still no traceback
            raise CliError(f"{name}: not enough memory to check it; nothing imported") from None
    for err in report.errors[:MAX_ERRORS_SHOWN]:
        print(f"{name}: {printable(err)}", file=sys.stderr)
    if len(report.errors) > MAX_ERRORS_SHOWN:
        print(f"… and {len(report.errors) - MAX_ERRORS_SHOWN} more", file=sys.stderr)
    for dup in report.duplicates:
        of = f"signal {dup.existing_id}" if dup.existing_id else f"line {dup.first_line}"
        print(f"{name}: line {dup.line}: duplicate of {of}, skipped: {printable(dup.title)}")
    if not report.ok:
        raise CliError(f"{name}: {report.summary()}")
    print(f"{name}: {report.summary()}")
    return 0


def _tlp(value: str) -> Tlp:
    try:
        return parse_tlp(value)
    except Invalid as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_export(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        try:
            report = export_signals(
                store, args.file, _filter(store, args), max_tlp=args.max_tlp, marking=args.marking
            )
        except ValueError as exc:  # MarkingRefused among them
            raise CliError(str(exc)) from None
    print(printable(report.summary()))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        flt = _filter(store, args)
        limit = args.limit if args.limit > 0 else 10**9
        rows = search_signals(store, flt, limit=limit)
        total = count_signals(store, flt)
    if args.json:
        print_json([asdict(r) | {"grade": r.grade} for r in rows])
        return 0
    print_table(
        [
            (
                r.id,
                r.observed_on.isoformat(),
                r.country_code,
                r.region,
                r.grade,
                r.tlp,
                r.status,
                r.chpi_tier or "",
                printable(r.title[:70]),
            )
            for r in rows
        ],
        ["id", "observed", "cty", "region", "grade", "tlp", "status", "tier", "title"],
    )
    if total > len(rows):
        print(f"({len(rows)} of {total}; use --limit 0 for all)")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desk.services.demo import generate_signals

    if args.signals <= 0:
        raise CliError("--signals must be positive")
    with open_cli_store(args) as store:

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        n = generate_signals(store, args.signals, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"added {n} synthetic signals")
    return 0
