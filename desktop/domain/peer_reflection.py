"""Joint professional reflection through the team ("fælles faglig refleksion"): a pseudonymised excerpt
of a reflection goes, sealed, to named colleagues with a question; each colleague's reply comes back
sealed and is taken into the reflection log of the citizen it was about.

The messages carry no citizen id and no name: only the excerpt (pseudonymised and read by the
caseworker before it leaves), the question, the reply, and the thread (the request's transfer id),
which only the asking caseworker can tie to a citizen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.domain.reflection import TEXT_MAX

FORMAT = "casenotes-peer-reflection"
VERSION = 1
REQUEST, REPLY = "request", "reply"


class PeerMessageUnreadable(ValueError):
    """Not a peer-reflection message this program can read (the reason is for the log)."""


@dataclass(frozen=True)
class PeerMessage:
    """A request (``excerpt`` and ``question``) or a reply (``reply``) in the thread ``thread``."""

    kind: str
    thread: str
    from_account: str
    to_account: str
    sent_at: str
    excerpt: str = ""
    question: str = ""
    reply: str = ""


def is_peer_message(payload: bytes) -> bool:
    """Whether the opened payload is a peer-reflection message (else it should be a citizen's file)."""
    try:
        document = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(document, dict) and document.get("format") == FORMAT


def write_peer_message(message: PeerMessage) -> bytes:
    document = {"format": FORMAT, "version": VERSION, **message.__dict__}
    return json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")


def read_peer_message(payload: bytes) -> PeerMessage:
    """The message in ``payload``, checked: format, version, kind, and every field text within bounds."""
    try:
        document = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PeerMessageUnreadable("not JSON") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PeerMessageUnreadable("not a peer-reflection message")
    if document.get("version") != VERSION or document.get("kind") not in (REQUEST, REPLY):
        raise PeerMessageUnreadable("version or kind")
    fields = ("kind", "thread", "from_account", "to_account", "sent_at", "excerpt", "question", "reply")
    values = {name: document.get(name, "") for name in fields}
    if not all(isinstance(v, str) and len(v) <= TEXT_MAX for v in values.values()):
        raise PeerMessageUnreadable("a field is not text within bounds")
    return PeerMessage(**values)
