import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from desktop.domain.citizen import CitizenDraft
from desktop.errors import MalformedRecoveryKey, UnlockThrottled, WrongPassword, WrongRecoveryKey
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.keychain import KeyCache
from tests.conftest import PASSWORD, InMemoryKeyring, RaisingKeyring


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def actions(session: VaultSession) -> list[str]:
    with session.vault.engine.connect() as conn:
        return [row[0] for row in conn.execute(text("SELECT action FROM audit_event ORDER BY seq"))]


def test_failed_attempts_are_slowed_down_and_logged_at_the_next_unlock(vault_dir, key_cache, fast_kdf):
    clock = Clock()
    session = VaultSession(vault_dir, key_cache, clock=clock, kdf=fast_kdf)
    session.create(PASSWORD)
    session.lock()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            session.unlock("forkert")
    assert session.seconds_until_next_attempt() == pytest.approx(5)
    with pytest.raises(UnlockThrottled):
        session.unlock(PASSWORD)  # even the right password waits
    clock.now += 5
    with pytest.raises(WrongPassword):
        session.unlock("forkert igen")
    assert session.seconds_until_next_attempt() == pytest.approx(10)
    # The delay survives a restart of the program.
    restarted = VaultSession(vault_dir, key_cache, clock=clock, kdf=fast_kdf)
    assert restarted.seconds_until_next_attempt() == pytest.approx(10)
    clock.now += 10
    restarted.unlock(PASSWORD)
    logged = actions(restarted)
    assert logged.count("vault.unlock_failed") == 4
    assert logged[-1] == "vault.unlocked"
    assert restarted.failed_attempts() == 0
    restarted.lock()


def test_remember_on_this_computer_unlocks_without_the_password(vault_dir, fast_kdf):
    cache = KeyCache(InMemoryKeyring())
    session = VaultSession(vault_dir, cache, kdf=fast_kdf)
    session.create(PASSWORD, remember=True)
    assert session.is_remembered()
    session.lock()
    assert VaultSession(vault_dir, cache).unlock_with_keychain()


def test_the_vault_folder_says_whether_a_key_was_remembered_without_asking_the_keychain(
    vault_dir, fast_kdf, tmp_path
):
    cache = KeyCache(InMemoryKeyring())
    session = VaultSession(vault_dir, cache, kdf=fast_kdf)
    assert not session.may_have_remembered_key()  # no vault yet
    session.create(PASSWORD, remember=True)
    assert session.may_have_remembered_key()
    session.set_remember(False)
    assert not session.may_have_remembered_key() and not session.is_remembered()
    session.set_remember(True)
    session.lock()
    assert VaultSession(vault_dir, cache).may_have_remembered_key()

    # A keychain that refused to store the key leaves no note.
    import keyring.backends.fail

    refused = VaultSession(tmp_path / "refused", KeyCache(keyring.backends.fail.Keyring()), kdf=fast_kdf)
    refused.create(PASSWORD, remember=True)
    assert not refused.may_have_remembered_key()
    refused.lock()


def test_a_stale_key_in_the_keychain_falls_back_to_the_password(vault_dir, fast_kdf):
    backend = InMemoryKeyring()
    session = VaultSession(vault_dir, KeyCache(backend), kdf=fast_kdf)
    session.create(PASSWORD, remember=True)
    session.lock()
    backend.store = {k: "00" * 32 for k in backend.store}
    before = session.vault.database_path.read_bytes()
    assert not session.unlock_with_keychain()
    assert session.vault.database_path.read_bytes() == before
    session.unlock(PASSWORD)
    session.lock()


class CountingKeyring(InMemoryKeyring):
    """Counts how often the keychain is asked for a key (on some systems each ask may show a prompt)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.asked += 1
        return super().get_password(service, username)


def test_a_first_look_shows_the_caseload_and_the_open_after_it_asks_the_keychain_once(vault_dir, fast_kdf):
    backend = CountingKeyring()
    session = VaultSession(vault_dir, KeyCache(backend), kdf=fast_kdf)
    session.create(PASSWORD, remember=True)
    Services.for_session(session).citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    session.lock()
    starting = VaultSession(vault_dir, KeyCache(backend))
    backend.asked = 0

    looking_from = datetime.now(UTC).replace(microsecond=0)  # the log keeps milliseconds
    rows = starting.early_caseload_with_remembered_key()
    looked_by = datetime.now(UTC)
    time.sleep(0.05)  # the services load

    assert [row.name for row in rows] == ["Åse Ærø"] and not starting.is_unlocked
    assert starting.unlock_with_keychain() and backend.asked == 1
    # The unlock is logged at the time of the look, when the caseload was first read.
    with starting.vault.engine.connect() as conn:
        query = text("SELECT at FROM audit_event WHERE action = 'vault.unlocked' ORDER BY seq DESC")
        at = datetime.fromisoformat(conn.execute(query).first()[0])
    assert looking_from <= at <= looked_by
    assert starting._keychain_read is None  # the key read for the look is not kept
    starting.lock()


@pytest.mark.parametrize("keychain", ["empty", "stale key"])
def test_without_a_fitting_key_the_first_look_shows_nothing_and_the_password_is_asked(
    vault_dir, fast_kdf, keychain
):
    backend = CountingKeyring()
    session = VaultSession(vault_dir, KeyCache(backend), kdf=fast_kdf)
    session.create(PASSWORD, remember=True)
    session.lock()
    backend.store = {} if keychain == "empty" else {k: "00" * 32 for k in backend.store}
    backend.asked = 0

    assert session.early_caseload_with_remembered_key() is None
    assert not session.unlock_with_keychain() and backend.asked == 1 and not session.is_unlocked


def test_no_first_look_when_the_policy_forbids_remembering(vault_dir, fast_kdf):
    backend = CountingKeyring()
    session = VaultSession(vault_dir, KeyCache(backend), kdf=fast_kdf)
    session.create(PASSWORD, remember=True)
    session.lock()
    backend.asked = 0
    forbidden = VaultSession(vault_dir, KeyCache(backend), allow_remember=False)

    assert forbidden.early_caseload_with_remembered_key() is None and backend.asked == 0
    assert not forbidden.unlock_with_keychain()


@pytest.mark.parametrize("backend", [RaisingKeyring(), None], ids=["raising keychain", "no keychain"])
def test_a_broken_or_missing_keychain_leaves_the_password_path_working(vault_dir, fast_kdf, backend):
    import keyring.backends.fail

    cache = KeyCache(backend or keyring.backends.fail.Keyring())
    session = VaultSession(vault_dir, cache, kdf=fast_kdf)
    session.create(PASSWORD, remember=True)
    assert not session.is_remembered()
    session.lock()
    assert not session.unlock_with_keychain()
    session.unlock(PASSWORD, remember=True)
    assert session.is_unlocked
    session.lock()


def test_reset_with_the_recovery_key(session):
    recovery = session.create(PASSWORD)
    session.lock()
    with pytest.raises(MalformedRecoveryKey):
        session.reset_password("ABCD-1234", "ny adgangskode her")
    with pytest.raises(WrongRecoveryKey):
        from desktop.domain.recovery_key import RecoveryKey

        session.reset_password(str(RecoveryKey.generate()), "ny adgangskode her")
    session.reset_password(str(recovery).lower(), "ny adgangskode her")
    assert session.is_unlocked
    assert "vault.password_reset_with_recovery_key" in actions(session)
    session.lock()
    with pytest.raises(WrongPassword):
        session.unlock(PASSWORD)
    session.unlock("ny adgangskode her")


def test_change_password_is_logged(unlocked):
    unlocked.change_password(PASSWORD, "en helt ny kode")
    assert "vault.password_changed" in actions(unlocked)
    unlocked.lock()
    unlocked.unlock("en helt ny kode")
