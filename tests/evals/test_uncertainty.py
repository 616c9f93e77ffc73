"""Confidence intervals and paired tests (evals/uncertainty.py) and how --baseline uses them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from evals.compare import compare_reports
from evals.report import render_markdown, render_summary
from evals.scoring import flatten_metrics
from evals.uncertainty import (
    PARTS,
    confidence_intervals,
    mcnemar_exact_p,
    paired_permutation_p,
    question_parts,
)
from tests.evals.helpers import run
from tests.evals.test_report import make_report


def row(qid: str, hit: float = 1.0, total_ms: float = 10.0) -> dict[str, Any]:
    """A per-question report row whose retrieval metrics all equal `hit`."""
    metrics = {"hit_at_1": hit, "hit_at_5": hit, "quote_recall_at_5": hit, "rr_at_10": hit,
               "ndcg_at_10": hit, "hit_at_10": hit, "fact_recall": 1.0, "markers": 1,
               "markers_valid": 1, "cited_sentences": 1, "supported_sentences": 1, "citations": 1,
               "precise_citations": 1, "refusal_correct": True}  # fmt: skip
    return {"id": qid, "answerable": True, "refused": False, "judge": None, "failures": [],
            "metrics": metrics, "timings_ms": {"total": total_ms}}  # fmt: skip


def run_of(n: int, misses: int = 0, p95: float = 20.0) -> dict[str, Any]:
    """A report of n questions, the first `misses` of them missing; only what compare reads."""
    rows = [row(f"q{i:03d}", 0.0 if i < misses else 1.0) for i in range(n)]
    rate = (n - misses) / n
    return {"questions": rows, "retrieval": {"hit_at_5": rate, "hit_at_1": rate},
            "latency_ms": {"p50": 10.0, "p95": p95}, "config": {}}  # fmt: skip


# ---------------------------------------------------------------- intervals


def test_per_question_parts_add_up_to_the_report_figures() -> None:
    report = make_report()
    flat = flatten_metrics(report)
    intervals = confidence_intervals(report["questions"])
    for name in PARTS:
        assert intervals[name]["value"] == pytest.approx(flat[name]) if flat[name] is not None \
            else intervals[name]["value"] is None, name  # fmt: skip


def test_intervals_contain_the_estimate_and_narrow_with_n() -> None:
    small = confidence_intervals(run_of(20, misses=2)["questions"])["retrieval.hit_at_5"]
    large = confidence_intervals(run_of(400, misses=40)["questions"])["retrieval.hit_at_5"]
    for ci in (small, large):
        assert ci["low"] <= ci["value"] == 0.9 <= ci["high"]
    assert large["high"] - large["low"] < (small["high"] - small["low"]) / 2
    assert small["n"] == 20
    # seeded: the same rows give the same interval
    assert confidence_intervals(run_of(20, misses=2)["questions"])["retrieval.hit_at_5"] == small


def test_interval_of_an_unmeasured_metric_is_empty() -> None:
    ci = confidence_intervals(run_of(10)["questions"])["judge.faithfulness"]
    assert ci == {"value": None, "low": None, "high": None, "n": 0}


# ---------------------------------------------------------------- paired tests


def test_mcnemar_exact_values() -> None:
    assert mcnemar_exact_p(0, 0) == 1.0
    assert mcnemar_exact_p(5, 0) == pytest.approx(2 / 32)  # 0.0625: not significant
    assert mcnemar_exact_p(6, 0) == pytest.approx(2 / 64)  # 0.03125: significant
    assert mcnemar_exact_p(3, 3) == 1.0


def test_permutation_test_agrees_with_mcnemar_on_flips() -> None:
    base = question_parts(run_of(100)["questions"], "retrieval.mrr_at_10")
    cur = question_parts(run_of(100, misses=5)["questions"], "retrieval.mrr_at_10")
    assert paired_permutation_p(cur, base) == pytest.approx(0.0625, abs=0.015)
    assert paired_permutation_p(base, base) == 1.0


def test_two_identical_runs_flag_nothing() -> None:
    report = run_of(100, misses=10)
    comparison = compare_reports(report, copy.deepcopy(report), compare_latency=True)
    assert comparison["regressions"] == [] and comparison["not_significant"] == []
    assert comparison["metrics"]["retrieval.hit_at_5"]["p_value"] == 1.0


def test_five_flips_of_100_are_not_significant_and_are_listed() -> None:
    baseline, current = run_of(100), run_of(100, misses=5)
    comparison = compare_reports(current, baseline)
    hit5 = comparison["metrics"]["retrieval.hit_at_5"]
    assert hit5["test"] == "McNemar exact" and hit5["p_value"] == pytest.approx(0.0625)
    assert not hit5["regression"] and comparison["regressions"] == []
    flipped = ["q000", "q001", "q002", "q003", "q004"]
    assert hit5["worse"] == flipped and hit5["better"] == []
    assert "retrieval.hit_at_5" in comparison["not_significant"]
    md = render_markdown({**make_report(), "comparison": comparison})
    assert "not significant: retrieval.hit_at_5" in md and "q000, q001, q002, q003, q004" in md
    assert "p = 0.062" in md


def test_six_flips_of_100_are_a_regression() -> None:
    comparison = compare_reports(run_of(100, misses=6), run_of(100))
    assert "retrieval.hit_at_5" in comparison["regressions"]
    assert comparison["metrics"]["retrieval.hit_at_5"]["p_value"] == pytest.approx(2 / 64)


def test_a_large_drop_is_flagged_everywhere_with_its_questions() -> None:
    comparison = compare_reports(run_of(100, misses=30), run_of(100))
    regs = comparison["regressions"]
    assert {"retrieval.hit_at_5", "retrieval.mrr_at_10", "retrieval.ndcg_at_10"} <= set(regs)
    assert comparison["metrics"]["retrieval.mrr_at_10"]["p_value"] < 0.001
    report = {**make_report(), "comparison": comparison}
    summary = render_summary(report)
    for name in regs:  # every regression listed, not only the summary rows
        assert f"REGRESSION {name}" in summary
    assert "worse on 30: q000" in summary and "(+20 more)" in summary
    assert all(f"**regression** {name}" in render_markdown(report) for name in regs)


def test_questions_in_one_run_only_are_reported_apart() -> None:
    baseline, current = run_of(100), run_of(100, misses=5)
    current["questions"] = current["questions"][:-3]
    comparison = compare_reports(current, baseline)
    assert comparison["questions_only_in_baseline"] == ["q097", "q098", "q099"]
    assert comparison["metrics"]["retrieval.hit_at_5"]["n_pairs"] == 97
    assert "3 question(s) only in the baseline" in render_summary(
        {**make_report(), "comparison": comparison}
    )


def test_latency_is_compared_only_when_asked() -> None:
    baseline, current = run_of(50), run_of(50, p95=200.0)  # 10x slower
    quiet = compare_reports(current, baseline)
    assert quiet["regressions"] == [] and not quiet["metrics"]["latency_ms.p95"]["compared"]
    assert quiet["metrics"]["latency_ms.p95"]["delta"] == 180.0
    loud = compare_reports(current, baseline, compare_latency=True)
    assert loud["regressions"] == ["latency_ms.p95"]


# ---------------------------------------------------------------- through the CLI


def test_cli_identical_runs_flag_nothing_and_report_intervals(
    cli_env: Path,
    subset_file: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        run(["eval", "--questions", str(subset_file), "--out", str(tmp_path / "a")], capsys)[0] == 0
    )
    code, out, _ = run(["eval", "--questions", str(subset_file), "--out", str(tmp_path / "b"),
                        "--baseline", str(tmp_path / "a")], capsys)  # fmt: skip
    assert code == 0
    report = json.loads((tmp_path / "b" / "report.json").read_text(encoding="utf-8"))
    hit5 = report["intervals"]["retrieval.hit_at_5"]
    assert hit5["low"] <= report["retrieval"]["hit_at_5"] <= hit5["high"]
    assert report["comparison"]["regressions"] == []
    assert "vs baseline: 0 significant metric regression(s)" in out
    assert "latencies not compared" in out
    assert "value [95% CI]" in (tmp_path / "b" / "report.md").read_text(encoding="utf-8")
