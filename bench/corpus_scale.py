"""Ingest and retrieval as the corpus grows: shipped, + extended, + N generated documents.

Phases, all in one process and one run:

a. raw encode: `embed_passages` of the configured embedder (RENEWAL_EMBEDDER, Settings' threads)
   alone, replaying an evenly spread sample (--encode-share) of the very batches the cold ingest
   of (b) embedded, chunk texts and answer-unit texts apart; the time for all of ingest's texts is
   extrapolated per kind. It runs after (b), whose batches it replays;
b. cold ingest (fresh data dir, empty embedding cache) of the shipped corpus + the extended corpus
   + --docs generated documents: wall time, texts embedded (chunks + units), texts/s and its
   ratio to (a) (target >= 0.90; also per CPU-second, which other load barely moves), index
   size on disk, peak RSS;
c. `Assistant.search` latency (p50/p95) over the gold questions, on the three indexes of (d),
   interleaved query by query;
d. hit@1, hit@5, MRR@10 of the gold questions' test split (bench/rerank.py's `score`) on three
   indexes: shipped; + extended; + generated (the index of b). Each starts from a copy of (b)'s
   embedding cache, so nothing is embedded twice. A generated passage that contains a gold quote
   would count as relevant: how many do is reported (it must be 0).

The generator writes fictional mission sheets, contract-of-city action sheets and press articles
shaped like the extended corpus (labelled fields, headings, list items, tables, web chrome), in
its mix of .txt, .md, .html, .docx and .pdf. It is deterministic: document i depends only on the
seed and i, so a smaller run's documents are the first ones of a larger run. Town, neighbourhood,
people and organisation names are composed from word lists from which every capitalised word of
the shipped and extended corpora has been taken out, and a document whose cleaned text would
contain a gold quote is drawn again.

Usage: python bench/corpus_scale.py [--docs 1000] [--seed 0] [--keep DIR] [--json OUT.json]
       python bench/corpus_scale.py --generate-only DIR [--docs 30]
"""

from __future__ import annotations

import argparse
import html
import random
import re
import resource
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from common import (
    PROJECT_ROOT,
    TimedEmbedder,
    latency_summary,
    load_average,
    load_warm_embedder,
    machine_info,
    markdown_table,
    peak_rss_mb,
    settings_summary,
    write_json,
)

from ingest.normalize import fold_accents

DEFAULT_EXTENDED = PROJECT_ROOT.parent / "shared" / "corpus-extended"
SHIPPED_QUESTIONS = PROJECT_ROOT / "evals" / "questions.shipped.jsonl"
EXTENDED_QUESTIONS = PROJECT_ROOT / "evals" / "questions.extended.jsonl"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
TARGET_RATIO = 0.90
GENERATED = "generated"  # the generated corpus' folder, hence its documents' id prefix
DOCS_PER_PLACE = 3  # the extended corpus has 2-3 documents per town, which agree on its facts

# ---------------------------------------------------------------------------------------------
# Names, with the reserved corpora's words taken out
# ---------------------------------------------------------------------------------------------

TOWN_ROOTS = (
    "Brév", "Corn", "Malv", "Vern", "Saul", "Lanv", "Font", "Grav", "Marl", "Roch", "Bell",
    "Chast", "Penv", "Trib", "Aurd", "Loub", "Guér", "Montb", "Tall", "Serv", "Quinc", "Barb",
    "Domp", "Lorm", "Ross", "Sorb", "Vaud", "Clairv", "Germ", "Caud", "Fald", "Morv", "Orl",
    "Pell", "Roug", "Varz", "Tourn", "Chamb", "Esqu", "Lavr", "Mauv", "Rib", "Segr", "Vill",
)  # fmt: skip
TOWN_ENDINGS = (
    "al", "ille", "ont", "ac", "ignac", "anges", "euil", "ois", "ières", "elles", "ay", "igny",
    "ercy", "ouse", "ans", "ange", "aux", "ennes", "ieu", "and", "erville", "emont", "incourt",
    "igné", "ain", "eval", "orges", "agnes", "erac", "eux",
)  # fmt: skip
RIVERS = (
    "Aure", "Vesle", "Lèze", "Ourse", "Brenne", "Sauldre", "Arnon", "Thérain", "Vingeanne",
    "Ource", "Serein", "Ouvèze", "Dronne", "Claise", "Aubette", "Bresle", "Dourbie", "Tardoire",
    "Suippe", "Orvanne", "Lizonne", "Arroux",
)  # fmt: skip
TOWN_TAILS = (
    "la-Garenne", "la-Varenne", "la-Bruyère", "la-Motte", "les-Essarts", "les-Vignes",
    "les-Étangs", "le-Haut", "le-Vieux", "les-Sablons", "la-Lande", "aux-Bois",
)  # fmt: skip
# Tilleuls, Tamaris, Glycines and Peupliers occur in the extended corpus: the reserved words take
# them out (tests/bench/test_corpus_scale.py checks that they do).
HOOD_PLURALS = (
    "Acacias", "Lilas", "Érables", "Bleuets", "Coquelicots", "Mimosas", "Saules", "Charmes",
    "Aubépines", "Cèdres", "Frênes", "Hêtres", "Marronniers", "Noisetiers", "Bouleaux", "Genêts",
    "Jonquilles", "Mésanges", "Hirondelles", "Fauvettes", "Alouettes", "Merisiers", "Sorbiers",
    "Ormes", "Pervenches", "Violettes", "Myosotis", "Églantiers", "Cerisiers", "Amandiers",
    "Lauriers", "Magnolias", "Camélias", "Hortensias", "Roseaux", "Chardonnerets", "Rossignols",
    "Pinsons", "Tanneries", "Verriers", "Vanneaux", "Sureaux", "Aulnes", "Tourterelles",
    "Primevères", "Tilleuls", "Tamaris", "Glycines", "Peupliers",
)  # fmt: skip
HOOD_SINGULARS = (
    "Moulin-Neuf", "Champ-Fleuri", "Petit-Bois", "Haut-Pré", "Grand-Clos", "Mont-Joyeux",
    "Bel-Air", "Clos-Vert", "Pont-Rouge", "Champ-Rolland", "Val-Joli", "Clos-Marin",
    "Plateau-Fleuri", "Coteau-Blanc", "Grand-Pavois", "Clos-Gaillard", "Bois-Rondel",
    "Champ-Brûlé", "Mont-Frileux", "Clos-Sainte-Ursule", "Coteau-Rivaud", "Champ-Vallier",
)  # fmt: skip
FEMALE_FIRST = (
    "Camille", "Nadia", "Sophie", "Élodie", "Inès", "Claire", "Yasmine", "Laure", "Pauline",
    "Agnès", "Hélène", "Maëlle", "Chloé", "Isabelle", "Manon", "Sarah", "Emma", "Aïcha",
    "Justine", "Margaux", "Sabrina", "Delphine", "Fanny", "Rokia", "Ophélie",
)  # fmt: skip
MALE_FIRST = (
    "Julien", "Karim", "Thomas", "Mathieu", "Antoine", "Samir", "Bruno", "Damien", "Farid",
    "Vincent", "Rachid", "Grégoire", "Olivier", "Luc", "Nicolas", "Pascal", "Cédric",
    "Stéphane", "Yann", "Moussa", "Arnaud", "Benoît", "Gilles", "Loïc", "Mehdi",
)  # fmt: skip
SURNAMES = (
    "Delattre", "Morvan", "Lecomte", "Brossard", "Guérin", "Maillard", "Charpentier", "Fabre",
    "Leroux", "Tessier", "Vidal", "Barbier", "Poulain", "Royer", "Chauvin", "Marchetti",
    "Benali", "Hamon", "Perrin", "Colas", "Jacquet", "Lemaire", "Roussel", "Texier", "Boyer",
    "Bertin", "Ollivier", "Fleury", "Prévost", "Baudry", "Collin", "Lebrun", "Aubry", "Marty",
    "Gauthier", "Huet", "Hoarau", "Mercier", "Dupuis", "Lacroix", "Masson", "Navarro", "Pichon",
    "Renaud", "Schmitt", "Tanguy", "Weber", "Zeller", "Kaci", "Traoré", "Bourdin", "Caron",
    "Ferrer", "Girard", "Vasseur", "Nguyen", "Lestrade", "Coulibaly", "Le Gall", "Quéré",
    "Abadie", "Bouchet", "Cazenave", "Delorme", "Escoffier", "Fournel", "Guillot", "Jourdan",
)  # fmt: skip
CONSULT_WORDS = (
    "Trame", "Boussole", "Passerelle", "Contrepoint", "Faubourg", "Méridien", "Canopée",
    "Estran", "Jalons", "Équerre", "Sillage", "Palimpseste", "Ricochet", "Archipel", "Belvédère",
    "Cairn", "Ancrage", "Alvéole", "Tangente", "Vigie", "Rhizome", "Boréal", "Isthme", "Parvis",
)  # fmt: skip
CONSULT_FORMS = (
    "Atelier {w}", "{w} Conseil", "{w} Études Urbaines", "Cabinet {w}", "{w} Ville & Société",
    "{w} Ingénierie Sociale", "Agence {w}", "{w} & Territoires",
)  # fmt: skip
MAGAZINES = ("Cap Quartiers", "Perspectives", "Carnets urbains", "Lignes d'avenir", "Escales",
             "Points de vue", "Entre voisins", "Passages")  # fmt: skip
TRADE_PRESS = ("Villes en projet", "La Lettre des quartiers", "Habitat social actualités",
               "Les Cahiers de la rénovation", "Urbanités hebdo", "Décisions locales")  # fmt: skip
OUTLET_FORMS = ("Le Courrier de la {river}", "L'Écho de la {river}", "La Dépêche {de_town}",
                "Le Républicain {de_pays}", "Le Réveil de la {river}")  # fmt: skip
# Words that name no place or organisation of their own: not checked against the reserved words.
GENERIC_WORDS = frozenset(fold_accents(w).lower() for w in """
    sur la le les en de du des aux au l d et saint sainte quartier quartiers cite residence
    agglomeration communaute pays ville habitat logis sa hlm atelier cabinet bureau agence
    conseil etudes urbaines urbaine urbain territoires societe ingenierie sociale social courrier
    echo depeche republicain reveil lettre cahiers renovation hebdo actualites villes projet
    perspectives carnets urbains lignes avenir escales points vue entre voisins passages cap
    decisions locales haut vieux bois
""".split())  # fmt: skip

_LETTERS = re.compile(r"[^\W\d_]+")


def words_of(text: str) -> set[str]:
    """The accent-folded, lower-cased words of a text ("Val-de-Bréande" -> val, de, breande)."""
    return set(_LETTERS.findall(fold_accents(text).lower()))


def collides(name: str, reserved: frozenset[str] | set[str]) -> bool:
    """Does a distinctive word of the name (not a generic one) occur among the reserved words?"""
    return any(w in reserved for w in words_of(name) if w not in GENERIC_WORDS and len(w) > 2)


@dataclass(frozen=True)
class Vocabulary:
    """The name pools, every entry whose distinctive words the reserved corpora use left out."""

    roots: tuple[str, ...]
    rivers: tuple[str, ...]
    tails: tuple[str, ...]
    hood_plurals: tuple[str, ...]
    hood_singulars: tuple[str, ...]
    surnames: tuple[str, ...]
    consult_words: tuple[str, ...]
    magazines: tuple[str, ...]
    trade_press: tuple[str, ...]
    reserved: frozenset[str]

    @classmethod
    def without(cls, reserved: frozenset[str]) -> Vocabulary:
        def keep(pool: tuple[str, ...], what: str) -> tuple[str, ...]:
            kept = tuple(x for x in pool if not collides(x, reserved))
            if not kept:
                raise ValueError(f"every {what} of the generator's list is used by the reserved "
                                 "corpora; add fresh ones to bench/corpus_scale.py")  # fmt: skip
            return kept

        return cls(
            roots=TOWN_ROOTS, rivers=keep(RIVERS, "river"), tails=keep(TOWN_TAILS, "town tail"),
            hood_plurals=keep(HOOD_PLURALS, "neighbourhood"),
            hood_singulars=keep(HOOD_SINGULARS, "neighbourhood"),
            surnames=keep(SURNAMES, "surname"), consult_words=keep(CONSULT_WORDS, "word"),
            magazines=keep(MAGAZINES, "magazine"), trade_press=keep(TRADE_PRESS, "newspaper"),
            reserved=reserved,
        )  # fmt: skip


_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def reserved_words(texts: Iterable[str]) -> frozenset[str]:
    """The words of every capitalised token of the corpora ("Val-de-Bréande" gives val, de and
    breande): the names that generated documents must not reuse. Lower-case words are common
    nouns ("moulin", "grand"), which a generated name may share."""
    out: set[str] = set()
    for text in texts:
        for token in _TOKEN.findall(text):
            if token[0].isupper():
                out |= words_of(token)
    return frozenset(out)


# ---------------------------------------------------------------------------------------------
# Places: a town, one neighbourhood's renewal project and the people and bodies around it
# ---------------------------------------------------------------------------------------------


def fr_int(n: int) -> str:
    """12300 -> '12 300', as the corpus writes numbers."""
    return f"{n:,}".replace(",", " ")


def fr_dec(x: float) -> str:
    """1.4 -> '1,4'."""
    return f"{x:.1f}".replace(".", ",")


def de(name: str) -> str:
    """'de Corvignac', "d'Orlanges"."""
    return f"d'{name}" if fold_accents(name[0]).lower() in "aeiouy" else f"de {name}"


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")  # fmt: skip
FACTORIES = ("la sucrerie", "la filature", "l'usine de pneumatiques", "la tuilerie",
             "la cartonnerie", "la fonderie", "la verrerie", "la briqueterie")  # fmt: skip
FEMALE_ROLES = ("cheffe de projet", "sociologue", "urbaniste", "chargée d'études",
                "directrice d'études", "économiste", "enquêtrice sociale", "géographe")  # fmt: skip
MALE_ROLES = ("chef de projet", "sociologue", "urbaniste", "chargé d'études",
              "directeur d'études", "économiste", "enquêteur social", "géographe")  # fmt: skip


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def role(self, female: str, male: str) -> str:
        return female if self.female else male


def make_person(rng: random.Random, vocab: Vocabulary) -> Person:
    female = rng.random() < 0.5
    first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    return Person(first, rng.choice(vocab.surnames), female)


def make_town(rng: random.Random, vocab: Vocabulary, taken: set[str]) -> str:
    """A fresh town name: root + ending, sometimes '-sur-<river>' or another tail."""
    for _ in range(1000):
        name = rng.choice(vocab.roots) + rng.choice(TOWN_ENDINGS)
        tail = rng.random()
        if tail < 0.3:
            name += "-sur-" + rng.choice(vocab.rivers)
        elif tail < 0.45:
            name += "-" + rng.choice(vocab.tails)
        if name not in taken and not collides(name, vocab.reserved):
            taken.add(name)
            return name
    raise RuntimeError("no fresh town name left; add roots or endings to bench/corpus_scale.py")


def make_place(rng: random.Random, vocab: Vocabulary, taken: set[str]) -> dict[str, Any]:
    """The facts every document about one town draws from, as template fields."""
    town = make_town(rng, vocab, taken)
    pays = make_town(rng, vocab, taken)  # the surrounding 'Pays de ...'
    river = rng.choice(vocab.rivers)
    f: dict[str, Any] = {"town": town, "de_town": de(town), "river": river,
                         "pays": f"Pays {de(pays)}", "de_pays": f"du Pays {de(pays)}"}  # fmt: skip
    if rng.random() < 0.7:
        plural = rng.choice(vocab.hood_plurals)
        kind = rng.choice(("quartier", "quartier", "cité", "résidence"))
        f.update(hood_full=f"{kind} des {plural}", hood=f"les {plural}", Hood=f"Les {plural}",
                 of_hood=f"des {plural}", at_hood=f"aux {plural}", short=plural,
                 the_hood_full=f"{'le' if kind == 'quartier' else 'la'} {kind} des {plural}",
                 of_hood_full={"quartier": "du", "cité": "de la", "résidence": "de la"}[kind]
                 + f" {kind} des {plural}")  # fmt: skip
    else:
        name = rng.choice(vocab.hood_singulars)
        f.update(hood_full=f"quartier du {name}", hood=f"le {name}", Hood=f"Le {name}",
                 of_hood=f"du {name}", at_hood=f"au {name}", short=name,
                 of_hood_full=f"du quartier du {name}",
                 the_hood_full=f"le quartier du {name}")  # fmt: skip
    agglo, de_agglo = rng.choice((
        (f"{town} Agglomération", f"{de(town)} Agglomération"),
        (f"Communauté d'agglomération {f['de_pays']}",
         f"de la Communauté d'agglomération {f['de_pays']}"),
        (f"Agglomération {f['de_pays']}", f"de l'Agglomération {f['de_pays']}"),
    ))  # fmt: skip
    second = rng.choice(vocab.consult_words)
    pru = rng.random() < 0.55
    conv_year = rng.randint(2005, 2010) if pru else rng.randint(2018, 2021)
    demolitions = rng.randrange(70, 620, 2)
    reconstructions = round(demolitions * rng.uniform(0.7, 1.0))
    vacant = max(4, round(demolitions * rng.uniform(0.04, 0.15)))
    amount = rng.randint(28, 240)
    tower = f"tour {rng.choice('ABCDEFGHK')}{rng.randint(1, 9)}"
    barre = f"barre {rng.choice(vocab.surnames)}"
    consult = rng.choice(CONSULT_FORMS).format(w=rng.choice(vocab.consult_words))
    team = [Person(p.first, last, p.female) for p, last in
            zip([make_person(rng, vocab) for _ in range(3)], rng.sample(vocab.surnames, 3),
                strict=True)]  # fmt: skip
    roles = rng.sample(range(len(FEMALE_ROLES)), 3)
    built_from = rng.randint(1957, 1969)
    town_pop = rng.randrange(9_000, 98_000, 100)
    hood_pop = rng.randrange(2_400, min(11_800, town_pop // 2), 100)
    mayor, adjoint = make_person(rng, vocab), make_person(rng, vocab)
    f.update(
        agglo=agglo, de_agglo=de_agglo, town_pop=fr_int(town_pop), hood_pop=fr_int(hood_pop),
        social_units=fr_int(rng.randrange(750, 4_300, 10)), share_town=round(town_pop / hood_pop),
        bailleur=f"{town} Habitat", bailleur2=rng.choice(
            (f"SA HLM {second} & Toits", f"Logis {de(pays)}", f"{second} Habitat Social",
             f"Foyer {de(pays)}")),
        prog="PRU" if pru else "NPNRU", conv_year=conv_year,
        conv_label="ANRU" if pru else "pluriannuelle du NPNRU",
        amount=amount, anru=round(amount * rng.uniform(0.22, 0.38)),
        demolitions=demolitions, reconstructions=reconstructions,
        offsite=round(reconstructions * rng.uniform(0.3, 0.65)),
        rehab=fr_int(rng.randrange(90, 1_500, 2)), resid=fr_int(rng.randrange(100, 1_400, 2)),
        households=demolitions - vacant, vacancy=rng.randint(4, 15),
        poverty=rng.randint(32, 58), youth_unemp=rng.randint(24, 45),
        town_unemp=rng.randint(10, 22), built_from=built_from,
        built_to=built_from + rng.randint(6, 14), tower=tower, barre=barre,
        building=rng.choice((tower, barre)), building_units=rng.randrange(60, 240, 2),
        floors=rng.randint(10, 18), factory=rng.choice(FACTORIES),
        closure_year=rng.randint(1978, 2009), jobs=fr_int(rng.randrange(300, 2_400, 10)),
        bus_line=rng.randint(2, 14), consult=consult,
        team=", ".join(f"{i}. {p.name} ({p.role(FEMALE_ROLES[r], MALE_ROLES[r])})"
                       for i, (p, r) in enumerate(zip(team, roles, strict=True), start=1)),
        lead=team[0].name, mayor=mayor.name, mayor_elu=mayor.role("l'élue", "l'élu"),
        mayor_title=mayor.role("la maire", "le maire"),
        adjoint=adjoint.name,
        adjoint_title=adjoint.role("adjointe au maire chargée de la politique de la ville",
                                   "adjoint au maire chargé de la politique de la ville"),
        outlet=rng.choice(OUTLET_FORMS).format(river=river, de_town=de(town),
                                               de_pays=f["de_pays"]),
        magazine=rng.choice(vocab.magazines), trade=rng.choice(vocab.trade_press),
        journalist=make_person(rng, vocab).name, resident=make_person(rng, vocab),
        director=make_person(rng, vocab),
    )  # fmt: skip
    return f


def doc_facts(rng: random.Random, place: dict[str, Any]) -> dict[str, Any]:
    """The place's facts plus the figures one document states (counts, dates, durations)."""
    start = min(2023, place["conv_year"] + rng.randint(-3, 6))
    resident: Person = place["resident"]
    director: Person = place["director"]
    f = dict(place)
    f.update(
        interviews=rng.randint(14, 70), workshops=rng.randint(2, 12), walks=rng.randint(2, 8),
        walkers=rng.randint(20, 90), surveyed=rng.randint(120, 620), months=rng.randint(4, 14),
        mission_year=start, start=start, end=start + rng.randint(1, 3),
        frequency=rng.choice(("mensuelle", "bimensuelle", "trimestrielle")),
        frequency_adj=rng.choice(("mensuel", "bimensuel", "trimestriel")),
        copil_per_year=rng.choice(("deux", "trois", "quatre")), copil_months=rng.choice((2, 3, 4)),
        indicators=rng.randint(12, 30), tfpb=fr_dec(rng.uniform(0.4, 2.2)),
        gup_year=place["conv_year"] + rng.randint(1, 3), gup_delay=rng.choice(
            ("un an", "deux ans", "trois ans")),
        gup_next=start + 1, gup_next_end=start + 5, tfpb_from=start - 2, tfpb_to=start,
        elderly=rng.randint(18, 42), large_families=rng.randint(8, 24),
        market=rng.choice(("détendu", "tendu")), home_interviews=rng.randint(60, 200),
        stay_share=rng.randint(30, 70), charter_partners=rng.randint(5, 12),
        charter_month=rng.choice(MONTHS), charter_year=start + 1,
        public_meetings=rng.randint(2, 7), rehoused=rng.randint(20, place["households"]),
        pending=rng.randint(2, 25), interbailleur=rng.randint(15, 80),
        progress=rng.randint(35, 90), delivered=rng.randint(20, 300), shops=rng.randint(8, 24),
        vacant_shops=rng.randint(2, 7), interest=rng.choice(("national", "régional")),
        ce_date=f"{rng.randint(2, 27)} {rng.choice(MONTHS)} {start + 1}",
        conv_date=f"{rng.randint(2, 27)} {rng.choice(MONTHS)} {start + 2}",
        sites=rng.randint(6, 30), communes=rng.randint(3, 14), stories=rng.randint(20, 80),
        classes=rng.randint(2, 9), photos=rng.randint(120, 600), film_minutes=rng.randint(12, 52),
        expo_weeks=rng.randint(2, 8), book_pages=rng.choice((64, 80, 96, 120, 144)),
        copies=fr_int(rng.choice((500, 800, 1_000, 1_200, 2_000))),
        hours_target=fr_int(rng.randrange(40_000, 220_000, 500)),
        hours_done=fr_int(rng.randrange(45_000, 260_000, 500)),
        beneficiaries=rng.randint(80, 420), focus=rng.randint(2, 5), durable=rng.randint(22, 48),
        sites_max=rng.randint(6, 22), meetings=rng.randint(10, 36), firms=rng.randint(5, 16),
        reports=rng.randint(80, 500), delay=rng.randint(2, 9), cafes=rng.randint(2, 8),
        lls=fr_int(rng.randrange(1_500, 14_000, 10)), qpv_share=rng.randint(25, 60),
        attributions=fr_int(rng.randrange(900, 6_000, 10)), residences=rng.randint(20, 90),
        plenaries=rng.randint(2, 4), seconds=rng.randint(6, 14),
        spectators=fr_int(rng.randrange(300, 2_500, 50)), evacuated=rng.randint(80, 500),
        hectares=fr_dec(rng.uniform(0.6, 3.5)), park_cost=fr_dec(rng.uniform(0.8, 4.8)),
        visitors=fr_int(rng.randrange(400, 7_000, 50)), members=rng.randint(12, 30),
        drawn=rng.randint(6, 16), satisfied=rng.randint(48, 88), unsatisfied=rng.randint(20, 45),
        new_share=rng.randint(18, 55), refusals=rng.randint(2, 14), classrooms=rng.randint(8, 20),
        budget=fr_int(rng.randrange(40_000, 320_000, 5_000)), youth=rng.randint(40, 200),
        mediators=rng.randint(2, 8), cameras=rng.randint(4, 20), reports_year=rng.randint(150, 600),
        tower_households=place["building_units"] - rng.randint(2, 12), age=rng.randint(58, 84),
        young_share=rng.randint(34, 46), town_young=rng.randint(24, 32),
        turnover=rng.randint(8, 16), heating_drop=rng.randint(15, 40),
        years_lived=rng.randint(12, 45), flat_floor=rng.randint(2, 15),
        resident_name=resident.name, resident_first=resident.first,
        resident_title=resident.role("habitante", "habitant"),
        relogee=resident.role("relogée", "relogé"),
        director_name=director.name, cv_from=rng.choice((2015, 2015, 2016)),
        cv_to=rng.choice((2020, 2022, 2023)),
    )  # fmt: skip
    return f


# ---------------------------------------------------------------------------------------------
# Documents as format-neutral parts
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """One block of a generated document, before it is laid out in a file format."""

    kind: str  # title, line, byline, field, heading, para, items, table, components
    text: str = ""  # a byline's date
    label: str = ""  # a field's label; a byline's author
    items: tuple[str, ...] = ()  # a list's items; the components a mission ticks; a rubric
    rows: tuple[tuple[str, ...], ...] = ()  # a table's rows, the first its header


@dataclass(frozen=True)
class Draft:
    kind: str  # "mission", "action", "article"
    slug: str  # what the file name says about it
    title: str
    author: str
    parts: tuple[Part, ...]
    marker: str = "-"  # list marker in plain text ("- ▶", "·")
    outlet: str = ""  # the site whose chrome wraps a web page or a plain-text copy of it


def fill(template: str, facts: dict[str, Any], capital: bool = True) -> str:
    """A template with its {fields} filled; its first letter upper-cased unless told not to
    (an item of a comma-separated list)."""
    text = template.format_map(facts)
    return text[:1].upper() + text[1:] if capital else text


def pick(
    rng: random.Random, pool: Sequence[str], k: int, facts: dict[str, Any], capital: bool = True
) -> list[str]:
    """k templates of the pool, in random order, filled."""
    return [fill(t, facts, capital) for t in rng.sample(list(pool), min(k, len(pool)))]


def paragraphs(rng: random.Random, sentences: list[str], count: int) -> list[str]:
    """The sentences grouped, in order, into `count` paragraphs of at least one sentence."""
    count = max(1, min(count, len(sentences)))
    cuts = sorted(rng.sample(range(1, len(sentences)), count - 1)) if count > 1 else []
    bounds = [0, *cuts, len(sentences)]
    return [" ".join(sentences[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


# --- Mission sheets ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MissionType:
    slug: str
    titles: tuple[str, ...]
    type_labels: tuple[str, ...]
    client: str  # "bailleur", "ville", "agglo", "agence", "emploi"
    enjeux: tuple[str, ...]
    contenu: tuple[str, ...]
    sources: tuple[str, ...]
    programmes: tuple[str, ...] = ("PRU", "NPNRU")  # the programmes such a mission serves


COMPONENTS = ("Conseil stratégique", "Etudes urbaines", "Animation partenariale", "Planification",
              "Outils de gestion", "Coordination inter-chantiers", "Ingénierie financière",
              "Gestion urbaine de proximité", "Insertion par l'act. économique",
              "Cohésion sociale", "Concertation", "Capitalisation")  # fmt: skip
ACTORS = ("ANRU", "Ville {de_town}", "{agglo}", "Conseil départemental", "Conseil régional",
          "{bailleur}", "{bailleur2}", "Action Logement", "Banque des Territoires", "CAF", "CCAS",
          "conseil citoyen {of_hood}", "centre social {of_hood}", "régie de quartier",
          "Mission locale", "Pôle emploi", "amicale des locataires {of_hood}",
          "associations du quartier")  # fmt: skip
GENERAL_ENJEUX = (
    "Construit entre {built_from} et {built_to}, {the_hood_full} compte {social_units} logements "
    "sociaux et {hood_pop} habitants, soit près d'un habitant sur {share_town} de la commune.",
    "{poverty} % des ménages du quartier vivent sous le seuil de bas revenus, et le chômage des "
    "jeunes y atteint {youth_unemp} %, contre {town_unemp} % pour l'ensemble de {town}.",
    "La convention {conv_label} signée en {conv_year} prévoit {demolitions} démolitions, "
    "{reconstructions} reconstructions dont {offsite} hors site et {rehab} réhabilitations.",
    "Le quartier souffre d'un enclavement marqué : la voie ferrée et la rocade le séparent du "
    "centre-ville, que seule la ligne de bus {bus_line} relie toutes les vingt minutes.",
    "Les deux bailleurs du quartier, {bailleur} et {bailleur2}, ont engagé depuis {gup_year} une "
    "démarche de gestion urbaine de proximité avec la Ville.",
    "Les élus souhaitaient un regard extérieur sur un projet engagé depuis plusieurs années, dont "
    "les habitants percevaient mal la cohérence.",
    "La fermeture de {factory} en {closure_year} a privé la commune de {jobs} emplois et fragilisé "
    "durablement le quartier.",
    "La vacance atteint {vacancy} % dans le parc social du quartier ; elle se concentre dans la "
    "{building}, dont les {building_units} logements sont les plus dégradés.",
    "Les équipements publics du quartier, une école, un gymnase et un centre social, datent de "
    "la construction et ne répondent plus aux besoins des familles.",
    "La population est jeune : {young_share} % des habitants ont moins de 25 ans, contre "
    "{town_young} % dans l'ensemble de la commune.",
    "Le taux de rotation dans le parc social atteint {turnover} % par an, signe d'un quartier que "
    "les ménages quittent dès qu'ils le peuvent.",
    "Les copropriétés privées qui bordent le quartier, construites à la même époque, montrent "
    "elles aussi des signes de fragilité.",
    "La Ville, {agglo} et les bailleurs partagent le constat d'un quartier resté à l'écart des "
    "dynamiques de l'agglomération malgré les premiers investissements.",
    "Le commerce de proximité s'est effondré : le centre commercial ne compte plus que quelques "
    "enseignes, et le marché hebdomadaire a quitté la place centrale.",
)  # fmt: skip
GENERAL_CONTENU = (
    "Analyse documentaire et exploitation des bases de données des bailleurs ;",
    "Rédaction d'une note de synthèse et d'un plan d'actions hiérarchisé ;",
    "Participation au comité technique {frequency_adj} réunissant Ville, agglomération et "
    "bailleurs ;",
    "Cartographie des acteurs et des instances de pilotage du projet ;",
    "Elaboration d'un tableau de bord de suivi partagé entre les partenaires ;",
    "Visite de {walks} projets comparables dans d'autres agglomérations avec les élus ;",
    "Rédaction des comptes rendus et d'une lettre d'information à destination des partenaires ;",
    "Animation d'une réunion de lancement avec l'ensemble des partenaires ;",
    "Analyse des indicateurs sociaux et économiques du quartier (INSEE, CAF, bailleurs) ;",
    "Préparation des supports de présentation pour les élus et les instances de pilotage ;",
)  # fmt: skip
CLOSING_CONTENU = (
    "Restitution des résultats en comité de pilotage et en réunion publique.",
    "Présentation des conclusions aux élus et aux habitants lors d'un forum de quartier.",
    "Remise d'un rapport final et d'une synthèse de douze pages diffusée aux partenaires.",
)  # fmt: skip
MISSION_TYPES = (
    MissionType(
        "etude-relogement",
        ("Étude et accompagnement du relogement {of_hood_full} – {town}",
         "Mission de relogement {of_hood_full} ({town})",
         "Maîtrise d'œuvre urbaine et sociale relogement – {town}, {hood_full}"),
        ("Relogement / Etude pré-opérationnelle", "MOUS relogement"), "bailleur",
        ("Le relogement concerne {households} ménages, les autres logements étant vacants au "
         "démarrage de l'opération.",
         "La population est vieillissante ({elderly} % des titulaires de bail ont plus de 60 ans) "
         "et très attachée au quartier.",
         "L'enjeu était double : connaître les besoins et les souhaits de chaque ménage, et "
         "garantir un relogement de qualité avec un reste à charge maîtrisé.",
         "Le marché du logement est {market} et la vacance atteint {vacancy} % dans le parc "
         "social de la commune.",
         "La démolition de la {building} ({building_units} logements) conditionne la suite du "
         "projet : aucune reconstruction ne peut démarrer sur site avant sa libération.",
         "Les familles nombreuses ({large_families} % de ménages de cinq personnes et plus) "
         "trouvent difficilement un logement adapté dans le parc existant."),
        ("Enquête sociale auprès des {households} ménages à reloger, dont {home_interviews} "
         "entretiens à domicile ;",
         "Analyse des souhaits de localisation : {stay_share} % des ménages souhaitent rester "
         "dans le quartier ou à proximité ;",
         "Rédaction de la charte de relogement, signée par {charter_partners} partenaires en "
         "{charter_month} {charter_year} ;",
         "Animation d'une commission de relogement {frequency} associant bailleurs, Ville, CCAS "
         "et Action Logement ;",
         "Permanences hebdomadaires au local de l'amicale et {public_meetings} réunions "
         "publiques d'information ;",
         "Suivi individualisé des relogements et tableau de bord trimestriel transmis à l'ANRU ;",
         "Bilan à la fin de la mission : {rehoused} ménages relogés, {pending} relogements en "
         "cours ;",
         "Mobilisation de l'inter-bailleurs : {interbailleur} logements proposés sur les "
         "contingents des partenaires ;"),
        ("Charte de relogement {of_hood_full}", "Tableau de bord du relogement, {bailleur}"),
    ),
    MissionType(
        "evaluation-gup",
        ("Évaluation de la gestion urbaine de proximité {of_hood_full}",
         "Évaluation de la GUP {de_town} – {hood_full}"),
        ("Evaluation", "Evaluation / Gestion urbaine de proximité"), "ville",
        ("La démarche de gestion urbaine de proximité {of_hood} a été engagée en {gup_year}, "
         "{gup_delay} après la signature de la convention, pour accompagner les chantiers.",
         "Le contrat de ville conditionne l'abattement de 30 % de la TFPB dont bénéficient les "
         "bailleurs à des programmes d'actions concertés ; il représente environ {tfpb} M€ par an.",
         "La Ville souhaitait savoir si la GUP avait permis de préserver la qualité des "
         "investissements du projet de renouvellement urbain.",
         "Le pilotage, reposant sur un comité réuni {copil_per_year} fois par an et sur des "
         "cellules de veille par secteur, semblait essoufflé.",
         "Les habitants ne distinguaient pas les responsabilités de la Ville et des bailleurs "
         "dans l'entretien des abords, des parkings et des cheminements."),
        ("Réalisation de {interviews} entretiens individuels et collectifs (élus, bailleurs, "
         "gardiens, services techniques, conseil citoyen) ;",
         "Animation de {walks} diagnostics en marchant, associant {walkers} habitants ;",
         "Questionnaire de satisfaction administré auprès de {surveyed} ménages ;",
         "Analyse des programmes d'actions TFPB {tfpb_from}-{tfpb_to} des bailleurs ;",
         "Animation de {workshops} ateliers de travail (propreté, tranquillité résidentielle, "
         "stationnement) ;",
         "Proposition d'une convention GUP {gup_next}-{gup_next_end} et d'un tableau de bord de "
         "{indicators} indicateurs ;"),
        ("Rapport d'évaluation de la GUP {of_hood}", "Conventions TFPB des bailleurs"),
    ),
    MissionType(
        "point-etape-psl",
        ("Point d'étape du projet de rénovation urbaine {of_hood_full} – {town}",
         "Point d'étape et plan stratégique local – {town}"),
        ("Point d'étape / Plan stratégique local", "Point d'étape / PSL"), "agence",
        ("Le point d'étape devait mesurer l'avancement du projet {of_hood} au regard des "
         "objectifs de la convention signée en {conv_year}.",
         "À la date de la mission, {progress} % des opérations programmées étaient engagées et "
         "{delivered} logements reconstruits avaient été livrés.",
         "La diversification de l'habitat peinait à se concrétiser : aucun promoteur n'avait "
         "répondu à la première consultation sur les terrains libérés.",
         "Le plan stratégique local devait définir la vocation du quartier à dix ans et les "
         "conditions de pérennisation des investissements.",
         "Le centre commercial {of_hood} compte {shops} cellules, dont {vacant_shops} sont "
         "vacantes."),
        ("Entretiens avec les personnes clés du projet (~{interviews}) ;",
         "Visite de site et analyse de l'état d'avancement des opérations ;",
         "Animation de {workshops} ateliers partenariaux (habitat, gestion, développement "
         "économique) ;",
         "Elaboration du plan stratégique local et de son programme d'actions ;",
         "Définition des modalités de suivi du PSL : comité de pilotage annuel et comité "
         "technique {frequency_adj} ;",
         "Rédaction du rapport de point d'étape transmis au délégué territorial de l'ANRU ;",
         "Animation d'un séminaire stratégique avec les élus et les directeurs des bailleurs ;"),
        ("Convention {conv_label} {of_hood}", "Revue de projet ANRU"),
    ),
    MissionType(
        "amo-npnru",
        ("Assistance à maîtrise d'ouvrage pour la conduite du NPNRU {of_hood_full} – {town}",
         "AMO NPNRU – {hood_full}, {town}"),
        ("Assistance à maîtrise d'ouvrage NPNRU", "AMO / Conduite de projet"), "agglo",
        ("Retenu au titre du NPNRU comme quartier d'intérêt {interest}, {the_hood_full} devait "
         "passer d'un programme d'études à un projet contractualisable et finançable.",
         "Les élus voulaient éviter l'écueil du premier programme, jugé trop centré sur le bâti, "
         "et articuler projet urbain, relogement et gestion de proximité.",
         "La mission consistait à accompagner {agglo} jusqu'au comité d'engagement de l'ANRU, "
         "puis jusqu'à la signature de la convention pluriannuelle.",
         "Le projet est estimé à {amount} M€ HT, dont {anru} M€ de subventions de l'ANRU."),
        ("Secrétariat technique du comité de pilotage, réuni tous les {copil_months} mois ;",
         "Elaboration de la maquette financière et du plan de financement par maître d'ouvrage ;",
         "Préparation du dossier présenté au comité d'engagement de l'ANRU du {ce_date} ;",
         "Animation de {workshops} ateliers de co-construction avec le conseil citoyen ;",
         "Stratégie de reconstitution de l'offre : {sites} sites identifiés dans {communes} "
         "communes de l'agglomération ;",
         "Rédaction de la convention pluriannuelle, signée le {conv_date} ;",
         "Structuration de la conduite de projet pour la phase opérationnelle ;"),
        ("Dossier du comité d'engagement", "Maquette financière du projet"),
        ("NPNRU",),
    ),
    MissionType(
        "memoire-de-quartier",
        ("Mémoire {of_hood_full} – {town}",
         "Travail de mémoire et de valorisation {of_hood_full}"),
        ("Mémoire de quartier / Capitalisation", "Capitalisation"), "ville",
        ("La démolition de la {building}, repère du quartier depuis {built_from}, a été vécue "
         "comme une perte par de nombreux habitants.",
         "La Ville souhaitait garder une trace de l'histoire ouvrière du quartier, lié depuis "
         "l'origine à {factory}.",
         "Le travail de mémoire devait associer les anciens locataires, les écoles et les "
         "associations, et donner lieu à une restitution publique."),
        ("Collecte de {stories} récits de vie d'habitants et d'anciens habitants ;",
         "Animation de {workshops} ateliers d'écriture et de photographie ;",
         "Interventions dans {classes} classes des écoles du quartier ;",
         "Numérisation de {photos} photographies et documents d'archives ;",
         "Réalisation d'un film documentaire de {film_minutes} minutes ;",
         "Exposition présentée à la médiathèque pendant {expo_weeks} semaines ;",
         "Edition d'un livre de {book_pages} pages tiré à {copies} exemplaires ;"),
        ("Archives municipales {de_town}", "Fonds photographique de l'amicale"),
    ),
    MissionType(
        "bilan-clauses-insertion",
        ("Bilan des clauses d'insertion du {prog} {of_hood} – {town}",
         "Clauses sociales d'insertion : bilan {of_hood_full}"),
        ("Bilan / Insertion par l'activité économique", "Evaluation"), "emploi",
        ("La charte locale d'insertion fixait un objectif de {hours_target} heures de travail "
         "réservées aux habitants des quartiers prioritaires.",
         "Les heures réalisées atteignent {hours_done}, au bénéfice de {beneficiaries} "
         "personnes.",
         "Les partenaires s'interrogeaient sur la qualité des parcours : combien de "
         "bénéficiaires ont trouvé un emploi durable ?"),
        ("Exploitation des données de suivi du facilitateur des clauses ;",
         "Entretiens avec {interviews} entreprises, le PLIE et la Mission locale ;",
         "Animation de {focus} groupes de parole avec des bénéficiaires ;",
         "Analyse des sorties : {durable} % de sorties en emploi durable ou en formation "
         "qualifiante ;",
         "Propositions pour la charte d'insertion du programme suivant ;"),
        ("Données du facilitateur des clauses", "Bilans des entreprises attributaires"),
    ),
    MissionType(
        "coordination-inter-chantiers",
        ("Coordination inter-chantiers {of_hood_full} – {town}",
         "Mission de coordination des chantiers du {prog} {of_hood}"),
        ("Coordination inter-chantiers", "Gestion de chantier / GUP"), "ville",
        ("Jusqu'à {sites_max} chantiers simultanés sur le quartier : démolitions, "
         "réhabilitations, voiries et réseaux.",
         "Les habitants se plaignaient des nuisances, des cheminements coupés et du manque "
         "d'information.",
         "La Ville a confié une mission de coordination pour garantir la sécurité et le "
         "fonctionnement quotidien du quartier pendant les travaux."),
        ("Animation de {meetings} réunions mensuelles de coordination des entreprises ;",
         "Rédaction d'une charte chantier à faibles nuisances signée par {firms} entreprises ;",
         "Traitement de {reports} signalements d'habitants, en {delay} jours en moyenne ;",
         "Organisation de {cafes} cafés chantier avec les habitants ;",
         "Plans de cheminements provisoires mis à jour chaque mois ;"),
        ("Comptes rendus des réunions de chantier", "Registre des signalements"),
    ),
    MissionType(
        "strategie-peuplement",
        ("Stratégie de peuplement et conférence intercommunale du logement – {pays}",
         "Accompagnement de la CIL {de_pays}"),
        ("Peuplement / Politique intercommunale des attributions", "Etude de peuplement"),
        "agglo",
        ("La loi impose qu'au moins 25 % des attributions hors quartier prioritaire bénéficient "
         "aux ménages du premier quartile de revenus.",
         "{agglo} compte {lls} logements sociaux, dont {qpv_share} % en quartier prioritaire.",
         "Le relogement de {households} ménages {of_hood_full} devait s'inscrire dans la "
         "stratégie intercommunale."),
        ("Analyse de {attributions} attributions sur trois ans ;",
         "Diagnostic de l'occupation sociale de {residences} résidences ;",
         "Animation de {workshops} ateliers avec les bailleurs et les réservataires ;",
         "Préparation de {plenaries} séances plénières de la conférence intercommunale du "
         "logement ;",
         "Rédaction de la convention intercommunale d'attribution ;"),
        ("Fichier partagé de la demande", "Données RPLS"),
    ),
)  # fmt: skip
AMOUNT_FORMS = ("{amount} M€", "{amount} M€ HT (dont {anru} M€ de subventions ANRU)",
                "{amount} millions € TTC",
                "{amount} M€ ({prog} {of_hood}, convention signée en {conv_year})")  # fmt: skip
PROGRAMME = ("{demolitions} démolitions, {reconstructions} reconstructions dont {offsite} hors "
             "site, {rehab} réhabilitations, {resid} résidentialisations.")  # fmt: skip


def draft_mission(rng: random.Random, f: dict[str, Any]) -> Draft:
    """A mission sheet: title, client, labelled fields, components, stakes and content."""
    mt = rng.choice([m for m in MISSION_TYPES if f["prog"] in m.programmes])
    title = fill(rng.choice(mt.titles), f)
    client = {
        "bailleur": f"{f['bailleur']} (OPH)",
        "ville": f"Ville {f['de_town']}",
        "agglo": f["agglo"],
        "agence": "Agence nationale pour la rénovation urbaine",
        "emploi": f"Maison de l'emploi {f['de_pays']}",
    }[mt.client]
    years = (f"{f['mission_year']} ({f['months']} mois)" if rng.random() < 0.5
             else f"{f['start']} - {f['end']}")  # fmt: skip
    actors = ["Etat (Préfecture, DDT)", *pick(rng, ACTORS, rng.randint(5, 10), f, capital=False)]
    fields = [
        ("Type de mission", rng.choice(mt.type_labels)),
        ("Maître d'ouvrage", client),
        ("Années", years),
        ("Site", f"{f['town']} ({f['town_pop']} habitants), {f['hood_full']}"),
        ("Equipe", f"{f['consult']}, {f['team']}"),
        ("Acteurs", ", ".join(actors) + "."),
        ("Montant du projet", fill(rng.choice(AMOUNT_FORMS), f)),
    ]
    parts = [Part("title", title), Part("line", client)]
    parts += [Part("field", value, label=label) for label, value in fields]
    programme_table = rng.random() < 0.3
    if programme_table:
        rows = [("Opération", "Volume"), ("Démolitions", str(f["demolitions"])),
                ("Reconstructions", str(f["reconstructions"])),
                ("dont hors site", str(f["offsite"])), ("Réhabilitations", f["rehab"]),
                ("Résidentialisations", f["resid"])]  # fmt: skip
        parts += [Part("heading", "Programme"), Part("table", rows=tuple(rows))]
    elif rng.random() < 0.8:
        parts.append(Part("field", fill(PROGRAMME, f), label="Programme"))
    # Only the ticked components, in no set order: the corpus' sheets list all twelve in the
    # order of COMPONENTS, and runs of that list are gold quotes of the shipped questions.
    parts.append(Part("components", items=tuple(rng.sample(COMPONENTS, rng.randint(4, 7)))))
    own = pick(rng, mt.enjeux, rng.randint(len(mt.enjeux) - 1, len(mt.enjeux)), f)
    general = pick(rng, GENERAL_ENJEUX, rng.randint(3, 5), f)
    sentences = general[:1] + own + general[1:]
    parts.append(Part("heading", "Enjeux de la mission"))
    parts += [Part("para", p) for p in paragraphs(rng, sentences, 3)]
    items = pick(rng, mt.contenu, rng.randint(4, len(mt.contenu)), f)
    items += pick(rng, GENERAL_CONTENU, rng.randint(2, 3), f)
    items.append(fill(rng.choice(CLOSING_CONTENU), f))
    parts += [Part("heading", "Contenu de la mission"), Part("items", items=tuple(items))]
    source = fill(rng.choice(mt.sources), f)
    parts.append(Part("line", f"Sources : {source} ; photographies {f['consult']}"))
    return Draft("mission", mt.slug, title, f["consult"], tuple(parts),
                 marker=rng.choice(("- ▶", "▶", "-")))  # fmt: skip


# --- Action sheets ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionTheme:
    slug: str
    title: str
    pillar: str
    orientation: str
    contexte: tuple[str, ...]
    objectifs: tuple[str, ...]
    description: tuple[str, ...]
    pilote: str
    partners: tuple[str, ...]
    public: str
    funders: tuple[str, ...]
    indicators: tuple[str, ...]


GENERAL_CONTEXTE = (
    "{the_hood_full} compte {hood_pop} habitants et {social_units} logements sociaux.",
    "{poverty} % des ménages du quartier vivent sous le seuil de bas revenus.",
    "Le projet de renouvellement urbain prévoit la démolition de {demolitions} logements et la "
    "réhabilitation de {rehab} logements.",
    "Le chômage des jeunes atteint {youth_unemp} % dans le quartier, contre {town_unemp} % dans "
    "la commune.",
    "Un conseil citoyen installé en {cv_from}, qui demande à être associé au pilotage des actions.",
    "Le quartier a été construit entre {built_from} et {built_to} ; {bailleur} et {bailleur2} "
    "en sont les deux bailleurs.",
    "Une démarche de gestion urbaine de proximité engagée en {gup_year}, à relancer après les "
    "travaux.",
    "Des indicateurs sociaux dégradés depuis la fermeture de {factory} en {closure_year}, en "
    "particulier pour l'emploi des femmes et des jeunes.",
    "{the_hood_full} est l'un des {communes} quartiers prioritaires de l'agglomération.",
    "Une population jeune : {young_share} % des habitants ont moins de 25 ans.",
)  # fmt: skip
GENERAL_OBJECTIFS = (
    "Réduire les écarts entre le quartier et le reste de l'agglomération.",
    "Mieux coordonner les interventions des partenaires sur le quartier.",
    "Associer les habitants à la définition et au suivi de l'action.",
)  # fmt: skip
GENERAL_DESCRIPTION = (
    "Présenter un bilan annuel au comité de pilotage du contrat de ville,",
    "Articuler l'action avec le projet de renouvellement urbain et la convention GUP,",
    "Mobiliser l'abattement de TFPB des bailleurs pour les actions de proximité,",
    "Conduire une évaluation à mi-parcours associant le conseil citoyen,",
    "Désigner un référent par partenaire et tenir une réunion technique chaque trimestre,",
    "Communiquer sur l'action par la lettre du contrat de ville et le site de la Ville,",
    "Organiser chaque année un temps d'échange avec les habitants et les associations,",
)  # fmt: skip
GENERAL_INDICATORS = (
    "Nombre de réunions du comité technique", "Nombre d'habitants touchés par l'action",
    "Montant des financements mobilisés", "Part des habitants du quartier parmi les "
    "bénéficiaires", "Avis du conseil citoyen sur l'action",
)  # fmt: skip
ACTION_THEMES = (
    ActionTheme(
        "conseil-citoyen", "Faire vivre le conseil citoyen {of_hood}", "Cohésion sociale",
        "Renforcer la participation des habitants",
        ("Le conseil citoyen compte {members} membres, dont {drawn} habitants tirés au sort.",
         "La participation s'essouffle : moins de la moitié des membres assistent aux séances.",
         "Les membres demandent une formation sur le fonctionnement des politiques publiques."),
        ("Former les membres du conseil citoyen.", "Donner au conseil citoyen des moyens propres.",
         "Associer le conseil citoyen aux instances de pilotage du contrat de ville."),
        ("Organiser {workshops} modules de formation par an,",
         "Mettre à disposition un local et un budget de fonctionnement,",
         "Réserver deux sièges au conseil citoyen au comité de pilotage,",
         "Publier une lettre semestrielle du conseil citoyen,"),
        "Ville {de_town} (service démocratie participative)",
        ("Etat (délégué du préfet)", "{agglo}", "centre social {of_hood}", "{bailleur}"),
        "Membres du conseil citoyen et habitants volontaires",
        ("Etat (BOP 147)", "Ville {de_town}", "Fonds de participation des habitants"),
        ("Nombre de séances et taux de présence", "Nombre de membres formés",
         "Avis rendus par le conseil citoyen"),
    ),
    ActionTheme(
        "emploi-jeunes", "Accompagner les jeunes {of_hood} vers l'emploi",
        "Emploi et développement économique", "Lever les freins à l'emploi des jeunes",
        ("Le chômage des 16-25 ans atteint {youth_unemp} % dans le quartier.",
         "Une partie des jeunes n'est connue ni de la Mission locale ni de Pôle emploi.",
         "Le permis de conduire reste un frein majeur pour les emplois en horaires décalés."),
        ("Repérer les jeunes éloignés des institutions.", "Multiplier les mises en situation de "
         "travail.", "Financer le permis de conduire des jeunes en parcours."),
        ("Permanences de la Mission locale au centre social deux demi-journées par semaine,",
         "Chantiers éducatifs rémunérés avec les bailleurs,",
         "Aide au financement de {youth} permis de conduire par an,",
         "Parrainage par des chefs d'entreprise du territoire,"),
        "Mission locale {de_pays}",
        ("Pôle emploi", "{agglo}", "{bailleur}", "clubs de prévention", "entreprises du bassin"),
        "Jeunes de 16 à 25 ans résidant dans le quartier",
        ("Etat", "Région", "Ville {de_town}", "Fonds social européen", "Bailleurs (TFPB)"),
        ("Nombre de jeunes accompagnés", "Part des sorties positives", "Permis obtenus"),
    ),
    ActionTheme(
        "maison-du-projet", "Ouvrir une maison du projet au cœur {of_hood_full}",
        "Cadre de vie et renouvellement urbain", "Faire des habitants des acteurs du projet",
        ("Une forte défiance des habitants, liée à des projets annoncés puis abandonnés.",
         "Le protocole de préfiguration prévoit un programme d'études urbaines et sociales.",
         "Aucun lieu du quartier n'accueille aujourd'hui d'information sur le projet."),
        ("Informer régulièrement les habitants.", "Associer les habitants aux études.",
         "Disposer d'un lieu identifié, ouvert et accessible."),
        ("Ouvrir une maison du projet au rez-de-chaussée d'un immeuble de {bailleur},",
         "Assurer une ouverture au public quatre demi-journées par semaine,",
         "Organiser des ateliers à chaque étape des études,",
         "Diffuser une lettre d'information trimestrielle dans toutes les boîtes aux lettres,"),
        "{agglo} (direction du renouvellement urbain)",
        ("Ville {de_town}", "{bailleur}", "{bailleur2}", "conseil citoyen", "ANRU"),
        "Habitants du quartier, associations, commerçants",
        ("ANRU", "{agglo}", "Bailleurs (abattement TFPB)"),
        ("Fréquentation de la maison du projet", "Nombre d'ateliers et de participants",
         "Part des habitants déclarant connaître le projet"),
    ),
    ActionTheme(
        "tranquillite-publique", "Tranquillité publique et médiation sociale {at_hood}",
        "Cadre de vie et renouvellement urbain", "Garantir la tranquillité pendant les travaux",
        ("Les bailleurs ont recensé environ {reports_year} signalements d'incivilités par an.",
         "Les occupations de halls et les rodéos motorisés se concentrent autour de la "
         "{building}.",
         "Les immeubles partiellement vacants pendant le relogement exigent une présence "
         "renforcée."),
        ("Renforcer la présence humaine en soirée.", "Prévenir les conflits d'usage.",
         "Sécuriser les immeubles en cours de relogement."),
        ("Equipe de {mediators} médiateurs présente de 16 h à 23 h du mardi au samedi,",
         "Installation de {cameras} caméras de vidéoprotection aux abords des halls,",
         "Cellule de veille mensuelle réunissant Ville, bailleurs, police et médiateurs,",
         "Murage des logements vacants dès le départ des ménages relogés,"),
        "Ville {de_town} (coordination du CLSPD)",
        ("Préfecture", "police nationale", "police municipale", "{bailleur}",
         "prévention spécialisée"),
        "Habitants, gardiens et commerçants du quartier",
        ("Etat (adultes-relais)", "Etat (FIPD)", "Ville {de_town}", "Bailleurs (TFPB)"),
        ("Signalements d'incivilités recensés", "Heures de présence des médiateurs",
         "Sentiment de sécurité des habitants"),
    ),
    ActionTheme(
        "gup", "Gestion urbaine de proximité {of_hood}", "Cadre de vie et renouvellement urbain",
        "Pérenniser les investissements du renouvellement urbain",
        ("Une démarche de GUP engagée depuis {gup_year} et inégalement suivie selon les secteurs.",
         "Des responsabilités floues entre la Ville et les bailleurs sur les espaces extérieurs.",
         "L'abattement de TFPB représente environ {tfpb} M€ par an pour les bailleurs."),
        ("Clarifier la domanialité et les responsabilités de gestion.",
         "Associer les habitants au suivi de la qualité de service.",
         "Rendre lisibles les contreparties de l'abattement de TFPB."),
        ("Diagnostics en marchant deux fois par an dans chaque secteur,",
         "Cellule de veille mensuelle et tableau de bord partagé,",
         "Présentation annuelle des programmes d'actions TFPB au conseil citoyen,",
         "Chantiers éducatifs de propreté avec la régie de quartier,"),
        "{agglo}",
        ("Ville {de_town}", "{bailleur}", "{bailleur2}", "régie de quartier", "conseil citoyen"),
        "Habitants et gestionnaires du quartier",
        ("Bailleurs (abattement TFPB)", "Ville {de_town}", "{agglo}"),
        ("Nombre de diagnostics en marchant", "Délai de traitement des signalements",
         "Satisfaction des locataires"),
    ),
    ActionTheme(
        "reussite-educative", "Programme de réussite éducative {of_hood}", "Cohésion sociale",
        "Favoriser la réussite scolaire des enfants du quartier",
        ("Le collège du secteur est classé en réseau d'éducation prioritaire.",
         "Un tiers des élèves entrent en sixième avec des difficultés de lecture.",
         "Les familles monoparentales représentent une part croissante des ménages."),
        ("Repérer tôt les enfants en difficulté.", "Accompagner les parents.",
         "Coordonner les acteurs éducatifs du quartier."),
        ("Equipe pluridisciplinaire de soutien réunie chaque mois,",
         "Parcours individualisés pour {youth} enfants par an,",
         "Ateliers de parentalité au centre social,",
         "Accompagnement à la scolarité le soir dans les locaux de {bailleur},"),
        "Ville {de_town} (caisse des écoles)",
        ("Education nationale", "CAF", "Conseil départemental", "centre social {of_hood}"),
        "Enfants de 2 à 16 ans et leurs familles",
        ("Etat", "CAF", "Ville {de_town}"),
        ("Nombre d'enfants suivis", "Assiduité scolaire", "Participation des parents"),
    ),
    ActionTheme(
        "commerce-proximite", "Redynamiser le commerce de proximité {of_hood}",
        "Emploi et développement économique", "Maintenir les services au cœur du quartier",
        ("Le centre commercial compte {shops} cellules, dont {vacant_shops} vacantes.",
         "La dalle commerciale, vieillissante, sera restructurée par le projet urbain.",
         "Les commerçants s'inquiètent de la baisse de fréquentation pendant les travaux."),
        ("Maintenir une offre commerciale de base.", "Accompagner les commerçants pendant les "
         "travaux.", "Préparer l'installation de nouvelles activités."),
        ("Etude de programmation commerciale,",
         "Loyers minorés pour les commerces de première nécessité,",
         "Animations commerciales trimestrielles,",
         "Accompagnement individuel des commerçants par la chambre de commerce,"),
        "{agglo} (développement économique)",
        ("Ville {de_town}", "chambre de commerce", "{bailleur}", "Banque des Territoires"),
        "Commerçants et porteurs de projets",
        ("Banque des Territoires", "{agglo}", "Ville {de_town}", "Région"),
        ("Taux de vacance commerciale", "Nombre de commerces accompagnés",
         "Fréquentation du centre commercial"),
    ),
)  # fmt: skip


def split_budget(rng: random.Random, total: int, n: int) -> list[int]:
    """A budget split into n positive shares rounded to 1,000 € that add up to it."""
    weights = [rng.uniform(0.5, 2.0) for _ in range(n)]
    shares = [max(1_000, round(total * w / sum(weights) / 1_000) * 1_000) for w in weights]
    shares[0] += total - sum(shares)
    return shares


def draft_action(rng: random.Random, f: dict[str, Any]) -> Draft:
    """A contract-of-city action sheet: number, pillar, context, goals, funding, indicators."""
    th = rng.choice(ACTION_THEMES)
    num = f"{rng.randint(1, 4)}.{rng.randint(1, 4)}.{rng.randint(1, 6)}"
    title = fill(th.title, f)
    funders = pick(rng, th.funders, rng.randint(2, len(th.funders)), f, capital=False)
    budget = rng.randrange(40_000, 320_000, 5_000)
    rows = [("Financeur", "Montant annuel")]
    rows += [(name, f"{fr_int(v)} €") for name, v in
             zip(funders, split_budget(rng, budget, len(funders)), strict=True)]  # fmt: skip
    rows.append(("Total", f"{fr_int(budget)} €"))
    contexte = pick(rng, th.contexte, rng.randint(2, 3), f)
    contexte += pick(rng, GENERAL_CONTEXTE, rng.randint(4, 6), f)
    rng.shuffle(contexte)
    objectifs = pick(rng, th.objectifs, 3, f) + pick(rng, GENERAL_OBJECTIFS, rng.randint(1, 2), f)
    description = pick(rng, th.description, rng.randint(3, 4), f)
    description += pick(rng, GENERAL_DESCRIPTION, rng.randint(3, 5), f)
    general = pick(rng, GENERAL_INDICATORS, rng.randint(2, 3), f)
    made = (*th.indicators[:2], *general[:-1])
    results = (*th.indicators[2:], general[-1])
    partners = pick(rng, th.partners, rng.randint(3, len(th.partners)), f, capital=False)
    parts = [
        Part("line", f"Contrat de ville {f['de_agglo']} {f['cv_from']}-{f['cv_to']}".upper()),
        Part("title", f"Fiche action n° {num} – {title}"),
        Part("field", th.pillar, label="Pilier"),
        Part("field", th.orientation, label=f"Orientation {num.rsplit('.', 1)[0]}"),
        Part("heading", "Contexte"), Part("items", items=tuple(contexte)),
        Part("heading", "Objectifs"), Part("items", items=tuple(objectifs)),
        Part("heading", "Description de l'action"), Part("items", items=tuple(description)),
        Part("heading", "Pilote"), Part("para", fill(th.pilote, f)),
        Part("heading", "Partenaires"), Part("para", ", ".join(partners)),
        Part("heading", "Public visé"), Part("para", th.public),
        Part("heading", "Financements"), Part("table", rows=tuple(rows)),
        Part("heading", "Lien avec le renouvellement urbain"),
        Part("para", fill("L'action accompagne le {prog} {of_hood} ({demolitions} démolitions, "
                          "{rehab} réhabilitations) et suit le calendrier de ses chantiers. Elle "
                          "est suivie par un comité technique {frequency_adj} réunissant le "
                          "pilote et les partenaires.", f)),
        Part("heading", "Calendrier"),
        Part("para", f"{f['cv_from'] + 1}-{f['cv_to']} ; bilan présenté chaque année au comité "
                     "de pilotage du contrat de ville."),
        Part("heading", "Indicateurs de réalisation"), Part("items", items=made),
        Part("heading", "Indicateurs de résultat"), Part("items", items=results),
    ]  # fmt: skip
    return Draft("action", f"{num.replace('.', '-')}-{th.slug}", title, f["agglo"], tuple(parts),
                 marker=rng.choice(("·", "-", "•")))  # fmt: skip


# --- Articles ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleTheme:
    slug: str
    titles: tuple[str, ...]
    chapos: tuple[str, ...]
    intertitles: tuple[str, ...]
    paragraphs: tuple[str, ...]
    rubric: str


GENERAL_PARAGRAPHS = (
    "« On attendait ça depuis des années. Le quartier avait une mauvaise image, et nous avec », "
    "confie {resident_name}, {age} ans, {resident_title} du quartier depuis {years_lived} ans.",
    "Pour {mayor}, maire {de_town}, le projet change la place du quartier dans la ville. « Nous "
    "avons voulu en faire un quartier où l'on choisit d'habiter », explique {mayor_elu}.",
    "Au total, le projet représente {amount} millions d'euros d'investissements, dont {anru} "
    "millions apportés par l'ANRU, le reste étant financé par la ville, l'agglomération, le "
    "département, la région et les bailleurs.",
    "« Il reste beaucoup à faire sur l'emploi et la tranquillité. Le bâti ne suffit pas », "
    "tempère {adjoint}, {adjoint_title}.",
    "Le programme prévoit {demolitions} démolitions, {reconstructions} logements reconstruits, "
    "dont {offsite} hors du quartier, et la réhabilitation de {rehab} logements.",
    "Construit entre {built_from} et {built_to} pour loger les ouvriers de {factory}, le "
    "quartier compte aujourd'hui {hood_pop} habitants.",
    "Le quartier a longtemps souffert de sa réputation. « Quand on donnait son adresse pour un "
    "emploi, on sentait la gêne », se souvient {resident_name}.",
    "Les travaux ont pris du retard : les premiers chantiers n'ont démarré qu'en {start}, près de "
    "deux ans après la date prévue par la convention.",
    "La maison du projet, installée au pied de la {building}, tient une permanence chaque "
    "semaine et a organisé {workshops} ateliers avec les habitants.",
    "Du côté de {bailleur}, on insiste sur l'accompagnement : « Chaque ménage a reçu au moins "
    "deux propositions de logement », assure {director_name}, à la direction de la proximité.",
    "Prolongée jusqu'au cœur du quartier, la ligne de bus {bus_line} a désenclavé un secteur "
    "longtemps coupé du centre-ville par la voie ferrée.",
    "Le chômage des jeunes atteint {youth_unemp} % dans le quartier, contre {town_unemp} % dans "
    "la commune, et la question de l'emploi revient dans chaque réunion publique.",
    "Pour {director_name}, qui suit le dossier depuis ses débuts, « la transformation physique "
    "se voit, mais la mixité sociale reste à construire ».",
    "Le comité de pilotage, qui réunit l'Etat, {agglo}, la ville et les bailleurs, se tient tous "
    "les {copil_months} mois ; le conseil citoyen y siège depuis {cv_from}.",
    "La transformation se lit d'abord dans le paysage : les barres ont laissé place à de petits "
    "immeubles de quatre étages, à des rues nouvelles et à des jardins en cœur d'îlot.",
    "Les commerçants restent prudents. « La clientèle revient doucement, mais les travaux nous "
    "ont coûté cher », explique le gérant de la boulangerie de la place centrale.",
    "L'opposition municipale dénonce un projet « conçu sans les habitants » et réclame un bilan "
    "chiffré du relogement avant toute nouvelle démolition.",
    "Le stationnement reste un sujet sensible : les parkings souterrains, fermés pour des raisons "
    "de sécurité, n'ont pas été remplacés en nombre suffisant.",
    "Pour les associations, la priorité est désormais l'emploi : « Les immeubles sont neufs, mais "
    "les habitants sont toujours au chômage », résume le président du centre social.",
    "Les bailleurs ont profité des travaux pour isoler les façades : les charges de chauffage ont "
    "baissé d'environ {heating_drop} % dans les immeubles réhabilités.",
    "Une nouvelle école de {classrooms} classes a ouvert à la rentrée, en remplacement de deux "
    "groupes scolaires vétustes.",
    "Les habitants ont été associés au projet lors de {workshops} ateliers et de plusieurs "
    "balades urbaines, une concertation jugée « sincère mais tardive » par le conseil citoyen.",
)  # fmt: skip
ARTICLE_THEMES = (
    ArticleTheme(
        "demolition-tour",
        ("{town} : la {tower} {of_hood} s'est effacée en {seconds} secondes",
         "{Hood} : la {tower} tombe, une page se tourne"),
        ("Quelque {spectators} personnes ont assisté samedi au foudroyage de la {tower}, dernière "
         "tour {of_hood_full} inscrite au programme de rénovation urbaine.",),
        ("« Une émotion, mais pas de regrets »", "Un parc à la place de la tour",
         "Les voisins évacués dès l'aube"),
        ("Il était 11 h, samedi, quand la sirène a retenti. {seconds} secondes plus tard, la "
         "{tower}, ses {floors} étages et ses {building_units} logements n'étaient plus qu'un "
         "nuage de poussière.",
         "Pour des raisons de sécurité, {evacuated} habitants des immeubles voisins avaient été "
         "évacués dès 7 heures et accueillis au gymnase.",
         "« J'ai vécu {years_lived} ans au {flat_floor}e étage. Les dernières années, l'ascenseur "
         "était en panne une semaine sur deux », raconte {resident_name}, {relogee} dans le neuf.",
         "À la place de la tour, un parc de {hectares} hectares doit être aménagé d'ici deux ans.",
         "Les {tower_households} ménages qui occupaient encore la tour ont été relogés en trois "
         "ans, selon {bailleur}, le bailleur."),
        "Rénovation urbaine",
    ),
    ArticleTheme(
        "convention-signee",
        ("{town} : la convention {of_hood_full} enfin signée",
         "{Hood} : {amount} millions d'euros pour transformer le quartier"),
        ("La convention de renouvellement urbain {of_hood_full} a été signée jeudi en préfecture. "
         "Elle engage {amount} millions d'euros sur dix ans.",),
        ("Un projet à {amount} millions", "Le relogement, premier chantier",
         "Ce qui va changer"),
        ("Autour de la table : le préfet, le président {de_agglo}, {mayor_title} {mayor}, le "
         "délégué territorial de l'ANRU, Action Logement et les bailleurs.",
         "Les premières démolitions interviendront dans deux ans, une fois relogés les "
         "{households} ménages concernés.",
         "Le comité de pilotage du projet se réunira tous les {copil_months} mois, en présence "
         "de représentants du conseil citoyen.",
         "Un groupe scolaire de {classrooms} classes sera reconstruit au centre du quartier."),
        "Politique de la ville",
    ),
    ArticleTheme(
        "inauguration-parc",
        ("{Hood} : le nouveau parc ouvre ses allées", "{town} inaugure le parc {of_hood}"),
        ("Le parc {of_hood}, {hectares} hectares aménagés sur l'emprise de la {barre}, a été "
         "inauguré samedi en présence de plusieurs centaines d'habitants.",),
        ("Un chantier de deux ans", "Des habitants associés au dessin", "Et maintenant ?"),
        ("Le parc a coûté {park_cost} millions d'euros, financés par la ville, l'ANRU et la "
         "région.",
         "Aires de jeux, jardins partagés et terrain multisports ont été dessinés avec les "
         "habitants lors de {workshops} ateliers.",
         "« Avant, on passait vite. Maintenant, on s'arrête », sourit {resident_name}, "
         "{resident_title} depuis {years_lived} ans.",
         "La démolition de la {barre} avait libéré l'espace il y a trois ans."),
        "Cadre de vie",
    ),
    ArticleTheme(
        "relogement-bilan",
        ("{Hood} : le relogement des {households} ménages touche à sa fin",
         "Relogement {of_hood} : un bilan plutôt positif"),
        ("{bailleur} présente le bilan du relogement des ménages de la {building}. Une enquête "
         "auprès des ménages relogés mesure leur satisfaction.",),
        ("Des parcours vers le neuf", "Des loyers maîtrisés", "Quelques refus"),
        ("{new_share} % des ménages relogés ont emménagé dans un logement neuf ou récent.",
         "{satisfied} % des ménages interrogés se disent satisfaits de leur nouveau logement.",
         "{refusals} ménages ont refusé toutes les propositions et ont fait l'objet d'un "
         "accompagnement renforcé.",
         "« On m'a proposé trois logements. J'ai choisi de rester près de l'école des enfants », "
         "explique {resident_name}."),
        "Habitat",
    ),
    ArticleTheme(
        "gup-proprete",
        ("{town} : la gestion de proximité remise à plat {at_hood}",
         "{Hood} : après les travaux, tenir la qualité"),
        ("Dix ans après le début des travaux, la ville et les bailleurs revoient la gestion "
         "urbaine de proximité. Objectif : ne pas laisser filer les investissements.",),
        ("Une évaluation avec les habitants", "L'abattement de TFPB sous le regard des "
         "habitants", "Un pilotage allégé"),
        ("{satisfied} % des ménages interrogés se disent satisfaits de la propreté des halls, "
         "mais seulement {unsatisfied} % de celle des abords.",
         "Les bailleurs bénéficient d'un abattement de taxe foncière d'environ {tfpb} M€ par an, "
         "en contrepartie d'actions de gestion renforcée.",
         "Le tableau de bord passe à {indicators} indicateurs, suivis chaque mois en comité "
         "technique.",
         "« Les habitants ne savaient pas qui faisait quoi », résume {director_name}, qui a "
         "conduit l'évaluation."),
        "Dossiers d'actualité",
    ),
    ArticleTheme(
        "fin-du-programme",
        ("{Hood} : le {prog} s'achève, le quartier respire",
         "{town} tourne la page de la rénovation {of_hood}"),
        ("L'avenant de clôture du projet de rénovation urbaine {of_hood_full} a été signé. "
         "Bilan d'un programme de {amount} millions d'euros.",),
        ("Un quartier transformé", "Le commerce, point faible", "La suite"),
        ("{demolitions} logements ont été démolis et {reconstructions} reconstruits, dont "
         "{offsite} hors du quartier.",
         "Le centre commercial reste fragile : {vacant_shops} cellules sur {shops} sont vides.",
         "Le chômage des jeunes atteint encore {youth_unemp} %, contre {town_unemp} % dans la "
         "commune.",
         "La ville prépare déjà un plan stratégique local pour les dix prochaines années."),
        "Territoires",
    ),
    ArticleTheme(
        "conseil-citoyen",
        ("{Hood} : le conseil citoyen veut peser sur le projet",
         "{town} : les habitants {of_hood} s'invitent au comité de pilotage"),
        ("Installé il y a deux ans, le conseil citoyen {of_hood} réclame davantage de moyens et "
         "une place réelle dans les décisions.",),
        ("{members} membres, dont {drawn} tirés au sort", "Une maison du projet très fréquentée",
         "Des propositions retenues"),
        ("Le conseil citoyen compte {members} membres, dont {drawn} habitants tirés au sort.",
         "La maison du projet a accueilli {visitors} visiteurs depuis son ouverture.",
         "« On n'a pas tout obtenu, mais la halle de marché reste au centre du quartier », "
         "souligne {resident_name}.",
         "Le conseil dispose d'un budget de {budget} euros par an pour ses actions."),
        "Participation",
    ),
)  # fmt: skip


def draft_article(rng: random.Random, f: dict[str, Any]) -> Draft:
    """A press or agency article: title, standfirst, byline, body paragraphs under intertitles."""
    th = rng.choice(ARTICLE_THEMES)
    facts = f
    title = fill(rng.choice(th.titles), facts)
    year = min(2024, f["conv_year"] + rng.randint(-1, 7))
    date = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
    outlet = rng.choice((f["outlet"], f["outlet"], f["trade"]))
    # The theme's paragraphs in their order (the news first), the general ones slotted in.
    n = len(th.paragraphs)
    chosen = sorted(rng.sample(range(n), rng.randint(n - 1, n)))
    body = [fill(th.paragraphs[i], facts) for i in chosen]
    for paragraph in pick(rng, GENERAL_PARAGRAPHS, rng.randint(10, 13), facts):
        body.insert(rng.randint(1, len(body)), paragraph)
    heads = pick(rng, th.intertitles, rng.randint(1, len(th.intertitles)), facts)
    parts = [
        Part("title", title),
        Part("para", fill(th.chapos[0], facts)),
        Part("byline", date, label=f["journalist"], items=(th.rubric,)),
    ]
    per = max(1, len(body) // (len(heads) + 1))
    parts += [Part("para", p) for p in body[:per]]
    for i, head in enumerate(heads):
        chunk = body[per * (i + 1) : per * (i + 2)] if i < len(heads) - 1 else body[per * (i + 1) :]
        if chunk:
            parts.append(Part("heading", head))
            parts += [Part("para", p) for p in chunk]
    return Draft("article", th.slug, title, f["journalist"], tuple(parts), outlet=outlet)


DRAFTERS: dict[str, Callable[[random.Random, dict[str, Any]], Draft]] = {
    "mission": draft_mission, "action": draft_action, "article": draft_article,
}  # fmt: skip
# The extended corpus' mix: 12 mission sheets, 6 action sheets, 8 articles, and per kind its
# formats (mission sheets: 3 txt, 4 md, 1 html, 2 docx, 2 pdf; ...).
KIND_WEIGHTS = {"mission": 12, "action": 6, "article": 8}
FORMAT_WEIGHTS = {
    "mission": {"txt": 3, "md": 4, "html": 1, "docx": 2, "pdf": 2},
    "action": {"txt": 3, "md": 1, "docx": 2},
    "article": {"txt": 1, "html": 5, "docx": 1, "pdf": 1},
}
PREFIX = {"mission": "fiche-mission", "action": "fiche-action", "article": "article"}


# ---------------------------------------------------------------------------------------------
# Layout in each file format
# ---------------------------------------------------------------------------------------------


def _login_block(site: str) -> str:
    return "\n\n".join((
        "Déjà abonné(e) ?", "Mot de passe oublié ?", "Identifiant et/ou mot de passe non valides",
        "Pas encore abonné(e) ?",
        f"Créez votre compte pour accéder aux services de {site} et à vos newsletters.",
        "Créer mon compte gratuitement",
    ))  # fmt: skip


def byline(part: Part, fmt: str) -> str:
    """An article's dateline as each kind of source writes it: a trade site's "Publié le … •
    Par … • dans : rubric" in plain text, a newspaper's "Par … | Publié le …" on the web, and
    "Publié le … – Par …" in print (a " : " there would read as a field running on into the
    body of a PDF, whose paragraphs no blank line separates)."""
    date, author, rubric = part.text, part.label, part.items[0]
    if fmt == "txt":
        return f"Publié le {date} • Par {author} • dans : {rubric}"
    if fmt == "html":
        return f"Par {author} | Publié le {date}"
    return f"Publié le {date} – Par {author}"


def render_txt(draft: Draft) -> str:
    """Plain text as the corpus' .txt files have it: fields as "Label : value", list markers,
    Word-export tabs and bookmarks in action sheets, a site's login boxes around an article."""
    action = draft.kind == "action"
    tab = "\t" if action else ""
    out = []
    for n, p in enumerate(draft.parts):
        if p.kind == "title":
            out.append(p.text.upper() if action else p.text)
        elif p.kind in ("line", "para"):
            out.append(p.text)
        elif p.kind == "byline":
            out.append(byline(p, "txt"))
        elif p.kind == "field":
            out.append(f"{tab}{p.label} : {p.text}")
        elif p.kind == "heading":
            out.append(f"\t{p.text} " if action else p.text)
        elif p.kind == "items":
            # An export from Word leaves a bookmark before some items.
            marks = [f"[bookmark: _Toc4371{n:03d}{i:02d}]" if action and i % 3 == 1 else ""
                     for i in range(len(p.items))]  # fmt: skip
            out.append("\n".join(f"{draft.marker} {mark}{item}"
                                 for mark, item in zip(marks, p.items, strict=True)))  # fmt: skip
        elif p.kind == "table":
            out.append("\n".join(" | ".join(row) for row in p.rows))
        elif p.kind == "components":
            out.append("Composantes de la mission :\n\n"
                       + "\n".join(f"■ ■ ■ ■ ■\t{c}" for c in p.items))  # fmt: skip
    text = "\n\n".join(out)
    if draft.kind == "article":
        site = re.sub(r"\W+", "", fold_accents(draft.outlet).title()) + ".fr"
        text = (f"Fermer\n\n{_login_block(site)}\n\nMenu\n\n{_login_block(site)}\n\n{text}\n\n"
                f"Commentaires\n\n{_login_block(site)}\n\nEn poursuivant votre navigation sur ce "
                "site, vous acceptez l'utilisation de cookies. OK En savoir plus X")  # fmt: skip
    return text + "\n"


def render_md(draft: Draft) -> str:
    """Markdown: '#' headings, bold field labels, '-' lists, pipe tables."""
    out = []
    for p in draft.parts:
        if p.kind == "title":
            out.append(f"# {p.text}")
        elif p.kind in ("line", "para"):
            out.append(p.text)
        elif p.kind == "byline":
            out.append(f"*{byline(p, 'md')}*")
        elif p.kind == "field":
            out.append(f"**{p.label} :** {p.text}")
        elif p.kind == "heading":
            out.append(f"## {p.text}")
        elif p.kind == "items":
            out.append("\n".join(f"- {item}" for item in p.items))
        elif p.kind == "table":
            header, *rows = p.rows
            lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            out.append("\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows]))
        elif p.kind == "components":
            out.append("**Composantes de la mission :**\n\n"
                       + "\n".join(f"██████\t{c}" for c in p.items))  # fmt: skip
    return "\n\n".join(out) + "\n"


def _html_body(draft: Draft) -> str:
    e = html.escape
    out = []
    for p in draft.parts:
        if p.kind == "title":
            out.append(f"<h1>{e(p.text)}</h1>")
        elif p.kind == "line":
            out.append(f'<p class="lead">{e(p.text)}</p>')
        elif p.kind == "byline":
            out.append(f'<p class="byline">{e(byline(p, "html"))}</p>')
        elif p.kind == "field":
            out.append(f"<p><strong>{e(p.label)} :</strong> {e(p.text)}</p>")
        elif p.kind == "heading":
            out.append(f"<h2>{e(p.text)}</h2>")
        elif p.kind == "para":
            out.append(f"<p>{e(p.text)}</p>")
        elif p.kind in ("items", "components"):
            head = "<h3>Composantes de la mission</h3>\n" if p.kind == "components" else ""
            out.append(head + "<ul>" + "".join(f"<li>{e(i)}</li>" for i in p.items) + "</ul>")
        elif p.kind == "table":
            header, *rows = p.rows
            out.append("<table><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in header)
                       + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                                 for r in rows) + "</tbody></table>")  # fmt: skip
    return "\n".join(out)


def render_html(draft: Draft) -> str:
    """A saved web page: a newspaper's (cookie banner, menu, 'Lire aussi', footer) around an
    article, a consultancy's or an agglomeration's site around a sheet."""
    e = html.escape
    site = draft.outlet or draft.author
    menu = (
        ("Actualités", "Politique", "Sports", "Sortir", "Avis de décès")
        if draft.kind == "article"
        else ("Accueil", "Références", "Équipe", "Contact")
    )
    aside = ""
    if draft.kind == "article":
        aside = (
            '<aside class="most-read"><h3>Lire aussi</h3><ul>'
            '<li><a href="/a">Le marché de Noël revient place de la Mairie</a></li>'
            '<li><a href="/b">Conseil municipal : le budget adopté</a></li></ul></aside>'
        )
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{e(draft.title)} - {e(site)}</title>
<meta property="og:title" content="{e(draft.title)}">
<meta property="og:site_name" content="{e(site)}">
</head>
<body>
<div class="cookie-consent">{e(site)} et ses partenaires utilisent des cookies pour mesurer
l'audience et vous proposer des contenus adaptés.
<button>Accepter</button><button>Refuser</button></div>
<header><a href="/">{e(site)}</a>
<nav><ul>{"".join(f'<li><a href="/{i}">{e(m)}</a></li>' for i, m in enumerate(menu))}</ul></nav>
</header>
<main>
<article>
{_html_body(draft)}
</article>
{aside}
</main>
<footer><p>© {e(site)} – Tous droits réservés</p>
<ul><li><a href="/mentions">Mentions légales</a></li>
<li><a href="/cookies">Gestion des cookies</a></li></ul></footer>
</body>
</html>
"""


def write_docx(draft: Draft, path: Path) -> None:
    """A Word document: Title and Heading styles, bulleted lists, gridded tables."""
    import docx

    document = docx.Document()
    document.core_properties.title = draft.title
    document.core_properties.author = draft.author
    for p in draft.parts:
        if p.kind == "title":
            document.add_paragraph(p.text, style="Title")
        elif p.kind in ("line", "para"):
            document.add_paragraph(p.text)
        elif p.kind == "byline":
            document.add_paragraph(byline(p, "docx"))
        elif p.kind == "field":
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{p.label} : ").bold = True
            paragraph.add_run(p.text)
        elif p.kind == "heading":
            document.add_heading(p.text, level=1)
        elif p.kind in ("items", "components"):
            if p.kind == "components":
                document.add_heading("Composantes de la mission", level=2)
            for item in p.items:
                document.add_paragraph(item, style="List Bullet")
        elif p.kind == "table":
            table = document.add_table(rows=len(p.rows), cols=len(p.rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(p.rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    document.save(str(path))


def write_pdf(draft: Draft, path: Path) -> None:
    """A PDF (DejaVu Sans, for the accents): bold title and headings, '▶' items, ruled tables;
    an article's pages carry its outlet as a running header."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    running = draft.outlet if draft.kind == "article" else ""

    class SheetPdf(FPDF):
        def header(self) -> None:
            if running:
                self.set_font("DejaVu", size=8)
                self.cell(0, 5, running, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.ln(3)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = SheetPdf()
    pdf.set_title(draft.title)
    pdf.set_author(draft.author)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    def write(text: str, size: float = 10, bold: bool = False, gap: float = 2.0) -> None:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(gap)

    for p in draft.parts:
        if p.kind == "title":
            write(p.text, 14, True, 4)
        elif p.kind in ("line", "para"):
            write(p.text)
        elif p.kind == "byline":
            write(byline(p, "pdf"))
        elif p.kind == "field":
            write(f"{p.label} : {p.text}", gap=1)
        elif p.kind == "heading":
            write(p.text, 12, True)
        elif p.kind == "items":
            for item in p.items:
                write(f"▶ {item}", gap=0.5)
            pdf.ln(1.5)
        elif p.kind == "components":
            write("Composantes de la mission :", gap=0.5)
            for c in p.items:
                write(f"■ ■ ■ ■ ■   {c}", gap=0)
            pdf.ln(2)
        elif p.kind == "table":
            pdf.set_font("DejaVu", size=9)
            with pdf.table(first_row_as_headings=False) as table:
                for row in p.rows:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(2)
    path.write_bytes(bytes(pdf.output()))


def write_document(draft: Draft, fmt: str, path: Path) -> None:
    """Write one generated document in a format: txt, md, html, docx or pdf."""
    if fmt == "txt":
        path.write_text(render_txt(draft), encoding="utf-8")
    elif fmt == "md":
        path.write_text(render_md(draft), encoding="utf-8")
    elif fmt == "html":
        path.write_text(render_html(draft), encoding="utf-8")
    elif fmt == "docx":
        write_docx(draft, path)
    elif fmt == "pdf":
        write_pdf(draft, path)
    else:
        raise ValueError(f"unknown format {fmt!r}: use txt, md, html, docx or pdf")


# ---------------------------------------------------------------------------------------------
# The generated corpus
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GeneratedDoc:
    name: str  # file name
    kind: str
    fmt: str
    draft: Draft


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_accents(text).lower()).strip("-")


def generate_documents(
    n: int, seed: int, reserved: frozenset[str], forbidden_quotes: Iterable[str] = ()
) -> list[GeneratedDoc]:
    """N fictional documents, deterministic in (seed, index): document i is the same in every
    run with the same seed, reserved words and quotes, whatever n. Every DOCS_PER_PLACE
    consecutive documents are about one place. A draft whose text, cleaned as ingest cleans it,
    would contain a forbidden (gold) quote is drawn again."""
    from evals.metrics import normalize_text
    from ingest.clean import clean

    vocab = Vocabulary.without(reserved)
    needles = [q for q in (normalize_text(q) for q in forbidden_quotes) if q]
    taken: set[str] = set()
    places: list[dict[str, Any]] = []
    docs = []
    for i in range(n):
        while len(places) <= i // DOCS_PER_PLACE:
            places.append(make_place(random.Random(f"{seed}:place:{len(places)}"), vocab, taken))
        place = places[i // DOCS_PER_PLACE]
        rng = random.Random(f"{seed}:doc:{i}")
        for _ in range(100):
            kind = weighted(rng, KIND_WEIGHTS)
            draft = DRAFTERS[kind](rng, doc_facts(rng, place))
            views = [normalize_text(clean(render(draft))) for render in (render_txt, render_md)]
            if not any(needle in text for text in views for needle in needles):
                break
        else:
            raise RuntimeError(f"document {i}: every draft contained a gold quote")
        fmt = weighted(rng, FORMAT_WEIGHTS[kind])
        name = f"{PREFIX[kind]}-{draft.slug}-{slugify(place['town'])}-{i:04d}.{fmt}"
        docs.append(GeneratedDoc(name, kind, fmt, draft))
    return docs


def write_corpus(docs: Sequence[GeneratedDoc], folder: Path) -> dict[str, Any]:
    """Write the documents into folder; their mix and sizes."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        write_document(doc.draft, doc.fmt, folder / doc.name)
    chars = [len(render_txt(d.draft)) for d in docs]
    return {
        "documents": len(docs),
        "by_kind_format": dict(Counter(f"{d.kind}/{d.fmt}" for d in docs)),
        "towns": -(-len(docs) // DOCS_PER_PLACE),
        "text_kb": {"mean": sum(chars) / len(chars) / 1000, "min": min(chars) / 1000,
                    "max": max(chars) / 1000} if chars else None,
        "bytes_on_disk": sum((folder / d.name).stat().st_size for d in docs),
    }  # fmt: skip


def corpus_files(shipped: Path, extended: Path | None) -> list[Path]:
    """Every file of the shipped and extended corpus folders (manifests included: they name
    places too)."""
    from ingest.load import iter_corpus

    return [p for folder in (shipped, extended) if folder is not None for p in iter_corpus(folder)]


def reserved_from_files(files: Sequence[Path]) -> frozenset[str]:
    """The words of these corpus files, as the loader reads them."""
    from ingest.load import load

    return reserved_words(load(path).text for path in files)


def gold_files(extended: Path | None) -> list[Path]:
    files = sorted((PROJECT_ROOT / "evals").glob("questions.*.jsonl"))
    if extended is not None and (extended / "questions.jsonl").exists():
        files.append(extended / "questions.jsonl")
    return files


def gold_quotes(files: Sequence[Path]) -> list[str]:
    from evals.gold import load_gold

    return [quote for path in files for q in load_gold(path) for quote in q.gold_quotes]


# ---------------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------------

MB = 1024 * 1024


class RecordingEmbedder(TimedEmbedder):
    """Times the encoding like TimedEmbedder and keeps every batch it is given, in order: what an
    ingest embedded, batch by batch, to replay for the raw encode rate."""

    def __init__(self, inner: Any):
        super().__init__(inner)
        self.batches: list[list[str]] = []

    def embed_passages(self, texts: list[str]) -> Any:
        self.batches.append(list(texts))
        return super().embed_passages(texts)


def split_batches(
    batches: Sequence[list[str]], chunk_texts: int
) -> tuple[list[list[str]], list[list[str]]]:
    """Ingest embeds the missing chunk texts first, then the answer units: the batches holding
    the first `chunk_texts` texts are the chunks', the rest the units'."""
    done = i = 0
    while i < len(batches) and done < chunk_texts:
        done += len(batches[i])
        i += 1
    if done != chunk_texts:
        raise ValueError(f"the first batches hold {done} texts, not the {chunk_texts} chunk "
                         "texts the ingest reported embedding")  # fmt: skip
    return list(batches[:i]), list(batches[i:])


def spread_sample(n: int, share: float, least: int = 1) -> list[int]:
    """About share × n indices of range(n), evenly spread; at least `least` when n allows."""
    if n <= 0:
        return []
    k = min(n, max(least, round(n * share)))
    return [int((i + 0.5) * n / k) for i in range(k)]


def extrapolated_seconds(chars: int, chars_timed: int, seconds_timed: float) -> float | None:
    """The time to embed `chars` characters of one kind of text, from a timed sample of the same
    kind: the sample's time per character applied to all (per character rather than per text,
    so that a sample of longer or shorter texts than the rest does not skew it)."""
    return seconds_timed * chars / chars_timed if chars_timed else None


def measure_raw_encode(
    embedder: Any, batches: Sequence[list[str]], chunk_texts: int, share: float, encoders: int = 1
) -> dict[str, Any]:
    """`embed_passages` alone on an evenly spread share of the ingest's own batches, chunks and
    units apart (their lengths, hence costs, differ fivefold), `encoders` batches at once as the
    ingest ran them; the rate for all its texts."""
    strata: dict[str, dict[str, Any]] = {}
    for name, group in zip(("chunks", "units"), split_batches(batches, chunk_texts), strict=True):
        # At least one batch per encoder: a lone batch would leave the other cores idle.
        picked = [group[i] for i in spread_sample(len(group), share, encoders)]
        cpu_start, start = time.process_time(), time.perf_counter()
        with ThreadPoolExecutor(max_workers=encoders) as pool:
            list(pool.map(embedder.embed_passages, picked))
        seconds = time.perf_counter() - start
        texts, timed = sum(len(b) for b in group), sum(len(b) for b in picked)
        chars = sum(len(t) for b in group for t in b)
        chars_timed = sum(len(t) for b in picked for t in b)
        strata[name] = {
            "texts": texts, "chars": chars, "batches": len(group), "batches_timed": len(picked),
            "texts_timed": timed, "chars_timed": chars_timed,
            "mean_chars": chars / texts if texts else None,
            "mean_chars_timed": chars_timed / timed if timed else None,
            "seconds_timed": seconds, "cpu_seconds_timed": time.process_time() - cpu_start,
            "texts_per_s_timed": timed / seconds if seconds else None,
            "seconds": extrapolated_seconds(chars, chars_timed, seconds),
        }  # fmt: skip
        strata[name]["cpu_seconds"] = extrapolated_seconds(
            chars, chars_timed, strata[name]["cpu_seconds_timed"]
        )
    total = sum(s["texts"] for s in strata.values())
    seconds = sum(s["seconds"] or 0.0 for s in strata.values())
    cpu = sum(s["cpu_seconds"] or 0.0 for s in strata.values())
    return {"share": share, "strata": strata, "texts": total, "seconds": seconds,
            "texts_per_s": total / seconds if seconds else None, "cpu_seconds": cpu,
            "texts_per_cpu_s": total / cpu if cpu else None}  # fmt: skip


@dataclass
class Build:
    """One timed ingest into a data dir."""

    name: str
    data_dir: Path
    report: Any  # index.build.IngestReport
    seconds: float
    encode_seconds: float
    cpu_seconds: float  # this process and its parse worker, all threads

    @property
    def texts_embedded(self) -> int:
        r = self.report
        return r.chunks_embedded + r.units_embedded + r.words_embedded

    def to_dict(self) -> dict[str, Any]:
        r = self.report
        return {"index": self.name, "documents": r.documents_total, "chunks": r.chunks_total,
                "chunks_embedded": r.chunks_embedded, "units_embedded": r.units_embedded,
                "words_embedded": r.words_embedded,
                "seconds": self.seconds, "encode_seconds": self.encode_seconds,
                "cpu_seconds": self.cpu_seconds, "version": r.version}  # fmt: skip


def build_index(
    name: str, settings: Any, paths: list[Path], data_dir: Path, embedder: Any
) -> Build:
    """`index.build.ingest` of these files and folders into data_dir, as `renewal ingest` does."""
    from index.build import ingest

    timed = embedder if isinstance(embedder, TimedEmbedder) else TimedEmbedder(embedder)
    cpu_start, start = cpu_seconds_with_children(), time.perf_counter()
    report = ingest(paths, corpus_dir=settings.corpus_dir, data_dir=data_dir, embedder=timed,
                    chunk_size=settings.chunk_size, chunk_overlap=settings.chunk_overlap,
                    show_progress=False, parse_limits=settings.parse_limits)  # fmt: skip
    seconds, cpu = time.perf_counter() - start, cpu_seconds_with_children() - cpu_start
    if report.errors:
        raise RuntimeError(f"the ingest of the {name} index reported errors: {report.errors}")
    return Build(name, data_dir, report, seconds, timed.seconds, cpu)


def cpu_seconds_with_children() -> float:
    """CPU time of this process (all threads) and of its finished children (the ingest's parse
    worker): unlike wall time, other load on the machine barely moves it."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def seed_embedding_cache(source: Path, target: Path) -> None:
    """Copy a data dir's embedding cache into a new data dir, so its ingest embeds only what
    the cache lacks."""
    target.mkdir(parents=True)
    for path in source.glob("embeddings.sqlite*"):
        shutil.copy2(path, target / path.name)


def size_on_disk(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def index_size(data_dir: Path) -> dict[str, Any]:
    """MB of the current version's files and of the embedding cache."""
    from index.store import DataDir

    version = DataDir(data_dir).current_version()
    if version is None:
        raise RuntimeError(f"no index version in {data_dir}")
    parts = {child.name: size_on_disk(child) / MB for child in sorted(version.iterdir())}
    cache = sum(size_on_disk(p) for p in data_dir.glob("embeddings.sqlite*")) / MB
    return {"version_mb": sum(parts.values()), "parts_mb": parts, "embedding_cache_mb": cache}


def measure_search_latency(assistants: dict[str, Any], queries: Sequence[str]) -> dict[str, Any]:
    """Wall time of `Assistant.search` (the product's k and second stage) per query on each
    index, interleaved query by query so that other load weighs on every index alike; one
    untimed call first."""
    for assistant in assistants.values():
        assistant.search(queries[0])
    durations: dict[str, list[float]] = {name: [] for name in assistants}
    for query in queries:
        for name, assistant in assistants.items():
            start = time.perf_counter()
            assistant.search(query)
            durations[name].append(time.perf_counter() - start)
    return {name: {"queries": len(queries), **latency_summary(d)} for name, d in durations.items()}


def passages_with_gold_quotes(index: Any, quotes: Iterable[str], prefix: str) -> list[str]:
    """Chunk ids of the documents under `prefix` whose passage contains a gold quote: such a
    passage would be counted as relevant, so generated ones must have none."""
    from evals.metrics import normalize_text

    needles = [n for n in {normalize_text(q) for q in quotes} if n]
    rows = index.chunks_by_idx(list(range(index.n_chunks)))
    return [
        chunk.chunk_id
        for chunk, _, _ in rows.values()
        if chunk.doc_id.startswith(prefix) and any(n in normalize_text(chunk.text) for n in needles)
    ]


def children_peak_rss_mb() -> float:
    """Largest peak RSS of the finished child processes (the ingest's parse worker)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


# ---------------------------------------------------------------------------------------------
# Run
# ---------------------------------------------------------------------------------------------


@contextmanager
def workspace(keep: Path | None) -> Iterator[Path]:
    """The folder for the generated corpus and the data dirs: `keep` (left in place), or a
    temporary folder deleted afterwards."""
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with TemporaryDirectory(prefix="renewal-corpus-scale-") as tmp:
        yield Path(tmp)


def question_sets(extended: Path | None) -> dict[str, list[Path]]:
    """Gold files per corpus: each set is scored on the indexes that hold its documents."""
    sets = {"shipped": [SHIPPED_QUESTIONS]}
    if extended is not None:
        sets["extended"] = [EXTENDED_QUESTIONS, extended / "questions.jsonl"]
        sets["extended"] = [p for p in sets["extended"] if p.exists()]
    return sets


def run(args: argparse.Namespace) -> dict[str, Any]:
    """All phases; returns the JSON-ready results."""
    import rerank  # bench/rerank.py: the same scoring of Assistant.search

    from assistant.services import open_services
    from assistant.settings import load_settings
    from evals.corpora import document_files
    from evals.harness import load_questions

    wall = time.perf_counter()
    settings = load_settings()
    machine = machine_info(settings)
    extended = args.extended if args.extended.is_dir() else None
    notes = []
    if extended is None:
        notes.append(
            f"no extended corpus at {args.extended}: the '+ extended' index and the "
            "extended questions are skipped; the grown index is shipped + generated"
        )
        print(f"note: {notes[-1]}", file=sys.stderr)  # now: the report comes much later
    memory: dict[str, float] = {}
    reserved = reserved_from_files(corpus_files(settings.corpus_dir, extended))
    quotes = gold_quotes(gold_files(extended))
    embedder, load_seconds = load_warm_embedder(settings.embedder, settings)
    memory["after embedder load"] = peak_rss_mb()

    with workspace(args.keep) as root:
        start = time.perf_counter()
        docs = generate_documents(args.docs, args.seed, reserved, quotes)
        generation = write_corpus(docs, root / GENERATED)
        generation["seconds"] = time.perf_counter() - start
        memory["after generation"] = peak_rss_mb()

        shipped_files = document_files(settings.corpus_dir)
        ext_files = document_files(extended) if extended else []
        recorder = RecordingEmbedder(embedder)
        grown = build_index("+ generated", settings,
                            [settings.corpus_dir, *ext_files, root / GENERATED],
                            root / "data-grown", recorder)  # fmt: skip
        memory["after cold ingest"] = peak_rss_mb()
        parse_worker_mb = children_peak_rss_mb()
        from index.build import resolve_encoders
        from index.embed import is_remote

        encoders = resolve_encoders(settings.encoders, is_remote(embedder))
        raw = measure_raw_encode(embedder, recorder.batches, grown.report.chunks_embedded,
                                 args.encode_share, encoders)  # fmt: skip
        memory["after raw encode"] = peak_rss_mb()
        size = index_size(grown.data_dir)

        smaller = [("shipped", [settings.corpus_dir])]
        if extended is not None:
            smaller.append(("+ extended", [settings.corpus_dir, *ext_files]))
        builds = {}
        for level, (name, paths) in enumerate(smaller):
            data_dir = root / f"data-{level}-{slugify(name)}"
            seed_embedding_cache(grown.data_dir, data_dir)
            builds[name] = build_index(name, settings, paths, data_dir, embedder)
        builds[grown.name] = grown
        assistants = {name: open_services(load_settings(data_dir=b.data_dir), embedder,
                                          build_index=False)
                      for name, b in builds.items()}  # fmt: skip
        memory["after opening the indexes"] = peak_rss_mb()

        sets = question_sets(extended)
        every = [q.question for q in load_questions([p for ps in sets.values() for p in ps])]
        queries = [every[i % len(every)] for i in range(args.queries)]
        latency = measure_search_latency(assistants, queries)
        memory["after search latency"] = peak_rss_mb()

        quality = []
        for level, (name, assistant) in enumerate(assistants.items()):
            for set_level, (set_name, paths) in enumerate(sets.items()):
                if set_level > level:
                    continue  # the set's documents are not in this index
                questions = [q for q in load_questions(paths, "test")
                             if q.answerable and q.gold_quotes]  # fmt: skip
                quality.append({"index": name, "questions_set": set_name, "split": "test",
                                **rerank.score(assistant, questions)})  # fmt: skip
        memory["after quality"] = peak_rss_mb()
        leaks = passages_with_gold_quotes(assistants[grown.name].indexes.current(), quotes,
                                          f"{GENERATED}/")  # fmt: skip
        for assistant in assistants.values():
            assistant.indexes.close()

    ingest_rate = grown.texts_embedded / grown.seconds
    encode_rate = recorder.passages / max(recorder.seconds, 1e-9)  # inside the ingest
    ratio = ingest_rate / raw["texts_per_s"] if raw["texts_per_s"] else None
    return {
        "benchmark": "corpus_scale",
        "settings": {**settings_summary(settings), "top_k": settings.top_k},
        "machine": {**machine, "load_average_end": load_average()},
        "embedder": {"spec": settings.embedder, "name": embedder.name, "dim": embedder.dim,
                     "load_and_warm_up_seconds": load_seconds},
        "options": {"docs": args.docs, "seed": args.seed, "encode_share": args.encode_share,
                    "queries": args.queries, "extended": str(extended) if extended else None},
        "notes": notes,
        "generation": generation,
        "raw_encode": raw,
        "ingest_cold": {
            **grown.to_dict(),
            "sources": {"shipped": len(shipped_files), "extended": len(ext_files),
                        "generated": len(docs)},
            "texts_embedded": grown.texts_embedded, "texts_per_s": ingest_rate,
            "encode_texts_per_s": encode_rate,
            "ratio_to_raw_encode": ratio, "target_ratio": TARGET_RATIO,
            "encode_ratio_to_raw_encode": encode_rate / raw["texts_per_s"]
            if raw["texts_per_s"] else None,
            "texts_per_cpu_s": grown.texts_embedded / grown.cpu_seconds,
            "ratio_to_raw_encode_per_cpu_s": grown.texts_embedded / grown.cpu_seconds
            / raw["texts_per_cpu_s"] if raw["texts_per_cpu_s"] else None,
            "met": ratio is not None and ratio >= TARGET_RATIO,
        },
        "index_size": size,
        "builds": [b.to_dict() for b in builds.values()],
        "search_latency": latency,
        "quality": quality,
        "generated_passages_with_gold_quotes": leaks,
        "memory_peak_mb": memory,
        "parse_worker_peak_rss_mb": parse_worker_mb,
        "wall_seconds": time.perf_counter() - wall,
    }  # fmt: skip


def render(results: dict[str, Any]) -> str:
    """The Markdown report: one table per phase, then memory."""
    gen, raw, cold = results["generation"], results["raw_encode"], results["ingest_cold"]
    mix = ", ".join(f"{k} {v}" for k, v in sorted(gen["by_kind_format"].items()))
    generation = markdown_table(
        ["generated documents", "towns", "text KB mean (min–max)", "MB on disk", "seconds", "mix"],
        [[gen["documents"], gen["towns"],
          f"{gen['text_kb']['mean']:.1f} ({gen['text_kb']['min']:.1f}–{gen['text_kb']['max']:.1f})",
          gen["bytes_on_disk"] / MB, gen["seconds"], mix]],
    )  # fmt: skip
    strata = [[name, s["texts"], s["mean_chars"], s["batches_timed"], s["texts_timed"],
               s["mean_chars_timed"], s["seconds_timed"], s["texts_per_s_timed"], s["seconds"],
               s["texts"] / s["seconds"] if s["seconds"] else None]
              for name, s in raw["strata"].items()]  # fmt: skip
    strata.append(["all", raw["texts"], None, None, None, None, None, None, raw["seconds"],
                   raw["texts_per_s"]])  # fmt: skip
    encode = markdown_table(["a. raw encode", "texts in ingest", "mean chars", "batches replayed",
                             "texts replayed", "their mean chars", "seconds", "texts/s",
                             "all: seconds (extrapolated)", "all: texts/s"], strata)  # fmt: skip
    src = cold["sources"]
    rest = cold["seconds"] - cold["encode_seconds"]
    ingest = markdown_table(
        ["b. cold ingest", "documents", "chunks", "texts embedded (chunks + units + words)",
         "seconds",
         "texts/s", "raw encode texts/s", "ratio", "target", "met"],
        [[f"{src['shipped']} shipped + {src['extended']} extended + {src['generated']} generated",
          cold["documents"], cold["chunks"],
          f"{cold['texts_embedded']} ({cold['chunks_embedded']} + {cold['units_embedded']}"
          f" + {cold.get('words_embedded', 0)})",
          cold["seconds"], cold["texts_per_s"], raw["texts_per_s"], cold["ratio_to_raw_encode"],
          f"≥ {cold['target_ratio']:.2f}", "yes" if cold["met"] else "NO"],
         ["  of which inside embed_passages", None, None, None, cold["encode_seconds"],
          cold["encode_texts_per_s"], raw["texts_per_s"], cold["encode_ratio_to_raw_encode"],
          "", ""],
         ["  of which the rest (parse, clean, chunk, store, FAISS, BM25)", None, None, None, rest,
          None, None, None, "", ""],
         ["  per CPU-second (other load barely moves it)", None, None, None, cold["cpu_seconds"],
          cold["texts_per_cpu_s"], raw["texts_per_cpu_s"], cold["ratio_to_raw_encode_per_cpu_s"],
          "", ""]],
    )  # fmt: skip
    size = results["index_size"]
    sizes = [[f"version: {name}", mb] for name, mb in size["parts_mb"].items()]
    sizes += [["version total", size["version_mb"]],
              ["embedding cache (embeddings.sqlite)", size["embedding_cache_mb"]]]  # fmt: skip
    disk = markdown_table(["b. index size on disk", "MB"], sizes)
    builds = {b["index"]: b for b in results["builds"]}
    latency = markdown_table(
        ["c. Assistant.search", "documents", "chunks", "queries", "p50 ms", "p95 ms", "mean ms"],
        [[name, builds[name]["documents"], builds[name]["chunks"], r["queries"], r["p50_ms"],
          r["p95_ms"], r["mean_ms"]] for name, r in results["search_latency"].items()],
    )  # fmt: skip
    quality = markdown_table(
        ["d. index", "documents", "chunks", "embedded when built", "questions (test)",
         "n", "hit@1", "hit@5", "MRR@10", "ms/question"],
        [[r["index"], builds[r["index"]]["documents"], builds[r["index"]]["chunks"],
          builds[r["index"]]["chunks_embedded"] + builds[r["index"]]["units_embedded"]
          + builds[r["index"]].get("words_embedded", 0),
          r["questions_set"], r["questions"], r["hit_at_1"], r["hit_at_5"], r["mrr_at_10"],
          r["ms_per_question"]] for r in results["quality"]],
    )  # fmt: skip
    leaks = results["generated_passages_with_gold_quotes"]
    memory = markdown_table(["after phase", "peak RSS MB (cumulative max)"],
                            [[k, v] for k, v in results["memory_peak_mb"].items()])  # fmt: skip
    m = results["machine"]
    return "\n\n".join([
        *[f"note: {n}" for n in results["notes"]],
        generation, encode, ingest, disk, latency, quality,
        f"generated passages containing a gold quote (counted as relevant if retrieved; must be "
        f"0): {len(leaks)}" + (f" — {', '.join(leaks[:5])}" if leaks else ""),
        memory,
        f"parse worker (child process) peak RSS: {results['parse_worker_peak_rss_mb']:.0f} MB",
        f"wall time {results['wall_seconds']:.1f} s · embedder {results['embedder']['name']}, "
        f"{m['threads']} thread(s) · load average (1/5/15 min) at start "
        f"{m['load_average_start']}, at end {m['load_average_end']}",
    ])  # fmt: skip


def generate_only(args: argparse.Namespace) -> None:
    """Write the generated corpus into args.generate_only and print its mix."""
    from assistant.settings import load_settings

    settings = load_settings()
    extended = args.extended if args.extended.is_dir() else None
    reserved = reserved_from_files(corpus_files(settings.corpus_dir, extended))
    start = time.perf_counter()
    docs = generate_documents(args.docs, args.seed, reserved, gold_quotes(gold_files(extended)))
    stats = write_corpus(docs, args.generate_only)
    print(markdown_table(["kind/format", "documents"], sorted(stats["by_kind_format"].items())))
    print(f"\n{stats['documents']} documents about {stats['towns']} towns in {args.generate_only}, "
          f"{stats['text_kb']['mean']:.1f} KB of text on average "
          f"({stats['text_kb']['min']:.1f}–{stats['text_kb']['max']:.1f}), "
          f"{time.perf_counter() - start:.1f} s")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="generated documents (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="keep the generated corpus and the data dirs in DIR (must be empty)",
    )
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="also write results as JSON")
    parser.add_argument(
        "--generate-only",
        type=Path,
        metavar="DIR",
        help="only write the generated corpus into DIR (must be empty) and stop",
    )
    parser.add_argument(
        "--extended",
        type=Path,
        default=DEFAULT_EXTENDED,
        metavar="DIR",
        help=f"the extended corpus (default {DEFAULT_EXTENDED})",
    )
    parser.add_argument(
        "--encode-share",
        type=float,
        default=0.1,
        metavar="X",
        help="share of the ingest's batches replayed for the raw encode rate",
    )
    parser.add_argument(
        "--queries",
        type=int,
        default=200,
        help="timed Assistant.search calls per index (gold questions cycled)",
    )
    args = parser.parse_args(argv)  # fmt: skip
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    if args.queries < 1:
        parser.error("--queries must be at least 1")
    if not 0 < args.encode_share <= 1:
        parser.error("--encode-share must be in (0, 1]")
    for option, folder, why in (
        ("--keep", args.keep, "a cold ingest needs fresh data dirs"),
        ("--generate-only", args.generate_only, "only generated documents belong there"),
    ):
        if folder is not None and folder.exists() and any(folder.iterdir()):
            parser.error(f"{option} {folder}: the folder is not empty; give a new or empty one "
                         f"({why})")  # fmt: skip
    if args.generate_only is not None:
        generate_only(args)
        return 0
    results = run(args)
    print(render(results))
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
