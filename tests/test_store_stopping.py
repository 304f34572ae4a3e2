"""A read nobody waits for any more is ended early from another thread (local stores)."""

from __future__ import annotations

import contextlib
import threading

import pytest
import sqlalchemy as sa

from desk.store import stopping

# Never ends on its own: only stopping it does.
ENDLESS = (
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
    "SELECT count(*) FROM n WHERE x < 0"
)
# Many more steps than stopping.STEPS, so a left-over progress handler would be asked.
LONG = (
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200000) "
    "SELECT count(*) FROM n"
)


def test_a_read_under_when_ends_once_stopped_from_another_thread(local_store) -> None:
    stop, started = threading.Event(), threading.Event()
    outcome: list[BaseException] = []

    def chart() -> None:
        with stopping.when(stop.is_set), local_store.engine.connect() as conn:
            started.set()
            try:
                conn.exec_driver_sql(ENDLESS).scalar()
            except sa.exc.OperationalError as exc:
                outcome.append(exc)

    worker = threading.Thread(target=chart, daemon=True)
    worker.start()
    assert started.wait(10)
    stop.set()
    worker.join(30)
    assert not worker.is_alive(), "the endless read was not stopped"
    assert len(outcome) == 1 and "interrupted" in str(outcome[0])


def test_reads_outside_when_are_never_stopped_on_a_connection_that_was(local_store) -> None:
    stop = threading.Event()
    stop.set()  # stopped from the start: every read under it ends
    with stopping.when(stop.is_set), contextlib.ExitStack() as held:
        # every connection of the pool, at once, so each one gets the handler
        conns = [held.enter_context(local_store.engine.connect()) for _ in range(3)]
        for conn in conns:
            with pytest.raises(sa.exc.OperationalError, match="interrupted"):
                conn.exec_driver_sql(LONG).scalar()
    with contextlib.ExitStack() as held:
        conns = [held.enter_context(local_store.engine.connect()) for _ in range(3)]
        assert [conn.exec_driver_sql(LONG).scalar() for conn in conns] == [200_000] * 3
