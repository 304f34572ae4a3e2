"""SQLite: the few matches of words or HS codes (``search_pages.WALK_BEYOND`` at most).

Their ids are read once and listed (one JSON parameter): before, the plan counted the list and
each page read it again, the words' index and the HS codes' twice (24 ms each for "kyrgyz
tier:1" at a million signals). Pages, counts and charts then read the listed signals' index
entries, never their rows:

* through the index ordered by id (``ROW_INDEX``), one lookup each;
* or, when the tier filter is tier 1 alone and the list is long, in the tier index's range of
  tier 1 (``TIER_INDEX``), read in order: every signal with a tier-1 code has the signal tier
  1 (``signals.signal_columns``). At a million signals that range holds 62,000 entries, about
  1,200 pages read in a row; the 3,951 lookups of "kyrgyz tier:1" read 3,300 pages scattered
  over the row index: 80 ms where nothing was cached yet (the app's first such search), 25 ms
  through the range.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from desk.models.enums import TIERS
from desk.services.query import SignalFilter
from desk.services.search_sql import S, tier_names

# Ordered by signal id, holding every filter and sort column (migration 0013).
ROW_INDEX = "ix_signal_row"
# Ordered by the signal's tier, then date, holding every filter column (migration 0013).
TIER_INDEX = "ix_signal_tier"
# From this many listed signals a range of the tier index is read instead of a lookup each
# (a lookup reads a page; the range reads a page per ~50 entries).
TIER_RANGE_FROM = 1_000


def read_ids(s: Session, matches: sa.Select[Any], limit: int) -> list[int] | None:
    """The signals of ``matches`` (a select of ids, maybe repeated), at most ``limit``; None
    when more."""
    found = [r[0] for r in s.execute(matches.limit(limit + 1))]
    return None if len(found) > limit else sorted(set(found))


def listed(column: sa.ColumnElement[int], ids: list[int]) -> sa.ColumnElement[bool]:
    """``column`` is one of ``ids``: one parameter however many (SQLite's ``json_each``)."""
    values = sa.func.json_each(sa.bindparam(None, json.dumps(ids), unique=True))
    return column.in_(sa.select(values.table_valued("value").c.value))


def tier_range(flt: SignalFilter, listed_ids: int) -> tuple[sa.ColumnElement[bool], ...]:
    """The tier index's range that holds every match, when it is worth reading instead of
    ``listed_ids`` lookups: tier 1 (the first tier) alone."""
    ranks = {TIERS.index(n) for t in flt.tiers for n in tier_names(t) if n in TIERS}
    if ranks != {0} or listed_ids < TIER_RANGE_FROM:
        return ()
    return (S.c.tier_rank == 0,)
