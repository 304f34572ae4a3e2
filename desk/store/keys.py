"""Store keys: random raw keys kept in the OS keyring, or passphrases run through SQLCipher's KDF.

Only ``desk.store`` handles key material. Python cannot wipe strings, so a key lives as long as
the ``Store`` that holds it; locking drops the store and with it every reference to the key.
"""

from __future__ import annotations

import contextlib
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import keyring
import keyring.backend
import keyring.errors

from desk import APP_ID
from desk.errors import InvalidInput
from desk.store.errors import InsecureKeyring

KEYRING_SERVICE = APP_ID
# Keyring entries of a store: its current key, and the next one while a rekey is under way.
PENDING_SUFFIX = ":next"
# A second, non-secret entry per keyring store: its path → its id, so a store whose unlock file
# was lost or replaced can still find its key.
PATH_PREFIX = "path:"
MIN_SECURE_PRIORITY = 1


@dataclass(frozen=True, repr=False)
class Key:
    kind: Literal["raw", "passphrase"]
    secret: str

    def __repr__(self) -> str:  # never show the secret in logs or tracebacks
        return f"<Key {self.kind}>"

    def pragma_literal(self) -> str:
        """The value for ``PRAGMA key``/``rekey``: a raw key skips the KDF, a passphrase uses it."""
        if self.kind == "raw":
            return f"\"x'{self.secret}'\""
        return "'" + self.secret.replace("'", "''") + "'"


def new_raw_key() -> Key:
    return Key("raw", secrets.token_hex(32))  # 256 bits


def passphrase_key(passphrase: str) -> Key:
    """The key for a passphrase as typed: the same characters give the same key, however the
    keyboard composed them (NFC: "café" typed as e + combining accent equals "café")."""
    if not passphrase:
        raise ValueError("the passphrase is empty")
    return Key("passphrase", unicodedata.normalize("NFC", passphrase))


def legacy_passphrase_key(passphrase: str) -> Key | None:
    """The key a Desk before NFC normalisation derived, if it differs from today's."""
    if not passphrase or unicodedata.normalize("NFC", passphrase) == passphrase:
        return None
    return Key("passphrase", passphrase)


def check_new_passphrase(passphrase: str | None) -> str:
    """A passphrase for a new store or a rekey: refused when empty or only blanks."""
    if not passphrase or not passphrase.strip():
        raise InvalidInput("the passphrase is empty or only spaces; choose a real passphrase")
    return passphrase


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str  # the keyring library's class, for a log or a bug report
    reason: str = ""  # for the user: what is missing and what to do, never a class name


NO_KEYRING = (
    "this computer offers no keyring Desk can use (on Linux, a keyring service such as GNOME "
    "Keyring or KWallet has to run in your session)"
)
INSECURE_KEYRING = (
    "the only keyring on this computer keeps keys in a file without real protection, which is "
    "not secure enough for a store's key"
)


def _has_no_keyring(backend: keyring.backend.KeyringBackend) -> bool:
    """The keyring library found nothing at all (its "fail" backend, or an empty chain)."""
    from keyring.backends import chainer, fail

    if isinstance(backend, chainer.ChainerBackend):
        return all(_has_no_keyring(b) for b in backend.backends)
    return isinstance(backend, fail.Keyring)


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends import chainer, fail

    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        return bool(chained) and all(_is_secure(b) for b in chained)
    if isinstance(backend, fail.Keyring):
        return False
    try:
        priority = backend.priority
    except Exception:  # a backend that cannot say how good it is, is not usable
        return False
    # keyrings.alt's plaintext and "encrypted" file backends have priority < 1
    return priority >= MIN_SECURE_PRIORITY


def keyring_status() -> KeyringStatus:
    try:
        backend = keyring.get_keyring()
    except Exception:
        return KeyringStatus(False, "none", NO_KEYRING)
    name = _backend_name(backend)
    if not _is_secure(backend):
        return KeyringStatus(
            False, name, NO_KEYRING if _has_no_keyring(backend) else INSECURE_KEYRING
        )
    return KeyringStatus(True, name)


def _require_secure() -> None:
    status = keyring_status()
    if not status.usable:
        raise InsecureKeyring(status.reason)


def save_to_keyring(store_id: str, key: Key, *, pending: bool = False) -> None:
    if key.kind != "raw":
        raise ValueError("only raw keys go into the keyring")
    _require_secure()
    user = store_id + (PENDING_SUFFIX if pending else "")
    try:
        keyring.set_password(KEYRING_SERVICE, user, key.secret)
    except keyring.errors.KeyringError as exc:
        raise InsecureKeyring(f"the OS keyring refused to store the key: {exc}") from exc


def keys_from_keyring(store_id: str) -> list[Key]:
    """The store's key and, if a rekey was interrupted, its pending successor."""
    if not keyring_status().usable:
        return []
    found = []
    for user in (store_id, store_id + PENDING_SUFFIX):
        try:
            secret = keyring.get_password(KEYRING_SERVICE, user)
        except keyring.errors.KeyringError:
            secret = None
        if secret:
            found.append(Key("raw", secret))
    return found


def remember_store_path(path: Path, store_id: str) -> None:
    """Note which store id lives at ``path`` (best effort: the unlock file is the first place)."""
    if not keyring_status().usable:
        return
    try:
        if keyring.get_password(KEYRING_SERVICE, PATH_PREFIX + str(path)) != store_id:
            keyring.set_password(KEYRING_SERVICE, PATH_PREFIX + str(path), store_id)
    except keyring.errors.KeyringError:
        pass


def forget_store_path(path: Path) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(KEYRING_SERVICE, PATH_PREFIX + str(path))


def store_id_for_path(path: Path) -> str | None:
    if not keyring_status().usable:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, PATH_PREFIX + str(path))
    except keyring.errors.KeyringError:
        return None


def pending_key(store_id: str) -> Key | None:
    if not keyring_status().usable:
        return None
    try:
        secret = keyring.get_password(KEYRING_SERVICE, store_id + PENDING_SUFFIX)
    except keyring.errors.KeyringError:
        return None
    return Key("raw", secret) if secret else None


def promote_pending(store_id: str) -> None:
    """After a successful rekey: the pending key becomes the store's key."""
    pending = keyring.get_password(KEYRING_SERVICE, store_id + PENDING_SUFFIX)
    if pending:
        keyring.set_password(KEYRING_SERVICE, store_id, pending)
        delete_from_keyring(store_id, pending=True)


def delete_from_keyring(store_id: str, *, pending: bool = False) -> None:
    user = store_id + (PENDING_SUFFIX if pending else "")
    try:
        keyring.delete_password(KEYRING_SERVICE, user)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError:
        pass


# -- team database passwords --------------------------------------------------------------------
TEAM_PREFIX = "team:"  # keyring entry of a PostgreSQL log-in: "team:user@host:port/db"


def team_password(account: str) -> str | None:
    """The saved password of a team database log-in, or None (no secure keyring, none saved)."""
    if not keyring_status().usable:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, TEAM_PREFIX + account)
    except keyring.errors.KeyringError:
        return None


def save_team_password(account: str, password: str) -> bool:
    """Keep a password that worked, in a secure keyring only; False when there is none."""
    if not keyring_status().usable:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, TEAM_PREFIX + account, password)
    except keyring.errors.KeyringError:
        return False
    return True


def forget_team_password(account: str) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(KEYRING_SERVICE, TEAM_PREFIX + account)
