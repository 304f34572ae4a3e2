"""An index for sorting the trend log by grade (reliability, credibility).

The grade sort counts the matches per grade, then walks the groups the page falls in by date.
Without this index both steps read every signal (~110 ms at 100k signals); with it, both are
index-only: status is in the index because every trend-log query excludes archived signals.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_signal_grade", "signal", ["reliability", "credibility", "observed_on", "status"]
    )


def downgrade() -> None:
    op.drop_index("ix_signal_grade", table_name="signal")
