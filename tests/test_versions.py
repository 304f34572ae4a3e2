"""No lost updates: a save from a stale version stops with who, when and both values, on both
backends — two connections to one store: a second store object on the same file (local), or a
second user logged in to the same team database (team)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from desk.errors import ChangedElsewhere, Conflict, DeskError
from desk.models.countries import EventKind, EventStatus
from desk.models.enums import SignalStatus
from desk.services import countries as ct
from desk.services import events as ev
from desk.services import meetings as mt
from desk.services.signals import (
    archive_signals,
    create_signal,
    get_signal,
    set_status,
    update_signal,
)
from desk.store import Store, open_store
from tests.conftest import team_url
from tests.helpers import draft, expected_actor


@pytest.fixture
def bram(store: Store, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A second connection to ``store``: another Desk on the same file, or the contact point
    ``bram`` on the same team database."""
    if store.kind == "team":
        from desk.store.team import open_team_store

        pg_server = request.getfixturevalue("pg_server")
        other = open_team_store(team_url(pg_server, store.url.database, "bram"))
    else:
        other = open_store(store.path)
    yield other
    other.close()


def who(bram: Store) -> str:
    """Who ``changed_by`` names for bram's changes (locally: the actor passed)."""
    return bram.user or "bram"


# -- signals --------------------------------------------------------------------------------------
def test_a_stale_signal_save_stops_with_who_when_and_both_values(store, bram) -> None:
    sid = create_signal(
        store, draft(store, title="Chips via Yerevan", summary="Seen."), actor="anna"
    )
    opened = get_signal(store, sid)  # anna opens the edit dialog
    theirs = draft(bram, title="Chips via Yerevan and Tbilisi", summary="Seen.")
    assert update_signal(bram, sid, theirs, actor="bram") == ["title"]
    by_bram = get_signal(bram, sid)
    assert by_bram.version == opened.version + 1
    assert by_bram.changed_by == who(bram)

    mine = draft(store, title="Chips via Yerevan", summary="Seen twice in October.")
    with pytest.raises(ChangedElsewhere) as stopped:
        update_signal(store, sid, mine, actor="anna", expected_version=opened.version)
    error = stopped.value
    assert isinstance(error, Conflict) and isinstance(error, DeskError) and error.exit_code == 1
    assert error.who == who(bram)
    assert error.when == by_bram.updated_at
    assert error.version == by_bram.version
    assert error.differences == [
        ("title", "Chips via Yerevan", "Chips via Yerevan and Tbilisi"),
        ("summary", "Seen twice in October.", "Seen."),
    ]
    assert f"was changed by {who(bram)} at " in str(error)
    assert str(error).count("\n") == 0 and "nothing was saved" in str(error)
    now = get_signal(store, sid)
    assert (now.title, now.summary, now.version) == (by_bram.title, "Seen.", by_bram.version)

    # having seen theirs, anna saves again from their version: a deliberate overwrite
    assert update_signal(store, sid, mine, actor="anna", expected_version=error.version) == [
        "title",
        "summary",
    ]
    after = get_signal(bram, sid)
    assert (after.title, after.summary) == ("Chips via Yerevan", "Seen twice in October.")
    assert after.version == by_bram.version + 1
    assert after.changed_by == expected_actor(store, "anna")


def test_a_save_equal_to_what_is_stored_is_no_conflict(store, bram) -> None:
    sid = create_signal(store, draft(store, title="Old"), actor="anna")
    opened = get_signal(store, sid)
    update_signal(bram, sid, draft(bram, title="New"), actor="bram")
    same = draft(store, title="New")
    assert update_signal(store, sid, same, expected_version=opened.version) == []
    assert get_signal(store, sid).changed_by == who(bram)  # bram's version stands


def test_without_an_expected_version_a_save_overwrites_and_is_stamped(store, bram) -> None:
    """The command line and scripts edit by id: no version to hold them to."""
    sid = create_signal(store, draft(store, title="Old"), actor="anna")
    update_signal(bram, sid, draft(bram, title="Bram's"), actor="bram")
    assert update_signal(store, sid, draft(store, title="Anna's"), actor="anna") == ["title"]
    now = get_signal(bram, sid)
    assert (now.title, now.version, now.changed_by) == ("Anna's", 3, expected_actor(store, "anna"))


def test_archiving_is_a_new_version_and_other_statuses_are_not(store, bram) -> None:
    """Archiving travels to other stores (a version); "reviewed" does not, and no form edits
    a status, so an edit open meanwhile loses nothing to it."""
    sid = create_signal(store, draft(store, title="Old"), actor="anna")
    opened = get_signal(store, sid)
    set_status(bram, [sid], SignalStatus.REVIEWED, actor="bram")
    assert get_signal(store, sid).version == opened.version
    update_signal(store, sid, draft(store, title="Mine"), expected_version=opened.version)
    edited = get_signal(store, sid)
    assert (edited.title, edited.status) == ("Mine", SignalStatus.REVIEWED)

    archive_signals(bram, [sid], actor="bram")
    archived = get_signal(store, sid)
    assert (archived.version, archived.changed_by) == (edited.version + 1, who(bram))
    assert archived.updated_at >= edited.updated_at  # (stored to the second)
    with pytest.raises(ChangedElsewhere) as stopped:
        update_signal(store, sid, draft(store, title="Mine again"), expected_version=edited.version)
    assert stopped.value.differences == [("title", "Mine again", "Mine")]
    assert get_signal(store, sid).title == "Mine"


# -- country profiles -----------------------------------------------------------------------------
def test_a_stale_profile_save_stops_also_when_there_was_no_profile_yet(store, bram) -> None:
    opened = ct.get_profile(store, "AM")
    assert (opened.has_profile, opened.version) == (False, 0)
    ct.update_profile(bram, "AM", ct.ProfilePatch(notes="EAEU member."), actor="bram")
    theirs = ct.get_profile(bram, "AM")
    assert (theirs.version, theirs.changed_by) == (1, who(bram))

    mine = ct.ProfilePatch(notes="Transit for chips.", posts="Embassy Yerevan", contacts=[])
    with pytest.raises(ChangedElsewhere) as stopped:
        ct.update_profile(store, "AM", mine, expected_version=opened.version)
    error = stopped.value
    assert (error.who, error.when, error.version) == (who(bram), theirs.updated_at, 1)
    assert error.differences == [
        ("posts", "Embassy Yerevan", ""),
        ("notes", "Transit for chips.", "EAEU member."),
    ]
    assert "the profile of Armenia was changed by" in str(error)
    now = ct.get_profile(store, "AM")
    assert (now.notes, now.posts, now.version) == ("EAEU member.", "", 1)

    assert ct.update_profile(store, "AM", mine, expected_version=1) == ["posts", "notes"]
    assert ct.get_profile(bram, "AM").version == 2


def test_contacts_and_figures_are_part_of_the_profiles_version(store, bram) -> None:
    ct.update_profile(store, "AE", ct.ProfilePatch(notes="Hub."))
    opened = ct.get_profile(store, "AE")
    ct.set_contacts(bram, "AE", [ct.Contact("Sara", "Customs")], actor="bram")
    assert ct.get_profile(store, "AE").version == opened.version + 1
    mine = ct.ProfilePatch(contacts=[ct.Contact("Omar")], figures=[ct.Figure("Trade", "11.5")])
    with pytest.raises(ChangedElsewhere) as stopped:
        ct.update_profile(store, "AE", mine, expected_version=opened.version)
    assert stopped.value.differences == [
        ("contacts", "Omar", "Sara (Customs)"),
        ("figures", "Trade: 11.5", ""),
    ]
    assert [c.name for c in ct.get_profile(store, "AE").contacts] == ["Sara"]


# -- knowledge-exchange events --------------------------------------------------------------------
def test_a_stale_event_save_stops_and_a_status_change_is_a_new_version(store, bram) -> None:
    event_id = ev.create_event(
        store,
        ev.EventDraft(
            kind=EventKind.OTHER,
            country_code="AM",
            title="Hackathon Yerevan",
            starts_on=date(2026, 10, 1),  # past: it can be marked held
            status=EventStatus.PLANNED,
        ),
    )
    opened = ev.get_event(store, event_id)
    ev.update_event(bram, event_id, ev.EventPatch(outcomes="Three cases solved."), actor="bram")
    theirs = ev.get_event(bram, event_id)
    assert (theirs.version, theirs.changed_by) == (opened.version + 1, who(bram))
    mine = ev.EventPatch(title="Hackathon Yerevan 2027", outcomes="")
    with pytest.raises(ChangedElsewhere) as stopped:
        ev.update_event(store, event_id, mine, expected_version=opened.version)
    error = stopped.value
    assert (error.who, error.when) == (who(bram), theirs.updated_at)
    assert error.differences == [
        ("title", "Hackathon Yerevan 2027", "Hackathon Yerevan"),
        ("outcomes", "", "Three cases solved."),
    ]
    assert ev.get_event(store, event_id).outcomes == "Three cases solved."

    ev.set_event_status(bram, event_id, EventStatus.HELD, actor="bram")
    with pytest.raises(ChangedElsewhere):
        ev.update_event(store, event_id, mine, expected_version=theirs.version)
    held = ev.get_event(store, event_id)
    assert held.version == theirs.version + 1
    assert ev.update_event(store, event_id, mine, expected_version=held.version) == [
        "title",
        "outcomes",
    ]


# -- meetings: an agenda item's minutes, a meeting's details --------------------------------------
def test_stale_minutes_and_meeting_details_stop(store, bram) -> None:
    mt.plan_series(store, "DAO", date(2026, 12, 1), count=1)
    (meeting,) = mt.list_meetings(store, "DAO")
    item = mt.get_agenda(store, meeting.id).items[0]
    version = mt.update_item(store, item.id, mt.ItemPatch(minutes="Anna: first"))
    assert version == item.version + 1
    mt.update_item(
        bram,
        item.id,
        mt.ItemPatch(minutes="Bram: rewritten"),
        expected_version=version,
        actor="bram",
    )
    with pytest.raises(ChangedElsewhere) as stopped:
        mt.update_item(
            store, item.id, mt.ItemPatch(minutes="Anna: first, more"), expected_version=version
        )
    error = stopped.value
    assert error.who == who(bram) and error.when is not None
    assert error.differences == [("minutes", "Anna: first, more", "Bram: rewritten")]
    assert mt.get_agenda(store, meeting.id).items[0].minutes == "Bram: rewritten"

    mt.update_meeting(bram, meeting.id, mt.MeetingChange(location="Room 2"), actor="bram")
    with pytest.raises(ChangedElsewhere) as stopped:
        mt.update_meeting(
            store, meeting.id, mt.MeetingChange(chair="Anna"), expected_version=meeting.version
        )
    assert stopped.value.differences == [("chair", "Anna", "")]
    now = mt.list_meetings(store, "DAO")[0]
    assert (now.location, now.chair, now.version) == ("Room 2", "", meeting.version + 1)
