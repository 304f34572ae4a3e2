"""Official trade statistics in CHPI goods: the files imported and the flows kept from them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from desk.models.base import utc_field, utcnow


class TradeSource(StrEnum):
    COMEXT = "comext"  # Eurostat Comext: EU member states' declarations, in euros
    COMTRADE = "comtrade"  # UN Comtrade: any reporter, in US dollars


class TradeFlowKind(StrEnum):
    IMPORT = "import"
    EXPORT = "export"


CURRENCY = {TradeSource.COMEXT: "EUR", TradeSource.COMTRADE: "USD"}


class TradeSourceFile(SQLModel, table=True):
    """One imported file, as the record of where the flows came from."""

    __tablename__ = "trade_source_file"

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=12)  # TradeSource
    file_name: str
    sha256: str = Field(max_length=64)
    first_period: str = Field(default="", max_length=7)
    last_period: str = Field(default="", max_length=7)
    periods: int = Field(default=0)
    reporters: str = Field(default="")  # ";"-separated ISO2 codes the file covers
    rows_read: int = Field(default=0)
    rows_kept: int = Field(default=0)
    rows_skipped: int = Field(default=0)
    flows_stored: int = Field(default=0)
    flows_replaced: int = Field(default=0)
    imported_at: datetime = utc_field(default_factory=utcnow)
    imported_by: str = Field(default="")


class TradeFlow(SQLModel, table=True):
    """One reporter's trade with one partner in one product, flow and period."""

    __tablename__ = "trade_flow"
    __table_args__ = (
        # a re-import deletes by (source, reporter, period); the radar reads by third country
        # (the partner of EU declarants, the reporter of Comtrade files), code and period
        Index("ix_trade_flow_reporter", "source", "reporter", "period"),
        Index("ix_trade_flow_partner", "partner", "hs6", "period"),
        Index("ix_trade_flow_reporter_hs6", "reporter", "hs6", "period"),
        Index("ix_trade_flow_hs6", "hs6", "period"),
    )

    id: int | None = Field(default=None, primary_key=True)
    source_file_id: int | None = Field(
        default=None, foreign_key="trade_source_file.id", ondelete="SET NULL"
    )
    source: str = Field(max_length=12)  # TradeSource
    reporter: str = Field(max_length=2)  # ISO 3166 alpha-2 (Comext's declarant codes as given)
    partner: str = Field(max_length=2)
    product: str = Field(max_length=10)  # as published: CN8, HS6…
    hs6: str = Field(max_length=6)  # the CHPI item it falls under
    tier: str = Field(max_length=4)
    flow: str = Field(max_length=6)  # TradeFlowKind
    period: str = Field(max_length=7)  # YYYY-MM, or YYYY for annual figures
    value: float
    currency: str = Field(max_length=3)
    quantity_kg: float | None = Field(default=None)
