"""Text normalisation shared by lookups, duplicate detection and sorting."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

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


def _new_pieces(parts: Iterable[str], seen: set[str]) -> list[str]:
    """The comma-separated pieces of ``parts`` not in ``seen`` (casefolded), each once, and
    none whose words another piece repeats ("contact point" beside "contact point DEU")."""
    pieces: list[str] = []
    for part in parts:
        for piece in (collapse_spaces(p) for p in part.split(",")):
            if piece and piece.casefold() not in seen:
                seen.add(piece.casefold())
                pieces.append(piece)
    return [p for p in pieces if not any(_within(p, q) for q in pieces if q is not p)]


def _within(piece: str, other: str) -> bool:
    """``piece`` is part of ``other``, as whole words."""
    return re.search(rf"\b{re.escape(piece)}\b", other, re.IGNORECASE) is not None


def join_distinct(parts: Iterable[str], sep: str = ", ") -> str:
    """The non-empty parts joined, each comma-separated piece once (case and spacing
    ignored): a post already named in an author's "Officer, Abu Dhabi" or a role already in an
    organisation's "IMH, export control" or "contact point DEU" is not repeated."""
    return sep.join(_new_pieces(parts, set()))


def labelled(name: str, *details: str) -> str:
    """ "Name (detail, detail)": the details once each and none that repeats the name; just
    the name when no detail is left (the details alone when there is no name)."""
    seen: set[str] = set()
    named = ", ".join(_new_pieces([name], seen))
    extra = ", ".join(_new_pieces(details, seen))
    return f"{named} ({extra})" if named and extra else named or extra


def shortened(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word, with "…": never in the middle
    of a word or of a parenthesis left open."""
    text = collapse_spaces(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    if cut.count("(") > cut.count(")"):
        cut = cut[: cut.rindex("(")]
    return cut.rstrip(" ,;:–—(") + "…"
