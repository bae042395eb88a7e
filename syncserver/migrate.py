"""Bring the server's database to the newest schema with Alembic (at start-up, in one transaction)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations up to ``target``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
