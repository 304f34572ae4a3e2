"""Stopping a running read from another thread, for work nobody waits for any more.

The app's background lane draws the chart and counts the matches of what the table shows. When
the user types on, that work is for a search no longer shown, and at a million signals it can
take a quarter of a second of one of the machine's cores — while the next keystroke's page,
the work the user does wait for, needs it.

A task runs under ``when(stopped)``. Each connection of a local store that it takes from the
pool asks ``stopped()`` every ``STEPS`` steps of SQLite's virtual machine (its progress
handler: a few milliseconds apart) and ends the statement once the answer is True; the task
then fails with ``OperationalError`` ("interrupted"), which its caller expects and drops. Only
reads should run under it: a stopped write rolls its transaction back.

On a team database the statement runs on the server, not on this machine's cores, and is left
to finish.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

# About 2–3 ms of a statement's work between two questions: quick to stop, and the question
# (which takes the GIL) is rare enough to cost nothing measurable.
STEPS = 100_000

_current = threading.local()


@contextlib.contextmanager
def when(stopped: Callable[[], bool]) -> Iterator[None]:
    """Statements run by this thread inside the block end early once ``stopped()`` is True
    (on connections taken from the pool inside it)."""
    _current.stopped = stopped
    try:
        yield
    finally:
        _current.stopped = None


def watch(engine: Engine) -> None:
    """Give each connection ``engine``'s pool hands out the question of the thread taking it
    (SQLite only)."""

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, proxy: Any) -> None:
        stopped = getattr(_current, "stopped", None)
        if stopped is not None:
            dbapi_conn.set_progress_handler(lambda: 1 if stopped() else 0, STEPS)
            record.info["stoppable"] = True
        elif record.info.pop("stoppable", False):
            dbapi_conn.set_progress_handler(None, 0)
