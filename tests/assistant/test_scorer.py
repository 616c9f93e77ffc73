"""The scorer's arithmetic on small fixtures: logistic fit, thresholds, saving and loading."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.scorer import (
    DECISION_FEATURES,
    FEATURES,
    MODEL_PATH,
    Candidate,
    LogisticScorer,
    add_relative_signals,
    best_threshold,
    decision_signals,
    fit_conditional_logit,
    fit_logistic,
)


def test_fit_logistic_separates_a_separable_signal() -> None:
    x = np.array([[1.0, 0.0], [1.0, 0.1], [1.0, 0.9], [1.0, 1.0]])
    y = np.array([0.0, 0.0, 1.0, 1.0])
    w = fit_logistic(x, y, l2=0.1)
    p = 1 / (1 + np.exp(-(x @ w)))
    assert w[1] > 0 and p[0] < 0.5 < p[2]


def test_fit_logistic_bias_only_learns_the_base_rate() -> None:
    x = np.ones((4, 1))
    w = fit_logistic(x, np.array([1.0, 0.0, 0.0, 0.0]), l2=1.0)
    assert 1 / (1 + np.exp(-w[0])) == pytest.approx(0.25, abs=1e-6)


def test_sample_weight_balances_classes() -> None:
    x = np.ones((4, 1))
    y = np.array([1.0, 0.0, 0.0, 0.0])
    w = fit_logistic(x, y, sample_weight=np.array([3.0, 1.0, 1.0, 1.0]))
    assert 1 / (1 + np.exp(-w[0])) == pytest.approx(0.5, abs=1e-6)


def test_best_threshold_balanced_accuracy() -> None:
    # Five positives, one negative: a cut that refuses the lone negative wins even though it
    # costs one positive, since both classes weigh the same.
    scores = [0.1, 0.2, 0.6, 0.7, 0.8, 0.9]
    positive = [True, False, True, True, True, True]
    cut = best_threshold(scores, positive)
    assert 0.2 < cut <= 0.6


def test_best_threshold_between_separated_classes() -> None:
    assert 0.3 < best_threshold([0.1, 0.3, 0.7, 0.9], [False, False, True, True]) < 0.7


def _candidate(dense: float, lexical: float, eligible: bool = True, **signals: float) -> Candidate:
    return Candidate(unit=None, passage=1, doc_id="d", section="", eligible=eligible,
                     signals={"dense": dense, "lexical": lexical, **signals})  # fmt: skip


def test_relative_signals() -> None:
    cands = [_candidate(0.8, 0.1), _candidate(0.9, 0.5), _candidate(0.7, 0.9)]
    add_relative_signals(cands)
    assert [c.signals["dense_rr"] for c in cands] == [0.5, 1.0, 1 / 3]
    assert [c.signals["lexical_rr"] for c in cands] == [1 / 3, 0.5, 1.0]
    assert cands[0].signals["dense_gap"] == pytest.approx(-0.1)


def test_decision_signals_use_eligible_units_only() -> None:
    cands = [_candidate(0.9, 1.0, eligible=False), _candidate(0.5, 0.2, kind=1.0)]
    cands[1].probability = 0.3
    signals = decision_signals(cands)
    assert signals["max_dense"] == 0.5 and signals["max_lexical"] == 0.2
    assert signals["any_complete"] == 1.0 and signals["best_kind"] == 1.0
    assert decision_signals([_candidate(0.9, 1.0, eligible=False)]) == {}


def test_decision_signals_read_the_best_unit_itself() -> None:
    """Whether the unit that would be quoted first gives the kind of value asked for and names
    the thing asked, not only whether some unit does: a near-miss is often answered by a unit
    that misses what was asked while a lesser one has the words."""
    best = _candidate(0.9, 0.8, kind=-1.0, focus_missing=1.0)
    other = _candidate(0.6, 0.4, kind=1.0)
    best.probability, other.probability = 0.9, 0.4
    signals = decision_signals([best, other])
    assert signals["best_kind"] == -1.0 and signals["best_focus_missing"] == 1.0
    assert signals["any_complete"] == 1.0  # the other unit meets every constraint
    # The share of units in scope is no signal: it falls as the corpus grows.
    assert "eligible_share" not in signals


def test_scorer_probabilities_and_decision() -> None:
    scorer = LogisticScorer({"bias": -1.0, "dense": 2.0}, {"bias": 0.0, "max_probability": 4.0},
                            threshold=0.5, llm_threshold=0.3)  # fmt: skip
    cands = [_candidate(0.0, 0.0), _candidate(1.0, 0.2)]
    scorer.score(cands)
    assert cands[0].probability == pytest.approx(1 / (1 + np.e))
    assert cands[1].probability == pytest.approx(1 / (1 + np.exp(-1)))
    assert scorer.answerable(cands) > 0.5
    assert scorer.answerable([_candidate(1.0, 0.2, eligible=False)]) == 0.0


def test_no_unit_saying_any_word_of_the_question_is_no_answer() -> None:
    """However close the embedder finds them, units that share no word with the question
    ("<script>alert(1)</script>" against an action sheet's "Axe 1") do not answer it."""
    scorer = LogisticScorer({"bias": 5.0}, {"bias": 5.0}, threshold=0.5, llm_threshold=0.3)
    silent = [_candidate(0.9, 0.0), _candidate(0.8, 0.0)]
    scorer.score(silent)
    assert scorer.answerable(silent) == 0.0
    assert scorer.answerable([*silent, _candidate(0.5, 0.1)]) > 0.5


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    scorer = LogisticScorer({"bias": 1.0}, {"bias": 2.0}, 0.4, 0.2, {"note": "x"})
    scorer.save(tmp_path / "m.json")
    loaded = LogisticScorer.load(tmp_path / "m.json")
    assert loaded == scorer


def test_unknown_signal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    LogisticScorer({"bias": 1.0, "shoe_size": 1.0}, {}, 0.4, 0.2).save(path)
    with pytest.raises(ValueError, match="shoe_size.*refit"):
        LogisticScorer.load(path)


def test_shipped_model_is_complete_and_fitted_on_train() -> None:
    scorer = LogisticScorer.load(MODEL_PATH)
    assert set(scorer.weights) == set(FEATURES)
    assert set(scorer.decision_weights) == set(DECISION_FEATURES)
    assert 0.0 <= scorer.llm_threshold <= scorer.threshold <= 1.0
    assert str(scorer.meta["fitted_on"]).startswith("train split")


def test_conditional_logit_ranks_the_positive_first_in_each_group() -> None:
    """Two features; in every question the answering unit has the higher first feature, while
    the second is noise: the fit puts weight on the first and ranks every positive first."""
    rng = np.random.default_rng(0)
    groups = []
    for _ in range(30):
        x = np.column_stack([np.ones(5), rng.uniform(0, 0.5, 5), rng.uniform(0, 1, 5)])
        y = np.zeros(5)
        best = int(rng.integers(5))
        x[best, 1] += 0.6
        y[best] = 1.0
        groups.append((x, y))
    w = fit_conditional_logit(groups, l2=0.1)
    assert w[0] == 0.0 and w[1] > abs(w[2])
    assert all(int(np.argmax(x @ w)) == int(np.argmax(y)) for x, y in groups)


def test_best_threshold_keeps_a_floor_of_positives() -> None:
    """With `min_positive`, only cuts that keep that share of the positives above them count:
    the balanced optimum here (0.55) keeps three positives of four; a floor of all of them
    moves the cut to the best that keeps them all (0.25, between the two lowest negatives and
    the lowest positive)."""
    scores = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    positive = [False, False, True, False, False, True, True, True]
    assert best_threshold(scores, positive, tolerance=0.0) == pytest.approx(0.55)
    assert best_threshold(scores, positive, tolerance=0.0, min_positive=1.0) == pytest.approx(0.25)
    # No cut keeps the floor: the lowest cut (answer everything).
    assert best_threshold([0.2, 0.8], [True, False], min_positive=1.1) < 0.2


def test_best_threshold_prefers_answering_on_a_flat_optimum() -> None:
    # Cuts at 0.45 and 0.65 are equally good (balanced accuracy 0.75): the lower one wins.
    scores = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    positive = [False, False, True, False, True, True]
    assert best_threshold(scores, positive) == pytest.approx(0.45)
