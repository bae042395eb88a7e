"""Joint professional reflection through the team: a pseudonymised excerpt goes sealed to named
colleagues, each reply comes back into the reflection log of the citizen it was about, and nothing on
the way (or at the colleague's) names the citizen."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from desktop.demo.caseload import generate
from desktop.domain.peer_reflection import REPLY, PeerMessage, write_peer_message
from desktop.domain.reflection import PEER_REPLY, ReflectionDraft
from desktop.errors import TransferUnreadable
from desktop.services.colleagues import pinned_identity
from desktop.storage.records import transfers as stored
from desktop.storage.vault import audit
from desktop.sync.transfer_seal import seal_transfer, transfer_digest
from tests.conftest import PASSWORD
from tests.unit.sync.conftest import SERVER_URL


@pytest.fixture
def team(make_device):
    devices = {}
    for name in ("lene", "jonas", "mette"):
        device = make_device(name)
        device.sync.connect(SERVER_URL, name, PASSWORD)
        devices[name] = device
    generate(devices["lene"].session, 1, 0, seed=3)
    for device in devices.values():
        device.services.transfers.round()  # publishes each one's key
    return devices


def _reflection(lene) -> tuple[str, str, str]:
    (row,) = lene.services.citizens.caseload()
    draft = ReflectionDraft("after", "free", {"text": f"{row.name} blev vred, da vi talte om praktik."})
    reflection_id = lene.services.reflections.add_reflection(row.id, draft)
    return row.id, row.name, reflection_id


def test_replies_from_two_colleagues_come_back_into_the_reflection_log(team, server_app):
    lene, jonas, mette = team["lene"], team["jonas"], team["mette"]
    citizen_id, name, reflection_id = _reflection(lene)
    excerpt = lene.services.reflections.peer_excerpt(reflection_id)
    assert name.split()[0] not in excerpt
    asked = lene.services.transfers.peers.ask(
        reflection_id, ["jonas", "mette"], excerpt, "Hvordan ville I gribe det an?"
    )
    assert len(asked) == 2
    with server_app.state.engine.connect() as conn:
        blobs = [row[0] for row in conn.execute(text("SELECT blob FROM transfer"))]
    assert all(b"praktik" not in blob and citizen_id.encode() not in blob for blob in blobs)

    for colleague, answer in ((jonas, "Tal om det næste gang."), (mette, "Spørg hvad der gjorde det svært.")):
        colleague.services.transfers.round()
        (request,) = colleague.services.transfers.waiting()
        assert (request.kind, request.excerpt, request.question) == (
            "peer_request",
            excerpt,
            "Hvordan ville I gribe det an?",
        )
        colleague.services.transfers.peers.reply(request.id, answer)
        assert colleague.services.transfers.waiting() == []  # the excerpt is gone from the colleague's
        with colleague.session.vault.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM transfer_in WHERE blob IS NOT NULL")).scalar() == 0

    report = lene.services.transfers.round()
    assert report.replies == 2
    replies = [r for r in lene.services.reflections.reflections(citizen_id) if r.draft.model == PEER_REPLY]
    assert sorted((r.draft.sections["colleague"], r.draft.sections["reply"]) for r in replies) == [
        ("jonas", "Tal om det næste gang."),
        ("mette", "Spørg hvad der gjorde det svært."),
    ]
    with lene.session.vault.engine.connect() as conn:
        actions = [e.action for e in audit.events_for_citizen(conn, citizen_id)]
    assert "reflection.sent_to_peers" in actions and actions.count("reflection.peer_reply_received") == 2
    # The rounds that follow finish every exchange: the server forgets them all.
    for device in (jonas, mette, lene, jonas, mette):
        device.services.transfers.round()
    with server_app.state.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM transfer")).scalar() == 0


def test_a_request_is_answered_not_accepted_as_a_file(team):
    lene, jonas = team["lene"], team["jonas"]
    _, _, reflection_id = _reflection(lene)
    lene.services.transfers.peers.ask(reflection_id, ["jonas"], "Et uddrag", "?")
    jonas.services.transfers.round()
    (request,) = jonas.services.transfers.waiting()
    with pytest.raises(TransferUnreadable):
        jonas.services.transfers.accept(request.id)
    jonas.services.transfers.decline(request.id)
    assert lene.services.transfers.round().replies == 0


def test_a_reply_to_a_request_never_made_is_not_placed(team):
    """Jonas cannot put text into Lene's reflection log by inventing a thread."""
    lene, jonas = team["lene"], team["jonas"]
    citizen_id, _, reflection_id = _reflection(lene)
    lene.services.transfers.peers.ask(reflection_id, ["jonas"], "Et uddrag", "?")
    jonas.services.transfers.round()
    assert len(jonas.services.transfers.waiting()) == 1
    # His program, changed, answers a thread Lene never started.
    identity = jonas.services.identity.own()
    with jonas.session.vault.transaction() as conn:
        lene_key = stored.pinned_key(conn, "lene")
        message = PeerMessage(
            REPLY, "00000000-0000-4000-8000-000000000000", "jonas", "lene", "", reply="Falsk"
        )
        blob = seal_transfer(
            identity,
            pinned_identity(lene_key),
            "11111111-1111-4111-8111-111111111111",
            write_peer_message(message),
        )
        stored.queue_out(
            conn,
            "11111111-1111-4111-8111-111111111111",
            "",
            "lene",
            blob,
            transfer_digest(blob),
            "peer_reply",
            None,
        )
    jonas.services.transfers.round()
    assert lene.services.transfers.round().replies == 0
    assert all(r.draft.model != PEER_REPLY for r in lene.services.reflections.reflections(citizen_id))
    with lene.session.vault.engine.connect() as conn:
        events = [(e.action, json.loads(e.detail or "{}")) for e in audit.recent_events(conn, 50)]
    assert "peer.reply_not_placed" in [a for a, _ in events]
