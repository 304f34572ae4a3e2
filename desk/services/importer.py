"""Import signals from CSV or XLSX in the format of DESIGN.md: all or nothing.

Every row is validated before anything is written; one bad row rejects the file, and every
error names its line (as a spreadsheet counts: the header is line 1, or 2 below the marking
line of a Desk export), its column and the reason. Rows equal to a stored signal (same date,
country and title) — or to an earlier row of the same file — are skipped and reported as
duplicates.

Files are read as a stream by ``readers`` (which caps what a hostile file can make Desk hold),
one row at a time, checked, and only written when every row is good.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY

from desk.errors import Unavailable
from desk.models import Signal
from desk.models.base import table_of
from desk.models.text import title_key
from desk.services.readers import (
    HEADER_LINE,
    MAX_ERRORS,
    MAX_ROWS,
    ROW_COLUMN,
    ReadError,
    RowError,
    Table,
    blank,
    open_table,
)
from desk.services.reference import load_reference
from desk.services.signal_format import unneutralize
from desk.services.signals import insert_signals, update_signal
from desk.services.validation import (
    ALL_COLUMNS,
    PROVENANCE,
    REQUIRED,
    SignalDraft,
    SignalValidator,
    content_hash,
    parse_provenance,
)
from desk.services.work import Work, reading, writing
from desk.store import Store, StoreError
from desk.store.errors import translate

if TYPE_CHECKING:
    pass

# progress(done, total, phase) with phase "read", "check" or "write"
ImportProgress = Callable[[int, int, str], None]
ShouldCancel = Callable[[], bool]

PREVIEW_ROWS = 200  # errors about a whole row, e.g. its number of fields


class ImportCancelled(Exception):
    pass


class ImportFailed(Unavailable):
    """Writing failed (disk full, store locked…); nothing was imported."""


@dataclass(frozen=True)
class Duplicate:
    line: int
    title: str
    existing_id: int | None = None  # a stored signal…
    first_line: int | None = None  # …or an earlier row of this file


@dataclass(slots=True)
class ParsedRow:
    line: int
    values: dict[str, object]
    draft: SignalDraft | None = None
    provenance: dict[str, str] | None = None  # uuid, post, author where the file gives them


@dataclass
class ImportReport:
    path: Path
    rows: int = 0
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    dry_run: bool = False
    parsed: list[ParsedRow] = field(default_factory=list)  # for the wizard's preview
    imported_ids: list[int] = field(default_factory=list)
    updated: int = 0  # rows with a known UUID whose content changed
    unchanged: int = 0  # …and those whose content is what the store has

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def to_import(self) -> int:
        known = self.updated + self.unchanged
        return self.rows - len(self.duplicates) - known if self.ok else 0

    def summary(self) -> str:
        if self.errors:
            return f"{len(self.errors)} error(s) in {self.rows} row(s); nothing imported"
        verb = "would import" if self.dry_run else "imported"
        n = self.to_import if self.dry_run else self.imported
        line = f"{verb} {n} signal(s); {len(self.duplicates)} duplicate(s) skipped"
        if self.updated or self.unchanged:
            changed = "would update" if self.dry_run else "updated"
            line += f"; {changed} {self.updated} and left {self.unchanged} unchanged (known UUIDs)"
        return line


def _check_header(header: list[str], line: int) -> tuple[list[str], list[RowError]]:
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    errors = []
    seen: set[str] = set()
    for name in names:
        if name and name not in ALL_COLUMNS:
            errors.append(
                RowError(line, name, f"unknown column; the columns are {', '.join(ALL_COLUMNS)}")
            )
        elif name in seen:
            errors.append(RowError(line, name, "this column appears twice"))
        elif not name:
            errors.append(RowError(line, "", "a column has no name"))
        seen.add(name)
    for required in REQUIRED:
        if required not in names:
            errors.append(RowError(line, required, "required column is missing"))
    return names, errors


# -- the import -------------------------------------------------------------------------------
def import_signals(
    store: Store,
    path: Path | str,
    *,
    dry_run: bool = False,
    progress: ImportProgress | None = None,
    should_cancel: ShouldCancel | None = None,
    actor: str | None = None,
) -> ImportReport:
    """Validate ``path`` and, unless ``dry_run`` or any row is bad, import it in one transaction."""
    with _collector_paused():
        return _import(store, Path(path), dry_run, progress, should_cancel, actor)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a file is read and imported.

    An import builds a few hundred thousand long-lived objects (rows, drafts); each of Python's
    full collections walks all of them again, which cost 1.2 s of a 9 s 100k-row import, more
    in the app's larger heap. Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import(
    store: Store,
    path: Path,
    dry_run: bool,
    progress: ImportProgress | None,
    should_cancel: ShouldCancel | None,
    actor: str | None,
) -> ImportReport:
    report = ImportReport(path=path, dry_run=dry_run)

    def tick(done: int, total: int, phase: str) -> None:
        if should_cancel is not None and should_cancel():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total, phase)

    try:
        with open_table(path) as table:
            _check(store, table, report, tick)
    except ReadError as exc:
        report.errors.append(exc.error)
        return report
    except OSError as exc:
        report.errors.append(
            RowError(HEADER_LINE, "", f"cannot read the file: {exc.strerror or exc}")
        )
        return report
    if report.errors:
        return report

    if dry_run:
        with reading(store) as w:
            _find_duplicates(w, report, _sort_known(w, report, write=False))
        return report
    try:
        # The duplicate check runs inside the write transaction: no other process can add the
        # same signal between the check and the insert.
        with writing(store, actor=actor) as w:
            skipped = _sort_known(w, report, write=True)
            _find_duplicates(w, report, skipped)
            skipped |= {d.line for d in report.duplicates}
            rows = [p for p in report.parsed if p.draft is not None and p.line not in skipped]
            ids = insert_signals(
                w.session,
                [p.draft for p in rows if p.draft is not None],
                w.reference,
                actor=w.actor,
                author=w.actor,
                post=w.post,
                action="import",
                note=path.name,
                extra=[p.provenance or {} for p in rows],
                progress=lambda done, total_: tick(done, total_, "write"),
            )
    except ImportCancelled:
        raise
    except (sa.exc.OperationalError, StoreError) as exc:
        reason = translate(exc, store.location) or exc
        raise ImportFailed(f"{reason}; nothing was imported") from exc
    report.imported = len(ids)
    report.imported_ids = ids
    return report


def _check(store: Store, table: Table, report: ImportReport, tick: ImportProgress) -> None:
    """Validate every row of ``table`` into ``report``."""
    names, header_errors = _check_header(table.header, table.header_line)
    report.errors.extend(header_errors)
    has_provenance = any(name in PROVENANCE for name in names)
    width = len(names)
    ref = load_reference(store)
    validator = SignalValidator(ref)
    total = table.total
    tick(0, total, "read")
    for n, (line, cells) in enumerate(table.rows):
        if n % 1000 == 0:
            tick(table.done(), total, "check")
        if not any(c.strip() if c.__class__ is str else c is not None for c in cells):
            continue  # blank lines are not rows
        report.rows += 1
        if report.rows > MAX_ROWS:
            raise ReadError(line, "", f"the file has more than {MAX_ROWS:,} rows: split it")
        if len(report.errors) >= MAX_ERRORS:
            raise ReadError(line, "", f"more than {MAX_ERRORS:,} errors; stopped checking here")
        if len(cells) != width:
            extra = cells[width:]
            if len(cells) > width and all(blank(c) for c in extra):
                cells = cells[:width]
            else:
                report.errors.append(
                    RowError(
                        line,
                        ROW_COLUMN,
                        f"has {len(cells)} values but the header has {width} columns",
                    )
                )
                continue
        if header_errors:
            continue
        values = {
            name: unneutralize(c) if c.__class__ is str and c[:1] == "'" else c
            for name, c in zip(names, cells, strict=True)
        }
        draft, errors = validator.validate(values)
        provenance, more = parse_provenance(values) if has_provenance else (None, [])
        if errors or more:
            report.errors.extend(RowError(line, e.column, e.message) for e in [*errors, *more])
        # Raw values only for the first rows (a preview); 100k dicts would cost ~100 MB.
        preview = values if n < PREVIEW_ROWS else _NO_VALUES
        report.parsed.append(ParsedRow(line, preview, draft, provenance or None))
    tick(total, total, "check")


_NO_VALUES: dict[str, object] = {}  # shared, never changed: one empty dict, not 100k


def _sort_known(w: Work, report: ImportReport, *, write: bool) -> set[int]:
    """Rows whose UUID the store knows are that signal again: updated where the content
    changed (audited, as an edit), otherwise left alone. Returns their lines."""
    rows = [p for p in report.parsed if p.provenance and "uuid" in p.provenance]
    if not rows:
        return set()
    S = table_of(Signal)
    known: dict[str, tuple[int, str | None]] = {}
    uuids = [p.provenance["uuid"] for p in rows if p.provenance]
    for start in range(0, len(uuids), 500):
        for sid, u, digest in w.session.execute(
            sa.select(S.c.id, S.c.uuid, S.c.content_hash).where(
                S.c.uuid.in_(uuids[start : start + 500])
            )
        ):
            known[u] = (sid, digest)
    lines = set()
    for p in rows:
        assert p.provenance is not None and p.draft is not None
        found = known.get(p.provenance["uuid"])
        if found is None:
            continue
        lines.add(p.line)
        sid, digest = found
        if digest == content_hash(p.draft):
            report.unchanged += 1
            continue
        report.updated += 1
        if write:
            update_signal(w, sid, p.draft)
    return lines


DUPLICATE_CHUNK = 400  # (title key, date) pairs per lookup: 800 parameters, well within limits


def _stored_with_keys(w: Work, pairs: list[tuple[str, date]]) -> Iterator[Any]:
    """(id, title key, date, country) of the stored signals with one of ``pairs``' title key
    and date: key lookups on ``ix_signal_title``. PostgreSQL takes them all as two arrays
    in one join (10,000 pairs: 90 ms; as chunks of row values: 120–180 ms at 1M)."""
    table = table_of(Signal)
    columns = (table.c.id, table.c.title_key, table.c.observed_on, table.c.country_code)
    if w.session.get_bind().dialect.name == "postgresql":
        keys = (
            sa.func.unnest(
                sa.cast(sa.bindparam("keys", [k for k, _ in pairs]), ARRAY(sa.String)),
                sa.cast(sa.bindparam("days", [d for _, d in pairs]), ARRAY(sa.Date)),
            )
            .table_valued("title_key", "observed_on")
            .render_derived(name="wanted")
        )
        on = sa.and_(
            table.c.title_key == keys.c.title_key, table.c.observed_on == keys.c.observed_on
        )
        yield from w.session.execute(sa.select(*columns).select_from(table.join(keys, on)))
        return
    for start in range(0, len(pairs), DUPLICATE_CHUNK):
        chunk = pairs[start : start + DUPLICATE_CHUNK]
        stmt = sa.select(*columns).where(
            sa.tuple_(table.c.title_key, table.c.observed_on).in_(chunk)
        )
        yield from w.session.execute(stmt)


def _find_duplicates(w: Work, report: ImportReport, skip: set[int] | None = None) -> None:
    """Rows equal to a stored signal (same date, country and title key) or to an earlier row.

    The stored ones are found by key lookups on ``ix_signal_title`` (title key, date; see
    ``_stored_with_keys``): the cost follows the file, not the store (reading every stored row
    of the file's date range read 540 MB at 1,000,000 signals)."""
    drafts = [
        (p.line, p.draft)
        for p in report.parsed
        if p.draft is not None and (skip is None or p.line not in skip)
    ]
    if not drafts:
        return
    keys = [(title_key(d.title), d.observed_on, d.country_code) for _, d in drafts]
    pairs = sorted({(key, day) for key, day, _ in keys})
    existing: dict[tuple[str, date, str], int] = {}
    for sid, key, day, country in _stored_with_keys(w, pairs):
        existing.setdefault((key, day, country), sid)
    first_seen: dict[tuple[str, date, str], int] = {}
    for (line, d), full in zip(drafts, keys, strict=True):
        if full in existing:
            report.duplicates.append(Duplicate(line, d.title, existing_id=existing[full]))
        elif full in first_seen:
            report.duplicates.append(Duplicate(line, d.title, first_line=first_seen[full]))
        else:
            first_seen[full] = line
