"""What a team database has beyond the Desk schema: group roles, grants, row-level security,
and the triggers that make the server, not the client, the authority on who did what.

Applied by ``desk team init`` after the Alembic revisions, and again after each upgrade; every
statement is idempotent. PostgreSQL only.

The rules (enforced by the server for every client, Desk or not):

* three group roles — contact points (read and write everything), posts (read everything but
  signals outside their region; write signals of their own region only), readers (read only);
* a TLP:RED signal is visible only to its owner (the role that put it in the database) and to
  the roles its author named (``named_recipients``, ";"-separated); its HS codes and its audit
  trail follow it;
* the owner of a signal and the actor of an audit entry are set by the server to
  ``current_user``: nobody can write in another's name;
* every change to a shared table is announced on the ``desk_changes`` channel (LISTEN/NOTIFY)
  so open windows refresh; ``desk_presence`` says who has which record open.
"""

from __future__ import annotations

from typing import Literal

import sqlalchemy as sa

CONTACT_POINTS = "desk_contact_points"
POSTS = "desk_posts"
READERS = "desk_readers"
GROUPS: dict[str, str] = {"contact-point": CONTACT_POINTS, "post": POSTS, "reader": READERS}
RoleKind = Literal["contact-point", "post", "reader"]
CHANNEL = "desk_changes"

# Tables a post may write besides the signals: what receiving and sending packages records.
POST_WRITES = (
    "signal",
    "signal_hs_code",
    "exchange_package",
    "exchange_sent",
    "signal_feedback",
    "contact",
    "identity",
)
# Tables whose changes open windows want to hear about.
ANNOUNCED = (
    "signal",
    "signal_hs_code",
    "meeting",
    "agenda_item",
    "agenda_signal",
    "participant",
    "decision",
    "action_item",
    "action_owner",
    "meeting_series",
    "country_profile",
    "country_contact",
    "country_figure",
    "country",
    "exchange_event",
    "event_signal",
    "event_action",
    "briefing",
)

_RED_VISIBLE = (
    "(tlp <> 'RED' OR owner_role = current_user "
    "OR current_user::text = ANY (regexp_split_to_array(lower(named_recipients), '\\s*;\\s*')))"
)
_IN_MY_REGION = (
    "country_code IN (SELECT c.code FROM country c "
    "WHERE c.directorate_code = (SELECT desk_my_region()))"
)


def _create_group(name: str) -> str:
    return f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN
            CREATE ROLE {name} NOLOGIN;
        END IF;
    END $$"""


def _policy(name: str, table: str, command: str, roles: str, using: str | None, check: str | None) -> list[str]:
    clauses = f" USING ({using})" if using else ""
    clauses += f" WITH CHECK ({check})" if check else ""
    return [
        f"DROP POLICY IF EXISTS {name} ON {table}",
        f"CREATE POLICY {name} ON {table} FOR {command} TO {roles}{clauses}",
    ]


def statements(tables: list[str]) -> list[str]:  # Long: the whole rule set, read top to bottom
    everyone = f"{CONTACT_POINTS}, {POSTS}, {READERS}"
    writers = f"{CONTACT_POINTS}, {POSTS}"
    sql = [_create_group(g) for g in GROUPS.values()]
    sql += [
        """CREATE TABLE IF NOT EXISTS team_member (
            role_name text PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('contact-point', 'post', 'reader')),
            region text NOT NULL DEFAULT '')""",
        """CREATE TABLE IF NOT EXISTS desk_presence (
            pid integer NOT NULL,
            role_name text NOT NULL DEFAULT current_user,
            entity text NOT NULL,
            entity_id text NOT NULL,
            since timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (pid, entity, entity_id))""",
        """CREATE OR REPLACE FUNCTION desk_my_region() RETURNS text
            LANGUAGE sql STABLE AS
            $$ SELECT region FROM team_member WHERE role_name = current_user $$""",
        # -- who did it: the server says -------------------------------------------------
        "ALTER TABLE signal ADD COLUMN IF NOT EXISTS owner_role text NOT NULL DEFAULT current_user",
        "CREATE INDEX IF NOT EXISTS ix_signal_owner ON signal (owner_role) WHERE tlp = 'RED'",
        """CREATE OR REPLACE FUNCTION desk_signal_owner() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    NEW.owner_role := current_user;
                ELSE
                    NEW.owner_role := OLD.owner_role;
                END IF;
                RETURN NEW;
            END $$""",
        "DROP TRIGGER IF EXISTS signal_owner ON signal",
        """CREATE TRIGGER signal_owner BEFORE INSERT OR UPDATE ON signal
            FOR EACH ROW EXECUTE FUNCTION desk_signal_owner()""",
        """CREATE OR REPLACE FUNCTION desk_audit_actor() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                NEW.actor := current_user;
                RETURN NEW;
            END $$""",
        "DROP TRIGGER IF EXISTS audit_actor ON audit_log",
        """CREATE TRIGGER audit_actor BEFORE INSERT OR UPDATE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION desk_audit_actor()""",
        # -- live refresh ---------------------------------------------------------------
        f"""CREATE OR REPLACE FUNCTION desk_announce() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ' ' || current_user);
                RETURN NULL;
            END $$""",
    ]
    for table in ANNOUNCED:
        sql += [
            f"DROP TRIGGER IF EXISTS {table}_announce ON {table}",
            f"""CREATE TRIGGER {table}_announce AFTER INSERT OR UPDATE OR DELETE ON {table}
                FOR EACH STATEMENT EXECUTE FUNCTION desk_announce()""",
        ]
    # -- privileges -----------------------------------------------------------------------
    every_table = [*tables, "team_member", "desk_presence"]
    sql += [f"REVOKE ALL ON {t} FROM PUBLIC" for t in every_table]
    sql += [f"GRANT SELECT ON {t} TO {everyone}" for t in every_table]
    # The schema's own tables are the administrator's; the audit trail is append-only.
    shared = [t for t in tables if t not in ("alembic_version", "desk_meta", "audit_log")]
    sql += [f"GRANT INSERT, UPDATE, DELETE ON {t} TO {CONTACT_POINTS}" for t in shared]
    sql += [f"GRANT INSERT, UPDATE, DELETE ON {t} TO {POSTS}" for t in POST_WRITES]
    sql += [
        f"GRANT INSERT ON audit_log TO {writers}",
        f"GRANT INSERT, DELETE ON desk_presence TO {everyone}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}",
        f"GRANT EXECUTE ON FUNCTION desk_my_region() TO {everyone}",
    ]
    # -- row-level security ---------------------------------------------------------------
    for table in ("signal", "signal_hs_code", "audit_log", "desk_presence"):
        sql.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    sql += _policy("signal_read", "signal", "SELECT", f"{CONTACT_POINTS}, {READERS}", _RED_VISIBLE, None)
    sql += _policy("signal_read_post", "signal", "SELECT", POSTS, f"{_RED_VISIBLE} AND {_IN_MY_REGION}", None)
    sql += _policy("signal_add", "signal", "INSERT", CONTACT_POINTS, None, "true")
    sql += _policy("signal_add_post", "signal", "INSERT", POSTS, None, _IN_MY_REGION)
    sql += _policy("signal_change", "signal", "UPDATE", CONTACT_POINTS, _RED_VISIBLE, "true")
    sql += _policy(
        "signal_change_post", "signal", "UPDATE", POSTS, f"{_RED_VISIBLE} AND {_IN_MY_REGION}", _IN_MY_REGION
    )
    sql += _policy("signal_remove", "signal", "DELETE", CONTACT_POINTS, _RED_VISIBLE, None)
    sql += _policy("signal_remove_post", "signal", "DELETE", POSTS, f"{_RED_VISIBLE} AND {_IN_MY_REGION}", None)
    # An HS code row is seen and changed with its signal (the subquery applies signal's rules).
    follows_signal = "EXISTS (SELECT 1 FROM signal s WHERE s.id = signal_id)"
    sql += _policy("hs_follows_signal", "signal_hs_code", "ALL", everyone, follows_signal, follows_signal)
    # The audit trail of a signal shows its values: it is seen with the signal.
    audit_visible = (
        "entity <> 'signal' OR EXISTS (SELECT 1 FROM signal s WHERE s.id = "
        "CASE WHEN entity_id ~ '^[0-9]{1,18}$' THEN entity_id::bigint END)"
    )
    sql += _policy("audit_read", "audit_log", "SELECT", everyone, audit_visible, None)
    sql += _policy("audit_add", "audit_log", "INSERT", writers, None, "true")
    sql += _policy("presence_read", "desk_presence", "SELECT", everyone, "true", None)
    sql += _policy("presence_own", "desk_presence", "INSERT", everyone, None, "role_name = current_user")
    sql += _policy("presence_leave", "desk_presence", "DELETE", everyone, "role_name = current_user", None)
    return sql


def apply(conn: sa.Connection) -> None:
    """Bring the roles, grants, policies and triggers up to date (in the caller's transaction)."""
    from desk.models import metadata

    tables = [t.name for t in metadata.sorted_tables] + ["alembic_version"]
    for statement in statements(tables):
        conn.exec_driver_sql(statement)
