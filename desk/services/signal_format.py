"""The signal exchange format of DESIGN.md: the marking line, and spreadsheet-formula
neutralisation.

Export prefixes ``'`` to a cell a spreadsheet would run as a formula (``= + - @``, tab, CR) and
to a cell that already starts with ``'``; import removes exactly that one prefix, so an
export → import round trip gives back the same text.

A CSV export starts with one marking line, e.g.
``# Dep. VERTROUWELIJK — TLP:AMBER — exported by Desk on 2026-11-27 — not encrypted``;
the importer skips a first line that starts with ``#`` (no header does).
"""

from __future__ import annotations

from datetime import date

from desk.models.enums import Tlp

# The columns themselves are defined once, with their parsers: ``validation.FIELDS``.
LIST_SEPARATOR = ";"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MARKING_PREFIX = "#"


def marking_line(marking: str, tlp: Tlp, day: date) -> str:
    """The text of a CSV export's first line (and of an XLSX export's header and footer)."""
    return f"{MARKING_PREFIX} {marking_text(marking, tlp)} — exported by Desk on {day.isoformat()} — not encrypted"


def marking_text(marking: str, tlp: Tlp) -> str:
    return f"{marking} — {tlp.label}"


def is_marking_line(line: str) -> bool:
    """Whether a CSV file's first physical line is a marking line (csv may have quoted it)."""
    return line.lstrip("\ufeff").startswith((MARKING_PREFIX, '"' + MARKING_PREFIX))


def neutralize(text: str) -> str:
    if text.startswith(_FORMULA_START) or text.startswith("'"):
        return "'" + text
    return text


def unneutralize(text: str) -> str:
    if len(text) > 1 and text[0] == "'" and (text[1] in "'" or text[1:].startswith(_FORMULA_START)):
        return text[1:]
    return text
