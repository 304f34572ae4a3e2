"""Which HMAC a store's pages are signed with: the one SQLCipher setting Desk varies.

SQLCipher authenticates every page it reads and writes with an HMAC. Its default, HMAC-SHA512,
was every Desk store's until stores made from now on got HMAC-SHA256: on processors with
SHA instructions (x86 since 2017–2019, 64-bit ARM) it costs half as much per page, and at a
million signals most of a store's work is pages read from the disk cache and written back.
Measured on a copy of the bench's 1,000,000-signal store: a full scan 2.1 → 1.3 s, the pages an
import of 10,000 rows reads 1.9–2.5 → 1.5–1.65 s. Both are standard MACs of 256 bits or more;
the key derivation (PBKDF2-HMAC-SHA512, 256,000 rounds) is SQLCipher's default either way.

The setting is not stored in the file (it is encrypted with it), so the unlock file records it
(``unlockfile``); a store whose unlock file is missing is opened with either.
"""

from __future__ import annotations

HMAC_SHA256 = "HMAC_SHA256"
HMAC_SHA512 = "HMAC_SHA512"  # SQLCipher 4's default: every store made before HMAC_SHA256
HMAC_ALGORITHMS = (HMAC_SHA256, HMAC_SHA512)
NEW_STORE_HMAC = HMAC_SHA256
DIGEST = {HMAC_SHA256: "sha256", HMAC_SHA512: "sha512"}  # hashlib's names
DIGEST_SIZE = {HMAC_SHA256: 32, HMAC_SHA512: 64}


def likely_first(recorded: str | None) -> tuple[str, ...]:
    """The algorithms to open a store with, the one its unlock file records first (a file
    copied without its own unlock file, or beside another's, still opens)."""
    first = recorded if recorded in HMAC_ALGORITHMS else NEW_STORE_HMAC
    return (first, *(a for a in HMAC_ALGORITHMS if a != first))
