"""Chunk size and fusion weight sweep on the default embedder, scored on the dev questions.

For each chunk size the corpus folder is re-ingested into one shared data dir (a new index version
per size; the embedding cache is shared, so a chunk whose indexed text is unchanged across sizes
is embedded once), then `evals.retrieval.evaluate_retrieval` runs hybrid search with lexical
weight 1 and each dense weight (0 is lexical only), and dense-only search. Each question's
query vector is computed once and reused by every configuration.
With --data-dir DIR the data dir is kept and its cache makes a rerun embed nothing.

Usage: python bench/retrieval_tuning.py [--json OUT.json] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
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

from assistant.settings import Settings, load_settings
from evals.gold import load_gold
from index.store import Index

CHUNK_SIZES = (900, 1200, 1800, 2400)
DENSE_WEIGHTS = (0.0, 0.2, 0.3, 0.5, 1.0)
HEADERS = ["chunk size", "chunks", "embedded", "retrieval", "hit@1", "hit@5", "MRR@10",
           "English hit@5"]  # fmt: skip


def configurations(settings: Settings, dense_weights: list[float]) -> list[tuple[str, Any]]:
    """(label, SearchParams) for each swept weight, then dense only."""
    configs = []
    for weight in dense_weights:
        label = f"hybrid 1 / {weight:g}" + (" (= lexical only)" if weight == 0 else "")
        params = search_params(settings, "hybrid", lexical_weight=1.0, dense_weight=weight)
        configs.append((label, params))
    configs.append(("dense only", search_params(settings, "dense")))
    return configs


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Ingest at every chunk size and score every configuration; returns JSON-ready results."""
    wall = time.perf_counter()
    settings = load_settings()
    machine = machine_info(settings)
    questions = load_gold(args.questions)
    loaded, load_seconds = load_warm_embedder(settings.embedder, settings)
    embedder = QueryMemoEmbedder(loaded)
    rows: list[dict[str, Any]] = []
    ingests: dict[int, dict[str, Any]] = {}
    with bench_data_dir(args.data_dir, "tuning") as data_dir:
        for size in args.chunk_sizes:
            ingested = timed_ingest(settings, data_dir, embedder, chunk_size=size)
            ingests[size] = ingested.to_dict()
            index = Index.open(data_dir, embedder.name)
            for label, params in configurations(settings, args.dense_weights):
                scores = evaluate(index, embedder, questions, params)
                default = (
                    size == settings.chunk_size
                    and params.mode == "hybrid"
                    and params.lexical_weight == settings.fusion_lexical_weight
                    and params.dense_weight == settings.fusion_dense_weight
                )
                rows.append({
                    "chunk_size": size, "chunks": index.n_chunks,
                    "chunks_embedded": ingested.report.chunks_embedded, "retrieval": label,
                    "mode": params.mode, "lexical_weight": params.lexical_weight,
                    "dense_weight": params.dense_weight, "default": default, **scores,
                })  # fmt: skip
            index.close()
    return {
        "benchmark": "retrieval_tuning",
        "settings": settings_summary(settings),
        "embedder_name": embedder.name,
        "embedder_load_seconds": load_seconds,
        "questions_file": str(args.questions),
        "machine": {**machine, "load_average_end": load_average()},
        "ingests": ingests,
        "rows": rows,
        "wall_seconds": time.perf_counter() - wall,
    }


def render(results: dict[str, Any]) -> str:
    """One Markdown row per (chunk size, configuration); the shipped default is starred."""
    rows = [
        [r["chunk_size"], r["chunks"], r["chunks_embedded"],
         r["retrieval"] + (" *" if r["default"] else ""), r["hit_at_1"], r["hit_at_5"],
         r["mrr_at_10"], r["english_hit_at_5"]]
        for r in results["rows"]
    ]  # fmt: skip
    n = results["rows"][0]["n"] if results["rows"] else 0
    return "\n\n".join([
        markdown_table(HEADERS, rows),
        f"* = shipped default · embedder {results['embedder_name']} · {n} scored questions · "
        f"embedded = chunks encoded by that size's ingest (the rest came from the cache) · "
        f"wall time {results['wall_seconds']:.1f} s",
    ])  # fmt: skip


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--chunk-sizes", type=comma_separated(int), default=list(CHUNK_SIZES))
    parser.add_argument("--dense-weights", type=comma_separated(float), default=list(DENSE_WEIGHTS))
    parser.add_argument("--data-dir", type=Path, help="keep the data dir (and its cache) here")
    args = parser.parse_args()
    results = run(args)
    print(render(results))
    write_json(args.json, results)


if __name__ == "__main__":
    main()
