"""Schema version check at open, and Alembic upgrades when the vault is older than the program."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from desktop.errors import SchemaTooNew
from desktop.storage.vault.engine import for_writing
from desktop.storage.vault.schema import KNOWN_REVISIONS, SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"  # desktop/storage/migrations


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the vault, or ``None`` for a database with no tables yet."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def ensure_schema(engine: Engine) -> str:
    """Bring the vault to ``SCHEMA_HEAD``; refuse a vault from a newer program. Returns the revision."""
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return revision
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise SchemaTooNew(f"schema revision {revision!r}")
    upgrade(engine)
    return SCHEMA_HEAD


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the Alembic migrations up to ``target`` inside one transaction."""
    # Imported here: a normal open of an up-to-date vault never pays for importing Alembic.
    from alembic import command

    config = alembic_config()
    with for_writing(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)


def alembic_config() -> Config:
    """An Alembic config pointing at our migration scripts (no ini file needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config
