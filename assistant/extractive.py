"""The offline answerer: picks the sentences and list items of the retrieved passages that answer.

Each passage is cut into units (sentences, list items, "Label : value" lines) with their offsets.
A unit's score is the share of the question's concepts it covers, each concept weighted by its
inverse document frequency in the index: content words must be in the unit or its heading, names
(capitalised words) anywhere in its document. A name the corpus never mentions counts as an
uncovered concept, so "le budget du NPNRU à Marseille" finds too little to answer. When the best
unit covers less than the calibrated threshold, the question is refused.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from index.analyzer import analyze
from index.glossary import concepts, looks_english
from ingest.chunk import is_heading
from ingest.records import Hit

# Calibrated on evals/questions.dev.jsonl (see README, "Refusal"): below this coverage the
# passages do not hold the answer.
REFUSAL_THRESHOLD = 0.70
MAX_UNITS = 4
MAX_LIST_ITEMS = 14

_DOCUMENT_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?»])\s+(?=[«\"A-ZÀ-ÖØ-Ý0-9])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_LABEL_VALUE = re.compile(r"^[^:\n]{2,50}\s:\s*\S")
_NUMERIC_QUESTION = re.compile(
    r"\b(combien|quel(?:le)?s? (?:est|était|sont|étaient) le (?:montant|nombre|budget|coût)|"
    r"montant|how many|how much|amount|budget|population|quand|when|en quelle année|"
    r"what year|depuis quand|since when|how long|durée|fréquence|share|part)\b",
    re.IGNORECASE,
)
_LIST_QUESTION = re.compile(
    r"^\s*(quels|quelles|which|what (?:were|are)|who (?:is|are|were) (?:quoted|cited)|"
    r"qui composait|list)\b|\b(enjeux|étapes|objectifs|composantes|acteurs|partenaires|"
    r"indicateurs|financements|réalisations|issues|stakes|steps|partners|outputs)\b",
    re.IGNORECASE,
)


@dataclass
class Unit:
    passage: int  # 1-based number of the passage it comes from
    start: int  # offsets within the passage text
    end: int
    text: str
    kind: str  # "sentence", "item", "field"
    block: int  # units of one contiguous list share a block number
    score: float = 0.0


@dataclass
class Extraction:
    units: list[Unit]
    coverage: float  # best unit's coverage, 0..1
    refused: bool


def split_units(text: str, passage: int) -> list[Unit]:
    """Sentences, list items and labelled fields of a passage, with their offsets."""
    units: list[Unit] = []
    pos = 0
    block = 0
    previous_item = False
    previous_blank = True
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        lead = len(line) - len(line.lstrip())
        if stripped.startswith("#") or is_heading(line, previous_blank):
            previous_blank, previous_item = False, False
            continue
        previous_blank = False
        if _LIST_ITEM.match(stripped):
            if not previous_item:
                block += 1
            marker = _LIST_ITEM.match(stripped).end()  # type: ignore[union-attr]
            units.append(Unit(passage, line_start + lead + marker, line_start + len(line.rstrip()),
                              stripped[marker:], "item", block))  # fmt: skip
            previous_item = True
            continue
        previous_item = False
        if _LABEL_VALUE.match(stripped) and len(stripped) < 400:
            units.append(Unit(passage, line_start + lead, line_start + len(line.rstrip()),
                              stripped, "field", 0))  # fmt: skip
            continue
        offset = line_start + lead
        for piece in _SENTENCE_SPLIT.split(stripped):
            start = text.find(piece, offset)
            if start < 0:
                continue
            offset = start + len(piece)
            if len(piece.strip()) > 2:
                units.append(Unit(passage, start, start + len(piece), piece, "sentence", 0))
    return units


def _entities(question: str) -> set[str]:
    """Analyzed tokens of capitalised words that are not the question's first word."""
    names: set[str] = set()
    words = list(re.finditer(r"[\w'’()-]+", question))
    for i, match in enumerate(words):
        word = match.group()
        core = re.sub(r"^[a-zA-Z]['’]", "", word)  # "d'Antony" -> "Antony"
        if i == 0 or not core[:1].isupper():
            continue
        names.update(analyze(core))
    return names


# What the question asks for, when it says so: "combien de X", "quel est le X de",
# "what is the X of", "how many X", "qui était le X". X must be in the answering unit itself.
_FOCUS = re.compile(
    r"\b(?:combien\s+(?:de|d['’])\s*|"
    r"(?:quel(?:le)?s?|qui)\s+(?:est|était|sont|étaient|a été|ont été|fut)\s+(?:le|la|les|l['’])\s*|"
    r"(?:what|who)\s+(?:is|was|are|were)\s+the\s+|how\s+many\s+)"
    r"(?P<focus>[\w'’ -]+?)(?=\s+(?:de|du|des|d['’]|of|in|for|at|did|does|do|were|was|had|ont|a|"
    r"according|selon|compte|prévoyait|dans|à|au|aux|pour)\b|\s*[?.,]|$)",
    re.IGNORECASE,
)
# Nouns that name the kind of answer rather than its content ("la fonction de X" is answered by
# "chargé de mission", which does not say "fonction").
_ANSWER_TYPE_NOUNS = frozenset(
    analyze(
        "fonction rôle role nom name poste job titre title type date année year nombre number "
        "principal principale main exact document documents texte article"
    )
)
# Words about the question itself rather than its subject ("comparez", "cités dans"): they are
# not concepts an answer must cover.
_META_WORDS = _ANSWER_TYPE_NOUNS | frozenset(
    analyze(
        "comparez compare comparer cité cités citée citées cite mentionne mentionné figurent "
        "figure parlent parle quoted mentioned identified concerné concernée respectivement "
        "respectively"
    )
) - frozenset(analyze("principal principale"))


def focus_tokens(question: str) -> set[str]:
    """Tokens of the thing asked for, when the question names it; empty otherwise."""
    match = _FOCUS.search(question)
    if not match:
        return set()
    return {t for t in analyze(match.group("focus")) if t not in _ANSWER_TYPE_NOUNS}


class ConceptWeights:
    """Inverse document frequency of index tokens, from the BM25 postings."""

    def __init__(self, doc_freq: dict[str, int], n_docs: int):
        self.doc_freq = doc_freq
        self.n_docs = max(1, n_docs)
        self.max_idf = math.log(1 + (self.n_docs + 0.5) / 0.5)

    def idf(self, token: str) -> float | None:
        df = self.doc_freq.get(token)
        if not df:
            return None
        return math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))


@dataclass(frozen=True)
class _Concept:
    tokens: frozenset[str]
    weight: float
    is_name: bool
    is_focus: bool


# Credit for a concept found in the document but not in the unit or its heading.
NAME_ELSEWHERE = 0.6
WORD_ELSEWHERE = 0.5


def _question_concepts(question: str, weights: ConceptWeights) -> list[_Concept]:
    names = _entities(question)
    focus = focus_tokens(question)
    english = looks_english(question)
    out = []
    for concept in concepts(question):
        if concept <= _META_WORDS:
            continue
        idfs = [w for t in concept if (w := weights.idf(t)) is not None]
        is_name = bool(concept & names)
        is_focus = bool(concept & focus)
        if idfs:
            out.append(_Concept(concept, max(idfs), is_name, is_focus))
        elif is_name or (is_focus and not english):  # English words are often just untranslated
            # A name outside the index may still be known from a document's metadata (an
            # outlet, an author); a name or an asked-for thing the corpus never mentions
            # weighs fully and can only be found in metadata.
            out.append(_Concept(concept, weights.max_idf, is_name, is_focus))
    return out


def extract(
    question: str,
    passages: list[Hit],
    document_tokens: dict[str, frozenset[str]],
    weights: ConceptWeights,
    threshold: float = REFUSAL_THRESHOLD,
) -> Extraction:
    """Choose the units that answer the question, or refuse when none covers enough of it."""
    wanted = _question_concepts(question, weights)
    total = sum(c.weight for c in wanted)
    if not passages or total == 0:
        return Extraction([], 0.0, True)

    numeric = bool(_NUMERIC_QUESTION.search(question))
    units: list[Unit] = []
    for n, hit in enumerate(passages, start=1):
        context = set(analyze(hit.chunk.header))
        section = set(analyze(hit.chunk.section))
        doc_tokens = document_tokens.get(hit.chunk.doc_id, frozenset())
        for unit in split_units(hit.chunk.text, n):
            own = set(analyze(unit.text))
            near = own | context
            covered = 0.0
            focus_missing = False
            for c in wanted:
                if c.tokens & near:
                    covered += c.weight
                elif c.tokens & doc_tokens:
                    covered += c.weight * (NAME_ELSEWHERE if c.is_name else WORD_ELSEWHERE)
                if c.is_focus and not c.tokens & (own | section):
                    focus_missing = True
            score = covered / total
            if focus_missing:
                score *= 0.5
            if numeric and not re.search(r"\d", unit.text):
                score *= 0.85
            unit.score = score - 0.01 * (n - 1)  # a slight preference for better-ranked passages
            units.append(unit)
    if not units:
        return Extraction([], 0.0, True)
    best = max(units, key=lambda u: u.score)
    coverage = best.score + 0.01 * (best.passage - 1)
    partner = _complement(best, units, wanted, passages, document_tokens, total)
    if partner is not None and partner[1] > coverage:
        coverage = partner[1]
    if coverage < threshold:
        return Extraction([], coverage, True)

    def heading_match(passage: int, lead_text: str) -> float:
        hit = passages[passage - 1]
        tokens = set(analyze(f"{hit.chunk.section} {lead_text}"))
        return sum(c.weight for c in wanted if c.tokens & tokens) / total

    chosen = _select(best, units, question, threshold, heading_match)
    if partner is not None and partner[0] not in chosen:
        chosen = sorted([*chosen, partner[0]], key=lambda u: (u.passage, u.start))
    return Extraction(chosen, coverage, False)


def _credits(
    unit: Unit, wanted: list[_Concept], hit: Hit, doc_tokens: frozenset[str]
) -> list[float]:
    near = set(analyze(unit.text)) | set(analyze(hit.chunk.header))
    out = []
    for c in wanted:
        if c.tokens & near:
            out.append(1.0)
        elif c.tokens & doc_tokens:
            out.append(NAME_ELSEWHERE if c.is_name else WORD_ELSEWHERE)
        else:
            out.append(0.0)
    return out


def _complement(best: Unit, units: list[Unit], wanted: list[_Concept], passages: list[Hit],
                document_tokens: dict[str, frozenset[str]], total: float) -> tuple[Unit, float] | None:  # fmt: skip
    """For questions about several places or people ("Bagneux et Antony"), the unit of another
    document that best completes the best unit, and the coverage of the pair."""
    if sum(1 for c in wanted if c.is_name) < 2:
        return None
    best_doc = passages[best.passage - 1].chunk.doc_id
    base = _credits(
        best, wanted, passages[best.passage - 1], document_tokens.get(best_doc, frozenset())
    )
    found: tuple[Unit, float] | None = None
    for unit in units:
        hit = passages[unit.passage - 1]
        if hit.chunk.doc_id == best_doc or unit.score < 0.4:
            continue
        other = _credits(unit, wanted, hit, document_tokens.get(hit.chunk.doc_id, frozenset()))
        pair = (
            sum(c.weight * max(a, b) for c, a, b in zip(wanted, base, other, strict=True)) / total
        )
        if found is None or pair > found[1]:
            found = (unit, pair)
    return found


def _list_block(units: list[Unit], passage: int, block: int) -> list[Unit]:
    """A list's items, preceded by its lead-in sentence ("Différents enjeux ont été posés :")."""
    items = [u for u in units if u.passage == passage and u.kind == "item" and u.block == block]
    if not items:
        return []
    before = [u for u in units if u.passage == passage and u.end <= items[0].start]
    lead = [before[-1]] if before and before[-1].text.rstrip().endswith(":") else []
    return lead + items[:MAX_LIST_ITEMS]


def _select(best: Unit, units: list[Unit], question: str, threshold: float,
            heading_match: Callable[[int, str], float]) -> list[Unit]:  # fmt: skip
    chosen = [best]
    extra = MAX_UNITS
    if _LIST_QUESTION.search(question):
        # The question asks for several things: give the best-matching list whole.
        blocks: dict[tuple[int, int], list[Unit]] = {}
        for unit in units:
            if unit.kind == "item":
                blocks.setdefault((unit.passage, unit.block), []).append(unit)
        candidates = [(max(u.score for u in b), key) for key, b in blocks.items()]
        # A list that would answer on its own, even if a sentence matched the wording better.
        candidates = [c for c in candidates if c[0] >= max(threshold, best.score * 0.7)]
        if candidates:
            # The list whose heading or lead-in names what is asked ("Enjeux de la mission" for
            # "closure enjeux") beats a list that merely mentions the question's words.
            def rank(c: tuple[float, tuple[int, int]]) -> tuple[float, int]:
                score, (passage, block) = c
                lead = _list_block(units, passage, block)[0]
                return (
                    score + 0.3 * heading_match(passage, lead.text if lead.kind != "item" else ""),
                    -passage,
                )

            _, (passage, block) = max(candidates, key=rank)
            listed = _list_block(units, passage, block)
            chosen = listed if best in listed else [best, *listed]
            extra = len(chosen) + 2
        elif best.text.rstrip().endswith(":"):
            after = [u for u in units if u.passage == best.passage and u.start > best.end]
            if after and after[0].kind == "item":
                chosen = _list_block(units, best.passage, after[0].block)
                extra = len(chosen) + 2
    for unit in sorted(units, key=lambda u: -u.score):
        if len(chosen) >= extra:
            break
        if unit in chosen or unit.score < best.score * 0.9:
            continue
        if any(
            unit.passage == c.passage and unit.start < c.end and c.start < unit.end for c in chosen
        ):
            continue
        chosen.append(unit)
    return sorted(chosen, key=lambda u: (u.passage, u.start))


def compose(question: str, extraction: Extraction, passages: list[Hit]) -> str:
    """A short answer quoting the chosen units, each followed by its citation marker."""
    english = looks_english(question)
    lead = (
        "Here is what the corpus says (French sources, quoted):"
        if english
        else "Voici ce qu'indiquent les documents du corpus :"
    )
    lines = [lead]
    current_doc = None
    for unit in extraction.units:
        hit = passages[unit.passage - 1]
        if hit.chunk.doc_id != current_doc:  # name each document once, before its quotes
            current_doc = hit.chunk.doc_id
            lines.append(f"\n{hit.title} :")
        quote = " ".join(unit.text.split()).rstrip(" ;,")
        # A document's own "[3]" must not read as one of our citation markers.
        quote = _DOCUMENT_MARKER.sub(r"(\1)", quote)
        lines.append(
            f"- « {quote} » [{unit.passage}]" if english else f"- {quote} [{unit.passage}]"
        )
    return "\n".join(lines).strip()
