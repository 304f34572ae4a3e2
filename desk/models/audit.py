"""The audit trail: who changed what, when, from which value to which."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from desk.models.base import utc_field, utcnow


class AuditEntry(SQLModel, table=True):
    """One row per changed field (or one row for an action without fields, e.g. create).

    Rows written by the same change share ``change_id`` so a history view can group them.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    change_id: str = Field(max_length=32)
    at: datetime = utc_field(default_factory=utcnow)
    actor: str = Field(max_length=200)
    entity: str = Field(max_length=40)
    entity_id: str = Field(max_length=64)
    action: str = Field(max_length=40)
    field: str | None = Field(default=None, max_length=64)
    old_value: str | None = None
    new_value: str | None = None
