"""What a briefing or minutes say about the signals of a window, at any size of the window.

Up to ``SUMMARY_LIMIT`` signals (those the audience may see) every one is listed in full. A
larger window is more than a reader can use — 60,000 signals made an 8-minute, 15.6 MB PDF —
so it is summarised: the counts per country and category stay complete, the
``LISTED_PER_COUNTRY`` best graded of each country are listed in full, and for each country a
line says how many more there are and where to find them. Only the listed signals' details
(summary, source, HS codes) are read: the cost and memory follow what is printed.

``summarise`` does this in SQL for a ``WindowSource``, in one statement that reads the window
once (from ``ix_signal_row``, no signal's row): counts per country, category and TLP grouped by
the database, the best graded of each country by a window function, the CHPI tiers counted
there too — a 60,000-signal window is never read into Python. ``window_signals`` is
the same rule over rows already read (and what the tests compare it with).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

import sqlalchemy as sa
from sqlmodel import Session, col

from desk.models import SignalHsCode
from desk.models.base import table_of
from desk.models.enums import TIERS, Category, Tlp
from desk.models.signals import NO_TIER_RANK
from desk.services.search import ROW_COLUMNS, SignalRow, rows_for_ids
from desk.services.windows import JOINED, C, S, WindowSource

SUMMARY_LIMIT = 500  # a window with more signals than this is summarised
LISTED_PER_COUNTRY = 5  # in a summarised window, the best graded of each country listed
_CHUNK = 500  # ids per lookup
_CATEGORIES = [c.value for c in Category]
_TLPS = [t.value for t in Tlp]  # by rank


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
    return counted(now, before)


def counted(
    now: Counter[tuple[str, str]], before: Counter[tuple[str, str]]
) -> tuple[list[CountRow], list[tuple[str, int, int]]]:
    """``counts`` from the numbers per (country name, category) of both periods."""
    pairs = sorted(now.keys() | before.keys(), key=lambda p: (p[0], _CATEGORIES.index(p[1])))
    rows = [
        CountRow(country, cat, before[country, cat], now[country, cat]) for country, cat in pairs
    ]
    now_by: Counter[str] = Counter()
    before_by: Counter[str] = Counter()
    for (_, cat), n in now.items():
        now_by[cat] += n
    for (_, cat), n in before.items():
        before_by[cat] += n
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


# -- in SQL ------------------------------------------------------------------------------------
Key = tuple[str, str, str, str]  # country code, country name, category, TLP


@dataclass
class WindowSummary:
    """A window as one audience sees it, counted by the database (``summarise``)."""

    visible: Counter[Key]  # how many signals of each key the audience may see
    listed: list[SignalRow]  # those printed in full: all visible ones, or the best of each country
    withheld: int  # not for this audience
    more: list[MoreSignals] = field(default_factory=list)  # empty: every visible one is listed
    tiers: list[tuple[str, int]] = field(default_factory=list)

    @property
    def summarised(self) -> bool:
        return bool(self.more)

    @property
    def total(self) -> int:
        return sum(self.visible.values())

    def by_country_category(self) -> Counter[tuple[str, str]]:
        found: Counter[tuple[str, str]] = Counter()
        for (_, name, category, _), n in self.visible.items():
            found[name, category] += n
        return found

    def by_country(self) -> list[tuple[str, str, int]]:
        """(code, name, signals) of each country with visible signals, by code."""
        n: Counter[str] = Counter()
        names: dict[str, str] = {}
        for (code, name, _, _), k in self.visible.items():
            n[code] += k
            names[code] = name
        return [(code, names[code], n[code]) for code in sorted(n)]

    def tlps(self) -> set[Tlp]:
        return {Tlp(t) for (_, _, _, t), n in self.visible.items() if n}


def summarise(
    s: Session,
    source: WindowSource,
    allowed: Iterable[Tlp],
    names: dict[str, str] | None = None,
    *,
    limit: int = SUMMARY_LIMIT,
    per_country: int = LISTED_PER_COUNTRY,
    listing: bool = True,
) -> WindowSummary:
    """``window_signals`` and ``tiers`` of ``source``'s signals, counted in SQL; countries named
    by ``names`` (code → name) where given. ``listing=False``: the counts only."""
    may_see = sorted(t.value for t in allowed)
    ranks = sorted(Tlp(t).rank for t in may_see)
    found = _read(s, source.where, ranks, per_country if listing else None)
    everything: Counter[Key] = Counter()
    extra = _localised(source.extra, names)
    for code, english, category, rank, n in found.counts:
        everything[code, (names or {}).get(code, english), category, _TLPS[rank]] += n
    for r in extra:
        everything[r.country_code, r.country_name, r.category, r.tlp] += 1
    visible = Counter({k: n for k, n in everything.items() if k[3] in may_see})
    summary = WindowSummary(visible, [], sum(everything.values()) - sum(visible.values()))
    if not listing:
        return summary
    extra = [r for r in extra if r.tlp in may_see]
    if summary.total <= limit:
        shown = (*source.where, S.c.tlp_rank.in_(ranks))
        rows = sa.select(*ROW_COLUMNS).select_from(JOINED).where(*shown)
        summary.listed = _localised([SignalRow(*r) for r in s.execute(rows)], names) + extra
    else:
        summary.listed, summary.more = _best_of_each(
            s, found.best, extra, summary, names, per_country
        )
    found.tiers.update(dict(tiers(s, [r.id for r in extra])))
    summary.tiers = [(t, found.tiers[t]) for t in TIERS if found.tiers[t]]
    return summary


@dataclass
class _Found:
    counts: list[tuple[str, str, str, int, int]]  # code, English name, category, TLP rank, n
    best: list[int] = field(default_factory=list)  # the best graded visible ids per country
    tiers: Counter[str] = field(default_factory=Counter)  # visible signals per CHPI tier


def _read(
    s: Session, where: tuple[sa.ColumnElement[bool], ...], ranks: list[int], per_country: int | None
) -> _Found:
    """The window's signals counted per country, category and TLP (rank) and, unless
    ``per_country`` is None, the ids of the ``per_country`` best graded visible ones of each
    country (``grade_order``) and the visible ones per CHPI tier: one statement, the window
    read once. Every column read is in ``ix_signal_row``, so no signal's row is read; the
    window is a CTE used three times, computed once."""
    columns = (S.c.id, S.c.country_code, C.c.name_en, S.c.category, S.c.tlp_rank)
    if per_country is None:
        grouped = sa.select(*columns[1:], sa.func.count()).select_from(JOINED).where(*where)
        return _Found([tuple(r) for r in s.execute(grouped.group_by(*columns[1:]))])
    w = (
        sa.select(*columns, S.c.tier_rank, S.c.reliability, S.c.credibility, S.c.observed_on)
        .select_from(JOINED)
        .where(*where)
        .cte("window_signal")
        .prefix_with("MATERIALIZED")  # SQLite flattens it into each use (read three times)
    )
    keys = (w.c.country_code, w.c.name_en, w.c.category, w.c.tlp_rank)
    counted = sa.select(sa.literal_column("'count'"), *keys, sa.func.count()).group_by(*keys)
    order = (w.c.reliability, w.c.credibility, w.c.observed_on.desc(), w.c.id)
    rank = sa.func.row_number().over(partition_by=w.c.country_code, order_by=order)
    ranked = sa.select(w.c.id, rank.label("rank_in_country")).where(w.c.tlp_rank.in_(ranks))
    r = ranked.subquery()
    no = sa.null()
    best = sa.select(sa.literal_column("'best'"), no, no, no, r.c.id, no).where(
        r.c.rank_in_country <= per_country
    )
    # a signal without a tiered HS code has no tier rank (both derived from its codes on every
    # write): only the others' codes are read
    tiered = sa.select(w.c.id).where(w.c.tlp_rank.in_(ranks), w.c.tier_rank != NO_TIER_RANK)
    H = table_of(SignalHsCode)
    per_tier = (
        sa.select(
            sa.literal_column("'tier'"),
            H.c.tier,
            no,
            no,
            sa.func.count(H.c.signal_id.distinct()),
            no,
        )
        .where(H.c.tier.is_not(None), H.c.signal_id.in_(tiered))
        .group_by(H.c.tier)
    )
    found = _Found([])
    for kind, code, name, category, number, n in s.execute(sa.union_all(counted, best, per_tier)):
        if kind == "count":
            found.counts.append((code, name, category, number, n))
        elif kind == "best":
            found.best.append(number)
        else:
            found.tiers[code] += number
    return found


def _localised(rows: list[SignalRow], names: dict[str, str] | None) -> list[SignalRow]:
    if names is None:
        return rows
    return [replace(r, country_name=names.get(r.country_code, r.country_name)) for r in rows]


def _best_of_each(
    s: Session,
    best: list[int],
    extra: list[SignalRow],
    summary: WindowSummary,
    names: dict[str, str] | None,
    per_country: int,
) -> tuple[list[SignalRow], list[MoreSignals]]:
    """The best graded visible signals of each country (``best``: their ids, and ``extra``)
    in full, and what is left of each; only the listed signals' rows are read."""
    found = [r for n in range(0, len(best), _CHUNK) for r in rows_for_ids(s, best[n : n + _CHUNK])]
    found = _localised(found, names) + extra
    by_country: dict[str, list[SignalRow]] = {}
    for r in sorted(found, key=grade_order):
        by_country.setdefault(r.country_code, []).append(r)
    totals = {code: n for code, _, n in summary.by_country()}
    listed: list[SignalRow] = []
    more: list[MoreSignals] = []
    for code, rows in sorted(by_country.items(), key=lambda kv: kv[1][0].country_name):
        top = rows[:per_country]
        listed += top
        if totals[code] > len(top):
            more.append(MoreSignals(top[0].country_name, code, len(top), totals[code] - len(top)))
    return listed, more
