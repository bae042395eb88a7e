"""The caseworker's own identity, for handing a citizen's file to a colleague end to end encrypted.

A caseworker is one identity on all of their computers: colleagues pin one key per account name. Once
the vault syncs, the key pairs are derived from the account's sync key (``Identity.of_account``), which
every computer of the account holds and the server never sees, so each computer has the same identity
without a private key ever travelling, being exported or meeting a sync conflict. Before the vault
syncs, a random identity is made the first time one is needed (a handover on a USB stick needs none of
the server). Either way it is kept in the vault's envelope, wrapped under the data key; a vault that
starts to sync takes the account's identity then, and colleagues who pinned the old one see a changed
number.
"""

from __future__ import annotations

import threading

from desktop.services.base import VaultService
from desktop.services.changes import ChangeBus
from desktop.services.vault_session import VaultSession
from desktop.storage.records import sync_store
from desktop.sync.identity import Identity


class IdentityService(VaultService):
    """This vault's identity and the fingerprint a colleague compares."""

    def __init__(self, session: VaultSession, bus: ChangeBus) -> None:
        super().__init__(session, bus)
        self._making = threading.Lock()  # two first calls at once (two workers) make one identity

    def own(self) -> Identity:
        """The caseworker's identity: the sync account's, else the one kept in this vault, else a new one
        (kept and logged)."""
        with self._making:
            return self._own()

    def _own(self) -> Identity:
        with self._vault.engine.connect() as conn:
            sync_key = sync_store.get_state(conn).get("sync_key")
        kept = self._vault.identity_private()
        if sync_key:
            identity = Identity.of_account(bytes.fromhex(sync_key))
        elif kept is not None:
            return Identity.from_private_bytes(kept)
        else:
            identity = Identity.generate()
        if kept != identity.private_bytes():
            public = identity.public
            self._vault.keep_identity(public.receive, public.sign, identity.private_bytes())
        return identity

    def fingerprint(self) -> str:
        """Six groups of five digits that stand for this caseworker's public keys."""
        return self.own().public.fingerprint()
