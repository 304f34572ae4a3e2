"""Maintained counts of signals (``signal_count``), so counts and charts never scan the log.

One row per (country, month of observation, category, TLP, status) holds how many signals have
those values, at three grains told apart by an empty string: ``country_code = ''`` counts every
country (the chart without a place filter), ``month = ''`` every month (the navigator and the
counts without dates), both set the full combination (a chart of one region or country).

Triggers keep it in step in the transaction that writes the signal, on both databases: row
triggers on SQLite, statement triggers with transition tables on PostgreSQL (one upsert per
statement, in key order so concurrent writers lock rows in the same order). Rows may fall to 0
and stay: readers add them up. ``rebuild`` recomputes everything (migration 0012 and
``desk check --repair``).

Row-level security on a team database (``team_setup``): a TLP:RED signal is seen only by its
owner and the people it names, so no aggregate can hold what a user may see of them. The table
keeps RED counts (the table is the same on both databases), but nobody may read those rows on
PostgreSQL; readers take the non-RED counts from here and count the RED signals they can see
in ``signal`` itself (``counted_apart``; their own from ``team_counts``' per-owner counts,
others' that name them under the same policies as the log). The
every-country rows are hidden from posts, who see one region only: they read the per-country
rows of their region.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlalchemy as sa

TABLE = "signal_count"
KEY = ("country_code", "month", "category", "tlp", "status")
ALL = ""  # the country or month of a row that counts every country or month

signal_count = sa.table(TABLE, *(sa.column(c, sa.String()) for c in KEY), sa.column("n"))


def create_table(conn: sa.Connection) -> None:
    columns = ", ".join(f"{c} VARCHAR(16) NOT NULL" for c in KEY)
    suffix = " WITHOUT ROWID" if conn.dialect.name == "sqlite" else ""
    conn.exec_driver_sql(
        f"CREATE TABLE {TABLE} ({columns}, n INTEGER NOT NULL, "
        f"CONSTRAINT pk_{TABLE} PRIMARY KEY ({', '.join(KEY)})){suffix}"
    )


def drop_table(conn: sa.Connection) -> None:
    drop_triggers(conn)
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


def _month(dialect: str, column: str) -> str:
    if dialect == "postgresql":
        return f"to_char({column}, 'YYYY-MM')"
    return f"substr({column}, 1, 7)"  # SQLite stores dates as YYYY-MM-DD


_UPSERT = f"ON CONFLICT ({', '.join(KEY)}) DO UPDATE SET n = {TABLE}.n + excluded.n"


# -- SQLite: row triggers ---------------------------------------------------------------------
def _sqlite_adds(row: str, delta: int) -> str:
    month = _month("sqlite", f"{row}.observed_on")
    rest = f"{row}.category, {row}.tlp, {row}.status, {delta}"
    return "\n".join(
        f"INSERT INTO {TABLE} VALUES ({country}, {m}, {rest}) {_UPSERT};"
        for country, m in (
            (f"{row}.country_code", month),
            (f"'{ALL}'", month),
            (f"{row}.country_code", f"'{ALL}'"),
        )
    )


_COUNTED = ("country_code", "observed_on", "category", "tlp", "status")
SQLITE_TRIGGERS = {
    "signal_count_ai": f"CREATE TRIGGER signal_count_ai AFTER INSERT ON signal BEGIN\n"
    f"{_sqlite_adds('new', 1)}\nEND",
    "signal_count_ad": f"CREATE TRIGGER signal_count_ad AFTER DELETE ON signal BEGIN\n"
    f"{_sqlite_adds('old', -1)}\nEND",
    "signal_count_au": f"CREATE TRIGGER signal_count_au AFTER UPDATE OF {', '.join(_COUNTED)} "
    f"ON signal WHEN {' OR '.join(f'old.{c} IS NOT new.{c}' for c in _COUNTED)} BEGIN\n"
    f"{_sqlite_adds('old', -1)}\n{_sqlite_adds('new', 1)}\nEND",
}


# -- PostgreSQL: statement triggers -----------------------------------------------------------
def _grouped(source: str, dialect: str) -> str:
    """``source`` (rows with the key's columns and ``d``, +1 or -1) summed at the three
    grains, as rows of ``signal_count`` (zero sums left out)."""
    full = "country_code, month, category, tlp, status"
    if dialect == "postgresql":
        return (
            f"SELECT coalesce(country_code, '{ALL}') AS country_code, coalesce(month, '{ALL}') "
            f"AS month, category, tlp, status, sum(d) AS n FROM ({source}) x "
            f"GROUP BY GROUPING SETS (({full}), "
            f"(month, category, tlp, status), (country_code, category, tlp, status)) "
            f"HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5"
        )
    # SQLite has no grouping sets: the full grain, then the two others from it.
    return (
        f"WITH g AS (SELECT {full}, sum(d) AS d FROM ({source}) GROUP BY {full}) "
        f"SELECT {full}, d AS n FROM g UNION ALL "
        f"SELECT '{ALL}', month, category, tlp, status, sum(d) FROM g "
        f"GROUP BY month, category, tlp, status UNION ALL "
        f"SELECT country_code, '{ALL}', category, tlp, status, sum(d) FROM g "
        f"GROUP BY country_code, category, tlp, status"
    )


def _rows_of(table: str, dialect: str, delta: int, where: str = "") -> str:
    month = _month(dialect, "observed_on")
    return (
        f"SELECT country_code, {month} AS month, category, tlp, status, {delta} AS d "
        f"FROM {table}{where}"
    )


_PG_FUNCTION = f"""CREATE OR REPLACE FUNCTION desk_signal_count() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO {TABLE} {_grouped(_rows_of("new_rows", "postgresql", 1), "postgresql")}
                {_UPSERT};
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO {TABLE} {_grouped(_rows_of("old_rows", "postgresql", -1), "postgresql")}
                {_UPSERT};
        ELSE
            INSERT INTO {TABLE} {
    _grouped(
        _rows_of("new_rows", "postgresql", 1)
        + " UNION ALL "
        + _rows_of("old_rows", "postgresql", -1),
        "postgresql",
    )
}
                {_UPSERT};
        END IF;
        RETURN NULL;
    END $$"""
# SECURITY DEFINER: whoever writes a signal updates the counts (nobody may write them directly).
PG_TRIGGERS = {
    "signal_count_ai": "AFTER INSERT ON signal REFERENCING NEW TABLE AS new_rows",
    "signal_count_ad": "AFTER DELETE ON signal REFERENCING OLD TABLE AS old_rows",
    "signal_count_au": "AFTER UPDATE ON signal REFERENCING OLD TABLE AS old_rows "
    "NEW TABLE AS new_rows",
}


def create_triggers(conn: sa.Connection) -> None:
    drop_triggers(conn)
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(_PG_FUNCTION)
        for name, when in PG_TRIGGERS.items():
            conn.exec_driver_sql(
                f"CREATE TRIGGER {name} {when} FOR EACH STATEMENT "
                "EXECUTE FUNCTION desk_signal_count()"
            )
        return
    for sql in SQLITE_TRIGGERS.values():
        conn.exec_driver_sql(sql)


def drop_triggers(conn: sa.Connection) -> None:
    on = " ON signal" if conn.dialect.name == "postgresql" else ""
    for name in SQLITE_TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}{on}")


def exists(conn: sa.Connection) -> bool:
    return sa.inspect(conn).has_table(TABLE)


# -- rebuild and bulk loads -------------------------------------------------------------------
def rebuild(conn: sa.Connection) -> None:
    """Count every signal again (the migration, and repairs)."""
    dialect = conn.dialect.name
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    conn.exec_driver_sql(f"INSERT INTO {TABLE} {_grouped(_rows_of('signal', dialect, 1), dialect)}")


def differences(conn: sa.Connection) -> int:
    """How many counts differ from a fresh count of the signals (0: all correct)."""
    dialect = conn.dialect.name
    fresh = _grouped(_rows_of("signal", dialect, 1), dialect)
    key = ", ".join(KEY)
    sql = (
        f"SELECT count(*) FROM (SELECT {key}, sum(n) AS n FROM ("
        f"SELECT {key}, n FROM {TABLE} UNION ALL "
        f"SELECT {key}, -n FROM ({fresh}) AS fresh) AS both_ GROUP BY {key} "
        f"HAVING sum(n) <> 0) AS wrong"
    )
    return int(conn.exec_driver_sql(sql).scalar_one())


@contextlib.contextmanager
def bulk_counting(conn: sa.Connection) -> Iterator[None]:
    """SQLite: signals inserted in this block are counted by ``count_range`` (a grouped pass
    per batch) instead of three upserts each (in the caller's transaction)."""
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS signal_count_ai")
    yield
    conn.exec_driver_sql(SQLITE_TRIGGERS["signal_count_ai"])


def count_range(conn: sa.Connection, first: int, stop: int) -> None:
    """Count the signals with ids from ``first`` up to ``stop`` (excluded), inserted inside
    ``bulk_counting``."""
    added = _rows_of("signal", "sqlite", 1, " WHERE id >= ? AND id < ?")
    conn.exec_driver_sql(
        f"INSERT INTO {TABLE} SELECT * FROM ({_grouped(added, 'sqlite')}) WHERE true {_UPSERT}",
        (first, stop),
    )


def counted_apart(conn: sa.Connection) -> frozenset[str]:
    """The TLP labels whose signals readers must count in ``signal`` itself: on a team
    database RED, whose visibility differs per user (its rows here are hidden)."""
    return frozenset({"RED"}) if conn.dialect.name == "postgresql" else frozenset()
