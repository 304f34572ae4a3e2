"""PostgreSQL's side of the trend log's plans (``search_pages``): what differs from SQLite.

Under row-level security every signal row PostgreSQL reads is checked against its policy
columns, so a word's matches cost a row read each (the full-text index gives row addresses,
not ids): "kyrgyz" matches 64,000 signals at a million, about 90 ms to read them all. So:

* the words are matched on the row's own vector, never ``id IN (SELECT id FROM signal …)``
  (the self-join read the whole date or country index to join it: 0.3–0.4 s);
* few or many is decided by the planner's estimate when the words alone match many (reading
  5,000 of them to count cost 35 ms a keystroke); when few, their ids are read once and the
  page reads them by id (the count read every match, then the page read them all again);
* a tier filter also bounds the signal's own ``tier_rank`` (its most critical code's): the
  tier index then gives the few candidates (PostgreSQL ANDs it with the words' bitmap) where
  the HS codes' index alone gave 71,000 ids to join with a scan of the tier index ("tier:1"
  by grade, its counts per grade: 369 → 64 ms at 1M).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from desk.models.enums import TIERS
from desk.services.query import SignalFilter
from desk.services.search_sql import H, S, code_terms, tier_names
from desk.store import search_index
from desk.store.search_index import signal_text_match

# The words' estimated matches beyond which they are many without reading any, in times the
# few-or-many line: the planner's estimate is near for common words (the ones estimated this
# high), and the margin keeps a rough one from walking an index for a few thousand matches.
SURELY_MANY = 4


def tier_bound(flt: SignalFilter) -> list[sa.ColumnElement[bool]]:
    """A condition every signal with a code of one of ``flt``'s tiers meets: its ``tier_rank``
    is its most critical code's (``signals.signal_columns``), so at most the tiers' largest
    rank. Implied by the tier filter (it never drops a match); an index range for the rows."""
    ranks = [TIERS.index(n) for t in flt.tiers for n in tier_names(t) if n in TIERS]
    return [S.c.tier_rank <= max(ranks)] if ranks else []


def word_matches(flt: SignalFilter) -> sa.Select[Any]:
    """The signals of ``flt``'s words and HS code/tier terms, read from ``signal`` (the words
    on the row's own vector, the tiers' bound beside them)."""
    words = signal_text_match(S.c.id, flt.text)
    codes = [S.c.id.in_(sa.select(H.c.signal_id).where(t)) for t in code_terms(flt)]
    return sa.select(S.c.id).where(*([] if words is None else [words]), *codes, *tier_bound(flt))


def many_words(s: Session, text: str, limit: int) -> bool:
    """Whether the words alone match more than ``limit`` signals, by the planner's estimate."""
    return search_index.text_matches(s.connection(), text, limit + 1) > limit


def among(column: sa.ColumnElement[int], ids: list[int]) -> sa.ColumnElement[bool]:
    """``column = ANY(:ids)``: one array parameter, however many ids."""
    return column == sa.any_(sa.bindparam(None, ids, type_=sa.ARRAY(sa.Integer), unique=True))


def read_ids(s: Session, matches: sa.Select[Any], limit: int) -> list[int] | None:
    """The signals of ``matches`` (a select of ids), at most ``limit``; None when more. Counted
    where they are read, and sent only when few (5,000 ids to the client and back cost more
    than the count did: "region:DAO tier:1" +3 ms)."""
    found = matches.limit(limit + 1).subquery()
    n = sa.func.count()
    few = sa.case((n <= limit, sa.func.array_agg(next(iter(found.c)))))
    count, ids = s.execute(sa.select(n, few).select_from(found)).one()
    return None if count > limit else sorted(set(ids or ()))
