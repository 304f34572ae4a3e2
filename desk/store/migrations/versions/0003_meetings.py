"""Four-weekly meetings: series and their rules, meetings, agenda, participants, decisions, actions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Long: one migration is one frozen record of a schema change, read top to bottom.
    op.create_table(
        "meeting_series",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("region", sa.String(8), sa.ForeignKey("directorate.code"), nullable=False),
        sa.Column("title", sa.String(), nullable=False, server_default=""),
        sa.Column("tz", sa.String(64), nullable=False, server_default="Europe/Amsterdam"),
        sa.Column("duration_minutes", sa.Integer(), nullable=False, server_default="120"),
        sa.Column("location", sa.String(), nullable=False, server_default="The Hague"),
        sa.Column("video_link", sa.String(), nullable=False, server_default=""),
        sa.Column("chair", sa.String(), nullable=False, server_default=""),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index(
        "ux_series_active_region",
        "meeting_series",
        ["region"],
        unique=True,
        sqlite_where=sa.text("active"),
        postgresql_where=sa.text("active"),
    )
    op.create_table(
        "series_rule",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "series_id",
            sa.Integer(),
            sa.ForeignKey("meeting_series.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("starts_local", sa.DateTime(), nullable=False),
        sa.Column("interval_weeks", sa.Integer(), nullable=False, server_default="4"),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
    )
    op.create_index("ix_series_rule_series_id", "series_rule", ["series_id"])
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "series_id",
            sa.Integer(),
            sa.ForeignKey("meeting_series.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("region", sa.String(8), sa.ForeignKey("directorate.code"), nullable=False),
        sa.Column("occurrence_date", sa.Date(), nullable=False),
        sa.Column("starts_local", sa.DateTime(), nullable=False),
        sa.Column("tz", sa.String(64), nullable=False, server_default="Europe/Amsterdam"),
        sa.Column("duration_minutes", sa.Integer(), nullable=False, server_default="120"),
        sa.Column("location", sa.String(), nullable=False, server_default=""),
        sa.Column("video_link", sa.String(), nullable=False, server_default=""),
        sa.Column("chair", sa.String(), nullable=False, server_default=""),
        sa.Column("status", sa.String(16), nullable=False, server_default="draft"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index(
        "ux_meeting_occurrence", "meeting", ["series_id", "occurrence_date"], unique=True
    )
    op.create_index("ix_meeting_region_start", "meeting", ["region", "starts_local"])
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False, server_default="free"),
        sa.Column("title", sa.String(), nullable=False, server_default=""),
        sa.Column("duration_minutes", sa.Integer(), nullable=False, server_default="15"),
        sa.Column("presenter", sa.String(), nullable=False, server_default=""),
        sa.Column("minutes", sa.Text(), nullable=False, server_default=""),
        sa.Column(
            "carried_from_id",
            sa.Integer(),
            sa.ForeignKey("agenda_item.id", ondelete="SET NULL"),
            nullable=True,
        ),
    )
    op.create_index("ix_agenda_meeting", "agenda_item", ["meeting_id", "position"])
    op.create_table(
        "agenda_signal",
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "signal_id",
            sa.Integer(),
            sa.ForeignKey("signal.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("mode", sa.String(8), nullable=False),
        sa.Column("frozen_position", sa.Integer(), nullable=True),
    )
    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False, server_default="other"),
        sa.Column("organisation", sa.String(), nullable=False, server_default=""),
        sa.Column("attendance", sa.String(16), nullable=False, server_default="invited"),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_participant_meeting_id", "participant", ["meeting_id"])
    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "agenda_item_id",
            sa.Integer(),
            sa.ForeignKey("agenda_item.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_decision_meeting_id", "decision", ["meeting_id"])
    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "series_id",
            sa.Integer(),
            sa.ForeignKey("meeting_series.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "agenda_item_id",
            sa.Integer(),
            sa.ForeignKey("agenda_item.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False, server_default="open"),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_action_series_status", "action_item", ["series_id", "status"])
    op.create_index("ix_action_item_meeting_id", "action_item", ["meeting_id"])
    op.create_table(
        "action_owner",
        sa.Column(
            "action_id",
            sa.Integer(),
            sa.ForeignKey("action_item.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("owner", sa.String(), primary_key=True),
        sa.Column("owner_key", sa.String(), nullable=False, server_default=""),
    )
    op.create_index("ix_action_owner_name", "action_owner", ["owner_key"])


def downgrade() -> None:
    for table in (
        "action_owner",
        "action_item",
        "decision",
        "participant",
        "agenda_signal",
        "agenda_item",
        "meeting",
        "series_rule",
        "meeting_series",
    ):
        op.drop_table(table)
