"""Server settings: where the database is and the limits that keep one client from hurting the others."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_DATABASE_URL = "sqlite:///casenotes-sync.db"


@dataclass(frozen=True)
class Settings:
    """Limits are per request; sign-in is limited per account and per client address."""

    database_url: str = DEFAULT_DATABASE_URL
    max_request_bytes: int = 16 * 1024 * 1024  # a push of a page of records
    max_blob_bytes: int = 2 * 1024 * 1024  # one sealed record (a long note is far below)
    max_changes_per_push: int = 500
    page_size: int = 500
    sign_in_attempts: int = 10  # failed sign-ins allowed per window, per account and per address
    sign_in_window_seconds: float = 300.0
    # What pre-login answers for an unknown account name: the desktop's default, so it looks like one.
    decoy_kdf: tuple[tuple[str, object], ...] = (
        ("name", "argon2id"),
        ("memory_kib", 65536),
        ("iterations", 3),
        ("lanes", 4),
    )
    auth_hash_cost: int = 2**14  # scrypt N for the stored hash of the (already strong) auth key
