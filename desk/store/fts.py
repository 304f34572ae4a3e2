"""Full-text search over signals with SQLite FTS5 (the only SQLite-specific search code).

``signal_fts`` is an external-content FTS5 table over ``signal``'s title, summary, source and
tags, kept in step by triggers. Services ask for a match clause through ``signal_text_match``;
a server database would implement the same function with its own full-text search.

Note for migrations: rebuilding ``signal`` in Alembic batch mode drops its triggers; call
``create_signal_triggers`` afterwards.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

import sqlalchemy as sa

FTS_TABLE = "signal_fts"
FTS_COLUMNS = ("title", "summary", "source", "tags")

CREATE_FTS = f"""
CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
    {", ".join(FTS_COLUMNS)},
    content='signal', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
)"""

_cols = ", ".join(FTS_COLUMNS)
_new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
_old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
TRIGGERS = {
    "signal_fts_ai": f"""CREATE TRIGGER signal_fts_ai AFTER INSERT ON signal BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {_cols}) VALUES (new.id, {_new});
    END""",
    "signal_fts_ad": f"""CREATE TRIGGER signal_fts_ad AFTER DELETE ON signal BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_cols}) VALUES ('delete', old.id, {_old});
    END""",
    "signal_fts_au": f"""CREATE TRIGGER signal_fts_au AFTER UPDATE OF {_cols} ON signal BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_cols}) VALUES ('delete', old.id, {_old});
        INSERT INTO {FTS_TABLE}(rowid, {_cols}) VALUES (new.id, {_new});
    END""",
}


def create_signal_fts(conn: sa.Connection) -> None:
    conn.exec_driver_sql(CREATE_FTS)
    create_signal_triggers(conn)
    rebuild(conn)


def create_signal_triggers(conn: sa.Connection) -> None:
    for name, sql in TRIGGERS.items():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql(sql)


def drop_signal_fts(conn: sa.Connection) -> None:
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


@contextlib.contextmanager
def bulk_indexing(conn: sa.Connection) -> Iterator[int]:
    """Insert many signals inside this block, indexing them with ``index_range`` (in batches,
    or in one pass at its end) instead of row by row through the insert trigger (which costs
    three times as much for large loads).

    Must run inside the caller's transaction: if it rolls back, so does the dropped trigger.
    Yields the first free signal id. Dropping the trigger is a write, so from then on this
    transaction holds SQLite's write lock and no other connection can take that id.
    """
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS signal_fts_ai")
    last = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM signal").scalar_one()
    yield last + 1
    conn.exec_driver_sql(TRIGGERS["signal_fts_ai"])


def index_range(conn: sa.Connection, first: int, stop: int) -> None:
    """Index the signals with ids from ``first`` up to ``stop`` (excluded), inserted inside
    ``bulk_indexing``."""
    conn.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, {_cols}) SELECT id, {_cols} FROM signal "
        "WHERE id >= ? AND id < ?",
        (first, stop),
    )


def rebuild(conn: sa.Connection) -> None:
    """Re-index every signal (after a bulk load that bypassed the triggers, or a repair)."""
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


# The word being typed matches as a prefix from this many characters on: "k*" reads the
# index entries of every word starting with k (a tenth of a million signals' words); a shorter
# word matches as itself until then.
MIN_PREFIX = 3
_TOKEN = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')
_WORD_CHARS = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str, *, prefix_last: bool = True) -> str | None:
    """Turn what a user typed into a safe FTS5 query.

    Words are ANDed; "quoted phrases" stay phrases; ``-word`` excludes; the last word also
    matches as a prefix (search as you type). FTS5 syntax characters in the input are never
    interpreted: every term is quoted. Returns None when nothing searchable is left. The last
    word is a prefix from ``MIN_PREFIX`` characters on.
    """
    positives: list[str] = []
    negatives: list[str] = []
    matches = list(_TOKEN.finditer(text))
    for n, m in enumerate(matches):
        negate = bool(m.group(1) or m.group(3))
        phrase = m.group(2) is not None
        raw = m.group(2) if phrase else m.group(4)
        words = _WORD_CHARS.findall(raw or "")
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        is_last = n == len(matches) - 1
        if prefix_last and is_last and not phrase and not negate and not text.endswith(" "):
            term += "*" if len(words[-1]) >= MIN_PREFIX else ""
        (negatives if negate else positives).append(term)
    if not positives:
        return None
    expr = " AND ".join(positives)
    for term in negatives:
        expr = f"({expr}) NOT {term}"
    return expr


def signal_text_match(id_column: sa.ColumnElement[int], text: str) -> sa.ColumnElement[bool] | None:
    """A WHERE clause: ``id_column`` is a signal whose indexed text matches ``text``."""
    expr = match_expression(text)
    if expr is None:
        return None
    matching = (
        sa.text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query")
        .bindparams(fts_query=expr)
        .columns(sa.column("rowid"))
    )
    return id_column.in_(matching.subquery().select())
