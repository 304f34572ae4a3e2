"""Import signals from CSV or XLSX in the format of DESIGN.md: all or nothing.

Every row is validated before anything is written; one bad row rejects the file, and every
error names its line (as a spreadsheet counts: the header is line 1, or 2 below the marking
line of a Desk export), its column and the reason. Rows equal to a stored signal (same date,
country and title) — or to an earlier row of the same file — are skipped and reported as
duplicates.

Both formats are read as a stream, so a hostile file cannot exhaust memory: only regular files
are read, their size is checked before reading, and rows, cells, lines and (for XLSX) the
unpacked size of every part are capped. CSV goes through Python's ``csv`` module rather than
``pandas.read_csv``: it tells exactly which record has the wrong number of fields and counts
multi-line cells as one row. XLSX goes through openpyxl's read-only mode, after a check of the
zip package (see ``_check_package``).
"""

from __future__ import annotations

import contextlib
import csv
import gc
import os
import re
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import sqlalchemy as sa

from desk.models import Signal
from desk.models.text import title_key
from desk.services.reference import load_reference
from desk.services.settings import current_actor, current_post
from desk.services.signal_format import is_marking_line, unneutralize
from desk.services.signals import insert_signals
from desk.services.validation import COLUMNS, REQUIRED, SignalDraft, SignalValidator
from desk.store import Store

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

# progress(done, total, phase) with phase "read", "check" or "write"
ImportProgress = Callable[[int, int, str], None]
ShouldCancel = Callable[[], bool]

MB = 1024 * 1024
# An import holds every checked row until it writes (all or nothing), about 1 KB each plus its
# text: these caps keep the worst case under 500 MB, and the design's 100,000-row file in.
MAX_FILE_BYTES = 100 * MB
MAX_ROWS = 100_000
MAX_CELL_CHARS = 32_767  # a spreadsheet cell's own limit
MAX_ERRORS = 1_000  # enough to fix a file by; a million errors would fill the memory instead
MAX_CSV_LINE_BYTES = 4 * MB  # one physical line; a full legitimate row is far smaller
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


@dataclass(slots=True)
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
class _ReadError(Exception):
    def __init__(self, line: int, column: str, message: str) -> None:
        super().__init__(message)
        self.error = RowError(line, column, message)


@dataclass
class Table:
    """A file being read: its header, then its rows one by one (never all in memory)."""

    header: list[str]
    header_line: int
    rows: Iterator[tuple[int, list[object]]]  # (line, cells); raises _ReadError mid-way
    total: int  # for progress: bytes (CSV) or the rows the sheet declares (XLSX)
    done: Callable[[], int]


def _size(n: int) -> str:
    return f"{n / MB:,.0f} MB" if n >= MB else f"{n / 1024:,.0f} KB"


@contextlib.contextmanager
def _open_regular(path: Path, limit: int) -> Iterator[tuple[BinaryIO, int]]:
    """The file opened for reading, if it is a regular file of at most ``limit`` bytes.

    A device (a symlink to /dev/zero), a pipe or a folder is refused before it is read;
    O_NONBLOCK keeps a pipe swapped in after the check from blocking the open.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise _ReadError(HEADER_LINE, "", "this is not a regular file (a device, pipe or folder)")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _ReadError(
                HEADER_LINE, "", "this is not a regular file (a device, pipe or folder)"
            )
        if st.st_size > limit:
            raise _ReadError(
                HEADER_LINE, "", f"the file has {_size(st.st_size)}; at most {_size(limit)}"
            )
        yield f, st.st_size


def _csv_lines(f: BinaryIO, read: list[int]) -> Iterator[str]:
    """Decoded physical lines (universal newlines, ends kept), checked one by one; ``read``
    holds the bytes read so far, for progress."""
    line = 0
    while chunk := f.readline(MAX_CSV_LINE_BYTES + 1):
        line += 1
        read[0] += len(chunk)
        if read[0] > MAX_FILE_BYTES:  # it grew after the size check (or is a /proc file)
            raise _ReadError(line, "", f"the file is larger than {_size(MAX_FILE_BYTES)}")
        if len(chunk) > MAX_CSV_LINE_BYTES:
            raise _ReadError(
                line,
                "",
                f"the line is longer than {_size(MAX_CSV_LINE_BYTES)}: not a CSV text file",
            )
        if b"\x00" in chunk:
            raise _ReadError(line, "", "the file contains NUL bytes: it is not a CSV text file")
        if line == 1 and chunk.startswith(b"\xef\xbb\xbf"):
            chunk = chunk[3:]
        # Old Mac line ends (a lone CR) inside: split as bytes, which knows only CR and LF.
        lone_cr = chunk.count(b"\r") > (1 if chunk.endswith(b"\r\n") else 0)
        for piece in chunk.splitlines(keepends=True) if lone_cr else (chunk,):
            try:
                yield piece.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise _ReadError(
                    line,
                    "",
                    f"the file is not UTF-8 text (byte 0x{piece[exc.start]:02x}); save it as UTF-8",
                ) from None


def _csv_broken(line: int, exc: csv.Error) -> _ReadError:
    if "field limit" in str(exc):  # the csv module's own cap on one cell
        limit = csv.field_size_limit()
        return _ReadError(line, "", f"a cell is longer than {limit:,} characters")
    return _ReadError(line, "", f"the CSV structure is broken here ({exc})")


def _csv_table(f: BinaryIO, size: int) -> Table:
    read = [0]
    lines = _csv_lines(f, read)
    first = next(lines, None)
    header_line = HEADER_LINE
    if first is not None and is_marking_line(first):
        # A Desk export starts with its marking: it is line 1 as a spreadsheet shows it.
        first = next(lines, None)
        header_line += 1
    if first is None:
        raise _ReadError(header_line, "", "the file is empty: expected a header row")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(chain([first], lines), delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise _csv_broken(header_line, exc) from None

    def rows() -> Iterator[tuple[int, list[object]]]:
        line = header_line
        while True:
            try:
                record = next(reader, None)
            except csv.Error as exc:
                raise _csv_broken(line + 1, exc) from None
            if record is None:
                return
            line += 1
            yield line, record  # type: ignore[misc]

    return Table(header, header_line, rows(), size, lambda: read[0])


# -- XLSX: the zip package is checked before openpyxl opens it ----------------------------------
# openpyxl parses most parts of a workbook whole (a 2 MB styles part of tiny elements took
# 240 MB), keeps every shared string, and holds a sheet row whole until its end tag. So: the
# zip directory and the unpacked sizes are capped, and the sheet and shared-string parts are
# scanned (as bytes, fast) for one row or string that is too long, before openpyxl sees them.
MAX_ZIP_DIRECTORY = 1 * MB  # a workbook has a few dozen parts; a million parts took 560 MB
MAX_UNPACKED = 1024 * MB  # all parts together, pictures included (openpyxl skips those)
MAX_SHEET_PART = 128 * MB  # one worksheet's XML, read as a stream (100,000 rows: ~45 MB)
MAX_SHARED_STRINGS = 64 * MB  # every shared string is held in memory… (100,000 rows: ~14 MB)
MAX_SHARED_STRING_COUNT = 1_000_000  # …with about 90 bytes of overhead each
MAX_OTHER_XML = 1 * MB  # styles, workbook, relations…: all parsed whole
MAX_XML_ITEM = 2 * MB  # one row of a sheet, or one shared string, as XML
MAX_SHEET_LINES = 1_048_576  # a spreadsheet's own row limit
_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml")
_SHARED_STRINGS_PART = "xl/sharedStrings.xml"
_ROW_TAG = re.compile(rb"</?(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_SI_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
_DOCTYPE = b"<!DOCTYPE"
_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"


def _refuse(message: str) -> _ReadError:
    return _ReadError(HEADER_LINE, "", message)


def _zip_directory_size(f: BinaryIO, size: int) -> int:
    """The central directory's size from the zip's end record (what ``zipfile`` then reads
    whole, one object per part), without reading the directory itself."""
    tail_start = max(0, size - 22 - 0xFFFF)  # the end record, after at most a 64 KB comment
    f.seek(tail_start)
    tail = f.read()
    at = tail.rfind(_END_OF_DIRECTORY)
    if at < 0 or len(tail) - at < 22:
        raise _refuse("this is not an .xlsx workbook (not a zip file)")
    (directory,) = struct.unpack_from("<L", tail, at + 12)
    locator = at - 20
    if locator >= 0 and tail[locator : locator + 4] == _ZIP64_LOCATOR:
        # zipfile reads the zip64 end record just before the locator and trusts its size
        record = tail_start + locator - 56
        if record < 0:
            raise _refuse("this is not an .xlsx workbook (a damaged zip file)")
        f.seek(record)
        data = f.read(56)
        if len(data) < 56 or data[:4] != b"PK\x06\x06":
            raise _refuse("this is not an .xlsx workbook (a damaged zip file)")
        (directory,) = struct.unpack_from("<Q", data, 40)
    return directory


def _scan_part(stream: BinaryIO, tag: re.Pattern[bytes], name: str) -> int:
    """Refuse a DTD, or more than MAX_XML_ITEM bytes between two ``tag``s; count the tags."""
    count = 0
    last = 0  # offset of the last tag seen
    carry = b""  # the end of the previous chunk, for a tag cut in two
    offset = 0  # of carry[0] in the part
    while chunk := stream.read(MB):
        buffer = carry + chunk
        if _DOCTYPE in buffer:
            raise _refuse(f"the part {name} declares a DTD, which a workbook never needs")
        for m in tag.finditer(buffer):
            at = offset + m.start()
            if at <= last and count:
                continue  # seen in the previous chunk
            if at - last > MAX_XML_ITEM:
                raise _too_long(name)
            last = at
            count += 1
        offset += len(buffer) - min(len(buffer), 64)
        carry = buffer[-64:]
    if offset + len(carry) - last > MAX_XML_ITEM:
        raise _too_long(name)
    return count


def _too_long(name: str) -> _ReadError:
    what = "a string" if name == _SHARED_STRINGS_PART else "a row"
    return _refuse(
        f"{what} in {name} is longer than {_size(MAX_XML_ITEM)}; a cell holds at most "
        f"{MAX_CELL_CHARS:,} characters"
    )


def _check_package(f: BinaryIO, size: int) -> None:
    if _zip_directory_size(f, size) > MAX_ZIP_DIRECTORY:
        raise _refuse("the workbook has too many parts to be a spreadsheet of signals")
    f.seek(0)
    try:
        archive = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _refuse(f"this is not an .xlsx workbook ({exc})") from None
    with archive:
        infos = archive.infolist()
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_UNPACKED:
            raise _refuse(
                f"the workbook unpacks to {_size(unpacked)}; at most {_size(MAX_UNPACKED)}"
            )
        other = 0
        for info in infos:
            name = info.filename
            if _SHEET_PART.fullmatch(name):
                limit, tag = MAX_SHEET_PART, _ROW_TAG
            elif name == _SHARED_STRINGS_PART:
                limit, tag = MAX_SHARED_STRINGS, _SI_TAG
            elif name.lower().endswith((".xml", ".rels", ".vml")):
                other += info.file_size
                limit, tag = MAX_OTHER_XML, None
            else:
                continue  # pictures and the like: openpyxl's read-only mode never opens them
            if info.file_size > limit or other > MAX_OTHER_XML:
                what = name if tag is not None else "the workbook's formatting and extras"
                raise _refuse(
                    f"{what} unpacks to {_size(max(info.file_size, other))}; at most "
                    f"{_size(limit)}: copy the data into a new workbook or save it as CSV"
                )
            try:
                with archive.open(info) as stream:
                    if tag is None:
                        if _DOCTYPE in stream.read():
                            raise _refuse(
                                f"the part {name} declares a DTD, which a workbook never needs"
                            )
                        continue
                    count = _scan_part(stream, tag, name)
            except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError) as exc:
                raise _refuse(f"the workbook is damaged ({name}: {exc})") from None
            if tag is _SI_TAG and count > MAX_SHARED_STRING_COUNT:
                raise _refuse(
                    f"the workbook has {count:,} shared strings; at most {MAX_SHARED_STRING_COUNT:,}"
                )
    f.seek(0)


@contextlib.contextmanager
def _xlsx_table(f: BinaryIO, size: int) -> Iterator[Table]:
    import openpyxl  # only the XLSX path pays for it

    # openpyxl warns about what it drops (a missing style part, extensions): the import reads
    # values only, and the warnings would clutter the one-line errors of the command line.
    warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")

    _check_package(f, size)
    try:
        book = openpyxl.load_workbook(f, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise _unreadable(exc) from None
    try:
        yield _sheet_table(book)
    finally:
        book.close()


def _unreadable(exc: Exception, line: int = HEADER_LINE) -> _ReadError:
    what = "this spreadsheet" if line == HEADER_LINE else "this row"
    return _ReadError(line, "", f"cannot read {what} ({type(exc).__name__}: {str(exc)[:200]})")


def _sheet_table(book: Workbook) -> Table:  # opened read-only
    try:
        sheet = book.worksheets[0]
        declared = min(sheet.max_row or 0, MAX_SHEET_LINES)
        # The declared dimension can claim XFD1048576: without it, each row is as wide as
        # its own last cell, and missing rows cost nothing.
        sheet.reset_dimensions()
        cells = sheet.iter_rows(min_row=1, max_row=MAX_SHEET_LINES, values_only=True)
    except Exception as exc:
        raise _unreadable(exc) from None
    position = [0]

    def numbered() -> Iterator[tuple[int, tuple[object, ...]]]:
        line = 0
        try:
            for line, row in enumerate(cells, start=1):
                position[0] = line
                yield line, row
        except Exception as exc:
            raise _unreadable(exc, line + 1) from None

    numbered_rows = numbered()
    for line, row in numbered_rows:
        if any(not _blank(c) for c in row):
            header = ["" if c is None else str(c) for c in row]
            header_line = line
            break
    else:
        raise _refuse("the spreadsheet is empty: expected a header row")
    while header and not header[-1].strip():
        header.pop()
    width = len(header)

    def rows() -> Iterator[tuple[int, list[object]]]:
        for line, row in numbered_rows:
            if not row:
                continue  # a missing row (a sheet may jump to row 1,048,576)
            cells = list(row)
            if len(cells) < width:  # a row ends at its last filled cell
                cells.extend([None] * (width - len(cells)))
            for n, cell in enumerate(cells):
                if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                    column = header[n] if n < width else ""
                    raise _ReadError(
                        line,
                        column,
                        f"the cell has {len(cell):,} characters; at most {MAX_CELL_CHARS:,}",
                    )
            yield line, cells

    return Table(header, header_line, rows(), declared, lambda: position[0])


@contextlib.contextmanager
def open_table(path: Path) -> Iterator[Table]:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise _refuse("old .xls files are not supported: save it as .xlsx or .csv")
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        raise _refuse(f"unknown file type “{suffix}”: use .csv or .xlsx")
    with _open_regular(path, MAX_FILE_BYTES) as (f, size):
        if suffix == ".csv":
            yield _csv_table(f, size)
        else:
            with _xlsx_table(f, size) as table:
                yield table


def _check_header(header: list[str], line: int) -> tuple[list[str], list[RowError]]:
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    errors = []
    seen: set[str] = set()
    for name in names:
        if name and name not in COLUMNS:
            errors.append(
                RowError(line, name, f"unknown column; the columns are {', '.join(COLUMNS)}")
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
        with open_table(path) as table:
            ref = _check(store, table, report, tick)
    except _ReadError as exc:
        report.errors.append(exc.error)
        return report
    except OSError as exc:
        report.errors.append(
            RowError(HEADER_LINE, "", f"cannot read the file: {exc.strerror or exc}")
        )
        return report
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


def _check(store: Store, table: Table, report: ImportReport, tick: ImportProgress):
    """Validate every row of ``table`` into ``report``; the reference data, for writing."""
    names, header_errors = _check_header(table.header, table.header_line)
    report.errors.extend(header_errors)
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
            raise _ReadError(line, "", f"the file has more than {MAX_ROWS:,} rows: split it")
        if len(report.errors) >= MAX_ERRORS:
            raise _ReadError(line, "", f"more than {MAX_ERRORS:,} errors; stopped checking here")
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
        report.parsed.append(ParsedRow(line, values if n < PREVIEW_ROWS else _NO_VALUES, draft))
    tick(total, total, "check")
    return ref


_NO_VALUES: dict[str, object] = {}  # shared, never changed: one empty dict, not 100k


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
