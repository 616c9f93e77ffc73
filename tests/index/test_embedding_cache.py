"""index.embedding_cache: only missing vectors are computed, and they survive reopening."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from index.embedding_cache import EmbeddingCache, content_hash


class CountingEncoder:
    """Deterministic vectors (length, vowels, digits, 1), recording every text it was asked for."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array(
            [
                [len(t), sum(c in "aeiou" for c in t), sum(c.isdigit() for c in t), 1.0]
                for t in texts
            ],
            dtype=np.float32,
        )

    @property
    def encoded(self) -> list[str]:
        return [t for call in self.calls for t in call]


def expected(texts: list[str]) -> np.ndarray:
    return CountingEncoder()(texts)


@pytest.fixture
def cache(tmp_path: Path):
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite", "fake", 4)
    yield cache
    cache.close()


def test_embed_computes_only_missing_vectors(cache: EmbeddingCache) -> None:
    encoder = CountingEncoder()
    vectors, n = cache.embed(["alpha", "beta 2"], encoder)
    assert n == 2 and encoder.encoded == ["alpha", "beta 2"]
    np.testing.assert_array_equal(vectors, expected(["alpha", "beta 2"]))

    vectors, n = cache.embed(["beta 2", "gamma", "alpha", "gamma"], encoder)
    assert n == 1
    assert encoder.encoded == ["alpha", "beta 2", "gamma"]  # duplicates encoded once
    np.testing.assert_array_equal(vectors, expected(["beta 2", "gamma", "alpha", "gamma"]))

    vectors, n = cache.embed(["alpha"], encoder)
    assert n == 0 and len(encoder.calls) == 2


def test_embed_batches_and_reports_progress(cache: EmbeddingCache) -> None:
    encoder = CountingEncoder()
    progress: list[int] = []
    texts = [f"text {i}" for i in range(7)]
    _, n = cache.embed(texts, encoder, batch_size=3, progress=progress.append)
    assert n == 7
    assert [len(call) for call in encoder.calls] == [3, 3, 1]
    assert progress == [3, 3, 1]


def test_empty_input(cache: EmbeddingCache) -> None:
    encoder = CountingEncoder()
    vectors, n = cache.embed([], encoder)
    assert vectors.shape == (0, 4) and n == 0 and encoder.calls == []


def test_vectors_persist_and_are_kept_apart_by_embedder(tmp_path: Path) -> None:
    path = tmp_path / "embeddings.sqlite"
    first = EmbeddingCache(path, "fake", 4)
    first.embed(["alpha", "beta"], CountingEncoder())
    first.close()

    reopened = EmbeddingCache(path, "fake", 4)
    encoder = CountingEncoder()
    _, n = reopened.embed(["alpha", "beta"], encoder)
    assert n == 0 and encoder.calls == []
    assert set(reopened.get_many([content_hash("alpha"), content_hash("zeta")])) == {
        content_hash("alpha")
    }
    reopened.close()

    other = EmbeddingCache(path, "other-embedder", 4)
    encoder = CountingEncoder()
    _, n = other.embed(["alpha"], encoder)
    assert n == 1 and encoder.encoded == ["alpha"]
    other.close()


def test_vectors_of_another_dimension_are_not_reused(tmp_path: Path) -> None:
    path = tmp_path / "embeddings.sqlite"
    small = EmbeddingCache(path, "fake", 4)
    small.embed(["alpha"], CountingEncoder())
    small.close()

    wide = EmbeddingCache(path, "fake", 8)

    def encode8(texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 8), dtype=np.float32)

    vectors, n = wide.embed(["alpha"], encode8)
    assert n == 1 and vectors.shape == (1, 8)
    wide.close()


def test_batches_are_encoded_at_once_and_give_the_same_vectors(cache: EmbeddingCache) -> None:
    """With concurrency 2, two batches are under way together (each waits for the other at a
    barrier, which a one-at-a-time run would never pass); vectors and counts are as serial."""
    meet = threading.Barrier(2, timeout=10)
    encoder = CountingEncoder()

    def encode(texts: list[str]) -> np.ndarray:
        if texts[0] in ("text 0", "text 3"):
            meet.wait()  # the first two batches must be encoded at the same time
        return encoder(texts)

    texts = [f"text {i}" for i in range(8)]
    progress: list[int] = []
    vectors, n = cache.embed(texts, encode, batch_size=3, progress=progress.append,
                             concurrency=2)  # fmt: skip
    assert n == 8 and sorted(progress) == [2, 3, 3]
    np.testing.assert_array_equal(vectors, expected(texts))
    assert sorted(encoder.encoded) == sorted(texts)


def test_a_failed_batch_stops_the_rest_and_keeps_the_finished_ones(tmp_path: Path) -> None:
    """The batch under way beside the failing one is still stored; none is started after."""
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite", "fake", 4)
    failed = threading.Event()
    encoder = CountingEncoder()

    def encode(texts: list[str]) -> np.ndarray:
        if texts[0] == "text 2":
            failed.set()
            raise RuntimeError("cancelled")
        if texts[0] == "text 0":
            assert failed.wait(10)  # finishes after its neighbour failed
        return encoder(texts)

    texts = [f"text {i}" for i in range(10)]
    with pytest.raises(RuntimeError, match="cancelled"):
        cache.embed(texts, encode, batch_size=2, concurrency=2)
    assert encoder.encoded == ["text 0", "text 1"]  # nothing started after the failure
    assert set(cache.get_many([content_hash(t) for t in texts])) == {
        content_hash("text 0"), content_hash("text 1")}  # fmt: skip
    cache.close()


def test_a_short_run_is_split_so_that_every_encoder_has_a_batch(cache: EmbeddingCache) -> None:
    encoder = CountingEncoder()
    cache.embed([f"text {i}" for i in range(5)], encoder, batch_size=32, concurrency=2)
    assert sorted(len(call) for call in encoder.calls) == [2, 3]
