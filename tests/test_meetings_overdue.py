"""One definition of "overdue" (services.meetings.actions.is_overdue), used by the app's tables,
the Actions section, the meeting's Decisions and actions tab and the meeting's papers."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt

from desk import documents as docs
from desk.models.meetings import ActionStatus, MeetingStatus
from desk.services import briefings as br
from desk.services import meetings as mt
from desk.services.meetings import ActionInfo
from desk.ui.meetings.models import OVERDUE, actions_model
from tests.test_briefings import text

DAY = date(2026, 11, 27)


def action(
    due: date | None,
    status: ActionStatus = ActionStatus.OPEN,
    closed_at: datetime | None = None,
    text: str = "Share the figures",
) -> ActionInfo:
    return ActionInfo(
        1,
        text,
        ["Floor de Wit"],
        due,
        status,
        7,
        date(2026, 11, 3),
        "DEU",
        1,
        None,
        closed_at,
        datetime(2026, 11, 3, 10, tzinfo=UTC),
    )


def test_due_today_is_not_overdue_due_yesterday_is() -> None:
    assert not mt.is_overdue(action(DAY), DAY)
    assert mt.is_overdue(action(DAY - timedelta(days=1)), DAY)
    assert not mt.is_overdue(action(DAY + timedelta(days=1)), DAY)
    assert not mt.is_overdue(action(None), DAY)  # no due date: never overdue
    assert action(DAY - timedelta(days=1)).overdue(DAY)  # the method is the same rule


def test_overdue_needs_the_action_open_at_the_end_of_the_reference_day() -> None:
    late = DAY - timedelta(days=10)
    done_today = action(late, ActionStatus.DONE, datetime.combine(DAY, time(15), UTC))
    done_later = action(
        late, ActionStatus.DONE, datetime.combine(DAY + timedelta(days=2), time(9), UTC)
    )
    dropped_before = action(late, ActionStatus.DROPPED, datetime.combine(late, time(9), UTC))
    assert not mt.is_overdue(done_today, DAY)
    assert mt.is_overdue(done_later, DAY)  # still open on that day: a paper of that day says so
    assert not mt.is_overdue(done_later, DAY + timedelta(days=3))
    assert not mt.is_overdue(dropped_before, DAY)


def test_papers_take_the_meeting_day_or_the_issue_day_if_earlier() -> None:
    meeting = date(2026, 12, 1)
    assert mt.papers_reference_day(meeting, DAY) == DAY  # issued before the meeting
    assert mt.papers_reference_day(meeting, date(2026, 12, 20)) == meeting  # after: fixed


def test_meeting_actions_count_the_rows_the_rule_marks() -> None:
    late = action(DAY - timedelta(days=3))
    closed = action(DAY - timedelta(days=3), ActionStatus.DONE, datetime(2026, 11, 20, tzinfo=UTC))
    due = action(DAY)
    page = mt.MeetingActions(carried=[late, closed, due], meeting_date=DAY + timedelta(days=4))
    assert page.overdue_on(DAY) == [late]
    assert page.overdue == [late, due]  # on the meeting's day, the one due today is late too


def test_list_actions_overdue_agrees_with_the_rule(store) -> None:
    """``list_actions(overdue_on=…)`` (open now) and the rule (open at the end of the day)
    agree on the day the late action was closed: the store's clock picks that day, never the
    calendar the test was written on."""
    mt.plan_series(store, "DEU", date(2026, 10, 6), count=2)
    first, _second = mt.list_meetings(store, "DEU")
    closed = mt.add_action(store, first.id, "Done, late", ["Anna"], date(2026, 10, 1))
    mt.set_action_status(store, closed, ActionStatus.DONE)
    (done,) = [a for a in mt.list_actions(store) if a.id == closed]
    assert done.closed_at is not None
    stamp = done.closed_at if done.closed_at.tzinfo else done.closed_at.replace(tzinfo=UTC)
    day = stamp.astimezone(UTC).date()
    yesterday = mt.add_action(store, first.id, "Due yesterday", ["Anna"], day - timedelta(days=1))
    today = mt.add_action(store, first.id, "Due today", ["Anna"], day)
    listed = mt.list_actions(store, overdue_on=day)
    assert [a.id for a in listed] == [yesterday]
    every = {a.id: a for a in mt.list_actions(store)}
    assert {i for i, a in every.items() if mt.is_overdue(a, day)} == {yesterday}
    assert today in every and closed in every


def test_the_actions_table_says_overdue_in_text_and_colour(qtbot) -> None:
    model = actions_model(lambda: DAY, with_meeting=True)
    rows = [
        action(DAY - timedelta(days=1), text="late"),
        action(DAY, text="due today"),
        action(DAY - timedelta(days=1), ActionStatus.DONE, datetime(2026, 11, 26, tzinfo=UTC)),
    ]
    model.set_rows(rows)
    status = model.columnCount() - 1
    cell = lambda r, role=Qt.ItemDataRole.DisplayRole: model.data(model.index(r, status), role)  # noqa: E731
    assert [cell(r) for r in range(3)] == ["overdue", "open", "done"]
    assert cell(0, Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE
    assert cell(1, Qt.ItemDataRole.ForegroundRole) is None
    assert "due before 2026-11-27" in cell(0, Qt.ItemDataRole.ToolTipRole)


def test_a_briefing_issued_before_the_meeting_does_not_call_overdue_what_is_not_due(store) -> None:
    mt.plan_series(store, "DEU", date(2026, 11, 3), time(10, 0), count=2)
    first, second = mt.list_meetings(store, "DEU")  # 3 Nov, 1 Dec
    mt.set_meeting_status(store, first.id, MeetingStatus.OPEN)
    mt.add_action(store, first.id, "Send the CHPI list", ["Carla"], date(2026, 11, 20))
    mt.add_action(store, first.id, "Share the export figures", ["Floor"], date(2026, 11, 28))
    issued = datetime(2026, 11, 27, 9, tzinfo=UTC)
    before = text(docs.render(store, "meeting-briefing", second.id, now=issued).pdf)
    assert "20 Nov 2026 — overdue" in before
    assert "28 Nov 2026 — overdue" not in before and "28 Nov 2026" in before
    assert "Overdue: still open and due before 27 Nov 2026." in before
    after = text(
        docs.render(store, "meeting-briefing", second.id, now=datetime(2026, 12, 9, tzinfo=UTC)).pdf
    )
    assert "28 Nov 2026 — overdue" in after  # issued after the meeting: as of its day
    assert "due before 1 Dec 2026" in after
    dutch = text(
        docs.render(
            store, "meeting-briefing", second.id, br.Audience.CONTACT_POINT, "nl", now=issued
        ).pdf
    )
    assert "verlopen" in dutch and "vóór 27 nov 2026" in dutch
