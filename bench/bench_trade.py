"""Issue #16: a Comext-shaped file of 5 million rows (~5 % under a CHPI code) — import ≤ 60 s
with peak memory ≤ 1 GB; the radar for one region ≤ 1 s and for all regions ≤ 5 s.

Beside the import, in the same run: a plain ``pandas.read_csv`` of the same file (the floor of
reading it at all). Peak memory is the import's own process (a child, so the numbers of the
benchmarks before it do not count). ``BENCH_TRADE_ROWS`` changes the size.
"""

from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from bench.common import PASSPHRASE, Result, best_of, timed
from bench.fixtures import OUT
from desk.services.reference import load_reference
from desk.services.trade_flows import RadarQuery, run_radar
from desk.services.trade_radar import Window
from desk.store import create_store, open_store

ROWS = int(os.environ.get("BENCH_TRADE_ROWS", "5000000"))
CHPI_SHARE = 0.05
DECLARANTS = ["DE", "FR", "NL", "IT", "PL", "BE", "ES", "AT", "CZ", "SE", "FI", "LT", "LV", "EE"]
HEADER = ["DECLARANT_ISO", "PARTNER_ISO", "PRODUCT_NC", "FLOW", "PERIOD", "VALUE_IN_EUROS",
          "QUANTITY_IN_KG"]  # fmt: skip


def comext_file(rows: int = ROWS) -> Path:
    """A cached Comext-shaped file: declarants × partners × CN8 codes × months 2021–2024."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"comext-{rows}.csv"
    if path.exists():
        return path
    with tempfile.TemporaryDirectory() as tmp, create_store(Path(tmp) / "r.db", "passphrase",
                                                            PASSPHRASE) as store:  # fmt: skip
        ref = load_reference(store)
        chpi = sorted(ref.chpi)
        partners = sorted(c for c in ref.countries if c not in DECLARANTS)
    rng = random.Random(16)
    other = [f"{rng.randrange(1, 9999):04d}{rng.randrange(0, 9999):04d}" for _ in range(4000)]
    cn8 = [f"{code}{rng.randrange(0, 99):02d}" for code in chpi]
    periods = [f"{y}{m:02d}" for y in range(2021, 2025) for m in range(1, 13)]
    t0 = time.perf_counter()
    part = path.with_suffix(".part")
    with part.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for _ in range(rows):
            product = rng.choice(cn8) if rng.random() < CHPI_SHARE else rng.choice(other)
            value = int(rng.lognormvariate(10, 2))
            w.writerow([rng.choice(DECLARANTS), rng.choice(partners), product,
                        rng.choice("12"), rng.choice(periods), value, value // 40])  # fmt: skip
    part.rename(path)
    print(f"(wrote the {rows:,}-row Comext file in {time.perf_counter() - t0:.0f} s)")
    return path


# VmHWM: the peak of this process's own memory (ru_maxrss would also count the parent's, which
# Linux carries over a fork and exec).
_CHILD = """
import sys, time
from pathlib import Path
from desk.store import open_store
from desk.services.trade_import import import_trade_files
with open_store(sys.argv[1], sys.argv[3]) as store:
    t0 = time.perf_counter()
    [report] = import_trade_files(store, [Path(sys.argv[2])])
    seconds = time.perf_counter() - t0
peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
print(seconds, peak, report.rows_kept)
"""


def run() -> list[Result]:
    source = comext_file()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "trade.db"
        create_store(db, "passphrase", PASSPHRASE).close()
        floor, _ = timed(lambda: pd.read_csv(source, dtype=str))
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(db), str(source), PASSPHRASE],
            check=True,
            capture_output=True,
            text=True,
        )
        seconds, peak_kb, kept = done.stdout.split()
        peak_mb = int(peak_kb) / 1024
        results = [
            Result(
                f"trade import, {ROWS:,}-row Comext file",
                float(seconds),
                budget=60.0,
                baseline=floor,
                note=f"{int(kept):,} flows kept; peak memory {peak_mb:,.0f} MB (budget 1,024 MB)"
                "; baseline = pandas.read_csv of the file",
            )
        ]
        with open_store(db, PASSPHRASE) as store:
            ref = load_reference(store)
            window = Window(baseline=(2021, 2021))
            for region in ("DEU", "DAO"):
                countries = frozenset(
                    c for c, r in ref.countries.items() if r.directorate == region
                )
                query = RadarQuery(countries=countries, window=window)
                seconds_one = best_of(lambda q=query: run_radar(store, q), repeat=3)
                results.append(Result(f"trade radar, region {region}", seconds_one, budget=1.0))
            every = best_of(lambda: run_radar(store, RadarQuery(window=window)), repeat=3)
            results.append(Result("trade radar, all regions", every, budget=5.0))
    return results
