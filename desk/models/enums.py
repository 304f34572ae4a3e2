"""Closed vocabularies of the trend log, with their order where order matters."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    RE_EXPORT = "re-export"
    FINANCE = "finance"
    LEGAL = "legal"
    ENFORCEMENT = "enforcement"
    DIPLOMATIC = "diplomatic"
    OTHER = "other"


class SourceKind(StrEnum):
    """What kind of source a signal came from. Documents for outsiders print only this: the
    free-text source may name a person ("Jan …, Embassy Bangkok")."""

    POST = "post"  # reporting by an embassy or consulate
    CUSTOMS = "customs"  # customs data
    TRADE_DATA = "trade-data"  # trade statistics
    OPEN_SOURCE = "open-source"
    PARTNER = "partner"  # an EU member state or partner state
    PRIVATE_SECTOR = "private-sector"
    OTHER = "other"
    UNSPECIFIED = "unspecified"  # not (yet) said; signals logged before the kind existed


class Tlp(StrEnum):
    """TLP 2.0 labels, least restrictive first (``rank`` grows with restriction)."""

    CLEAR = "CLEAR"
    GREEN = "GREEN"
    AMBER = "AMBER"
    AMBER_STRICT = "AMBER+STRICT"
    RED = "RED"

    @property
    def rank(self) -> int:
        return _TLP_RANK[self]  # a dict: asked for every row of an import

    @property
    def label(self) -> str:
        return f"TLP:{self.value}"

    @classmethod
    def most_restrictive(cls, labels: list[Tlp] | set[Tlp]) -> Tlp:
        return max(labels, key=lambda t: t.rank) if labels else cls.CLEAR


_TLP_RANK = {label: n for n, label in enumerate(Tlp)}


class SignalStatus(StrEnum):
    NEW = "new"
    REVIEWED = "reviewed"
    DISCUSSED = "discussed"
    ARCHIVED = "archived"


RELIABILITY = "ABCDEF"  # Admiralty source reliability, A best
CREDIBILITY = range(1, 7)  # information credibility, 1 best

# CHPI tiers, most critical first.
TIERS = ("1", "2", "3.A", "3.B", "4.A", "4.B")


def tier_rank(tier: str | None) -> int | None:
    return TIERS.index(tier) if tier in TIERS else None


def grade(reliability: str, credibility: int) -> str:
    return f"{reliability}{credibility}"
