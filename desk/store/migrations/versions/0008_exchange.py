"""Signals that travel between stores; this store's identity and its contacts.

Every signal gets a stable UUID (existing ones a new random one), a version that every edit
bumps, the identity that created it, and room for where it was received from. New tables hold
the store's own identity (created when the user names it, not here), trusted contacts, the
packages sent and received, which version went to whom, and feedback on sent signals.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desk.models.base import UtcDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Long: one migration is one frozen record of a schema change, read top to bottom.
    # ADD COLUMN with constant defaults: no table rebuild, so the FTS triggers stay.
    for column in (
        sa.Column("uuid", sa.String(36), nullable=False, server_default=""),
        sa.Column("origin_identity", sa.String(64), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("synced_version", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("received_from", sa.String(200), nullable=False, server_default=""),
        sa.Column("received_package", sa.String(36), nullable=False, server_default=""),
        sa.Column("received_at", UtcDateTime(), nullable=True),
        sa.Column("named_recipients", sa.Text(), nullable=False, server_default=""),
    ):
        op.add_column("signal", column)
    conn = op.get_bind()
    signal = sa.table("signal", sa.column("id"), sa.column("uuid"))
    ids = [row[0] for row in conn.execute(sa.select(signal.c.id))]
    for start in range(0, len(ids), 5000):
        conn.execute(
            signal.update().where(signal.c.id == sa.bindparam("sid")),
            [{"sid": sid, "uuid": str(uuid.uuid4())} for sid in ids[start : start + 5000]],
        )
    op.create_index("ix_signal_uuid", "signal", ["uuid"], unique=True)

    op.create_table(
        "identity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("post", sa.String(200), nullable=False, server_default=""),
        sa.Column("region", sa.String(8), nullable=False, server_default=""),
        sa.Column("age_secret", sa.String(), nullable=False),
        sa.Column("age_recipient", sa.String(100), nullable=False),
        sa.Column("sign_secret", sa.String(64), nullable=False),
        sa.Column("sign_public", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("post", sa.String(200), nullable=False, server_default=""),
        sa.Column("region", sa.String(8), nullable=False, server_default=""),
        sa.Column("age_recipient", sa.String(100), nullable=False),
        sa.Column("sign_public", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("trusted_at", UtcDateTime(), nullable=False),
        sa.Column("revoked_at", UtcDateTime(), nullable=True),
        sa.Column("last_sequence", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_contact_name", "contact", ["name"], unique=True)
    op.create_index("ix_contact_fingerprint", "contact", ["fingerprint"], unique=True)
    op.create_table(
        "exchange_package",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("peers", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("processed_at", UtcDateTime(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False, server_default=""),
    )
    op.create_table(
        "exchange_sent",
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contact.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("signal_uuid", sa.String(36), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(36), nullable=False),
        sa.Column("sent_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "signal_feedback",
        sa.Column("signal_uuid", sa.String(36), primary_key=True),
        sa.Column("from_contact", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("meetings", sa.String(), nullable=False, server_default=""),
        sa.Column("received_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    from desk.store.search_index import after_signal_rebuild

    for table in ("signal_feedback", "exchange_sent", "exchange_package", "contact", "identity"):
        op.drop_table(table)
    op.drop_index("ix_signal_uuid", "signal")
    with op.batch_alter_table("signal") as batch:
        for name in (
            "named_recipients",
            "received_at",
            "received_package",
            "received_from",
            "content_hash",
            "synced_version",
            "version",
            "origin_identity",
            "uuid",
        ):
            batch.drop_column(name)
    after_signal_rebuild(op.get_bind())  # a batch rebuild of signal drops its triggers
