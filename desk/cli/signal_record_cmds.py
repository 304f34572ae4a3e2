"""desk signals add | edit ID | show ID | set-status ID STATUS | archive ID…

The options are the import format's columns (``--observed-on``, ``--hs-codes``…), parsed by
the importer's own validator. ``edit`` changes only the fields given: the others are read from
the store and pass through unchanged (HS codes to the last digit).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from desk.cli.common import CliError, open_cli_store, print_json
from desk.failures import printable
from desk.models.enums import SignalStatus
from desk.services.exchange.feedback import feedback_on
from desk.services.reference import load_reference
from desk.services.signals import (
    archive_signals,
    create_signal,
    get_signal,
    set_status,
    signal_history,
    update_signal,
)
from desk.services.validation import FIELDS, SignalValidator, draft_record

GRADED = ("reliability", "credibility")  # what --grade B2 gives at once
SHORT = {"hs_codes": "--hs"}  # the shorter spelling an option also has


def _options(column: str) -> list[str]:
    return ["--" + column.replace("_", "-"), *([SHORT[column]] if column in SHORT else [])]


def _field_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    for f in FIELDS:
        # a required grade may also come as --grade: checked in _given
        required = adding and f.required and f.column not in GRADED
        p.add_argument(*_options(f.column), dest=f.column, required=required, metavar="TEXT")
    p.add_argument("--grade", metavar="B2", help="reliability and credibility at once, e.g. B2")


def register(ssub: argparse._SubParsersAction) -> None:
    p = ssub.add_parser("add", help="log one signal (the import format's columns as options)")
    _field_options(p, adding=True)
    p.set_defaults(func=cmd_add)

    p = ssub.add_parser("edit", help="change the fields given; everything else stays as stored")
    p.add_argument("id", type=int)
    _field_options(p, adding=False)
    p.set_defaults(func=cmd_edit)

    p = ssub.add_parser("show", help="one signal with its history, provenance and feedback")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = ssub.add_parser("set-status", help="new, reviewed, discussed or archived")
    p.add_argument("id", type=int)
    p.add_argument("status", choices=[s.value for s in SignalStatus])
    p.set_defaults(func=cmd_set_status)

    p = ssub.add_parser("archive", help="archive signals (undone with set-status ID new)")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.set_defaults(func=cmd_archive)


def _given(args: argparse.Namespace) -> dict[str, str]:
    given = {f.column: value for f in FIELDS if (value := getattr(args, f.column)) is not None}
    if args.grade is not None:
        if any(g in given for g in GRADED):
            raise CliError("give --grade or --reliability and --credibility, not both", code=2)
        grade = args.grade.strip()
        given |= {"reliability": grade[:1], "credibility": grade[1:]}
    return given


def _validated(store, values: dict[str, object]):  # type: ignore[no-untyped-def]
    draft, errors = SignalValidator(load_reference(store)).validate(values)
    if draft is None:
        raise CliError("; ".join(f"{e.column}: {e.message}" for e in errors), code=2)
    return draft


def cmd_add(args: argparse.Namespace) -> int:
    given = _given(args)
    missing = [f"--{g}" for g in GRADED if g not in given]
    if missing:
        raise CliError(f"give --grade (e.g. B2) or {' and '.join(missing)}", code=2)
    with open_cli_store(args) as store:
        sid = create_signal(store, _validated(store, dict(given)))
        title = get_signal(store, sid).title
    print(printable(f"added signal {sid}: {title}"))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    given = _given(args)
    if not given:
        raise CliError("give at least one field to change, e.g. --title TEXT", code=2)
    with open_cli_store(args) as store:
        signal = get_signal(store, args.id)
        stored = draft_record(signal.draft())
        draft = _validated(store, stored | given)
        changed = update_signal(store, args.id, draft, expected_version=signal.version)
    print(
        printable(
            f"signal {args.id}: "
            + (", ".join(changed) + " changed" if changed else "nothing changed")
        )
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        s = get_signal(store, args.id)
        history = signal_history(store, args.id)
        feedback = feedback_on(store, s.uuid)
    if args.json:
        print_json(
            asdict(s)
            | {
                "grade": s.grade,
                "hs_codes": [h.code.display for h in s.hs_codes],
                "history": [asdict(h) for h in history],
                "feedback": asdict(feedback) if feedback else None,
            }
        )
        return 0
    record = draft_record(s.draft())
    for f in FIELDS:
        if record[f.column]:
            print(printable(f"{f.title + ':':<14}{record[f.column]}"))
    print(f"{'Status:':<14}{s.status.value}")
    print(printable(f"{'Region:':<14}{s.region} ({s.region_name})"))
    if s.received_from:
        print(printable(f"{'Received:':<14}from {s.received_from} ({s.author}, {s.post})"))
    if feedback is not None:
        for m in feedback.meetings:
            print(printable(f"{'Feedback:':<14}{feedback.status} — {m.region} meeting of {m.date}"))
    for h in history:
        change = f" {h.field}: {h.old_value} → {h.new_value}" if h.field else ""
        print(printable(f"  {h.at:%Y-%m-%d %H:%M} {h.actor} {h.action}{change}"))
    return 0


def cmd_set_status(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        n = set_status(store, [args.id], SignalStatus(args.status))
    print(f"signal {args.id}: {'now ' + args.status if n else 'already ' + args.status}")
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        n = archive_signals(store, args.ids)
    print(f"archived {n} signal(s)")
    return 0
