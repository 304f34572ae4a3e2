"""Four-weekly meetings: series, agenda item 1, carry-forward, life cycle, calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import sqlalchemy as sa
from dateutil.rrule import WEEKLY, rrule

from desk.models import Signal
from desk.models.base import table_of
from desk.models.meetings import (
    ActionStatus,
    AgendaKind,
    Attendance,
    MeetingStatus,
    ParticipantRole,
)
from desk.services import meetings as mt
from desk.services.reference import load_reference
from desk.services.signals import insert_signals, update_signal
from tests.helpers import draft

AMS = ZoneInfo("Europe/Amsterdam")


def logged_signal(store, country: str, logged_at: datetime, title: str) -> int:
    """A signal logged at a given moment (as if typed in then)."""
    with store.transaction() as s:
        (sid,) = insert_signals(
            s,
            [draft(store, country=country, title=title)],
            load_reference(store),
            actor="test",
            logged_at=[logged_at],
        )
    return sid


def test_series_follows_the_rrule_over_new_year_and_both_dst_changes(store) -> None:
    start = date(2026, 10, 6)  # before the October DST change; runs past New Year and into April
    result = mt.plan_series(store, "DAO", start, time(10, 0), count=9)
    expected = list(rrule(WEEKLY, interval=4, dtstart=datetime(2026, 10, 6, 10, 0), count=9))
    got = [m.starts_at for m in mt.list_meetings(store, "DAO")]
    assert [g.replace(tzinfo=None) for g in got] == expected
    assert all(g.hour == 10 and g.minute == 0 for g in got)  # wall clock unchanged…
    offsets = {g.utcoffset() for g in got}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}  # …across CET and CEST
    assert got[0].utcoffset() == timedelta(hours=2)  # 6 Oct 2026: summer time
    assert got[1].utcoffset() == timedelta(hours=1)  # 3 Nov 2026: winter time
    assert any(g.year == 2027 for g in got)
    assert got[-1].date() == date(2027, 5, 18) and got[-1].utcoffset() == timedelta(hours=2)
    assert len(result.created) == 9


def test_moving_one_occurrence_leaves_the_others(store) -> None:
    mt.plan_series(store, "DEU", date(2026, 12, 1), count=4)
    before = mt.list_meetings(store, "DEU")
    holiday = before[1]  # 29 Dec 2026
    moved = mt.move_meeting(store, holiday.id, datetime(2027, 1, 5, 14, 30))
    after = mt.list_meetings(store, "DEU")
    assert moved.starts_at == datetime(2027, 1, 5, 14, 30, tzinfo=AMS) and moved.moved
    assert moved.occurrence_date == date(2026, 12, 29)
    assert [m.starts_at for m in after if m.id != holiday.id] == [
        m.starts_at for m in before if m.id != holiday.id
    ]
    assert mt.find_meeting(store, "DEU", date(2027, 1, 5)).id == holiday.id
    assert mt.find_meeting(store, "DEU", date(2026, 12, 29)).id == holiday.id
    cancelled = mt.cancel_meeting(store, before[2].id)
    assert cancelled.cancelled
    assert [m.id for m in mt.list_meetings(store, "DEU", include_cancelled=False)] == [
        before[0].id,
        holiday.id,
        before[3].id,
    ]
    assert [e.action for e in mt.meeting_history(store, holiday.id)] == ["move"]


def test_changing_the_series_from_a_date_onward(store) -> None:
    mt.plan_series(store, "DAM", date(2026, 9, 1), count=6)
    first = mt.list_meetings(store, "DAM")
    mt.add_participant(store, first[4].id, "Kept because it has content")
    # first: 1 Sep, 29 Sep, 27 Oct, 24 Nov, 22 Dec (has content), 19 Jan
    result = mt.plan_series(store, "DAM", date(2026, 11, 20), time(14, 0), count=4)
    meetings = mt.list_meetings(store, "DAM")
    assert [m.date for m in meetings[:3]] == [
        date(2026, 9, 1),
        date(2026, 9, 29),
        date(2026, 10, 27),
    ]
    assert result.removed == 2 and [k.id for k in result.kept] == [first[4].id]
    new = [m for m in meetings if m.date >= date(2026, 11, 20) and m.id != first[4].id]
    assert [(m.date, m.starts_at.hour) for m in new] == [
        (date(2026, 11, 20), 14),
        (date(2026, 12, 18), 14),
        (date(2027, 1, 15), 14),
        (date(2027, 2, 12), 14),
    ]


def test_one_active_series_per_region(store) -> None:
    a = mt.plan_series(store, "DAF", date(2026, 9, 1), count=2)
    b = mt.plan_series(store, "DAF", date(2027, 1, 5), count=2)  # changes the same series
    assert a.series_id == b.series_id
    mt.end_series(store, "DAF")
    c = mt.plan_series(store, "DAF", date(2027, 6, 1), count=1)
    assert c.series_id != a.series_id


def test_item_1_takes_exactly_the_window_signals_of_the_region(store) -> None:
    mt.plan_series(store, "DAO", date(2026, 10, 6), count=3)
    first, second, _ = mt.list_meetings(store, "DAO")
    t1 = first.starts_at.astimezone(UTC)
    t2 = second.starts_at.astimezone(UTC)
    in_window = logged_signal(store, "TH", t1 + timedelta(days=3), "Thai chips in window")
    at_start = logged_signal(store, "CN", t1, "Chinese lathes exactly at the previous meeting")
    before = logged_signal(store, "TH", t1 - timedelta(hours=1), "Thai signal before the window")
    other_region = logged_signal(
        store, "AM", t1 + timedelta(days=3), "Armenian signal: other region"
    )
    after = logged_signal(store, "TH", t2 + timedelta(minutes=1), "Thai signal after the meeting")
    updated = logged_signal(
        store, "TH", t1 - timedelta(days=40), "Old Thai signal updated in the window"
    )
    with store.session():
        pass
    update_signal(
        store,
        updated,
        draft(
            store, country="TH", title="Old Thai signal updated in the window", summary="new info"
        ),
    )
    # the update happened "now"; put it inside the window for the test
    with store.engine.begin() as conn:
        conn.execute(
            sa.update(table_of(Signal)).where(table_of(Signal).c.id == updated),
            {"updated_at": t1 + timedelta(days=5)},
        )
    rows = mt.agenda_signals(store, second.id)
    assert {r.id for r in rows} == {in_window, at_start, updated}
    assert (
        before not in {r.id for r in rows}
        and other_region not in {r.id for r in rows}
        and after not in {r.id for r in rows}
    )
    # the first meeting's window is the 28 days before it
    first_rows = {r.id for r in mt.agenda_signals(store, first.id)}
    assert first_rows == {before}


def test_item_1_is_best_graded_first_and_can_be_edited(store) -> None:
    mt.plan_series(store, "DAO", date(2026, 10, 6), count=2)
    first, second = mt.list_meetings(store, "DAO")
    t = first.starts_at.astimezone(UTC) + timedelta(days=1)
    ids = {}
    for grade in ("C3", "A1", "B2"):
        with store.transaction() as s:
            (ids[grade],) = insert_signals(
                s,
                [draft(store, title=f"Graded {grade}", reliability=grade[0], credibility=grade[1])],
                load_reference(store),
                actor="t",
                logged_at=[t],
            )
    outside = logged_signal(store, "TH", t - timedelta(days=90), "Older, added by hand")
    assert [r.grade for r in mt.agenda_signals(store, second.id)] == ["A1", "B2", "C3"]
    mt.remove_agenda_signal(store, second.id, ids["B2"])
    mt.add_agenda_signal(store, second.id, outside)
    assert {r.id for r in mt.agenda_signals(store, second.id)} == {ids["A1"], ids["C3"], outside}


def test_actions_carry_forward_until_done_and_stop_after(store) -> None:
    mt.plan_series(store, "DEU", date(2026, 9, 1), count=5)
    m1, m2, m3, m4, m5 = mt.list_meetings(store, "DEU")
    topic = mt.add_item(store, m1.id, "Customs cooperation with Armenia")
    action = mt.add_action(
        store, m1.id, "Ask customs for CHPI figures", ["Anna", "Bert"], date(2026, 9, 15), topic
    )
    other = mt.add_action(store, m1.id, "Share the guidance note", ["Carla"], date(2026, 12, 31))
    assert [a.id for a in mt.actions_at(store, m1.id).agreed] == [action, other]
    for m in (m2, m3):
        carried = mt.actions_at(store, m.id)
        assert {a.id for a in carried.carried} == {action, other}
        assert [a.id for a in carried.overdue] == [action]  # due 15 Sep, still open
    done_at = m3.ends_at.astimezone(UTC) + timedelta(days=1)
    mt.set_action_status(store, action, ActionStatus.DONE, at=done_at)
    assert {a.id for a in mt.actions_at(store, m3.id).carried} == {
        action,
        other,
    }  # it was open then
    assert {a.id for a in mt.actions_at(store, m4.id).carried} == {other}
    mt.set_action_status(store, other, ActionStatus.DROPPED, at=m4.ends_at.astimezone(UTC))
    assert mt.actions_at(store, m5.id).carried == []
    history = mt.action_history(store, action)
    assert [(e.action, e.field, e.new_value) for e in history][-1] == ("status", "status", "done")
    mine = mt.list_actions(store, owner="anna")
    assert [a.id for a in mine] == [action]


def test_items_with_open_actions_carry_to_the_next_meeting(store) -> None:
    mt.plan_series(store, "DEU", date(2026, 9, 1), count=3)
    m1, m2, m3 = mt.list_meetings(store, "DEU")
    topic = mt.add_item(store, m1.id, "Hackathon follow-up", 20)
    mt.update_item(store, topic, shareable=True)
    mt.add_item(store, m1.id, "One-off topic", 10)
    action = mt.add_action(store, m1.id, "Book the venue", ["Anna"], None, topic)
    for status in (MeetingStatus.OPEN, MeetingStatus.HELD, MeetingStatus.FINALISED):
        mt.set_meeting_status(store, m1.id, status)
    titles = [i.title for i in mt.get_agenda(store, m2.id).items]
    assert titles.count("Hackathon follow-up") == 1 and "One-off topic" not in titles
    carried = mt.get_agenda(store, m2.id).items[-1]
    assert carried.title == "Hackathon follow-up" and carried.shareable  # the same item, shared
    mt.set_meeting_status(store, m2.id, MeetingStatus.OPEN)  # opening again must not duplicate it
    assert [i.title for i in mt.get_agenda(store, m2.id).items].count("Hackathon follow-up") == 1
    mt.set_action_status(store, action, ActionStatus.DONE)
    for status in (MeetingStatus.HELD, MeetingStatus.FINALISED):
        mt.set_meeting_status(store, m2.id, status)
    assert "Hackathon follow-up" not in [i.title for i in mt.get_agenda(store, m3.id).items]


def test_opening_copies_participants_and_finalised_meetings_refuse_edits(store) -> None:
    mt.plan_series(store, "DAO", date(2026, 9, 1), count=2)
    m1, m2 = mt.list_meetings(store, "DAO")
    p = mt.add_participant(store, m1.id, "Anna de Vries", ParticipantRole.CONTACT_POINT, "ESB")
    mt.add_participant(store, m1.id, "Bram Jansen", ParticipantRole.POST, "Embassy Bangkok")
    mt.set_attendance(store, p, Attendance.ATTENDED)
    mt.set_meeting_status(store, m1.id, MeetingStatus.OPEN)
    mt.set_meeting_status(store, m1.id, MeetingStatus.HELD)
    decision = mt.add_decision(store, m1.id, "Hold a workshop with Thai customs")
    mt.set_meeting_status(store, m1.id, MeetingStatus.FINALISED)
    item = mt.get_agenda(store, m1.id).items[0]
    for attempt in (
        lambda: mt.add_item(store, m1.id, "Late item"),
        lambda: mt.update_item(store, item.id, minutes="changed"),
        lambda: mt.add_participant(store, m1.id, "Late guest"),
        lambda: mt.set_attendance(store, p, Attendance.EXCUSED),
        lambda: mt.add_decision(store, m1.id, "Late decision"),
        lambda: mt.update_decision(store, decision, "changed"),
        lambda: mt.add_action(store, m1.id, "Late action", ["Anna"]),
        lambda: mt.move_meeting(store, m1.id, datetime(2026, 9, 2, 10)),
    ):
        with pytest.raises(mt.MeetingLocked):
            attempt()
    reopened = mt.set_meeting_status(store, m1.id, MeetingStatus.HELD)
    assert reopened.status == MeetingStatus.HELD
    assert [e.action for e in mt.meeting_history(store, m1.id)][-1] == "reopen"
    mt.add_decision(store, m1.id, "Added after re-opening")
    mt.set_meeting_status(store, m2.id, MeetingStatus.OPEN)
    assert [(x.name, x.attendance) for x in mt.participants(store, m2.id)] == [
        ("Anna de Vries", Attendance.INVITED),
        ("Bram Jansen", Attendance.INVITED),
    ]
    with pytest.raises(mt.MeetingError):
        mt.set_meeting_status(
            store, m2.id, MeetingStatus.FINALISED
        )  # open → finalised skips "held"


def test_agenda_standing_items_order_and_overrun(store) -> None:
    mt.plan_series(store, "DWH", date(2026, 9, 1), count=2)
    m1, m2 = mt.list_meetings(store, "DWH")
    agenda = mt.get_agenda(store, m1.id)
    assert [i.kind for i in agenda.items] == [
        AgendaKind.TRENDS,
        AgendaKind.RELATIONS,
        AgendaKind.OPERATIONS,
        AgendaKind.EXCHANGE,
    ]
    assert agenda.total_minutes == 110 and agenda.overrun_minutes == 0
    extra = mt.add_item(store, m1.id, "Any other business", 25)
    agenda = mt.get_agenda(store, m1.id)
    assert agenda.total_minutes == 135 and agenda.overrun_minutes == 15
    order = [i.id for i in agenda.items]
    mt.reorder(store, m1.id, [extra, *order[:-1]])
    assert mt.get_agenda(store, m1.id).items[0].title == "Any other business"
    assert (
        mt.get_agenda(store, m1.id, lang="nl").items[1].title
        == "Het signaleren en bespreken van nieuwe trends op sanctieomzeiling"
    )
    with pytest.raises(mt.MeetingError):
        mt.remove_item(store, order[0])  # standing items stay
    copy = mt.duplicate_in_next(store, extra)
    moved = mt.move_to_next(store, extra)
    titles_next = [i.title for i in mt.get_agenda(store, m2.id).items]
    assert titles_next.count("Any other business") == 2 and copy != moved
    assert "Any other business" not in [i.title for i in mt.get_agenda(store, m1.id).items]


def test_ics_parses_back_with_the_right_dates(store) -> None:
    mt.plan_series(store, "DAO", date(2026, 10, 6), time(10, 0), count=3)
    meetings = mt.list_meetings(store, "DAO")
    mt.move_meeting(store, meetings[1].id, datetime(2026, 11, 5, 9, 30))
    mt.cancel_meeting(store, meetings[2].id)
    cal = icalendar.Calendar.from_ical(mt.series_ics(store, "DAO"))
    events = list(cal.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [
        datetime(2026, 10, 6, 10, 0, tzinfo=AMS),
        datetime(2026, 11, 5, 9, 30, tzinfo=AMS),
        datetime(2026, 12, 1, 10, 0, tzinfo=AMS),
    ]
    assert events[0].decoded("dtstart").utcoffset() == timedelta(hours=2)
    assert events[1].decoded("dtstart").utcoffset() == timedelta(hours=1)
    assert events[0].decoded("dtend") - events[0].decoded("dtstart") == timedelta(minutes=120)
    assert str(events[2]["status"]) == "CANCELLED"
    assert [str(t["tzid"]) for t in cal.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert len({str(e["uid"]) for e in events}) == 3
    one = icalendar.Calendar.from_ical(mt.meeting_ics(store, meetings[0].id))
    assert "New trends in sanctions circumvention" in str(
        next(iter(one.walk("VEVENT")))["description"]
    )
    dutch = next(
        iter(
            icalendar.Calendar.from_ical(mt.meeting_ics(store, meetings[0].id, "nl")).walk("VEVENT")
        )
    )
    assert str(dutch["summary"]) == "Vierwekelijks contactmoment sanctieomzeiling DAO"
    assert "nieuwe trends op sanctieomzeiling" in str(dutch["description"])
    assert "New trends" not in str(dutch["description"])
