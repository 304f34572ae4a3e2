"""Who else has a record open, on a team database (``desk_presence``).

A row says: the app session ``pid`` of the role ``role_name`` has ``entity`` ``entity_id``
open. The session is the server process of the app's live-refresh listener
(``Store.session_pid``), which lives exactly as long as the app is logged in; the store's
pooled connections come and go, so they cannot name it. When that process ends — the app
quits, locks, crashes or loses the network — its rows stop counting (they are read joined
with ``pg_stat_activity``) and the next ``open_record`` of anyone sweeps them away.

On a local store, and before the listener is connected, these are no-ops: nobody else can
have a local file open.
"""

from __future__ import annotations

from desk.services.work import Context, reading, writing
from desk.store import Store, team_presence


def _session(ctx: Context) -> int | None:
    store: Store = ctx if isinstance(ctx, Store) else ctx.store
    if store.dialect != "postgresql":
        return None
    return store.session_pid


def open_record(ctx: Context, entity: str, entity_id: int | str) -> None:
    """Say that this session has the record open (again: nothing changes)."""
    pid = _session(ctx)
    if pid is None:
        return
    with writing(ctx) as w:
        team_presence.add(w.session, pid, entity, str(entity_id))


def close_record(ctx: Context, entity: str, entity_id: int | str) -> None:
    """This session no longer has the record open."""
    pid = _session(ctx)
    if pid is None:
        return
    with writing(ctx) as w:
        team_presence.remove(w.session, pid, entity, str(entity_id))


def others_viewing(ctx: Context, entity: str, entity_id: int | str) -> list[str]:
    """The roles of the other live sessions that have the record open, sorted (a role with
    two sessions, e.g. the same person on another computer, is named once)."""
    pid = _session(ctx)
    if pid is None:
        return []
    with reading(ctx) as w:
        return team_presence.others(w.session, pid, entity, str(entity_id))
