"""The trade radar: flows of CHPI goods through third countries that grew abnormally.

Input is a table of official trade statistics, one row per reported flow (pandas, as the
import keeps them): ``reporter``, ``partner`` (ISO 3166 alpha-2), ``hs6`` (the CHPI code the
product falls under), ``tier``, ``flow`` (``import``/``export``, as the reporter declared it),
``period`` (``YYYY-MM`` or, for annual data, ``YYYY``), ``value`` and ``currency`` (EUR for
Eurostat Comext, USD for UN Comtrade: never converted, so a row states its source's currency).

For each (third country, CHPI code — or tier, or all CHPI goods —, flow, reporter) the radar
gives the baseline (the mean yearly value over the baseline years), the current value (the last
twelve months of monthly data, or a given year), growth in %, the excess over the baseline, the
largest robust z-score of a current month against the baseline months (median and MAD, so one
odd month in the baseline does not hide a spike), and where both sides are reported the mirror:
EU exports to the country next to that country's exports to Russia and Belarus. Rows are ranked
by excess value; a row is flagged when its growth and its size pass the thresholds.

The *third country* is the side that is neither an EU member nor Russia/Belarus: in EU exports to
Armenia it is the partner, in Thailand's exports to Russia the reporter. Flows between EU members,
and the EU's direct trade with Russia/Belarus, are not the radar's subject and are left out. EU
members' declarations are summed as one reporter, "EU".
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal, cast

if TYPE_CHECKING:  # imported where used: the app's window imports this module at start-up
    import pandas as pd

# The 27 member states (since 1 February 2020); Greece as ISO (GR) and as Eurostat writes it (EL).
EU_MEMBERS = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "EL",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
EU = "EU"
RUSSIA_BELARUS = frozenset({"RU", "BY"})
COLUMNS = ("reporter", "partner", "hs6", "tier", "flow", "period", "value", "currency")
# 1.4826 × MAD estimates the standard deviation of normally distributed values.
MAD_SCALE = 1.4826

Grouping = Literal["hs6", "tier", "all"]
ALL_CHPI = "CHPI"  # the product of a row that sums all CHPI goods


@dataclass(frozen=True)
class Thresholds:
    """When a flow is flagged: it grew by at least ``growth_pct`` and its current value is at
    least ``min_value`` (in the source's currency: euros for Comext, dollars for Comtrade)."""

    growth_pct: float = 100.0
    min_value: float = 1_000_000.0


@dataclass(frozen=True)
class Window:
    """Baseline years (first, last) and the current period: ``None`` for the last twelve months
    of monthly data (the latest year for annual data), or a year."""

    baseline: tuple[int, int] = (2021, 2021)
    current_year: int | None = None


@dataclass(frozen=True)
class RadarRow:
    country: str  # the third country
    product: str  # HS6 code, tier ("3.A") or ALL_CHPI
    flow: str  # import | export, as the reporter declared it
    reporter: str  # "EU" or the reporting country
    partner: str  # "EU", "RU/BY" or the partner country (several: ", "-joined)
    currency: str
    baseline: float  # a year's value, mean over the baseline years
    current: float  # the current period's value
    current_label: str  # "2022" or "2023-03…2024-02"
    growth_pct: float | None  # None: nothing in the baseline
    excess: float  # current − baseline
    spike_z: float | None  # None: no monthly data, or a flat baseline
    flagged: bool
    mirror: float | None = None  # the other side's current value, where reported

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.country, self.product, self.flow, self.reporter)


def third_country(reporter: str, partner: str) -> str | None:
    """The side that is neither an EU member nor Russia/Belarus (None: no such side, or both)."""
    outside = [c for c in (reporter, partner) if c not in _INSIDE]
    return outside[0] if len(outside) == 1 else None


_INSIDE = EU_MEMBERS | RUSSIA_BELARUS  # the sides that are not a third country


def prepare(flows: pd.DataFrame, grouping: Grouping = "hs6") -> pd.DataFrame:
    """The rows the radar is about, with ``country``, ``product``, ``reporter_side``,
    ``partner_side``, ``year`` and ``month`` (0 for annual data)."""
    missing = [c for c in COLUMNS if c not in flows.columns]
    if missing:
        raise ValueError(f"trade flows lack the columns {', '.join(missing)}")
    frame = flows.loc[:, list(COLUMNS)]
    # whole-column versions of third_country (a quarter of a million rows)
    reporter_in = frame["reporter"].isin(_INSIDE)
    one_side = reporter_in != frame["partner"].isin(_INSIDE)
    frame = frame[one_side].copy()
    frame["country"] = frame["partner"].where(reporter_in[one_side], frame["reporter"])
    for column in ("reporter", "partner"):
        codes = frame[column]
        side = codes.where(~codes.isin(EU_MEMBERS), EU)
        frame[f"{column}_side"] = side.where(~codes.isin(RUSSIA_BELARUS), "RU/BY")
    frame["product"] = ALL_CHPI if grouping == "all" else frame[grouping]
    period = frame["period"].astype(str)
    frame["year"] = period.str.slice(0, 4).astype(int)
    frame["month"] = period.str.slice(5, 7).replace("", "0").astype(int)
    frame["value"] = frame["value"].astype(float)
    return frame


def _current_window(frame: pd.DataFrame, window: Window) -> tuple[pd.Series, str]:
    """A mask of the current period's rows and its label."""
    if window.current_year is not None:
        return frame["year"] == window.current_year, str(window.current_year)
    monthly = frame[frame["month"] > 0]
    if monthly.empty:
        latest = int(frame["year"].max())
        return frame["year"] == latest, str(latest)
    index = monthly["year"] * 12 + monthly["month"] - 1
    last = int(index.max())
    rows = frame["year"] * 12 + frame["month"] - 1
    label = f"{_month(last - 11)}…{_month(last)}"
    return (frame["month"] > 0) & (rows > last - 12) & (rows <= last), label


def _month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def radar(  # Long: one pass of grouped sums, then the rows in rank order
    flows: pd.DataFrame,
    window: Window = Window(),
    thresholds: Thresholds = Thresholds(),
    *,
    grouping: Grouping = "hs6",
) -> list[RadarRow]:
    """Every (third country, product, flow, reporter) with data in the baseline or the
    current period, ranked by excess value (largest first)."""
    import pandas as pd

    frame = prepare(flows, grouping)
    if frame.empty:
        return []
    first, last = window.baseline
    n_years = last - first + 1
    current, label = _current_window(frame, window)
    in_baseline = frame["year"].between(first, last)
    keys = ["country", "product", "flow", "reporter_side", "currency"]
    base = frame[in_baseline].groupby(keys)["value"].sum() / n_years
    now = frame[current].groupby(keys)["value"].sum()
    # the partners of each key, as one text (most keys have one)
    pairs = frame.loc[in_baseline | current, [*keys, "partner_side"]].drop_duplicates()
    partners = pairs.sort_values("partner_side").groupby(keys)["partner_side"].agg(", ".join)
    spikes = _spikes(frame, window.baseline, current, keys)
    totals = pd.concat({"baseline": base, "current": now}, axis=1).fillna(0.0)
    totals["partner"] = partners.reindex(totals.index).fillna("")
    rows: list[RadarRow] = []
    for index, baseline, present, partner in zip(
        totals.index, totals["baseline"], totals["current"], totals["partner"], strict=True
    ):
        key = cast(tuple[str, str, str, str, str], index)
        country, product, flow, reporter, currency = key
        growth = (present - baseline) / baseline * 100 if baseline > 0 else None
        big_enough = present >= thresholds.min_value
        grew = growth is not None and growth >= thresholds.growth_pct
        rows.append(
            RadarRow(
                country=country,
                product=product,
                flow=flow,
                reporter=reporter,
                partner=str(partner),
                currency=currency,
                baseline=float(baseline),
                current=float(present),
                current_label=label,
                growth_pct=None if growth is None else float(growth),
                excess=float(present - baseline),
                spike_z=spikes.get(key),
                # new flows (nothing in the baseline) of that size are flagged too
                flagged=bool(big_enough and (grew or baseline == 0)),
            )
        )
    rows = _with_mirrors(rows)
    rows.sort(key=lambda r: (-r.excess, r.country, r.product, r.flow, r.reporter))
    return rows


def _spikes(
    frame: pd.DataFrame, baseline: tuple[int, int], current: pd.Series, keys: list[str]
) -> dict[tuple[str, ...], float]:
    """Per key: the largest robust z-score of a current month against the baseline months (a
    month without trade counts as zero). Whole-table operations: thousands of keys."""
    monthly = frame[frame["month"] > 0]
    if monthly.empty:
        return {}
    index = monthly["year"] * 12 + monthly["month"] - 1
    sums = monthly.assign(m=index).groupby([*keys, "m"])["value"].sum()
    months = sums.index.get_level_values("m")
    first, last = baseline
    base_months = range(first * 12, (last + 1) * 12)
    base = (
        sums[months.isin(base_months)]
        .unstack("m", fill_value=0)
        .reindex(columns=base_months, fill_value=0.0)
    )
    now_months = (
        (frame.loc[current & (frame["month"] > 0), "year"] * 12)
        + frame.loc[current & (frame["month"] > 0), "month"]
        - 1
    )
    peak = sums[months.isin(set(now_months))].groupby(level=keys).max()
    median = base.median(axis=1)
    mad = base.sub(median, axis=0).abs().median(axis=1) * MAD_SCALE
    z = (peak - median.reindex(peak.index)) / mad.reindex(peak.index)
    z = z[mad.reindex(peak.index) > 0]
    return {tuple(str(k) for k in cast(tuple[object, ...], key)): float(v) for key, v in z.items()}


def _with_mirrors(rows: Iterable[RadarRow]) -> list[RadarRow]:
    """EU exports to a country, next to that country's exports to Russia/Belarus (same product
    and currency-independent: the figures stay in their own currencies)."""
    rows = list(rows)
    eu_out = {
        (r.country, r.product): r.current for r in rows if r.reporter == EU and r.flow == "export"
    }
    to_russia = {
        (r.country, r.product): r.current
        for r in rows
        if r.reporter == r.country and r.flow == "export" and r.partner == "RU/BY"
    }
    mirrored: list[RadarRow] = []
    for r in rows:
        mirror = None
        if r.reporter == EU and r.flow == "export":
            mirror = to_russia.get((r.country, r.product))
        elif r.reporter == r.country and r.flow == "export" and r.partner == "RU/BY":
            mirror = eu_out.get((r.country, r.product))
        mirrored.append(_replace_mirror(r, mirror))
    return mirrored


def _replace_mirror(row: RadarRow, mirror: float | None) -> RadarRow:
    return replace(row, mirror=mirror) if mirror is not None and not math.isnan(mirror) else row
