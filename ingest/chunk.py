"""Section-aware chunking.

Headings start sections; a section that fits in `chunk_size` is one chunk (so a list stays with
its heading); small neighbouring sections are packed together; a long section is split with
langchain's RecursiveCharacterTextSplitter on paragraph, line and sentence boundaries. Every
chunk's text is exactly `document.text[start:end]`, and it carries a contextual header
(title — section) that is indexed with it but not shown as part of the passage.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ingest.metadata import MISSION_LABELS, _key
from ingest.records import Chunk, Document

FIELDS_SECTION = "Fiche mission"
_LABEL = re.compile(r"^\s*(?P<label>[^:\n]{2,40}?)\s*:\s*")
_SENTENCE_END = (".", ";", ",", ":", "!", "?", "…")
SMALL_SECTION = 300  # sections shorter than this are packed with their neighbours
MIN_PIECE = 200  # pieces of a split section shorter than this join their neighbour


@dataclass
class _Section:
    heading: str
    start: int
    end: int


def _is_mission_label(line: str) -> bool:
    match = _LABEL.match(line)
    return bool(match and _key(match.group("label")) in MISSION_LABELS)


def is_heading(line: str, previous_blank: bool) -> bool:
    """A line that opens a section: a markdown heading, or a short title-like line after a break."""
    stripped = line.strip()
    if not stripped:
        return False
    if re.match(r"^#{1,6}\s+\S", stripped):
        return True
    if not previous_blank or len(stripped) > 90 or stripped.startswith(("-", "*", "•", "(")):
        return False
    words = stripped.split()
    if len(words) > 10 or stripped.endswith(_SENTENCE_END) or " : " in stripped:
        return False
    if stripped.startswith("«") or "©" in stripped or re.match(r"^\d", stripped):
        return False
    if len(words) == 1 and (stripped.isupper() or len(stripped) < 4):
        return False  # "ANRU", "CAP": tags rather than headings
    return stripped[0].isalpha()


def find_sections(text: str, title: str = "") -> list[_Section]:
    """Split text into sections at headings; a block of mission fields is its own section."""
    sections: list[_Section] = []
    heading, start = "", 0
    pos = 0
    previous_blank = True
    in_fields = False
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        opens: str | None = None
        if is_heading(line, previous_blank):
            opens = stripped.lstrip("#").strip()
            in_fields = False
        elif stripped and _is_mission_label(line) and not in_fields:
            opens, in_fields = FIELDS_SECTION, True
        if opens is not None:
            if line_start > start:
                sections.append(_Section(heading, start, line_start))
            # The document's own title line is not a section of it.
            heading, start = ("" if opens == title else opens), line_start
        previous_blank = not stripped
    if len(text) > start:
        sections.append(_Section(heading, start, len(text)))
    return [s for s in sections if text[s.start : s.end].strip()]


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


def chunk(doc: Document, chunk_size: int = 1800, chunk_overlap: int = 200) -> list[Chunk]:
    """Cut a cleaned document into section-aware chunks with exact offsets."""
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
    for section in find_sections(text, doc.title):
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
        header = f"{doc.title} — {section}" if section and section != doc.title else doc.title
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
