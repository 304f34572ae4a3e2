"""desk team init | add-user | users | remove-user | push: a shared PostgreSQL database."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from desk.cli.common import (
    CliError,
    db_target,
    interactive,
    open_cli_store,
    print_table,
    prompt_password,
)
from desk.store import PassphraseNeeded, env_passphrase, open_store
from desk.store.team import TeamStore, is_team_url, open_team_store, parse_url, safe_url
from desk.store.team_admin import add_user, init_team, members, remove_user
from desk.store.team_setup import GROUPS

ROLE_HELP = "contact-point (reads and writes everything), post (its region only), reader"


def register(sub: argparse._SubParsersAction) -> None:
    team = sub.add_parser(
        "team",
        help="set up and use a shared team database (PostgreSQL)",
        description="Team mode: Desk on a PostgreSQL server shared by the unit. The database "
        "is the URL given to --db (or $DESK_DATABASE_URL), or to `team init`.",
    )
    cmds = team.add_subparsers(dest="team_command", metavar="TEAM_COMMAND", required=True)

    p = cmds.add_parser("init", help="create or upgrade the schema, groups and rules (once)")
    p.add_argument("url", nargs="?", help="postgresql://ADMIN@HOST/DB (default: --db)")
    p.set_defaults(func=cmd_init)

    p = cmds.add_parser("add-user", help="give a person a log-in in a group")
    p.add_argument("name", help="the log-in name (lower case: anna, j_devries)")
    p.add_argument("--role", required=True, choices=list(GROUPS), help=ROLE_HELP)
    p.add_argument("--region", default="", help="a post's region (directorate code, e.g. DAO)")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the new user's password from standard input (else a prompt)",
    )
    p.set_defaults(func=cmd_add_user)

    p = cmds.add_parser("users", help="who is in the team, in which group")
    p.set_defaults(func=cmd_users)

    p = cmds.add_parser("remove-user", help="end a person's log-in (what they wrote stays)")
    p.add_argument("name")
    p.set_defaults(func=cmd_remove_user)

    p = cmds.add_parser(
        "push",
        help="copy a local store's signals into the team database (all or nothing; again: no change)",
    )
    p.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE.db")
    p.add_argument("--to", dest="target", metavar="URL", help="the team database (default: --db)")
    p.set_defaults(func=cmd_push)


def _team_url(args: argparse.Namespace, given: str | None) -> str:
    target = given or db_target(args)
    if not isinstance(target, str) or not is_team_url(target):
        raise CliError(
            f"`desk team {args.team_command}` needs a team database: give "
            "postgresql://USER@HOST/DB (or --db URL, or set DESK_DATABASE_URL)"
        )
    return target


def _open_team(args: argparse.Namespace) -> TeamStore:
    store = open_cli_store(argparse.Namespace(**{**vars(args), "db": _team_url(args, None)}))
    assert isinstance(store, TeamStore)
    return store


def cmd_init(args: argparse.Namespace) -> int:
    url = _team_url(args, args.url)
    with init_team(url, ask=prompt_password if interactive() else None) as store:
        print(
            f"team database {safe_url(parse_url(url))} is ready (schema {store.schema_revision()})"
        )
        for advice in store.advice:
            print(f"note: {advice}")
        print("next: `desk team add-user NAME --role contact-point|post|reader` for each person")
    return 0


def _new_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif interactive():
        password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Repeat it: ") != password:
            raise CliError("the two passwords differ")
    else:
        raise CliError("a password is needed: give --password-stdin and pipe it in")
    if len(password) < 8:
        raise CliError("the password is too short: use at least 8 characters")
    return password


def cmd_add_user(args: argparse.Namespace) -> int:
    password = _new_password(args)
    with _open_team(args) as store:
        member = add_user(store, args.name, args.role, region=args.region, password=password)
    where = f" for {member.region}" if member.region else ""
    print(f"{member.name} can log in as a {args.role}{where}")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    with _open_team(args) as store:
        rows = members(store)
    if not rows:
        print("no members yet: add them with `desk team add-user`")
        return 0
    print_table(
        [(m.name, m.kind, m.region, "yes" if m.can_log_in else "no") for m in rows],
        ["name", "role", "region", "can log in"],
    )
    return 0


def cmd_remove_user(args: argparse.Namespace) -> int:
    with _open_team(args) as store:
        remove_user(store, args.name)
    print(f"{args.name} can no longer log in; what they wrote stays")
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from desk.services.team_copy import push_signals

    url = _team_url(args, args.target)
    try:
        local = open_store(args.source, env_passphrase())
    except PassphraseNeeded:
        if not interactive():
            raise
        local = open_store(args.source, getpass.getpass(f"Passphrase for {args.source.name}: "))
    with local, open_team_store(url, ask=prompt_password if interactive() else None) as team:
        report = push_signals(local, team)
    print(f"{report.summary()} — into {safe_url(parse_url(url))}")
    return 0
