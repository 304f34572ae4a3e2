"""The agenda: four standing items and free items, and item 1's list of signals."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from desk.models import ActionItem, AgendaItem, AgendaSignal, Country, Decision, Meeting, Signal
from desk.models.meetings import ActionStatus, AgendaKind
from desk.services.meetings.common import (
    MeetingError,
    editable,
    get_meeting_row,
    next_meeting_row,
    window_bounds,
)
from desk.services.search import SignalFilter, SignalRow, rows_for_ids, where_clauses
from desk.store import Store

# Standing item titles in each language the documents use; free items carry their own title.
STANDING_TITLES = {
    "en": {
        AgendaKind.TRENDS: "New trends in sanctions circumvention",
        AgendaKind.RELATIONS: "Bilateral and EU relationship with the third countries",
        AgendaKind.OPERATIONS: "Operational bottlenecks and best practices",
        AgendaKind.EXCHANGE: "Planning of knowledge-exchange sessions",
    },
    "nl": {
        AgendaKind.TRENDS: "Nieuwe trends in sanctieontwijking",
        AgendaKind.RELATIONS: "Bilaterale en EU-relatie met de derde landen",
        AgendaKind.OPERATIONS: "Operationele knelpunten en best practices",
        AgendaKind.EXCHANGE: "Planning van kennisuitwisseling",
    },
}


def item_title(kind: str, title: str, lang: str = "en") -> str:
    if kind == AgendaKind.FREE.value:
        return title
    return STANDING_TITLES[lang][AgendaKind(kind)]


@dataclass(frozen=True)
class AgendaEntry:
    id: int
    number: int  # as printed: 1, 2, 3…
    kind: AgendaKind
    title: str
    duration_minutes: int
    presenter: str
    minutes: str
    carried_from_id: int | None
    shareable: bool = False  # a free item's title may go into documents for external readers

    @property
    def standing(self) -> bool:
        return self.kind != AgendaKind.FREE


@dataclass(frozen=True)
class Agenda:
    meeting_id: int
    items: list[AgendaEntry]
    available_minutes: int

    @property
    def total_minutes(self) -> int:
        return sum(i.duration_minutes for i in self.items)

    @property
    def overrun_minutes(self) -> int:
        return max(0, self.total_minutes - self.available_minutes)


def _entries(s: Session, meeting_id: int, lang: str) -> list[AgendaEntry]:
    rows = s.exec(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.position, AgendaItem.id)
    )
    return [
        AgendaEntry(
            r.id,
            n,
            AgendaKind(r.kind),
            item_title(r.kind, r.title, lang),
            r.duration_minutes,
            r.presenter,
            r.minutes,
            r.carried_from_id,
            r.shareable,
        )
        for n, r in enumerate(rows, start=1)
    ]


def get_agenda(store: Store, meeting_id: int, lang: str = "en") -> Agenda:
    with store.session() as s:
        meeting = get_meeting_row(s, meeting_id)
        return Agenda(meeting_id, _entries(s, meeting_id, lang), meeting.duration_minutes)


def _item(s: Session, item_id: int) -> AgendaItem:
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise MeetingError(f"no agenda item with id {item_id}")
    return item


def add_item(
    store: Store,
    meeting_id: int,
    title: str,
    duration_minutes: int = 15,
    presenter: str = "",
    *,
    shareable: bool = False,
) -> int:
    title = title.strip()
    if not title:
        raise MeetingError("an agenda item needs a title")
    with store.transaction() as s:
        editable(s, meeting_id)
        last = s.execute(
            sa.select(sa.func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id)
        ).scalar()
        item = AgendaItem(
            meeting_id=meeting_id,
            position=(last or 0) + 1,
            kind=AgendaKind.FREE.value,
            title=title,
            duration_minutes=duration_minutes,
            presenter=presenter,
            shareable=shareable,
        )
        s.add(item)
        s.flush()
        return item.id


def update_item(store: Store, item_id: int, **fields: object) -> None:
    """Change title (free items only), duration, presenter, minutes or whether the title may be
    shared with external readers."""
    allowed = {"title", "duration_minutes", "presenter", "minutes", "shareable"}
    if set(fields) - allowed:
        raise MeetingError(
            f"cannot change {', '.join(sorted(set(fields) - allowed))} of an agenda item"
        )
    with store.transaction() as s:
        item = _item(s, item_id)
        editable(s, item.meeting_id)
        if "title" in fields and item.kind != AgendaKind.FREE.value:
            raise MeetingError("the standing items keep their titles")
        if "duration_minutes" in fields and int(fields["duration_minutes"]) < 0:  # type: ignore[arg-type]
            raise MeetingError("a duration cannot be negative")
        for k, v in fields.items():
            setattr(item, k, v)
        s.add(item)


def remove_item(store: Store, item_id: int) -> None:
    with store.transaction() as s:
        item = _item(s, item_id)
        editable(s, item.meeting_id)
        if item.kind != AgendaKind.FREE.value:
            raise MeetingError("the four standing items cannot be removed")
        s.delete(item)


def reorder(store: Store, meeting_id: int, item_ids: list[int]) -> None:
    """Put the meeting's items in this order (all of them, each once)."""
    with store.transaction() as s:
        editable(s, meeting_id)
        items = {
            i.id: i for i in s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
        }
        if sorted(item_ids) != sorted(items):
            raise MeetingError("the new order must list every item of the agenda exactly once")
        for position, item_id in enumerate(item_ids):
            items[item_id].position = position
            s.add(items[item_id])


def _copy_to(s: Session, item: AgendaItem, target: Meeting) -> AgendaItem:
    last = s.execute(
        sa.select(sa.func.max(AgendaItem.position)).where(AgendaItem.meeting_id == target.id)
    ).scalar()
    copy = AgendaItem(
        meeting_id=target.id,
        position=(last or 0) + 1,
        kind=AgendaKind.FREE.value,
        title=item.title,
        duration_minutes=item.duration_minutes,
        presenter=item.presenter,
        shareable=item.shareable,
        carried_from_id=item.id,
    )
    s.add(copy)
    s.flush()
    return copy


def _next_for(s: Session, item: AgendaItem) -> Meeting:
    meeting = get_meeting_row(s, item.meeting_id)
    following = next_meeting_row(s, meeting)
    if following is None:
        raise MeetingError("there is no next meeting in this series: plan it first")
    editable(s, following.id)
    return following


def move_to_next(store: Store, item_id: int) -> int:
    """Move a free item to the next meeting of the series (it was not reached)."""
    with store.transaction() as s:
        item = _item(s, item_id)
        editable(s, item.meeting_id)
        if item.kind != AgendaKind.FREE.value:
            raise MeetingError("standing items are on every agenda already")
        has_outcome = any(
            s.execute(sa.select(model.id).where(model.agenda_item_id == item.id).limit(1)).first()
            for model in (ActionItem, Decision)
        )
        if has_outcome:
            raise MeetingError(
                "this item has decisions or actions: duplicate it in the next meeting instead"
            )
        target = _next_for(s, item)
        copy = _copy_to(s, item, target)
        copy.minutes = item.minutes
        copy.carried_from_id = item.carried_from_id
        s.add(copy)
        s.delete(item)
        return copy.id


def duplicate_in_next(store: Store, item_id: int) -> int:
    """Put a copy of a free item on the next meeting's agenda (it continues there)."""
    with store.transaction() as s:
        item = _item(s, item_id)
        if item.kind != AgendaKind.FREE.value:
            raise MeetingError("standing items are on every agenda already")
        return _copy_to(s, item, _next_for(s, item)).id


def carry_forward_items(s: Session, source: Meeting, target: Meeting) -> int:
    """4minitz's rule: a free item with an open action stays on the agenda until it is done.
    Copies such items of ``source`` to ``target`` once; returns how many were copied."""
    open_items = set(
        s.exec(
            select(ActionItem.agenda_item_id).where(
                ActionItem.meeting_id == source.id,
                ActionItem.status == ActionStatus.OPEN.value,
                ActionItem.agenda_item_id.is_not(None),
            )
        )
    )
    # an item may itself be a carried copy whose actions were agreed in an earlier meeting
    for item in s.exec(
        select(AgendaItem).where(
            AgendaItem.meeting_id == source.id, AgendaItem.kind == AgendaKind.FREE.value
        )
    ):
        if item.carried_from_id is not None:
            origin_open = s.exec(
                select(ActionItem.id).where(
                    ActionItem.agenda_item_id == item.carried_from_id,
                    ActionItem.status == ActionStatus.OPEN.value,
                )
            ).first()
            if origin_open is not None:
                open_items.add(item.id)
    carried = select(AgendaItem.carried_from_id).where(AgendaItem.meeting_id == target.id)
    already = {x for x in s.exec(carried) if x is not None}
    copied = 0
    for item in s.exec(select(AgendaItem).where(AgendaItem.id.in_(open_items or {-1}))):
        if (
            item.kind != AgendaKind.FREE.value
            or item.id in already
            or item.carried_from_id in already
        ):
            continue
        _copy_to(s, item, target)
        copied += 1
    return copied


# -- item 1: the signals of the window ------------------------------------------------------------
def window_filter(s: Session, meeting: Meeting) -> SignalFilter:
    """The region's signals logged or updated since the previous meeting (archived excluded)."""
    since, until = window_bounds(s, meeting)
    return SignalFilter(
        regions=frozenset({meeting.region}), changed_since=since, changed_before=until
    )


def _grade_order(row: SignalRow) -> tuple:
    return (row.reliability, row.credibility, -row.observed_on.toordinal(), row.id)


def agenda_signal_rows(s: Session, meeting: Meeting) -> list[SignalRow]:
    overrides = {
        a.signal_id: a
        for a in s.exec(select(AgendaSignal).where(AgendaSignal.meeting_id == meeting.id))
    }
    frozen = sorted(
        (a for a in overrides.values() if a.frozen_position is not None),
        key=lambda a: a.frozen_position,
    )
    if frozen:
        return rows_for_ids(s, [a.signal_id for a in frozen])
    S, C = Signal.__table__, Country.__table__
    in_window = (
        sa.select(S.c.id)
        .select_from(S.join(C, C.c.code == S.c.country_code))
        .where(*where_clauses(window_filter(s, meeting)))
    )
    window = [r[0] for r in s.execute(in_window)]
    removed = {sid for sid, a in overrides.items() if a.mode == "removed"}
    added = [sid for sid, a in overrides.items() if a.mode == "added"]
    ids = [i for i in dict.fromkeys([*window, *added]) if i not in removed]
    return sorted(rows_for_ids(s, ids), key=_grade_order)


def agenda_signals(store: Store, meeting_id: int) -> list[SignalRow]:
    """Item 1: the region's signals of the meeting's window, best graded first, with the contact
    point's additions and removals; as frozen, once the meeting is finalised."""
    with store.session() as s:
        return agenda_signal_rows(s, get_meeting_row(s, meeting_id))


def _set_override(store: Store, meeting_id: int, signal_id: int, mode: str | None) -> None:
    with store.transaction() as s:
        editable(s, meeting_id)
        current = s.get(AgendaSignal, (meeting_id, signal_id))
        if mode is None:
            if current is not None:
                s.delete(current)
        elif current is None:
            s.add(AgendaSignal(meeting_id=meeting_id, signal_id=signal_id, mode=mode))
        else:
            current.mode = mode
            s.add(current)


def add_agenda_signal(store: Store, meeting_id: int, signal_id: int) -> None:
    """Put a signal under item 1 even though it is outside the window."""
    _set_override(store, meeting_id, signal_id, "added")


def remove_agenda_signal(store: Store, meeting_id: int, signal_id: int) -> None:
    """Take a signal of the window off item 1."""
    with store.session() as s:
        was_added = (
            a := s.get(AgendaSignal, (meeting_id, signal_id))
        ) is not None and a.mode == "added"
    _set_override(store, meeting_id, signal_id, None if was_added else "removed")


def freeze_agenda_signals(s: Session, meeting: Meeting) -> None:
    """Finalised: item 1 keeps the list it had, whatever the trend log does later."""
    unfreeze_agenda_signals(s, meeting.id)
    s.flush()
    for n, row in enumerate(agenda_signal_rows(s, meeting)):
        entry = s.get(AgendaSignal, (meeting.id, row.id)) or AgendaSignal(
            meeting_id=meeting.id, signal_id=row.id, mode="kept"
        )
        entry.frozen_position = n
        s.add(entry)


def unfreeze_agenda_signals(s: Session, meeting_id: int) -> None:
    """Re-opened: the list is live again; what the contact point added or removed still holds."""
    for a in s.exec(
        select(AgendaSignal).where(
            AgendaSignal.meeting_id == meeting_id, AgendaSignal.frozen_position.is_not(None)
        )
    ):
        if a.mode == "kept":
            s.delete(a)
        else:
            a.frozen_position = None
            s.add(a)
