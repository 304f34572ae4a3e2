"""Contact points: who within a regional directorate follows which countries.

A region has one contact point or several (DEU has two). Each has its own countries and its
own four-weekly series. A country belongs to a contact point of its directorate from a date
(``country_assignment``: one row per change, so who had a country on any day can be told);
a country never assigned, or last assigned within another directorate, belongs to its
directorate's default contact point.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel

from desk.models.base import utc_field, utcnow


class ContactPoint(SQLModel, table=True):
    __tablename__ = "contact_point"
    __table_args__ = (
        Index("ux_contact_point_name", "region", "name", unique=True),
        # exactly one default per region (the migration and `add` keep it so)
        Index(
            "ux_contact_point_default",
            "region",
            unique=True,
            sqlite_where=text("is_default"),
            postgresql_where=text("is_default"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    region: str = Field(foreign_key="directorate.code", max_length=8)
    name: str = Field(max_length=80)
    is_default: bool = Field(default=False)
    active: bool = Field(default=True)
    created_at: datetime = utc_field(default_factory=utcnow)


class CountryAssignment(SQLModel, table=True):
    """From ``valid_from`` on (until the country's next row), ``country_code`` belongs to
    ``contact_point_id``."""

    __tablename__ = "country_assignment"
    __table_args__ = (
        Index("ux_assignment_country_from", "country_code", "valid_from", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    country_code: str = Field(foreign_key="country.code", max_length=2)
    contact_point_id: int = Field(foreign_key="contact_point.id", index=True, ondelete="CASCADE")
    valid_from: date
    created_at: datetime = utc_field(default_factory=utcnow)
    changed_by: str | None = Field(default=None, max_length=200)
