"""Alembic environment of the sync server: runs on a connection handed in by ``syncserver.migrate``."""

from __future__ import annotations

from alembic import context

from syncserver.db import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("server migrations run only through syncserver.migrate.upgrade")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
