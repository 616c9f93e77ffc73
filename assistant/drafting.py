"""Proposal drafts written for the brief, with precedent missions as cited evidence.

`draft_proposal` reads the brief into a typed `Request` (assistant.brief), ranks the precedents
and keeps the comparable ones (assistant.precedents), and assembles a French proposal offline:
Compréhension de la demande, Contexte, Objectifs, Méthodologie par phase, Calendrier et phasage,
Livrables, Équipe et moyens, Budget, Références. The structure comes from the generic skeleton of
the requested mission type (assistant.skeletons), in the future tense, with the brief's town,
client, quantities, duration and fee first; precedents only bring evidence: quantity ranges and
enjeux cited [n] to the passage they come from, and past references (title, client, year,
amount). The actors of other sites are turned into categories (bailleur, aménageur, promoteur...)
and the named ones listed in a flagged "À vérifier" item. With no comparable mission, the draft
says so and follows the skeleton alone.

When a language model is configured it rewrites the same structure from the same numbered
passages (prompts/draft.md); its markers are checked, and a draft that cites nothing, drops a
brief-stated fact or names another site's actor falls back to the offline one with a notice.
`draft_markdown` and `draft_docx` render the same `Draft` record at the edge.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.brief import STEP_BY_KEY, TYPES_BY_KEY, Request, parse_request, thousands
from assistant.citations import MARKER, check_markers
from assistant.llm import Completer, LLMError
from assistant.missions import (
    MissionRecord,
    Passage,
    fold,
    format_range,
    records_by_id,
    tokens,
)
from assistant.precedents import (
    NOTICE_NO_PRECEDENT,
    Precedent,
    PrecedentFilters,
    rank_precedents,
)
from assistant.prompts import Prompts
from assistant.skeletons import Phase, Skeleton, skeleton_for
from index.analyzer import analyze
from index.embed import Embedder
from index.search import SearchParams
from index.store import Index

log = logging.getLogger(__name__)

SECTIONS = (
    "Compréhension de la demande",
    "Contexte",
    "Objectifs",
    "Méthodologie par phase",
    "Calendrier et phasage",
    "Livrables",
    "Équipe et moyens",
    "Budget",
    "Références",
)
REFERENCES_TITLE = "Références"
SOURCES_TITLE = "Sources citées"
DEFAULT_PRECEDENTS = 3
FLAG = "À vérifier"
DEFAULT_AUTHOR = "Renewal assistant"
NOTICE_LLM_FAILED = "Le modèle de langue n'a pas rédigé la proposition ({reason}) : projet assemblé à partir de la demande et des précédents."
NOTICE_UNCITED = "La rédaction du modèle ne citait aucun passage : projet assemblé à partir de la demande et des précédents."
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# -- records ------------------------------------------------------------------------------------


@dataclass
class DraftItem:
    """A paragraph or a list item; `text` carries its [n] markers inline; `flagged` items ask
    for a human check (named actors of another site, a missing client or budget)."""

    text: str
    kind: str = "item"  # "item" or "paragraph"
    flagged: bool = False

    @property
    def refs(self) -> list[int]:
        return [int(n) for g in MARKER.findall(self.text) for n in re.split(r"\s*[,;]\s*", g)]


@dataclass
class DraftSection:
    title: str
    items: list[DraftItem] = field(default_factory=list)


@dataclass
class Reference:
    """A numbered passage: `quote == document.text[start:end]`."""

    n: int
    doc_id: str
    chunk_id: str
    title: str
    section: str
    start: int
    end: int
    quote: str


@dataclass
class NamedActor:
    """An actor named in a precedent of another site, kept out of the text and flagged."""

    name: str
    category: str
    place: str
    ref: int


@dataclass
class Draft:
    brief: str
    title: str
    sections: list[DraftSection]
    references: list[Reference]
    precedents: list[dict[str, Any]]
    quantities: list[dict[str, Any]] = field(default_factory=list)
    mode: str = "offline"  # "offline" or "llm"
    notices: list[str] = field(default_factory=list)
    request: Request | None = None
    no_precedent: bool = False
    named_actors: list[NamedActor] = field(default_factory=list)

    @property
    def notice(self) -> str | None:
        return " ".join(self.notices) or None

    def body(self) -> str:
        """Every section's text, as one string (what a reader of the proposal reads)."""
        return "\n".join(i.text for s in self.sections for i in s.items)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["request"] = self.request.to_dict() if self.request else None
        for section, raw in zip(out["sections"], self.sections, strict=True):
            section["items"] = [{"kind": i.kind, "text": i.text, "refs": i.refs,
                                 "flagged": i.flagged} for i in raw.items]  # fmt: skip
        out["notice"] = self.notice
        out["uncited_items"] = sum(
            1 for s in self.sections for i in s.items if not i.refs and i.kind == "item"
        )
        return out


class _References:
    """Numbers passages in order of first citation; one number per distinct span."""

    def __init__(self, titles: dict[str, str]):
        self.titles = titles
        self.items: list[Reference] = []
        self._by_span: dict[tuple[str, int, int], int] = {}

    def number(self, p: Passage) -> int:
        key = (p.doc_id, p.start, p.end)
        if key not in self._by_span:
            n = len(self.items) + 1
            self._by_span[key] = n
            self.items.append(Reference(n, p.doc_id, p.chunk_id, self.titles.get(p.doc_id, p.doc_id),
                                        p.section, p.start, p.end, p.quote))  # fmt: skip
        return self._by_span[key]

    def cite(self, *passages: Passage | None) -> str:
        """The markers for these passages, e.g. "[3][7]"."""
        numbers = dict.fromkeys(self.number(p) for p in passages if p is not None)
        return "".join(f"[{n}]" for n in numbers)


# -- actors -------------------------------------------------------------------------------------

# Actors every site has, kept as categories; anything else named in a sheet is site-specific.
_ACTOR_CATEGORIES: tuple[tuple[str, str, bool], ...] = (
    # (pattern over the folded name, category, generic: an actor every site has, named as such)
    (r"^(?:oru|pru|npnru|pnru)$", "", True),  # a programme, not an actor
    (r"anru", "ANRU (délégation territoriale)", True),
    (r"^(?:etat|prefecture|sous-prefecture|prefet|ddt|ddtm|drihl|dreal|ddcs|direccte|dreets|drac|"
     r"services de l'etat)$|\bprefet|\bdelegue", "services de l'État", True),
    (r"^(?:fonciere logement|action logement)$", "Action Logement", True),
    (r"^(?:caisse des depots|banque des territoires)$", "Caisse des Dépôts (Banque des Territoires)", True),
    (r"^(?:collectivites territoriales|ville|commune|\d+ communes|departement|region|epci|"
     r"agglomeration|metropole|conseil (?:general|departemental|regional|municipal))$",
     "collectivités (ville, EPCI, département, région)", True),
    (r"^(?:services? [a-z' ]+|police municipale|archives municipales|centres? sociaux|centre social|"
     r"ecoles?|colleges?)$", "services de la collectivité", True),
    (r"^(?:mission locale|pole emploi|france travail|caf|education nationale|cil|"
     r"conference intercommunale du logement|plie|maison de l'emploi)$",
     "acteurs de l'emploi, du social et du logement", True),
    (r"^(?:acteurs sociaux du quartier|habitants|associations|conseils? citoyens?|jury citoyen|"
     r"amicales? de locataires)$", "habitants, conseil citoyen et acteurs associatifs", True),
    (r"^(?:bailleurs?(?: sociaux?)?|oph)$", "bailleurs sociaux", True),
    (r"\b(?:ville|commune|conseil general|conseil departemental|conseil regional|departement|"
     r"region|agglomeration|metropole|communaute)\b", "collectivités (ville, EPCI, département, région)", False),
    (r"habitat|hlm|\boph\b|opdhlm|logement|logi|semidep|immobiliere|bailleur|foyers?\b",
     "bailleurs sociaux", False),
    (r"\bsem\b|^sem|\bspl\b|amenag|\bepa\b|\bepf\b", "aménageurs", False),
    (r"citoyen|habitants|association", "habitants, conseil citoyen et acteurs associatifs", False),
)  # fmt: skip
PRIVATE_OPERATOR = "promoteurs ou opérateurs privés"


def actor_category(name: str) -> tuple[str, bool]:
    """(category, generic) of an actor as a sheet names it: "SEMABA" -> ("aménageur", False)."""
    folded = fold(name).strip(" .")
    for pattern, category, generic in _ACTOR_CATEGORIES:
        if re.search(pattern, folded):
            return category, generic
    return PRIVATE_OPERATOR, False


def split_actors(actors: Sequence[str]) -> list[str]:
    """ "Bailleurs Sociaux (Antony Habitat, SEMIDEP)" -> the head and each named member."""
    out: list[str] = []
    for actor in actors:
        head, _, inner = actor.partition("(")
        out.append(head.strip())
        out += [part.strip() for part in re.split(r",\s*", inner.rstrip(") ")) if part.strip()]
    return [a for a in out if a]


def named_actors_of(record: MissionRecord) -> list[tuple[str, str]]:
    """The site-specific actors a sheet names, with their category: [("SEMABA", "aménageur")]."""
    out = []
    for name in split_actors(record.actors):
        category, generic = actor_category(name)
        if not generic and category:
            out.append((name, category))
    return out


# -- offline assembly -------------------------------------------------------------------------


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


_CONTRACTIONS = ((r"\bde le ", "du "), (r"\bde les ", "des "), (r"\bà le ", "au "),
                 (r"\bà les ", "aux "), (r"\bde ([aeiouéèêh])", r"d'\1"))  # fmt: skip


def _french(text: str) -> str:
    """'de le quartier' -> 'du quartier', 'de environ' -> "d'environ"."""
    for pattern, replacement in _CONTRACTIONS:
        text = re.sub(pattern, replacement, text)
    return text


def _with_article(client: str) -> str:
    """'Ville de Lunel' -> 'La Ville de Lunel'; names without a known head stay as they are."""
    head = fold(client.split()[0]) if client.split() else ""
    feminine = {"ville", "commune", "metropole", "communaute", "region", "agglomeration", "mairie"}
    masculine = {"departement", "bailleur", "conseil", "syndicat", "office", "etablissement"}
    if head in feminine:
        return f"La {client}"
    if head in masculine:
        return f"Le {client}"
    return client


def _place_phrase(request: Request) -> str:
    """'le quartier des Glycines à Montval-sur-Orge', 'Montval-sur-Orge', or 'le site'."""
    if request.site and request.town:
        return f"le {request.site} à {request.town}"
    if request.site:
        return f"le {request.site}"
    return request.town or "le site concerné"


def proposal_title(request: Request) -> str:
    """A title written from the brief: 'Proposition de mission — Point d'étape de clôture —
    quartier des Glycines, Montval-sur-Orge'; never the brief cut."""
    label = " et ".join(dict.fromkeys(_type_label(k) for k in request.mission_types[:2])) or (
        request.mission_type.label
    )
    where = ", ".join(x for x in (request.site, request.town) if x)
    return " — ".join(x for x in ("Proposition de mission", _cap(label), where) if x)


def _type_label(key: str) -> str:
    return TYPES_BY_KEY[key].label if key in TYPES_BY_KEY else key


def _steps_phrase(request: Request) -> str:
    return ", ".join(s.display() for s in request.steps)


def _understanding(request: Request, no_precedent: bool) -> DraftSection:
    section = DraftSection(SECTIONS[0])
    client = _with_article(request.client) if request.client else "Le maître d'ouvrage"
    population = f" ({thousands(request.population)} habitants)" if request.population else ""
    label = " et ".join(_type_label(k) for k in request.mission_types) or "mission d'études"
    site = f"le {request.site}" if request.site else ""
    where = " à ".join(x for x in (site, request.town) if x) or "le site concerné"
    of_label = f"d'{label}" if fold(label)[:1] in "aeiouh" else f"de {label}"
    section.items.append(DraftItem(
        f"{client} sollicite une mission {of_label} pour {where}{population}.", "paragraph"
    ))  # fmt: skip
    if not request.client:
        section.items.append(DraftItem(
            f"{FLAG} : la demande ne nomme pas le maître d'ouvrage ; à préciser.", flagged=True
        ))  # fmt: skip
    scope = []
    if request.duration_months:
        weeks = (
            request.duration_text
            if request.duration_text
            and "mois" not in request.duration_text
            and "month" not in request.duration_text
            else ""
        )
        extra = f" ({weeks})" if weeks else ""
        scope.append(f"La mission se déroulera sur {request.duration_months} mois{extra}")
    if request.steps:
        verb = "et comprendra" if scope else "La mission comprendra"
        scope.append(f"{verb} : {_steps_phrase(request)}")
    if scope:
        section.items.append(DraftItem(" ".join(scope) + ".", "paragraph"))
    money = []
    if request.fee_text:
        money.append(f"Les honoraires indiqués dans la demande sont de {request.fee_text}.")
    if request.project_amount_text:
        money.append(f"Le projet urbain représente {request.project_amount_text} : ce montant est "
                     "celui des opérations, distinct du budget de la mission.")  # fmt: skip
    if money:
        section.items.append(DraftItem(" ".join(money), "paragraph"))
    if request.language == "en":
        section.items.append(DraftItem("La demande est rédigée en anglais ; la proposition est "
                                       "rédigée en français.", "paragraph"))  # fmt: skip
    if request.ignored:
        section.items.append(DraftItem(
            f"{FLAG} — éléments de la demande non retenus car contradictoires : "
            f"{' ; '.join(request.ignored)}. La proposition retient la première valeur ; à "
            "confirmer avec le maître d'ouvrage.", flagged=True,
        ))  # fmt: skip
    return section


def _context(request: Request, records: Sequence[MissionRecord], refs: _References,
             no_precedent: bool) -> DraftSection:  # fmt: skip
    section = DraftSection(SECTIONS[1])
    facts = []
    if request.site or request.town:
        subject = _cap(_place_phrase(request))
        programme = f" ({request.programme})" if request.programme else ""
        facts.append(f"{subject} fait l'objet d'un projet de renouvellement urbain{programme}"
                     if request.programme else f"{subject} est le périmètre de la mission")  # fmt: skip
    if request.population:
        facts.append(f"la commune compte {thousands(request.population)} habitants")
    if request.project_amount_text:
        facts.append(f"le montant du projet est de {request.project_amount_text}")
    if request.programme_figures:
        facts.append(
            "programme : " + ", ".join(f"{n} {w}" for w, n in request.programme_figures.items())
        )
    if facts:
        section.items.append(DraftItem(_cap(" ; ".join(facts)) + ".", "paragraph"))
    if no_precedent:
        section.items.append(DraftItem(
            NOTICE_NO_PRECEDENT.format(label=request.mission_type.label), "paragraph"
        ))  # fmt: skip
        return section
    cited = []
    for r in records:
        when = f", {r.years_text}" if r.years_text else ""
        cited.append(f"à {r.place} ({r.title}{when}) {refs.cite(r.sources.get('title'))}")
    plural = "s" if len(records) > 1 else ""
    their = "Leurs" if plural else "Ses"
    section.items.append(DraftItem(
        f"Mission{plural} comparable{plural} dans le corpus : {' ; '.join(cited)}. {their} "
        "méthodes et ordres de grandeur servent de repères à la présente proposition, sans être "
        "transposés tels quels.", "paragraph",
    ))  # fmt: skip
    return section


def _words(text: str) -> set[str]:
    return {t for t in tokens(text) if not t.isdigit() and len(t) > 2}


def _evidence(text: str, records: Sequence[MissionRecord], used: set[tuple[str, int]],
              ) -> tuple[MissionRecord, Passage] | None:  # fmt: skip
    """The precedent enjeu or content item closest to a skeleton sentence (3+ shared words)."""
    wanted = _words(text)
    best, best_overlap = None, 2
    for r in records:
        for p in (*r.enjeux, *r.content):
            if (p.doc_id, p.start) in used:
                continue
            overlap = len(wanted & _words(p.quote))
            if overlap > best_overlap:
                best, best_overlap = (r, p), overlap
    return best


def _objectives(request: Request, skeleton: Skeleton, records: Sequence[MissionRecord],
                refs: _References) -> DraftSection:  # fmt: skip
    section = DraftSection(SECTIONS[2])
    place = _place_phrase(request)
    used: set[tuple[str, int]] = set()
    for objective in skeleton.objectives:
        text = _french(objective.format(place=place))
        found = _evidence(text, records, used)
        if found:
            record, passage = found
            used.add((passage.doc_id, passage.start))
            text += f" Enjeu également traité à {record.place} {refs.cite(passage)}."
        section.items.append(DraftItem(text))
    return section


def _step_key(kind: str) -> str:
    return (analyze(STEP_BY_KEY[kind].singular) or [kind])[0]


def _precedent_range(kind: str, records: Sequence[MissionRecord], refs: _References
                     ) -> tuple[str, dict[str, Any]] | None:  # fmt: skip
    """'~40–50 entretiens dans les missions comparables [1][2]' for a step kind."""
    key = _step_key(kind)
    found = [(r, q) for r in records for q in r.quantities if q.key.split()[:1] == [key]]
    found = [
        (r, q) for i, (r, q) in enumerate(found) if all(x.doc_id != r.doc_id for x, _ in found[:i])
    ]
    if not found:
        return None
    low = min(q.low for _, q in found)
    high = max(q.high for _, q in found)
    approx = any(q.approx for _, q in found)
    label = STEP_BY_KEY[kind].plural
    shown = format_range(low, high, approx, label)
    details = " ; ".join(
        f"{format_range(q.low, q.high, q.approx)} à {r.place} {refs.cite(q.passage)}"
        for r, q in found
    )
    summary = {"key": kind, "label": label, "display": shown, "low": low, "high": high,
               "approx": approx,
               "sources": [{"doc_id": r.doc_id, "place": r.place, "ref": refs.number(q.passage),
                            "display": format_range(q.low, q.high, q.approx)} for r, q in found]}  # fmt: skip
    return details, summary


def _method(request: Request, skeleton: Skeleton, records: Sequence[MissionRecord],
            refs: _References) -> tuple[DraftSection, list[dict[str, Any]]]:  # fmt: skip
    section = DraftSection(SECTIONS[3])
    quantities: list[dict[str, Any]] = []
    placed: set[str] = set()
    phases = list(skeleton.phases)
    extra = [s for s in request.steps if all(st.count != s.kind for p in phases for st in p.steps)]
    for number, phase in enumerate(phases, start=1):
        section.items.append(DraftItem(f"Phase {number} — {phase.title}", "paragraph"))
        for step in phase.steps:
            if step.count is None:
                section.items.append(DraftItem(step.text))
                continue
            if step.count in placed:
                continue
            asked = request.step(step.count)
            evidence = _precedent_range(step.count, records, refs)
            if asked is None and evidence is None and step.count not in ("entretien", "atelier"):
                continue  # a step the brief does not ask for and no precedent counts
            kind = STEP_BY_KEY[step.count]
            if asked:
                counted = f"{asked.display()} (quantité demandée)"
            elif evidence:
                counted = f"{evidence[1]['display']} (nombre à confirmer)"
            else:
                counted = f"{kind.plural} (nombre à définir)"
            text = _french(step.text.replace("{count}", counted))
            if evidence:
                text += f" Repère : {evidence[0]}."
                quantities.append(evidence[1])
            placed.add(step.count)
            section.items.append(DraftItem(text))
        if phase is phases[-2] if len(phases) > 1 else phase is phases[-1]:
            for asked in extra:
                section.items.append(
                    DraftItem(_french(f"Réalisation de {asked.display()} (quantité demandée)."))
                )
    return section, quantities


def _allocate(total: int, weights: list[float]) -> list[int]:
    """Largest-remainder split of `total` units by weight; every phase gets one if possible."""
    raw = [total * w / sum(weights) for w in weights]
    parts = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)[
        : total - sum(parts)
    ]:
        parts[i] += 1
    for i, part in enumerate(parts):
        if part == 0 and max(parts) > 1:
            parts[parts.index(max(parts))] -= 1
            parts[i] = 1
    return parts


def _calendar(request: Request, phases: Sequence[Phase], records: Sequence[MissionRecord],
              refs: _References) -> DraftSection:  # fmt: skip
    section = DraftSection(SECTIONS[4])
    weights = [p.weight for p in phases]
    if request.duration_months:
        months = request.duration_months
        unit, total = (
            ("semaine", round(months * 4.33)) if months < len(phases) else ("mois", months)
        )
        section.items.append(DraftItem(
            f"Durée totale : {months} mois, conformément à la demande.", "paragraph"
        ))  # fmt: skip
        start = 1
        for number, (phase, size) in enumerate(
            zip(phases, _allocate(total, weights), strict=True), 1
        ):
            end = start + size - 1
            units = unit if unit == "mois" else f"{unit}s"
            span = f"{unit} {start}" if size == 1 else f"{units} {start} à {end}"
            section.items.append(DraftItem(f"Phase {number} — {phase.title} : {span}."))
            start = end + 1
        return section
    durations = [(r, r.sources.get("years")) for r in records if r.duration_months]
    hint = ""
    if durations:
        shown = " ; ".join(
            f"{r.duration_months} mois à {r.place} {refs.cite(p)}" for r, p in durations
        )
        hint = f" Repère : {shown}."
    section.items.append(DraftItem(
        f"{FLAG} : la demande ne fixe pas de durée ; calendrier à arrêter avec le maître "
        f"d'ouvrage.{hint}", flagged=True,
    ))  # fmt: skip
    for number, phase in enumerate(phases, 1):
        section.items.append(DraftItem(f"Phase {number} — {phase.title} : durée à préciser."))
    return section


def _deliverables(skeleton: Skeleton) -> DraftSection:
    return DraftSection(SECTIONS[5], [DraftItem(d) for d in skeleton.deliverables])


def _team(request: Request, skeleton: Skeleton, records: Sequence[MissionRecord],
          refs: _References) -> tuple[DraftSection, list[NamedActor]]:  # fmt: skip
    section = DraftSection(SECTIONS[6], [DraftItem(t) for t in skeleton.team])
    categories: dict[str, list[Passage]] = {}
    named: list[NamedActor] = []
    same_town = {fold(request.town)} if request.town else set()
    for r in records:
        passage = r.sources.get("actors")
        for name in split_actors(r.actors):
            category, generic = actor_category(name)
            if not category:
                continue
            categories.setdefault(category, [])
            if passage and passage not in categories[category]:
                categories[category].append(passage)
            if not generic and fold(r.place) not in same_town:
                ref = refs.number(passage) if passage else 0
                named.append(NamedActor(name, category, r.place, ref))
    if categories:
        listed = "; ".join(f"{c} {refs.cite(*ps)}".strip() for c, ps in categories.items())
        section.items.append(DraftItem(f"Partenaires à associer, par catégorie : {listed}."))
    elif request.mission_types:
        section.items.append(
            DraftItem("Partenaires à associer : à définir avec le maître d'ouvrage.")
        )
    if named:
        by_place: dict[str, list[NamedActor]] = {}
        for actor in named:
            by_place.setdefault(actor.place, []).append(actor)
        parts = [
            f"à {place} : "
            + ", ".join(f"{a.name} ({a.category.split(' (')[0]})" for a in actors)
            + f" {refs.cite(*(r.sources.get('actors') for r in records if r.place == place))}"
            for place, actors in by_place.items()
        ]
        section.items.append(DraftItem(
            f"{FLAG} — acteurs nommés dans les missions de référence, propres à leur site et non "
            f"repris : {' ; '.join(parts)}. Identifier leurs équivalents sur le site.", flagged=True,
        ))  # fmt: skip
    return section, named


def _budget(request: Request, phases: Sequence[Phase]) -> DraftSection:
    section = DraftSection(SECTIONS[7])
    if request.fee_eur and request.fee_text:
        tax = (
            " HT"
            if re.search(r"\bHT\b", request.fee_text, re.IGNORECASE)
            else (" TTC" if re.search(r"\bTTC\b", request.fee_text, re.IGNORECASE) else "")
        )
        section.items.append(DraftItem(
            f"Honoraires : {request.fee_text}, montant indiqué dans la demande, répartis par phase "
            "au prorata de la charge de travail :", "paragraph",
        ))  # fmt: skip
        weights = [p.weight for p in phases]
        for number, phase in enumerate(phases, 1):
            share = request.fee_eur * phase.weight / sum(weights)
            section.items.append(DraftItem(
                f"Phase {number} — {phase.title} : environ {thousands(round(share, -2))} €{tax}."
            ))  # fmt: skip
    else:
        section.items.append(DraftItem(
            f"{FLAG} : la demande n'indique pas de budget ; honoraires à chiffrer par phase "
            "[montant à compléter].", flagged=True,
        ))  # fmt: skip
    if request.project_amount_text:
        section.items.append(DraftItem(
            f"Pour mémoire, le montant du projet urbain ({request.project_amount_text}) n'est "
            "pas le budget de la mission.", "paragraph",
        ))  # fmt: skip
    return section


def _references(records: Sequence[MissionRecord], refs: _References) -> DraftSection:
    section = DraftSection(SECTIONS[8])
    if not records:
        section.items.append(DraftItem(
            f"{FLAG} : aucune mission comparable dans le corpus ; références à compléter.",
            flagged=True,
        ))  # fmt: skip
    for r in records:
        src = r.sources
        parts = [f"{r.title} {refs.cite(src.get('title'))}"]
        if r.client:
            parts.append(f"maître d'ouvrage : {r.client} {refs.cite(src.get('client'))}")
        if r.years_text or r.years:
            year = r.years_text or ", ".join(map(str, r.years))
            parts.append(f"{year} {refs.cite(src.get('years'))}")
        if r.amount_text:
            parts.append(f"montant du projet : {r.amount_text} {refs.cite(src.get('amount'))}")
        section.items.append(DraftItem(" ; ".join(p.strip() for p in parts)))
    return section


def assemble_draft(request: Request, precedents: Sequence[Precedent | MissionRecord],
                   no_precedent: bool = False) -> Draft:  # fmt: skip
    """The offline draft: the brief's facts in the skeleton of its mission type, precedents cited
    as evidence."""
    records = [p.record if isinstance(p, Precedent) else p for p in precedents]
    refs = _References({r.doc_id: r.title for r in records})
    skeleton = skeleton_for(request.mission_types)
    understanding = _understanding(request, no_precedent)
    context = _context(request, records, refs, no_precedent)
    objectives = _objectives(request, skeleton, records, refs)
    method, quantities = _method(request, skeleton, records, refs)
    calendar = _calendar(request, skeleton.phases, records, refs)
    team, named = _team(request, skeleton, records, refs)
    sections = [understanding, context, objectives, method, calendar, _deliverables(skeleton),
                team, _budget(request, skeleton.phases), _references(records, refs)]  # fmt: skip
    notices = [NOTICE_NO_PRECEDENT.format(label=request.mission_type.label)] if no_precedent else []
    if request.ignored:
        notices.append(f"Éléments contradictoires non retenus : {' ; '.join(request.ignored)}.")
    return Draft(
        brief=request.text, title=proposal_title(request), sections=sections,
        references=refs.items, precedents=[_precedent_summary(p) for p in precedents],
        quantities=quantities, notices=notices, request=request, no_precedent=no_precedent,
        named_actors=named,
    )  # fmt: skip


def _precedent_summary(p: Precedent | MissionRecord) -> dict[str, Any]:
    record = p.record if isinstance(p, Precedent) else p
    out: dict[str, Any] = {"doc_id": record.doc_id, "title": record.title, "place": record.place}
    if isinstance(p, Precedent):
        out.update(rank=p.rank, score=p.score, similarity=p.similarity, comparable=p.comparable)
    return out


# -- the language model -------------------------------------------------------------------------


def format_reference_passages(references: Sequence[Reference]) -> str:
    """Numbered passages framed as quoted data, as for answers."""
    blocks = []
    for ref in references:
        body = ref.quote.replace("<<<", "‹‹‹").replace(">>>", "›››")
        section = f" — {ref.section}" if ref.section else ""
        blocks.append(f"[{ref.n}] {ref.title}{section}\n<<<\n{body}\n>>>")
    return "\n\n".join(blocks)


def _facts_block(request: Request) -> str:
    names = {"client": "maître d'ouvrage", "town": "commune", "site": "site",
             "population": "population (habitants)", "duration": "durée", "fee": "honoraires",
             "project_amount": "montant du projet urbain (pas le budget de la mission)"}  # fmt: skip
    lines = []
    for key, value in request.facts().items():
        label = names.get(key) or f"quantité demandée ({key.split(':', 1)[1]})"
        lines.append(f"- {label} : {value}")
    return "\n".join(lines) or "(aucun)"


def draft_messages(prompts: Prompts, offline: Draft) -> list[dict[str, str]]:
    request = offline.request
    assert request is not None
    structure = "\n".join(
        line for line in draft_markdown(offline, sources=False).splitlines()[1:]
    ).strip()
    forbidden = ", ".join(dict.fromkeys(a.name for a in offline.named_actors)) or "(aucun)"
    system = prompts.template("draft").format(
        brief=offline.brief,
        facts=_facts_block(request),
        structure=structure,
        sections="\n".join(f"## {title}" for title in SECTIONS[:-1]),
        forbidden=forbidden,
        passages=format_reference_passages(offline.references),
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": offline.brief}]


def parse_markdown_draft(text: str) -> list[DraftSection]:
    """Sections ("## ...") with their paragraphs and list items; "Références" and "Sources"
    sections dropped (they are added from the records)."""
    sections: list[DraftSection] = []
    current: DraftSection | None = None
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph and current is not None:
            current.items.append(DraftItem(" ".join(paragraph), "paragraph"))
        paragraph.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(">"):
            continue  # a notice, rendered from the record
        heading = re.match(r"^#{1,6}\s+(.+)$", stripped)
        if heading:
            flush()
            current = DraftSection(heading.group(1).strip().strip("*"))
            sections.append(current)
            continue
        if current is None:
            if stripped:
                current = DraftSection(SECTIONS[0])
                sections.append(current)
            else:
                continue
        item = re.match(r"^(?:[-*•]|\d+[.)])\s+(.+)$", stripped)
        if item:
            flush()
            text_ = item.group(1).strip()
            current.items.append(DraftItem(text_, flagged=text_.startswith(FLAG)))
        elif stripped:
            paragraph.append(stripped)
        else:
            flush()
    flush()
    dropped = {fold(REFERENCES_TITLE), fold(SOURCES_TITLE)}
    return [s for s in sections if fold(s.title) not in dropped and s.items]


def _renumber(sections: list[DraftSection], references: Sequence[Reference]) -> list[Reference]:
    """Keep only the cited references, numbered in order of first citation."""
    mapping: dict[int, int] = {}
    for section in sections:
        for item in section.items:
            for n in item.refs:
                mapping.setdefault(n, len(mapping) + 1)

    def fix(match: re.Match[str]) -> str:
        numbers = [
            mapping[int(n)] for n in re.split(r"\s*[,;]\s*", match.group(1)) if int(n) in mapping
        ]
        return "".join(f"[{n}]" for n in dict.fromkeys(numbers))

    for section in sections:
        for item in section.items:
            item.text = MARKER.sub(fix, item.text)
    by_old = {r.n: r for r in references}
    return [
        Reference(**{**asdict(by_old[old]), "n": new})
        for old, new in sorted(mapping.items(), key=lambda kv: kv[1])
    ]


def missing_facts(draft: Draft) -> list[str]:
    """The brief-stated facts the draft's body does not repeat."""
    if draft.request is None:
        return []

    def flat(text: str) -> str:  # a model writes "40 000" with a plain space
        return " ".join(fold(text).replace("\u202f", " ").replace("\u00a0", " ").split())

    body = flat(draft.body())
    return [v for v in draft.request.facts().values() if flat(v) not in body]


def unflagged_actors(draft: Draft, names: Sequence[str]) -> list[str]:
    """Named actors of other sites that appear in an item not flagged for review (the
    "Références" section, which lists the past missions with their own clients, aside)."""
    found = []
    items = [i for s in draft.sections if s.title != REFERENCES_TITLE for i in s.items]
    for name in dict.fromkeys(names):
        pattern = re.compile(rf"(?<!\w){re.escape(fold(name))}(?!\w)")
        if any(pattern.search(fold(i.text)) and not i.flagged for i in items):
            found.append(name)
    return found


def llm_draft(completer: Completer, prompts: Prompts, offline: Draft) -> Draft:
    """The model rewrites the offline draft's structure from the same passages; checked.

    Raises LLMError when the model fails, cites nothing, leaves out a brief-stated fact or
    names another site's actor outside a flagged item, so the caller can fall back.
    """
    raw = completer.complete(draft_messages(prompts, offline)).strip()
    checked = check_markers(raw, len(offline.references))
    if not checked.valid:
        raise LLMError("the draft cited no passage")
    sections = parse_markdown_draft(checked.text)
    if not sections:
        raise LLMError("the draft had no section")
    # The past references are records, not prose: always the offline section.
    sections.append(DraftSection(offline.sections[-1].title,
                                 [DraftItem(i.text, i.kind, i.flagged) for i in offline.sections[-1].items]))  # fmt: skip
    references = _renumber(sections, offline.references)
    draft = Draft(brief=offline.brief, title=offline.title, sections=sections,
                  references=references, precedents=offline.precedents, quantities=[],
                  mode="llm", notices=list(offline.notices), request=offline.request,
                  no_precedent=offline.no_precedent, named_actors=offline.named_actors)  # fmt: skip
    missing = missing_facts(draft)
    if missing:
        raise LLMError(f"the draft left out facts of the brief: {', '.join(missing)}")
    leaked = unflagged_actors(draft, [a.name for a in offline.named_actors])
    if leaked:
        raise LLMError(f"the draft named actors of another site: {', '.join(leaked)}")
    return draft


# -- entry point --------------------------------------------------------------------------------


def choose_precedents(index: Index, embedder: Embedder | None, brief: str, *,
                      doc_ids: Sequence[str] | None = None, k: int = DEFAULT_PRECEDENTS,
                      filters: PrecedentFilters | None = None,
                      params: SearchParams | None = None) -> tuple[list[Precedent | MissionRecord], bool]:  # fmt: skip
    """The missions to draw from and whether none is comparable: the doc_ids given (in that
    order; a consultant's choice counts as comparable), or the comparable best-ranked ones."""
    _, ranked = rank_precedents(index, embedder, brief, filters=None if doc_ids else filters,
                                params=params)  # fmt: skip
    if doc_ids:
        by_id = {p.record.doc_id: p for p in ranked}
        records = records_by_id(index, list(dict.fromkeys(doc_ids)))
        return [by_id.get(r.doc_id, r) for r in records], False
    comparable = [p for p in ranked if p.comparable][:k]
    return comparable, not comparable


def draft_proposal(index: Index, embedder: Embedder | None, brief: str, *,
                   doc_ids: Sequence[str] | None = None, k: int = DEFAULT_PRECEDENTS,
                   filters: PrecedentFilters | None = None, completer: Completer | None = None,
                   prompts: Prompts | None = None,
                   params: SearchParams | None = None) -> Draft:  # fmt: skip
    """A proposal written for a brief: by the model when one is given, else assembled offline."""
    request = parse_request(brief)
    precedents, none_comparable = choose_precedents(
        index, embedder, request.text, doc_ids=doc_ids, k=k, filters=filters, params=params
    )
    offline = assemble_draft(request, precedents, no_precedent=none_comparable)
    if completer is None or prompts is None:
        return offline
    try:
        return llm_draft(completer, prompts, offline)
    except LLMError as exc:
        log.warning("LLM draft failed, using the offline draft: %s", exc)
        cause = exc.__cause__
        if str(exc) == "the draft cited no passage":
            offline.notices.insert(0, NOTICE_UNCITED)
        else:
            reason = type(cause).__name__ if cause else str(exc)
            offline.notices.insert(0, NOTICE_LLM_FAILED.format(reason=reason))
        return offline


# -- rendering ----------------------------------------------------------------------------------


def _reference_line(ref: Reference) -> str:
    section = f" — {ref.section}" if ref.section else ""
    quote = " ".join(ref.quote.split())
    return f"{ref.title}{section} (`{ref.doc_id}`, car. {ref.start}–{ref.end}) : « {quote} »"


def draft_markdown(draft: Draft, sources: bool = True) -> str:
    """The draft as Markdown: headings, items with [n] markers, the numbered sources."""
    lines = [f"# {draft.title}", ""]
    for notice in draft.notices:
        lines += [f"> {notice}", ""]
    for section in draft.sections:
        lines += [f"## {section.title}", ""]
        previous = None
        for item in section.items:
            if previous == "item" and item.kind == "paragraph":
                lines.append("")
            lines.append(f"- {item.text}" if item.kind == "item" else item.text)
            if item.kind == "paragraph":
                lines.append("")
            previous = item.kind
        if lines[-1] != "":
            lines.append("")
    if sources:
        lines += [f"## {SOURCES_TITLE}", ""]
        lines += [f"{ref.n}. {_reference_line(ref)}" for ref in draft.references]
    return "\n".join(lines).rstrip() + "\n"


# Characters XML 1.0 does not allow (a brief may carry \u0001 or \ufffe): lxml refuses them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
LANGUAGE = "fr-FR"


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


def _set_language(element: Any, language: str) -> None:
    """Set w:lang (val, eastAsia, bidi) on a style's or the defaults' run properties."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = element.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        element.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)
    lang.set(qn("w:bidi"), "ar-SA")


def draft_docx(draft: Draft, author: str = DEFAULT_AUTHOR) -> bytes:
    """The draft as a Word document: A4 pages, French (fr-FR) on every style and run, title and
    author in the document properties, Heading styles, bullet items, sources as a numbered list
    (characters XML does not allow are left out)."""
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Mm

    document = docx.Document()
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(20)
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            _set_language(rpr_default, LANGUAGE)
    for style in styles.findall(qn("w:style")):
        _set_language(style, LANGUAGE)
    properties = document.core_properties
    properties.title = _xml_safe(draft.title)
    properties.author = properties.last_modified_by = author
    properties.language = LANGUAGE
    properties.subject = "Proposition de mission"
    properties.comments = _xml_safe(draft.brief[:500])

    def paragraph(text: str, style: str | None = None) -> None:
        p = document.add_paragraph(style=style)
        run = p.add_run(_xml_safe(text))
        _set_language(run._r, LANGUAGE)

    heading = document.add_heading(level=0)
    _set_language(heading.add_run(_xml_safe(draft.title))._r, LANGUAGE)
    for notice in draft.notices:
        paragraph(notice, "Intense Quote")
    for section in draft.sections:
        h = document.add_heading(level=1)
        _set_language(h.add_run(_xml_safe(section.title))._r, LANGUAGE)
        for item in section.items:
            paragraph(item.text, "List Bullet" if item.kind == "item" else None)
    h = document.add_heading(level=1)
    _set_language(h.add_run(SOURCES_TITLE)._r, LANGUAGE)
    for ref in draft.references:
        paragraph(_reference_line(ref).replace("`", ""), "List Number")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
