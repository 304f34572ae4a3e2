"""Exporting signals: round trips exactly, neutralises formulas, never shows a CHR source."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from desk.models.enums import Tlp
from desk.services.exporter import export_signals
from desk.services.importer import import_signals
from desk.services.search import SignalFilter, search_signals
from desk.services.signal_format import neutralize, unneutralize
from desk.services.signals import create_signal, get_signal
from tests.helpers import draft, exported_rows

TRICKY = [
    dict(
        title='=HYPERLINK("http://evil","click")',
        summary="+31 20 555\n-- minus line\n@mention",
        source="'quoted' source",
        source_kind="douane",
        tags="=cmd; ok",
    ),
    dict(
        title='Quotes "inside", commas, and ; semicolons',
        summary="Ünïcödé — 中文 — Ελληνικά — عربى\r\nCRLF kept as LF",
        country="CN",
        hs_codes="85423100; 8542; 9030.20",
        source_kind="open-source",
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
        s.source_kind,
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
    (row,) = exported_rows(tmp_path / "out.csv")
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
    assert [r["title"] for r in exported_rows(tmp_path / "out.csv")] == ["Armenian new"]
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


def _signals_of_every_tlp(store) -> None:
    for n, tlp in enumerate(("CLEAR", "AMBER", "AMBER+STRICT", "RED", "RED")):
        create_signal(store, draft(store, title=f"{tlp} {n}", tlp=tlp))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_red_is_left_out_unless_named_and_the_file_says_so(
    store, tmp_path: Path, suffix: str
) -> None:
    """#11.5: a plain export is safe by default — up to TLP:AMBER — and counts what it left out."""
    _signals_of_every_tlp(store)
    out = tmp_path / f"out{suffix}"
    report = export_signals(store, out)
    assert (report.rows, report.tlp, report.marking) == (2, Tlp.AMBER, "Dep. VERTROUWELIJK")
    assert report.left_out == {Tlp.RED: 2, Tlp.AMBER_STRICT: 1}
    assert report.summary() == (
        f"exported 2 signal(s) to {out} (TLP:AMBER, Dep. VERTROUWELIJK); left out "
        "2 TLP:RED, 1 TLP:AMBER+STRICT signal(s); the file is not encrypted"
    )
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM signal")
    assert import_signals(store, out).imported == 2
    assert {s.tlp for s in search_signals(store, SignalFilter())} == {Tlp.CLEAR, Tlp.AMBER}


def test_red_only_when_named(store, tmp_path: Path) -> None:
    _signals_of_every_tlp(store)
    report = export_signals(store, tmp_path / "all.csv", max_tlp=Tlp.RED)
    assert (report.rows, report.tlp, report.left_out) == (5, Tlp.RED, {})
    assert report.summary().endswith("(TLP:RED, Dep. VERTROUWELIJK); the file is not encrypted")
    report = export_signals(store, tmp_path / "clear.csv", max_tlp=Tlp.CLEAR)
    assert (report.rows, report.tlp) == (1, Tlp.CLEAR)


def test_csv_starts_with_its_marking_which_the_importer_skips(store, tmp_path: Path) -> None:
    create_signal(store, draft(store, tlp="GREEN"))
    out = tmp_path / "out.csv"
    export_signals(store, out, marking="intern", today=dt.date(2026, 11, 27))
    first, header, *_ = out.read_text(encoding="utf-8-sig").splitlines()
    assert first == "# Intern — TLP:GREEN — exported by Desk on 2026-11-27 — not encrypted"
    assert header.startswith("observed_on,country,title")
    with out.open("a", encoding="utf-8", newline="") as f:  # a bad row below the export
        csv.writer(f).writerow(["2026-10-01", "Atlantis", "x", "", "finance", "", "", "A", "1"])
    report = import_signals(store, out)
    assert [(e.line, e.column) for e in report.errors] == [(4, "(row)")]  # as a spreadsheet counts


def test_xlsx_carries_its_marking_in_header_footer_and_properties(store, tmp_path: Path) -> None:
    create_signal(store, draft(store, tlp="AMBER+STRICT"))
    out = tmp_path / "out.xlsx"
    export_signals(store, out, max_tlp=Tlp.AMBER_STRICT, marking="Dep. VERTROUWELIJK")
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet.oddHeader.center.text == "Dep. VERTROUWELIJK — TLP:AMBER+STRICT"
    assert sheet.oddFooter.left.text == "Dep. VERTROUWELIJK — TLP:AMBER+STRICT"
    assert "not encrypted" in sheet.oddFooter.center.text
    assert book.properties.subject == "Dep. VERTROUWELIJK — TLP:AMBER+STRICT"
    assert book.properties.keywords == "TLP:AMBER+STRICT"


def test_a_marking_must_be_one_the_store_allows(store, tmp_path: Path) -> None:
    from desk.services.markings import MarkingRefused, set_markings

    create_signal(store, draft(store))
    with pytest.raises(MarkingRefused, match="state secret"):
        export_signals(store, tmp_path / "out.csv", marking="Stg. GEHEIM")
    set_markings(store, ["Intern", "Openbaar"])
    assert export_signals(store, tmp_path / "out.csv").marking == "Intern"  # the store's first
    assert not (tmp_path / "out.csv").read_text(encoding="utf-8-sig").count("VERTROUWELIJK")


def test_xlsx_export_puts_nothing_in_the_temp_folder(store, tmp_path: Path, monkeypatch) -> None:
    """#11.6: openpyxl wrote the sheet in plaintext to /tmp/openpyxl.* and deleted it after."""
    import os
    import tempfile

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    real_unlink = os.unlink

    def keep_temp_files(path, *args, **kwargs):  # so that a deleted temp file is still seen
        if Path(path).parent == temp:
            return None
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", keep_temp_files)
    monkeypatch.setattr(os, "remove", keep_temp_files)
    for values in TRICKY:
        create_signal(store, draft(store, **values))
    out = tmp_path / "dest" / "out.xlsx"
    out.parent.mkdir()
    assert export_signals(store, out).rows == len(TRICKY)
    assert list(temp.iterdir()) == []
    assert [p.name for p in out.parent.iterdir()] == ["out.xlsx"]
    assert (out.stat().st_mode & 0o777) == 0o600


def test_stored_control_characters_do_not_break_an_xlsx_export(store, tmp_path: Path) -> None:
    """#11.9: a title stored before import refused control characters made every XLSX export
    fail with IllegalCharacterError."""
    import dataclasses

    create_signal(store, dataclasses.replace(draft(store), title="Bell\x07 and \x1b[31mred"))
    report = export_signals(store, tmp_path / "out.xlsx")
    assert report.rows == 1
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert "\x1b" not in sheet["C2"].value and "red" in sheet["C2"].value


def test_a_corrected_row_with_a_known_uuid_is_an_update(store, tmp_path: Path) -> None:
    """#14: provenance columns travel in spreadsheets; a known UUID is that signal again."""
    import csv as csvmod

    sid = create_signal(store, draft(store, title="Lathes via Gyumri", country="AM"))
    create_signal(store, draft(store, title="Bearings via Yerevan", country="AM"))
    out = tmp_path / "out.csv"
    export_signals(store, out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].endswith("uuid,post,author")
    again = import_signals(store, out)
    assert (again.imported, len(again.duplicates), again.updated, again.unchanged) == (0, 0, 0, 2)
    rows = list(csvmod.DictReader(lines[1:]))
    rows[0]["title"] = "Lathes and mills via Gyumri"  # corrected in the spreadsheet
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", encoding="utf-8", newline="") as f:
        w = csvmod.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    report = import_signals(store, fixed)
    assert (report.imported, report.updated, report.unchanged) == (0, 1, 1)
    assert "updated 1 and left 1 unchanged" in report.summary()
    assert get_signal(store, sid).title == "Lathes and mills via Gyumri"


def test_uuid_post_and_author_are_kept_by_an_import(store, tmp_path: Path) -> None:
    from tests.helpers import signal_values, write_csv

    row = signal_values(uuid="1b4e28ba-2fa1-11d2-883f-0016d3cca427", post="Embassy Yerevan",
                        author="Lotte Jansen")  # fmt: skip
    path = write_csv(tmp_path / "in.csv", [row], columns=[*row])
    report = import_signals(store, path)
    assert report.imported == 1
    s = get_signal(store, report.imported_ids[0])
    assert (s.uuid, s.post, s.author) == (
        "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
        "Embassy Yerevan",
        "Lotte Jansen",
    )
    bad = write_csv(tmp_path / "bad.csv", [signal_values(uuid="not-a-uuid")], columns=[*row])
    (error,) = import_signals(store, bad).errors
    assert (error.line, error.column) == (2, "uuid") and "not a UUID" in error.message
