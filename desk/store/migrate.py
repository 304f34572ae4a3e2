"""Schema migrations with Alembic; the scripts ship inside the package.

Opening a store upgrades it to the current schema in one transaction, after an automatic
encrypted backup. A store whose revision this Desk does not know was written by a newer Desk
and is refused before anything is written (``engine.open_store`` checks ``is_known_revision``).
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from desk.store.errors import StoreCorrupt

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config(connection: sa.Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Every revision from the first to the head, oldest first."""
    return [r.revision for r in reversed(list(script_directory().walk_revisions()))]


def is_known_revision(revision: str) -> bool:
    return revision in set(all_revisions())


def upgrade(store, target: str = "head") -> None:
    """Run migrations up to ``target`` in a single transaction.

    Foreign keys are off while Alembic's batch mode rebuilds tables (with them on, dropping a
    parent table would cascade into its children), then checked before the commit.
    """
    with store.engine.connect() as conn:
        # Straight to the driver: through SQLAlchemy this would open a transaction, and SQLite
        # ignores this pragma inside one.
        driver = conn.connection.driver_connection
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                command.upgrade(_config(conn), target)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise StoreCorrupt(f"migration left broken references: {problems[:5]}")
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def upgrade_to_head(store, *, backup: bool = True) -> None:
    current = store.schema_revision()
    head = head_revision()
    if current == head:
        return
    if backup and current is not None:
        from desk.store.backup import auto_backup

        saved = auto_backup(store, reason=f"before-schema-{head}")
        log.info("backed up %s to %s before migrating %s -> %s", store.path, saved, current, head)
    upgrade(store, "head")
