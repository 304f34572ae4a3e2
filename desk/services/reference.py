"""Look-ups in the reference data: countries by any name, HS codes to CHPI items and tiers."""

from __future__ import annotations

from desk.services.reference_index import ChpiRef as ChpiRef
from desk.services.reference_index import CountryRef as CountryRef
from desk.services.reference_index import DirectorateRef as DirectorateRef
from desk.services.reference_index import ReferenceIndex as ReferenceIndex
from desk.services.reference_index import read_reference as read_reference
from desk.services.work import Context, reading


def load_reference(ctx: Context) -> ReferenceIndex:
    with reading(ctx) as w:
        return w.reference


def list_directorates(ctx: Context) -> list[DirectorateRef]:
    with reading(ctx) as w:
        return sorted(w.reference.directorates.values(), key=lambda d: d.code)


def directorate_codes(ctx: Context) -> set[str]:
    with reading(ctx) as w:
        return set(w.reference.directorates)


def list_countries(ctx: Context, region: str | None = None) -> list[CountryRef]:
    with reading(ctx) as w:
        found = w.reference.countries.values()
    wanted = region.upper() if region else None
    return sorted(
        (c for c in found if wanted is None or c.directorate == wanted), key=lambda c: c.name_en
    )


def signal_counts_by_region(ctx: Context) -> dict[str, int]:
    """Signals per directorate (archived ones excluded), for the navigator: from the
    maintained counts per country (a count of a million signals took 25 s)."""
    from desk.services.query import SignalFilter
    from desk.services.signal_counts import aggregate_counts

    with reading(ctx) as w:
        per_country = aggregate_counts(w.session, SignalFilter(), ("country_code",)) or {}
        directorate = {c.code: c.directorate for c in w.reference.countries.values()}
    counts: dict[str, int] = {}
    for (code,), n in per_country.items():
        region = directorate[code]
        counts[region] = counts.get(region, 0) + n
    return counts
