"""A child process that writes to a store, for crash and concurrency tests.

python writer_process.py STORE PASSPHRASE txn TAG ROWS     one big transaction; prints
    "row N" every 500 rows, "committed" after the commit, then waits to be killed
python writer_process.py STORE PASSPHRASE stream STOPFILE  many small transactions until
    STOPFILE exists; prints "started" after the first commit and "wrote N" at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

import sqlalchemy as sa

from desk.models import Setting
from desk.store import open_store


def big_transaction(store, tag: str, rows: int) -> None:
    with store.session() as s, s.begin():
        s.exec(sa.text("PRAGMA cache_size = 50"))  # spill pages into the WAL before commit
        for i in range(rows):
            s.add(Setting(key=f"{tag}-{i}", value="payload " * 40))
            if i % 500 == 499:
                s.flush()
                print(f"row {i + 1}", flush=True)
    print("committed", flush=True)
    sys.stdin.read()  # the test kills us; no clock involved


def stream(store, stop: Path) -> None:
    n = 0
    while not stop.exists():
        with store.transaction() as s:
            for _ in range(50):
                s.add(Setting(key=f"stream-{n}", value="v" * 300))
                n += 1
        if n == 50:
            print("started", flush=True)
    print(f"wrote {n}", flush=True)


if __name__ == "__main__":
    path, passphrase, mode, *rest = sys.argv[1:]
    with open_store(path, passphrase) as st:
        if mode == "txn":
            big_transaction(st, rest[0], int(rest[1]))
        else:
            stream(st, Path(rest[0]))
