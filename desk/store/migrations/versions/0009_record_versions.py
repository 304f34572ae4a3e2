"""No lost updates: every record edited in a form carries a version and who changed it last.

Signals already have ``version`` (0008); country profiles, knowledge-exchange events, meetings
and agenda items get one, and all of them get ``changed_by`` (who made the last change; empty
for changes made before this revision). Agenda items had no time of change: they get
``updated_at`` (empty until their next change). A save names the version it started from and
changes the row only while it is still that version (see ``desk.services.versions``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desk.models.base import UtcDateTime

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_VERSIONS = ("country_profile", "exchange_event", "meeting", "agenda_item")
VERSIONED = ("signal", *NEW_VERSIONS)


def upgrade() -> None:
    # ADD COLUMN with constant defaults (or none): no table rebuild on SQLite, so the FTS
    # triggers on signal stay; the same statements on PostgreSQL.
    for table in NEW_VERSIONS:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    for table in VERSIONED:
        op.add_column(table, sa.Column("changed_by", sa.String(200), nullable=True))
    op.add_column("agenda_item", sa.Column("updated_at", UtcDateTime(), nullable=True))


def downgrade() -> None:
    from desk.store.search_index import after_signal_rebuild

    with op.batch_alter_table("agenda_item") as batch:
        batch.drop_column("updated_at")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_by")
            if table in NEW_VERSIONS:
                batch.drop_column("version")
    after_signal_rebuild(op.get_bind())  # a batch rebuild of signal drops its triggers
