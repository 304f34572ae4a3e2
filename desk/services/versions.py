"""No lost updates: the version of a record edited in a form.

A form loads a record with its ``version``; saving passes that number back as
``expected_version``, and the service changes the row only while it still is that version —
one ``UPDATE … WHERE <key> AND version = :expected`` whose row count says whether it was. The
check and the write are one statement, so there is no gap between them: SQLite runs the unit
under the store's write lock, and PostgreSQL (READ COMMITTED) re-evaluates the WHERE clause on
the newest committed row, so of two concurrent saves from the same version one changes the row
and the other finds the version moved on. Reading first and then writing would not be safe
there.

When the row moved on, the service raises ``ChangedElsewhere``: who changed it, when, and each
field where the user's draft differs from what is stored now (yours, theirs). The unit of work
rolls back, so nothing is saved. A draft that equals what is stored now is not a conflict:
there is nothing to save, and nothing is overwritten.

``expected_version=None`` is how the command line and scripts save: they change a record by
id, not from a form someone has been looking at, so there is no earlier version to hold them
to (the old behaviour). Every change — with or without a check — bumps the version and sets
``changed_by`` (the unit's actor) and ``updated_at``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy.engine import CursorResult
from sqlmodel import SQLModel

from desk.errors import ChangedElsewhere, NotFound
from desk.models.base import table_of, utcnow
from desk.services.audit import audit_text
from desk.services.work import Work

Changes = dict[str, tuple[Any, Any]]  # field: (stored, yours) — what a save would change
STAMP = ("version", "changed_by", "updated_at")

_Row = TypeVar("_Row", bound=SQLModel)


def stamp(
    w: Work,
    table: sa.Table,
    key: sa.ColumnElement[bool],
    expected: int | None,
    values: Mapping[str, Any] | None = None,
    *,
    actor: str | None = None,
    when: datetime | None = None,
) -> bool:
    """Write ``values`` to the row ``key`` selects as a new version by ``actor`` (else the
    unit's actor) — only while it is at version ``expected`` (None: at any version). Returns
    whether the row was changed (False: it moved on, or is gone)."""
    stamped = {
        "version": table.c.version + 1,
        "changed_by": actor or w.actor,
        "updated_at": when or utcnow(),
    }
    statement = sa.update(table).where(key).values({**(values or {}), **stamped})
    if expected is not None:
        statement = statement.where(table.c.version == expected)
    result = cast(CursorResult[Any], w.session.execute(statement))
    return result.rowcount > 0


def differences(changes: Changes) -> list[tuple[str, str, str]]:
    """``(field, yours, theirs)``, as text, from ``{field: (stored, yours)}``."""
    return [(k, _text(yours), _text(stored)) for k, (stored, yours) in changes.items()]


def _text(value: object) -> str:
    return audit_text(value) or ""


def changed_elsewhere(what: str, row: Any, changes: Changes) -> ChangedElsewhere:
    """The error for a save that found ``row`` (what is stored now) at another version."""
    return ChangedElsewhere(what, row.changed_by, row.updated_at, differences(changes), row.version)


def claim(
    w: Work,
    row: _Row,
    expected: int | None,
    changes_of: Callable[[_Row], Changes],
    what: str,
    *,
    actor: str | None = None,
) -> Changes:
    """Stamp ``row`` (a model instance read in this unit, not yet changed) as a new version,
    if it is still at version ``expected``; returns ``changes_of(row)``, the changes the caller
    then applies. Nothing to change: returns ``{}`` and stamps nothing. The row moved on:
    ``ChangedElsewhere``, with the changes against what is stored now — or ``{}`` when the
    draft equals it."""
    changes = changes_of(row)
    if not changes:
        return {}
    table = table_of(type(row))
    key = sa.and_(*(c == getattr(row, c.name) for c in table.primary_key.columns))
    done = stamp(w, table, key, expected, actor=actor)
    try:
        # the ORM copy still holds the old stamp (and, when not done, maybe old values)
        if done:
            w.session.expire(row, list(STAMP))
        else:
            w.session.refresh(row)
    except sa.exc.InvalidRequestError:
        raise NotFound(f"{what} was deleted since you opened it; nothing was saved") from None
    if done:
        return changes
    changes = changes_of(row)
    if not changes:
        return {}
    raise changed_elsewhere(what, row, changes)
