"""Server settings: where the database is and the limits that keep one client from hurting the others."""

from __future__ import annotations

from dataclasses import dataclass

from syncserver.models import MAX_BLOB_BYTES, MAX_CHANGES_PER_PUSH, MAX_TRANSFER_BYTES, base64_chars

DEFAULT_DATABASE_URL = "sqlite:///casenotes-sync.db"
# A transfer's request beside its blob: the id, the colleague's name and the JSON around them.
TRANSFER_ENVELOPE_BYTES = 1024
# Where ``casenotes-server`` finds the database URL when --database-url is not given (a container's
# environment), and where it hands the URL to its workers (``syncserver.serve``).
DATABASE_URL_VARIABLE = "CASENOTES_SERVER_DATABASE_URL"


@dataclass(frozen=True)
class Settings:
    """Limits per request, and the sign-in guard's numbers (``syncserver.sign_in_guard`` says why)."""

    database_url: str = DEFAULT_DATABASE_URL
    # A push of a page of records, or one transfer (12 MiB is 16 MiB as base64, with room around it).
    max_request_bytes: int = 17 * 1024 * 1024
    max_blob_bytes: int = 2 * 1024 * 1024  # one sealed record (a long note is far below)
    max_transfer_bytes: int = 12 * 1024 * 1024  # one citizen's whole file, sealed, for a colleague
    max_changes_per_push: int = MAX_CHANGES_PER_PUSH
    page_size: int = 500
    # Per client address: this many failed sign-ins in the window cost nothing (an office behind one
    # address mistypes too); each one after that doubles the wait before the address may try again.
    address_free_failures: int = 10
    address_window_seconds: float = 3600.0
    address_backoff_seconds: float = 1.0
    address_backoff_max_seconds: float = 900.0
    # Per account name: after a few failures from anywhere, every attempt on it is answered later, the
    # delay doubling up to a ceiling well inside the desktop's 30 s timeout, so the right key gets in.
    account_free_failures: int = 3
    account_window_seconds: float = 900.0
    account_delay_seconds: float = 0.5
    account_delay_max_seconds: float = 8.0
    # Accounts one address may create per address window (an office sets up dozens, not thousands).
    creations_per_address: int = 100
    # Addresses, names and creation counts remembered at most (each): the oldest are forgotten first.
    tracked_keys: int = 50_000
    # What pre-login answers for an unknown account name: the desktop's default, so it looks like one.
    decoy_kdf: tuple[tuple[str, object], ...] = (
        ("name", "argon2id"),
        ("memory_kib", 65536),
        ("iterations", 3),
        ("lanes", 4),
    )
    auth_hash_cost: int = 2**14  # scrypt N for the stored hash of the (already strong) auth key

    def __post_init__(self) -> None:
        # The schema's bounds are fixed; a setting beyond them would be refused as malformed (422)
        # instead of too large (413), and the schema would no longer say what the server takes.
        if not 0 < self.max_blob_bytes <= MAX_BLOB_BYTES:
            raise ValueError(f"max_blob_bytes must be between 1 and {MAX_BLOB_BYTES}")
        if not 0 < self.max_changes_per_push <= MAX_CHANGES_PER_PUSH:
            raise ValueError(f"max_changes_per_push must be between 1 and {MAX_CHANGES_PER_PUSH}")
        if not 0 < self.max_transfer_bytes <= MAX_TRANSFER_BYTES:
            raise ValueError(f"max_transfer_bytes must be between 1 and {MAX_TRANSFER_BYTES}")
        # A transfer the server takes must also get past the request limit (or it would be refused
        # before its own limit could say why).
        if base64_chars(self.max_transfer_bytes) + TRANSFER_ENVELOPE_BYTES > self.max_request_bytes:
            raise ValueError("max_request_bytes must hold a transfer of max_transfer_bytes as base64")
