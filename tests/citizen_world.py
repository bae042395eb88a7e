"""One citizen written through every feature, with a unique marker word in every free-text field.

``fill_citizen(services, "A")`` returns the citizen's id and the markers it wrote, so a test can look
for each of them in an export, in raw database pages or in files where none may be.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.citizen import CitizenDraft, Rater
from desktop.domain.coordination import ActorDraft, ConsentDraft, ContactDraft
from desktop.domain.goals import ActivityDraft, GoalDraft
from desktop.domain.notes import Agreement, FilingStatus, NoteDraft
from desktop.domain.reflection import DiscretionDraft, ReflectionDraft
from desktop.domain.scales import MeasurementDraft
from desktop.services.registry import Services

DAY = date(2026, 10, 1)


@dataclass
class Filled:
    """A citizen written through every feature and the marker words written about them."""

    citizen_id: str
    markers: list[str] = field(default_factory=list)


def fill_citizen(services: Services, tag: str) -> Filled:
    """Write one citizen with a marker in every free-text field of every feature."""
    numbers = itertools.count(1)
    markers: list[str] = []

    def m(where: str) -> str:
        marker = f"mrk{tag.lower()}{next(numbers):02d}{where}"
        markers.append(marker)
        return marker

    citizen_id = services.citizens.create_citizen(
        CitizenDraft(
            name=f"Borger {m('name')}",
            own_situation=m("situation"),
            own_problems=m("problems"),
            own_wishes=m("wishes"),
            own_strategies=m("strategies"),
            limitations=m("limitations"),
            resources=m("resources"),
            accommodations=m("accommodations"),
            diagnoses=m("diagnoses"),
            address=m("address"),
        )
    )
    filled = Filled(citizen_id, markers)
    services.citizens.rate_belief(citizen_id, Rater.CITIZEN, 6, DAY, m("belief"))
    services.citizens.hand_over(citizen_id, f"Sagsbehandler {m('handover')}", DAY, m("reason"))

    goal_id = services.goals.add_goal(
        citizen_id,
        GoalDraft(
            kind="employment",
            text=m("goal"),
            author="together",
            trade_or_function=m("trade"),
            citizen_wording=m("wording"),
            activities=[ActivityDraft(what=m("activity"), outcome=m("outcome"))],
        ),
    )
    services.goals.add_goal(
        citizen_id, GoalDraft(kind="purpose", text=m("subgoal"), author="citizen", parent_id=goal_id)
    )
    first = services.goals.get(goal_id).draft
    services.goals.revise_goal(goal_id, _replace(first, text=m("revised")), m("revisionreason"))

    note_id = services.notes.add_note(
        citizen_id,
        NoteDraft(
            held_on=DAY,
            participants=m("participants"),
            agenda=m("agenda"),
            citizen_view=m("view"),
            agreements=[Agreement(m("agreement"))],
            next_steps=m("nextsteps"),
        ),
    )
    services.notes.move(note_id, FilingStatus.READY)
    services.notes.move(note_id, FilingStatus.FILED)
    services.notes.correct(note_id, NoteDraft(held_on=DAY, agenda=m("correction")))
    services.notes.save_draft(citizen_id, None, {"agenda": m("notedraft")})
    services.citizens.save_profile_draft(citizen_id, {"own_wishes": m("profiledraft")})

    services.reflections.add_reflection(
        citizen_id, ReflectionDraft(phase="after", model="free", sections={"text": m("reflection")})
    )
    services.reflections.add_discretion(
        citizen_id,
        DiscretionDraft(
            facts=m("facts"),
            considerations=m("considerations"),
            guidelines_in_conflict=m("guidelines"),
            decision=m("decision"),
        ),
    )

    actor_id = services.coordination.add_actor(
        citizen_id,
        ActorDraft(organisation=m("organisation"), role="mentor", person=m("person"), notes=m("notes")),
    )
    services.coordination.record_consent(
        citizen_id,
        ConsentDraft(
            actor_id=actor_id,
            information=f"Oplysninger om {m('information')}",
            direction="both",
            purpose=f"Afklaring af {m('purpose')}",
            legal_basis=m("legalbasis"),
            form="written",
            given_on=DAY,
        ),
    )
    services.coordination.log_contact(
        citizen_id,
        ContactDraft(actor_id=actor_id, contacted_on=DAY, channel="phone", summary=m("summary")),
    )
    services.measurements.record(
        citizen_id,
        MeasurementDraft(
            scale_id="small_steps",
            rated_on=DAY,
            rater="citizen",
            scores={"sleep": 3},
            comments={"sleep": m("measurecomment")},
        ),
    )
    return filled


def _replace(draft: GoalDraft, **changes) -> GoalDraft:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(draft, **changes)
