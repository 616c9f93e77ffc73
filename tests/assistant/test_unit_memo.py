"""Answer units are rated once per question: the second stage rates the units of the passages it
re-scores, and answering reuses those rows, renumbered to the passages' final ranks. Real
assistant over the shipped corpus."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.answering import Assistant
from ingest.records import Chunk


@pytest.mark.parametrize("question", ["Quel est le montant du PRU de Bagneux ?",
                                      "Who chaired the first ANRU board?"])  # fmt: skip
def test_units_are_read_once_and_match_a_fresh_rating(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    index = assistant.indexes.current()
    reads: Counter[str] = Counter()
    original = index.chunk_units

    def counting(chunk: Chunk, passage: int):  # type: ignore[no-untyped-def]
        reads[chunk.chunk_id] += 1
        return original(chunk, passage)

    monkeypatch.setattr(index, "chunk_units", counting)
    prepared = assistant.prepare(question)
    assert reads and max(reads.values()) == 1
    assert {h.chunk.chunk_id for h in prepared.hits} <= set(reads)

    monkeypatch.setattr(index, "chunk_units", original)
    fresh = assistant.candidates(index, prepared.query, prepared.language.code,
                                 assistant.embedder.embed_query(prepared.query), prepared.hits)  # fmt: skip

    def view(candidates):  # type: ignore[no-untyped-def]
        return [(c.passage, c.unit.passage, c.unit.text, c.eligible, c.signals["passage_rr"],
                 round(c.probability, 9)) for c in candidates]  # fmt: skip

    assert view(prepared.candidates) == view(fresh)
    # The passages were re-ordered, and each unit carries its passage's final number.
    assert all(c.unit.passage == c.passage for c in prepared.candidates)


def test_a_questions_signals_are_made_once_per_version(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.answering as answering
    from assistant.extractive import question_signals

    index = assistant.indexes.current()
    cache = assistant.version_cache(index)
    made: list[str] = []

    def counting(text, *args):  # type: ignore[no-untyped-def]
        made.append(text)
        return question_signals(text, *args)

    monkeypatch.setattr(answering, "question_signals", counting)
    cache._signals.clear()  # whatever other tests asked of this version
    question = "Combien de logements ont été démolis à Bagneux en 2015 ?"
    assistant.prepare(question)
    assistant.prepare(question)
    assert made.count(question) == 1  # ranking and answering, twice over: made once
    assert cache.question_signals(question, "fr", ()) == question_signals(
        question, "fr", cache.weights, (), cache.not_bodies
    )
    monkeypatch.setattr(answering, "QUESTIONS_MEMO", 2)
    for n in range(5):
        cache.question_signals(f"Combien de logements en {2010 + n} ?", "fr", ())
        assert len(cache._signals) <= 2
