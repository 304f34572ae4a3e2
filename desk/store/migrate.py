"""Schema migrations with Alembic; the scripts ship inside the package.

Opening a store upgrades it to the current schema in one transaction, after an automatic
encrypted backup. A store whose revision this Desk does not know was written by a newer Desk
and is refused before anything is written (``engine.open_store`` checks ``is_known_revision``).
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from desk.store.backup import auto_backup
from desk.store.engine import CipherStore, Store, driver
from desk.store.errors import StoreDamaged

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Scripts are named after their revision ("0006_signal_grade_index.py" holds revision "0006"),
# so opening a store at the current schema needs no Alembic (importing it costs ~130 ms of the
# app's start); tests check these names against Alembic's own revision graph.
_SCRIPT_NAME = re.compile(r"^(\d{4})_\w+\.py$")


@cache
def all_revisions() -> list[str]:
    """Every revision from the first to the head, oldest first."""
    names = (p.name for p in (MIGRATIONS_DIR / "versions").iterdir())
    return sorted(m.group(1) for m in map(_SCRIPT_NAME.match, names) if m)


def head_revision() -> str:
    return all_revisions()[-1]


def is_known_revision(revision: str) -> bool:
    return revision in all_revisions()


def _config(connection: sa.Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def upgrade(store: Store, target: str = "head") -> None:
    """Run migrations up to ``target`` in a single transaction.

    Foreign keys are off while Alembic's batch mode rebuilds tables (with them on, dropping a
    parent table would cascade into its children), then checked before the commit.
    """
    from alembic import command

    if store.dialect != "sqlite":
        # PostgreSQL: DDL is transactional and foreign keys need no switching off.
        with store.engine.begin() as conn:
            command.upgrade(_config(conn), target)
        return
    with store.engine.connect() as conn:
        # Straight to the driver: through SQLAlchemy this would open a transaction, and SQLite
        # ignores this pragma inside one.
        raw = driver(conn)
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                command.upgrade(_config(conn), target)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise StoreDamaged(
                        store.location, f"the migration left broken references: {problems[:5]}"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def upgrade_to_head(store: Store, *, backup: bool = True) -> None:
    current = store.schema_revision()
    head = head_revision()
    if current == head:
        return
    if backup and current is not None and isinstance(store, CipherStore):
        saved = auto_backup(store, reason=f"before-schema-{head}")
        log.info("backed up %s to %s before migrating %s -> %s", store.path, saved, current, head)
    upgrade(store, "head")
