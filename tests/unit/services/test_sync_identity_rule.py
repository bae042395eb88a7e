"""The rule that decides whether joining an account would mix two notebooks."""

from __future__ import annotations

import pytest

from desktop.services.sync_identity import other_notebook

MINE, THEIRS = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"
HERE = "33333333-3333-4333-8333-333333333333"  # this vault's own id


@pytest.mark.parametrize(
    ("synced_as", "holds_records", "account", "mixes"),
    [
        (None, False, THEIRS, False),  # a new, empty computer joins: the normal second computer
        (None, True, THEIRS, True),  # never synced, a caseload of its own: ask
        (None, True, HERE, False),  # it made the account itself; the set-up was cut off before it was saved
        (MINE, True, MINE, False),  # a restored backup, or a computer joining again: its own notebook
        (MINE, False, MINE, False),
        (MINE, True, THEIRS, True),  # synced as another notebook (server swapped): ask
        (MINE, False, THEIRS, True),  # even with nothing left here, it was another notebook
    ],
)
def test_which_joins_mix_two_notebooks(synced_as, holds_records, account, mixes):
    assert other_notebook(synced_as, holds_records, account, HERE) is mixes
