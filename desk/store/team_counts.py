"""Maintained counts of TLP:RED signals per owner, on a team database (PostgreSQL only).

``signal_count`` (``desk.store.aggregates``) holds every signal's counts, but on a team
database nobody may read its RED rows: a RED signal is seen only by its owner and the people it
names, so each user sees different ones. Counting them in ``signal`` read a row (or an index
entry) per RED signal the user may see: at a million signals with 50,000 RED ones, 30–60 ms of
every navigator count and chart, growing with the log.

``signal_count_red`` holds the RED counts per owner, at the same three grains and kept the
same way (a statement trigger with transition tables, in the writing transaction). Its policy
shows each user the rows of their own signals only (a post: of its region's countries). What
else a user may see of RED — signals others own that name them — is counted in ``signal``
through ``ix_signal_named`` (few: a RED signal names its readers one by one).
"""

from __future__ import annotations

import sqlalchemy as sa

from desk.store import aggregates

TABLE = "signal_count_red"
# the owner last: a country's counts are a range of the key, the policy picks the owner's
KEY = (*aggregates.KEY, "owner_role")
ALL = aggregates.ALL

signal_count_red = sa.table(TABLE, *(sa.column(c, sa.String()) for c in KEY), sa.column("n"))

_UPSERT = f"ON CONFLICT ({', '.join(KEY)}) DO UPDATE SET n = {TABLE}.n + excluded.n"


def _rows_of(table: str, delta: int) -> str:
    return (
        "SELECT country_code, to_char(observed_on, 'YYYY-MM') AS month, category, tlp, status, "
        f"owner_role, {delta} AS d FROM {table} WHERE tlp = 'RED'"
    )


def _grouped(source: str) -> str:
    """``source``'s rows summed per owner at the three grains of ``signal_count``."""
    rest = "category, tlp, status, owner_role"
    return (
        f"SELECT coalesce(country_code, '{ALL}') AS country_code, coalesce(month, '{ALL}') "
        f"AS month, {rest}, sum(d) AS n FROM ({source}) x "
        f"GROUP BY GROUPING SETS ((country_code, month, {rest}), (month, {rest}), "
        f"(country_code, {rest})) HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5, 6"
    )


_FUNCTION = f"""CREATE OR REPLACE FUNCTION desk_signal_count_red() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO {TABLE} {_grouped(_rows_of("new_rows", 1))} {_UPSERT};
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO {TABLE} {_grouped(_rows_of("old_rows", -1))} {_UPSERT};
        ELSE
            INSERT INTO {TABLE} {
    _grouped(_rows_of("new_rows", 1) + " UNION ALL " + _rows_of("old_rows", -1))
} {_UPSERT};
        END IF;
        RETURN NULL;
    END $$"""

_TRIGGERS = {
    "signal_count_red_ai": "AFTER INSERT ON signal REFERENCING NEW TABLE AS new_rows",
    "signal_count_red_ad": "AFTER DELETE ON signal REFERENCING OLD TABLE AS old_rows",
    "signal_count_red_au": "AFTER UPDATE ON signal REFERENCING OLD TABLE AS old_rows "
    "NEW TABLE AS new_rows",
}


def statements() -> list[str]:
    """Create (and fill, the first time) the table and its trigger; idempotent."""
    columns = ", ".join(f"{c} VARCHAR(16) NOT NULL" for c in aggregates.KEY)
    sql = [
        # the signals are locked while counted, so no write falls between count and trigger
        f"""DO $$ BEGIN
            IF to_regclass('{TABLE}') IS NULL THEN
                LOCK TABLE signal IN SHARE ROW EXCLUSIVE MODE;
                CREATE TABLE {TABLE} ({columns}, owner_role text NOT NULL, n integer NOT NULL,
                    CONSTRAINT pk_{TABLE} PRIMARY KEY ({", ".join(KEY)}));
                INSERT INTO {TABLE} {_grouped(_rows_of("signal", 1))};
            END IF;
        END $$""",
        _FUNCTION,
    ]
    for name, when in _TRIGGERS.items():
        sql += [
            f"DROP TRIGGER IF EXISTS {name} ON signal",
            f"CREATE TRIGGER {name} {when} FOR EACH STATEMENT "
            "EXECUTE FUNCTION desk_signal_count_red()",
        ]
    # RED signals that name someone: what a user counts of others' RED signals in ``signal``
    sql.append(
        """CREATE INDEX IF NOT EXISTS ix_signal_named ON signal
            (country_code, observed_on, category, status, tlp_rank, owner_role)
            INCLUDE (tlp, named_recipients) WHERE tlp = 'RED' AND named_recipients <> ''"""
    )
    return sql


def policies(readers: str, posts: str, in_region: str) -> list[tuple[str, str, str]]:
    """(name, roles, USING) of the table's read rules: ``readers`` read the counts of their
    own signals; ``posts`` those of their region's countries only (``in_region``; not the
    every-country rows)."""
    own = "owner_role = current_user"
    return [
        ("count_red_read", readers, own),
        ("count_red_read_post", posts, f"{own} AND {in_region}"),
    ]


def table_of_owners(conn: sa.Connection) -> sa.TableClause | None:
    """The per-owner RED counts, or None where there are none (SQLite; a team database whose
    rules predate them). Once found, remembered for the connection: the table stays."""
    if conn.dialect.name != "postgresql":
        return None
    if not conn.info.get(TABLE):
        found = conn.exec_driver_sql(f"SELECT to_regclass('{TABLE}') IS NOT NULL").scalar_one()
        conn.info[TABLE] = bool(found)
    return signal_count_red if conn.info[TABLE] else None


def rebuild(conn: sa.Connection) -> None:
    """Count every owner's RED signals again (``desk check --repair``)."""
    if conn.dialect.name != "postgresql" or not sa.inspect(conn).has_table(TABLE):
        return
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    conn.exec_driver_sql(f"INSERT INTO {TABLE} {_grouped(_rows_of('signal', 1))}")


def differences(conn: sa.Connection) -> int:
    """How many per-owner RED counts differ from a fresh count (0: all correct)."""
    if conn.dialect.name != "postgresql" or not sa.inspect(conn).has_table(TABLE):
        return 0
    key = ", ".join(KEY)
    fresh = _grouped(_rows_of("signal", 1))
    sql = (
        f"SELECT count(*) FROM (SELECT {key}, sum(n) AS n FROM ("
        f"SELECT {key}, n FROM {TABLE} UNION ALL "
        f"SELECT {key}, -n FROM ({fresh}) AS fresh) AS both_ GROUP BY {key} "
        f"HAVING sum(n) <> 0) AS wrong"
    )
    return int(conn.exec_driver_sql(sql).scalar_one())
