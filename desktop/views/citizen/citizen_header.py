"""The top of a citizen's file: the name with Save and Undo beside it, and below it the record's facts
(masked CPR, programme, status, last contact) with what can be done with the record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton

from desktop.domain.citizen import CitizenProfile
from desktop.views.formatting import format_date
from desktop.views.labels import PROGRAMMES, STATUSES, label
from desktop.views.pages.page import Page

COPY_CPR_KEYS = "Ctrl+Shift+C"

Handler = Callable[[], object]


class CitizenHeader(QObject):
    """Puts its widgets in ``page``'s title row and body; each button calls the handler given for it."""

    def __init__(
        self,
        page: Page,
        *,
        save: Handler,
        revert: Handler,
        reveal_cpr: Handler,
        copy_cpr: Handler,
        toggle_status: Handler,
        export_plan: Handler,
        export_access: Callable[[str], object],
        erase: Handler,
        hand_over: Handler,
        take_receipt: Handler,
        withdraw_handover: Handler,
    ) -> None:
        super().__init__(page)
        self._title = page.title_label
        self.facts = QLabel()
        self.facts.setObjectName("hint")
        self.reveal_button = QPushButton(self.tr("Sho&w CPR"))
        self.reveal_button.setToolTip(
            self.tr("Shows the full CPR number; this is recorded in the access log")
        )
        self.reveal_button.clicked.connect(reveal_cpr)
        keys = QKeySequence(COPY_CPR_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.copy_cpr_button = QPushButton(self.tr("&Copy CPR"))
        self.copy_cpr_button.setToolTip(
            self.tr(
                "Copy the full CPR number (%1). The clipboard is cleared after 30 seconds; the copy is "
                "recorded in the access log"
            ).replace("%1", keys)
        )
        self.copy_cpr_button.clicked.connect(copy_cpr)
        QShortcut(
            QKeySequence(COPY_CPR_KEYS), page, copy_cpr, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.revert_button.clicked.connect(revert)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(save)
        self.status_button = QPushButton()
        self.status_button.clicked.connect(toggle_status)
        self.plan_button = QPushButton(self.tr("My &plan (PDF)…"))
        self.plan_button.setToolTip(self.tr("Save the citizen's plan as a PDF to print or hand over"))
        self.plan_button.clicked.connect(export_plan)
        self.more_button = QPushButton(self.tr("M&ore"))
        self.more_button.setAutoDefault(False)
        more = QMenu(self.more_button)
        self.access_pdf_action = more.addAction(
            self.tr("Access export as PDF…"), lambda: export_access("pdf")
        )
        self.access_pdf_action.setToolTip(
            self.tr("Everything stored about the citizen and who has seen it, for an access request")
        )
        self.access_json_action = more.addAction(
            self.tr("Access export as JSON…"), lambda: export_access("json")
        )
        more.addSeparator()
        self.hand_over_action = more.addAction(self.tr("&Hand over to a colleague…"), hand_over)
        self.hand_over_action.setToolTip(
            self.tr("Send the whole file, encrypted, to a colleague who takes over the citizen")
        )
        # While a handover is under way (``HandoverAction`` enables them).
        self.take_receipt_action = more.addAction(self.tr("&Load receipt from file…"), take_receipt)
        self.take_receipt_action.setToolTip(
            self.tr("The colleague's receipt for a handover saved as a file; your copy is then deleted")
        )
        self.withdraw_action = more.addAction(self.tr("&Withdraw the handover…"), withdraw_handover)
        self.withdraw_action.setToolTip(self.tr("Take back a handover that has not reached the colleague"))
        more.addSeparator()
        self.erase_action = more.addAction(self.tr("Delete citizen permanently…"), erase)
        more.setToolTipsVisible(True)
        self.more_button.setMenu(more)
        # The name heads the page with saving beside it; the record's facts and what can be done with
        # the record go on the line below, where a long name or a long translation cannot squeeze them.
        page.title_row.takeAt(1)  # the page's stretch: the name takes the room and wraps if it must
        self._title.setWordWrap(True)
        page.title_row.setStretchFactor(self._title, 1)
        for button in (self.revert_button, self.save_button):
            button.setAutoDefault(False)
            page.title_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.facts.setWordWrap(True)
        facts_row = QHBoxLayout()
        facts_row.addWidget(self.facts, 1)
        for button in (
            self.reveal_button,
            self.copy_cpr_button,
            self.plan_button,
            self.status_button,
            self.more_button,
        ):
            button.setAutoDefault(False)
            facts_row.addWidget(button)
        page.body.addLayout(facts_row)
        # Shown while the file is being handed to a colleague (``HandoverAction``).
        self.transfer_mark = QLabel()
        self.transfer_mark.setObjectName("pendingTransfer")
        self.transfer_mark.setWordWrap(True)
        self.transfer_mark.setVisible(False)
        page.body.addWidget(self.transfer_mark)

    def show_state(
        self,
        profile: CitizenProfile | None,
        creating: bool,
        dirty: bool,
        cpr_revealed: bool,
        on_profile: bool,
    ) -> None:
        """The name (``*`` while ``dirty``), the facts, and which buttons apply. ``on_profile``: a tab of the
        profile is on show (the work tabs have their own Save buttons; the profile's would confuse)."""
        has_record = creating or profile is not None
        self.save_button.setEnabled(has_record and (dirty or creating))
        self.revert_button.setEnabled(dirty)
        self.save_button.setVisible(on_profile)
        self.revert_button.setVisible(on_profile)
        self.reveal_button.setVisible(bool(profile and profile.draft.cpr and not cpr_revealed))
        self.copy_cpr_button.setVisible(bool(profile and profile.draft.cpr))
        for button in (self.status_button, self.plan_button, self.more_button):
            button.setVisible(profile is not None)
        if creating:
            self._title.setText(self.tr("New citizen"))
            self.facts.setText(self.tr("Fill in at least the name, then save (Ctrl+S)."))
        elif profile is not None:
            self._title.setText(profile.draft.name + (" *" if dirty else ""))
            cpr = profile.draft.cpr if cpr_revealed else profile.masked_cpr
            facts = [cpr, label(PROGRAMMES, profile.draft.programme), label(STATUSES, profile.status)]
            if profile.last_contact:
                facts.append(self.tr("last contact %1").replace("%1", format_date(profile.last_contact)))
            self.facts.setText(" · ".join(f for f in facts if f))
            self.status_button.setText(
                self.tr("&Reopen case") if profile.is_closed else self.tr("C&lose case")
            )
        else:
            self._title.setText(self.tr("Citizen"))
            self.facts.setText("")
