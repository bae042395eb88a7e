"""The sync world (devices and an in-process server) for end-to-end tests that sync."""

from tests.sync_world import make_device, offline, server_app  # noqa: F401
