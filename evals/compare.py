"""Comparing a report with a baseline report, and checking metric thresholds. Pure functions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from evals.scoring import METRICS, flatten_metrics, resolve_metric
from evals.uncertainty import ALPHA, paired_test
from ingest.errors import RenewalError

# A latency (compared only when asked: --compare-latency) regresses when it grows by more than this
# share of the baseline, and at least this many ms: timings of two identical runs on a busy 2-core
# machine differ by 25 % and more. Latencies have no per-question test: a percentile is not paired.
LATENCY_RELATIVE_TOLERANCE = 0.5
LATENCY_MIN_TOLERANCE_MS = 10.0
_EPSILON = 1e-9  # a move of exactly the tolerance is not flagged, whatever float rounding does


class ThresholdError(RenewalError):
    """A --min/--max argument is malformed or names no known metric."""


def _latency_tolerance(baseline: float) -> float:
    return max(LATENCY_MIN_TOLERANCE_MS, LATENCY_RELATIVE_TOLERANCE * abs(baseline))


def _compare_latency(cur: float | None, base: float | None, compare: bool) -> dict[str, Any]:
    if not compare or cur is None or base is None:
        return {"compared": compare, "regression": False, "improvement": False}
    tol = _latency_tolerance(base)
    return {
        "compared": True,
        "test": "tolerance",
        "tolerance": tol,
        "regression": cur - base > tol + _EPSILON,
        "improvement": base - cur > tol + _EPSILON,
    }


def _compare_rate(name: str, cur_rows: list, base_rows: list, paired: bool) -> dict[str, Any]:
    if not paired:  # a baseline without per-question metrics: nothing to pair
        return {"test": None, "p_value": None, "regression": False, "improvement": False}
    result = paired_test(name, cur_rows, base_rows)
    delta, p = result["paired_delta"], result["p_value"]
    worse = None if delta is None else (-delta if METRICS[name].higher_is_better else delta)
    significant = p is not None and p < ALPHA
    return {
        **result,
        "significant": significant,
        "regression": significant and worse is not None and worse > _EPSILON,
        "improvement": significant and worse is not None and -worse > _EPSILON,
        "moved_worse": worse is not None and worse > _EPSILON,
    }


def compare_reports(
    current: Mapping[str, Any], baseline: Mapping[str, Any], *, compare_latency: bool = False
) -> dict[str, Any]:
    """Deltas for every metric, regressions flagged by a paired test, and per-question changes.

    Rates: questions are paired by id and each rate metric gets a paired test
    (`evals.uncertainty.paired_test`: McNemar exact for 0/1 metrics, paired permutation otherwise);
    it regresses only when it moves the wrong way with p < `ALPHA`, and `worse`/`better` list
    the questions that moved. Latencies are compared only with `compare_latency`, by tolerance
    (the larger of `LATENCY_MIN_TOLERANCE_MS` and `LATENCY_RELATIVE_TOLERANCE` of the baseline).
    A question "newly fails" when it has a failure the baseline row did not have; "fixed" when
    it lost all of the baseline's failures. Questions in only one run are listed apart.
    """
    now, before = flatten_metrics(current), flatten_metrics(baseline)
    cur_list, base_list = list(current.get("questions", [])), list(baseline.get("questions", []))
    paired = all("metrics" in r for r in base_list) and bool(base_list)
    metrics: dict[str, dict[str, Any]] = {}
    for name, info in METRICS.items():
        cur, base = now[name], before[name]
        delta = None if cur is None or base is None else round(cur - base, 9)
        if info.unit == "ms":
            verdict = _compare_latency(cur, base, compare_latency)
        else:
            verdict = _compare_rate(name, cur_list, base_list, paired)
        metrics[name] = {"current": cur, "baseline": base, "delta": delta, **verdict}
    base_rows = {r["id"]: r for r in base_list}
    cur_rows = {r["id"]: r for r in cur_list}
    newly_failing, fixed = [], []
    for qid, row in cur_rows.items():
        if qid not in base_rows:
            continue
        old, new = set(base_rows[qid]["failures"]), set(row["failures"])
        added = [f for f in row["failures"] if f not in old]
        if added:
            newly_failing.append({"id": qid, "failures": added})
        elif old and not new:
            fixed.append({"id": qid, "failures": sorted(old)})
    config_changes = {
        key: {"current": value, "baseline": baseline.get("config", {}).get(key)}
        for key, value in current.get("config", {}).items()
        if key not in _VOLATILE_CONFIG and baseline.get("config", {}).get(key) != value
    }
    return {
        "baseline": baseline.get("out_dir") or baseline.get("created"),
        "baseline_created": baseline.get("created"),
        "alpha": ALPHA,
        "latency_compared": compare_latency,
        "paired": paired,
        "metrics": metrics,
        "regressions": [name for name, m in metrics.items() if m["regression"]],
        "improvements": [name for name, m in metrics.items() if m["improvement"]],
        "not_significant": [
            name for name, m in metrics.items() if m.get("moved_worse") and not m["regression"]
        ],
        "newly_failing": newly_failing,
        "fixed": fixed,
        "questions_only_in_current": sorted(set(cur_rows) - set(base_rows)),
        "questions_only_in_baseline": sorted(set(base_rows) - set(cur_rows)),
        "config_changes": config_changes,
    }


_VOLATILE_CONFIG = {"created", "hostname"}


@dataclass(frozen=True)
class Threshold:
    metric: str  # registered dotted name
    bound: str  # "min" or "max"
    value: float


def parse_thresholds(mins: Sequence[str], maxs: Sequence[str] = ()) -> list[Threshold]:
    """["hit_at_5=0.95", "retrieval.mrr_at_10=0.9"] -> Thresholds; ThresholdError on a bad one."""
    out = []
    for bound, items in (("min", mins), ("max", maxs)):
        for item in items:
            name, sep, raw = item.partition("=")
            if not sep or not name.strip() or not raw.strip():
                raise ThresholdError(
                    f"--{bound} {item!r}: expected METRIC=VALUE, e.g. hit_at_5=0.95"
                )
            try:
                value = float(raw)
            except ValueError:
                raise ThresholdError(f"--{bound} {item!r}: {raw!r} is not a number") from None
            try:
                metric = resolve_metric(name.strip())
            except KeyError as exc:
                raise ThresholdError(f"--{bound} {item!r}: {exc.args[0]}") from None
            out.append(Threshold(metric, bound, value))
    return out


def check_thresholds(
    report: Mapping[str, Any], thresholds: Sequence[Threshold]
) -> list[dict[str, Any]]:
    """One result per threshold: metric, bound, value, actual, passed (a metric not measured fails)."""
    flat = flatten_metrics(report)
    results = []
    for t in thresholds:
        actual = flat[t.metric]
        if actual is None:
            passed = False
        else:
            passed = actual >= t.value if t.bound == "min" else actual <= t.value
        results.append({"metric": t.metric, "bound": t.bound, "value": t.value, "actual": actual,
                         "passed": passed})  # fmt: skip
    return results


def describe_miss(result: Mapping[str, Any]) -> str:
    """ "retrieval.hit_at_5 = 0.9 is below the minimum 0.95" (or "was not measured")."""
    if result["actual"] is None:
        return f"{result['metric']} was not measured (threshold --{result['bound']} {result['value']:g})"
    word = "below the minimum" if result["bound"] == "min" else "above the maximum"
    return f"{result['metric']} = {result['actual']:.4g} is {word} {result['value']:g}"
