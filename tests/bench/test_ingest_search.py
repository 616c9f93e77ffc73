"""The synthetic index of bench/ingest_search.py is a real, searchable index version."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from ingest_search import build_synthetic_index, perturb_text, search_rows

from assistant.settings import Settings
from index.search import SearchParams, hybrid_search
from index.store import Index


def test_perturb_text_keeps_length_and_redraws_digits() -> None:
    text = "Antony : 144 démolitions, 351 constructions, programme de 2004 à 2014. " * 5
    perturbed = perturb_text(text, random.Random(1), word_share=0.5)
    assert len(perturbed) == len(text)
    assert perturbed != text
    assert all(a.isdigit() == b.isdigit() for a, b in zip(text, perturbed, strict=True))


def test_synthetic_index_copies_real_chunks_and_is_searchable(
    tmp_path: Path, shipped_index, word_hash_embedder, bench_settings: Settings
) -> None:
    _, real = shipped_index
    n = real.n_chunks * 2 + 3  # two full copies and a cut one
    info = build_synthetic_index(tmp_path / "synth", real, n, sigma=0.02, seed=0)
    assert info["chunks"] == n
    assert info["faiss_index"] == "IndexFlatIP"

    synth = Index.open(tmp_path / "synth", word_hash_embedder.name)
    try:
        assert synth.n_chunks == n
        for doc_id in synth.doc_ids[:3]:
            doc = synth.document(doc_id)
            assert doc is not None
            for c in synth.document_chunks(doc_id):
                assert doc.text[c.start : c.end] == c.text
                assert c.header.startswith(doc.title)
        vectors = synth.faiss.reconstruct_n(0, n)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
        # the noise is small: each copy stays closest to its own real chunk
        real_vectors = real.faiss.reconstruct_n(0, real.n_chunks)
        nearest = (vectors[: real.n_chunks] @ real_vectors.T).argmax(axis=1)
        assert (nearest == np.arange(real.n_chunks)).all()

        hits = hybrid_search(synth, None, "démolitions Antony", SearchParams(mode="lexical"))
        assert hits and all("antony" in h.chunk.doc_id for h in hits[:3])

        queries = [
            "Combien de démolitions à Antony ?",
            "What was the amount of the Bagneux project?",
        ]
        rows = search_rows("synthetic", synth, word_hash_embedder, queries, bench_settings)
        assert [r["mode"] for r in rows] == ["hybrid", "lexical", "dense", "query encode only"]
        assert all(r["chunks"] == n and r["queries"] == 2 and r["p50_ms"] > 0 for r in rows)
        assert [r["met"] is None for r in rows] == [False, False, False, True]
    finally:
        synth.close()
