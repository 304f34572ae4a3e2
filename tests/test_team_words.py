"""The words of a team database's signals (``desk.store.pg_words``): a search's last word, a
prefix, becomes the listed words it starts. Shown by what the list holds, by the plan the
contact point gets, and by results that stay those of the prefix for every kind of user."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa

from desk.services.search import SignalFilter, count_signals, search_signals
from desk.services.search_sql import S, where_clauses
from desk.services.signals import create_signal, update_signal
from desk.store import pg_search, pg_words
from desk.store.pg_errors import TeamRefused
from desk.store.team import open_team_store
from tests.conftest import TEAM_USERS
from tests.helpers import draft
from tests.pg_server import ADMIN, ADMIN_PASSWORD


def _expanded(store, terms: str) -> str:
    with store.engine.connect() as conn:
        return str(
            conn.exec_driver_sql(f"SELECT {pg_words.FUNCTION}(%(t)s)::text", {"t": terms}).scalar()
        )


def _listed(pg_server, team_db: str, prefix: str) -> list[str]:
    with psycopg.connect(pg_server.admin_dsn(team_db), autocommit=True) as conn:
        rows = conn.execute(
            f"SELECT word FROM {pg_words.TABLE} WHERE word LIKE %s ORDER BY word", [f"{prefix}%"]
        ).fetchall()
    return [r[0] for r in rows]


def _as(pg_server, team_db: str, user: str):
    return open_team_store(pg_server.url(user, TEAM_USERS[user][2], team_db))


@pytest.fixture
def kyrgyz(team_store) -> dict[str, int]:
    """anna's signals: two shared words of Kyrgyzstan, one RED word only she (the owner) sees."""
    made = {
        "lathes": dict(country="KG", title="Lathes via Kyrgyzstan"),
        "traders": dict(country="KZ", title="Kyrgyzstani traders in Almaty"),
        "informant": dict(country="KG", title="Kyrgyzmobil informant", tlp="RED"),
    }
    return {k: create_signal(team_store, draft(team_store, **v)) for k, v in made.items()}


def test_the_list_holds_the_words_of_signals_that_are_not_red(
    team_store, pg_server, team_db, kyrgyz
) -> None:
    assert _listed(pg_server, team_db, "kyrgyz") == ["kyrgyzstan", "kyrgyzstani"]
    # its prefix becomes them for a contact point; the RED word is nobody's to be shown
    assert _expanded(team_store, "kyrgyz:*") == "'kyrgyzstan' | 'kyrgyzstani'"
    assert _expanded(team_store, "lathe & kyrgyz:*") == "'lath' & ( 'kyrgyzstan' | 'kyrgyzstani' )"
    assert _expanded(team_store, "kyrgyzstan") == "'kyrgyzstan'"  # no prefix: as typed
    assert _expanded(team_store, "zzz:*") == "'zzz':*"  # nothing listed: the prefix stays
    with _as(pg_server, team_db, "piet") as post:  # a post sees one region: not the list
        assert _expanded(post, "kyrgyz:*") == "'kyrgyz':*"
        with post.engine.connect() as conn, pytest.raises(TeamRefused):
            conn.exec_driver_sql(f"SELECT count(*) FROM {pg_words.TABLE}")
    with _as(pg_server, team_db, "rita") as reader:  # readers see every signal not RED
        assert _expanded(reader, "kyrgyz:*") == "'kyrgyzstan' | 'kyrgyzstani'"


def test_a_prefix_finds_what_it_did_for_every_kind_of_user(
    team_store, pg_server, team_db, kyrgyz
) -> None:
    def found(store, text: str) -> set[int]:
        return {r.id for r in search_signals(store, SignalFilter(text=text))}

    everything = set(kyrgyz.values())
    assert found(team_store, "kyrgyz") == everything  # the owner: her RED one through its index
    assert found(team_store, "kyrgyzm") == {kyrgyz["informant"]}  # a prefix only RED words start
    assert found(team_store, "lathes kyrgyz") == {kyrgyz["lathes"]}
    assert found(team_store, "-lathes kyrgyz") == everything - {kyrgyz["lathes"]}
    assert count_signals(team_store, SignalFilter(text="kyrgyz")) == 3
    with _as(pg_server, team_db, "bram") as other:  # another contact point: not anna's RED one
        assert found(other, "kyrgyz") == everything - {kyrgyz["informant"]}
        assert found(other, "kyrgyzm") == set()
    with _as(pg_server, team_db, "piet") as post:  # DAO's post: Kyrgyzstan is not his region
        assert found(post, "kyrgyz") == set()


def test_the_words_follow_every_write(team_store, pg_server, team_db, kyrgyz) -> None:
    informant = kyrgyz["informant"]
    changed = draft(team_store, country="KG", title="Kyrgyzmobil informant", tlp="AMBER")
    update_signal(team_store, informant, changed)  # no longer RED: its words may be listed
    assert "kyrgyzmobil" in _listed(pg_server, team_db, "kyrgyz")
    retitled = draft(team_store, country="KG", title="Lathes via Tokmok", tlp="AMBER")
    update_signal(team_store, informant, retitled)
    assert _listed(pg_server, team_db, "tokmok") == ["tokmok"]
    with _as(pg_server, team_db, "bram") as other:
        assert {r.id for r in search_signals(other, SignalFilter(text="tokm"))} == {informant}
    engine = sa.create_engine(team_store.engine.url.set(username=ADMIN, password=ADMIN_PASSWORD))
    try:
        with engine.begin() as conn:  # what desk check --repair sees and does
            assert pg_words.missing(conn) == 0
            conn.exec_driver_sql(f"DELETE FROM {pg_words.TABLE} WHERE word LIKE 'kyrgyz%%'")
            assert pg_words.missing(conn) == 2  # kyrgyzstan, kyrgyzstani (not RED any more)
            pg_words.rebuild(conn)
            assert pg_words.missing(conn) == 0
    finally:
        engine.dispose()
    # kyrgyzmobil was listed when the signal stopped being RED and went when it was renamed
    assert _listed(pg_server, team_db, "kyrgyz") == ["kyrgyzstan", "kyrgyzstani"]


def test_a_prefix_of_many_words_stays_a_prefix(team_store, pg_server, team_db) -> None:
    titles = [f"Shipment kyr{n:02d}x" for n in range(pg_words.MAX_WORDS + 1)]
    for title in titles:
        create_signal(team_store, draft(team_store, country="KG", title=title))
    assert len(_listed(pg_server, team_db, "kyr")) == pg_words.MAX_WORDS + 1
    assert _expanded(team_store, "kyr:*") == "'kyr':*"
    assert count_signals(team_store, SignalFilter(text="kyr")) == len(titles)
    assert _expanded(team_store, "kyr00:*") == "'kyr00x'"


def test_the_contact_points_plan_looks_up_the_words(team_store, kyrgyz) -> None:
    statement = sa.select(S.c.id).where(*where_clauses(SignalFilter(text="kyrgyz")))
    sent: list[tuple[str, dict]] = []

    def catch(conn, cursor, sql, parameters, context, executemany) -> None:
        sent.append((sql, parameters))

    with team_store.engine.connect() as conn:
        sa.event.listen(conn, "before_cursor_execute", catch)
        conn.execute(statement).all()
        sa.event.remove(conn, "before_cursor_execute", catch)
        sql, parameters = sent[-1]
        assert pg_words.FUNCTION in sql
        conn.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {sql}", parameters))
    # planned with the words the function returned (a tsquery quoted in the plan), and the RED
    # rows apart (at this size through the RED owners' index; at scale through their own)
    assert "(search_vector @@ '''kyrgyzstan'' | ''kyrgyzstani'''::tsquery)" in plan, plan
    assert "BitmapOr" in plan, plan
    assert pg_words.FUNCTION not in plan, plan  # evaluated once while planning, not per row


def test_the_last_word_of_a_hyphenated_token_is_the_prefix() -> None:
    # "(anti <-> dump):*" is not a tsquery: typing "anti-dump" failed on a team database
    assert pg_search.tsquery_terms("anti-dump") == "(anti <-> dump:*)"
    assert pg_search.tsquery_terms("anti-dump ") == "(anti <-> dump)"
    assert pg_search.has_prefix("anti-dump")
    assert not pg_search.has_prefix('"anti dump"')
