"""Alembic migrations for the vault database."""
