"""Action items: agreed in a meeting, carried to every later meeting of the series until done
or dropped. Whether an action was open at a given meeting follows from when it was closed, so a
finalised meeting keeps showing what was open then."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from desk.models import ActionItem, ActionOwner, Meeting
from desk.models.base import utcnow
from desk.models.meetings import ActionStatus
from desk.services import audit
from desk.services.meetings.common import MeetingError, as_utc, editable, get_meeting_row
from desk.services.settings import current_actor
from desk.store import Store

ENTITY = "action"


@dataclass(frozen=True)
class ActionInfo:
    id: int
    text: str
    owners: list[str]
    due_on: date | None
    status: ActionStatus
    meeting_id: int
    meeting_date: date
    region: str
    series_id: int | None
    agenda_item_id: int | None
    closed_at: datetime | None
    created_at: datetime

    def overdue(self, on: date) -> bool:
        return self.status == ActionStatus.OPEN and self.due_on is not None and self.due_on < on


@dataclass(frozen=True)
class MeetingActions:
    """Actions on a meeting's agenda: those agreed in it and those carried in from earlier."""

    agreed: list[ActionInfo] = field(default_factory=list)
    carried: list[ActionInfo] = field(default_factory=list)  # open when this meeting started
    meeting_date: date | None = None

    @property
    def overdue(self) -> list[ActionInfo]:
        return [a for a in self.carried if a.due_on is not None and a.due_on < self.meeting_date]


def _owners(s: Session, ids: list[int]) -> dict[int, list[str]]:
    owners: dict[int, list[str]] = defaultdict(list)
    if ids:
        for action_id, owner in s.exec(
            select(ActionOwner.action_id, ActionOwner.owner).where(ActionOwner.action_id.in_(ids))
        ):
            owners[action_id].append(owner)
    return owners


def _infos(s: Session, rows: list[tuple[ActionItem, Meeting]]) -> list[ActionInfo]:
    owners = _owners(s, [a.id for a, _ in rows])
    return [
        ActionInfo(
            a.id,
            a.text,
            sorted(owners.get(a.id, []), key=str.casefold),
            a.due_on,
            ActionStatus(a.status),
            m.id,
            m.starts_local.date(),
            m.region,
            a.series_id,
            a.agenda_item_id,
            a.closed_at,
            a.created_at,
        )
        for a, m in rows
    ]


def _clean_owners(owners: list[str]) -> list[str]:
    cleaned: dict[str, str] = {}
    for o in owners:
        name = " ".join(o.split())
        if name:
            cleaned.setdefault(name.casefold(), name)
    return list(cleaned.values())


def _set_owners(s: Session, action_id: int, owners: list[str]) -> None:
    s.execute(sa.delete(ActionOwner).where(ActionOwner.action_id == action_id))
    for name in owners:
        s.add(ActionOwner(action_id=action_id, owner=name, owner_key=name.casefold()))


def add_action(
    store: Store,
    meeting_id: int,
    text: str,
    owners: list[str],
    due_on: date | None = None,
    agenda_item_id: int | None = None,
    *,
    actor: str | None = None,
) -> int:
    text = text.strip()
    owners = _clean_owners(owners)
    if not text:
        raise MeetingError("an action needs a text")
    if not owners:
        raise MeetingError("an action needs at least one owner")
    with store.transaction() as s:
        meeting = editable(s, meeting_id)
        action = ActionItem(
            series_id=meeting.series_id,
            meeting_id=meeting_id,
            agenda_item_id=agenda_item_id,
            text=text,
            due_on=due_on,
        )
        s.add(action)
        s.flush()
        _set_owners(s, action.id, owners)
        audit.record(
            s,
            actor=actor or current_actor(store),
            entity=ENTITY,
            entity_id=action.id,
            action="create",
            changes={"owners": (None, owners), "due_on": (None, due_on)},
        )
        return action.id


def _action(s: Session, action_id: int) -> ActionItem:
    action = s.get(ActionItem, action_id)
    if action is None:
        raise MeetingError(f"no action with id {action_id}")
    return action


def update_action(
    store: Store,
    action_id: int,
    *,
    text: str | None = None,
    owners: list[str] | None = None,
    due_on: date | type[...] | None = ...,
    actor: str | None = None,
) -> None:
    """Owners and due date can change at any later meeting (audited); the text only while the
    meeting that agreed it is not finalised."""
    with store.transaction() as s:
        action = _action(s, action_id)
        changes: dict[str, tuple[object, object]] = {}
        if text is not None and text.strip() != action.text:
            editable(s, action.meeting_id)
            if not text.strip():
                raise MeetingError("an action needs a text")
            changes["text"] = (action.text, text.strip())
            action.text = text.strip()
        if owners is not None:
            owners = _clean_owners(owners)
            if not owners:
                raise MeetingError("an action needs at least one owner")
            before = sorted(_owners(s, [action_id]).get(action_id, []))
            if sorted(owners) != before:
                changes["owners"] = (before, owners)
                _set_owners(s, action_id, owners)
        if due_on is not ... and due_on != action.due_on:
            changes["due_on"] = (action.due_on, due_on)
            action.due_on = due_on  # type: ignore[assignment]
        s.add(action)
        if changes:
            audit.record(
                s,
                actor=actor or current_actor(store),
                entity=ENTITY,
                entity_id=action_id,
                action="update",
                changes=changes,
            )


def set_action_status(
    store: Store,
    action_id: int,
    status: ActionStatus,
    *,
    actor: str | None = None,
    at: datetime | None = None,
) -> None:
    """Done or dropped stops the carrying forward; open again resumes it."""
    status = ActionStatus(status)
    with store.transaction() as s:
        action = _action(s, action_id)
        if action.status == status.value:
            return
        before = action.status
        action.status = status.value
        action.closed_at = None if status == ActionStatus.OPEN else (at or utcnow())
        s.add(action)
        audit.record(
            s,
            actor=actor or current_actor(store),
            entity=ENTITY,
            entity_id=action_id,
            action="status",
            changes={"status": (before, status.value)},
        )  # the trail says when the change was made; closed_at may be dated back


def actions_at(store: Store, meeting_id: int) -> MeetingActions:
    """The actions agreed in this meeting, and those carried in: agreed in an earlier meeting of
    the series and still open when this one started."""
    with store.session() as s:
        meeting = get_meeting_row(s, meeting_id)
        start = as_utc(meeting.starts_local, meeting.tz)
        agreed = list(
            s.exec(
                select(ActionItem, Meeting)
                .join(Meeting, Meeting.id == ActionItem.meeting_id)
                .where(ActionItem.meeting_id == meeting_id)
                .order_by(ActionItem.id)
            )
        )
        carried: list[tuple[ActionItem, Meeting]] = []
        if meeting.series_id is not None:
            candidates = s.exec(
                select(ActionItem, Meeting)
                .join(Meeting, Meeting.id == ActionItem.meeting_id)
                .where(
                    ActionItem.series_id == meeting.series_id, ActionItem.meeting_id != meeting_id
                )
                .where(
                    sa.or_(
                        ActionItem.status == ActionStatus.OPEN.value, ActionItem.closed_at >= start
                    )
                )
                .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
            )
            carried = [(a, m) for a, m in candidates if as_utc(m.starts_local, m.tz) < start]
        return MeetingActions(_infos(s, agreed), _infos(s, carried), meeting.starts_local.date())


def list_actions(
    store: Store,
    *,
    region: str | None = None,
    owner: str | None = None,
    statuses: set[ActionStatus] | None = None,
    overdue_on: date | None = None,
) -> list[ActionInfo]:
    """Actions across meetings: by owner ("mine"), overdue on a date, by status and region."""
    with store.session() as s:
        query = select(ActionItem, Meeting).join(Meeting, Meeting.id == ActionItem.meeting_id)
        if region:
            query = query.where(Meeting.region == region.upper())
        if statuses:
            query = query.where(ActionItem.status.in_([ActionStatus(x).value for x in statuses]))
        if owner:
            query = query.where(
                ActionItem.id.in_(
                    select(ActionOwner.action_id).where(ActionOwner.owner_key == owner.casefold())
                )
            )
        if overdue_on is not None:
            query = query.where(
                ActionItem.status == ActionStatus.OPEN.value, ActionItem.due_on < overdue_on
            )
        query = query.order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
        return _infos(s, list(s.exec(query)))


def action_history(store: Store, action_id: int) -> list[audit.HistoryEntry]:
    with store.session() as s:
        _action(s, action_id)
        return audit.history(s, ENTITY, action_id)


def today() -> date:
    return datetime.now(UTC).date()
