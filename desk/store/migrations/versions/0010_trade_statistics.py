"""Official trade statistics: the files imported and the CHPI flows kept from them.

``trade_source_file`` records each imported file (Eurostat Comext or UN Comtrade: its name,
SHA-256, periods and counts); ``trade_flow`` holds one row per reporter, partner, product, flow
and period, with the CHPI HS6 item and tier the product falls under. New tables only: nothing
existing changes, on SQLite or PostgreSQL.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desk.models.base import UtcDateTime

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trade_source_file",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("first_period", sa.String(7), nullable=False, server_default=""),
        sa.Column("last_period", sa.String(7), nullable=False, server_default=""),
        sa.Column("periods", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("reporters", sa.String(), nullable=False, server_default=""),
        sa.Column("rows_read", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("rows_kept", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("rows_skipped", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("flows_stored", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("flows_replaced", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.Column("imported_by", sa.String(), nullable=False, server_default=""),
    )
    op.create_table(
        "trade_flow",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "source_file_id",
            sa.Integer(),
            sa.ForeignKey("trade_source_file.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("reporter", sa.String(2), nullable=False),
        sa.Column("partner", sa.String(2), nullable=False),
        sa.Column("product", sa.String(10), nullable=False),
        sa.Column("hs6", sa.String(6), nullable=False),
        sa.Column("tier", sa.String(4), nullable=False),
        sa.Column("flow", sa.String(6), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("quantity_kg", sa.Float(), nullable=True),
    )
    op.create_index("ix_trade_flow_reporter", "trade_flow", ["source", "reporter", "period"])
    op.create_index("ix_trade_flow_partner", "trade_flow", ["partner", "hs6", "period"])
    op.create_index("ix_trade_flow_reporter_hs6", "trade_flow", ["reporter", "hs6", "period"])
    op.create_index("ix_trade_flow_hs6", "trade_flow", ["hs6", "period"])


def downgrade() -> None:
    op.drop_table("trade_flow")  # its indexes go with it
    op.drop_table("trade_source_file")
