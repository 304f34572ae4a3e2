"""Full-text search over signals on PostgreSQL (the counterpart of ``fts`` for SQLite).

``signal.search_vector`` holds the title, summary, source and tags as a ``tsvector`` (a generated
column) indexed with GIN. It gives the same results as SQLite's FTS5 table (the parity
test runs the search suite on both):

* accents are removed (``unaccent``), as FTS5's ``remove_diacritics`` does;
* every run of non-word characters separates words, as FTS5's ``unicode61`` tokenizer does
  (PostgreSQL's own parser would keep "8542.31.10" or a URL as one token);
* words are stemmed with English Snowball but *no* stop words are dropped (``desk_search``
  configuration): FTS5 keeps "the" and "and" too, and a search for them must not be empty.

The query side takes the user's words with ``\\w+`` and joins them with ``&``, ``<->``, ``!``
and ``:*``; nothing the user types reaches the query syntax unchecked.

A query ending in a prefix (``:*``, search as you type) is matched through the words it starts
(``pg_words``): GIN reads a prefix's rows into a bitmap of its own first, so one word is a
quarter of the time of its prefix at a million signals.
"""

from __future__ import annotations

import re

import sqlalchemy as sa

from desk.store import pg_words
from desk.store.fts import MIN_PREFIX

CONFIG = "desk_search"
_TOKEN = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')
_WORD_CHARS = re.compile(r"\w+", re.UNICODE)

_DOCUMENT = (
    "coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || "
    "coalesce(source, '') || ' ' || coalesce(tags, '')"
)

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # unaccent() is only STABLE (its dictionary could change); this wrapper fixes the
    # dictionary, so the query side can be planned once.
    """CREATE OR REPLACE FUNCTION desk_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$""",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'desk_english_stem') THEN
            CREATE TEXT SEARCH DICTIONARY desk_english_stem (TEMPLATE = snowball,
                                                             Language = english);
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'desk_search') THEN
            CREATE TEXT SEARCH CONFIGURATION desk_search (COPY = english);
            ALTER TEXT SEARCH CONFIGURATION desk_search
                ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
                WITH desk_english_stem;
        END IF;
    END $$""",
    # Databases made before the column was generated: drop the trigger and its column.
    "DROP TRIGGER IF EXISTS signal_search ON signal",
    "DROP FUNCTION IF EXISTS desk_signal_search()",
    """DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'signal'
                   AND column_name = 'search_vector' AND is_generated = 'NEVER') THEN
            ALTER TABLE signal DROP COLUMN search_vector;
        END IF;
    END $$""",
    # A generated column, not a trigger: the same expression without a PL/pgSQL call per row
    # (a third less time per imported signal). Filled for the rows already there.
    f"""ALTER TABLE signal ADD COLUMN IF NOT EXISTS search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('{CONFIG}'::regconfig,
            regexp_replace(desk_unaccent({_DOCUMENT}), '\\W+', ' ', 'g'))) STORED""",
    "CREATE INDEX IF NOT EXISTS ix_signal_search ON signal USING gin (search_vector)",
]

DROP = [
    "DROP TRIGGER IF EXISTS signal_search ON signal",
    "DROP FUNCTION IF EXISTS desk_signal_search()",
    "ALTER TABLE signal DROP COLUMN IF EXISTS search_vector",
]


def create_signal_search(conn: sa.Connection) -> None:
    for statement in CREATE:
        conn.exec_driver_sql(statement)


def drop_signal_search(conn: sa.Connection) -> None:
    for statement in DROP:
        conn.exec_driver_sql(statement)


def tsquery_terms(text: str, *, prefix_last: bool = True) -> str | None:
    """What the user typed as a ``to_tsquery`` string, or None when nothing is searchable.

    Words are ANDed, "quoted phrases" stay phrases (``<->``), ``-word`` excludes, the last word
    also matches as a prefix (search as you type) — the same rules as ``fts.match_expression``.
    """
    positives: list[str] = []
    negatives: list[str] = []
    matches = list(_TOKEN.finditer(text))
    for n, m in enumerate(matches):
        negate = bool(m.group(1) or m.group(3))
        phrase = m.group(2) is not None
        words = _WORD_CHARS.findall((m.group(2) if phrase else m.group(4)) or "")
        if not words:
            continue
        is_last = n == len(matches) - 1
        if prefix_last and is_last and not phrase and not negate and not text.endswith(" "):
            # on the last word of "anti-dump" too: "(anti <-> dump):*" is not a tsquery
            words[-1] += ":*" if len(words[-1]) >= MIN_PREFIX else ""
        term = " <-> ".join(words)
        if len(words) > 1:
            term = f"({term})"
        (negatives if negate else positives).append(term)
    if not positives:
        return None
    return " & ".join(positives + [f"!{t}" for t in negatives])


def has_prefix(text: str) -> bool:
    """Whether the query of ``text`` ends in a prefix (the words of the ``:*`` never hold a
    colon or an asterisk: they are ``\\w+``)."""
    return ":*" in (tsquery_terms(text) or "")


def _vector_matches(query_sql: str, *, prefix: bool, table: str = "") -> str:
    """The search vector of ``table`` (a qualifier: "signal." or "") matches the tsquery string
    ``query_sql``. A prefix becomes the listed words it starts (``pg_words``): the words of the
    signals that are not TLP:RED, so RED signals are matched by the prefix itself, on the index
    of the RED rows alone."""
    plain = f"to_tsquery('{CONFIG}', desk_unaccent({query_sql}))"
    vector = f"{table}search_vector"
    if not prefix:
        return f"{vector} @@ {plain}"
    words = f"{pg_words.FUNCTION}({query_sql})"
    return f"({vector} @@ {words} OR ({table}tlp = 'RED' AND {vector} @@ {plain}))"


def match_sql(id_sql: str, query_sql: str, *, prefix: bool) -> str:
    """``id_sql`` is a signal whose search vector matches the tsquery string ``query_sql``
    (``prefix``: the string ends in a prefix, ``has_prefix``)."""
    if id_sql == "signal.id":
        # The row itself: its own vector. "id IN (SELECT …)" joined the table to itself, two
        # row visits per candidate, and hid the match's selectivity from the planner ("kyr"
        # walking the date index: 90 → 22 ms at 100,000; the GIN index still serves few).
        return _vector_matches(query_sql, prefix=prefix, table="signal.")
    matches = _vector_matches(query_sql, prefix=prefix)
    return f"{id_sql} IN (SELECT id FROM signal WHERE {matches})"


def matches_estimate(conn: sa.Connection, text: str, limit: int) -> int:
    """How many signals' text matches ``text`` by the planner's estimate, up to ``limit``.

    Services ask whether a search matches few signals (read them all) or many (walk an index
    in the asked order); SQLite counts its FTS index for that. Here a count reads a row per
    match for the row-level policies (5,000 rows: 20 ms at 100,000 signals, asked up to four
    times per keystroke), while the planner's estimate, from the word statistics ANALYZE
    keeps, costs a planning (under a millisecond) and is what PostgreSQL plans with anyway.
    """
    terms = tsquery_terms(text)
    if terms is None:
        return 0
    matches = _vector_matches("%(q)s", prefix=has_prefix(text))
    plan = conn.exec_driver_sql(
        f"EXPLAIN (FORMAT JSON) SELECT 1 FROM signal WHERE {matches}", {"q": terms}
    ).scalar_one()
    rows = int(plan[0]["Plan"]["Plan Rows"])
    return min(rows, limit)
