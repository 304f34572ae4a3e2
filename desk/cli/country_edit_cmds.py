"""desk countries edit | move: a country's profile and the directorate it belongs to, as the
country page changes them. ``edit`` changes only what it is given, from the version just read.

Moving a country to one of a directorate's contact points is a command of its own once
directorates have several (``move`` names the directorate only)."""

from __future__ import annotations

import argparse
from typing import Any

from desk.cli import contact_cmds
from desk.cli.common import CliError, open_cli_store, region_code
from desk.cli.meeting_choice import parse_day
from desk.failures import printable
from desk.models.countries import CircumventionRole, EventKind, RiskLevel
from desk.services import countries as ct

NONE = "none"  # clears a choice or a date
# option: (profile field, help)
FIELDS = {
    "relation-eu": ("relation_eu", "relation to the EU"),
    "relation-russia": ("relation_russia", "relation to Russia"),
    "roles": ("roles", f"';'-separated: {', '.join(r.value for r in CircumventionRole)}"),
    "preferred-exchange": (
        "preferred_exchange",
        f"{'|'.join(k.value for k in EventKind)}|{NONE}",
    ),
    "rationale": ("exchange_rationale", "why that kind of exchange"),
    "posts": ("posts", "the posts that cover the country"),
    "risk": ("risk_level", f"{'|'.join(r.value for r in RiskLevel)}|{NONE}"),
    "risk-assessed-on": ("risk_assessed_on", f"DATE|{NONE}"),
    "notes": ("notes", None),
}


def register(csub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = csub.add_parser("edit", help="change the profile fields given; the rest stays as stored")
    p.add_argument("code", help="ISO code or name")
    for option, (name, what) in FIELDS.items():
        p.add_argument(f"--{option}", dest=name, metavar="TEXT", help=what)
    p.add_argument(
        "--contact",
        action="append",
        metavar="NAME[|FUNCTION[|ORGANISATION]]",
        help="the contacts (repeat; replaces them all)",
    )
    p.add_argument("--no-contacts", action="store_true", help="remove every contact")
    p.add_argument(
        "--figure",
        action="append",
        metavar="LABEL|VALUE[|YEAR[|SOURCE]]",
        help="the key figures (repeat; replaces them all)",
    )
    p.add_argument("--no-figures", action="store_true", help="remove every key figure")
    p.set_defaults(func=cmd_edit)

    p = csub.add_parser(
        "move",
        help="move a country (and its signals) to another directorate, or give it to another "
        "contact point of its directorate from a date",
    )
    p.add_argument("code", help="ISO code or name")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--region", help="the directorate, e.g. DEU")
    where.add_argument(
        "--contact-point", metavar="NAME|ID", help="within the country's region (with --from)"
    )
    p.add_argument(
        "--from", dest="valid_from", metavar="DATE", help="with --contact-point: from this day"
    )
    p.set_defaults(func=cmd_move)


def _choice(text: str, kind: type[Any], option: str) -> Any:
    if text.strip().lower() == NONE:
        return None
    try:
        return kind(text.strip().lower())
    except ValueError:
        raise CliError(f"--{option}: “{text}” is not one of the choices", code=2) from None


def _field(name: str, text: str) -> Any:
    option = next(o for o, (n, _) in FIELDS.items() if n == name)
    if name == "roles":
        return [_choice(r, CircumventionRole, option) for r in text.split(";") if r.strip()]
    if name == "preferred_exchange":
        return _choice(text, EventKind, option)
    if name == "risk_level":
        return _choice(text, RiskLevel, option)
    if name == "risk_assessed_on":
        return None if text.strip().lower() == NONE else parse_day(text, f"--{option}")
    return text


def _contact(text: str) -> ct.Contact:
    name, function, organisation = ([*text.split("|"), "", ""])[:3]
    return ct.Contact(name.strip(), function.strip(), organisation.strip())


def _figure(text: str) -> ct.Figure:
    label, value, year, source = [*text.split("|"), "", "", ""][:4]
    if not label.strip() or not value.strip():
        raise CliError(f"--figure: “{text}” needs a label and a value: LABEL|VALUE", code=2)
    try:
        number = int(year) if year.strip() else None
    except ValueError:
        raise CliError(f"--figure: “{year}” is not a year", code=2) from None
    return ct.Figure(label.strip(), value.strip(), number, source.strip())


def _patch(args: argparse.Namespace) -> ct.ProfilePatch:
    given: dict[str, Any] = {
        name: _field(name, text)
        for name, _ in FIELDS.values()
        if (text := getattr(args, name)) is not None
    }
    if args.contact or args.no_contacts:
        given["contacts"] = [_contact(c) for c in args.contact or []]
    if args.figure or args.no_figures:
        given["figures"] = [_figure(f) for f in args.figure or []]
    if not given:
        raise CliError("give at least one field to change, e.g. --notes TEXT", code=2)
    return ct.ProfilePatch(**given)


def cmd_edit(args: argparse.Namespace) -> int:
    patch = _patch(args)
    with open_cli_store(args) as store:
        profile = ct.get_profile(store, ct.resolve_code(store, args.code))
        changed = ct.update_profile(store, profile.code, patch, expected_version=profile.version)
    said = ", ".join(changed) + " changed" if changed else "nothing changed"
    print(printable(f"{profile.name_en} ({profile.code}): {said}"))
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    if args.contact_point is not None:
        if args.valid_from is None:
            raise CliError("--contact-point needs --from DATE: the day the country changes hands")
        return contact_cmds.cmd_move(args)
    if args.valid_from is not None:
        raise CliError("--from goes with --contact-point; a move to another directorate is at once")
    with open_cli_store(args) as store:
        region = region_code(store, args.region)
        before = ct.get_profile(store, ct.resolve_code(store, args.code))
        ct.set_directorate(store, before.code, region)
    if before.directorate == region:
        print(printable(f"{before.name_en} ({before.code}) is in {region} already"))
    else:
        print(printable(f"{before.name_en} ({before.code}): {before.directorate} → {region}"))
    return 0
