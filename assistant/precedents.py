"""Precedent missions ranked for a consultant's brief, and compared side by side.

The missions are the `MissionRecord`s of the index's mission sheets (see `assistant.missions`).
`find_precedents` ranks them for a free-text brief. The score combines

- a document-level retrieval score: hybrid search over the mission sheets' chunks, each chunk's
  fused score normalised by the best possible one, then 0.6 × max + 0.4 × mean over the
  mission's chunks;
- field matches, each explained with the passages it rests on: mission type (cue words such as
  "point d'étape" or "clôture" point to "Capitalisation"), the brief's key phrases found in the
  title, enjeux, content or components ("plan stratégique local" also as "PSL"), population
  close to the brief's ("40 000 habitants"), components, amount, client and site named.

Only the criteria the brief expresses count: score = 0.35 × retrieval + 0.65 × Σ wᵢ·sᵢ / Σ wᵢ.
`comparison_table` lays chosen missions side by side (rows = fields, columns = missions).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.brief import BriefError, Request, family, mission_types_in, parse_request
from assistant.missions import (
    POPULATION,
    MissionRecord,
    Passage,
    fold,
    mission_records,
    records_by_id,
    tokens,
)
from index.analyzer import analyze
from index.embed import Embedder
from index.search import FilterError, SearchParams, hybrid_search
from index.store import Index
from ingest.metadata import parse_amount, parse_number

__all__ = ["BriefError", "find_precedents", "rank_precedents", "comparison_table"]

RETRIEVAL_WEIGHT = 0.35
CRITERIA_WEIGHTS = {
    "mission_type": 1.0,
    "keywords": 2.0,
    "population": 1.0,
    "components": 1.0,
    "amount": 1.0,
    "client": 0.5,
    "site": 0.5,
}
# A population or amount this many times larger (or smaller) than the brief's scores 0.
POPULATION_TOLERANCE = 2.0
AMOUNT_TOLERANCE = 3.0
MAX_SEARCH_CHUNKS = 1000

# Words that say what kind of mission a brief asks for -> the mission type they point to
# (matched accent- and case-insensitively inside the sheets' "Type de mission").
MISSION_TYPE_CUES: dict[str, tuple[str, ...]] = {
    "capitalisation": ("capitalisation", "capitaliser", "point d'étape", "point d'etape",
                       "clôture", "bilan", "retour d'expérience", "évaluation"),
    "etudes urbaines": ("étude urbaine", "études urbaines", "plan guide", "plan-guide",
                        "diagnostic urbain", "schéma directeur"),
    "concertation": ("concertation", "participation des habitants", "conseil citoyen"),
    "assistance a maitrise d'ouvrage": ("assistance à maîtrise d'ouvrage", "amo", "pilotage"),
    "gestion urbaine de proximite": ("gestion urbaine de proximité", "gup"),
    "evaluation": ("évaluation", "évaluer", "bilan"),
}  # fmt: skip
# Acronyms of the field, expanded wherever words are compared, so "PSL" matches
# "plan stratégique local".
GENERIC_WORDS = frozenset(
    analyze("quartier quartiers habitant habitants mission missions projet projets ville villes "
            "commune communes proposition besoin besoins montant montants durée mois semaine "
            "semaines an ans année budget honoraires ht ttc euro euros environ total anru")
)  # fmt: skip
_AMOUNT = re.compile(
    r"\d[\d \u00a0\u202f.,]*\s*(?:milliards?|mds?|md|millions?|m|k)?\s*(?:d['’]\s*)?(?:€|euros?\b|eur\b)",
    re.IGNORECASE,
)


# Precedent comparability, calibrated on the TRAIN briefs of tests/assistant/briefs.py (the TEST
# briefs there measure it, tests/assistant/test_proposals.py). A mission is comparable when the
# cosine similarity between the brief and the mission's closest chunk (multilingual-e5-small)
# reaches a floor, and its type belongs to the family of the type the brief asks for. On the
# train briefs, typed comparable ones score 0.81-0.86 (English ones lowest); briefs that name no
# known mission type but are unrelated (traffic, school catering, flood risk) still score up to
# 0.84, since every French administrative text is close to every other in that space: without a
# type, only a near-identical mission counts.
SIMILARITY_FLOOR = 0.80
UNTYPED_SIMILARITY_FLOOR = 0.86
NOTICE_NO_PRECEDENT = (
    "Aucune mission comparable dans le corpus pour une mission de type « {label} » : "
    "la proposition suit une trame générique, à adapter."
)


# -- filters ------------------------------------------------------------------------------------

PRECEDENT_FILTER_KEYS = ("mission_type", "client", "year", "amount_min", "amount_max", "site")


@dataclass(frozen=True)
class PrecedentFilters:
    mission_type: str | None = None
    client: str | None = None
    year_min: int | None = None
    year_max: int | None = None
    amount_min: float | None = None
    amount_max: float | None = None
    site: str | None = None

    def matches(self, record: MissionRecord) -> bool:
        if self.mission_type and fold(self.mission_type) not in fold(record.mission_type or ""):
            return False
        if self.client and fold(self.client) not in fold(record.client or ""):
            return False
        if self.site:
            places = " | ".join(x for x in (record.site, record.town, record.neighbourhood) if x)
            if fold(self.site) not in fold(places):
                return False
        if self.year_min is not None or self.year_max is not None:
            lo, hi = self.year_min or 0, self.year_max or 9999
            if not any(lo <= y <= hi for y in record.years):
                return False
        if self.amount_min is not None or self.amount_max is not None:
            if record.amount_eur is None:
                return False
            if self.amount_min is not None and record.amount_eur < self.amount_min:
                return False
            if self.amount_max is not None and record.amount_eur > self.amount_max:
                return False
        return True

    @property
    def amount_range(self) -> tuple[float | None, float | None]:
        return self.amount_min, self.amount_max


def parse_precedent_filters(items: Sequence[str] | dict[str, Any] | None) -> PrecedentFilters:
    """["mission_type=Capitalisation", "year=2010-2015", "amount_min=100M€"] (or a dict)."""
    if not items:
        return PrecedentFilters()
    pairs: list[tuple[str, Any]] = []
    if isinstance(items, dict):
        pairs = list(items.items())
    else:
        for item in items:
            if "=" not in item:
                raise FilterError(f"filter {item!r} must look like key=value, e.g. client=ANRU")
            key, value = item.split("=", 1)
            pairs.append((key, value))
    values: dict[str, Any] = {}
    for key, raw in pairs:
        key, value = str(key).strip(), str(raw).strip()
        if key not in PRECEDENT_FILTER_KEYS:
            raise FilterError(
                f"unknown precedent filter {key!r}; known: {', '.join(PRECEDENT_FILTER_KEYS)}"
            )
        if not value:
            continue
        if key == "year":
            match = re.fullmatch(r"(\d{4})(?:\s*-\s*(\d{4}))?", value)
            if not match:
                raise FilterError(f"year must be a year or a range like 2010-2015 (got {value!r})")
            low, high = int(match.group(1)), int(match.group(2) or match.group(1))
            if low > high:
                raise FilterError(f"year range must go from the earlier year (got {value!r})")
            values["year_min"], values["year_max"] = low, high
        elif key in ("amount_min", "amount_max"):
            amount = parse_amount(value)
            if amount is None:
                raise FilterError(
                    f"{key} must be an amount such as 150M€ or 150000000 (got {value!r})"
                )
            values[key] = amount
        else:
            values[key] = value
    if (values.get("amount_min") or 0) > (values.get("amount_max") or math.inf):
        raise FilterError("amount_min is larger than amount_max: swap them")
    return PrecedentFilters(**values)


# -- the brief ----------------------------------------------------------------------------------


@dataclass
class BriefWord:
    text: str
    start: int
    end: int
    tokens: list[str]


@dataclass
class Brief:
    """What a brief says that can be matched: key phrases, population, amount, named things."""

    text: str
    phrases: list[list[BriefWord]]  # runs of key words, e.g. "point d'étape de clôture"
    population: int | None = None
    population_text: str | None = None
    amount_eur: float | None = None
    amount_text: str | None = None
    request: Request | None = None  # the typed reading (assistant.brief)
    mission_types: dict[str, list[str]] = field(default_factory=dict)  # type key -> cues found
    clients: list[str] = field(default_factory=list)  # known clients the brief names
    places: list[str] = field(default_factory=list)  # known towns / neighbourhoods it names
    components: list[str] = field(default_factory=list)  # known components it names

    def phrase_text(self, phrase: list[BriefWord]) -> str:
        return self.text[phrase[0].start : phrase[-1].end]

    @property
    def key_tokens(self) -> list[str]:
        return [t for phrase in self.phrases for w in phrase for t in w.tokens]

    def to_dict(self) -> dict[str, Any]:
        return {
            "brief": self.text,
            "key_phrases": [self.phrase_text(p) for p in self.phrases],
            "population": self.population,
            "population_text": self.population_text,
            "amount_eur": self.amount_eur,
            "amount_text": self.amount_text,
            "mission_types": self.mission_types,
            "clients": self.clients,
            "places": self.places,
            "components": self.components,
            "request": self.request.to_dict() if self.request else None,
        }


def _contains(haystack_tokens: set[str], needle: str) -> bool:
    wanted = set(tokens(needle))
    return bool(wanted) and wanted <= haystack_tokens


def parse_brief(text: str, records: Sequence[MissionRecord] = ()) -> Brief:
    """Key phrases, population ("40 000 habitants"), amount ("150 M€") and what the brief names."""
    request = parse_request(text)
    text = request.text
    brief = Brief(text=text, phrases=[], request=request)
    all_tokens = set(tokens(text))
    # Only the client the brief names as such: "convention ANRU" does not make ANRU the client.
    wanted = set(tokens(request.client)) if request.client else set()
    brief.clients = sorted(
        {r.client for r in records if r.client and wanted and set(tokens(r.client)) <= wanted}
    )
    brief.places = sorted({p for r in records for p in (r.town, r.neighbourhood)
                           if p and _contains(all_tokens, p) and len(p) > 2})  # fmt: skip
    brief.components = sorted(
        {c for r in records for c in r.components if _contains(all_tokens, c)}
    )
    excluded = GENERIC_WORDS | {t for c in brief.clients for t in tokens(c)}

    population = POPULATION.search(text)
    if population:
        value = parse_number(population.group("n")) or 0
        if population.group("k"):
            value *= 1000
        brief.population = int(value)
        brief.population_text = population.group()
    # Sheets give the urban project's envelope; the mission's fee is never compared with it.
    amount = None
    if request.project_amount_text:
        brief.amount_eur, brief.amount_text = (
            request.project_amount_eur,
            request.project_amount_text,
        )
        amount = re.search(re.escape(request.project_amount_text), text)
    fee = re.search(re.escape(request.fee_text), text) if request.fee_text else None
    duration = re.search(re.escape(request.duration_text), text) if request.duration_text else None
    folded = fold(text)
    for type_key, cues in MISSION_TYPE_CUES.items():
        found = list({fold(cue): cue for cue in reversed(cues)
                      if re.search(rf"(?<!\w){re.escape(fold(cue))}(?!\w)", folded)}.values())[::-1]  # fmt: skip
        if re.search(rf"(?<!\w){re.escape(type_key)}(?!\w)", folded) and type_key not in found:
            found.insert(0, type_key)
        if found:
            brief.mission_types[type_key] = found
    for r in records:  # a type written as such in the brief ("mission de capitalisation")
        if r.mission_type and _contains(all_tokens, r.mission_type):
            brief.mission_types.setdefault(fold(r.mission_type), [r.mission_type])

    # Runs of key words; punctuation and non-key words (numbers, generic words) end a run.
    skip = {m.span() for m in (population, amount, fee, duration) if m}
    run: list[BriefWord] = []
    for match in re.finditer(r"[\w'’-]+|[,;.:!?()«»\"]", text):
        word = match.group()
        inside = any(s <= match.start() < e for s, e in skip)
        word_tokens = [] if inside else tokens(word)
        key = [t for t in word_tokens if t not in excluded and not t.isdigit()]
        if key:
            run.append(BriefWord(word, match.start(), match.end(), key))
        elif word_tokens or not re.match(r"\w", word) or inside:
            if run:
                brief.phrases.append(run)
            run = []
        # stop words ("de", "d'") neither add to nor end a run
    if run:
        brief.phrases.append(run)
    return brief


# -- ranking ------------------------------------------------------------------------------------


@dataclass
class Match:
    """Why a mission matches: one criterion, its score (0..1) and the passages it rests on."""

    criterion: str
    score: float
    weight: float
    detail: str
    terms: list[str] = field(default_factory=list)
    zones: list[str] = field(default_factory=list)  # title, enjeux, content, components...
    passages: list[Passage] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["passages"] = [p.to_dict() for p in self.passages]
        return out


@dataclass
class Precedent:
    record: MissionRecord
    score: float
    retrieval: dict[str, Any]  # score, max, mean, chunks [{chunk_id, section, score}]
    field_score: float
    matches: list[Match]
    rank: int = 0
    similarity: float = 0.0  # cosine of the brief and the mission's closest chunk
    type_match: bool | None = None  # None: the brief names no mission type
    comparable: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "comparable": self.comparable,
            "similarity": self.similarity,
            "type_match": self.type_match,
            "doc_id": self.record.doc_id,
            "title": self.record.title,
            "score": self.score,
            "retrieval_score": self.retrieval["score"],
            "field_score": self.field_score,
            "retrieval": self.retrieval,
            "matches": [m.to_dict() for m in self.matches],
            "record": self.record.to_dict(),
        }


@dataclass
class PrecedentSearch:
    brief: Brief | None
    precedents: list[Precedent]
    comparison: dict[str, Any] | None = None
    filters: PrecedentFilters = field(default_factory=PrecedentFilters)

    @property
    def comparable(self) -> list[Precedent]:
        return [p for p in self.precedents if p.comparable]

    @property
    def no_comparable(self) -> bool:
        """A brief was given and no ranked mission is comparable to it."""
        return self.brief is not None and not self.comparable

    @property
    def notice(self) -> str | None:
        if not self.no_comparable or self.brief is None or self.brief.request is None:
            return None
        return NOTICE_NO_PRECEDENT.format(label=self.brief.request.mission_type.label)

    def to_dict(self) -> dict[str, Any]:
        return {
            "no_comparable": self.no_comparable,
            "notice": self.notice,
            "brief": self.brief.text if self.brief else "",
            "parsed": self.brief.to_dict() if self.brief else None,
            "filters": {k: v for k, v in asdict(self.filters).items() if v is not None},
            "precedents": [p.to_dict() for p in self.precedents],
            "comparison": self.comparison,
        }


def _zones(record: MissionRecord) -> list[tuple[str, Passage, set[str]]]:
    out: list[tuple[str, Passage, set[str]]] = []
    if "title" in record.sources:
        out.append(("title", record.sources["title"], set(tokens(record.title))))
    for name, passages in (("enjeux", record.enjeux), ("content", record.content)):
        out.extend((name, p, set(tokens(p.quote))) for p in passages)
    out.extend(("components", p, set(tokens(p.quote))) for p in record.component_sources)
    if "mission_type" in record.sources:
        p = record.sources["mission_type"]
        out.append(("mission_type", p, set(tokens(record.mission_type or ""))))
    return out


def _keyword_match(brief: Brief, record: MissionRecord) -> Match | None:
    """Share of the brief's key words found in the mission, phrase by phrase.

    For each phrase, the longest stretch of its words found together in one unit (title,
    sentence, list item, component) counts fully; a lone word of a longer phrase counts half.
    """
    total = sum(len(w.tokens) for phrase in brief.phrases for w in phrase)
    if not total:
        return None
    zones = _zones(record)
    credit = 0.0
    terms: list[str] = []
    labels: list[str] = []
    passages: list[Passage] = []
    zone_names: list[str] = []
    for phrase in brief.phrases:
        i = 0
        while i < len(phrase):
            best_j, best_zone = i, None
            for j in range(len(phrase), i, -1):
                wanted = {t for w in phrase[i:j] for t in w.tokens}
                hit = next((z for z in zones if wanted <= z[2]), None)
                if hit:
                    best_j, best_zone = j, hit
                    break
            if best_zone is None:
                i += 1
                continue
            words = phrase[i:best_j]
            size = sum(len(w.tokens) for w in words)
            # An acronym ("PSL") stands for a phrase of its own.
            whole = best_j - i > 1 or len(phrase) == 1 or size > 1
            credit += size if whole else size * 0.5
            term = brief.text[words[0].start : words[-1].end]
            terms.append(term)
            labels.append(f"« {term} »" + ("" if whole else " (mot isolé)"))
            if best_zone[1] not in passages:
                passages.append(best_zone[1])
            if best_zone[0] not in zone_names:
                zone_names.append(best_zone[0])
            i = best_j
    score = min(1.0, credit / total)
    if not terms:
        return Match("keywords", 0.0, CRITERIA_WEIGHTS["keywords"], "aucun terme clé de la demande")
    where = ", ".join(zone_names)
    detail = f"{', '.join(labels)} ({where})"
    return Match(
        "keywords",
        round(score, 4),
        CRITERIA_WEIGHTS["keywords"],
        detail,
        terms,
        zone_names,
        passages,
    )


def _closeness(value: float, target: float, tolerance: float) -> float:
    if value <= 0 or target <= 0:
        return 0.0
    return max(0.0, 1.0 - abs(math.log(value / target)) / math.log(tolerance))


def _thousands(value: float) -> str:
    return f"{int(round(value)):,}".replace(",", "\u202f")


def _field_matches(brief: Brief, record: MissionRecord, filters: PrecedentFilters) -> list[Match]:
    src = record.sources
    matches: list[Match] = []
    weights = CRITERIA_WEIGHTS
    if brief.mission_types:
        folded_type = fold(record.mission_type or "")
        cues = [
            c
            for key, found in brief.mission_types.items()
            if key and key in folded_type
            for c in found
        ]
        score = 1.0 if cues else 0.0
        detail = (f"type « {record.mission_type} » ← {', '.join(f'« {c} »' for c in dict.fromkeys(cues))}"
                  if cues else f"type « {record.mission_type or 'non renseigné'} »")  # fmt: skip
        matches.append(Match("mission_type", score, weights["mission_type"], detail,
                             list(dict.fromkeys(cues)), ["mission_type"],
                             [src["mission_type"]] if cues and "mission_type" in src else []))  # fmt: skip
    keywords = _keyword_match(brief, record)
    if keywords:
        matches.append(keywords)
    if brief.population:
        if record.population:
            score = _closeness(record.population, brief.population, POPULATION_TOLERANCE)
            gap = (record.population - brief.population) / brief.population
            detail = (f"{_thousands(record.population)} habitants pour {_thousands(brief.population)} "
                      f"demandés (écart {gap:+.0%})")  # fmt: skip
        else:
            score, detail = 0.0, "population non renseignée"
        matches.append(Match("population", round(score, 4), weights["population"], detail,
                             [brief.population_text or ""], ["population"],
                             [src["population"]] if record.population and "population" in src else []))  # fmt: skip
    if brief.components:
        folded = {fold(c): i for i, c in enumerate(record.components)}
        shared = [c for c in brief.components if fold(c) in folded]
        passages = [record.component_sources[folded[fold(c)]] for c in shared
                    if folded[fold(c)] < len(record.component_sources)]  # fmt: skip
        score = len(shared) / len(brief.components)
        detail = (f"composantes communes : {', '.join(shared)}" if shared
                  else "aucune des composantes demandées")  # fmt: skip
        matches.append(Match("components", round(score, 4), weights["components"], detail, shared,
                             ["components"], passages))  # fmt: skip
    low, high = filters.amount_range
    if brief.amount_eur or low is not None or high is not None:
        if record.amount_eur is None:
            score, detail = 0.0, "montant non renseigné"
        elif brief.amount_eur:
            score = _closeness(record.amount_eur, brief.amount_eur, AMOUNT_TOLERANCE)
            detail = f"montant {record.amount_text} pour {brief.amount_text} demandés"
        else:
            score = 1.0  # it passed the range filter
            bounds = " – ".join(_thousands(v) + " €" if v is not None else "…" for v in (low, high))
            detail = f"montant {record.amount_text} dans la fourchette {bounds}"
        matches.append(Match("amount", round(score, 4), weights["amount"], detail,
                             [brief.amount_text or ""], ["amount"],
                             [src["amount"]] if score and "amount" in src else []))  # fmt: skip
    if brief.clients:
        score = 1.0 if record.client in brief.clients else 0.0
        matches.append(Match("client", score, weights["client"],
                             f"maître d'ouvrage « {record.client or 'non renseigné'} »",
                             [record.client] if score and record.client else [], ["client"],
                             [src["client"]] if score and "client" in src else []))  # fmt: skip
    if brief.places:
        named = [p for p in brief.places if p in (record.town, record.neighbourhood)]
        matches.append(Match("site", 1.0 if named else 0.0, weights["site"],
                             f"site « {record.site or 'non renseigné'} »",
                             named, ["site"], [src["site"]] if named and "site" in src else []))  # fmt: skip
    return matches


def _retrieval_scores(index: Index, embedder: Embedder | None, brief: str, params: SearchParams,
                      doc_ids: set[str]) -> dict[str, dict[str, Any]]:  # fmt: skip
    """doc_id -> document-level retrieval score from the hybrid search of its chunks."""
    n_chunks = int(sum(1 for d in index.chunk_doc if index.doc_types[d] == "mission_sheet"))
    if not n_chunks:
        return {}
    n = min(n_chunks, MAX_SEARCH_CHUNKS)
    search = SearchParams(**{**params.__dict__, "k": n, "candidates": max(n, params.candidates)})
    hits = hybrid_search(index, embedder, brief, search, {"doc_type": "mission_sheet"})
    best_possible = (
        search.lexical_weight + search.dense_weight if search.mode == "hybrid" else 1.0
    ) / (search.rrf_k + 1)
    per_doc: dict[str, list[tuple[float, Any]]] = {}
    for hit in hits:
        per_doc.setdefault(hit.chunk.doc_id, []).append((hit.score / best_possible, hit))
    counts: dict[str, int] = {}
    for doc_idx in index.chunk_doc:
        counts[index.doc_ids[doc_idx]] = counts.get(index.doc_ids[doc_idx], 0) + 1
    out = {}
    for doc_id in doc_ids:
        scored = per_doc.get(doc_id, [])
        values = [s for s, _ in scored]
        best = max(values, default=0.0)
        mean = sum(values) / max(1, counts.get(doc_id, 1))
        dense = [h.dense for _, h in scored if h.dense is not None]
        out[doc_id] = {
            "score": round(0.6 * best + 0.4 * mean, 4),
            "dense_max": round(max(dense, default=0.0), 4),
            "max": round(best, 4),
            "mean": round(mean, 4),
            "chunks": [
                {
                    "chunk_id": h.chunk.chunk_id,
                    "section": h.chunk.section,
                    "start": h.chunk.start,
                    "end": h.chunk.end,
                    "rank": h.rank,
                    "score": round(s, 4),
                }
                for s, h in scored
            ],  # fmt: skip
        }
    return out


def record_types(record: MissionRecord) -> list[str]:
    """The mission types a sheet describes, from its type and title."""
    return mission_types_in(f"{record.mission_type or ''}. {record.title}")


def _judge_comparable(brief: Brief, precedent: Precedent) -> None:
    """Comparable: a mission of the same family of types, close enough in the embedder's space."""
    precedent.similarity = float(precedent.retrieval.get("dense_max", 0.0))
    wanted = {family(k) for k in (brief.request.mission_types if brief.request else [])}
    if wanted:
        found = {family(k) for k in record_types(precedent.record)}
        precedent.type_match = bool(wanted & found)
    floor = UNTYPED_SIMILARITY_FLOOR if precedent.type_match is None else SIMILARITY_FLOOR
    precedent.comparable = precedent.type_match is not False and precedent.similarity >= floor


def rank_precedents(index: Index, embedder: Embedder | None, brief: str, *,
                    filters: PrecedentFilters | None = None, params: SearchParams | None = None,
                    limit: int | None = None) -> tuple[Brief, list[Precedent]]:  # fmt: skip
    """Mission records ranked for a brief, best first, each with the reasons it matches."""
    filters = filters or PrecedentFilters()
    records = [r for r in mission_records(index) if filters.matches(r)]
    parsed = parse_brief(brief, mission_records(index))
    params = params or SearchParams()
    retrieval = _retrieval_scores(index, embedder, parsed.text, params, {r.doc_id for r in records})
    ranked = []
    for record in records:
        matches = _field_matches(parsed, record, filters)
        weight = sum(m.weight for m in matches)
        field_score = sum(m.weight * m.score for m in matches) / weight if weight else 0.0
        found = retrieval.get(record.doc_id, {"score": 0.0, "max": 0.0, "mean": 0.0, "chunks": []})
        score = (
            RETRIEVAL_WEIGHT * found["score"] + (1 - RETRIEVAL_WEIGHT) * field_score
            if weight
            else found["score"]
        )
        precedent = Precedent(record, round(score, 4), found, round(field_score, 4), matches)
        _judge_comparable(parsed, precedent)
        ranked.append(precedent)
    ranked.sort(key=lambda p: (not p.comparable, -p.score, p.record.doc_id))
    for rank, precedent in enumerate(ranked, start=1):
        precedent.rank = rank
    return parsed, ranked[:limit] if limit else ranked


def find_precedents(index: Index, embedder: Embedder | None, brief: str = "", *, k: int = 5,
                    filters: PrecedentFilters | None = None, compare: Sequence[str] | None = None,
                    params: SearchParams | None = None) -> PrecedentSearch:  # fmt: skip
    """Precedents for a brief and/or a comparison table.

    `compare` names the missions to compare; when it is None the comparison covers the ranked
    precedents; an empty brief with `compare` gives the comparison alone.
    """
    filters = filters or PrecedentFilters()
    if not (brief or "").strip() and not compare:
        raise BriefError("give a brief to rank precedents, or doc_ids to compare")
    parsed, ranked = (None, [])
    if (brief or "").strip():
        parsed, ranked = rank_precedents(
            index, embedder, brief, filters=filters, params=params, limit=k
        )
    chosen = records_by_id(index, compare) if compare else [p.record for p in ranked]
    return PrecedentSearch(parsed, ranked, comparison_table(chosen) if chosen else None, filters)


# -- comparison ---------------------------------------------------------------------------------

COMPARISON_ROWS: tuple[tuple[str, str], ...] = (
    ("title", "Titre"),
    ("mission_type", "Type de mission"),
    ("client", "Maître d'ouvrage"),
    ("years", "Années"),
    ("duration_months", "Durée (mois)"),
    ("town", "Ville"),
    ("population", "Population"),
    ("neighbourhood", "Quartier"),
    ("amount", "Montant"),
    ("programme", "Programme"),
    ("components", "Composantes"),
    ("team", "Équipe"),
    ("actors", "Acteurs"),
    ("enjeux", "Enjeux"),
    ("content", "Contenu de la mission"),
    ("quantities", "Quantités"),
)


def _short(text: str, size: int = 90) -> str:
    flat = " ".join(text.split()).rstrip(" ;,")
    return flat if len(flat) <= size else flat[: size - 1].rstrip() + "…"


def _cell(record: MissionRecord, name: str) -> dict[str, Any]:
    src = record.sources
    value: Any
    passages: list[Passage] = []
    items: list[str] = []
    if name == "amount":
        value = record.amount_eur
        text = record.amount_text or ""
        passages = [src["amount"]] if "amount" in src else []
    elif name == "years":
        value = record.years
        text = record.years_text or ", ".join(str(y) for y in record.years)
    elif name == "population":
        value = record.population
        text = f"{_thousands(value)} habitants" if value else ""
    elif name == "programme":
        value = record.programme
        text = ", ".join(f"{n} {what}" for what, n in record.programme.items())
    elif name in ("components", "team", "actors"):
        value = getattr(record, name)
        text = ", ".join(value)
    elif name in ("enjeux", "content"):
        value = [p.quote for p in getattr(record, name)]
        passages = list(getattr(record, name))
        items = [_short(v) for v in value]
        text = " ; ".join(items)
    elif name == "quantities":
        value = [q.to_dict() for q in record.quantities]
        passages = [q.passage for q in record.quantities]
        text = " ; ".join(q.display() for q in record.quantities)
    else:
        value = getattr(record, name)
        text = "" if value is None else str(value)
    if not passages and name in src and value not in (None, "", [], {}):
        passages = [src[name]]
    return {"value": value, "text": text, "items": items,
            "passages": [p.to_dict() for p in passages]}  # fmt: skip


def comparison_table(records: Sequence[MissionRecord]) -> dict[str, Any]:
    """Missions side by side: {"columns": [...], "rows": [{"field", "label", "cells": [...]}],
    "shared": {"components", "actors", "quantities"}}; each cell {"value", "text", "passages"}."""
    rows = [
        {"field": name, "label": label, "cells": [_cell(r, name) for r in records]}
        for name, label in COMPARISON_ROWS
    ]
    rows = [row for row in rows if any(c["text"] for c in row["cells"])]

    def shared(values: list[list[str]]) -> list[str]:
        if not values:
            return []
        common = set(map(fold, values[0])).intersection(*(set(map(fold, v)) for v in values[1:]))
        return [v for v in values[0] if fold(v) in common]

    keys = [{q.key for q in r.quantities} for r in records]
    common_keys = set.intersection(*keys) if keys else set()
    return {
        "columns": [{"doc_id": r.doc_id, "title": r.title, "place": r.place} for r in records],
        "rows": rows,
        "shared": {
            "components": shared([r.components for r in records]),
            "actors": shared([r.actors for r in records]),
            "quantities": sorted(common_keys),
        },
    }


def comparison_markdown(table: dict[str, Any]) -> str:
    """The comparison as a Markdown table (rows = fields, columns = missions)."""
    escape = lambda s: str(s).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    columns = table["columns"]
    header = "| Champ | " + " | ".join(escape(c["place"]) for c in columns) + " |"
    lines = [header, "|" + "---|" * (len(columns) + 1)]
    for row in table["rows"]:
        cells = [
            "<br>".join(f"• {escape(i)}" for i in c["items"])
            if c.get("items")
            else escape(c["text"]) or "—"
            for c in row["cells"]
        ]  # Markdown is an edge: line breaks inside a cell are written here only
        lines.append(f"| {escape(row['label'])} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.extend(
        f"- {escape(c['place'])} : {escape(c['title'])} (`{c['doc_id']}`)" for c in columns
    )
    shared = table.get("shared") or {}
    if shared.get("components"):
        lines.append(f"\nComposantes communes : {', '.join(shared['components'])}")
    return "\n".join(lines)
