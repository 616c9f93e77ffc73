"""Scores answer units against a question: signals that carry over to unseen questions, combined
by a logistic model fitted on the training split of the gold sets.

Signals of a unit (a sentence, list item or field of a retrieved passage):

- ``dense``: the multilingual embedder's cosine between the question and the unit (embedded at
  ingest with its document title and section); ``dense_gap``: the same, minus the best unit's;
- ``lexical``: the share of the question's concepts (IDF-weighted, French analyzer, English field
  terms mapped to French) found in the unit or its title and section; ``lexical_doc``: the same
  with partial credit for concepts found elsewhere in its document;
- ``focus_missing``: the question names what it asks for ("combien de démolitions") and the unit
  does not mention it; ``kind``: the question asks for a kind of value (amount, share, duration,
  date, count, person: assistant/answer_types.py) and the unit gives one (+1) or none (-1);
- ``passage_rr``: 1 / rank of the passage; ``field``, ``item``: the unit's kind;
- ``heading``: the share of the question's concepts named by the heading the unit sits under
  ("Enjeux de la mission" for the items of that list);
- ``dense_rr``, ``lexical_rr``: 1 / the unit's rank among the question's units by ``dense`` and by
  ``lexical`` (a unit that stands out counts more than one that merely scores well);
- ``names_missing``: the share of its known names (acronyms included) that the unit, its
  section and its document's own scope do not mention.

A conditional (listwise) logit ranks a question's units: its weights maximise the softmax
probability of the units that hold the answer, among the question's units. A second, ordinary
logistic model decides from the question's best units whether it is answered at all. `fit_logistic` is the pure arithmetic; the fitting
run is `python -m evals.fit_answerer` (train split only).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

FEATURES = ("bias", "dense", "dense_gap", "lexical", "lexical_doc", "focus_missing", "kind",
            "passage_rr", "field", "item", "names_missing", "dense_rr", "lexical_rr", "heading")  # fmt: skip
# Signals of a whole question, from its eligible units, for the answer-or-refuse decision.
DECISION_FEATURES = ("bias", "max_probability", "max_lexical", "max_dense", "max_lexical_kind",
                     "max_dense_kind", "any_complete", "best_kind", "best_focus_missing")  # fmt: skip
MODEL_PATH = Path(__file__).parent / "answer_model.json"


@dataclass
class Candidate:
    """A unit of a retrieved passage, with its signals and (once scored) its probability."""

    unit: object  # ingest.units.Unit
    passage: int  # 1-based rank of its passage among the hits
    doc_id: str
    section: str
    eligible: bool  # in the question's scope (assistant/scope.py)
    signals: dict[str, float] = field(default_factory=dict)
    probability: float = 0.0
    town: str | None = None  # its document's town (metadata), when it has one

    def vector(self) -> np.ndarray:
        return np.array([1.0 if f == "bias" else self.signals.get(f, 0.0) for f in FEATURES])


def add_relative_signals(candidates: list[Candidate]) -> None:
    """The signals that compare a unit with the question's other units."""
    top = max((c.signals["dense"] for c in candidates), default=0.0)
    for rank, c in enumerate(sorted(candidates, key=lambda c: -c.signals["dense"]), start=1):
        c.signals["dense_gap"] = c.signals["dense"] - top
        c.signals["dense_rr"] = 1.0 / rank
    for rank, c in enumerate(sorted(candidates, key=lambda c: -c.signals["lexical"]), start=1):
        c.signals["lexical_rr"] = 1.0 / rank


class Scorer(Protocol):
    """Fills each candidate's probability of answering the question, and says whether the
    question is answered at all (`answerable` >= `threshold`, or `llm_threshold` when a
    language model writes the answer)."""

    threshold: float
    llm_threshold: float

    def score(self, candidates: list[Candidate]) -> None: ...

    def answerable(self, candidates: list[Candidate]) -> float: ...


def decision_signals(candidates: list[Candidate]) -> dict[str, float]:
    """The question-level signals: the best eligible unit by each measure, the best among the
    units that give the kind of value asked for, whether one unit satisfies every constraint
    (kind, names, focus), and the share of units in scope."""
    eligible = [c for c in candidates if c.eligible]
    if not eligible:
        return {}
    typed = [c for c in eligible if c.signals.get("kind", 0.0) >= 0]
    complete = [
        c
        for c in typed
        if not c.signals.get("focus_missing") and not c.signals.get("names_missing")
    ]
    best = max(eligible, key=lambda c: c.probability)
    return {
        "max_probability": best.probability,
        "max_lexical": max(c.signals.get("lexical", 0.0) for c in eligible),
        "max_dense": max(c.signals.get("dense", 0.0) for c in eligible),
        "max_lexical_kind": max((c.signals.get("lexical", 0.0) for c in typed), default=0.0),
        "max_dense_kind": max((c.signals.get("dense", 0.0) for c in typed), default=0.0),
        "any_complete": float(bool(complete)),
        "best_kind": best.signals.get("kind", 0.0),
        "best_focus_missing": best.signals.get("focus_missing", 0.0),
    }  # fmt: skip


def decision_vector(signals: dict[str, float]) -> np.ndarray:
    return np.array([1.0 if f == "bias" else signals.get(f, 0.0) for f in DECISION_FEATURES])


@dataclass
class LogisticScorer:
    """Unit score = sigmoid(w · signals) (monotonic in the listwise score, so it ranks the same);
    `answerable` >= `threshold` decides answer or refusal."""

    weights: dict[str, float]
    decision_weights: dict[str, float]
    threshold: float
    llm_threshold: float
    meta: dict[str, object] = field(default_factory=dict)

    def score(self, candidates: list[Candidate]) -> None:
        if not candidates:
            return
        w = np.array([self.weights.get(f, 0.0) for f in FEATURES])
        x = np.stack([c.vector() for c in candidates])
        for c, p in zip(candidates, sigmoid(x @ w), strict=True):
            c.probability = float(p)

    def answerable(self, candidates: list[Candidate]) -> float:
        """P(the question is answered by these units); 0 when none is in scope, or when none
        says any of the question's words (the embedder finds something near anything, even
        "<script>alert(1)</script>")."""
        signals = decision_signals(candidates)
        if not signals or signals["max_lexical"] <= 0.0:
            return 0.0
        w = np.array([self.decision_weights.get(f, 0.0) for f in DECISION_FEATURES])
        return float(sigmoid(decision_vector(signals) @ w))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> LogisticScorer:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        unknown = (set(data["weights"]) - set(FEATURES)) | (
            set(data["decision_weights"]) - set(DECISION_FEATURES)
        )
        if unknown:
            raise ValueError(f"{path}: unknown signals {sorted(unknown)}; refit the answer model")
        return cls(data["weights"], data["decision_weights"], float(data["threshold"]),
                   float(data["llm_threshold"]), data.get("meta", {}))  # fmt: skip

    def save(self, path: Path = MODEL_PATH) -> None:
        data = {"features": list(FEATURES), "weights": self.weights,
                "decision_features": list(DECISION_FEATURES),
                "decision_weights": self.decision_weights, "threshold": self.threshold,
                "llm_threshold": self.llm_threshold, "meta": self.meta}  # fmt: skip
        Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iterations: int = 50,
                 sample_weight: np.ndarray | None = None) -> np.ndarray:  # fmt: skip
    """L2-regularised logistic regression by Newton's method (IRLS); column 0 is the bias and is
    not penalised. Returns the weights."""
    n, d = x.shape
    sw = np.ones(n) if sample_weight is None else sample_weight
    w = np.zeros(d)
    penalty = np.full(d, l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = sigmoid(x @ w)
        gradient = x.T @ (sw * (p - y)) + penalty * w
        hessian = (x * (sw * p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(d)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return w


def fit_conditional_logit(groups: list[tuple[np.ndarray, np.ndarray]], l2: float = 1.0,
                          iterations: int = 100) -> np.ndarray:  # fmt: skip
    """Conditional (listwise) logit: for each question, P(unit) is the softmax of w · x over its
    units, and the weights maximise the probability of the units that hold the answer (a
    question's positives share its target mass), with an L2 penalty. It learns to rank a
    question's units, which is what choosing a quote needs. Damped Newton steps (halved until the
    loss falls). Column 0 (the bias) cancels out in a softmax and stays 0."""
    d = groups[0][0].shape[1]
    penalty = np.full(d, l2)
    penalty[0] = 0.0
    targets = [(x, y / y.sum()) for x, y in groups if y.sum() > 0]

    def loss(w: np.ndarray) -> float:
        total = 0.5 * float(penalty @ (w * w))
        for x, target in targets:
            z = x @ w
            log_p = z - z.max() - np.log(np.exp(z - z.max()).sum())
            total -= float(target @ log_p)
        return total

    w = np.zeros(d)
    current = loss(w)
    for _ in range(iterations):
        gradient = penalty * w
        hessian = np.diag(penalty) + 1e-6 * np.eye(d)
        for x, target in targets:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            gradient -= x.T @ (target - p)
            xp = x.T @ p
            hessian += (x * p[:, None]).T @ x - np.outer(xp, xp)
        gradient[0] = 0.0
        step = np.linalg.solve(hessian, gradient)
        step[0] = 0.0
        size = 1.0
        while size > 1e-4:
            trial = w - size * step
            value = loss(trial)
            if value <= current:
                break
            size /= 2
        else:
            break
        w, improvement, current = trial, current - value, value
        if improvement < 1e-9:
            break
    return w


def best_threshold(scores: list[float], positive: list[bool], tolerance: float = 0.01,
                   min_positive: float = 0.0) -> float:  # fmt: skip
    """The cut with the best balanced accuracy (mean of the rates of positives at or above it and
    negatives below it), so that the rarer class counts as much as the common one. The optimum is
    flat: among cuts within `tolerance` of the best, the lowest wins, because refusing a question
    the corpus answers costs staff more than answering a near-miss with quotes about the right
    place that show the figure is absent. `min_positive`: only cuts that keep at least that
    share of the positives above them count (the lowest cut when none does)."""
    if not scores:
        return 0.5
    pairs = sorted(zip(scores, positive, strict=True))
    n_pos = max(1, sum(p for _, p in pairs))
    n_neg = max(1, len(pairs) - sum(p for _, p in pairs))
    cuts = [pairs[0][0] - 1e-6] + [
        (a[0] + b[0]) / 2 for a, b in zip(pairs, pairs[1:], strict=False) if a[0] != b[0]
    ] + [pairs[-1][0] + 1e-6]  # fmt: skip

    def balanced(cut: float) -> float:
        tp = sum(s >= cut and p for s, p in pairs)
        tn = sum(s < cut and not p for s, p in pairs)
        return (tp / n_pos + tn / n_neg) / 2

    def kept(cut: float) -> float:
        return sum(s >= cut and p for s, p in pairs) / n_pos

    cuts = [c for c in cuts if kept(c) >= min_positive] or cuts[:1]
    best = max(balanced(c) for c in cuts)
    return float(min(c for c in cuts if balanced(c) >= best - tolerance))
