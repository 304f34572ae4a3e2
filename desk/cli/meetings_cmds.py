"""desk meetings plan | list | show | ics."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desk.cli import action_cmds, agenda_cmds, meeting_status_cmds, people_cmds
from desk.cli.common import CliError, open_cli_store, print_json, print_table, region_code
from desk.cli.contact_cmds import add_contact_point_option, contact_point_id
from desk.cli.meeting_choice import (
    chosen_meeting,
    meeting_by_date,
    meeting_options,
    parse_day,
    parse_time,
)
from desk.models.meetings import AgendaKind
from desk.services import meetings as mt
from desk.services.meeting_page import MeetingPage, meeting_page
from desk.services.meetings.drafts import DEFAULT_COUNT


def register(sub: argparse._SubParsersAction) -> None:
    meetings = sub.add_parser(
        "meetings",
        help="the four-weekly meetings: plan, show, open/hold/finalise, agenda, minutes, "
        "participants, decisions, actions",
    )
    msub = meetings.add_subparsers(dest="meetings_command", metavar="ACTION", required=True)

    p = msub.add_parser("plan", help="plan a region's series (or change it from --start onward)")
    p.add_argument("--region", required=True)
    p.add_argument("--start", required=True, help="date of the first meeting (YYYY-MM-DD)")
    p.add_argument("--time", default="10:00", help="start time in The Hague, HH:MM (default 10:00)")
    p.add_argument(
        "--count", type=int, default=DEFAULT_COUNT, help="how many meetings (default 13)"
    )
    p.add_argument("--location", help="e.g. 'The Hague, Rijnstraat 8' (default: The Hague)")
    p.add_argument("--video-link", help="link for participants who join remotely")
    p.add_argument("--chair")
    add_contact_point_option(p, "whose series (default: the region's default contact point)")
    p.set_defaults(func=cmd_plan)

    p = msub.add_parser("list", help="the meetings, in date order")
    p.add_argument("--region")
    p.add_argument("--contact-point", metavar="NAME|ID", help="only its meetings (with --region)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = msub.add_parser(
        "show", help="one meeting: agenda, signals, participants, decisions, actions"
    )
    p.add_argument("date", nargs="?", help=argparse.SUPPRESS)  # the older form: show DATE
    meeting_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    meeting_status_cmds.register(msub)
    agenda_cmds.register(msub)
    people_cmds.register(msub)
    action_cmds.register(msub)

    p = msub.add_parser("ics", help="calendar file of a region's series (or one meeting)")
    p.add_argument("--region", required=True)
    p.add_argument("--meeting", metavar="DATE", help="only this meeting")
    p.add_argument(
        "--lang", choices=("en", "nl"), default="en", help="language of the title and agenda"
    )
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_ics)


def cmd_plan(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        region = region_code(store, args.region)
        plan = mt.SeriesPlan(
            region,
            parse_day(args.start, "--start"),
            parse_time(args.time),
            args.count,
            location=args.location,
            video_link=args.video_link,
            chair=args.chair,
            contact_point=contact_point_id(store, region, args.contact_point),
        )
        result = mt.plan_series(store, plan)
    for m in result.created:
        print(f"planned {m.region} {m.starts_at:%Y-%m-%d %H:%M} ({m.tz})")
    if result.removed:
        print(f"replaced {result.removed} untouched draft meeting(s) of the old rhythm")
    for m in result.kept:
        print(
            f"kept {m.starts_at:%Y-%m-%d} ({m.status.value}): it has content; move or cancel it if needed"
        )
    return 0


def _meeting_json(m: mt.MeetingInfo) -> dict[str, object]:
    return {
        "id": m.id,
        "region": m.region,
        "date": m.date.isoformat(),
        "time": m.starts_at.strftime("%H:%M"),
        "tz": m.tz,
        "starts_at": m.starts_at.isoformat(),
        "ends_at": m.ends_at.isoformat(),
        "status": m.status.value,
        "location": m.location,
        "video_link": m.video_link,
        "chair": m.chair,
        "contact_point_id": m.contact_point_id,
        "moved_from": m.occurrence_date.isoformat() if m.moved else None,
    }


def cmd_list(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        region = region_code(store, args.region) if args.region else None
        if args.contact_point and region is None:
            raise CliError("--contact-point needs --region")
        point = contact_point_id(store, region or "", args.contact_point)
        meetings = mt.list_meetings(store, region, contact_point=point)
    if args.json:
        print_json([_meeting_json(m) for m in meetings])
        return 0
    print_table(
        [
            (
                m.id,
                m.region,
                m.date.isoformat(),
                m.starts_at.strftime("%H:%M"),
                m.status.value,
                f"moved from {m.occurrence_date}" if m.moved else "",
                m.location,
            )
            for m in meetings
        ],
        ["id", "region", "date", "time", "status", "", "location"],
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    if args.date is not None:
        if args.meeting not in ("next", args.date):
            raise CliError("give the meeting once: --meeting DATE", code=2)
        args.meeting = args.date
    with open_cli_store(args) as store:
        page = meeting_page(store, chosen_meeting(store, args).id)
    if args.json:
        print_json(_page_json(page))
    else:
        _print_page(page)
    return 0


def _page_json(page: MeetingPage) -> dict[str, object]:
    m, agenda, actions = page.meeting, page.agenda, page.actions
    since, until = page.window
    return _meeting_json(m) | {
        "window": {"since": since.isoformat(), "until": until.isoformat()},
        "agenda": [
            {
                "id": i.id,
                "number": i.number,
                "kind": i.kind.value,
                "title": i.title,
                "duration_minutes": i.duration_minutes,
                "presenter": i.presenter,
                "minutes": i.minutes,
                # the title goes into documents for external readers
                "shareable": i.standing or i.shareable,
            }
            for i in agenda.items
        ],
        "total_minutes": agenda.total_minutes,
        "overrun_minutes": agenda.overrun_minutes,
        "signals": [
            {
                "id": r.id,
                "observed_on": r.observed_on.isoformat(),
                "country": r.country_code,
                "title": r.title,
                "grade": r.grade,
                "tlp": r.tlp,
            }
            for r in page.signals
        ],
        "participants": [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role.value,
                "organisation": p.organisation,
                "attendance": p.attendance.value,
            }
            for p in page.participants
        ],
        "decisions": [
            {"id": d.id, "text": d.text, "agenda_item_id": d.agenda_item_id} for d in page.decisions
        ],
        "actions_agreed": [_action_json(a, mt.today()) for a in actions.agreed],
        "actions_carried": [_action_json(a, mt.today()) for a in actions.carried],
        "events_ahead": [
            {
                "id": e.id,
                "kind": e.kind.value,
                "country": e.country_code,
                "title": e.title,
                "starts_on": e.starts_on.isoformat() if e.starts_on else None,
                "status": e.status.value,
            }
            for e in page.events
        ],
        "lessons": [{"event": e.title, "lessons": e.lessons} for e in page.lessons],
    }


def _print_page(page: MeetingPage) -> None:
    m, agenda = page.meeting, page.agenda
    since, until = page.window
    print(f"{m.region} meeting — {m.starts_at:%A %d %B %Y, %H:%M} ({m.tz}) — {m.status.value}")
    if m.location or m.video_link:
        print(f"  where: {', '.join(x for x in (m.location, m.video_link) if x)}")
    print(f"  covers signals logged or updated {since:%Y-%m-%d %H:%M} – {until:%Y-%m-%d %H:%M} UTC")
    print(
        f"\nAgenda ({agenda.total_minutes} of {agenda.available_minutes} min"
        + (f", {agenda.overrun_minutes} min over" if agenda.overrun_minutes else "")
        + ")"
    )
    for i in agenda.items:
        who = f" — {i.presenter}" if i.presenter else ""
        shared = " [shareable]" if i.shareable and not i.standing else ""
        print(f"  {i.number}. {i.title} ({i.duration_minutes} min){who}{shared}")
        _print_under_item(page, i.kind)
    if page.participants:
        print("\nParticipants")
        for p in page.participants:
            print(
                f"  {p.name} ({p.role.value}{', ' + p.organisation if p.organisation else ''}) — {p.attendance.value}"
            )
    if page.decisions:
        print("\nDecisions")
        for d in page.decisions:
            print(f"  - {d.text}")
    if page.actions.agreed:
        print("\nActions agreed")
        for a in page.actions.agreed:
            print(
                f"  - {a.text} — {', '.join(a.owners)}"
                + (f" (due {a.due_on})" if a.due_on else "")
                + f" [{a.status.value}]"
            )


def _print_under_item(page: MeetingPage, kind: AgendaKind) -> None:
    """What a standing item brings: signals (1), lessons and carried actions (3), events (4)."""
    if kind == AgendaKind.TRENDS:
        for r in page.signals:
            print(f"       {r.grade}  TLP:{r.tlp:<12} {r.observed_on}  {r.country_code}  {r.title}")
        if not page.signals:
            print("       (no signals in this window)")
    if kind == AgendaKind.EXCHANGE:
        for e in page.events:
            print(
                f"       {e.starts_on}  {e.kind.value:<13} {e.country_name}: {e.title} [{e.status.value}]"
            )
        if not page.events:
            print("       (no knowledge-exchange events in the next two cycles)")
    if kind == AgendaKind.OPERATIONS:
        for e in page.lessons:
            print(f"       lesson from {e.title}: {e.lessons}")
        for a in page.actions.carried:
            flag = "OVERDUE " if mt.is_overdue(a, mt.today()) else ""
            print(
                f"       {flag}{a.text} — {', '.join(a.owners)}"
                + (f" (due {a.due_on})" if a.due_on else "")
            )


def _action_json(a: mt.ActionInfo, on: date) -> dict[str, object]:
    return {
        "id": a.id,
        "text": a.text,
        "owners": a.owners,
        "due_on": a.due_on.isoformat() if a.due_on else None,
        "status": a.status.value,
        "agreed_on": a.meeting_date.isoformat(),
        "overdue": a.overdue(on),
    }


def cmd_ics(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        if args.meeting:
            chosen = meeting_by_date(store, args.region, args.meeting)
            data = mt.meeting_ics(store, chosen.id, args.lang)
        else:
            region = region_code(store, args.region)
            if not mt.list_meetings(store, region):
                raise CliError(f"{region} has no meetings; plan the series first")
            data = mt.series_ics(store, region, args.lang)
    path = mt.write_ics(args.out, data)
    print(f"wrote {path}")
    return 0
