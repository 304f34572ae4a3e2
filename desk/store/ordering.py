"""Join order hints, the one place Desk tells SQLite how to walk tables.

``ordered_join(a, b, on)`` is an inner join whose left side must be the outer loop. On SQLite it
renders as ``CROSS JOIN``, which SQLite's planner never reorders: with an index on the sort key
of ``a`` and one on the join key of ``b``, rows come out already sorted and ``LIMIT`` stops
early (sorting 100k signals by country name took ~100 ms; this takes ~1 ms). Other databases get
a plain JOIN.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import Join
from sqlalchemy.sql.visitors import InternalTraversal, _TraverseInternalsType


class OrderedJoin(Join):
    inherit_cache = True


@compiles(OrderedJoin, "sqlite")
def _compile_ordered_join(element: OrderedJoin, compiler: SQLCompiler, **kw: Any) -> str:
    kw["asfrom"] = True
    left = compiler.process(element.left, **kw)
    right = compiler.process(element.right, **kw)
    kw.pop("asfrom")
    assert element.onclause is not None  # ordered_join always gives one
    return f"{left} CROSS JOIN {right} ON {compiler.process(element.onclause, **kw)}"


def ordered_join(
    left: sa.FromClause, right: sa.FromClause, onclause: sa.ColumnElement[bool]
) -> OrderedJoin:
    return OrderedJoin(left, right, onclause)


class Unindexed(sa.sql.expression.ColumnElement[Any]):
    """A column SQLite must not look rows up by (rendered ``+column``): so that it walks the
    index that gives the wanted order instead. Other databases get the column."""

    inherit_cache = True
    _traverse_internals: _TraverseInternalsType = [  # noqa: RUF012 (SQLAlchemy's convention)
        ("column", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: sa.ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


@compiles(Unindexed, "sqlite")
def _compile_unindexed_sqlite(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return f"+{compiler.process(element.column, **kw)}"


@compiles(Unindexed)
def _compile_unindexed(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


def unindexed(column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    return Unindexed(column)


# ``select.with_hint(table, "INDEXED BY ix", "sqlite")``: SQLAlchemy renders a table's hint
# where the dialect's compiler says how; SQLite's says nothing, so the hint was dropped.
def _sqlite_from_hint(self: SQLiteCompiler, table: sa.FromClause, text: str) -> str:
    return text


SQLiteCompiler.get_from_hint_text = _sqlite_from_hint  # type: ignore[method-assign,assignment]


def indexed_by(stmt: sa.Select[Any], table: sa.TableClause, index: str) -> sa.Select[Any]:
    """``stmt`` reading ``table`` through ``index`` only (SQLite's ``INDEXED BY``: the planner
    cannot know that an index ordered by id, holding every filter column, reads the matches
    of a list of ids without one row read); other databases choose for themselves."""
    return stmt.with_hint(table, f"INDEXED BY {index}", "sqlite")
