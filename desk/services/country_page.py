"""One country's page — profile, trend-log activity, events and history — read in one snapshot.

Apart from ``countries`` and ``events`` because it needs both, and events need countries."""

from __future__ import annotations

from dataclasses import dataclass

from desk.services import audit
from desk.services.countries import ENTITY, ProfileInfo, code_of, profile_of
from desk.services.country_activity import CountryActivity, activity_of
from desk.services.events import EventInfo, list_events
from desk.services.work import Context, reading


@dataclass(frozen=True)
class CountryPage:
    profile: ProfileInfo
    activity: CountryActivity
    events: list[EventInfo]
    history: list[audit.HistoryEntry]


def country_page(ctx: Context, country: str) -> CountryPage:
    """The page of a country given by ISO code or name (CountryNotFound if there is none)."""
    with reading(ctx) as w:
        code = code_of(w, country)
        return CountryPage(
            profile_of(w, code),
            activity_of(w, code),
            list_events(w, country=code),
            audit.history(w.session, ENTITY, code),
        )
