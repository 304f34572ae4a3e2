"""The record of every document Desk issued: what, for whom, when, and its SHA-256."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from desk.models.base import utc_field, utcnow


class BriefingRecord(SQLModel, table=True):
    __tablename__ = "briefing"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=24)  # meeting-briefing | minutes | country-profile
    region: str | None = Field(default=None, max_length=8)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    country_code: str | None = Field(default=None, max_length=2)
    audience: str = Field(max_length=16)
    lang: str = Field(max_length=2)
    marking: str
    tlp: str = Field(max_length=16)
    issued_at: datetime = utc_field(default_factory=utcnow)
    issued_by: str = Field(default="")
    sha256: str = Field(max_length=64)
    pages: int = Field(default=0)
    file_name: str = Field(default="")
    protected: bool = Field(default=False)
