"""Indexes a team database has beyond the shared schema's: what row-level security needs so
the trend log's walks and counts stay index-only at a million signals (PostgreSQL only).

Under the signal policies (``team_setup``) every row a query reads is checked against its
``tlp``, ``owner_role`` and ``named_recipients``. An index without them sends each candidate to
the table for the check: walking the date index for "region:DAO tier:1" read 13,000 rows of a
million-signal table for one page. So:

* the indexes the log walks (migration 0012's) carry the policy columns and the id (what a
  page returns), as the grade index does: the walk reads index entries only; so does the
  HS codes' tier index (its rows carry copies of their signal's policy columns);
* ``signal_count`` gets an index by month first: the every-month rows (the navigator's counts
  per country, a count of a country or region) are a range of it, not a scan of the table.

Every statement is idempotent (``team_setup.apply`` runs them after each upgrade); an index
rebuilt here takes seconds at a million signals, once.
"""

from __future__ import annotations

from desk.store import aggregates

POLICY_COLUMNS = ("tlp", "owner_role", "named_recipients")
# migration 0012's indexes that pages and counts walk
WALKED = ("ix_signal_observed", "ix_signal_country", "ix_signal_tier")
COVERING = ("id", *POLICY_COLUMNS)


def _covering(index: str, columns: tuple[str, ...] = COVERING) -> str:
    """Rebuild ``index`` (as the migrations made it) with ``columns`` included, if without."""
    include = ", ".join(columns)
    return f"""DO $$ DECLARE made text; BEGIN
        SELECT indexdef INTO made FROM pg_indexes WHERE indexname = '{index}';
        IF made IS NOT NULL AND position('INCLUDE' in made) = 0 THEN
            EXECUTE 'DROP INDEX {index}';
            EXECUTE made || ' INCLUDE ({include})';
        END IF;
    END $$"""


def statements() -> list[str]:
    keys = ", ".join(k for k in aggregates.KEY if k != "month")
    return [
        *(_covering(index) for index in WALKED),
        # a tier's HS code rows carry their signal's policy columns (``team_setup``)
        _covering("ix_signal_hs_tier", POLICY_COLUMNS),
        f"""CREATE INDEX IF NOT EXISTS ix_signal_count_month ON {aggregates.TABLE}
            (month, {keys}) INCLUDE (n)""",
    ]
