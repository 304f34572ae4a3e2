"""Country profiles: what moves a third country, edited with a history per field, and what the
trend log says about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from desk.errors import InvalidInput
from desk.models import (
    Country,
    CountryContact,
    CountryFigure,
    CountryProfile,
    Directorate,
    Signal,
    SignalHsCode,
)
from desk.models.base import utcnow
from desk.models.countries import CircumventionRole, EventKind, RiskLevel
from desk.models.enums import TIERS, SignalStatus, Tlp
from desk.services import audit
from desk.services.reference import load_reference
from desk.services.search import SignalFilter, SignalRow, search_signals
from desk.services.settings import current_actor
from desk.store import Store

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
RECENT_DAYS = 90


class CountryError(InvalidInput):
    pass


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


def resolve_code(store: Store, text: str) -> str:
    code = load_reference(store).country_code(text)
    if code is None:
        raise CountryError(f"unknown country: {text}")
    return code


def _profile(s: Session, code: str) -> ProfileInfo:
    row = s.exec(
        select(Country, Directorate)
        .join(Directorate, Directorate.code == Country.directorate_code)
        .where(Country.code == code)
    ).first()
    if row is None:
        raise CountryError(f"unknown country: {code}")
    country, directorate = row
    p = s.get(CountryProfile, code)
    contacts = [
        Contact(c.name, c.function, c.organisation)
        for c in s.exec(
            select(CountryContact)
            .where(CountryContact.country_code == code)
            .order_by(CountryContact.position)
        )
    ]
    figures = [
        Figure(f.label, f.value, f.year, f.source)
        for f in s.exec(
            select(CountryFigure)
            .where(CountryFigure.country_code == code)
            .order_by(CountryFigure.position)
        )
    ]
    base = {
        "code": code,
        "name_en": country.name_en,
        "name_nl": country.name_nl,
        "directorate": directorate.code,
        "directorate_name": directorate.name_en,
        "directorate_source": country.directorate_source,
        "contacts": contacts,
        "figures": figures,
    }
    if p is None:
        return ProfileInfo(**base)
    return ProfileInfo(
        **base,
        relation_eu=p.relation_eu,
        relation_russia=p.relation_russia,
        roles=[CircumventionRole(r) for r in p.roles.split(";") if r],
        preferred_exchange=EventKind(p.preferred_exchange) if p.preferred_exchange else None,
        exchange_rationale=p.exchange_rationale,
        posts=p.posts,
        risk_level=RiskLevel(p.risk_level) if p.risk_level else None,
        risk_assessed_on=p.risk_assessed_on,
        notes=p.notes,
        has_profile=True,
    )


def get_profile(store: Store, code: str) -> ProfileInfo:
    with store.session() as s:
        return _profile(s, code.upper())


def _stored(name: str, value: object) -> object:
    """The column value of a profile field as given by a caller."""
    if name == "roles":
        roles = [CircumventionRole(r) for r in value]  # type: ignore[union-attr]
        return ";".join(r.value for r in roles)
    if name == "preferred_exchange":
        return EventKind(value).value if value else ""
    if name == "risk_level":
        return RiskLevel(value).value if value else ""
    if name == "risk_assessed_on":
        if value is not None and value > date.today():  # type: ignore[operator]
            raise CountryError("the risk cannot have been assessed in the future")
        return value
    return str(value or "").strip()


def update_profile(
    store: Store, code: str, *, actor: str | None = None, **fields: object
) -> list[str]:
    """Change profile fields; every change goes into the country's history. Returns the fields
    that changed."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise CountryError(f"not a profile field: {', '.join(sorted(unknown))}")
    try:
        values = {k: _stored(k, v) for k, v in fields.items()}
    except ValueError as exc:
        raise CountryError(str(exc)) from None
    code = code.upper()
    with store.transaction() as s:
        if s.get(Country, code) is None:
            raise CountryError(f"unknown country: {code}")
        profile = s.get(CountryProfile, code) or CountryProfile(country_code=code)
        changes = {
            k: (getattr(profile, k) or None, v or None)
            for k, v in values.items()
            if (getattr(profile, k) or None) != (v or None)
        }
        if not changes:
            return []
        for k, v in values.items():
            setattr(profile, k, v)
        profile.updated_at = utcnow()
        s.add(profile)
        _record_update(s, store, code, changes, actor)
        return list(changes)


def _record_update(s: Session, store: Store, code: str, changes: dict, actor: str | None) -> None:
    """One audit entry for a change to a country's profile (fields, contacts, figures…)."""
    audit.record(
        s,
        actor=actor or current_actor(store),
        entity=ENTITY,
        entity_id=code,
        action="update",
        changes=changes,
    )


def set_directorate(store: Store, code: str, directorate: str, *, actor: str | None = None) -> None:
    """Move a country (and so all its signals, everywhere) to another regional directorate."""
    code, directorate = code.upper(), directorate.upper()
    with store.transaction() as s:
        country = s.get(Country, code)
        if country is None:
            raise CountryError(f"unknown country: {code}")
        if s.get(Directorate, directorate) is None:
            raise CountryError(f"unknown directorate: {directorate}")
        if country.directorate_code == directorate:
            return
        before = country.directorate_code
        country.directorate_code = directorate
        country.directorate_source = "user"  # reference syncs leave it alone from now on
        s.add(country)
        _record_update(s, store, code, {"directorate": (before, directorate)}, actor)


def set_contacts(
    store: Store, code: str, contacts: list[Contact], *, actor: str | None = None
) -> None:
    code = code.upper()
    cleaned = [
        Contact(c.name.strip(), c.function.strip(), c.organisation.strip())
        for c in contacts
        if c.name.strip()
    ]
    with store.transaction() as s:
        before = [
            c.name
            for c in s.exec(select(CountryContact).where(CountryContact.country_code == code))
        ]
        s.execute(sa.delete(CountryContact).where(CountryContact.country_code == code))
        for n, c in enumerate(cleaned):
            s.add(
                CountryContact(
                    country_code=code,
                    name=c.name,
                    function=c.function,
                    organisation=c.organisation,
                    position=n,
                )
            )
        after = [c.name for c in cleaned]
        if before != after:
            _record_update(s, store, code, {"contacts": (before, after)}, actor)


def set_figures(
    store: Store, code: str, figures: list[Figure], *, actor: str | None = None
) -> None:
    code = code.upper()
    cleaned = [f for f in figures if f.label.strip() and f.value.strip()]

    def text(f: Figure) -> str:
        return f"{f.label}: {f.value}" + (f" ({f.year})" if f.year else "")

    with store.transaction() as s:
        before = [
            text(Figure(f.label, f.value, f.year))
            for f in s.exec(select(CountryFigure).where(CountryFigure.country_code == code))
        ]
        s.execute(sa.delete(CountryFigure).where(CountryFigure.country_code == code))
        for n, f in enumerate(cleaned):
            s.add(
                CountryFigure(
                    country_code=code,
                    label=f.label.strip(),
                    value=f.value.strip(),
                    year=f.year,
                    source=f.source.strip(),
                    position=n,
                )
            )
        after = [text(f) for f in cleaned]
        if before != after:
            _record_update(s, store, code, {"figures": (before, after)}, actor)


def profile_history(store: Store, code: str) -> list[audit.HistoryEntry]:
    with store.session() as s:
        return audit.history(s, ENTITY, code.upper())


# -- derived from the trend log ---------------------------------------------------------------------
@dataclass(frozen=True)
class CountryActivity:
    code: str
    total: int  # signals not archived
    recent: int  # observed in the last 90 days
    by_category: dict[str, int]
    tiers_seen: list[str]  # CHPI tiers among its signals' HS codes, most critical first
    latest: list[SignalRow]


def live_signal_counts(
    store: Store, codes: list[str], *, max_tlp: Tlp | None = None
) -> dict[str, int]:
    """Signals not archived per country, for many countries in one query (every code present);
    with ``max_tlp``, only those marked at most that restrictively (what an audience may see)."""
    S = Signal.__table__
    wanted = sorted({c.upper() for c in codes})
    where = [S.c.country_code.in_(wanted), S.c.status != SignalStatus.ARCHIVED.value]
    if max_tlp is not None:
        where.append(S.c.tlp_rank <= max_tlp.rank)
    with store.session() as s:
        found = dict(
            s.execute(
                sa.select(S.c.country_code, sa.func.count())
                .where(*where)
                .group_by(S.c.country_code)
            ).all()
        )
    return {code: found.get(code, 0) for code in wanted}


def country_activity(
    store: Store, code: str, *, latest: int = 8, today: date | None = None
) -> CountryActivity:
    code = code.upper()
    today = today or date.today()
    S, H = Signal.__table__, SignalHsCode.__table__
    live = sa.and_(S.c.country_code == code, S.c.status != SignalStatus.ARCHIVED.value)
    with store.session() as s:
        by_category = dict(
            s.execute(
                sa.select(S.c.category, sa.func.count()).where(live).group_by(S.c.category)
            ).all()
        )
        recent = s.execute(
            sa.select(sa.func.count()).where(
                live, S.c.observed_on >= today - timedelta(days=RECENT_DAYS)
            )
        ).scalar_one()
        tiers = {
            t
            for (t,) in s.execute(
                sa.select(H.c.tier)
                .distinct()
                .join(S, S.c.id == H.c.signal_id)
                .where(live, H.c.tier.is_not(None))
            )
        }
    return CountryActivity(
        code=code,
        total=sum(by_category.values()),
        recent=recent,
        by_category=by_category,
        tiers_seen=[t for t in TIERS if t in tiers],
        latest=search_signals(store, SignalFilter(countries=frozenset({code})), limit=latest),
    )


@dataclass(frozen=True)
class CountryOverview:
    code: str
    name_en: str
    directorate: str
    risk_level: RiskLevel | None
    has_profile: bool
    signals: int
    recent: int
    last_observed: date | None


def country_overview(
    store: Store,
    region: str | None = None,
    *,
    include_quiet: bool = False,
    today: date | None = None,
) -> list[CountryOverview]:
    """Countries by directorate with risk and recent activity: those with a profile or signals
    (every country with ``include_quiet``)."""
    today = today or date.today()
    S, C, P = Signal.__table__, Country.__table__, CountryProfile.__table__
    since = today - timedelta(days=RECENT_DAYS)
    activity = (
        sa.select(
            S.c.country_code,
            sa.func.count().label("n"),
            sa.func.sum(sa.case((S.c.observed_on >= since, 1), else_=0)).label("recent"),
            sa.func.max(S.c.observed_on).label("last"),
        )
        .where(S.c.status != SignalStatus.ARCHIVED.value)
        .group_by(S.c.country_code)
        .subquery()
    )
    stmt = (
        sa.select(
            C.c.code,
            C.c.name_en,
            C.c.directorate_code,
            P.c.risk_level,
            P.c.country_code,
            activity.c.n,
            activity.c.recent,
            activity.c.last,
        )
        .select_from(
            C.outerjoin(P, P.c.country_code == C.c.code).outerjoin(
                activity, activity.c.country_code == C.c.code
            )
        )
        .order_by(C.c.directorate_code, C.c.name_en)
    )
    if region:
        stmt = stmt.where(C.c.directorate_code == region.upper())
    with store.session() as s:
        rows = s.execute(stmt).all()
    result = []
    for code, name, directorate, risk, profiled, n, recent, last in rows:
        if not include_quiet and profiled is None and not n:
            continue
        result.append(
            CountryOverview(
                code,
                name,
                directorate,
                RiskLevel(risk) if risk else None,
                profiled is not None,
                n or 0,
                recent or 0,
                date.fromisoformat(last) if isinstance(last, str) else last,
            )
        )
    return result
