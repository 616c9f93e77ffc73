"""Hybrid search: French BM25 and dense retrieval fused by weighted reciprocal rank fusion.

The rankings come from the version's search backend (index/backends.py): FAISS and bm25s in
process by default, or Milvus; the fusion and the filters' meaning are the same for both."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import faiss
import numpy as np

from index.analyzer import analyze
from index.embed import Embedder
from index.glossary import EN_TO_FR, expand_query, expand_synonyms, looks_english
from index.lexicon import WORD_VECTORS, Lexicon, unknown_words
from index.store import Index
from ingest.errors import RenewalError
from ingest.normalize import fold_accents
from ingest.records import DOC_TYPES, Hit

FILTER_KEYS = ("doc_type", "doc_id", "site", "year", "client", "mission_type", "outlet", "author")


class FilterError(RenewalError):
    """A search filter is malformed or names an unknown key."""


@dataclass(frozen=True)
class SearchParams:
    k: int = 5
    mode: str = "hybrid"  # "hybrid", "lexical" or "dense"
    lexical_weight: float = 1.0
    dense_weight: float = 0.2
    rrf_k: int = 60
    candidates: int = 50


def parse_filters(items: Sequence[str] | dict[str, Any] | None) -> dict[str, str]:
    """["doc_type=mission_sheet", "year=2012"] (or a dict) -> validated {key: value}."""
    if not items:
        return {}
    pairs = items.items() if isinstance(items, dict) else []
    if not isinstance(items, dict):
        parsed = []
        for item in items:
            if "=" not in item:
                raise FilterError(
                    f"filter {item!r} must look like key=value, e.g. doc_type=article"
                )
            key, value = item.split("=", 1)
            parsed.append((key, value))
        pairs = parsed
    out: dict[str, str] = {}
    for key, value in pairs:
        key, value = str(key).strip(), str(value).strip()
        if key not in FILTER_KEYS:
            raise FilterError(f"unknown filter {key!r}; known filters: {', '.join(FILTER_KEYS)}")
        if not value:
            continue
        if key == "doc_type" and value not in DOC_TYPES:
            raise FilterError(f"doc_type must be one of {', '.join(DOC_TYPES)} (got {value!r})")
        if key == "year" and not re.fullmatch(r"\d{4}(\s*-\s*\d{4})?", value):
            raise FilterError(f"year must be a year or a range like 2010-2015 (got {value!r})")
        if key == "year" and "-" in value:
            low, high = (int(part) for part in value.split("-"))
            if low > high:  # would silently match nothing
                raise FilterError(
                    f"year range must go from the earlier year: {high}-{low} (got {value!r})"
                )
        out[key] = value
    return out


def _norm(value: Any) -> str:
    # Letters in parentheses inside a word are part of it: "Tour(s)plus" is "Toursplus".
    return re.sub(r"(?<=\w)\((\w+)\)", r"\1", fold_accents(str(value)).lower().strip())


def document_matches(
    doc_id: str, doc_type: str, meta: dict[str, Any], filters: dict[str, str]
) -> bool:
    """Does a document satisfy every filter (case- and accent-insensitive)?"""
    for key, wanted in filters.items():
        if key == "doc_type":
            if doc_type != wanted:
                return False
        elif key == "doc_id":
            if doc_id != wanted:
                return False
        elif key == "year":
            low, _, high = wanted.partition("-")
            lo, hi = int(low), int(high or low)
            years = meta.get("years") or []
            if not any(lo <= int(y) <= hi for y in years):
                return False
        elif key == "site":
            site_values = [meta.get(f) for f in ("site", "town", "site_text", "neighbourhood")]
            if not any(_norm(wanted) in _norm(v) for v in site_values if v):
                return False
        else:
            value = meta.get(key)
            values = value if isinstance(value, list) else [value]
            if not any(_norm(wanted) in _norm(v) for v in values if v is not None):
                return False
    return True


def allowed_chunks(index: Index, filters: dict[str, str]) -> np.ndarray | None:
    """Boolean mask over chunk rows, or None when nothing is filtered."""
    if not filters:
        return None
    docs = np.array(
        [document_matches(d, t, m, filters) for d, t, m in
         zip(index.doc_ids, index.doc_types, index.doc_metadata, strict=True)],
        dtype=bool,
    )  # fmt: skip
    if docs.size == 0:
        return np.zeros(index.n_chunks, dtype=bool)
    return docs[index.chunk_doc]


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[int]], weights: Sequence[float], k: int = 60
) -> dict[int, float]:
    """score(d) = sum over rankings of weight / (k + rank(d)), ranks starting at 1."""
    fused: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        if weight <= 0:
            continue
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank)
    return fused


def lexical_text(query: str, language: str | None = None) -> str:
    """The text the lexical index is queried with: English field terms expanded to French,
    synonyms added. The language is the one decided for the request; without one (a bare
    search), a word-list guess."""
    english = language == "en" if language else looks_english(query)
    return expand_synonyms(expand_query(query) if english else query)


def translated_words(index: Index, embedder: Embedder, query: str) -> list[str]:
    """The corpus words the version's lexicon gives for an English question's words that
    neither the index nor the glossary knows (index/lexicon.py); none without a lexicon."""
    lexicon = index.derived("lexicon", lambda i: Lexicon.load(i.path, i.manifest.embedder))
    if lexicon is None:
        return []
    words = unknown_words(query, index.vocab, EN_TO_FR)
    if not words:
        return []
    return lexicon.translate(words, WORD_VECTORS.get(embedder, words))


def lexical_query(query: str, language: str | None = None) -> list[str]:
    """Tokens the BM25 index is queried with."""
    return analyze(lexical_text(query, language))


def lexical_ranking(
    index: Index, query: str, n: int, mask: np.ndarray | None, language: str | None = None
) -> list[tuple[int, float]]:
    tokens = [t for t in lexical_query(query, language) if t in index.vocab]
    return bm25_ranking(index, tokens, n, mask)


def bm25_ranking(
    index: Index, tokens: list[str], n: int, mask: np.ndarray | None
) -> list[tuple[int, float]]:
    """The embedded BM25 ranking of known query tokens (the version's bm25s postings)."""
    if not tokens or index.n_chunks == 0:
        return []
    scores = np.asarray(index.bm25.get_scores(tokens), dtype=np.float32)
    if mask is not None:
        scores = np.where(mask, scores, 0.0)
    n = min(n, scores.shape[0])
    top = np.argpartition(-scores, n - 1)[:n] if n < scores.shape[0] else np.arange(scores.shape[0])
    top = top[np.argsort(-scores[top], kind="stable")]
    return [(int(i), float(scores[i])) for i in top if scores[i] > 0]


def dense_ranking(
    index: Index, vector: np.ndarray, n: int, mask: np.ndarray | None
) -> list[tuple[int, float]]:
    if index.faiss.ntotal == 0:
        return []
    query = np.ascontiguousarray(vector.reshape(1, -1), dtype=np.float32)
    n = min(n, index.faiss.ntotal)
    if mask is None:
        scores, ids = index.faiss.search(query, n)
    else:
        allowed = np.flatnonzero(mask).astype(np.int64)
        if allowed.size == 0:
            return []
        selector = faiss.IDSelectorBatch(allowed)
        params = (faiss.SearchParametersHNSW(sel=selector, efSearch=max(96, n))
                  if isinstance(index.faiss, faiss.IndexHNSW) else faiss.SearchParameters(sel=selector))  # fmt: skip
        scores, ids = index.faiss.search(query, min(n, int(allowed.size)), params=params)
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]


def hybrid_search(
    index: Index,
    embedder: Embedder | None,
    query: str,
    params: SearchParams = SearchParams(),
    filters: dict[str, str] | None = None,
    query_vector: np.ndarray | None = None,
    language: str | None = None,
) -> list[Hit]:
    """Top-k passages for a query: the version's search backend ranks by each retriever, with
    the filters, and the rankings are fused by weighted RRF (or by the backend itself when it is
    configured to fuse). `query_vector` is the query's embedding when the caller has it already;
    `language` the language decided for the request ("fr" or "en")."""
    text = vector = None
    if params.mode in ("hybrid", "lexical") and params.lexical_weight > 0:
        text = lexical_text(query, language)
        english = language == "en" if language else looks_english(query)
        if english and embedder is not None:
            text = " ".join([text, *translated_words(index, embedder, query)])
    if params.mode in ("hybrid", "dense") and params.dense_weight > 0:
        if embedder is None:
            raise RenewalError("dense search needs an embedder")
        vector = embedder.embed_query(query) if query_vector is None else query_vector
    backend = index.search_backend()
    if backend.fusion != "product" and text is not None and vector is not None:
        # Fused by the backend in one request: no per-retriever scores or ranks for the hits.
        fused = dict(backend.fused_ranking(index, text, vector, params, filters or {}))
        lexical = dense = []
    else:
        lexical, dense = backend.rankings(index, text, vector, params.candidates, filters or {})
        weights = {
            "hybrid": (params.lexical_weight, params.dense_weight),
            "lexical": (1.0, 0.0),
            "dense": (0.0, 1.0),
        }[params.mode]
        fused = reciprocal_rank_fusion(
            [[i for i, _ in lexical], [i for i, _ in dense]], weights, params.rrf_k
        )
    order = sorted(fused, key=lambda i: (-fused[i], i))[: params.k]
    rows = index.chunks_by_idx(order)
    lex = {i: (r, s) for r, (i, s) in enumerate(lexical, start=1)}
    den = {i: (r, s) for r, (i, s) in enumerate(dense, start=1)}
    hits = []
    for rank, idx in enumerate(order, start=1):
        chunk, title, doc_type = rows[idx]
        hits.append(
            Hit(
                chunk=chunk, title=title, doc_type=doc_type, score=fused[idx], rank=rank,
                lexical=lex[idx][1] if idx in lex else None,
                dense=den[idx][1] if idx in den else None,
                lexical_rank=lex[idx][0] if idx in lex else None,
                dense_rank=den[idx][0] if idx in den else None,
            )
        )  # fmt: skip
    return hits
