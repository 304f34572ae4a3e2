"""``desk_meta``: facts a store keeps about itself (its id, what made it, when)."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from desk.store.engine import Store


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def read_meta(store: Store, key: str) -> str | None:
    with store.engine.connect() as conn:
        row = conn.execute(
            sa.text("SELECT value FROM desk_meta WHERE key = :k"), {"k": key}
        ).fetchone()
    return row[0] if row else None


def write_meta(store: Store, values: dict[str, str]) -> None:
    with store.engine.begin() as conn:
        for k, v in values.items():
            conn.execute(
                sa.text(
                    "INSERT INTO desk_meta (key, value) VALUES (:k, :v) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                ),
                {"k": k, "v": v},
            )
