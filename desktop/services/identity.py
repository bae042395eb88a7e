"""The caseworker's own identity, for handing a citizen's file to a colleague end to end encrypted.

The key pairs (``desktop.sync.identity``) are made the first time they are needed and kept in the
vault's envelope, wrapped under the data key; a vault made before identities gets its own then.
"""

from __future__ import annotations

from desktop.services.base import VaultService
from desktop.sync.identity import Identity


class IdentityService(VaultService):
    """This vault's identity and the fingerprint a colleague compares."""

    def own(self) -> Identity:
        """The identity kept in this vault, made (and kept, logged) the first time it is asked for."""
        kept = self._vault.identity_private()
        if kept is not None:
            return Identity.from_private_bytes(kept)
        identity = Identity.generate()
        public = identity.public
        self._vault.keep_identity(public.receive, public.sign, identity.private_bytes())
        return identity

    def fingerprint(self) -> str:
        """Six groups of five digits that stand for this caseworker's public keys."""
        return self.own().public.fingerprint()
