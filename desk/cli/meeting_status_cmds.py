"""desk meetings edit | open | hold | finalise | reopen | cancel | move: one meeting's place
and its life cycle (draft → open → held → finalised), as the meeting page's buttons do."""

from __future__ import annotations

import argparse
from datetime import datetime

from desk.cli.common import CliError, open_cli_store
from desk.cli.meeting_choice import chosen_meeting, meeting_options, parse_day, parse_time
from desk.models.meetings import MeetingStatus
from desk.services import meetings as mt

# command: (the status it gives, what it does — the app's button)
STEPS = {
    "open": (MeetingStatus.OPEN, "open for preparation (brings in the previous participants)"),
    "hold": (MeetingStatus.HELD, "mark as held (the minutes can be written)"),
    "finalise": (MeetingStatus.FINALISED, "finalise the minutes (locks the meeting)"),
    "reopen": (MeetingStatus.HELD, "re-open a finalised meeting to correct it"),
}


def register(msub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = msub.add_parser("edit", help="change one meeting's place, video link, chair or length")
    meeting_options(p, default=None)
    p.add_argument("--location")
    p.add_argument("--video-link")
    p.add_argument("--chair")
    p.add_argument("--duration", type=int, metavar="MINUTES")
    p.set_defaults(func=cmd_edit)

    for name, (_, what) in STEPS.items():
        p = msub.add_parser(name, help=what)
        meeting_options(p, default=None)
        p.set_defaults(func=cmd_step, step=name)

    p = msub.add_parser("cancel", help="cancel one meeting of the series (the rest stay)")
    meeting_options(p, default=None)
    p.set_defaults(func=cmd_cancel)

    p = msub.add_parser("move", help="move one meeting to another day or time (the rest stay)")
    meeting_options(p, default=None)
    p.add_argument("--to", required=True, metavar="DATE", help="its new date (YYYY-MM-DD)")
    p.add_argument("--time", help="its new start time, HH:MM (default: the time it had)")
    p.set_defaults(func=cmd_move)


def _said(m: mt.MeetingInfo) -> str:
    return f"{m.region} meeting of {m.date.isoformat()}"


def cmd_edit(args: argparse.Namespace) -> int:
    change = mt.MeetingChange(args.location, args.video_link, args.chair, args.duration)
    if not change.changes():
        raise CliError("give at least one of --location, --video-link, --chair, --duration", 2)
    with open_cli_store(args) as store:
        meeting = chosen_meeting(store, args)
        after = mt.update_meeting(store, meeting.id, change, expected_version=meeting.version)
    changed = after.version != meeting.version
    print(f"{_said(after)}: {'changed' if changed else 'nothing changed'}")
    return 0


def cmd_step(args: argparse.Namespace) -> int:
    wanted, _ = STEPS[args.step]
    with open_cli_store(args) as store:
        meeting = chosen_meeting(store, args)
        if args.step == "reopen" and not mt.can_reopen(meeting.status):
            raise CliError(f"the {_said(meeting)} is {meeting.status.value}, not finalised", 2)
        if args.step != "reopen" and meeting.status == MeetingStatus.FINALISED:
            if wanted == MeetingStatus.FINALISED:
                print(f"{_said(meeting)}: already finalised")
                return 0
            raise CliError(f"the {_said(meeting)} is finalised; `reopen` it first", 2)
        after = mt.set_meeting_status(store, meeting.id, wanted)
    print(f"{_said(after)}: {meeting.status.value} → {after.status.value}")
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        meeting = chosen_meeting(store, args)
        after = mt.cancel_meeting(store, meeting.id)
    print(f"{_said(after)}: cancelled")
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    day = parse_day(args.to, "--to")
    with open_cli_store(args) as store:
        meeting = chosen_meeting(store, args)
        at = parse_time(args.time) if args.time else meeting.starts_at.time().replace(tzinfo=None)
        after = mt.move_meeting(store, meeting.id, datetime.combine(day, at))
    print(f"{meeting.region} meeting of {meeting.date}: moved to {after.starts_at:%Y-%m-%d %H:%M}")
    return 0
