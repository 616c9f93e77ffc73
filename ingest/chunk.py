"""Section-aware chunking.

Headings start sections; a section that fits in `chunk_size` is one chunk (so a list stays with
its heading); small neighbouring sections are packed together; a long section is split with
langchain's RecursiveCharacterTextSplitter on paragraph, line and sentence boundaries. Every
chunk's text is exactly `document.text[start:end]`, and it carries a contextual header
(title — section) that is indexed with it but not shown as part of the passage.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.blocks import Block, parse_blocks
from ingest.normalize import fold_accents, mostly_capitals
from ingest.records import Chunk, Document

SMALL_SECTION = 300  # sections shorter than this are packed with their neighbours
MIN_PIECE = 200  # pieces of a split section shorter than this join their neighbour


@dataclass
class _Section:
    heading: str
    start: int
    end: int


def find_sections(blocks: Sequence[Block], length: int) -> list[_Section]:
    """The sections of a parsed document of ``length`` characters: each heading opens one, and
    so does the first of a run of mission fields (their section is ``FIELDS_SECTION``)."""
    sections: list[_Section] = []
    heading, start = "", 0
    for b in blocks:
        if b.kind != "heading" and b.section == heading:
            continue
        if b.start > start:
            sections.append(_Section(heading, start, b.start))
        heading, start = b.section, b.start
    if length > start:
        sections.append(_Section(heading, start, length))
    return sections


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def chunk_id(doc_id: str, start: int, end: int, text: str) -> str:
    """Stable across re-ingests of an unchanged document: a hash of where and what."""
    digest = hashlib.sha256(f"{doc_id}\x00{start}\x00{end}\x00{text}".encode()).hexdigest()
    return digest[:20]


def chunk(doc: Document, chunk_size: int = 3000, chunk_overlap: int = 200,
          blocks: Sequence[Block] | None = None) -> list[Chunk]:  # fmt: skip
    """Cut a cleaned document into section-aware chunks with exact offsets, along its blocks
    (parsed here only when the caller has none)."""
    # Imported here: answering imports this module for its heading rule, and needs no splitter.
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    text = doc.text
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""],
        keep_separator="end",
        add_start_index=True,
    )
    # Pack small neighbouring sections, then split what is still too long.
    groups: list[tuple[list[str], int, int]] = []
    if blocks is None:
        blocks = parse_blocks(text, doc.title)
    for section in find_sections(blocks, len(text)):
        size = section.end - section.start
        if groups:
            headings, g_start, g_end = groups[-1]
            previous_small = g_end - g_start < SMALL_SECTION
            # A lone small section (title lines, a one-line heading) always joins the next one;
            # otherwise small sections are packed while they fit in one chunk.
            absorb = previous_small and len(headings) == 1
            pack = (previous_small or size < SMALL_SECTION) and section.end - g_start <= chunk_size
            if absorb or pack:
                groups[-1] = (headings + [section.heading], g_start, section.end)
                continue
        groups.append(([section.heading], section.start, section.end))

    spans: list[tuple[str, int, int]] = []
    for headings, g_start, g_end in groups:
        named = [h for h in dict.fromkeys(headings) if h]
        label = " / ".join(named[:3]) + (" / …" if len(named) > 3 else "")
        start, end = _trimmed(text, g_start, g_end)
        if end - start <= chunk_size:
            spans.append((label, start, end))
            continue
        pieces: list[tuple[int, int]] = []
        for piece in splitter.create_documents([text[start:end]]):
            p_start = start + piece.metadata["start_index"]
            p_start, p_end = _trimmed(text, p_start, p_start + len(piece.page_content))
            if p_end <= p_start:
                continue
            # A heading or a closing line alone is no passage: glue it to its neighbour.
            if pieces and (
                pieces[-1][1] - pieces[-1][0] < MIN_PIECE or p_end - p_start < MIN_PIECE
            ):
                pieces[-1] = (pieces[-1][0], max(pieces[-1][1], p_end))
            else:
                pieces.append((p_start, p_end))
        spans.extend((label, p_start, p_end) for p_start, p_end in pieces)

    chunks = []
    for position, (section, start, end) in enumerate(spans):
        passage = text[start:end]
        header = contextual_header(doc, section)
        chunks.append(
            Chunk(
                chunk_id=chunk_id(doc.doc_id, start, end, passage),
                doc_id=doc.doc_id,
                position=position,
                section=section,
                text=passage,
                start=start,
                end=end,
                header=header,
            )
        )
    return chunks


def contextual_header(doc: Document, section: str) -> str:
    """What a passage is indexed under besides its text: the document's title, the outlet of an
    article ("according to the Dépêche des Rives") or the contract of an action sheet, the town and neighbourhood it is about when
    the title does not say them ("Point d'Etape de clôture de Bagneux — quartier des Tertres et
    des Couverons": a question about the Tertres finds every passage of the sheet, not only the
    one that names them), and the section."""
    title = doc.title
    # An article's outlet, an action sheet's contract ("CONTRAT DE VILLE DE PONTAURY ...").
    source = str(doc.metadata.get("outlet") or doc.metadata.get("contract") or "")
    if source and source not in title:
        title = f"{title} ({source})"
    title = _with_places(doc, title)
    return f"{title} — {section}" if section and section != doc.title else title


def unit_heading(doc: Document) -> str:
    """What an answer unit is embedded with (ingest/units.py): its document's title, an
    article's outlet ("Which journalist wrote the Courrier de l'Orge piece?") and the places the
    title does not say, but not an action sheet's contract ("CONTRAT DE VILLE DU PAYS DE
    VALLAURIAC 2015-2022 (prorogé par avenant en 2019)"), which tells where a sheet belongs but
    not what its sentences are about. A title written in capitals ("FICHE 3.2.4 – PERENNISER LA
    GESTION URBAINE ...") is lowered to a sentence's case: the embedder cuts capitals into many
    more pieces, and every unit carries its heading (60 % of what was embedded for the units of
    the extended corpus)."""
    title = doc.title
    if mostly_capitals(title):
        lowered = title.lower()
        title = lowered[:1].upper() + lowered[1:]
    outlet = str(doc.metadata.get("outlet") or "")
    if outlet and outlet not in doc.title:
        title = f"{title} ({outlet})"
    return _with_places(doc, title)


def _with_places(doc: Document, title: str) -> str:
    """The title, then the town and neighbourhood the document is about where it does not
    say them."""
    places: list[str] = []
    for key in ("town", "neighbourhood"):
        value = str(doc.metadata.get(key) or "")
        said = fold_accents(" ".join([title, *places])).lower()
        if value and fold_accents(value).lower() not in said:
            places.append(value)
    return f"{title} — {', '.join(places)}" if places else title
