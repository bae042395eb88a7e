"""SQLModel tables. The schema itself is owned by the Alembic migrations in ``migrations/versions``;
a test checks that these models and the migrated database agree."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class AuditEvent(SQLModel, table=True):
    """One entry of the tamper-evident access log; append-only, hash-chained by ``seq``."""

    __tablename__ = "audit_event"

    id: str = Field(primary_key=True, max_length=36)
    seq: int = Field(unique=True, index=True)
    at: str = Field(description="UTC time, ISO 8601")
    actor: str
    action: str = Field(index=True)
    citizen_id: str | None = Field(default=None, index=True, max_length=36)
    detail: str = Field(default="{}", description="JSON; never free text about a person")
    prev_hash: str
    hash: str


class AppSetting(SQLModel, table=True):
    """A setting that travels with the vault (user preferences that are not per-computer)."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True)
    value: str = Field(description="JSON")
    updated_at: str
