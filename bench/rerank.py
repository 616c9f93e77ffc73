"""Retrieval with and without the second-stage ranking, on the train and test splits.

Runs `Assistant.search` (the passages answering retrieves) over the index in RENEWAL_DATA_DIR for
the gold questions given, once per configuration: the hybrid search alone, and the shipped second
stage (assistant/rerank_model.json) re-scoring the first max(top_k, depth) passages for each
depth (top_k: the passages an answer reads, RENEWAL_TOP_K), with and without the first passages
beyond the depth that are about the places the question names (--scope-extra).
Relevance is the harness's: a passage that contains a gold quote.

    RENEWAL_DATA_DIR=/tmp/ext python bench/rerank.py --questions evals/questions.dev.jsonl \\
        --questions evals/questions.shipped.jsonl ... [--depths 5,20] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from common import comma_separated, fmt, load_average, markdown_table, write_json

from assistant.rerank import SCOPE_EXTRA, Reranker
from assistant.services import open_services
from assistant.settings import load_settings
from evals.harness import load_questions
from evals.metrics import first_relevant_rank, hit_at_k, reciprocal_rank

K = 10


def score(assistant: Any, questions: list[Any]) -> dict[str, float]:
    ranks = []
    started = time.perf_counter()
    for q in questions:
        hits = assistant.search(q.question, k=K)
        ranks.append(first_relevant_rank([h.chunk.text for h in hits], q.gold_quotes))
    n = max(1, len(ranks))
    return {
        "questions": len(ranks),
        "hit_at_1": sum(hit_at_k(r, 1) for r in ranks) / n,
        "hit_at_5": sum(hit_at_k(r, 5) for r in ranks) / n,
        "mrr_at_10": sum(reciprocal_rank(r, 10) for r in ranks) / n,
        "ms_per_question": (time.perf_counter() - started) * 1000 / n,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", action="append", required=True, type=Path)
    parser.add_argument("--depths", type=comma_separated(int), default=[5, 20],
                        help="second-stage depths to compare (default 5,20)")  # fmt: skip
    parser.add_argument("--scope-extra", type=comma_separated(int), default=[0, SCOPE_EXTRA],
                        help="passages about the question's places re-scored beyond the depth "
                             f"(default 0,{SCOPE_EXTRA})")  # fmt: skip
    parser.add_argument("--json", type=Path, metavar="OUT.json")
    args = parser.parse_args(argv)

    settings = load_settings()
    assistant = open_services(settings, build_index=False)
    shipped = assistant.reranker or Reranker.load()
    configs: list[tuple[str, Reranker | None]] = [("hybrid search alone", None)]
    # The second stage re-scores the first max(top_k, depth) passages.
    depths = sorted({max(settings.top_k, d) for d in args.depths})
    extras = sorted(set(args.scope_extra))
    configs += [(f"+ second stage, depth {d}" + (f", {x} more in scope" if x else ""),
                 replace(shipped, depth=d, scope_extra=x)) for d in depths for x in extras]  # fmt: skip
    rows, results = [], []
    for split in ("train", "test"):
        questions = [q for q in load_questions(args.questions, split)
                     if q.answerable and q.gold_quotes]  # fmt: skip
        for name, reranker in configs:
            assistant.reranker = reranker
            result = {"split": split, "config": name, **score(assistant, questions)}
            results.append(result)
            rows.append([name, split, result["questions"], result["hit_at_1"],
                         result["hit_at_5"], result["mrr_at_10"],
                         fmt(result["ms_per_question"], 1)])  # fmt: skip
    print(markdown_table(["configuration", "split", "questions", "hit@1", "hit@5", "MRR@10",
                          "ms/question"], rows))  # fmt: skip
    index = assistant.indexes.current()
    write_json(args.json, {
        "index": {"version": index.manifest.version, "documents": index.manifest.documents,
                  "chunks": index.manifest.chunks},
        "rerank_model": shipped.meta, "load_average_end": load_average(), "results": results,
    })  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
