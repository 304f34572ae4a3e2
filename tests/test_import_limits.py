"""Hostile files cannot exhaust memory (#11.8).

Each import runs as `desk signals import` in a child process under an address-space ceiling
and must end with a one-line reason per problem (no traceback, no MemoryError) and a peak
resident memory of at most 500 MB. The children run side by side: each spends most of its
second starting Python.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

import openpyxl
import pytest

from desk.store.unlockfile import unlock_file
from tests.helpers import SIGNAL_COLUMNS, signal_values, write_csv

pytestmark = pytest.mark.slow

CEILING_MB = 1024  # address space; Python, SQLCipher and openpyxl map ~250 MB of it idle
PEAK_LIMIT_KB = 500 * 1024
CHILD = Path(__file__).with_name("import_process.py")
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
MB = 1024 * 1024


class Outcome(NamedTuple):
    code: int
    stderr: list[str]
    peak_kb: int


def run_import(db: Path, secrets: dict, path: Path) -> Outcome:
    peak = path.with_name(path.name + ".peak")
    desk = ["--db", str(db), "signals", "import", str(path)]
    result = subprocess.run(
        [sys.executable, str(CHILD), str(CEILING_MB), str(peak), "--", *desk],
        capture_output=True,
        text=True,
        timeout=120,  # the old importer waited forever on a pipe
        env={
            **os.environ,
            "DESK_TEST_KEYS": json.dumps([[s, u, p] for (s, u), p in secrets.items()]),
            "PYTHONPATH": str(CHILD.parent.parent),
        },
    )
    return Outcome(result.returncode, result.stderr.splitlines(), int(peak.read_text()))


# -- the hostile files ------------------------------------------------------------------------
def cell_at(coordinate: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        """A few KB: openpyxl declares the dimension A1:<coordinate> for it."""
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(list(SIGNAL_COLUMNS))
        ws.append(list(signal_values().values()))
        ws[coordinate] = "x"
        path = folder / f"{coordinate}.xlsx"
        wb.save(path)
        assert path.stat().st_size < 10_000
        return path

    return make


def package(path: Path, parts: dict[str, bytes]) -> Path:
    """A minimal workbook of ``parts`` around a sheet with a header row."""
    header = b"".join(
        f'<c r="{chr(65 + n)}1" t="inlineStr"><is><t>{c}</t></is></c>'.encode()
        for n, c in enumerate(SIGNAL_COLUMNS)
    )
    base = {
        "[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        b'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
        b'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        b'worksheet+xml"/></Types>',
        "_rels/.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        b"</Relationships>",
        "xl/workbook.xml": f'<workbook xmlns="{MAIN_NS}" xmlns:r="http://schemas.openxmlformats'
        '.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/>'
        "</sheets></workbook>".encode(),
        "xl/_rels/workbook.xml.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
        b'.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        b"</Relationships>",
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1">'.encode()
        + header
        + b"</row></sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (base | parts).items():
            z.writestr(name, data)
    return path


def zip_bomb(folder: Path, mb: int = 400) -> Path:
    """One cell of ``mb`` MB that packs to less than 2 MB."""
    path = folder / f"bomb{mb}.xlsx"
    chunk = b"A" * MB
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z,  # fast to make
        z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet,
    ):
        sheet.write(f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="2">'.encode())
        sheet.write(b'<c r="C2" t="inlineStr"><is><t>')
        for _ in range(mb):
            sheet.write(chunk)
        sheet.write(b"</t></is></c></row></sheetData></worksheet>")
    with zipfile.ZipFile(package(folder / f"around{mb}.xlsx", {})) as around:
        parts = {i.filename: around.read(i) for i in around.infolist()}
    del parts["xl/worksheets/sheet1.xml"]
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    assert path.stat().st_size < 2 * MB
    return path


def long_shared_string(folder: Path) -> Path:
    strings = f'<sst xmlns="{MAIN_NS}"><si><t>'.encode() + b"A" * (3 * MB) + b"</t></si></sst>"
    return package(folder / "string.xlsx", {"xl/sharedStrings.xml": strings})


def sparse_csv(folder: Path) -> Path:
    path = write_csv(folder / "sparse.csv", [signal_values()])
    with path.open("r+b") as f:
        f.truncate(1536 * MB)  # a hole: no disk space used
    return path


def symlink_to_dev_zero(folder: Path) -> Path:
    path = folder / "zero.csv"
    path.symlink_to("/dev/zero")
    return path


def pipe(folder: Path) -> Path:
    path = folder / "pipe.csv"
    os.mkfifo(path)  # opening it for reading waits for a writer, forever
    return path


def endless_line(folder: Path) -> Path:
    path = folder / "line.csv"
    path.write_bytes(",".join(SIGNAL_COLUMNS).encode() + b"\n" + b"a" * (10 * MB))
    return path


def many_parts(folder: Path) -> Path:
    path = package(folder / "parts.xlsx", {})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as z:
        for n in range(30_000):  # a 1.3 MB directory; a million parts took 560 MB to list
            z.writestr(f"p{n}", b"")
    return path


def bloated_styles(folder: Path) -> Path:
    styles = f'<styleSheet xmlns="{MAIN_NS}"><cellXfs>'.encode() + b"<xf/>" * 400_000
    return package(folder / "styles.xlsx", {"xl/styles.xml": styles + b"</cellXfs></styleSheet>"})


def many_shared_strings(folder: Path) -> Path:
    strings = f'<sst xmlns="{MAIN_NS}">'.encode() + b"<si><t>a</t></si>" * 1_200_000 + b"</sst>"
    return package(folder / "strings.xlsx", {"xl/sharedStrings.xml": strings})


def entity_declaration(folder: Path) -> Path:
    sheet = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
        + f'<worksheet xmlns="{MAIN_NS}"><sheetData/></worksheet>'.encode()
    )
    return package(folder / "dtd.xlsx", {"xl/worksheets/sheet1.xml": sheet})


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "xlsx cell at XFD1048576": (
        cell_at("XFD1048576"),
        f"line 1048576, (row): has 16384 values but the header has {len(SIGNAL_COLUMNS)} columns",
    ),
    "xlsx cell at A1048576": (cell_at("A1048576"), "line 1048576, observed_on:"),
    "zip bomb, one 400 MB cell": (
        zip_bomb,
        "xl/worksheets/sheet1.xml unpacks to 400 MB; at most 128 MB",
    ),
    "one 3 MB cell": (
        lambda folder: zip_bomb(folder, 3),
        "a row in xl/worksheets/sheet1.xml is longer than 2 MB",
    ),
    "one 3 MB shared string": (
        long_shared_string,
        "a string in xl/sharedStrings.xml is longer than 2 MB",
    ),
    "sparse 1.5 GB csv": (sparse_csv, "the file has 1,536 MB; at most 100 MB"),
    "csv symlink to /dev/zero": (symlink_to_dev_zero, "not a regular file"),
    "csv that is a pipe": (pipe, "not a regular file"),
    "csv line without end": (endless_line, "line 2: the line is longer than 4 MB"),
    "30,000 zip parts": (many_parts, "too many parts"),
    "2 MB styles part": (bloated_styles, "the workbook's formatting and extras unpacks to 2 MB"),
    "1.2 million shared strings": (
        many_shared_strings,
        "1,200,000 shared strings; at most 1,000,000",
    ),
    "entity declaration": (entity_declaration, "declares a DTD"),
}


@pytest.fixture(scope="module")
def outcomes(template_store, tmp_path_factory) -> dict[str, Outcome]:
    folder = tmp_path_factory.mktemp("hostile")
    source, secrets = template_store
    db = folder / "desk.db"
    shutil.copy2(source, db)
    shutil.copy2(unlock_file(source), unlock_file(db))
    files = {case: make(folder) for case, (make, _) in CASES.items()}
    workers = min(4, os.cpu_count() or 1)
    with ThreadPoolExecutor(workers) as pool:
        runs = {case: pool.submit(run_import, db, secrets, path) for case, path in files.items()}
        return {case: run.result() for case, run in runs.items()}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_file_is_refused_within_500_mb(outcomes, case: str) -> None:
    reason = CASES[case][1]
    code, err, peak = outcomes[case]
    assert code == 1, err
    assert not any("Traceback" in line or "MemoryError" in line for line in err), err
    assert any(reason in line for line in err), err
    assert err[-1].endswith("nothing imported"), err
    assert peak <= PEAK_LIMIT_KB, f"peak {peak // 1024} MB"


def test_a_normal_import_fits_under_the_same_ceiling(template_store, tmp_path: Path) -> None:
    source, secrets = template_store
    db = tmp_path / "desk.db"
    shutil.copy2(source, db)
    shutil.copy2(unlock_file(source), unlock_file(db))
    path = write_csv(tmp_path / "ok.csv", [signal_values(title=f"S {i}") for i in range(50)])
    code, err, peak = run_import(db, secrets, path)
    assert (code, err) == (0, [])
    assert peak <= PEAK_LIMIT_KB
