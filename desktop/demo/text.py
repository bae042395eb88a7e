"""Meeting-note text for the demo caseload: varied Danish, of varied length, seeded and deterministic.

A benchmark on a few repeated sentences measures a search index of a hundred words; a caseworker's ten
years of notes hold thousands. The text here is built from word lists and sentence templates:

* a vocabulary of a few thousand distinct words, most of them Danish compounds (``praktik`` + ``forløb``),
  drawn with Zipf-like weights, so a few words are in most notes and most words in few (as in real
  text, where the long tail is what a search for a rare word meets);
* notes whose length follows a long-tailed distribution: most a paragraph, some a page, about one in
  fifty a long account of a few thousand characters;
* one rare sentence (``RARE_SENTENCE``, about one note in three hundred) holding two words found nowhere
  else, so a search for a prefix and two rare words (``RARE_QUERY``) finds something at every scale.

Every word list is fixed and ordered; the words' ranks come from a fixed seed, the draws from the caller's
``random.Random``, so the same seed gives the same notes. No real person is named or described.
"""

from __future__ import annotations

import math
import random
from bisect import bisect
from itertools import accumulate
from string import Formatter


def _words(text: str) -> tuple[str, ...]:
    """A word list written as one string: spaces part the entries, ``_`` joins the words of a phrase."""
    return tuple(word.replace("_", " ") for word in text.split())


_FIRST = _words(
    "arbejds afklarings aften ansættelses behandlings beskæftigelses bolig butiks bus cykel dag dansk "
    "deltids dyre familie ferie fleks forenings frivillig fuldtids fysioterapi gårds hverdags have helbreds "
    "jobcenter job kommune kontor kost kørekorts køkken lager ledigheds lektie læge løntilskuds "
    "madlavnings medicin mentor mestrings morgen motions motivations netværks opfølgnings pensions "
    "pleje praktik psykolog regne rehabiliterings rengørings ressource samtale skole skåne smerte sommer "
    "sprog sports stress støtte syge søvn timeløns tog trænings transport uddannelses uge vikar vinter "
    "virksomheds værksteds økonomi angst computer weekend læse sagsbehandler kursus misbrugs"
)
_SECOND = _words(
    "plan forløb samtale møde aftale mål indsats periode tilbud situation rytme plads opgave tid kontakt "
    "status vurdering beskrivelse erfaring evne niveau grundlag perspektiv ønske udfordring problem hensyn "
    "behov skema kalender dagbog øvelse gruppe hold kollega leder miljø rutine struktur pause vagt træning "
    "bekymring glæde forandring overgang afklaring attest journal notat besked ansøgning samtykke "
    "fravær fremmøde rapport udtalelse tjek opstart afslutning forberedelse netværk ordning"
)
NOUNS = _words(
    "mentor medicin praktikken arbejdspladsen kollegerne lægen psykologen familien kæresten søsteren "
    "broren moren faren naboen hunden katten lejligheden haven bussen toget cyklen økonomien budgettet "
    "huslejen regningerne søvnen maden træningen hverdagen weekenden morgenen eftermiddagen aftenen "
    "timerne pauserne opgaverne lageret køkkenet butikken kontoret værkstedet skolen kurset holdet "
    "frokosten kaffen telefonen mailen brevet skemaet kalenderen dagbogen planen målet aftalen "
    "samtalen mødet ledelsen chefen vejlederen fysioterapeuten tandlægen sygeplejersken bostøtten "
    "misbrugskonsulenten fagforeningen a-kassen boligforeningen biblioteket svømmehallen fitnesscentret"
)
VERBS_PAST = _words(  # each followed by a noun phrase
    "fortalte_om talte_om nævnte beskrev tænkte_over var_glad_for var_bekymret_for havde_svært_ved "
    "arbejdede_med øvede_sig_på kæmpede_med vendte_tilbage_til blev_bedre_til savnede_overskuddet_til "
    "fik_hjælp_til bad_om_hjælp_til undgik fik_styr_på glemte huskede overvejede savnede prøvede "
    "grinede_af græd_over klarede skrev_om ringede_om spurgte_til lyttede_til"
)
ADJECTIVES = _words(
    "god dårlig træt glad urolig rolig stabil usikker tryg presset motiveret opgivende håbefuld "
    "stolt skuffet vred lettet nervøs forvirret klar åben lukket energisk udmattet tilfreds "
    "utilfreds optimistisk tøvende modig forsigtig fokuseret sløv sulten rastløs"
)
ADVERBS = _words(
    "i_dag igen stadig endelig heldigvis desværre næsten_altid ofte sjældent somme_tider hver_dag "
    "om_morgenen om_aftenen i_weekenden i_sidste_uge for_nylig lige_nu på_det_seneste efterhånden "
    "mere_end_før mindre_end_før uden_hjælp med_støtte"
)
TRADES = _words(
    "lagermedarbejder kokkeelev ekspedient pædagogisk_assistent bogholderassistent gartner pedel "
    "rengøringsassistent chauffør buschauffør social-_og_sundhedshjælper tømrerlærling malerlærling "
    "smed elektrikerlærling frisør bager slagter tjener opvasker receptionist kontorassistent "
    "postbud dyrepasser landbrugsmedhjælper lagerchauffør servicemedarbejder vaskerimedarbejder "
    "kantinemedarbejder cykelmekaniker automekaniker it-supporter grafiker fotograf sælger "
    "kundeservicemedarbejder portør dagplejer rideskolemedhjælper skovarbejder anlægsgartner"
)
PLACES = _words(
    "Aarhus Viby Risskov Brabrand Hasle Tilst Lystrup Skejby Tranbjerg Mårslet Beder Malling Egå "
    "Hjortshøj Gellerup Åbyhøj Harlev Sabro Solbjerg Odder Skanderborg Silkeborg Randers Horsens "
    "Grenaa Ebeltoft Hammel Galten Hinnerup Hadsten"
)
HOBBIES = _words(
    "fiskeri strikning fodbold gåture havearbejde computerspil madlavning tegning musik guitar "
    "lystfiskeri svømning yoga løb cykling brætspil frimærker modelbyggeri bagning kor "
    "dans puslespil træsløjd fotografering hundetræning ridning bordtennis krydsord"
)
ROLES = _words(
    "mentoren lægen psykologen bostøttemedarbejderen virksomhedskonsulenten praktikværten "
    "arbejdsgiveren fysioterapeuten misbrugskonsulenten sundhedsplejersken socialrådgiveren "
    "jobkonsulenten underviseren"
)
DAYS = _words("mandag tirsdag onsdag torsdag fredag lørdag søndag")
MONTHS = _words("januar februar marts april maj juni juli august september oktober november december")

TEMPLATES = (
    "Borgeren {v} {n} og siger, at {c} fylder meget {adv}.",
    "Hun {v} {c}, og det har gjort hende mere {a}.",
    "Han {v} {c}; han føler sig {a}, men vil gerne videre.",
    "Vi talte om {c} og om, hvordan {c2} kan passe ind i hverdagen.",
    "Borgeren er {a} {adv} og oplever, at {n} hjælper.",
    "Der er aftalt {c} med {r} hver {d}.",
    "Borgeren vil gerne arbejde som {t}, gerne i {p} og på nedsat tid.",
    "Det går {adv} bedre med {c}, men {c2} er stadig en {a} udfordring.",
    "{R} oplyser, at borgeren møder stabilt og er {a} for {n}.",
    "Vi gennemgik {c} fra {m} og aftalte at justere {c2}.",
    "Borgeren bruger tid på {h} og fortæller, at det giver ro.",
    "Borgeren har været {a} i perioden, især omkring {c}.",
    "Det blev drøftet, om {c} kan øges fra {k} til {k2} timer om ugen.",
    "Borgeren fortæller om {h} med familien i {p} i {m}.",
    "{R} foreslår {c}, og borgeren er {a} over for det.",
    "Borgeren oplever, at {n} er {a}, når {c} ændrer sig.",
    "Vi brugte samtalen på {c}, {c2} og {c3}.",
    "Borgeren har fået ny {c} og er {a} ved det.",
    "Sagsbehandler indhenter {c} fra {r} inden {d}.",
    "Borgeren har haft {k} fraværsdage, primært på grund af {c}.",
    "Borgeren giver udtryk for at være {a} og {a2} på samme tid.",
    "Der er fokus på {c} og {c2} i den kommende periode.",
    "Borgeren kørte selv med {n} til {p} og var {a} bagefter.",
    "Praktikken som {t} fortsætter, og borgeren er {a} for opgaverne.",
    "Borgeren vil gerne have hjælp til {c} og {n}.",
    "I løbet af {m} har borgeren {v} {c} flere gange.",
    "Borgeren beskriver {c} som det sværeste lige nu, og {c2} som det, der går bedst.",
    "Vi aftalte en ny samtale om {k} uger med fokus på {c}.",
    "Borgeren har talt med {r} om {c} og oplever det som {a}.",
    "Borgeren ønsker ikke, at {n} inddrages i {c} på nuværende tidspunkt.",
    "Borgeren kontakter {r} inden {d} om {c}.",
    "Det er vigtigt for borgeren, at {c} bliver forudsigelig.",
    "Borgeren fortæller, at {n} har været {a}, og at {h} har hjulpet.",
    "Sagsbehandler undersøger muligheden for løntilskud i genbrugsbutikken.",
    "Borgeren er bekymret for økonomien og vil gerne have hjælp til budget.",
    "Borgeren oplever mere ro efter at have fået ny medicin og sover bedre.",
    "Borgeren kontakter mentor inden fredag om {c}.",
    "Der er drøftet fleksjob som et muligt perspektiv, når {c} er på plads.",
)
# Found in no other sentence: a search for a prefix and these two words finds about one note in three
# hundred (the rare-word search of the harness, ``RARE_QUERY``).
RARE_SENTENCE = "Borgeren holder brevduer og maler med akvarelfarver efter praktikdagene; det giver overskud."
RARE_QUERY = "praktik* brevduer akvarelfarver"
RARE_SHARE = 1 / 300
LONG_SHARE = 1 / 50  # long accounts: 25-70 sentences, a few thousand characters
AGENDA_PARTS = (
    "Opfølgning på {c}",
    "Status på {c} og {c2}",
    "{C} og næste skridt",
    "Forberedelse af {c}",
    "Mål for de næste {k} måneder",
    "Netværkskort og {c}",
    "Praktik som {t}",
)
AGREEMENT_PARTS = (
    "Borgeren kontakter {r} inden {d}.",
    "Sagsbehandler indhenter {c} fra {r}.",
    "Vi aftaler en ny samtale om {k} uger.",
    "Borgeren prøver {c} {k} gange om ugen.",
    "Sagsbehandler sender {c} til borgeren i e-Boks.",
    "{R} deltager i næste møde om {c}.",
)
NEXT_STEPS = (
    "Ny samtale aftalt.",
    "Ny samtale om {k} uger.",
    "Opfølgning {d} i uge {w}.",
    "Møde med {r} i {m}.",
    "Telefonisk opfølgning {d}.",
)


def _ranked(words: list[str], seed: int) -> tuple[list[str], list[float]]:
    """The words in a fixed shuffled order with Zipf-like cumulative weights (rank r: 1/(r+2))."""
    order = sorted(set(words))
    random.Random(seed).shuffle(order)  # noqa: S311 (fixed, reproducible ranks)
    return order, list(accumulate(1 / (rank + 2) for rank in range(len(order))))


COMPOUNDS, _COMPOUND_WEIGHTS = _ranked([a + b for a in _FIRST for b in _SECOND], 1)
_NOUNS, _NOUN_WEIGHTS = _ranked(list(NOUNS), 2)


def _slots(templates: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each template with the names of the slots it has, so a sentence draws only the words it uses."""
    return tuple((t, tuple(dict.fromkeys(f for _, f, _, _ in Formatter().parse(t) if f))) for t in templates)


_TEMPLATES, _AGENDAS, _AGREEMENTS, _NEXT_STEPS = (
    _slots(t) for t in (TEMPLATES, AGENDA_PARTS, AGREEMENT_PARTS, NEXT_STEPS)
)


class NoteText:
    """Draws note texts from one ``random.Random``; cheap to call a million times."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._random = rng.random
        zipf, pick, number = self._zipf, self._pick, self._number
        role = ROLES
        self._draw = {
            "c": lambda: zipf(COMPOUNDS, _COMPOUND_WEIGHTS),
            "C": lambda: zipf(COMPOUNDS, _COMPOUND_WEIGHTS).capitalize(),
            "c2": lambda: zipf(COMPOUNDS, _COMPOUND_WEIGHTS),
            "c3": lambda: zipf(COMPOUNDS, _COMPOUND_WEIGHTS),
            "n": lambda: zipf(_NOUNS, _NOUN_WEIGHTS),
            "v": lambda: pick(VERBS_PAST),
            "a": lambda: pick(ADJECTIVES),
            "a2": lambda: pick(ADJECTIVES),
            "adv": lambda: pick(ADVERBS),
            "t": lambda: pick(TRADES),
            "p": lambda: pick(PLACES),
            "h": lambda: pick(HOBBIES),
            "r": lambda: pick(role),
            "R": lambda: pick(role).capitalize(),
            "d": lambda: pick(DAYS),
            "m": lambda: pick(MONTHS),
            "k": lambda: number(2, 14),
            "k2": lambda: number(4, 20),
            "w": lambda: number(1, 52),
        }

    def _zipf(self, words: list[str], weights: list[float]) -> str:
        return words[bisect(weights, self._random() * weights[-1])]

    def _pick(self, words: tuple[str, ...] | list[str]) -> str:
        return words[int(self._random() * len(words))]

    def _number(self, low: int, span: int) -> int:
        return low + int(self._random() * span)

    def _sentence(self, templates: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
        template, slots = templates[int(self._random() * len(templates))]
        if not slots:
            return template
        draw = self._draw
        return template.format_map({slot: draw[slot]() for slot in slots})

    def sentences(self) -> int:
        """How many sentences the citizen's view of one meeting has (long-tailed, 1 to 70)."""
        if self._random() < LONG_SHARE:
            return 25 + int(self._random() * 46)
        return min(24, 1 + int(math.exp(self._rng.gauss(1.3, 0.7))))

    def citizen_view(self) -> str:
        """The citizen's view: paragraphs of sentences, now and then the rare sentence."""
        count = self.sentences()
        parts = [self._sentence(_TEMPLATES) for _ in range(count)]
        if self._random() < RARE_SHARE:
            parts[int(self._random() * count)] = RARE_SENTENCE
        paragraphs = [" ".join(parts[i : i + 5]) for i in range(0, count, 5)]
        return "\n\n".join(paragraphs)

    def agenda(self) -> str:
        """A meeting's agenda line."""
        return self._sentence(_AGENDAS)

    def agreements(self) -> str:
        """One to three agreements."""
        return " ".join(self._sentence(_AGREEMENTS) for _ in range(1 + int(self._random() * 3)))

    def next_steps(self) -> str:
        """The next step."""
        return self._sentence(_NEXT_STEPS)


def citizen_weights(rng: random.Random, citizens: int) -> list[float]:
    """Cumulative weights for spreading notes over ``citizens``: skewed, with a few heavy files.

    One citizen in a hundred (none below a hundred citizens) gets about eleven times the mean share (about
    2,000 notes each at 500 citizens and 100,000 notes); the rest follow a log-normal spread.
    """
    heavy = citizens // 100
    weights = [15.0] * heavy + [rng.lognormvariate(0, 0.8) for _ in range(citizens - heavy)]
    return list(accumulate(weights))
