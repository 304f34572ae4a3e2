"""desk meetings agenda list | add | edit | move | remove | add-signals | remove-signals, and
desk meetings minutes set: a meeting's agenda and the minutes under each item.

Items are named by id (``agenda list`` shows them); a new item goes to the meeting
``--region R --meeting DATE|next`` names. Edits are saved from the version just read."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desk.cli.common import CliError, open_cli_store, print_json, print_table
from desk.cli.meeting_choice import chosen_meeting, meeting_options
from desk.failures import printable
from desk.services import meetings as mt
from desk.services.meetings import lookup
from desk.services.meetings.drafts import DEFAULT_ITEM_MINUTES


def register(msub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agenda = msub.add_parser("agenda", help="a meeting's agenda: list, add, edit, move, remove")
    asub = agenda.add_subparsers(dest="agenda_command", metavar="ACTION", required=True)

    p = asub.add_parser("list", help="the agenda's items with their ids, in order")
    meeting_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = asub.add_parser("add", help="put a free item at the end of the agenda")
    meeting_options(p)
    p.add_argument("--title", required=True)
    p.add_argument("--duration", type=int, default=DEFAULT_ITEM_MINUTES, metavar="MINUTES")
    p.add_argument("--presenter", default="")
    p.add_argument(
        "--shareable", action="store_true", help="its title may go into documents for outsiders"
    )
    p.set_defaults(func=cmd_add)

    p = asub.add_parser("edit", help="change the fields given (standing items keep their titles)")
    p.add_argument("item", type=int, metavar="ITEM_ID")
    p.add_argument("--title")
    p.add_argument("--duration", type=int, metavar="MINUTES")
    p.add_argument("--presenter")
    shared = p.add_mutually_exclusive_group()
    shared.add_argument("--shareable", dest="shareable", action="store_true", default=None)
    shared.add_argument("--not-shareable", dest="shareable", action="store_false")
    p.set_defaults(func=cmd_edit)

    p = asub.add_parser("move", help="move an item to another place, or to the next meeting")
    p.add_argument("item", type=int, metavar="ITEM_ID")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", type=int, metavar="N", help="its new number on the agenda")
    where.add_argument(
        "--next-meeting", action="store_true", help="not reached: move it to the next meeting"
    )
    where.add_argument(
        "--copy-to-next", action="store_true", help="it continues: copy it to the next meeting"
    )
    p.set_defaults(func=cmd_move)

    p = asub.add_parser("remove", help="take a free item off the agenda")
    p.add_argument("item", type=int, metavar="ITEM_ID")
    p.set_defaults(func=cmd_remove)

    for name, what in (
        ("add-signals", "put signals under item 1 though they are outside its window"),
        ("remove-signals", "take signals off item 1"),
    ):
        p = asub.add_parser(name, help=what)
        meeting_options(p)
        p.add_argument("signals", type=int, nargs="+", metavar="SIGNAL_ID")
        p.set_defaults(func=cmd_signals, adding=name == "add-signals")

    minutes = msub.add_parser("minutes", help="the minutes written under an agenda item")
    nsub = minutes.add_subparsers(dest="minutes_command", metavar="ACTION", required=True)
    p = nsub.add_parser("set", help="write an item's minutes (replacing what was there)")
    p.add_argument("item", type=int, metavar="ITEM_ID")
    text = p.add_mutually_exclusive_group(required=True)
    text.add_argument("--text")
    text.add_argument("--file", type=Path, help="read the minutes from a file ('-': stdin)")
    p.set_defaults(func=cmd_minutes)


def _said(meeting: mt.MeetingInfo, entry: mt.AgendaEntry) -> str:
    """Names the meeting too: item ids run across meetings, a wrong one shows at once."""
    return printable(
        f"{meeting.region} meeting of {meeting.date}, item {entry.number} “{entry.title}”"
    )


def cmd_list(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        agenda = mt.get_agenda(store, chosen_meeting(store, args).id)
    if args.json:
        print_json(
            [
                {
                    "id": i.id,
                    "number": i.number,
                    "kind": i.kind.value,
                    "title": i.title,
                    "duration_minutes": i.duration_minutes,
                    "presenter": i.presenter,
                    "shareable": i.standing or i.shareable,
                    "minutes": i.minutes,
                    "carried_from_id": i.carried_from_id,
                    "version": i.version,
                }
                for i in agenda.items
            ]
        )
        return 0
    print_table(
        [
            (
                i.id,
                i.number,
                i.title[:50],
                i.duration_minutes,
                i.presenter,
                "" if i.standing else ("yes" if i.shareable else "no"),
                i.minutes.splitlines()[0][:40] if i.minutes.strip() else "",
            )
            for i in agenda.items
        ],
        ["id", "no", "title", "min", "presenter", "shareable", "minutes"],
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    draft = mt.ItemDraft(args.title, args.duration, args.presenter, args.shareable)
    with open_cli_store(args) as store:
        meeting = chosen_meeting(store, args)
        item_id = mt.add_item(store, meeting.id, draft)
        _, entry = lookup.agenda_item(store, item_id)
    print(f"{_said(meeting, entry)}: added (id {item_id})")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    patch = mt.ItemPatch(args.title, args.duration, args.presenter, shareable=args.shareable)
    if not patch.changes():
        raise CliError("give at least one field to change, e.g. --title TEXT", code=2)
    with open_cli_store(args) as store:
        meeting, entry = lookup.agenda_item(store, args.item)
        version = mt.update_item(store, args.item, patch, expected_version=entry.version)
    print(
        f"{_said(meeting, entry)}: {'changed' if version != entry.version else 'nothing changed'}"
    )
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        meeting, entry = lookup.agenda_item(store, args.item)
        if args.next_meeting:
            mt.move_to_next(store, args.item)
            done = "moved to the next meeting"
        elif args.copy_to_next:
            mt.duplicate_in_next(store, args.item)
            done = "copied to the next meeting"
        else:
            ids = [i.id for i in mt.get_agenda(store, meeting.id).items]
            if not 1 <= args.to <= len(ids):
                raise CliError(f"--to: the agenda has items 1 to {len(ids)}", code=2)
            ids.remove(args.item)
            ids.insert(args.to - 1, args.item)
            mt.reorder(store, meeting.id, ids)
            done = f"now item {args.to}"
    print(f"{_said(meeting, entry)}: {done}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        meeting, entry = lookup.agenda_item(store, args.item)
        mt.remove_item(store, args.item)
    print(f"{_said(meeting, entry)}: removed")
    return 0


def cmd_signals(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        meeting = chosen_meeting(store, args)
        if args.adding:
            n = mt.add_agenda_signals(store, meeting.id, args.signals)
        else:
            n = mt.remove_agenda_signals(store, meeting.id, args.signals)
    done = "added to" if args.adding else "taken off"
    print(f"{meeting.region} meeting of {meeting.date}: {n} signal(s) {done} item 1")
    return 0


def _minutes_text(args: argparse.Namespace) -> str:
    if args.text is not None:
        return str(args.text)
    if str(args.file) == "-":
        return sys.stdin.read()
    try:
        return Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"could not read {printable(args.file)}: {exc}") from None


def cmd_minutes(args: argparse.Namespace) -> int:
    text = _minutes_text(args)
    with open_cli_store(args) as store:
        meeting, entry = lookup.agenda_item(store, args.item)
        patch = mt.ItemPatch(minutes=text)
        version = mt.update_item(store, args.item, patch, expected_version=entry.version)
    print(
        f"{_said(meeting, entry)}: minutes {'saved' if version != entry.version else 'unchanged'}"
    )
    return 0
