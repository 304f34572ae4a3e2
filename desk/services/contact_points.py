"""Contact points within a regional directorate, and which countries each has on a date.

Every region has a default contact point (named after the region); a country belongs to it
unless it was assigned to another contact point of its directorate. An assignment takes effect
from a date and is kept (``country_assignment``), so the countries a meeting, an agenda or a
briefing covers are those its contact point had on that day. A country whose last assignment
lies in another directorate (it was moved since) belongs to its new directorate's default.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from desk.errors import InvalidInput, NotFound
from desk.models import ContactPoint, Country, CountryAssignment, Directorate
from desk.services import audit
from desk.services.work import Context, Work, reading, writing

ENTITY = "contact_point"
COUNTRY_ENTITY = "country"  # a reassignment is in the country's history
MAX_NAME = 80


class ContactPointError(InvalidInput):
    pass


class ContactPointNotFound(ContactPointError, NotFound):
    exit_code = NotFound.exit_code


@dataclass(frozen=True)
class ContactPointInfo:
    id: int
    region: str
    name: str
    is_default: bool
    active: bool
    countries: tuple[str, ...] = ()  # ISO codes, on the date asked for

    @property
    def label(self) -> str:
        return self.name


@dataclass(frozen=True)
class Assignment:
    """One row of a country's assignment history."""

    country_code: str
    contact_point_id: int
    contact_point: str
    region: str
    valid_from: date
    changed_by: str | None


def _id(value: int | None) -> int:
    if value is None:
        raise RuntimeError("a contact point without an id: flush it first")
    return value


# -- in a session: what the meeting services use ---------------------------------------------------
def points_of(s: Session, region: str) -> list[ContactPoint]:
    """The region's contact points, the default first, then by name."""
    rows = s.exec(select(ContactPoint).where(col(ContactPoint.region) == region))
    return sorted(rows, key=lambda p: (not p.is_default, p.name.casefold(), p.id or 0))


def default_point(s: Session, region: str) -> ContactPoint:
    """The region's default contact point (made if the region has none yet: a directorate
    added after migration 0011)."""
    found = s.exec(
        select(ContactPoint).where(
            col(ContactPoint.region) == region, col(ContactPoint.is_default).is_(True)
        )
    ).first()
    if found is None:
        found = ContactPoint(region=region, name=region, is_default=True)
        s.add(found)
        s.flush()
    return found


def default_point_id(s: Session, region: str) -> int | None:
    """The default's id without making one (reading units must not write)."""
    return s.exec(
        select(ContactPoint.id).where(
            col(ContactPoint.region) == region, col(ContactPoint.is_default).is_(True)
        )
    ).first()


def assignments_on(s: Session, region: str, on: date) -> dict[str, int | None]:
    """Each country of the region (its directorate today) and its contact point's id on ``on``
    (None: the region has no contact point at all)."""
    codes = list(s.exec(select(Country.code).where(col(Country.directorate_code) == region)))
    points = {p.id: p for p in points_of(s, region)}
    default = next((i for i, p in points.items() if p.is_default), None)
    latest: dict[str, tuple[date, int]] = {}
    query = select(CountryAssignment).where(
        col(CountryAssignment.country_code).in_(codes), col(CountryAssignment.valid_from) <= on
    )
    for a in s.exec(query):
        if a.country_code not in latest or a.valid_from > latest[a.country_code][0]:
            latest[a.country_code] = (a.valid_from, a.contact_point_id)
    result: dict[str, int | None] = {}
    for code in codes:
        point = latest.get(code, (on, -1))[1]
        result[code] = point if point in points else default  # elsewhere since: the default
    return result


def countries_on(s: Session, contact_point_id: int, on: date) -> frozenset[str]:
    """The countries a contact point has on ``on``."""
    point = s.get(ContactPoint, contact_point_id)
    if point is None:
        return frozenset()
    return frozenset(
        c for c, p in assignments_on(s, point.region, on).items() if p == contact_point_id
    )


def scope_on(
    s: Session, region: str, contact_point_id: int | None, on: date
) -> frozenset[str] | None:
    """What a meeting or briefing of ``contact_point_id`` covers on ``on``: None for the whole
    region (it has one contact point, or none is named), else that contact point's countries
    (possibly none)."""
    if contact_point_id is None or len(points_of(s, region)) < 2:
        return None
    return countries_on(s, contact_point_id, on)


NO_COUNTRY = "--"  # matches no country: a contact point without countries has no signals


def scope_filter(scope: frozenset[str] | None) -> frozenset[str]:
    """``scope_on``'s answer as a ``SignalFilter.countries`` (empty there means every country)."""
    if scope is None:
        return frozenset()
    return scope or frozenset({NO_COUNTRY})


def _info(s: Session, p: ContactPoint, on: date | None) -> ContactPointInfo:
    countries = countries_on(s, _id(p.id), on) if on is not None else frozenset()
    return ContactPointInfo(
        _id(p.id), p.region, p.name, p.is_default, p.active, tuple(sorted(countries))
    )


def find_point(s: Session, region: str | None, text: str) -> ContactPoint:
    """A contact point by id or by name (any case), within ``region`` when given."""
    text = text.strip()
    query = select(ContactPoint)
    if region:
        query = query.where(col(ContactPoint.region) == region.upper())
    rows = list(s.exec(query))
    found = [p for p in rows if str(p.id) == text] or [
        p for p in rows if p.name.casefold() == text.casefold()
    ]
    if len(found) != 1:
        where = f" in {region.upper()}" if region else ""
        if len(found) > 1:
            raise ContactPointError(
                f"{len(found)} contact points are called {text}: give the region"
            )
        raise ContactPointNotFound(f"no contact point {text}{where}")
    return found[0]


# -- services --------------------------------------------------------------------------------------
def list_contact_points(
    ctx: Context, region: str | None = None, *, on: date | None = None
) -> list[ContactPointInfo]:
    """Contact points (of ``region``, or all by region), each with its countries on ``on``
    (default today)."""
    on = on or date.today()
    with reading(ctx) as w:
        regions = [region.upper()] if region else sorted(w.reference.directorates)
        return [_info(w.session, p, on) for r in regions for p in points_of(w.session, r)]


def get_contact_point(
    ctx: Context, region: str | None, text: str, *, on: date | None = None
) -> ContactPointInfo:
    with reading(ctx) as w:
        return _info(w.session, find_point(w.session, region, text), on or date.today())


def add_contact_point(
    ctx: Context, region: str, name: str, *, actor: str | None = None
) -> ContactPointInfo:
    """A new contact point in ``region`` (without countries: assign them from a date)."""
    region, name = region.upper(), " ".join(name.split())
    if not name:
        raise ContactPointError("a contact point needs a name")
    if len(name) > MAX_NAME:
        raise ContactPointError(f"a contact point's name has at most {MAX_NAME} characters")
    with writing(ctx, actor=actor) as w:
        s = w.session
        if s.get(Directorate, region) is None:
            raise ContactPointError(f"unknown region {region}")
        default_point(s, region)
        if any(p.name.casefold() == name.casefold() for p in points_of(s, region)):
            raise ContactPointError(f"{region} already has a contact point called {name}")
        point = ContactPoint(region=region, name=name)
        s.add(point)
        s.flush()
        audit.record(
            s,
            actor=w.actor,
            entity=ENTITY,
            entity_id=point.id,
            action="create",
            changes={"region": (None, region), "name": (None, name)},
        )
        return _info(s, point, None)


def rename_contact_point(
    ctx: Context, contact_point_id: int, name: str, *, actor: str | None = None
) -> ContactPointInfo:
    """Call a contact point by another name (its countries and series stay)."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise ContactPointError(f"a contact point's name has 1 to {MAX_NAME} characters")
    with writing(ctx, actor=actor) as w:
        s = w.session
        point = s.get(ContactPoint, contact_point_id)
        if point is None:
            raise ContactPointNotFound(f"no contact point {contact_point_id}")
        if any(
            p.id != point.id and p.name.casefold() == name.casefold()
            for p in points_of(s, point.region)
        ):
            raise ContactPointError(f"{point.region} already has a contact point called {name}")
        before, point.name = point.name, name
        s.add(point)
        audit.record(
            s,
            actor=w.actor,
            entity=ENTITY,
            entity_id=point.id,
            action="rename",
            changes={"name": (before, name)},
        )
        return _info(s, point, None)


def _point_on(w: Work, code: str, on: date) -> ContactPoint | None:
    region = w.reference.countries[code].directorate
    point_id = assignments_on(w.session, region, on).get(code)
    return w.session.get(ContactPoint, point_id) if point_id is not None else None


def contact_point_of(ctx: Context, code: str, on: date | None = None) -> ContactPointInfo | None:
    """The contact point a country (ISO code) belongs to on ``on`` (default today)."""
    on = on or date.today()
    with reading(ctx) as w:
        point = _point_on(w, _country(w, code), on)
        return _info(w.session, point, None) if point is not None else None


def _country(w: Work, code: str) -> str:
    found = w.reference.country_code(code)
    if found is None:
        raise ContactPointNotFound(f"unknown country: {code}")
    return found


def assign_country(
    ctx: Context,
    code: str,
    contact_point: int | str,
    valid_from: date,
    *,
    actor: str | None = None,
) -> Assignment:
    """From ``valid_from`` on, the country (code or name) belongs to ``contact_point`` (an id,
    or a name within the country's directorate). Audited in the country's history; a later
    assignment already on record stays (it still takes over from its own date)."""
    with writing(ctx, actor=actor) as w:
        s = w.session
        code = _country(w, code)
        region = w.reference.countries[code].directorate
        point = find_point(s, region, str(contact_point))
        if point.region != region:
            raise ContactPointError(
                f"{point.name} is a contact point of {point.region}, and {code} belongs to "
                f"{region}: move the country to {point.region} first"
            )
        before = _point_on(w, code, valid_from)
        row = s.exec(
            select(CountryAssignment).where(
                col(CountryAssignment.country_code) == code,
                col(CountryAssignment.valid_from) == valid_from,
            )
        ).first()
        if row is None:
            row = CountryAssignment(
                country_code=code, contact_point_id=_id(point.id), valid_from=valid_from
            )
        row.contact_point_id = _id(point.id)
        row.changed_by = w.actor
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor=w.actor,
            entity=COUNTRY_ENTITY,
            entity_id=code,
            action="assign",
            changes={
                "contact_point": (before.name if before else None, point.name),
                "from": (None, valid_from),
            },
        )
        return Assignment(code, _id(point.id), point.name, point.region, valid_from, w.actor)


def assignment_history(ctx: Context, code: str) -> list[Assignment]:
    """A country's assignments, oldest first (none: always its directorate's default)."""
    with reading(ctx) as w:
        code = _country(w, code)
        rows = w.session.exec(
            select(CountryAssignment, ContactPoint)
            .join(ContactPoint, col(ContactPoint.id) == col(CountryAssignment.contact_point_id))
            .where(col(CountryAssignment.country_code) == code)
            .order_by(col(CountryAssignment.valid_from))
        )
        return [
            Assignment(code, _id(p.id), p.name, p.region, a.valid_from, a.changed_by)
            for a, p in rows
        ]


def contact_points_by_region(
    ctx: Context, *, on: date | None = None
) -> dict[str, list[ContactPointInfo]]:
    """Every region's contact points with their countries on ``on``: what the navigator shows
    (a region with one contact point looks as it always did)."""
    result: dict[str, list[ContactPointInfo]] = {}
    for p in list_contact_points(ctx, on=on):
        result.setdefault(p.region, []).append(p)
    return result
