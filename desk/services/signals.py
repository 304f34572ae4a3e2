"""Signals: create, edit, change status, archive — every change written to the audit trail."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from desk.errors import NotFound
from desk.models import ChpiItem, Country, Directorate, Signal, SignalHsCode
from desk.models.base import table_of, utcnow
from desk.models.enums import Category, SignalStatus, SourceKind, Tlp
from desk.models.hs import HsCode
from desk.services import audit
from desk.services.ahead import built_ahead
from desk.services.identifiers import time_ordered_uuid
from desk.services.reference import ReferenceIndex
from desk.services.signal_rows import code_rows_of
from desk.services.signal_rows import replace_hs_rows as replace_hs_rows
from desk.services.signal_rows import signal_columns as signal_columns
from desk.services.stored import StoredSignal as StoredSignal
from desk.services.stored import split_tags as _split_tags
from desk.services.stored import stored_draft as stored_draft
from desk.services.stored import stored_signals as stored_signals
from desk.services.validation import FIELDS, SignalDraft
from desk.services.versions import changed_elsewhere, stamp
from desk.services.work import Context, reading, writing
from desk.store import search_index
from desk.store.bulk import (
    PreparedRows,
    insert_prepared,
    insert_rows,
    prepare_rows,
    signal_load_order,
)
from desk.store.engine import fold_later
from desk.store.search_index import BulkLoad

ENTITY = "signal"
BULK_THRESHOLD = 500  # from this many rows: in date order, text indexed and counted per batch
# A load of at least this share of the table refreshes the planner's statistics; a smaller one
# hardly changes them, and ANALYZE reads every index (1.7 s of a 10,000-row import at 1M).
STATISTICS_SHARE = 0.2
Progress = Callable[[int, int], None]

# Fields of a draft compared on edit, in the order the history shows them.
EDITABLE = tuple(f.attribute for f in FIELDS)


class SignalNotFound(NotFound):
    def __init__(self, signal_id: int) -> None:
        super().__init__(f"no signal with id {signal_id}")


@dataclass(frozen=True)
class HsCodeInfo:
    code: HsCode
    chpi_hs6: str | None
    tier: str | None
    description: str | None

    @property
    def display(self) -> str:
        return self.code.display


@dataclass
class SignalDetail:
    id: int
    observed_on: date
    logged_at: datetime
    updated_at: datetime
    country_code: str
    country_name: str
    country_name_nl: str
    region: str
    region_name: str
    title: str
    summary: str
    category: Category
    source: str
    source_url: str
    source_kind: SourceKind
    reliability: str
    credibility: int
    tlp: Tlp
    chr: bool
    status: SignalStatus
    author: str
    post: str
    tags: list[str]
    chpi_tier: str | None
    hs_codes: list[HsCodeInfo] = field(default_factory=list)
    # where it travelled from (exchange packages)
    uuid: str = ""
    version: int = 1  # what a save from this detail names as expected_version
    changed_by: str | None = None  # who made that version (None: before Desk recorded it)
    received_from: str = ""
    received_at: datetime | None = None

    @property
    def grade(self) -> str:
        return f"{self.reliability}{self.credibility}"

    def draft(self) -> SignalDraft:
        """The editable part, as the edit dialog and undo use it."""
        values = {f.attribute: getattr(self, f.attribute) for f in FIELDS}
        return SignalDraft(**values | {"hs_codes": [h.code for h in self.hs_codes]})


# -- create ---------------------------------------------------------------------------------
def insert_signals(  # Long: one bulk path (import, demo, receiving), batches and progress
    session: Session,
    drafts: Sequence[SignalDraft],
    ref: ReferenceIndex,
    *,
    actor: str,
    author: str = "",
    post: str = "",
    action: str = "create",
    note: str | None = None,
    status: SignalStatus = SignalStatus.NEW,
    logged_at: Sequence[datetime] | None = None,
    extra: Sequence[Mapping[str, Any]] | None = None,
    progress: Progress | None = None,
    batch: int = 2000,
) -> list[int]:
    """Insert many signals in the caller's transaction (the import and demo path); returns ids.

    Creation is not written to the audit trail row by row: the signal itself records who logged
    it, when, and its origin (``action``, with ``note`` such as the file name), and
    ``signal_history`` starts with that. Later changes are audited per field. Each signal gets
    a new UUID unless ``extra`` (one mapping per draft: columns such as ``uuid``, ``version``,
    ``author`` or the ``received_*`` provenance of an exchange package) says otherwise.
    """
    origin = f"{action}: {note}" if note else action
    now = utcnow()
    ids: list[int] = []
    total = len(drafts)
    bulk = total >= BULK_THRESHOLD
    order: list[int] | None = None
    conn = session.connection()
    if bulk:
        # In the database's load order (SQLite: by date, so each date-keyed index is walked
        # forwards once; PostgreSQL: by country, so a country's signals share pages). Ids come
        # back in input order.
        fields = signal_load_order(conn)
        order = sorted(range(total), key=lambda i: [getattr(drafts[i], f) for f in fields])
        drafts = [drafts[i] for i in order]
        logged_at = [logged_at[i] for i in order] if logged_at is not None else None
        extra = [extra[i] for i in order] if extra is not None else None
    if bulk:
        fold_later(conn)
    indexing = search_index.bulk_indexing(conn) if bulk else contextlib.nullcontext(None)
    # The table's size from its largest id, a key lookup (count(*) reads a whole index).
    size = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM signal").scalar_one()
    # A load about the size of the table: sort each index once at the end instead.
    rebuild = bulk and total * 2 >= size
    indexes = search_index.deferred_indexes(conn, "signal") if rebuild else contextlib.nullcontext()

    def rows_of(start: int) -> list[dict[str, Any]]:
        chunk = drafts[start : start + batch]
        when = logged_at[start : start + batch] if logged_at is not None else [now] * len(chunk)
        more = extra[start : start + batch] if extra is not None else [{}] * len(chunk)
        return [
            signal_columns(d, ref)
            | {
                "logged_at": t,
                "updated_at": t,
                "status": status.value,
                "author": author,
                "post": post,
                "origin": origin,
                "uuid": str(time_ordered_uuid()),
                "version": 1,
                "changed_by": actor,
            }
            | dict(m)
            for d, t, m in zip(chunk, when, more, strict=True)
        ]

    starts = range(0, total, batch)
    with indexing as load, indexes:
        if load is not None and conn.dialect.name == "postgresql":
            ids = _stored_ahead(session, load, rows_of, drafts, batch, ref, progress)
        else:
            for start in starts:
                rows = rows_of(start)
                chunk = drafts[start : start + batch]
                if load is not None:
                    # Bulk: ids assigned here, so one executemany does it (RETURNING with a
                    # guaranteed order makes SQLAlchemy insert row by row on SQLite).
                    chunk_ids = load.ids(len(rows))
                    for row, sid in zip(rows, chunk_ids, strict=True):
                        row["id"] = sid
                    insert_rows(session.connection(), table_of(Signal), rows)
                    load.written()
                else:
                    result = session.execute(
                        sa.insert(table_of(Signal)).returning(
                            table_of(Signal).c.id, sort_by_parameter_order=True
                        ),
                        rows,
                    )
                    chunk_ids = [r[0] for r in result]
                codes = code_rows_of(chunk_ids, chunk, ref)
                insert_rows(session.connection(), table_of(SignalHsCode), codes)
                ids.extend(chunk_ids)
                if progress is not None:
                    progress(len(ids), total)
    if bulk and total >= STATISTICS_SHARE * size:
        search_index.refresh_statistics(session.connection())
    if order is not None:
        in_input_order = [0] * total
        for position, i in enumerate(order):
            in_input_order[i] = ids[position]
        ids = in_input_order
    return ids


def _stored_ahead(
    session: Session,
    load: BulkLoad,
    rows_of: Callable[[int], list[dict[str, Any]]],
    drafts: Sequence[SignalDraft],
    batch: int,
    ref: ReferenceIndex,
    progress: Progress | None,
) -> list[int]:
    """A bulk load into a server database: while the server stores one batch, a second thread
    prepares the next (its rows, codes and the JSON documents the INSERTs send: 60 ms a batch
    of 2,000 that the server otherwise waited for). The ids of the whole load come first, in
    one call to the sequence."""
    conn = session.connection()
    dialect = conn.dialect  # read here: the builder thread never touches the connection
    every_id = load.ids(len(drafts))

    def prepared(start: int) -> tuple[list[int], PreparedRows | None, PreparedRows | None]:
        chunk_ids = every_id[start : start + batch]
        rows = rows_of(start)
        for row, sid in zip(rows, chunk_ids, strict=True):
            row["id"] = sid
        codes = code_rows_of(chunk_ids, drafts[start : start + batch], ref)
        return (
            chunk_ids,
            prepare_rows(dialect, table_of(Signal), rows),
            prepare_rows(dialect, table_of(SignalHsCode), codes),
        )

    ids: list[int] = []
    for _start, (chunk_ids, signal_rows, code_rows) in built_ahead(
        prepared, range(0, len(drafts), batch)
    ):
        insert_prepared(conn, signal_rows)
        insert_prepared(conn, code_rows)
        ids.extend(chunk_ids)
        if progress is not None:
            progress(len(ids), len(drafts))
    return ids


def create_signal(ctx: Context, draft: SignalDraft, *, actor: str | None = None) -> int:
    with writing(ctx, actor=actor) as w:
        (signal_id,) = insert_signals(
            w.session, [draft], w.reference, actor=w.actor, author=w.actor, post=w.post
        )
    return signal_id


# -- read -----------------------------------------------------------------------------------
def get_signal(ctx: Context, signal_id: int) -> SignalDetail:
    with reading(ctx) as w:
        return _detail(w.session, signal_id)


def _detail(s: Session, signal_id: int) -> SignalDetail:
    row = s.exec(
        select(Signal, Country, Directorate)
        .join(Country, col(Country.code) == col(Signal.country_code))
        .join(Directorate, col(Directorate.code) == col(Country.directorate_code))
        .where(col(Signal.id) == signal_id)
    ).first()
    if row is None:
        raise SignalNotFound(signal_id)
    sig, country, directorate = row
    H, chpi = table_of(SignalHsCode), table_of(ChpiItem)
    hs = s.execute(
        sa.select(H.c.code, H.c.chpi_hs6, H.c.tier, chpi.c.description)
        .select_from(H.outerjoin(chpi, chpi.c.hs6 == H.c.chpi_hs6))
        .where(H.c.signal_id == signal_id)
        .order_by(H.c.code)
    ).all()
    return SignalDetail(
        id=signal_id,
        observed_on=sig.observed_on,
        logged_at=sig.logged_at,
        updated_at=sig.updated_at,
        country_code=sig.country_code,
        country_name=country.name_en,
        country_name_nl=country.name_nl,
        region=directorate.code,
        region_name=directorate.name_en,
        title=sig.title,
        summary=sig.summary,
        category=Category(sig.category),
        source=sig.source,
        source_url=sig.source_url,
        source_kind=SourceKind(sig.source_kind),
        reliability=sig.reliability,
        credibility=sig.credibility,
        tlp=Tlp(sig.tlp),
        chr=sig.chr,
        status=SignalStatus(sig.status),
        author=sig.author,
        post=sig.post,
        tags=_split_tags(sig.tags),
        chpi_tier=sig.chpi_tier,
        hs_codes=[HsCodeInfo(HsCode(c), h6, t, d) for c, h6, t, d in hs],
        uuid=sig.uuid,
        version=sig.version,
        changed_by=sig.changed_by,
        received_from=sig.received_from,
        received_at=sig.received_at,
    )


def signal_statuses(ctx: Context, signal_ids: Iterable[int]) -> dict[int, str]:
    """The current status of each signal (what an undo of a status change restores)."""
    ids = list(dict.fromkeys(signal_ids))
    table = table_of(Signal)
    found: dict[int, str] = {}
    with reading(ctx) as w:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = sa.select(table.c.id, table.c.status).where(table.c.id.in_(chunk))
            found.update((sid, status) for sid, status in w.session.execute(query))
    return found


def signal_history(ctx: Context, signal_id: int) -> list[audit.HistoryEntry]:
    """How the signal came to be (from the signal itself), then every audited change."""
    with reading(ctx) as w:
        s = w.session
        sig = s.get(Signal, signal_id)
        if sig is None:
            raise SignalNotFound(signal_id)
        action, _, note = sig.origin.partition(": ")
        created = audit.HistoryEntry(
            at=sig.logged_at,
            actor=sig.author,
            action=action,
            field=None,
            old_value=None,
            new_value=note or None,
            change_id=f"origin-{signal_id}",
        )
        return [created, *audit.history(s, ENTITY, signal_id)]


# -- change ---------------------------------------------------------------------------------
def _changes(stored: SignalDraft, draft: SignalDraft) -> dict[str, tuple[Any, Any]]:
    return {
        name: (getattr(stored, name), getattr(draft, name))
        for name in EDITABLE
        if getattr(stored, name) != getattr(draft, name)
    }


def update_signal(
    ctx: Context,
    signal_id: int,
    draft: SignalDraft,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> list[str]:
    """Store the edited fields; returns the names of the fields that changed (maybe none).

    ``expected_version`` is the version the draft was made from (the edit dialog's): if the
    signal has another version now, ``ChangedElsewhere`` and nothing is saved. None (the
    command line, the importer, undo of a status): no check (see ``services.versions``)."""
    with writing(ctx, actor=actor) as w:
        s, ref = w.session, w.reference
        changes = _changes(_detail(s, signal_id).draft(), draft)
        if not changes:
            return []
        S = table_of(Signal)
        if not stamp(w, S, S.c.id == signal_id, expected_version, signal_columns(draft, ref)):
            now = _detail(s, signal_id)  # what the other save left (committed meanwhile)
            changes = _changes(now.draft(), draft)
            if not changes:
                return []  # they saved just this: nothing to overwrite
            raise changed_elsewhere(f"signal {signal_id} “{now.title}”", now, changes)
        replace_hs_rows(s, signal_id, draft.hs_codes, ref)
        audit.record(
            s, actor=w.actor, entity=ENTITY, entity_id=signal_id, action="update", changes=changes
        )
    return list(changes)


def set_status(
    ctx: Context, signal_ids: Iterable[int], status: SignalStatus, *, actor: str | None = None
) -> int:
    """Change the status of several signals at once; returns how many actually changed."""
    status = SignalStatus(status)
    return restore_statuses(ctx, dict.fromkeys(signal_ids, status), actor=actor)


def restore_statuses(
    ctx: Context, statuses: Mapping[int, SignalStatus], *, actor: str | None = None
) -> int:
    """Give each signal its own status (what undoing a status change does), in one
    transaction; returns how many actually changed."""
    changed = 0
    table = table_of(Signal)
    ids = list(statuses)
    with writing(ctx, actor=actor) as w:
        s = w.session
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            current = dict(
                s.execute(sa.select(table.c.id, table.c.status).where(table.c.id.in_(chunk))).all()
            )
            if missing := set(chunk) - set(current):
                raise SignalNotFound(min(missing))
            to_change = {
                sid: SignalStatus(statuses[sid]).value
                for sid in chunk
                if current[sid] != SignalStatus(statuses[sid]).value
            }
            now = utcnow()
            archived = SignalStatus.ARCHIVED.value
            for new in set(to_change.values()):
                for travels in (False, True):
                    group = [
                        sid
                        for sid, v in to_change.items()
                        if v == new and (archived in (current[sid], v)) == travels
                    ]
                    if not group:
                        continue
                    # Archiving travels to other stores as a state: a new version, stamped
                    # (services.versions). Other statuses do not: marking signals "discussed"
                    # must not become an exchange conflict nor put them back into the next
                    # meeting's window (updated_at); the audit trail has the change, and no
                    # form edits a status, so an open edit loses nothing to it.
                    if travels:
                        stamp(w, table, table.c.id.in_(group), None, {"status": new}, when=now)
                    else:
                        s.execute(sa.update(table).where(table.c.id.in_(group)).values(status=new))
            for sid, new in to_change.items():
                audit.record(
                    s,
                    actor=w.actor,
                    entity=ENTITY,
                    entity_id=sid,
                    action="status",
                    changes={"status": (current[sid], new)},
                    at=now,
                )
            changed += len(to_change)
    return changed


def archive_signals(ctx: Context, signal_ids: Iterable[int], *, actor: str | None = None) -> int:
    return set_status(ctx, signal_ids, SignalStatus.ARCHIVED, actor=actor)
