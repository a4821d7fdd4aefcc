"""Alembic environment: always run from ``store.migrate`` with an open connection.

Each revision runs in its own transaction (``transaction_per_migration``) so a failure
leaves the database at the last revision that completed, never half-way through one.
"""

from alembic import context

from app.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
