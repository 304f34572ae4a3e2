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

from desk.store import pg_words, team_counts, team_indexes

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
    "series_rule",
    "directorate",
    "contact",
    "identity",
    "exchange_package",
    "exchange_sent",
    "signal_feedback",
    "desk_presence",  # who has which record open: open pages say so
    "trade_flow",  # the trade radar reads them
    "trade_source_file",
    "contact_point",  # the navigator and the meetings follow who has which countries
    "country_assignment",
)
# The audit trail's entities of a meeting and what it records (``services.meetings.trail``).
MEETING_RECORDS = ("series", "meeting", "agenda_item", "participant", "decision", "action")
# A presence row whose server process is gone (a crash, a dropped laptop) may be removed by
# anyone; the readers of desk_presence ignore such rows anyway.
_SESSION_GONE = "NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = desk_presence.pid)"

_RED_VISIBLE = (
    "(tlp <> 'RED' OR owner_role = current_user "
    "OR current_user::text = ANY (regexp_split_to_array(lower(named_recipients), '\\s*;\\s*')))"
)
# what the signal policies read, and the grade index's columns (migration 0006)
POLICY_COLUMNS = ("tlp", "owner_role", "named_recipients")
GRADE_INDEX = ("reliability", "credibility", "observed_on", "status")
# what an HS code row copies from its signal: the policy columns and the region's country
_MIRRORED = (*POLICY_COLUMNS, "country_code")
_MIRRORED_FROM_S = ", ".join(f"s.{c}" for c in _MIRRORED)
_MIRRORED_INTO_NEW = ", ".join(f"NEW.{c}" for c in _MIRRORED)

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


def _policy(
    name: str, table: str, command: str, roles: str, using: str | None, check: str | None
) -> list[str]:
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
        # Counts (the log's total, per grade and per status, which the sorts walk) read only
        # this index on SQLite; under row-level security PostgreSQL can too when the index
        # holds the columns the policy reads (5× faster than reading the table).
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'ix_signal_grade'
                           AND position('INCLUDE' in indexdef) > 0) THEN
                DROP INDEX IF EXISTS ix_signal_grade;
                CREATE INDEX ix_signal_grade ON signal ({", ".join(GRADE_INDEX)})
                    INCLUDE ({", ".join(POLICY_COLUMNS)});
            END IF;
        END $$""",
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
        # -- an HS code row carries its signal's visibility ----------------------------------
        "DROP POLICY IF EXISTS hs_follows_signal ON signal_hs_code",
        *(
            f"ALTER TABLE signal_hs_code ADD COLUMN IF NOT EXISTS {column} text"
            for column in (*POLICY_COLUMNS, "country_code")
        ),
        # SECURITY DEFINER: the copy is the signal's, whoever may see it (the policies then
        # decide, on the copy, whether this user may add or see the row).
        f"""CREATE OR REPLACE FUNCTION desk_hs_copy_signal() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
            BEGIN
                SELECT {_MIRRORED_FROM_S} INTO {_MIRRORED_INTO_NEW}
                    FROM signal s WHERE s.id = NEW.signal_id;
                RETURN NEW;
            END $$""",
        "DROP TRIGGER IF EXISTS hs_copy_signal ON signal_hs_code",
        """CREATE TRIGGER hs_copy_signal BEFORE INSERT OR UPDATE ON signal_hs_code
            FOR EACH ROW EXECUTE FUNCTION desk_hs_copy_signal()""",
        """CREATE OR REPLACE FUNCTION desk_signal_to_hs() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
            BEGIN
                UPDATE signal_hs_code SET signal_id = signal_id WHERE signal_id = NEW.id;
                RETURN NULL;
            END $$""",
        "DROP TRIGGER IF EXISTS signal_to_hs ON signal",
        f"""CREATE TRIGGER signal_to_hs AFTER UPDATE OF {", ".join(_MIRRORED)} ON signal
            FOR EACH ROW WHEN ({" OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in _MIRRORED)})
            EXECUTE FUNCTION desk_signal_to_hs()""",
        "UPDATE signal_hs_code SET signal_id = signal_id WHERE tlp IS NULL",  # rows already there
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
        # the words of the signals that are not RED (``pg_words``): every one of them is a
        # contact point's or reader's to see, not a post's (who sees one region)
        f"GRANT SELECT ON {pg_words.TABLE} TO {CONTACT_POINTS}, {READERS}",
    ]
    # -- row-level security ---------------------------------------------------------------
    for table in ("signal", "signal_hs_code", "audit_log", "desk_presence"):
        sql.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    sql += _signal_rules("signal", "signal", add_check="true")
    # An HS code row is seen and changed with its signal: it carries a copy of the columns the
    # signal's rules read (kept by triggers), so the rules are the same expressions. (A subquery
    # into signal per row made every search by HS code or tier five times slower.) Adding one
    # needs its signal visible: the copy says whether it is.
    sql += _signal_rules("hs", "signal_hs_code", add_check=_RED_VISIBLE)
    sql += _count_rules()
    # The audit trail of a signal shows its values: it is seen with the signal.
    audit_visible = (
        "entity <> 'signal' OR EXISTS (SELECT 1 FROM signal s WHERE s.id = "
        "CASE WHEN entity_id ~ '^[0-9]{1,18}$' THEN entity_id::bigint END)"
    )
    sql += _policy("audit_read", "audit_log", "SELECT", everyone, audit_visible, None)
    # What a meeting records is the contact points' (posts may not write it): so is its trail.
    # Everyone reads it, as everyone reads the meetings.
    sql += _policy("audit_add", "audit_log", "INSERT", CONTACT_POINTS, None, "true")
    meeting_records = ", ".join(f"'{e}'" for e in MEETING_RECORDS)
    post_audit = f"entity NOT IN ({meeting_records})"
    sql += _policy("audit_add_post", "audit_log", "INSERT", POSTS, None, post_audit)
    sql += _policy("presence_read", "desk_presence", "SELECT", everyone, "true", None)
    sql += _policy(
        "presence_own", "desk_presence", "INSERT", everyone, None, "role_name = current_user"
    )
    sql += _policy(
        "presence_leave",
        "desk_presence",
        "DELETE",
        everyone,
        f"role_name = current_user OR {_SESSION_GONE}",
        None,
    )
    sql += team_indexes.statements()  # the log's walks and counts index-only under the rules
    return sql


def _count_rules() -> list[str]:
    """The maintained counts (``desk.store.aggregates``): written only by their triggers; no
    one reads the TLP:RED counts (each reads the counts of their own RED signals in
    ``team_counts``' table and counts the others' they may see), and posts read only their
    region's countries (not the every-country rows)."""
    everyone = f"{CONTACT_POINTS}, {POSTS}, {READERS}"
    red = team_counts.TABLE
    rules = [
        *team_counts.statements(),
        f"REVOKE ALL ON {red} FROM PUBLIC",
        f"GRANT SELECT ON {red} TO {everyone}",
        f"ALTER TABLE {red} ENABLE ROW LEVEL SECURITY",
    ]
    not_posts = f"{CONTACT_POINTS}, {READERS}"
    for name, roles, using in team_counts.policies(not_posts, POSTS, _IN_MY_REGION):
        rules += _policy(name, red, "SELECT", roles, using, None)
    return [
        *rules,
        "REVOKE ALL ON signal_count FROM PUBLIC",
        f"GRANT SELECT ON signal_count TO {everyone}",
        "ALTER TABLE signal_count ENABLE ROW LEVEL SECURITY",
        *_policy(
            "count_read", "signal_count", "SELECT", f"{CONTACT_POINTS}, {READERS}", _NOT_RED, None
        ),
        *_policy(
            "count_read_post",
            "signal_count",
            "SELECT",
            POSTS,
            f"{_NOT_RED} AND {_IN_MY_REGION}",
            None,
        ),
    ]


_NOT_RED = "tlp <> 'RED'"


def _signal_rules(prefix: str, table: str, *, add_check: str) -> list[str]:
    """The rules of signals (and of rows seen with them): contact points and readers see what
    TLP:RED allows, posts also only their region; readers change nothing (no grant)."""
    in_region = f"{_RED_VISIBLE} AND {_IN_MY_REGION}"
    cps, posts = CONTACT_POINTS, POSTS
    return [
        *_policy(f"{prefix}_read", table, "SELECT", f"{cps}, {READERS}", _RED_VISIBLE, None),
        *_policy(f"{prefix}_read_post", table, "SELECT", posts, in_region, None),
        *_policy(f"{prefix}_add", table, "INSERT", cps, None, add_check),
        *_policy(
            f"{prefix}_add_post", table, "INSERT", posts, None, f"{add_check} AND {_IN_MY_REGION}"
        ),
        *_policy(f"{prefix}_change", table, "UPDATE", cps, _RED_VISIBLE, "true"),
        *_policy(f"{prefix}_change_post", table, "UPDATE", posts, in_region, _IN_MY_REGION),
        *_policy(f"{prefix}_remove", table, "DELETE", cps, _RED_VISIBLE, None),
        *_policy(f"{prefix}_remove_post", table, "DELETE", posts, in_region, None),
    ]


def apply(conn: sa.Connection) -> list[str]:
    """Bring the roles, grants, policies and triggers up to date (in the caller's transaction);
    returns advice for the administrator (what this role could not do)."""
    from desk.models import metadata

    tables = [t.name for t in metadata.sorted_tables] + ["alembic_version"]
    for statement in statements(tables):
        conn.exec_driver_sql(statement)
    return _let_search_use_its_index(conn) + _compress_page_images(conn)


# Under row-level security PostgreSQL uses an index for a condition only when its operator is
# LEAKPROOF (cannot reveal the rows it is applied to, even through errors). Full-text matching
# is (it returns true or false and raises nothing for stored vectors), but is not marked so by
# default: without it every word search reads the whole table (100 ms at 100,000 signals
# instead of 5 ms). Only a superuser may mark it.
_MATCH_FUNCTIONS = ("ts_match_vq(tsvector, tsquery)", "ts_match_qv(tsquery, tsvector)")


def _let_search_use_its_index(conn: sa.Connection) -> list[str]:
    """Returns what the administrator should know (empty when all is well)."""
    superuser = conn.exec_driver_sql(
        "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
    ).scalar_one()
    if not superuser:
        leakproof = conn.exec_driver_sql(
            "SELECT bool_and(proleakproof) FROM pg_proc WHERE proname = 'ts_match_vq'"
        ).scalar_one()
        if leakproof:
            return []
        statements = "; ".join(f"ALTER FUNCTION {f} LEAKPROOF" for f in _MATCH_FUNCTIONS)
        return [
            "word searches will read the whole table until a superuser runs, once per server: "
            + statements
        ]
    for function in _MATCH_FUNCTIONS:
        conn.exec_driver_sql(f"ALTER FUNCTION {function} LEAKPROOF")
    return []


# The first change to a page after a checkpoint writes the whole page to the server's log
# (full-page images: what makes a crash safe). An import touches a page of each index per row:
# 10,000 rows at a million signals wrote 80 MB of images, 1.2 s of a 4.2 s import (measured:
# bench/team_cluster). Compressed (PostgreSQL's own setting, lz4 where the server has it)
# the same import took 3.0 s. Set for Desk's database alone; only a superuser may.
def _compress_page_images(conn: sa.Connection) -> list[str]:
    """Returns what the administrator should know (empty when all is well)."""
    current, methods, superuser, database = conn.exec_driver_sql(
        "SELECT s.setting, s.enumvals, r.rolsuper, current_database() "
        "FROM pg_settings s, pg_roles r "
        "WHERE s.name = 'wal_compression' AND r.rolname = current_user"
    ).one()
    if current != "off":
        return []
    method = "lz4" if "lz4" in methods else "pglz"
    quoted = '"' + database.replace('"', '""') + '"'
    statement = f"ALTER DATABASE {quoted} SET wal_compression = {method}"
    if not superuser:
        return [
            "imports write every index page they change in full to the server's log; "
            f"a superuser can compress those pages (imports about 30% faster): {statement}"
        ]
    conn.exec_driver_sql(statement)
    return []
