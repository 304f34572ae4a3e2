"""The words of the signals, so that a search's last word (a prefix while the user types)
becomes the whole words it starts on PostgreSQL (``desk.store.pg_words``).

At a million signals "kyrgyz" as a prefix cost 22 ms in the full-text index against 6 ms for
the one word it starts, and its page sorted by country and its chart read every match: 100–105
ms, over the 100 ms budget. The list, its triggers, an index of the TLP:RED rows' words (RED
signals' words are not listed) and the function that expands a query are made here, the list
filled from the signals there (3 s at a million). SQLite's FTS5 index needs none of it.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from desk.store import search_index

    search_index.create_word_list(op.get_bind())


def downgrade() -> None:
    from desk.store import search_index

    search_index.drop_word_list(op.get_bind())
