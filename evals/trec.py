"""Standard exports of an evaluation run: TREC run and qrels files, and per-question JSONL.

The run lists, per question, the 10-passage hybrid search the ranked metrics are computed on;
the qrels hold every indexed passage holding a gold quote, graded by the number of distinct gold
quotes it holds (`evals.metrics.quote_grades`). Both use trec_eval's whitespace formats, so
ranx (`Qrels.from_file(path, kind="trec")`) and trec_eval read them and find the report's
nDCG@10, MAP@10, recall@k and precision@k (tests/evals/test_trec_export.py). The same pair is
written at document level from `gold_docs`.

  run:   <qid> Q0 <docno> <rank> <score> <run name>   (score = 11 - rank: strictly decreasing)
  qrels: <qid> 0 <docno> <grade>

Pure formatting apart from `write_exports`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from evals.metrics import distinct_in_order

RUN_NAME = "renewal"
_UNSAFE = re.compile(r"[\s%]")


def docno(identifier: str) -> str:
    """An id safe in a whitespace-separated file: whitespace and "%" percent-encoded."""
    return _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode()), identifier)


def _passage_rows(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The questions the passage metrics score that have judgements (a gold quote found in the
    index; validation makes that every scored question)."""
    return [r for r in rows if r["metrics"].get("ndcg_at_10") is not None and r.get("qrels")]


def _doc_rows(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [r for r in rows if r["metrics"].get("doc_hit_at_1") is not None and r.get("gold_docs")]


def _run(ranked: Mapping[str, Sequence[str]], name: str) -> str:
    lines = []
    for qid, ids in ranked.items():
        for rank, item in enumerate(ids, start=1):
            lines.append(f"{docno(qid)} Q0 {docno(item)} {rank} {len(ids) + 1 - rank} {name}")
    return "".join(line + "\n" for line in lines)


def _qrels(judged: Mapping[str, Mapping[str, int]]) -> str:
    lines = [
        f"{docno(qid)} 0 {docno(item)} {grade}"
        for qid, grades in judged.items()
        for item, grade in sorted(grades.items())
        if grade > 0
    ]
    return "".join(line + "\n" for line in lines)


def passage_run(rows: Sequence[Mapping[str, Any]], name: str = RUN_NAME) -> str:
    """The 10-passage search of each scored question, as a TREC run."""
    return _run({r["id"]: [p["chunk_id"] for p in r["search_top10"]] for r in _passage_rows(rows)},
                name)  # fmt: skip


def passage_qrels(rows: Sequence[Mapping[str, Any]]) -> str:
    """The graded passage judgements of each scored question, as TREC qrels."""
    return _qrels({r["id"]: r["qrels"] for r in _passage_rows(rows)})


def document_run(rows: Sequence[Mapping[str, Any]], name: str = RUN_NAME) -> str:
    """The distinct documents of each search, in order of first appearance, as a TREC run."""
    ranked = {r["id"]: distinct_in_order(p["doc_id"] for p in r["search_top10"])
              for r in _doc_rows(rows)}  # fmt: skip
    return _run(ranked, name)


def document_qrels(rows: Sequence[Mapping[str, Any]]) -> str:
    """Each question's gold_docs (grade 1), as TREC qrels."""
    return _qrels({r["id"]: dict.fromkeys(r["gold_docs"], 1) for r in _doc_rows(rows)})


def questions_jsonl(rows: Sequence[Mapping[str, Any]]) -> str:
    """One JSON object per question: the report's per-question row."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


EXPORTS = {
    "run.trec": passage_run,
    "qrels.trec": passage_qrels,
    "run.docs.trec": document_run,
    "qrels.docs.trec": document_qrels,
    "questions.jsonl": questions_jsonl,
}


def write_exports(rows: Sequence[Mapping[str, Any]], out_dir: Path, write: Any) -> dict[str, Path]:
    """Write every export into out_dir with ``write(path, text)``; {file name: path}."""
    paths = {}
    for name, render in EXPORTS.items():
        paths[name] = Path(out_dir) / name
        write(paths[name], render(rows))
    return paths
