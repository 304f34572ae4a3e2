"""Preparing the next batch of a bulk write while the database server stores the current one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def built_ahead(build: Callable[[K], V], keys: Iterable[K]) -> Iterator[tuple[K, V]]:
    """``(key, build(key))`` for each key in order, building the next one on a second thread
    while the caller uses this one.

    For a database in another process (PostgreSQL): while the server stores batch n, the
    client turns batch n + 1's drafts into rows and the statement's JSON document (pure
    Python). With SQLite, which works in
    this process, the two threads only took turns (an import got slower). ``build`` must not
    touch the caller's session or connection.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-build") as pool:
        pending: tuple[K, Future[V]] | None = None
        for key in keys:
            following = (key, pool.submit(build, key))
            if pending is not None:
                yield pending[0], pending[1].result()
            pending = following
        if pending is not None:
            yield pending[0], pending[1].result()
