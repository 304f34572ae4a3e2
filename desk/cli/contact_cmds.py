"""desk contact-points list | add, desk countries move C --contact-point X --from DATE, and the
options other commands take to name a contact point (meetings plan, briefing) or a period
(desk briefing --from --to)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date

from desk.cli.common import CliError, open_cli_store, print_json, print_table, region_code
from desk.services import contact_points as cps
from desk.services.period_briefing import Period
from desk.services.validation import Invalid, parse_date
from desk.store import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "contact-points", help="the contact points of each region and the countries they have"
    )
    psub = p.add_subparsers(dest="contact_points_command", metavar="ACTION", required=True)
    p = psub.add_parser("list", help="contact points by region, with their countries on a date")
    p.add_argument("--region", help="only this directorate")
    p.add_argument("--on", metavar="DATE", help="countries as assigned on this day (default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = psub.add_parser("add", help="a new contact point in a region (assign countries to it)")
    p.add_argument("--region", required=True)
    p.add_argument("--name", required=True, help="e.g. 'DEU East'")
    p.set_defaults(func=cmd_add)


def add_contact_point_option(p: argparse.ArgumentParser, what: str) -> None:
    """``--contact-point NAME|ID`` (within --region), said as ``what`` in the help."""
    p.add_argument("--contact-point", metavar="NAME|ID", help=what)


def add_period_options(p: argparse.ArgumentParser) -> None:
    """``--from DATE --to DATE``: a briefing for a period instead of a meeting."""
    p.add_argument(
        "--from", dest="period_from", metavar="DATE", help="a period instead of a meeting: from"
    )
    p.add_argument("--to", dest="period_to", metavar="DATE", help="… to this day (included)")


def date_arg(text: str, what: str) -> date:
    try:
        return parse_date(text, future_ok=True)
    except Invalid as exc:
        raise CliError(f"{what}: {exc}") from None


def contact_point_id(store: Store, region: str, text: str | None) -> int | None:
    """A --contact-point value (name or id, within ``region``) as its id; None if not given."""
    if not text:
        return None
    return cps.get_contact_point(store, region, text).id


def period_of(store: Store, args: argparse.Namespace) -> Period | None:
    """The period ``--from/--to`` name (None: neither given: a meeting's document)."""
    first, last = getattr(args, "period_from", None), getattr(args, "period_to", None)
    if first is None and last is None:
        return None
    if first is None or last is None:
        raise CliError("a briefing for a period needs both --from and --to")
    if getattr(args, "meeting", None) is not None:
        raise CliError("give either --meeting or --from/--to, not both")
    region = region_code(store, args.region)
    point = getattr(args, "contact_point", None)
    return Period(region, date_arg(first, "--from"), date_arg(last, "--to"), point).checked()


def cmd_list(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        region = region_code(store, args.region) if args.region else None
        on = date_arg(args.on, "--on") if args.on else None
        points = cps.list_contact_points(store, region, on=on)
    if args.json:
        print_json([asdict(p) for p in points])
        return 0
    print_table(
        [
            (
                p.region,
                p.id,
                p.name,
                "yes" if p.is_default else "",
                len(p.countries),
                " ".join(p.countries),
            )
            for p in points
        ],
        ["region", "id", "contact point", "default", "n", "countries"],
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        point = cps.add_contact_point(store, region_code(store, args.region), args.name)
    print(f"added contact point {point.name} ({point.region}, id {point.id})")
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        valid_from = date_arg(args.valid_from, "--from")
        done = cps.assign_country(store, args.code, args.contact_point, valid_from)
    print(
        f"{done.country_code} belongs to {done.contact_point} ({done.region}) "
        f"from {done.valid_from.isoformat()}"
    )
    return 0
