"""What a meeting shows and records (issue 17): who is invited to a draft, the minutes'
attendance headings, the calendar file's time zone."""

from __future__ import annotations

from datetime import date, datetime, time

import icalendar

from desk import documents as docs
from desk.models.meetings import Attendance, MeetingStatus, ParticipantRole
from desk.services import briefings as br
from desk.services import meetings as mt
from desk.services.meeting_page import meeting_page
from tests.test_briefings import text


def series_with_people(store):
    """DEU: 6 Oct (opened, two participants), 3 Nov and 1 Dec 2026 (drafts)."""
    mt.plan_series(store, "DEU", date(2026, 10, 6), time(10, 0), count=3, chair="Anna de Vries")
    first, second, third = mt.list_meetings(store, "DEU")
    mt.set_meeting_status(store, first.id, MeetingStatus.OPEN)
    mt.add_participant(store, first.id, "Anna de Vries", ParticipantRole.CONTACT_POINT, "ESB")
    mt.add_participant(store, first.id, "Daan Bakker", ParticipantRole.POST, "Embassy Yerevan")
    return first, second, third


def test_a_draft_shows_who_opening_it_will_invite(store) -> None:
    first, second, _third = series_with_people(store)
    page = meeting_page(store, second.id)
    assert [p.name for p in page.participants] == ["Anna de Vries", "Daan Bakker"]
    assert {p.attendance for p in page.participants} == {Attendance.INVITED}
    assert page.invited_from is not None and page.invited_from.id == first.id
    assert meeting_page(store, first.id).invited_from is None  # its own list
    mt.set_meeting_status(store, second.id, MeetingStatus.OPEN)
    opened = meeting_page(store, second.id)
    assert [p.name for p in opened.participants] == ["Anna de Vries", "Daan Bakker"]
    assert opened.invited_from is None
    assert {p.id for p in opened.participants}.isdisjoint({p.id for p in page.participants})


def test_adding_someone_to_a_draft_keeps_the_invited(store) -> None:
    _first, second, _third = series_with_people(store)
    mt.add_participant(store, second.id, "Floor de Wit", ParticipantRole.IMH, "IMH")
    page = meeting_page(store, second.id)
    assert [p.name for p in page.participants] == ["Anna de Vries", "Daan Bakker", "Floor de Wit"]
    assert page.invited_from is None  # the draft's own list now
    assert [p.name for p in mt.participants(store, second.id)] == [
        "Anna de Vries",
        "Daan Bakker",
        "Floor de Wit",
    ]


def test_the_briefing_of_a_draft_lists_the_invited(store) -> None:
    _first, second, _third = series_with_people(store)
    content = text(docs.render(store, "meeting-briefing", second.id).pdf)
    assert "Daan Bakker (post, Embassy Yerevan)" in content


def test_minutes_attendance_has_its_own_headings(store) -> None:
    first, _second, _third = series_with_people(store)
    mt.set_meeting_status(store, first.id, MeetingStatus.HELD)
    english = text(docs.render(store, "minutes", first.id).pdf)
    assert "Name Organisation Role in this meeting Attendance" in english
    assert "Daan Bakker Embassy Yerevan post" in english
    assert "Role in circumvention" not in english and "Posts" not in english
    dutch = text(docs.render(store, "minutes", first.id, br.Audience.CONTACT_POINT, "nl").pdf)
    assert "Naam Organisatie Rol Aanwezigheid" in dutch
    assert "ontwijking" not in dutch and "Posten" not in dutch


def test_ics_has_no_range_comment_and_its_time_zone_is_right(store) -> None:
    mt.plan_series(store, "DAO", date(2026, 10, 6), time(10, 0), count=3)
    raw = mt.series_ics(store, "DAO")
    assert b"COMMENT" not in raw and b"only works from" not in raw
    cal = icalendar.Calendar.from_ical(raw)
    (zone,) = cal.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Amsterdam"
    # the VTIMEZONE itself (not the zone its name looks up) gives the right offsets
    own = zone.to_tz(lookup_tzid=False)
    events = list(cal.walk("VEVENT"))
    starts = [e.decoded("dtstart").replace(tzinfo=None) for e in events]
    assert starts == [
        datetime(2026, 10, 6, 10),
        datetime(2026, 11, 3, 10),
        datetime(2026, 12, 1, 10),
    ]
    offsets = [own.utcoffset(s).total_seconds() / 3600 for s in starts]
    assert offsets == [2, 1, 1]
    assert raw.index(b"BEGIN:VTIMEZONE") < raw.index(b"BEGIN:VEVENT")
