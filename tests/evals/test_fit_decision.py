"""The answer-or-refuse decision's cross-validated rates, on small synthetic signals."""

from __future__ import annotations

import numpy as np

from assistant.scorer import best_threshold, fit_logistic, sigmoid
from evals.fit_answerer import balanced_weights, cross_validated_decision


def test_balanced_weights_give_both_classes_the_same_mass() -> None:
    y = np.array([1.0, 1.0, 1.0, 0.0])
    w = balanced_weights(y)
    assert w[y == 1].sum() == w[y == 0].sum() == 2.0


def test_a_signal_that_separates_the_classes_holds_up_out_of_fold() -> None:
    rng = np.random.default_rng(0)
    y = (rng.uniform(size=120) < 0.8).astype(float)
    x = np.column_stack([np.ones(120), y * 2 - 1 + rng.normal(0, 0.2, 120)])
    rates = cross_validated_decision(x, y)
    assert rates["cv_answered_answerable"] > 0.95 and rates["cv_refused_unanswerable"] > 0.95


def test_noise_is_not_mistaken_for_a_signal_out_of_fold() -> None:
    # Fitted and judged on the same questions, 30 noise signals look useful; out of fold they
    # do not: the two rates average to about one half.
    rng = np.random.default_rng(1)
    y = (rng.uniform(size=200) < 0.75).astype(float)
    x = np.column_stack([np.ones(200), rng.normal(size=(200, 30))])
    w = fit_logistic(x, y, sample_weight=balanced_weights(y))
    confidence = sigmoid(x @ w)
    cut = best_threshold(list(confidence), [bool(v) for v in y])
    in_sample = ((confidence[y == 1] >= cut).mean() + (confidence[y == 0] < cut).mean()) / 2
    rates = cross_validated_decision(x, y)
    out_of_fold = (rates["cv_answered_answerable"] + rates["cv_refused_unanswerable"]) / 2
    assert in_sample > 0.7 and 0.35 < out_of_fold < 0.62


def test_files_fitted_on_whole_add_both_their_splits(tmp_path) -> None:
    """A probe already read trains on all its questions; a gold file only on its train split."""
    import json

    from evals.fit_answerer import _provenance, _training_questions
    from evals.split import split_of

    def write(name: str, ids: list[str]) -> object:
        path = tmp_path / name
        path.write_text("".join(json.dumps({
            "id": i, "question": f"Combien de logements ({i}) ?", "language": "fr",
            "answerable": False, "answer_facts": [], "gold_quotes": [], "gold_docs": [],
            "tags": ["unanswerable"]}) + "\n" for i in ids), encoding="utf-8")  # fmt: skip
        return path

    ids = [f"g-{n}" for n in range(12)]
    gold = write("gold.jsonl", ids)
    probe = write("probe.jsonl", ["p-1", "p-2", "p-3"])
    chosen = [q.id for q in _training_questions([gold], [probe])]
    assert chosen == [i for i in ids if split_of(i) == "train"] + ["p-1", "p-2", "p-3"]
    assert {split_of(i) for i in ids} == {"train", "test"}  # both splits present, one kept
    assert [q.id for q in _training_questions([gold], [])] == chosen[:-3]

    class _Index:
        class manifest:  # noqa: N801
            documents = 3

    assistant = type("A", (), {"indexes": type("I", (), {"current": lambda self: _Index()})(),
                               "embedder": type("E", (), {"name": "fake"})()})()  # fmt: skip
    assert _provenance(assistant, [gold], [probe])["fitted_on"] == (
        "train split of gold.jsonl; all of probe.jsonl")
