"""desk init, check, backup, rekey."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desk.cli.common import (
    CliError,
    db_path,
    db_target,
    interactive,
    open_cli_store,
    prompt_passphrase,
)
from desk.store import (
    InsecureKeyring,
    StoreDamaged,
    backup_store,
    check_store,
    create_store,
    env_passphrase,
    keyring_status,
)
from desk.store.check import CheckReport
from desk.store.layout import remove_store_files
from desk.store.migrate import head_revision

NEW_PASSPHRASE_ENV = "DESK_NEW_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create an encrypted store")
    p.add_argument("--demo", action="store_true", help="fill it with demo data")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--keyring", action="store_true", help="keep a random key in the OS keyring")
    mode.add_argument("--passphrase", action="store_true", help="unlock with a passphrase")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "check",
        help="integrity and encryption check (quick: a sample of pages; --full: every page)",
    )
    p.add_argument(
        "--full",
        action="store_true",
        help="check every page and SQLite's integrity (about a minute per million signals)",
    )
    p.add_argument(
        "--repair", action="store_true", help="also rebuild the signal counts if any is wrong"
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "backup",
        help="write a consistent encrypted copy of the store (of a team database: a new local "
        "store with what you may see)",
    )
    p.add_argument("file", type=Path)
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--keyring",
        action="store_true",
        help="team database: unlock the copy with a key in the OS keyring",
    )
    mode.add_argument(
        "--passphrase", action="store_true", help="team database: unlock the copy with a passphrase"
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "rekey",
        help="change the passphrase or switch between keyring and passphrase",
        description=f"The new passphrase comes from {NEW_PASSPHRASE_ENV} or a prompt.",
    )
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--keyring", action="store_true", help="switch to a new keyring key")
    mode.add_argument("--passphrase", action="store_true", help="switch to a new passphrase")
    p.set_defaults(func=cmd_rekey)


def _choose_mode(args: argparse.Namespace) -> tuple[str, str | None]:
    """Keyring if asked for (or by default when no passphrase is given) and secure; otherwise a
    passphrase, saying why."""
    passphrase = env_passphrase()
    if args.passphrase or (passphrase and not args.keyring):
        return "passphrase", passphrase or prompt_passphrase("New passphrase: ", confirm=True)
    status = keyring_status()
    if status.usable:
        return "keyring", None
    if args.keyring:
        raise CliError(status.reason)
    print(f"desk: {status.reason}; using a passphrase instead", file=sys.stderr)
    if not interactive():
        raise CliError(
            "no usable keyring and no passphrase: set DESK_PASSPHRASE to create the store"
        )
    return "passphrase", prompt_passphrase("New passphrase: ", confirm=True)


def cmd_init(args: argparse.Namespace) -> int:
    path = db_path(args)
    mode, passphrase = _choose_mode(args)
    try:
        store = create_store(path, mode, passphrase)  # type: ignore[arg-type]
    except InsecureKeyring as exc:
        raise CliError(str(exc)) from exc
    with store:
        if args.demo:
            from desk.services.demo import load_demo, load_demo_countries, load_demo_meetings

            parts = [load_demo(store), load_demo_meetings(store), load_demo_countries(store)]
            print(f"demo data: {'; '.join(parts)}")
    how = "the OS keyring" if mode == "keyring" else "a passphrase"
    print(f"created {path} (encrypted, unlocked with {how})")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    if isinstance(db_target(args), str):
        return _check_team(args)
    full = bool(getattr(args, "full", False))
    with open_cli_store(args) as store:
        report = check_store(store, full=full)
        _print_report(store.path, report)
        print(f"unlocked with:    {store.info.mode}")
        if getattr(args, "repair", False) and report.ok:
            from desk.store.check import repair_counts

            wrong = repair_counts(store)
            print(f"counts:           {f'{wrong} wrong, rebuilt' if wrong else 'ok'}")
    if not report.ok:
        found = report.cipher_integrity or report.derived or report.integrity
        what = "; ".join(found[:3]) + (f" (and {len(found) - 3} more)" if len(found) > 3 else "")
        raise StoreDamaged(store.path, f"it failed its integrity check: {what}")
    return 0


def _print_report(path: Path, report: CheckReport) -> None:
    integrity = "ok" if report.integrity == ["ok"] else "; ".join(report.integrity)
    cipher = "ok" if not report.cipher_integrity else "; ".join(report.cipher_integrity)
    print(f"store:            {path}")
    print(f"schema:           {report.schema_revision} (this Desk: {report.head_revision})")
    print(f"pages:            {report.page_count}")
    if report.full:
        print(f"integrity:        {integrity}")
        print(f"cipher integrity: {cipher}")
        return
    print(f"check:            quick ({report.pages_checked} pages read; --full reads every page)")
    print(f"header, schema:   {integrity}")
    print(f"cipher integrity: {cipher} (sampled)")
    print(f"full-text index:  {'ok' if not report.derived else '; '.join(report.derived)}")


def _check_team(args: argparse.Namespace) -> int:
    from desk.store.team_admin import membership

    with open_cli_store(args) as store:
        who = membership(store)  # type: ignore[arg-type]
        print(f"database:         {store.location}")
        print(f"schema:           {store.schema_revision()} (this Desk: {head_revision()})")
        print(f"logged in as:     {who.user} ({who.kind or 'not a team member'})")
        if who.region:
            print(f"region:           {who.region}")
    return 0


def _backup_team(args: argparse.Namespace) -> int:
    """A team database's backup is a new local store holding what this user may see."""
    from desk.services.team_copy import copy_everything

    target = Path(args.file).expanduser().resolve()
    with open_cli_store(args) as team:
        mode, passphrase = _choose_mode(args)
        local = create_store(target, mode, passphrase)  # type: ignore[arg-type]
        try:
            with local:
                counts = copy_everything(team, local)
        except BaseException:
            remove_store_files(target)
            raise
    how = "the OS keyring" if mode == "keyring" else "a passphrase"
    print(
        f"copied {counts.get('signal', 0)} signals, {counts.get('meeting', 0)} meetings and "
        f"{counts.get('country_profile', 0)} country profiles from {team.location} into "
        f"{target} (encrypted, unlocked with {how})"
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if isinstance(db_target(args), str):
        return _backup_team(args)
    with open_cli_store(args) as store:
        target = backup_store(store, args.file)
    print(f"backed up to {target} (same key as the store)")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    db_path(args)  # a team database's log-in is its PostgreSQL password, not a store key
    with open_cli_store(args) as store:
        if args.keyring:
            try:
                store.change_unlock("keyring")
            except InsecureKeyring as exc:
                raise CliError(str(exc)) from exc
        else:
            new = os.environ.get(NEW_PASSPHRASE_ENV) or prompt_passphrase(
                "New passphrase: ", confirm=True
            )
            store.change_unlock("passphrase", new)
        print(f"{store.path.name} now unlocks with {store.info.mode}; the old key no longer works")
    return 0
