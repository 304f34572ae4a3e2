"""The reference tables in memory: countries by any name, directorates, the CHPI list.

Read from one session (``read_reference``); a unit of work keeps one (``Work.reference``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from desk.models import ChpiItem, Country, CountryAlias, Directorate
from desk.models.hs import HsCode
from desk.models.text import name_key


@dataclass(frozen=True)
class CountryRef:
    code: str
    name_en: str
    name_nl: str
    directorate: str
    directorate_source: str


@dataclass(frozen=True)
class ChpiRef:
    hs6: str
    tier: str
    description: str

    @property
    def dotted(self) -> str:
        return HsCode(self.hs6).display


@dataclass(frozen=True)
class DirectorateRef:
    code: str
    name_en: str
    name_nl: str


class ReferenceIndex:
    """The reference tables in memory (a few hundred rows), for validation and display."""

    def __init__(
        self,
        countries: dict[str, CountryRef],
        aliases: dict[str, str],
        chpi: dict[str, ChpiRef],
        directorates: dict[str, DirectorateRef],
    ) -> None:
        self.countries = countries
        self.aliases = aliases
        self.chpi = chpi
        self.directorates = directorates

    def country_code(self, text: str) -> str | None:
        """The ISO code for a code or an English/Dutch name (any case, accents optional)."""
        text = text.strip()
        if len(text) == 2 and text.upper() in self.countries:
            return text.upper()
        return self.aliases.get(name_key(text))

    def chpi_for(self, code: HsCode) -> ChpiRef | None:
        """The CHPI item an HS code falls under (by its first six digits), if any."""
        return self.chpi.get(code.hs6) if code.hs6 else None

    def region_of(self, country_code: str) -> str:
        return self.countries[country_code].directorate


def read_reference(s: Session) -> ReferenceIndex:
    """The reference tables as read in session ``s`` (``Work.reference`` caches this)."""
    countries = {
        c.code: CountryRef(c.code, c.name_en, c.name_nl, c.directorate_code, c.directorate_source)
        for c in s.exec(select(Country))
    }
    aliases = {a.alias_key: a.country_code for a in s.exec(select(CountryAlias))}
    chpi = {i.hs6: ChpiRef(i.hs6, i.tier, i.description) for i in s.exec(select(ChpiItem))}
    directorates = {
        d.code: DirectorateRef(d.code, d.name_en, d.name_nl) for d in s.exec(select(Directorate))
    }
    return ReferenceIndex(countries, aliases, chpi, directorates)
