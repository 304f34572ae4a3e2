"""A signal as stored, read in bulk: its content as a draft, and what says where it came from
and which version it is — for exports and exchange packages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from desk.models import Signal, SignalHsCode
from desk.models.base import table_of
from desk.models.enums import Category, SourceKind, Tlp
from desk.models.hs import HsCode
from desk.services.validation import FIELDS, SignalDraft
from desk.services.work import Work


def split_tags(text: str) -> list[str]:
    return [t for t in text.split(";") if t]


@dataclass(frozen=True)
class StoredSignal:
    """A signal as stored: its content (``draft``) and what says where it came from and which
    version it is — for exports and exchange packages."""

    id: int
    uuid: str
    version: int
    synced_version: int
    origin_identity: str
    author: str
    post: str
    logged_at: datetime
    status: str
    region: str
    named_recipients: list[str]
    content_hash: str | None
    draft: SignalDraft


def stored_signals(w: Work, ids: Sequence[int]) -> list[StoredSignal]:
    """The signals with these ids, in the order given, read in chunks (not one by one)."""
    S, H = table_of(Signal), table_of(SignalHsCode)
    rows: dict[int, Any] = {}
    codes: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        for row in w.session.execute(sa.select(S).where(S.c.id.in_(chunk))).mappings():
            rows[row["id"]] = row
        for sid, code in w.session.execute(
            sa.select(H.c.signal_id, H.c.code).where(H.c.signal_id.in_(chunk)).order_by(H.c.code)
        ):
            codes.setdefault(sid, []).append(code)
    return [
        StoredSignal(
            id=sid,
            uuid=r["uuid"],
            version=r["version"],
            synced_version=r["synced_version"],
            origin_identity=r["origin_identity"],
            author=r["author"],
            post=r["post"],
            logged_at=r["logged_at"],
            status=r["status"],
            region=w.reference.region_of(r["country_code"]),
            named_recipients=split_tags(r["named_recipients"]),
            content_hash=r["content_hash"],
            draft=stored_draft(dict(r), codes.get(sid, [])),
        )
        for sid in ids
        if (r := rows.get(sid)) is not None
    ]


def stored_draft(row: Mapping[str, Any], hs_codes: Sequence[str]) -> SignalDraft:
    """The draft a row of the ``signal`` table holds (its columns are named like the draft's
    attributes), with its HS codes from ``signal_hs_code``."""
    values = {f.attribute: row[f.attribute] for f in FIELDS if f.attribute != "hs_codes"}
    return SignalDraft(
        **values
        | {
            "category": Category(row["category"]),
            "tlp": Tlp(row["tlp"]),
            "source_kind": SourceKind(row["source_kind"]),
            "chr": bool(row["chr"]),
            "tags": split_tags(row["tags"]),
            "hs_codes": [HsCode(c) for c in hs_codes],
        }
    )
