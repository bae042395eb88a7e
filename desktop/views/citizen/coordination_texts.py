"""What the network tab says about consents and contacts, in words (split from the coordination panel;
the texts keep the panel's translation context)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.domain.coordination import ActorDraft, Consent, ContactDraft, WithoutConsent, covering_consent
from desktop.views import theme
from desktop.views.formatting import format_date
from desktop.views.labels import CHANNELS, CONSENT_FORMS, DIRECTIONS, label

CONTEXT = "CoordinationPanel"


def actor_title(draft: ActorDraft) -> str:
    """An actor's name: the organisation, with the person in brackets when both are known."""
    if draft.organisation and draft.person:
        return f"{draft.organisation} ({draft.person})"
    return draft.organisation or draft.person


def describe_consent(consent: Consent, today: date) -> str:
    """A consent in three lines: its state and direction, the information, the purpose and when given."""
    draft = consent.draft
    if consent.withdrawn_on and consent.withdrawn_on <= today:
        state = QCoreApplication.translate("CoordinationPanel", "Withdrawn %1").replace(
            "%1", format_date(consent.withdrawn_on)
        )
    elif draft.expires_on and draft.expires_on < today:
        state = QCoreApplication.translate("CoordinationPanel", "Expired %1").replace(
            "%1", format_date(draft.expires_on)
        )
    elif draft.expires_on:
        state = QCoreApplication.translate("CoordinationPanel", "Valid until %1").replace(
            "%1", format_date(draft.expires_on)
        )
    else:
        state = QCoreApplication.translate("CoordinationPanel", "Valid, no end date")
    given = QCoreApplication.translate("CoordinationPanel", "given %1 (%2)").replace(
        "%1", format_date(draft.given_on)
    )
    given = given.replace("%2", label(CONSENT_FORMS, draft.form).lower())
    purpose = QCoreApplication.translate("CoordinationPanel", "Purpose: %1").replace("%1", draft.purpose)
    return f"{state} · {label(DIRECTIONS, draft.direction)}\n{draft.information}\n{purpose} · {given}"


def contacts_html(contacts: list) -> str:
    """The contact log (stored contacts, from the service) as rich text; sharing without consent is
    marked ⚠, with the reason if given."""
    shared_word = escape(QCoreApplication.translate("CoordinationPanel", "Shared"))
    warned = escape(QCoreApplication.translate("CoordinationPanel", "Shared without consent (warned)"))
    already = escape(QCoreApplication.translate("CoordinationPanel", "Already shared without consent"))
    reason_word = escape(QCoreApplication.translate("CoordinationPanel", "Reason"))
    parts = []
    for contact in contacts:
        draft = contact.draft
        head = f"{format_date(draft.contacted_on)} · {label(CHANNELS, draft.channel)}"
        body = f"<p><b>{escape(head)}</b><br>{escape(draft.summary)}"
        if draft.shared:
            shared = escape(f"{label(DIRECTIONS, draft.direction)}: {draft.shared}")
            body += f"<br><i>{shared_word}:</i> {shared}"
        if contact.without_consent:
            flag = already if contact.without_consent_kind == WithoutConsent.ALREADY_SHARED else warned
            body += f"<br><span style='color:{theme.colour('warning').name()}'><b>⚠ {flag}</b></span>"
            if contact.without_consent_reason:
                body += f"<br><i>{reason_word}:</i> {escape(contact.without_consent_reason)}"
        parts.append(body + "</p>")
    return "".join(parts) or escape(
        QCoreApplication.translate("CoordinationPanel", "No contacts logged yet.")
    )


def consent_state(consents: list[Consent], draft: ContactDraft | None) -> tuple[str, str]:
    """Whether a consent covers what the contact being written shares: the sentence and its kind."""
    if draft is None or not draft.shared:
        return QCoreApplication.translate("CoordinationPanel", "Nothing shared: no consent needed."), "ok"
    consent = covering_consent(consents, draft)
    if consent is None:
        return (
            QCoreApplication.translate(
                "CoordinationPanel",
                "No valid consent covers this. You will be asked before the contact is logged.",
            ),
            "warning",
        )
    covered = QCoreApplication.translate("CoordinationPanel", "Covered by the consent given %1.")
    return covered.replace("%1", format_date(consent.draft.given_on)), "ok"
