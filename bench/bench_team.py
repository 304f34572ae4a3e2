"""Issue #15: the trend log's queries, the import and a briefing on PostgreSQL (team mode),
beside the same figures on SQLCipher, at 100,000 and 1,000,000 signals.

The PostgreSQL server is the tests' throw-away server (``tests/pg_server.py``) but durable
(fsync on, as a real one), on this machine; Desk logs in as a contact point, so row-level
security is in force for every query. ``BENCH_TEAM_SIZES=100000`` limits the sizes.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg

from bench.bench_briefing import WINDOW_SIGNALS, _prepare
from bench.bench_signals import PAGE, QUERIES, _write_csv
from bench.common import PASSPHRASE, Result, best_of, timed
from bench.fixtures import copy_of_big_store, open_big_store
from desk import documents as docs
from desk.services.demo import generate_signals
from desk.services.importer import import_signals
from desk.services.reference import load_reference
from desk.services.search import count_signals, parse_query, search_signals
from desk.store import Store, open_store
from desk.store.team import open_team_store
from desk.store.team_admin import add_user, init_team
from tests.pg_server import PgServer, running_server

SIZES = tuple(int(n) for n in os.environ.get("BENCH_TEAM_SIZES", "100000,1000000").split(","))
GENERATE_CHUNK = 100_000
USER, PASSWORD = "anna", "anna-bench-pw"


def _team_database(server: PgServer, size: int) -> str:
    name = f"desk_bench_{size}"
    with psycopg.connect(server.admin_dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    with init_team(server.url(db=name)) as admin:
        add_user(admin, USER, "contact-point", password=PASSWORD)
    t0 = time.perf_counter()
    with open_team_store(server.url(USER, PASSWORD, name)) as store:
        for n, start in enumerate(range(0, size, GENERATE_CHUNK)):
            generate_signals(store, min(GENERATE_CHUNK, size - start), seed=11 + n)
    with psycopg.connect(server.admin_dsn(name), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")  # what autovacuum does after a load, done now
    print(f"(built the {size:,}-signal team database in {time.perf_counter() - t0:.1f} s)")
    return name


def _queries(store: Store, backend: str, size: int) -> Iterator[Result]:
    ref = load_reference(store)
    for label, text, sort, _raw_page, raw_count in QUERIES:
        if "last page" in label:
            continue
        flt = parse_query(text, ref).filter
        seconds = best_of(lambda f=flt, s=sort: search_signals(store, f, s, limit=PAGE))
        yield Result(f"{backend} {size // 1000}k first page: {label}", seconds, budget=0.1)
        if raw_count:
            n = count_signals(store, flt)
            seconds = best_of(lambda f=flt: count_signals(store, f))
            yield Result(f"{backend} {size // 1000}k count: {label} ({n:,})", seconds, budget=0.1)


def _import(store: Store, backend: str, folder: Path) -> Result:
    csv_path = folder / f"100k-{backend}.csv"
    _write_csv(csv_path, 100_000, store)
    seconds, report = timed(lambda: import_signals(store, csv_path))
    return Result(
        f"{backend} import 100,000-row CSV into 100,000",
        seconds,
        budget=10.0,
        note=report.summary(),
    )


def _briefing(store: Store, backend: str) -> Result:
    meeting_id = _prepare(store)
    seconds = best_of(lambda: docs.render(store, "meeting-briefing", meeting_id), repeat=3)
    return Result(f"{backend} briefing, {WINDOW_SIGNALS:,} signals", seconds, budget=5.0)


def run() -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # SQLCipher first, before the server starts: its autovacuum and checkpoints after a
        # load would share this machine's two cores with the local figures.
        for size in SIZES:
            with open_big_store(size) as local:
                results += _queries(local, "sqlcipher", size)
            if size == 100_000:  # the import and the briefing at the size of their budget
                with open_store(copy_of_big_store(folder / "local.db"), PASSPHRASE) as local:
                    results.append(_briefing(local, "sqlcipher"))  # before the import
                    results.append(_import(local, "sqlcipher", folder))
        with running_server(durable=True) as server:
            for size in SIZES:
                name = _team_database(server, size)
                with open_team_store(server.url(USER, PASSWORD, name)) as team:
                    results += _queries(team, "postgres ", size)
                    if size == 100_000:
                        results.append(_briefing(team, "postgres "))
                        results.append(_import(team, "postgres ", folder))
    return results
