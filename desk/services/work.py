"""One unit of work: a session, who is doing it, and the reference data — passed down, not
re-opened.

In the spirit of Anki's ``Collection``: a service function takes ``ctx: Context`` — the
``Store`` (when the UI or the command line calls it) or the ``Work`` of a caller that is
already inside a unit of work. It opens its unit with ``reading(ctx)`` or ``writing(ctx)``:

* given a ``Store``, that starts one: ``reading`` one read transaction (one consistent
  snapshot, however many queries follow), ``writing`` one write transaction that holds the
  write lock from its start and commits at the end of the block;
* given a ``Work``, it joins it: the same session, the same snapshot or transaction, the
  same actor. Writing inside a read-only unit is a programming error and raises.

So a page or a briefing that gathers ten things reads them all from one snapshot, a change
made of several steps is one transaction, and nothing opens a second connection while it
holds the first (which is what ``current_actor(store)`` inside a transaction used to do).
"""

from __future__ import annotations

import contextlib
import getpass
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeAlias

from sqlmodel import Session

from desk.models import Setting
from desk.services.reference_index import ReferenceIndex, read_reference
from desk.store import Store

USER_NAME = "user.name"
USER_POST = "user.post"


@dataclass
class Work:
    """The session of one unit of work, with what its steps keep asking for."""

    session: Session
    store: Store
    writes: bool
    _actor: str | None = None
    _reference: ReferenceIndex | None = field(default=None, repr=False)

    @property
    def actor(self) -> str:
        """Who the audit trail names: on a team database its role (the server records that
        whatever is passed); locally the configured name, else the OS login."""
        if self.store.user is not None:
            return self.store.user
        if self._actor is None:
            self._actor = str(self.setting(USER_NAME) or "") or _os_login()
        return self._actor

    @property
    def post(self) -> str:
        return str(self.setting(USER_POST) or "")

    @property
    def reference(self) -> ReferenceIndex:
        """Countries, directorates and the CHPI list, read once per unit of work."""
        if self._reference is None:
            self._reference = read_reference(self.session)
        return self._reference

    def setting(self, key: str, default: object = None) -> object:
        row = self.session.get(Setting, key)
        return json.loads(row.value) if row is not None else default


Context: TypeAlias = "Store | Work"


def _os_login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


@contextlib.contextmanager
def reading(ctx: Context) -> Iterator[Work]:
    """A unit of work that reads: one snapshot of the store (or the caller's unit)."""
    if isinstance(ctx, Work):
        yield ctx
        return
    with ctx.snapshot() as session, session.begin():
        yield Work(session, ctx, writes=False)


@contextlib.contextmanager
def writing(ctx: Context, *, actor: str | None = None) -> Iterator[Work]:
    """A unit of work that writes: one transaction, committed when the block ends without
    an error (or the caller's unit, which must be writing too)."""
    if isinstance(ctx, Work):
        if not ctx.writes:
            raise RuntimeError("a write inside a read-only unit of work")
        yield ctx
        return
    with ctx.transaction() as session:
        yield Work(session, ctx, writes=True, _actor=actor or None)
