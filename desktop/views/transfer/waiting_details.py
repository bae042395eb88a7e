"""What the inbox shows of the entry chosen: who sent what, or why it cannot be answered yet; for a
colleague's question for joint professional reflection, the question, the pseudonymised excerpt it is
about, and the box for the reply (a request is answered, not taken into the caseload).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain.reflection import TEXT_MAX
from desktop.services.transfer_opening import PEER_REQUEST
from desktop.services.transfers import Waiting
from desktop.views.models.waiting_transfer_model import sent_on
from desktop.views.transfer.key_check import number_html
from desktop.views.widgets.text_box import text_box

KEY_CHANGED, UNKNOWN_SENDER = "key_changed", "unknown_sender"


def is_question(entry: Waiting | None) -> bool:
    """Whether ``entry`` is a colleague's question that can be answered now."""
    return entry is not None and entry.kind == PEER_REQUEST and not entry.problem


class WaitingDetails(QWidget):
    """``details`` describes the entry; ``excerpt`` and ``reply`` show only for a question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.excerpt_label = QLabel(self.tr("The excerpt (names and CPR numbers removed):"))
        self.excerpt = QPlainTextEdit()
        self.excerpt.setReadOnly(True)
        self.excerpt.setAccessibleName(self.tr("Excerpt"))
        self.excerpt.setTabChangesFocus(True)
        self.excerpt_label.setBuddy(self.excerpt)
        self.reply_label = QLabel(self.tr("&Your reply:"))
        self.reply = text_box(
            self.tr("Your reply"),
            self.tr("What do you see in the conversation? What could be tried?"),
            max_length=TEXT_MAX,  # the length a peer message carries
        )
        self.reply_label.setBuddy(self.reply)
        # The list above keeps its room; long texts scroll in their boxes.
        self.excerpt.setMaximumHeight(150)
        self.reply.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        for widget in (self.excerpt_label, self.excerpt, self.reply_label, self.reply):
            layout.addWidget(widget)
        self._shown_id = ""
        self.show_entry(None)

    def reply_text(self) -> str:
        """The reply as written."""
        return self.reply.toPlainText().strip()

    def show_entry(self, entry: Waiting | None) -> None:
        """Describe ``entry``; a question shown again (the dialog redraws when busy) keeps the reply."""
        self.details.setText(self.describe(entry) if entry is not None else "")
        self.details.setVisible(entry is not None)
        question = is_question(entry)
        for widget in (self.excerpt_label, self.excerpt, self.reply_label, self.reply):
            widget.setVisible(question)
        shown_id = entry.id if entry is not None else ""
        if shown_id != self._shown_id:
            self._shown_id = shown_id
            self.excerpt.setPlainText(entry.excerpt if question and entry is not None else "")
            self.reply.clear()

    def describe(self, entry: Waiting) -> str:
        """The entry in words (rich text)."""
        sender = escape(entry.sender)
        if entry.problem == KEY_CHANGED:
            return self.tr("From %1. The file is opened once the new security number is confirmed.").replace(
                "%1", sender
            )
        if entry.problem == UNKNOWN_SENDER:
            return self.tr(
                "From %1, who is not in the sync server's directory, so the file cannot be checked. "
                "Sync again later, or decline it."
            ).replace("%1", sender)
        if entry.problem:
            return self.tr(
                "From %1. The file cannot be opened: it is damaged, was changed on the way, or is not "
                "for you. Decline it and ask %1 to hand it over again."
            ).replace("%1", sender)
        if entry.kind == PEER_REQUEST:
            lines = [
                self.tr("<b>A question for joint professional reflection</b> from %1 (security number %2)")
                .replace("%1", sender)
                .replace("%2", number_html(entry.sender_fingerprint)),
                self.tr("Question: %1").replace("%1", escape(entry.question) or self.tr("none given")),
                self.tr("Sent %1").replace("%1", sent_on(entry.sent_at)),
            ]
            return "<br>".join(lines)
        lines = [
            self.tr("<b>%1</b> from %2 (security number %3)")
            .replace("%1", escape(entry.citizen_name))
            .replace("%2", sender)
            .replace("%3", number_html(entry.sender_fingerprint)),
            self.tr("Reason: %1").replace("%1", escape(entry.reason) or self.tr("none given")),
            self.tr("%n record(s), sent %1", "", entry.records).replace("%1", sent_on(entry.sent_at)),
        ]
        if entry.via == "file":
            lines.append(self.tr("Came as a file (USB stick): your answer goes back as a receipt file."))
        return "<br>".join(lines)
