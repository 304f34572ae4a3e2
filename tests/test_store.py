"""The encrypted store: encryption at rest, keys, rekey, permissions, newer stores."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from desk.models import Setting
from desk.store import (
    InsecureKeyring,
    PassphraseNeeded,
    StoreExists,
    StoreTooNew,
    WrongKey,
    auto_backup,
    backup_store,
    check_store,
    create_store,
    keyring_status,
    open_store,
)
from desk.store.backup import AUTO_BACKUPS_KEPT, list_auto_backups
from desk.store.migrate import head_revision
from desk.store.unlockfile import read_unlock_info, unlock_file
from tests.conftest import PASSPHRASE, PlaintextLikeKeyring
from tests.helpers import contains_bytes, sha256, store_files

MARKER = "ZQX-plaintext-marker-Łódź-7731"


@pytest.fixture
def store(passphrase_store):
    """These tests are about passphrase-protected stores."""
    return passphrase_store


def put_setting(store, key: str, value: str) -> None:
    with store.transaction() as s:
        s.add(Setting(key=key, value=value))


def get_setting(store, key: str) -> str | None:
    with store.session() as s:
        row = s.get(Setting, key)
        return row.value if row else None


def test_new_store_is_encrypted_and_private(store, store_path: Path) -> None:
    put_setting(store, "k", MARKER)
    assert store_path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert stat.S_IMODE(store_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(unlock_file(store_path).stat().st_mode) == 0o600
    for side in store_files(store_path):
        assert stat.S_IMODE(side.stat().st_mode) == 0o600, side
    assert store.schema_revision() == head_revision()


def test_no_plaintext_in_files_during_and_after_a_transaction(
    store, store_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, capfd
) -> None:
    caplog.set_level(logging.DEBUG)
    with store.session() as s, s.begin():
        # A tiny page cache forces uncommitted pages out to the WAL mid-transaction.
        s.exec(sa.text("PRAGMA cache_size = 10"))
        for i in range(3000):
            s.add(Setting(key=f"m{i}", value=f"{MARKER} {i} " + "x" * 200))
        s.flush()
        mid = store_files(store_path)
        assert Path(f"{store_path}-wal").exists()
        assert Path(f"{store_path}-wal").stat().st_size > 100_000  # really spilled
        assert contains_bytes(mid, MARKER) == []
    after = store_files(store_path)
    assert contains_bytes(after, MARKER) == []
    backup = backup_store(store, tmp_path / "copy.db")
    auto = auto_backup(store, "test")
    assert contains_bytes([backup, auto], MARKER) == []
    out, err = capfd.readouterr()
    assert MARKER not in out + err + caplog.text
    assert get_setting(store, "m2999").startswith(MARKER)


def test_wrong_passphrase_is_refused_and_file_unchanged(store, store_path: Path) -> None:
    put_setting(store, "k", "v")
    store.close()
    before = sha256(store_path)
    siblings = sorted(p.name for p in store_path.parent.iterdir())
    with pytest.raises(WrongKey, match="wrong passphrase or not a Desk store"):
        open_store(store_path, "not the passphrase")
    assert sha256(store_path) == before
    assert sorted(p.name for p in store_path.parent.iterdir()) == siblings


def test_a_plain_file_is_not_a_desk_store(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4080)
    before = sha256(bogus)
    with pytest.raises(WrongKey):
        open_store(bogus, "anything")
    assert sha256(bogus) == before


def test_no_passphrase_and_no_keyring_key_asks_for_one(store, store_path: Path) -> None:
    store.close()
    with pytest.raises(PassphraseNeeded):
        open_store(store_path)


def test_create_refuses_to_overwrite(store_path: Path) -> None:
    create_store(store_path, "passphrase", PASSPHRASE).close()
    before = sha256(store_path)
    with pytest.raises(StoreExists):
        create_store(store_path, "passphrase", "other")
    assert sha256(store_path) == before


def test_rekey_passphrase_old_key_stops_working(store, store_path: Path) -> None:
    put_setting(store, "k", "kept")
    store.change_unlock("passphrase", "a brand new passphrase")
    assert get_setting(store, "k") == "kept"
    store.close()
    with pytest.raises(WrongKey):
        open_store(store_path, PASSPHRASE)
    with open_store(store_path, "a brand new passphrase") as reopened:
        assert get_setting(reopened, "k") == "kept"


def test_switch_passphrase_to_keyring(store, store_path: Path, memory_keyring) -> None:
    put_setting(store, "k", "kept")
    store.change_unlock("keyring")
    assert read_unlock_info(store_path).mode == "keyring"
    store.close()
    with open_store(store_path) as s:  # no passphrase needed any more
        assert get_setting(s, "k") == "kept"
    saved = dict(memory_keyring.secrets)
    memory_keyring.secrets.clear()
    with pytest.raises(WrongKey):
        open_store(store_path, PASSPHRASE)  # the old passphrase no longer opens it
    memory_keyring.secrets.update(saved)
    with open_store(store_path) as s:
        assert get_setting(s, "k") == "kept"


def test_keyring_store_opens_without_passphrase(store_path: Path, memory_keyring) -> None:
    with create_store(store_path, "keyring") as s:
        put_setting(s, "k", "v")
    keys = {u: v for (_, u), v in memory_keyring.secrets.items() if not u.startswith("path:")}
    assert len(keys) == 1
    (secret,) = keys.values()
    assert len(bytes.fromhex(secret)) == 32  # 256-bit raw key
    with open_store(store_path) as s:
        assert get_setting(s, "k") == "v"
        s.change_unlock("passphrase", "now a passphrase")
    assert memory_keyring.secrets == {}  # the old key is gone from the keyring
    with pytest.raises(PassphraseNeeded):
        open_store(store_path)
    with open_store(store_path, "now a passphrase") as s:
        assert get_setting(s, "k") == "v"


def test_insecure_keyring_is_refused(store_path: Path) -> None:
    import keyring

    backend = PlaintextLikeKeyring()
    keyring.set_keyring(backend)
    status = keyring_status()
    assert not status.usable and "without real protection" in status.reason
    assert "Keyring" not in status.reason  # says what it means, not the backend's class
    with pytest.raises(InsecureKeyring):
        create_store(store_path, "keyring")
    assert backend.secrets == {}
    assert not store_path.exists()


def test_no_keyring_is_said_in_words() -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    status = keyring_status()
    assert not status.usable and status.backend == "keyring.backends.fail.Keyring"
    assert "offers no keyring" in status.reason and "keyring.backends" not in status.reason


@pytest.mark.parametrize("old_passphrase", [None, PASSPHRASE])
def test_interrupted_rekey_to_keyring_still_opens(
    store, store_path: Path, memory_keyring, old_passphrase: str | None
) -> None:
    """Crash after the rekey but before the unlock file changed: the pending key opens it, also
    when the (now wrong) old passphrase is offered first."""
    from desk.store import keys

    put_setting(store, "k", "v")
    new = keys.new_raw_key()
    keys.save_to_keyring(store.info.store_id, new, pending=True)
    conn = store.raw_connection()
    store.engine.dispose()
    conn.execute(f"PRAGMA rekey = {new.pragma_literal()}")
    conn.close()
    store.close()
    assert read_unlock_info(store_path).mode == "passphrase"  # stale
    with open_store(store_path, old_passphrase) as s:
        assert get_setting(s, "k") == "v"
        assert s.info.mode == "keyring"
    assert read_unlock_info(store_path).mode == "keyring"
    assert keys.pending_key(read_unlock_info(store_path).store_id) is None


def test_passphrase_store_opens_without_asking_the_keyring(
    store, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding the keyring's backend costs ~130 ms of the app's start; a passphrase that works
    makes it unnecessary."""
    from desk.store import keys

    store.close()

    def no_keyring(_store_id: str) -> list:
        raise AssertionError("the keyring was asked")

    monkeypatch.setattr(keys, "keys_from_keyring", no_keyring)
    with open_store(store_path, PASSPHRASE) as s:
        assert s.info.mode == "passphrase"


def test_store_from_newer_desk_is_refused_untouched(store, store_path: Path) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    check_store(store)  # checkpoint so the main file holds everything
    store.close()
    before = sha256(store_path)
    with pytest.raises(StoreTooNew, match="newer version of Desk"):
        open_store(store_path, PASSPHRASE)
    assert sha256(store_path) == before
    assert list_auto_backups(store_path) == []


def test_check_reports_ok_and_schema(store) -> None:
    report = check_store(store)
    assert report.ok
    assert report.schema_revision == head_revision()


def test_backup_opens_with_same_key(store, tmp_path: Path) -> None:
    put_setting(store, "k", "in backup")
    target = backup_store(store, tmp_path / "out" / "b.db")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not Path(f"{target}-wal").exists()
    with open_store(target, PASSPHRASE) as b:
        assert get_setting(b, "k") == "in backup"
        assert check_store(b).ok


def test_auto_backups_rotate(store, store_path: Path) -> None:
    made = [auto_backup(store, f"r{i}") for i in range(AUTO_BACKUPS_KEPT + 3)]
    kept = list_auto_backups(store_path)
    assert kept == made[-AUTO_BACKUPS_KEPT:]
    assert all(not p.exists() for p in made[:3])
    assert all(not unlock_file(p).exists() for p in made[:3])


def test_unlock_file_missing_is_rebuilt(store, store_path: Path) -> None:
    store_id = store.info.store_id
    store.close()
    os.remove(unlock_file(store_path))
    with open_store(store_path, PASSPHRASE) as s:
        assert s.info.store_id == store_id
    assert read_unlock_info(store_path).store_id == store_id
