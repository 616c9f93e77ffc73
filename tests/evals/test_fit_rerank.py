"""`python -m evals.fit_answerer --rerank-only`: the passage ranking refitted alone, on the real
shipped index and the dev set's train split, the answer model left as it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.rerank import RERANK_FEATURES, RERANK_MODEL_PATH, Reranker
from assistant.scorer import MODEL_PATH
from evals.fit_answerer import main

ROOT = Path(__file__).resolve().parents[2]


def test_the_ranking_is_refitted_alone(corpus_index, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(corpus_index[0]))
    answer_model = MODEL_PATH.read_bytes()
    out = tmp_path / "rerank.json"
    assert main(["--questions", str(ROOT / "evals" / "questions.dev.jsonl"), "--rerank-only",
                 "--rerank-out", str(out)]) == 0  # fmt: skip
    assert MODEL_PATH.read_bytes() == answer_model  # untouched
    fitted = Reranker.load(out)
    shipped = Reranker.load(RERANK_MODEL_PATH)
    assert set(fitted.weights) == set(RERANK_FEATURES)
    assert fitted.unit_weights == shipped.unit_weights  # kept, not refitted
    meta = json.loads(out.read_text(encoding="utf-8"))["meta"]
    assert meta["fitted_on"] == "train split of questions.dev.jsonl"
    assert meta["hit_at_1_after"] >= meta["hit_at_1_before"]


def test_the_decision_is_refitted_alone(corpus_index, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """`--decision-only`: the answer-or-refuse model refitted over the shipped unit model and
    passage ranking, its threshold keeping the floor of answerable train questions answered."""
    from assistant.scorer import DECISION_FEATURES, LogisticScorer
    from evals.fit_answerer import ANSWERED_FLOOR

    monkeypatch.setenv("RENEWAL_DATA_DIR", str(corpus_index[0]))
    shipped_files = MODEL_PATH.read_bytes(), RERANK_MODEL_PATH.read_bytes()
    out = tmp_path / "answer.json"
    assert main(["--questions", str(ROOT / "evals" / "questions.dev.jsonl"), "--decision-only",
                 "--out", str(out)]) == 0  # fmt: skip
    assert (MODEL_PATH.read_bytes(), RERANK_MODEL_PATH.read_bytes()) == shipped_files
    fitted, shipped = LogisticScorer.load(out), LogisticScorer.load(MODEL_PATH)
    assert fitted.weights == shipped.weights  # the unit model is kept
    assert set(fitted.decision_weights) == set(DECISION_FEATURES)
    meta = json.loads(out.read_text(encoding="utf-8"))["meta"]
    assert meta["unit_weights"] == "kept from the previous fit"
    assert meta["answered_answerable"] >= ANSWERED_FLOOR
    assert 0.0 < fitted.llm_threshold <= fitted.threshold < 1.0
