"""Exporting signals: round trips exactly, neutralises formulas, never shows a CHR source."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from desk.services.exporter import export_signals
from desk.services.importer import import_signals
from desk.services.search import SignalFilter, search_signals
from desk.services.signal_format import neutralize, unneutralize
from desk.services.signals import create_signal, get_signal
from tests.helpers import draft

TRICKY = [
    dict(
        title='=HYPERLINK("http://evil","click")',
        summary="+31 20 555\n-- minus line\n@mention",
        source="'quoted' source",
        tags="=cmd; ok",
    ),
    dict(
        title='Quotes "inside", commas, and ; semicolons',
        summary="Ünïcödé — 中文 — Ελληνικά — عربى\r\nCRLF kept as LF",
        country="CN",
        hs_codes="85423100; 8542; 9030.20",
    ),
    dict(
        title="-5 % drop", summary="", source="", source_url="", tags="", hs_codes="", tlp="CLEAR"
    ),
    # a tab is refused in a title since #11.9; a summary keeps its tabs and line breaks
    dict(
        title="Tabs in the summary", summary="\tstarts with a tab\tand\nhas more", category="overig"
    ),
]


def fields(store, sid: int) -> tuple:
    s = get_signal(store, sid)
    return (
        s.observed_on,
        s.country_code,
        s.title,
        s.summary,
        s.category,
        s.source,
        s.source_url,
        s.grade,
        [h.code.digits for h in s.hs_codes],
        s.tlp,
        s.chr,
        s.tags,
    )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_is_exact(store, tmp_path: Path, suffix: str) -> None:
    ids = [create_signal(store, draft(store, **values)) for values in TRICKY]
    originals = sorted(fields(store, sid) for sid in ids)
    out = tmp_path / f"out{suffix}"
    report = export_signals(store, out)
    assert report.rows == len(TRICKY)
    with store.engine.begin() as conn:  # an empty store of the same kind
        conn.exec_driver_sql("DELETE FROM signal")
    result = import_signals(store, out)
    assert result.ok, result.errors
    assert sorted(fields(store, sid) for sid in result.imported_ids) == originals


def test_csv_cells_are_neutralised_for_spreadsheets(store, tmp_path: Path) -> None:
    create_signal(store, draft(store, **TRICKY[0]))
    export_signals(store, tmp_path / "out.csv")
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["title"].startswith("'=")
    assert row["summary"].startswith("'+")
    assert row["tags"].startswith("'=")
    assert row["source"] == "''quoted' source"
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for spreadsheets


def test_xlsx_has_no_formulas(store, tmp_path: Path) -> None:
    create_signal(store, draft(store, **TRICKY[0]))
    export_signals(store, tmp_path / "out.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert ws["C2"].value.startswith("'=")
    assert isinstance(ws["A2"].value, dt.datetime)  # a real date cell


def test_chatham_house_source_is_never_exported(store, tmp_path: Path) -> None:
    create_signal(
        store,
        draft(
            store, chr="true", source="Minister X in person", source_url="https://secret.example"
        ),
    )
    report = export_signals(store, tmp_path / "out.csv")
    assert report.sources_withheld == 1
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "Minister X" not in text and "secret.example" not in text
    export_signals(store, tmp_path / "out.xlsx")
    cells = [
        c.value
        for row in openpyxl.load_workbook(tmp_path / "out.xlsx").active.iter_rows()
        for c in row
    ]
    assert not any("Minister X" in str(v) for v in cells)


def test_export_filters(store, tmp_path: Path) -> None:
    create_signal(store, draft(store, country="TH", title="Thai", observed_on="2026-10-01"))
    create_signal(store, draft(store, country="AM", title="Armenian old", observed_on="2026-01-01"))
    create_signal(store, draft(store, country="AM", title="Armenian new", observed_on="2026-10-01"))
    flt = SignalFilter(regions=frozenset({"DEU"}), since=dt.date(2026, 6, 1))
    assert export_signals(store, tmp_path / "out.csv", flt).rows == 1
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as f:
        assert [r["title"] for r in csv.DictReader(f)] == ["Armenian new"]
    assert len(search_signals(store, SignalFilter())) == 3


@pytest.mark.parametrize(
    "text", ["", "'", "''", "=", "'=x", "a'b", "-", "@@", "\t", "normal", "'abc"]
)
def test_neutralise_is_reversible(text: str) -> None:
    assert unneutralize(neutralize(text)) == text


def test_export_is_atomic(store, tmp_path: Path, monkeypatch) -> None:
    create_signal(store, draft(store))
    target = tmp_path / "out.csv"
    target.write_text("previous export")
    import desk.services.exporter as exporter

    def broken(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporter.csv, "writer", broken)
    with pytest.raises(OSError):
        export_signals(store, target)
    assert target.read_text() == "previous export"
    assert not list(tmp_path.glob("*.tmp"))  # no temp file left
