"""Opening and creating stores: which key opens a file, what a file must be to count as a
store, the first schema for a new one. Only ``create_store`` makes a store; ``open_store``
never turns an existing file into a new one."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from desk import __version__
from desk.fileio import create_private_file, ensure_private_dir
from desk.store import keys as keymod
from desk.store import migrate
from desk.store.cipher import NEW_STORE_HMAC, likely_first
from desk.store.engine import (
    CipherStore,
    _raw_connect,
    _read_revision,
    _wrong_key,
    configure_connection,
    damage_reported,
)
from desk.store.errors import (
    PassphraseNeeded,
    StoreDamaged,
    StoreError,
    StoreExists,
    StoreTooNew,
    WrongKey,
)
from desk.store.files import check_store_file, sweep_leftovers
from desk.store.keys import Key
from desk.store.layout import backups_dir, remove_store_files, unlock_file
from desk.store.meta import now_iso, read_meta, write_meta
from desk.store.unlockfile import (
    UnlockInfo,
    UnlockMode,
    read_unlock_info,
    read_unlock_info_at,
    write_unlock_info,
)

log = logging.getLogger(__name__)


def _known_store_ids(path: Path, info: UnlockInfo | None) -> list[str]:
    """Ids the store at ``path`` may have, the likely one first: its unlock file's, the one the
    keyring noted for this path, and those of its own backups (a backup keeps the store's id).
    The last two find a keyring store's key when its unlock file was lost or replaced."""
    ids = [info.store_id] if info is not None and info.store_id else []
    if (noted := keymod.store_id_for_path(path)) is not None:
        ids.append(noted)
    folder = backups_dir(path)
    if folder.is_dir():
        for f in sorted(folder.glob("*.unlock.json"), reverse=True):
            if (found := read_unlock_info_at(f)) is not None:
                ids.append(found.store_id)
    return list(dict.fromkeys(ids))


def _candidate_keys(path: Path, info: UnlockInfo | None, passphrase: str | None) -> Iterator[Key]:
    """The keys to try, the likely one first. A passphrase store asks the keyring (finding its
    backend costs ~130 ms) only if the passphrase fails, e.g. after a crash in the middle of a
    rekey to the keyring."""

    def from_keyring() -> Iterator[Key]:
        for store_id in _known_store_ids(path, info):
            yield from keymod.keys_from_keyring(store_id)

    def from_passphrase() -> Iterator[Key]:
        if passphrase:
            yield keymod.passphrase_key(passphrase)
            if (legacy := keymod.legacy_passphrase_key(passphrase)) is not None:
                yield legacy

    if passphrase and (info is None or info.mode == "passphrase"):
        yield from from_passphrase()
        yield from from_keyring()
    else:
        yield from from_keyring()
        yield from from_passphrase()


def _find_working_key(
    path: Path, info: UnlockInfo | None, passphrase: str | None
) -> tuple[Key, str, sqlcipher3.Connection, str]:
    """The key and page HMAC that open ``path``, the connection they opened and its schema
    revision. The unlock file's HMAC is tried first: the other costs a passphrase a second KDF
    run only when that fails (a wrong passphrase, or a file beside another's unlock file)."""
    tried = False
    for key in _candidate_keys(path, info, passphrase):
        tried = True
        for hmac in likely_first(info.hmac if info is not None else None):
            try:
                conn = _raw_connect(path, key, hmac, configure=False)
            except WrongKey:
                continue
            with damage_reported(conn, path):
                revision = _read_revision(conn)
                if revision is None:
                    # An empty or foreign file opens with any key: never turn it into a store.
                    raise StoreDamaged(
                        path, "it holds no Desk schema: not a Desk store, or emptied"
                    )
                configure_connection(conn)
                return key, hmac, conn, revision
    if not tried:
        raise PassphraseNeeded(path, _why_no_key(path, info))
    raise _wrong_key(path)


def _why_no_key(path: Path, info: UnlockInfo | None) -> str:
    status = keymod.keyring_status()
    if not status.usable:
        return status.reason
    if info is None:
        return (
            f"its unlock file {unlock_file(path).name} is missing or unreadable and no key for it "
            f"is in this machine's keyring; restore the unlock file from a backup in "
            f"{backups_dir(path)}, or give the passphrase if it has one"
        )
    if info.mode == "keyring":
        return (
            "its key is not in this machine's keyring (a keyring store opens only for the user "
            f"and machine that created it); if {unlock_file(path).name} was replaced, restore it "
            f"from a backup in {backups_dir(path)}"
        )
    return ""


def needs_passphrase(path: Path) -> bool:
    """Whether opening ``path`` needs a passphrase from the user (no keyring key for it)."""
    info = read_unlock_info(path)
    if info is not None and info.mode == "passphrase":
        return True
    return not any(keymod.keys_from_keyring(i) for i in _known_store_ids(path, info))


def open_store(
    path: Path | str, passphrase: str | None = None, *, upgrade: bool = True
) -> CipherStore:
    """Unlock an existing store with its keyring key or ``passphrase``; migrate it to the
    current schema (after an automatic backup) unless ``upgrade`` is false.

    Opening never creates: a file that is empty, cut short or holds no Desk schema is reported
    as damaged and left exactly as it is (only ``create_store`` makes a new store).
    """
    path = Path(path).expanduser().resolve()
    check_store_file(path)
    sweep_leftovers(path)
    info = read_unlock_info(path)
    key, hmac, conn, revision = _find_working_key(path, info, passphrase)
    if not migrate.is_known_revision(revision):
        conn.close()
        raise StoreTooNew(path, revision)

    known = (
        UnlockInfo(info.store_id, info.mode, hmac)
        if info is not None
        else UnlockInfo("", "passphrase", hmac)
    )
    store = CipherStore(path, key, known, first_connection=conn)
    try:
        if upgrade:
            migrate.upgrade_to_head(store)
        stored_id = read_meta(store, "store_id") or uuid.uuid4().hex
        actual_mode: UnlockMode = "keyring" if key.kind == "raw" else "passphrase"
        if info != UnlockInfo(stored_id, actual_mode, hmac):
            # Missing or stale unlock file (e.g. a crash during rekey, or written before it
            # recorded the HMAC): rebuild it from what actually opened the store.
            store.info = UnlockInfo(stored_id, actual_mode, hmac)
            write_unlock_info(path, store.info)
        if key.kind == "raw":
            if keymod.pending_key(store.info.store_id) == key:
                keymod.promote_pending(store.info.store_id)  # finish an interrupted rekey
            keymod.remember_store_path(path, store.info.store_id)
        elif passphrase and key == keymod.legacy_passphrase_key(passphrase):
            # Made before passphrases were normalised: from now on the NFC form opens it.
            log.info("rekeying %s to the normalised form of its passphrase", path)
            store.change_unlock("passphrase", passphrase)
    except BaseException:
        store.close()
        raise
    return store


def create_store(path: Path | str, mode: UnlockMode, passphrase: str | None = None) -> CipherStore:
    """Create a new encrypted store (0600 in a 0700 folder) with the current schema."""
    path = Path(path).expanduser().resolve()
    if path.exists() or path.is_symlink():
        raise StoreExists(path)
    if path.parent.exists() and not path.parent.is_dir():
        raise StoreError(f"{path.parent} is a file, not a folder; choose another place")
    if unlock_file(path).is_dir():
        raise StoreError(f"{unlock_file(path)} is a folder; remove it or choose another name")
    store_id = uuid.uuid4().hex
    if mode == "keyring":
        key = keymod.new_raw_key()
        keymod.save_to_keyring(store_id, key)  # raises InsecureKeyring before touching disk
    else:
        key = keymod.passphrase_key(keymod.check_new_passphrase(passphrase))
    store: CipherStore | None = None
    try:
        ensure_private_dir(path.parent)
        create_private_file(path)
        store = CipherStore(path, key, UnlockInfo(store_id, mode, NEW_STORE_HMAC))
        migrate.upgrade_to_head(store, backup=False)
        write_meta(
            store, {"store_id": store_id, "created_with": __version__, "created_at": now_iso()}
        )
        write_unlock_info(path, store.info)
        if mode == "keyring":
            keymod.remember_store_path(path, store_id)
    except BaseException:
        if store is not None:
            store.close()
        if path.exists() and not path.is_symlink():
            remove_store_files(path)
        if mode == "keyring":
            keymod.delete_from_keyring(store_id)
        raise
    return store
