"""Which notebook a sync account holds, and whether joining it would mix two.

A notebook's sync identity is the vault id its records are sealed for and its sync key, both kept in
``sync_state``. An account holds exactly one notebook. Joining one must never silently merge another
notebook's citizens into this vault's caseload.
"""

from __future__ import annotations

import logging

from desktop.errors import CaseNotesError
from desktop.sync.client import ServerSession, SyncClient

log = logging.getLogger(__name__)


def other_notebook(
    notebook_vault_id: str | None, holds_records: bool, account_vault_id: str, own_vault_id: str
) -> bool:
    """Whether joining an account of ``account_vault_id`` would mix two notebooks.

    Args:
        notebook_vault_id: the notebook this vault synced as before (None: it never synced).
        holds_records: whether this vault has a caseload of its own.
        account_vault_id: the notebook the account holds.
        own_vault_id: this vault's own id (the identity it gives an account it creates).

    A vault that synced before is the account's notebook only by its id (a restored backup of it, or
    a computer that joined it, has that id). One that never synced is a new computer of the account's
    notebook while it is empty, and it is the account's notebook when it made the account itself (the
    set-up was cut off before it was written here).
    """
    if notebook_vault_id:
        return notebook_vault_id != account_vault_id
    return holds_records and account_vault_id != own_vault_id


def identities_for_log(state: dict[str, str], account_vault_id: str) -> dict[str, str]:
    """The ids the access log keeps of a set-up: the account's notebook and this vault's before."""
    detail = {"account_vault": account_vault_id}
    if state.get("sync_vault_id"):
        detail["previous_vault"] = state["sync_vault_id"]
    return detail


def leave_account(client: SyncClient, session: ServerSession) -> None:
    """Remove the device that signing in just registered, when the set-up stopped (best effort: its
    token was never stored, and a device left behind only shows in the account's list of computers)."""
    client.token = session.device_token
    try:
        client.revoke(session.device_id)
    except CaseNotesError as exc:
        log.info("sync: the stopped sign-in's device was not removed: %s", type(exc).__name__)
