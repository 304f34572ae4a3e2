"""The store's own facts and the user's preferences that travel with the store."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from desk.models.base import utc_field, utcnow


class StoreMeta(SQLModel, table=True):
    """Identity of the store (id, which Desk created it). Written once, read on open."""

    __tablename__ = "desk_meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str


class Setting(SQLModel, table=True):
    """User preferences kept inside the encrypted store (JSON values), e.g. the idle timeout,
    the user's name and post, the list of document markings."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True, max_length=64)
    value: str
    updated_at: datetime = utc_field(default_factory=utcnow)
