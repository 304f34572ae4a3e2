"""SQLModel tables and enums: pure data, no Qt, no I/O."""

from sqlmodel import SQLModel

from desk.models.audit import AuditEntry
from desk.models.meta import Setting, StoreMeta
from desk.models.reference import ChpiItem, Country, CountryAlias, Directorate
from desk.models.signals import Signal, SignalHsCode

metadata = SQLModel.metadata

__all__ = [
    "AuditEntry",
    "ChpiItem",
    "Country",
    "CountryAlias",
    "Directorate",
    "Setting",
    "Signal",
    "SignalHsCode",
    "StoreMeta",
    "metadata",
]
