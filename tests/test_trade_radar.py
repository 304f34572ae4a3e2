"""The trade radar's arithmetic on known answers: the published figures the unit's approach rests
on, a planted anomaly among noise, the third country, the mirror view and spikes."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from desk.services.trade_radar import (
    ALL_CHPI,
    Thresholds,
    Window,
    radar,
    third_country,
)


def flows(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        rows,
        columns=["reporter", "partner", "hs6", "tier", "flow", "period", "value", "currency"],
    )


def monthly(reporter, partner, hs6, tier, flow, year, per_month, currency="EUR"):
    return [
        (reporter, partner, hs6, tier, flow, f"{year}-{m:02d}", per_month, currency)
        for m in range(1, 13)
    ]


def test_the_third_country_is_neither_eu_nor_russia() -> None:
    assert third_country("DE", "AM") == "AM"  # EU exports to Armenia
    assert third_country("TH", "RU") == "TH"  # Thailand's exports to Russia
    assert third_country("AM", "FR") == "AM"  # Armenia's own imports from France
    assert third_country("DE", "FR") is None  # inside the EU
    assert third_country("DE", "RU") is None  # the EU's own trade with Russia
    assert third_country("TH", "AM") is None  # two third countries: not this radar's view


def test_armenia_chips_from_the_eu_grew_212_percent() -> None:
    # Comext: EU declarants' exports of HS 8542 to Armenia; 2022 = 3.12 × 2021
    data = flows(
        monthly("DE", "AM", "854231", "1", "export", 2021, 600_000.0)
        + monthly("FR", "AM", "854239", "1", "export", 2021, 400_000.0)
        + monthly("DE", "AM", "854231", "1", "export", 2022, 1_872_000.0)
        + monthly("FR", "AM", "854239", "1", "export", 2022, 1_248_000.0)
    )
    (row,) = radar(data, Window(baseline=(2021, 2021), current_year=2022), grouping="all")
    assert (row.country, row.product, row.flow, row.reporter) == ("AM", ALL_CHPI, "export", "EU")
    assert row.growth_pct == pytest.approx(212.0)
    assert row.baseline == pytest.approx(12_000_000.0) and row.current == pytest.approx(
        37_440_000.0
    )
    assert row.excess == pytest.approx(25_440_000.0) and row.flagged
    assert row.currency == "EUR" and row.current_label == "2022"


def test_thailand_chpi_exports_to_russia_grew_1083_percent() -> None:
    # Comtrade (annual, USD): Thailand reports its exports to Russia; 2023 = 11.83 × 2022
    data = flows(
        [
            ("TH", "RU", "847150", "2", "export", "2022", 3_000_000.0, "USD"),
            ("TH", "RU", "854231", "1", "export", "2022", 1_000_000.0, "USD"),
            ("TH", "RU", "847150", "2", "export", "2023", 35_490_000.0, "USD"),
            ("TH", "RU", "854231", "1", "export", "2023", 11_830_000.0, "USD"),
        ]
    )
    (row,) = radar(data, Window(baseline=(2022, 2022), current_year=2023), grouping="all")
    assert (row.country, row.reporter, row.partner) == ("TH", "TH", "RU/BY")
    assert row.growth_pct == pytest.approx(1083.0) and row.flagged and row.currency == "USD"
    by_code = radar(data, Window(baseline=(2022, 2022), current_year=2023))
    assert [r.product for r in by_code] == ["847150", "854231"]  # ranked by excess
    by_tier = radar(data, Window(baseline=(2022, 2022), current_year=2023), grouping="tier")
    assert {r.product for r in by_tier} == {"1", "2"}


def test_a_large_anomaly_ranks_above_noise_and_small_growth_is_not_flagged() -> None:
    rng = random.Random(7)
    rows: list[tuple] = []
    for country in ("KZ", "KG", "GE", "TR", "AE", "CN"):
        for year in (2021, 2022):
            for m in range(1, 13):  # noise: ±10 % around €400k a month
                value = 400_000.0 * (1 + rng.uniform(-0.1, 0.1))
                rows.append(
                    ("DE", country, "851762", "2", "export", f"{year}-{m:02d}", value, "EUR")
                )
    for m in range(1, 13):  # planted: Kyrgyz imports of 8542 from €50k to €900k a month
        rows.append(("NL", "KG", "854231", "1", "export", f"2021-{m:02d}", 50_000.0, "EUR"))
        rows.append(("NL", "KG", "854231", "1", "export", f"2022-{m:02d}", 900_000.0, "EUR"))
    rows.append(("PL", "AM", "901380", "4.B", "export", "2022-06", 30_000.0, "EUR"))  # new, small
    found = radar(flows(rows), Window(baseline=(2021, 2021), current_year=2022))
    top = found[0]
    assert (top.country, top.product) == ("KG", "854231") and top.flagged
    assert top.growth_pct == pytest.approx(1700.0)
    flagged = [r for r in found if r.flagged]
    assert flagged == [top]  # noise does not grow 100 %; a new €30k flow is too small
    assert [r.excess for r in found] == sorted((r.excess for r in found), reverse=True)


def test_thresholds_are_the_users() -> None:
    data = flows(
        monthly("DE", "GE", "850440", "3.B", "export", 2021, 100_000.0)
        + monthly("DE", "GE", "850440", "3.B", "export", 2022, 160_000.0)
    )
    window = Window(baseline=(2021, 2021), current_year=2022)
    (row,) = radar(data, window)
    assert row.growth_pct == pytest.approx(60.0) and not row.flagged
    (row,) = radar(data, window, Thresholds(growth_pct=50, min_value=1_000_000))
    assert row.flagged


def test_last_twelve_months_and_a_monthly_spike() -> None:
    # baseline 2022: €180k, 200k, 220k in turn; then €200k a month, and €2.6 M in February 2024
    rows = [
        (
            "IT",
            "KZ",
            "852691",
            "2",
            "export",
            f"2022-{m:02d}",
            200_000.0 + (m % 3 - 1) * 20_000,
            "EUR",
        )
        for m in range(1, 13)
    ]
    rows += monthly("IT", "KZ", "852691", "2", "export", 2023, 200_000.0)
    rows += [("IT", "KZ", "852691", "2", "export", "2024-01", 200_000.0, "EUR")]
    rows += [("IT", "KZ", "852691", "2", "export", "2024-02", 2_600_000.0, "EUR")]
    (row,) = radar(flows(rows), Window(baseline=(2022, 2022)))  # current: the last 12 months
    assert row.current_label == "2023-03…2024-02"
    assert row.current == pytest.approx(10 * 200_000.0 + 200_000.0 + 2_600_000.0)
    # (2.6 M − median 200k) / (1.4826 × MAD 20k)
    assert row.spike_z == pytest.approx(2_400_000.0 / (1.4826 * 20_000.0))


def test_the_mirror_puts_eu_exports_next_to_exports_to_russia() -> None:
    data = flows(
        monthly("DE", "AM", "854231", "1", "export", 2021, 100_000.0)
        + monthly("DE", "AM", "854231", "1", "export", 2022, 300_000.0)
        + [
            ("AM", "RU", "854231", "1", "export", "2021", 900_000.0, "USD"),
            ("AM", "RU", "854231", "1", "export", "2022", 3_300_000.0, "USD"),
        ]
    )
    rows = {r.reporter: r for r in radar(data, Window(baseline=(2021, 2021), current_year=2022))}
    assert rows["EU"].mirror == pytest.approx(3_300_000.0)  # Armenia's exports to Russia
    assert rows["AM"].mirror == pytest.approx(3_600_000.0)  # EU exports to Armenia
    assert rows["AM"].partner == "RU/BY" and rows["EU"].partner == "AM"


def test_missing_columns_are_named() -> None:
    with pytest.raises(ValueError, match="period, value"):
        radar(
            pd.DataFrame(
                {"reporter": [], "partner": [], "hs6": [], "tier": [], "flow": [], "currency": []}
            )
        )


def test_a_flagged_flow_makes_a_valid_draft_signal(local_store) -> None:
    from desk.services.reference import load_reference
    from desk.services.trade_drafts import draft_values
    from desk.services.validation import SignalValidator

    data = flows(
        monthly("DE", "AM", "854231", "1", "export", 2021, 1_000_000.0)
        + monthly("DE", "AM", "854231", "1", "export", 2022, 3_120_000.0)
    )
    (row,) = radar(data, Window(baseline=(2021, 2021), current_year=2022))
    names = {"AM": "Armenia"}
    values = draft_values(row, observed_on="2023-02-15", baseline_label="2021", names=names)
    draft, errors = SignalValidator(load_reference(local_store)).validate(values)
    assert not errors, errors
    assert draft.country_code == "AM" and [c.display for c in draft.hs_codes] == ["8542.31"]
    assert (draft.reliability, draft.credibility) == ("B", 3)
    assert "EU exports to Armenia of HS 8542.31" in draft.title and "+212 %" in draft.title
    assert "EUR 37.4 M in 2022 against EUR 12.0 M a year in 2021" in draft.summary
    assert "Eurostat Comext" in draft.summary and "cannot show" in draft.summary
