"""The second stage also re-scores passages about the place asked that rank beyond its depth
(assistant/rerank.py SCOPE_EXTRA), on the shipped corpus with the real models."""

from __future__ import annotations

from dataclasses import replace

import pytest

import assistant.answering as answering
from assistant.answering import Assistant

BAGNEUX = "fiche-mission-point-etape-cloture-bagneux.txt"
QUESTION = "Quel est le montant du projet de Bagneux ?"


@pytest.fixture
def buried(assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> Assistant:
    """The assistant with a first stage that ranks every passage about Bagneux last, as happens
    among many documents of the same kind about other towns."""
    real = answering.hybrid_search

    def last(index, embedder, query, params, *args, **kwargs):  # type: ignore[no-untyped-def]
        hits = real(index, embedder, query, replace(params, k=100), *args, **kwargs)
        order = [h for h in hits if h.chunk.doc_id != BAGNEUX] + [
            h for h in hits if h.chunk.doc_id == BAGNEUX
        ]
        return [replace(h, rank=rank) for rank, h in enumerate(order[: params.k], start=1)]

    monkeypatch.setattr(answering, "hybrid_search", last)
    shipped = assistant.reranker
    assert shipped is not None
    yield assistant
    assistant.reranker = shipped


def test_passages_about_the_place_asked_are_rescored_from_beyond_the_depth(buried) -> None:
    shipped = buried.reranker
    buried.reranker = replace(shipped, depth=6, scope_extra=0)
    without = buried.search(QUESTION, k=6)
    assert BAGNEUX not in {h.chunk.doc_id for h in without}
    buried.reranker = replace(shipped, depth=6, scope_extra=4)
    hits = buried.search(QUESTION, k=10)
    assert hits[0].chunk.doc_id == BAGNEUX and "Montant du projet" in hits[0].chunk.text
    assert [h.rank for h in hits] == list(range(1, 11))  # renumbered without gaps
    # Beyond the re-scored passages (6 + 4 about Bagneux at most), the first stage's order.
    assert all(h.score == 0.0 for h in hits[10:])


def test_a_question_naming_no_place_reads_no_further(buried) -> None:
    shipped = buried.reranker
    buried.reranker = replace(shipped, depth=6, scope_extra=4)
    hits = buried.search("Quel est le montant du projet ?", k=10)
    assert [h.score == 0.0 for h in hits] == [False] * 6 + [True] * 4


def test_the_content_signal_reads_the_question_without_its_names(assistant: Assistant) -> None:
    """The second stage's `content` signal is BM25 over the question's words other than its
    names: among one town's passages, the one that says what was asked is not outranked by
    those that repeat the town's name. An English question reads with its French words."""
    index = assistant.indexes.current()
    names = assistant.version_cache(index).names
    question = "Combien de démolitions prévoyait le PRU de Bagneux ?"
    words = assistant._content_words(index, question, "fr", names.question_scope(question))
    assert "demolit" in words and "bagneux" not in words
    english = "How many demolitions were planned in Bagneux?"
    words = assistant._content_words(index, english, "en", names.question_scope(english))
    assert "bagneux" not in words and "demolit" in words
    hits = assistant.search(question, k=6)
    rows = assistant.passage_signals(index, question, "fr", assistant.embedder.embed_query(question),
                                     hits)  # fmt: skip
    assert max(r["content"] for r in rows) == 1.0
    # The best content score goes to a passage that speaks of demolitions.
    best = max(zip(hits, rows, strict=True), key=lambda pair: pair[1]["content"])[0]
    assert "démolition" in best.chunk.text.lower()
