"""The caseworker's own identity, for handing a citizen's file to a colleague end to end encrypted.

The key pairs (``desktop.sync.identity``) are made the first time they are needed and kept in the
vault's envelope, wrapped under the data key; a vault made before identities gets its own then.

A caseworker is one identity on all of their computers: colleagues pin one key per account. The
private bytes therefore also travel, inside the synced records (sealed end to end under the account's
sync key like every record), to the account's other computers, which take that identity up in place of
one of their own. Where two computers made one each before they first synced, the synced one wins.
"""

from __future__ import annotations

from desktop.services.base import VaultService
from desktop.storage.records import transfers as stored
from desktop.sync.identity import Identity, IdentityKeyInvalid


class IdentityService(VaultService):
    """This vault's identity and the fingerprint a colleague compares."""

    def own(self) -> Identity:
        """The caseworker's identity: the account's shared one, else the one kept in this vault, else a
        new one (kept and logged); the envelope and the synced setting are brought to agree."""
        with self._vault.engine.connect() as conn:
            shared = stored.shared_identity(conn)
        kept = self._vault.identity_private()
        if shared is not None:
            try:
                identity = Identity.from_private_bytes(shared)
            except IdentityKeyInvalid:
                shared = None  # damaged: fall back to this vault's own
            else:
                if kept != shared:
                    self._keep(identity)
                return identity
        identity = Identity.from_private_bytes(kept) if kept is not None else Identity.generate()
        if kept is None:
            self._keep(identity)
        with self._vault.transaction() as conn:
            stored.share_identity(conn, identity.private_bytes())
        return identity

    def fingerprint(self) -> str:
        """Six groups of five digits that stand for this caseworker's public keys."""
        return self.own().public.fingerprint()

    def _keep(self, identity: Identity) -> None:
        public = identity.public
        self._vault.keep_identity(public.receive, public.sign, identity.private_bytes())
