"""The server's tables (SQLAlchemy Core) and its engine. Alembic migrations create them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
)

metadata = MetaData()

account = Table(
    "account",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("vault_id", String(36), nullable=False),
    Column("auth_hash", LargeBinary, nullable=False),
    Column("auth_salt", LargeBinary, nullable=False),
    Column("client_salt", LargeBinary, nullable=False),  # the client's KDF salt, handed to new devices
    Column("kdf", Text, nullable=False),  # the client's KDF parameters (JSON), opaque here
    Column("wrapped_key", LargeBinary, nullable=False),  # the vault sync key, wrapped by the client
    Column("recovery_wrapped_key", LargeBinary, nullable=True),
    Column("recovery_auth_hash", LargeBinary, nullable=True),  # sign-in with the recovery key instead
    Column("recovery_auth_salt", LargeBinary, nullable=True),
    Column("next_seq", BigInteger, nullable=False, default=1),
    Column("created_at", String(32), nullable=False),
    # Set by an administrator (casenotes-server admin disable): its devices and sign-ins are refused,
    # and it is left out of the directory and of transfers, but nothing of it is deleted.
    Column("disabled_at", String(32), nullable=True),
)

device = Table(
    "device",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("account_id", String(36), ForeignKey("account.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("token_hash", LargeBinary, nullable=False, unique=True),
    Column("created_at", String(32), nullable=False),
    Column("last_seen_at", String(32), nullable=True),
    Column("revoked_at", String(32), nullable=True),
)

record = Table(
    "record",
    metadata,
    Column("account_id", String(36), ForeignKey("account.id"), primary_key=True),
    Column("record_type", String(64), primary_key=True),
    Column("record_id", String(36), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("blob", LargeBinary, nullable=True),  # None once deleted (a tombstone keeps id and version)
    Column("deleted", Boolean, nullable=False, default=False),
    Column("device_id", String(36), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Index("ix_record_feed", "account_id", "seq"),
)


# The key directory: each account's public identity (an X25519 key to receive a citizen's file with,
# an Ed25519 key to sign with), published by the account's own devices. Colleagues read it to hand a
# file over; their programs pin the keys and show a changed key before trusting it (the server could lie).
identity_key = Table(
    "identity_key",
    metadata,
    Column("account_id", String(36), ForeignKey("account.id"), primary_key=True),
    Column("receive", LargeBinary, nullable=False),
    Column("sign", LargeBinary, nullable=False),
    Column("published_at", String(32), nullable=False),
)

# The transfer inbox: a citizen's whole file handed from one account to another, sealed to the
# recipient's identity key and signed by the sender on the device (the server cannot open it). The
# ciphertext is dropped (``blob`` set to NULL) as soon as the transfer is answered or withdrawn; its
# SHA-256 stays, so a sender's resend after a broken connection is recognised. The receipt is the
# recipient's signed answer, opaque here, kept until the sender says it has recorded the outcome.
transfer = Table(
    "transfer",
    metadata,
    Column("id", String(36), primary_key=True),  # chosen by the sending device (a UUID)
    Column("sender_account_id", String(36), ForeignKey("account.id"), nullable=False),
    Column("recipient_account_id", String(36), ForeignKey("account.id"), nullable=False),
    Column("blob", LargeBinary, nullable=True),
    Column("blob_sha256", LargeBinary, nullable=False),
    Column("size", Integer, nullable=False),
    Column("state", String(16), nullable=False),  # waiting | accepted | declined
    Column("receipt", LargeBinary, nullable=True),
    Column("created_at", String(32), nullable=False),
    Column("answered_at", String(32), nullable=True),
    Index("ix_transfer_inbox", "recipient_account_id", "state"),
    Index("ix_transfer_sender", "sender_account_id"),
)

push_request = Table(
    "push_request",
    metadata,
    Column("device_id", String(36), ForeignKey("device.id"), primary_key=True),
    Column("request_id", String(36), primary_key=True),
    Column("created_at", String(32), nullable=False),
)


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout for the threaded server."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: object) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)
