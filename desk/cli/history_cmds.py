"""desk history signal|meeting|country|event ID: who changed what, and when, in any record.

A meeting's history holds the meeting's own changes and those of everything it records:
agenda items and their minutes, participants and attendance, decisions and actions."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from desk.cli.common import CliError, open_cli_store, print_json, print_table
from desk.cli.meeting_choice import meeting_by_date
from desk.failures import printable
from desk.services import audit
from desk.services import meetings as mt
from desk.services.countries import profile_history, resolve_code
from desk.services.events import event_history, get_event
from desk.services.signals import get_signal, signal_history
from desk.store import Store

KINDS = ("signal", "meeting", "country", "event")
SHOWN = 60  # characters of a value in the table (--json has all of it)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("history", help="who changed what in a signal, meeting, country or event")
    p.add_argument("kind", choices=KINDS)
    p.add_argument(
        "id",
        metavar="ID",
        help="a signal's or event's id, a country's ISO code or name, a meeting's id "
        "(or, with --region, its date or 'next')",
    )
    p.add_argument("--region", help="a meeting named by date: its directorate")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)


def _number(text: str, kind: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise CliError(f"a {kind} is named by its id, a number (not “{text}”)", code=2) from None


def _from_audit(
    entity: str, entity_id: str, label: str, entries: list[audit.HistoryEntry]
) -> list[mt.RecordChange]:
    return [
        mt.RecordChange(entity, entity_id, label, e.at, e.actor, e.action, e.field,
                        e.old_value, e.new_value, e.change_id)
        for e in entries
    ]  # fmt: skip


def _history(store: Store, args: argparse.Namespace) -> tuple[str, list[mt.RecordChange]]:
    """What the history is of (a title line) and its entries, oldest first."""
    if args.kind == "meeting":
        if args.region:
            meeting = meeting_by_date(store, args.region, args.id)
        else:
            meeting = mt.get_meeting(store, _number(args.id, "meeting"))
        title = f"{meeting.region} meeting of {meeting.date} (id {meeting.id})"
        return title, mt.meeting_record_history(store, meeting.id)
    if args.region:
        raise CliError("--region names a meeting by its date; not for a " + args.kind, code=2)
    if args.kind == "signal":
        sid = _number(args.id, "signal")
        title = get_signal(store, sid).title
        return f"signal {sid}: {title}", _from_audit(
            "signal", str(sid), title, signal_history(store, sid)
        )
    if args.kind == "event":
        eid = _number(args.id, "event")
        title = get_event(store, eid).title
        return f"event {eid}: {title}", _from_audit(
            "event", str(eid), title, event_history(store, eid)
        )
    code = resolve_code(store, args.id)
    return f"country {code}", _from_audit("country", code, code, profile_history(store, code))


def _short(value: str | None) -> str:
    if not value:
        return "∅"
    flat = " / ".join(line.strip() for line in value.splitlines() if line.strip())
    return flat if len(flat) <= SHOWN else flat[: SHOWN - 1] + "…"


def _record(c: mt.RecordChange, kind: str) -> str:
    if c.entity == kind:
        return ""  # the record itself
    name = c.entity.replace("_", " ")
    label = c.label if len(c.label) <= 30 else c.label[:29] + "…"
    return f"{name} {c.entity_id}" + (f" “{label}”" if label else "")


def cmd_history(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        title, changes = _history(store, args)
    if args.json:
        print_json([asdict(c) for c in changes])
        return 0
    print(printable(title))
    if not changes:
        print("(no changes recorded)")
        return 0
    print_table(
        [
            (
                f"{c.at.astimezone():%Y-%m-%d %H:%M}",
                c.actor,
                _record(c, args.kind),
                c.action,
                c.field or "",
                f"{_short(c.old_value)} → {_short(c.new_value)}"
                if c.field
                else _short(c.new_value)
                if c.new_value
                else "",
            )
            for c in changes
        ],
        ["when", "who", "record", "action", "field", "change"],
    )
    return 0
