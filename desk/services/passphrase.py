"""A passphrase strength hint for the create-store dialog.

A deliberately simple estimate (length times the size of the character pool, with penalties for
repeats and sequences), written here rather than pulling in zxcvbn: the hint only has to steer
people towards long passphrases, and SQLCipher's KDF does the real work.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from enum import IntEnum

MIN_LENGTH = 10


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


@dataclass(frozen=True)
class StrengthHint:
    strength: Strength
    bits: float


def _pool_size(text: str) -> int:
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    size = sum(len(p) for p in pools if any(c in p for c in text))
    if any(not c.isascii() for c in text):
        size += 64
    if " " in text:
        size += 1
    return max(size, 1)


def _effective_length(text: str) -> float:
    """Length with runs of one character and simple sequences counting for less."""
    length = 0.0
    for i, ch in enumerate(text):
        if i and ch == text[i - 1]:
            length += 0.25
        elif i and ord(ch) - ord(text[i - 1]) in (1, -1):
            length += 0.5
        else:
            length += 1
    return length


def passphrase_strength(text: str) -> StrengthHint:
    if len(text) < MIN_LENGTH:
        return StrengthHint(Strength.TOO_SHORT, 0.0)
    bits = _effective_length(text) * math.log2(_pool_size(text))
    if bits < 50:
        return StrengthHint(Strength.WEAK, bits)
    if bits < 75:
        return StrengthHint(Strength.FAIR, bits)
    return StrengthHint(Strength.STRONG, bits)
