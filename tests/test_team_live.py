"""Team mode, live: hearing other users' changes (LISTEN/NOTIFY) and who has a record open."""

from __future__ import annotations

import contextlib
import select
import time
from collections.abc import Iterator

import psycopg
import pytest

from desk.services import presence
from desk.services.signals import create_signal
from desk.store.errors import StoreError
from desk.store.team import open_team_store
from desk.store.team_listen import Change, Listener
from tests.conftest import team_url
from tests.helpers import draft

# How long a test may wait for a notification before it fails (never a pause it relies on).
WAIT_S = 60.0


@contextlib.contextmanager
def logged_in(pg_server, db: str, user: str) -> Iterator:
    store = open_team_store(team_url(pg_server, db, user))
    try:
        yield store
    finally:
        store.close()


def wait_for(listener: Listener, wanted: Change) -> list[Change]:
    """Everything the listener hears until ``wanted`` arrives (waits on its socket)."""
    heard: list[Change] = []
    deadline = time.monotonic() + WAIT_S
    while wanted not in heard:
        left = deadline - time.monotonic()
        assert left > 0, f"no {wanted} within {WAIT_S} s; heard {heard}"
        select.select([listener.fileno()], [], [], left)
        heard += listener.drain()
    return heard


def test_listener_hears_another_users_insert(pg_server, team_db, team_store):
    with Listener.open(team_store) as listener, logged_in(pg_server, team_db, "bram") as bram:
        assert listener.drain() == []
        assert team_store.session_pid == listener.pid
        create_signal(bram, draft(bram, title="Heard by anna"))
        heard = wait_for(listener, Change("signal", "bram"))
        assert heard.count(Change("signal", "bram")) == 1  # one per statement, not per row
        assert listener.drain() == []  # drained: nothing is reported twice


def test_listener_close_is_safe_after_the_server_dropped_it(pg_server, team_store):
    listener = Listener.open(team_store)
    with psycopg.connect(pg_server.admin_dsn(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (listener.pid,))
    with pytest.raises(StoreError) as failure:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:  # the socket says when the server's goodbye arrives
            select.select([listener.fileno()], [], [], WAIT_S)
            assert listener.drain() == []
    assert "\n" not in str(failure.value)
    listener.close()
    listener.close()
    assert not listener.is_open
    with Listener.open(team_store) as again:  # a new one works: reconnecting is opening again
        assert again.is_open and again.pid != listener.pid
        assert team_store.session_pid == again.pid


def test_presence_names_the_other_users_with_the_record_open(pg_server, team_db, team_store):
    with (
        logged_in(pg_server, team_db, "bram") as bram,
        Listener.open(team_store) as anna_session,
        Listener.open(bram) as bram_session,
    ):
        assert presence.others_viewing(team_store, "meeting", 7) == []
        presence.open_record(team_store, "meeting", 7)
        presence.open_record(bram, "meeting", 7)
        presence.open_record(bram, "meeting", 7)  # again: nothing changes
        assert presence.others_viewing(team_store, "meeting", 7) == ["bram"]
        assert presence.others_viewing(bram, "meeting", 7) == ["anna"]
        assert presence.others_viewing(team_store, "meeting", 8) == []
        # Opening and closing is announced, so open pages can say who came and went.
        wait_for(anna_session, Change("desk_presence", "bram"))
        presence.close_record(bram, "meeting", 7)
        wait_for(anna_session, Change("desk_presence", "bram"))
        assert presence.others_viewing(team_store, "meeting", 7) == []
        assert presence.others_viewing(bram, "meeting", 7) == ["anna"]
        presence.open_record(bram, "meeting", 7)
        assert bram_session.pid


def test_presence_of_a_session_that_ended_does_not_linger(pg_server, team_db, team_store):
    with logged_in(pg_server, team_db, "bram") as bram, Listener.open(team_store):
        bram_session = Listener.open(bram)
        presence.open_record(bram, "meeting", 7)
        assert presence.others_viewing(team_store, "meeting", 7) == ["bram"]
        with psycopg.connect(pg_server.admin_dsn(), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (bram_session.pid,))
            # the server takes the process down asynchronously: wait for it to be gone
            deadline = time.monotonic() + WAIT_S
            while admin.execute(
                "SELECT 1 FROM pg_stat_activity WHERE pid = %s", (bram_session.pid,)
            ).fetchone():
                assert time.monotonic() < deadline
                select.select([], [], [], 0.01)
        bram_session.close()
        assert presence.others_viewing(team_store, "meeting", 7) == []
        presence.open_record(team_store, "meeting", 8)  # sweeps the dead session's row away
        with psycopg.connect(pg_server.admin_dsn(db=team_db)) as admin:
            rows = admin.execute("SELECT role_name FROM desk_presence ORDER BY 1").fetchall()
        assert rows == [("anna",)]


def test_presence_on_a_local_store_is_nobody(local_store):
    presence.open_record(local_store, "meeting", 1)
    assert presence.others_viewing(local_store, "meeting", 1) == []
    presence.close_record(local_store, "meeting", 1)
