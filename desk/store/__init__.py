"""The encrypted store: engine and key (``engine``), migrations, backup and checks.

Everything SQLite- or SQLCipher-specific lives in this package, so the rest of Desk could move
to another database by replacing it.
"""

from desk.store.backup import auto_backup, backup_store
from desk.store.check import check_store
from desk.store.engine import PASSPHRASE_ENV, Store, env_passphrase, sqlite_version
from desk.store.errors import (
    InsecureKeyring,
    KeyChanged,
    PassphraseNeeded,
    StoreBusy,
    StoreCorrupt,
    StoreDamaged,
    StoreError,
    StoreExists,
    StoreNotFound,
    StoreTooNew,
    StoreUnavailable,
    WrongKey,
)
from desk.store.keys import keyring_status
from desk.store.opening import create_store, needs_passphrase, open_store

__all__ = [
    "PASSPHRASE_ENV",
    "InsecureKeyring",
    "KeyChanged",
    "PassphraseNeeded",
    "Store",
    "StoreBusy",
    "StoreCorrupt",
    "StoreDamaged",
    "StoreError",
    "StoreExists",
    "StoreNotFound",
    "StoreTooNew",
    "StoreUnavailable",
    "WrongKey",
    "auto_backup",
    "backup_store",
    "check_store",
    "create_store",
    "env_passphrase",
    "keyring_status",
    "needs_passphrase",
    "open_store",
    "sqlite_version",
]
