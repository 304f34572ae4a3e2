"""This store's identity, the contacts it exchanges packages with, and what was exchanged."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from desk.models.base import utc_field, utcnow


class Identity(SQLModel, table=True):
    """Who this store is when it exchanges packages: one row. The private keys never leave
    the encrypted store (only the public keys travel, on a contact card)."""

    __tablename__ = "identity"
    id: int = Field(default=1, primary_key=True)
    name: str = Field(max_length=200)
    role: str = Field(max_length=16)  # "post" or "contact-point"
    post: str = Field(default="", max_length=200)
    region: str = Field(default="", max_length=8)
    age_secret: str  # X25519, as age writes it: AGE-SECRET-KEY-1…
    age_recipient: str = Field(max_length=100)  # its public half: age1…
    sign_secret: str = Field(max_length=64)  # Ed25519 private key, hex
    sign_public: str = Field(max_length=64)  # hex
    fingerprint: str = Field(max_length=64)
    created_at: datetime = utc_field(default_factory=utcnow)
    sequence: int = Field(default=0)  # of the last package sent: receivers refuse replays


class Contact(SQLModel, table=True):
    """Another store whose fingerprint the user compared and trusted."""

    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_name", "name", unique=True),
        Index("ix_contact_fingerprint", "fingerprint", unique=True),
    )
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    role: str = Field(max_length=16)
    post: str = Field(default="", max_length=200)
    region: str = Field(default="", max_length=8)
    age_recipient: str = Field(max_length=100)
    sign_public: str = Field(max_length=64)
    fingerprint: str = Field(max_length=64)
    trusted_at: datetime = utc_field(default_factory=utcnow)
    revoked_at: datetime | None = utc_field(default=None)
    last_sequence: int = Field(default=0)  # of the last package received from it


class ExchangePackage(SQLModel, table=True):
    """A package sent or received (received twice: nothing changes the second time)."""

    __tablename__ = "exchange_package"
    id: str = Field(primary_key=True, max_length=36)
    direction: str = Field(max_length=8)  # "sent" or "received"
    kind: str = Field(max_length=16)  # "signals" or "feedback"
    peers: str  # the sender (received) or the recipients (sent), names
    sequence: int
    created_at: datetime = utc_field()
    processed_at: datetime = utc_field(default_factory=utcnow)
    summary: str = Field(default="")  # counts, as the command line printed them


class SentSignal(SQLModel, table=True):
    """Which version of a signal was last sent to a contact (what is "not yet sent")."""

    __tablename__ = "exchange_sent"
    contact_id: int = Field(foreign_key="contact.id", primary_key=True, ondelete="CASCADE")
    signal_uuid: str = Field(primary_key=True, max_length=36)
    version: int
    package_id: str = Field(max_length=36)
    sent_at: datetime = utc_field(default_factory=utcnow)


class SignalFeedback(SQLModel, table=True):
    """What a contact point reported back about one of this store's signals."""

    __tablename__ = "signal_feedback"
    signal_uuid: str = Field(primary_key=True, max_length=36)
    from_contact: str = Field(max_length=200)
    status: str = Field(max_length=16)
    meetings: str = Field(default="")  # JSON: [{"region", "date", "decisions": [...]}]
    received_at: datetime = utc_field(default_factory=utcnow)
