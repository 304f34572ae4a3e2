"""Fast at a million signals: indexes every trend-log filter and sort can walk, and maintained
counts.

Every trend-log query excludes archived signals, and at a million signals the table no longer
fits the page cache: a row looked up to read its status costs a page read, an HMAC check and a
decryption. So status (and the columns filters ask for) sits in the indexes the log walks: by
date (with the columns filters and grouped sorts ask for: category, TLP and CHPI tier are
walked there), by country, by status and by tier (whose groups can be small). The meeting
window reads ``logged_at`` and ``updated_at`` through their own indexes. ``signal_hs_code`` gets
an index by tier (``tier:1`` read every HS code row).

``signal_count`` holds counts per country, month, category, TLP and status, kept by triggers in
the writing transaction (``desk.store.aggregates``), and filled here from the signals there.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-10
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# name: columns (the two first replace narrower indexes of the same name)
INDEXES = {
    "ix_signal_observed": [
        "observed_on",
        "status",
        "country_code",
        "category",
        "tlp_rank",
        "tier_rank",
    ],
    "ix_signal_country": ["country_code", "observed_on", "status", "category"],
    "ix_signal_status": ["status", "observed_on"],
    "ix_signal_tier": ["tier_rank", "observed_on", "status"],
    "ix_signal_logged_at": ["logged_at"],
    "ix_signal_updated_at": ["updated_at", "status"],
}
OLD = {"ix_signal_observed": ["observed_on"], "ix_signal_country": ["country_code", "observed_on"]}


def upgrade() -> None:
    from desk.store import aggregates, search_index

    for name in OLD:
        op.drop_index(name, table_name="signal")
    for name, columns in INDEXES.items():
        op.create_index(name, "signal", columns)
    op.create_index("ix_signal_hs_tier", "signal_hs_code", ["tier", "signal_id"])

    conn = op.get_bind()
    aggregates.create_table(conn)
    aggregates.rebuild(conn)
    aggregates.create_triggers(conn)
    search_index.refresh_statistics(conn)  # the new indexes' (SQLite; from the counts above)


def downgrade() -> None:
    from desk.store import aggregates

    aggregates.drop_table(op.get_bind())
    op.drop_index("ix_signal_hs_tier", table_name="signal_hs_code")
    for name in INDEXES:
        op.drop_index(name, table_name="signal")
    for name, columns in OLD.items():
        op.create_index(name, "signal", columns)
