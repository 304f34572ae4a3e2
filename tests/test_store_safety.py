"""Stores that are empty, cut short, damaged, without their unlock file, or backed up onto
themselves: each refused with a reason, nothing changed (issue 11, items 2, 3, 10, 13, 14)."""

from __future__ import annotations

import os
import shutil
import unicodedata
from pathlib import Path

import pytest

from desk.cli import main
from desk.store import (
    PassphraseNeeded,
    StoreDamaged,
    StoreError,
    WrongKey,
    backup_store,
    check_store,
    create_store,
    open_store,
)
from desk.store import keys as keymod
from desk.store.backup import auto_backup
from desk.store.layout import backups_dir, unlock_file
from desk.store.unlockfile import read_unlock_info
from tests.conftest import PASSPHRASE
from tests.helpers import sha256


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store(local_store):
    """These tests are about the encrypted file and its side files: local stores only."""
    return local_store


@pytest.fixture
def pass_db(tmp_path: Path, monkeypatch) -> Path:
    db = tmp_path / "s.db"
    create_store(db, "passphrase", PASSPHRASE).close()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    return db


# -- item 2: opening never creates ------------------------------------------------------------
def test_an_emptied_store_is_damaged_not_recreated(capsys, monkeypatch, pass_db: Path) -> None:
    unlock_before = unlock_file(pass_db).read_bytes()
    pass_db.write_bytes(b"")  # `: > s.db`
    monkeypatch.setenv("DESK_PASSPHRASE", "other")
    code, out, err = run(capsys, "--db", str(pass_db), "check")
    assert code != 0 and "integrity: ok" not in out
    assert err.strip().splitlines() == [err.strip()]  # one line
    assert "damaged" in err and "empty" in err and str(backups_dir(pass_db)) in err
    assert pass_db.stat().st_size == 0  # nothing was created in it
    assert unlock_file(pass_db).read_bytes() == unlock_before  # store_id not overwritten


def test_a_truncated_store_is_damaged_not_a_wrong_passphrase(pass_db: Path) -> None:
    data = pass_db.read_bytes()
    pass_db.write_bytes(data[: len(data) // 2 + 100])
    before = sha256(pass_db)
    with pytest.raises(StoreDamaged, match="cut short"):
        open_store(pass_db, PASSPHRASE)
    assert sha256(pass_db) == before


def test_a_valid_file_without_desk_schema_is_not_migrated(tmp_path: Path) -> None:
    import sqlcipher3

    db = tmp_path / "foreign.db"
    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = sha256(db)
    with pytest.raises(StoreDamaged, match="no Desk schema"):
        open_store(db, PASSPHRASE)
    assert sha256(db) == before and not unlock_file(db).exists()


def test_only_create_makes_a_store_and_never_over_a_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("a file")
    with pytest.raises(StoreError, match="is a file, not a folder"):
        create_store(tmp_path / "f" / "desk.db", "passphrase", PASSPHRASE)
    with pytest.raises(StoreError, match="already exists"):
        create_store(tmp_path / "f", "passphrase", PASSPHRASE)
    assert (tmp_path / "f").read_text() == "a file"


# -- item 3: a keyring store finds its key without its unlock file ----------------------------
def test_keyring_store_opens_after_its_unlock_file_is_lost(store, store_path: Path) -> None:
    store.close()
    info = read_unlock_info(store_path)
    unlock_file(store_path).unlink()
    with open_store(store_path) as again:
        assert again.info == info
    assert read_unlock_info(store_path) == info  # rebuilt


def test_keyring_store_opens_after_its_unlock_file_is_overwritten(
    store, store_path: Path, tmp_path: Path
) -> None:
    info = read_unlock_info(store_path)
    other = create_store(tmp_path / "other.db", "keyring")
    other.close()
    store.close()
    shutil.copy(unlock_file(tmp_path / "other.db"), unlock_file(store_path))
    with open_store(store_path) as again:
        assert again.info.store_id == info.store_id


def test_keyring_store_found_through_its_backups(store, store_path: Path, memory_keyring) -> None:
    auto_backup(store, "test")
    store.close()
    unlock_file(store_path).unlink()
    for key in [k for k in memory_keyring.secrets if k[1].startswith("path:")]:
        del memory_keyring.secrets[key]  # the store was moved: the path note does not help
    with open_store(store_path) as again:
        assert again.info.mode == "keyring"


def test_keyring_store_without_any_trace_explains(store, store_path: Path, memory_keyring) -> None:
    store.close()
    unlock_file(store_path).unlink()
    for key in [k for k in memory_keyring.secrets if k[1].startswith("path:")]:
        del memory_keyring.secrets[key]
    with pytest.raises(PassphraseNeeded, match=r"unlock file .* is missing") as err:
        open_store(store_path)
    assert str(backups_dir(store_path)) in str(err.value)


@pytest.mark.parametrize("suffix", [".unlock.json", "-wal", "-shm", ""])
def test_backup_refuses_the_store_and_its_side_files(store, store_path: Path, suffix: str) -> None:
    target = Path(f"{store_path}{suffix}")
    before = target.read_bytes() if target.exists() else None
    with pytest.raises(StoreError, match="part of the store"):
        backup_store(store, target)
    assert (target.read_bytes() if target.exists() else None) == before
    store.close()
    open_store(store_path).close()  # still opens: nothing was lost


def test_backup_refuses_a_symlink(store, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "b.db"
    link.symlink_to(victim)
    with pytest.raises(StoreError, match="symbolic link"):
        backup_store(store, link)
    assert victim.read_text() == "keep me"


def test_cli_backup_onto_the_unlock_file_is_refused(capsys, pass_db: Path) -> None:
    code, _, err = run(capsys, "--db", str(pass_db), "backup", str(unlock_file(pass_db)))
    assert code != 0 and "part of the store" in err
    assert read_unlock_info(pass_db) is not None


# -- item 10: damage is reported as damage ----------------------------------------------------
def _flip(path: Path, page: int, byte: int = 200) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * 4096 + byte] ^= 0x10
    path.write_bytes(bytes(data))


def _data_page(db: Path) -> int:
    """A page that holds table data, not the schema, and that opening does not read (so the
    store still opens): the root page of the briefing table, empty in a new store. (Counting
    back from the end of the file can land on the schema, which grows as migrations alter
    tables.)"""
    with open_store(db, PASSPHRASE) as s, s.engine.connect() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'briefing'"
            ).scalar_one()
        )


def test_check_reports_a_damaged_page(capsys, pass_db: Path) -> None:
    page = _data_page(pass_db)
    _flip(pass_db, page)
    code, _out, err = run(capsys, "--db", str(pass_db), "check")
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0] and f"page {page}" in lines[0]
    assert str(backups_dir(pass_db)) in lines[0]


def test_backup_of_a_damaged_store_is_one_line(capsys, pass_db: Path, tmp_path: Path) -> None:
    _flip(pass_db, _data_page(pass_db))
    code, _out, err = run(capsys, "--db", str(pass_db), "backup", str(tmp_path / "b.db"))
    assert code != 0 and len(err.strip().splitlines()) == 1 and "damaged" in err
    assert "Traceback" not in err and not (tmp_path / "b.db").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".b.db")]


def test_check_store_lists_the_bad_pages(passphrase_store, store_path: Path) -> None:
    passphrase_store.close()
    page = _data_page(store_path)
    _flip(store_path, page)
    with open_store(store_path, PASSPHRASE) as s:
        report = check_store(s)
    assert not report.ok and any(f"page {page}" in line for line in report.cipher_integrity)


def test_first_page_damage_points_to_the_backups(pass_db: Path) -> None:
    backups_dir(pass_db).mkdir()
    _flip(pass_db, 1, byte=100)
    with pytest.raises(WrongKey, match="may be damaged") as err:
        open_store(pass_db, PASSPHRASE)
    assert str(backups_dir(pass_db)) in str(err.value)


# -- item 13: passphrases ---------------------------------------------------------------------
@pytest.mark.parametrize("blank", ["   ", "\t", ""])
def test_blank_passphrases_are_refused(tmp_path: Path, blank: str) -> None:
    with pytest.raises((StoreError, ValueError)):
        create_store(tmp_path / "b.db", "passphrase", blank)
    assert not (tmp_path / "b.db").exists()


def test_blank_new_passphrase_refused_on_rekey(pass_db: Path) -> None:
    with open_store(pass_db, PASSPHRASE) as s, pytest.raises(ValueError, match="only spaces"):
        s.change_unlock("passphrase", "  ")
    open_store(pass_db, PASSPHRASE).close()


NFC = unicodedata.normalize("NFC", "café crème")
NFD = unicodedata.normalize("NFD", "café crème")


def test_nfc_and_nfd_are_the_same_passphrase(tmp_path: Path) -> None:
    assert NFC != NFD
    create_store(tmp_path / "n.db", "passphrase", NFD).close()
    open_store(tmp_path / "n.db", NFC).close()


def test_a_store_made_with_an_unnormalised_passphrase_is_migrated(
    tmp_path: Path, monkeypatch
) -> None:
    db = tmp_path / "old.db"
    with monkeypatch.context() as m:  # what Desk did before: the passphrase as typed
        m.setattr(keymod, "passphrase_key", lambda p: keymod.Key("passphrase", p))
        create_store(db, "passphrase", NFD).close()
    with pytest.raises(WrongKey):
        open_store(db, NFC)  # typed on a keyboard that composes
    open_store(db, NFD).close()  # the old form still opens it, once, and rekeys it
    open_store(db, NFC).close()


# -- item 14: leftovers of a killed backup ----------------------------------------------------
def _dead_pid() -> int:
    pid = 2**22 - 7
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        pid -= 1


def test_leftovers_of_a_killed_backup_are_removed(store, store_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "b.db"
    target.parent.mkdir()
    dead = _dead_pid()
    stale = [target.parent / f".b.db.{dead}.abc123.tmp{s}" for s in ("", "-journal", "-wal")]
    live = target.parent / f".b.db.{os.getpid()}.zzz999.tmp"  # our own, still being written
    for p in [*stale, live]:
        p.write_bytes(b"x" * 100)
    backup_store(store, target)
    assert not any(p.exists() for p in stale) and live.exists()


def test_leftovers_beside_the_store_are_removed_on_open(store, store_path: Path) -> None:
    store.close()
    folder = backups_dir(store_path)
    folder.mkdir(exist_ok=True)
    stale = [
        store_path.parent / f".{store_path.name}.{_dead_pid()}.q1w2e3.tmp",
        folder / f".desk-x.db.{_dead_pid()}.r4t5y6.tmp-journal",
    ]
    for p in stale:
        p.write_bytes(b"x")
    open_store(store_path).close()
    assert not any(p.exists() for p in stale)
