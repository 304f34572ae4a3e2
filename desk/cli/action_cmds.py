"""desk meetings actions list | add | edit | done | drop | reopen: the actions agreed in
meetings, carried to every later meeting of the series until done or dropped."""

from __future__ import annotations

import argparse
from datetime import date

from desk.cli.common import CliError, open_cli_store, print_json, print_table, region_code
from desk.cli.meeting_choice import chosen_meeting, meeting_by_date, meeting_options, parse_day
from desk.failures import printable
from desk.models.meetings import ActionStatus
from desk.services import meetings as mt
from desk.services.meetings.actions import today

# command: the status it gives
CLOSING = {"done": ActionStatus.DONE, "drop": ActionStatus.DROPPED, "reopen": ActionStatus.OPEN}


def register(msub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = msub.add_parser("actions", help="actions agreed in meetings: add, done, drop")
    asub = actions.add_subparsers(dest="actions_command", metavar="ACTION", required=True)

    p = asub.add_parser("list", help="actions across meetings (or on one meeting's agenda)")
    p.add_argument("--region", help="directorate code, e.g. DAO")
    p.add_argument(
        "--meeting",
        metavar="DATE|next",
        help="those agreed in this meeting and carried into it (needs --region)",
    )
    p.add_argument("--owner", help="only this owner's")
    p.add_argument("--status", choices=[s.value for s in ActionStatus], action="append")
    p.add_argument("--overdue", action="store_true", help="only open actions past their due date")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = asub.add_parser("add", help="record an action agreed in a meeting")
    meeting_options(p)
    p.add_argument("--text", required=True)
    p.add_argument("--owner", action="append", required=True, help="an owner (repeat for more)")
    p.add_argument("--due", metavar="DATE")
    p.add_argument("--item", type=int, metavar="ITEM_ID", help="the agenda item it belongs to")
    p.set_defaults(func=cmd_add)

    p = asub.add_parser("edit", help="change the text, owners or due date given")
    p.add_argument("action", type=int, metavar="ACTION_ID")
    p.add_argument("--text")
    p.add_argument("--owner", action="append", help="the owners (repeat; replaces them all)")
    p.add_argument("--due", metavar="DATE|none", help="a new due date, or 'none'")
    p.set_defaults(func=cmd_edit)

    for name, status in CLOSING.items():
        what = "open again (carried forward again)" if name == "reopen" else f"mark {status.value}"
        p = asub.add_parser(name, help=what)
        p.add_argument("actions", type=int, nargs="+", metavar="ACTION_ID")
        p.set_defaults(func=cmd_status, status=status)


def _json(a: mt.ActionInfo, on: date) -> dict[str, object]:
    return {
        "id": a.id,
        "text": a.text,
        "owners": a.owners,
        "due_on": a.due_on,
        "status": a.status.value,
        "region": a.region,
        "agreed_on": a.meeting_date,
        "meeting_id": a.meeting_id,
        "agenda_item_id": a.agenda_item_id,
        "closed_at": a.closed_at,
        "overdue": a.overdue(on),
    }


def cmd_list(args: argparse.Namespace) -> int:
    statuses = {ActionStatus(s) for s in args.status or []}
    on = today()
    with open_cli_store(args) as store:
        if args.meeting:
            if not args.region:
                raise CliError("--meeting needs --region", code=2)
            meeting = meeting_by_date(store, args.region, args.meeting)
            at = mt.actions_at(store, meeting.id)
            found, on = [*at.agreed, *at.carried], meeting.date
        else:
            region = region_code(store, args.region) if args.region else None
            found = mt.list_actions(
                store,
                region=region,
                owner=args.owner,
                statuses=statuses or None,
                overdue_on=on if args.overdue else None,
            )
    found = [
        a
        for a in found
        if (not statuses or a.status in statuses)
        and (not args.owner or args.owner.casefold() in (o.casefold() for o in a.owners))
        and (not args.overdue or a.overdue(on))
    ]
    if args.json:
        print_json([_json(a, on) for a in found])
        return 0
    print_table(
        [
            (
                a.id,
                a.region,
                a.meeting_date,
                a.due_on or "",
                a.status.value + (" (overdue)" if a.overdue(on) else ""),
                ", ".join(a.owners),
                a.text[:60],
            )
            for a in found
        ],
        ["id", "region", "agreed", "due", "status", "owners", "action"],
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    due = parse_day(args.due, "--due") if args.due else None
    with open_cli_store(args) as store:
        meeting = chosen_meeting(store, args)
        draft = mt.ActionDraft(args.text, tuple(args.owner), due, args.item)
        action_id = mt.add_action(store, meeting.id, draft)
    print(f"{meeting.region} meeting of {meeting.date}: action {action_id} recorded")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    due: date | mt.Unchanged | None = mt.UNCHANGED
    if args.due is not None:
        due = None if args.due.strip().lower() == "none" else parse_day(args.due, "--due")
    owners = tuple(args.owner) if args.owner else None
    if args.text is None and owners is None and due is mt.UNCHANGED:
        raise CliError("give at least one of --text, --owner, --due", code=2)
    with open_cli_store(args) as store:
        mt.update_action(store, args.action, mt.ActionPatch(args.text, owners, due))
    print(f"action {args.action}: saved")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    status: ActionStatus = args.status
    with open_cli_store(args) as store:
        n = mt.set_action_statuses(store, dict.fromkeys(args.actions, status))
    print(printable(f"{n} action(s) now {status.value}"))
    return 0
