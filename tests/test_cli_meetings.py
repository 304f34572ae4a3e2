"""A meeting from the command line, as the app runs it: `desk meetings show --meeting`, the
life cycle, agenda, minutes, participants, decisions and actions — each command asserted
against what is stored, and the whole of it in `desk history meeting`."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desk.cli import main
from desk.models.meetings import ActionStatus, Attendance, MeetingStatus
from desk.services import meetings as mt
from desk.store import Store
from tests.helpers import db_arg, expected_actor

FIRST, SECOND = "2026-10-06", "2026-11-03"


@pytest.fixture
def series(store) -> Store:
    mt.plan_series(store, mt.SeriesPlan("DAO", date(2026, 10, 6), count=3))
    return store


def cli(capsys, store: Store, *argv: str) -> str:
    """Runs a command that must succeed; its output."""
    code = main(["--db", db_arg(store), *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def fails(capsys, store: Store, *argv: str) -> tuple[int, str]:
    code = main(["--db", db_arg(store), *argv])
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1 and err.startswith("desk: error: "), err
    return code, err


def at(day: str = FIRST) -> list[str]:
    return ["--region", "DAO", "--meeting", day]


def meeting(store: Store, day: str = FIRST) -> mt.MeetingInfo:
    return mt.find_meeting(store, "DAO", date.fromisoformat(day))


def test_a_meeting_from_start_to_finish(capsys, series) -> None:
    store = series
    m = meeting(store)
    shown = json.loads(cli(capsys, store, "meetings", "show", *at(), "--json"))
    assert (shown["id"], shown["status"]) == (m.id, "draft")
    assert cli(capsys, store, "meetings", "open", *at()).strip().endswith("draft → open")
    assert meeting(store).status == MeetingStatus.OPEN

    out = cli(capsys, store, "meetings", "agenda", "add", *at(), "--title", "Port of Mersin",
              "--duration", "10", "--presenter", "Bram", "--shareable")  # fmt: skip
    item = mt.get_agenda(store, m.id).items[-1]
    assert (item.title, item.duration_minutes, item.presenter, item.shareable) == (
        "Port of Mersin", 10, "Bram", True,
    )  # fmt: skip
    assert f"(id {item.id})" in out and "DAO meeting of 2026-10-06, item 5" in out
    cli(capsys, store, "meetings", "agenda", "move", str(item.id), "--to", "2")
    assert [i.id for i in mt.get_agenda(store, m.id).items][1] == item.id
    cli(capsys, store, "meetings", "agenda", "edit", str(item.id), "--title", "Mersin port")
    after = mt.get_agenda(store, m.id).items[1]
    assert (after.title, after.duration_minutes, after.presenter) == ("Mersin port", 10, "Bram")
    cli(capsys, store, "meetings", "minutes", "set", str(item.id), "--text", "Customs report.")
    assert mt.get_agenda(store, m.id).items[1].minutes == "Customs report."
    listed = json.loads(cli(capsys, store, "meetings", "agenda", "list", *at(), "--json"))
    assert [i["title"] for i in listed][:2] == [
        "New trends in sanctions circumvention",
        "Mersin port",
    ]

    cli(capsys, store, "meetings", "participants", "add", *at(), "--name", "Anna de Vries",
        "--role", "imh", "--organisation", "IMH")  # fmt: skip
    (person,) = mt.participants(store, m.id)
    cli(capsys, store, "meetings", "participants", "attend", str(person.id))
    assert mt.participants(store, m.id)[0].attendance == Attendance.ATTENDED
    cli(capsys, store, "meetings", "participants", "edit", str(person.id), "--organisation", "FIOD")
    people = json.loads(cli(capsys, store, "meetings", "participants", "list", *at(), "--json"))
    assert people == [{"id": person.id, "name": "Anna de Vries", "role": "imh",
                       "organisation": "FIOD", "attendance": "attended"}]  # fmt: skip

    cli(capsys, store, "meetings", "decisions", "add", *at(), "--text", "Invite FIOD",
        "--item", str(item.id))  # fmt: skip
    (decided,) = mt.decisions(store, m.id)
    assert (decided.text, decided.agenda_item_id) == ("Invite FIOD", item.id)

    cli(capsys, store, "meetings", "actions", "add", *at(), "--text", "Write to FIOD",
        "--owner", "Bram", "--owner", "Anna", "--due", "2026-10-20")  # fmt: skip
    (action,) = mt.actions_at(store, m.id).agreed
    assert (action.owners, action.due_on) == (["Anna", "Bram"], date(2026, 10, 20))
    cli(capsys, store, "meetings", "actions", "edit", str(action.id), "--due", "none")
    assert mt.actions_at(store, m.id).agreed[0].due_on is None
    cli(capsys, store, "meetings", "actions", "done", str(action.id))
    assert mt.actions_at(store, m.id).agreed[0].status == ActionStatus.DONE
    done = json.loads(
        cli(capsys, store, "meetings", "actions", "list", "--status", "done", "--json")
    )
    assert [a["id"] for a in done] == [action.id]

    cli(capsys, store, "meetings", "hold", *at())
    cli(capsys, store, "meetings", "finalise", *at())
    assert meeting(store).status == MeetingStatus.FINALISED
    _, err = fails(capsys, store, "meetings", "decisions", "add", *at(), "--text", "Late")
    assert "finalised" in err and len(mt.decisions(store, m.id)) == 1
    cli(capsys, store, "meetings", "reopen", *at())
    assert meeting(store).status == MeetingStatus.HELD

    history = json.loads(cli(capsys, store, "history", "meeting", str(m.id), "--json"))
    records = {(h["entity"], h["action"], h["field"]) for h in history}
    assert {
        ("meeting", "status", "status"),
        ("meeting", "reopen", "status"),
        ("meeting", "reorder", "agenda"),
        ("agenda_item", "add", "title"),
        ("agenda_item", "update", "title"),
        ("agenda_item", "update", "minutes"),
        ("participant", "add", "name"),
        ("participant", "update", "attendance"),
        ("participant", "update", "organisation"),
        ("decision", "add", "text"),
        ("action", "status", "status"),
    } <= records
    assert {h["actor"] for h in history} == {expected_actor(store, history[0]["actor"])}
    table = cli(capsys, store, "history", "meeting", FIRST, "--region", "dao")
    assert "participant " + str(person.id) + " “Anna de Vries”" in table
    assert "invited → attended" in table


def test_move_cancel_and_edit_one_meeting(capsys, series) -> None:
    store = series
    cli(capsys, store, "meetings", "move", *at(SECOND), "--to", "2026-11-05", "--time", "14:30")
    moved = meeting(store, "2026-11-05")
    assert (moved.starts_at.strftime("%Y-%m-%d %H:%M"), moved.occurrence_date) == (
        "2026-11-05 14:30", date(2026, 11, 3),
    )  # fmt: skip
    cli(capsys, store, "meetings", "cancel", *at("2026-12-01"))
    assert meeting(store, "2026-12-01").status == MeetingStatus.CANCELLED
    assert meeting(store).status == MeetingStatus.DRAFT  # the rest of the series stays
    cli(capsys, store, "meetings", "edit", *at(), "--chair", "Jeroen Bos", "--duration", "90")
    edited = meeting(store)
    assert (edited.chair, edited.duration_minutes, edited.location) == (
        "Jeroen Bos",
        90,
        "The Hague",
    )


def test_show_takes_meeting_like_briefing_and_minutes(capsys, series) -> None:
    store = series
    by_option = json.loads(cli(capsys, store, "meetings", "show", *at(SECOND), "--json"))
    by_position = json.loads(
        cli(capsys, store, "meetings", "show", SECOND, "--region", "DAO", "--json")
    )
    assert by_option == by_position and by_option["date"] == SECOND
    fails(capsys, store, "meetings", "show", FIRST, *at(SECOND))


def test_agenda_moves_to_the_next_meeting_and_standing_items_stay(capsys, series) -> None:
    store = series
    first, second = meeting(store), meeting(store, SECOND)
    item = mt.add_item(store, first.id, mt.ItemDraft("Not reached"))
    cli(capsys, store, "meetings", "agenda", "move", str(item), "--next-meeting")
    assert [i.title for i in mt.get_agenda(store, second.id).items][-1] == "Not reached"
    assert len(mt.get_agenda(store, first.id).items) == 4
    standing = mt.get_agenda(store, first.id).items[0].id
    code, err = fails(capsys, store, "meetings", "agenda", "remove", str(standing))
    assert code == 2 and "standing" in err
    gone = mt.get_agenda(store, second.id).items[-1].id
    cli(capsys, store, "meetings", "agenda", "remove", str(gone))
    assert len(mt.get_agenda(store, second.id).items) == 4
    code, err = fails(capsys, store, "meetings", "agenda", "edit", "999999", "--title", "x")
    assert "no agenda item with id 999999" in err
