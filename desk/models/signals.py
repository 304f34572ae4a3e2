"""The trend log: signals and their HS codes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from desk.models.base import utc_field, utcnow

NO_TIER_RANK = 99  # sorts after every real tier, so the index serves "most critical first"


# The filter columns each index the trend log walks holds after its own (migration 0013).
_FILTERED = ("country_code", "category", "tlp_rank", "tier_rank", "reliability", "credibility")
_NOT_TIER = ("country_code", "category", "tlp_rank", "reliability", "credibility")


class Signal(SQLModel, table=True):
    __tablename__ = "signal"
    # Each index costs on every insert (measured: ten indexes doubled the import time), so
    # each serves several queries. Every trend-log query excludes archived signals: status is in
    # each index the log walks, so a match is decided without reading the row (at a million
    # signals a row read is a page read and decryption). Migrations 0012 to 0014 say which serves what.
    __table_args__ = (
        Index("ix_signal_observed", "observed_on", "status", *_FILTERED),
        Index("ix_signal_country", "country_code", "observed_on", "status", *_FILTERED[1:]),
        Index("ix_signal_tier", "tier_rank", "observed_on", "status", *_NOT_TIER),
        Index("ix_signal_logged_at", "logged_at"),
        Index("ix_signal_updated_at", "updated_at", "status"),
        Index("ix_signal_title", "title_key", "observed_on"),
        # grade sort: per-grade walks by date, every filter column decided in the index
        Index(
            "ix_signal_grade", "reliability", "credibility", "observed_on", "status", *_FILTERED[:4]
        ),
        Index("ix_signal_uuid", "uuid", unique=True),
        # the matches of words and HS codes (ids), decided and sorted without a row read
        Index("ix_signal_row", "id", "status", "observed_on", *_FILTERED),
    )

    id: int | None = Field(default=None, primary_key=True)
    observed_on: date
    logged_at: datetime = utc_field(default_factory=utcnow)
    updated_at: datetime = utc_field(default_factory=utcnow)  # content; status changes are audited
    country_code: str = Field(foreign_key="country.code", max_length=2)
    title: str = Field(max_length=200)
    title_key: str = Field(max_length=200)  # casefolded, spaces collapsed: duplicate check, sort
    summary: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    category: str = Field(max_length=16)
    source: str = Field(default="")
    source_url: str = Field(default="")
    source_kind: str = Field(default="unspecified", max_length=16)  # enums.SourceKind
    reliability: str = Field(max_length=1)
    credibility: int
    tlp: str = Field(default="AMBER", max_length=16)
    tlp_rank: int = Field(default=2)
    chr: bool = Field(default=False)
    status: str = Field(default="new", max_length=16)
    author: str = Field(default="")  # who logged it (the first entry of its history)
    post: str = Field(default="")
    origin: str = Field(default="create", max_length=240)  # "create", "import: file.csv", "demo: …"
    tags: str = Field(default="")  # ";"-separated, as typed (kept in the full-text index)
    # Most critical CHPI tier among the HS codes (denormalised so the log sorts by it in SQL).
    chpi_tier: str | None = Field(default=None, max_length=4)
    tier_rank: int = Field(default=NO_TIER_RANK)  # 0 = tier 1 … 5 = tier 4.B; 99 = none

    # -- travelling between stores (exchange packages, see services/exchange) ----------------
    uuid: str = Field(max_length=36)  # the same signal in every store it reaches
    # the identity (fingerprint) whose store created it; "" = this store, before it had one
    origin_identity: str = Field(default="", max_length=64)
    version: int = Field(default=1)  # bumped by every edit (and by archiving)
    changed_by: str | None = Field(default=None, max_length=200)  # who made that version
    # the version last sent or received: a version above it on both sides is a conflict
    synced_version: int = Field(default=0)
    content_hash: str | None = Field(default=None, max_length=64)  # of the exchanged fields
    received_from: str = Field(default="", max_length=200)  # the contact it came from
    received_package: str = Field(default="", max_length=36)
    received_at: datetime | None = utc_field(default=None)
    # TLP:RED: the contacts (names, ";"-separated) its author allows to receive it
    named_recipients: str = Field(default="")


class SignalHsCode(SQLModel, table=True):
    """An HS code given for a signal (digits only), and the CHPI item it falls under."""

    __tablename__ = "signal_hs_code"
    # By tier: "tier:1" read the whole table (a million rows at a million signals).
    __table_args__ = (
        Index("ix_signal_hs_code", "code"),
        Index("ix_signal_hs_tier", "tier", "signal_id"),
    )

    signal_id: int = Field(foreign_key="signal.id", primary_key=True, ondelete="CASCADE")
    code: str = Field(primary_key=True, max_length=10)
    chpi_hs6: str | None = Field(default=None, foreign_key="chpi_item.hs6", max_length=6)
    tier: str | None = Field(default=None, max_length=4)
