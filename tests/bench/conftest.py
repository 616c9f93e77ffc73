"""The benchmark scripts run as `python bench/NAME.py`, which puts bench/ on sys.path; do the same
here so that the tests import them exactly as they run. A word-hashing embedder keeps these
tests fast: they check the benchmarks' plumbing, not retrieval quality."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from assistant.settings import PROJECT_ROOT, Settings
from index.analyzer import analyze
from index.store import Index

sys.path.insert(0, str(PROJECT_ROOT / "bench"))

from common import timed_ingest  # noqa: E402


class WordHashEmbedder:
    """Bag of analysed words hashed into 64 buckets, L2-normalised: deterministic, and texts
    sharing words get similar vectors."""

    name = "test:word-hash"
    dim = 64

    def __init__(self) -> None:
        self.passage_calls = 0
        self.query_calls = 0

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        for token in analyze(text):
            vector[int(hashlib.md5(token.encode()).hexdigest(), 16) % self.dim] += 1.0
        norm = np.linalg.norm(vector)
        return vector / norm if norm else vector

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.passage_calls += 1
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim))

    def embed_query(self, text: str) -> np.ndarray:
        self.query_calls += 1
        return self._vector(text)


@pytest.fixture
def word_hash_embedder() -> WordHashEmbedder:
    return WordHashEmbedder()


@pytest.fixture
def bench_settings() -> Settings:
    """Settings on the shipped corpus, independent of the RENEWAL_ environment."""
    return Settings(corpus_dir=PROJECT_ROOT / "corpus", _env_prefix="UNUSED_BENCH_TEST_")


@pytest.fixture
def shipped_index(
    tmp_path: Path, bench_settings: Settings, word_hash_embedder: WordHashEmbedder
) -> Iterator[tuple[Path, Index]]:
    """(data_dir, Index) of the shipped corpus embedded with the word-hash embedder."""
    timed_ingest(bench_settings, tmp_path / "data", word_hash_embedder)
    index = Index.open(tmp_path / "data", word_hash_embedder.name)
    yield tmp_path / "data", index
    index.close()
