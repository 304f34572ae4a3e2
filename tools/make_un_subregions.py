"""Write desk/resources/reference/un_subregions.csv: ISO alpha-2 -> UN M49 subregion, EU membership.

The geographic default of the country -> directorate mapping needs each country's UN subregion,
which pycountry does not carry. This takes it once from the data file of the
``country_converter`` package (UN M49 regions; install it only to run this script) and keeps
the result as data in the repository.

    pip install country_converter && python tools/make_un_subregions.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import country_converter
import pandas as pd
import pycountry

OUT = (
    Path(__file__).resolve().parent.parent
    / "desk"
    / "resources"
    / "reference"
    / "un_subregions.csv"
)


def main() -> None:
    data = Path(country_converter.__file__).with_name("country_data.tsv")
    df = pd.read_csv(data, sep="\t", keep_default_na=False, dtype=str)
    # keyed by ISO3: the package spells a few alpha-2 codes its own way (UK, EL)
    by_code = {row.ISO3: row for row in df.itertuples() if row.ISO3}
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso2", "un_subregion", "eu27"])
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            row = by_code.get(c.alpha_3)
            sub = row.UNregion if row is not None else ""
            eu = "1" if row is not None and row.EU27 == "EU27" else "0"
            w.writerow([c.alpha_2, sub, eu])
    print(OUT)


if __name__ == "__main__":
    main()
