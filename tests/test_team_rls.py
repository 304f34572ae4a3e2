"""The team database's rules are the server's: each role connects with the plain driver (no Desk
code between it and the server) and counts what it can see and change.

The data is made through Desk as the contact point ``anna``: a signal in the DAO region and one
in DEU (both AMBER), a TLP:RED one for herself only and a TLP:RED one naming ``bram``, in DAO.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.rows import dict_row

from desk.services.signals import create_signal, update_signal
from tests.conftest import TEAM_USERS
from tests.helpers import draft

TITLES = {
    "dao": "Machine tools via Chinese traders",
    "deu": "Drones via Kazakh forwarders",
    "red": "Informant on Bangkok distributor",
    "red_bram": "Shared lead on Indian broker",
}


@pytest.fixture
def seeded(team_store) -> dict[str, int]:
    ids = {
        "dao": create_signal(team_store, draft(team_store, country="CN", title=TITLES["dao"])),
        "deu": create_signal(team_store, draft(team_store, country="KZ", title=TITLES["deu"])),
        "red": create_signal(
            team_store, draft(team_store, country="CN", title=TITLES["red"], tlp="RED")
        ),
    }
    red_bram = draft(team_store, country="IN", title=TITLES["red_bram"], tlp="RED")
    ids["red_bram"] = create_signal(team_store, red_bram)
    with psycopg.connect(_dsn(team_store, "anna")) as conn:  # who may see it: named by its author
        conn.execute("UPDATE signal SET named_recipients = 'bram' WHERE id = %s", [ids["red_bram"]])
    # one audited change per signal, so the audit trail has a row to hide or show
    for key, sid in ids.items():
        update_signal(team_store, sid, draft(team_store, **_values(key), summary="edited"))
    return ids


def _values(key: str) -> dict[str, Any]:
    country = {"dao": "CN", "deu": "KZ", "red": "CN", "red_bram": "IN"}[key]
    tlp = "RED" if key.startswith("red") else "AMBER"
    return {"country": country, "title": TITLES[key], "tlp": tlp}


def _dsn(team_store, user: str) -> str:
    url = team_store.engine.url
    return (
        f"host={url.host} port={url.port} dbname={url.database} "
        f"user={user} password={TEAM_USERS[user][2]}"
    )


@pytest.fixture
def connect(team_store) -> Iterator[Any]:
    opened: list[psycopg.Connection] = []

    def as_user(user: str) -> psycopg.Connection:
        conn = psycopg.connect(_dsn(team_store, user), autocommit=True, row_factory=dict_row)
        opened.append(conn)
        return conn

    yield as_user
    for conn in opened:
        conn.close()


def visible(conn: psycopg.Connection, ids: dict[str, int]) -> set[str]:
    names = {v: k for k, v in ids.items()}
    return {names[r["id"]] for r in conn.execute("SELECT id FROM signal")}


def test_each_role_sees_what_its_rules_allow(seeded, connect) -> None:
    assert visible(connect("anna"), seeded) == {"dao", "deu", "red", "red_bram"}
    assert visible(connect("bram"), seeded) == {"dao", "deu", "red_bram"}  # named in one RED
    assert visible(connect("piet"), seeded) == {"dao"}  # a DAO post: its region, no one's RED
    assert visible(connect("rita"), seeded) == {"dao", "deu"}  # a reader: no RED


def test_hs_codes_and_audit_trail_follow_the_signal(seeded, connect) -> None:
    for user, expected in {"anna": 4, "bram": 3, "piet": 1, "rita": 2}.items():
        conn = connect(user)
        hs = conn.execute("SELECT count(DISTINCT signal_id) AS n FROM signal_hs_code").fetchone()
        audit = conn.execute(
            "SELECT count(DISTINCT entity_id) AS n FROM audit_log WHERE entity = 'signal'"
        ).fetchone()
        assert (user, hs["n"], audit["n"]) == (user, expected, expected)


def test_readers_cannot_write(seeded, connect) -> None:
    rita = connect("rita")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rita.execute("UPDATE signal SET title = 'x' WHERE id = %s", [seeded["dao"]])
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rita.execute("DELETE FROM signal")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        rita.execute("INSERT INTO audit_log (entity) VALUES ('signal')")
    titles = {r["title"] for r in connect("anna").execute("SELECT title FROM signal")}
    assert titles == set(TITLES.values())


def test_posts_change_only_their_region(seeded, connect) -> None:
    piet = connect("piet")
    changed = piet.execute("UPDATE signal SET summary = 'seen by the post'").rowcount
    assert changed == 1  # the DAO signal; not DEU, not anna's RED in CN
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # moving it out of the region
        piet.execute("UPDATE signal SET country_code = 'KZ' WHERE id = %s", [seeded["dao"]])
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # writing another region's
        _insert_copy(piet, connect("anna"), seeded["dao"], country_code="KZ")
    _insert_copy(piet, connect("anna"), seeded["dao"], country_code="IN")  # its own: fine
    summaries = {
        r["id"]: r["summary"] for r in connect("anna").execute("SELECT id, summary FROM signal")
    }
    assert summaries[seeded["dao"]] == "seen by the post"
    assert summaries[seeded["deu"]] == summaries[seeded["red"]] == "edited"
    assert len(summaries) == 5


def test_red_stays_with_its_author_and_the_named(seeded, connect) -> None:
    bram = connect("bram")
    assert (
        bram.execute("UPDATE signal SET summary = 'x' WHERE id = %s", [seeded["red"]]).rowcount == 0
    )
    assert bram.execute("DELETE FROM signal WHERE id = %s", [seeded["red"]]).rowcount == 0
    anna = connect("anna")
    row = anna.execute("SELECT summary FROM signal WHERE id = %s", [seeded["red"]]).fetchone()
    assert row["summary"] == "edited"


def test_the_server_sets_owner_and_audit_actor(seeded, connect) -> None:
    bram = connect("bram")
    new_id = _insert_copy(bram, connect("anna"), seeded["deu"], owner_role="anna", tlp="RED")
    assert visible(connect("anna"), seeded | {"bram's": new_id}) == set(seeded)  # not anna's
    bram.execute(
        "INSERT INTO audit_log (change_id, at, actor, entity, entity_id, action, field) "
        "VALUES ('forged', now(), 'anna', 'signal', %s, 'update', 'summary')",
        [str(new_id)],
    )
    actor = bram.execute("SELECT actor FROM audit_log WHERE change_id = 'forged'").fetchone()
    assert actor["actor"] == "bram"
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the trail is append-only
        connect("anna").execute("DELETE FROM audit_log")


def _insert_copy(
    conn: psycopg.Connection, reader: psycopg.Connection, source_id: int, **changes: Any
) -> int:
    """Insert a copy of signal ``source_id`` (read by ``reader``) through ``conn``."""
    import uuid

    row = reader.execute("SELECT * FROM signal WHERE id = %s", [source_id]).fetchone()
    for generated in ("id", "search_vector"):
        row.pop(generated)
    row |= {
        "uuid": str(uuid.uuid4()),
        "tlp_rank": 0 if changes.get("tlp") == "RED" else row["tlp_rank"],
    }
    row |= changes
    query = sql.SQL("INSERT INTO signal ({}) VALUES ({}) RETURNING id").format(
        sql.SQL(", ").join(map(sql.Identifier, row)),
        sql.SQL(", ").join(sql.Placeholder() * len(row)),
    )
    return int(conn.execute(query, list(row.values())).fetchone()["id"])
