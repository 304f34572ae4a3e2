"""Small Comext- and Comtrade-format files reproducing the issue's published figures (#16).

* Armenia's imports of HS 8542 from the EU (EU exports to AM in Comext): 2022 = 3.12 × 2021,
  i.e. +212 %;
* Thailand's reported exports of CHPI goods to Russia (Comtrade): 2023 = 11.83 × 2022,
  i.e. +1,083 %.

Each also holds rows the importer must skip: a product outside the CHPI list, an area that is
not a country, a re-export. Shared with the later radar tests, which reproduce the percentages.
"""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

COMEXT_COLUMNS = [
    "DECLARANT_ISO",
    "PARTNER_ISO",
    "PRODUCT_NC",
    "FLOW",
    "PERIOD",
    "VALUE_IN_EUROS",
    "QUANTITY_IN_KG",
]
COMTRADE_COLUMNS = [
    "typeCode",
    "freqCode",
    "refYear",
    "period",
    "reporterISO",
    "flowCode",
    "partnerISO",
    "cmdCode",
    "netWgt",
    "primaryValue",
]
# Monthly EU exports to Armenia in euros, by declarant and CN8 code: 2021, then 2022 (× 3.12).
ARMENIA_MONTHLY_2021 = {("DE", "85423190"): 60_000, ("NL", "85423290"): 40_000}
ARMENIA_GROWTH = 3.12
# Thailand's annual exports to Russia in US dollars, by HS6 code: 2022, then 2023 (× 11.83).
THAILAND_2022 = {"854231": 600_000, "852691": 400_000}
THAILAND_GROWTH = 11.83
NON_CHPI_CN8 = "09011100"  # coffee


def comext_armenia_rows() -> list[list[str]]:
    rows = []
    for year, factor in ((2021, 1.0), (2022, ARMENIA_GROWTH)):
        for month in range(1, 13):
            period = f"{year}{month:02d}"
            for (declarant, cn8), value in ARMENIA_MONTHLY_2021.items():
                euros = round(value * factor)
                rows.append([declarant, "AM", cn8, "2", period, str(euros), str(euros // 500)])
            rows.append(["DE", "AM", NON_CHPI_CN8, "2", period, "5000", "800"])
            rows.append(["DE", "AM", "85423190", "1", period, "100", ""])  # an import, no weight
    return rows


def write_comext(path: Path, rows: list[list[str]] | None = None) -> Path:
    rows = comext_armenia_rows() if rows is None else rows
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(COMEXT_COLUMNS)
        writer.writerows(rows)
    return path


def comtrade_thailand_rows() -> list[dict[str, str]]:
    rows = []
    for year, factor in ((2022, 1.0), (2023, THAILAND_GROWTH)):
        for hs6, value in THAILAND_2022.items():
            rows.append(_comtrade(year, "THA", "X", "RUS", hs6, value * factor))
        rows.append(_comtrade(year, "THA", "X", "RUS", "090111", 2_000_000))  # coffee
        rows.append(_comtrade(year, "THA", "X", "W00", "854231", 9_000_000))  # World
        rows.append(_comtrade(year, "THA", "RX", "RUS", "854231", 1_000))  # re-export
    return rows


def _comtrade(year: int, reporter: str, flow: str, partner: str, code: str, usd: float) -> dict:
    return {
        "typeCode": "C",
        "freqCode": "A",
        "refYear": str(year),
        "period": str(year),
        "reporterISO": reporter,
        "flowCode": flow,
        "partnerISO": partner,
        "cmdCode": code,
        "netWgt": "",
        "primaryValue": f"{usd:.2f}",
    }


def write_comtrade(path: Path, rows: list[dict[str, str]] | None = None) -> Path:
    rows = comtrade_thailand_rows() if rows is None else rows
    with path.open("w", newline="", encoding="utf-8-sig") as f:  # the site's downloads have a BOM
        writer = csv.DictWriter(f, COMTRADE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path
