"""SQLModel tables and enums: pure data, no Qt, no I/O."""

from sqlmodel import SQLModel

from desk.models.audit import AuditEntry
from desk.models.meta import Setting, StoreMeta

metadata = SQLModel.metadata

__all__ = ["AuditEntry", "Setting", "StoreMeta", "metadata"]
