"""Every trend-log query at scale: (words) × (filters) × (sorts), first, middle and last pages.

``PYTHONPATH=. python -m bench.query_matrix 1000000 [--only WORDS] [--slow MS]`` times, on the
bench store of that size, what the trend log asks for each combination: the first page with
its capped count (``first_pages``), a page in the middle (by offset, as a scroll into the middle
without a loaded neighbour asks) and the last page (``search_backwards``). Each statement runs
under a deadline (a plan disaster is reported, not waited for); for every operation over the
budget it prints the slowest statement and its ``EXPLAIN QUERY PLAN``. One run each (min of 3
for those over the budget): a screen for bad plans, not the bench (``bench_scale_queries``).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

from bench.fixtures import open_big_store
from desk.services.reference import load_reference
from desk.services.search import (
    COUNT_CAP,
    Sort,
    first_pages,
    parse_query,
    search_backwards,
    search_signals,
)

PAGE = 200
DEADLINE_S = 2.0
WORDS = ["", "kyr", "kyrgyz", "oscilloscopes kyrgyz"]
SINCE = (date.today() - timedelta(days=90)).isoformat()
FILTERS = [
    "",
    "tier:1",
    "grade:<=C3",
    "region:DAO",
    "country:AM",
    f"since:{SINCE}",
    "category:re-export",
    "status:new",
    "region:DAO tier:1 grade:<=C3",
]
SORT_KEYS = ["observed_on", "country", "grade", "status", "tier", "category"]

_log: list[tuple[float, str, Any]] = []
_started: list[float] = []


class TooSlow(Exception):
    pass


def _install(engine: sa.Engine) -> None:
    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        deadline = time.perf_counter() + DEADLINE_S
        raw = conn.connection.dbapi_connection
        raw.set_progress_handler(lambda: int(time.perf_counter() > deadline), 20_000)
        _started.append(time.perf_counter())

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        _log.append((time.perf_counter() - _started.pop(), statement, parameters))

    @event.listens_for(engine, "handle_error")
    def _error(ctx):  # type: ignore[no-untyped-def]
        if _started:
            _log.append((time.perf_counter() - _started.pop(), ctx.statement, ctx.parameters))


def _timed(fn: Callable[[], Any]) -> tuple[float, Any, list[tuple[float, str, Any]]]:
    _log.clear()
    t0 = time.perf_counter()
    try:
        got = fn()
    except sa.exc.OperationalError as exc:
        if "interrupt" not in str(exc):
            raise
        got = TooSlow()
    return time.perf_counter() - t0, got, list(_log)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("size", type=int)
    parser.add_argument("--only", action="append", help="only these words")
    parser.add_argument("--filter", action="append", help="only these filters")
    parser.add_argument("--sort", action="append", help="only these sort keys")
    parser.add_argument("--slow", type=float, default=100.0, help="budget in ms")
    parser.add_argument("--ops", default="first,middle,last")
    args = parser.parse_args()
    ops = args.ops.split(",")
    slow: list[str] = []
    with open_big_store(args.size) as store:
        for engine in {store.engine, *getattr(store, "engines", lambda: [])()}:
            _install(engine)
        ref = load_reference(store)
        for words in args.only or WORDS:
            for filters in args.filter or FILTERS:
                flt = parse_query(f"{filters} {words}".strip(), ref).filter
                for key in args.sort or SORT_KEYS:
                    for descending in (True, False):
                        sort = Sort(key, descending)
                        _combo(
                            store,
                            flt,
                            sort,
                            f"{words!r:24} {filters!r:30} {key:11} "
                            f"{'desc' if descending else 'asc ':4}",
                            ops,
                            args.slow,
                            slow,
                        )
    print(f"\n{len(slow)} over {args.slow:.0f} ms:")
    for line in slow:
        print(line)


def _combo(
    store: Any, flt: Any, sort: Sort, label: str, ops: list[str], budget: float, slow: list[str]
) -> None:
    count = None
    cells = []
    for op in ops:
        if op == "first":
            fn = lambda: first_pages(  # noqa: E731
                store, flt, sort, page_size=PAGE, within=12_000, cap=COUNT_CAP
            )
        elif op == "last":
            fn = lambda: search_backwards(store, flt, sort, limit=PAGE)  # noqa: E731
        else:
            if not count:
                cells.append(f"{op} -")
                continue
            middle = count // 2 // PAGE * PAGE
            fn = lambda m=middle: search_signals(store, flt, sort, offset=m, limit=PAGE)  # noqa: E731
        took, got, log = _timed(fn)
        if took * 1000 > budget and not isinstance(got, TooSlow):  # a cold first run
            for _ in range(2):
                again, _got, log2 = _timed(fn)
                if again < took:
                    took, log = again, log2
        if op == "first" and not isinstance(got, TooSlow):
            count = got.count
        mark = "TIMEOUT" if isinstance(got, TooSlow) else f"{took * 1000:7.1f}"
        cells.append(f"{op} {mark}")
        if isinstance(got, TooSlow) or took * 1000 > budget:
            worst = max(log, key=lambda e: e[0]) if log else (0.0, "", ())
            plan = _plan(store, worst[1], worst[2])
            slow.append(
                f"{label} {op} {mark} ms\n    {worst[0] * 1000:.1f} ms: "
                f"{' '.join(worst[1].split())[:600]} {worst[2]!r:.200}\n{plan}"
            )
    print(f"{label} count {count!s:>7} " + "  ".join(cells), flush=True)


def _plan(store: Any, statement: str, parameters: Any) -> str:
    if not statement:
        return ""
    raw = store.raw_connection()
    try:
        rows = raw.execute("EXPLAIN QUERY PLAN " + statement, parameters or ()).fetchall()
    finally:
        raw.close()
    return "\n".join(f"      {r[0]:>3} {r[1]:>3} {r[3]}" for r in rows)


if __name__ == "__main__":
    main()
