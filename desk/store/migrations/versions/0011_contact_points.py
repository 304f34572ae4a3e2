"""Several contact points per region, each with its countries and its own series.

``contact_point`` lists them (one default per region); ``country_assignment`` says from which
date a country belongs to which of them (a country without a row belongs to its directorate's
default). Series and meetings name their contact point; the unique "one active series" index
moves from the region to the contact point.

Existing data: every directorate gets one default contact point named after it; every series
and meeting of the region becomes that contact point's, and no country needs a row, so each
region reads exactly as before.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from desk.models.base import UtcDateTime

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_directorate = sa.table("directorate", sa.column("code"))
_contact_point = sa.table(
    "contact_point",
    sa.column("region"),
    sa.column("name"),
    sa.column("is_default", sa.Boolean()),
    sa.column("active", sa.Boolean()),
    sa.column("created_at", UtcDateTime()),
)


def upgrade() -> None:
    # Long: one migration is one frozen record of a schema change, read top to bottom.
    op.create_table(
        "contact_point",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("region", sa.String(8), sa.ForeignKey("directorate.code"), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ux_contact_point_name", "contact_point", ["region", "name"], unique=True)
    op.create_index(
        "ux_contact_point_default",
        "contact_point",
        ["region"],
        unique=True,
        sqlite_where=sa.text("is_default"),
        postgresql_where=sa.text("is_default"),
    )
    op.create_table(
        "country_assignment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("country_code", sa.String(2), sa.ForeignKey("country.code"), nullable=False),
        sa.Column(
            "contact_point_id",
            sa.Integer(),
            sa.ForeignKey("contact_point.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("changed_by", sa.String(200), nullable=True),
    )
    op.create_index(
        "ux_assignment_country_from",
        "country_assignment",
        ["country_code", "valid_from"],
        unique=True,
    )
    op.create_index(
        "ix_country_assignment_contact_point_id", "country_assignment", ["contact_point_id"]
    )

    conn = op.get_bind()
    now = datetime.now(UTC).replace(microsecond=0)
    codes = [row[0] for row in conn.execute(sa.select(_directorate.c.code))]
    if codes:
        conn.execute(
            _contact_point.insert(),
            [
                {"region": c, "name": c, "is_default": True, "active": True, "created_at": now}
                for c in codes
            ],
        )

    # The partial index on the region goes first: batch mode on SQLite copies the table and
    # would not carry its WHERE clause.
    op.drop_index("ux_series_active_region", table_name="meeting_series")
    for table in ("meeting_series", "meeting"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("contact_point_id", sa.Integer(), nullable=True))
            batch.create_foreign_key(
                f"fk_{table}_contact_point",
                "contact_point",
                ["contact_point_id"],
                ["id"],
                ondelete="SET NULL",
            )
    default_of = (
        "(SELECT cp.id FROM contact_point cp WHERE cp.region = {t}.region AND cp.is_default)"
    )
    op.execute(
        f"UPDATE meeting_series SET contact_point_id = {default_of.format(t='meeting_series')}"
    )
    op.execute(f"UPDATE meeting SET contact_point_id = {default_of.format(t='meeting')}")
    op.create_index(
        "ux_series_active_contact_point",
        "meeting_series",
        ["contact_point_id"],
        unique=True,
        sqlite_where=sa.text("active"),
        postgresql_where=sa.text("active"),
    )


def downgrade() -> None:
    op.drop_index("ux_series_active_contact_point", table_name="meeting_series")
    for table in ("meeting", "meeting_series"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"fk_{table}_contact_point", type_="foreignkey")
            batch.drop_column("contact_point_id")
    op.create_index(
        "ux_series_active_region",
        "meeting_series",
        ["region"],
        unique=True,
        sqlite_where=sa.text("active"),
        postgresql_where=sa.text("active"),
    )
    op.drop_table("country_assignment")
    op.drop_table("contact_point")
