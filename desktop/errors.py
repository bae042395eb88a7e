"""Errors a person can act on, shared by every layer.

Each error carries one English sentence (the translation source); the GUI shows it translated through
the ``errors`` context, the command line prints it as it is. No error message may contain personal data.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a message for translation in ``context`` without importing Qt into every layer."""
    return text


class CaseNotesError(Exception):
    """Base class: ``message`` is a plain sentence for the user, ``str(error)`` may add a detail."""

    message = QT_TRANSLATE_NOOP("errors", "Something went wrong.")

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.message)
        self.detail = detail

    def render(self, translate: Callable[[str], str] = lambda text: text) -> str:
        """The message for a person: through ``translate`` (the GUI's catalogue), or English as it is."""
        return translate(self.message)


class VaultNotFound(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "There is no vault in this folder yet. Create one first.")


class VaultExists(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "A vault already exists in this folder; nothing was changed.")


class WrongPassword(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "The password is not correct. Check Caps Lock and try again.")


class WrongRecoveryKey(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "The recovery key does not open this vault.")


class MalformedRecoveryKey(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "The recovery key is mistyped: check each group of characters.")


class VaultDamaged(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The vault is damaged and was not opened. Nothing was changed; restore a backup or contact IT.",
    )


class VaultFoundDamaged(VaultDamaged):
    """A write to an open vault that a check found damaged: refused, so the damage is not made worse."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The notebook was found damaged, so nothing more is saved in it. "
        "Copy what you need to keep, then restore a backup or contact IT.",
    )


class KeyFileDamaged(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The key file vault.json is damaged or has been altered. Nothing was changed; contact IT."
    )


class SchemaTooNew(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The vault was made by a newer version of the program. Update the program."
    )


class VaultLocked(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "The vault is locked.")


class UnlockThrottled(CaseNotesError):
    """Too many failed attempts: the caller must wait ``wait_seconds`` before trying again."""

    message = QT_TRANSLATE_NOOP("errors", "Too many failed attempts. Wait a moment before trying again.")

    def __init__(self, wait_seconds: float) -> None:
        super().__init__(f"wait {wait_seconds:.0f} s")
        self.wait_seconds = wait_seconds


class WeakPassword(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The password is too short: use at least 8 characters, ideally a sentence."
    )


class PasswordsDiffer(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "The two passwords are not the same.")


class InvalidInput(CaseNotesError):
    """A form failed validation; ``problems`` says which fields and why (the views show them inline)."""

    message = QT_TRANSLATE_NOOP("errors", "Some fields need attention before this can be saved.")

    def __init__(self, problems: list) -> None:
        super().__init__(", ".join(sorted({p.field for p in problems})))
        self.problems = problems


class NotFound(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "The record no longer exists.")


class NoteFiled(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "This note has been filed and cannot be changed. Write a correction instead."
    )


class NotAllowed(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "That change of status is not possible.")


class ConsentMissing(CaseNotesError):
    """Information is shared with an actor and no valid consent covers it; the caller must decide."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "No valid consent covers sharing this information with this actor. "
        "Go ahead only if another legal basis allows it.",
    )


class SyncOffline(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The sync server cannot be reached. Your changes are kept here and sent later."
    )


class SyncSignedOut(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "This computer is no longer signed in to the sync server. Set up sync again."
    )


class SyncWrongPassword(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "The account name or the password is not correct for this server.")


class SyncRateLimited(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "Too many sign-in attempts. Wait a few minutes and try again.")


class SyncRefused(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "The sync server refused the request; nothing was changed.")


class SyncNotSetUp(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "Sync is not set up on this computer yet.")


class SyncInsecureAddress(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The server address must start with https:// (plain http only to this computer)."
    )


class SyncOtherVault(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This vault already syncs with another account or server. Nothing was changed.",
    )


class SyncVaultMismatch(CaseNotesError):
    """The account holds another notebook than this vault's: nothing was joined or changed here.

    ``account_vault_id`` is the account's notebook, ``notebook_vault_id`` this vault's (None when it
    never synced); ``holds_records`` says whether this vault has a caseload of its own. Only the
    person can say the two are one notebook (a restored or re-created copy); then connect again with
    ``same_notebook=True``.
    """

    message = QT_TRANSLATE_NOOP(
        "errors",
        "This account holds another notebook than the one on this computer. Nothing was changed.",
    )

    def __init__(self, account_vault_id: str, notebook_vault_id: str | None, holds_records: bool) -> None:
        super().__init__(self.message)
        self.account_vault_id = account_vault_id
        self.notebook_vault_id = notebook_vault_id
        self.holds_records = holds_records


class SyncUnsafeServerKdf(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The server asks for unsafe key settings; sign-in was stopped. Contact IT."
    )


class MassDeletionPending(CaseNotesError):
    """A pull would delete a large share of the records here; nothing more is applied until confirmed."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The server asks to delete many records on this computer. Nothing was deleted; "
        "confirm to go on, or contact IT.",
    )

    def __init__(self, deletions: int, records: int) -> None:
        super().__init__(f"{deletions} of {records}")
        self.deletions = deletions
        self.records = records


class PolicyError(CaseNotesError):
    """The administrator's policy file exists but cannot be used; the program must not run without it.

    ``str(error)`` is one English sentence naming the file, the key (when one is to blame) and the problem.
    """

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The policy file your organisation has set for this computer cannot be used, so the program "
        "stops. Contact IT.",
    )

    def __init__(self, source: str, key: str, problem: str) -> None:
        if key:
            super().__init__(f"The policy file {source} is not valid: the key {key} {problem}.")
        else:
            super().__init__(f"The policy file {source} {problem}.")
        self.source = source
        self.key = key
        self.problem = problem


class SyncServerFixed(CaseNotesError):
    """The administrator's policy allows only one sync server, and another one was asked for."""

    message = QT_TRANSLATE_NOOP(
        "errors", "Your organisation has set the sync server for this computer; other servers are refused."
    )

    def __init__(self, fixed: str, asked: str) -> None:
        super().__init__(f"only {fixed} is allowed, not {asked}")
        self.fixed = fixed
        self.asked = asked


class NotABackup(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "This file is not a Casenotes backup.")


class BackupDamaged(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The backup file is damaged and cannot be restored. Nothing was changed; try another copy."
    )


class BackupTooNew(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The backup was made by a newer version of the program. Update the program to restore it."
    )


class WrongBackupSecret(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Wrong backup password or recovery key: the backup does not open with it. Nothing was changed.",
    )


class BackupVerificationFailed(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The backup did not read back correctly after writing, so it was deleted. "
        "Try again, or save it on another drive.",
    )


class BackupInsideVault(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Save the backup outside the notebook's own folder, preferably on another drive."
    )


class ExportInsideDataFolder(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Save the export outside the notebook's own folder: a file there is not encrypted, and it would "
        "travel with the notebook. Nothing was written.",
    )


class OutputNotWritable(CaseNotesError):
    """A file the person asked for could not be written there; the detail names the file and why."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The file could not be written there. Check that the folder exists, that it is not a folder you "
        "named, and that you may write in it, or choose another place. Nothing was written.",
    )


class RestoreNeedsConfirmation(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "A notebook already exists here. Confirm that it may be moved to a dated folder beside it first; "
        "nothing was changed.",
    )


class RestoreNeedsLock(CaseNotesError):
    message = QT_TRANSLATE_NOOP("errors", "Lock the notebook before restoring a backup; nothing was changed.")


class VaultInUse(CaseNotesError):
    """Another program has the vault's folder (``storage/vault/folder_lock.py``); what it is, when its note says.

    ``program`` is "window" (another window of this program) or the command, e.g. "casenotes demo".
    """

    message = QT_TRANSLATE_NOOP(
        "errors", "The notebook is open in another window or command. Close it first; nothing was changed."
    )
    message_naming_holder = QT_TRANSLATE_NOOP(
        "errors",
        "The notebook is already open in %1 (process %2, by %3 on %4, since %5). "
        "Close that program first; nothing was changed.",
    )
    another_window = QT_TRANSLATE_NOOP("errors", "another Casenotes window")

    def __init__(
        self, program: str = "", pid: int = 0, user: str = "", host: str = "", since: str = ""
    ) -> None:
        super().__init__()
        self.program, self.pid, self.user, self.host, self.since = program, pid, user, host, since

    def render(self, translate: Callable[[str], str] = lambda text: text) -> str:
        """The message, naming the other program when it is known."""
        if not self.program:
            return translate(self.message)
        program = translate(self.another_window) if self.program == "window" else self.program
        values = (program, str(self.pid), self.user, self.host, self.since)
        # One pass: a value is never read again for placeholders.
        return re.sub(r"%([1-5])", lambda m: values[int(m[1]) - 1], translate(self.message_naming_holder))


class VaultBusy(CaseNotesError):
    """A write waited its turn for the whole busy timeout (another part of the program kept writing)."""

    message = QT_TRANSLATE_NOOP(
        "errors", "The notebook is busy with another task right now; try again. Nothing was changed."
    )


class RestoreUnfinished(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "A restore from backup was interrupted and could not be finished. "
        "The previous notebook is kept in its before-restore folder; contact IT.",
    )


class BackupNotWritable(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The backup could not be written there. Check that the drive is connected and has room, "
        "or choose another place.",
    )


class BackupNotReadable(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The backup file cannot be read. Check the name and that the drive is connected."
    )


class RestoreNotWritable(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The restore could not be completed: the backup file stopped being readable, or this computer's disk "
        "is full. Nothing was changed.",
    )


# -- handing a citizen's file to a colleague ---------------------------------------------------------


class ColleagueUnknown(CaseNotesError):
    """The account name is not in the server's key directory (no such colleague, or never synced)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "That colleague is not in the sync server's directory. Check the name; the colleague must have "
        "synced once. Nothing was sent.",
    )


class ColleagueKeyChanged(CaseNotesError):
    """A colleague's keys differ from the ones pinned at first use; ``pinned`` and ``presented`` are the
    two fingerprints a person compares before confirming the new keys (or not)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The colleague's security number has changed since you last handed over a file. Compare the new "
        "number with the colleague (by phone or in person) and confirm it before anything is sent or "
        "opened. Nothing was sent or opened.",
    )

    def __init__(self, account: str, pinned: str, presented: str) -> None:
        super().__init__(account)
        self.account, self.pinned, self.presented = account, pinned, presented


class TransferUnreadable(CaseNotesError):
    """A handed-over file that does not open or check out: tampered with, signed by someone else, not
    for this caseworker, or made by a newer program."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The handed-over file cannot be opened: it is damaged, was changed on the way, or is not for you. "
        "Nothing was imported; ask the colleague to hand it over again.",
    )


class CitizenAlreadyHere(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This citizen's file is already in your notebook. Nothing was imported; the handover stays in "
        "the inbox.",
    )


class TransferPending(CaseNotesError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This citizen's file is already being handed over and waits for the colleague's answer.",
    )
