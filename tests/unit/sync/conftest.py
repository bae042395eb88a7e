from tests.sync_world import FAST_ACCOUNT_KDF, SERVER_URL, make_device, offline, server_app  # noqa: F401
