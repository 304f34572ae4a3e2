"""Reference data: directorates, countries (with their editable directorate), the CHPI list."""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class Directorate(SQLModel, table=True):
    __tablename__ = "directorate"
    code: str = Field(primary_key=True, max_length=8)
    name_en: str
    name_nl: str


class Country(SQLModel, table=True):
    """An ISO 3166 country. Its directorate decides the region of its signals; the user may
    change it (``directorate_source = 'user'``), and reference syncs then leave it alone."""

    __tablename__ = "country"
    __table_args__ = (Index("ix_country_name", "name_en", "code"),)

    code: str = Field(primary_key=True, max_length=2)
    name_en: str
    name_nl: str
    directorate_code: str = Field(foreign_key="directorate.code", index=True, max_length=8)
    directorate_source: str = Field(default="default", max_length=16)  # default|reference|user
    un_subregion: str = Field(default="", max_length=40)


class CountryAlias(SQLModel, table=True):
    """Every name a country may be typed as (names, common and official names, aliases),
    normalised for lookup."""

    __tablename__ = "country_alias"
    alias_key: str = Field(primary_key=True, max_length=120)
    country_code: str = Field(foreign_key="country.code", max_length=2)


class ChpiItem(SQLModel, table=True):
    """One of the 50 Common High Priority Items, by 6-digit HS code."""

    __tablename__ = "chpi_item"
    hs6: str = Field(primary_key=True, max_length=6)
    tier: str = Field(max_length=4)
    description: str
