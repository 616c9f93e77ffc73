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

SUMMARY_METRICS = (
    "retrieval.hit_at_1", "retrieval.hit_at_5", "retrieval.mrr_at_10", "retrieval.ndcg_at_10",
    "retrieval.quote_recall_at_5", "answer.fact_recall", "citations.valid", "citations.supported",
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
    """Write report.json, report.md and report.html into out_dir (created if needed)."""
    out_dir = Path(out_dir)
    paths = {kind: out_dir / f"report.{kind}" for kind in ("json", "md", "html")}
    _write_atomic(paths["json"], json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    _write_atomic(paths["md"], render_markdown(report))
    _write_atomic(paths["html"], render_html(report))
    return paths


# ------------------------------------------------------------------------------- terminal


def render_summary(report: Mapping[str, Any]) -> str:
    """A short plain-text table for the terminal."""
    cfg, run = report.get("config", {}), report.get("run", {})
    flat = flatten_metrics(report)
    comparison = report.get("comparison")
    lines = [
        f"{report['n']} questions ({report['n_answerable']} answerable, {report['n_unanswerable']} "
        f"unanswerable) · {cfg.get('mode')} · embedder {cfg.get('embedder')} · "
        f"{run.get('questions_s', '?')} s ({run.get('seconds_per_question', '?')} s/question)",
        "",
    ]
    header = f"{'metric':<34}{'value':>9}"
    if comparison:
        header += f"{'baseline':>10}{'delta':>9}"
    lines.append(header)
    for name in SUMMARY_METRICS:
        if name.startswith("judge.") and not report.get("judge", {}).get("enabled"):
            continue
        line = f"{name:<34}{fmt(name, flat[name]):>9}"
        if comparison:
            c = comparison["metrics"][name]
            flag = "  REGRESSION" if c["regression"] else ""
            line += f"{fmt(name, c['baseline']):>10}{fmt_delta(name, c['delta']):>9}{flag}"
        lines.append(line)
    failing = sum(1 for q in report["questions"] if q["failures"])
    lines += [
        "",
        f"{failing} of {report['n']} questions have at least one failure (see the report).",
    ]
    if comparison:
        lines.append(
            f"vs baseline: {len(comparison['regressions'])} metric regression(s), "
            f"{len(comparison['newly_failing'])} newly failing question(s), {len(comparison['fixed'])} fixed"
        )
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
        f"- Mode: {cfg.get('mode')}"
        + (f" (LLM `{cfg.get('llm_model')}`)" if cfg.get("llm_model") else "")
        + f"; embedder `{cfg.get('embedder')}`; index `{cfg.get('index_version')}`; "
        f"commit `{cfg.get('git_commit')}`",
        f"- Run: {report.get('created')}; {run.get('questions_s')} s for the questions "
        f"({run.get('seconds_per_question')} s each), {run.get('setup_s')} s setup",
        "- Retrieval: hit@1, hit@5 and quote recall@5 are scored on the passages given to the "
        "answerer; MRR@10, nDCG@10 and hit@10 on a separate 10-passage hybrid search.",
        "",
        "## Metrics",
        "",
    ]
    if comparison:
        out += ["| metric | value | baseline | delta | |", "|---|---:|---:|---:|---|"]
    else:
        out += ["| metric | value |", "|---|---:|"]
    for name in METRICS:
        if name.startswith("judge.") and not report.get("judge", {}).get("enabled"):
            continue
        row = f"| {name} | {fmt(name, flat[name])} |"
        if comparison:
            c = comparison["metrics"][name]
            flag = (
                "**regression**" if c["regression"] else ("improvement" if c["improvement"] else "")
            )
            row += f" {fmt(name, c['baseline'])} | {fmt_delta(name, c['delta'])} | {flag} |"
        out.append(row)
    out.append("")
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

    out += ["## Questions", "", "| id | lang | answerable | refused | hit@5 | facts | failures |",
            "|---|---|---|---|---:|---:|---|"]  # fmt: skip
    for q in report["questions"]:
        m = q["metrics"]
        facts = f"{m['facts_found']}/{m['facts_total']}" if m["facts_total"] else "—"
        hit5 = "—" if m["hit_at_5"] is None else f"{m['hit_at_5']:.0f}"
        out.append(
            f"| {_md(q['id'])} | {q['language']} | {'yes' if q['answerable'] else 'no'} | "
            f"{'yes' if q['refused'] else 'no'} | {hit5} | {facts} | {_md('; '.join(q['failures']))} |"
        )
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
