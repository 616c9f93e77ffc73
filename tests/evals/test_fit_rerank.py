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
