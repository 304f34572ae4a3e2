"""Everything a meeting records is audited, in the same transaction as the change, and read
back as the meeting's history — on both backends; on a team database the trail of a meeting
is the contact points' to write and everyone's to read."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest

from desk.errors import ChangedElsewhere
from desk.models.meetings import Attendance, MeetingStatus, ParticipantRole
from desk.services import audit
from desk.services import meetings as mt
from desk.services.work import reading
from desk.store import Store
from tests.conftest import TEAM_USERS


@pytest.fixture
def meetings(store) -> tuple[Store, mt.MeetingInfo, mt.MeetingInfo]:
    mt.plan_series(store, mt.SeriesPlan("DAO", date(2026, 10, 6), count=2))
    first, second = mt.list_meetings(store, "DAO")
    return store, first, second


def trail(
    store: Store, entity: str, record_id: int
) -> list[tuple[str, str | None, str | None, str | None]]:
    with reading(store) as w:
        entries = audit.history(w.session, entity, record_id)
    return [(e.action, e.field, e.old_value, e.new_value) for e in entries]


def test_decisions_and_participants_are_audited(meetings) -> None:
    store, first, _ = meetings
    mt.set_meeting_status(store, first.id, MeetingStatus.OPEN)
    person = mt.add_participant(
        store, first.id, mt.ParticipantDraft("Anna de Vries", ParticipantRole.IMH, "IMH")
    )
    mt.set_attendances(store, first.id, {person: Attendance.ATTENDED})
    mt.update_participant(store, person, mt.ParticipantPatch(organisation="FIOD"))
    decision = mt.add_decision(store, first.id, mt.DecisionDraft("Ask customs for figures"))
    mt.update_decision(store, decision, "Ask customs for CHPI figures")
    assert trail(store, "participant", person) == [
        ("add", "meeting", None, str(first.id)),
        ("add", "name", None, "Anna de Vries"),
        ("add", "role", None, "imh"),
        ("add", "organisation", None, "IMH"),
        ("update", "attendance", "invited", "attended"),
        ("update", "organisation", "IMH", "FIOD"),
    ]
    assert trail(store, "decision", decision)[-1] == (
        "update",
        "text",
        "Ask customs for figures",
        "Ask customs for CHPI figures",
    )
    mt.remove_participant(store, person)
    mt.remove_decision(store, decision)
    assert ("remove", "name", "Anna de Vries", None) in trail(store, "participant", person)
    assert ("remove", "text", "Ask customs for CHPI figures", None) in trail(
        store, "decision", decision
    )


def test_agenda_items_and_minutes_are_audited(meetings) -> None:
    store, first, second = meetings
    item = mt.add_item(store, first.id, mt.ItemDraft("Port of Mersin", 10, "Bram"))
    version = mt.get_agenda(store, first.id).items[-1].version
    mt.update_item(
        store, item, mt.ItemPatch(minutes="Customs will report."), expected_version=version
    )
    ids = [i.id for i in mt.get_agenda(store, first.id).items]
    mt.reorder(store, first.id, [ids[-1], *ids[:-1]])
    moved = mt.move_to_next(store, item)
    assert ("update", "minutes", "", "Customs will report.") in trail(store, "agenda_item", item)
    assert ("move", "meeting", str(first.id), str(second.id)) in trail(store, "agenda_item", item)
    assert ("add", "from_item", None, str(item)) in trail(store, "agenda_item", moved)
    history = mt.meeting_record_history(store, first.id)
    reorder = [h for h in history if h.action == "reorder"]
    assert reorder and reorder[0].new_value.startswith("Port of Mersin; New trends")
    # the item left this meeting, but its history stays with it (and goes with the next)
    assert {h.label for h in history if h.entity == "agenda_item"} == {"Port of Mersin"}
    later = mt.meeting_record_history(store, second.id)
    assert {(h.entity_id, h.action) for h in later if h.field == "meeting"} == {
        (str(item), "add"),  # where it came from: its whole history
        (str(item), "move"),
        (str(moved), "add"),
    }


def test_a_meetings_history_gathers_its_records(meetings) -> None:
    store, first, _ = meetings
    mt.set_meeting_status(store, first.id, MeetingStatus.OPEN)
    person = mt.add_participant(store, first.id, mt.ParticipantDraft("Bram Smit"))
    decision = mt.add_decision(store, first.id, mt.DecisionDraft("Invite FIOD"))
    action = mt.add_action(store, first.id, mt.ActionDraft("Write to FIOD", ("Bram",)))
    mt.remove_decision(store, decision)
    history = mt.meeting_record_history(store, first.id)
    records = {(h.entity, h.entity_id, h.label) for h in history}
    assert {
        ("meeting", str(first.id), ""),
        ("participant", str(person), "Bram Smit"),
        ("decision", str(decision), "Invite FIOD"),
        ("action", str(action), "Write to FIOD"),
    } <= records
    assert [h.at for h in history] == sorted(h.at for h in history)


def test_a_change_that_is_not_saved_leaves_no_audit_row(meetings) -> None:
    store, first, _ = meetings
    item = mt.add_item(store, first.id, mt.ItemDraft("Port of Mersin"))
    stale = mt.get_agenda(store, first.id).items[-1].version
    mt.update_item(store, item, mt.ItemPatch(minutes="Theirs."), expected_version=stale)
    with pytest.raises(ChangedElsewhere):
        mt.update_item(store, item, mt.ItemPatch(minutes="Mine."), expected_version=stale)
    assert [t[3] for t in trail(store, "agenda_item", item) if t[1] == "minutes"] == ["Theirs."]


def _dsn(team_store: Store, user: str) -> str:
    url = team_store.engine.url  # type: ignore[attr-defined]
    return (
        f"host={url.host} port={url.port} dbname={url.database} "
        f"user={user} password={TEAM_USERS[user][2]}"
    )


def test_team_meeting_trail_is_the_contact_points(team_store) -> None:
    mt.plan_series(team_store, mt.SeriesPlan("DAO", date(2026, 10, 6), count=1))
    (meeting,) = mt.list_meetings(team_store, "DAO")
    decision = mt.add_decision(team_store, meeting.id, mt.DecisionDraft("Invite FIOD"))
    insert = (
        "INSERT INTO audit_log (change_id, at, actor, entity, entity_id, action) "
        "VALUES ('x', now(), '', %s, %s, 'update')"
    )
    for user in ("piet", "rita"):  # a post and a reader read it…
        with psycopg.connect(_dsn(team_store, user), autocommit=True) as conn:
            rows = conn.execute(
                "SELECT count(*) FROM audit_log WHERE entity = 'decision' AND entity_id = %s",
                [str(decision)],
            ).fetchone()
            assert rows is not None and rows[0] == 2  # meeting, text
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # …but cannot add to it
                conn.execute(insert, ["decision", str(decision)])
    with psycopg.connect(_dsn(team_store, "piet"), autocommit=True) as conn:
        conn.execute(insert, ["signal", "1"])  # a post still writes its signals' trail
    with psycopg.connect(_dsn(team_store, "bram"), autocommit=True) as conn:
        conn.execute(insert, ["decision", str(decision)])  # another contact point may
