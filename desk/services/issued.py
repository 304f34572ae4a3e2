"""The record of every issued document: what, for whom, when, by whom, and the SHA-256 of the
file — so anyone can later check which file was issued. Writing the file itself (atomically,
together with its record) is ``desk.documents``'s job; this module only keeps the records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import col, select

from desk.models import BriefingRecord
from desk.services.work import Context, reading, writing


@dataclass(frozen=True)
class IssuedDraft:
    """What the record of a document says; who issued it is the unit of work's actor."""

    kind: str
    audience: str
    lang: str
    marking: str
    tlp: str
    sha256: str
    pages: int
    file_name: str
    protected: bool
    region: str | None = None
    meeting_id: int | None = None
    country_code: str | None = None


@dataclass(frozen=True)
class IssuedRecord:
    id: int
    kind: str
    region: str | None
    meeting_id: int | None
    country_code: str | None
    audience: str
    lang: str
    marking: str
    tlp: str
    issued_at: datetime
    issued_by: str
    sha256: str
    pages: int
    file_name: str
    protected: bool


def record_issued(ctx: Context, draft: IssuedDraft) -> int:
    """Record an issued document (one write; the actor read in it) and give its id."""
    with writing(ctx) as w:
        record = BriefingRecord(
            kind=draft.kind,
            region=draft.region,
            meeting_id=draft.meeting_id,
            country_code=draft.country_code,
            audience=draft.audience,
            lang=draft.lang,
            marking=draft.marking,
            tlp=draft.tlp,
            issued_by=w.actor,
            sha256=draft.sha256,
            pages=draft.pages,
            file_name=draft.file_name,
            protected=draft.protected,
        )
        w.session.add(record)
        w.session.flush()
        assert record.id is not None  # flushed: the row has its id
        return record.id


def remove_issued(ctx: Context, record_id: int) -> None:
    """Take a record back (its file could not be put in place)."""
    with writing(ctx) as w:
        w.session.execute(sa.delete(BriefingRecord).where(col(BriefingRecord.id) == record_id))


def issued_documents(ctx: Context, limit: int = 200) -> list[IssuedRecord]:
    """The newest ``limit`` records, newest first."""
    with reading(ctx) as w:
        rows = w.session.exec(
            select(BriefingRecord)
            .order_by(col(BriefingRecord.issued_at).desc(), col(BriefingRecord.id).desc())
            .limit(limit)
        )
        return [_info(r) for r in rows]


def _info(r: BriefingRecord) -> IssuedRecord:
    assert r.id is not None  # read from the table
    return IssuedRecord(
        r.id,
        r.kind,
        r.region,
        r.meeting_id,
        r.country_code,
        r.audience,
        r.lang,
        r.marking,
        r.tlp,
        r.issued_at,
        r.issued_by,
        r.sha256,
        r.pages,
        r.file_name,
        r.protected,
    )
