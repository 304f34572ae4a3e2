"""Country profiles: what moves a third country, edited with a history per field. What the
trend log says about a country is in ``country_activity`` (its names are re-exported here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import col, select

from desk.errors import InvalidInput, NotFound
from desk.models import Country, CountryContact, CountryFigure, CountryProfile, Directorate
from desk.models.base import table_of, utcnow
from desk.models.countries import CircumventionRole, EventKind, RiskLevel
from desk.models.text import labelled
from desk.services import audit
from desk.services.country_activity import RECENT_DAYS as RECENT_DAYS
from desk.services.country_activity import CountryActivity as CountryActivity
from desk.services.country_activity import CountryOverview as CountryOverview
from desk.services.country_activity import country_activity as country_activity
from desk.services.country_activity import country_overview as country_overview
from desk.services.country_activity import live_signal_counts as live_signal_counts
from desk.services.patch import UNCHANGED, Unchanged
from desk.services.records import record_change, required
from desk.services.versions import Changes, claim
from desk.services.work import Context, Work, reading, writing
from desk.store.bulk import insert_missing

ENTITY = "country"
EDITABLE = (
    "relation_eu",
    "relation_russia",
    "roles",
    "preferred_exchange",
    "exchange_rationale",
    "posts",
    "risk_level",
    "risk_assessed_on",
    "notes",
)


class CountryError(InvalidInput):
    pass


class CountryNotFound(CountryError, NotFound):
    """No such country (or no country by that name)."""

    exit_code = NotFound.exit_code  # a record that is not there, not malformed input


@dataclass(frozen=True)
class Contact:
    name: str
    function: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    year: int | None = None
    source: str = ""

    def text(self) -> str:
        """How the audit trail names the figure."""
        return f"{self.label}: {self.value}" + (f" ({self.year})" if self.year else "")


@dataclass(frozen=True)
class ProfilePatch:
    """A change to a profile: a field left ``UNCHANGED`` keeps its value (``None`` clears a
    choice or a date). Contacts and key figures, when given, replace the whole list."""

    relation_eu: str | Unchanged = UNCHANGED
    relation_russia: str | Unchanged = UNCHANGED
    roles: Sequence[CircumventionRole] | Unchanged = UNCHANGED
    preferred_exchange: EventKind | Unchanged | None = UNCHANGED
    exchange_rationale: str | Unchanged = UNCHANGED
    posts: str | Unchanged = UNCHANGED
    risk_level: RiskLevel | Unchanged | None = UNCHANGED
    risk_assessed_on: date | Unchanged | None = UNCHANGED
    notes: str | Unchanged = UNCHANGED
    contacts: Sequence[Contact] | Unchanged = UNCHANGED
    figures: Sequence[Figure] | Unchanged = UNCHANGED


@dataclass(frozen=True)
class ProfileInfo:
    code: str
    name_en: str
    name_nl: str
    directorate: str
    directorate_name: str
    directorate_source: str
    relation_eu: str = ""
    relation_russia: str = ""
    roles: list[CircumventionRole] = field(default_factory=list)
    preferred_exchange: EventKind | None = None
    exchange_rationale: str = ""
    posts: str = ""
    risk_level: RiskLevel | None = None
    risk_assessed_on: date | None = None
    notes: str = ""
    contacts: list[Contact] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    has_profile: bool = False
    version: int = 0  # what a save from this names as expected_version (0: no profile yet)
    changed_by: str | None = None
    updated_at: datetime | None = None


# -- reading a profile ------------------------------------------------------------------------------
def code_of(w: Work, text: str) -> str:
    """The ISO code of a country given by code or name (English or Dutch)."""
    code = w.reference.country_code(text)
    if code is None:
        raise CountryNotFound(f"unknown country: {text}")
    return code


def resolve_code(ctx: Context, text: str) -> str:
    with reading(ctx) as w:
        return code_of(w, text)


def _country(w: Work, code: str) -> Country:
    return required(w.session.get(Country, code), CountryNotFound(f"unknown country: {code}"))


def profile_of(w: Work, code: str) -> ProfileInfo:
    code = code.upper()
    _country(w, code)  # an unknown code: CountryNotFound
    return profiles_of(w, [code])[0]


def profiles_of(w: Work, codes: Sequence[str]) -> list[ProfileInfo]:
    """The profiles of ``codes`` (known countries), in that order: five statements whatever
    their number (a briefing holds one per country of its window)."""
    wanted = sorted({c.upper() for c in codes})
    if not wanted:
        return []
    s = w.session
    countries = {c.code: c for c in s.exec(select(Country).where(col(Country.code).in_(wanted)))}
    directorates = {d.code: d for d in s.exec(select(Directorate))}
    contacts: dict[str, list[Contact]] = {}
    for c in s.exec(
        select(CountryContact)
        .where(col(CountryContact.country_code).in_(wanted))
        .order_by(col(CountryContact.country_code), col(CountryContact.position))
    ):
        contacts.setdefault(c.country_code, []).append(Contact(c.name, c.function, c.organisation))
    figures: dict[str, list[Figure]] = {}
    for f in s.exec(
        select(CountryFigure)
        .where(col(CountryFigure.country_code).in_(wanted))
        .order_by(col(CountryFigure.country_code), col(CountryFigure.position))
    ):
        figures.setdefault(f.country_code, []).append(Figure(f.label, f.value, f.year, f.source))
    stored = {
        p.country_code: p
        for p in s.exec(select(CountryProfile).where(col(CountryProfile.country_code).in_(wanted)))
    }
    found = {
        code: _profile_info(
            countries[code],
            directorates.get(countries[code].directorate_code),
            contacts.get(code, []),
            figures.get(code, []),
            stored.get(code),
        )
        for code in wanted
    }
    return [found[c.upper()] for c in codes]


def _profile_info(
    country: Country,
    directorate: Directorate | None,
    contacts: list[Contact],
    figures: list[Figure],
    stored: CountryProfile | None,
) -> ProfileInfo:
    code = country.code
    p = stored or CountryProfile(country_code=code)  # no profile yet: the blank fields
    return ProfileInfo(
        code=code,
        name_en=country.name_en,
        name_nl=country.name_nl,
        directorate=country.directorate_code,
        directorate_name=directorate.name_en if directorate else "",
        directorate_source=country.directorate_source,
        relation_eu=p.relation_eu,
        relation_russia=p.relation_russia,
        roles=[CircumventionRole(r) for r in p.roles.split(";") if r],
        preferred_exchange=EventKind(p.preferred_exchange) if p.preferred_exchange else None,
        exchange_rationale=p.exchange_rationale,
        posts=p.posts,
        risk_level=RiskLevel(p.risk_level) if p.risk_level else None,
        risk_assessed_on=p.risk_assessed_on,
        notes=p.notes,
        contacts=contacts,
        figures=figures,
        has_profile=stored is not None,
        version=stored.version if stored else 0,
        changed_by=stored.changed_by if stored else None,
        updated_at=stored.updated_at if stored else None,
    )


def get_profile(ctx: Context, code: str) -> ProfileInfo:
    with reading(ctx) as w:
        return profile_of(w, code)


def profile_history(ctx: Context, code: str) -> list[audit.HistoryEntry]:
    with reading(ctx) as w:
        return audit.history(w.session, ENTITY, code.upper())


# -- changing a profile -----------------------------------------------------------------------------
def _stored(name: str, value: Any) -> object:
    """The column value of a profile field as a patch gives it (enums may come as their text,
    as the demo's JSON has them)."""
    if name == "roles":
        return ";".join(CircumventionRole(r).value for r in value)
    if name == "preferred_exchange":
        return EventKind(value).value if value else ""
    if name == "risk_level":
        return RiskLevel(value).value if value else ""
    if name == "risk_assessed_on":
        if value is not None and value > date.today():
            raise CountryError("the risk cannot have been assessed in the future")
        return value
    return str(value or "").strip()


def profile_columns(patch: ProfilePatch) -> dict[str, object]:
    """The profile's column values a patch sets, checked: the one place a profile change is
    validated (CountryError says what is wrong)."""
    values = {name: getattr(patch, name) for name in EDITABLE}
    try:
        return {k: _stored(k, v) for k, v in values.items() if v is not UNCHANGED}
    except ValueError as exc:
        raise CountryError(str(exc)) from None


def update_profile(
    ctx: Context,
    code: str,
    patch: ProfilePatch,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> list[str]:
    """Change a profile — its fields, contacts and key figures — in one transaction. Each
    part that changes goes into the country's history as one entry (the fields, the contacts,
    the figures). Returns the names of what changed.

    ``expected_version`` is the ``ProfileInfo.version`` the patch was made from (0: there was
    no profile yet); if the profile has another version now, ``ChangedElsewhere`` and nothing
    is saved. None (the command line, the demo): no check (``services.versions``)."""
    columns = profile_columns(patch)
    with writing(ctx, actor=actor) as w:
        country = _country(w, code.upper())
        code = country.code

        def changes_of(profile: CountryProfile) -> Changes:
            return _profile_changes(w, profile, columns, patch)

        profile = w.session.get(CountryProfile, code)
        if profile is None:  # the first change: a blank profile at version 0 takes it
            if not changes_of(CountryProfile(country_code=code)):
                return []
            blank = {"country_code": code, "version": 0, "updated_at": utcnow()}
            insert_missing(w.session.connection(), table_of(CountryProfile), blank)
            profile = required(w.session.get(CountryProfile, code), CountryNotFound(code))
        if not claim(w, profile, expected_version, changes_of, f"the profile of {country.name_en}"):
            return []
        changed = _update_fields(w, profile, columns, actor)
        if patch.contacts is not UNCHANGED and _replace_contacts(w, code, patch.contacts, actor):
            changed.append("contacts")
        if patch.figures is not UNCHANGED and _replace_figures(w, code, patch.figures, actor):
            changed.append("figures")
        return changed


def _field_changes(profile: CountryProfile, columns: dict[str, object]) -> Changes:
    return {
        k: (getattr(profile, k) or None, v or None)
        for k, v in columns.items()
        if (getattr(profile, k) or None) != (v or None)
    }


def _profile_changes(
    w: Work, profile: CountryProfile, columns: dict[str, object], patch: ProfilePatch
) -> Changes:
    """What saving ``patch`` would change of the stored profile: fields, contacts, figures
    (the lists as text, for a conflict to show)."""
    changes = _field_changes(profile, columns)
    code = profile.country_code
    if patch.contacts is not UNCHANGED:
        stored = [
            _contact_text(Contact(c.name, c.function, c.organisation))
            for c in _rows(w, CountryContact, code)
        ]
        yours = [_contact_text(c) for c in _clean_contacts(patch.contacts)]
        if stored != yours:
            changes["contacts"] = (stored, yours)
    if patch.figures is not UNCHANGED:
        stored = [
            Figure(f.label, f.value, f.year, f.source).text() for f in _rows(w, CountryFigure, code)
        ]
        yours = [f.text() for f in _clean_figures(patch.figures)]
        if stored != yours:
            changes["figures"] = (stored, yours)
    return changes


def _contact_text(c: Contact) -> str:
    return labelled(c.name, c.function, c.organisation)


def _update_fields(
    w: Work, profile: CountryProfile, columns: dict[str, object], actor: str | None
) -> list[str]:
    changes = _field_changes(profile, columns)
    if not changes:
        return []
    for k, v in columns.items():
        setattr(profile, k, v)
    w.session.add(profile)
    _record_update(w, profile.country_code, changes, actor)
    return list(changes)


def _clean_contacts(contacts: Sequence[Contact]) -> list[Contact]:
    return [
        Contact(c.name.strip(), c.function.strip(), c.organisation.strip())
        for c in contacts
        if c.name.strip()
    ]


def _clean_figures(figures: Sequence[Figure]) -> list[Figure]:
    return [
        Figure(f.label.strip(), f.value.strip(), f.year, f.source.strip())
        for f in figures
        if f.label.strip() and f.value.strip()
    ]


def _replace_contacts(w: Work, code: str, contacts: Sequence[Contact], actor: str | None) -> bool:
    cleaned = _clean_contacts(contacts)
    rows = [
        CountryContact(
            country_code=code, name=c.name, function=c.function, organisation=c.organisation
        )
        for c in cleaned
    ]
    before = [c.name for c in _replace_rows(w, CountryContact, code, rows)]
    return _record_list(w, code, "contacts", before, [c.name for c in cleaned], actor)


def _replace_figures(w: Work, code: str, figures: Sequence[Figure], actor: str | None) -> bool:
    cleaned = _clean_figures(figures)
    rows = [
        CountryFigure(country_code=code, label=f.label, value=f.value, year=f.year, source=f.source)
        for f in cleaned
    ]
    replaced = _replace_rows(w, CountryFigure, code, rows)
    before = [Figure(f.label, f.value, f.year).text() for f in replaced]
    return _record_list(w, code, "figures", before, [f.text() for f in cleaned], actor)


_Row = TypeVar("_Row", CountryContact, CountryFigure)


def _rows(w: Work, table: type[_Row], code: str) -> list[_Row]:
    """The country's rows of ``table``, in their order."""
    query = select(table).where(col(table.country_code) == code).order_by(col(table.position))
    return list(w.session.exec(query))


def _replace_rows(w: Work, table: type[_Row], code: str, rows: list[_Row]) -> list[_Row]:
    """Put ``rows`` (in their order) in place of the country's rows of ``table``; return the
    rows there were."""
    before = _rows(w, table, code)
    w.session.execute(sa.delete(table).where(col(table.country_code) == code))
    for position, row in enumerate(rows):
        row.position = position
        w.session.add(row)
    return before


def _record_list(
    w: Work, code: str, name: str, before: list[str], after: list[str], actor: str | None
) -> bool:
    if before == after:
        return False
    _record_update(w, code, {name: (before, after)}, actor)
    return True


def _record_update(
    w: Work, code: str, changes: dict[str, tuple[object, object]], actor: str | None
) -> None:
    """One audit entry for a change to a country's profile (fields, contacts, figures…)."""
    record_change(w, ENTITY, code, "update", changes, actor)


def set_contacts(
    ctx: Context, code: str, contacts: Sequence[Contact], *, actor: str | None = None
) -> None:
    update_profile(ctx, code, ProfilePatch(contacts=contacts), actor=actor)


def set_figures(
    ctx: Context, code: str, figures: Sequence[Figure], *, actor: str | None = None
) -> None:
    update_profile(ctx, code, ProfilePatch(figures=figures), actor=actor)


def set_directorate(ctx: Context, code: str, directorate: str, *, actor: str | None = None) -> None:
    """Move a country (and so all its signals, everywhere) to another regional directorate."""
    code, directorate = code.upper(), directorate.upper()
    with writing(ctx) as w:
        country = _country(w, code)
        if w.session.get(Directorate, directorate) is None:
            raise CountryError(f"unknown directorate: {directorate}")
        if country.directorate_code == directorate:
            return
        before = country.directorate_code
        country.directorate_code = directorate
        country.directorate_source = "user"  # reference syncs leave it alone from now on
        w.session.add(country)
        _record_update(w, code, {"directorate": (before, directorate)}, actor)
