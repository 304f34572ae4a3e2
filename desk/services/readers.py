"""Reading signal files as a stream: which file types there are, and the caps that keep a
hostile file from exhausting memory.

Only regular files are read, their size is checked before reading, and rows, cells, lines and
(for XLSX) the unpacked size of every part are capped. CSV goes through Python's ``csv``
module rather than ``pandas.read_csv``: it tells exactly which record has the wrong number of
fields and counts multi-line cells as one row. XLSX goes through openpyxl's read-only mode,
after a check of the zip package (see ``_check_package``).

A new file type is one reader function and one line in ``READERS``.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO

from desk.services.signal_format import is_marking_line

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

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


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.message}"


# -- reading --------------------------------------------------------------------------------
class ReadError(Exception):
    def __init__(self, line: int, column: str, message: str) -> None:
        super().__init__(message)
        self.error = RowError(line, column, message)


@dataclass
class Table:
    """A file being read: its header, then its rows one by one (never all in memory)."""

    header: list[str]
    header_line: int
    rows: Iterator[tuple[int, list[object]]]  # (line, cells); raises ReadError mid-way
    total: int  # for progress: bytes (CSV) or the rows the sheet declares (XLSX)
    done: Callable[[], int]


def blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _size(n: int) -> str:
    return f"{n / MB:,.0f} MB" if n >= MB else f"{n / 1024:,.0f} KB"


@contextlib.contextmanager
def _open_regular(path: Path, limit: int) -> Iterator[tuple[BinaryIO, int]]:
    """The file opened for reading, if it is a regular file of at most ``limit`` bytes.

    A device (a symlink to /dev/zero), a pipe or a folder is refused before it is read;
    O_NONBLOCK keeps a pipe swapped in after the check from blocking the open.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise ReadError(HEADER_LINE, "", "this is not a regular file (a device, pipe or folder)")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(
                HEADER_LINE, "", "this is not a regular file (a device, pipe or folder)"
            )
        if st.st_size > limit:
            raise ReadError(
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
            raise ReadError(line, "", f"the file is larger than {_size(MAX_FILE_BYTES)}")
        if len(chunk) > MAX_CSV_LINE_BYTES:
            raise ReadError(
                line,
                "",
                f"the line is longer than {_size(MAX_CSV_LINE_BYTES)}: not a CSV text file",
            )
        if b"\x00" in chunk:
            raise ReadError(line, "", "the file contains NUL bytes: it is not a CSV text file")
        if line == 1 and chunk.startswith(b"\xef\xbb\xbf"):
            chunk = chunk[3:]
        # Old Mac line ends (a lone CR) inside: split as bytes, which knows only CR and LF.
        lone_cr = chunk.count(b"\r") > (1 if chunk.endswith(b"\r\n") else 0)
        for piece in chunk.splitlines(keepends=True) if lone_cr else (chunk,):
            try:
                yield piece.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ReadError(
                    line,
                    "",
                    f"the file is not UTF-8 text (byte 0x{piece[exc.start]:02x}); save it as UTF-8",
                ) from None


def _csv_broken(line: int, exc: csv.Error) -> ReadError:
    if "field limit" in str(exc):  # the csv module's own cap on one cell
        limit = csv.field_size_limit()
        return ReadError(line, "", f"a cell is longer than {limit:,} characters")
    return ReadError(line, "", f"the CSV structure is broken here ({exc})")


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
        raise ReadError(header_line, "", "the file is empty: expected a header row")
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


def _refuse(message: str) -> ReadError:
    return ReadError(HEADER_LINE, "", message)


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
    return int(directory)


def _scan_part(stream: IO[bytes], tag: re.Pattern[bytes], name: str) -> int:
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


def _too_long(name: str) -> ReadError:
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


def _unreadable(exc: Exception, line: int = HEADER_LINE) -> ReadError:
    what = "this spreadsheet" if line == HEADER_LINE else "this row"
    return ReadError(line, "", f"cannot read {what} ({type(exc).__name__}: {str(exc)[:200]})")


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
        if any(not blank(c) for c in row):
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
                    raise ReadError(
                        line,
                        column,
                        f"the cell has {len(cell):,} characters; at most {MAX_CELL_CHARS:,}",
                    )
            yield line, cells

    return Table(header, header_line, rows(), declared, lambda: position[0])


@contextlib.contextmanager
def _csv_reader(f: BinaryIO, size: int) -> Iterator[Table]:
    yield _csv_table(f, size)


Reader = Callable[[BinaryIO, int], contextlib.AbstractContextManager[Table]]
# File types by suffix; a reader gets the opened regular file and its size.
READERS: dict[str, Reader] = {
    ".csv": _csv_reader,
    ".xlsx": _xlsx_table,
    ".xlsm": _xlsx_table,
}
# Types people try that Desk cannot read, with what to do instead.
REFUSED = {".xls": "old .xls files are not supported: save it as .xlsx or .csv"}


@contextlib.contextmanager
def open_table(path: Path) -> Iterator[Table]:
    """The file at ``path`` as a ``Table`` of its rows, read as a stream."""
    suffix = path.suffix.lower()
    if suffix in REFUSED:
        raise _refuse(REFUSED[suffix])
    reader = READERS.get(suffix)
    if reader is None:
        known = " or ".join(sorted({s for s in READERS if s != ".xlsm"}))
        raise _refuse(f"unknown file type “{suffix}”: use {known}")
    with _open_regular(path, MAX_FILE_BYTES) as (f, size), reader(f, size) as table:
        yield table
