"""Retrieval evaluation: run gold questions through the product's own hybrid search and score them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from evals.gold import GoldQuestion
from evals.metrics import RetrievalRow, score_question_retrieval, score_retrieval
from index.embed import Embedder
from index.search import SearchParams, hybrid_search
from index.store import Index


def evaluate_retrieval(
    index: Index,
    embedder: Embedder | None,
    questions: Sequence[GoldQuestion],
    params: SearchParams,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Aggregate scores (hit@1, hit@5, MRR@10, nDCG@10, quote recall@5) and per-question rows.

    Passages are judged relevant when they contain a gold quote, so the score is independent of
    chunk ids; the contextual header is not part of the passage.
    """
    search = SearchParams(**{**params.__dict__, "k": max(params.k, 10)})
    rows, details = [], []
    for q in questions:
        hits = hybrid_search(index, embedder, q.question, search)
        passages = [h.chunk.text for h in hits]
        rows.append(RetrievalRow(q.answerable, q.gold_quotes, passages, q.id))
        details.append({
            "id": q.id, "language": q.language, "tags": q.tags, "answerable": q.answerable,
            **score_question_retrieval(passages, q.gold_quotes),
            "retrieved": [f"{h.chunk.doc_id}#{h.chunk.position}" for h in hits[:5]],
        })  # fmt: skip
    return score_retrieval(rows), details
