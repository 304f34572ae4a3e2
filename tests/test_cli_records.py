"""Events, country profiles and signals from the command line — add, edit (only the fields
given, from the version just read), status — and `desk history` of each; `desk --help`
lists the commands by what they work on."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from desk.cli import main, signal_record_cmds
from desk.models.countries import EventKind, EventStatus, RiskLevel
from desk.services import countries as ct
from desk.services import events as ev
from desk.services.signals import get_signal
from desk.store import open_store
from tests import test_cli_signal_records as signal_records
from tests.conftest import PASSPHRASE
from tests.test_cli_signal_records import run

db = signal_records.db  # a passphrase store (DESK_PASSPHRASE set)


def ok(capsys, db: Path, *argv: str) -> str:
    code, out, err = run(capsys, db, *argv)
    assert code == 0, err
    return out


def stored(db: Path):  # type: ignore[no-untyped-def]
    return open_store(db, PASSPHRASE)


PANEL = ["events", "add", "--kind", "expert-panel", "--country", "Kazakhstan", "--title",
         "Panel on forwarders", "--co-hosts", "DE; FR; NL", "--starts-on", "2026-11-10",
         "--themes", "forwarders; dual use"]  # fmt: skip


def test_events_add_edit_status_and_history(capsys, db: Path) -> None:
    assert (
        ok(capsys, db, *PANEL).strip()
        == "added event 1: Panel on forwarders (expert-panel, Kazakhstan)"
    )
    with stored(db) as store:
        e = ev.get_event(store, 1)
    assert (e.kind, e.country_code, e.co_hosts, e.host, e.themes, e.chatham_house) == (
        EventKind.EXPERT_PANEL, "KZ", ["DE", "FR", "NL"], "DE", ["forwarders", "dual use"], True,
    )  # fmt: skip
    out = ok(capsys, db, "events", "edit", "1", "--title", "Panel on Kazakh forwarders",
             "--starts-on", "2026-11-12")  # fmt: skip
    assert out.strip() == "event 1: title, starts_on changed"
    with stored(db) as store:
        after = ev.get_event(store, 1)
    assert (after.title, after.starts_on, after.co_hosts, after.themes) == (
        "Panel on Kazakh forwarders", date(2026, 11, 12), ["DE", "FR", "NL"], ["forwarders", "dual use"],
    )  # fmt: skip
    ok(capsys, db, "events", "set-status", "1", "held")
    ok(capsys, db, "events", "follow-up", "1", "--text", "Share the case list", "--owner", "Anna")
    with stored(db) as store:
        held = ev.get_event(store, 1)
    assert (held.status, held.next_host) == (EventStatus.HELD, "FR")
    assert [a.text for a in held.actions] == ["Share the case list"]
    history = json.loads(ok(capsys, db, "history", "event", "1", "--json"))
    assert [(h["action"], h["field"]) for h in history] == [
        ("create", None), ("update", "title"), ("update", "starts_on"),
        ("status", "status"), ("status", "next_host"),
    ]  # fmt: skip
    assert "Panel on forwarders → Panel on Kazakh forwarders" in ok(
        capsys, db, "history", "event", "1"
    )


def test_countries_edit_and_move(capsys, db: Path) -> None:
    ok(capsys, db, "countries", "edit", "KZ", "--notes", "Transit hub", "--risk", "high")
    out = ok(capsys, db, "countries", "edit", "Kazakhstan", "--risk-assessed-on", "2026-01-10",
             "--contact", "Aigerim|desk officer|MFA", "--figure", "Exports|12 bn|2025|UN")  # fmt: skip
    assert out.strip() == "Kazakhstan (KZ): risk_assessed_on, contacts, figures changed"
    with stored(db) as store:
        p = ct.get_profile(store, "KZ")
    assert (p.notes, p.risk_level, str(p.risk_assessed_on)) == (
        "Transit hub",
        RiskLevel.HIGH,
        "2026-01-10",
    )
    assert p.contacts == [ct.Contact("Aigerim", "desk officer", "MFA")]
    assert p.figures == [ct.Figure("Exports", "12 bn", 2025, "UN")]
    ok(capsys, db, "countries", "edit", "KZ", "--risk", "none")
    with stored(db) as store:
        cleared = ct.get_profile(store, "KZ")
    assert (cleared.risk_level, cleared.notes, len(cleared.contacts)) == (None, "Transit hub", 1)
    before = cleared.directorate
    target = "DAO" if before != "DAO" else "DEU"
    assert ok(capsys, db, "countries", "move", "KZ", "--region", target.lower()).strip() == (
        f"Kazakhstan (KZ): {before} → {target}"
    )
    with stored(db) as store:
        assert ct.get_profile(store, "KZ").directorate == target
    history = json.loads(ok(capsys, db, "history", "country", "kz", "--json"))
    assert ("directorate", before, target) in [
        (h["field"], h["old_value"], h["new_value"]) for h in history
    ]
    code, _, err = run(capsys, db, "countries", "edit", "KZ", "--risk", "extreme")
    assert code == 2 and err.count("\n") == 1 and "--risk" in err


ADD = ["signals", "add", "--observed-on", "2026-10-01", "--country", "AM", "--title", "Lathes",
       "--category", "re-export", "--grade", "B2", "--hs", "8458.11.20; 84561100"]  # fmt: skip


def test_signals_grade_and_hs_and_edit_keeps_the_rest(capsys, db: Path) -> None:
    ok(capsys, db, *ADD)
    ok(capsys, db, "signals", "edit", "1", "--title", "Lathes and mills")
    with stored(db) as store:
        s = get_signal(store, 1)
    assert (s.title, s.grade, [h.code.display for h in s.hs_codes]) == (
        "Lathes and mills", "B2", ["8456.11.00", "8458.11.20"],
    )  # fmt: skip
    code, _, err = run(capsys, db, *ADD, "--reliability", "A")
    assert code == 2 and "not both" in err
    history = ok(capsys, db, "history", "signal", "1")
    assert "Lathes → Lathes and mills" in history


def test_an_edit_saves_from_the_version_it_read(capsys, db: Path, monkeypatch) -> None:
    ok(capsys, db, *ADD)
    ok(capsys, db, "signals", "edit", "1", "--summary", "theirs")

    def stale(store, signal_id):  # type: ignore[no-untyped-def]
        s = get_signal(store, signal_id)
        return dataclasses.replace(s, version=s.version - 1)  # read before their change

    monkeypatch.setattr(signal_record_cmds, "get_signal", stale)
    code, _, err = run(capsys, db, "signals", "edit", "1", "--summary", "mine")
    assert code == 1 and "nothing was saved" in err and err.count("\n") == 1
    with stored(db) as store:
        assert get_signal(store, 1).summary == "theirs"


def test_help_groups_commands_by_noun(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    headings = [
        line.strip()
        for line in out.splitlines()
        if line.startswith("  ") and line[2] != " " and line.strip().endswith(":")
    ]
    assert headings == [
        "the app:", "the store:", "the trend log:", "trade statistics:",
        "countries and events:", "meetings:", "documents and exchange:", "any record:",
    ]  # fmt: skip
    assert out.index("meetings:") < out.index("    briefing") < out.index("any record:")
    assert "other:" not in out  # every command has its place


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["history", "signal", "abc"], "a number"),
        (["history", "meeting", "7"], "no meeting with id 7"),
        (["history", "country", "Atlantis"], "unknown country"),
        (["history", "event", "1", "--region", "DAO"], "--region"),
        (["events", "edit", "9", "--title", "x"], "9"),
        (["events", "add", "--kind", "hackathon", "--title", "x"], "--country"),
    ],
)
def test_bad_input_is_one_line(capsys, db: Path, argv: list[str], words: str) -> None:
    code, _, err = run(capsys, db, *argv)
    assert code != 0 and err.count("\n") == 1 and words in err, err


def test_preferences_show_and_set(capsys, db: Path) -> None:
    ok(capsys, db, "preferences", "set", "--name", "Floor de Wit", "--lock-after", "30",
       "--marking", "Intern", "--marking", "Dep. VERTROUWELIJK")  # fmt: skip
    shown = json.loads(ok(capsys, db, "preferences", "show", "--json"))
    assert shown == {"name": "Floor de Wit", "post": "", "idle_minutes": 30,
                     "markings": ["Intern", "Dep. VERTROUWELIJK"]}  # fmt: skip
    ok(capsys, db, "preferences", "set", "--post", "The Hague")
    shown = json.loads(ok(capsys, db, "preferences", "show", "--json"))
    assert (shown["name"], shown["post"], shown["idle_minutes"]) == (
        "Floor de Wit",
        "The Hague",
        30,
    )
    code, _, err = run(capsys, db, "preferences", "set", "--lock-after", "0")
    assert code == 2 and err.count("\n") == 1
