"""What a briefing or minutes say about the signals of a window, at any size of the window.

Up to ``SUMMARY_LIMIT`` signals (those the audience may see) every one is listed in full. A
larger window is more than a reader can use — 60,000 signals made an 8-minute, 15.6 MB PDF —
so it is summarised: the counts per country and category stay complete, the
``LISTED_PER_COUNTRY`` best graded of each country are listed in full, and for each country a
line says how many more there are and where to find them. Only the listed signals' details
(summary, source, HS codes) are read: the cost and memory follow what is printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import sqlalchemy as sa
from sqlmodel import Session, col

from desk.models import SignalHsCode
from desk.models.enums import TIERS, Category, Tlp
from desk.services.search import SignalRow

SUMMARY_LIMIT = 500  # a window with more signals than this is summarised
LISTED_PER_COUNTRY = 5  # in a summarised window, the best graded of each country listed
_CHUNK = 500  # ids per lookup
_CATEGORIES = [c.value for c in Category]


class Counted(Protocol):
    """What the counts read of a signal (a trend-log row or a briefing's signal)."""

    @property
    def country_name(self) -> str: ...
    @property
    def category(self) -> str: ...


@dataclass(frozen=True)
class CountRow:
    country: str
    category: str
    previous: int
    current: int


@dataclass(frozen=True)
class MoreSignals:
    """The signals of one country in a summarised window that are not listed."""

    country: str  # its name, as the document prints it
    code: str
    listed: int
    more: int

    @property
    def search(self) -> str:
        """What finds them in the trend log (and with ``desk signals list --search``)."""
        return f"country:{self.code}"


@dataclass
class WindowSignals:
    """A window's signals as one audience sees them."""

    visible: list[SignalRow]  # every one the audience may see, best graded first per country
    listed: list[SignalRow]  # those printed in full: all of them, or the best of each country
    withheld: int  # not for this audience
    more: list[MoreSignals] = field(default_factory=list)  # empty: every visible one is listed

    @property
    def summarised(self) -> bool:
        return bool(self.more)


def grade_order(row: SignalRow) -> tuple[str, int, int, int]:
    """Best graded first (A1 before B2), then the most recently observed."""
    return (row.reliability, row.credibility, -row.observed_on.toordinal(), row.id)


def window_signals(
    rows: Sequence[SignalRow],
    allowed: Iterable[Tlp],
    *,
    limit: int = SUMMARY_LIMIT,
    per_country: int = LISTED_PER_COUNTRY,
) -> WindowSignals:
    """``rows`` as an audience that may see ``allowed`` TLPs sees them; summarised when more
    than ``limit`` remain."""
    may_see = {t.value for t in allowed}
    visible = [r for r in rows if r.tlp in may_see]
    withheld = len(rows) - len(visible)
    if len(visible) <= limit:
        return WindowSignals(visible, visible, withheld)
    by_country: dict[str, list[SignalRow]] = {}
    for r in sorted(visible, key=grade_order):
        by_country.setdefault(r.country_code, []).append(r)
    listed: list[SignalRow] = []
    more: list[MoreSignals] = []
    for code, found in sorted(by_country.items(), key=lambda kv: kv[1][0].country_name):
        best = found[:per_country]
        listed += best
        if len(found) > len(best):
            more.append(MoreSignals(found[0].country_name, code, len(best), len(found) - len(best)))
    return WindowSignals(visible, listed, withheld, more)


def counts(
    current: Sequence[Counted], previous: Sequence[Counted]
) -> tuple[list[CountRow], list[tuple[str, int, int]]]:
    """Signals per country and category in both periods, and per category in all countries."""
    now = Counter((s.country_name, s.category) for s in current)
    before = Counter((s.country_name, s.category) for s in previous)
    pairs = sorted(now.keys() | before.keys(), key=lambda p: (p[0], _CATEGORIES.index(p[1])))
    rows = [
        CountRow(country, cat, before[country, cat], now[country, cat]) for country, cat in pairs
    ]
    now_by = Counter(s.category for s in current)
    before_by = Counter(s.category for s in previous)
    return rows, [(cat, before_by[cat], now_by[cat]) for cat in _CATEGORIES]


def tiers(s: Session, signal_ids: Sequence[int]) -> list[tuple[str, int]]:
    """How many of these signals have an HS code of each CHPI tier (a signal counted once per
    tier), in the tiers' order; tiers without any left out. Read a chunk of ids at a time."""
    seen: set[tuple[int, str]] = set()
    signal_of, tier = col(SignalHsCode.signal_id), col(SignalHsCode.tier)
    for start in range(0, len(signal_ids), _CHUNK):
        chunk = list(signal_ids[start : start + _CHUNK])
        query = sa.select(signal_of, tier).where(signal_of.in_(chunk), tier.is_not(None))
        seen.update((sid, t) for sid, t in s.execute(query))
    counted = Counter(t for _, t in seen)
    return [(t, counted[t]) for t in TIERS if counted[t]]


def most_restrictive(rows: Iterable[SignalRow], internal: Tlp | None) -> Tlp:
    """The document's TLP: the most restrictive of every signal it counts (listed or not),
    and of ``internal`` (meeting notes and profiles) when it holds such text."""
    labels = {Tlp(t) for t in {r.tlp for r in rows}}
    if internal is not None:
        labels.add(internal)
    return Tlp.most_restrictive(labels)
