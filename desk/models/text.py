"""Text normalisation shared by lookups, duplicate detection and sorting."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def title_key(title: str) -> str:
    """What makes two titles 'the same' for duplicate detection: case and spacing ignored."""
    return collapse_spaces(title).casefold()


def name_key(name: str) -> str:
    """A lookup key for names people type: no accents, case, punctuation or extra spaces
    (``Kirgizië`` and ``kirgizie`` meet)."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return collapse_spaces(_NOT_WORD.sub(" ", stripped)).casefold()
