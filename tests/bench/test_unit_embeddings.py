"""bench/unit_embeddings.py splits a cold ingest's encoding time into chunks, answer units and
the English lexicon's words, and charges only the units' to the slowdown it reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from unit_embeddings import one_run

from assistant.settings import PROJECT_ROOT
from index import lexicon


@pytest.mark.parametrize("encoders", [1, 3])
def test_encoding_time_is_split_by_stage(monkeypatch: pytest.MonkeyPatch, word_hash_embedder,
                                         encoders: int) -> None:  # fmt: skip
    """Several calls at once (3 encoders) are timed by stage, not summed."""
    # The word-hashing embedder has no lexicon; give it one so that ingest embeds words too.
    monkeypatch.setitem(lexicon.MIN_SIMILARITY, word_hash_embedder.name, 0.99)
    row = one_run([Path(PROJECT_ROOT / "corpus")], word_hash_embedder, encoders)
    assert row["chunks"] > 0 and row["units"] > row["chunks"] and row["words"] > 0
    assert row["word_embed_seconds"] > 0
    spent = row["chunk_embed_seconds"] + row["unit_embed_seconds"] + row["word_embed_seconds"]
    assert spent <= row["seconds"]
    assert row["slowdown"] == pytest.approx(
        row["seconds"] / (row["seconds"] - row["unit_embed_seconds"]))
