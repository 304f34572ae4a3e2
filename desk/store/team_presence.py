"""Who has which record open on a team database: the SQL of ``desk_presence`` (PostgreSQL).

A row says: the app session ``pid`` of the role ``role_name`` has ``entity`` ``entity_id``
open. Rows of a session whose server process has ended no longer count (they are read joined
with ``pg_stat_activity``) and are swept by the next ``add``.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

_LIVE = "EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = p.pid)"


def add(session: Session, pid: int, entity: str, entity_id: str) -> None:
    session.execute(sa.text(f"DELETE FROM desk_presence p WHERE NOT {_LIVE}"))
    session.execute(
        sa.text(
            "INSERT INTO desk_presence (pid, entity, entity_id) VALUES (:pid, :e, :id) "
            "ON CONFLICT DO NOTHING"
        ),
        {"pid": pid, "e": entity, "id": entity_id},
    )


def remove(session: Session, pid: int, entity: str, entity_id: str) -> None:
    session.execute(
        sa.text("DELETE FROM desk_presence WHERE pid = :pid AND entity = :e AND entity_id = :id"),
        {"pid": pid, "e": entity, "id": entity_id},
    )


def others(session: Session, pid: int, entity: str, entity_id: str) -> list[str]:
    rows = session.execute(
        sa.text(
            "SELECT DISTINCT p.role_name FROM desk_presence p WHERE p.entity = :e "
            f"AND p.entity_id = :id AND p.pid <> :pid AND {_LIVE} ORDER BY p.role_name"
        ),
        {"pid": pid, "e": entity, "id": entity_id},
    ).all()
    return [str(r[0]) for r in rows]
