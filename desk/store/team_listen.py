"""Hearing other people's changes to a team database: LISTEN on ``desk_changes``.

The triggers of ``team_setup`` announce every statement that changes a shared table as
``"<table> <role>"``. A ``Listener`` keeps its own connection (outside the pool, autocommit,
the same log-in as the store) listening on that channel; whoever waits on ``fileno()`` (the
app's event loop) calls ``drain()`` when the socket is readable. Its server process lives as
long as the listener, so it also names this app session (``pid``; see
``desk.services.presence``).

No Qt here: the app wraps it in a socket notifier (``desk/ui/live.py``).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

import psycopg

from desk.store.errors import StoreError
from desk.store.pg_errors import TeamUnavailable, translate_pg
from desk.store.team import TeamStore
from desk.store.team_setup import CHANNEL

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One statement that changed ``table``, run by the database role ``user``."""

    table: str
    user: str


def parse(payload: str) -> Change | None:
    table, _, user = payload.partition(" ")
    return Change(table, user) if table else None


class Listener:
    """An open LISTEN connection. ``open`` it on a worker thread (connecting may take a while);
    ``drain`` and ``close`` are quick."""

    def __init__(self, conn: psycopg.Connection, where: str) -> None:
        self._conn: psycopg.Connection | None = conn
        self.where = where
        self.pid: int = conn.info.backend_pid

    @classmethod
    def open(cls, store: TeamStore) -> Listener:
        conn = store.driver_connect()
        try:
            conn.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            conn.close()
            raise
        store.session_pid = conn.info.backend_pid
        return cls(conn, store.location)

    @property
    def is_open(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def fileno(self) -> int:
        if self._conn is None:
            raise StoreError("the listener is closed")
        try:
            return self._conn.fileno()
        except psycopg.Error as exc:
            raise TeamUnavailable(self.where, "the connection that hears changes was lost") from exc

    def drain(self) -> list[Change]:
        """The changes announced since the last call (without waiting). A lost connection
        raises ``TeamUnavailable``: close this listener and open a new one."""
        conn = self._conn
        if conn is None or conn.closed:
            raise TeamUnavailable(self.where, "the connection that hears changes is closed")
        try:
            notes = list(conn.notifies(timeout=0))
        except psycopg.Error as exc:
            raise translate_pg(exc, self.where) or TeamUnavailable(self.where, str(exc)) from exc
        changes = [parse(n.payload) for n in notes if n.channel == CHANNEL]
        return [c for c in changes if c is not None]

    def close(self) -> None:
        """Safe to call twice, and on a connection the server already dropped."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def __enter__(self) -> Listener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
