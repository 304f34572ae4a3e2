"""desk meetings participants list | add | edit | remove | attend, and desk meetings decisions
list | add | edit | remove: who takes part in a meeting and what it decided.

Records are named by id (the ``list`` actions show them); new ones go to the meeting
``--region R --meeting DATE|next`` names."""

from __future__ import annotations

import argparse

from desk.cli.common import CliError, open_cli_store, print_json, print_table
from desk.cli.meeting_choice import chosen_meeting, meeting_options
from desk.failures import printable
from desk.models.meetings import Attendance, ParticipantRole
from desk.services import meetings as mt
from desk.services.meetings import lookup

ROLES = [r.value for r in ParticipantRole]


def register(msub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    people = msub.add_parser("participants", help="who is invited to a meeting and who attended")
    psub = people.add_subparsers(dest="participants_command", metavar="ACTION", required=True)
    p = psub.add_parser("list", help="the participants with their ids")
    meeting_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = psub.add_parser("add", help="invite someone")
    meeting_options(p)
    p.add_argument("--name", required=True)
    p.add_argument("--role", choices=ROLES, default=ParticipantRole.OTHER.value)
    p.add_argument("--organisation", default="")
    p.set_defaults(func=cmd_add)
    p = psub.add_parser("edit", help="change the fields given")
    p.add_argument("participant", type=int, metavar="PARTICIPANT_ID")
    p.add_argument("--name")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--organisation")
    p.set_defaults(func=cmd_edit)
    p = psub.add_parser("remove", help="take participants off the list")
    p.add_argument("participants", type=int, nargs="+", metavar="PARTICIPANT_ID")
    p.set_defaults(func=cmd_remove)
    p = psub.add_parser("attend", help="record that participants attended (or were excused)")
    p.add_argument("participants", type=int, nargs="+", metavar="PARTICIPANT_ID")
    p.add_argument(
        "--as",
        dest="attendance",
        choices=[a.value for a in Attendance],
        default=Attendance.ATTENDED.value,
        help="default: attended",
    )
    p.set_defaults(func=cmd_attend)

    decisions = msub.add_parser("decisions", help="what a meeting decided")
    dsub = decisions.add_subparsers(dest="decisions_command", metavar="ACTION", required=True)
    p = dsub.add_parser("list", help="the decisions with their ids")
    meeting_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_decisions)
    p = dsub.add_parser("add", help="record a decision")
    meeting_options(p)
    p.add_argument("--text", required=True)
    p.add_argument("--item", type=int, metavar="ITEM_ID", help="the agenda item it belongs to")
    p.set_defaults(func=cmd_decide)
    p = dsub.add_parser("edit", help="change a decision's text")
    p.add_argument("decision", type=int, metavar="DECISION_ID")
    p.add_argument("--text", required=True)
    p.set_defaults(func=cmd_redecide)
    p = dsub.add_parser("remove", help="remove decisions")
    p.add_argument("decisions", type=int, nargs="+", metavar="DECISION_ID")
    p.set_defaults(func=cmd_undecide)


def _said(m: mt.MeetingInfo) -> str:
    return f"{m.region} meeting of {m.date.isoformat()}"


# -- participants ---------------------------------------------------------------------------
def cmd_list(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        people = mt.participants(store, chosen_meeting(store, args).id)
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "role": p.role.value,
                    "organisation": p.organisation,
                    "attendance": p.attendance.value,
                }
                for p in people
            ]
        )
        return 0
    print_table(
        [(p.id, p.name, p.role.value, p.organisation, p.attendance.value) for p in people],
        ["id", "name", "role", "organisation", "attendance"],
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    draft = mt.ParticipantDraft(args.name, ParticipantRole(args.role), args.organisation)
    with open_cli_store(args) as store:
        meeting = chosen_meeting(store, args)
        pid = mt.add_participant(store, meeting.id, draft)
    print(printable(f"{_said(meeting)}: invited {draft.checked().name} (id {pid})"))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    role = ParticipantRole(args.role) if args.role else None
    patch = mt.ParticipantPatch(args.name, role, args.organisation)
    if not patch.changes():
        raise CliError("give at least one of --name, --role, --organisation", code=2)
    with open_cli_store(args) as store:
        _, before = lookup.participant(store, args.participant)
        mt.update_participant(store, args.participant, patch)
    print(printable(f"participant {args.participant} ({before.name}): changed"))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        mt.remove_participants(store, args.participants)
    print(f"removed {len(set(args.participants))} participant(s)")
    return 0


def cmd_attend(args: argparse.Namespace) -> int:
    attendance = Attendance(args.attendance)
    with open_cli_store(args) as store:
        meeting, _ = lookup.participant(store, args.participants[0])
        mt.set_attendances(store, meeting.id, dict.fromkeys(args.participants, attendance))
    print(f"{_said(meeting)}: {len(set(args.participants))} participant(s) {attendance.value}")
    return 0


# -- decisions ------------------------------------------------------------------------------
def cmd_decisions(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        found = mt.decisions(store, chosen_meeting(store, args).id)
    if args.json:
        print_json(
            [
                {
                    "id": d.id,
                    "text": d.text,
                    "agenda_item_id": d.agenda_item_id,
                    "created_at": d.created_at,
                }
                for d in found
            ]
        )
        return 0
    print_table([(d.id, d.agenda_item_id or "", d.text) for d in found], ["id", "item", "decision"])
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        meeting = chosen_meeting(store, args)
        if args.item is not None:
            item_meeting, _ = lookup.agenda_item(store, args.item)
            if item_meeting.id != meeting.id:
                raise CliError(f"agenda item {args.item} belongs to another meeting", code=2)
        did = mt.add_decision(store, meeting.id, mt.DecisionDraft(args.text, args.item))
    print(f"{_said(meeting)}: decision {did} recorded")
    return 0


def cmd_redecide(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        _, before = lookup.decision(store, args.decision)
        mt.update_decision(store, args.decision, args.text)
    same = before.text == args.text.strip()
    print(f"decision {args.decision}: {'nothing changed' if same else 'changed'}")
    return 0


def cmd_undecide(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        mt.remove_decisions(store, args.decisions)
    print(f"removed {len(set(args.decisions))} decision(s)")
    return 0
