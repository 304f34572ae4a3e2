"""What the trend log says about countries: signals per country, recent activity, CHPI tiers
seen, and the overview of countries by directorate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from sqlmodel import col

from desk.models import Country, CountryProfile, Signal, SignalHsCode
from desk.models.countries import RiskLevel
from desk.models.enums import TIERS, SignalStatus, Tlp
from desk.services.search import DEFAULT_SORT, SignalFilter, SignalRow, page_ids, rows_for_ids
from desk.services.work import Context, Work, reading

RECENT_DAYS = 90


@dataclass(frozen=True)
class CountryActivity:
    code: str
    total: int  # signals not archived
    recent: int  # observed in the last 90 days
    by_category: dict[str, int]
    tiers_seen: list[str]  # CHPI tiers among its signals' HS codes, most critical first
    latest: list[SignalRow]


def _live() -> sa.ColumnElement[bool]:
    return col(Signal.status) != SignalStatus.ARCHIVED.value


def live_signal_counts(
    ctx: Context, codes: Sequence[str], *, max_tlp: Tlp | None = None
) -> dict[str, int]:
    """Signals not archived per country, for many countries in one query (every code present);
    with ``max_tlp``, only those marked at most that restrictively (what an audience may see)."""
    wanted = sorted({c.upper() for c in codes})
    where = [col(Signal.country_code).in_(wanted), _live()]
    if max_tlp is not None:
        where.append(col(Signal.tlp_rank) <= max_tlp.rank)
    with reading(ctx) as w:
        found: dict[str, int] = {
            code: n
            for code, n in w.session.execute(
                sa.select(col(Signal.country_code), sa.func.count())
                .where(*where)
                .group_by(col(Signal.country_code))
            )
        }
    return {code: found.get(code, 0) for code in wanted}


def activity_of(
    w: Work, code: str, *, latest: int = 8, today: date | None = None
) -> CountryActivity:
    code = code.upper()
    today = today or date.today()
    live = sa.and_(col(Signal.country_code) == code, _live())
    s = w.session
    by_category: dict[str, int] = {
        category: n
        for category, n in s.execute(
            sa.select(col(Signal.category), sa.func.count())
            .where(live)
            .group_by(col(Signal.category))
        )
    }
    recent = s.execute(
        sa.select(sa.func.count()).where(
            live, col(Signal.observed_on) >= today - timedelta(days=RECENT_DAYS)
        )
    ).scalar_one()
    tier = col(SignalHsCode.tier)
    tiers = set(
        s.scalars(
            sa.select(tier)
            .distinct()
            .join(Signal, col(Signal.id) == col(SignalHsCode.signal_id))
            .where(live, tier.is_not(None))
        )
    )
    mine = SignalFilter(countries=frozenset({code}))
    return CountryActivity(
        code=code,
        total=sum(by_category.values()),
        recent=recent,
        by_category=by_category,
        tiers_seen=[t for t in TIERS if t in tiers],
        latest=rows_for_ids(s, page_ids(s, mine, DEFAULT_SORT, 0, latest)),
    )


def country_activity(
    ctx: Context, code: str, *, latest: int = 8, today: date | None = None
) -> CountryActivity:
    with reading(ctx) as w:
        return activity_of(w, code, latest=latest, today=today)


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
    name_nl: str = ""


def country_overview(
    ctx: Context,
    region: str | None = None,
    *,
    include_quiet: bool = False,
    today: date | None = None,
) -> list[CountryOverview]:
    """Countries by directorate with risk and recent activity: those with a profile or signals
    (every country with ``include_quiet``)."""
    today = today or date.today()
    since = today - timedelta(days=RECENT_DAYS)
    observed = col(Signal.observed_on)
    activity = (
        sa.select(
            col(Signal.country_code).label("code"),
            sa.func.count().label("n"),
            sa.func.sum(sa.case((observed >= since, 1), else_=0)).label("recent"),
            sa.func.max(observed).label("last"),
        )
        .where(_live())
        .group_by(col(Signal.country_code))
        .subquery()
    )
    stmt = (
        sa.select(
            col(Country.code),
            col(Country.name_en),
            col(Country.name_nl),
            col(Country.directorate_code),
            col(CountryProfile.risk_level),
            col(CountryProfile.country_code),
            activity.c.n,
            activity.c.recent,
            activity.c.last,
        )
        .select_from(Country)
        .outerjoin(CountryProfile, col(CountryProfile.country_code) == col(Country.code))
        .outerjoin(activity, activity.c.code == col(Country.code))
        .order_by(col(Country.directorate_code), col(Country.name_en))
    )
    if region:
        stmt = stmt.where(col(Country.directorate_code) == region.upper())
    with reading(ctx) as w:
        rows = w.session.execute(stmt).all()
    return [
        CountryOverview(
            code,
            name,
            directorate,
            RiskLevel(risk) if risk else None,
            profiled is not None,
            n or 0,
            recent or 0,
            date.fromisoformat(last) if isinstance(last, str) else last,
            name_nl,
        )
        for code, name, name_nl, directorate, risk, profiled, n, recent, last in rows
        if include_quiet or profiled is not None or n
    ]
