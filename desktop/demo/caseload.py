"""Fills a vault with clearly fictional citizens, their meeting notes, plans, networks and progress
ratings (benchmarks, screenshots, demos).

Every CPR number follows the fictional rule in ``desktop.domain.fictional``; the vault is marked as a
demo vault, and the program says so in its status bar. Writes go in large batches in one transaction.
"""

from __future__ import annotations

import random
import uuid
from bisect import bisect
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Connection, text

from desktop.demo.records import add_measurements, add_plans_and_networks
from desktop.demo.text import NoteText, citizen_weights
from desktop.domain.citizen import MeetingForm, Programme
from desktop.domain.fictional import fictional_cpr
from desktop.paths import resource_path
from desktop.services.scales import ScaleLibrary
from desktop.services.vault_session import VaultSession
from desktop.storage.records.citizens import now_iso
from desktop.storage.records.demo_mark import mark_as_demo
from desktop.storage.records.search_index import next_rowid
from desktop.storage.vault import audit

_BATCH = 5000

FIRST = [
    "Mette",
    "Lars",
    "Anne",
    "Jens",
    "Hanne",
    "Peter",
    "Kirsten",
    "Søren",
    "Lone",
    "Henrik",
    "Mia",
    "Rasmus",
    "Sofie",
    "Mads",
    "Camilla",
    "Jonas",
    "Ida",
    "Mikkel",
    "Line",
    "Frederik",
    "Emma",
    "Kasper",
    "Julie",
    "Nikolaj",
    "Astrid",
    "Thomas",
    "Birgitte",
    "Ole",
    "Signe",
    "Morten",
    "Nanna",
    "Ahmad",
    "Fatima",
    "Ali",
    "Leyla",
    "Omar",
    "Zeynep",
    "Karim",
    "Amina",
    "Jakob",
    "Asta",
    "Bo",
    "Freja",
    "Gustav",
    "Karen",
    "Niels",
    "Maja",
    "Tobias",
]
LAST = [
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Christiansen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Holm",
    "Lund",
    "Østergaard",
    "Bak",
    "Dam",
    "Kjær",
    "Frandsen",
    "Yilmaz",
    "Hussein",
    "Ahmadi",
    "Nørgaard",
    "Vestergaard",
    "Bech",
    "Krogh",
    "Skov",
    "Ærenlund",
]
CASEWORKERS = ("Lene Bundgaard", "Karim Haddad", "Susanne Friis", "Jesper Dahl")
SITUATIONS = (
    "Jeg har haft det svært siden jeg mistede mit job på lageret. Jeg sover dårligt og trækker mig fra andre.",
    "Angsten fylder meget, især når jeg skal ud blandt mange mennesker. Jeg vil gerne videre, men i mit tempo.",
    "Jeg har været sygemeldt med stress i et år. Jeg savner at have en hverdag med kolleger.",
    "Min depression er blevet bedre med behandling, men jeg mangler energi om eftermiddagen.",
    "Jeg har ADHD og har svært ved struktur. Praktisk arbejde med hænderne passer mig bedst.",
)
WISHES = (
    "Jeg drømmer om at arbejde med dyr, gerne i en dyrehandel eller på en gård.",
    "Jeg vil gerne tilbage til køkkenet, måske som kokkeelev på nedsat tid.",
    "Et job på et lager eller i en genbrugsbutik, hvor der er ro og faste opgaver.",
    "Jeg vil gerne tage en uddannelse som pædagogisk assistent.",
    "Kontorarbejde med tal, fx bogføring, hvor jeg kan arbejde selvstændigt.",
)
STRATEGIES = (
    "Gåture hver morgen hjælper mig. Jeg skriver dagbog, når tankerne kører.",
    "Jeg tager korte pauser og har høretelefoner med, når der er larm.",
    "Min søster ringer til mig før vigtige møder, så jeg kommer afsted.",
)
LIMITATIONS = (
    "Kan arbejde 10-15 timer om ugen. Har brug for pauser og forudsigelighed.",
    "Svært ved mange mennesker og skift i planer. Koncentrationen falder efter et par timer.",
    "Træthed om eftermiddagen; bedst at møde ind sent og gå tidligt.",
)
RESOURCES = (
    "Omhyggelig, god med hænderne, mødestabil når aftaler er klare.",
    "Har kørekort, taler dansk og arabisk, er god til at lytte.",
    "Tidligere erfaring fra detailhandel og lager; god til systemer.",
)
ACCOMMODATIONS = (
    "Nedsat tid, faste pauser, et roligt sted at arbejde.",
    "Opstart med 2 timer dagligt, en fast kontaktperson på arbejdspladsen.",
    "Ingen telefonopgaver; mulighed for at gå hjem ved uro.",
)
PLACES = ("office", "home", "phone", "video", "workplace")


@dataclass(frozen=True)
class DemoResult:
    """How much was written: citizens, notes, and the other records per table."""

    citizens: int
    notes: int
    records: dict[str, int] = field(default_factory=dict)

    @property
    def measurements(self) -> int:
        """How many progress measurements."""
        return self.records.get("measurement", 0)


def generate(
    session: VaultSession,
    citizens: int,
    notes: int,
    seed: int = 20261122,
    measurements: int | None = None,
    scales: ScaleLibrary | None = None,
) -> DemoResult:
    """Add ``citizens`` fictional citizens, each with goals, activities, actors, consents and contacts,
    and ``notes`` meeting notes and ``measurements`` progress ratings (default: one per five notes)
    spread over them (over the citizens already there when ``citizens`` is 0)."""
    rng = random.Random(seed)  # noqa: S311 (fictional data, reproducible on purpose)
    if measurements is None:
        measurements = notes // 5
    scale_sets = (scales or ScaleLibrary([resource_path("scales")])).load()[0]
    today = date.today()
    vault = session.vault
    stamp = now_iso()
    citizen_rows, fts_rows = [], []
    for _ in range(citizens):
        cid = str(uuid.uuid4())
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        row = {
            "id": cid,
            "created_at": stamp,
            "updated_at": stamp,
            "name": name,
            "cpr": fictional_cpr(rng),
            "programme": rng.choice(list(Programme)).value,
            "status": "closed" if rng.random() < 0.12 else "active",
            "preferred_meeting_form": rng.choice(list(MeetingForm)).value,
            "next_follow_up": (today + timedelta(days=rng.randrange(-5, 60))).isoformat(),
            "responsible_caseworker": rng.choice(CASEWORKERS),
            "phone": f"+45 {rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
            "email": "",
            "address": f"Fiktivvej {rng.randrange(1, 200)}, 8000 Aarhus C",
            "own_situation": rng.choice(SITUATIONS),
            "own_problems": "",
            "own_wishes": rng.choice(WISHES),
            "own_strategies": rng.choice(STRATEGIES),
            "limitations": rng.choice(LIMITATIONS),
            "resources": rng.choice(RESOURCES),
            "accommodations": rng.choice(ACCOMMODATIONS),
            "labour_market_perspective": "Fleksjob eller ordinært job på nedsat tid inden for et år.",
            "diagnoses": "",
        }
        citizen_rows.append(row)
        body = "\n".join(
            row[k]
            for k in (
                "own_situation",
                "own_wishes",
                "own_strategies",
                "limitations",
                "resources",
                "accommodations",
                "labour_market_perspective",
            )
        )
        fts_rows.append({"kind": "profile", "ref_id": cid, "citizen_id": cid, "title": name, "body": body})
    citizen_ids = [row["id"] for row in citizen_rows]
    with vault.transaction() as conn:
        if citizen_rows:
            conn.execute(
                text(
                    "INSERT INTO citizen (id, created_at, updated_at, name, cpr, programme, status, "
                    "preferred_meeting_form, next_follow_up, responsible_caseworker, phone, email, address, "
                    "own_situation, own_problems, own_wishes, own_strategies, limitations, resources, "
                    "accommodations, labour_market_perspective, diagnoses) VALUES (:id, :created_at, :updated_at, "
                    ":name, :cpr, :programme, :status, :preferred_meeting_form, :next_follow_up, "
                    ":responsible_caseworker, :phone, :email, :address, :own_situation, :own_problems, :own_wishes, "
                    ":own_strategies, :limitations, :resources, :accommodations, :labour_market_perspective, "
                    ":diagnoses)"
                ),
                citizen_rows,
            )
        _index(conn, fts_rows)
        records, goal_fts = add_plans_and_networks(conn, rng, citizen_ids, today, stamp)
        _index(conn, goal_fts)
        if not citizen_ids:
            existing = [r[0] for r in conn.execute(text("SELECT id FROM citizen WHERE deleted_at IS NULL"))]
            citizen_ids = existing
        written = _notes(conn, rng, citizen_ids, notes if citizen_ids else 0, today, stamp)
        records["measurement"] = add_measurements(
            conn, rng, citizen_ids, measurements, scale_sets, today, stamp
        )
        mark_as_demo(conn, stamp)
        audit.append_event(
            conn,
            vault.actor,
            "demo.generated",
            detail={"citizens": citizens, "notes": written} | records,
        )
    return DemoResult(citizens, written, records)


def _notes(
    conn: Connection, rng: random.Random, citizen_ids: list[str], count: int, today: date, stamp: str
) -> int:
    """``count`` filed notes of varied text and length (``desktop.demo.text``), spread unevenly: a few citizens
    have thousands of notes, most a few hundred or fewer (``citizen_weights``)."""
    written = 0
    texts = NoteText(rng)
    weights = citizen_weights(rng, len(citizen_ids))
    total = weights[-1] if weights else 0.0
    while written < count:
        batch, fts = [], []
        for _ in range(min(_BATCH, count - written)):
            nid = str(uuid.uuid4())
            cid = citizen_ids[bisect(weights, rng.random() * total)]
            held_on = (today - timedelta(days=rng.randrange(0, 3 * 365))).isoformat()
            row = {
                "id": nid,
                "citizen_id": cid,
                "created_at": stamp,
                "updated_at": stamp,
                "held_on": held_on,
                "place": rng.choice(PLACES),
                "participants": "Borger, sagsbehandler",
                "agenda": texts.agenda(),
                "citizen_view": texts.citizen_view(),
                "agreements": texts.agreements(),
                "next_steps": texts.next_steps(),
                "filing_status": "filed",
                "filed_at": stamp,
            }
            batch.append(row)
            fts.append(
                {
                    "kind": "note",
                    "ref_id": nid,
                    "citizen_id": cid,
                    "title": row["agenda"],
                    "body": "\n".join((row["citizen_view"], row["agreements"], row["next_steps"])),
                }
            )
        conn.execute(
            text(
                "INSERT INTO meeting_note (id, citizen_id, created_at, updated_at, held_on, place, participants, "
                "agenda, citizen_view, agreements, next_steps, filing_status, filed_at) VALUES (:id, :citizen_id, "
                ":created_at, :updated_at, :held_on, :place, :participants, :agenda, :citizen_view, :agreements, "
                ":next_steps, :filing_status, :filed_at)"
            ),
            batch,
        )
        _index(conn, fts)
        written += len(batch)
    return written


def _index(conn: Connection, rows: list[dict]) -> None:
    """Bulk version of ``search_index.replace_entry`` for brand-new records (all of one kind)."""
    if not rows:
        return
    first = next_rowid(conn, rows[0]["kind"])
    for offset, row in enumerate(rows):
        row["rowid"] = first + offset
    conn.execute(text("INSERT INTO search_doc (rowid, kind, ref_id) VALUES (:rowid, :kind, :ref_id)"), rows)
    conn.execute(
        text(
            "INSERT INTO search_fts (rowid, citizen_id, kind, ref_id, title, body) "
            "VALUES (:rowid, :citizen_id, :kind, :ref_id, :title, :body)"
        ),
        rows,
    )
