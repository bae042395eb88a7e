"""Refleksion → Send til kolleger…: a pseudonymised excerpt of a reflection and a question, sealed to
each colleague ticked, for joint professional reflection ("Lån et øre").

The excerpt is shown as it will leave (names and CPR numbers already replaced) and can be edited, since
other details can identify the citizen too. The colleagues come from the sync server off the GUI
thread, with the same check of their security numbers as a handover (``ColleagueList``); the replies
come back into the citizen's reflection log by themselves, with the next sync.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from desktop.domain.reflection import TEXT_MAX
from desktop.errors import ColleagueKeyChanged
from desktop.services.transfers import TransferService
from desktop.views.dialogs.common import Dialog, action_buttons, dialog_layout, set_busy_cursor
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner
from desktop.views.transfer.colleague_list import ColleagueList
from desktop.views.widgets.error_line import error_line, show_error
from desktop.views.widgets.text_box import text_box


class PeerRequestDialog(Dialog):
    """After ``exec`` returns accepted, ``asked`` holds the colleagues the excerpt went to."""

    def __init__(
        self,
        transfers: TransferService,
        reflection_id: str,
        excerpt: str,
        runner: OperationRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._transfers = transfers
        self._reflection_id = reflection_id
        self._runner = runner
        self._busy = False
        self.asked: list[str] = []
        self.setWindowTitle(self.tr("Joint professional reflection"))
        self.resize(720, 720)
        layout = dialog_layout(
            self,
            self.tr("Ask colleagues for joint professional reflection"),
            self.tr(
                "The excerpt and your question go encrypted to each colleague you tick; their replies "
                "come into this citizen's reflection log. Names and CPR numbers have been replaced: read "
                "the excerpt through, as places, employers and relatives can identify the citizen too."
            ),
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.excerpt = text_box(self.tr("Excerpt"), min_height=140, max_length=TEXT_MAX)
        self.excerpt.setPlainText(excerpt)
        self.excerpt.textChanged.connect(self._update)
        excerpt_label = QLabel(self.tr("&Excerpt:"))
        excerpt_label.setBuddy(self.excerpt)
        form.addRow(excerpt_label, self.excerpt)
        self.question: QPlainTextEdit = text_box(
            self.tr("Your question"),
            self.tr("For example: how could I have met her worry about the work placement?"),
            min_height=60,
            max_length=TEXT_MAX,
        )
        self.question.setMaximumHeight(90)  # a question is a line or two; the excerpt gets the room
        question_label = QLabel(self.tr("&Question:"))
        question_label.setBuddy(self.question)
        form.addRow(question_label, self.question)
        layout.addLayout(form, 2)

        self.colleagues = ColleagueList(
            transfers, runner, self.tr("Tick the colleagues to ask:"), checkable=True
        )
        self.colleagues.setMinimumHeight(180)
        self.colleagues.changed.connect(self._update)
        self.colleagues.busy_changed.connect(lambda _busy: self._update())
        self.colleagues.failed.connect(self._failed)
        layout.addWidget(self.colleagues, 2)
        self.error = error_line(self)
        layout.addWidget(self.error)
        buttons, self.send_button = action_buttons(
            self, self.tr("&Send"), self._send, self.tr("Cancel"), enabled=False
        )
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.excerpt, self.question)
        QWidget.setTabOrder(self.question, self.colleagues.table)
        self._update()
        self.question.setFocus()
        self.colleagues.reload()

    def _send(self) -> None:
        accounts = self.colleagues.ticked()
        excerpt, question = self.excerpt.toPlainText().strip(), self.question.toPlainText().strip()
        if self._busy or not accounts or not excerpt:
            return
        peers, reflection_id = self._transfers.peers, self._reflection_id
        self._set_busy(True)
        self._runner.run(
            lambda: peers.ask(reflection_id, accounts, excerpt, question),
            lambda _ids: self._sent(accounts),
            self._failed,
        )

    def _sent(self, accounts: list[str]) -> None:
        self._set_busy(False)
        self.asked = accounts
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self.error, translate_error(exc))
        if isinstance(exc, ColleagueKeyChanged):
            self.colleagues.reload(select=exc.account)  # shows the changed number and how to confirm it

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _update(self) -> None:
        if not hasattr(self, "send_button"):
            return  # the list says it changed while the dialog is still being built
        set_busy_cursor(self, self._busy or self.colleagues.busy)
        self.colleagues.set_enabled_for_work(not self._busy)
        ready = bool(self.colleagues.ticked()) and bool(self.excerpt.toPlainText().strip())
        self.send_button.setEnabled(ready and not self._busy and not self.colleagues.busy)


def ask_colleagues(
    transfers: TransferService,
    runner: OperationRunner,
    reflection_id: str,
    excerpt: str,
    parent: QWidget,
    say: Callable[[str, str], None],
) -> None:
    """Open the dialog for a reflection's excerpt; afterwards ``say`` (text, kind) whom it went to."""
    dialog = PeerRequestDialog(transfers, reflection_id, excerpt, runner, parent)
    if dialog.exec() and dialog.asked:
        say(
            QCoreApplication.translate(
                "PeerRequestDialog", "Sent to %1. The replies come into the reflection log."
            ).replace("%1", ", ".join(dialog.asked)),
            "ok",
        )
