"""desk exchange identity | card | trust | contacts | revoke | send | receive | status |
feedback."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TextIO

from desk.cli.common import CliError, open_cli_store, print_json, print_table, region_code
from desk.failures import printable
from desk.fileio import atomic_write_bytes
from desk.models.enums import Tlp
from desk.services.exchange import identity as ident
from desk.services.exchange.feedback import send_feedback
from desk.services.exchange.receive import (
    ConflictsFound,
    OnConflict,
    SignalConflict,
    receive_package,
)
from desk.services.exchange.send import DEFAULT_MAX_TLP, send_signals, unsent_counts
from desk.services.validation import Invalid, parse_date, parse_tlp


def register(sub: argparse._SubParsersAction) -> None:
    exchange = sub.add_parser(
        "exchange",
        help="encrypted, signed packages between posts and contact points",
        description="Set up this store's identity and contacts, then send and receive packages.",
    )
    xsub = exchange.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)

    p = xsub.add_parser("identity", help="show (or set) this store's name, role and fingerprint")
    p.add_argument("--name")
    p.add_argument("--role", choices=ident.ROLES)
    p.add_argument("--post", default="", help="the post (for role post)")
    p.add_argument("--region", default="", help="the region (for role contact-point)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_identity)

    p = xsub.add_parser("card", help="write this store's contact card for others to trust")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_card)

    p = xsub.add_parser(
        "trust", help="trust a contact card, once you compared its fingerprint with its owner"
    )
    p.add_argument("file", type=Path)
    p.add_argument("--fingerprint", required=True, help="as its owner read it to you")
    p.set_defaults(func=cmd_trust)

    p = xsub.add_parser("contacts", help="the contacts this store trusts (and revoked)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_contacts)

    p = xsub.add_parser("revoke", help="stop trusting a contact")
    p.add_argument("name")
    p.set_defaults(func=cmd_revoke)

    p = xsub.add_parser("send", help="write a package of signals for one or more contacts")
    p.add_argument("--to", required=True, help="contact names, separated by commas")
    p.add_argument("--region", help="only this region's signals")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--since", help="signals logged or changed on or after this date")
    when.add_argument("--unsent", action="store_true", help="what they have not had yet")
    p.add_argument(
        "--max-tlp",
        type=_tlp,
        default=DEFAULT_MAX_TLP,
        help=f"the most restricted TLP to include below RED (default {DEFAULT_MAX_TLP.value})",
    )
    p.add_argument(
        "--include-red",
        action="store_true",
        help="include TLP:RED signals whose author named exactly these recipients",
    )
    p.add_argument("--out", required=True, type=Path, help="the package file (.deskx)")
    p.set_defaults(func=cmd_send)

    p = xsub.add_parser("receive", help="merge a package into this store (all or nothing)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="say what would change, write nothing")
    p.add_argument(
        "--on-conflict", choices=[c.value for c in OnConflict], default=OnConflict.STOP.value
    )
    p.set_defaults(func=cmd_receive)

    p = xsub.add_parser("status", help="what each contact point has not yet had from this store")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = xsub.add_parser("feedback", help="tell a post what became of its signals")
    p.add_argument("--to", required=True, help="the post's contact name")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_feedback)


def _tlp(value: str) -> Tlp:
    try:
        return parse_tlp(value)
    except Invalid as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_identity(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        if args.name or args.role:
            if not (args.name and args.role):
                raise CliError("give both --name and --role to set the identity")
            region = region_code(store, args.region) if args.region else ""
            info = ident.set_identity(store, args.name, args.role, post=args.post, region=region)
        else:
            found = ident.get_identity(store)
            if found is None:
                raise ident.NoIdentity()
            info = found
    if args.json:
        print_json(asdict(info))
        return 0
    print(f"name:        {printable(info.name)}")
    print(f"role:        {info.role}")
    print(f"{'post:  ' if info.role == 'post' else 'region:'}      {printable(info.where)}")
    print(f"fingerprint: {info.fingerprint}")
    return 0


def cmd_card(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        card = ident.make_card(store)
        info = ident.get_identity(store)
    atomic_write_bytes(args.out, card, mode=0o644)  # a card holds public keys only
    assert info is not None
    print(f"wrote the contact card of {printable(info.name)} to {args.out}")
    print(f"its fingerprint, to read to whoever trusts it: {info.fingerprint}")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CliError(f"no such file: {printable(args.file)}")
    with open_cli_store(args) as store:
        contact = ident.trust(store, args.file.read_bytes(), args.fingerprint)
    print(
        f"trusted {printable(contact.name)} ({contact.role}, {printable(contact.where)}): {contact.fingerprint}"
    )
    return 0


def cmd_contacts(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        contacts = ident.list_contacts(store)
    if args.json:
        print_json([asdict(c) for c in contacts])
        return 0
    print_table(
        [
            (c.name, c.role, c.where, c.fingerprint, "revoked" if c.revoked_at else "trusted")
            for c in contacts
        ],
        ["name", "role", "post/region", "fingerprint", "state"],
    )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        contact = ident.revoke(store, args.name)
    print(f"revoked {printable(contact.name)}: its packages are refused and none are sent to it")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    since = None
    if args.since:
        try:
            since = datetime.combine(parse_date(args.since, future_ok=True), time(), UTC)
        except Invalid as exc:
            raise CliError(f"--since: {exc}") from None
    with open_cli_store(args) as store:
        region = region_code(store, args.region) if args.region else None
        report = send_signals(
            store,
            [n.strip() for n in args.to.split(",") if n.strip()],
            args.out,
            region=region,
            since=since,
            unsent=args.unsent,
            max_tlp=args.max_tlp,
            include_red=args.include_red,
        )
    print(printable(report.summary()))
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        try:
            report = receive_package(
                store, args.file, dry_run=args.dry_run, on_conflict=OnConflict(args.on_conflict)
            )
        except ConflictsFound as exc:
            _print_conflicts(exc.report.conflicts, sys.stderr)
            raise
    _print_conflicts(report.conflicts, sys.stdout)
    print(printable(report.summary()))
    return 0


def _print_conflicts(conflicts: list[SignalConflict], stream: TextIO) -> None:
    for c in conflicts:
        for f in c.fields:
            print(
                printable(
                    f"conflict: “{c.title}” ({c.uuid[:8]}): {f.field}: mine “{f.mine}”, "
                    f"theirs “{f.theirs}”"
                ),
                file=stream,
            )


def cmd_status(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        found = unsent_counts(store)
    if args.json:
        print_json([asdict(u) for u in found])
        return 0
    if not found:
        print("no contact points to send to: trust a contact point's card first")
        return 0
    for u in found:
        print(
            printable(
                f"{u.signals} signal(s) of {u.region} not yet sent to {u.contact}"
                if u.signals
                else f"{u.contact} ({u.region}) has everything"
            )
        )
    return 0


def cmd_feedback(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        n = send_feedback(store, args.to, args.out)
    print(f"{args.out.name}: feedback on {n} signal(s) for {printable(args.to)}")
    return 0
