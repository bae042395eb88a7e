"""A citizen's file handed over on a USB stick when there is no server: a ``.cntransfer`` file.

The file holds the same sealed, signed blob the server would carry (only the colleague's key opens it),
with the two account names around it; nothing in it names the citizen. The colleague opens it
(``open``), accepts or declines in the inbox as for any handover, and writes the signed answer to a
``.cnreceipt`` file (``write_receipt``), which goes back on the stick. The sender's copy is erased only
when that receipt checks out against the colleague's pinned key (``take_receipt``), as through the
server. The colleague's key must be pinned here already (from the server's directory on an earlier day);
a sender first met through a file is pinned from the file, and its number is shown to compare.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path

from desktop.errors import TransferUnreadable
from desktop.services.transfer_base import TransferBase, TransferRound
from desktop.storage.records import transfers as stored
from desktop.sync.identity import PublicIdentity
from desktop.sync.transfer_seal import TransferRefused, receipt_holds, sender_of

TRANSFER_FORMAT = "casenotes-transfer-file"
RECEIPT_FORMAT = "casenotes-transfer-receipt"
MAX_FILE_BYTES = 64 * 1024 * 1024  # a sealed file of a long case is a few MB


class TransferFiles(TransferBase):
    """Write a handover to a file, open one, and carry the signed answer back as a file."""

    def write(
        self, citizen_id: str, to_account: str, path: Path, reason: str = "", with_reflections: bool = True
    ) -> str:
        """Seal the citizen's file to the colleague's pinned keys into ``path`` (outside the data
        folder); the copy here stays until the colleague's receipt file is taken in."""
        path = self._check_output(path)
        with self._vault.transaction() as conn:
            own = self._own_account(conn)
            transfer_id, blob = self._seal_citizen(
                conn, citizen_id, to_account, None, own, reason, with_reflections, state="filed"
            )
            document = {
                "format": TRANSFER_FORMAT,
                "version": 1,
                "id": transfer_id,
                "from": own,
                "to": to_account,
            }
            with self._output(path) as partial:  # inside the transaction: no file, no record of one
                partial.write_bytes(_encode({**document, "blob": _b64(blob)}))
        self._bus.publish("citizen", citizen_id)
        return transfer_id

    def open(self, path: Path) -> str:
        """Keep the handover in ``path`` in the inbox (its sender pinned at first meeting); its id."""
        document = _read(path, TRANSFER_FORMAT)
        sender = _text(document, "from")
        blob = _unb64(document.get("blob"))
        try:
            transfer_id, keys = sender_of(blob)
        except TransferRefused as exc:
            raise TransferUnreadable(type(exc).__name__) from None
        if transfer_id != document.get("id"):
            raise TransferUnreadable("another transfer's blob")
        with self._vault.transaction() as conn:
            if stored.pinned_key(conn, sender) is None:
                stored.pin_key(conn, sender, keys.receive, keys.sign)
                self._log(
                    conn,
                    "colleague.key_pinned",
                    detail={"account": sender, "fingerprint": keys.fingerprint(), "via": "file"},
                )
            stored.keep_in(conn, transfer_id, sender, blob, via="file")
            self._log(
                conn, "transfer.received", detail={"transfer": transfer_id, "from": sender, "via": "file"}
            )
        return transfer_id

    def write_receipt(self, transfer_id: str, path: Path) -> None:
        """The signed answer to a handover that came as a file, into ``path`` for the sender."""
        path = self._check_output(path)
        with self._vault.transaction() as conn:
            transfer = stored.incoming_one(conn, transfer_id)
            if transfer is None or transfer.receipt is None or transfer.via != "file":
                raise TransferUnreadable("not an answered handover from a file")
            document = {
                "format": RECEIPT_FORMAT,
                "version": 1,
                "id": transfer.id,
                "from": self._own_account(conn),
                "accepted": transfer.state == "accepted",
                "receipt": _b64(transfer.receipt),
            }
            with self._output(path) as partial:
                partial.write_bytes(_encode(document))
            stored.mark_answer_sent(conn, transfer.id)

    def take_receipt(self, path: Path) -> TransferRound:
        """Act on the colleague's receipt file: erase the copy here on an acceptance that checks out."""
        document = _read(path, RECEIPT_FORMAT)
        transfer_id = _text(document, "id")
        accepted = document.get("accepted")
        receipt = _unb64(document.get("receipt"))
        with self._vault.engine.connect() as conn:
            transfer = stored.outgoing_one(conn, transfer_id)
            pin = stored.pinned_key(conn, transfer.to_account) if transfer else None
        if transfer is None or transfer.state != "filed" or pin is None or not isinstance(accepted, bool):
            raise TransferUnreadable("no handover waits for this receipt")
        keys = PublicIdentity(pin.receive, pin.sign)
        if not receipt_holds(receipt, keys, transfer.id, transfer.digest, accepted):
            with self._vault.transaction() as conn:
                self._log(conn, "transfer.receipt_refused", detail={"transfer": transfer.id, "via": "file"})
            raise TransferUnreadable("the receipt is not the colleague's")
        done = TransferRound()
        self._record_answer(transfer, accepted, done)
        return done


def _read(path: Path, expected: str) -> dict:
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise TransferUnreadable(type(exc).__name__) from None
    if len(data) > MAX_FILE_BYTES:
        raise TransferUnreadable("too large")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise TransferUnreadable("not a transfer file") from None
    if not isinstance(document, dict) or document.get("format") != expected or document.get("version") != 1:
        raise TransferUnreadable("not a transfer file of a known version")
    return document


def _text(document: dict, name: str) -> str:
    value = document.get(name)
    if not isinstance(value, str) or not 0 < len(value) <= 200:
        raise TransferUnreadable(f"{name} missing")
    return value


def _encode(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise TransferUnreadable("no blob")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise TransferUnreadable("the blob is not base64") from None
