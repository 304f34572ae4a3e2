"""New stores sign their pages with HMAC-SHA256; stores made with SQLCipher's default
(HMAC-SHA512) keep opening, backing up and checking as before."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3

from desk.services.settings import get_setting, set_setting
from desk.store import backup_store, check_store, create_store, open_store, opening
from desk.store.cipher import HMAC_SHA256, HMAC_SHA512
from desk.store.layout import unlock_file
from desk.store.pages import PageChecker
from desk.store.unlockfile import read_unlock_info


def _opens_with(path: Path, key_literal: str, hmac: str | None) -> bool:
    """Whether a bare SQLCipher connection reads ``path`` with this page HMAC (None: its
    default)."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_literal}")
        if hmac is not None:
            conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def _checker(store) -> PageChecker:
    conn = store.raw_connection()
    try:
        checker = PageChecker.for_connection(conn, store.path, store._live_key())
    finally:
        conn.close()
    assert checker is not None  # checked by Desk itself, not handed to SQLCipher's full check
    return checker


def _damage(path: Path, page: int, at: int = 100) -> None:
    with path.open("r+b") as f:
        f.seek((page - 1) * 4096 + at)
        byte = f.read(1)
        f.seek((page - 1) * 4096 + at)
        f.write(bytes([byte[0] ^ 0xFF]))


def _legacy_store(path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A keyring store as Desk made them before HMAC-SHA256: SQLCipher's default HMAC, and an
    unlock file that does not name it."""
    with monkeypatch.context() as m:
        m.setattr(opening, "NEW_STORE_HMAC", HMAC_SHA512)
        create_store(path, "keyring").close()
    data = json.loads(unlock_file(path).read_text())
    assert data.pop("hmac") == HMAC_SHA512
    unlock_file(path).write_text(json.dumps(data))
    return path


def test_a_new_store_signs_its_pages_with_hmac_sha256(local_store) -> None:
    path = local_store.path
    key = local_store._live_key().pragma_literal()
    assert local_store.info.hmac == HMAC_SHA256
    assert json.loads(unlock_file(path).read_text())["hmac"] == HMAC_SHA256
    assert _opens_with(path, key, HMAC_SHA256)
    assert not _opens_with(path, key, None)  # SQLCipher's default does not read it
    # Desk's own page check reads the 32-byte HMACs: a flipped byte is named
    checker = _checker(local_store)
    assert checker.hmac_algorithm == HMAC_SHA256
    pages = list(range(1, checker.page_count() + 1))
    assert checker.bad_pages(pages) == []
    local_store.close()
    _damage(path, 3)
    assert checker.bad_pages(pages) == [3]


def test_a_store_made_with_sqlciphers_default_hmac_still_opens_backs_up_and_checks(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _legacy_store(store_path, monkeypatch)
    with open_store(path) as store:
        assert store.info.hmac == HMAC_SHA512
        set_setting(store, "k", "kept")
        assert _checker(store).hmac_algorithm == HMAC_SHA512
        assert check_store(store, full=False).ok
        target = backup_store(store, tmp_path / "copy.db", verify_all=True)
    assert read_unlock_info(target).hmac == HMAC_SHA512
    with open_store(target) as copy:
        assert get_setting(copy, "k") == "kept"
        assert check_store(copy, full=True).ok
    # a damaged page of the old format is found by Desk's own sample check
    with open_store(path) as store:
        checker = _checker(store)
    _damage(path, 2)
    assert checker.bad_pages([1, 2, 3]) == [2]


def test_a_store_opens_whatever_its_unlock_file_says_of_the_hmac(
    local_store, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Missing (a store copied on its own) or wrong (copied beside another store's unlock
    file): the other algorithm is tried, and the unlock file is written anew with the one that
    opened it."""
    local_store.close()
    info = read_unlock_info(store_path)
    unlock_file(store_path).write_text(
        json.dumps({"format": "desk-unlock/1", "store_id": info.store_id, "mode": info.mode})
    )  # as an older Desk wrote it: HMAC-SHA512 implied
    with open_store(store_path) as s:
        assert s.info.hmac == HMAC_SHA256
    assert read_unlock_info(store_path) == replace(info, hmac=HMAC_SHA256)

    legacy = _legacy_store(tmp_path / "old" / "desk.db", monkeypatch)
    unlock_file(legacy).unlink()
    with open_store(legacy) as s:  # the keyring still knows the path
        assert s.info.hmac == HMAC_SHA512
    assert read_unlock_info(legacy).hmac == HMAC_SHA512


def test_a_wrong_unlock_file_value_is_not_trusted(store_path: Path, local_store) -> None:
    """The unlock file is not a secret and may be edited: an unknown algorithm makes it
    unreadable (the store still opens from the keyring), never part of a pragma."""
    local_store.close()
    data = json.loads(unlock_file(store_path).read_text())
    data["hmac"] = "HMAC_SHA1; DROP TABLE signal"
    unlock_file(store_path).write_text(json.dumps(data))
    assert read_unlock_info(store_path) is None
    with open_store(store_path) as s:
        assert s.info.hmac == HMAC_SHA256
    assert read_unlock_info(store_path).hmac == HMAC_SHA256
