"""report.html: one self-contained page (inline CSS, inline SVG charts drawn here, no script).

Every piece of text from the report (questions, answers, passages, reasons) goes through
`html.escape`; the charts are plain SVG strings built by pure functions. A value that was not
measured is written "N/A" (and drawn as such), never as 0 or as an empty place; rates carry their
95 % bootstrap interval, as text and as whiskers on the charts.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from evals.scoring import METRICS, flatten_metrics, fmt, fmt_delta
from evals.uncertainty import confidence_intervals

NA = "N/A"

PALETTE = ("#3b6ea5", "#e08a2c", "#4f9d69", "#b5495b", "#7d5ba6", "#8c8c8c")
CHART_SERIES = (
    ("retrieval.hit_at_5", "hit@5"),
    ("retrieval.mrr_at_10", "MRR@10"),
    ("answer.fact_recall", "fact recall"),
    ("citations.supported", "citations supported"),
    ("refusal.accuracy", "refusal accuracy"),
)
CARD_METRICS = (
    "retrieval.hit_at_1", "retrieval.hit_at_5", "retrieval.mrr_at_10", "retrieval.ndcg_at_10",
    "answer.fact_recall", "citations.valid", "citations.supported", "citations.precision",
    "refusal.accuracy", "refusal.precision", "refusal.recall", "latency_ms.p50", "latency_ms.p95",
    "judge.faithfulness", "judge.correctness",
)  # fmt: skip

CSS = """
:root { --fg:#1d2330; --muted:#5b6475; --line:#d9dee7; --bad:#b3261e; --good:#1e7a3c; --bg:#f6f7f9; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
       margin: 0; background: #fff; }
main { max-width: 1240px; margin: 0 auto; padding: 24px 28px 60px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 10px;
  border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta { color: var(--muted); margin: 2px 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; margin-top: 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: var(--bg); }
.card .name { font-size: 12px; color: var(--muted); } .card .value { font-size: 22px; font-weight: 600; }
.card .delta { font-size: 12px; }
.bad { color: var(--bad); } .good { color: var(--good); } .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); font-weight: 600; font-size: 13px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.fail td:first-child { border-left: 3px solid var(--bad); }
tr.regression td { background: #fdecea; }
.charts { display: flex; flex-wrap: wrap; gap: 18px; }
.chart { border: 1px solid var(--line); border-radius: 8px; padding: 8px; background: #fff; }
.tag { display: inline-block; background: #eef1f6; border-radius: 4px; padding: 0 5px; margin: 1px 2px 1px 0;
       font-size: 11px; color: var(--muted); }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; font-weight: 600; }
.badge.ok { background: #e3f4e8; color: var(--good); } .badge.ko { background: #fdecea; color: var(--bad); }
.answer { white-space: pre-wrap; font-size: 13px; }
td.q { width: 26%; } td.a { width: 40%; } td.f { width: 20%; }
ul.failures { margin: 0; padding-left: 16px; color: var(--bad); font-size: 13px; }
details summary { cursor: pointer; color: var(--muted); font-size: 12px; }
.passage { border-left: 3px solid var(--line); padding: 2px 8px; margin: 6px 0; font-size: 12px; white-space: pre-wrap; }
.passage.gold { border-left-color: var(--good); background: #f1f9f3; }
.passage .src { color: var(--muted); font-family: ui-monospace, monospace; font-size: 11px; }
dl.defs dt { font-weight: 600; font-family: ui-monospace, monospace; font-size: 13px; margin-top: 8px; }
dl.defs dd { margin: 2px 0 0 16px; color: var(--muted); }
mark { background: #ffe58f; padding: 0 1px; border-radius: 2px; }
.na { color: #8c8c8c; font-style: italic; }
.card .ci { font-size: 12px; color: var(--muted); }
table.qm { width: auto; font-size: 12px; margin: 6px 0; } table.qm td, table.qm th { padding: 2px 8px; }
ul.infra { margin: 0; padding-left: 16px; color: #8a5a00; font-size: 13px; }
.health { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; background: var(--bg); }
.health.degraded { border-color: var(--bad); background: #fdecea; }
pre.config { background: var(--bg); padding: 10px; border-radius: 6px; font-size: 12px; overflow-x: auto; }
"""


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def value_html(name: str, value: float | None) -> str:
    """A metric value as HTML: "N/A" (marked as such) when it was not measured, never "0"."""
    if value is None:
        return f'<span class="na" title="not measured">{NA}</span>'
    return esc(fmt(name, value))


def interval_text(interval: Mapping[str, Any] | None) -> str:
    if not interval or interval.get("low") is None:
        return ""
    return f"[{interval['low']:.2f}, {interval['high']:.2f}]"


def _fmt_delta(name: str, delta: float | None) -> str:
    text = fmt_delta(name, delta)
    return f"{text} ms" if delta is not None and METRICS[name].unit == "ms" else text


# ------------------------------------------------------------------------------- SVG charts


def bar_chart_svg(title: str, groups: Sequence[tuple[str, int]], series: Sequence[tuple[str, str]],
                  values: Mapping[str, Mapping[str, float | None]],
                  intervals: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None) -> str:  # fmt: skip
    """Grouped bars on a 0..1 axis: one group per (name, n), one bar per (key, label) series.

    ``values[group][key]`` may be None (not measured): "N/A" is written in the bar's place; a 0
    is drawn as a thin bar on the axis. ``intervals[group][key]`` ({low, high}) adds a whisker.
    """
    bar_w, gap, top, plot_h, bottom = 11, 18, 46, 180, 96
    group_w = bar_w * len(series) + gap
    # Labels are rotated to the lower left of their group: leave room for the first one.
    first = f"{groups[0][0]} ({groups[0][1]})" if groups else ""
    left = max(40, int(len(first) * 6.2 * 0.82) - group_w // 2 + 8)
    legend_w = sum(14 + 7 * len(label) + 14 for _, label in series)
    width = max(left + group_w * len(groups) + 20, left + legend_w + 10)
    height = top + plot_h + bottom
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}">',
        f'<text x="{left}" y="16" font-size="14" font-weight="600" fill="#1d2330">{esc(title)}</text>',
    ]
    x = left
    for i, (_, label) in enumerate(series):  # legend
        color = PALETTE[i % len(PALETTE)]
        parts.append(f'<rect x="{x}" y="26" width="10" height="10" fill="{color}"/>')
        parts.append(f'<text x="{x + 14}" y="35" font-size="11" fill="#5b6475">{esc(label)}</text>')
        x += 14 + 7 * len(label) + 14
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - tick)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" stroke="#e4e7ee"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="10" text-anchor="end" fill="#5b6475">{tick:g}</text>'
        )
    for g, (name, n) in enumerate(groups):
        gx = left + 8 + g * group_w
        for s, (key, label) in enumerate(series):
            value = values.get(name, {}).get(key)
            bx = gx + s * bar_w
            if value is None:
                tx, ty = bx + (bar_w - 2) / 2 + 3, top + plot_h - 4
                parts.append(
                    f'<text class="na-bar" x="{tx:.1f}" y="{ty:.1f}" font-size="8" font-style="italic" '
                    f'fill="#8c8c8c" transform="rotate(-90 {tx:.1f} {ty:.1f})">{NA}'
                    f"<title>{esc(name)} · {esc(label)}: {NA} (not measured)</title></text>"
                )
                continue
            h = max(plot_h * max(0.0, min(1.0, value)), 1.5)  # a 0 stays visible on the axis
            by = top + plot_h - h
            ci = ((intervals or {}).get(name) or {}).get(key) or {}
            ci_text = f" {interval_text(ci)}" if interval_text(ci) else ""
            parts.append(
                f'<rect class="bar" x="{bx}" y="{by:.1f}" width="{bar_w - 2}" height="{h:.1f}" '
                f'fill="{PALETTE[s % len(PALETTE)]}"><title>{esc(name)} · {esc(label)}: '
                f"{value:.3f}{ci_text}</title></rect>"
            )
            if ci_text:
                parts.append(_whisker(bx + (bar_w - 2) / 2, top, plot_h, ci["low"], ci["high"], 3))
        lx, ly = gx + (group_w - gap) / 2, top + plot_h + 12
        parts.append(
            f'<text x="{lx:.1f}" y="{ly}" font-size="11" fill="#1d2330" text-anchor="end" '
            f'transform="rotate(-35 {lx:.1f} {ly})">{esc(name)} ({n})</text>'
        )
    parts.append(
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" stroke="#5b6475"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


def _whisker(x: float, top: float, plot_h: float, low: float, high: float, cap: float) -> str:
    """A vertical confidence-interval whisker at x on a 0..1 axis (a class for tests to find)."""
    y_low, y_high = top + plot_h * (1 - low), top + plot_h * (1 - high)
    return (
        f'<g class="ci" stroke="#1d2330" stroke-width="1">'
        f'<line x1="{x:.1f}" y1="{y_low:.1f}" x2="{x:.1f}" y2="{y_high:.1f}"/>'
        f'<line x1="{x - cap:.1f}" y1="{y_low:.1f}" x2="{x + cap:.1f}" y2="{y_low:.1f}"/>'
        f'<line x1="{x - cap:.1f}" y1="{y_high:.1f}" x2="{x + cap:.1f}" y2="{y_high:.1f}"/></g>'
    )


def interval_chart_svg(
    title: str, items: Sequence[tuple[str, float | None, Mapping[str, Any] | None]]
) -> str:
    """One bar per rate (label, value, interval) on a 0..1 axis, with its 95 % CI as a whisker;
    "N/A" in place of a rate that was not measured."""
    bar_w, gap, top, plot_h, bottom = 22, 14, 30, 180, 130
    # Labels are rotated to the lower left of their bar: leave room for the first one.
    left = max(40, int(len(items[0][0]) * 6.2 * 0.72) - bar_w) if items else 40
    width = left + (bar_w + gap) * len(items) + 20
    height = top + plot_h + bottom
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}">',
        f'<text x="{left}" y="16" font-size="14" font-weight="600" fill="#1d2330">{esc(title)}</text>',
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - tick)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" stroke="#e4e7ee"/>'
        )
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="10" text-anchor="end" '
                     f'fill="#5b6475">{tick:g}</text>')  # fmt: skip
    for i, (label, value, ci) in enumerate(items):
        bx = left + gap / 2 + i * (bar_w + gap)
        if value is None:
            parts.append(f'<text class="na-bar" x="{bx + bar_w / 2:.1f}" y="{top + plot_h - 4}" '
                         f'font-size="10" font-style="italic" fill="#8c8c8c" text-anchor="middle">'
                         f"{NA}<title>{esc(label)}: {NA} (not measured)</title></text>")  # fmt: skip
        else:
            h = max(plot_h * max(0.0, min(1.0, value)), 1.5)
            text = interval_text(ci)
            parts.append(f'<rect class="bar" x="{bx:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w}" '
                         f'height="{h:.1f}" fill="{PALETTE[0]}"><title>{esc(label)}: {value:.3f} '
                         f"{text}</title></rect>")  # fmt: skip
            if text and ci is not None:
                parts.append(_whisker(bx + bar_w / 2, top, plot_h, ci["low"], ci["high"], 5))
        lx, ly = bx + bar_w / 2, top + plot_h + 12
        parts.append(f'<text x="{lx:.1f}" y="{ly}" font-size="11" fill="#1d2330" text-anchor="end" '
                     f'transform="rotate(-45 {lx:.1f} {ly})">{esc(label)}</text>')  # fmt: skip
    parts.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" '
                 f'stroke="#5b6475"/></svg>')  # fmt: skip
    return "".join(parts)


def histogram_bins(values: Sequence[float], n_bins: int) -> tuple[list[float], list[int]]:
    """Equal-width bins from 0 to the maximum: (edges, counts); the last bin includes the maximum."""
    if not values:
        return [0.0, 1.0], [0]
    high = max(values)
    width = high / n_bins if high > 0 else 1.0
    edges = [i * width for i in range(n_bins + 1)]
    counts = [0] * n_bins
    for v in values:
        counts[min(int(v / width), n_bins - 1) if v > 0 else 0] += 1
    return edges, counts


def histogram_svg(title: str, values: Sequence[float], unit: str = "ms", n_bins: int = 20,
                  markers: Mapping[str, float | None] | None = None) -> str:  # fmt: skip
    """A histogram of values with vertical marker lines (e.g. p50, p95)."""
    edges, counts = histogram_bins(values, n_bins)
    left, top, plot_w, plot_h, bottom = 44, 56, 520, 180, 40
    width, height = left + plot_w + 20, top + plot_h + bottom
    peak = max(counts) or 1
    step = max(1, math.ceil(peak / 5))
    span = edges[-1] or 1.0
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}">',
        f'<text x="{left}" y="16" font-size="14" font-weight="600" fill="#1d2330">{esc(title)}</text>',
    ]
    for tick in range(0, peak + 1, step):
        y = top + plot_h * (1 - tick / peak)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#e4e7ee"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="10" text-anchor="end" fill="#5b6475">{tick}</text>'
        )
    bw = plot_w / len(counts)
    for i, count in enumerate(counts):
        h = plot_h * count / peak
        parts.append(
            f'<rect x="{left + i * bw + 1:.1f}" y="{top + plot_h - h:.1f}" width="{bw - 2:.1f}" '
            f'height="{h:.1f}" fill="{PALETTE[0]}"><title>{edges[i]:.0f}–{edges[i + 1]:.0f} {unit}: '
            f"{count}</title></rect>"
        )
    for i in range(0, len(edges), max(1, len(edges) // 5)):
        x = left + i * bw
        parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 14}" font-size="10" text-anchor="middle" '
                     f'fill="#5b6475">{edges[i]:.0f}</text>')  # fmt: skip
    parts.append(f'<text x="{left + plot_w}" y="{top + plot_h + 30}" font-size="10" text-anchor="end" '
                 f'fill="#5b6475">{esc(unit)} (n = {len(values)})</text>')  # fmt: skip
    for i, (label, value) in enumerate((markers or {}).items()):
        if value is None:
            continue
        x = left + plot_w * min(value / span, 1.0)
        color = PALETTE[(i + 1) % len(PALETTE)]
        parts.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="{color}" '
                     f'stroke-dasharray="4 3" stroke-width="2"/>')  # fmt: skip
        parts.append(f'<text x="{x + 4:.1f}" y="{top - 18 + 12 * i}" font-size="11" fill="{color}">'
                     f"{esc(label)} {value:.0f}</text>")  # fmt: skip
    parts.append(
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#5b6475"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


# ------------------------------------------------------------------------------- page


def _cards(report: Mapping[str, Any]) -> str:
    flat = flatten_metrics(report)
    comparison = report.get("comparison")
    judge_on = report.get("judge", {}).get("enabled")
    cards = []
    for name in CARD_METRICS:
        if name.startswith("judge.") and not judge_on:
            continue
        delta = ""
        if comparison:
            c = comparison["metrics"][name]
            cls = "bad" if c["regression"] else ("good" if c["improvement"] else "muted")
            delta = (
                f'<div class="delta {cls}">{esc(_fmt_delta(name, c["delta"]))} vs baseline</div>'
            )
        ci = interval_text((report.get("intervals") or {}).get(name))
        ci_html = f'<div class="ci">95% CI {esc(ci)}</div>' if ci else ""
        cards.append(
            f'<div class="card" title="{esc(METRICS[name].definition)}"><div class="name">{esc(name)}</div>'
            f'<div class="value">{value_html(name, flat[name])}</div>{ci_html}{delta}</div>'
        )
    return f'<div class="cards">{"".join(cards)}</div>'


def _metrics_table(report: Mapping[str, Any]) -> str:
    flat = flatten_metrics(report)
    comparison = report.get("comparison")
    intervals = report.get("intervals") or {}
    head = "<tr><th>metric</th><th class=num>value</th><th class=num>95% CI</th>"
    if comparison:
        head += "<th class=num>baseline</th><th class=num>delta</th><th></th>"
    rows = [head + "<th>definition</th></tr>"]
    for name, info in METRICS.items():
        cls, extra = "", ""
        if comparison:
            c = comparison["metrics"][name]
            cls = ' class="regression"' if c["regression"] else ""
            flag = "REGRESSION" if c["regression"] else ("improvement" if c["improvement"] else "")
            extra = (f"<td class=num>{esc(fmt(name, c['baseline']))}</td>"
                     f"<td class=num>{esc(_fmt_delta(name, c['delta']))}</td>"
                     f'<td class="{"bad" if c["regression"] else "good"}">{flag}</td>')  # fmt: skip
        rows.append(f"<tr{cls}><td><code>{esc(name)}</code></td><td class=num>{value_html(name, flat[name])}</td>"
                    f"<td class=num>{esc(interval_text(intervals.get(name)))}</td>"
                    f"{extra}<td class=muted>{esc(info.definition)}</td></tr>")  # fmt: skip
    return "<table>" + "".join(rows) + "</table>"


def _thresholds(report: Mapping[str, Any]) -> str:
    results = report.get("thresholds") or []
    if not results:
        return ""
    rows = [
        "<tr><th>metric</th><th>bound</th><th class=num>threshold</th><th class=num>actual</th><th></th></tr>"
    ]
    for t in results:
        status = (
            '<span class="badge ok">pass</span>'
            if t["passed"]
            else '<span class="badge ko">missed</span>'
        )
        rows.append(f"<tr><td><code>{esc(t['metric'])}</code></td><td>{esc(t['bound'])}</td>"
                    f"<td class=num>{t['value']:g}</td><td class=num>{esc(fmt(t['metric'], t['actual']))}</td>"
                    f"<td>{status}</td></tr>")  # fmt: skip
    return "<h2>Thresholds</h2><table>" + "".join(rows) + "</table>"


def _comparison(report: Mapping[str, Any]) -> str:
    c = report.get("comparison")
    if not c:
        return ""
    regs = c["regressions"]
    out = [
        f"<h2>Comparison with the baseline</h2><p class=meta>Baseline run {esc(c.get('baseline_created'))}.</p>"
    ]
    out.append("<p>" + (f'<span class="bad">Regressions: {esc(", ".join(regs))}</span>' if regs
                        else '<span class="good">No metric regressed beyond its tolerance.</span>') + "</p>")  # fmt: skip
    if c["newly_failing"]:
        items = "".join(
            f"<li><code>{esc(q['id'])}</code>: {esc('; '.join(q['failures']))}</li>"
            for q in c["newly_failing"]
        )
        out.append(f"<p>Newly failing questions:</p><ul class=failures>{items}</ul>")
    if c["fixed"]:
        out.append(
            "<p>Fixed questions: "
            + ", ".join(f"<code>{esc(q['id'])}</code>" for q in c["fixed"])
            + "</p>"
        )
    if c["config_changes"]:
        items = "".join(f"<li><code>{esc(k)}</code>: {esc(v['baseline'])} → {esc(v['current'])}</li>"
                        for k, v in c["config_changes"].items())  # fmt: skip
        out.append(f"<p>Configuration changes:</p><ul>{items}</ul>")
    return "".join(out)


def group_intervals(report: Mapping[str, Any], field: str) -> dict[str, dict[str, Any]]:
    """{group: {metric: interval}} of the chart series, bootstrapped over each group's questions
    (as `group_scores` groups them)."""
    members: dict[str, list[Mapping[str, Any]]] = {}
    for row in report["questions"]:
        values = row.get(field)
        for value in values if isinstance(values, list) else [values]:
            members.setdefault(str(value), []).append(row)
    keys = [key for key, _ in CHART_SERIES]
    return {name: confidence_intervals(rows, metrics=keys) for name, rows in members.items()}


def _charts(report: Mapping[str, Any]) -> str:
    flat = flatten_metrics(report)
    intervals = report.get("intervals") or {}
    rates = [n for n in CARD_METRICS if METRICS[n].unit == "rate"
             and not (n.startswith("judge.") and not report.get("judge", {}).get("enabled"))]  # fmt: skip
    charts = [interval_chart_svg("Rates with their 95% confidence interval",
                                 [(n, flat[n], intervals.get(n)) for n in rates])]  # fmt: skip
    for title, key, field in (("Metrics by tag", "by_tag", "tags"),
                              ("Metrics by language", "by_language", "language"),
                              ("Metrics by split", "by_split", "split")):  # fmt: skip
        groups = report.get(key) or {}
        if groups:
            charts.append(bar_chart_svg(title, [(name, g["n"]) for name, g in groups.items()],
                                        CHART_SERIES, groups, group_intervals(report, field)))  # fmt: skip
    totals = [
        q["timings_ms"]["total"]
        for q in report["questions"]
        if q["timings_ms"].get("total") is not None
    ]
    lat = report.get("latency_ms", {})
    charts.append(histogram_svg("Answer latency (total per question)", totals, "ms",
                                markers={"p50": lat.get("p50"), "p95": lat.get("p95")}))  # fmt: skip
    stages = report.get("latency_ms", {})
    stage_rows = "".join(
        f"<tr><td>{esc(s)}</td><td class=num>{esc(fmt('latency_ms.p50', stages.get(s, {}).get('p50')))}</td>"
        f"<td class=num>{esc(fmt('latency_ms.p95', stages.get(s, {}).get('p95')))}</td></tr>"
        for s in ("retrieval", "generation", "total")
    )
    table = ("<table style='width:auto'><tr><th>stage</th><th class=num>p50 ms</th><th class=num>p95 ms</th></tr>"
             f"{stage_rows}</table>")  # fmt: skip
    return ('<h2>Charts</h2><p class=meta>Whiskers: 95% percentile bootstrap intervals over '
            "questions; N/A: not measured (no question scored), unlike a bar at 0.</p>"
            '<div class="charts">' + "".join(f'<div class="chart">{c}</div>' for c in charts)
            + f'<div class="chart">{table}</div></div>')  # fmt: skip


def highlight(text: str, spans: Sequence[Sequence[int]]) -> str:
    """The text escaped, with each (start, end) span wrapped in <mark>."""
    out, last = [], 0
    for start, end in sorted((int(a), int(b)) for a, b in spans):
        if start < last:
            continue
        out += [esc(text[last:start]), f"<mark>{esc(text[start:end])}</mark>"]
        last = end
    out.append(esc(text[last:]))
    return "".join(out)


def _metric_cell(value: Any) -> str:
    if value is None:
        return f'<td class="num na" title="not measured">{NA}</td>'
    if isinstance(value, bool):
        return f"<td class=num>{'yes' if value else 'no'}</td>"
    if isinstance(value, int):
        return f"<td class=num>{value}</td>"
    if isinstance(value, float):
        return f"<td class=num>{value:.3f}</td>"
    return f"<td>{esc(value)}</td>"


def metrics_table(metrics: Mapping[str, Any]) -> str:
    """A question's metrics as a two-column table; a metric that does not apply reads N/A."""
    rows = "".join(
        f"<tr><td><code>{esc(k)}</code></td>{_metric_cell(v)}</tr>" for k, v in metrics.items()
    )
    return f'<table class="qm"><tr><th>metric</th><th class=num>value</th></tr>{rows}</table>'


def _passage_html(p: Mapping[str, Any]) -> str:
    spans = p.get("gold_spans") or []
    flags = (" · gold quote" if p["has_gold_quote"] else "") + (
        " · answer fact" if p.get("has_fact") else "")  # fmt: skip
    return (f'<div class="passage{" gold" if p["has_gold_quote"] else ""}"><span class=src>[{p["rank"]}] '
            f"{esc(p['doc_id'])} · {esc(p['chunk_id'])} · {esc(p['section'] or '(début)')}{flags}"
            f"</span>\n{highlight(p['text'], spans)}</div>")  # fmt: skip


def _question_row(q: Mapping[str, Any]) -> str:
    m = q["metrics"]
    if q["answerable"]:
        status = (
            '<span class="badge ko">refused</span>'
            if q["refused"]
            else '<span class="badge ok">answered</span>'
        )
    else:
        status = (
            '<span class="badge ok">refused</span>'
            if q["refused"]
            else '<span class="badge ko">answered</span>'
        )
    expected = "answerable" if q["answerable"] else "unanswerable"
    tags = "".join(f'<span class="tag">{esc(t)}</span>' for t in q["tags"])
    failures = "".join(f"<li>{esc(f)}</li>" for f in q["failures"])
    failures_html = (
        f"<ul class=failures>{failures}</ul>" if failures else '<span class="good">—</span>'
    )
    answer = q["answer"] if len(q["answer"]) <= 400 else q["answer"][:399] + "…"
    passages = "".join(_passage_html(p) for p in q["passages"])
    cites = "".join(
        f"<li>[{esc(c.get('n'))}] {esc(c.get('doc_id'))} — {esc(c.get('section'))}</li>"
        for c in q["citations"]
    )
    judge = ""
    if q.get("judge"):
        j = q["judge"]
        if j.get("error"):
            judge = f"<p><b>Judge error</b>: {esc(j['error'])}</p>"
        else:
            judge = (f"<p><b>Judge</b>: faithfulness {esc(j.get('faithfulness'))} "
                     f"({esc(j.get('faithfulness_reason'))}); correctness {esc(j.get('correctness'))} "
                     f"({esc(j.get('correctness_reason'))})</p>")  # fmt: skip
    infra = "".join(f"<li>{esc(e)}</li>" for e in q.get("infra_errors") or [])
    if infra:
        failures_html += (
            f'<p class=muted>Infrastructure (not a failure):</p><ul class="infra">{infra}</ul>'
        )
    mode = q.get("answer_mode") or q.get("mode")
    reason = f" ({esc(q['fallback_reason'])})" if q.get("fallback_reason") else ""
    status += f' <span class="tag mode">{esc(mode)}{reason}</span>'
    full = f'<div class="answer">{esc(q["answer"])}</div>' if answer != q["answer"] else ""
    what = "full answer, citations" if full else "citations"
    details = (f"<details><summary>{what}, {len(q['passages'])} passages, metrics</summary>"
               f"{full}<ul>{cites}</ul>{judge}{passages}{metrics_table(m)}</details>")  # fmt: skip
    timing = q["timings_ms"].get("total")
    return (
        f'<tr class="{"fail" if q["failures"] else ""}" id="q-{esc(q["id"])}">'
        f"<td><code>{esc(q['id'])}</code><br>{tags}</td><td>{esc(q['language'])}</td>"
        f"<td class=q>{esc(q['question'])}<br><small class=muted>{expected}</small> {status}</td>"
        f'<td class=a><div class="answer">{esc(answer)}</div>{details}</td>'
        f"<td class=f>{failures_html}</td>"
        f"<td class=num>{'—' if timing is None else f'{timing:.0f}'}</td></tr>"
    )


def _failing_index(report: Mapping[str, Any]) -> str:
    """Links to the questions with a failure, each with its first reason."""
    links = []
    for q in report["questions"]:
        if not q["failures"]:
            continue
        more = f" (+{len(q['failures']) - 1} more)" if len(q["failures"]) > 1 else ""
        links.append(f'<li><a href="#q-{esc(q["id"])}"><code>{esc(q["id"])}</code></a> '
                     f"{esc(q['failures'][0])}{more}</li>")  # fmt: skip
    return f"<ul class=failures>{''.join(links)}</ul>" if links else ""


def _health(report: Mapping[str, Any]) -> str:
    h = report.get("health") or {}
    if not h:
        return ""
    modes = ", ".join(f"{esc(k)} {v}" for k, v in (h.get("answer_modes") or {}).items())
    lines = [f"Answers by mode actually used: {modes or NA}."]
    if h.get("configured_mode") == "llm":
        share = h.get("fallback_share")
        lines.append(f"Fallbacks: {h.get('fallbacks')} of {h.get('answers_sent_to_llm')} answers sent "
                     f"to the LLM ({NA if share is None else f'{share:.0%}'}); LLM calls failed: "
                     f"{h.get('llm_failed_calls')} of {h.get('llm_calls')}.")  # fmt: skip
    if h.get("judge_calls"):
        lines.append(f"Judge calls failed: {h.get('judge_errors')} of {h.get('judge_calls')}.")
    problems = "".join(f"<li>{esc(p)}</li>" for p in h.get("problems") or [])
    cls = "health degraded" if h.get("degraded") else "health"
    title = "Degraded run" if h.get("degraded") else "Run health"
    return (f'<div class="{cls}" id="health"><b>{title}</b><p>' + "<br>".join(lines) + "</p>"
            + (f"<ul class=failures>{problems}</ul>" if problems else "") + "</div>")  # fmt: skip


def render_html(report: Mapping[str, Any]) -> str:
    """The report page: summary cards, thresholds, comparison, charts, metrics, questions, definitions."""
    cfg, run = report.get("config", {}), report.get("run", {})
    failing = sum(1 for q in report["questions"] if q["failures"])
    rows = "".join(_question_row(q) for q in report["questions"])
    definitions = "".join(
        f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in report.get("definitions", {}).items()
    )
    llm = f" ({esc(cfg.get('llm_model'))})" if cfg.get("llm_model") else ""
    judge = report.get("judge", {})
    judge_line = (f"<p class=meta>Judge {esc(judge.get('model'))}: {judge.get('n_judged')} answers judged, "
                  f"{judge.get('n_errors')} errors.</p>" if judge.get("enabled") else "")  # fmt: skip
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Evaluation report — {esc(cfg.get("questions_file"))}</title><style>{CSS}</style></head>
<body><main>
<h1>Evaluation report</h1>
<p class=meta>{report["n"]} questions ({report["n_answerable"]} answerable, {report["n_unanswerable"]} unanswerable)
from <code>{esc(cfg.get("questions_file"))}</code> · {esc(report.get("created"))}</p>
<p class=meta>Mode configured <b>{esc(cfg.get("mode"))}</b>{llm} · embedder <code>{esc(cfg.get("embedder"))}</code> ·
index <code>{esc(cfg.get("index_version"))}</code> · top_k {esc(cfg.get("top_k"))} · commit <code>{esc(cfg.get("git_commit"))}</code> ·
{esc(run.get("questions_s"))} s for the questions ({esc(run.get("seconds_per_question"))} s each)</p>
<p class=meta>hit@1, hit@5, quote recall@5 and context precision are scored on the passages given to the
answerer; MRR@10, nDCG@10, MAP@10, recall@k, precision@k and the document-level metrics on a separate
10-passage hybrid search of each question.</p>
{judge_line}
{_health(report)}
{_cards(report)}
{_thresholds(report)}
{_comparison(report)}
{_charts(report)}
<h2>All metrics</h2>
{_metrics_table(report)}
<h2>Questions <span class=muted>({failing} of {report["n"]} with a failure)</span></h2>
{_failing_index(report)}
<table><tr><th>id</th><th>lang</th><th>question</th><th>answer</th><th>what failed</th><th class=num>ms</th></tr>
{rows}</table>
<h2>Configuration</h2>
<pre class="config">{esc(json.dumps(cfg, ensure_ascii=False, indent=2))}</pre>
<h2>Definitions</h2>
<dl class="defs">{definitions}</dl>
</main></body></html>
"""
