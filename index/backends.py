"""Search backends: where an index version's dense and lexical search runs.

The SQLite store (documents, chunks, blocks, unit vectors) is the same for every backend; a
backend holds what a query searches. Two implement `SearchBackend`:

- `EmbeddedBackend` (default): FAISS and bm25s files inside the version directory, searched in
  process;
- `MilvusBackend` (index/milvus.py): one Milvus collection per version behind an alias, for
  corpora and query loads past one machine.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import faiss
import numpy as np

from index.analyzer import analyze
from index.search import SearchParams, allowed_chunks, bm25_ranking, dense_ranking
from index.store import Index, build_faiss
from ingest.errors import IndexMissing, RenewalError
from ingest.records import Document

Ranking = list[tuple[int, float]]  # (chunk idx, score), best first

EMPTY_TOKEN = "∅"  # a chunk with no lexical token still needs a row in the BM25 matrix


class SearchUnavailable(RenewalError):
    """The search backend cannot be reached; the message names it and what to check."""


class BackendMismatch(IndexMissing):
    """The current index version was built for another search backend than the configured one."""


@dataclass(frozen=True)
class SearchRows:
    """What a backend indexes for one version: row i is the chunk with idx i."""

    texts: list[str]  # indexed text of each chunk (contextual header + passage)
    vectors: np.ndarray  # (rows, dim), unit length
    documents: list[Document]
    chunk_doc: list[int]  # row -> position in documents


class SearchBackend(Protocol):
    name: str  # recorded in the version's manifest
    # "product": hybrid_search fuses the two rankings by weighted RRF; otherwise the backend
    # fuses them itself (fused_ranking).
    fusion: str

    def write(self, staged: Path, rows: SearchRows) -> str:
        """Index a staged version's rows; returns where they live (manifest `collection`)."""
        ...

    def activate(self, version: str, kept_versions: Sequence[str]) -> None:
        """Serve a just-published version; drop what only pruned versions used."""
        ...

    def discard(self, staged: Path) -> None:
        """Drop what `write` made for a version that will not be published."""
        ...

    def rankings(self, index: Index, lexical_text: str | None, vector: np.ndarray | None,
                 n: int, filters: dict[str, str]) -> tuple[Ranking, Ranking]:  # fmt: skip
        """(lexical, dense) rankings of at most n chunks matching every filter; a None input
        skips that retriever."""
        ...

    def fused_ranking(self, index: Index, lexical_text: str, vector: np.ndarray,
                      params: SearchParams, filters: dict[str, str]) -> Ranking:  # fmt: skip
        """Both retrievers fused by the backend; called only when `fusion` is not "product"."""
        ...

    def stats(self, index: Index) -> dict[str, Any]:
        """What the backend holds for this version, for health checks and benchmarks."""
        ...


def lexical_tokens(index: Index, text: str) -> list[str]:
    """The analyzed query tokens the version's lexical index knows."""
    return [t for t in analyze(text) if t in index.vocab]


def document_frequencies(texts: Sequence[str]) -> dict[str, int]:
    """Chunk frequency of every lexical token, as the BM25 postings give it."""
    freq: Counter[str] = Counter()
    for text in texts:
        freq.update(set(analyze(text) or [EMPTY_TOKEN]))
    return dict(freq)


def import_bm25s() -> Any:
    """bm25s, imported lazily (it pulls in scipy). Its import sets its logger to DEBUG, which
    printed "Building index from tokens" under every ingest: the level the application gave
    that logger (the CLI: WARNING unless --verbose) is put back."""
    logger = logging.getLogger("bm25s")
    level = logger.level
    import bm25s

    logger.setLevel(level)
    return bm25s


def write_bm25(path: Path, texts: Sequence[str]) -> None:
    """The embedded BM25 postings (bm25s) of the chunks' indexed texts."""
    bm25s = import_bm25s()

    retriever = bm25s.BM25(k1=1.2, b=0.75)
    retriever.index([analyze(t) or [EMPTY_TOKEN] for t in texts], show_progress=False)
    retriever.save(str(path))


def write_lexical_stats(staged: Path, texts: Sequence[str]) -> None:
    """Token chunk frequencies for a version whose postings live elsewhere (concept weights and
    the answerer's vocabulary read them)."""
    (staged / "lexical_stats.json").write_text(
        json.dumps(document_frequencies(texts), ensure_ascii=False), encoding="utf-8"
    )


class EmbeddedBackend:
    """FAISS (dense) and bm25s (French BM25) files in the version directory."""

    name = "embedded"
    fusion = "product"

    def write(self, staged: Path, rows: SearchRows) -> str:
        dense = build_faiss(rows.vectors)
        faiss.write_index(dense, str(staged / "dense.faiss"))
        write_bm25(staged / "lexical", rows.texts)
        return type(dense).__name__

    def activate(self, version: str, kept_versions: Sequence[str]) -> None:
        return None  # the version directory is the whole index: DataDir.publish swapped it

    def discard(self, staged: Path) -> None:
        return None  # the staged directory is removed with everything in it

    def rankings(self, index: Index, lexical_text: str | None, vector: np.ndarray | None,
                 n: int, filters: dict[str, str]) -> tuple[Ranking, Ranking]:  # fmt: skip
        mask = allowed_chunks(index, filters)
        lexical = bm25_ranking(index, lexical_tokens(index, lexical_text), n, mask) if (
            lexical_text is not None
        ) else []  # fmt: skip
        dense = dense_ranking(index, vector, n, mask) if vector is not None else []
        return lexical, dense

    def fused_ranking(self, index: Index, lexical_text: str, vector: np.ndarray,
                      params: SearchParams, filters: dict[str, str]) -> Ranking:  # fmt: skip
        raise NotImplementedError("the embedded backend's rankings are fused by hybrid_search")

    def stats(self, index: Index) -> dict[str, Any]:
        return {"backend": self.name, "chunks": index.n_chunks,
                "dense_index": index.manifest.faiss_index}  # fmt: skip
