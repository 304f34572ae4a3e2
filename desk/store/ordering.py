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
