"""Load and re-sync the reference data shipped in ``desk/resources/reference`` into a store.

Run by the migration that creates the tables and safe to run again: names, the CHPI list and
default directorates are refreshed, but a directorate the user chose (``directorate_source =
'user'``) is never overwritten. Uses lightweight table definitions so the migration keeps
working when the models grow.
"""

from __future__ import annotations

import csv
import gettext
from dataclasses import dataclass
from pathlib import Path

import pycountry
import sqlalchemy as sa

from desk.models.text import name_key
from desk.paths import resource

_directorate = sa.table(
    "directorate", sa.column("code"), sa.column("name_en"), sa.column("name_nl")
)
_country = sa.table(
    "country",
    sa.column("code"),
    sa.column("name_en"),
    sa.column("name_nl"),
    sa.column("directorate_code"),
    sa.column("directorate_source"),
    sa.column("un_subregion"),
)
_alias = sa.table("country_alias", sa.column("alias_key"), sa.column("country_code"))
_chpi = sa.table("chpi_item", sa.column("hs6"), sa.column("tier"), sa.column("description"))


def _read_csv(name: str) -> list[dict[str, str]]:
    path: Path = resource("reference", name)
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@dataclass(frozen=True)
class CountrySeed:
    code: str
    name_en: str
    name_nl: str
    directorate: str
    source: str  # "reference" (regions.csv) or "default" (geographic rule)
    un_subregion: str
    aliases: tuple[str, ...]


def country_seeds() -> list[CountrySeed]:
    """Every ISO 3166 country with English/Dutch names (pycountry) and its default directorate."""
    nl = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"], fallback=True)
    listed = {r["iso2"]: r for r in _read_csv("regions.csv")}
    geo = {r["iso2"]: r for r in _read_csv("un_subregions.csv")}
    rules = _read_csv("directorate_defaults.csv")
    by_subregion = {r["value"]: r["directorate"] for r in rules if r["rule"] == "un_subregion"}
    eu_directorate = next(r["directorate"] for r in rules if r["rule"] == "eu27")
    extra_aliases: dict[str, list[str]] = {}
    for row in _read_csv("country_aliases.csv"):
        extra_aliases.setdefault(row["iso2"], []).append(row["alias"])

    seeds = []
    for c in pycountry.countries:
        code = c.alpha_2
        official = getattr(c, "official_name", None)
        common = getattr(c, "common_name", None)
        name_en = common or c.name
        name_nl = nl.gettext(c.name)
        sub = geo.get(code, {}).get("un_subregion", "")
        if code in listed:
            name_en, name_nl = listed[code]["country_en"], listed[code]["country_nl"]
            directorate, source = listed[code]["directorate"], "reference"
        elif geo.get(code, {}).get("eu27") == "1":
            directorate, source = eu_directorate, "default"
        else:
            directorate, source = by_subregion.get(sub, "DWH"), "default"
        names = [code, c.alpha_3, name_en, name_nl, c.name, nl.gettext(c.name)]
        names += [n for n in (common, official) if n]
        names += [nl.gettext(official)] if official else []
        names += extra_aliases.get(code, [])
        seeds.append(CountrySeed(code, name_en, name_nl, directorate, source, sub, tuple(names)))
    return seeds


def sync_reference_data(conn: sa.Connection) -> dict[str, int]:
    """Insert or refresh directorates, countries, aliases and the CHPI list; return counts."""
    directorates = _read_csv("directorates.csv")
    existing = {r[0] for r in conn.execute(sa.select(_directorate.c.code))}
    for d in directorates:
        values = {"name_en": d["name_en"], "name_nl": d["name_nl"]}
        if d["code"] in existing:
            conn.execute(
                _directorate.update().where(_directorate.c.code == d["code"]).values(values)
            )
        else:
            conn.execute(_directorate.insert().values(code=d["code"], **values))

    seeds = country_seeds()
    current = {
        r.code: r.directorate_source
        for r in conn.execute(sa.select(_country.c.code, _country.c.directorate_source))
    }
    for s in seeds:
        values = {"name_en": s.name_en, "name_nl": s.name_nl, "un_subregion": s.un_subregion}
        if s.code not in current:
            conn.execute(
                _country.insert().values(
                    code=s.code,
                    directorate_code=s.directorate,
                    directorate_source=s.source,
                    **values,
                )
            )
            continue
        if current[s.code] != "user":
            values |= {"directorate_code": s.directorate, "directorate_source": s.source}
        conn.execute(_country.update().where(_country.c.code == s.code).values(values))

    # Aliases: rebuilt whole; the first country to claim a name keeps it.
    aliases: dict[str, str] = {}
    for s in seeds:
        for n in s.aliases:
            key = name_key(n)
            if key and key not in aliases:
                aliases[key] = s.code
    conn.execute(_alias.delete())
    conn.execute(_alias.insert(), [{"alias_key": k, "country_code": v} for k, v in aliases.items()])

    chpi = _read_csv("chpi_hs_codes.csv")
    conn.execute(
        _chpi.delete().where(_chpi.c.hs6.not_in([r["hs_code"].replace(".", "") for r in chpi]))
    )
    have = {r[0] for r in conn.execute(sa.select(_chpi.c.hs6))}
    for r in chpi:
        hs6 = r["hs_code"].replace(".", "")
        values = {"tier": r["tier"], "description": r["description"]}
        if hs6 in have:
            conn.execute(_chpi.update().where(_chpi.c.hs6 == hs6).values(values))
        else:
            conn.execute(_chpi.insert().values(hs6=hs6, **values))
    return {
        "directorates": len(directorates),
        "countries": len(seeds),
        "aliases": len(aliases),
        "chpi_items": len(chpi),
    }
