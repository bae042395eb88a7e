"""The field-by-field three-way merge, and sealing records for the server."""

from __future__ import annotations

import os
import uuid

import pytest

from desktop.sync.merge import FieldConflict, merge_record, merge_text
from desktop.sync.sealing import SealBroken, open_sealed, seal

BASE = {"name": "Åse", "status": "active", "own_wishes": "Arbejde med dyr.\nHelst om formiddagen."}


def test_a_field_changed_on_one_side_takes_that_value():
    local = {**BASE, "name": "Åse Ærø"}
    remote = {**BASE, "status": "closed"}
    result = merge_record(BASE, local, remote)
    assert result.merged == {**BASE, "name": "Åse Ærø", "status": "closed"}
    assert result.conflicts == ()


def test_the_same_change_on_both_sides_is_no_conflict():
    both = {**BASE, "status": "closed"}
    assert merge_record(BASE, both, dict(both)) == merge_record(BASE, both, both)
    assert merge_record(BASE, both, both).conflicts == ()


def test_different_lines_of_a_long_text_are_both_kept():
    local = {**BASE, "own_wishes": "Jeg vil arbejde med dyr.\nHelst om formiddagen."}
    remote = {**BASE, "own_wishes": "Arbejde med dyr.\nHelst om formiddagen.\nIkke i weekenden."}
    result = merge_record(BASE, local, remote)
    assert result.conflicts == ()
    assert result.merged["own_wishes"] == "Jeg vil arbejde med dyr.\nHelst om formiddagen.\nIkke i weekenden."


def test_the_same_line_changed_two_ways_is_kept_as_a_conflict_with_both_texts():
    local = {**BASE, "own_wishes": "Arbejde med heste.\nHelst om formiddagen."}
    remote = {**BASE, "own_wishes": "Arbejde med hunde.\nHelst om formiddagen."}
    result = merge_record(BASE, local, remote)
    assert result.merged["own_wishes"] == local["own_wishes"]  # the local typing stays where it was
    assert result.conflicts == (
        FieldConflict("own_wishes", BASE["own_wishes"], local["own_wishes"], remote["own_wishes"]),
    )


def test_a_short_value_changed_two_ways_is_a_conflict():
    result = merge_record(BASE, {**BASE, "name": "Åse A"}, {**BASE, "name": "Åse B"})
    assert [c.field for c in result.conflicts] == ["name"]


def test_a_record_new_on_both_sides_merges_against_nothing():
    result = merge_record(None, {"a": "1", "b": "x"}, {"a": "1", "c": "y"})
    assert result.merged == {"a": "1", "b": "x", "c": "y"} and result.conflicts == ()


def test_text_without_a_final_newline_stays_without_one():
    assert merge_text("a\nb\nc", "A\nb\nc", "a\nb\nC") == "A\nb\nC"
    assert merge_text("a\nb", "A\nb", "a\nB") is None  # neighbouring lines changed: one hunk, a conflict
    assert merge_text("a\nb\n", "A\nb\n", "a\nb\nc\n") == "A\nb\nc\n"


KEY = os.urandom(32)
VAULT, RECORD = str(uuid.uuid4()), str(uuid.uuid4())


def test_a_sealed_record_opens_only_as_itself():
    content = {"name": "Åse Ærø", "own_wishes": "MARKØR-hemmelig"}
    blob = seal(KEY, VAULT, "citizen", RECORD, content)
    assert b"MARK" not in blob and "Åse".encode() not in blob
    assert open_sealed(KEY, VAULT, "citizen", RECORD, blob) == content
    for vault, kind, record in (
        (str(uuid.uuid4()), "citizen", RECORD),
        (VAULT, "goal", RECORD),
        (VAULT, "citizen", VAULT),
    ):
        with pytest.raises(SealBroken):
            open_sealed(KEY, vault, kind, record, blob)  # moved to another vault, type or record
    with pytest.raises(SealBroken):
        open_sealed(os.urandom(32), VAULT, "citizen", RECORD, blob)
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(SealBroken):
        open_sealed(KEY, VAULT, "citizen", RECORD, tampered)
    with pytest.raises(SealBroken):
        open_sealed(KEY, VAULT, "citizen", RECORD, b"\x02" + blob[1:])
    assert seal(KEY, VAULT, "citizen", RECORD, content) != blob  # a fresh nonce every time
