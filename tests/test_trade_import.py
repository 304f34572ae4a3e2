"""desk trade import: Comext and Comtrade files into the store, on both backends (#16)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from desk.cli import main
from desk.errors import InvalidInput
from desk.services import trade_files
from desk.services.trade_import import import_trade_files
from desk.store import Store
from tests.trade_fixtures import (
    ARMENIA_GROWTH,
    COMEXT_COLUMNS,
    THAILAND_GROWTH,
    comext_armenia_rows,
    write_comext,
    write_comtrade,
)


def flows(store: Store, where: str = "1 = 1") -> list[dict]:
    with store.engine.connect() as conn:
        query = f"SELECT * FROM trade_flow WHERE {where} ORDER BY id"
        return [dict(r) for r in conn.execute(sa.text(query)).mappings()]


def count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()


def yearly(rows: list[dict]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for r in rows:
        totals[r["period"][:4]] = totals.get(r["period"][:4], 0.0) + r["value"]
    return totals


def test_comext_armenia_chips_from_the_eu(store: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    path = write_comext(tmp_path / "full_2021_2022.csv")
    [report] = import_trade_files(store, [path], progress=lambda *a: seen.append(a))
    # 24 months × (2 exports under 8542.31/.32 + 1 import); the coffee is skipped
    assert (report.source, report.rows_read, report.rows_kept) == ("comext", 96, 72)
    assert (report.skipped_non_chpi, report.skipped_other, report.replaced) == (24, 0, 0)
    assert report.periods[0] == "2021-01" and len(report.periods) == 24
    assert report.reporters == ("DE", "NL")
    exports = flows(store, "partner = 'AM' AND flow = 'export' AND hs6 LIKE '8542%'")
    assert len(exports) == 48
    first = exports[0]
    assert (first["product"], first["hs6"], first["tier"], first["currency"]) == (
        "85423190",
        "854231",
        "1",
        "EUR",
    )
    assert first["source_file_id"] is not None and first["quantity_kg"] == 120.0
    totals = yearly(exports)
    assert totals["2022"] / totals["2021"] == pytest.approx(ARMENIA_GROWTH)  # +212 %
    imports = flows(store, "flow = 'import'")
    assert len(imports) == 24 and imports[0]["quantity_kg"] is None
    assert seen[0] == (96, 72, "read") and seen[-1] == (72, 72, "write")
    with store.engine.connect() as conn:
        file = conn.execute(sa.text("SELECT * FROM trade_source_file")).mappings().one()
    assert (file["file_name"], file["rows_kept"], file["rows_skipped"]) == (path.name, 72, 24)
    assert (file["first_period"], file["last_period"], file["periods"]) == (
        "2021-01",
        "2022-12",
        24,
    )


def test_comtrade_thailand_exports_to_russia(store: Store, tmp_path: Path) -> None:
    [report] = import_trade_files(store, [write_comtrade(tmp_path / "comtrade.csv")])
    assert (report.source, report.rows_read, report.rows_kept) == ("comtrade", 10, 4)
    # coffee twice; the World and a re-export, twice each
    assert (report.skipped_non_chpi, report.skipped_other) == (2, 4)
    assert report.periods == ("2022", "2023") and report.reporters == ("TH",)
    rows = flows(store)
    assert {(r["reporter"], r["partner"], r["flow"], r["currency"]) for r in rows} == {
        ("TH", "RU", "export", "USD")
    }
    assert {r["tier"] for r in rows} == {"1", "2"}
    totals = yearly(rows)
    assert totals["2023"] / totals["2022"] == pytest.approx(THAILAND_GROWTH)  # +1,083 %


def test_reimport_replaces_what_the_file_covers(store: Store, tmp_path: Path) -> None:
    path = write_comext(tmp_path / "a.csv")
    import_trade_files(store, [path])
    [again] = import_trade_files(store, [path])
    assert again.replaced == 72 and count(store, "trade_flow") == 72
    # a correction for DE in 2022-01 only: NL and the other months stay
    fix = write_comext(tmp_path / "fix.csv", [["DE", "AM", "85423190", "2", "202201", "7", ""]])
    [report] = import_trade_files(store, [fix])
    assert report.replaced == 2  # DE's export and import of that month
    assert [r["value"] for r in flows(store, "reporter = 'DE' AND period = '2022-01'")] == [7.0]
    assert len(flows(store, "reporter = 'NL' AND period = '2022-01'")) == 1
    assert count(store, "trade_flow") == 71
    assert count(store, "trade_source_file") == 3


def test_files_given_together_add_up(store: Store, tmp_path: Path) -> None:
    """A download split by product covers the same reporter and period in two files."""
    a = write_comext(tmp_path / "a.csv", [["DE", "AM", "85423190", "2", "202201", "10", "1"]])
    b = write_comext(tmp_path / "b.csv", [["DE", "AM", "85423290", "2", "202201", "20", "2"]])
    import_trade_files(store, [a, b])
    assert count(store, "trade_flow") == 2
    with pytest.raises(InvalidInput, match="same file"):
        import_trade_files(store, [a, a])


def test_rows_of_one_flow_are_summed(store: Store, tmp_path: Path) -> None:
    # Comext splits a flow by statistical procedure: one stored flow
    rows = [["NL", "AM", "85423190", "2", "202201", "10", "1"]] * 2
    import_trade_files(store, [write_comext(tmp_path / "a.csv", rows)])
    assert [(r["value"], r["quantity_kg"]) for r in flows(store)] == [(20.0, 2.0)]


def test_a_malformed_file_writes_nothing(store: Store, tmp_path: Path) -> None:
    import_trade_files(store, [write_comext(tmp_path / "good.csv")])
    rows = comext_armenia_rows()
    rows[4][5] = "12,5k"  # line 6
    rows[9][4] = "202613"  # line 11
    rows[20][3] = "3"  # line 22
    bad = write_comext(tmp_path / "bad.csv", rows)
    with pytest.raises(InvalidInput) as caught:
        import_trade_files(store, [bad])
    message = str(caught.value)
    assert "\n" not in message and "3 bad row(s), nothing imported" in message
    assert "line 6: value “12,5k” is not a number" in message
    assert "line 11: period “202613”" in message and "line 22: flow “3”" in message
    assert count(store, "trade_flow") == 72 and count(store, "trade_source_file") == 1


def test_line_numbers_count_across_chunks(
    local_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trade_files, "CHUNK_ROWS", 10)
    rows = comext_armenia_rows()
    rows[55][5] = "n/a"
    with pytest.raises(InvalidInput, match="line 57: value “n/a”"):
        import_trade_files(local_store, [write_comext(tmp_path / "bad.csv", rows)])
    [report] = import_trade_files(local_store, [write_comext(tmp_path / "good.csv")])
    assert report.rows_kept == 72


def test_an_unknown_format_names_the_missing_columns(local_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("DECLARANT_ISO,PARTNER_ISO,PRODUCT_NC,FLOW,PERIOD,VALUE\nDE,AM,1,2,202201,3\n")
    with pytest.raises(InvalidInput) as caught:
        import_trade_files(local_store, [path])
    assert str(caught.value) == (
        "other.csv: neither a Eurostat Comext nor a UN Comtrade file: "
        "VALUE_IN_EUROS, QUANTITY_IN_KG missing (for Comext)"
    )


def test_compressed_files(store: Store, tmp_path: Path) -> None:
    gz = write_comext(tmp_path / "full202201.csv.gz")
    plain = write_comtrade(tmp_path / "comtrade.csv")
    archive = tmp_path / "comtrade.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(plain, "comtrade.csv")
    reports = import_trade_files(store, [gz, archive])
    assert [r.rows_kept for r in reports] == [72, 4]


def test_a_7z_archive_as_eurostat_publishes_it(store: Store, tmp_path: Path) -> None:
    import py7zr

    inner = write_comext(tmp_path / "full_v2_202201.dat")
    seven = tmp_path / "full_v2_202201.7z"
    with py7zr.SevenZipFile(seven, "w") as archive:
        archive.write(inner, inner.name)
    inner.unlink()
    [report] = import_trade_files(store, [seven])
    assert (report.source, report.rows_kept) == ("comext", 72)
    assert count(store, "trade_flow") == 72
    with store.engine.connect() as conn:
        name = conn.execute(sa.text("SELECT file_name FROM trade_source_file")).scalar_one()
    assert name == seven.name
    two = tmp_path / "two.7z"
    with py7zr.SevenZipFile(two, "w") as archive:
        archive.write(write_comext(tmp_path / "a.csv"), "a.csv")
        archive.write(write_comtrade(tmp_path / "b.csv"), "b.csv")
    with pytest.raises(InvalidInput, match="holds 2 files"):
        import_trade_files(store, [two])
    broken = tmp_path / "broken.7z"
    broken.write_bytes(b"7z\xbc\xaf\x27\x1c")
    with pytest.raises(InvalidInput, match=r"broken\.7z"):
        import_trade_files(store, [broken])
    assert count(store, "trade_flow") == 72  # nothing more, nothing less


def test_semicolons_and_other_periods(local_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "full.dat"
    lines = [
        ";".join(COMEXT_COLUMNS),
        "FR;AM;85423190;2;202252;100;1",
        "FR;QU;85423190;2;202201;5;",
    ]
    path.write_text("\n".join(lines) + "\n")
    [report] = import_trade_files(local_store, [path])
    # Comext's annual total (month 52) is the year; its own partner codes (QU: not specified)
    # are kept as given
    assert report.periods == ("2022", "2022-01") and report.skipped_other == 0
    assert [r["period"] for r in flows(local_store)] == ["2022", "2022-01"]


def test_dry_run_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = write_comext(tmp_path / "a.csv")
    import_trade_files(store, [path])
    [report] = import_trade_files(store, [path], dry_run=True)
    assert report.dry_run and report.replaced == 72 and report.flows == 72
    assert "would replace 72" in report.summary()
    assert count(store, "trade_source_file") == 1


def test_cli(store: Store, store_path: Path, tmp_path: Path, capsys) -> None:
    db = getattr(store, "test_url", None) or str(store_path)
    path = write_comtrade(tmp_path / "comtrade.csv")
    assert main(["--db", db, "trade", "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would keep 4 of 10 rows" in out and "nothing was written" in out
    assert main(["--db", db, "trade", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "comtrade.csv: comtrade, 2022…2023 (2 periods), 1 reporter(s): kept 4 of 10" in out
    assert "skipped 2 non-CHPI and 4 other" in out and "replaced 0 earlier flows" in out
    bad = write_comext(tmp_path / "bad.csv", [["DE", "AM", "85423190", "2", "202213", "1", ""]])
    assert main(["--db", db, "trade", "import", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        "desk: error: bad.csv: 1 bad row(s), nothing imported: "
        "line 2: period “202213” is not a year or a month (YYYY or YYYYMM)"
    )
    assert count(store, "trade_flow") == 4
