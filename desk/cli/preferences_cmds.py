"""desk preferences show | set: the Preferences dialog's settings — your name and post (what
the audit trail and packages name), when the app locks itself, the document markings."""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace

from desk.cli.common import CliError, open_cli_store, print_json
from desk.failures import printable
from desk.services.preferences import load_preferences, save_preferences


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    prefs = sub.add_parser("preferences", help="your name and post, the idle lock, the markings")
    psub = prefs.add_subparsers(dest="preferences_command", metavar="ACTION", required=True)
    p = psub.add_parser("show", help="the preferences as stored")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = psub.add_parser("set", help="change the preferences given; the rest stay")
    p.add_argument("--name", help="your name in the audit trail (local stores)")
    p.add_argument("--post", help="your post or unit")
    p.add_argument("--lock-after", type=int, metavar="MINUTES", help="idle minutes before locking")
    p.add_argument(
        "--marking",
        action="append",
        help="the document markings (repeat; the first is the default; replaces them all)",
    )
    p.set_defaults(func=cmd_set)


def cmd_show(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        prefs = load_preferences(store)
    if args.json:
        print_json(asdict(prefs))
        return 0
    print(printable(f"{'Name:':<12}{prefs.name}"))
    print(printable(f"{'Post:':<12}{prefs.post}"))
    print(f"{'Lock after:':<12}{prefs.idle_minutes} min idle")
    print(printable(f"{'Markings:':<12}{'; '.join(prefs.markings)}"))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    given = {
        k: v
        for k, v in (
            ("name", args.name),
            ("post", args.post),
            ("idle_minutes", args.lock_after),
            ("markings", tuple(args.marking) if args.marking else None),
        )
        if v is not None
    }
    if not given:
        raise CliError("give at least one of --name, --post, --lock-after, --marking", code=2)
    with open_cli_store(args) as store:
        saved = save_preferences(store, replace(load_preferences(store), **given))
    print(printable(f"preferences saved ({saved.name}, {saved.post or 'no post'})"))
    return 0
