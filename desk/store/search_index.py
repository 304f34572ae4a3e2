"""The full-text index of signals, whichever database holds them: the one module services use.

SQLite's FTS5 (``fts``) and PostgreSQL's tsvector (``pg_search``) give the same results for the
same query language; ``signal_text_match`` is one SQL construct that compiles to either, so a
statement built once runs on both. The bulk-load helpers are SQLite's speed-ups and do nothing
on PostgreSQL, where a team member is not the tables' owner and may not drop a trigger.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal, _TraverseInternalsType

from desk.store import aggregates, bulk, fts, pg_search, pg_words, statistics
from desk.store.ordering import unindexed


class _SearchText(sa.types.TypeDecorator[str]):
    """What the user typed, bound as the dialect's own query string (FTS5 or tsquery)."""

    impl = sa.String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: sa.Dialect) -> str | None:
        if value is None:
            return None
        if dialect.name == "postgresql":
            return pg_search.tsquery_terms(value)
        return fts.match_expression(value)


class SignalTextMatch(sa.sql.expression.ColumnElement[bool]):
    """``id_column`` is a signal whose indexed text matches the bound query."""

    type = sa.Boolean()
    inherit_cache = True
    # A condition already: without this SQLite got "id IN (…) = 1", which no index serves
    # (every word search scanned an index of the whole log instead of reading its matches).
    _is_implicitly_boolean = True
    # SQLAlchemy's own convention (its base declares it an instance variable)
    _traverse_internals: _TraverseInternalsType = [  # noqa: RUF012
        ("id_column", InternalTraversal.dp_clauseelement),
        ("query", InternalTraversal.dp_clauseelement),
        ("prefix", InternalTraversal.dp_boolean),
    ]

    def __init__(
        self, id_column: sa.ColumnElement[int], query: sa.BindParameter[str], text: str
    ) -> None:
        self.id_column = id_column
        self.query = query
        # part of the statement's form (its cache key), not of its values: PostgreSQL matches
        # a prefix differently (``pg_search.match_sql``)
        self.prefix = pg_search.has_prefix(text)


@compiles(SignalTextMatch, "sqlite")
def _match_sqlite(element: SignalTextMatch, compiler: SQLCompiler, **kw: Any) -> str:
    id_sql = compiler.process(element.id_column, **kw)
    query = compiler.process(element.query, **kw)
    return f"{id_sql} IN (SELECT rowid FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH {query})"


@compiles(SignalTextMatch, "postgresql")
def _match_postgresql(element: SignalTextMatch, compiler: SQLCompiler, **kw: Any) -> str:
    return pg_search.match_sql(
        compiler.process(element.id_column, **kw),
        compiler.process(element.query, **kw),
        prefix=element.prefix,
    )


def signal_text_match(id_column: sa.ColumnElement[int], text: str) -> sa.ColumnElement[bool] | None:
    """A WHERE clause: ``id_column`` is a signal whose title, summary, source or tags match what
    the user typed; None when nothing searchable was typed (only punctuation, only ``-word``)."""
    if fts.match_expression(text) is None:  # the same rule on both databases
        return None
    return SignalTextMatch(
        id_column, sa.bindparam("search_text", text, type_=_SearchText(), unique=True), text
    )


_FTS = sa.table(fts.FTS_TABLE, sa.column("rowid"))
_SIGNAL = sa.table("signal", sa.column("id"))


def text_match_ids(
    dialect: str, text: str, within: Sequence[sa.Select[Any]] = ()
) -> sa.Select[Any] | None:
    """The ids of the signals whose text matches ``text`` and which are in each of ``within``
    (selects of signal ids), as one select; None when nothing searchable was typed. On SQLite
    it reads the full-text index alone (a signal row costs a page read at a million signals,
    and the words may match tens of thousands): one list for ``id IN (…)`` to start from."""
    if fts.match_expression(text) is None:
        return None
    query = sa.bindparam(None, text, type_=_SearchText())
    if dialect == "postgresql":
        return sa.select(_SIGNAL.c.id).where(
            SignalTextMatch(_SIGNAL.c.id, query, text), *(_SIGNAL.c.id.in_(w) for w in within)
        )
    rowid = _FTS.c.rowid
    return sa.select(rowid).where(
        sa.literal_column(fts.FTS_TABLE).op("MATCH")(query),
        # "+": the index answers rowid = ? one search at a time (for each id in the list)
        *(unindexed(rowid).in_(w) for w in within),
    )


def text_matches(conn: sa.Connection, text: str, limit: int) -> int:
    """How many signals' text matches ``text``, counting up to ``limit`` (from the index
    alone: no signal row is read; on PostgreSQL the planner's estimate)."""
    if conn.dialect.name == "postgresql":  # the planner's estimate (see there)
        return pg_search.matches_estimate(conn, text, limit)
    expr = fts.match_expression(text)
    if expr is None:
        return 0
    sql = (
        f"SELECT count(*) FROM (SELECT rowid FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} "
        "MATCH ? LIMIT ?)"
    )
    return int(conn.exec_driver_sql(sql, (expr, limit)).scalar_one())


# -- schema (migrations) ---------------------------------------------------------------------
def create_signal_index(conn: sa.Connection) -> None:
    if conn.dialect.name == "postgresql":
        pg_search.create_signal_search(conn)
    else:
        fts.create_signal_fts(conn)


def drop_signal_index(conn: sa.Connection) -> None:
    if conn.dialect.name == "postgresql":
        pg_search.drop_signal_search(conn)
    else:
        fts.drop_signal_fts(conn)


def create_word_list(conn: sa.Connection) -> None:
    """PostgreSQL's list of the signals' words, which a query's prefix becomes (``pg_words``);
    SQLite's FTS5 index needs none."""
    if conn.dialect.name == "postgresql":
        for statement in pg_words.create_statements():
            conn.exec_driver_sql(statement)


def drop_word_list(conn: sa.Connection) -> None:
    if conn.dialect.name == "postgresql":
        for statement in pg_words.drop_statements():
            conn.exec_driver_sql(statement)


def after_signal_rebuild(conn: sa.Connection) -> None:
    """After Alembic's batch mode rebuilt ``signal`` (SQLite only: it drops the triggers)."""
    if conn.dialect.name == "sqlite":
        fts.create_signal_triggers(conn)
        if aggregates.exists(conn):  # from migration 0012 on
            aggregates.create_triggers(conn)


# -- bulk loads ------------------------------------------------------------------------------
@dataclass
class BulkLoad:
    """A bulk load of signals: ``ids(n)`` hands out the ids of the next ``n`` rows (so they
    can be written without RETURNING: an executemany on SQLite, one INSERT of a JSON document
    on PostgreSQL); ``written()`` says the rows given ids so far are in the table."""

    ids: Callable[[int], list[int]]
    written: Callable[[], None] = lambda: None


@contextlib.contextmanager
def bulk_indexing(conn: sa.Connection) -> Iterator[BulkLoad]:
    """A bulk load of signals. SQLite indexes their text and counts them (``aggregates``) one
    batch at a time, each as it is written, while its rows are still in the page cache: at the
    end of a load into a large store they had to be read back, 0.2 s of 10,000 rows at a
    million signals. PostgreSQL's generated column indexes each row as it arrives and its
    statement trigger counts them."""
    if conn.dialect.name != "sqlite":
        yield BulkLoad(lambda n: bulk.new_ids(conn, "signal", n))
        return
    with fts.bulk_indexing(conn) as first_id, aggregates.bulk_counting(conn):
        following = indexed = first_id

        def ids(n: int) -> list[int]:
            nonlocal following
            start, following = following, following + n
            return list(range(start, following))

        def written() -> None:
            nonlocal indexed
            if indexed < following:
                fts.index_range(conn, indexed, following)
                aggregates.count_range(conn, indexed, following)
                indexed = following

        yield BulkLoad(ids, written)
        written()


def deferred_indexes(conn: sa.Connection, table: str) -> contextlib.AbstractContextManager[None]:
    if conn.dialect.name != "sqlite":
        return contextlib.nullcontext()
    return bulk.deferred_indexes(conn, table)


def refresh_statistics(conn: sa.Connection) -> None:
    """Fresh planner statistics after a bulk load (PostgreSQL's autovacuum does this itself)."""
    if conn.dialect.name == "sqlite":
        statistics.refresh(conn)
