"""How sure a figure is: bootstrap confidence intervals and paired tests between two runs.

Pure functions over the per-question rows of a report (`report["questions"]`). Every rate metric
is written as a ratio of per-question sums, sum(num) / sum(den): a macro mean has den = 1 for each
scored question (hit@5, fact recall...), a micro-averaged share has the question's own counts
(citations.valid: valid markers / markers). Resampling questions then gives both kinds.

- Confidence interval: percentile bootstrap over questions (`RESAMPLES` resamples, fixed `SEED`,
  so two runs of the same report give the same interval).
- Paired test (`--baseline`), over the questions present in both runs: McNemar's exact test for the
  metrics that are 0/1 per question (hit@k, all facts, refusal accuracy, refused answerable), a
  two-sided paired permutation test for the others (swap the two runs' values of random
  questions; p is the share of draws with a delta at least as large as the observed one).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from evals.scoring import METRICS

CONFIDENCE = 0.95
ALPHA = 0.05  # a change is significant when the paired test gives p < ALPHA
RESAMPLES = 2000
SEED = 15  # issue #15: fixed so that a report is reproducible

Row = Mapping[str, Any]
Parts = Callable[[Row], tuple[float, float]]


def _mean_of(key: str) -> Parts:
    def parts(row: Row) -> tuple[float, float]:
        value = row["metrics"].get(key)
        return (0.0, 0.0) if value is None else (float(value), 1.0)

    return parts


def _all_facts(row: Row) -> tuple[float, float]:
    value = row["metrics"].get("fact_recall")
    return (0.0, 0.0) if value is None else (float(value == 1.0), 1.0)


def _counts(num_key: str, den_key: str) -> Parts:
    def parts(row: Row) -> tuple[float, float]:
        return float(row["metrics"].get(num_key) or 0), float(row["metrics"].get(den_key) or 0)

    return parts


def _judge(key: str) -> Parts:
    def parts(row: Row) -> tuple[float, float]:
        verdict = row.get("judge") or {}
        value = verdict.get(key)
        if verdict.get("error") or not isinstance(value, int | float):
            return 0.0, 0.0
        return float(value), 1.0

    return parts


def _true_refusal(row: Row) -> float:
    return float(bool(row["refused"]) and not row["answerable"])


# The same sums as `evals.scoring.aggregate`, question by question (a test checks they agree).
PARTS: dict[str, Parts] = {
    "retrieval.hit_at_1": _mean_of("hit_at_1"),
    "retrieval.hit_at_5": _mean_of("hit_at_5"),
    "retrieval.quote_recall_at_5": _mean_of("quote_recall_at_5"),
    "retrieval.mrr_at_10": _mean_of("rr_at_10"),
    "retrieval.ndcg_at_10": _mean_of("ndcg_at_10"),
    "retrieval.hit_at_10": _mean_of("hit_at_10"),
    "retrieval.map_at_10": _mean_of("map_at_10"),
    "retrieval.recall_at_5": _mean_of("recall_at_5"),
    "retrieval.recall_at_10": _mean_of("recall_at_10"),
    "retrieval.precision_at_5": _mean_of("precision_at_5"),
    "retrieval.precision_at_10": _mean_of("precision_at_10"),
    "retrieval.context_precision": _mean_of("context_precision"),
    "retrieval.doc_hit_at_1": _mean_of("doc_hit_at_1"),
    "retrieval.doc_recall_at_5": _mean_of("doc_recall_at_5"),
    "retrieval.doc_map_at_10": _mean_of("doc_map_at_10"),
    "retrieval.doc_ndcg_at_10": _mean_of("doc_ndcg_at_10"),
    "answer.fact_recall": _mean_of("fact_recall"),
    "answer.all_facts": _all_facts,
    "answer.exact_match": _mean_of("exact_match"),
    "answer.token_f1": _mean_of("token_f1"),
    "citations.valid": _counts("markers_valid", "markers"),
    "citations.supported": _counts("supported_sentences", "cited_sentences"),
    "citations.precision": _counts("precise_citations", "citations"),
    "citations.fact_supported": _counts("fact_supported_sentences", "fact_sentences"),
    "citations.judge_supported": _counts("judge_entailed_sentences", "judge_cited_sentences"),
    "citations.other_place": _mean_of("other_place"),
    "refusal.accuracy": lambda r: (float(bool(r["metrics"]["refusal_correct"])), 1.0),
    "refusal.precision": lambda r: (_true_refusal(r), float(bool(r["refused"]))),
    "refusal.recall": lambda r: (_true_refusal(r), float(not r["answerable"])),
    "refusal.refused_answerable_rate": lambda r: (
        float(bool(r["refused"]) and r["answerable"]),
        float(bool(r["answerable"])),
    ),
    "judge.faithfulness": _judge("faithfulness"),
    "judge.correctness": _judge("correctness"),
}
# Metrics whose per-question value is 0 or 1 with a denominator of 0 or 1: McNemar applies.
BINARY = frozenset({
    "retrieval.hit_at_1", "retrieval.hit_at_5", "retrieval.hit_at_10", "answer.all_facts",
    "retrieval.doc_hit_at_1", "answer.exact_match", "citations.other_place",
    "refusal.accuracy", "refusal.refused_answerable_rate",
})  # fmt: skip


def question_parts(rows: Sequence[Row], metric: str) -> tuple[np.ndarray, np.ndarray]:
    """Per-question numerators and denominators of a rate metric (den 0: question not scored)."""
    pairs = [PARTS[metric](row) for row in rows]
    num = np.array([p[0] for p in pairs], dtype=float)
    den = np.array([p[1] for p in pairs], dtype=float)
    return num, den


def _resample_indices(n: int, resamples: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, n, size=(resamples, n))


def _sum_ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """sum(num)/sum(den) along the last axis; NaN when nothing was scored."""
    top, bottom = num.sum(axis=-1), den.sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(bottom > 0, top / np.where(bottom > 0, bottom, 1), np.nan)


def _ratios(num: np.ndarray, den: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """sum(num)/sum(den) for each resample (a row of idx); NaN when nothing was scored."""
    return _sum_ratio(num[idx], den[idx])


def confidence_intervals(
    rows: Sequence[Row], *, resamples: int = RESAMPLES, seed: int = SEED,
    metrics: Sequence[str] | None = None,
) -> dict[str, dict[str, Any]]:  # fmt: skip
    """{metric: {value, low, high, n}}: percentile bootstrap CI (`CONFIDENCE`) of every rate metric
    (or of the given ones).

    `n` is the number of questions scored for the metric; low/high are None when nothing was.
    """
    out: dict[str, dict[str, Any]] = {}
    idx = _resample_indices(len(rows), resamples, seed) if rows else None
    tail = (1 - CONFIDENCE) / 2 * 100
    for metric in PARTS if metrics is None else [m for m in metrics if m in PARTS]:
        num, den = question_parts(rows, metric)
        scored = int((den > 0).sum())
        if idx is None or den.sum() == 0:
            out[metric] = {"value": None, "low": None, "high": None, "n": scored}
            continue
        stats = _ratios(num, den, idx)
        stats = stats[~np.isnan(stats)]
        low, high = np.percentile(stats, [tail, 100 - tail])
        out[metric] = {
            "value": float(num.sum() / den.sum()),
            "low": round(float(low), 4),
            "high": round(float(high), 4),
            "n": scored,
        }
    return out


def mcnemar_exact_p(worse: int, better: int) -> float:
    """Two-sided exact McNemar p-value from the discordant pairs (binomial, p = 1/2)."""
    n = worse + better
    if n == 0:
        return 1.0
    k = min(worse, better)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2**n
    return min(1.0, 2 * tail)


def paired_permutation_p(
    current: tuple[np.ndarray, np.ndarray],
    baseline: tuple[np.ndarray, np.ndarray],
    *,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> float:
    """Two-sided paired permutation p-value of the difference of a ratio metric on the same questions.

    Under "no difference" the two runs of a question are exchangeable, so each draw swaps the
    current and baseline values of a random half of the questions; p is the share (with the +1
    correction) of draws whose |delta| reaches the observed |delta|. For 0/1 values it agrees
    with McNemar's exact test; a paired bootstrap of the delta is too eager when few questions
    moved (5 of 100 flipping gives p ≈ 0.04 where the exact answer is 0.0625).
    """
    (nc, dc), (nb, db) = current, baseline
    if dc.sum() == 0 or db.sum() == 0:
        return 1.0
    observed = abs(nc.sum() / dc.sum() - nb.sum() / db.sum())
    swap = np.random.default_rng(seed).integers(0, 2, size=(resamples, len(nc))).astype(bool)
    deltas = _sum_ratio(np.where(swap, nb, nc), np.where(swap, db, dc)) - _sum_ratio(
        np.where(swap, nc, nb), np.where(swap, dc, db)
    )
    far = np.abs(np.nan_to_num(deltas, nan=0.0)) >= observed - 1e-12
    return float((far.sum() + 1) / (resamples + 1))


def paired_test(
    metric: str,
    current_rows: Sequence[Row],
    baseline_rows: Sequence[Row],
    *,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> dict[str, Any]:
    """Paired comparison of one rate metric over the questions present in both runs.

    Returns the test used, its p-value, the number of questions paired, the paired delta
    (current - baseline, on those questions), and the ids of the questions whose own value got
    worse or better for this metric. Questions in only one run are left out (the caller lists them).
    """
    base_by_id = {r["id"]: r for r in baseline_rows}
    pairs = [(r, base_by_id[r["id"]]) for r in current_rows if r["id"] in base_by_id]
    ids = [cur["id"] for cur, _ in pairs]
    nc, dc = question_parts([c for c, _ in pairs], metric)
    nb, db = question_parts([b for _, b in pairs], metric)
    higher = METRICS[metric].higher_is_better
    if metric in BINARY:
        both = (dc > 0) & (db > 0)
        nc, dc, nb, db = nc * both, dc * both, nb * both, db * both
    scored = (dc > 0) & (db > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        moved = np.where(scored, nc / np.where(dc > 0, dc, 1) - nb / np.where(db > 0, db, 1), 0.0)
    worse_mask = (moved < -1e-12) if higher else (moved > 1e-12)
    better_mask = (moved > 1e-12) if higher else (moved < -1e-12)
    worse = [qid for qid, w in zip(ids, worse_mask, strict=True) if w]
    better = [qid for qid, b in zip(ids, better_mask, strict=True) if b]
    if dc.sum() == 0 or db.sum() == 0:
        return {"test": None, "p_value": None, "n_pairs": int(scored.sum()), "paired_delta": None,
                "worse": worse, "better": better}  # fmt: skip
    delta = float(nc.sum() / dc.sum() - nb.sum() / db.sum())
    if metric in BINARY:
        test, p = "McNemar exact", mcnemar_exact_p(len(worse), len(better))
    else:
        test = "paired permutation"
        p = paired_permutation_p((nc, dc), (nb, db), resamples=resamples, seed=seed)
    return {"test": test, "p_value": p, "n_pairs": int(scored.sum()), "paired_delta": delta,
            "worse": worse, "better": better}  # fmt: skip
