"""Bulk inserts straight to the driver, for imports of tens of thousands of rows.

SQLAlchemy's executemany builds and processes a parameter dictionary per row, which costs more
than SQLite's own work at this size. Here each column's bind processor (dates, the UTC type) is
looked up once and the rows go to the DBAPI's executemany as tuples.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa


def insert_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[dict]) -> None:
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
