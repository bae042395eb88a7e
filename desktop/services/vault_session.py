"""The vault use cases the unlock screens and the command line call: create, unlock, lock, passwords."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.backoff import delay_after_failures
from desktop.errors import (
    CaseNotesError,
    MalformedRecoveryKey,
    UnlockThrottled,
    VaultDamaged,
    WrongPassword,
    WrongRecoveryKey,
)
from desktop.storage.vault import early_caseload, vault_files, vault_swap
from desktop.storage.vault.folder_lock import WINDOW, FolderLock
from desktop.storage.vault.unlock_attempts import UnlockAttemptStore
from desktop.storage.vault.vault_files import read_envelope, vault_exists

if TYPE_CHECKING:
    from desktop.domain.citizen import CaseloadRow
    from desktop.domain.recovery_key import RecoveryKey
    from desktop.storage.vault.envelope import KdfParams
    from desktop.storage.vault.integrity import FullCheck
    from desktop.storage.vault.keychain import KeyCache, KeychainStatus
    from desktop.storage.vault.vault import IntegrityReport, Vault

log = logging.getLogger(__name__)


class FullCheckRun:
    """The full integrity check of the open vault, run in steps on a worker thread (``storage.integrity``).

    ``run`` goes on with it and returns the report once it is finished (damage found: the vault takes no
    more writes), or None when ``stop`` stopped it first; the next ``run`` goes on from there.
    """

    def __init__(self, vault: Vault, check: FullCheck) -> None:
        self._vault = vault
        self._check = check

    def run(self) -> IntegrityReport | None:
        """Go on with the check (blocking: call it on a worker thread)."""
        result = self._check.run()
        if result is None:
            return None
        return self._vault.full_check_finished(self._check, result)

    def stop(self, wait: float = 0.0) -> bool:
        """Ask a running check to stop (any thread); with ``wait``, wait that long for it to return."""
        return self._check.stop(wait)

    @property
    def runs(self) -> int:
        """How many times the check was started or resumed."""
        return self._check.runs


@dataclass(frozen=True)
class _KeychainRead:
    """What the early read got from the keychain (kept for the open that follows it), and when."""

    key: bytes | None
    at: datetime


class VaultSession:
    """One vault folder and its lock state, with failed-attempt logging and backoff.

    ``allow_remember`` False (the administrator's policy forbids "remember on this computer") means the
    key is never cached in the keychain, and a key cached earlier is forgotten instead of used.

    Until the vault is opened, the session reads its files only (``storage.vault_files``): the database
    code is imported when ``vault`` is first used, so the first window is not kept waiting for it.

    From the early read (or the unlock) until ``lock``, the session holds the vault's folder against
    other programs (``storage.folder_lock``): another one is refused with ``VaultInUse``, naming
    ``program`` (``WINDOW``, or the command, e.g. "casenotes demo").
    """

    def __init__(
        self,
        folder: Path,
        key_cache: KeyCache | None = None,
        clock: Callable[[], float] = time.time,
        kdf: KdfParams | None = None,
        allow_remember: bool = True,
        program: str = WINDOW,
    ) -> None:
        self.folder = Path(folder)
        self._folder_lock = FolderLock(self.folder, program)
        self._key_cache = key_cache
        self._vault: Vault | None = None
        self._attempts = UnlockAttemptStore(self.folder)
        self._clock = clock
        self._kdf = kdf
        self._allow_remember = allow_remember
        self._keychain_read: _KeychainRead | None = None
        self._last_report: IntegrityReport | None = None

    # -- state -------------------------------------------------------------------------------------

    @property
    def vault(self) -> Vault:
        """The vault itself (the database code is imported here, at first use)."""
        if self._vault is None:
            from desktop.storage.vault.vault import Vault

            self._vault = Vault(self.folder, self._keys, folder_lock=self._folder_lock)
        return self._vault

    @property
    def _keys(self) -> KeyCache:
        """This computer's keychain (imported at first use: asking it is not needed for the first window
        when no key is remembered)."""
        if self._key_cache is None:
            from desktop.storage.vault.keychain import KeyCache

            self._key_cache = KeyCache()
        return self._key_cache

    def exists(self) -> bool:
        """Whether this folder holds a vault."""
        return vault_exists(self.folder)

    @property
    def is_unlocked(self) -> bool:
        """True while the vault is open."""
        return self._vault is not None and self._vault.is_unlocked

    @property
    def remember_allowed(self) -> bool:
        """Whether the organisation allows caching the key in this computer's keychain."""
        return self._allow_remember

    def keychain_status(self) -> KeychainStatus:
        """Whether "remember on this computer" can be offered, and why not."""
        return self._keys.status()

    def seconds_until_next_attempt(self) -> float:
        """How long the person must wait before the next unlock attempt (0 when they may try now)."""
        state = self._attempts.load()
        if state.last_failure is None:
            return 0.0
        ready_at = state.last_failure + delay_after_failures(state.consecutive)
        return max(0.0, ready_at - self._clock())

    def failed_attempts(self) -> int:
        """Failed attempts since the last successful unlock."""
        return self._attempts.load().consecutive

    # -- use cases ---------------------------------------------------------------------------------

    def create(self, password: str, remember: bool = False) -> RecoveryKey:
        """Create the vault, open it, and return the recovery key to show once."""
        recovery = self.vault.create(password, self._kdf)
        self.vault.unlock_with_password(password)
        self._remember_recovery_for_sync(recovery)
        self._after_unlock("password", remember)
        return recovery

    def unlock(self, password: str, remember: bool | None = None, verify_first: bool = False) -> None:
        """Unlock with the password; ``remember`` True/False stores/forgets the key in the keychain.

        ``verify_first`` (``casenotes check``): the full integrity check runs before the unlock writes
        anything; a damaged vault is locked again untouched and ``VaultDamaged`` raised.
        """
        self._ensure_not_throttled()
        with self._opening():  # another program's hold is found before the slow key derivation
            try:
                self.vault.unlock_with_password(password)
            except WrongPassword:
                self._record_failure("password")
                raise
        self._after_unlock("password", remember, verify_first=verify_first)

    def early_caseload_with_remembered_key(self) -> list[CaseloadRow] | None:
        """The caseload, read with the key remembered on this computer before the database code is
        loaded, so the main window can show it while the vault opens (``storage.early_caseload``).

        ``None`` when there is nothing to show early (no key, a key that does not fit, a vault to migrate
        or a damaged one). Either way ``unlock_with_keychain`` comes next: it opens the vault with the key
        read here (the keychain is asked once), reports any problem as before, and logs the unlock at the
        time of this look."""
        if not self._allow_remember or self.is_unlocked:
            return None
        try:
            envelope = read_envelope(self.folder)
        except CaseNotesError:
            return None
        key = self._keys.load(envelope.vault_id)
        self._keychain_read = _KeychainRead(key, datetime.now(UTC))
        if key is None or not envelope.key_matches(key):
            return None
        try:
            # Held from here to the lock: never a caseload another program is changing (the open that
            # follows says which program has it).
            self._folder_lock.acquire()
            return early_caseload.read_caseload(self.folder, key)
        except CaseNotesError:
            return None

    def unlock_with_keychain(self, verify_first: bool = False) -> bool:
        """Unlock with the key remembered on this computer; False means: ask for the password.

        When remembering is not allowed, a key cached earlier is forgotten, not used. ``verify_first``
        as for ``unlock``."""
        read, self._keychain_read = self._keychain_read, None
        with self._opening():  # also lets go of the hold of an early read that is not followed by an open
            if not self._allow_remember:
                self.forget_disallowed_key()
                return False
            if read is None:
                opened = self.vault.unlock_with_cached_key()
            else:
                opened = self.vault.unlock_with_key_from_keychain(read.key)
        if not opened:
            return False
        self._after_unlock("keychain", None, opened_at=read.at if read else None, verify_first=verify_first)
        return True

    def reset_password(self, recovery_text: str, new_password: str) -> None:
        """Set a new password with the recovery key and open the vault."""
        from desktop.domain.recovery_key import RecoveryKey, RecoveryKeyFormatError

        self._ensure_not_throttled()
        try:
            recovery = RecoveryKey.parse(recovery_text)
        except RecoveryKeyFormatError:
            raise MalformedRecoveryKey() from None
        with self._opening():
            try:
                self.vault.unlock_with_recovery_key(recovery)
            except WrongRecoveryKey:
                self._record_failure("recovery_key")
                raise
        self.vault.reset_password(recovery, new_password)
        self._remember_recovery_for_sync(recovery)
        self._after_unlock("recovery_key", None)

    def change_password(self, old_password: str, new_password: str) -> None:
        """Change the password of the open vault."""
        self._ensure_not_throttled()
        try:
            self.vault.change_password(old_password, new_password)
        except WrongPassword:
            self._record_failure("change_password")
            raise

    def set_remember(self, remember: bool) -> bool:
        """Remember or forget the key on this computer; returns whether it is now remembered (never
        when the organisation does not allow it: the request is refused and any cached key forgotten)."""
        if remember and not self._allow_remember:
            log.warning("keychain: remembering the key refused by the policy")
            self.forget_disallowed_key()
            return False
        if remember:
            return self.vault.remember_key()
        self.vault.forget_key()
        return False

    def may_have_remembered_key(self) -> bool:
        """Whether this program remembered the vault's key on this computer, read from a note in the vault
        folder without asking the keychain or reading the key file: so the unlock dialog is on screen
        without loading the keychain and cryptography code. A note gone stale (the key removed from the
        keychain by hand) only means the keychain is asked and has nothing."""
        return vault_files.remembered_for(self.folder) is not None

    def is_remembered(self) -> bool:
        """Whether this computer's keychain holds a key that opens the vault."""
        return self._keys.load(read_envelope(self.folder).vault_id) is not None

    def forget_disallowed_key(self) -> None:
        """Remove a key cached while remembering was still allowed (done at start-up and at every unlock;
        nothing happens when remembering is allowed, when there is no vault or no cached key)."""
        if self._allow_remember or not self.exists():
            return
        try:
            vault_id = read_envelope(self.folder).vault_id
        except CaseNotesError:  # a damaged key file is reported when the person unlocks, not here
            return
        cache = self._keys
        vault_files.note_remembered(self.folder, None)
        if cache.load(vault_id) is not None:
            cache.forget(vault_id)
            log.info("keychain: cached key forgotten (the policy does not allow remembering)")

    def lock(self) -> None:
        """Close the vault and drop the key."""
        self._keychain_read = None  # a key read by an early read that was not followed by an open
        try:
            if self._vault is not None:
                try:
                    if self._vault.is_unlocked:
                        self._vault.record("vault.locked")
                finally:
                    self._vault.lock()
        finally:
            self._folder_lock.release()  # also the hold of an early read that was not followed by an open

    @contextlib.contextmanager
    def holding_folder(self) -> Iterator[None]:
        """Hold the vault's folder against other programs for the block (a restore); ``VaultInUse`` if
        another program has it."""
        with self._folder_lock.claimed():
            yield

    def verify_integrity(self) -> IntegrityReport:
        """Run the full integrity check of the open vault (found damaged: it is written to no more)."""
        return self.vault.verify_integrity()

    def verify_at_unlock(self) -> IntegrityReport:
        """The cheap checks after an unlock (commit mark, schema, the access log since its checkpoint);
        the full check runs from a schedule (``full_check_due``, ``begin_full_check``)."""
        return self.vault.verify_at_unlock()

    def full_check_due(self, every: timedelta, now: datetime | None = None) -> bool:
        """Whether the last full check that found the vault whole is ``every`` or longer ago (or never was)."""
        last = self.vault.last_full_check()
        return last is None or (now or datetime.now(UTC)) - last >= every

    def begin_full_check(self) -> FullCheckRun:
        """A full check of the open vault, to run in steps on a worker thread (stopped at the lock)."""
        return FullCheckRun(self.vault, self.vault.full_check())

    @property
    def last_report(self) -> IntegrityReport | None:
        """The report of the check an unlock with ``verify_first`` made (None before one)."""
        return self._last_report

    # -- internals ---------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _opening(self) -> Iterator[None]:
        """Hold the folder while the vault opens; let it go again when the block leaves it closed."""
        try:
            self._folder_lock.acquire()
            yield
        finally:
            if not self.is_unlocked:
                self._folder_lock.release()

    def _ensure_not_throttled(self) -> None:
        wait = self.seconds_until_next_attempt()
        if wait > 0:
            raise UnlockThrottled(wait)

    def _record_failure(self, method: str) -> None:
        state = self._attempts.record_failure(self._clock())
        log.warning("unlock failed: method=%s consecutive=%d", method, state.consecutive)

    def _remember_recovery_for_sync(self, recovery: RecoveryKey) -> None:
        """Keep the recovery key's sync credential in the vault (never the key itself), so the sync
        account this vault creates can also be joined with the recovery key."""
        from desktop.storage.records.sync_store import set_state  # the database code: the vault is open here
        from desktop.sync.account_keys import recovery_keys

        derived = recovery_keys(recovery.secret)
        with self.vault.transaction() as conn:
            set_state(
                conn, recovery_auth_key=derived.auth_key.hex(), recovery_wrap_key=derived.wrap_key.hex()
            )

    def _record_restore(self) -> None:
        """A restore from backup is logged in the restored vault at its first unlock (its key was unknown)."""
        note = vault_swap.read_note(self.folder)
        if note is None:
            return
        if note.get("vault_id") in (None, self.vault.vault_id):
            detail = {k: note[k] for k in ("secret", "backup_created_at", "previous_kept_in") if k in note}
            restored_at = note.get("restored_at")
            try:
                at = datetime.fromisoformat(restored_at) if isinstance(restored_at, str) else None
            except ValueError:
                at = None
            self.vault.record("backup.restored", detail, at=at)
        vault_swap.clear_note(self.folder)

    def _clean_leftovers(self) -> None:
        """Remove what a killed backup, restore or export left behind: staging folders in the data folder
        and partial files beside the chosen targets (``storage.outputs``). Never those of a process that
        still runs (this one included), nor while a restore is still to be finished. A problem here is
        logged and the unlock goes on."""
        from desktop.storage.vault import backup, outputs  # the database code: the vault is open here

        try:
            staging = backup.remove_stale_staging(self.folder)
            key = self.vault.derived_key(outputs.KEY_PURPOSE)
            partials = outputs.PartialLedger(self.folder, key).clean()
        except OSError as exc:
            log.warning("leftovers: could not clean up (%s)", type(exc).__name__)
            return
        if staging or partials:
            log.info("leftovers: removed %d staging folders, %d partial files", len(staging), len(partials))

    def _after_unlock(
        self,
        method: str,
        remember: bool | None,
        opened_at: datetime | None = None,
        verify_first: bool = False,
    ) -> None:
        if verify_first:
            # Before the unlock is logged (or failed attempts and a restore): a vault found damaged is
            # locked again without a single write, so the check leaves it exactly as it found it.
            self._last_report = self.vault.verify_integrity()
            if not self._last_report.ok:
                self.vault.lock()
                raise VaultDamaged(_summary(self._last_report.problems))
        self._record_restore()
        self._clean_leftovers()
        for when in self._attempts.take().failures:
            self.vault.record("vault.unlock_failed", at=datetime.fromtimestamp(when, UTC))
        self.vault.record("vault.unlocked", {"method": method}, at=opened_at)
        if not self._allow_remember:
            self.forget_disallowed_key()
        elif remember is not None:
            self.set_remember(remember)


def _summary(problems: tuple[str, ...], shown: int = 3) -> str:
    """The first few problems in one line (a damaged file can fail thousands of page checks)."""
    text = "; ".join(problems[:shown])
    if len(problems) > shown:
        text += f"; and {len(problems) - shown} more"
    return text
