"""Importing signals from CSV and XLSX: all or nothing, errors with line and column."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.models.enums import Tlp
from desk.services.importer import ImportCancelled, import_signals
from desk.services.search import SignalFilter, count_signals, search_signals
from desk.services.signals import get_signal, signal_history
from tests.helpers import SIGNAL_COLUMNS, signal_values, write_csv


def stored(store) -> int:
    return count_signals(
        store, SignalFilter(statuses=frozenset({"new", "reviewed", "discussed", "archived"}))
    )


def test_valid_import_exact_counts_and_fields(store, tmp_path: Path) -> None:
    rows = [
        signal_values(),
        signal_values(
            observed_on="03-11-2026",
            country="Kirgizië",
            title='Bank "A" & the stablecoin',
            summary='First line,\nsecond line with ; and "quotes"',
            category="financieel",
            source="",
            source_url="",
            reliability="c",
            credibility="3",
            hs_codes="85423100; 8457.10",
            tlp="tlp:amber+strict",
            chr="ja",
            tags="crypto;A7A5 ; crypto",
        ),
        signal_values(
            country="Verenigde Arabische Emiraten",
            title="Gold",
            tlp="",
            chr="",
            hs_codes="",
            tags="",
        ),
    ]
    report = import_signals(store, write_csv(tmp_path / "in.csv", rows), actor="anna")
    assert report.ok and report.imported == 3 and report.duplicates == []
    assert stored(store) == 3
    second = get_signal(store, report.imported_ids[1])
    assert second.observed_on == dt.date(2026, 11, 3)
    assert (second.country_code, second.region) == ("KG", "DEU")
    assert second.title == 'Bank "A" & the stablecoin'
    assert second.summary == 'First line,\nsecond line with ; and "quotes"'
    assert (second.category, second.grade, second.tlp, second.chr) == (
        "finance",
        "C3",
        Tlp.AMBER_STRICT,
        True,
    )
    assert [h.code.digits for h in second.hs_codes] == ["845710", "85423100"]
    assert second.chpi_tier == "1"
    assert second.tags == ["crypto", "A7A5"]
    third = get_signal(store, report.imported_ids[2])
    assert (third.country_code, third.tlp, third.chr) == ("AE", Tlp.AMBER, False)  # defaults
    (entry,) = signal_history(store, report.imported_ids[0])
    assert (entry.action, entry.actor, entry.new_value) == ("import", "anna", "in.csv")


def test_the_kind_of_source_is_optional_and_understood_in_dutch(store, tmp_path: Path) -> None:
    from desk.models.enums import SourceKind

    rows = [
        signal_values(title="A", source_kind="post"),
        signal_values(title="B", source_kind="Douane"),
        signal_values(title="C", source_kind="  open   bron "),
        signal_values(title="D", source_kind="handelsstatistieken"),
        signal_values(title="E", source_kind=""),
    ]
    columns = SIGNAL_COLUMNS
    report = import_signals(store, write_csv(tmp_path / "in.csv", rows, columns), actor="anna")
    assert report.ok, report.errors
    kinds = [get_signal(store, sid).source_kind for sid in report.imported_ids]
    assert kinds == [
        SourceKind.POST,
        SourceKind.CUSTOMS,
        SourceKind.OPEN_SOURCE,
        SourceKind.TRADE_DATA,
        SourceKind.UNSPECIFIED,
    ]
    # a file without the column: every kind unspecified
    report = import_signals(store, write_csv(tmp_path / "old.csv", [signal_values(title="F")]))
    assert get_signal(store, report.imported_ids[0]).source_kind == SourceKind.UNSPECIFIED

    bad = import_signals(
        store, write_csv(tmp_path / "bad.csv", [signal_values(source_kind="Jan")], columns)
    )
    (error,) = bad.errors
    assert (error.line, error.column) == (2, "source_kind")
    assert "unknown kind of source “Jan”" in error.message and "customs" in error.message


BAD_ROWS = {
    "date": ({"observed_on": "2026-02-30"}, "observed_on", "not a real date"),
    "ambiguous date": ({"observed_on": "12/11/10"}, "observed_on", "not an unambiguous date"),
    "number as date": ({"observed_on": "1"}, "observed_on", "not an unambiguous date"),
    "month as date": ({"observed_on": "March"}, "observed_on", "not an unambiguous date"),
    "future date": ({"observed_on": "2099-01-01"}, "observed_on", "in the future"),
    "unknown country": ({"country": "Atlantis"}, "country", "unknown country"),
    "reliability out of range": ({"reliability": "G"}, "reliability", "A–F"),
    "credibility out of range": ({"credibility": "7"}, "credibility", "1–6"),
    "credibility not whole": ({"credibility": "2.5"}, "credibility", "1–6"),
    "missing title": ({"title": ""}, "title", "required"),
    "title too long": ({"title": "x" * 201}, "title", "at most 200"),
    "unknown TLP": ({"tlp": "PURPLE"}, "tlp", "unknown TLP"),
    "unknown category": ({"category": "smuggling"}, "category", "unknown category"),
    "bad HS code": ({"hs_codes": "8542.31; 12"}, "hs_codes", "4 to 10"),
    "bad URL": ({"source_url": "javascript:alert(1)"}, "source_url", "web address"),
    "bad chr": ({"chr": "maybe"}, "chr", "true or false"),
    # control characters reach terminals as escape sequences and break spreadsheets (#11.9)
    "escape in title": ({"title": "Red \x1b[31malert"}, "title", "(U+001B, escape) at character 5"),
    "tab in title": ({"title": "Tab\tinside"}, "title", "U+0009, tab"),
    "control in summary": ({"summary": "ok\nthen \x01"}, "summary", "U+0001"),
    "C1 in source": ({"source": "CSI \x9b2J"}, "source", "U+009B"),
    "DEL in tags": ({"tags": "ok; b\x7fad"}, "tags", "U+007F"),
    "escape in country": ({"country": "T\x1bH"}, "country", "U+001B"),
    "control in URL": ({"source_url": "https://a.example/\x05"}, "source_url", "U+0005"),
}


@pytest.mark.parametrize("kind", list(BAD_ROWS))
def test_one_bad_row_rejects_the_file(store, tmp_path: Path, kind: str) -> None:
    change, column, reason = BAD_ROWS[kind]
    rows = [signal_values(title=f"Good {i}") for i in range(5)]
    rows.insert(3, signal_values(**change))  # header is line 1: this is line 5
    report = import_signals(store, write_csv(tmp_path / "bad.csv", rows))
    assert not report.ok and report.imported == 0
    assert stored(store) == 0
    (error,) = report.errors
    assert (error.line, error.column) == (5, column)
    assert reason in error.message
    assert str(error).startswith(f"line 5, {column}: ")


def test_control_characters_are_refused_but_summary_tabs_and_newlines_stay(
    store, tmp_path: Path
) -> None:
    rows = [
        signal_values(summary="a\tb\r\nsecond line\n\tindented"),
        signal_values(title="Evil \x1b]0;owned\x07", tags="x\x85y"),
    ]
    report = import_signals(store, write_csv(tmp_path / "in.csv", rows))
    assert [(e.line, e.column) for e in report.errors] == [(3, "title"), (3, "tags")]
    assert not any(c in str(e) for e in report.errors for c in "\x1b\x07\x85")  # never echoed
    report = import_signals(store, write_csv(tmp_path / "ok.csv", rows[:1]))
    assert report.ok
    assert get_signal(store, report.imported_ids[0]).summary == "a\tb\nsecond line\n\tindented"


def test_the_edit_dialogs_check_refuses_control_characters_too(store) -> None:
    from desk.services.reference import load_reference
    from desk.services.validation import SignalValidator

    validator = SignalValidator(load_reference(store))
    assert "U+001B" in validator.check("title", "Red \x1b[31malert")
    assert "U+0007" in validator.check("summary", "bell\x07")
    assert validator.check("summary", "tab\tand\nnewline") is None


def test_wrong_column_count(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "in.csv", [signal_values(), signal_values(title="b")])
    with path.open("a", encoding="utf-8", newline="") as f:
        csv.writer(f).writerow([*signal_values(title="c").values(), "surplus"])
        csv.writer(f).writerow(["2026-10-01", "TH", "too few"])
    report = import_signals(store, path)
    assert [(e.line, e.column) for e in report.errors] == [(4, "(row)"), (5, "(row)")]
    assert "15 values but the header has 14" in report.errors[0].message
    assert stored(store) == 0


def test_line_numbers_count_rows_not_physical_lines(store, tmp_path: Path) -> None:
    rows = [signal_values(summary="one\ntwo\nthree"), signal_values(title="", summary="a\nb")]
    report = import_signals(store, write_csv(tmp_path / "in.csv", rows))
    assert [(e.line, e.column) for e in report.errors] == [(3, "title")]


def test_every_error_is_reported_not_just_the_first(store, tmp_path: Path) -> None:
    rows = [
        signal_values(country="Atlantis", reliability="Z"),
        signal_values(),
        signal_values(tlp="x"),
    ]
    report = import_signals(store, write_csv(tmp_path / "in.csv", rows))
    assert [(e.line, e.column) for e in report.errors] == [
        (2, "country"),
        (2, "reliability"),
        (4, "tlp"),
    ]


def test_header_problems(store, tmp_path: Path) -> None:
    cols = [c for c in SIGNAL_COLUMNS if c != "credibility"] + ["colour"]
    report = import_signals(store, write_csv(tmp_path / "in.csv", [signal_values()], columns=cols))
    assert {(e.line, e.column) for e in report.errors} >= {(1, "colour"), (1, "credibility")}
    assert stored(store) == 0


def test_optional_columns_may_be_left_out(store, tmp_path: Path) -> None:
    cols = ("observed_on", "country", "title", "category", "reliability", "credibility")
    report = import_signals(store, write_csv(tmp_path / "in.csv", [signal_values()], columns=cols))
    assert report.ok and report.imported == 1


def test_bom_semicolons_and_blank_lines(store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "in.csv",
        [signal_values(), {}, signal_values(title="b")],
        encoding="utf-8-sig",
        delimiter=";",
    )
    report = import_signals(store, path)
    assert report.ok and report.imported == 2


def test_not_utf8(store, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    write_csv(path, [signal_values(), signal_values(title="Curaçao trade")], encoding="latin-1")
    report = import_signals(store, path)
    (error,) = report.errors
    assert error.line == 3 and "UTF-8" in error.message


def test_empty_and_unknown_files(store, tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("hello")
    assert "empty" in import_signals(store, tmp_path / "empty.csv").errors[0].message
    assert "unknown file type" in import_signals(store, tmp_path / "notes.txt").errors[0].message


def test_duplicates_are_skipped_and_reported(store, tmp_path: Path) -> None:
    first = import_signals(store, write_csv(tmp_path / "a.csv", [signal_values()]))
    rows = [
        signal_values(
            title="  chip RE-EXPORTS via   bangkok distributors "
        ),  # same after normalising
        signal_values(title="New one"),
        signal_values(title="New one"),  # repeats line 3
        signal_values(title="New one", observed_on="2026-10-16"),  # another date: not a duplicate
    ]
    report = import_signals(store, write_csv(tmp_path / "b.csv", rows))
    assert report.ok and report.imported == 2
    assert [(d.line, d.existing_id, d.first_line) for d in report.duplicates] == [
        (2, first.imported_ids[0], None),
        (4, None, 3),
    ]
    assert stored(store) == 3


def test_duplicates_are_found_by_key_across_lookup_chunks(store, tmp_path: Path) -> None:
    """The stored duplicates are looked up a chunk of (title, date) pairs at a time: one in a
    later chunk is found, and the same title on the same day in another country is new."""
    from desk.services.importer import DUPLICATE_CHUNK

    first = import_signals(
        store,
        write_csv(
            tmp_path / "a.csv",
            [signal_values(title="Zz last key"), signal_values(title="Aa first key")],
        ),
    )
    assert first.imported == 2
    fillers = [signal_values(title=f"Filler {i:04d}") for i in range(DUPLICATE_CHUNK + 10)]
    rows = [
        signal_values(title="aa FIRST key"),  # line 2: the first stored one
        *fillers,
        signal_values(title="Zz last key", country="AE"),  # same title and day, another country
        signal_values(title="zz last   key"),  # the second stored one, in the last chunk
    ]
    report = import_signals(store, write_csv(tmp_path / "b.csv", rows))
    last = len(rows) + 1
    assert report.ok and report.imported == len(fillers) + 1
    assert [(d.line, d.existing_id) for d in report.duplicates] == [
        (2, first.imported_ids[1]),
        (last, first.imported_ids[0]),
    ]
    assert stored(store) == 2 + len(fillers) + 1


def test_dry_run_writes_nothing(store, tmp_path: Path) -> None:
    report = import_signals(store, write_csv(tmp_path / "a.csv", [signal_values()]), dry_run=True)
    assert report.ok and report.to_import == 1 and report.imported == 0
    assert stored(store) == 0


def test_progress_and_cancel_leave_nothing(store, tmp_path: Path) -> None:
    rows = [signal_values(title=f"Signal {i}") for i in range(5000)]
    path = write_csv(tmp_path / "big.csv", rows)
    seen: list[tuple[int, int, str]] = []

    def cancel_while_writing() -> bool:
        return any(phase == "write" and done >= 2000 for done, _, phase in seen)

    with pytest.raises(ImportCancelled):
        import_signals(
            store, path, progress=lambda *a: seen.append(a), should_cancel=cancel_while_writing
        )
    assert {p for _, _, p in seen} >= {"read", "check", "write"}
    assert stored(store) == 0  # the rows written before the cancel were rolled back


def _indexes(store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'signal' "
            "AND sql IS NOT NULL ORDER BY name"
        ).all()


def test_a_large_import_rebuilds_the_indexes_it_set_aside(local_store, tmp_path: Path) -> None:
    store = local_store
    import gc

    before = _indexes(store)
    assert {name for name, _ in before} >= {"ix_signal_grade", "ix_signal_observed"}
    rows = [signal_values(title=f"Signal {i}", reliability="ABC"[i % 3]) for i in range(4500)]
    path = write_csv(tmp_path / "big.csv", rows)
    seen: list[tuple[int, int, str]] = []

    def cancel_late() -> bool:
        return any(phase == "write" and done >= 2000 for done, _, phase in seen)

    with pytest.raises(ImportCancelled):  # a rollback brings the indexes back
        import_signals(store, path, progress=lambda *a: seen.append(a), should_cancel=cancel_late)
    assert _indexes(store) == before and gc.isenabled()

    assert import_signals(store, path).imported == 4500  # into an empty table: indexes rebuilt
    assert _indexes(store) == before and gc.isenabled()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert count_signals(store, SignalFilter()) == 4500


def test_xlsx_with_typed_cells(store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(SIGNAL_COLUMNS))
    good = signal_values()
    ws.append(
        [
            dt.datetime(2026, 10, 1)
            if c == "observed_on"
            else (2 if c == "credibility" else good[c])
            for c in SIGNAL_COLUMNS
        ]
    )
    ws.append([None] * len(SIGNAL_COLUMNS))  # a blank row in between still counts as a line
    ws.append([good[c] if c != "observed_on" else 45000 for c in SIGNAL_COLUMNS])  # a bare number
    wb.save(tmp_path / "in.xlsx")
    report = import_signals(store, tmp_path / "in.xlsx")
    assert [(e.line, e.column) for e in report.errors] == [(4, "observed_on")]
    ws.delete_rows(4)
    wb.save(tmp_path / "in.xlsx")
    report = import_signals(store, tmp_path / "in.xlsx")
    assert report.ok and report.imported == 1
    (row,) = search_signals(store, SignalFilter())
    assert (row.observed_on, row.grade) == (dt.date(2026, 10, 1), "B2")


def test_xlsx_value_outside_the_header(store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(SIGNAL_COLUMNS))
    ws.append([*signal_values().values(), "stray"])
    wb.save(tmp_path / "in.xlsx")
    report = import_signals(store, tmp_path / "in.xlsx")
    assert [(e.line, e.column) for e in report.errors] == [(2, "(row)")]


cell = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "2026-10-01", "TH", "B", "2", "AMBER", "8542.31", "re-export"]),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.fixed_dictionaries({c: cell for c in SIGNAL_COLUMNS}), min_size=1, max_size=6)
)
def test_arbitrary_cells_never_crash_or_half_import(store, tmp_path_factory, rows) -> None:
    before = stored(store)
    path = write_csv(tmp_path_factory.mktemp("h") / "in.csv", rows)
    report = import_signals(store, path)
    after = stored(store)
    if report.ok:
        assert after - before == report.imported == report.rows - len(report.duplicates)
    else:
        assert after == before and report.imported == 0
        assert all(e.line >= 1 for e in report.errors)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_arbitrary_file_content_never_crashes(store, tmp_path_factory, content: bytes) -> None:
    path = tmp_path_factory.mktemp("h") / "in.csv"
    path.write_bytes(content)
    before = stored(store)
    report = import_signals(store, path)
    assert report.imported == 0 or report.ok
    assert stored(store) == before + report.imported


def test_streamed_csv_keeps_line_ends_and_a_quoted_marking_line(store, tmp_path: Path) -> None:
    """Read line by line now (#11.8): old Mac line ends and a quoted first marking line."""
    path = write_csv(tmp_path / "mac.csv", [signal_values(), signal_values(title="b")])
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\r"))
    report = import_signals(store, path, dry_run=True)
    assert report.ok and report.to_import == 2
    text = write_csv(tmp_path / "x.csv", [signal_values(country="Atlantis")]).read_text()
    (tmp_path / "x.csv").write_text('"# Intern, niet openbaar — TLP:AMBER"\r\n' + text)
    report = import_signals(store, tmp_path / "x.csv")
    assert [(e.line, e.column) for e in report.errors] == [(3, "country")]


def test_statistics_are_refreshed_only_after_a_load_that_changes_them(
    local_store, monkeypatch
) -> None:
    """ANALYZE reads every index (1.7 s at 1,000,000 signals): a load of a fifth of the table
    or more refreshes the statistics, a smaller one leaves them."""
    from desk.services import signals as sigmod
    from desk.services.demo import synthetic_drafts
    from desk.services.reference import load_reference

    calls: list[int] = []
    monkeypatch.setattr(sigmod.search_index, "refresh_statistics", lambda conn: calls.append(1))
    ref = load_reference(local_store)
    drafts = synthetic_drafts(ref, 3600, seed=3)
    with local_store.transaction() as s:
        sigmod.insert_signals(s, drafts[:3000], ref, actor="test")
    assert calls == [1]  # into an empty table
    with local_store.transaction() as s:
        sigmod.insert_signals(s, drafts[3000:], ref, actor="test")  # 600: a fifth of 3,000
    assert calls == [1, 1]
    with local_store.transaction() as s:
        sigmod.insert_signals(s, drafts[3000:3500], ref, actor="test")  # 500 of 3,600: less
    assert calls == [1, 1]
