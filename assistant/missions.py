"""Mission records: the fields, enjeux and content of a mission sheet, each linked to its passage.

A `MissionRecord` holds one mission sheet's fields (type, client, years, site, team, actors,
amount, programme, components) and its enjeux and mission content as lists, every value linked to
the `Passage` it comes from (doc_id, chunk_id, section, start, end, and a quote that equals
`document.text[start:end]`). Fields come from the metadata's `field_spans` (see
`ingest.metadata`); enjeux and content are the sentences and list items (the stored blocks) of the
sections so named ("Enjeux de la mission", "Contenu de la mission"); counted steps ("~50
entretiens", "2 ateliers thématiques") are parsed from the content as `Quantity` values. Any
document ingested as a mission sheet (.txt, .md, .docx, .pdf with the same labels) gets a record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from index.analyzer import analyze
from index.store import Index
from ingest.blocks import Block
from ingest.chunk import find_sections
from ingest.errors import RenewalError
from ingest.metadata import parse_number
from ingest.normalize import fold_accents
from ingest.records import Chunk, Document

ACRONYMS: dict[str, str] = {
    "psl": "plan stratégique local",
    "gup": "gestion urbaine de proximité",
    "pru": "projet de rénovation urbaine",
    "oru": "opération de renouvellement urbain",
    "qpv": "quartier prioritaire",
    "npnru": "nouveau programme national de renouvellement urbain",
    "pnru": "programme national de rénovation urbaine",
    "amo": "assistance à maîtrise d'ouvrage",
    "cdv": "contrat de ville",
}
# Words too common in briefs and sheets to say anything about a match.
ENJEUX_HEADING = re.compile(r"\b(enjeux?|objectifs?|problematiques?)\b")
CONTENT_HEADING = re.compile(
    r"\b(contenu|deroulement|methodes?|methodologie|demarche|prestations?|etapes?)\b"
)
# Step quantities: "2 ateliers thématiques", "~45 entretiens", "(~50)", "d'un atelier".
_NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                 "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "douze": 12, "quinze": 15,
                 "vingt": 20, "trente": 30}  # fmt: skip
# Number words are ambiguous ("un bilan"); they count only before these countable steps.
COUNTABLE_STEPS = frozenset(
    analyze("entretien atelier réunion comité séminaire visite questionnaire enquête restitution "
            "rencontre balade marche session journée groupe table permanence")
)  # fmt: skip
_APPROX = r"(?P<approx>~|≈|env\.|environ|près de|une? (?:dizaine|vingtaine|trentaine) de)?"
_RANGE = r"(?P<n>\d+)(?:\s*(?:à|-|–)\s*(?P<n2>\d+))?"
_NOUN = r"(?P<noun>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)"
_INLINE_QTY = re.compile(rf"(?<![\w.,]){_APPROX}\s*{_RANGE}\s+{_NOUN}", re.IGNORECASE)
_PAREN_QTY = re.compile(rf"\(\s*{_APPROX}\s*{_RANGE}\s*\)", re.IGNORECASE)
_WORD_QTY = re.compile(
    rf"(?<![\w])(?:d['’])?(?P<word>{'|'.join(_NUMBER_WORDS)})\s+{_NOUN}", re.IGNORECASE
)
POPULATION = re.compile(
    r"(?P<n>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)\s*(?P<k>k|000)?\s*(?:habitants|hab\b\.?)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")


class MissionNotFound(RenewalError):
    """A doc_id names no mission sheet of the index."""


# -- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """Where a value comes from; `quote == document.text[start:end]`."""

    doc_id: str
    chunk_id: str
    section: str
    start: int
    end: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Quantity:
    """A counted step of a mission's content: "~50 entretiens", "2 ateliers thématiques"."""

    key: str  # stems of the counted thing, to compare missions: "ateli themat"
    label: str  # the counted thing as written: "ateliers thématiques"
    low: int
    high: int
    approx: bool
    span: tuple[int, int]  # the number as written, within the passage's quote
    passage: Passage

    def display(self) -> str:
        return format_range(self.low, self.high, self.approx, self.label)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["display"] = self.display()
        return out


@dataclass
class MissionRecord:
    """One mission sheet's fields, each linked to its passage in `sources` (field -> Passage)."""

    doc_id: str
    title: str
    mission_type: str | None = None
    client: str | None = None
    years: list[int] = field(default_factory=list)
    years_text: str | None = None
    duration_months: int | None = None
    site: str | None = None
    town: str | None = None
    population: int | None = None
    neighbourhood: str | None = None
    team: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    amount_eur: float | None = None
    amount_text: str | None = None
    programme: dict[str, int] = field(default_factory=dict)
    components: list[str] = field(default_factory=list)
    enjeux: list[Passage] = field(default_factory=list)
    content: list[Passage] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    sources: dict[str, Passage] = field(default_factory=dict)
    component_sources: list[Passage] = field(default_factory=list)  # one per component
    actor_sources: list[Passage] = field(default_factory=list)  # one per actor

    @property
    def place(self) -> str:
        return self.town or self.site or self.title

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items()
               if k not in ("enjeux", "content", "quantities", "sources", "component_sources",
                            "actor_sources")}  # fmt: skip
        out["enjeux"] = [p.to_dict() for p in self.enjeux]
        out["content"] = [p.to_dict() for p in self.content]
        out["quantities"] = [q.to_dict() for q in self.quantities]
        out["sources"] = {k: p.to_dict() for k, p in self.sources.items()}
        out["component_sources"] = [p.to_dict() for p in self.component_sources]
        out["actor_sources"] = [p.to_dict() for p in self.actor_sources]
        return out


def fold(text: str) -> str:
    """Accent- and case-folded, whitespace collapsed: for comparing names."""
    return " ".join(fold_accents(text).lower().replace("’", "'").split())


def tokens(text: str) -> list[str]:
    """Analyzed tokens with the field's acronyms expanded ("PSL" -> plan, strateg, local)."""
    out: list[str] = []
    for token in analyze(text):
        expansion = ACRONYMS.get(token)
        out.extend(analyze(expansion) if expansion else [token])
    return out


class _Locator:
    """Turns document offsets into Passages: the chunk holding them and their section."""

    def __init__(self, doc: Document, chunks: Sequence[Chunk], blocks: Sequence[Block]):
        self.doc = doc
        self.chunks = sorted(chunks, key=lambda c: c.position)
        self.blocks = blocks
        self.sections = find_sections(blocks, len(doc.text))

    def section_at(self, offset: int) -> str:
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.heading
        return ""

    def passage(self, start: int, end: int) -> Passage:
        text = self.doc.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        best, best_overlap = None, -1
        for chunk in self.chunks:
            overlap = min(end, chunk.end) - max(start, chunk.start)
            inside = chunk.start <= start and end <= chunk.end
            if inside:
                best = chunk
                break
            if overlap > best_overlap:
                best, best_overlap = chunk, overlap
        chunk_id = best.chunk_id if best else ""
        section = self.section_at(start) or (best.section if best else "")
        return Passage(self.doc.doc_id, chunk_id, section, start, end, text[start:end])

    def find(self, needle: str, within: tuple[int, int] | None = None) -> Passage | None:
        """The first occurrence of `needle` (inside `within` when given)."""
        if not needle:
            return None
        lo, hi = within or (0, len(self.doc.text))
        at = self.doc.text.find(needle, lo, hi)
        return self.passage(at, at + len(needle)) if at >= 0 else None


def _units(locator: _Locator) -> list[tuple[str, str, Passage]]:
    """(section, block kind, passage) of every sentence, list item, field and table row."""
    return [
        (b.section, b.kind, locator.passage(b.start, b.end))
        for b in locator.blocks
        if b.kind != "heading"
    ]


def build_mission_record(doc: Document, chunks: Sequence[Chunk],
                         blocks: Sequence[Block]) -> MissionRecord:  # fmt: skip
    """A mission sheet's record, every field linked to its passage."""
    meta = doc.metadata
    locator = _Locator(doc, chunks, blocks)
    spans: dict[str, list[int]] = meta.get("field_spans") or {}
    record = MissionRecord(
        doc_id=doc.doc_id, title=doc.title, mission_type=meta.get("mission_type"),
        client=meta.get("client"), years=[int(y) for y in meta.get("years") or []],
        years_text=meta.get("years_text"), duration_months=meta.get("duration_months"),
        site=meta.get("site"), town=meta.get("town"), population=meta.get("population"),
        neighbourhood=meta.get("neighbourhood"), team=list(meta.get("team") or []),
        actors=list(meta.get("actors") or []), amount_eur=meta.get("amount_eur"),
        amount_text=meta.get("amount_text"), programme=dict(meta.get("programme") or {}),
        components=list(meta.get("components") or []),
    )  # fmt: skip
    sources = record.sources
    title = locator.find(doc.title)
    if title:
        sources["title"] = title = replace(title, section="Titre")
    for name, (start, end) in spans.items():
        sources[name] = locator.passage(start, end)
    if "years" in sources:
        sources["duration_months"] = sources["years"]
    if "site" in sources:
        for name in ("town", "neighbourhood"):
            sources[name] = sources["site"]
    if record.population:
        population = _population_passage(locator, record.population, sources.get("site"))
        if population:
            sources["population"] = population
    record.component_sources = _item_passages(
        locator, record.components, sources.get("components"), title
    )
    record.actor_sources = _item_passages(locator, record.actors, sources.get("actors"), title)

    for heading, kind, passage in _units(locator):
        if kind == "field" or not heading:
            continue
        key = fold(heading)
        if ENJEUX_HEADING.search(key):
            record.enjeux.append(passage)
        elif CONTENT_HEADING.search(key):
            record.content.append(passage)
            record.quantities.extend(parse_quantities(passage))
    return record


def _item_passages(locator: _Locator, names: list[str], field: Passage | None,
                   fallback: Passage | None) -> list[Passage]:  # fmt: skip
    """One passage per list value (a component, an actor): its words inside the field's passage."""
    within = (field.start, field.end) if field else None
    found = [locator.find(name, within) or field or fallback for name in names]
    return [p for p in found if p is not None]


def _population_passage(locator: _Locator, population: int, site: Passage | None) -> Passage | None:
    """The words that state the population: in the site field, else the sentence saying it."""
    text = locator.doc.text
    for match in POPULATION.finditer(text):
        if int(parse_number(match.group("n")) or 0) != population:
            continue
        if site and site.start <= match.start() < site.end:
            return locator.passage(match.start(), match.end())
        # A sentence such as "Ville de 61000 habitants, Antony bénéficie ..."
        start = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start()) + 1)
        end_candidates = [
            i for i in (text.find(". ", match.end()), text.find("\n", match.end())) if i >= 0
        ]
        end = min(end_candidates) + 1 if end_candidates else len(text)
        return locator.passage(start + 1 if text[start : start + 1] == "\n" else start, end)
    return None


def _counted(noun: str) -> tuple[str, str]:
    """("ateliers thématiques pluri-partenariaux") -> key "ateli themat", label "ateliers thématiques"."""
    words = noun.split()
    kept = [words[0]]
    if len(words) > 1 and analyze(words[1]) and "-" not in words[1] and words[1][:1].islower():
        kept.append(words[1])
    label = " ".join(kept).strip(" ,;.")
    return " ".join(analyze(label)), label


def _head_object(item: str) -> str:
    """What a list item is about: "Réalisation d'entretiens avec ..." -> "entretiens avec"."""
    match = re.match(
        r"^\s*[^\W\d_][\w-]*\s+(?:de la|de l['’]|d['’]|des|du|de)\s*(?P<rest>.+)$",
        item,
        re.IGNORECASE,
    )
    rest = match.group("rest") if match else item
    words = re.findall(r"[^\W\d_][\w’'-]*", rest)
    return " ".join(words[:2])


def parse_quantities(passage: Passage) -> list[Quantity]:
    """Counted steps in one content item: '2 ateliers thématiques', '(~50)', "d'un atelier"."""
    text = passage.quote
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(noun: str, low: int, high: int, approx: bool, span: tuple[int, int]) -> None:
        key, label = _counted(noun)
        if not key or len(label) < 3 or any(s < span[1] and span[0] < e for s, e in taken):
            return
        taken.append(span)
        found.append(Quantity(key, label, low, high, approx, span, passage))

    for match in _INLINE_QTY.finditer(text):
        low = int(match.group("n"))
        high = int(match.group("n2") or low)
        if _YEAR.match(match.group("n")) or analyze(match.group("noun").split()[0]) == []:
            continue
        add(
            match.group("noun"),
            low,
            high,
            bool(match.group("approx")),
            (match.start(), match.start("noun")),
        )
    for match in _PAREN_QTY.finditer(text):
        low = int(match.group("n"))
        high = int(match.group("n2") or low)
        if _YEAR.match(match.group("n")):
            continue
        noun = _head_object(text[: match.start()])
        if noun:
            add(noun, low, high, bool(match.group("approx")), (match.start(), match.end()))
    for match in _WORD_QTY.finditer(text):
        key, _ = _counted(match.group("noun"))
        if key.split()[:1] and key.split()[0] in COUNTABLE_STEPS:
            value = _NUMBER_WORDS[match.group("word").lower()]
            add(
                match.group("noun"), value, value, False, (match.start("word"), match.start("noun"))
            )
    return sorted(found, key=lambda q: q.span)


def format_range(low: int, high: int, approx: bool, label: str = "") -> str:
    """'~40–50 entretiens', '2 à 4 ateliers thématiques', '~50 entretiens', '3 ateliers'."""
    tail = f" {label}" if label else ""
    if low == high:
        return f"{'~' if approx else ''}{low}{tail}"
    return f"~{low}–{high}{tail}" if approx else f"{low} à {high}{tail}"


def mission_records(index: Index) -> tuple[MissionRecord, ...]:
    """Every mission sheet of an index as a record (computed once per loaded index version and
    kept with it)."""
    return index.derived("mission_records", _mission_records)


def _mission_records(index: Index) -> tuple[MissionRecord, ...]:
    records = []
    for doc_id, doc_type in zip(index.doc_ids, index.doc_types, strict=True):
        if doc_type != "mission_sheet":
            continue
        doc = index.document(doc_id)
        if doc is not None:
            records.append(build_mission_record(doc, index.document_chunks(doc_id),
                                                index.document_blocks(doc_id)))  # fmt: skip
    return tuple(records)


def records_by_id(index: Index, doc_ids: Iterable[str]) -> list[MissionRecord]:
    """The records of the given mission sheets, in the given order; MissionNotFound otherwise."""
    by_id = {r.doc_id: r for r in mission_records(index)}
    out = []
    for doc_id in doc_ids:
        if doc_id not in by_id:
            kind = "is not a mission sheet" if doc_id in index.doc_ids else "is not in the index"
            raise MissionNotFound(
                f"{doc_id!r} {kind}; list the mission sheets with GET /api/documents "
                "(doc_type mission_sheet)"
            )
        out.append(by_id[doc_id])
    return out
