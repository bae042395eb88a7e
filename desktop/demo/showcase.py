"""One fictional citizen whose working file shows every part of the program (screenshots, layout tests).

The demo generator (``desktop.demo.caseload``) writes many thin records fast; this writes one full file
through the ordinary services: the citizen's own words, a goal with sub-goals and activities, a meeting
note with a conversation tool and agreements, ratings over time by both raters, belief in a job, and
actors in the network with a consent.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.domain.citizen import CitizenDraft, MeetingForm, Programme, Rater
from desktop.domain.coordination import ActorDraft, ConsentDraft
from desktop.domain.goals import ActivityDraft, GoalDraft
from desktop.domain.network_meeting import DecisionDraft, NetworkMeetingDraft
from desktop.domain.notes import HELPED_KEY, Agreement, NoteDraft
from desktop.domain.scales import MeasurementDraft

if TYPE_CHECKING:
    from desktop.services.registry import Services

SHOWCASE_NAME = "Mette Østergaard"
SHOWCASE_SCALE = "small_steps"


def add_showcase_citizen(services: Services, today: date | None = None) -> str:
    """Create the showcase citizen and return their id."""
    today = today or date.today()
    citizen = services.citizens.create_citizen(
        CitizenDraft(
            name=SHOWCASE_NAME,
            cpr="070788-1234",
            programme=Programme.RESSOURCEFORLOEB.value,
            preferred_meeting_form=MeetingForm.WALK.value,
            next_follow_up=today + timedelta(days=3),
            responsible_caseworker="Lene Bundgaard",
            phone="+45 21 43 65 87",
            email="mette.ostergaard@example.dk",
            address="Fiktivvej 12, 8000 Aarhus C",
            own_situation=(
                "Jeg har været sygemeldt med stress og angst i et år. Jeg savner at have en hverdag med "
                "kolleger, men store grupper og larm gør mig hurtigt træt."
            ),
            own_problems="Jeg sover dårligt, og om eftermiddagen har jeg ikke mere energi.",
            own_wishes="Jeg drømmer om at arbejde med dyr, gerne i en dyrehandel eller på en gård.",
            own_strategies="Gåture hver morgen hjælper mig. Min søster ringer før vigtige møder.",
            limitations="Kan arbejde 10-15 timer om ugen. Har brug for pauser og forudsigelighed.",
            resources="Omhyggelig, god med hænderne og med dyr, mødestabil når aftaler er klare.",
            accommodations="Nedsat tid, faste pauser, et roligt sted at arbejde.",
            labour_market_perspective="Fleksjob i en dyrehandel inden for et år.",
        )
    )
    _plan(services, citizen, today)
    _meeting(services, citizen, today)
    _progress(services, citizen, today)
    _network(services, citizen, today)
    return citizen


def _plan(services: Services, citizen: str, today: date) -> None:
    goal = services.goals.add_goal(
        citizen,
        GoalDraft(
            "employment",
            "Job i en dyrehandel, 12 timer om ugen",
            "together",
            trade_or_function="Butiksmedhjælper i dyrehandel",
            citizen_wording="Jeg har det bedst, når jeg er sammen med dyr",
            activities=[
                ActivityDraft(
                    "Virksomhedspraktik i Zoo-butikken", "citizen", "", today, today + timedelta(days=60), 8
                ),
                ActivityDraft("Samtaler med mentor hver uge", "other", "Mentor Bo Lund", today, None, 1),
            ],
        ),
    )
    services.goals.add_goal(
        citizen,
        GoalDraft(
            "purpose",
            "Øve at være blandt mennesker",
            "citizen",
            parent_id=goal,
            activities=[ActivityDraft("Gå til træning to gange om ugen", "citizen", "", today, None, 2)],
        ),
    )
    services.goals.add_goal(
        citizen, GoalDraft("purpose", "Bedre søvn og døgnrytme", "together", parent_id=goal)
    )


def _meeting(services: Services, citizen: str, today: date) -> None:
    services.notes.add_note(
        citizen,
        NoteDraft(
            held_on=today - timedelta(days=2),
            place="office",
            participants="Mette Østergaard, mentor Bo Lund, Lene Bundgaard",
            agenda="Opfølgning på praktik, næste skridt.",
            citizen_view="Mette fortæller, at praktikken går bedre end ventet, men at mandage er hårde.",
            agreements=[
                Agreement("Ringe til Zoo-butikken om flere timer", "Mette", today + timedelta(days=1)),
                Agreement("Indhente statusattest fra egen læge", "Lene", today + timedelta(days=5)),
            ],
            next_steps="Ny samtale om tre uger.",
            tool="goal_staircase",
            tool_answers={
                "top_goal": "Fast job i en dyrehandel",
                "steps": ["Møde op to dage om ugen", "Tre dage om ugen", "Fodre dyrene alene"],
                "next_step": "Tre dage om ugen fra næste måned",
                HELPED_KEY: "yes",
            },
            tool_evaluation="Trappen gjorde målet mindre skræmmende.",
            account="Vi gennemgik de første fire uger i praktikken. Mette har mødt op to dage om ugen og "
            "fodrer nu dyrene sammen med de faste ansatte.",
            assessment="Mette er tættere på arbejdsmarkedet end ved sidste samtale; timetallet kan øges gradvist.",
            read_back="Du ringer til Zoo-butikken i morgen om flere timer. Lene indhenter en statusattest. "
            "Vi ses igen om tre uger.",
            belief_citizen=6,
            belief_caseworker=7,
        ),
    )


def _progress(services: Services, citizen: str, today: date) -> None:
    indicators = ("sleep", "getting_out", "energy", "next_step")
    for weeks, by_citizen, by_caseworker in (
        (12, (3, 4, 2, 3), (4, 4, 3, 4)),
        (8, (4, 5, 4, 4), (4, 5, 4, 5)),
        (4, (6, 5, 5, 6), (5, 6, 5, 6)),
        (0, (7, 6, 6, 8), (6, 7, 6, 7)),
    ):
        for rater, scores in ((Rater.CITIZEN, by_citizen), (Rater.CASEWORKER, by_caseworker)):
            services.measurements.record(
                citizen,
                MeasurementDraft(
                    SHOWCASE_SCALE,
                    today - timedelta(weeks=weeks),
                    rater.value,
                    dict(zip(indicators, scores, strict=True)),
                ),
            )
    # Medindflydelse: the citizen rates their influence lower than the caseworker thinks (DOMAIN.md).
    influence = ("influence_on_case", "being_heard", "own_goals", "trust")
    for rater, scores in ((Rater.CITIZEN, (3, 5, 6, 6)), (Rater.CASEWORKER, (7, 7, 6, 7))):
        services.measurements.record(
            citizen,
            MeasurementDraft(
                "influence_and_trust",
                today - timedelta(days=7),
                rater.value,
                dict(zip(influence, scores, strict=True)),
            ),
        )
    for ago, belief_citizen, belief_caseworker in ((90, 2, 6), (60, 3, 6), (30, 5, 7)):
        services.citizens.rate_belief(citizen, Rater.CITIZEN, belief_citizen, today - timedelta(days=ago))
        services.citizens.rate_belief(
            citizen, Rater.CASEWORKER, belief_caseworker, today - timedelta(days=ago)
        )


def _network(services: Services, citizen: str, today: date) -> None:
    mentor = services.coordination.add_actor(
        citizen, ActorDraft("Jobcenter Aarhus", "mentor", "Bo Lund", "+45 87 13 00 00")
    )
    doctor = services.coordination.add_actor(citizen, ActorDraft("Lægehuset Søndergade", "gp", "Hanne Friis"))
    services.coordination.record_consent(
        citizen,
        ConsentDraft(
            mentor,
            "Status på praktik og fremmøde",
            "both",
            "Støtte i praktikken",
            "Samtykke (forvaltningsloven § 29)",
            "written",
            today - timedelta(days=20),
            "Lene Bundgaard",
            today + timedelta(days=345),
        ),
    )
    services.coordination.record_network_meeting(
        citizen,
        NetworkMeetingDraft(
            today - timedelta(days=14),
            actor_ids=[mentor, doctor],
            caseworker="Lene Bundgaard",
            discussed="Hvordan praktikken kan udvides, og hvad Mette har brug for på de hårde mandage.",
            decisions=[
                DecisionDraft("Aftale tre dage om ugen med butikken", "Bo Lund", today + timedelta(days=7)),
                DecisionDraft(
                    "Vurdere søvnen ved næste konsultation", "Hanne Friis", today + timedelta(days=21)
                ),
            ],
        ),
    )
