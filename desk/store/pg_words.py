"""The words of the signals, so that a search's last word, a prefix while the user types,
becomes the whole words it starts (PostgreSQL only).

For a prefix ("kyrgyz:*") GIN first gathers the rows of every word it starts into a bitmap of
its own and then hands them on: at a million signals 22 ms of "kyrgyz", against 6 ms for the
one word it starts ("kyrgyzstan"); its page sorted by country and its chart read all 57,000
matches and were 100–105 ms. ``signal_word`` lists the words (lexemes) of the signals, kept by
statement triggers in the writing transaction; ``desk_search_query`` turns the query's prefix
into the listed words it starts (up to ``MAX_WORDS``; with more, or none, the prefix stays).

What the list may show, and so what it holds:

* only the words of signals that are not TLP:RED. A RED signal is seen by its owner and the
  people it names; its words in a list would show them to everyone who may read the list. A
  search finds RED signals through the prefix on an index of the RED rows alone
  (``ix_signal_search_red``), ORed with the words (``pg_search.match_sql``);
* contact points and readers may read it (they see every signal that is not RED); posts see
  one region, so the list is not theirs (``team_setup`` grants it) and their searches keep
  the prefix: the function expands only for whoever may read the list.

A word whose signals were deleted or made RED stays listed: it matches nothing and costs a
lookup, never a wrong result. A word missing from the list would lose matches: ``missing``
counts them and ``rebuild`` lists the words again (``desk check --repair``).
"""

from __future__ import annotations

import sqlalchemy as sa

TABLE = "signal_word"
FUNCTION = "desk_search_query"
RED_INDEX = "ix_signal_search_red"
# more words than this and the prefix stays: a short prefix ("ky") starts hundreds, and a
# query of hundreds of words costs more than the prefix does
MAX_WORDS = 32

_TRIGGERS = {
    "signal_words_ai": "AFTER INSERT ON signal REFERENCING NEW TABLE AS new_rows",
    "signal_words_au": "AFTER UPDATE ON signal REFERENCING OLD TABLE AS old_rows "
    "NEW TABLE AS new_rows",
}


def _words_of(rows: str, where: str = "") -> str:
    """The distinct words of ``rows``' signals that are not RED, as ``w`` (byte order)."""
    return (
        f'SELECT DISTINCT w COLLATE "C" AS w FROM {rows}, '
        "unnest(tsvector_to_array(r.search_vector)) AS w "
        f"WHERE r.tlp <> 'RED'{where}"
    )


def _add(words: str) -> str:
    # the words already listed are skipped before the insert (a fifth less time than leaving
    # every one to ON CONFLICT), which stays for concurrent writers
    return (
        f"INSERT INTO {TABLE} (word) SELECT w FROM ({words}) AS x WHERE NOT EXISTS "
        f"(SELECT 1 FROM {TABLE} s WHERE s.word = x.w) ON CONFLICT DO NOTHING"
    )


_ADD_INSERTED = _add(_words_of("new_rows r"))
# an update lists words only of the rows whose text changed or that stopped being RED
_ADD_UPDATED = _add(
    _words_of(
        "new_rows r JOIN old_rows o ON o.id = r.id",
        " AND (o.tlp = 'RED' OR o.search_vector IS DISTINCT FROM r.search_vector)",
    )
)
# SECURITY DEFINER: whoever writes a signal lists its words, though nobody may write the list
_TRIGGER_FUNCTION = f"""CREATE OR REPLACE FUNCTION desk_signal_words() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            {_ADD_INSERTED};
        ELSE
            {_ADD_UPDATED};
        END IF;
        RETURN NULL;
    END $$"""

# A tsquery lexeme as tsquery input: quoted, its quotes doubled and backslashes escaped.
_QUOTED = "'''' || replace(replace({0}, '\\', '\\\\'), '''', '''''') || ''''"

# IMMUTABLE although it reads the list: so the planner evaluates it once, with the query's
# words, while planning (Desk prepares no statement, so each is planned with its values:
# ``team._connect_args``), and estimates and matches the words it returns. STABLE would leave
# it to each row a plan filters. The lexemes are compared in byte order (tsquery's prefix
# match), and no lexeme holds U+10FFFF (the document's non-word characters are spaces), so the
# range below is exactly the words that start with the prefix.
_QUERY_FUNCTION = f"""CREATE OR REPLACE FUNCTION {FUNCTION}(terms text) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = public, pg_temp AS $$
    DECLARE
        q tsquery := to_tsquery('desk_search', desk_unaccent(terms));
        prefix text := substring(q::text from '''((?:[^'']|'''')+)'':\\*');
        words text[];
    BEGIN
        IF prefix IS NULL OR NOT has_table_privilege('public.{TABLE}', 'SELECT') THEN
            RETURN q;
        END IF;
        prefix := replace(prefix, '''''', '''');
        SELECT array_agg({_QUOTED.format("word")} ORDER BY word) INTO words FROM (
            SELECT word FROM {TABLE}
            WHERE word >= prefix COLLATE "C" AND word < (prefix || chr(1114111)) COLLATE "C"
            ORDER BY word LIMIT {MAX_WORDS + 1}) AS listed;
        IF words IS NULL OR cardinality(words) > {MAX_WORDS} THEN
            RETURN q;
        END IF;
        RETURN ts_rewrite(q, ({_QUOTED.format("prefix")} || ':*')::tsquery,
                          array_to_string(words, ' | ')::tsquery);
    END $$"""


def create_statements() -> list[str]:
    """The list (filled from the signals there), its triggers, the RED rows' index and the
    query function; idempotent."""
    sql = [
        f"""DO $$ BEGIN
            IF to_regclass('{TABLE}') IS NULL THEN
                LOCK TABLE signal IN SHARE ROW EXCLUSIVE MODE;
                CREATE TABLE {TABLE} (word text COLLATE "C" PRIMARY KEY);
                {_add(_words_of("signal r"))};
            END IF;
        END $$""",
        f"REVOKE ALL ON {TABLE} FROM PUBLIC",
        _TRIGGER_FUNCTION,
    ]
    for name, when in _TRIGGERS.items():
        sql += [
            f"DROP TRIGGER IF EXISTS {name} ON signal",
            f"CREATE TRIGGER {name} {when} FOR EACH STATEMENT EXECUTE FUNCTION desk_signal_words()",
        ]
    return [
        *sql,
        f"CREATE INDEX IF NOT EXISTS {RED_INDEX} ON signal USING gin (search_vector) "
        "WHERE tlp = 'RED'",
        _QUERY_FUNCTION,
    ]


def drop_statements() -> list[str]:
    return [
        f"DROP FUNCTION IF EXISTS {FUNCTION}(text)",
        f"DROP INDEX IF EXISTS {RED_INDEX}",
        *(f"DROP TRIGGER IF EXISTS {name} ON signal" for name in _TRIGGERS),
        "DROP FUNCTION IF EXISTS desk_signal_words()",
        f"DROP TABLE IF EXISTS {TABLE}",
    ]


def exists(conn: sa.Connection) -> bool:
    return conn.dialect.name == "postgresql" and sa.inspect(conn).has_table(TABLE)


def missing(conn: sa.Connection) -> int:
    """How many words of signals that are not RED the list lacks (0: it is complete). As the
    administrator: the row-level rules hide signals from everyone else."""
    if not exists(conn):
        return 0
    words = _words_of("signal r")
    sql = (
        f"SELECT count(*) FROM ({words}) AS x "
        f"WHERE NOT EXISTS (SELECT 1 FROM {TABLE} s WHERE s.word = x.w)"
    )
    return int(conn.exec_driver_sql(sql).scalar_one())


def rebuild(conn: sa.Connection) -> None:
    """List the words of the signals again (``desk check --repair``); drops the stale ones."""
    if not exists(conn):
        return
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    conn.exec_driver_sql(_add(_words_of("signal r")))
