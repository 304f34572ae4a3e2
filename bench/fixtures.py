"""A store with 100,000 synthetic signals, built once and reused by the benchmarks."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

from bench.common import PASSPHRASE
from desk.services.demo import generate_signals
from desk.store import create_store, open_store
from desk.store.cipher import NEW_STORE_HMAC
from desk.store.migrate import MIGRATIONS_DIR
from desk.store.unlockfile import unlock_file

OUT = Path(__file__).resolve().parent / "out"
SIZE = 100_000
# A store grows in loads, as the team database is built (``team_cluster``): the first few are
# indexed in one pass at their end (``insert_signals``: a load about the size of the table), the
# rest go into live indexes, whose leaves end up about as full as those of a store that signals
# reached over the years. Built in one load, every index was packed full and the first import
# split a leaf for nearly every row of every index: 3.8 s for 10,000 rows, a second one 3.05 s.
GENERATE_CHUNK = 100_000
SHAPE = f"grown in loads of {GENERATE_CHUNK:,}"


def big_store_path(size: int = SIZE) -> Path:
    """A cached passphrase store with ``size`` signals at the current schema."""
    OUT.mkdir(exist_ok=True)
    # keyed by the migration scripts' content and the page format of new stores, so a changed
    # schema or format rebuilds it
    digest = hashlib.sha256(f"{SHAPE}; {NEW_STORE_HMAC}".encode())
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        digest.update(script.read_bytes())
    path = OUT / f"signals-{size}-{digest.hexdigest()[:12]}.db"
    if path.exists():
        return path
    for stale in OUT.glob(f"signals-{size}-*.db*"):
        stale.unlink()
    tmp = OUT / "building.db"
    for p in (tmp, unlock_file(tmp)):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with create_store(tmp, "passphrase", PASSPHRASE) as store:
        for n, start in enumerate(range(0, size, GENERATE_CHUNK)):
            generate_signals(store, min(GENERATE_CHUNK, size - start), seed=11 + n)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"(built the {size:,}-signal bench store in {time.perf_counter() - t0:.1f} s)")
    shutil.move(tmp, path)
    shutil.move(unlock_file(tmp), unlock_file(path))
    return path


def copy_of_big_store(target: Path, size: int = SIZE) -> Path:
    source = big_store_path(size)
    shutil.copy2(source, target)
    shutil.copy2(unlock_file(source), unlock_file(target))
    return target


def open_big_store(size: int = SIZE):
    return open_store(big_store_path(size), PASSPHRASE)
