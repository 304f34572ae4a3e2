"""One validator for a signal, whether it comes from a CSV row, a spreadsheet or the edit dialog.

Values arrive as the user gave them (strings, or typed cells from a spreadsheet); the validator
returns a ``SignalDraft`` or a list of ``FieldError`` naming the column and the reason. Nothing
here guesses: an ambiguous date is an error, not a best effort.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from desk.models.enums import RELIABILITY, Category, SourceKind, Tlp
from desk.models.hs import HsCode, HsCodeError
from desk.services.reference_index import ReferenceIndex
from desk.services.signal_format import LIST_SEPARATOR

TITLE_MAX = 200
SUMMARY_MAX = 20_000
SOURCE_MAX = 500
URL_MAX = 2_000
TAG_MAX = 60
TAGS_MAX = 30
FUTURE_TOLERANCE = timedelta(days=1)  # a post in Asia is already "tomorrow"

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# C0 and C1 control characters and DEL: they reach terminals as escape sequences and make a
# spreadsheet unwritable. A summary may keep tabs and line breaks.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_NAMES = {
    "\t": "tab",
    "\n": "line break",
    "\r": "carriage return",
    "\x1b": "escape",
    "\x00": "NUL",
    "\x7f": "delete",
}
_DMY = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")

CATEGORY_WORDS: dict[str, Category] = {}
for _cat, _words in {
    Category.RE_EXPORT: ["re-export", "reexport", "re export", "wederuitvoer", "herexport"],
    Category.FINANCE: [
        "finance",
        "financial",
        "financieel",
        "financiën",
        "financien",
        "financiering",
    ],
    Category.LEGAL: ["legal", "juridisch", "wetgeving"],
    Category.ENFORCEMENT: ["enforcement", "handhaving"],
    Category.DIPLOMATIC: ["diplomatic", "diplomatiek", "diplomatie"],
    Category.OTHER: ["other", "overig", "overige", "anders"],
}.items():
    for _w in _words:
        CATEGORY_WORDS[_w] = _cat

SOURCE_KIND_WORDS: dict[str, SourceKind] = {}
for _kind, _words in {
    SourceKind.POST: ["post", "post reporting", "embassy", "ambassade", "postrapportage"],
    SourceKind.CUSTOMS: ["customs", "customs data", "douane", "douanegegevens"],
    SourceKind.TRADE_DATA: [
        "trade-data",
        "trade data",
        "trade statistics",
        "handelsstatistiek",
        "handelsstatistieken",
        "handelsgegevens",
    ],
    SourceKind.OPEN_SOURCE: ["open-source", "open source", "osint", "open bron", "open bronnen"],
    SourceKind.PARTNER: [
        "partner",
        "eu/partner state",
        "partner state",
        "member state",
        "lidstaat",
        "partnerland",
    ],
    SourceKind.PRIVATE_SECTOR: ["private-sector", "private sector", "bedrijfsleven"],
    SourceKind.OTHER: ["other", "overig", "overige", "anders"],
    SourceKind.UNSPECIFIED: ["unspecified", "onbekend", "niet opgegeven"],
}.items():
    for _w in _words:
        SOURCE_KIND_WORDS[_w] = _kind

_TRUE = {"true", "yes", "y", "1", "ja", "j", "waar"}
_FALSE = {"false", "no", "n", "0", "nee", "onwaar", ""}


@dataclass(frozen=True)
class FieldError:
    column: str
    message: str


@dataclass(frozen=True, slots=True)  # an import holds one per row: no per-instance dict
class SignalDraft:
    observed_on: date
    country_code: str
    title: str
    category: Category
    reliability: str
    credibility: int
    summary: str = ""
    source: str = ""
    source_url: str = ""
    source_kind: SourceKind = SourceKind.UNSPECIFIED
    hs_codes: list[HsCode] = field(default_factory=list)
    tlp: Tlp = Tlp.AMBER
    chr: bool = False
    tags: list[str] = field(default_factory=list)

    @property
    def grade(self) -> str:
        return f"{self.reliability}{self.credibility}"

    def withheld_source(self) -> SignalDraft:
        """The same signal without its source and source URL (a Chatham House signal's, for
        readers who may not know it)."""
        return replace(self, source="", source_url="")


class Invalid(ValueError):
    """Raised by a single field parser; the message is shown to the user as is."""


def _is_blank(value: object) -> bool:
    if value.__class__ is str:  # the common case first: this runs for every cell
        return not value or value.isspace()
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _text(value: object) -> str:
    if value.__class__ is str:
        return value
    if _is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _plain(raw: str, controls: re.Pattern[str] = _CONTROL) -> str:
    """``raw`` without surrounding whitespace; Invalid if a control character is left inside."""
    text = raw.strip()
    if text.isprintable():  # the common case, and much faster than the search
        return text
    start = len(raw) - len(raw.lstrip())
    if m := controls.search(raw, start, start + len(text)):
        char = m.group()
        name = _CONTROL_NAMES.get(char, "control character")
        raise Invalid(
            f"contains a control character (U+{ord(char):04X}, {name}) at character "
            f"{m.start() + 1}; remove it"
        )
    return text


def _field(value: object) -> str:
    return _plain(_text(value))


# -- single fields (also used by the edit dialog for inline hints) -----------------------------
def parse_date(value: object, today: date | None = None, *, future_ok: bool = False) -> date:
    if isinstance(value, datetime):  # a real date cell from a spreadsheet (or pandas Timestamp)
        result = value.date()
    elif isinstance(value, date):
        result = value
    else:
        text = _field(value)
        if not text:
            raise Invalid("a date is required")
        if m := _ISO.match(text):
            y, mo, d = (int(g) for g in m.groups())
        elif m := _DMY.match(text):
            d, mo, y = (int(g) for g in m.groups())
        else:
            raise Invalid(f"“{text}” is not an unambiguous date: write YYYY-MM-DD (or DD-MM-YYYY)")
        try:
            result = date(y, mo, d)
        except ValueError:
            raise Invalid(f"“{text}” is not a real date") from None
    limit = (today or date.today()) + FUTURE_TOLERANCE
    if not future_ok and result > limit:
        raise Invalid(f"{result.isoformat()} is in the future")
    if result.year < 1990:
        raise Invalid(f"{result.isoformat()} is implausibly early")
    return result


def parse_category(value: object) -> Category:
    text = _field(value).casefold()
    if not text:
        raise Invalid("a category is required")
    if text not in CATEGORY_WORDS:
        allowed = ", ".join(c.value for c in Category)
        raise Invalid(f"unknown category “{_field(value)}”; use one of: {allowed}")
    return CATEGORY_WORDS[text]


def parse_reliability(value: object) -> str:
    text = _field(value).upper()
    if not text:
        raise Invalid("a reliability (A–F) is required")
    if len(text) != 1 or text not in RELIABILITY:
        raise Invalid(f"reliability must be a letter A–F, not “{_field(value)}”")
    return text


def parse_credibility(value: object) -> int:
    if isinstance(value, bool):
        raise Invalid("credibility must be a number 1–6")
    if isinstance(value, int | float) and not _is_blank(value):
        if float(value).is_integer() and 1 <= int(value) <= 6:
            return int(value)
        raise Invalid(f"credibility must be a whole number 1–6, not {value}")
    text = _field(value)
    if not text:
        raise Invalid("a credibility (1–6) is required")
    if not re.fullmatch(r"[1-6]", text):
        raise Invalid(f"credibility must be a whole number 1–6, not “{text}”")
    return int(text)


def parse_tlp(value: object) -> Tlp:
    text = _field(value).upper().replace(" ", "")
    if not text:
        return Tlp.AMBER
    text = text.removeprefix("TLP:")
    if text == "WHITE":  # TLP 1.0's name for CLEAR
        return Tlp.CLEAR
    try:
        return Tlp(text)
    except ValueError:
        raise Invalid(
            f"unknown TLP label “{_field(value)}”; use CLEAR, GREEN, AMBER, AMBER+STRICT or RED"
        ) from None


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = _field(value).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise Invalid(f"“{_field(value)}” is not true or false")


def parse_title(value: object) -> str:
    text = _text(value).strip()
    if "\n" in text or "\r" in text:  # a clearer reason than "control character"
        raise Invalid("the title must be one line")
    text = _field(value)
    if not text:
        raise Invalid("a title is required")
    if len(text) > TITLE_MAX:
        raise Invalid(f"the title has {len(text)} characters; at most {TITLE_MAX}")
    return text


def parse_summary(value: object) -> str:
    text = _plain(_text(value).replace("\r\n", "\n").replace("\r", "\n"), _CONTROL_IN_TEXT)
    if len(text) > SUMMARY_MAX:
        raise Invalid(f"the summary has {len(text)} characters; at most {SUMMARY_MAX}")
    return text


def parse_source(value: object) -> str:
    text = _field(value)
    if len(text) > SOURCE_MAX:
        raise Invalid(f"the source has {len(text)} characters; at most {SOURCE_MAX}")
    return text


def parse_url(value: object) -> str:
    text = _field(value)
    if not text:
        return ""
    parsed = urllib.parse.urlsplit(text)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or len(text) > URL_MAX:
        raise Invalid(f"“{text[:80]}” is not a web address (http:// or https://)")
    return text


def parse_source_kind(value: object) -> SourceKind:
    """Optional: blank is ``unspecified``; English or Dutch words, like categories."""
    text = " ".join(_text(value).split()).casefold()
    if not text:
        return SourceKind.UNSPECIFIED
    if text not in SOURCE_KIND_WORDS:
        allowed = ", ".join(k.value for k in SourceKind)
        raise Invalid(f"unknown kind of source “{_text(value).strip()}”; use one of: {allowed}")
    return SOURCE_KIND_WORDS[text]


def parse_hs_codes(value: object) -> list[HsCode]:
    try:
        return HsCode.parse_list(_field(value))
    except HsCodeError as exc:
        raise Invalid(str(exc)) from None


def parse_tags(value: object) -> list[str]:
    tags: list[str] = []
    seen: set[str] = set()
    for part in _field(value).split(LIST_SEPARATOR):
        tag = " ".join(part.split())
        if not tag:
            continue
        if len(tag) > TAG_MAX:
            raise Invalid(f"the tag “{tag[:30]}…” is longer than {TAG_MAX} characters")
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    if len(tags) > TAGS_MAX:
        raise Invalid(f"{len(tags)} tags; at most {TAGS_MAX}")
    return tags


# -- the fields of a signal, once -----------------------------------------------------------------
def _as_text(value: object) -> str:
    return "" if value is None else str(getattr(value, "value", value))


@dataclass(frozen=True)
class SignalField:
    """One field of a signal: its column in files, its ``SignalDraft`` attribute, how a cell
    is parsed and how the value is written back (export writes what import reads)."""

    column: str
    attribute: str
    required: bool
    parse: Callable[[object, SignalValidator], object]  # raises Invalid
    write: Callable[[Any], str] = _as_text
    label: str = ""  # English, for a form or a document

    @property
    def title(self) -> str:
        return self.label or self.column.replace("_", " ").capitalize()


def _alone(parser: Callable[[object], object]) -> Callable[[object, SignalValidator], object]:
    """A parser that needs nothing from the validator (only the date and country do)."""
    return lambda value, _validator: parser(value)


# The import/export columns, in file order (source_kind last, so the others keep their places).
FIELDS: tuple[SignalField, ...] = (
    SignalField(
        "observed_on", "observed_on", True, lambda v, c: parse_date(v, c.today), date.isoformat
    ),
    SignalField("country", "country_code", True, lambda v, c: c.parse_country(v)),
    SignalField("title", "title", True, _alone(parse_title)),
    SignalField("summary", "summary", False, _alone(parse_summary)),
    SignalField("category", "category", True, _alone(parse_category)),
    SignalField("source", "source", False, _alone(parse_source)),
    SignalField("source_url", "source_url", False, _alone(parse_url), label="Source URL"),
    SignalField("reliability", "reliability", True, _alone(parse_reliability)),
    SignalField("credibility", "credibility", True, _alone(parse_credibility)),
    SignalField(
        "hs_codes",
        "hs_codes",
        False,
        _alone(parse_hs_codes),
        lambda codes: f"{LIST_SEPARATOR} ".join(c.display for c in codes),
        label="HS codes",
    ),
    SignalField("tlp", "tlp", False, _alone(parse_tlp), label="TLP"),
    SignalField(
        "chr",
        "chr",
        False,
        _alone(parse_bool),
        lambda on: "true" if on else "false",
        "Chatham House",
    ),
    SignalField("tags", "tags", False, _alone(parse_tags), LIST_SEPARATOR.join),
    SignalField("source_kind", "source_kind", False, _alone(parse_source_kind)),
)
COLUMNS = tuple(f.column for f in FIELDS)
# Optional columns after them: where a signal came from, so a spreadsheet from a post keeps it
# (a row with a known UUID updates that signal instead of being a duplicate).
PROVENANCE = ("uuid", "post", "author")
ALL_COLUMNS = COLUMNS + PROVENANCE
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
REQUIRED = tuple(f.column for f in FIELDS if f.required)
FIELD_BY_COLUMN = {f.column: f for f in FIELDS}


def draft_record(draft: SignalDraft) -> dict[str, str]:
    """A draft as the cells of one row of the import format."""
    return {f.column: f.write(getattr(draft, f.attribute)) for f in FIELDS}


def parse_provenance(values: Mapping[str, object]) -> tuple[dict[str, str], list[FieldError]]:
    """The optional uuid, post and author cells of an import row."""
    found: dict[str, str] = {}
    errors: list[FieldError] = []
    for column in PROVENANCE:
        try:
            text = _field(values.get(column))
        except Invalid as exc:
            errors.append(FieldError(column, str(exc)))
            continue
        if column == "uuid" and text and not _UUID.match(text.lower()):
            errors.append(FieldError(column, f"“{text[:40]}” is not a UUID"))
        elif len(text) > 200:
            errors.append(FieldError(column, f"has {len(text)} characters; at most 200"))
        elif text:
            found[column] = text.lower() if column == "uuid" else text
    return found, errors


def content_hash(draft: SignalDraft) -> str:
    """A digest of everything a signal says (its import-format cells): two stores hold the
    same content exactly when their hashes are equal."""
    return record_hash(draft_record(draft))


def record_hash(record: Mapping[str, str]) -> str:
    """``content_hash`` of the draft whose ``draft_record`` this is."""
    text = json.dumps(record, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


class SignalValidator:
    """Validates whole signals against the reference data of one store."""

    today: date  # "today" for the future-date check, fixed once per validator

    def __init__(self, reference: ReferenceIndex, today: date | None = None) -> None:
        self.reference = reference
        # Resolved once: date.today() per row cost more than the rest of the date check.
        self.today = today or date.today()

    def parse_country(self, value: object) -> str:
        text = _field(value)
        if not text:
            raise Invalid("a country is required")
        code = self.reference.country_code(text)
        if code is None:
            raise Invalid(f"unknown country “{text}”: use an ISO code or an English or Dutch name")
        return code

    def check(self, column: str, value: object) -> str | None:
        """The error message for one field, or None: for inline validation in a form."""
        try:
            FIELD_BY_COLUMN[column].parse(value, self)
        except Invalid as exc:
            return str(exc)
        return None

    def validate(self, values: Mapping[str, object]) -> tuple[SignalDraft | None, list[FieldError]]:
        parsed: dict[str, Any] = {}
        errors: list[FieldError] = []
        for f in FIELDS:
            value = values.get(f.column)
            if f.required and _is_blank(value):
                errors.append(FieldError(f.column, f"{f.column} is required"))
                continue
            try:
                parsed[f.attribute] = f.parse(value, self)
            except Invalid as exc:
                errors.append(FieldError(f.column, str(exc)))
        if errors:
            return None, errors
        return SignalDraft(**parsed), []
