"""The radar over imported files, on both backends: the issue's known answers end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.services.trade_flows import RadarQuery, run_radar
from desk.services.trade_import import import_trade_files
from desk.services.trade_radar import ALL_CHPI, Window
from desk.store import Store
from tests.trade_fixtures import write_comext, write_comtrade


@pytest.fixture
def imported(store: Store, tmp_path: Path) -> Store:
    import_trade_files(
        store, [write_comext(tmp_path / "comext.csv"), write_comtrade(tmp_path / "comtrade.csv")]
    )
    return store


def test_known_answers_from_the_files(imported: Store) -> None:
    armenia = run_radar(
        imported,
        RadarQuery(
            countries=frozenset({"AM"}),
            window=Window(baseline=(2021, 2021), current_year=2022),
            grouping="all",
        ),
    )
    exports = [r for r in armenia if r.flow == "export"]
    assert [(r.reporter, r.product) for r in exports] == [("EU", ALL_CHPI)]
    assert exports[0].growth_pct == pytest.approx(212.0) and exports[0].flagged
    thailand = run_radar(
        imported,
        RadarQuery(
            countries=frozenset({"TH"}),
            window=Window(baseline=(2022, 2022), current_year=2023),
            grouping="all",
        ),
    )
    (row,) = thailand
    assert (row.reporter, row.partner, row.currency) == ("TH", "RU/BY", "USD")
    assert row.growth_pct == pytest.approx(1083.0) and row.flagged


def test_a_region_and_an_hs_code_narrow_it(imported: Store) -> None:
    window = Window(baseline=(2021, 2021), current_year=2022)
    dao = run_radar(imported, RadarQuery(countries=frozenset({"TH", "CN"}), window=window))
    assert {r.country for r in dao} == {"TH"}  # Armenia is not in it
    chips = run_radar(imported, RadarQuery(hs6="8542.31", window=window))
    assert {r.product for r in chips} == {"854231"}
    flagged = run_radar(imported, RadarQuery(window=window, flagged_only=True))
    assert flagged and all(r.flagged for r in flagged)


def test_cli_radar_table_and_json(imported: Store, capsys) -> None:
    import json

    from desk.cli import main
    from tests.helpers import db_arg

    db = db_arg(imported)
    assert main(["--db", db, "trade", "radar", "--country", "Armenia", "--baseline", "2021",
                 "--current", "2022", "--by", "all"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "AM" in out and "+212 %" in out and "FLAG" in out and "EUR 3.7M" in out
    assert main(["--db", db, "trade", "radar", "--region", "DAO", "--baseline", "2022",
                 "--current", "2023", "--by", "all", "--json"]) == 0  # fmt: skip
    rows = json.loads(capsys.readouterr().out)
    assert [(r["country"], r["currency"], round(r["growth_pct"])) for r in rows] == [
        ("TH", "USD", 1083)
    ]
    assert rows[0]["flagged"] is True and "excess" in rows[0] and "baseline" in rows[0]
    assert main(["--db", db, "trade", "radar", "--baseline", "2022-2021"]) == 1
    assert "first year comes first" in capsys.readouterr().err
