"""Bulk inserts straight to the driver, for imports of tens of thousands of rows.

SQLAlchemy's executemany builds and processes a parameter dictionary per row, which costs more
than SQLite's own work at this size. Here each column's bind processor (dates, the UTC type) is
looked up once and the rows go to the DBAPI's executemany as tuples.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa


def insert_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in the connection's transaction."""
    if not rows:
        return
    columns = list(rows[0])
    dialect = conn.dialect
    processors = [table.c[name].type.bind_processor(dialect) for name in columns]
    placeholders = ", ".join("?" if dialect.paramstyle == "qmark" else f"%({c})s" for c in columns)
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})"
    if dialect.paramstyle != "qmark":  # keep it working beyond SQLite, if slower
        conn.execute(sa.insert(table), list(rows))
        return
    values = [
        tuple(
            p(row[c]) if p is not None else row[c] for c, p in zip(columns, processors, strict=True)
        )
        for row in rows
    ]
    conn.exec_driver_sql(sql, values)


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
