"""Country profiles of third countries, and the knowledge-exchange events fitted to them."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from desk.models.base import utc_field, utcnow


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very-high"


class CircumventionRole(StrEnum):
    TRANSIT = "transit-neighbour"
    TRADE_HUB = "trade-hub"
    FINANCE_HUB = "finance-hub"
    PRAGMATIC = "pragmatic-partner"
    PRODUCER = "producer"
    OTHER = "other"


class EventKind(StrEnum):
    EXPERT_PANEL = "expert-panel"
    HACKATHON = "hackathon"
    ACADEMIC = "academic"
    OTHER = "other"


class EventStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    HELD = "held"
    EVALUATED = "evaluated"


PARTICIPANT_MIX = ("students", "policymakers", "private-sector")


def _text_column() -> Column[str]:
    return Column(Text, nullable=False, default="")


class CountryProfile(SQLModel, table=True):
    """What moves a third country, written by the contact points. Lists are ";"-separated."""

    __tablename__ = "country_profile"
    country_code: str = Field(foreign_key="country.code", primary_key=True, max_length=2)
    relation_eu: str = Field(default="")  # e.g. "EU candidate; FTA under negotiation"
    relation_russia: str = Field(default="")  # e.g. "EAEU member; CSTO member"
    roles: str = Field(default="")  # CircumventionRole values
    preferred_exchange: str = Field(default="", max_length=16)  # an EventKind value
    exchange_rationale: str = Field(default="", sa_column=_text_column())
    posts: str = Field(default="")  # e.g. "Embassy Yerevan"
    risk_level: str = Field(default="", max_length=16)  # a RiskLevel value
    risk_assessed_on: date | None = None
    notes: str = Field(default="", sa_column=_text_column())
    updated_at: datetime = utc_field(default_factory=utcnow)
    version: int = Field(default=1)  # bumped by every change (services.versions)
    changed_by: str | None = Field(default=None, max_length=200)


class CountryContact(SQLModel, table=True):
    __tablename__ = "country_contact"
    id: int | None = Field(default=None, primary_key=True)
    country_code: str = Field(foreign_key="country.code", index=True, max_length=2)
    name: str
    function: str = Field(default="")
    organisation: str = Field(default="")
    position: int = Field(default=0)


class CountryFigure(SQLModel, table=True):
    """A key figure of a profile, e.g. Russia–UAE trade ≈ USD 11.5 bn in 2024."""

    __tablename__ = "country_figure"
    id: int | None = Field(default=None, primary_key=True)
    country_code: str = Field(foreign_key="country.code", index=True, max_length=2)
    label: str
    value: str
    year: int | None = None
    source: str = Field(default="")
    position: int = Field(default=0)


class ExchangeEvent(SQLModel, table=True):
    __tablename__ = "exchange_event"
    __table_args__ = (Index("ix_event_country_start", "country_code", "starts_on"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    country_code: str = Field(foreign_key="country.code", max_length=2)
    title: str
    starts_on: date | None = None  # an idea may not have a date yet
    ends_on: date | None = None
    host_post: str = Field(default="")
    status: str = Field(default=EventStatus.IDEA.value, max_length=16)
    participant_count: int | None = None
    organisations: str = Field(default="", sa_column=_text_column())  # notable participants
    themes: str = Field(default="")  # ";"-separated
    outcomes: str = Field(default="", sa_column=_text_column())
    lessons: str = Field(default="", sa_column=_text_column())  # best practices → agenda item 3
    # expert panel
    co_hosts: str = Field(default="")  # member states in rotation order, e.g. "NL;DE;FR"
    host: str = Field(default="")  # who hosts this panel
    next_host: str = Field(default="")  # whose turn it is after it was held
    chatham_house: bool = Field(default=False)
    # hackathon
    cases: str = Field(default="", sa_column=_text_column())
    participant_mix: str = Field(default="")  # PARTICIPANT_MIX values
    # academic collaboration
    universities: str = Field(default="")
    programme: str = Field(default="", sa_column=_text_column())
    created_at: datetime = utc_field(default_factory=utcnow)
    updated_at: datetime = utc_field(default_factory=utcnow)
    version: int = Field(default=1)  # bumped by every change (services.versions)
    changed_by: str | None = Field(default=None, max_length=200)


class EventSignal(SQLModel, table=True):
    __tablename__ = "event_signal"
    event_id: int = Field(foreign_key="exchange_event.id", primary_key=True, ondelete="CASCADE")
    signal_id: int = Field(foreign_key="signal.id", primary_key=True, ondelete="CASCADE")


class EventAction(SQLModel, table=True):
    """A follow-up of an event; it can be taken into a meeting's actions."""

    __tablename__ = "event_action"
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="exchange_event.id", index=True, ondelete="CASCADE")
    text: str = Field(sa_column=Column(Text, nullable=False))
    owners: str = Field(default="")  # ";"-separated
    due_on: date | None = None
    meeting_action_id: int | None = Field(
        default=None, foreign_key="action_item.id", ondelete="SET NULL"
    )
