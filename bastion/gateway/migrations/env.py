"""Alembic environment: always run programmatically by ``Store.open`` on its connection."""

from alembic import context

from bastion.gateway.store import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
