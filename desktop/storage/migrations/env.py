"""Alembic environment: always runs on a live, keyed connection handed in by ``migrate.upgrade``."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import desktop.storage.records.tables  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through desktop.storage.vault.migrate on an unlocked vault")

context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
