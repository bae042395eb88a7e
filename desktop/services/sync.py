"""Sync as the program and the command line use it: set up, run a round, status, conflicts, devices.

Setting up signs in to the account when it exists and the password opens its sync key (a second
device joins), or else creates the account. A notebook's sync identity (the synced vault id and sync
key) stays in ``sync_state`` after a sign-out: an account made again after the server was wiped or
replaced gets the notebook's own identity, and only a vault that never synced makes a new one. After
any set-up every record here waits to be sent again, so the server gets whatever it lacks. Joining an
account of another notebook (``sync_identity.other_notebook``) stops with ``SyncVaultMismatch``
before anything is written here, unless the person said it is the same notebook. Secrets (device
token, sync key) live in the encrypted vault, never in settings files or logs.
"""

from __future__ import annotations

import contextlib
import logging
import platform
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from desktop.domain.policy import normalise_server
from desktop.domain.recovery_key import RecoveryKey, RecoveryKeyFormatError
from desktop.domain.text_bounds import check_merged_value
from desktop.errors import (
    MalformedRecoveryKey,
    NotFound,
    SyncInsecureAddress,
    SyncNotSetUp,
    SyncOtherVault,
    SyncServerFixed,
    SyncSignedOut,
    SyncUnsafeServerKdf,
    SyncVaultMismatch,
    SyncWrongPassword,
)
from desktop.pause_points import pause_point
from desktop.services.base import VaultService
from desktop.services.changes import ChangeBus
from desktop.services.search_reindex import reindex
from desktop.services.sync_identity import identities_for_log, leave_account, other_notebook
from desktop.services.sync_round import RoundReport, SyncIdentity, SyncRound
from desktop.services.vault_session import VaultSession
from desktop.storage.records import sync_store as store
from desktop.storage.records.sync_types import BY_TABLE
from desktop.sync import account_keys as keys
from desktop.sync.client import AccountExists, Device, ServerSession, SyncClient

log = logging.getLogger(__name__)

# What joining an account gives: the device's session, the sync key, and "joined" or "created".
_Joined = tuple[ServerSession, bytes, str]

ClientFactory = Callable[[str, str | None], SyncClient]
DEFAULT_KDF = keys.KdfSettings(memory_kib=64 * 1024, iterations=3, lanes=4)


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and the settings show."""

    configured: bool
    server: str = ""
    account: str = ""
    waiting: int = 0
    conflicts: int = 0
    quarantined: int = 0
    last_synced_at: str | None = None
    signed_out: bool = False


@dataclass(frozen=True)
class Conflict:
    """A field changed two ways, with a label for the record it belongs to."""

    id: str
    record_type: str
    record_id: str
    field: str
    local: Any
    remote: Any
    base: Any
    detected_at: str
    citizen_name: str = ""


class SyncService(VaultService):
    """Sync for one open vault. ``client_factory(url, token)`` makes the HTTP client (tests pass one
    bound to an in-process server); ``kdf`` is the cost for a new account and the floor for joining;
    ``fixed_server`` is the only server the administrator's policy allows (None: any safe address)."""

    def __init__(
        self,
        session: VaultSession,
        bus: ChangeBus,
        client_factory: ClientFactory | None = None,
        kdf: keys.KdfSettings = DEFAULT_KDF,
        device_name: str | None = None,
        fixed_server: str | None = None,
    ) -> None:
        super().__init__(session, bus)
        self._client_factory = client_factory or (lambda url, token: SyncClient(url, token))
        self._kdf = kdf
        self._device_name = device_name or platform.node() or "casenotes"
        self._fixed_server = normalise_server(fixed_server) if fixed_server else None
        self._round_lock = threading.Lock()

    @property
    def fixed_server(self) -> str | None:
        """The server the organisation's policy fixes, or None when the person chooses."""
        return self._fixed_server

    def check_server_allowed(self, server: str) -> None:
        """Raise ``SyncServerFixed`` when the policy fixes another server than ``server``."""
        if self._fixed_server is not None and not _same_server(server, self._fixed_server):
            raise SyncServerFixed(self._fixed_server, normalise_server(server))

    # -- state -------------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self._vault.engine.connect() as conn:
            state = store.get_state(conn)
            return SyncStatus(
                configured="device_token" in state,
                server=state.get("server", ""),
                account=state.get("account", ""),
                waiting=store.pending_count(conn),
                conflicts=store.conflict_count(conn),
                quarantined=len(store.quarantined(conn)),
                last_synced_at=state.get("last_synced_at"),
                signed_out=state.get("signed_out") == "1",
            )

    # -- setting up --------------------------------------------------------------------------------

    def connect(
        self,
        server: str,
        account: str,
        password: str = "",
        recovery_key: str = "",
        same_notebook: bool = False,
    ) -> str:
        """Sign this vault in to ``account`` (joining it, or creating it when it does not exist).

        Returns "joined" or "created". With ``recovery_key`` instead of a password, only joining works.
        An account that holds another notebook than this one raises ``SyncVaultMismatch`` and changes
        nothing here, unless ``same_notebook`` (the person said it is a copy of this notebook). After
        joining or creating, every record here waits to be sent again: the server gets whatever it lacks
        (records it already holds unchanged stop waiting as they are pulled).
        """
        server = normalise_server(server)
        self.check_server_allowed(server)
        server = self._fixed_server or server  # the policy's spelling of the same address
        if not _acceptable_address(server):
            raise SyncInsecureAddress(server)
        with self._vault.engine.connect() as conn:
            state = store.get_state(conn)
            holds_records = store.holds_records(conn)
        if state.get("sync_vault_id") and (state.get("server"), state.get("account")) != (server, account):
            raise SyncOtherVault(f"{state.get('account')} at {state.get('server')}")
        client = self._client_factory(server, None)
        try:
            if recovery_key:
                session, sync_key, how = self._join_with_recovery_key(client, account, recovery_key)
            else:
                session, sync_key, how = self._join_or_create(client, account, password, state)
            other = how == "joined" and other_notebook(
                state.get("sync_vault_id"), holds_records, session.vault_id, self._vault.vault_id
            )
            if other and not same_notebook:
                leave_account(client, session)
        finally:
            client.close()
        if other and not same_notebook:
            with self._vault.transaction() as conn:
                self._log(conn, "sync.vault_mismatch", detail=identities_for_log(state, session.vault_id))
            raise SyncVaultMismatch(session.vault_id, state.get("sync_vault_id"), holds_records)
        pause_point("sync.signed_in")
        with self._vault.transaction() as conn:
            store.set_state(
                conn,
                server=server,
                account=account,
                account_id=session.account_id,
                device_id=session.device_id,
                device_token=session.device_token,
                sync_vault_id=session.vault_id,
                sync_key=sync_key.hex(),
                local_vault_id=self._vault.vault_id,
                signed_out=None,
                cursor="0",
            )
            # The server may lack anything (wiped, swapped, another device made the account again):
            # everything here waits on top of no version, and the pull agrees what it already holds.
            store.mark_everything_pending(conn)
            detail: dict[str, Any] = {
                "device": session.device_id,
                **identities_for_log(state, session.vault_id),
            }
            if other:
                detail["same_notebook"] = True  # the person said so: the two notebooks merge
            self._log(conn, f"sync.{how}", detail=detail)
        self._bus.publish("sync")
        return how

    def _join_or_create(
        self, client: SyncClient, account: str, password: str, state: dict[str, str]
    ) -> _Joined:
        salt, raw_kdf = client.prelogin(account)
        try:
            kdf = keys.KdfSettings.from_server(raw_kdf, floor=self._kdf)
        except keys.UnsafeKdf:
            raise SyncUnsafeServerKdf() from None
        account_keys = keys.password_keys(password, salt, kdf)
        try:
            session = client.sign_in(account, account_keys.auth_key, "password", self._device_name)
        except SyncWrongPassword:
            session = None
        if session is not None:
            try:
                sync_key = keys.unwrap_sync_key(account_keys.wrap_key, session.wrapped_key, session.vault_id)
            except keys.KeyUnwrapFailed:
                raise SyncWrongPassword("the sync key does not open") from None
            return session, sync_key, "joined"
        return self._create(client, account, password, state)

    def _create(self, client: SyncClient, account: str, password: str, state: dict[str, str]) -> _Joined:
        # The notebook keeps its identity when the account is made again (the server was wiped or
        # replaced): every device of it goes on sealing and opening records the same way. Only a
        # vault that never synced starts a new one.
        if state.get("sync_vault_id") and state.get("sync_key"):
            vault_id, sync_key = state["sync_vault_id"], bytes.fromhex(state["sync_key"])
        else:
            vault_id, sync_key = self._vault.vault_id, keys.new_sync_key()
        salt = keys.new_salt()
        password_keys = keys.password_keys(password, salt, self._kdf)
        fields: dict[str, Any] = {
            "name": account,
            "vault_id": vault_id,
            "auth_key": password_keys.auth_key,
            "client_salt": salt,
            "kdf": self._kdf.as_json(),
            "wrapped_key": keys.wrap_sync_key(password_keys.wrap_key, sync_key, vault_id),
            "device_name": self._device_name,
        }
        if "recovery_auth_key" in state and "recovery_wrap_key" in state:
            recovery_wrap = bytes.fromhex(state["recovery_wrap_key"])
            fields["recovery_auth_key"] = bytes.fromhex(state["recovery_auth_key"])
            fields["recovery_wrapped_key"] = keys.wrap_sync_key(recovery_wrap, sync_key, vault_id)
        try:
            session = client.create_account(**fields)
        except AccountExists:
            raise SyncWrongPassword("the account exists") from None
        return session, sync_key, "created"

    def _join_with_recovery_key(self, client: SyncClient, account: str, recovery_text: str) -> _Joined:
        try:
            recovery = RecoveryKey.parse(recovery_text)
        except RecoveryKeyFormatError:
            raise MalformedRecoveryKey() from None
        recovery_keys = keys.recovery_keys(recovery.secret)
        session = client.sign_in(account, recovery_keys.auth_key, "recovery", self._device_name)
        try:
            sync_key = keys.unwrap_sync_key(
                recovery_keys.wrap_key, session.recovery_wrapped_key or b"", session.vault_id
            )
        except keys.KeyUnwrapFailed:
            raise SyncWrongPassword("the sync key does not open") from None
        return session, sync_key, "joined"

    # -- rounds ------------------------------------------------------------------------------------

    def sync_now(self, allow_mass_delete: bool = False) -> RoundReport:
        """Run one round (one at a time; a second caller waits for the first)."""
        with self._round_lock:
            client, identity = self._signed_in_client()
            with self._closing_signed_out(client):
                report = SyncRound(self._vault, client, identity, reindex, allow_mass_delete).run()
        if report.pulled or report.pushed or report.conflicts or report.quarantined:
            with self._vault.transaction() as conn:
                self._log(
                    conn,
                    "sync.round",
                    detail={
                        "pulled": report.pulled,
                        "pushed": report.pushed,
                        "conflicts": report.conflicts,
                        "quarantined": report.quarantined,
                    },
                )
        by_table: dict[str, list[str]] = {}
        for table, record_id in report.touched:
            by_table.setdefault(table, []).append(record_id)
        for table in sorted(by_table):
            self._bus.publish(_ENTITY.get(table, table), *sorted(by_table[table]))
        if report.touched:
            self._bus.publish("followup")
        self._bus.publish("sync")
        return report

    @contextlib.contextmanager
    def signed_in(self) -> Iterator[tuple[SyncClient, str]]:
        """A client signed in as this device and the account's name, for the key directory and the
        transfers between colleagues; ``SyncNotSetUp`` before sync is set up."""
        client, _ = self._signed_in_client()
        with self._vault.engine.connect() as conn:
            account = store.get_state(conn).get("account", "")
        with self._closing_signed_out(client):
            yield client, account

    @contextlib.contextmanager
    def _closing_signed_out(self, client: SyncClient) -> Iterator[None]:
        """Close ``client`` at the end; a device the server no longer knows is marked signed out."""
        try:
            yield
        except SyncSignedOut:
            with self._vault.transaction() as conn:
                store.set_state(conn, signed_out="1")
            raise
        finally:
            client.close()

    def _signed_in_client(self) -> tuple[SyncClient, SyncIdentity]:
        with self._vault.engine.connect() as conn:
            state = store.get_state(conn)
        if "device_token" not in state or "sync_key" not in state:
            raise SyncNotSetUp()
        self.check_server_allowed(state["server"])  # set up before the policy fixed another server
        self._check_own_state(state)
        identity = SyncIdentity(state["sync_vault_id"], bytes.fromhex(state["sync_key"]))
        return self._client_factory(state["server"], state["device_token"]), identity

    def _check_own_state(self, state: dict[str, str]) -> None:
        """Stop when the sync state was set up in another vault (copied here with its database): its
        device token is not this vault's. Set-ups older than this check are adopted as they are."""
        here = self._vault.vault_id
        if state.get("local_vault_id") == here:
            return
        with self._vault.transaction() as conn:
            if "local_vault_id" not in state:
                store.set_state(conn, local_vault_id=here)
                return
            store.set_state(conn, signed_out="1")
            self._log(conn, "sync.state_of_another_vault", detail={"set_up_in": state["local_vault_id"]})
        raise SyncSignedOut("the sync state was set up in another vault")

    # -- conflicts and quarantine -----------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        """Open conflicts, oldest first, each with the name of the citizen it is about."""
        with self._vault.engine.connect() as conn:
            found = []
            for c in store.open_conflicts(conn):
                row = store.read_row(conn, BY_TABLE[c.record_type], c.record_id) or {}
                citizen_id = c.record_id if c.record_type == "citizen" else row.get("citizen_id")
                name = store.citizen_name(conn, citizen_id) if citizen_id else ""
                found.append(
                    Conflict(
                        c.id,
                        c.record_type,
                        c.record_id,
                        c.field,
                        c.local,
                        c.remote,
                        c.base,
                        c.detected_at,
                        name,
                    )
                )
            return found

    def resolve(self, conflict_id: str, value: Any) -> None:
        """Give the field ``value`` (one side's, or a text merged by hand) and close the conflict."""
        with self._vault.transaction() as conn:
            conflict = store.get_conflict(conn, conflict_id)
            if conflict is None:
                raise NotFound(conflict_id)
            check_merged_value(conflict.record_type, conflict.field, value, conflict.local, conflict.remote)
            record_type = BY_TABLE[conflict.record_type]
            row = store.read_row(conn, record_type, conflict.record_id)
            if row is not None and row.get(conflict.field) != value:
                row[conflict.field] = value
                store.write_row(conn, record_type, row, store.columns(conn, record_type.table))
                reindex(conn, {(conflict.record_type, conflict.record_id)}, {})
            store.mark_resolved(conn, conflict_id)
            self._log(
                conn, "sync.conflict_resolved", detail={"type": conflict.record_type, "field": conflict.field}
            )
        self._bus.publish(_ENTITY.get(conflict.record_type, conflict.record_type), conflict.record_id)
        self._bus.publish("sync")

    def quarantined(self) -> list[store.Quarantined]:
        with self._vault.engine.connect() as conn:
            return store.quarantined(conn)

    # -- devices -----------------------------------------------------------------------------------

    def devices(self) -> list[Device]:
        client, _identity = self._signed_in_client()
        try:
            return client.devices()
        finally:
            client.close()

    def revoke(self, device_id: str) -> None:
        client, _identity = self._signed_in_client()
        try:
            client.revoke(device_id)
        finally:
            client.close()
        with self._vault.transaction() as conn:
            self._log(conn, "sync.device_revoked", detail={"device": device_id})

    # -- export ------------------------------------------------------------------------------------

    def export_all(self) -> dict[str, list[dict[str, Any]]]:
        """Every synced record in a stable order (for comparing two vaults); no local-only state."""
        with self._vault.engine.connect() as conn:
            return store.export_all(conn)


# The change-bus entity names the views listen for, per table.
_ENTITY = {
    "meeting_note": "note",
    "agreement": "note",
    "activity": "goal",
    "goal_revision": "goal",
    "discretion_record": "discretion",
    "contact_log": "contact",
    "network_meeting": "network_meeting",
    "network_decision": "network_meeting",
    "belief_rating": "citizen",
    "handover": "citizen",
}


def _same_server(a: str, b: str) -> bool:
    """Whether two addresses name the same server (scheme and host compared without regard to case)."""
    first, second = urlsplit(normalise_server(a)), urlsplit(normalise_server(b))
    return (first.scheme.lower(), first.netloc.lower(), first.path) == (
        second.scheme.lower(),
        second.netloc.lower(),
        second.path,
    )


def _acceptable_address(server: str) -> bool:
    """HTTPS, or plain HTTP to this computer only (a server on loopback, as in tests)."""
    parts = urlsplit(server)
    if parts.scheme == "https" and parts.hostname:
        return True
    return parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1", "testserver")
