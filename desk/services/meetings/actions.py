"""Action items: agreed in a meeting, carried to every later meeting of the series until done
or dropped. Whether an action was open at a given meeting follows from when it was closed, so a
finalised meeting keeps showing what was open then.

*Overdue* has one definition, ``is_overdue``: an action is overdue on a reference day when it
is still open at the end of that day and its due date is before that day (due that day: not
yet; due the day before: overdue). The reference day is today in the app (the Actions section
and a meeting's Decisions and actions tab: the live state), and for a meeting's papers
(briefing, minutes) ``papers_reference_day``: the meeting's date, or the day the paper is
issued if that is earlier — a paper never calls overdue what is not yet due when it is issued,
and papers issued on or after the meeting day mean the same whenever they are printed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select as ModelSelect

from desk.models import ActionItem, ActionOwner, Meeting
from desk.models.base import utcnow
from desk.models.meetings import ActionStatus
from desk.services import audit
from desk.services.meetings.common import (
    MeetingNotFound,
    as_utc,
    editable,
    get_meeting_row,
    row_id,
)
from desk.services.meetings.drafts import UNCHANGED, ActionDraft, ActionPatch
from desk.services.work import Context, Work, reading, writing

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

    def open_on(self, day: date) -> bool:
        """Still open at the end of ``day``: open now, or closed (done or dropped) later."""
        if self.status == ActionStatus.OPEN:
            return True
        closed = self.closed_at
        if closed is None:
            return False
        return (closed if closed.tzinfo else closed.replace(tzinfo=UTC)).astimezone(
            UTC
        ).date() > day

    def overdue(self, on: date) -> bool:
        """Overdue on the reference day ``on`` (see ``is_overdue``)."""
        return is_overdue(self, on)


def is_overdue(action: ActionInfo, on: date) -> bool:
    """The one definition of *overdue*: ``action`` is still open at the end of the reference
    day ``on`` and its due date is before ``on``. Due on ``on`` itself is not overdue; due the
    day before is. An action without a due date is never overdue."""
    return action.due_on is not None and action.due_on < on and action.open_on(on)


def papers_reference_day(meeting_date: date, issued_on: date) -> date:
    """The reference day for "overdue" in a meeting's papers (briefing, minutes): the meeting's
    date, or the day the paper is issued if that is earlier."""
    return min(meeting_date, issued_on)


@dataclass(frozen=True)
class MeetingActions:
    """Actions on a meeting's agenda: those agreed in it and those carried in from earlier."""

    agreed: list[ActionInfo] = field(default_factory=list)
    carried: list[ActionInfo] = field(default_factory=list)  # open when this meeting started
    meeting_date: date | None = None

    def overdue_on(self, on: date) -> list[ActionInfo]:
        """The carried actions overdue on the reference day ``on`` (see ``is_overdue``)."""
        return [a for a in self.carried if is_overdue(a, on)]

    @property
    def overdue(self) -> list[ActionInfo]:
        """The carried actions that were overdue on the meeting's day."""
        return self.overdue_on(self.meeting_date) if self.meeting_date is not None else []


def _owners(s: Session, ids: list[int]) -> dict[int, list[str]]:
    owners: dict[int, list[str]] = defaultdict(list)
    if ids:
        for action_id, owner in s.exec(
            select(ActionOwner.action_id, ActionOwner.owner).where(
                col(ActionOwner.action_id).in_(ids)
            )
        ):
            owners[action_id].append(owner)
    return owners


def _infos(s: Session, rows: Sequence[tuple[ActionItem, Meeting]]) -> list[ActionInfo]:
    owners = _owners(s, [row_id(a.id) for a, _ in rows])
    return [
        ActionInfo(
            row_id(a.id),
            a.text,
            sorted(owners.get(row_id(a.id), []), key=str.casefold),
            a.due_on,
            ActionStatus(a.status),
            row_id(m.id),
            m.starts_local.date(),
            m.region,
            a.series_id,
            a.agenda_item_id,
            a.closed_at,
            a.created_at,
        )
        for a, m in rows
    ]


def _set_owners(s: Session, action_id: int, owners: Sequence[str]) -> None:
    s.execute(sa.delete(ActionOwner).where(col(ActionOwner.action_id) == action_id))
    for name in owners:
        s.add(ActionOwner(action_id=action_id, owner=name, owner_key=name.casefold()))


def _audit(w: Work, action_id: int, action: str, changes: dict[str, tuple[object, object]]) -> None:
    audit.record(
        w.session, actor=w.actor, entity=ENTITY, entity_id=action_id, action=action, changes=changes
    )


def add_action(
    ctx: Context,
    meeting_id: int,
    action: ActionDraft | str,
    owners: Sequence[str] = (),
    due_on: date | None = None,
    agenda_item_id: int | None = None,
    *,
    actor: str | None = None,
) -> int:
    """Record an action agreed in the meeting (an ``ActionDraft``; or, the older form that
    ``events.take_into_meeting`` uses, text, owners, due date and item); returns its id."""
    draft = (
        action
        if isinstance(action, ActionDraft)
        else ActionDraft(action, tuple(owners), due_on, agenda_item_id)
    ).checked()
    with writing(ctx, actor=actor) as w:
        meeting = editable(w.session, meeting_id)
        row = ActionItem(
            series_id=meeting.series_id,
            meeting_id=meeting_id,
            agenda_item_id=draft.agenda_item_id,
            text=draft.text,
            due_on=draft.due_on,
        )
        w.session.add(row)
        w.session.flush()
        action_id = row_id(row.id)
        _set_owners(w.session, action_id, draft.owners)
        _audit(
            w,
            action_id,
            "create",
            {"owners": (None, list(draft.owners)), "due_on": (None, draft.due_on)},
        )
        return action_id


def _action(s: Session, action_id: int) -> ActionItem:
    action = s.get(ActionItem, action_id)
    if action is None:
        raise MeetingNotFound(f"no action with id {action_id}")
    return action


def update_action(
    ctx: Context, action_id: int, patch: ActionPatch, *, actor: str | None = None
) -> None:
    """Owners and due date can change at any later meeting (audited); the text only while the
    meeting that agreed it is not finalised."""
    patch = patch.checked()
    with writing(ctx, actor=actor) as w:
        action = _action(w.session, action_id)
        changes: dict[str, tuple[object, object]] = {}
        if patch.text is not None and patch.text != action.text:
            editable(w.session, action.meeting_id)
            changes["text"] = (action.text, patch.text)
            action.text = patch.text
        if patch.owners is not None:
            owners = list(patch.owners)
            before = sorted(_owners(w.session, [action_id]).get(action_id, []))
            if sorted(owners) != before:
                changes["owners"] = (before, owners)
                _set_owners(w.session, action_id, owners)
        if patch.due_on is not UNCHANGED and patch.due_on != action.due_on:
            changes["due_on"] = (action.due_on, patch.due_on)
            action.due_on = patch.due_on
        w.session.add(action)
        if changes:
            _audit(w, action_id, "update", changes)


def set_action_statuses(
    ctx: Context,
    statuses: Mapping[int, ActionStatus],
    *,
    actor: str | None = None,
    at: datetime | None = None,
) -> int:
    """Mark actions done, dropped or open again (by id): one change, all or nothing. Done or
    dropped stops the carrying forward; open again resumes it. ``at`` dates the closing (it
    may be dated back; the audit trail says when the change was made). Returns how many
    changed."""
    with writing(ctx, actor=actor) as w:
        changed = 0
        for action_id, wanted in statuses.items():
            status = ActionStatus(wanted)
            action = _action(w.session, action_id)
            if action.status == status.value:
                continue
            before = action.status
            action.status = status.value
            action.closed_at = None if status == ActionStatus.OPEN else (at or utcnow())
            w.session.add(action)
            _audit(w, action_id, "status", {"status": (before, status.value)})
            changed += 1
        return changed


def set_action_status(
    ctx: Context,
    action_id: int,
    status: ActionStatus,
    *,
    actor: str | None = None,
    at: datetime | None = None,
) -> None:
    """One action's status (see ``set_action_statuses``)."""
    set_action_statuses(ctx, {action_id: status}, actor=actor, at=at)


def _with_meeting() -> ModelSelect[ActionItem, Meeting]:
    return select(ActionItem, Meeting).join(Meeting, col(Meeting.id) == col(ActionItem.meeting_id))


# due first, the undated last
BY_DUE_DATE = (col(ActionItem.due_on).is_(None), col(ActionItem.due_on), col(ActionItem.id))


def actions_at(ctx: Context, meeting_id: int) -> MeetingActions:
    """The actions agreed in this meeting, and those carried in: agreed in an earlier meeting of
    the series and still open when this one started."""
    with reading(ctx) as w:
        s = w.session
        meeting = get_meeting_row(s, meeting_id)
        start = as_utc(meeting.starts_local, meeting.tz)
        agreed = list(
            s.exec(
                _with_meeting()
                .where(col(ActionItem.meeting_id) == meeting_id)
                .order_by(col(ActionItem.id))
            )
        )
        carried: list[tuple[ActionItem, Meeting]] = []
        if meeting.series_id is not None:
            candidates = s.exec(
                _with_meeting()
                .where(
                    col(ActionItem.series_id) == meeting.series_id,
                    col(ActionItem.meeting_id) != meeting_id,
                )
                .where(
                    sa.or_(
                        col(ActionItem.status) == ActionStatus.OPEN.value,
                        col(ActionItem.closed_at) >= start,
                    )
                )
                .order_by(*BY_DUE_DATE)
            )
            carried = [(a, m) for a, m in candidates if as_utc(m.starts_local, m.tz) < start]
        return MeetingActions(_infos(s, agreed), _infos(s, carried), meeting.starts_local.date())


def list_actions(
    ctx: Context,
    *,
    region: str | None = None,
    owner: str | None = None,
    statuses: set[ActionStatus] | None = None,
    overdue_on: date | None = None,
) -> list[ActionInfo]:
    """Actions across meetings: by owner ("mine"), overdue on a reference day (open now and due
    before it: ``is_overdue`` with today's date), by status and region."""
    with reading(ctx) as w:
        query = _with_meeting()
        if region:
            query = query.where(col(Meeting.region) == region.upper())
        if statuses:
            query = query.where(
                col(ActionItem.status).in_([ActionStatus(x).value for x in statuses])
            )
        if owner:
            query = query.where(
                col(ActionItem.id).in_(
                    select(ActionOwner.action_id).where(
                        col(ActionOwner.owner_key) == owner.casefold()
                    )
                )
            )
        if overdue_on is not None:
            query = query.where(
                col(ActionItem.status) == ActionStatus.OPEN.value,
                col(ActionItem.due_on) < overdue_on,
            )
        return _infos(w.session, list(w.session.exec(query.order_by(*BY_DUE_DATE))))


def action_history(ctx: Context, action_id: int) -> list[audit.HistoryEntry]:
    with reading(ctx) as w:
        _action(w.session, action_id)
        return audit.history(w.session, ENTITY, action_id)


def today() -> date:
    """The app's reference day for "overdue": today on this computer's calendar."""
    return date.today()
