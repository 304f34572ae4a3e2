"""Planner statistics for SQLite that stay right at a million signals and cost milliseconds.

A sampled ``ANALYZE`` (``analysis_limit``) reads the first entries of each index only: at a
million signals it wrote ``ix_signal_country 1000000 1001 3`` (a thousand signals per country
where the hot ones have sixty thousand) and ``ix_signal_hs_tier … 2001`` (tier 1 has seventy
thousand), and the planner chose plans that read every row. A full ``ANALYZE`` costs seconds
after every import, and even a sampled one of ``signal`` counts its rows (2 s). So the signal
indexes' rows are written from what the maintained counts (``aggregates``) know exactly — how
many signals, and how many countries, months, categories, TLPs and statuses hold them —
assuming the columns independent, which is what the planner needs to rank one index against
another; ``signal_hs_code`` gets a sampled ANALYZE (milliseconds).
"""

from __future__ import annotations

import math

import sqlalchemy as sa

from desk.store import aggregates

DAYS_PER_MONTH = 30
# columns with a fixed set of values (enums; the CHPI tiers and "none")
FIXED = {"reliability": 6, "credibility": 6, "tier_rank": 8, "tier": 7}
UNIQUE = {"id", "title_key", "uuid", "logged_at", "updated_at", "signal_id"}


def refresh(conn: sa.Connection) -> None:
    if not aggregates.exists(conn):  # before migration 0012
        conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
        conn.exec_driver_sql("ANALYZE")
        return
    # Even sampled, ANALYZE of the signal table counts its rows: 2 s at a million.
    conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
    conn.exec_driver_sql("ANALYZE signal_hs_code")
    _signal_statistics(conn)
    conn.exec_driver_sql("ANALYZE sqlite_schema")  # the planner reads the rows again


def _distinct(conn: sa.Connection) -> tuple[int, dict[str, int]]:
    """How many signals there are, and how many values each counted column has (from the
    every-country rows per month and the per-country totals: a few thousand rows)."""
    table = aggregates.TABLE
    got = conn.exec_driver_sql(
        f"SELECT coalesce(sum(n), 0), count(DISTINCT month), count(DISTINCT category), "
        f"count(DISTINCT tlp), count(DISTINCT status) FROM {table} "
        "WHERE country_code = '' AND month <> '' AND n > 0"
    ).one()
    countries = conn.exec_driver_sql(
        f"SELECT count(DISTINCT country_code) FROM {table} WHERE month = '' AND country_code <> '' "
        "AND n > 0"
    ).scalar_one()
    total, months, categories, tlps, statuses = (int(v or 0) for v in got)
    return total, {
        "observed_on": max(months, 1) * DAYS_PER_MONTH,
        "category": max(categories, 1),
        "tlp_rank": max(tlps, 1),
        "status": max(statuses, 1),
        "country_code": max(int(countries or 0), 1),
        **FIXED,
    }


def _signal_statistics(conn: sa.Connection) -> None:
    total, distinct = _distinct(conn)
    conn.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'signal'")
    if total == 0:
        return
    indexes = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'signal' "
        "AND name NOT LIKE 'sqlite_autoindex%'"
    ).all()
    for (index,) in indexes:
        columns = [r[2] for r in conn.exec_driver_sql(f"PRAGMA index_info('{index}')")]
        values, seen = [total], 1
        for column in columns:
            seen = total if column in UNIQUE or column not in distinct else seen * distinct[column]
            values.append(max(1, math.ceil(total / seen)))
        conn.exec_driver_sql(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('signal', ?, ?)",
            (index, " ".join(map(str, values))),
        )
