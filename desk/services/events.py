"""Knowledge-exchange events: expert panels, hackathons, academic collaboration.

Each kind has fields of its own (``event_input`` types and checks them). Expert panels rotate
their host among the co-hosting member states: marking a panel held records whose turn it is
next, and a new panel for the same country starts with that host.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.sql.expression import Select

from desk.errors import NotFound
from desk.models import Country, EventAction, EventSignal, ExchangeEvent
from desk.models.base import table_of
from desk.models.countries import EventKind, EventStatus
from desk.services import audit
from desk.services.countries import code_of
from desk.services.event_input import KIND_FIELDS as KIND_FIELDS
from desk.services.event_input import LISTS as LISTS
from desk.services.event_input import EventDraft as EventDraft
from desk.services.event_input import EventError as EventError
from desk.services.event_input import EventPatch as EventPatch
from desk.services.event_input import check_event, draft_columns, event_columns, split_list
from desk.services.event_input import patch_from as patch_from
from desk.services.event_input import validate_event as validate_event
from desk.services.patch import given
from desk.services.records import record_change, required
from desk.services.versions import STAMP, Changes, claim, stamp
from desk.services.work import Context, Work, reading, writing

ENTITY = "event"
TWO_CYCLES = timedelta(weeks=8)


class EventNotFound(EventError, NotFound):
    """No event (or follow-up) with that id."""

    exit_code = NotFound.exit_code  # a record that is not there, not malformed input


@dataclass(frozen=True)
class EventActionInfo:
    id: int
    text: str
    owners: list[str]
    due_on: date | None
    meeting_action_id: int | None


@dataclass(frozen=True)
class EventInfo:
    id: int
    kind: EventKind
    country_code: str
    country_name: str
    region: str
    title: str
    starts_on: date | None
    ends_on: date | None
    host_post: str
    status: EventStatus
    participant_count: int | None
    organisations: str
    themes: list[str]
    outcomes: str
    lessons: str
    co_hosts: list[str] = field(default_factory=list)
    host: str = ""
    next_host: str = ""
    chatham_house: bool = False
    cases: str = ""
    participant_mix: list[str] = field(default_factory=list)
    universities: list[str] = field(default_factory=list)
    programme: str = ""
    signal_ids: list[int] = field(default_factory=list)
    actions: list[EventActionInfo] = field(default_factory=list)
    version: int = 1  # what a save from this names as expected_version
    changed_by: str | None = None
    updated_at: datetime | None = None


def _id(row_id: int | None) -> int:
    if row_id is None:  # rows come from the store or were flushed into it
        raise RuntimeError("a row without an id")
    return row_id


# -- reading ---------------------------------------------------------------------------------------
def _infos(w: Work, rows: Sequence[tuple[ExchangeEvent, Country]]) -> list[EventInfo]:
    """Events with their linked signals and follow-ups, read for all of them at once."""
    ids = [_id(e.id) for e, _ in rows]
    signals: dict[int, list[int]] = defaultdict(list)
    actions: dict[int, list[EventActionInfo]] = defaultdict(list)
    for event_id, signal_id in w.session.exec(
        select(EventSignal.event_id, EventSignal.signal_id).where(
            col(EventSignal.event_id).in_(ids)
        )
    ):
        signals[event_id].append(signal_id)
    for a in w.session.exec(
        select(EventAction).where(col(EventAction.event_id).in_(ids)).order_by(col(EventAction.id))
    ):
        actions[a.event_id].append(
            EventActionInfo(_id(a.id), a.text, split_list(a.owners), a.due_on, a.meeting_action_id)
        )
    return [
        EventInfo(
            id=_id(e.id),
            kind=EventKind(e.kind),
            country_code=e.country_code,
            country_name=country.name_en,
            region=country.directorate_code,
            title=e.title,
            starts_on=e.starts_on,
            ends_on=e.ends_on,
            host_post=e.host_post,
            status=EventStatus(e.status),
            participant_count=e.participant_count,
            organisations=e.organisations,
            themes=split_list(e.themes),
            outcomes=e.outcomes,
            lessons=e.lessons,
            co_hosts=split_list(e.co_hosts),
            host=e.host,
            next_host=e.next_host,
            chatham_house=e.chatham_house,
            cases=e.cases,
            participant_mix=split_list(e.participant_mix),
            universities=split_list(e.universities),
            programme=e.programme,
            signal_ids=signals[_id(e.id)],
            actions=actions[_id(e.id)],
            version=e.version,
            changed_by=e.changed_by,
            updated_at=e.updated_at,
        )
        for e, country in rows
    ]


def _with_country() -> Select[ExchangeEvent, Country]:
    return select(ExchangeEvent, Country).join(
        Country, col(Country.code) == col(ExchangeEvent.country_code)
    )


def _event(w: Work, event_id: int) -> ExchangeEvent:
    return required(w.session.get(ExchangeEvent, event_id), _no_event(event_id))


def _no_event(event_id: int) -> EventNotFound:
    return EventNotFound(f"no event with id {event_id}")


def event_of(w: Work, event_id: int) -> EventInfo:
    found = w.session.exec(_with_country().where(col(ExchangeEvent.id) == event_id)).first()
    return _infos(w, [required(found, _no_event(event_id))])[0]


def get_event(ctx: Context, event_id: int) -> EventInfo:
    with reading(ctx) as w:
        return event_of(w, event_id)


def list_events(
    ctx: Context,
    *,
    country: str | None = None,
    region: str | None = None,
    kind: EventKind | None = None,
    starting_from: date | None = None,
    starting_before: date | None = None,
    statuses: set[EventStatus] | None = None,
) -> list[EventInfo]:
    starts = col(ExchangeEvent.starts_on)
    with reading(ctx) as w:
        query = _with_country()
        if country:
            query = query.where(col(ExchangeEvent.country_code) == code_of(w, country))
        if region:
            query = query.where(col(Country.directorate_code) == region.upper())
        if kind:
            query = query.where(col(ExchangeEvent.kind) == EventKind(kind).value)
        if starting_from:
            query = query.where(starts >= starting_from)
        if starting_before:
            query = query.where(starts < starting_before)
        if statuses:
            wanted = [EventStatus(x).value for x in statuses]
            query = query.where(col(ExchangeEvent.status).in_(wanted))
        query = query.order_by(starts.is_(None), starts, col(ExchangeEvent.id))
        return _infos(w, list(w.session.exec(query)))


def events_ahead(ctx: Context, region: str, on: date) -> list[EventInfo]:
    """The region's events in the next two four-weekly cycles from ``on`` (agenda item 4)."""
    return list_events(ctx, region=region, starting_from=on, starting_before=on + TWO_CYCLES)


def lessons_since(ctx: Context, region: str, since: date, until: date) -> list[EventInfo]:
    """Held or evaluated events of the region, dated in [since, until), that recorded lessons
    (best practices for agenda item 3)."""
    held = list_events(
        ctx,
        region=region,
        starting_from=since,
        starting_before=until,
        statuses={EventStatus.HELD, EventStatus.EVALUATED},
    )
    return [e for e in held if e.lessons.strip()]


def event_history(ctx: Context, event_id: int) -> list[audit.HistoryEntry]:
    with reading(ctx) as w:
        _event(w, event_id)
        return audit.history(w.session, ENTITY, event_id)


def event_counts_by_country(ctx: Context) -> dict[str, int]:
    code = col(ExchangeEvent.country_code)
    with reading(ctx) as w:
        return {c: n for c, n in w.session.execute(sa.select(code, sa.func.count()).group_by(code))}


# -- validation ------------------------------------------------------------------------------------
# -- create / change -------------------------------------------------------------------------------
def _next_host(w: Work, code: str, co_hosts: Sequence[str]) -> str:
    last = w.session.exec(
        select(ExchangeEvent)
        .where(
            col(ExchangeEvent.country_code) == code,
            col(ExchangeEvent.kind) == EventKind.EXPERT_PANEL.value,
            col(ExchangeEvent.next_host) != "",
        )
        .order_by(col(ExchangeEvent.starts_on).desc(), col(ExchangeEvent.id).desc())
    ).first()
    if last is not None:
        return last.next_host
    return (list(co_hosts) or [""])[0]


def next_panel_host(ctx: Context, country: str, co_hosts: Sequence[str] | None = None) -> str:
    """Whose turn it is to host the country's next expert panel: the next host recorded when the
    last panel was held, else the first co-host."""
    with reading(ctx) as w:
        code = w.reference.country_code(country) or country.upper()
        return _next_host(w, code, co_hosts or [])


def panel_rotations(ctx: Context) -> dict[str, str]:
    """For every country that held an expert panel: whose turn it is to host the next one."""
    rotations: dict[str, str] = {}
    with reading(ctx) as w:
        held = w.session.exec(
            select(ExchangeEvent)
            .where(
                col(ExchangeEvent.kind) == EventKind.EXPERT_PANEL.value,
                col(ExchangeEvent.next_host) != "",
            )
            .order_by(col(ExchangeEvent.starts_on), col(ExchangeEvent.id))
        )
        for e in held:
            rotations[e.country_code] = e.next_host  # later panels overwrite earlier ones
    return rotations


def _apply(e: ExchangeEvent, columns: Mapping[str, object]) -> None:
    for name, value in columns.items():
        setattr(e, name, value)


def create_event(ctx: Context, draft: EventDraft, *, actor: str | None = None) -> int:
    """Store a new event (checked as a whole); a new expert panel without a host gets the
    member state whose turn it is. Returns its id."""
    with writing(ctx, actor=actor) as w:
        event = ExchangeEvent(kind="", country_code="", title="", changed_by=w.actor)
        _apply(event, draft_columns(w, draft))
        if event.kind == EventKind.EXPERT_PANEL.value and not event.host and event.co_hosts:
            event.host = _next_host(w, event.country_code, split_list(event.co_hosts))
        check_event(event)
        w.session.add(event)
        w.session.flush()
        record_change(w, ENTITY, _id(event.id), "create", actor=actor)
        return _id(event.id)


def update_event(
    ctx: Context,
    event_id: int,
    patch: EventPatch,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> list[str]:
    """Change an event's fields (checked as a whole afterwards); returns those that changed.

    ``expected_version`` is the ``EventInfo.version`` the patch was made from: if the event
    has another version now, ``ChangedElsewhere`` and nothing is saved. None (the command
    line): no check (``services.versions``)."""
    with writing(ctx, actor=actor) as w:
        e = _event(w, event_id)
        values = event_columns(w, given(patch))

        def changes_of(row: ExchangeEvent) -> Changes:
            return {k: (getattr(row, k), v) for k, v in values.items() if getattr(row, k) != v}

        changes = claim(w, e, expected_version, changes_of, f"event {event_id} “{e.title}”")
        _apply(e, values)
        check_event(e)
        if changes:
            w.session.add(e)
            record_change(w, ENTITY, event_id, "update", changes, actor)
        return list(changes)


def set_event_status(
    ctx: Context, event_id: int, status: EventStatus, *, actor: str | None = None
) -> EventInfo:
    """Move an event along idea → planned → held → evaluated. An expert panel marked held
    passes the host to the next co-host in the rotation."""
    status = EventStatus(status)
    with writing(ctx, actor=actor) as w:
        e = _event(w, event_id)
        S = table_of(ExchangeEvent)
        stamp(w, S, S.c.id == event_id, None)  # a new version: an open edit stops, not overwrites
        w.session.expire(e, list(STAMP))
        before = e.status
        e.status = status.value
        changes: dict[str, tuple[object, object]] = {"status": (before, status.value)}
        if status == EventStatus.HELD and e.kind == EventKind.EXPERT_PANEL.value and e.host:
            hosts = split_list(e.co_hosts)
            following = hosts[(hosts.index(e.host) + 1) % len(hosts)]
            changes["next_host"] = (e.next_host, following)
            e.next_host = following
        check_event(e)
        w.session.add(e)
        record_change(w, ENTITY, event_id, "status", changes, actor)
        w.session.flush()
        return event_of(w, event_id)


# -- links and follow-up ---------------------------------------------------------------------------
def link_signal(ctx: Context, event_id: int, signal_id: int) -> None:
    with writing(ctx) as w:
        _event(w, event_id)
        if w.session.get(EventSignal, (event_id, signal_id)) is None:
            w.session.add(EventSignal(event_id=event_id, signal_id=signal_id))


def unlink_signal(ctx: Context, event_id: int, signal_id: int) -> None:
    with writing(ctx) as w:
        link = w.session.get(EventSignal, (event_id, signal_id))
        if link is not None:
            w.session.delete(link)


def add_event_action(
    ctx: Context, event_id: int, text: str, owners: Sequence[str], due_on: date | None = None
) -> int:
    if not text.strip():
        raise EventError("a follow-up action needs a text")
    with writing(ctx) as w:
        _event(w, event_id)
        a = EventAction(
            event_id=event_id,
            text=text.strip(),
            owners=";".join(o.strip() for o in owners if o.strip()),
            due_on=due_on,
        )
        w.session.add(a)
        w.session.flush()
        return _id(a.id)


def _pending_follow_up(w: Work, follow_up_id: int) -> EventAction:
    missing = EventNotFound(f"no follow-up action with id {follow_up_id}")
    a = required(w.session.get(EventAction, follow_up_id), missing)
    if a.meeting_action_id is not None:
        raise EventError("this follow-up is already a meeting action")
    return a


def take_into_meeting(
    ctx: Context, follow_up_ids: Sequence[int], meeting_id: int, *, actor: str | None = None
) -> list[int]:
    """Make events' follow-ups actions of a meeting (so they carry forward there), in one
    transaction; returns the meeting actions' ids, in the order of ``follow_up_ids``. One
    already taken, or a meeting that cannot be changed, and none is."""
    from desk.services.meetings.actions import add_action
    from desk.services.meetings.drafts import ActionDraft

    taken: dict[int, int] = {}
    with writing(ctx, actor=actor) as w:
        for follow_up_id in dict.fromkeys(follow_up_ids):
            follow_up = _pending_follow_up(w, follow_up_id)
            owners = tuple(split_list(follow_up.owners) or [w.actor])
            draft = ActionDraft(follow_up.text, owners, follow_up.due_on)
            action_id = add_action(w, meeting_id, draft)
            follow_up.meeting_action_id = action_id
            w.session.add(follow_up)
            taken[follow_up_id] = action_id
    return [taken[i] for i in dict.fromkeys(follow_up_ids)]
