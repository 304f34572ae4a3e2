"""The trend log's query language: ``chips country:TH grade:<=B2 since:2026-10-01``.

``parse_query`` takes the ``field:value`` filters out of what the user typed (several values:
``country:TH,AE``) and leaves the rest as full-text words; the result is a ``SignalFilter``,
which ``desk.services.search`` turns into SQL. A new filter is one parser function and one
line in ``_PARSERS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desk.models.enums import TIERS, SignalStatus, Tlp
from desk.services.reference_index import ReferenceIndex
from desk.services.validation import Invalid, parse_category, parse_date, parse_tlp

FIELD_ALIASES = {"cat": "category", "from": "since", "to": "until", "c": "country", "r": "region"}
_FILTER_TOKEN = re.compile(r'(?<!\S)([A-Za-z]+):("[^"]*"|\S*)')
_GRADE = re.compile(r"^(<=|>=|<|>|=)?([A-Fa-f])([1-6])?$")


@dataclass(frozen=True)
class GradeBound:
    """``grade:<=B2``: reliability at most B and credibility at most 2 (A and 1 are best)."""

    op: str  # "<=", ">=", "="
    reliability: str
    credibility: int | None

    def __str__(self) -> str:
        return f"{self.op}{self.reliability}{self.credibility or ''}"


@dataclass(frozen=True)
class SignalFilter:
    text: str = ""  # free words for full-text search (field filters already taken out)
    regions: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()  # empty: everything but archived
    tlps: frozenset[str] = frozenset()
    max_tlp: Tlp | None = None
    hs_prefixes: frozenset[str] = frozenset()
    tiers: frozenset[str] = frozenset()  # "1", "3" (any 3.x), "3.A"
    grades: tuple[GradeBound, ...] = ()
    since: date | None = None
    until: date | None = None
    tags: frozenset[str] = frozenset()
    chr: bool | None = None
    # logged or updated within [changed_since, changed_before): a meeting's window
    changed_since: datetime | None = None
    changed_before: datetime | None = None
    ids: frozenset[int] | None = None

    def merged(self, other: SignalFilter) -> SignalFilter:
        """Both filters at once (sets are intersected where both restrict)."""

        def both(a: frozenset[Any], b: frozenset[Any]) -> frozenset[Any]:
            return a & b if a and b else a or b

        return SignalFilter(
            text=" ".join(t for t in (self.text, other.text) if t),
            regions=both(self.regions, other.regions),
            countries=both(self.countries, other.countries),
            categories=both(self.categories, other.categories),
            statuses=both(self.statuses, other.statuses),
            tlps=both(self.tlps, other.tlps),
            max_tlp=min(
                (t for t in (self.max_tlp, other.max_tlp) if t is not None),
                key=lambda t: t.rank,
                default=None,
            ),
            hs_prefixes=self.hs_prefixes | other.hs_prefixes,
            tiers=self.tiers | other.tiers,
            grades=self.grades + other.grades,
            since=max((d for d in (self.since, other.since) if d), default=None),
            until=min((d for d in (self.until, other.until) if d), default=None),
            tags=self.tags | other.tags,
            chr=self.chr if self.chr is not None else other.chr,
            changed_since=max(
                (d for d in (self.changed_since, other.changed_since) if d), default=None
            ),
            changed_before=min(
                (d for d in (self.changed_before, other.changed_before) if d), default=None
            ),
            ids=self.ids
            if other.ids is None
            else (other.ids if self.ids is None else self.ids & other.ids),
        )


# Matches no signal: what a view shows while its search has errors — never "everything".
NO_SIGNALS = SignalFilter(ids=frozenset())


@dataclass(frozen=True)
class ParsedQuery:
    filter: SignalFilter
    errors: list[str] = field(default_factory=list)

    @property
    def shown(self) -> SignalFilter:
        """The filter to show: none of the signals while the query has errors (its filter
        alone, with the wrong parts left out, would match more than was asked)."""
        return NO_SIGNALS if self.errors else self.filter


def _values(raw: str) -> list[str]:
    raw = raw.strip('"')
    return [v.strip() for v in raw.split(",") if v.strip()]


def parse_grade(text: str) -> GradeBound:
    m = _GRADE.match(text.strip())
    if not m:
        raise Invalid(f"“{text}” is not a grade: write e.g. B2, <=B2 or >=C")
    op = m.group(1) or "="
    op = {"<": "<=", ">": ">="}.get(op, op)
    cred = int(m.group(3)) if m.group(3) else None
    return GradeBound(op, m.group(2).upper(), cred)


@dataclass
class _Collected:
    """What the filters of one query said so far."""

    sets: dict[str, set[str]] = field(default_factory=dict)
    grades: list[GradeBound] = field(default_factory=list)
    since: date | None = None
    until: date | None = None
    max_tlp: Tlp | None = None
    chr: bool | None = None

    def add(self, key: str, value: str) -> None:
        self.sets.setdefault(key, set()).add(value)

    def filter(self, words: str) -> SignalFilter:
        def values(key: str) -> frozenset[str]:
            return frozenset(self.sets.get(key, ()))

        return SignalFilter(
            text=words,
            regions=values("regions"),
            countries=values("countries"),
            categories=values("categories"),
            statuses=values("statuses"),
            tlps=values("tlps"),
            max_tlp=self.max_tlp,
            hs_prefixes=values("hs_prefixes"),
            tiers=values("tiers"),
            grades=tuple(self.grades),
            since=self.since,
            until=self.until,
            tags=values("tags"),
            chr=self.chr,
        )


Parser = Callable[[str, ReferenceIndex | None, _Collected], None]  # raises Invalid


def _country(value: str, ref: ReferenceIndex | None, got: _Collected) -> None:
    code = ref.country_code(value) if ref else value.upper()
    if code is None or (ref and code not in ref.countries):
        raise Invalid(f"unknown country “{value}”")
    got.add("countries", code)


def _region(value: str, ref: ReferenceIndex | None, got: _Collected) -> None:
    code = value.upper()
    if ref and code not in ref.directorates:
        known = ", ".join(sorted(ref.directorates))
        raise Invalid(f"unknown region “{value}”; regions are {known}")
    got.add("regions", code)


def _hs(value: str, _ref: ReferenceIndex | None, got: _Collected) -> None:
    digits = value.replace(".", "")
    if not digits.isdigit() or not 2 <= len(digits) <= 10:
        raise Invalid(f"“{value}” is not an HS code or chapter")
    got.add("hs_prefixes", digits)


def _tier(value: str, _ref: ReferenceIndex | None, got: _Collected) -> None:
    tier = value.upper()
    if tier not in TIERS and tier not in {t.split(".")[0] for t in TIERS}:
        raise Invalid(f"unknown CHPI tier “{value}”; tiers are {', '.join(TIERS)}")
    got.add("tiers", tier)


def _tlp(value: str, _ref: ReferenceIndex | None, got: _Collected) -> None:
    if value.startswith("<="):
        got.max_tlp = parse_tlp(value[2:])
    else:
        got.add("tlps", parse_tlp(value).value)


def _grade(value: str, _ref: ReferenceIndex | None, got: _Collected) -> None:
    got.grades.append(parse_grade(value))


def _status(value: str, _ref: ReferenceIndex | None, got: _Collected) -> None:
    try:
        got.add("statuses", SignalStatus(value.lower()).value)
    except ValueError:
        known = ", ".join(s.value for s in SignalStatus)
        raise Invalid(f"unknown status “{value}”; statuses are {known}") from None


def _category(value: str, _ref: ReferenceIndex | None, got: _Collected) -> None:
    got.add("categories", parse_category(value).value)


def _since(value: str, _ref: ReferenceIndex | None, got: _Collected) -> None:
    got.since = parse_date(value, future_ok=True)


def _until(value: str, _ref: ReferenceIndex | None, got: _Collected) -> None:
    got.until = parse_date(value, future_ok=True)


def _tag(value: str, _ref: ReferenceIndex | None, got: _Collected) -> None:
    got.add("tags", value)


def _chr(value: str, _ref: ReferenceIndex | None, got: _Collected) -> None:
    got.chr = value.lower() in ("yes", "true", "1", "ja", "y")


_PARSERS: dict[str, Parser] = {
    "country": _country,
    "region": _region,
    "hs": _hs,
    "tier": _tier,
    "tlp": _tlp,
    "grade": _grade,
    "status": _status,
    "since": _since,
    "until": _until,
    "category": _category,
    "tag": _tag,
    "chr": _chr,
}
FIELDS = tuple(_PARSERS)


def parse_query(text: str, reference: ReferenceIndex | None = None) -> ParsedQuery:
    """Take ``field:value`` filters out of ``text``; what remains is full-text words.

    Unknown fields and bad values become messages in ``errors`` (the filter is then ignored),
    never exceptions: this runs on every keystroke.
    """
    errors: list[str] = []
    got = _Collected()
    for m in _FILTER_TOKEN.finditer(text):
        name = FIELD_ALIASES.get(m.group(1).lower(), m.group(1).lower())
        parser = _PARSERS.get(name)
        if parser is None:
            if name not in ("http", "https"):  # a pasted web address is not a filter
                errors.append(f"unknown filter “{m.group(1)}:”; filters are {', '.join(FIELDS)}")
            continue
        values = _values(m.group(2))
        if not values:
            errors.append(f"“{name}:” needs a value")
        for value in values:
            try:
                parser(value, reference, got)
            except Invalid as exc:
                errors.append(f"{name}: {exc}")
    words = " ".join(_FILTER_TOKEN.sub(" ", text).split())
    return ParsedQuery(got.filter(words + (" " if text.endswith(" ") else "")), errors)


def with_text(flt: SignalFilter, text: str, reference: ReferenceIndex | None = None) -> ParsedQuery:
    """``flt`` combined with what the user typed (field filters and words)."""
    parsed = parse_query(text, reference)
    return ParsedQuery(flt.merged(parsed.filter), parsed.errors)
