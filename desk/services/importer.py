"""Import signals from CSV or XLSX in the format of DESIGN.md: all or nothing.

Every row is validated before anything is written; one bad row rejects the file, and every
error names its line (as a spreadsheet counts: the header is line 1), its column and the
reason. Rows equal to a stored signal (same date, country and title) — or to an earlier row of
the same file — are skipped and reported as duplicates.

CSV is read with Python's ``csv`` module rather than ``pandas.read_csv``: it tells exactly which
record has the wrong number of fields and counts multi-line cells as one row, which pandas'
parser does not. XLSX goes through ``pandas.read_excel`` (openpyxl), which keeps row positions.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from desk.models import Signal
from desk.models.text import title_key
from desk.services.reference import load_reference
from desk.services.settings import current_actor, current_post
from desk.services.signal_format import COLUMNS, REQUIRED, unneutralize
from desk.services.signals import insert_signals
from desk.services.validation import SignalDraft, SignalValidator
from desk.store import Store

# progress(done, total, phase) with phase "read", "check" or "write"
ImportProgress = Callable[[int, int, str], None]
ShouldCancel = Callable[[], bool]

MAX_FILE_BYTES = 200 * 1024 * 1024
HEADER_LINE = 1
ROW_COLUMN = "(row)"
PREVIEW_ROWS = 200  # errors about a whole row, e.g. its number of fields


class ImportCancelled(Exception):
    pass


class ImportFailed(Exception):
    """Writing failed (disk full, store locked…); nothing was imported."""


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Duplicate:
    line: int
    title: str
    existing_id: int | None = None  # a stored signal…
    first_line: int | None = None  # …or an earlier row of this file


@dataclass
class ParsedRow:
    line: int
    values: dict[str, object]
    draft: SignalDraft | None = None


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

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def to_import(self) -> int:
        return self.rows - len(self.duplicates) if self.ok else 0

    def summary(self) -> str:
        if self.errors:
            return f"{len(self.errors)} error(s) in {self.rows} row(s); nothing imported"
        verb = "would import" if self.dry_run else "imported"
        n = self.to_import if self.dry_run else self.imported
        return f"{verb} {n} signal(s); {len(self.duplicates)} duplicate(s) skipped"


# -- reading --------------------------------------------------------------------------------
@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[object]]]  # (line, cells)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _ReadError(
            line, "", f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8"
        ) from None


class _ReadError(Exception):
    def __init__(self, line: int, column: str, message: str) -> None:
        super().__init__(message)
        self.error = RowError(line, column, message)


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise _ReadError(HEADER_LINE, "", "the file is larger than 200 MB")
    if b"\x00" in data:
        raise _ReadError(
            data[: data.index(b"\x00")].count(b"\n") + 1,
            "",
            "the file contains NUL bytes: it is not a CSV text file",
        )
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[object]]] = []
    header: list[str] | None = None
    line = 0
    try:
        for record in reader:
            line += 1
            if header is None:
                header = record
                continue
            rows.append((line, list(record)))
    except csv.Error as exc:
        raise _ReadError(line + 1, "", f"the CSV structure is broken here ({exc})") from None
    if header is None:
        raise _ReadError(HEADER_LINE, "", "the file is empty: expected a header row")
    return Table([str(h) for h in header], rows)


def _read_xlsx(path: Path) -> Table:
    import pandas as pd

    try:
        frame = pd.read_excel(path, sheet_name=0, header=None, dtype=object, engine="openpyxl")
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise _ReadError(
            HEADER_LINE, "", f"cannot read this spreadsheet ({type(exc).__name__}: {exc})"
        ) from None
    if frame.empty:
        raise _ReadError(HEADER_LINE, "", "the spreadsheet is empty: expected a header row")
    records = frame.astype(object).where(frame.notna(), None).values.tolist()
    # pandas keeps row positions from the sheet's first used row; that is row 1 here.
    header = ["" if c is None else str(c) for c in records[0]]
    while header and header[-1] == "":
        header.pop()
    return Table(header, [(n + 2, list(r)) for n, r in enumerate(records[1:])])


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix == ".xls":
        raise _ReadError(
            HEADER_LINE, "", "old .xls files are not supported: save it as .xlsx or .csv"
        )
    raise _ReadError(HEADER_LINE, "", f"unknown file type “{suffix}”: use .csv or .xlsx")


def _check_header(header: list[str]) -> tuple[list[str], list[RowError]]:
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    errors = []
    seen: set[str] = set()
    for name in names:
        if name and name not in COLUMNS:
            errors.append(
                RowError(HEADER_LINE, name, f"unknown column; the columns are {', '.join(COLUMNS)}")
            )
        elif name in seen:
            errors.append(RowError(HEADER_LINE, name, "this column appears twice"))
        elif not name:
            errors.append(RowError(HEADER_LINE, "", "a column has no name"))
        seen.add(name)
    for required in REQUIRED:
        if required not in names:
            errors.append(RowError(HEADER_LINE, required, "required column is missing"))
    return names, errors


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


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
        table = read_table(path)
    except _ReadError as exc:
        report.errors.append(exc.error)
        return report
    except OSError as exc:
        report.errors.append(
            RowError(HEADER_LINE, "", f"cannot read the file: {exc.strerror or exc}")
        )
        return report

    names, header_errors = _check_header(table.header)
    report.errors.extend(header_errors)
    width = len(names)
    ref = load_reference(store)
    validator = SignalValidator(ref)
    total = len(table.rows)
    tick(0, total, "read")

    for n, (line, cells) in enumerate(table.rows):
        if n % 1000 == 0:
            tick(n, total, "check")
        if not any(c.strip() if c.__class__ is str else c is not None for c in cells):
            continue  # blank lines are not rows
        report.rows += 1
        if len(cells) != width:
            extra = cells[width:]
            if len(cells) > width and all(_blank(c) for c in extra):
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
        if errors:
            report.errors.extend(RowError(line, e.column, e.message) for e in errors)
        # Raw values only for the first rows (a preview); 100k dicts would cost ~100 MB.
        report.parsed.append(ParsedRow(line, values if n < PREVIEW_ROWS else {}, draft))
    tick(total, total, "check")
    if report.errors:
        return report

    _find_duplicates(store, report)
    if dry_run:
        return report
    skipped = {d.line for d in report.duplicates}
    drafts = [p.draft for p in report.parsed if p.draft is not None and p.line not in skipped]
    actor = actor or current_actor(store)
    try:
        with store.transaction() as s:
            ids = insert_signals(
                s,
                drafts,
                ref,
                actor=actor,
                author=actor,
                post=current_post(store),
                action="import",
                note=path.name,
                progress=lambda done, total_: tick(done, total_, "write"),
            )
    except ImportCancelled:
        raise
    except sa.exc.OperationalError as exc:
        reason = "the disk is full" if "full" in str(exc.orig).lower() else str(exc.orig)
        raise ImportFailed(f"{reason}; nothing was imported") from exc
    report.imported = len(ids)
    report.imported_ids = ids
    return report


def _find_duplicates(store: Store, report: ImportReport) -> None:
    drafts = [(p.line, p.draft) for p in report.parsed if p.draft is not None]
    if not drafts:
        return
    first_seen: dict[tuple, int] = {}
    dates = [d.observed_on for _, d in drafts]
    countries = sorted({d.country_code for _, d in drafts})
    table = Signal.__table__
    # Keys compared as stored text (ISO dates): converting 100k dates back costs more than the query.
    stmt = (
        sa.select(
            table.c.id,
            sa.cast(table.c.observed_on, sa.String),
            table.c.country_code,
            table.c.title_key,
        )
        .where(table.c.observed_on.between(min(dates), max(dates)))
        .where(table.c.country_code.in_(countries))
    )
    with store.session() as s:
        existing = {(day, country, key): sid for sid, day, country, key in s.execute(stmt)}
    for line, d in drafts:
        key = (d.observed_on.isoformat(), d.country_code, title_key(d.title))
        if key in existing:
            report.duplicates.append(Duplicate(line, d.title, existing_id=existing[key]))
        elif key in first_seen:
            report.duplicates.append(Duplicate(line, d.title, first_line=first_seen[key]))
        else:
            first_seen[key] = line
