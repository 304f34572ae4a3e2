"""What a new or changed knowledge-exchange event may hold: the typed inputs (``EventDraft``,
``EventPatch``) and the one place they are turned into column values and checked.

Each kind has fields of its own: an expert panel rotates its host among co-hosting member
states, a hackathon has cases and a participant mix, an academic collaboration has partner
universities.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any

from desk.errors import InvalidInput
from desk.models import ExchangeEvent
from desk.models.countries import PARTICIPANT_MIX, EventKind, EventStatus
from desk.services.patch import UNCHANGED, Unchanged
from desk.services.work import Work

LISTS = ("themes", "co_hosts", "participant_mix", "universities")
FREE_TEXT = ("cases", "programme", "outcomes", "lessons", "organisations")  # kept as typed
COMMON = (
    "country_code",
    "title",
    "starts_on",
    "ends_on",
    "host_post",
    "participant_count",
    "organisations",
    "themes",
    "outcomes",
    "lessons",
)  # what every kind of event has (besides its kind and status)
KIND_FIELDS = {
    EventKind.EXPERT_PANEL: ("co_hosts", "host", "next_host", "chatham_house"),
    EventKind.HACKATHON: ("cases", "participant_mix"),
    EventKind.ACADEMIC: ("universities", "programme"),
    EventKind.OTHER: (),
}


class EventError(InvalidInput):
    pass


@dataclass(frozen=True)
class EventDraft:
    """A new event. The country and the co-hosts may be given by code or name; lists may also
    be given as one ";"-separated text."""

    kind: EventKind
    country_code: str
    title: str
    starts_on: date | None = None
    ends_on: date | None = None
    host_post: str = ""
    status: EventStatus = EventStatus.IDEA
    participant_count: int | None = None
    organisations: str = ""
    themes: Sequence[str] = ()
    outcomes: str = ""
    lessons: str = ""
    # expert panel
    co_hosts: Sequence[str] = ()  # member states in rotation order
    host: str = ""  # empty: whoever's turn it is
    chatham_house: bool | None = None  # None: yes for an expert panel, no for the others
    # hackathon
    cases: str = ""
    participant_mix: Sequence[str] = ()
    # academic collaboration
    universities: Sequence[str] = ()
    programme: str = ""


@dataclass(frozen=True)
class EventPatch:
    """A change to an event: a field left ``UNCHANGED`` keeps its value. The kind does not
    change (it decides which fields exist), nor the status (``set_event_status`` moves it)."""

    country_code: str | Unchanged = UNCHANGED
    title: str | Unchanged = UNCHANGED
    starts_on: date | Unchanged | None = UNCHANGED
    ends_on: date | Unchanged | None = UNCHANGED
    host_post: str | Unchanged = UNCHANGED
    participant_count: int | Unchanged | None = UNCHANGED
    organisations: str | Unchanged = UNCHANGED
    themes: Sequence[str] | Unchanged = UNCHANGED
    outcomes: str | Unchanged = UNCHANGED
    lessons: str | Unchanged = UNCHANGED
    co_hosts: Sequence[str] | Unchanged = UNCHANGED
    host: str | Unchanged = UNCHANGED
    chatham_house: bool | Unchanged = UNCHANGED
    cases: str | Unchanged = UNCHANGED
    participant_mix: Sequence[str] | Unchanged = UNCHANGED
    universities: Sequence[str] | Unchanged = UNCHANGED
    programme: str | Unchanged = UNCHANGED


def split_list(text: str) -> list[str]:
    return [x for x in (p.strip() for p in text.split(";")) if x]


def _member_states(w: Work, text: str) -> str:
    codes = []
    for part in split_list(text):
        code = w.reference.country_code(part)
        if code is None:
            raise EventError(f"unknown member state “{part}”")
        codes.append(code)
    return ";".join(codes)


def _column(w: Work, name: str, value: Any) -> object:
    if name in LISTS and not isinstance(value, str):
        value = ";".join(str(x).strip() for x in value if str(x).strip())
    if name in ("co_hosts", "host") and value:
        return _member_states(w, str(value))
    if name == "country_code":
        if not str(value).strip():
            raise EventError("an event needs a kind and a country")
        code = w.reference.country_code(str(value))
        if code is None:
            raise EventError(f"unknown country “{value}”")
        return code
    if name == "kind":
        return EventKind(value).value
    if name == "status":
        return EventStatus(value).value
    if isinstance(value, str) and name not in FREE_TEXT:
        return value.strip()
    return value


def event_columns(w: Work, values: Mapping[str, object]) -> dict[str, object]:
    """A draft's or patch's values as column values: lists joined with ";", the country and
    member states as ISO codes, one-line texts trimmed."""
    try:
        return {name: _column(w, name, value) for name, value in values.items()}
    except EventError:
        raise
    except ValueError as exc:  # an unknown kind or status
        raise EventError(str(exc)) from None


def patch_from(draft: EventDraft) -> EventPatch:
    """What an edit described as a whole changes: the common fields and those of the event's
    kind (not the kind, nor the status)."""
    own = KIND_FIELDS[EventKind(draft.kind)]
    return replace(
        EventPatch(),
        **{
            f.name: getattr(draft, f.name)
            for f in fields(EventPatch)
            if f.name in COMMON or f.name in own
        },
    )


def draft_columns(w: Work, draft: EventDraft) -> dict[str, object]:
    """The column values of a new event."""
    values = {f.name: getattr(draft, f.name) for f in fields(draft)}
    if draft.chatham_house is None:  # expert panels are confidential unless said otherwise
        values["chatham_house"] = draft.kind == EventKind.EXPERT_PANEL
    return event_columns(w, values)


def validate_event(e: ExchangeEvent) -> list[str]:
    """What is wrong with an event, as sentences (empty when it is fine): the one place an
    event, new or changed, is checked."""
    problems: list[str] = []
    kind = EventKind(e.kind)
    if not e.title.strip():
        problems.append("an event needs a title")
    if e.starts_on and e.ends_on and e.ends_on < e.starts_on:
        problems.append("the event ends before it starts")
    if e.status != EventStatus.IDEA.value and e.starts_on is None:
        problems.append(f"a {e.status} event needs a date")
    if (
        e.status in (EventStatus.HELD.value, EventStatus.EVALUATED.value)
        and e.starts_on
        and e.starts_on > date.today() + timedelta(days=1)
    ):
        problems.append("an event in the future cannot have been held")
    if e.participant_count is not None and e.participant_count < 0:
        problems.append("the number of participants cannot be negative")
    for other, names in KIND_FIELDS.items():
        if other == kind:
            continue
        for name in names:
            value = getattr(e, name)
            if value and name != "chatham_house":
                problems.append(
                    f"“{name.replace('_', ' ')}” belongs to a {other.value}, not a {kind.value}"
                )
    return problems + _kind_problems(e, kind)


def _kind_problems(e: ExchangeEvent, kind: EventKind) -> list[str]:
    problems: list[str] = []
    if kind == EventKind.EXPERT_PANEL:
        hosts = split_list(e.co_hosts)
        if len(hosts) < 2:
            problems.append("an expert panel rotates among at least two co-hosting member states")
        if len(set(hosts)) != len(hosts):
            problems.append("a member state is listed twice among the co-hosts")
        if e.host and e.host not in hosts:
            problems.append("the host must be one of the co-hosts")
        if not e.host and e.status != EventStatus.IDEA.value:
            problems.append("say which member state hosts this panel")
    elif kind == EventKind.HACKATHON:
        if not e.cases.strip() and e.status != EventStatus.IDEA.value:
            problems.append("a hackathon needs the cases participants work on")
        mix = split_list(e.participant_mix)
        if not mix:
            problems.append(
                "say who takes part in the hackathon (students, policymakers, private sector)"
            )
        unknown = set(mix) - set(PARTICIPANT_MIX)
        if unknown:
            problems.append(f"unknown participant group(s): {', '.join(sorted(unknown))}")
    elif kind == EventKind.ACADEMIC and not split_list(e.universities):
        problems.append("an academic collaboration needs at least one partner university")
    return problems


def check_event(e: ExchangeEvent) -> None:
    problems = validate_event(e)
    if problems:
        raise EventError("; ".join(problems))
