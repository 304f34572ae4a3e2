"""The agenda: four standing items and free items, and item 1's list of signals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, select

from desk.models import ActionItem, AgendaItem, Decision, Meeting
from desk.models.meetings import ActionStatus, AgendaKind
from desk.services.meetings import trail
from desk.services.meetings.common import (
    MeetingError,
    MeetingNotFound,
    editable,
    get_meeting_row,
    in_order,
    next_meeting_row,
    next_position,
    row_id,
)
from desk.services.meetings.drafts import DEFAULT_ITEM_MINUTES, ItemDraft, ItemPatch
from desk.services.versions import Changes, claim
from desk.services.work import Context, reading, writing

# Standing item titles in each language the documents use; free items carry their own title.
STANDING_TITLES = {
    "en": {
        AgendaKind.TRENDS: "New trends in sanctions circumvention",
        AgendaKind.RELATIONS: "Bilateral and EU relationship with the third countries",
        AgendaKind.OPERATIONS: "Operational bottlenecks and best practices",
        AgendaKind.EXCHANGE: "Planning of knowledge-exchange sessions",
    },
    # the advice's own wording (resources/translations/glossary.md)
    "nl": {
        AgendaKind.TRENDS: "Het signaleren en bespreken van nieuwe trends op sanctieomzeiling",
        AgendaKind.RELATIONS: (
            "Bilaterale en EU-relatie met het derde land wat betreft sanctieomzeiling"
        ),
        AgendaKind.OPERATIONS: "Uitwisseling van operationele knelpunten en best practices",
        AgendaKind.EXCHANGE: "Het organiseren van kennisuitwisselingssessies",
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
    version: int = 1  # what a save of its minutes names as expected_version

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
    rows = in_order(s, AgendaItem, meeting_id)
    return [
        AgendaEntry(
            row_id(r.id),
            n,
            AgendaKind(r.kind),
            item_title(r.kind, r.title, lang),
            r.duration_minutes,
            r.presenter,
            r.minutes,
            r.carried_from_id,
            r.shareable,
            r.version,
        )
        for n, r in enumerate(rows, start=1)
    ]


def get_agenda(ctx: Context, meeting_id: int, lang: str = "en") -> Agenda:
    with reading(ctx) as w:
        meeting = get_meeting_row(w.session, meeting_id)
        return Agenda(meeting_id, _entries(w.session, meeting_id, lang), meeting.duration_minutes)


def _values(item: AgendaItem) -> dict[str, object]:
    """What the audit trail keeps of an item added or removed."""
    return {
        "title": item_title(item.kind, item.title),
        "duration_minutes": item.duration_minutes,
        "presenter": item.presenter,
        "shareable": item.shareable,
        "minutes": item.minutes,
    }


def _item(s: Session, item_id: int) -> AgendaItem:
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise MeetingNotFound(f"no agenda item with id {item_id}")
    return item


def _free_item(s: Session, item_id: int, standing_reason: str) -> AgendaItem:
    """A free item of a meeting that may be changed (standing items: MeetingError)."""
    item = _item(s, item_id)
    editable(s, item.meeting_id)
    if item.kind != AgendaKind.FREE.value:
        raise MeetingError(standing_reason)
    return item


def add_item(
    ctx: Context,
    meeting_id: int,
    item: ItemDraft | str,
    duration_minutes: int = DEFAULT_ITEM_MINUTES,
    presenter: str = "",
    *,
    shareable: bool = False,
) -> int:
    """Put a free item at the end of the agenda; returns its id. ``item`` is an ``ItemDraft``
    (or, the older form, the title followed by the draft's other fields)."""
    draft = (
        item
        if isinstance(item, ItemDraft)
        else ItemDraft(item, duration_minutes, presenter, shareable)
    ).checked()
    with writing(ctx) as w:
        editable(w.session, meeting_id)
        row = AgendaItem(
            meeting_id=meeting_id,
            position=next_position(w.session, AgendaItem, meeting_id),
            kind=AgendaKind.FREE.value,
            title=draft.title,
            duration_minutes=draft.duration_minutes,
            presenter=draft.presenter,
            shareable=draft.shareable,
        )
        w.session.add(row)
        w.session.flush()
        trail.added(w, trail.AGENDA_ITEM, row.id, meeting_id, _values(row))
        return row_id(row.id)


def update_item(
    ctx: Context,
    item_id: int,
    patch: ItemPatch | None = None,
    *,
    title: str | None = None,
    duration_minutes: int | None = None,
    presenter: str | None = None,
    minutes: str | None = None,
    shareable: bool | None = None,
    expected_version: int | None = None,
    actor: str | None = None,
) -> int:
    """Change title (free items only), duration, presenter, minutes or whether the title may be
    shared with external readers, as the ``ItemPatch`` says (or, the older form, the same
    fields as keywords). Returns the item's version after the change.

    ``expected_version`` is the ``AgendaEntry.version`` the change was made from (the minutes
    being typed, the item dialog): if the item has another version now, ``ChangedElsewhere``
    and nothing is saved. None: no check (``services.versions``)."""
    patch = (patch or ItemPatch(title, duration_minutes, presenter, minutes, shareable)).checked()
    fields = patch.changes()
    with writing(ctx, actor=actor) as w:
        item = _item(w.session, item_id)
        editable(w.session, item.meeting_id)
        if patch.title is not None and item.kind != AgendaKind.FREE.value:
            raise MeetingError("the standing items keep their titles")

        def changes_of(row: AgendaItem) -> Changes:
            return {k: (getattr(row, k), v) for k, v in fields.items() if getattr(row, k) != v}

        what = f"agenda item “{item_title(item.kind, item.title)}”"
        if changes := claim(w, item, expected_version, changes_of, what):
            for k, v in fields.items():
                setattr(item, k, v)
            w.session.add(item)
            w.session.flush()
            trail.changed(w, trail.AGENDA_ITEM, item_id, "update", changes)
        return item.version


def remove_item(ctx: Context, item_id: int) -> None:
    with writing(ctx) as w:
        item = _free_item(w.session, item_id, "the four standing items cannot be removed")
        trail.removed(w, trail.AGENDA_ITEM, item_id, item.meeting_id, _values(item))
        w.session.delete(item)


def reorder(ctx: Context, meeting_id: int, item_ids: Sequence[int]) -> None:
    """Put the meeting's items in this order (all of them, each once)."""
    with writing(ctx) as w:
        editable(w.session, meeting_id)
        items = {
            row_id(i.id): i
            for i in w.session.exec(
                select(AgendaItem).where(col(AgendaItem.meeting_id) == meeting_id)
            )
        }
        if sorted(item_ids) != sorted(items):
            raise MeetingError("the new order must list every item of the agenda exactly once")
        before = [row_id(i.id) for i in sorted(items.values(), key=lambda i: (i.position, i.id))]
        for position, item_id in enumerate(item_ids):
            items[item_id].position = position
            w.session.add(items[item_id])
        if before != list(item_ids):

            def order(ids: Sequence[int]) -> list[str]:
                return [item_title(items[i].kind, items[i].title) for i in ids]

            order_change = {"agenda": (order(before), order(item_ids))}
            trail.changed(w, trail.MEETING, meeting_id, "reorder", order_change)


def _copy_to(s: Session, item: AgendaItem, target: Meeting) -> AgendaItem:
    target_id = row_id(target.id)
    copy = AgendaItem(
        meeting_id=target_id,
        position=next_position(s, AgendaItem, target_id),
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
    editable(s, row_id(following.id))
    return following


STANDING_EVERYWHERE = "standing items are on every agenda already"


def move_to_next(ctx: Context, item_id: int) -> int:
    """Move a free item to the next meeting of the series (it was not reached)."""
    with writing(ctx) as w:
        s = w.session
        item = _free_item(s, item_id, STANDING_EVERYWHERE)
        has_outcome = any(
            s.execute(
                sa.select(col(model.id)).where(col(model.agenda_item_id) == item.id).limit(1)
            ).first()
            for model in (ActionItem, Decision)
        )
        if has_outcome:
            raise MeetingError(
                "this item has decisions or actions: duplicate it in the next meeting instead"
            )
        copy = _copy_to(s, item, _next_for(s, item))
        copy.minutes = item.minutes
        copy.carried_from_id = item.carried_from_id
        s.add(copy)
        moved = {"meeting": (item.meeting_id, copy.meeting_id), "to_item": (None, copy.id)}
        trail.changed(w, trail.AGENDA_ITEM, item_id, "move", moved)
        trail.added(
            w, trail.AGENDA_ITEM, copy.id, copy.meeting_id, _values(copy) | {"from_item": item_id}
        )
        s.delete(item)
        return row_id(copy.id)


def duplicate_in_next(ctx: Context, item_id: int) -> int:
    """Put a copy of a free item on the next meeting's agenda (it continues there)."""
    with writing(ctx) as w:
        item = _item(w.session, item_id)
        if item.kind != AgendaKind.FREE.value:
            raise MeetingError(STANDING_EVERYWHERE)
        copy = _copy_to(w.session, item, _next_for(w.session, item))
        trail.added(
            w, trail.AGENDA_ITEM, copy.id, copy.meeting_id, _values(copy) | {"copied_from": item_id}
        )
        return row_id(copy.id)


def _open_action_items(s: Session, source: Meeting) -> set[int]:
    """The free items of ``source`` with an open action: agreed under them, or (for a carried
    copy) under the item it was copied from in an earlier meeting."""
    open_action = col(ActionItem.status) == ActionStatus.OPEN.value
    found = {
        i
        for i in s.exec(
            select(ActionItem.agenda_item_id).where(
                col(ActionItem.meeting_id) == source.id,
                open_action,
                col(ActionItem.agenda_item_id).is_not(None),
            )
        )
        if i is not None
    }
    for item in s.exec(
        select(AgendaItem).where(
            col(AgendaItem.meeting_id) == source.id,
            col(AgendaItem.kind) == AgendaKind.FREE.value,
        )
    ):
        if item.carried_from_id is not None:
            origin_open = s.exec(
                select(ActionItem.id).where(
                    col(ActionItem.agenda_item_id) == item.carried_from_id, open_action
                )
            ).first()
            if origin_open is not None:
                found.add(row_id(item.id))
    return found


def carry_forward_items(s: Session, source: Meeting, target: Meeting) -> int:
    """4minitz's rule: a free item with an open action stays on the agenda until it is done.
    Copies such items of ``source`` to ``target`` once; returns how many were copied."""
    open_items = _open_action_items(s, source)
    carried = select(AgendaItem.carried_from_id).where(col(AgendaItem.meeting_id) == target.id)
    already = {x for x in s.exec(carried) if x is not None}
    copied = 0
    for item in s.exec(select(AgendaItem).where(col(AgendaItem.id).in_(open_items or {-1}))):
        if (
            item.kind != AgendaKind.FREE.value
            or item.id in already
            or item.carried_from_id in already
        ):
            continue
        _copy_to(s, item, target)
        copied += 1
    return copied
