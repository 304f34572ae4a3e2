"""Four-weekly meetings: series, meetings, agenda, participants, decisions, actions.

Meeting times are wall-clock times in a named time zone (``starts_local`` + ``tz``): "10:00 in
The Hague" stays 10:00 across daylight-saving changes, whatever its UTC offset that day.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Index, Text, text
from sqlmodel import Field, SQLModel

from desk.models.base import utc_field, utcnow, wall_clock_field

DEFAULT_TZ = "Europe/Amsterdam"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    HELD = "held"
    FINALISED = "finalised"
    CANCELLED = "cancelled"


class AgendaKind(StrEnum):
    """The four standing items, in their order, and free items."""

    TRENDS = "trends"  # 1. new circumvention trends
    RELATIONS = "relations"  # 2. bilateral and EU relation with the third countries
    OPERATIONS = "operations"  # 3. operational bottlenecks and best practices
    EXCHANGE = "exchange"  # 4. planning of knowledge-exchange sessions
    FREE = "free"


STANDING_ITEMS = (
    AgendaKind.TRENDS,
    AgendaKind.RELATIONS,
    AgendaKind.OPERATIONS,
    AgendaKind.EXCHANGE,
)


class ParticipantRole(StrEnum):
    CONTACT_POINT = "contact-point"
    COUNTRY_DESK = "country-desk"
    POST = "post"
    IMH = "imh"
    OTHER = "other"


class Attendance(StrEnum):
    INVITED = "invited"
    ATTENDED = "attended"
    EXCUSED = "excused"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class MeetingSeries(SQLModel, table=True):
    """A contact point's recurring meeting. At most one active series per contact point."""

    __tablename__ = "meeting_series"
    __table_args__ = (
        Index(
            "ux_series_active_contact_point",
            "contact_point_id",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    region: str = Field(foreign_key="directorate.code", max_length=8)
    contact_point_id: int | None = Field(
        default=None, foreign_key="contact_point.id", ondelete="SET NULL"
    )
    title: str = Field(default="")
    tz: str = Field(default=DEFAULT_TZ, max_length=64)
    duration_minutes: int = Field(default=120)
    location: str = Field(default="The Hague")
    video_link: str = Field(default="")
    chair: str = Field(default="")
    active: bool = Field(default=True)
    created_at: datetime = utc_field(default_factory=utcnow)


class SeriesRule(SQLModel, table=True):
    """One stretch of a series' recurrence: every ``interval_weeks`` weeks from ``starts_local``,
    for occurrences from ``valid_from`` up to ``valid_until``. Changing the series from a date
    onward ends the current rule and starts a new one."""

    __tablename__ = "series_rule"
    id: int | None = Field(default=None, primary_key=True)
    series_id: int = Field(foreign_key="meeting_series.id", index=True, ondelete="CASCADE")
    starts_local: datetime = wall_clock_field()  # wall-clock time of the first occurrence
    interval_weeks: int = Field(default=4)
    valid_from: date
    valid_until: date | None = None


class Meeting(SQLModel, table=True):
    __tablename__ = "meeting"
    __table_args__ = (
        Index("ux_meeting_occurrence", "series_id", "occurrence_date", unique=True),
        Index("ix_meeting_region_start", "region", "starts_local"),
    )

    id: int | None = Field(default=None, primary_key=True)
    series_id: int | None = Field(
        default=None, foreign_key="meeting_series.id", ondelete="SET NULL"
    )
    region: str = Field(foreign_key="directorate.code", max_length=8)
    # its series' contact point, kept on the meeting so lists need no join
    contact_point_id: int | None = Field(
        default=None, foreign_key="contact_point.id", ondelete="SET NULL"
    )
    occurrence_date: date  # the series date it stands for, even when moved
    starts_local: datetime = wall_clock_field()
    tz: str = Field(default=DEFAULT_TZ, max_length=64)
    duration_minutes: int = Field(default=120)
    location: str = Field(default="")
    video_link: str = Field(default="")
    chair: str = Field(default="")
    status: str = Field(default=MeetingStatus.DRAFT.value, max_length=16)
    created_at: datetime = utc_field(default_factory=utcnow)
    updated_at: datetime = utc_field(default_factory=utcnow)
    version: int = Field(default=1)  # bumped by every change (services.versions)
    changed_by: str | None = Field(default=None, max_length=200)


class AgendaItem(SQLModel, table=True):
    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_meeting", "meeting_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE")
    position: int
    kind: str = Field(default=AgendaKind.FREE.value, max_length=16)
    title: str = Field(default="")  # empty for standing items: their title follows the language
    duration_minutes: int = Field(default=15)
    presenter: str = Field(default="")
    minutes: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # a free item's title may be printed for external readers (staff wrote it: off by default)
    shareable: bool = Field(default=False)
    carried_from_id: int | None = Field(
        default=None, foreign_key="agenda_item.id", ondelete="SET NULL"
    )
    version: int = Field(default=1)  # bumped by every change (services.versions)
    changed_by: str | None = Field(default=None, max_length=200)
    updated_at: datetime | None = utc_field(default=None, nullable=True)  # None: never changed


class AgendaSignal(SQLModel, table=True):
    """How item 1's signal list differs from the meeting window (``added`` or ``removed`` by the
    contact point), and, once the meeting is finalised, the list as it stood then: every listed
    signal has a ``frozen_position`` (``kept`` marks one that was simply in the window)."""

    __tablename__ = "agenda_signal"
    meeting_id: int = Field(foreign_key="meeting.id", primary_key=True, ondelete="CASCADE")
    signal_id: int = Field(foreign_key="signal.id", primary_key=True, ondelete="CASCADE")
    mode: str = Field(max_length=8)  # added | removed | kept
    frozen_position: int | None = None


class Participant(SQLModel, table=True):
    __tablename__ = "participant"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    name: str
    role: str = Field(default=ParticipantRole.OTHER.value, max_length=16)
    organisation: str = Field(default="")
    attendance: str = Field(default=Attendance.INVITED.value, max_length=16)
    position: int = Field(default=0)


class Decision(SQLModel, table=True):
    __tablename__ = "decision"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    agenda_item_id: int | None = Field(
        default=None, foreign_key="agenda_item.id", ondelete="SET NULL"
    )
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = utc_field(default_factory=utcnow)


class ActionItem(SQLModel, table=True):
    """Agreed in one meeting; carried to every later meeting of its series until done or
    dropped. Whether it was open at a given meeting follows from ``closed_at``."""

    __tablename__ = "action_item"
    __table_args__ = (Index("ix_action_series_status", "series_id", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    series_id: int | None = Field(
        default=None, foreign_key="meeting_series.id", ondelete="SET NULL"
    )
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    agenda_item_id: int | None = Field(
        default=None, foreign_key="agenda_item.id", ondelete="SET NULL"
    )
    text: str = Field(sa_column=Column(Text, nullable=False))
    due_on: date | None = None
    status: str = Field(default=ActionStatus.OPEN.value, max_length=16)
    closed_at: datetime | None = utc_field(default=None, nullable=True)
    created_at: datetime = utc_field(default_factory=utcnow)


class ActionOwner(SQLModel, table=True):
    __tablename__ = "action_owner"
    __table_args__ = (Index("ix_action_owner_name", "owner_key"),)

    action_id: int = Field(foreign_key="action_item.id", primary_key=True, ondelete="CASCADE")
    owner: str = Field(primary_key=True)
    owner_key: str = Field(default="")  # casefolded, for "mine" and "by owner"
