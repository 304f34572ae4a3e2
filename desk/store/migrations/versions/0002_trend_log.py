"""Trend log: reference data (directorates, countries, CHPI list), signals, full-text search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Long: one migration is one frozen record of a schema change, read top to bottom.
    from desk.store.reference_data import sync_reference_data
    from desk.store.search_index import create_signal_index

    op.create_table(
        "directorate",
        sa.Column("code", sa.String(8), primary_key=True),
        sa.Column("name_en", sa.String(), nullable=False),
        sa.Column("name_nl", sa.String(), nullable=False),
    )
    op.create_table(
        "country",
        sa.Column("code", sa.String(2), primary_key=True),
        sa.Column("name_en", sa.String(), nullable=False),
        sa.Column("name_nl", sa.String(), nullable=False),
        sa.Column(
            "directorate_code", sa.String(8), sa.ForeignKey("directorate.code"), nullable=False
        ),
        sa.Column("directorate_source", sa.String(16), nullable=False, server_default="default"),
        sa.Column("un_subregion", sa.String(40), nullable=False, server_default=""),
    )
    op.create_index("ix_country_directorate_code", "country", ["directorate_code"])
    op.create_index("ix_country_name", "country", ["name_en", "code"])  # sorting signals by country
    op.create_table(
        "country_alias",
        sa.Column("alias_key", sa.String(120), primary_key=True),
        sa.Column("country_code", sa.String(2), sa.ForeignKey("country.code"), nullable=False),
    )
    op.create_table(
        "chpi_item",
        sa.Column("hs6", sa.String(6), primary_key=True),
        sa.Column("tier", sa.String(4), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
    )
    op.create_table(
        "signal",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("logged_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("country_code", sa.String(2), sa.ForeignKey("country.code"), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("title_key", sa.String(200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False, server_default=""),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("source", sa.String(), nullable=False, server_default=""),
        sa.Column("source_url", sa.String(), nullable=False, server_default=""),
        sa.Column("reliability", sa.String(1), nullable=False),
        sa.Column("credibility", sa.Integer(), nullable=False),
        sa.Column("tlp", sa.String(16), nullable=False, server_default="AMBER"),
        sa.Column("tlp_rank", sa.Integer(), nullable=False, server_default="2"),
        sa.Column("chr", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("status", sa.String(16), nullable=False, server_default="new"),
        sa.Column("author", sa.String(), nullable=False, server_default=""),
        sa.Column("post", sa.String(), nullable=False, server_default=""),
        sa.Column("origin", sa.String(240), nullable=False, server_default="create"),
        sa.Column("tags", sa.String(), nullable=False, server_default=""),
        sa.Column("chpi_tier", sa.String(4), nullable=True),
        sa.Column("tier_rank", sa.Integer(), nullable=False, server_default="99"),
        sa.CheckConstraint(
            "reliability IN ('A','B','C','D','E','F')", name="ck_signal_reliability"
        ),
        sa.CheckConstraint("credibility BETWEEN 1 AND 6", name="ck_signal_credibility"),
    )
    for name, cols in {
        "ix_signal_observed": ["observed_on"],
        "ix_signal_country": ["country_code", "observed_on"],
        "ix_signal_title": ["title_key", "observed_on"],
    }.items():
        op.create_index(name, "signal", cols)
    op.create_table(
        "signal_hs_code",
        sa.Column(
            "signal_id",
            sa.Integer(),
            sa.ForeignKey("signal.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("code", sa.String(10), primary_key=True),
        sa.Column("chpi_hs6", sa.String(6), sa.ForeignKey("chpi_item.hs6"), nullable=True),
        sa.Column("tier", sa.String(4), nullable=True),
    )
    op.create_index("ix_signal_hs_code", "signal_hs_code", ["code"])

    conn = op.get_bind()
    create_signal_index(conn)
    sync_reference_data(conn)


def downgrade() -> None:
    from desk.store.search_index import drop_signal_index

    drop_signal_index(op.get_bind())
    op.drop_table("signal_hs_code")
    op.drop_table("signal")
    op.drop_table("chpi_item")
    op.drop_table("country_alias")
    op.drop_table("country")
    op.drop_table("directorate")
