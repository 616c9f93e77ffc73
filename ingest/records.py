"""The records passed between pipeline stages, in one module.

Every stage (ingest, index, assistant, evals) speaks in these dataclasses; pydantic models
exist only at the API edge.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

DocType = Literal["mission_sheet", "article", "action_sheet", "other"]
DOC_TYPES: tuple[str, ...] = ("mission_sheet", "article", "action_sheet", "other")


@dataclass(frozen=True)
class RawDocument:
    """A file as loaded: extracted text before cleaning, plus what the loader knew about it."""

    doc_id: str  # path relative to the corpus root, with forward slashes
    source_path: str
    text: str
    sha256: str  # of the source bytes
    format: str  # "txt", "md", "html", "docx", "pdf"
    metadata: dict[str, Any] = field(default_factory=dict)  # loader-level: html title, pdf info...


@dataclass
class Document:
    doc_id: str
    title: str
    doc_type: str
    text: str  # cleaned text; every offset in the system points into it
    metadata: dict[str, Any]
    sha256: str


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    doc_id: str
    position: int
    section: str
    text: str  # == document.text[start:end]
    start: int
    end: int
    header: str  # "title — section", indexed with the text but not shown as part of the passage

    def indexed_text(self) -> str:
        """What the lexical and dense indexes see: contextual header then passage."""
        return f"{self.header}\n{self.text}" if self.header else self.text


@dataclass
class Hit:
    chunk: Chunk
    title: str
    doc_type: str
    # What the hits are ordered by: the second stage's probability (assistant/rerank.py; 0 past
    # its depth, where the first stage's order holds), else the fused score.
    score: float
    rank: int
    lexical: float | None = None  # BM25 score, when the lexical retriever returned this chunk
    dense: float | None = None  # cosine similarity, when the dense retriever returned this chunk
    lexical_rank: int | None = None
    dense_rank: int | None = None
    fused: float | None = None  # the first stage's fused score, when a second stage re-scored it

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "doc_id": self.chunk.doc_id,
            "chunk_id": self.chunk.chunk_id,
            "title": self.title,
            "doc_type": self.doc_type,
            "section": self.chunk.section,
            "text": self.chunk.text,
            "start": self.chunk.start,
            "end": self.chunk.end,
            "score": self.score,
            "lexical": self.lexical,
            "dense": self.dense,
            "lexical_rank": self.lexical_rank,
            "dense_rank": self.dense_rank,
            "fused": self.fused if self.fused is not None else self.score,
        }


@dataclass
class Citation:
    n: int  # the number shown in the answer, [n]
    doc_id: str
    chunk_id: str
    title: str
    section: str
    quote: str  # the cited span, verbatim from the document
    start: int  # offsets of the quote in Document.text
    end: int
    supported: bool | None = None  # does the passage support the sentence(s) citing it
    support_score: float | None = None


@dataclass
class Answer:
    text: str
    citations: list[Citation]
    grounded: bool
    refused: bool
    query: str  # the query actually searched (after follow-up rewriting)
    mode: str = "extractive"  # "extractive" or "llm"
    notice: str | None = None  # shown to the user, e.g. when the LLM failed and we fell back
    language: str = "fr"
    nearest_documents: list[dict[str, Any]] = field(default_factory=list)
    passages: list[Hit] = field(default_factory=list)  # what was given to the answerer
    timings_ms: dict[str, float] = field(default_factory=dict)
    conversation_id: str | None = None
    message_id: str | None = None

    def to_dict(self, *, with_passages: bool = True) -> dict[str, Any]:
        # Field by field: `asdict` would deep-copy the passages (and their chunks) only for them
        # to be replaced below.
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["nearest_documents"] = [dict(d) for d in self.nearest_documents]
        out["timings_ms"] = dict(self.timings_ms)
        out["answer"] = self.text
        out["citations"] = [asdict(c) for c in self.citations]
        out["passages"] = [h.to_dict() for h in self.passages] if with_passages else []
        return out
