"""The rest of a demo caseload around its citizens: goals with activities, the actors around each citizen
with consents and a contact log, and progress measurements.

Each record passes the domain's own validation (a goal names a trade, a consent is specific, a rating is
on the scale set's range), so the demo vault behaves like a real one in every screen. Rows are written
in bulk, like the notes in ``desktop.demo.caseload``; goals go into the search index as the goal service
puts them there.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, timedelta

from sqlalchemy import Connection, text

from desktop.domain.citizen import Rater
from desktop.domain.coordination import ActorRole, Channel, ConsentForm, Direction
from desktop.domain.goals import Actor, Author, GoalKind, GoalStatus
from desktop.domain.scales import Scale

_BATCH = 5000

GOALS = (  # (text, trade or function, the citizen's own wording)
    ("Job i en dyrehandel på nedsat tid", "Butiksmedhjælper i dyrehandel", "Jeg vil arbejde med dyr"),
    ("Kokkeelev inden for to år", "Kokkeelev", "Jeg vil tilbage til køkkenet"),
    ("Lagerarbejde med faste opgaver", "Lagermedarbejder", "Et sted med ro og faste opgaver"),
    ("Uddannelse som pædagogisk assistent", "Pædagogisk assistent", "Jeg vil gerne arbejde med børn"),
    ("Bogføring på et mindre kontor", "Bogholderassistent", "Tal og ro omkring mig"),
    ("Ekspedient i en genbrugsbutik", "Ekspedient", "Jeg kan godt lide at sortere og ordne"),
)
SUB_GOALS = (
    "Stabil døgnrytme med faste tider for søvn og mad",
    "Kunne være i praktik 12 timer om ugen",
    "Klare transport til og fra arbejdspladsen selv",
    "Bruge pauser og høretelefoner, når der er larm",
)
ACTIVITIES = (  # (what, actor, actor's name when someone else)
    ("Virksomhedspraktik i genbrugsbutikken", Actor.CITIZEN.value, ""),
    ("Samtaler med mentor hver uge", Actor.OTHER.value, "Mentor Dorte Krag"),
    ("Statusattest fra egen læge", Actor.CASEWORKER.value, ""),
    ("Træning to gange om ugen", Actor.CITIZEN.value, ""),
    ("Forløb hos psykolog", Actor.OTHER.value, "Psykolog Anders Bay"),
    ("Afklaring af løntilskud med virksomheden", Actor.CASEWORKER.value, ""),
)
ACTORS = (  # (organisation, role, person)
    ("Distriktspsykiatrien Aarhus", ActorRole.PSYCHIATRY.value, "Sygeplejerske Eva Holt"),
    ("Lægehuset Fiktivvej", ActorRole.GP.value, "Læge Per Skau"),
    ("Socialforvaltningen", ActorRole.SOCIAL_SERVICES.value, "Socialrådgiver Ida Brun"),
    ("Mentorhuset", ActorRole.MENTOR.value, "Dorte Krag"),
    ("Genbrugsbutikken Fiktiv", ActorRole.EMPLOYER.value, "Butikschef Ole Friis"),
    ("Bostøtten Øst", ActorRole.HOUSING_SUPPORT.value, "Hanne Lind"),
    ("Rehabiliteringsteamet", ActorRole.REHABILITATION_TEAM.value, ""),
)
CONSENT_INFORMATION = (
    "Oplysninger om fremmøde og trivsel i praktikken",
    "Statusattest om helbred i forhold til arbejdsevne",
    "Oplysninger om behandlingsforløb og medicinering",
    "Oplysninger om boligforhold og støtte i hjemmet",
)
CONSENT_PURPOSES = (
    "Planlægning af praktik med passende skånehensyn",
    "Vurdering af arbejdsevne før rehabiliteringsmødet",
    "Koordinering af indsatsen mellem jobcenter og behandling",
)
LEGAL_BASES = ("Samtykke efter forvaltningslovens § 29", "Retssikkerhedslovens § 11 c")
CONTACT_SUMMARIES = (
    "Talt om fremmøde i praktikken; det går bedre efter ændrede tider.",
    "Aftalt at statusattesten sendes inden for to uger.",
    "Mentor fortæller, at borgeren møder stabilt og er glad for opgaverne.",
    "Koordineret mødetidspunkt til rehabiliteringsteamet.",
)
CASEWORKER = "Lene Bundgaard"


def add_plans_and_networks(
    conn: Connection, rng: random.Random, citizen_ids: list[str], today: date, stamp: str
) -> tuple[dict[str, int], list[dict]]:
    """Write goals (each with sub-goals and activities), actors, consents and contacts for each of
    ``citizen_ids``; returns the count per table and the goals' search-index rows (for the caller's
    bulk indexer)."""
    tables: dict[str, list[dict]] = {
        name: [] for name in ("goal", "activity", "actor", "consent", "contact_log")
    }
    fts: list[dict] = []
    for citizen_id in citizen_ids:
        _goals(rng, citizen_id, today, stamp, tables, fts)
        _network(rng, citizen_id, today, stamp, tables)
    for table, rows in tables.items():
        _insert(conn, table, rows)
    return {table: len(rows) for table, rows in tables.items()}, fts


def _goals(
    rng: random.Random, citizen_id: str, today: date, stamp: str, tables: dict, fts: list[dict]
) -> None:
    goal_text, trade, wording = rng.choice(GOALS)
    main_id = str(uuid.uuid4())
    goals: list[tuple[str, str | None, str, str, str, str]] = [
        (main_id, None, GoalKind.EMPLOYMENT.value, goal_text, trade, wording)
    ]
    for sub in rng.sample(SUB_GOALS, rng.randrange(1, 3)):
        goals.append((str(uuid.uuid4()), main_id, GoalKind.PURPOSE.value, sub, "", ""))
    for goal_id, parent_id, kind, goal, trade_or_function, own_wording in goals:
        tables["goal"].append(
            {
                "id": goal_id,
                "citizen_id": citizen_id,
                "parent_id": parent_id,
                "kind": kind,
                "text": goal,
                "trade_or_function": trade_or_function,
                "author": rng.choice(list(Author)).value,
                "citizen_wording": own_wording,
                "status": GoalStatus.ACTIVE.value,
                "status_since": stamp,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        activities = rng.sample(ACTIVITIES, rng.randrange(1, 4))
        for position, (what, actor, actor_name) in enumerate(activities):
            starts = today - timedelta(days=rng.randrange(0, 120))
            tables["activity"].append(
                {
                    "id": str(uuid.uuid4()),
                    "goal_id": goal_id,
                    "position": position,
                    "what": what,
                    "actor": actor,
                    "actor_name": actor_name,
                    "starts_on": starts.isoformat(),
                    "ends_on": (starts + timedelta(days=rng.randrange(30, 180))).isoformat(),
                    "hours_per_week": float(rng.choice((4, 8, 10, 12, 15))),
                    "outcome": "",
                }
            )
        # as desktop.services.goals.goal_index_text puts it in the index
        body = "\n".join(
            part for part in (trade_or_function, own_wording, *(a[0] for a in activities)) if part
        )
        fts.append({"kind": "goal", "ref_id": goal_id, "citizen_id": citizen_id, "title": goal, "body": body})


def _network(rng: random.Random, citizen_id: str, today: date, stamp: str, tables: dict) -> None:
    actor_ids = []
    for organisation, role, person in rng.sample(ACTORS, 3):
        actor_id = str(uuid.uuid4())
        actor_ids.append(actor_id)
        tables["actor"].append(
            {
                "id": actor_id,
                "citizen_id": citizen_id,
                "organisation": organisation,
                "role": role,
                "person": person,
                "phone": f"+45 {rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                "email": "",
                "notes": "",
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    consent_ids = []
    for actor_id in actor_ids[:2]:
        consent_id = str(uuid.uuid4())
        consent_ids.append(consent_id)
        given = today - timedelta(days=rng.randrange(10, 300))
        form = rng.choice(list(ConsentForm)).value
        tables["consent"].append(
            {
                "id": consent_id,
                "citizen_id": citizen_id,
                "actor_id": actor_id,
                "information": rng.choice(CONSENT_INFORMATION),
                "direction": rng.choice(list(Direction)).value,
                "purpose": rng.choice(CONSENT_PURPOSES),
                "legal_basis": rng.choice(LEGAL_BASES),
                "form": form,
                "recorded_by": CASEWORKER if form == ConsentForm.ORAL.value else "",
                "given_on": given.isoformat(),
                "expires_on": (given + timedelta(days=365)).isoformat(),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    for _ in range(4):
        pick = rng.randrange(len(actor_ids))
        tables["contact_log"].append(
            {
                "id": str(uuid.uuid4()),
                "citizen_id": citizen_id,
                "actor_id": actor_ids[pick],
                "contacted_on": (today - timedelta(days=rng.randrange(0, 200))).isoformat(),
                "channel": rng.choice(list(Channel)).value,
                "summary": rng.choice(CONTACT_SUMMARIES),
                "shared": "",
                "direction": Direction.TO_ACTOR.value,
                "consent_id": consent_ids[pick] if pick < len(consent_ids) else None,
                "without_consent": False,
                "created_at": stamp,
            }
        )


def add_measurements(
    conn: Connection,
    rng: random.Random,
    citizen_ids: list[str],
    count: int,
    scales: list[Scale],
    today: date,
    stamp: str,
) -> int:
    """Write ``count`` ratings on the scale sets, spread over ``citizen_ids``; returns how many."""
    if not citizen_ids or not scales:
        return 0
    written = 0
    while written < count:
        batch = []
        for _ in range(min(_BATCH, count - written)):
            scale = rng.choice(scales)
            scores = {i.id: rng.randint(scale.minimum, scale.maximum) for i in scale.indicators}
            batch.append(
                {
                    "id": str(uuid.uuid4()),
                    "citizen_id": rng.choice(citizen_ids),
                    "scale_id": scale.id,
                    "scale_version": scale.version,
                    "rated_on": (today - timedelta(days=rng.randrange(0, 2 * 365))).isoformat(),
                    "rater": rng.choice(list(Rater)).value,
                    "scores": json.dumps(scores, sort_keys=True),
                    "comments": "{}",
                    "created_at": stamp,
                }
            )
        _insert(conn, "measurement", batch)
        written += len(batch)
    return written


def _insert(conn: Connection, table: str, rows: list[dict]) -> None:
    """One executemany per table; every row of a table has the same keys."""
    if not rows:
        return
    columns = list(rows[0])
    conn.execute(
        text(
            f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608 (our own table and column names)
            f"VALUES ({', '.join(':' + c for c in columns)})"
        ),
        rows,
    )
