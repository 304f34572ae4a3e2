"""Issue #2: time to unlock/open; 100k-row insert throughput through the store vs raw SQL."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from bench.common import PASSPHRASE, Result, best_of, timed
from desk.models import AuditEntry
from desk.store import create_store, keys, open_store
from desk.store.cipher import NEW_STORE_HMAC
from desk.store.engine import _raw_connect

ROWS = 100_000


def _rows() -> list[dict]:
    at = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    return [
        {
            "change_id": f"c{i}",
            "at": at,
            "actor": "bench",
            "entity": "signal",
            "entity_id": str(i),
            "action": "update",
            "field": "title",
            "old_value": f"old title {i}",
            "new_value": f"new title {i} with a few more words",
        }
        for i in range(ROWS)
    ]


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        create_store(path, "passphrase", PASSPHRASE).close()

        open_s = best_of(lambda: open_store(path, PASSPHRASE).close(), repeat=5)
        results.append(Result("unlock + open store (passphrase, KDF)", open_s, budget=1.0))

        key_path = Path(tmp) / "keyring.db"
        raw = keys.new_raw_key()
        # a raw key, as the keyring path uses, skips the KDF
        from desk.store.engine import CipherStore
        from desk.store.unlockfile import UnlockInfo

        key_path.touch(mode=0o600)
        CipherStore(key_path, raw, UnlockInfo("b", "keyring", NEW_STORE_HMAC)).close()
        conn_s = best_of(lambda: _raw_connect(key_path, raw, NEW_STORE_HMAC).close(), repeat=5)
        kdf_s = best_of(
            lambda: _raw_connect(path, keys.passphrase_key(PASSPHRASE), NEW_STORE_HMAC).close(), 5
        )
        results.append(
            Result(
                "open one connection, raw key (keyring)",
                conn_s,
                baseline=kdf_s,
                note="baseline = same with passphrase KDF",
            )
        )

        rows = _rows()
        with open_store(path, PASSPHRASE) as store:

            def through_store() -> None:
                with store.transaction() as s:
                    s.execute(sa.insert(AuditEntry), rows)

            store_s, _ = timed(through_store)

            tuples = [
                (
                    r["change_id"],
                    "2026-11-01 09:00:00.000000",
                    r["actor"],
                    r["entity"],
                    r["entity_id"],
                    r["action"],
                    r["field"],
                    r["old_value"],
                    r["new_value"],
                )
                for r in rows
            ]

            def raw_executemany() -> None:
                conn = store.raw_connection()
                try:
                    conn.execute("BEGIN")
                    conn.executemany(
                        "INSERT INTO audit_log (change_id, at, actor, entity, entity_id, action,"
                        " field, old_value, new_value) VALUES (?,?,?,?,?,?,?,?,?)",
                        tuples,
                    )
                    conn.execute("COMMIT")
                finally:
                    conn.close()

            raw_s, _ = timed(raw_executemany)
        results.append(
            Result(
                f"insert {ROWS:,} rows through the store",
                store_s,
                baseline=raw_s,
                note=f"{ROWS / store_s:,.0f} rows/s vs raw executemany {ROWS / raw_s:,.0f} rows/s",
            )
        )
    return results
