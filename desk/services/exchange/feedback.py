"""Feedback: a contact point tells a post what became of the post's signals.

For each signal the post created (and only those: feedback never carries another post's
signals), its status here (new, reviewed, discussed, archived) and the meetings whose agenda
listed it under item 1, with their dates and the decisions taken under that item. The post's
Desk shows it on the signal ("discussed at the DEU meeting of 1 December 2026").
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desk import __version__
from desk.errors import NotFound
from desk.fileio import atomic_write_bytes
from desk.models import (
    AgendaItem,
    AgendaSignal,
    Contact,
    Decision,
    ExchangePackage,
    Meeting,
    Signal,
    SignalFeedback,
)
from desk.models.base import table_of, utcnow
from desk.models.meetings import AgendaKind, MeetingStatus
from desk.services.exchange.identity import contacts_named, identity_row
from desk.services.exchange.package import FORMAT, seal
from desk.services.exchange.send import package_path
from desk.services.work import Context, Work, reading, writing

HELD = (MeetingStatus.HELD.value, MeetingStatus.FINALISED.value)


@dataclass(frozen=True)
class MeetingMention:
    region: str
    date: date
    decisions: list[str]


@dataclass(frozen=True)
class Feedback:
    from_contact: str
    status: str
    meetings: list[MeetingMention]
    received_at: str


def _meetings(w: Work, signal_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """For each signal: the held meetings whose item 1 listed it, with item 1's decisions."""
    A, M, item, D = (table_of(t) for t in (AgendaSignal, Meeting, AgendaItem, Decision))
    found: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(signal_ids), 500):
        rows = w.session.execute(
            sa.select(A.c.signal_id, M.c.id, M.c.region, M.c.starts_local)
            .join(M, M.c.id == A.c.meeting_id)
            .where(A.c.signal_id.in_(signal_ids[start : start + 500]))
            .where(A.c.mode.in_(("added", "kept")), M.c.status.in_(HELD))
            .order_by(M.c.starts_local)
        ).all()
        meeting_ids = {mid for _, mid, _, _ in rows}
        decided: dict[int, list[str]] = {}
        for mid, text in w.session.execute(
            sa.select(D.c.meeting_id, D.c.text)
            .join(item, item.c.id == D.c.agenda_item_id)
            .where(D.c.meeting_id.in_(meeting_ids), item.c.kind == AgendaKind.TRENDS.value)
            .order_by(D.c.id)
        ):
            decided.setdefault(mid, []).append(text)
        for sid, mid, region, starts in rows:
            found.setdefault(sid, []).append(
                {
                    "region": region,
                    "date": starts.date().isoformat(),
                    "decisions": decided.get(mid, []),
                }
            )
    return found


def send_feedback(ctx: Context, to: str, out: Path | str) -> int:
    """A feedback package for the post ``to`` on every signal it created; returns how many."""
    path = package_path(out)
    with writing(ctx) as w:
        me = identity_row(w)
        (post,) = contacts_named(w, [to])
        S = table_of(Signal)
        rows = w.session.execute(
            sa.select(S.c.id, S.c.uuid, S.c.status).where(S.c.origin_identity == post.fingerprint)
        ).all()
        meetings = _meetings(w, [sid for sid, _, _ in rows])
        items = [
            {"uuid": u, "status": status, "meetings": meetings.get(sid, [])}
            for sid, u, status in rows
        ]
        me.sequence += 1
        w.session.add(me)
        package_id, created = str(uuid.uuid4()), utcnow()
        body = {
            "manifest": {
                "format": FORMAT,
                "package_id": package_id,
                "kind": "feedback",
                "sender": {
                    "name": me.name,
                    "role": me.role,
                    "post": me.post,
                    "region": me.region,
                    "fingerprint": me.fingerprint,
                },
                "recipients": [post.fingerprint],
                "created_at": created.isoformat(),
                "sequence": me.sequence,
                "counts": {"feedback": len(items)},
                "desk_version": __version__,
            },
            "feedback": items,
        }
        w.session.add(
            ExchangePackage(
                id=package_id,
                direction="sent",
                kind="feedback",
                peers=post.name,
                sequence=me.sequence,
                created_at=created,
                summary=f"feedback on {len(items)} signal(s)",
            )
        )
        atomic_write_bytes(path, seal(body, me, [post.age_recipient]))
    return len(items)


def apply_feedback(w: Work, sender: Contact, items: list[dict[str, Any]], *, write: bool) -> int:
    """Record what ``sender`` says about this store's own signals (anything else is ignored);
    returns how many of ours it covered."""
    me = identity_row(w)
    S = table_of(Signal)
    uuids = [str(i.get("uuid", "")) for i in items]
    ours: set[str] = set()
    for start in range(0, len(uuids), 500):
        ours.update(
            u
            for (u,) in w.session.execute(
                sa.select(S.c.uuid).where(
                    S.c.uuid.in_(uuids[start : start + 500]),
                    S.c.origin_identity.in_(("", me.fingerprint)),
                )
            )
        )
    covered = [i for i in items if str(i.get("uuid", "")) in ours]
    if write:
        for item in covered:
            row = w.session.get(SignalFeedback, str(item["uuid"])) or SignalFeedback(
                signal_uuid=str(item["uuid"]), from_contact=sender.name, status=""
            )
            row.from_contact = sender.name
            row.status = str(item.get("status", ""))[:16]
            row.meetings = json.dumps(item.get("meetings", []), ensure_ascii=False)
            row.received_at = utcnow()
            w.session.add(row)
    return len(covered)


def feedback_on(ctx: Context, signal_uuid: str) -> Feedback | None:
    """What a contact point reported about this signal, if anything."""
    with reading(ctx) as w:
        row = w.session.get(SignalFeedback, signal_uuid)
        if row is None:
            return None
        mentions = [
            MeetingMention(str(m["region"]), date.fromisoformat(m["date"]), list(m["decisions"]))
            for m in json.loads(row.meetings or "[]")
        ]
        return Feedback(row.from_contact, row.status, mentions, row.received_at.isoformat())


def require_signal_uuid(ctx: Context, signal_id: int) -> str:
    with reading(ctx) as w:
        found = w.session.get(Signal, signal_id)
        if found is None:
            raise NotFound(f"no signal with id {signal_id}")
        return found.uuid
