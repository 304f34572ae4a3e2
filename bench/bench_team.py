"""Issue #19 on PostgreSQL (team mode): the rows of the issue's table at 100,000 and 1,000,000
signals, through the service calls the app makes.

The databases live in a cluster kept in ``bench/out`` (``bench.team_cluster``: built once,
about ten minutes at a million; build it with ``nice``). Desk logs in as a contact point, so
row-level security is in force for every query. Each figure is the minimum of 3 runs after a
warm-up; the import and the briefings run on a copy of the database (dropped afterwards), the
briefings (``bench_scale_docs``'s meeting series) next to their plain-reportlab floor. The SQLCipher figures
of the same rows come from ``scale_queries`` and ``scale_docs``.

``BENCH_TEAM_SIZES=100000`` limits the sizes.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench.bench_scale_docs import WINDOWS, _document_floor
from bench.bench_scale_docs import _prepare as _prepare_meetings
from bench.bench_scale_queries import ROWS as QUERY_ROWS
from bench.bench_scale_queries import TABLE_ROWS
from bench.bench_signals import _write_csv
from bench.common import Result, min_of
from bench.team_cluster import PASSWORD, USER, cluster, database, scratch_copy
from desk import documents as docs
from desk.services import briefings as br
from desk.services.importer import import_signals
from desk.services.reference import load_reference
from desk.store import Store
from desk.store.team import open_team_store
from tests.pg_server import PgServer

SIZES = tuple(int(n) for n in os.environ.get("BENCH_TEAM_SIZES", "100000,1000000").split(","))
IMPORT_ROWS = 10_000


def _label(size: int) -> str:
    return f"{size // 1_000_000}M" if size >= 1_000_000 else f"{size // 1000}k"


def _queries(store: Store, size: int) -> list[Result]:
    """The scale bench's rows (the same service calls: counts, charts, "k" and "kyr" typed,
    filters, sorts, the last page), as a contact point."""
    ref = load_reference(store)
    results = []
    for label, budget, run, _floor_sql in QUERY_ROWS:
        run(store, ref)  # warm: the first run reads the pages from disk
        seconds = min_of(lambda run=run: run(store, ref))
        results.append(
            Result(
                f"[PG {_label(size)}] {label}",
                seconds,
                budget=budget,
                row=TABLE_ROWS.get(label, ""),
                size=size,
                backend="pg",
            )
        )
    return results


def _writes(server: PgServer, name: str, size: int, folder: Path) -> list[Result]:
    """On a copy: the briefings whose windows hold 2,000 and 10,000 signals (the SQLCipher
    bench's series: logged after everything else), then an import of 10,000 rows."""
    results = []
    tag = f"[PG {_label(size)}]"
    with (
        scratch_copy(server, name) as copy,
        open_team_store(server.url(USER, PASSWORD, copy)) as store,
    ):
        ids = _prepare_meetings(store)
        for n, row in ((1, "briefing_2k"), (2, "briefing_10k")):
            meeting_id, window = ids[n], WINDOWS[n]
            data = br.meeting_briefing_data(store, meeting_id)
            repeat = 3 if window <= 2_000 else 1
            seconds = min_of(lambda m=meeting_id: docs.render(store, "meeting-briefing", m), repeat)
            floor = min_of(lambda d=data: _document_floor(d), repeat)
            queries = min_of(lambda m=meeting_id: br.meeting_briefing_data(store, m), repeat)
            results += [
                Result(
                    f"{tag} briefing, {window:,} in the window",
                    seconds,
                    budget=2 * floor,
                    baseline=floor,
                    note="floor: plain reportlab, same text and table lines",
                    row=row,
                    size=size,
                    backend="pg",
                ),
                Result(f"{tag}   of which: its queries", queries, budget=0.5),
            ]
        csv_path = folder / "rows.csv"
        _write_csv(csv_path, IMPORT_ROWS, store)
        t0 = time.perf_counter()
        report = import_signals(store, csv_path)
        results.append(
            Result(
                f"{tag} import {IMPORT_ROWS:,} rows",
                time.perf_counter() - t0,
                budget=3.0,
                note=f"{report.summary()} (one run, on a copy)",
                row="import_10k",
                size=size,
                backend="pg",
            )
        )
    return results


def run() -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp, cluster() as server:
        for size in SIZES:
            name = database(server, size)
            with open_team_store(server.url(USER, PASSWORD, name)) as team:
                results += _queries(team, size)
            results += _writes(server, name, size, Path(tmp))
    return results
