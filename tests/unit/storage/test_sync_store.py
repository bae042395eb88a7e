import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.domain.citizen import CitizenDraft
from desktop.services.registry import Services
from desktop.storage.records import sync_store as store
from desktop.storage.records.sync_types import BY_TABLE

NOTE = {
    "id": "00000000-0000-4000-8000-000000000001",
    "citizen_id": "00000000-0000-4000-8000-0000000000ff",
    "created_at": "2026-11-01T10:00:00",
    "updated_at": "2026-11-01T10:00:00",
    "held_on": "2026-11-01",
    "place": "office",
    "from_a_newer_version": "dropped",
}


def test_every_write_is_tracked_and_applying_is_not(unlocked):
    services = Services.for_session(unlocked)
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Test Person"))
    engine = unlocked.vault.engine
    with engine.connect() as conn:
        waiting = {(p.record_type, p.record_id) for p in store.pending(conn)}
    assert ("citizen", citizen_id) in waiting
    with store.applying(engine) as conn:
        note_type = BY_TABLE["meeting_note"]
        # A child before its parent is what the feed can deliver: foreign keys wait for the round.
        store.write_row(conn, note_type, NOTE, store.columns(conn, "meeting_note"))
        assert not store.is_pending(conn, "meeting_note", NOTE["id"])
    with engine.connect() as conn:
        assert store.read_row(conn, note_type, NOTE["id"])["held_on"] == "2026-11-01"
        assert store.dangling_references(conn, {("meeting_note", NOTE["id"])}) == 1
        assert store.dangling_references(conn, set()) == 0  # nothing written, nothing checked
        store_limit, store.WHOLE_TABLE_CHECK = store.WHOLE_TABLE_CHECK, 0  # many rows: one pass
        try:
            assert store.dangling_references(conn, {("meeting_note", NOTE["id"])}) == 1
        finally:
            store.WHOLE_TABLE_CHECK = store_limit
        assert conn.execute(text("SELECT count(*) FROM sync_applying")).scalar_one() == 0
    # Outside applying, foreign keys hold again on every pooled connection.
    with pytest.raises(IntegrityError), unlocked.vault.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO agreement (id, citizen_id, note_id, position, text, created_at) "
                "VALUES ('a', 'nobody', 'none', 0, 'x', 'now')"
            )
        )


def test_a_row_changed_during_a_push_stays_waiting(unlocked):
    services = Services.for_session(unlocked)
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Test Person"))
    engine = unlocked.vault.engine
    with engine.connect() as conn:
        read_for_push = next(p for p in store.pending(conn) if p.record_id == citizen_id)
    services.citizens.update_citizen(citizen_id, CitizenDraft(name="Test Person", own_wishes="Mere"))
    with unlocked.vault.transaction() as conn:
        store.clear_pending(conn, read_for_push)
        assert store.is_pending(conn, "citizen", citizen_id)


def test_counting_the_waiting_changes_reads_the_small_index(unlocked):
    # The status bar counts them after every change; through the primary key that read 1,600 pages
    # on a vault with 130,000 waiting records.
    services = Services.for_session(unlocked)
    services.citizens.create_citizen(CitizenDraft(name="Test Person"))
    with unlocked.vault.engine.connect() as conn:
        plan = " ".join(
            str(row) for row in conn.execute(text("EXPLAIN QUERY PLAN SELECT count(*) FROM sync_pending"))
        )
        assert "ix_sync_pending_changes" in plan
        assert store.pending_count(conn) == services.sync.status().waiting >= 1
