"""Calendar files (.ics) of one meeting or a whole series, with the time zone Outlook needs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

from desk.fileio import atomic_write_bytes
from desk.services.meetings.agenda import get_agenda
from desk.services.meetings.common import MeetingInfo
from desk.services.meetings.series import get_meeting, list_meetings
from desk.services.work import Context, Work, reading
from desk.store import Store
from desk.store.meta import read_meta

PRODID = "-//Ministry of Foreign Affairs//Desk//EN"


def _uid(store_id: str, m: MeetingInfo) -> str:
    # Stable per series occurrence: re-importing an updated file updates the same appointment.
    key = f"s{m.series_id}-{m.occurrence_date:%Y%m%d}" if m.series_id else f"m{m.id}"
    return f"desk-{store_id[:12]}-{key}@nl.minbuza.desk"


SUMMARY = {
    "en": "Four-weekly sanctions meeting {region}",
    "nl": "Vierwekelijks contactmoment sanctieomzeiling {region}",
}


def _event(w: Work, store_id: str, m: MeetingInfo, lang: str) -> Event:
    event = Event()
    event.add("uid", _uid(store_id, m))
    event.add("dtstamp", datetime.now(UTC))
    event.add("dtstart", m.starts_at)  # aware: written with TZID=Europe/Amsterdam
    event.add("dtend", m.ends_at)
    event.add("summary", SUMMARY.get(lang, SUMMARY["en"]).format(region=m.region))
    location = ", ".join(x for x in (m.location, m.video_link) if x)
    if location:
        event.add("location", location)
    agenda = get_agenda(w, m.id, lang)
    lines = [f"{i.number}. {i.title} ({i.duration_minutes} min)" for i in agenda.items]
    event.add("description", "Agenda:\n" + "\n".join(lines))
    if m.cancelled:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    return event


def _store_id(ctx: Context) -> str:
    # Written once when the store was made, in the store's own table: read before the unit.
    return read_meta(ctx if isinstance(ctx, Store) else ctx.store, "store_id") or "desk"


def _timezones(meetings: list[MeetingInfo]) -> list[Timezone]:
    """A VTIMEZONE for each zone the meetings are in (Europe/Amsterdam), as Outlook expects.

    It holds the zone's changes from 1 January of the year before the first meeting to the
    end of the year after the last, not icalendar's default 1970–2038: a far shorter file that
    covers every meeting in it, so without that default range's caveat ("COMMENT:This
    timezone only works from …"), which calendar programs show to whoever opens it."""
    if not meetings:
        return []
    first = date(min(m.date for m in meetings).year - 1, 1, 1)
    last = date(max(m.date for m in meetings).year + 2, 1, 1)
    zones = []
    for name in sorted({m.tz for m in meetings}):
        zone = Timezone.from_tzinfo(ZoneInfo(name), name, first, last)
        zone.pop("COMMENT", None)
        zones.append(zone)
    return zones


def _calendar(w: Work, store_id: str, meetings: list[MeetingInfo], lang: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    for zone in _timezones(meetings):  # before the events that name them
        cal.add_component(zone)
    for m in meetings:
        cal.add_component(_event(w, store_id, m, lang))
    return bytes(cal.to_ical())


def meeting_ics(ctx: Context, meeting_id: int, lang: str = "en") -> bytes:
    """One meeting's calendar file; its texts (title, agenda) in ``lang`` (en or nl)."""
    store_id = _store_id(ctx)
    with reading(ctx) as w:
        return _calendar(w, store_id, [get_meeting(w, meeting_id)], lang)


def series_ics(ctx: Context, region: str, lang: str = "en") -> bytes:
    store_id = _store_id(ctx)
    with reading(ctx) as w:
        return _calendar(w, store_id, list_meetings(w, region), lang)


def write_ics(path: Path | str, data: bytes) -> Path:
    path = Path(path)
    atomic_write_bytes(path, data, mode=0o644)  # a calendar file is meant to be shared
    return path
