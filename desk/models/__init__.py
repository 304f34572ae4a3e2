"""SQLModel tables and enums: pure data, no Qt, no I/O."""

from sqlmodel import SQLModel

from desk.models.audit import AuditEntry
from desk.models.briefings import BriefingRecord
from desk.models.contact_points import ContactPoint, CountryAssignment
from desk.models.countries import (
    CountryContact,
    CountryFigure,
    CountryProfile,
    EventAction,
    EventSignal,
    ExchangeEvent,
)
from desk.models.exchange import (
    Contact,
    ExchangePackage,
    Identity,
    SentSignal,
    SignalFeedback,
)
from desk.models.meetings import (
    ActionItem,
    ActionOwner,
    AgendaItem,
    AgendaSignal,
    Decision,
    Meeting,
    MeetingSeries,
    Participant,
    SeriesRule,
)
from desk.models.meta import Setting, StoreMeta
from desk.models.reference import ChpiItem, Country, CountryAlias, Directorate
from desk.models.signals import Signal, SignalHsCode
from desk.models.trade import TradeFlow, TradeSourceFile

metadata = SQLModel.metadata

__all__ = [
    "ActionItem",
    "ActionOwner",
    "AgendaItem",
    "AgendaSignal",
    "AuditEntry",
    "BriefingRecord",
    "ChpiItem",
    "Contact",
    "ContactPoint",
    "Country",
    "CountryAlias",
    "CountryAssignment",
    "CountryContact",
    "CountryFigure",
    "CountryProfile",
    "Decision",
    "Directorate",
    "EventAction",
    "EventSignal",
    "ExchangeEvent",
    "ExchangePackage",
    "Identity",
    "Meeting",
    "MeetingSeries",
    "Participant",
    "SentSignal",
    "SeriesRule",
    "Setting",
    "Signal",
    "SignalFeedback",
    "SignalHsCode",
    "StoreMeta",
    "TradeFlow",
    "TradeSourceFile",
    "metadata",
]
