"""The question asked before logging a contact that shares information no valid consent covers.

Three truthful answers: share on another legal basis, record that it has already
been shared without consent (with the reason, flagged in the log), or do not share.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.domain.coordination import REASON_MAX

DECLINE, LAW, ALREADY_SHARED = "decline", "law", "already_shared"


@dataclass(frozen=True)
class SharingChoice:
    """What the caseworker answered: ``kind`` is DECLINE, LAW or ALREADY_SHARED (with ``reason``)."""

    kind: str
    reason: str = ""


def as_choice(answer: object) -> SharingChoice:
    """An answer as a choice: ``True`` shares on another legal basis, ``False``/``None`` declines."""
    if isinstance(answer, SharingChoice):
        return answer
    return SharingChoice(LAW) if answer is True else SharingChoice(DECLINE)


def ask_sharing_choice(parent: QWidget, actor: str) -> SharingChoice:
    """Ask what to do (Enter answers "Do not share"); "already shared" then asks for the reason."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ConsentWarning", "No valid consent"))
    box.setText(
        QCoreApplication.translate(
            "ConsentWarning",
            "No valid consent covers sharing this information with %1 on this date, this way.",
        ).replace("%1", actor)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ConsentWarning",
            "Without consent, information may only be shared where the law allows it. If it has already "
            "been shared, record that truthfully with the reason. Whatever you choose is recorded in the "
            "access log.",
        )
    )
    go = box.addButton(
        QCoreApplication.translate("ConsentWarning", "Share anyway: the law allows it"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    already = box.addButton(
        QCoreApplication.translate("ConsentWarning", "It was already shared…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    stop = box.addButton(
        QCoreApplication.translate("ConsentWarning", "Do not share"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(stop)
    box.exec()
    if box.clickedButton() is go:
        return SharingChoice(LAW)
    if box.clickedButton() is already:
        reason, ok = QInputDialog.getMultiLineText(
            parent,
            QCoreApplication.translate("ConsentWarning", "Shared without consent"),
            QCoreApplication.translate(
                "ConsentWarning",
                "Why was the information shared without a valid consent? (e.g. the actor called and it was "
                "said before consent was checked)",
            ),
        )
        reason = reason.strip()[:REASON_MAX]
        if ok and reason:
            return SharingChoice(ALREADY_SHARED, reason)
    return SharingChoice(DECLINE)
