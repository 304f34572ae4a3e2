"""Backups copy the store's encrypted pages as they are, with what is still in its WAL."""

from __future__ import annotations

import errno
import hashlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from desk import fileio
from desk.services.settings import get_setting, set_setting
from desk.store import backup as backup_module
from desk.store import backup_store, check_store, open_store, pages
from desk.store.layout import side_files
from tests.conftest import PASSPHRASE


def _pages(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [data[n : n + 4096] for n in range(0, len(data), 4096)]


def test_a_backup_holds_what_is_only_in_the_wal(local_store, tmp_path: Path) -> None:
    """A reader that started earlier keeps the change out of the store's file (no checkpoint
    can fold it in), so the backup must take it from the copied WAL."""
    set_setting(local_store, "k", "before")
    reader = local_store.raw_connection()
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM setting").fetchone()
        set_setting(local_store, "k", "only in the WAL")
        assert side_files(local_store.path)[0].stat().st_size > 0
        target = backup_store(local_store, tmp_path / "b.db")
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert not any(p.exists() for p in side_files(target))  # one self-contained file
    with open_store(target) as copy:
        assert get_setting(copy, "k") == "only in the WAL"
        assert check_store(copy, full=True).ok


def test_a_backup_copies_the_encrypted_pages_without_encrypting_them_again(
    local_store, tmp_path: Path
) -> None:
    """Only page 1 changes (its header says the copy keeps no WAL); every other page is the
    store's, byte for byte: the backup costs what a copy of the file costs."""
    set_setting(local_store, "k", "v")
    with local_store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    target = backup_store(local_store, tmp_path / "b.db", verify_all=True)
    source, copy = _pages(local_store.path), _pages(target)
    assert len(copy) == len(source) > 10
    assert copy[1:] == source[1:] and copy[0] != source[0]
    with open_store(target) as b:
        assert get_setting(b, "k") == "v"


def test_a_flush_that_fails_while_the_copy_is_checked_fails_the_backup(
    local_store, tmp_path: Path, monkeypatch
) -> None:
    """The copy is flushed on another thread while its pages are checked; a disk error there
    must fail the backup (a later fsync on a new descriptor may not see it) and leave no
    file behind, not even a temporary one."""
    set_setting(local_store, "k", "v")
    calls: list[str] = []

    def failing_fsync(fd: int) -> None:
        calls.append(threading.current_thread().name)
        if calls[-1].startswith("desk-backup-flush"):  # the early flush; the final one passes
            raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backup_module.os, "fsync", failing_fsync)
    target = tmp_path / "out" / "b.db"
    with pytest.raises(OSError) as caught:
        backup_store(local_store, target)
    monkeypatch.undo()
    assert caught.value.errno == errno.EIO
    assert any(name.startswith("desk-backup-flush") for name in calls)
    assert os.listdir(target.parent) == []


def test_opening_with_a_passphrase_derives_the_page_key_meanwhile_once(
    passphrase_store, tmp_path: Path, monkeypatch
) -> None:
    """The page key (a second run of the passphrase's KDF) is derived on a thread of its own as
    the store opens, before anything asks for it: the backup after it runs no KDF of its own,
    and a new pooled connection opens with it."""
    path = passphrase_store.path
    passphrase_store.close()
    runs: list[str] = []
    started = threading.Event()
    derive = hashlib.pbkdf2_hmac

    def counted(name: str, secret: bytes, salt: bytes, rounds: int, size: int) -> bytes:
        if rounds > 2:  # a passphrase's KDF (2 rounds: the HMAC key)
            runs.append(threading.current_thread().name)
            started.set()
        return derive(name, secret, salt, rounds, size)

    monkeypatch.setattr(pages.hashlib, "pbkdf2_hmac", counted)
    with open_store(path, PASSPHRASE) as store:
        assert started.wait(30)  # nobody asked for it yet
        set_setting(store, "k", "v")
        target = backup_store(store, tmp_path / "b.db")
        store.engine.dispose()  # the next connection is a new one, keyed with the page key
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM setting").scalar_one() >= 1
    assert runs == ["desk-page-key"]
    with open_store(target, PASSPHRASE) as copy:
        assert get_setting(copy, "k") == "v"


def test_a_backup_over_an_earlier_one_leaves_freeing_the_old_one_to_a_thread(
    local_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Replacing the earlier backup would free its blocks inside the rename (30–40 ms of a
    150 MB file): a second name keeps them, removed afterwards by a background thread."""
    target = backup_store(local_store, tmp_path / "backups" / "b.db")
    old = target.stat().st_ino
    deferred: list[tuple[Callable[..., object], tuple[object, ...]]] = []
    monkeypatch.setattr(
        fileio, "_RELEASER", SimpleNamespace(submit=lambda fn, *args: deferred.append((fn, args)))
    )
    set_setting(local_store, "k", "newer")
    backup_store(local_store, target)
    assert target.stat().st_ino != old
    with open_store(target) as copy:
        assert get_setting(copy, "k") == "newer"
    [(remove, (spare,))] = deferred
    assert isinstance(spare, Path) and spare.stat().st_ino == old  # the old one, not yet freed
    assert fileio._temp_pattern(target.name).match(spare.name)  # swept if the process dies
    remove(spare)
    assert sorted(p.name for p in target.parent.iterdir()) == ["b.db", "b.db.unlock.json"]
