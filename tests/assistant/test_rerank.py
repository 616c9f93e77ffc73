"""The second-stage passage ranking's arithmetic on small fixtures."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from assistant.rerank import (
    RERANK_FEATURES,
    RERANK_MODEL_PATH,
    UNIT_EVIDENCE_SIGNALS,
    Reranker,
    content_scores,
    intrinsic_unit_weights,
    passage_signals,
    signal_vector,
    unit_evidence,
)
from ingest.records import Chunk, Hit


def _hit(n: int, score: float, lexical_rank: int | None = None, dense: float | None = None,
         dense_rank: int | None = None, text: str = "texte") -> Hit:  # fmt: skip
    chunk = Chunk(f"c{n}", f"d{n}.txt", 0, "", text, 0, len(text), f"Titre {n}")
    return Hit(chunk, f"Titre {n}", "other", score, n, dense=dense,
               lexical_rank=lexical_rank, dense_rank=dense_rank)  # fmt: skip


def test_rerank_orders_by_score_and_renumbers() -> None:
    hits = [_hit(1, 0.3), _hit(2, 0.2), _hit(3, 0.1)]
    rows = [{"coverage": 0.1}, {"coverage": 0.9}, {"coverage": 0.5}]
    reranked = Reranker({"coverage": 1.0}).rerank(hits, rows)
    assert [h.chunk.chunk_id for h in reranked] == ["c2", "c3", "c1"]
    assert [h.rank for h in reranked] == [1, 2, 3]
    assert [h.rank for h in hits] == [1, 2, 3]  # the first stage's hits are left as they were


def test_ties_keep_the_first_stage_order() -> None:
    hits = [_hit(1, 0.3), _hit(2, 0.2)]
    reranked = Reranker({"coverage": 1.0}).rerank(hits, [{"coverage": 0.5}, {"coverage": 0.5}])
    assert [h.chunk.chunk_id for h in reranked] == ["c1", "c2"]


def test_signals_of_passages() -> None:
    question = SimpleNamespace(
        concepts=[SimpleNamespace(tokens=frozenset({"demolit"}), weight=2.0),
                  SimpleNamespace(tokens=frozenset({"antony"}), weight=1.0)],
        total=3.0,
    )  # fmt: skip
    hits = [_hit(1, 0.04, lexical_rank=1, dense=0.8, dense_rank=2),
            _hit(2, 0.02, lexical_rank=None, dense=None, dense_rank=None)]  # fmt: skip
    vector = np.array([1.0, 0.0])
    units = [np.array([[0.9, 0.1], [0.2, 0.9]]), None]
    tokens = [frozenset({"demolit", "antony"}), frozenset({"antony"})]
    rows = passage_signals(hits, vector, units, tokens, question, [(True, 0.0), (False, 0.5)])
    first, second = rows
    assert first["fused"] == 1.0 and second["fused"] == 0.5
    assert (first["lexical_rr"], first["dense_rr"]) == (1.0, 0.5)
    assert (second["lexical_rr"], second["dense_rr"]) == (0.0, 0.0)
    assert first["coverage"] == 1.0 and second["coverage"] == pytest.approx(1 / 3)
    assert (first["in_scope"], first["names_missing"]) == (1.0, 0.0)
    assert (second["in_scope"], second["names_missing"]) == (0.0, 0.5)
    # Cosines are standardised among the question's passages; a passage the dense retriever did
    # not return counts as its lowest, and one without unit vectors uses its own cosine.
    assert first["dense"] == 0.0 and second["dense"] == 0.0
    assert first["unit_dense"] == pytest.approx(1.0) and second["unit_dense"] == pytest.approx(-1.0)
    assert first["unit_evidence"] == second["unit_evidence"] == 0.0  # none given
    rows = passage_signals(hits, vector, units, tokens, question, [(True, 0.0), (False, 0.5)],
                           [1.5, -0.25])  # fmt: skip
    assert [r["unit_evidence"] for r in rows] == [1.5, -0.25]
    assert [r["content"] for r in rows] == [0.0, 0.0]  # none given
    rows = passage_signals(hits, vector, units, tokens, question, [(True, 0.0), (False, 0.5)],
                           None, [3.0, 1.5])  # fmt: skip
    assert [r["content"] for r in rows] == [1.0, 0.5]  # relative to the best


def test_content_scores_are_bm25_over_the_passages_given() -> None:
    """BM25 with the index's chunk frequencies for IDF and the passages' own average length: a
    rarer word weighs more, a repeated query word counts again, a longer passage with the same
    count scores less, a passage without any of the words scores 0."""
    doc_freq = {"relog": 2, "menag": 40}
    counts = [Counter({"relog": 1, "menag": 1, "tisserand": 4}),
              Counter({"menag": 1, "tisserand": 4}),
              Counter({"relog": 1, "menag": 1, "tisserand": 4, "quarti": 10}),
              Counter({"tisserand": 6})]  # fmt: skip
    scores = content_scores(["relog", "menag"], counts, doc_freq, 100)
    assert scores[0] > scores[2] > scores[1] > scores[3] == 0.0
    idf = math.log(1 + (100 - 2 + 0.5) / (2 + 0.5))
    alone = content_scores(["relog"], counts[:1], doc_freq, 100)[0]
    assert alone == pytest.approx(idf)  # one passage: its own length is the average
    assert content_scores(["relog", "relog"], counts[:1], doc_freq, 100)[0] == pytest.approx(2 * alone)
    assert content_scores(["inconnu"], counts, doc_freq, 100) == [0.0] * 4
    assert content_scores([], [], doc_freq, 100) == []


def test_unit_evidence_leaves_rank_signals_out() -> None:
    weights = intrinsic_unit_weights({"lexical": 2.0, "kind": 1.0, "passage_rr": 5.0,
                                      "dense_rr": 3.0, "lexical_rr": 3.0, "dense_gap": 1.0})  # fmt: skip
    assert set(weights) == set(UNIT_EVIDENCE_SIGNALS)
    assert "passage_rr" not in weights and weights["lexical"] == 2.0
    # The same unit rates the same whatever its passage's rank.
    unit = {"lexical": 0.5, "kind": 1.0, "dense": 0.8}
    assert unit_evidence({**unit, "passage_rr": 1.0}, weights) == unit_evidence(
        {**unit, "passage_rr": 0.1}, weights) == pytest.approx(2.0)  # fmt: skip


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "rerank.json"
    Reranker({"bias": 0.0, "coverage": 2.0}, depth=7, meta={"fitted_on": "train"},
             unit_weights={"lexical": 1.25}).save(path)  # fmt: skip
    loaded = Reranker.load(path)
    assert (loaded.weights["coverage"], loaded.depth, loaded.meta) == (2.0, 7, {"fitted_on": "train"})
    assert loaded.unit_weights == {"lexical": 1.25}
    assert list(signal_vector({"coverage": 0.5})) == [
        1.0 if f == "bias" else (0.5 if f == "coverage" else 0.0) for f in RERANK_FEATURES
    ]


def test_unknown_signal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rerank.json"
    Reranker({"moon_phase": 1.0}).save(path)
    with pytest.raises(ValueError, match="moon_phase.*refit"):
        Reranker.load(path)


def test_unknown_unit_signal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rerank.json"
    Reranker({"coverage": 1.0}, unit_weights={"passage_rr": 1.0}).save(path)
    with pytest.raises(ValueError, match="passage_rr.*refit"):
        Reranker.load(path)


def test_shipped_ranking_is_complete_and_fitted_on_train() -> None:
    reranker = Reranker.load(RERANK_MODEL_PATH)
    assert set(reranker.weights) == set(RERANK_FEATURES)
    assert set(reranker.unit_weights) == set(UNIT_EVIDENCE_SIGNALS)
    assert str(reranker.meta["fitted_on"]).startswith("train split")
    # On its own train questions it ranks the gold passage first more often than the first stage.
    assert reranker.meta["hit_at_1_after"] > reranker.meta["hit_at_1_before"]
