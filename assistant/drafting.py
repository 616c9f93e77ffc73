"""Proposal drafts built from precedent missions, every borrowed element cited to its passage.

`draft_proposal` picks the precedents (the best-ranked missions for the brief, or the doc_ids
given), assembles a structured `Draft` from their records offline (context and enjeux,
objectives, steps with quantity ranges across precedents such as "~40–50 entretiens" or "2 à 4
ateliers thématiques", actors, components), and, when a language model is configured, asks it to
write the same sections from the numbered passages only (prompts/draft.md). The model's markers
are checked with `check_markers`; a failure or an uncited answer falls back to the offline draft
with a notice. Markdown (`draft_markdown`) and Word (`draft_docx`) are rendered from the same
`Draft`; references are numbered, each with title, section, doc_id and a quote that equals
`document.text[start:end]`.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.citations import MARKER, check_markers
from assistant.llm import Completer, LLMError
from assistant.missions import (
    MissionRecord,
    Passage,
    Quantity,
    fold,
    format_range,
    records_by_id,
    tokens,
)
from assistant.precedents import BriefError, Precedent, PrecedentFilters, rank_precedents
from assistant.prompts import Prompts
from index.embed import Embedder
from index.search import SearchParams
from index.store import Index

log = logging.getLogger(__name__)

SECTIONS = (
    "Contexte et enjeux",
    "Objectifs",
    "Contenu de la mission et méthode",
    "Acteurs à associer",
    "Composantes",
)
REFERENCES_TITLE = "Références"
DEFAULT_PRECEDENTS = 3
# A precedent scoring below this share of the best one is too far from the brief to draw from.
RELATIVE_FLOOR = 0.5
MAX_CONTEXT_PER_MISSION = 3
MAX_OBJECTIVES_PER_MISSION = 6
MAX_ACTORS = 15
# Two content items describe the same step when they share this share of the smaller's words.
SAME_STEP_OVERLAP = 0.6
NOTICE_LLM_FAILED = "Le modèle de langue n'a pas rédigé la proposition ({reason}) : projet assemblé à partir des précédents."
NOTICE_UNCITED = (
    "La rédaction du modèle ne citait aucun passage : projet assemblé à partir des précédents."
)
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_OBJECTIVE = re.compile(
    r"\b(objet|objectifs?|vis(?:ait|e|ent|aient)|a pour but|avait pour but|consist\w*|"
    r"permettre de|s'agit)\b",
    re.IGNORECASE,
)
_INFINITIVE = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:er|ir|re)\b")


@dataclass
class DraftItem:
    """A paragraph or a list item; `text` carries its [n] markers inline."""

    text: str
    kind: str = "item"  # "item" or "paragraph"

    @property
    def refs(self) -> list[int]:
        return [int(n) for g in MARKER.findall(self.text) for n in re.split(r"\s*[,;]\s*", g)]


@dataclass
class DraftSection:
    title: str
    items: list[DraftItem] = field(default_factory=list)


@dataclass
class Reference:
    n: int
    doc_id: str
    chunk_id: str
    title: str
    section: str
    start: int
    end: int
    quote: str


@dataclass
class Draft:
    brief: str
    title: str
    sections: list[DraftSection]
    references: list[Reference]
    precedents: list[dict[str, Any]]
    quantities: list[dict[str, Any]] = field(default_factory=list)
    mode: str = "offline"  # "offline" or "llm"
    notice: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for section, raw in zip(out["sections"], self.sections, strict=True):
            section["items"] = [{"kind": i.kind, "text": i.text, "refs": i.refs} for i in raw.items]
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


def _clean(text: str) -> str:
    """A quote as a sentence of the draft: one line, no trailing list punctuation."""
    text = " ".join(text.split()).strip()
    text = re.sub(r"\s*;\s*$", "", text).rstrip(" ,;")
    return text[:1].upper() + text[1:] if text else text


def _words(text: str) -> set[str]:
    return {t for t in tokens(text) if not t.isdigit()}


def _relevance(text: str, brief_tokens: set[str]) -> int:
    return len(_words(text) & brief_tokens)


# -- offline assembly -------------------------------------------------------------------------


def _context_section(brief: str, records: Sequence[MissionRecord], refs: _References,
                     brief_tokens: set[str]) -> tuple[DraftSection, list[Passage]]:  # fmt: skip
    section = DraftSection(SECTIONS[0])
    section.items.append(DraftItem(f"Demande : « {brief} »", "paragraph"))
    plural = "s" if len(records) > 1 else ""
    lead = f"La proposition s'appuie sur {len(records)} mission{plural} comparable{plural} :"
    section.items.append(DraftItem(lead, "paragraph"))
    src = lambda r, k: r.sources.get(k)  # noqa: E731
    for r in records:
        facts = [f"{r.title} {refs.cite(src(r, 'title'))}"]
        if r.site or r.population:
            where = r.town or r.site or ""
            if r.population:
                where += f" ({r.population:,} habitants)".replace(",", "\u202f")
            facts.append(f"{where} {refs.cite(src(r, 'site'), src(r, 'population'))}")
        if r.years_text:
            facts.append(f"{r.years_text} {refs.cite(src(r, 'years'))}")
        if r.mission_type:
            facts.append(f"{r.mission_type} {refs.cite(src(r, 'mission_type'))}")
        if r.amount_text:
            facts.append(f"montant du projet {r.amount_text} {refs.cite(src(r, 'amount'))}")
        section.items.append(DraftItem(" ; ".join(facts)))
    objectives: list[Passage] = []
    context_items: list[DraftItem] = []
    for r in records:
        context = []
        for p in r.enjeux:
            quote = p.quote.strip()
            if quote.endswith(":"):
                continue  # a lead-in ("Différents enjeux ont été posés ... :") says nothing alone
            if _OBJECTIVE.search(quote) or _INFINITIVE.match(quote):
                objectives.append(p)
            else:
                context.append(p)
        ranked = sorted(context, key=lambda p: -_relevance(p.quote, brief_tokens))
        for p in sorted(ranked[:MAX_CONTEXT_PER_MISSION], key=lambda p: p.start):
            context_items.append(DraftItem(f"{r.place} — {_clean(p.quote)} {refs.cite(p)}"))
    if context_items:
        section.items.append(
            DraftItem("Enjeux relevés dans les missions de référence :", "paragraph")
        )
        section.items.extend(context_items)
    return section, objectives


def _objectives_section(records: Sequence[MissionRecord], objectives: list[Passage],
                        refs: _References, brief_tokens: set[str]) -> DraftSection:  # fmt: skip
    section = DraftSection(SECTIONS[1])
    for r in records:
        own = [p for p in objectives if p.doc_id == r.doc_id]
        ranked = sorted(own, key=lambda p: -_relevance(p.quote, brief_tokens))[
            :MAX_OBJECTIVES_PER_MISSION
        ]
        for p in sorted(ranked, key=lambda p: p.start):
            section.items.append(DraftItem(f"{_clean(p.quote)} {refs.cite(p)}"))
    return section


@dataclass
class _Step:
    members: list[tuple[MissionRecord, Passage]]
    key: str | None = None  # quantity key shared by the members, if any


def _quantity_of(
    record: MissionRecord, passage: Passage, key: str | None = None
) -> Quantity | None:
    for q in record.quantities:
        if q.passage == passage and (key is None or q.key == key):
            return q
    return None


def group_steps(records: Sequence[MissionRecord]) -> list[_Step]:
    """Content items of all precedents grouped into steps: same counted thing, or mostly the
    same words; at most one item per precedent in a step."""
    steps: list[_Step] = []
    for record in records:
        for passage in record.content:
            quantity = _quantity_of(record, passage)
            words = _words(passage.quote)
            best, best_overlap = None, 0.0
            for step in steps:
                if any(r.doc_id == record.doc_id for r, _ in step.members):
                    continue
                if quantity is not None and step.key == quantity.key:
                    best, best_overlap = step, 2.0
                    break
                other = _words(step.members[0][1].quote)
                overlap = len(words & other) / max(1, min(len(words), len(other)))
                if (
                    overlap >= SAME_STEP_OVERLAP
                    and overlap > best_overlap
                    and min(len(words), len(other)) >= 3
                ):
                    best, best_overlap = step, overlap
            if best is None:
                steps.append(_Step([(record, passage)], quantity.key if quantity else None))
            else:
                best.members.append((record, passage))
                if best.key is None and quantity is not None:
                    best.key = quantity.key
    return steps


def _steps_section(
    records: Sequence[MissionRecord], refs: _References
) -> tuple[DraftSection, list[dict[str, Any]]]:
    section = DraftSection(SECTIONS[2])
    quantities: list[dict[str, Any]] = []
    for step in group_steps(records):
        found = [(r, p, _quantity_of(r, p, step.key)) for r, p in step.members] if step.key else []
        counted = [(r, p, q) for r, p, q in found if q is not None]
        if not counted:
            lead = step.members[0][1]
            section.items.append(
                DraftItem(f"{_clean(lead.quote)} {refs.cite(*(p for _, p in step.members))}")
            )
            continue
        low = min(q.low for _, _, q in counted)
        high = max(q.high for _, _, q in counted)
        approx = any(q.approx for _, _, q in counted)
        # The most descriptive item words the step, its number replaced by the range.
        record, passage, quantity = max(counted, key=lambda c: len(c[1].quote))
        label = format_range(low, high, approx, quantity.label)
        same = (quantity.low, quantity.high, quantity.approx) == (low, high, approx)
        text = passage.quote if same else _with_range(passage.quote, quantity, low, high, approx)
        details = []
        for r, p, q in found:
            shown = format_range(q.low, q.high, q.approx) if q else "nombre non précisé"
            details.append(f"{shown} à {r.place} {refs.cite(p)}")
        section.items.append(DraftItem(f"{_clean(text)} — {' ; '.join(details)}"))
        quantities.append({
            "key": step.key, "label": quantity.label, "display": label, "low": low, "high": high,
            "approx": approx,
            "sources": [{"doc_id": r.doc_id, "place": r.place, "ref": refs.number(p),
                         "display": format_range(q.low, q.high, q.approx)} for r, p, q in counted],
        })  # fmt: skip
    return section, quantities


def _with_range(quote: str, quantity: Quantity, low: int, high: int, approx: bool) -> str:
    """The item with its own number replaced by the range across precedents."""
    start, end = quantity.span
    if quote[start:end].lstrip().startswith("("):  # "(~50)" -> "(~40–50 entretiens)"
        return f"{quote[:start]}({format_range(low, high, approx, quantity.label)}){quote[end:]}"
    head = ""
    if quote[max(0, start - 2) : start].lower() in ("d'", "d’"):  # "d'un atelier" -> "de 1 à 2 ..."
        start, head = start - 2, "de "
    return f"{quote[:start]}{head}{format_range(low, high, approx)} {quote[end:]}"


def _actors_section(records: Sequence[MissionRecord], refs: _References) -> DraftSection:
    """Actors of the precedents, those named in several first; variants merged by their head."""
    groups: dict[str, dict[str, Any]] = {}
    for r in records:
        for actor in r.actors:
            head, _, inner = actor.partition("(")
            key = fold(head.strip())
            group = groups.setdefault(key, {"head": head.strip(), "parts": [], "records": []})
            for part in re.split(r",\s*", inner.rstrip(") ")) if inner else []:
                if part and fold(part) not in map(fold, group["parts"]):
                    group["parts"].append(part)
            if r not in group["records"]:
                group["records"].append(r)
    ordered = sorted(groups.values(), key=lambda g: -len(g["records"]))[:MAX_ACTORS]
    section = DraftSection(SECTIONS[3])
    for group in ordered:
        label = group["head"] + (f" ({', '.join(group['parts'])})" if group["parts"] else "")
        cited = refs.cite(*(r.sources.get("actors") for r in group["records"]))
        section.items.append(DraftItem(f"{label} {cited}"))
    return section


def _components_section(records: Sequence[MissionRecord], refs: _References) -> DraftSection:
    counts: dict[str, list[MissionRecord]] = {}
    names: dict[str, str] = {}
    for r in records:
        for name in r.components:
            names.setdefault(fold(name), name)
            counts.setdefault(fold(name), []).append(r)
    section = DraftSection(SECTIONS[4])
    for key in sorted(counts, key=lambda k: -len(counts[k])):
        cited = refs.cite(*(r.sources.get("components") for r in counts[key]))
        section.items.append(DraftItem(f"{names[key]} {cited}"))
    return section


def assemble_draft(brief: str, precedents: Sequence[Precedent | MissionRecord]) -> Draft:
    """The offline draft: every element taken from the precedents' records and cited."""
    records = [p.record if isinstance(p, Precedent) else p for p in precedents]
    refs = _References({r.doc_id: r.title for r in records})
    brief_tokens = _words(brief)
    context, objectives = _context_section(brief, records, refs, brief_tokens)
    goals = _objectives_section(records, objectives, refs, brief_tokens)
    steps, quantities = _steps_section(records, refs)
    sections = [
        context,
        goals,
        steps,
        _actors_section(records, refs),
        _components_section(records, refs),
    ]
    return Draft(
        brief=brief, title=f"Proposition de mission — {_short_brief(brief)}", sections=sections,
        references=refs.items, precedents=[_precedent_summary(p) for p in precedents],
        quantities=quantities,
    )  # fmt: skip


def _short_brief(brief: str, size: int = 120) -> str:
    flat = " ".join(brief.split())
    return flat if len(flat) <= size else flat[: size - 1].rstrip() + "…"


def _precedent_summary(p: Precedent | MissionRecord) -> dict[str, Any]:
    record = p.record if isinstance(p, Precedent) else p
    out = {"doc_id": record.doc_id, "title": record.title, "place": record.place}
    if isinstance(p, Precedent):
        out.update(rank=p.rank, score=p.score)
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


def draft_messages(prompts: Prompts, offline: Draft) -> list[dict[str, str]]:
    lines = []
    for q in offline.quantities:
        sources = " ; ".join(f"{s['display']} à {s['place']} [{s['ref']}]" for s in q["sources"])
        lines.append(f"- {q['display']} ({sources})")
    quantities = "\n".join(lines) or "(aucune)"
    system = prompts.template("draft").format(
        passages=format_reference_passages(offline.references),
        sections="\n".join(f"## {title}" for title in SECTIONS),
        quantities=quantities,
        brief=offline.brief,
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": offline.brief}]


def parse_markdown_draft(text: str) -> list[DraftSection]:
    """Sections ("## ...") with their paragraphs and list items; a "Références" section dropped."""
    sections: list[DraftSection] = []
    current: DraftSection | None = None
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph and current is not None:
            current.items.append(DraftItem(" ".join(paragraph), "paragraph"))
        paragraph.clear()

    for line in text.splitlines():
        stripped = line.strip()
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
            current.items.append(DraftItem(item.group(1).strip()))
        elif stripped:
            paragraph.append(stripped)
        else:
            flush()
    flush()
    return [s for s in sections if fold(s.title) != fold(REFERENCES_TITLE) and s.items]


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


def llm_draft(completer: Completer, prompts: Prompts, offline: Draft) -> Draft:
    """The model writes the sections from the offline draft's passages; markers are checked.

    Raises LLMError when the model fails or cites nothing, so the caller can fall back.
    """
    raw = completer.complete(draft_messages(prompts, offline)).strip()
    checked = check_markers(raw, len(offline.references))
    if not checked.valid:
        raise LLMError("the draft cited no passage")
    sections = parse_markdown_draft(checked.text)
    if not sections:
        raise LLMError("the draft had no section")
    references = _renumber(sections, offline.references)
    return Draft(brief=offline.brief, title=offline.title, sections=sections, references=references,
                 precedents=offline.precedents, quantities=[], mode="llm")  # fmt: skip


# -- entry point --------------------------------------------------------------------------------


def choose_precedents(index: Index, embedder: Embedder | None, brief: str, *,
                      doc_ids: Sequence[str] | None = None, k: int = DEFAULT_PRECEDENTS,
                      filters: PrecedentFilters | None = None,
                      params: SearchParams | None = None) -> list[Precedent | MissionRecord]:  # fmt: skip
    """The missions to draw from: the doc_ids given (in that order), or the best-ranked ones."""
    if doc_ids:
        chosen = {d: None for d in doc_ids}
        _, ranked = rank_precedents(index, embedder, brief, filters=None, params=params)
        by_id = {p.record.doc_id: p for p in ranked}
        records = records_by_id(index, list(chosen))
        return [by_id.get(r.doc_id, r) for r in records]
    _, ranked = rank_precedents(index, embedder, brief, filters=filters, params=params)
    if not ranked:
        raise BriefError(
            "no mission sheet matches the filters: loosen them or ingest mission sheets"
        )
    floor = ranked[0].score * RELATIVE_FLOOR
    return [p for p in ranked[:k] if p.score >= floor]


def draft_proposal(index: Index, embedder: Embedder | None, brief: str, *,
                   doc_ids: Sequence[str] | None = None, k: int = DEFAULT_PRECEDENTS,
                   filters: PrecedentFilters | None = None, completer: Completer | None = None,
                   prompts: Prompts | None = None,
                   params: SearchParams | None = None) -> Draft:  # fmt: skip
    """A cited proposal draft for a brief: by the model when one is given, else assembled."""
    brief = " ".join((brief or "").split())
    if not brief:
        raise BriefError("the brief is empty: describe the mission to propose")
    precedents = choose_precedents(index, embedder, brief, doc_ids=doc_ids, k=k, filters=filters,
                                   params=params)  # fmt: skip
    offline = assemble_draft(brief, precedents)
    if completer is None or prompts is None:
        return offline
    try:
        return llm_draft(completer, prompts, offline)
    except LLMError as exc:
        log.warning("LLM draft failed, using the offline draft: %s", exc)
        cause = exc.__cause__
        if str(exc) == "the draft cited no passage":
            offline.notice = NOTICE_UNCITED
        else:
            offline.notice = NOTICE_LLM_FAILED.format(
                reason=type(cause).__name__ if cause else str(exc)
            )
        return offline


# -- rendering ----------------------------------------------------------------------------------


def _reference_line(ref: Reference) -> str:
    section = f" — {ref.section}" if ref.section else ""
    quote = " ".join(ref.quote.split())
    return f"{ref.title}{section} (`{ref.doc_id}`, car. {ref.start}–{ref.end}) : « {quote} »"


def draft_markdown(draft: Draft) -> str:
    """The draft as Markdown: headings, items with [n] markers, numbered references."""
    lines = [f"# {draft.title}", ""]
    if draft.notice:
        lines += [f"> {draft.notice}", ""]
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
    lines += [f"## {REFERENCES_TITLE}", ""]
    lines += [f"{ref.n}. {_reference_line(ref)}" for ref in draft.references]
    return "\n".join(lines).rstrip() + "\n"


# Characters XML 1.0 does not allow (a brief may carry \u0001 or \ufffe): lxml refuses them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


def draft_docx(draft: Draft) -> bytes:
    """The draft as a Word document: Heading styles, bullet items, references as a numbered list
    (characters XML does not allow are left out)."""
    import docx

    document = docx.Document()
    document.core_properties.title = _xml_safe(draft.title)
    document.add_heading(_xml_safe(draft.title), level=0)
    if draft.notice:
        document.add_paragraph(_xml_safe(draft.notice), style="Intense Quote")
    for section in draft.sections:
        document.add_heading(_xml_safe(section.title), level=1)
        for item in section.items:
            document.add_paragraph(_xml_safe(item.text),
                                   style="List Bullet" if item.kind == "item" else None)  # fmt: skip
    document.add_heading(REFERENCES_TITLE, level=1)
    for ref in draft.references:
        document.add_paragraph(_xml_safe(_reference_line(ref).replace("`", "")),
                               style="List Number")  # fmt: skip
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
