"""Moving work between a local store and a team database.

* ``push_signals``: a contact point who kept a trend log on a laptop brings it into the team
  database. All or nothing (one transaction on the server; a row the server refuses, such as
  a post's signal outside its region, stops the whole push) and idempotent by UUID: a signal the
  team database already has is left as it is, so running it twice changes nothing.
* ``copy_everything``: the other way, for ``desk backup`` on a team database: every row the
  user may see (the server's row-level security decides) into a new local store, ids kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from desk.models import Signal, SignalHsCode
from desk.models.base import table_of
from desk.services.work import Context, reading, writing

Progress = Callable[[int, int], None]

BATCH = 2000
# The team database's own bookkeeping (its id, its schema) and the exchange identity (a private
# key: a local store makes its own) stay where they are.
NOT_COPIED = frozenset({"desk_meta", "identity"})
# Columns a signal gets anew in the database it arrives in.
_LOCAL_ONLY = frozenset({"id"})


@dataclass(frozen=True)
class PushReport:
    pushed: int  # new in the team database
    present: int  # already there (same UUID), left as they are
    differing: int  # of those, the ones whose version differs from the local copy

    def summary(self) -> str:
        text = f"{self.pushed} signal(s) pushed, {self.present} already there"
        if self.differing:
            text += (
                f" ({self.differing} differ from the local copy and were left as the team has "
                "them: edit them in the team database)"
            )
        return text


def _chunks(items: Sequence[Any], size: int = BATCH) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def push_signals(
    source: Context, target: Context, *, progress: Progress | None = None
) -> PushReport:
    """Copy the signals of ``source`` (with their HS codes) that ``target`` lacks, by UUID."""
    sig, hs = table_of(Signal), table_of(SignalHsCode)
    columns = [c for c in sig.c if c.name not in _LOCAL_ONLY]
    with reading(source) as r:
        rows = [dict(m) for m in r.session.execute(sa.select(sig.c.id, *columns)).mappings()]
        codes: dict[int, list[dict[str, Any]]] = {}
        for m in r.session.execute(sa.select(hs)).mappings():
            codes.setdefault(m["signal_id"], []).append(dict(m))
    with writing(target) as w:
        conn = w.session.connection()
        have: dict[str, int] = {}
        for part in _chunks([row["uuid"] for row in rows]):
            found = conn.execute(sa.select(sig.c.uuid, sig.c.version).where(sig.c.uuid.in_(part)))
            have.update((u, v) for u, v in found)  # (a Result has keys(): not a mapping)
        new = [row for row in rows if row["uuid"] not in have]
        differing = sum(
            1 for row in rows if row["uuid"] in have and have[row["uuid"]] != row["version"]
        )
        done = 0
        for part in _chunks(new):
            old_ids = [row.pop("id") for row in part]
            result = conn.execute(
                sa.insert(sig).returning(sig.c.id, sort_by_parameter_order=True), list(part)
            )
            hs_rows = [
                code | {"signal_id": new_id}
                for old_id, (new_id,) in zip(old_ids, result, strict=True)
                for code in codes.get(old_id, [])
            ]
            if hs_rows:
                conn.execute(sa.insert(hs), hs_rows)
            done += len(part)
            if progress is not None:
                progress(done, len(new))
    return PushReport(pushed=len(new), present=len(rows) - len(new), differing=differing)


def copy_everything(
    source: Context, target: Context, *, progress: Progress | None = None
) -> dict[str, int]:
    """Replace ``target``'s rows (a new, empty local store) with what ``source`` shows, table by
    table in foreign-key order, ids kept. Returns the rows copied per table."""
    tables = [t for t in SQLModel.metadata.sorted_tables if t.name not in NOT_COPIED]
    counts: dict[str, int] = {}
    with reading(source) as r, writing(target) as w:
        read, write = r.session.connection(), w.session.connection()
        for table in reversed(tables):  # children first: what the new store was seeded with
            write.execute(sa.delete(table))
        for n, table in enumerate(tables, start=1):
            rows = [dict(m) for m in read.execute(sa.select(table)).mappings()]
            for part in _chunks(rows):
                write.execute(sa.insert(table), list(part))
            counts[table.name] = len(rows)
            if progress is not None:
                progress(n, len(tables))
    return counts
