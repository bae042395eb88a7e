from sqlalchemy import text

from desktop.storage.vault import audit


def test_the_chain_links_and_detects_edits_and_removals(unlocked):
    vault = unlocked.vault
    with vault.transaction() as conn:
        for i in range(5):
            audit.append_event(conn, "sagsbehandler", "citizen.viewed", citizen_id=f"id-{i}")
    with vault.engine.connect() as conn:
        report = audit.verify_chain(conn)
        assert report.ok and report.events >= 5
    with vault.transaction() as conn:
        conn.execute(text("UPDATE audit_event SET action = 'nothing' WHERE citizen_id = 'id-2'"))
        edited_seq = conn.execute(text("SELECT seq FROM audit_event WHERE citizen_id = 'id-2'")).scalar_one()
    with vault.engine.connect() as conn:
        assert audit.verify_chain(conn).broken_at == edited_seq
    assert not vault.verify_integrity().ok


def test_removing_an_event_in_the_middle_breaks_the_chain(unlocked):
    vault = unlocked.vault
    with vault.transaction() as conn:
        for i in range(4):
            audit.append_event(conn, "s", "x", citizen_id=f"c{i}")
        conn.execute(text("DELETE FROM audit_event WHERE citizen_id = 'c1'"))
    with vault.engine.connect() as conn:
        assert not audit.verify_chain(conn).ok
