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


def test_the_series_of_a_row_and_its_baseline_level(imported: Store) -> None:
    from desk.services.trade_flows import flow_series
    from tests.trade_fixtures import ARMENIA_GROWTH, ARMENIA_MONTHLY_2021

    window = Window(baseline=(2021, 2021), current_year=2022)
    rows = run_radar(imported, RadarQuery(countries=frozenset({"AM"}), window=window))
    chips = next(r for r in rows if r.product == "854231" and r.flow == "export")
    series = flow_series(imported, chips, window)
    assert series.monthly and series.currency == "EUR"
    assert series.periods[0] == "2021-01" and series.periods[-1] == "2022-12"
    assert len(series.values) == 24
    month_2021 = ARMENIA_MONTHLY_2021[("DE", "85423190")]
    assert series.values[0] == pytest.approx(month_2021)
    assert series.values[-1] == pytest.approx(month_2021 * ARMENIA_GROWTH, rel=1e-4)
    assert series.baseline_level == pytest.approx(month_2021)
    assert sum(series.values[12:]) == pytest.approx(chips.current)

    thailand = run_radar(
        imported,
        RadarQuery(
            countries=frozenset({"TH"}),
            window=Window(baseline=(2022, 2022), current_year=2023),
            grouping="all",
        ),
    )
    annual = flow_series(imported, thailand[0], Window(baseline=(2022, 2022)))
    assert not annual.monthly and annual.periods == ["2022", "2023"]
    assert annual.baseline_level == pytest.approx(thailand[0].baseline)


def test_a_tier_narrows_the_radar(imported: Store) -> None:
    window = Window(baseline=(2021, 2021), current_year=2022)
    every = run_radar(imported, RadarQuery(countries=frozenset({"AM", "TH"}), window=window))
    tiers = {r.product: r for r in every}
    assert tiers
    from desk.services.trade_flows import load_flows

    flows = load_flows(imported, ["AM", "TH"])
    tier = str(flows["tier"].iloc[0])
    narrowed = run_radar(
        imported, RadarQuery(countries=frozenset({"AM", "TH"}), window=window, tier=tier)
    )
    wanted = set(flows.loc[flows["tier"] == tier, "hs6"])
    assert narrowed and {r.product for r in narrowed} <= wanted
