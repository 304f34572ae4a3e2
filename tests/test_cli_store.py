"""desk init / check / backup / rekey / --version through the real entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk import __version__
from desk.cli import main
from desk.store import open_store
from tests.conftest import PASSPHRASE, PlaintextLikeKeyring
from tests.helpers import sha256


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_init_check_backup(capsys, monkeypatch, tmp_path: Path) -> None:
    db = tmp_path / "d" / "desk.db"
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "--db", str(db), "init")
    assert code == 0 and "created" in out
    code, out, _ = run(capsys, "check", "--db", str(db))  # --db after the command works too
    assert code == 0  # the quick check, by default
    assert "check:            quick" in out and "cipher integrity: ok (sampled)" in out
    assert "header, schema:   ok" in out and "full-text index:  ok" in out and "schema:" in out
    code, out, _ = run(capsys, "--db", str(db), "check", "--full")
    assert code == 0
    assert "integrity:        ok" in out and "cipher integrity: ok" in out and "quick" not in out
    code, out, _ = run(capsys, "--db", str(db), "backup", str(tmp_path / "b.db"))
    assert code == 0
    open_store(tmp_path / "b.db", PASSPHRASE).close()


def test_desk_db_environment_variable(capsys, monkeypatch, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DESK_DB", str(db))
    assert run(capsys, "init")[0] == 0
    assert db.exists()


def test_wrong_passphrase_exits_nonzero_with_one_line(capsys, monkeypatch, tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "--db", str(db), "init")[0] == 0
    before = sha256(db)
    monkeypatch.setenv("DESK_PASSPHRASE", "nope")
    code, _out, err = run(capsys, "--db", str(db), "check")
    assert code != 0
    assert err.strip().splitlines() == [f"desk: error: wrong passphrase or not a Desk store: {db}"]
    assert sha256(db) == before


def test_missing_store_is_a_clear_error(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    code, _, err = run(capsys, "--db", str(tmp_path / "none.db"), "check")
    assert code != 0 and "no Desk store" in err


def test_init_falls_back_from_insecure_keyring(capsys, monkeypatch, tmp_path: Path) -> None:
    import keyring

    keyring.set_keyring(PlaintextLikeKeyring())
    code, _, err = run(capsys, "--db", str(tmp_path / "k.db"), "init", "--keyring")
    assert code != 0 and "not secure" in err
    assert not (tmp_path / "k.db").exists()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "--db", str(tmp_path / "k.db"), "init")
    assert code == 0 and "passphrase" in out


def test_rekey_from_the_command_line(capsys, monkeypatch, tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    run(capsys, "--db", str(db), "init")
    monkeypatch.setenv("DESK_NEW_PASSPHRASE", "the next passphrase")
    code, out, _ = run(capsys, "--db", str(db), "rekey", "--passphrase")
    assert code == 0 and "no longer works" in out
    code, _, err = run(capsys, "--db", str(db), "check")
    assert code != 0 and "wrong passphrase" in err
    monkeypatch.setenv("DESK_PASSPHRASE", "the next passphrase")
    assert run(capsys, "--db", str(db), "check")[0] == 0
