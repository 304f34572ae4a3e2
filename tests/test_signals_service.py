"""Signals: create, edit, status, archive, audit trail."""

from __future__ import annotations

import pytest

from desk.models.enums import Category, SignalStatus, Tlp
from desk.services.signals import (
    SignalNotFound,
    archive_signals,
    create_signal,
    get_signal,
    set_status,
    signal_history,
    update_signal,
)
from tests.helpers import draft, expected_actor


def test_create_and_read_back(store) -> None:
    sid = create_signal(store, draft(store, hs_codes="8542.31; 8457.10; 9403.60"), actor="anna")
    s = get_signal(store, sid)
    assert (s.country_code, s.region, s.grade, s.tlp, s.status) == (
        "TH",
        "DAO",
        "B2",
        Tlp.AMBER,
        SignalStatus.NEW,
    )
    assert s.category == Category.RE_EXPORT
    assert [(h.code.digits, h.tier) for h in s.hs_codes] == [
        ("845710", "4.B"),
        ("854231", "1"),
        ("940360", None),
    ]
    assert s.chpi_tier == "1"  # the most critical tier among its codes
    assert s.tags == ["chips", "demo"]
    assert s.author == "anna"
    (entry,) = signal_history(store, sid)
    assert (entry.actor, entry.action) == ("anna", "create")


def test_edit_is_audited_per_field(store) -> None:
    sid = create_signal(store, draft(store), actor="anna")
    before = get_signal(store, sid).updated_at
    changed = update_signal(
        store,
        sid,
        draft(store, title="Renamed title", reliability="A", credibility="1"),
        actor="bert",
    )
    assert sorted(changed) == ["credibility", "reliability", "title"]
    s = get_signal(store, sid)
    assert (s.title, s.grade) == ("Renamed title", "A1")
    assert s.updated_at >= before
    edits = [e for e in signal_history(store, sid) if e.action == "update"]
    assert {(e.field, e.old_value, e.new_value) for e in edits} == {
        ("title", "Chip re-exports via Bangkok distributors", "Renamed title"),
        ("reliability", "B", "A"),
        ("credibility", "2", "1"),
    }
    assert {e.actor for e in edits} == {expected_actor(store, "bert")}
    assert len({e.change_id for e in edits}) == 1  # one change, three fields


def test_edit_without_changes_writes_nothing(store) -> None:
    sid = create_signal(store, draft(store), actor="anna")
    assert update_signal(store, sid, draft(store), actor="anna") == []
    assert len(signal_history(store, sid)) == 1


def test_hs_code_edit_updates_tier(store) -> None:
    sid = create_signal(store, draft(store, hs_codes="8542.31"))
    update_signal(store, sid, draft(store, hs_codes="8482.10"))
    s = get_signal(store, sid)
    assert s.chpi_tier == "3.B" and [h.code.digits for h in s.hs_codes] == ["848210"]


def test_an_edit_keeps_the_codes_tiers_and_the_signals_tier_from_one_reference(store) -> None:
    """A signal's own tier (``tier_rank``: its sort, PostgreSQL's tier bound) and its codes'
    tiers (the tier filter) are both taken from the CHPI reference of the last save, even when
    the codes did not change: a tier filter and the tier column never disagree."""
    import sqlalchemy as sa

    from desk.services.query import SignalFilter
    from desk.services.search import count_signals

    sid = create_signal(store, draft(store, title="Chips", hs_codes="8542.31"))
    assert get_signal(store, sid).chpi_tier == "1"
    with store.transaction() as s:  # a newer CHPI list moves the code to tier 2
        s.execute(sa.text("UPDATE chpi_item SET tier = '2' WHERE hs6 = '854231'"))
    update_signal(store, sid, draft(store, title="Chips again", hs_codes="8542.31"))
    assert get_signal(store, sid).chpi_tier == "2"
    assert count_signals(store, SignalFilter(tiers=frozenset({"2"}))) == 1
    assert count_signals(store, SignalFilter(tiers=frozenset({"1"}))) == 0


def test_status_for_several_and_archive(store) -> None:
    ids = [create_signal(store, draft(store, title=f"Signal {i}")) for i in range(3)]
    assert set_status(store, ids, SignalStatus.REVIEWED, actor="cp") == 3
    assert set_status(store, ids, SignalStatus.REVIEWED, actor="cp") == 0  # already so
    assert archive_signals(store, ids[:1], actor="cp") == 1
    assert get_signal(store, ids[0]).status == SignalStatus.ARCHIVED
    status_entries = [e for e in signal_history(store, ids[0]) if e.field == "status"]
    assert [(e.old_value, e.new_value) for e in status_entries] == [
        ("new", "reviewed"),
        ("reviewed", "archived"),
    ]


def test_unknown_signal(store) -> None:
    with pytest.raises(SignalNotFound):
        get_signal(store, 999)
    with pytest.raises(SignalNotFound):
        set_status(store, [999], SignalStatus.REVIEWED)


def test_a_bulk_load_is_stored_and_indexed_like_single_signals(store) -> None:
    """From BULK_THRESHOLD rows the ids are assigned up front and the rows go in one statement
    per batch (SQLite: executemany and one indexing pass; PostgreSQL: one JSON document)."""
    from desk.services.query import SignalFilter
    from desk.services.reference import load_reference
    from desk.services.search import count_signals
    from desk.services.signals import BULK_THRESHOLD, insert_signals

    n = BULK_THRESHOLD + 7
    drafts = [
        draft(store, title=f"Bulk lathe {i}", hs_codes="8458.11; 8542.31", summary="Valves")
        for i in range(n)
    ]
    with store.transaction() as s:
        ids = insert_signals(s, drafts, load_reference(store), actor="bulk", batch=200)
    assert len(set(ids)) == n
    assert get_signal(store, ids[-1]).title == f"Bulk lathe {n - 1}"
    assert [c.display for c in get_signal(store, ids[3]).hs_codes] == ["8458.11", "8542.31"]
    assert count_signals(store, SignalFilter(text="valves lathe")) == n
    assert create_signal(store, draft(store, title="After the load")) > max(ids)


def test_a_server_database_gets_each_batch_prepared_while_it_stores_the_one_before(
    team_store, monkeypatch
) -> None:
    """On PostgreSQL the rows, codes and JSON documents of a batch are made on a second thread
    (the server stores one batch meanwhile); the main thread only sends them."""
    import threading

    from desk.services import signals as signals_module
    from desk.services.reference import load_reference
    from desk.services.signals import BULK_THRESHOLD, insert_signals

    made_on: list[tuple[str, str]] = []
    real = signals_module.prepare_rows

    def recording(dialect, table, rows):
        made_on.append((table.name, threading.current_thread().name))
        return real(dialect, table, rows)

    monkeypatch.setattr(signals_module, "prepare_rows", recording)
    drafts = [
        draft(team_store, title=f"Ahead {i}", hs_codes="8542.31") for i in range(BULK_THRESHOLD)
    ]
    with team_store.transaction() as s:
        ids = insert_signals(s, drafts, load_reference(team_store), actor="bulk", batch=200)
    assert len(made_on) == 6  # 3 batches: signals and their codes
    assert all(name.startswith("desk-build") for _table, name in made_on)
    assert len(set(ids)) == BULK_THRESHOLD
    assert [c.display for c in get_signal(team_store, ids[-1]).hs_codes] == ["8542.31"]


def test_a_bulk_load_goes_in_its_databases_order_and_returns_ids_in_input_order(store) -> None:
    """A bulk load is written in the database's load order (SQLite: by date, each date-keyed
    index walked forwards once; PostgreSQL: by country, then date, so a country's signals
    share pages), with new time-ordered UUIDs; the ids still come back in the drafts' order."""
    import random
    import uuid
    from datetime import date, timedelta

    from desk.services.reference import load_reference
    from desk.services.signals import BULK_THRESHOLD, insert_signals
    from desk.store.bulk import signal_load_order

    days = list(range(BULK_THRESHOLD + 40))
    random.Random(5).shuffle(days)
    drafts = [
        draft(
            store,
            title=f"Dated {d}",
            country=("CN", "KZ", "TH")[d % 3],
            observed_on=(date(2024, 1, 1) + timedelta(d)).isoformat(),
        )
        for d in days
    ]
    with store.transaction() as s:
        ids = insert_signals(s, drafts, load_reference(store), actor="bulk", batch=150)
        order = signal_load_order(s.connection())
    stored = [get_signal(store, sid) for sid in ids]
    assert [s.title for s in stored] == [d.title for d in drafts]
    by_id = sorted(stored, key=lambda s: s.id)
    if store.dialect == "postgresql":
        assert order == ("country_code", "observed_on")
        key = [(s.country_code, s.observed_on) for s in by_id]
        with store.engine.connect() as conn:  # and so on disk: a country's rows together
            on_disk = conn.exec_driver_sql("SELECT country_code FROM signal ORDER BY ctid").all()
        assert [c for (c,) in on_disk] == sorted(c for (c,) in on_disk)
    else:
        assert order == ("observed_on",)
        key = [s.observed_on for s in by_id]
    assert key == sorted(key)
    assert {uuid.UUID(s.uuid).version for s in stored} == {7}


def test_a_bulk_load_leaves_its_pages_in_the_wal_until_folded_in_the_background(
    local_store, monkeypatch
) -> None:
    """The commit of a bulk load does not fold its pages back into the file (0.5 s of an
    import at a million signals); ``fold_wal`` does, and so does the next ordinary commit."""
    import os

    from desk.services.reference import load_reference
    from desk.services.signals import BULK_THRESHOLD, insert_signals
    from desk.store import engine

    store = local_store
    # a test's load is a few hundred pages: fold from ten on (SQLite's default is 1,000)
    monkeypatch.setattr(engine, "AUTOCHECKPOINT_PAGES", 10)
    store.engine.dispose()

    def file_size() -> int:
        return os.path.getsize(store.path)

    with store.engine.connect() as conn:  # start from a folded WAL
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_size()
    drafts = [draft(store, title=f"Loaded {n}") for n in range(BULK_THRESHOLD)]
    with store.transaction() as s:
        ids = insert_signals(s, drafts, load_reference(store), actor="bulk")
    assert file_size() == before  # all of it in the WAL, readable from there
    assert get_signal(store, ids[-1]).title == f"Loaded {BULK_THRESHOLD - 1}"

    store.fold_wal()
    assert file_size() > before

    # back in the pool, the load's connection folds at its commits again
    with store.engine.connect() as one, store.engine.connect() as other:
        assert {c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() for c in (one, other)} == {
            10
        }


def test_time_ordered_uuids_sort_by_their_millisecond(monkeypatch) -> None:
    import uuid
    from types import SimpleNamespace

    from desk.services import identifiers

    monkeypatch.delattr(uuid, "uuid7", raising=False)  # Desk's own layout, also on 3.14
    made = []
    for ms in (1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000):
        clock = SimpleNamespace(time_ns=lambda ms=ms: ms * 1_000_000)
        monkeypatch.setattr(identifiers, "time", clock)
        made.append(identifiers.time_ordered_uuid())
    assert sorted(str(u) for u in made) == [str(u) for u in made]
    assert {(u.version, u.variant) for u in made} == {(7, uuid.RFC_4122)}
    assert int(made[0].hex[:12], 16) == 1_700_000_000_000
