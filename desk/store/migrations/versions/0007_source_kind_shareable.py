"""What outsiders may read: a signal's kind of source, and agenda items marked shareable.

Documents for external readers print a signal's kind of source (post, customs data, open
source…) instead of its free-text source, which may name a person; and a free agenda item's
title only when it is marked shareable. Existing signals get a kind derived from what they
have: ``open-source`` when they give a web address, otherwise ``unspecified``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ADD COLUMN with a constant default: no table rebuild (the FTS triggers stay), on SQLite
    # and PostgreSQL alike; the update trigger does not watch this column either.
    op.add_column(
        "signal",
        sa.Column("source_kind", sa.String(16), nullable=False, server_default="unspecified"),
    )
    op.execute("UPDATE signal SET source_kind = 'open-source' WHERE source_url <> ''")
    op.add_column(
        "agenda_item",
        sa.Column("shareable", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    from desk.store.search_index import after_signal_rebuild

    with op.batch_alter_table("agenda_item") as batch:
        batch.drop_column("shareable")
    with op.batch_alter_table("signal") as batch:
        batch.drop_column("source_kind")
    after_signal_rebuild(op.get_bind())  # a batch rebuild of signal drops its triggers
