"""The small file beside a store that says how to unlock it.

``desk.db.unlock.json`` holds the store's id (the keyring entry's name), whether it is
unlocked by keyring or passphrase, and which HMAC signs its pages (``hmac``, see ``cipher``;
files written before it was recorded are HMAC-SHA512 stores). It holds no secret and no user
text; without it Desk still opens the store with a passphrase.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from desk.fileio import atomic_write_bytes
from desk.store.cipher import HMAC_ALGORITHMS, HMAC_SHA512
from desk.store.layout import unlock_file

UnlockMode = Literal["keyring", "passphrase"]
FORMAT = "desk-unlock/1"


@dataclass(frozen=True)
class UnlockInfo:
    store_id: str
    mode: UnlockMode
    hmac: str  # ``cipher.HMAC_ALGORITHMS``


def read_unlock_info(store_path: Path) -> UnlockInfo | None:
    return read_unlock_info_at(unlock_file(store_path))


def read_unlock_info_at(file: Path) -> UnlockInfo | None:
    """What an unlock file says, or None if it is missing, foreign or damaged."""
    try:
        if file.stat().st_size > 64 * 1024:  # ours are ~100 bytes: this is not one
            return None
        data = json.loads(file.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("mode") not in ("keyring", "passphrase"):
            return None
        hmac = data.get("hmac", HMAC_SHA512)  # not recorded: made before HMAC-SHA256 stores
        if hmac not in HMAC_ALGORITHMS:
            return None
        return UnlockInfo(store_id=str(data["store_id"]), mode=data["mode"], hmac=hmac)
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return None


def write_unlock_info(store_path: Path, info: UnlockInfo) -> None:
    payload = {"format": FORMAT, **asdict(info)}
    atomic_write_bytes(unlock_file(store_path), json.dumps(payload, indent=2).encode())
