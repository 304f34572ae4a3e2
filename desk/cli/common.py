"""What every command shares: opening the store, errors, JSON output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk.errors import DeskError
from desk.failures import printable
from desk.paths import store_path
from desk.store import PassphraseNeeded, Store, env_passphrase, open_store
from desk.store.team import URL_ENV, is_team_url, open_team_store


class CliError(DeskError):
    """A one-line reason; the command exits non-zero after printing it to stderr."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = code


def region_code(store: Store, value: str) -> str:
    """A --region value as its directorate code (any case); an unknown one is a one-line error."""
    from desk.services.reference import load_reference

    known = load_reference(store).directorates
    code = value.strip().upper()
    if code not in known:
        raise CliError(f"unknown region {value}; regions are {', '.join(sorted(known))}")
    return code


def db_target(args: argparse.Namespace) -> Path | str:
    """What ``--db`` names: a store file, or a team database URL (a string). Without ``--db``:
    ``$DESK_DATABASE_URL``, else ``$DESK_DB``, else the default store."""
    chosen = getattr(args, "db", None) or os.environ.get(URL_ENV) or None
    if chosen and is_team_url(chosen):
        return chosen
    return store_path(chosen)


def db_path(args: argparse.Namespace) -> Path:
    """The store file for commands that only a local store has."""
    target = db_target(args)
    if isinstance(target, str):
        raise CliError(
            f"`desk {args.command}` works on a local store file, not on a team database "
            "(give --db FILE)"
        )
    return target


def prompt_password(prompt: str) -> str | None:
    """A team database password from the terminal (None: nothing typed, stop asking)."""
    return getpass.getpass(prompt + ": ") or None


def interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def prompt_passphrase(prompt: str = "Passphrase: ", *, confirm: bool = False) -> str:
    if not interactive():
        raise CliError("a passphrase is needed: set DESK_PASSPHRASE for non-interactive use")
    first = getpass.getpass(prompt)
    if not first:
        raise CliError("the passphrase is empty")
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise CliError("the two passphrases differ")
    return first


def _say_waiting() -> None:
    print("desk: waiting for another Desk process to finish writing…", file=sys.stderr, flush=True)


def open_cli_store(args: argparse.Namespace) -> Store:
    target = db_target(args)
    if isinstance(target, str):
        return open_team_store(target, ask=prompt_password if interactive() else None)
    path = target
    try:
        store = open_store(path, env_passphrase())
    except PassphraseNeeded:
        if not interactive():
            raise
        store = open_store(path, prompt_passphrase(f"Passphrase for {path.name}: "))
    store.on_lock_wait = _say_waiting
    return store


def _json_default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


# JSON escapes C0 control characters itself, but not DEL and C1, which a terminal obeys.
_JSON_UNESCAPED = re.compile("[\x7f-\x9f]")


def print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write(_JSON_UNESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def print_table(rows: Iterable[Iterable[object]], headers: list[str]) -> None:
    """Plain aligned columns for a terminal (no third-party table library needed)."""
    cells = [[str(c) for c in headers]] + [
        ["" if c is None else printable(str(c)) for c in r] for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
