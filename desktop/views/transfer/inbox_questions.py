"""What the inbox asks the person: whether to decline, which handover file to open, and where to save
the receipt for a handover that came on a USB stick. The dialog holds these as replaceable callables,
so tests answer them; the texts keep the inbox's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.transfers import Waiting
from desktop.views.file_dialogs import ask_open_path, ask_save_path
from desktop.views.transfer.waiting_details import is_question


def _tr(text: str) -> str:
    return QCoreApplication.translate("InboxDialog", text)


def ask_decline(parent: QWidget, entry: Waiting) -> bool:
    """Whether the person really declines ``entry`` (a file, or a colleague's question)."""
    if is_question(entry):
        text = _tr("Decline the question from %1? No reply goes back.").replace("%1", entry.sender)
    else:
        what = entry.citizen_name or _tr("this file")
        text = (
            _tr("Decline %1 from %2? Nothing comes into your notebook, and %2 keeps the file.")
            .replace("%1", what)
            .replace("%2", entry.sender)
        )
    answer = QMessageBox.question(
        parent,
        _tr("Decline the handover"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_transfer_file(parent: QWidget) -> str:
    """The handover file to open (``.cntransfer``); empty when cancelled."""
    return ask_open_path(parent, _tr("Open a handover from a file"), _tr("Handover files (*.cntransfer)"))


def ask_receipt_path(parent: QWidget, suggested: str) -> str:
    """Where to save the receipt for the colleague; empty when cancelled."""
    return ask_save_path(
        parent, _tr("Save the receipt for your colleague"), suggested, _tr("Receipts (*.cnreceipt)")
    )
