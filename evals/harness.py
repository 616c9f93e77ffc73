"""The evaluation harness: run gold questions through the product's own Assistant and score them.

The assistant is opened exactly as the API opens it (`assistant.services.open_services`) and
each question goes through `Assistant.answer`, so the figures measure the product. Retrieval is
scored twice: on the passages the answerer was given (hit@1, hit@5, quote recall@5) and on a
separate 10-passage hybrid search of the question through `Assistant.search` (MRR@10, nDCG@10,
hit@10), which the ranking metrics need because the answerer only gets `top_k` passages.

Calling the assistant and the judge happens here; the arithmetic lives in `evals.scoring`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import platform
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from assistant.answering import Assistant
from assistant.prompts import format_passages
from evals.gold import GoldFileError, GoldQuestion, load_gold
from evals.judge import Judge
from evals.scoring import (
    Entails,
    Passage,
    QuestionOutcome,
    aggregate,
    aggregate_judge,
    definitions,
    group_scores,
    lexical_entails,
    score_question,
)
from evals.split import split_of
from ingest.errors import RenewalError
from ingest.records import Hit

log = logging.getLogger(__name__)

REPORT_SCHEMA_VERSION = 1
SEARCH_K = 10

Progress = Callable[[int, int, str], None]


class ReportError(RenewalError):
    """A baseline report cannot be read."""


def _passage(hit: Hit) -> Passage:
    return Passage(doc_id=hit.chunk.doc_id, chunk_id=hit.chunk.chunk_id, section=hit.chunk.section,
                   text=hit.chunk.text, header=hit.chunk.header, title=hit.title)  # fmt: skip


def run_question(assistant: Assistant, gold: GoldQuestion, judge: Judge | None = None,
                 search_k: int = SEARCH_K) -> QuestionOutcome:  # fmt: skip
    """Answer one gold question the way the API does, search it at k=10, and judge the answer."""
    try:
        answer = assistant.answer(gold.question)
        search = assistant.search(gold.question, k=search_k)
    except RenewalError as exc:  # e.g. a question over the length limit: a failed question
        return QuestionOutcome(gold=gold, answer="", refused=False, passages=[], search=[],
                               mode=assistant.mode, error=str(exc))  # fmt: skip
    verdict = None
    if judge is not None and not answer.refused:
        verdict = judge.judge(gold, answer.text, format_passages(answer.passages)).to_dict()
    return QuestionOutcome(
        gold=gold,
        answer=answer.text,
        refused=answer.refused,
        passages=[_passage(h) for h in answer.passages],
        search=[_passage(h) for h in search],
        timings_ms=dict(answer.timings_ms),
        mode=answer.mode,
        notice=answer.notice,
        citations=[asdict(c) for c in answer.citations],
        judge=verdict,
    )


def run_questions(assistant: Assistant, questions: Sequence[GoldQuestion], judge: Judge | None = None,
                  search_k: int = SEARCH_K, on_progress: Progress | None = None) -> list[QuestionOutcome]:  # fmt: skip
    """Every question in order; `on_progress(done, total, id)` after each."""
    outcomes = []
    for i, gold in enumerate(questions, start=1):
        outcomes.append(run_question(assistant, gold, judge, search_k))
        if on_progress is not None:
            on_progress(i, len(questions), gold.id)
    return outcomes


def build_report(outcomes: Sequence[QuestionOutcome], config: dict[str, Any], *,
                 judge_enabled: bool = False, entails: Entails = lexical_entails,
                 run: dict[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
    """The report.json content (without comparison and thresholds, added by the caller)."""
    rows = [score_question(o, entails) for o in outcomes]
    for row in rows:
        row["split"] = split_of(row["id"])
    summary = aggregate(rows)
    judge = {"enabled": judge_enabled, "model": config.get("judge_model"),
             **(aggregate_judge(rows) if judge_enabled else {})}  # fmt: skip
    if not judge_enabled:
        judge.update(faithfulness=None, correctness=None, n_judged=0, n_errors=0)
    return {
        "schema_version": REPORT_SCHEMA_VERSION,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        **summary,
        "judge": judge,
        "config": config,
        "run": run or {},
        "retrieval_sources": {
            "given_passages": [
                "retrieval.hit_at_1",
                "retrieval.hit_at_5",
                "retrieval.quote_recall_at_5",
            ],
            f"search_at_{SEARCH_K}": [
                "retrieval.mrr_at_10",
                "retrieval.ndcg_at_10",
                "retrieval.hit_at_10",
            ],
        },
        "by_tag": group_scores(rows, "tags"),
        "by_language": group_scores(rows, "language"),
        "by_split": group_scores(rows, "split"),
        "definitions": definitions(),
        "questions": rows,
    }


def git_commit(root: Path) -> str | None:
    """The checked-out commit (short), with "+dirty" when the work tree has changes; None without git."""
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=5, check=True).stdout.strip()  # fmt: skip
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=5, check=True).stdout.strip()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{head}+dirty" if dirty else head


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def collect_config(
    settings: Any, assistant: Assistant, judge: Judge | None, questions_path: Path
) -> dict[str, Any]:
    """What produced the figures: index, retrieval and answering settings, models, code version."""
    from assistant.settings import PROJECT_ROOT

    manifest = assistant.indexes.current().manifest
    params = assistant.search_params
    prompts_dir = Path(settings.prompts_dir)
    answer_prompt = prompts_dir / "answer.md"
    return {
        "questions_file": str(questions_path),
        "questions_sha256": _sha256(questions_path),
        "embedder": manifest.embedder,
        "index_version": manifest.version,
        "index_documents": manifest.documents,
        "index_chunks": manifest.chunks,
        "chunk_size": manifest.chunk_size,
        "chunk_overlap": manifest.chunk_overlap,
        "top_k": params.k,
        "search_mode": params.mode,
        "fusion": {
            "method": "weighted reciprocal rank fusion",
            "lexical_weight": params.lexical_weight,
            "dense_weight": params.dense_weight,
            "rrf_k": params.rrf_k,
            "candidates": params.candidates,
        },  # fmt: skip
        "rerank": {"depth": assistant.reranker.depth,
                   "fitted_on": assistant.reranker.meta.get("fitted_on")}
        if assistant.reranker else None,
        "mode": assistant.mode,
        "llm_model": settings.llm_model or None,
        "refusal_threshold": assistant.refusal_threshold,
        "answer_prompt_sha256": _sha256(answer_prompt)[:12] if answer_prompt.exists() else None,
        "judge_model": judge.model if judge else None,
        "judge_prompt_sha256": hashlib.sha256(judge.template.encode()).hexdigest()[:12]
        if judge
        else None,
        "entailment_proxy": "assistant.citations.support_score >= SUPPORT_THRESHOLD",
        "git_commit": git_commit(PROJECT_ROOT),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "threads": settings.threads,
    }


def make_judge(settings: Any, assistant: Assistant, use_judge: bool | None) -> Judge | None:
    """The judge, when asked for (or by default when a language model is configured)."""
    if use_judge is False or (use_judge is None and not settings.llm_enabled):
        return None
    if not settings.llm_enabled:
        raise RenewalError(
            "--judge needs a language model: set RENEWAL_LLM_MODEL (and RENEWAL_LLM_API_BASE)"
        )
    from assistant.llm import LiteLLMCompleter

    completer = assistant.completer or LiteLLMCompleter(
        settings.llm_model,
        settings.llm_api_base,
        timeout=settings.llm_timeout_s,
        retries=settings.llm_retries,
    )
    return Judge(completer, assistant.prompts.template("judge"))


def load_questions(paths: Sequence[Path], split: str = "all") -> list[GoldQuestion]:
    """The questions of several gold files (ids must be unique across them), in one split."""
    from evals.split import select

    questions: list[GoldQuestion] = []
    seen: dict[str, Path] = {}
    for path in paths:
        for question in load_gold(path):
            if question.id in seen:
                raise GoldFileError(
                    path, None, f'id "{question.id}" is also used in {seen[question.id]}'
                )
            seen[question.id] = path
            questions.append(question)
    chosen = select(questions, split)
    if not chosen:
        raise GoldFileError(paths[0], None, f"no question falls in the {split!r} split")
    return chosen


def evaluate(settings: Any, questions_path: Path | Sequence[Path], *, use_judge: bool | None = None,
             on_progress: Progress | None = None, split: str = "all") -> dict[str, Any]:  # fmt: skip
    """Load the gold files, build the assistant as the API does, run and score every question
    of the split ("train", "test" or "all")."""
    from assistant.services import open_services

    paths = (
        [Path(questions_path)]
        if isinstance(questions_path, str | Path)
        else [Path(p) for p in questions_path]
    )
    questions = load_questions(
        paths, split
    )  # fails fast, with the line number, before any model loads
    started = time.perf_counter()
    assistant = open_services(settings)
    judge = make_judge(settings, assistant, use_judge)
    ready = time.perf_counter()
    outcomes = run_questions(assistant, questions, judge, on_progress=on_progress)
    done = time.perf_counter()
    run = {
        "setup_s": round(ready - started, 2),
        "questions_s": round(done - ready, 2),
        "seconds_per_question": round((done - ready) / len(questions), 4),
    }
    config = collect_config(settings, assistant, judge, paths[0])
    config["questions_files"] = [str(p) for p in paths]
    config["split"] = split
    return build_report(outcomes, config, judge_enabled=judge is not None, run=run)


def load_report(folder: Path) -> dict[str, Any]:
    """A previous run's report.json, for --baseline."""
    path = Path(folder) / "report.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportError(
            f"no report.json in {folder}: give --baseline the --out folder of an earlier run"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict) or "questions" not in data:
        raise ReportError(f'{path} is not a renewal eval report (no "questions")')
    return data
