"""Issue #19: documents, import, backup and check at 100,000 and 1,000,000 signals.

``BENCH_SCALE_SIZES=100000,1000000`` (the default) chooses the store sizes. On a copy of each
bench store, a DAO series whose windows hold 1,500, 2,000, 10,000 and 60,000 signals (logged
after everything else, so each window holds exactly those):

- the meeting briefing with 2,000 and 10,000 signals in the window and with 60,000 (summarised:
  more than ``SUMMARY_LIMIT``), each next to its floor in the same run (the same story laid out
  by plain reportlab in one build: ``_document_floor``), its queries alone, and the peak memory
  of the 60,000 briefing and minutes made in a fresh process;
- importing a 10,000-row CSV, next to a raw executemany of the same rows;
- ``desk backup`` next to ``cp`` of the same file; the quick ``desk check``.

Min of 3 runs where a run costs seconds, one run of the larger documents (the machine is
shared). Without migration 0012 the copy gets ``ix_signal_logged_at`` / ``ix_signal_updated_at``
made by hand (what 0012 creates), so the window queries can be measured on this branch.
"""

from __future__ import annotations

import dataclasses
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from datetime import time as day_time
from pathlib import Path

import sqlalchemy as sa

from bench.bench_signals import RAW_INSERT, _write_csv
from bench.common import PASSPHRASE, Result, min_of
from bench.fixtures import copy_of_big_store
from desk import documents as docs
from desk.models.enums import Tlp
from desk.models.meetings import MeetingStatus
from desk.services import briefings as br
from desk.services import meetings as mt
from desk.services.briefing_window import SUMMARY_LIMIT
from desk.services.demo import synthetic_drafts
from desk.services.importer import import_signals
from desk.services.reference import load_reference
from desk.services.search import SignalFilter, count_in_session
from desk.services.signals import insert_signals
from desk.services.work import reading
from desk.store import backup_store, open_store
from desk.store.check import quick_check

# signals in the windows of meetings 1–4 of the series (meeting 1's is the first comparison)
WINDOWS = [1_500, 2_000, 10_000, 60_000]
IMPORT_ROWS = 10_000
BUDGET_RSS_MB = 400
WINDOW_INDEXES = {"ix_signal_logged_at": "logged_at", "ix_signal_updated_at": "updated_at"}


def sizes() -> list[int]:
    raw = os.environ.get("BENCH_SCALE_SIZES", "100000,1000000")
    return [int(s) for s in raw.replace("_", "").split(",") if s.strip()]


def _label(size: int) -> str:
    return f"{size // 1_000_000}M" if size >= 1_000_000 else f"{size // 1000}k"


def _window_indexes(store) -> bool:
    """Create the window's indexes if the schema has none (before migration 0012); True if
    they were made here."""
    with store.engine.begin() as conn:
        have = {
            n
            for (n,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'signal'"
            )
        }
        missing = {n: c for n, c in WINDOW_INDEXES.items() if n not in have}
        for name, column in missing.items():
            conn.exec_driver_sql(f"CREATE INDEX {name} ON signal({column})")
    return bool(missing)


def _prepare(store) -> list[int]:
    """A DAO series of five meetings, weeks after the last signal was logged or updated, whose
    windows hold ``WINDOWS`` signals; returns the meetings' ids (the first has no previous)."""
    with store.session() as s:
        latest = s.execute(sa.text("SELECT max(updated_at) FROM signal")).scalar()
    start = datetime.fromisoformat(str(latest)).date() + timedelta(days=60)
    mt.plan_series(store, "DAO", start, day_time(10, 0), count=len(WINDOWS) + 1, chair="Bench")
    meetings = mt.list_meetings(store, "DAO")
    ref = load_reference(store)
    dao = sorted(c for c, r in ref.countries.items() if r.directorate == "DAO")
    rng = random.Random(19)
    drafts = synthetic_drafts(ref, sum(WINDOWS), seed=23)
    when: list[datetime] = []
    for n, size in enumerate(WINDOWS):
        # meeting n + 1's window: from meeting n (the first's: 28 days before it) to itself
        end = meetings[n].starts_at.astimezone(UTC)
        begin = end - timedelta(days=28) if n == 0 else meetings[n - 1].starts_at
        span = int((end - begin.astimezone(UTC)).total_seconds()) - 120
        when += [
            begin.astimezone(UTC) + timedelta(seconds=rng.randint(60, span)) for _ in range(size)
        ]
    drafts = [dataclasses.replace(d, country_code=rng.choice(dao)) for d in drafts]
    with store.transaction() as s:
        insert_signals(s, drafts, ref, actor="bench", logged_at=when)
    for m in meetings[: len(WINDOWS)]:
        mt.set_meeting_status(store, m.id, MeetingStatus.OPEN)
    return [m.id for m in meetings]


def _country_totals(store, data: br.MeetingBriefingData) -> None:
    """The snapshots' whole-log counts per country, as the briefing reads them."""
    with reading(store) as w:
        for snap in data.snapshots:
            flt = SignalFilter(countries=frozenset({snap.code}), max_tlp=Tlp.RED)
            count_in_session(w.session, flt)


def _document_floor(data: br.MeetingBriefingData) -> bytes:
    """The floor of a briefing: the same story Desk builds (every section, table, chart and
    signal block, made afresh as the document makes it) laid out by plain reportlab in one
    ``SimpleDocTemplate.build`` — without Desk's page template, header and footer, contents
    or queries."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from desk.reports.base import DocumentMeta
    from desk.reports.meeting_briefing import MeetingBriefing

    meta = DocumentMeta("Briefing", data.region, "", data.tlp, data.lang, datetime.now(UTC))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(MeetingBriefing(data, meta).story())
    return buffer.getvalue()


# The peak RSS of the child alone: VmHWM belongs to its own memory, while ru_maxrss keeps the
# parent's peak across fork and exec (the parent had imported 10,000 rows: its RSS, not the
# document's, was what the figure showed).
_CHILD = """
import resource, sys, time
from pathlib import Path
from desk import documents as docs
from desk.store import open_store
with open_store(Path(sys.argv[1]), sys.argv[2]) as store:
    t0 = time.perf_counter()
    rendered = docs.render(store, sys.argv[3], int(sys.argv[4]))
    seconds = time.perf_counter() - t0
try:
    status = Path("/proc/self/status").read_text().splitlines()
    peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(seconds, peak_kb, len(rendered.pdf))
"""


def _in_child(db: Path, kind: str, meeting_id: int) -> tuple[float, float, int]:
    """Seconds, peak RSS (MB) and PDF size of one document made in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(db), PASSPHRASE, kind, str(meeting_id)],
        check=True,
        capture_output=True,
        text=True,
    )
    seconds, peak_kb, size = done.stdout.split()
    return float(seconds), int(peak_kb) / 1024, int(size)


BRIEFING_ROWS = {2_000: "briefing_2k", 10_000: "briefing_10k"}


def _documents(store, db: Path, ids: list[int], tag: str, size: int) -> list[Result]:
    results = []
    for n, window in enumerate(WINDOWS[1:], start=1):
        mid = ids[n]
        data = br.meeting_briefing_data(store, mid)
        listed = sum(len(v) for _, v in data.signals_by_country)
        summarised = window > SUMMARY_LIMIT and data.more
        repeat = 3 if window <= 2_000 else 1
        queries = min_of(lambda m=mid: br.meeting_briefing_data(store, m), repeat)
        totals = min_of(lambda d=data: _country_totals(store, d), repeat)
        full = min_of(lambda m=mid: docs.render(store, "meeting-briefing", m), repeat)
        floor = min_of(lambda d=data: _document_floor(d), repeat)
        how = f"summarised: {listed:,} listed" if summarised else f"{listed:,} listed"
        results += [
            Result(
                f"[{tag}] briefing, {window:,} in the window",
                full,
                budget=2 * floor,
                baseline=floor,
                note=f"{how}; floor: plain reportlab, the same story in one build",
                row=BRIEFING_ROWS.get(window, ""),
                size=size,
            ),
            Result(
                f"[{tag}]   of which: its queries",
                queries,
                budget=0.5,
                # the table's row is the largest window's queries
                row="briefing_queries" if window == WINDOWS[-1] else "",
                size=size,
            ),
            Result(
                f"[{tag}]     of which: whole-log total per country",
                totals,
                note=f"{len(data.snapshots)} counts; from 0012's maintained counts once merged",
            ),
        ]
    big = ids[len(WINDOWS) - 1]
    for kind in ("meeting-briefing", "minutes"):
        seconds, peak, pdf = _in_child(db, kind, big)
        results.append(
            Result(
                f"[{tag}] {kind}, {WINDOWS[-1]:,} in the window (fresh process)",
                seconds,
                note=f"peak RSS {peak:,.0f} MB (budget {BUDGET_RSS_MB} MB); PDF {pdf / 1e6:.2f} MB",
                row="briefing_60k" if kind == "meeting-briefing" else "",
                size=size,
            )
        )
    return results


def _import(size: int, folder: Path, tag: str) -> list[Result]:
    target = copy_of_big_store(folder / "import.db", size)
    raw_db = copy_of_big_store(folder / "raw.db", size)
    csv_path = folder / "rows.csv"
    # The two copies (3 GB at 1M) are written back by the kernel while they are dirty: flushed
    # here, so that the import's commit does not wait behind the bench's own copying.
    os.sync()
    with open_store(target, PASSPHRASE) as store:
        raw_rows = _write_csv(csv_path, IMPORT_ROWS, store)
        t0 = time.perf_counter()
        report = import_signals(store, csv_path)
        seconds = time.perf_counter() - t0
    with open_store(raw_db, PASSPHRASE) as store:
        conn = store.raw_connection()
        try:
            t0 = time.perf_counter()
            conn.execute("BEGIN")
            conn.executemany(RAW_INSERT, raw_rows)
            conn.execute("COMMIT")
            raw_s = time.perf_counter() - t0
        finally:
            conn.close()
    for p in folder.glob("*.db*"):
        if p.name.startswith(("import.db", "raw.db")):
            p.unlink()
    return [
        Result(
            f"[{tag}] import {IMPORT_ROWS:,} rows",
            seconds,
            budget=3.0,
            baseline=raw_s,
            note=f"{report.summary()}; baseline = raw executemany (FTS triggers on)",
            row="import_10k",
            size=size,
        )
    ]


def _store_ops(store, db: Path, folder: Path, tag: str, size: int) -> list[Result]:
    copy = folder / "cp.db"
    # What the bench itself wrote before (the store's copy, the window's signals, the
    # documents) is flushed first: the backup's one flush must not write it too, as the
    # import's commit must not (see _import).
    os.sync()

    def cp() -> None:
        subprocess.run(["cp", str(db), str(copy)], check=True)

    cp_s = min_of(cp)
    copy.unlink()
    backup_s = min_of(lambda: backup_store(store, folder / "backup.db"))
    check_s = min_of(lambda: quick_check(store))
    return [
        Result(
            f"[{tag}] desk backup",
            backup_s,
            budget=3 * cp_s,
            baseline=cp_s,
            note=f"baseline = cp of the {db.stat().st_size / 1e6:,.0f} MB file; budget 3x cp",
            row="backup",
            size=size,
        ),
        Result(f"[{tag}] desk check (quick)", check_s, budget=5.0, row="check_quick", size=size),
    ]


def run() -> list[Result]:
    results: list[Result] = []
    for size in sizes():
        tag = _label(size)
        with tempfile.TemporaryDirectory(dir=Path(__file__).parent / "out") as tmp:
            folder = Path(tmp)
            results += _import(size, folder, tag)
            db = copy_of_big_store(folder / "docs.db", size)
            with open_store(db, PASSPHRASE) as store:
                by_hand = _window_indexes(store)
                t0 = time.perf_counter()
                ids = _prepare(store)
                note = "window indexes made by hand (no 0012); " if by_hand else ""
                print(
                    f"({tag}: {note}{sum(WINDOWS):,} window signals added in "
                    f"{time.perf_counter() - t0:.0f} s)",
                    flush=True,
                )
                with store.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                results += _documents(store, db, ids, tag, size)
                results += _store_ops(store, db, folder, tag, size)
            shutil.rmtree(folder, ignore_errors=True)
    return results
