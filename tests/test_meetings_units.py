"""Meetings as units of work: bulk changes are one transaction (all or nothing), drafts and
patches are checked in one place, the status rules come from the service, and a meeting's
page is read in one snapshot."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import grimp
import pytest

from desk.cli import main
from desk.models.meetings import ActionStatus, Attendance, MeetingStatus, ParticipantRole
from desk.services import meeting_page as page_module
from desk.services import meetings as mt
from desk.services.meeting_page import meeting_page
from desk.services.reference import load_reference
from desk.services.signals import insert_signals
from desk.services.work import reading
from desk.store import Store
from tests.helpers import db_arg, draft

MISSING = 999_999


@pytest.fixture
def meetings(store) -> tuple[Store, mt.MeetingInfo, mt.MeetingInfo]:
    mt.plan_series(store, mt.SeriesPlan("DAO", date(2026, 10, 6), count=2))
    first, second = mt.list_meetings(store, "DAO")
    return store, first, second


@pytest.fixture
def transactions(monkeypatch) -> list[int]:
    """Counts the write transactions the store starts."""
    started: list[int] = []
    original = Store.transaction

    def counting(self: Store):  # type: ignore[no-untyped-def]
        started.append(1)
        return original(self)

    monkeypatch.setattr(Store, "transaction", counting)
    return started


def signal_logged(store, logged_at: datetime, title: str) -> int:
    with store.transaction() as s:
        (sid,) = insert_signals(
            s, [draft(store, title=title)], load_reference(store), actor="t", logged_at=[logged_at]
        )
    return sid


# -- bulk changes ---------------------------------------------------------------------------------
def test_adding_and_removing_signals_of_item_1_is_one_change(meetings, transactions) -> None:
    store, first, second = meetings
    old = first.starts_at.astimezone(UTC) - timedelta(days=90)  # outside both windows
    a, b = (signal_logged(store, old, f"Older signal {n}") for n in (1, 2))
    transactions.clear()
    with pytest.raises(mt.MeetingNotFound, match=f"no signal with id {MISSING}"):
        mt.add_agenda_signals(store, second.id, [a, MISSING, b])
    assert {r.id for r in mt.agenda_signals(store, second.id)} & {a, b} == set()
    assert mt.add_agenda_signals(store, second.id, [a, b, a]) == 2
    assert transactions == [1, 1]  # one transaction a call, however many signals
    assert {a, b} <= {r.id for r in mt.agenda_signals(store, second.id)}
    with pytest.raises(mt.MeetingNotFound):
        mt.remove_agenda_signals(store, second.id, [a, MISSING])
    assert {a, b} <= {r.id for r in mt.agenda_signals(store, second.id)}  # nothing taken off
    mt.remove_agenda_signals(store, second.id, [a, b])
    assert {r.id for r in mt.agenda_signals(store, second.id)} & {a, b} == set()


def test_attendance_of_several_participants_is_one_change(meetings, transactions) -> None:
    store, first, second = meetings
    anna = mt.add_participant(store, first.id, mt.ParticipantDraft("Anna de Vries"))
    bram = mt.add_participant(store, first.id, mt.ParticipantDraft("Bram Jansen"))
    elsewhere = mt.add_participant(store, second.id, mt.ParticipantDraft("Carla Smit"))
    transactions.clear()
    with pytest.raises(mt.MeetingError, match="belongs to another meeting"):
        mt.set_attendances(
            store,
            first.id,
            {anna: Attendance.ATTENDED, elsewhere: Attendance.ATTENDED, bram: Attendance.EXCUSED},
        )
    assert {p.attendance for p in mt.participants(store, first.id)} == {Attendance.INVITED}
    mt.set_attendances(store, first.id, {anna: Attendance.ATTENDED, bram: Attendance.EXCUSED})
    assert transactions == [1, 1]
    assert [(p.name, p.attendance) for p in mt.participants(store, first.id)] == [
        ("Anna de Vries", Attendance.ATTENDED),
        ("Bram Jansen", Attendance.EXCUSED),
    ]


def test_removing_participants_and_decisions_is_all_or_nothing(meetings) -> None:
    store, first, _second = meetings
    people = [mt.add_participant(store, first.id, mt.ParticipantDraft(n)) for n in "ABC"]
    with pytest.raises(mt.MeetingNotFound, match=f"no participant with id {MISSING}"):
        mt.remove_participants(store, [people[0], MISSING, people[1]])
    assert [p.id for p in mt.participants(store, first.id)] == people
    mt.remove_participants(store, people[:2])
    assert [p.id for p in mt.participants(store, first.id)] == people[2:]

    decided = [mt.add_decision(store, first.id, mt.DecisionDraft(t)) for t in ("One", "Two")]
    with pytest.raises(mt.MeetingNotFound):
        mt.remove_decisions(store, [decided[0], MISSING])
    assert [d.id for d in mt.decisions(store, first.id)] == decided
    mt.remove_decisions(store, decided)
    assert mt.decisions(store, first.id) == []


def test_removing_from_a_finalised_meeting_is_refused_as_a_whole(meetings) -> None:
    store, first, second = meetings
    open_one = mt.add_participant(store, second.id, mt.ParticipantDraft("Still open"))
    locked = mt.add_participant(store, first.id, mt.ParticipantDraft("Frozen"))
    for status in (MeetingStatus.OPEN, MeetingStatus.HELD, MeetingStatus.FINALISED):
        mt.set_meeting_status(store, first.id, status)
    with pytest.raises(mt.MeetingLocked):
        mt.remove_participants(store, [open_one, locked])
    assert [p.id for p in mt.participants(store, second.id)] == [open_one]


def test_action_statuses_change_together_or_not_at_all(meetings, transactions) -> None:
    store, first, _second = meetings
    a = mt.add_action(store, first.id, mt.ActionDraft("Ask customs", ("Anna",)))
    b = mt.add_action(store, first.id, mt.ActionDraft("Share the note", ("Bram",)))
    transactions.clear()
    with pytest.raises(mt.MeetingNotFound, match=f"no action with id {MISSING}"):
        mt.set_action_statuses(
            store, {a: ActionStatus.DONE, MISSING: ActionStatus.DONE, b: ActionStatus.DROPPED}
        )
    assert {x.status for x in mt.actions_at(store, first.id).agreed} == {ActionStatus.OPEN}
    assert {e.action for e in mt.action_history(store, a)} == {"create"}
    changed = mt.set_action_statuses(store, {a: ActionStatus.DONE, b: ActionStatus.OPEN})
    assert changed == 1 and transactions == [1, 1]
    assert [x.status for x in mt.actions_at(store, first.id).agreed] == [
        ActionStatus.DONE,
        ActionStatus.OPEN,
    ]
    assert mt.actions_at(store, first.id).agreed[0].closed_at is not None


# -- drafts and patches ---------------------------------------------------------------------------
def test_drafts_are_checked_in_one_place() -> None:
    assert mt.ItemDraft("  ").problem() == "an agenda item needs a title"
    assert mt.ItemDraft("AOB", -5).problem() == "a duration cannot be negative"
    assert mt.ItemDraft("  AOB ", 10, " Anna ").checked() == mt.ItemDraft("AOB", 10, "Anna")
    assert mt.ParticipantDraft(" ").problem() == "a participant needs a name"
    assert mt.DecisionDraft("\n").problem() == "a decision needs a text"
    assert mt.ActionDraft("", ("Anna",)).problem() == "an action needs a text"
    assert mt.ActionDraft("Do it", (" ", "")).problem() == "an action needs at least one owner"
    assert mt.ActionDraft(
        "Do it", ("anna  de vries", "Anna de Vries", "Bram")
    ).checked().owners == (
        "anna de vries",
        "Bram",
    )
    assert mt.SeriesPlan("dao", date(2026, 10, 6), count=0).problem() == "plan at least one meeting"
    assert mt.SeriesPlan("dao", date(2026, 10, 6), tz="Mars/Olympus").problem() == (
        "unknown time zone Mars/Olympus"
    )
    assert mt.SeriesPlan(" dao ", date(2026, 10, 6)).checked().region == "DAO"
    assert mt.ItemPatch(title=" ").problem() == "an agenda item needs a title"
    assert mt.ItemPatch(minutes="").problem() is None  # minutes may be emptied
    assert mt.ActionPatch(owners=()).problem() == "an action needs at least one owner"


def test_services_refuse_what_the_drafts_refuse(meetings) -> None:
    store, first, _second = meetings
    for attempt in (
        lambda: mt.add_item(store, first.id, mt.ItemDraft(" ")),
        lambda: mt.add_participant(store, first.id, " "),  # the older form is checked alike
        lambda: mt.add_action(store, first.id, "Do it", [" "]),
        lambda: mt.plan_series(store, "DAO", date(2027, 1, 5), count=0),
    ):
        with pytest.raises(mt.MeetingError):
            attempt()
    with pytest.raises(mt.MeetingError, match="unknown region XYZ"):
        mt.plan_series(store, mt.SeriesPlan("xyz", date(2027, 1, 5)))
    standing = mt.get_agenda(store, first.id).items[0]
    with pytest.raises(mt.MeetingError, match="standing items keep their titles"):
        mt.update_item(store, standing.id, mt.ItemPatch(title="Another title"))


def test_a_patch_changes_only_what_it_names(meetings) -> None:
    store, first, _second = meetings
    due = date(2026, 11, 1)
    action = mt.add_action(store, first.id, mt.ActionDraft("Ask customs", ("Anna",), due_on=due))
    mt.update_action(store, action, mt.ActionPatch(text="Ask customs for CHPI figures"))
    (info,) = mt.actions_at(store, first.id).agreed
    assert (info.text, info.owners, info.due_on) == ("Ask customs for CHPI figures", ["Anna"], due)
    mt.update_action(store, action, mt.ActionPatch(owners=("Bram", "anna"), due_on=None))
    (info,) = mt.actions_at(store, first.id).agreed
    assert (info.owners, info.due_on) == (["anna", "Bram"], None)  # None: no due date any more
    changed = {(e.field, e.new_value) for e in mt.action_history(store, action)}
    assert {("text", "Ask customs for CHPI figures"), ("due_on", None)} <= changed

    moved = mt.update_meeting(store, first.id, mt.MeetingChange(chair=" Jeroen Bos "))
    assert (moved.chair, moved.location, moved.duration_minutes) == (
        "Jeroen Bos",
        first.location,
        first.duration_minutes,
    )
    assert [(e.field, e.new_value) for e in mt.meeting_history(store, first.id)] == [
        ("chair", "Jeroen Bos")
    ]
    item = mt.add_item(store, first.id, mt.ItemDraft("AOB", 10, "Anna", shareable=True))
    mt.update_item(store, item, mt.ItemPatch(minutes="Discussed."))
    entry = mt.get_agenda(store, first.id).items[-1]
    assert (entry.title, entry.duration_minutes, entry.presenter, entry.shareable) == (
        "AOB",
        10,
        "Anna",
        True,
    )
    assert entry.minutes == "Discussed."


def test_a_participant_patch(meetings) -> None:
    store, first, _second = meetings
    pid = mt.add_participant(
        store, first.id, mt.ParticipantDraft(" Anna ", ParticipantRole.POST, " Embassy ")
    )
    mt.update_participant(store, pid, mt.ParticipantPatch(role=ParticipantRole.CONTACT_POINT))
    (p,) = mt.participants(store, first.id)
    assert (p.name, p.role, p.organisation) == ("Anna", ParticipantRole.CONTACT_POINT, "Embassy")


# -- the status rules -----------------------------------------------------------------------------
def test_the_status_rules_come_from_the_service(meetings) -> None:
    store, first, _second = meetings
    S = MeetingStatus
    assert [mt.next_status(s) for s in S] == [S.OPEN, S.HELD, S.FINALISED, None, None]
    assert [s for s in S if mt.can_have_minutes(s)] == [S.OPEN, S.HELD, S.FINALISED]
    assert [s for s in S if mt.can_cancel(s)] == [S.DRAFT, S.OPEN]
    assert [s for s in S if mt.can_reopen(s)] == [S.FINALISED]
    assert [s for s in S if mt.offers_changes(s)] == [S.DRAFT, S.OPEN, S.HELD]
    assert not mt.can_have_briefing(S.CANCELLED) and mt.can_have_briefing(S.FINALISED)
    # the service follows its own rules: every step forward is allowed, skipping one is not
    for status in S:
        forward = mt.next_status(status)
        assert forward is None or forward in mt.allowed_transitions(status)
    assert S.FINALISED not in mt.allowed_transitions(S.OPEN)
    with pytest.raises(mt.MeetingError, match="a draft meeting cannot become held"):
        mt.set_meeting_status(store, first.id, S.HELD)


# -- one snapshot ---------------------------------------------------------------------------------
def test_the_meeting_page_is_read_in_one_snapshot(meetings, monkeypatch) -> None:
    store, first, _second = meetings
    mt.add_participant(store, first.id, mt.ParticipantDraft("Anna de Vries"))
    real_agenda = page_module.get_agenda

    def agenda_meanwhile(ctx, meeting_id, lang="en"):  # type: ignore[no-untyped-def]
        # another connection commits while the page is being read (after its first reads)
        mt.add_participant(store, meeting_id, mt.ParticipantDraft("Meanwhile"))
        return real_agenda(ctx, meeting_id, lang)

    monkeypatch.setattr(page_module, "get_agenda", agenda_meanwhile)
    page = meeting_page(store, first.id)
    assert [p.name for p in page.participants] == ["Anna de Vries"]  # read after, not seen
    monkeypatch.setattr(page_module, "get_agenda", real_agenda)
    mt.remove_participants(
        store, [p.id for p in mt.participants(store, first.id) if p.name == "Meanwhile"]
    )

    with reading(store) as w:
        mt.get_meeting(w, first.id)  # the snapshot starts with the unit's first read
        mt.add_participant(store, first.id, mt.ParticipantDraft("Late guest"))  # committed apart
        page = meeting_page(w, first.id)
    assert [p.name for p in page.participants] == ["Anna de Vries"]
    assert page.meeting.id == first.id and page.following is not None
    assert [p.name for p in meeting_page(store, first.id).participants] == [
        "Anna de Vries",
        "Late guest",
    ]


def test_the_meetings_package_does_not_import_the_events_service() -> None:
    graph = grimp.build_graph("desk")
    assert not graph.chain_exists(
        importer="desk.services.meetings", imported="desk.services.events", as_packages=True
    )
    assert graph.chain_exists(
        importer="desk.services.meeting_page", imported="desk.services.events"
    )


# -- the command line -----------------------------------------------------------------------------
def test_the_cli_reports_meeting_errors_through_its_one_handler(meetings, capsys) -> None:
    store, _first, _second = meetings
    db = ["--db", db_arg(store)]
    assert main([*db, "meetings", "show", "2020-01-01", "--region", "DAO"]) == 1
    assert capsys.readouterr().err == "desk: error: DAO has no meeting on 2020-01-01\n"
    code = main(
        [*db, "meetings", "plan", "--region", "DAO", "--start", "2027-01-05", "--count", "0"]
    )
    assert code == 2  # invalid input
    assert capsys.readouterr().err == "desk: error: plan at least one meeting\n"
