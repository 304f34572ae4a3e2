"""The status index goes: a sort by status walks the date index one status at a time.

Each index the trend log walks costs every import a page per signal at a million signals
(the date-keyed entries of 10,000 imported rows land on 10,000 different leaves: read,
decrypt, split, encrypt). Status has four values and is the date index's second column, so a
sort by status reads that index once per status — as category and TLP sorts already do — and
decides every filter from its entries. Measured with ``bench/query_matrix.py --sort status``
at a million signals before dropping it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_signal_status"
COLUMNS = [
    "status",
    "observed_on",
    "country_code",
    "category",
    "tlp_rank",
    "tier_rank",
    "reliability",
    "credibility",
]


def upgrade() -> None:
    op.drop_index(INDEX, table_name="signal", if_exists=True)


def downgrade() -> None:
    from desk.store import search_index

    op.create_index(INDEX, "signal", COLUMNS)
    search_index.refresh_statistics(op.get_bind())
