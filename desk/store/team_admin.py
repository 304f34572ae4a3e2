"""What an administrator does once per team database: create (or upgrade) the schema and the
rules, and give people log-ins in a group.

``init_team`` runs the same Alembic revisions as a local store, then ``team_setup``. It needs a
role that owns the database (or may create in it) and may create roles. ``add_user`` sends the
server a SCRAM verifier computed here (as psql's ``\\password`` does), never the password.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

import psycopg
import sqlalchemy as sa
from psycopg import sql

from desk import __version__
from desk.errors import InvalidInput, NotFound, Refused
from desk.store import migrate, team_setup
from desk.store.meta import now_iso, read_meta, write_meta
from desk.store.team import AskPassword, TeamStore, connect_team, parse_url
from desk.store.team_setup import GROUPS, RoleKind

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def init_team(url: str, *, ask: AskPassword | None = None) -> TeamStore:
    """Create or upgrade the Desk schema and the team's rules; returns the admin's store
    (``store.advice``: what the administrator should still do, in sentences)."""
    parsed = parse_url(url)
    engine, user = connect_team(parsed, ask)
    store = TeamStore(engine, parsed, user)
    try:
        _require_admin(store)
        migrate.upgrade_to_head(store, backup=False)
        if read_meta(store, "store_id") is None:
            write_meta(
                store,
                {
                    "store_id": uuid.uuid4().hex,
                    "created_with": __version__,
                    "created_at": now_iso(),
                },
            )
        with store.engine.begin() as conn:
            store.advice = team_setup.apply(conn)
    except BaseException:
        store.close()
        raise
    return store


def _require_admin(store: TeamStore) -> None:
    with store.engine.connect() as conn:
        may = conn.execute(
            sa.text(
                "SELECT r.rolsuper OR r.rolcreaterole FROM pg_roles r WHERE r.rolname = current_user"
            )
        ).scalar_one()
    if not may:
        raise Refused(
            f"{store.user} may not create roles: `desk team init` needs the database's "
            "administrator (a role with CREATEROLE that owns the database)"
        )


@dataclass(frozen=True)
class TeamMember:
    name: str
    kind: RoleKind
    region: str
    can_log_in: bool


def add_user(
    store: TeamStore, name: str, kind: RoleKind, *, region: str = "", password: str | None = None
) -> TeamMember:
    """Create the login role ``name`` in ``kind``'s group (or move an existing one there).

    A post needs a region: it sees and writes signals of that region only.
    """
    if not _ROLE_NAME.match(name):
        raise InvalidInput(
            f"{name!r} cannot be a log-in name: use lower-case letters, digits and _ "
            "(starting with a letter), at most 63"
        )
    if kind not in GROUPS:
        raise InvalidInput(f"unknown role {kind!r}; roles are {', '.join(GROUPS)}")
    region = region.strip().upper()
    if kind == "post" and not region:
        raise InvalidInput("a post needs --region: it sees and writes its region's signals only")
    _require_admin(store)
    with store.engine.begin() as conn:
        if region:
            known = conn.execute(
                sa.text("SELECT 1 FROM directorate WHERE code = :c"), {"c": region}
            ).first()
            if known is None:
                raise InvalidInput(f"unknown region {region}")
        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        exists = conn.execute(
            sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
        ).first()
        role = sql.Identifier(name)
        if exists is None:
            raw.execute(sql.SQL("CREATE ROLE {} LOGIN").format(role))
        if password:
            verifier = raw.pgconn.encrypt_password(
                password.encode(), name.encode(), b"scram-sha-256"
            )
            raw.execute(
                sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
                    role, sql.Literal(verifier.decode())
                )
            )
        for group in GROUPS.values():
            raw.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), role))
        raw.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUPS[kind]), role))
        conn.execute(
            sa.text(
                "INSERT INTO team_member (role_name, kind, region) VALUES (:n, :k, :r) "
                "ON CONFLICT (role_name) DO UPDATE SET kind = excluded.kind, region = excluded.region"
            ),
            {"n": name, "k": kind, "r": region},
        )
    return TeamMember(name, kind, region, True)


def remove_user(store: TeamStore, name: str) -> None:
    """Take a person out of the team: their log-in stops working; what they wrote stays."""
    _require_admin(store)
    with store.engine.begin() as conn:
        gone = conn.execute(
            sa.text("DELETE FROM team_member WHERE role_name = :n RETURNING 1"), {"n": name}
        ).first()
        if gone is None:
            raise NotFound(f"{name} is not a member of this team database")
        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        role = sql.Identifier(name)
        for group in GROUPS.values():
            raw.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), role))
        raw.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(role))


def members(store: TeamStore) -> list[TeamMember]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT m.role_name, m.kind, m.region, coalesce(r.rolcanlogin, false) "
                "FROM team_member m LEFT JOIN pg_roles r ON r.rolname = m.role_name "
                "ORDER BY m.kind, m.role_name"
            )
        ).all()
    return [TeamMember(r[0], r[1], r[2], bool(r[3])) for r in rows]


@dataclass(frozen=True)
class Membership:
    """Who the logged-in user is in the team (the app's status bar, what the UI offers)."""

    user: str
    kind: RoleKind | None  # None: not a member (the administrator)
    region: str


def membership(store: TeamStore) -> Membership:
    with store.engine.connect() as conn:
        row = conn.execute(
            sa.text("SELECT kind, region FROM team_member WHERE role_name = current_user")
        ).first()
    if row is None:
        return Membership(store.user, None, "")
    return Membership(store.user, row[0], row[1])
