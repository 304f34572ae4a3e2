"""desk events add | edit | set-status | follow-up | take: knowledge-exchange events, as the
event dialog and the events view change them. ``edit`` changes only the fields given, from the
version just read; lists (themes, co-hosts…) are given as one ";"-separated text."""

from __future__ import annotations

import argparse
from dataclasses import fields
from typing import Any

from desk.cli.common import CliError, open_cli_store
from desk.cli.meeting_choice import chosen_meeting, meeting_options, parse_day
from desk.failures import printable
from desk.models.countries import PARTICIPANT_MIX, EventKind, EventStatus
from desk.services import events as ev

DATES = ("starts_on", "ends_on")
CLEARABLE = (*DATES, "participant_count")  # "none" clears them
BOOLEANS = ("chatham_house",)
HELP = {
    "country_code": "ISO code or name",
    "co_hosts": "member states in rotation order, ';'-separated (expert panel)",
    "host": "the member state hosting this time (expert panel; default: whose turn it is)",
    "chatham_house": "yes or no (expert panel; default yes)",
    "themes": "';'-separated",
    "participant_mix": f"';'-separated: {', '.join(PARTICIPANT_MIX)} (hackathon)",
    "universities": "';'-separated (academic collaboration)",
    "cases": "(hackathon)",
    "programme": "(academic collaboration)",
}


def _option(name: str) -> str:
    return "--" + ("country" if name == "country_code" else name.replace("_", "-"))


def _field_options(p: argparse.ArgumentParser, names: list[str]) -> None:
    for name in names:
        metavar = "DATE" if name in DATES else "N" if name == "participant_count" else "TEXT"
        if name in CLEARABLE:
            metavar += "|none"
        p.add_argument(_option(name), dest=name, metavar=metavar, help=HELP.get(name))


def register(esub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    editable = [f.name for f in fields(ev.EventPatch)]
    p = esub.add_parser("add", help="log a knowledge-exchange event")
    p.add_argument("--kind", required=True, choices=[k.value for k in EventKind])
    p.add_argument("--status", choices=[s.value for s in EventStatus], default="idea")
    _field_options(p, editable)
    p.set_defaults(func=cmd_add)

    p = esub.add_parser("edit", help="change the fields given; everything else stays as stored")
    p.add_argument("id", type=int)
    _field_options(p, editable)
    p.set_defaults(func=cmd_edit)

    p = esub.add_parser("set-status", help="idea, planned, held or evaluated")
    p.add_argument("id", type=int)
    p.add_argument("status", choices=[s.value for s in EventStatus])
    p.set_defaults(func=cmd_set_status)

    p = esub.add_parser("follow-up", help="note a follow-up action of an event")
    p.add_argument("id", type=int)
    p.add_argument("--text", required=True)
    p.add_argument("--owner", action="append", default=[], help="an owner (repeat for more)")
    p.add_argument("--due", metavar="DATE")
    p.set_defaults(func=cmd_follow_up)

    p = esub.add_parser("take", help="make events' follow-ups actions of a meeting")
    p.add_argument("follow_ups", type=int, nargs="+", metavar="FOLLOW_UP_ID")
    meeting_options(p)
    p.set_defaults(func=cmd_take)


def _value(name: str, text: str) -> Any:
    """A field's value as the services take it, from the text given on the command line."""
    if name in CLEARABLE and text.strip().lower() == "none":
        return None
    if name in DATES:
        return parse_day(text, _option(name))
    if name == "participant_count":
        try:
            return int(text)
        except ValueError:
            raise CliError(f"--participant-count: “{text}” is not a number", code=2) from None
    if name in BOOLEANS:
        answer = text.strip().lower()
        if answer not in ("yes", "no"):
            raise CliError(f"{_option(name)}: say yes or no", code=2)
        return answer == "yes"
    if name in ev.LISTS:
        return ev.split_list(text)
    return text


def _given(args: argparse.Namespace) -> dict[str, Any]:
    return {
        f.name: _value(f.name, text)
        for f in fields(ev.EventPatch)
        if (text := getattr(args, f.name)) is not None
    }


def cmd_add(args: argparse.Namespace) -> int:
    given = _given(args)
    for name in ("country_code", "title"):
        if not given.get(name):
            raise CliError(f"{_option(name)} is required", code=2)
    draft = ev.EventDraft(kind=EventKind(args.kind), status=EventStatus(args.status), **given)
    with open_cli_store(args) as store:
        event_id = ev.create_event(store, draft)
        event = ev.get_event(store, event_id)
    print(
        printable(
            f"added event {event_id}: {event.title} ({event.kind.value}, {event.country_name})"
        )
    )
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    given = _given(args)
    if not given:
        raise CliError("give at least one field to change, e.g. --title TEXT", code=2)
    with open_cli_store(args) as store:
        stored = ev.get_event(store, args.id)
        patch = ev.EventPatch(**given)
        changed = ev.update_event(store, args.id, patch, expected_version=stored.version)
    said = ", ".join(changed) + " changed" if changed else "nothing changed"
    print(f"event {args.id}: {said}")
    return 0


def cmd_set_status(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        before = ev.get_event(store, args.id).status
        after = ev.set_event_status(store, args.id, EventStatus(args.status))
    print(f"event {args.id}: {before.value} → {after.status.value}")
    if after.kind == EventKind.EXPERT_PANEL and after.status == EventStatus.HELD:
        print(printable(f"next host in the rotation: {after.next_host or '—'}"))
    return 0


def cmd_follow_up(args: argparse.Namespace) -> int:
    due = parse_day(args.due, "--due") if args.due else None
    with open_cli_store(args) as store:
        follow_up = ev.add_event_action(store, args.id, args.text, args.owner, due)
    print(f"event {args.id}: follow-up {follow_up} noted")
    return 0


def cmd_take(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        meeting = chosen_meeting(store, args)
        taken = ev.take_into_meeting(store, args.follow_ups, meeting.id)
    print(
        f"{meeting.region} meeting of {meeting.date}: action(s) "
        + ", ".join(str(t) for t in taken)
        + " recorded"
    )
    return 0
