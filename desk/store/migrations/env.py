"""Alembic environment: Desk always hands over an open, keyed connection."""

from alembic import context

from desk.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Desk migrations run through desk.store.migrate, with a keyed connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
