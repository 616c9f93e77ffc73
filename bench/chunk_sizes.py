"""Chunk size chosen on the train split, reported on test: both models refitted per size.

For each chunk size the documents are ingested into one data directory (a new index version per
size; the embedding cache is shared, so a passage or unit whose text is unchanged across sizes
is embedded once), both models (the second-stage ranking and the answer model) are fitted on the
train split of the gold files exactly as `python -m evals.fit_answerer` fits them, and the
harness answers every question of both splits through `Assistant.answer` (extractive mode). The
shipped models are not touched. Choose on the train columns; the test columns are for the record.

    python bench/chunk_sizes.py --docs corpus $(python -m evals.corpora ../shared/corpus-extended) \\
        --questions evals/questions.dev.jsonl --questions evals/questions.shipped.jsonl \\
        --questions ../shared/corpus-extended/questions.jsonl \\
        --questions evals/questions.extended.jsonl [--chunk-sizes 1200,1800,3000] [--json OUT.json]

Half an hour for three sizes over shipped + extended on 2 cores, most of it the first ingest.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from common import (
    bench_data_dir,
    comma_separated,
    load_average,
    machine_info,
    markdown_table,
    write_json,
)

from assistant.answering import build_assistant
from assistant.scorer import LogisticScorer
from assistant.settings import load_settings
from evals.fit_answerer import fit_models
from evals.harness import build_report, load_questions, run_questions
from index.build import ingest
from index.embed import load_embedder

CHUNK_SIZES = (1200, 1800, 3000)
HEADERS = ["chunk size", "chunks", "split", "hit@1", "hit@5", "MRR@10", "answered",
           "facts", "near-misses refused", "out-of-fold answered / refused", "p50 ms"]  # fmt: skip


def split_figures(report: dict[str, Any]) -> dict[str, Any]:
    refusal = report["refusal"]
    answered = refusal["refused_answerable_rate"]
    return {
        "hit_at_1": report["retrieval"]["hit_at_1"],
        "hit_at_5": report["retrieval"]["hit_at_5"],
        "mrr_at_10": report["retrieval"]["mrr_at_10"],
        "answered": None if answered is None else 1 - answered,
        "fact_recall": report["answer"]["fact_recall"],
        "near_misses_refused": refusal["recall"],
        "p50_ms": report["latency_ms"]["p50"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", nargs="+", required=True, type=Path,
                        help="files or folders to index (e.g. corpus and the extended documents)")  # fmt: skip
    parser.add_argument("--questions", action="append", required=True, type=Path)
    parser.add_argument("--chunk-sizes", type=comma_separated(int), default=list(CHUNK_SIZES))
    parser.add_argument("--data-dir", type=Path, help="keep the data dir here (its cache is reused)")
    parser.add_argument("--json", type=Path, metavar="OUT.json")
    args = parser.parse_args(argv)

    settings = load_settings()
    machine = machine_info(settings)
    embedder = load_embedder(settings.embedder, threads=settings.threads,
                             api_base=settings.embedder_api_base, api_key=settings.embedder_api_key)  # fmt: skip
    splits = {s: load_questions(args.questions, s) for s in ("train", "test")}
    rows: list[list[Any]] = []
    results: list[dict[str, Any]] = []
    with bench_data_dir(args.data_dir, "chunk-sizes") as data_dir:
        for size in args.chunk_sizes:
            started = time.perf_counter()
            report = ingest(args.docs, corpus_dir=settings.corpus_dir, data_dir=data_dir,
                            embedder=embedder, chunk_size=size, chunk_overlap=settings.chunk_overlap,
                            show_progress=False)  # fmt: skip
            if report.errors:
                raise SystemExit(f"ingest at chunk size {size} reported errors: {report.errors}")
            sized = settings.model_copy(update={"data_dir": data_dir, "chunk_size": size})
            assistant = build_assistant(sized, embedder, scorer=LogisticScorer({}, {}, 0.5, 0.5))
            scorer, reranker = fit_models(assistant, args.questions)
            chunks = assistant.indexes.current().manifest.chunks
            for split, questions in splits.items():
                figures = split_figures(build_report(run_questions(assistant, questions), {}))
                oof = (f"{scorer.meta['cv_answered_answerable']:.3f} / "
                       f"{scorer.meta['cv_refused_unanswerable']:.3f}") if split == "train" else "—"  # fmt: skip
                results.append({"chunk_size": size, "chunks": chunks, "split": split,
                                "threshold": scorer.threshold, **figures,
                                "train_out_of_fold": {k: scorer.meta[k] for k in (
                                    "cv_answered_answerable", "cv_refused_unanswerable")},
                                "rerank_fit": {k: reranker.meta.get(k) for k in (
                                    "hit_at_1_after", "hit_at_5_after")},
                                "seconds": round(time.perf_counter() - started, 1)})  # fmt: skip
                rows.append([size, chunks, split, figures["hit_at_1"], figures["hit_at_5"],
                             figures["mrr_at_10"], figures["answered"], figures["fact_recall"],
                             figures["near_misses_refused"], oof,
                             None if figures["p50_ms"] is None else round(figures["p50_ms"])])  # fmt: skip
            print(f"chunk size {size}: {chunks} chunks, threshold {scorer.threshold:.3f}, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)  # fmt: skip
    print(markdown_table(HEADERS, rows))
    write_json(args.json, {"machine": machine, "load_average_end": load_average(),
                           "questions": [str(p) for p in args.questions], "results": results})  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
