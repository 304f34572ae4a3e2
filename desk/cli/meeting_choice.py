"""How a command names a meeting — ``--region R --meeting DATE|next``, as ``briefing`` and
``minutes`` do — and the dates and times it is given."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time

from desk.cli.common import CliError, region_code
from desk.cli.contact_cmds import contact_point_id
from desk.services import meetings as mt
from desk.services.validation import Invalid, parse_date
from desk.store import Store


def parse_day(text: str, what: str) -> date:
    try:
        return parse_date(text, future_ok=True)
    except Invalid as exc:
        raise CliError(f"{what}: {exc}") from None


def parse_time(text: str) -> time:
    try:
        return datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise CliError(f"--time: “{text}” is not a time; write HH:MM, e.g. 14:30") from None


def meeting_options(p: argparse.ArgumentParser, *, default: str | None = "next") -> None:
    """``--region R --meeting DATE|next``: how every command names a meeting (as ``briefing``
    and ``minutes`` do)."""
    p.add_argument("--region", required=True, help="directorate code, e.g. DAO")
    p.add_argument(
        "--contact-point",
        metavar="NAME|ID",
        help="in a region with several contact points: whose meeting (default: any)",
    )
    if default is None:
        p.add_argument("--meeting", required=True, metavar="DATE")
    else:
        p.add_argument(
            "--meeting",
            default=default,
            metavar="DATE|next",
            help=f"the meeting's date, or 'next' (default: {default})",
        )


def chosen_meeting(store: Store, args: argparse.Namespace) -> mt.MeetingInfo:
    """The meeting ``meeting_options`` named."""
    return meeting_by_date(store, args.region, args.meeting, getattr(args, "contact_point", None))


def meeting_by_date(
    store: Store, region: str, when: str, contact_point: str | None = None
) -> mt.MeetingInfo:
    """The meeting on a date (YYYY-MM-DD) or the region's next one ("next"); of one contact
    point (name or id) when given."""
    region = region_code(store, region)
    point = contact_point_id(store, region, contact_point)
    if when == "next":
        found = mt.next_meeting(store, region, contact_point=point)
        if found is None:
            raise CliError(f"{region.upper()} has no upcoming meeting; plan the series first")
        return found
    return mt.find_meeting(store, region, parse_day(when, "meeting"), contact_point=point)
