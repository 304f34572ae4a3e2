"""Knowledge-exchange events: expert panels, hackathons, academic collaboration.

Each kind has fields of its own (validated here). Expert panels rotate their host among the
co-hosting member states: marking a panel held records whose turn it is next, and a new panel
for the same country starts with that host.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from desk.errors import InvalidInput
from desk.models import Country, EventAction, EventSignal, ExchangeEvent
from desk.models.base import utcnow
from desk.models.countries import PARTICIPANT_MIX, EventKind, EventStatus
from desk.services import audit
from desk.services.reference import load_reference
from desk.services.settings import current_actor
from desk.services.work import Context, reading
from desk.store import Store

ENTITY = "event"
LISTS = ("themes", "co_hosts", "participant_mix", "universities")
KIND_FIELDS = {
    EventKind.EXPERT_PANEL: ("co_hosts", "host", "next_host", "chatham_house"),
    EventKind.HACKATHON: ("cases", "participant_mix"),
    EventKind.ACADEMIC: ("universities", "programme"),
    EventKind.OTHER: (),
}
COMMON = (
    "kind",
    "country_code",
    "title",
    "starts_on",
    "ends_on",
    "host_post",
    "status",
    "participant_count",
    "organisations",
    "themes",
    "outcomes",
    "lessons",
)
TWO_CYCLES = timedelta(weeks=8)


class EventError(InvalidInput):
    pass


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


def _split(text: str) -> list[str]:
    return [x for x in (p.strip() for p in text.split(";")) if x]


def _info(s: Session, e: ExchangeEvent, country: Country, *, details: bool = True) -> EventInfo:
    signal_ids: list[int] = []
    actions: list[EventActionInfo] = []
    if details:
        signal_ids = list(s.exec(select(EventSignal.signal_id).where(EventSignal.event_id == e.id)))
        actions = [
            EventActionInfo(a.id, a.text, _split(a.owners), a.due_on, a.meeting_action_id)
            for a in s.exec(
                select(EventAction).where(EventAction.event_id == e.id).order_by(EventAction.id)
            )
        ]
    return EventInfo(
        id=e.id,
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
        themes=_split(e.themes),
        outcomes=e.outcomes,
        lessons=e.lessons,
        co_hosts=_split(e.co_hosts),
        host=e.host,
        next_host=e.next_host,
        chatham_house=e.chatham_house,
        cases=e.cases,
        participant_mix=_split(e.participant_mix),
        universities=_split(e.universities),
        programme=e.programme,
        signal_ids=signal_ids,
        actions=actions,
    )


# -- validation ------------------------------------------------------------------------------------
def _normalise(values: dict[str, object], store: Store) -> dict[str, object]:
    """Caller values → column values (lists joined, codes resolved)."""
    out: dict[str, object] = {}
    ref = None
    for k, v in values.items():
        if k in LISTS and isinstance(v, list | tuple):
            v = ";".join(str(x).strip() for x in v if str(x).strip())
        if k in ("co_hosts", "host", "next_host") and v:
            ref = ref or load_reference(store)
            codes = []
            for part in _split(str(v)):
                code = ref.country_code(part)
                if code is None:
                    raise EventError(f"unknown member state “{part}”")
                codes.append(code)
            v = ";".join(codes)
        if k == "country_code" and v:
            ref = ref or load_reference(store)
            code = ref.country_code(str(v))
            if code is None:
                raise EventError(f"unknown country “{v}”")
            v = code
        if k == "kind":
            v = EventKind(v).value
        if k == "status":
            v = EventStatus(v).value
        if isinstance(v, str) and k not in (
            "cases",
            "programme",
            "outcomes",
            "lessons",
            "organisations",
        ):
            v = v.strip()
        out[k] = v
    return out


def validate_event(e: ExchangeEvent) -> list[str]:
    """What is wrong with an event, as sentences (empty when it is fine)."""
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
    if kind == EventKind.EXPERT_PANEL:
        hosts = _split(e.co_hosts)
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
        mix = _split(e.participant_mix)
        if not mix:
            problems.append(
                "say who takes part in the hackathon (students, policymakers, private sector)"
            )
        unknown = set(mix) - set(PARTICIPANT_MIX)
        if unknown:
            problems.append(f"unknown participant group(s): {', '.join(sorted(unknown))}")
    elif kind == EventKind.ACADEMIC and not _split(e.universities):
        problems.append("an academic collaboration needs at least one partner university")
    return problems


def _check(e: ExchangeEvent) -> None:
    problems = validate_event(e)
    if problems:
        raise EventError("; ".join(problems))


# -- create / change -------------------------------------------------------------------------------
def next_panel_host(store: Store, country: str, co_hosts: list[str] | None = None) -> str:
    """Whose turn it is to host the country's next expert panel: the next host recorded when the
    last panel was held, else the first co-host."""
    code = load_reference(store).country_code(country) or country.upper()
    with store.session() as s:
        last = s.exec(
            select(ExchangeEvent)
            .where(
                ExchangeEvent.country_code == code,
                ExchangeEvent.kind == EventKind.EXPERT_PANEL.value,
                ExchangeEvent.next_host != "",
            )
            .order_by(ExchangeEvent.starts_on.desc(), ExchangeEvent.id.desc())
        ).first()
    if last is not None:
        return last.next_host
    return (co_hosts or [""])[0]


def panel_rotations(store: Store) -> dict[str, str]:
    """For every country that held an expert panel: whose turn it is to host the next one."""
    rotations: dict[str, str] = {}
    with store.session() as s:
        held = s.exec(
            select(ExchangeEvent)
            .where(
                ExchangeEvent.kind == EventKind.EXPERT_PANEL.value, ExchangeEvent.next_host != ""
            )
            .order_by(ExchangeEvent.starts_on, ExchangeEvent.id)
        )
        for e in held:
            rotations[e.country_code] = e.next_host  # later panels overwrite earlier ones
    return rotations


def create_event(store: Store, *, actor: str | None = None, **values: object) -> int:
    unknown = set(values) - set(COMMON) - {f for fs in KIND_FIELDS.values() for f in fs}
    if unknown:
        raise EventError(f"not an event field: {', '.join(sorted(unknown))}")
    if "kind" not in values or "country_code" not in values:
        raise EventError("an event needs a kind and a country")
    event = ExchangeEvent(**_normalise(values, store))
    if event.kind == EventKind.EXPERT_PANEL.value and "chatham_house" not in values:
        event.chatham_house = True  # expert panels are confidential unless said otherwise
    if event.kind == EventKind.EXPERT_PANEL.value and not event.host and event.co_hosts:
        event.host = next_panel_host(store, event.country_code, _split(event.co_hosts))
    _check(event)
    with store.transaction() as s:
        s.add(event)
        s.flush()
        audit.record(
            s,
            actor=actor or current_actor(store),
            entity=ENTITY,
            entity_id=event.id,
            action="create",
        )
        return event.id


def _event(s: Session, event_id: int) -> ExchangeEvent:
    e = s.get(ExchangeEvent, event_id)
    if e is None:
        raise EventError(f"no event with id {event_id}")
    return e


def update_event(
    store: Store, event_id: int, *, actor: str | None = None, **values: object
) -> list[str]:
    allowed = set(COMMON) - {"kind", "status"} | {f for fs in KIND_FIELDS.values() for f in fs}
    unknown = set(values) - allowed
    if unknown:
        raise EventError(f"cannot change {', '.join(sorted(unknown))} this way")
    values = _normalise(values, store)
    with store.transaction() as s:
        e = _event(s, event_id)
        changes = {k: (getattr(e, k), v) for k, v in values.items() if getattr(e, k) != v}
        for k, v in values.items():
            setattr(e, k, v)
        _check(e)
        if changes:
            e.updated_at = utcnow()
            s.add(e)
            audit.record(
                s,
                actor=actor or current_actor(store),
                entity=ENTITY,
                entity_id=event_id,
                action="update",
                changes=changes,
            )
        return list(changes)


def set_event_status(
    store: Store, event_id: int, status: EventStatus, *, actor: str | None = None
) -> EventInfo:
    """Move an event along idea → planned → held → evaluated. An expert panel marked held
    passes the host to the next co-host in the rotation."""
    status = EventStatus(status)
    with store.transaction() as s:
        e = _event(s, event_id)
        before = e.status
        e.status = status.value
        changes: dict[str, tuple[object, object]] = {"status": (before, status.value)}
        if status == EventStatus.HELD and e.kind == EventKind.EXPERT_PANEL.value and e.host:
            hosts = _split(e.co_hosts)
            following = hosts[(hosts.index(e.host) + 1) % len(hosts)]
            changes["next_host"] = (e.next_host, following)
            e.next_host = following
        _check(e)
        e.updated_at = utcnow()
        s.add(e)
        audit.record(
            s,
            actor=actor or current_actor(store),
            entity=ENTITY,
            entity_id=event_id,
            action="status",
            changes=changes,
        )
        return _info(s, e, s.get(Country, e.country_code))


# -- reading ---------------------------------------------------------------------------------------
def get_event(store: Store, event_id: int) -> EventInfo:
    with store.session() as s:
        e = _event(s, event_id)
        return _info(s, e, s.get(Country, e.country_code))


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
    with reading(ctx) as w:
        s = w.session
        query = select(ExchangeEvent, Country).join(
            Country, Country.code == ExchangeEvent.country_code
        )
        if country:
            code = w.reference.country_code(country)
            if code is None:
                raise EventError(f"unknown country: {country}")
            query = query.where(ExchangeEvent.country_code == code)
        if region:
            query = query.where(Country.directorate_code == region.upper())
        if kind:
            query = query.where(ExchangeEvent.kind == EventKind(kind).value)
        if starting_from:
            query = query.where(ExchangeEvent.starts_on >= starting_from)
        if starting_before:
            query = query.where(ExchangeEvent.starts_on < starting_before)
        if statuses:
            query = query.where(ExchangeEvent.status.in_([EventStatus(x).value for x in statuses]))
        query = query.order_by(
            ExchangeEvent.starts_on.is_(None), ExchangeEvent.starts_on, ExchangeEvent.id
        )
        return [_info(s, e, c) for e, c in s.exec(query)]


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


def event_history(store: Store, event_id: int) -> list[audit.HistoryEntry]:
    with store.session() as s:
        _event(s, event_id)
        return audit.history(s, ENTITY, event_id)


# -- links and follow-up ---------------------------------------------------------------------------
def link_signal(store: Store, event_id: int, signal_id: int) -> None:
    with store.transaction() as s:
        _event(s, event_id)
        if s.get(EventSignal, (event_id, signal_id)) is None:
            s.add(EventSignal(event_id=event_id, signal_id=signal_id))


def unlink_signal(store: Store, event_id: int, signal_id: int) -> None:
    with store.transaction() as s:
        link = s.get(EventSignal, (event_id, signal_id))
        if link is not None:
            s.delete(link)


def add_event_action(
    store: Store, event_id: int, text: str, owners: list[str], due_on: date | None = None
) -> int:
    if not text.strip():
        raise EventError("a follow-up action needs a text")
    with store.transaction() as s:
        _event(s, event_id)
        a = EventAction(
            event_id=event_id,
            text=text.strip(),
            owners=";".join(o.strip() for o in owners if o.strip()),
            due_on=due_on,
        )
        s.add(a)
        s.flush()
        return a.id


def take_into_meeting(
    store: Store, event_action_id: int, meeting_id: int, *, actor: str | None = None
) -> int:
    """Make an event's follow-up one of a meeting's actions (so it carries forward there)."""
    from desk.services.meetings import add_action

    with store.session() as s:
        a = s.get(EventAction, event_action_id)
        if a is None:
            raise EventError(f"no follow-up action with id {event_action_id}")
        if a.meeting_action_id is not None:
            raise EventError("this follow-up is already a meeting action")
        text, owners, due = a.text, _split(a.owners) or [actor or current_actor(store)], a.due_on
    action_id = add_action(store, meeting_id, text, owners, due, actor=actor)
    with store.transaction() as s:
        a = s.get(EventAction, event_action_id)
        a.meeting_action_id = action_id
        s.add(a)
    return action_id


def event_counts_by_country(store: Store) -> dict[str, int]:
    with store.session() as s:
        return dict(
            s.execute(
                sa.select(ExchangeEvent.country_code, sa.func.count()).group_by(
                    ExchangeEvent.country_code
                )
            ).all()
        )
