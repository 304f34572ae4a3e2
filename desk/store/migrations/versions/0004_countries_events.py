"""Country profiles (contacts, key figures) and knowledge-exchange events.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def _string(name: str, length: int | None = None) -> sa.Column[str]:
    return sa.Column(name, sa.String(length), nullable=False, server_default="")


def upgrade() -> None:
    # Long: one migration is one frozen record of a schema change, read top to bottom.
    op.create_table(
        "country_profile",
        sa.Column("country_code", sa.String(2), sa.ForeignKey("country.code"), primary_key=True),
        _string("relation_eu"),
        _string("relation_russia"),
        _string("roles"),
        _string("preferred_exchange", 16),
        _text("exchange_rationale"),
        _string("posts"),
        _string("risk_level", 16),
        sa.Column("risk_assessed_on", sa.Date(), nullable=True),
        _text("notes"),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "country_contact",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("country_code", sa.String(2), sa.ForeignKey("country.code"), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        _string("function"),
        _string("organisation"),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_country_contact_country_code", "country_contact", ["country_code"])
    op.create_table(
        "country_figure",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("country_code", sa.String(2), sa.ForeignKey("country.code"), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        _string("source"),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_country_figure_country_code", "country_figure", ["country_code"])
    op.create_table(
        "exchange_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("country_code", sa.String(2), sa.ForeignKey("country.code"), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        _string("host_post"),
        sa.Column("status", sa.String(16), nullable=False, server_default="idea"),
        sa.Column("participant_count", sa.Integer(), nullable=True),
        _text("organisations"),
        _string("themes"),
        _text("outcomes"),
        _text("lessons"),
        _string("co_hosts"),
        _string("host"),
        _string("next_host"),
        sa.Column("chatham_house", sa.Boolean(), nullable=False, server_default=sa.false()),
        _text("cases"),
        _string("participant_mix"),
        _string("universities"),
        _text("programme"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_event_country_start", "exchange_event", ["country_code", "starts_on"])
    op.create_table(
        "event_signal",
        sa.Column(
            "event_id",
            sa.Integer(),
            sa.ForeignKey("exchange_event.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "signal_id",
            sa.Integer(),
            sa.ForeignKey("signal.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_table(
        "event_action",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "event_id",
            sa.Integer(),
            sa.ForeignKey("exchange_event.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        _string("owners"),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "meeting_action_id",
            sa.Integer(),
            sa.ForeignKey("action_item.id", ondelete="SET NULL"),
            nullable=True,
        ),
    )
    op.create_index("ix_event_action_event_id", "event_action", ["event_id"])


def downgrade() -> None:
    for table in (
        "event_action",
        "event_signal",
        "exchange_event",
        "country_figure",
        "country_contact",
        "country_profile",
    ):
        op.drop_table(table)
