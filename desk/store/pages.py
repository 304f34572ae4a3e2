"""SQLCipher's page HMAC, checked page by page in Python: for a quick check of a sample of pages.

SQLCipher's own ``PRAGMA cipher_integrity_check`` reads every page (3–5 s at 1,000,000 signals);
a quick check reads a few thousand chosen pages and names any that fail. The layout is
SQLCipher 4's default with either of Desk's page HMACs (``cipher``): 4096-byte pages ending in a
16-byte IV and the HMAC (32 bytes for HMAC-SHA256, 64 for HMAC-SHA512) over the page's
ciphertext, its IV and its page number (4 bytes, little-endian); page 1 starts after the file's
16-byte salt. The HMAC key is PBKDF2-HMAC-SHA512 (2 rounds) of the page key with the salt
masked by 0x3a; the page key is the raw key, or PBKDF2-HMAC-SHA512 of the passphrase over the
salt. ``PageChecker.for_connection`` gives None where the connection's settings are not these,
and the caller then uses SQLCipher's full check instead.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import random
import threading
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from desk.store.cipher import DIGEST, DIGEST_SIZE, HMAC_ALGORITHMS
from desk.store.keys import Key

SALT_SIZE = 16
IV_SIZE = 16
HMAC_SALT_MASK = 0x3A
KEY_SIZE = 32
PENDING_BYTE = 0x40000000  # SQLite never writes the page holding this offset (its lock byte)
# A quick check reads page 1, every table's and index's root page, the first and last pages and
# this many more at random: a damaged area of a few hundred pages is found almost surely.
QUICK_SAMPLE = 8_000
QUICK_EDGES = 64
# The settings this module implements, as ``PRAGMA cipher_settings`` lists them.
EXPECTED_SETTINGS = {
    "cipher_page_size": "4096",
    "cipher_use_hmac": "1",
    "cipher_plaintext_header_size": "0",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
}


def _settings(conn: sqlcipher3.Connection) -> dict[str, str]:
    found = {}
    for (line,) in conn.execute("PRAGMA cipher_settings"):
        name, _, value = str(line).removeprefix("PRAGMA ").rstrip(";").partition(" = ")
        found[name.strip()] = value.strip()
    return found


@dataclass(frozen=True, repr=False)
class PageKey:
    """The key pages are encrypted with (after the KDF), the file's salt and the algorithm
    of the pages' HMAC (``cipher``)."""

    key: bytes
    salt: bytes
    hmac: str

    def __repr__(self) -> str:  # never show key material
        return "<PageKey>"

    def raw(self) -> Key:
        """A raw key that opens the file without running the KDF again (``x'key salt'``)."""
        return Key("raw", self.key.hex() + self.salt.hex())


def page_key(conn: sqlcipher3.Connection, path: Path, key: Key) -> PageKey | None:
    """The page key of ``path``, opened by ``conn`` with ``key`` (a passphrase runs the KDF
    here, once); None for settings other than SQLCipher 4's defaults."""
    return _derived(_settings(conn), path, key)


def page_key_soon(conn: sqlcipher3.Connection, path: Path, key: Key) -> Future[PageKey | None]:
    """``page_key``, a passphrase's KDF run on a thread of its own (130 ms; hashlib lets go of
    the GIL). Started as a store opens, while the opening goes on: the first backup or check
    finds it ready instead of running the KDF again, and so do the pool's new connections."""
    settings = _settings(conn)  # here: the connection belongs to this thread
    found: Future[PageKey | None] = Future()

    def derive() -> None:
        try:
            found.set_result(_derived(settings, path, key))
        except Exception as exc:  # raised to whoever asks for the key
            found.set_exception(exc)

    if key.kind == "raw":
        derive()  # no KDF
    else:
        threading.Thread(target=derive, name="desk-page-key", daemon=True).start()
    return found


def _derived(settings: dict[str, str], path: Path, key: Key) -> PageKey | None:
    if any(settings.get(k) != v for k, v in EXPECTED_SETTINGS.items()):
        return None
    hmac_algorithm = settings.get("cipher_hmac_algorithm", "")
    if hmac_algorithm not in HMAC_ALGORITHMS:
        return None
    with path.open("rb") as f:
        salt = f.read(SALT_SIZE)
    if len(salt) != SALT_SIZE:
        return None
    if key.kind == "raw":
        raw = bytes.fromhex(key.secret)
        if len(raw) == KEY_SIZE + SALT_SIZE and raw[KEY_SIZE:] == salt:
            raw = raw[:KEY_SIZE]  # a raw key with the file's salt (``PageKey.raw``)
        return PageKey(raw, salt, hmac_algorithm) if len(raw) == KEY_SIZE else None
    rounds = int(settings.get("kdf_iter", "0"))
    if rounds <= 0:
        return None
    derived = hashlib.pbkdf2_hmac("sha512", key.secret.encode("utf-8"), salt, rounds, KEY_SIZE)
    return PageKey(derived, salt, hmac_algorithm)


@dataclass(frozen=True, repr=False)
class PageChecker:
    """Checks pages of one encrypted file against their HMAC."""

    path: Path
    hmac_key: bytes
    page_size: int
    hmac_algorithm: str  # ``cipher.HMAC_ALGORITHMS``

    def __repr__(self) -> str:  # never show key material
        return f"<PageChecker {self.path.name}>"

    @classmethod
    def for_key(cls, path: Path, key: PageKey) -> PageChecker:
        hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in key.salt)
        hmac_key = hashlib.pbkdf2_hmac("sha512", key.key, hmac_salt, 2, KEY_SIZE)
        page_size = int(EXPECTED_SETTINGS["cipher_page_size"])
        return cls(path, hmac_key, page_size, key.hmac)

    @classmethod
    def for_connection(
        cls, conn: sqlcipher3.Connection, path: Path, key: Key
    ) -> PageChecker | None:
        """The checker for ``path``, opened by ``conn`` with ``key``; None for settings other
        than SQLCipher 4's defaults."""
        found = page_key(conn, path, key)
        return None if found is None else cls.for_key(path, found)

    def page_count(self) -> int:
        return os.path.getsize(self.path) // self.page_size

    def bad_pages(self, pages: Iterable[int]) -> list[int]:
        """Those of ``pages`` (numbered from 1) whose HMAC does not match, in the given order;
        pages beyond the end of the file, and the one SQLite never writes, are skipped."""
        bad: list[int] = []
        size = self.page_size
        lock_page = PENDING_BYTE // size + 1
        digest_name, digest_size = DIGEST[self.hmac_algorithm], DIGEST_SIZE[self.hmac_algorithm]
        end = size - digest_size  # the HMAC covers the ciphertext and the IV (reserve: IV + HMAC)
        with self.path.open("rb", buffering=0) as f:
            for pgno in pages:
                if pgno == lock_page:
                    continue
                f.seek((pgno - 1) * size)
                page = f.read(size)
                if len(page) < size:
                    continue
                signed = page[SALT_SIZE if pgno == 1 else 0 : end] + pgno.to_bytes(4, "little")
                digest = hmac.digest(self.hmac_key, signed, digest_name)  # one C call
                if not hmac.compare_digest(digest, page[end : end + digest_size]):
                    bad.append(pgno)
        return bad


def quick_sample(page_count: int, roots: list[int], size: int = QUICK_SAMPLE) -> list[int]:
    """The pages a quick check reads, in file order: page 1, the root pages, the first and last
    ``QUICK_EDGES`` and ``size`` more at random (all of them in a small file)."""
    if page_count <= size + 2 * QUICK_EDGES + len(roots):
        return list(range(1, page_count + 1))
    chosen = {1, *(r for r in roots if r <= page_count)}
    chosen |= set(range(1, QUICK_EDGES + 1))
    chosen |= set(range(page_count - QUICK_EDGES + 1, page_count + 1))
    chosen |= set(random.sample(range(1, page_count + 1), size))
    return sorted(chosen)
