"""Writing an evaluation report: report.json, report.md, report.html, and the terminal summary.

Formatting only; the figures come from `evals.harness.build_report` and `evals.compare`.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from evals.report_html import render_html
from evals.scoring import GROUP_METRICS, METRICS, flatten_metrics, fmt, fmt_delta
from evals.trec import write_exports

SUMMARY_METRICS = (
    "retrieval.hit_at_1", "retrieval.hit_at_5", "retrieval.mrr_at_10", "retrieval.ndcg_at_10",
    "retrieval.map_at_10", "retrieval.quote_recall_at_5", "retrieval.context_precision",
    "retrieval.doc_hit_at_1", "answer.fact_recall", "answer.token_f1", "citations.valid",
    "citations.supported", "citations.fact_supported", "citations.judge_supported",
    "citations.precision", "refusal.accuracy", "refusal.precision", "refusal.recall",
    "refusal.refused_answerable_rate", "latency_ms.p50", "latency_ms.p95",
    "judge.faithfulness", "judge.correctness",
)  # fmt: skip


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_reports(report: Mapping[str, Any], out_dir: Path) -> dict[str, Path]:
    """Write report.json, report.md and report.html into out_dir (created if needed), and the
    exports (`evals.trec`: TREC run and qrels, questions.jsonl)."""
    out_dir = Path(out_dir)
    paths: dict[str, Path] = {kind: out_dir / f"report.{kind}" for kind in ("json", "md", "html")}
    _write_atomic(paths["json"], json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    _write_atomic(paths["md"], render_markdown(report))
    _write_atomic(paths["html"], render_html(report))
    paths.update(write_exports(report["questions"], out_dir, _write_atomic))
    return paths


# ------------------------------------------------------------------------------- uncertainty


def with_interval(name: str, value: float | None, interval: Mapping[str, Any] | None) -> str:
    """ "0.909 [0.87, 0.95]": the value and its bootstrap CI when one was computed."""
    if value is None or not interval or interval.get("low") is None:
        return fmt(name, value)
    return f"{fmt(name, value)} [{interval['low']:.2f}, {interval['high']:.2f}]"


def fmt_p(p: float | None) -> str:
    if p is None:
        return "—"
    return "<0.001" if p < 0.001 else f"{p:.3f}"


def _ids(ids: list[str], limit: int = 10) -> str:
    more = f" (+{len(ids) - limit} more)" if len(ids) > limit else ""
    return ", ".join(ids[:limit]) + more


def explain_change(comparison: Mapping[str, Any], name: str) -> str:
    """One line: the move, the test and its p-value, and the questions that moved."""
    c = comparison["metrics"][name]
    delta = c["delta"] if c["delta"] is not None else c.get("paired_delta")
    text = (
        f"{name} {fmt(name, c['baseline'])} → {fmt(name, c['current'])} ({fmt_delta(name, delta)})"
    )
    if c.get("test") == "tolerance":
        return text + f", beyond the latency tolerance of {c['tolerance']:.1f} ms"
    text += (
        f", {c.get('test')} p = {fmt_p(c.get('p_value'))} on {c.get('n_pairs')} paired questions"
    )
    if c.get("worse"):
        text += f"; worse on {len(c['worse'])}: {_ids(c['worse'])}"
    if c.get("better"):
        text += f"; better on {len(c['better'])}: {_ids(c['better'])}"
    return text


def _unpaired_lines(comparison: Mapping[str, Any]) -> list[str]:
    out = []
    for key, where in (("questions_only_in_current", "this run"),
                       ("questions_only_in_baseline", "the baseline")):  # fmt: skip
        ids = comparison.get(key) or []
        if ids:
            out.append(f"  {len(ids)} question(s) only in {where}, not paired: {_ids(ids)}")
    if comparison.get("paired") is False:
        out.append("  the baseline has no per-question metrics: rates were not tested")
    return out


# ------------------------------------------------------------------------------- run health


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def health_line(report: Mapping[str, Any]) -> str:
    """ "Answers by mode used: llm 3, fallback_extractive 2 · fallbacks 40% · LLM calls failed 40%"."""
    h = report.get("health") or {}
    modes = ", ".join(f"{k} {v}" for k, v in (h.get("answer_modes") or {}).items())
    text = f"Answers by mode used: {modes or '—'}"
    if h.get("configured_mode") == "llm":
        text += (
            f" · fallbacks {h.get('fallbacks', 0)}/{h.get('answers_sent_to_llm', 0)} "
            f"({_share(h.get('fallback_share'))}) · LLM calls failed "
            f"{h.get('llm_failed_calls', 0)}/{h.get('llm_calls', 0)} ({_share(h.get('llm_failed_share'))})"
        )
    if h.get("judge_calls"):
        text += (
            f" · judge calls failed {h['judge_errors']}/{h['judge_calls']} "
            f"({_share(h.get('judge_error_share'))})"
        )
    return text


# ------------------------------------------------------------------------------- terminal


def render_summary(report: Mapping[str, Any]) -> str:
    """A short plain-text table for the terminal."""
    cfg, run = report.get("config", {}), report.get("run", {})
    flat = flatten_metrics(report)
    comparison = report.get("comparison")
    lines = [
        f"{report['n']} questions ({report['n_answerable']} answerable, {report['n_unanswerable']} "
        f"unanswerable) · {cfg.get('mode')} configured · embedder {cfg.get('embedder')} · "
        f"{run.get('questions_s', '?')} s ({run.get('seconds_per_question', '?')} s/question)",
        health_line(report),
        *[f"DEGRADED: {p}" for p in (report.get("health") or {}).get("problems", [])],
        "",
    ]
    intervals = report.get("intervals") or {}
    header = f"{'metric':<34}{'value [95% CI]':>22}"
    if comparison:
        header += f"{'baseline':>10}{'delta':>9}{'p':>8}"
    lines.append(header)
    shown = list(SUMMARY_METRICS)
    if comparison:  # every flagged metric gets a row, even one the summary leaves out
        shown += [m for m in comparison["regressions"] if m not in shown]
    for name in shown:
        if name.startswith("judge.") and not report.get("judge", {}).get("enabled"):
            continue
        if name == "citations.judge_supported" and flat[name] is None:
            continue  # only with --judge-citations
        line = f"{name:<34}{with_interval(name, flat[name], intervals.get(name)):>22}"
        if comparison:
            c = comparison["metrics"][name]
            flag = "  REGRESSION" if c["regression"] else ""
            line += (
                f"{fmt(name, c['baseline']):>10}{fmt_delta(name, c['delta']):>9}"
                f"{fmt_p(c.get('p_value')):>8}{flag}"
            )
        lines.append(line)
    failing = sum(1 for q in report["questions"] if q["failures"])
    infra = sum(1 for q in report["questions"] if q.get("infra_errors"))
    lines += [
        "",
        f"{failing} of {report['n']} questions have at least one failure (see the report).",
    ]
    if infra:
        lines.append(
            f"{infra} question(s) met an infrastructure error (model or judge call), "
            "listed apart from the failures."
        )
    if comparison:
        lines.append(
            f"vs baseline: {len(comparison['regressions'])} significant metric regression(s) "
            f"(paired test, p < {comparison.get('alpha', 0.05):g}), "
            f"{len(comparison['newly_failing'])} newly failing question(s), {len(comparison['fixed'])} fixed"
        )
        lines += [
            f"  REGRESSION {explain_change(comparison, m)}" for m in comparison["regressions"]
        ]
        lines += [
            f"  not significant: {explain_change(comparison, m)}"
            for m in comparison.get("not_significant", [])
        ]
        lines += _unpaired_lines(comparison)
        if not comparison.get("latency_compared"):
            lines.append("  latencies not compared (add --compare-latency on an idle machine)")
    return "\n".join(lines)


# ------------------------------------------------------------------------------- markdown


def _md(text: Any) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _group_table(title: str, groups: Mapping[str, Mapping[str, Any]]) -> list[str]:
    cols = [m for m in GROUP_METRICS if any(g.get(m) is not None for g in groups.values())]
    lines = [f"## {title}", "", "| group | n | " + " | ".join(cols) + " |",
             "|---|---:|" + "---:|" * len(cols)]  # fmt: skip
    for name, g in groups.items():
        cells = [fmt(m, g.get(m)) for m in cols]
        lines.append(f"| {_md(name)} | {g['n']} | " + " | ".join(cells) + " |")
    return lines + [""]


def render_markdown(report: Mapping[str, Any]) -> str:
    """The whole report as Markdown: summary, thresholds, comparison, groups, questions, definitions."""
    cfg, run = report.get("config", {}), report.get("run", {})
    flat = flatten_metrics(report)
    comparison = report.get("comparison")
    out = [
        "# Evaluation report",
        "",
        f"- Questions: {report['n']} ({report['n_answerable']} answerable, "
        f"{report['n_unanswerable']} unanswerable) from `{cfg.get('questions_file')}`",
        f"- Mode configured: {cfg.get('mode')}"
        + (f" (LLM `{cfg.get('llm_model')}`)" if cfg.get("llm_model") else "")
        + f"; embedder `{cfg.get('embedder')}`; index `{cfg.get('index_version')}`; "
        f"commit `{cfg.get('git_commit')}`",
        f"- Run: {report.get('created')}; {run.get('questions_s')} s for the questions "
        f"({run.get('seconds_per_question')} s each), {run.get('setup_s')} s setup",
        "- Retrieval: hit@1, hit@5, quote recall@5 and context precision are scored on the "
        "passages given to the answerer; MRR@10, nDCG@10, MAP@10, recall@k, precision@k, hit@10 "
        "and the document-level metrics on a separate 10-passage hybrid search (exported as "
        "run.trec / qrels.trec).",
        "",
        "## Run health",
        "",
        f"- {health_line(report)}",
        *[f"- **degraded:** {_md(p)}" for p in (report.get("health") or {}).get("problems", [])],
        "",
        "## Metrics",
        "",
    ]
    intervals = report.get("intervals") or {}
    if comparison:
        out += [
            "| metric | value [95% CI] | baseline | delta | p | |",
            "|---|---:|---:|---:|---:|---|",
        ]
    else:
        out += ["| metric | value [95% CI] |", "|---|---:|"]
    for name in METRICS:
        if name.startswith("judge.") and not report.get("judge", {}).get("enabled"):
            continue
        row = f"| {name} | {with_interval(name, flat[name], intervals.get(name))} |"
        if comparison:
            c = comparison["metrics"][name]
            flag = (
                "**regression**" if c["regression"] else ("improvement" if c["improvement"] else "")
            )
            row += (
                f" {fmt(name, c['baseline'])} | {fmt_delta(name, c['delta'])} | "
                f"{fmt_p(c.get('p_value'))} | {flag} |"
            )
        out.append(row)
    out.append("")
    if intervals:
        out += [
            "Intervals: 95 % percentile bootstrap over questions "
            "(2000 resamples, fixed seed; see `evals/uncertainty.py`).",
            "",
        ]
    if report.get("judge", {}).get("enabled"):
        j = report["judge"]
        out += [
            f"Judge `{j.get('model')}`: {j['n_judged']} answers judged, {j['n_errors']} errors.",
            "",
        ]

    thresholds = report.get("thresholds") or []
    if thresholds:
        out += [
            "## Thresholds",
            "",
            "| metric | bound | threshold | actual | |",
            "|---|---|---:|---:|---|",
        ]
        for t in thresholds:
            status = "pass" if t["passed"] else "**MISSED**"
            out.append(
                f"| {t['metric']} | {t['bound']} | {t['value']:g} | {fmt(t['metric'], t['actual'])} | {status} |"
            )
        out.append("")

    if comparison:
        out += [f"## Comparison with the baseline ({comparison.get('baseline_created')})", ""]
        regs = comparison["regressions"]
        out.append("Regressions: " + (", ".join(f"`{r}`" for r in regs) if regs else "none") + ".")
        out += [
            "",
            "Questions are paired by id. A rate is flagged only when it drops with p < "
            f"{comparison.get('alpha', 0.05):g} in a paired test: McNemar's exact test (two-sided) "
            "for metrics that are 0 or 1 per question, a two-sided paired permutation test for the others. "
            + ("Latencies are compared by tolerance (--compare-latency)."
               if comparison.get("latency_compared")
               else "Latencies are not compared (--compare-latency to do so)."),
            "",
        ]  # fmt: skip
        out += [f"- **regression** {_md(explain_change(comparison, m))}" for m in regs]
        out += [
            f"- not significant: {_md(explain_change(comparison, m))}"
            for m in comparison.get("not_significant", [])
        ]
        out += [f"- {_md(line.strip())}" for line in _unpaired_lines(comparison)]
        out.append("")
        if comparison["newly_failing"]:
            out += ["Newly failing questions:", ""]
            out += [
                f"- `{q['id']}`: " + "; ".join(_md(f) for f in q["failures"])
                for q in comparison["newly_failing"]
            ]
            out.append("")
        if comparison["fixed"]:
            out += [
                "Fixed questions: " + ", ".join(f"`{q['id']}`" for q in comparison["fixed"]),
                "",
            ]
        if comparison["config_changes"]:
            out += ["Configuration changes:", ""]
            out += [
                f"- `{k}`: `{v['baseline']}` → `{v['current']}`"
                for k, v in comparison["config_changes"].items()
            ]
            out.append("")

    out += _group_table("By tag", report.get("by_tag", {}))
    out += _group_table("By language", report.get("by_language", {}))
    out += _group_table("By split (train: tuned on; test: never seen while tuning)",
                        report.get("by_split", {}))  # fmt: skip

    out += ["## Questions", "",
            "| id | lang | answerable | mode used | refused | hit@5 | facts | failures |",
            "|---|---|---|---|---|---:|---:|---|"]  # fmt: skip
    for q in report["questions"]:
        m = q["metrics"]
        facts = f"{m['facts_found']}/{m['facts_total']}" if m["facts_total"] else "—"
        hit5 = "—" if m["hit_at_5"] is None else f"{m['hit_at_5']:.0f}"
        out.append(
            f"| {_md(q['id'])} | {q['language']} | {'yes' if q['answerable'] else 'no'} | "
            f"{q.get('answer_mode') or q.get('mode')} | {'yes' if q['refused'] else 'no'} | {hit5} | {facts} | {_md('; '.join(q['failures']))} |"
        )
    out.append("")
    infra = [q for q in report["questions"] if q.get("infra_errors")]
    if infra:
        out += ["## Infrastructure errors (not question failures)", ""]
        out += [f"- `{q['id']}`: " + "; ".join(_md(e) for e in q["infra_errors"]) for q in infra]
        out.append("")
    failing = [q for q in report["questions"] if q["failures"]]
    if failing:
        out += ["## What failed", ""]
        for q in failing:
            out += [f"### {q['id']}", "", f"**Question:** {q['question']}", ""]
            out += [f"- {f}" for f in q["failures"]]
            out += [
                "",
                "**Answer:**",
                "",
                "> " + q["answer"].replace("\n", "\n> "),
                "",
                "**Passages given:**",
                "",
            ]
            for p in q["passages"]:
                mark = " (gold quote)" if p["has_gold_quote"] else ""
                out.append(f"{p['rank']}. `{p['doc_id']}` · {_md(p['section'] or '(début)')}{mark}: "
                           f"{_md(p['text'][:160])}…")  # fmt: skip
            out.append("")
    out += [
        "## Configuration",
        "",
        "```json",
        json.dumps(cfg, ensure_ascii=False, indent=2),
        "```",
        "",
    ]
    out += ["## Definitions", ""]
    out += [f"- **{name}**: {text}" for name, text in report.get("definitions", {}).items()]
    return "\n".join(out) + "\n"
