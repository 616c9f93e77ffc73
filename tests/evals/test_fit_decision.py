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
