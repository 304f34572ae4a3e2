"""A signal draft as the rows that store it: its ``signal`` row with the derived columns (title
key, most critical tier, content hash) and its ``signal_hs_code`` rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from desk.models import SignalHsCode
from desk.models.base import table_of
from desk.models.enums import Category, SourceKind, Tlp, tier_rank
from desk.models.hs import HsCode
from desk.models.signals import NO_TIER_RANK
from desk.models.text import title_key
from desk.services.reference import ReferenceIndex
from desk.services.validation import SignalDraft, content_hash


def _most_critical(tiers: Iterable[str | None]) -> str | None:
    ranked = [(rank, t) for t in tiers if t is not None and (rank := tier_rank(t)) is not None]
    return min(ranked)[1] if ranked else None


def signal_columns(draft: SignalDraft, ref: ReferenceIndex) -> dict[str, Any]:
    """The ``signal`` row for a draft, derived columns included."""
    tier = _most_critical(
        (item.tier if (item := ref.chpi_for(c)) else None) for c in draft.hs_codes
    )
    tlp = Tlp(draft.tlp)
    return {
        "observed_on": draft.observed_on,
        "country_code": draft.country_code,
        "title": draft.title,
        "title_key": title_key(draft.title),
        "summary": draft.summary,
        "category": Category(draft.category).value,
        "source": draft.source,
        "source_url": draft.source_url,
        "source_kind": SourceKind(draft.source_kind).value,
        "reliability": draft.reliability,
        "credibility": draft.credibility,
        "tlp": tlp.value,
        "tlp_rank": tlp.rank,
        "chr": draft.chr,
        "tags": ";".join(draft.tags),
        "chpi_tier": tier,
        "tier_rank": tier_rank(tier) if tier else NO_TIER_RANK,
        "content_hash": content_hash(draft),
    }


def replace_hs_rows(
    s: Session, signal_id: int, codes: Sequence[HsCode], ref: ReferenceIndex
) -> None:
    """A saved signal's code rows, written again even when its codes did not change: their
    tiers (what a tier filter reads) come from the same CHPI reference as the signal's own
    tier stored with it (``signal_columns``: its sort, and PostgreSQL's tier bound)."""
    table = table_of(SignalHsCode)
    s.execute(sa.delete(table).where(table.c.signal_id == signal_id))
    rows = hs_rows(signal_id, codes, ref)
    if rows:
        s.execute(sa.insert(table), rows)


def hs_rows(signal_id: int, codes: Sequence[HsCode], ref: ReferenceIndex) -> list[dict[str, Any]]:
    rows = []
    for code in codes:
        item = ref.chpi_for(code)
        rows.append(
            {
                "signal_id": signal_id,
                "code": code.digits,
                "chpi_hs6": item.hs6 if item else None,
                "tier": item.tier if item else None,
            }
        )
    return rows


def code_rows_of(
    ids: Sequence[int], drafts: Sequence[SignalDraft], ref: ReferenceIndex
) -> list[Any]:
    """The ``signal_hs_code`` rows of newly inserted signals."""
    return [
        row for sid, d in zip(ids, drafts, strict=True) for row in hs_rows(sid, d.hs_codes, ref)
    ]
