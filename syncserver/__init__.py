"""The sync server: accounts, devices and a per-vault change feed of opaque, end-to-end encrypted blobs.

It never sees content: a record reaches it sealed by the client (AES-256-GCM under the vault's sync key),
and all it keeps is the record's type and id, its version, the blob and when it changed. It shares no
code with the desktop app; the wire format is the OpenAPI schema FastAPI publishes.
"""

__version__ = "0.1.0"
