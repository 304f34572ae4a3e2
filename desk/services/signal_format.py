"""The signal exchange format of DESIGN.md: columns, and spreadsheet-formula neutralisation.

Export prefixes ``'`` to a cell a spreadsheet would run as a formula (``= + - @``, tab, CR) and
to a cell that already starts with ``'``; import removes exactly that one prefix, so an
export → import round trip gives back the same text.
"""

from __future__ import annotations

COLUMNS = (
    "observed_on",
    "country",
    "title",
    "summary",
    "category",
    "source",
    "source_url",
    "reliability",
    "credibility",
    "hs_codes",
    "tlp",
    "chr",
    "tags",
    # optional (blank: unspecified); last, so the other columns keep their places in exports
    "source_kind",
)
REQUIRED = ("observed_on", "country", "title", "category", "reliability", "credibility")
LIST_SEPARATOR = ";"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(text: str) -> str:
    if text.startswith(_FORMULA_START) or text.startswith("'"):
        return "'" + text
    return text


def unneutralize(text: str) -> str:
    if len(text) > 1 and text[0] == "'" and (text[1] in "'" or text[1:].startswith(_FORMULA_START)):
        return text[1:]
    return text
