"""Shared column types. Times are aware datetimes in Python and UTC without offset on disk."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Table
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; naive values are refused (they would be
    ambiguous). Defined here, not taken from SQLModel, so every SQLModel version behaves alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("naive datetime: give it a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def utc_field(**kwargs: Any) -> Any:
    """A datetime column stored as UTC."""
    return Field(sa_type=UtcDateTime, **kwargs)


def wall_clock_field(**kwargs: Any) -> Any:
    """A naive datetime column: a wall-clock time whose zone is stored beside it (meetings)."""
    return Field(sa_type=DateTime, **kwargs)


def table_of(model: type[SQLModel]) -> Table:
    """A model's SQLAlchemy table, typed (SQLModel declares ``__table__`` untyped): for core
    queries over many rows, where building model objects would cost more than the query."""
    table = model.__dict__.get("__table__")
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not a table model")
    return table
