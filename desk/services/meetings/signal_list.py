"""Item 1 of a meeting's agenda: the signals of its window, with the contact point's additions
and removals, frozen once the meeting is finalised."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlmodel import Session, col, select

from desk.models import AgendaSignal, Meeting, Signal
from desk.services.briefing_window import grade_order
from desk.services.contact_points import scope_filter, scope_on
from desk.services.meetings.common import (
    MeetingNotFound,
    editable,
    get_meeting_row,
    row_id,
    window_bounds,
)
from desk.services.search import SignalFilter, SignalRow, rows_for_ids
from desk.services.windows import JOINED, S, WindowSource, window_clauses
from desk.services.work import Context, reading, writing


# -- item 1: the signals of the window ------------------------------------------------------------
def window_filter(s: Session, meeting: Meeting) -> SignalFilter:
    """The signals of the meeting's contact point (its countries on the meeting's date; the
    whole region when it has one contact point) logged or updated since the previous meeting
    (archived excluded)."""
    since, until = window_bounds(s, meeting)
    scope = scope_on(s, meeting.region, meeting.contact_point_id, meeting.starts_local.date())
    return SignalFilter(
        regions=frozenset({meeting.region}),
        countries=scope_filter(scope),
        changed_since=since,
        changed_before=until,
    )


_CHUNK = 10_000


def _overrides(s: Session, meeting: Meeting) -> dict[int, AgendaSignal]:
    return {
        a.signal_id: a
        for a in s.exec(select(AgendaSignal).where(col(AgendaSignal.meeting_id) == meeting.id))
    }


def item_one_source(s: Session, meeting: Meeting) -> WindowSource:
    """Item 1's signals as a ``WindowSource``: as frozen, once the meeting is finalised; else
    the window's (``window_clauses``) less those removed, with those added by hand. Counted
    and summarised in SQL by the documents, so a 60,000-signal window is never read row by row.
    """
    overrides = _overrides(s, meeting)
    mine = sa.select(col(AgendaSignal.signal_id)).where(col(AgendaSignal.meeting_id) == meeting.id)
    if any(a.frozen_position is not None for a in overrides.values()):
        frozen = mine.where(col(AgendaSignal.frozen_position).is_not(None))
        return WindowSource((S.c.id.in_(frozen),))
    since, until = window_bounds(s, meeting)
    scope = scope_on(s, meeting.region, meeting.contact_point_id, meeting.starts_local.date())
    where = window_clauses(meeting.region, scope, since, until)
    if any(a.mode == "removed" for a in overrides.values()):
        removed = mine.where(col(AgendaSignal.mode) == "removed")
        where = (*where, S.c.id.not_in(removed))
    added = [sid for sid, a in overrides.items() if a.mode == "added"]
    if not added:
        return WindowSource(where)
    within = {
        sid
        for n in range(0, len(added), _CHUNK)
        for (sid,) in s.execute(
            sa.select(S.c.id).select_from(JOINED).where(*where, S.c.id.in_(added[n : n + _CHUNK]))
        )
    }
    extra = rows_for_ids(s, [i for i in added if i not in within])
    return WindowSource(where, extra)


def agenda_signal_rows(s: Session, meeting: Meeting) -> list[SignalRow]:
    frozen = sorted(
        (a for a in _overrides(s, meeting).values() if a.frozen_position is not None),
        key=lambda a: a.frozen_position or 0,
    )
    if frozen:  # a chunk of ids at a time: PostgreSQL takes at most 65,535 parameters
        ids = [a.signal_id for a in frozen]
        return [r for n in range(0, len(ids), _CHUNK) for r in rows_for_ids(s, ids[n : n + _CHUNK])]
    return sorted(item_one_source(s, meeting).rows(s), key=grade_order)


def item_one(ctx: Context, meeting_id: int) -> WindowSource:
    """``item_one_source`` of a meeting, by its id."""
    with reading(ctx) as w:
        return item_one_source(w.session, get_meeting_row(w.session, meeting_id))


def agenda_signals(ctx: Context, meeting_id: int) -> list[SignalRow]:
    """Item 1: the region's signals of the meeting's window, best graded first, with the contact
    point's additions and removals; as frozen, once the meeting is finalised."""
    with reading(ctx) as w:
        return agenda_signal_rows(w.session, get_meeting_row(w.session, meeting_id))


def _known_signals(s: Session, signal_ids: Sequence[int]) -> list[int]:
    """The ids, each once, if every one is a signal; MeetingNotFound names the first that is not."""
    ids = list(dict.fromkeys(signal_ids))
    known = set(s.exec(select(Signal.id).where(col(Signal.id).in_(ids)))) if ids else set()
    missing = [i for i in ids if i not in known]
    if missing:
        raise MeetingNotFound(f"no signal with id {missing[0]}")
    return ids


def _set_override(s: Session, meeting_id: int, signal_id: int, mode: str | None) -> None:
    current = s.get(AgendaSignal, (meeting_id, signal_id))
    if mode is None:
        if current is not None:
            s.delete(current)
    elif current is None:
        s.add(AgendaSignal(meeting_id=meeting_id, signal_id=signal_id, mode=mode))
    else:
        current.mode = mode
        s.add(current)


def add_agenda_signals(ctx: Context, meeting_id: int, signal_ids: Sequence[int]) -> int:
    """Put signals under item 1 even though they are outside the window: one change, all or
    nothing. Returns how many were named."""
    with writing(ctx) as w:
        editable(w.session, meeting_id)
        ids = _known_signals(w.session, signal_ids)
        for sid in ids:
            _set_override(w.session, meeting_id, sid, "added")
        return len(ids)


def remove_agenda_signals(ctx: Context, meeting_id: int, signal_ids: Sequence[int]) -> int:
    """Take signals off item 1 (one change, all or nothing): one that was added by hand is no
    longer added; one of the window is marked removed. Returns how many were named."""
    with writing(ctx) as w:
        editable(w.session, meeting_id)
        ids = _known_signals(w.session, signal_ids)
        for sid in ids:
            current = w.session.get(AgendaSignal, (meeting_id, sid))
            added = current is not None and current.mode == "added"
            _set_override(w.session, meeting_id, sid, None if added else "removed")
        return len(ids)


def add_agenda_signal(ctx: Context, meeting_id: int, signal_id: int) -> None:
    """Put a signal under item 1 even though it is outside the window."""
    add_agenda_signals(ctx, meeting_id, [signal_id])


def remove_agenda_signal(ctx: Context, meeting_id: int, signal_id: int) -> None:
    """Take a signal of the window off item 1."""
    remove_agenda_signals(ctx, meeting_id, [signal_id])


def freeze_agenda_signals(s: Session, meeting: Meeting) -> None:
    """Finalised: item 1 keeps the list it had, whatever the trend log does later."""
    meeting_id = row_id(meeting.id)
    unfreeze_agenda_signals(s, meeting_id)
    s.flush()
    for n, row in enumerate(agenda_signal_rows(s, meeting)):
        entry = s.get(AgendaSignal, (meeting_id, row.id)) or AgendaSignal(
            meeting_id=meeting_id, signal_id=row.id, mode="kept"
        )
        entry.frozen_position = n
        s.add(entry)


def unfreeze_agenda_signals(s: Session, meeting_id: int) -> None:
    """Re-opened: the list is live again; what the contact point added or removed still holds."""
    for a in s.exec(
        select(AgendaSignal).where(
            col(AgendaSignal.meeting_id) == meeting_id,
            col(AgendaSignal.frozen_position).is_not(None),
        )
    ):
        if a.mode == "kept":
            s.delete(a)
        else:
            a.frozen_position = None
            s.add(a)
