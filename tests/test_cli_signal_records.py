"""`desk signals add | edit | show | set-status | archive`: one signal at a time from the
command line, through the importer's validator; edit changes only what it is given."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk.cli import main
from desk.store import create_store
from tests.conftest import PASSPHRASE


@pytest.fixture
def db(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "s.db"
    create_store(path, "passphrase", PASSPHRASE).close()
    return path


def run(capsys, db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


ADD = ["signals", "add", "--observed-on", "2026-10-01", "--country", "Armenië", "--title",
       "Lathes via Gyumri", "--category", "re-export", "--reliability", "B", "--credibility", "2",
       "--hs-codes", "8458.11.20; 84561100"]  # fmt: skip


def test_add_edit_show(capsys, db: Path) -> None:
    code, out, _ = run(capsys, db, *ADD)
    assert code == 0 and out.strip() == "added signal 1: Lathes via Gyumri"
    code, out, _ = run(capsys, db, "signals", "edit", "1", "--title", "Lathes and mills via Gyumri")
    assert code == 0 and out.strip() == "signal 1: title changed"
    shown = json.loads(run(capsys, db, "signals", "show", "1", "--json")[1])
    assert shown["title"] == "Lathes and mills via Gyumri" and shown["country_code"] == "AM"
    assert shown["hs_codes"] == ["8456.11.00", "8458.11.20"]  # every digit kept
    assert [h["field"] for h in shown["history"] if h["field"]] == ["title"]
    code, out, _ = run(capsys, db, "signals", "edit", "1", "--title", "Lathes and mills via Gyumri")
    assert out.strip() == "signal 1: nothing changed"
    assert "Lathes and mills via Gyumri" in run(capsys, db, "signals", "show", "1")[1]


def test_status_and_archive(capsys, db: Path) -> None:
    run(capsys, db, *ADD)
    assert (
        run(capsys, db, "signals", "set-status", "1", "reviewed")[1].strip()
        == "signal 1: now reviewed"
    )
    assert run(capsys, db, "signals", "archive", "1")[1].strip() == "archived 1 signal(s)"
    assert json.loads(run(capsys, db, "signals", "list", "--json")[1]) == []
    assert json.loads(run(capsys, db, "signals", "show", "1", "--json")[1])["status"] == "archived"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["signals", "edit", "1"], "at least one field"),
        (["signals", "edit", "1", "--credibility", "9"], "credibility"),
        (["signals", "edit", "7", "--title", "x"], "no signal with id 7"),
        ([*ADD[:5], "XX", *ADD[6:]], "unknown country"),
    ],
)
def test_bad_input_is_one_line(capsys, db: Path, argv: list[str], words: str) -> None:
    run(capsys, db, *ADD)
    code, _, err = run(capsys, db, *argv)
    assert code != 0 and err.count("\n") == 1 and words in err
