"""Access export, retention review, erasure and access-log pruning on a real vault."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from desktop.errors import InvalidInput, NotFound
from desktop.reports.access_report import access_html
from desktop.storage.vault import audit
from tests.citizen_world import fill_citizen
from tests.raw_pages import decrypted_pages


def test_the_access_export_holds_everything_about_the_citizen_and_nothing_about_another(services, tmp_path):
    anna, bo = fill_citizen(services, "A"), fill_citizen(services, "B")
    services.citizens.open_citizen(anna.citizen_id)  # a view, which the access log must show
    out = tmp_path / "indsigt.json"

    services.privacy.export_access(anna.citizen_id, "json", out)

    exported = out.read_text("utf-8")
    missing = [marker for marker in anna.markers if marker not in exported]
    assert not missing, f"not in the export: {missing}"
    leaked = [marker for marker in bo.markers if marker in exported]
    assert not leaked, f"another citizen's data in the export: {leaked}"
    document = json.loads(exported)
    actions = [event["action"] for event in document["access_log"]]
    assert {"citizen.created", "citizen.viewed", "note.corrected", "citizen.access_exported"} <= set(actions)
    assert (
        document["records"]["meeting_note"][1]["corrects_id"] == document["records"]["meeting_note"][0]["id"]
    )
    assert out.stat().st_mode & 0o077 == 0


def test_the_readable_export_is_danish_and_complete(services, tmp_path, qapp):
    anna, bo = fill_citizen(services, "A"), fill_citizen(services, "B")
    readable = access_html(services.privacy.access_record(anna.citizen_id))
    assert not [marker for marker in anna.markers if marker not in readable]
    assert not [marker for marker in bo.markers if marker in readable]
    for heading in ("Indsigt i dine oplysninger", "Samtalenotater", "Samtykker", "Hvem har set eller ændret"):
        assert heading in readable
    assert "01-10-2026" in readable  # dates as dd-mm-åååå

    out = tmp_path / "indsigt.pdf"
    services.privacy.export_access(anna.citizen_id, "pdf", out)
    assert out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*partial*"))
    logged = [e.action for e in services.citizens.access_log(anna.citizen_id)]
    assert logged[0] == "citizen.access_exported"


def test_an_export_of_an_unknown_citizen_or_format_writes_nothing(services, tmp_path):
    anna = fill_citizen(services, "A")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotFound):
        services.privacy.export_access("no-such-citizen", "json", out / "x.json")
    with pytest.raises(InvalidInput):
        services.privacy.export_access(anna.citizen_id, "docx", out / "x.docx")
    assert not list(out.iterdir())


def test_closed_cases_past_retention_are_listed_for_review(services, unlocked):
    anna, bo = fill_citizen(services, "A"), fill_citizen(services, "B")
    services.citizens.close_case(anna.citizen_id)
    services.citizens.close_case(bo.citizen_id)
    with unlocked.vault.transaction() as conn:
        conn.execute(
            text("UPDATE citizen SET closed_at = '2020-02-29T10:00:00+00:00' WHERE id = :id"),
            {"id": anna.citizen_id},
        )
    due = services.privacy.retention_due(5, today=date(2025, 3, 1))
    assert [(case.citizen_id, case.due_on) for case in due] == [(anna.citizen_id, date(2025, 2, 28))]
    assert services.privacy.retention_due(5, today=date(2025, 2, 27)) == []
    assert (
        services.privacy.retention_due(1, today=date.today() + timedelta(days=366))[-1].citizen_id
        == bo.citizen_id
    )


def test_erasing_a_citizen_leaves_no_page_with_their_text(services, unlocked):
    anna, bo = fill_citizen(services, "A"), fill_citizen(services, "B")
    services.search.search(bo.markers[3])  # the index is in use, not just written

    counts = services.privacy.erase_citizen(anna.citizen_id)

    assert counts["citizen"] == 1 and counts["meeting_note"] == 2 and counts["goal"] == 2
    pages = decrypted_pages(unlocked.vault.database_path, bytes(unlocked.vault._key))
    left = [marker for marker in anna.markers if marker.encode() in pages]
    assert not left, f"still readable in the database pages: {left}"
    # The check can see: the other citizen's text is found in the same pages.
    assert all(marker.encode() in pages for marker in bo.markers[:5])
    assert services.search.search(anna.markers[2]) == []
    assert [row.id for row in services.citizens.caseload()] == [bo.citizen_id]
    with unlocked.vault.engine.connect() as conn:
        events = audit.events_for_citizen(conn, anna.citizen_id)
        assert events[0].action == "citizen.erased"
        assert audit.verify_chain(conn).ok
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(NotFound):
        services.privacy.erase_citizen(anna.citizen_id)


def test_pruning_the_access_log_keeps_the_chain_verifiable(services, unlocked):
    vault = unlocked.vault
    old = datetime.now(UTC)  # the vault's own events (created, unlocked) are from now
    now = old + timedelta(days=730)  # pruning two years from now
    recent = now - timedelta(days=20)
    with vault.transaction() as conn:
        for day in range(5):
            audit.append_event(conn, "lene", "citizen.viewed", at=old + timedelta(days=day))
        audit.append_event(conn, "lene", "citizen.viewed", at=recent)
        audit.append_event(conn, "lene", "citizen.viewed", at=old)  # a wrong clock, after a newer event
    with vault.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM audit_event")).scalar_one()
        old_in_front = conn.execute(
            text("SELECT count(*) FROM audit_event WHERE seq < (SELECT seq FROM audit_event WHERE at = :at)"),
            {"at": recent.isoformat(timespec="milliseconds")},
        ).scalar_one()

    removed = services.privacy.prune_access_log(6, now=now)

    assert removed == old_in_front >= 5  # only the unbroken run of old events at the start
    with vault.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_event")).scalar_one() == before - removed + 1
        assert audit.verify_chain(conn).ok
        assert audit.recent_events(conn, 1)[0].action == "audit.pruned"
        assert audit.kept_from(conn) == recent.isoformat(timespec="milliseconds")
    assert services.privacy.prune_access_log(6, now=now) == 0
    # Removing one more event by hand is still detected.
    with vault.transaction() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE seq = (SELECT min(seq) FROM audit_event)"))
    with vault.engine.connect() as conn:
        assert not audit.verify_chain(conn).ok
