"""The demo country profiles and knowledge-exchange events, from
``desk/resources/demo/country_profiles.json``."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from desk.models import Signal
from desk.models.base import table_of
from desk.models.countries import EventStatus
from desk.paths import resource
from desk.services import countries as ct
from desk.services import events as ev
from desk.services.demo.signals import DEMO_ACTOR
from desk.services.event_input import COMMON, KIND_FIELDS
from desk.services.work import Work, writing
from desk.store import Store

# The event fields the demo file may give as they are (its dates are relative to today).
_EVENT_FIELDS = (
    "kind",
    *(f for f in COMMON if f not in ("country_code", "starts_on", "ends_on")),
    *(f for fields in KIND_FIELDS.values() for f in fields),
)


def load_demo_countries(store: Store, *, today: date | None = None) -> str:
    """Profiles of eight third countries and an expert panel (held), a hackathon (planned) and
    an academic collaboration (evaluated). One transaction."""
    today = today or date.today()
    data = json.loads(resource("demo", "country_profiles.json").read_text(encoding="utf-8"))
    with writing(store, actor=DEMO_ACTOR) as w:
        for profile in data["profiles"]:
            _profile(w, profile, today)
        for event in data["events"]:
            _event(w, event, today)
    return (
        f"{len(data['profiles'])} country profiles, {len(data['events'])} knowledge-exchange events"
    )


def _profile(w: Work, p: dict[str, Any], today: date) -> None:
    ct.update_profile(
        w,
        p["code"],
        ct.ProfilePatch(
            relation_eu=p["relation_eu"],
            relation_russia=p["relation_russia"],
            roles=p["roles"],
            preferred_exchange=p["preferred_exchange"],
            exchange_rationale=p["exchange_rationale"],
            posts=p["posts"],
            risk_level=p["risk_level"],
            risk_assessed_on=today - timedelta(days=p["risk_days_ago"]),
            notes=p["notes"],
        ),
    )
    ct.set_contacts(w, p["code"], [ct.Contact(*c) for c in p["contacts"]])
    ct.set_figures(w, p["code"], [ct.Figure(*f) for f in p["figures"]])


def _event(w: Work, e: dict[str, Any], today: date) -> None:
    starts = today + timedelta(days=e["days_from_today"])
    final = EventStatus(e["status"])
    # a held panel is created planned first, so the host rotation runs as it would in real use
    first = EventStatus.PLANNED if final == EventStatus.HELD else final
    event_id = ev.create_event(
        w,
        ev.EventDraft(
            country_code=e["country"],
            starts_on=starts,
            ends_on=starts + timedelta(days=e["length_days"] - 1),
            status=first,
            **{k: e[k] for k in _EVENT_FIELDS if k in e},
        ),
    )
    if final != first:
        ev.set_event_status(w, event_id, final)
    signals = table_of(Signal)
    for title in e["signals"]:
        sid = w.session.execute(sa.select(signals.c.id).where(signals.c.title == title)).scalar()
        if sid is not None:
            ev.link_signal(w, event_id, sid)
    for text, owners, due_days in e["follow_up"]:
        ev.add_event_action(w, event_id, text, owners, today + timedelta(days=due_days))
