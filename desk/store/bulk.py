"""Bulk inserts straight to the driver, for imports of tens of thousands of rows.

SQLAlchemy's executemany builds and processes a parameter dictionary per row, which costs more
than SQLite's own work at this size. Here each column's bind processor (dates, the UTC type) is
looked up once and the rows go to the DBAPI's executemany as tuples.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

# The fields a bulk load of signals is sorted by before it is written, per database: the order
# of its rows on disk (the bench keys its team database by it).
SIGNAL_LOAD_ORDER: dict[str, tuple[str, ...]] = {
    "sqlite": ("observed_on",),
    "postgresql": ("country_code", "observed_on"),
}


def signal_load_order(conn: sa.Connection) -> tuple[str, ...]:
    """What a bulk load of signals sorts its rows by. SQLite: the date, so each date-keyed
    index is walked forwards once (a page the load is done with is never read and decrypted
    again). PostgreSQL, whose pages stay in shared memory and are not decrypted per read: the
    country, then the date, so a country's signals of one load share pages. A search whose
    matches gather in a few countries, a region or a country page then reads a fraction of the
    pages: "kyrgyz" at a million signals, loaded 100,000 at a time, 53,000 → 9,000 pages (its
    matches per country: 90 → 55 ms)."""
    return SIGNAL_LOAD_ORDER.get(conn.dialect.name, SIGNAL_LOAD_ORDER["sqlite"])


@dataclass(frozen=True)
class PreparedRows:
    """Rows turned into what the driver sends (``prepare_rows``), to insert later."""

    table: str
    columns: list[str]
    values: list[tuple[Any, ...]] | str  # tuples (SQLite), one JSON document (PostgreSQL)


def prepare_rows(
    dialect: sa.Dialect, table: sa.Table, rows: Sequence[dict[str, Any]]
) -> PreparedRows | None:
    """``rows`` (dicts with the same keys) through their columns' bind processors, as the
    driver takes them; None for no rows. Needs no connection: a bulk load prepares its next
    batch on another thread while the server stores this one (``ahead.built_ahead``)."""
    if not rows:
        return None
    columns = list(rows[0])
    processors = [table.c[name].type.bind_processor(dialect) for name in columns]
    values = [
        tuple(
            p(row[c]) if p is not None else row[c] for c, p in zip(columns, processors, strict=True)
        )
        for row in rows
    ]
    if dialect.name == "postgresql":
        document = json.dumps(
            [dict(zip(columns, row, strict=True)) for row in values], default=_json_value
        )
        return PreparedRows(table.name, columns, document)
    return PreparedRows(table.name, columns, values)


def insert_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in the connection's transaction:
    one executemany on SQLite, one INSERT of a JSON document on PostgreSQL."""
    if rows and conn.dialect.name != "postgresql" and conn.dialect.paramstyle != "qmark":
        conn.execute(sa.insert(table), list(rows))  # keep it working elsewhere, if slower
        return
    insert_prepared(conn, prepare_rows(conn.dialect, table, rows))


def insert_prepared(conn: sa.Connection, prepared: PreparedRows | None) -> None:
    """Insert rows ``prepare_rows`` made for this connection's dialect."""
    if prepared is None:
        return
    names = ", ".join(f'"{c}"' for c in prepared.columns)
    if isinstance(prepared.values, str):
        # One statement with the rows as one JSON document, which the server turns into rows
        # of the table's type: a multi-row INSERT of 2,000 rows spends more time in the driver
        # parsing its query text than the server storing them, arrays per column cost as much
        # in the driver's adapters, and COPY is not allowed on a table with row-level security.
        conn.exec_driver_sql(
            f'INSERT INTO "{prepared.table}" ({names}) SELECT {names} '
            f'FROM json_populate_recordset(NULL::"{prepared.table}", %s)',
            (prepared.values,),
        )
        return
    placeholders = ", ".join("?" for _ in prepared.columns)
    conn.exec_driver_sql(
        f'INSERT INTO "{prepared.table}" ({names}) VALUES ({placeholders})', prepared.values
    )


def _json_value(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a bulk insert")


def new_ids(conn: sa.Connection, table: str, count: int) -> list[int]:
    """``count`` new ids for ``table`` from its sequence (PostgreSQL), for rows inserted with
    one statement whose ids the caller needs (their child rows)."""
    found = conn.exec_driver_sql(
        "SELECT nextval(pg_get_serial_sequence(%(t)s, 'id')) FROM generate_series(1, %(n)s)",
        {"t": table, "n": count},
    )
    return [int(r[0]) for r in found]


@contextlib.contextmanager
def deferred_indexes(conn: sa.Connection, table: str) -> Iterator[None]:
    """Drop ``table``'s own indexes for the block and build them again at its end.

    Keeping several indexes in random order up to date row by row costs more than sorting each
    once when a load is about as large as the table. Must run inside the caller's transaction:
    a rollback restores the indexes with everything else.
    """
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL",
        (table,),
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in found:
        conn.exec_driver_sql(sql)


def insert_missing(conn: sa.Connection, table: sa.Table, row: dict[str, Any]) -> None:
    """Insert ``row`` unless one with its primary key is there (maybe just committed by another
    writer, whose insert this one then waits for on PostgreSQL): no duplicate-key error."""
    from sqlalchemy.dialects import postgresql, sqlite

    insert = sqlite.insert if conn.dialect.name == "sqlite" else postgresql.insert
    conn.execute(insert(table).values(row).on_conflict_do_nothing())
