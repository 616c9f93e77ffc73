"""The evaluation harness: run gold questions through the product's own Assistant and score them.

The assistant is opened exactly as the API opens it (`assistant.services.open_services`) and
each question goes through `Assistant.answer`, so the figures measure the product. Retrieval is
scored twice: on the passages the answerer was given (hit@1, hit@5, quote recall@5) and on a
separate 10-passage hybrid search of the question through `Assistant.search` (MRR@10, nDCG@10,
hit@10), which the ranking metrics need because the answerer only gets `top_k` passages.

Calling the assistant and the judge happens here; the arithmetic lives in `evals.scoring`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import logging
import platform
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.answering import Assistant
from assistant.prompts import format_passages
from evals.gold import GoldFileError, GoldQuestion, load_gold, resolve_gold_docs
from evals.judge import Judge
from evals.metrics import quote_grades
from evals.scoring import (
    Entails,
    Passage,
    QuestionOutcome,
    aggregate,
    aggregate_health,
    aggregate_judge,
    citation_claims,
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


@dataclass
class CallLog:
    """What a model was asked and how it went (one entry per call, in order)."""

    calls: int = 0
    errors: list[str] = field(default_factory=list)
    empty: int = 0

    def snapshot(self) -> tuple[int, int, int]:
        return self.calls, len(self.errors), self.empty

    def since(self, snapshot: tuple[int, int, int]) -> dict[str, Any]:
        """The `QuestionOutcome` fields for the calls made after `snapshot`."""
        calls, errors, empty = snapshot
        return {
            "llm_calls": self.calls - calls,
            "llm_errors": list(self.errors[errors:]),
            "llm_empty": self.empty > empty,
        }


class CountingCompleter:
    """A `Completer` that passes every call to another and records its outcome, so the report
    can tell an answer the model gave from a fallback and count the calls that failed."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.model = inner.model
        self.log = CallLog()

    def complete(self, messages: list[dict[str, str]]) -> str:
        self.log.calls += 1
        try:
            text = self.inner.complete(messages)
        except Exception as exc:
            self.log.errors.append(str(exc))
            raise
        if not text.strip():
            self.log.empty += 1
        return text

    def stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        self.log.calls += 1
        received = False
        try:
            for piece in self.inner.stream(messages):
                received = received or bool(piece.strip())
                yield piece
        except GeneratorExit:
            raise
        except Exception as exc:
            self.log.errors.append(str(exc))
            raise
        if not received:
            self.log.empty += 1


# litellm's own loggers; they print a banner and a help text for every failed call.
LITELLM_LOGGERS = ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "litellm", "httpx")


@contextlib.contextmanager
def quiet_model_logs(models: bool = True) -> Iterator[None]:
    """Silence litellm's banners and per-call logs (and the assistant's one warning per
    fallback) while a run lasts: the report counts and lists each failure instead.
    `models` false: no model is used, litellm is not even imported (it takes seconds)."""
    # litellm's loggers say nothing the report does not; the assistant's keep their errors.
    quiet = {name: logging.CRITICAL for name in LITELLM_LOGGERS}
    quiet["assistant.answering"] = logging.ERROR
    loggers = {name: logging.getLogger(name) for name in quiet}
    levels = {name: lg.level for name, lg in loggers.items()}
    litellm = importlib.import_module("litellm") if models else None
    suppress = litellm.suppress_debug_info if litellm else None
    if litellm:
        litellm.suppress_debug_info = True
    for name, lg in loggers.items():
        lg.setLevel(quiet[name])
    try:
        yield
    finally:
        for name, lg in loggers.items():
            lg.setLevel(levels[name])
        if litellm:
            litellm.suppress_debug_info = suppress


def index_qrels(
    assistant: Assistant, questions: Sequence[GoldQuestion]
) -> dict[str, dict[str, int]]:
    """{question id: {chunk_id: grade}} over every passage of the current index (`quote_grades`):
    the judgements the ranked metrics and the TREC qrels export use."""
    index = assistant.indexes.current()
    passages = [(c.chunk_id, c.text) for d in index.doc_ids for c in index.document_chunks(d)]
    return {q.id: quote_grades(passages, q.gold_quotes) for q in questions if q.answerable}


def _passage(hit: Hit) -> Passage:
    return Passage(doc_id=hit.chunk.doc_id, chunk_id=hit.chunk.chunk_id, section=hit.chunk.section,
                   text=hit.chunk.text, header=hit.chunk.header, title=hit.title)  # fmt: skip


def run_question(assistant: Assistant, gold: GoldQuestion, judge: Judge | None = None,
                 search_k: int = SEARCH_K,
                 qrels: dict[str, int] | None = None) -> QuestionOutcome:  # fmt: skip
    """Answer one gold question the way the API does, search it at k=10, and judge the answer.

    When the assistant's completer is a `CountingCompleter`, the outcome records the model
    calls this question made and how they went."""
    counter = assistant.completer if isinstance(assistant.completer, CountingCompleter) else None
    before = counter.log.snapshot() if counter else None
    calls: dict[str, Any] = {"configured_mode": assistant.mode, "qrels": qrels}
    if gold.gold_docs:
        gold = replace(gold, gold_docs=resolve_gold_docs(assistant.indexes.current().doc_ids,
                                                         gold.gold_docs))  # fmt: skip
    try:
        answer = assistant.answer(gold.question)
        search = assistant.search(gold.question, k=search_k)
    except RenewalError as exc:  # e.g. a question over the length limit: a failed question
        calls.update(counter.log.since(before) if counter and before else {})
        return QuestionOutcome(gold=gold, answer="", refused=False, passages=[], search=[],
                               mode=assistant.mode, error=str(exc), **calls)  # fmt: skip
    calls.update(counter.log.since(before) if counter and before else {})
    index = assistant.indexes.current()
    places = {}
    for doc_id in {*gold.gold_docs, *(c.doc_id for c in answer.citations)}:
        doc = index.document(doc_id)
        if doc is not None and doc.metadata.get("town"):
            places[doc_id] = str(doc.metadata["town"])
    verdict = entailment = None
    if judge is not None and not answer.refused:
        verdict = judge.judge(gold, answer.text, format_passages(answer.passages)).to_dict()
        checked = judge.entailment(
            citation_claims(answer.text, [_passage(h) for h in answer.passages])
        )
        entailment = checked.to_dict() if checked is not None else None
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
        entailment=entailment,
        places=places,
        **calls,
    )


def run_questions(assistant: Assistant, questions: Sequence[GoldQuestion], judge: Judge | None = None,
                  search_k: int = SEARCH_K, on_progress: Progress | None = None,
                  qrels: dict[str, dict[str, int]] | None = None) -> list[QuestionOutcome]:  # fmt: skip
    """Every question in order; `on_progress(done, total, id)` after each. `qrels` (by question
    id, from `index_qrels`) are the judgements of the ranked metrics; without them, the passages
    seen are judged."""
    outcomes = []
    for i, gold in enumerate(questions, start=1):
        outcomes.append(run_question(assistant, gold, judge, search_k, (qrels or {}).get(gold.id)))
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
    configured = next((o.configured_mode for o in outcomes if o.configured_mode), None)
    health = aggregate_health(rows, configured or config.get("mode") or "", judge)
    return {
        "schema_version": REPORT_SCHEMA_VERSION,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        **summary,
        "judge": judge,
        "health": health,
        "config": config,
        "run": run or {},
        "retrieval_sources": {
            "given_passages": [
                "retrieval.hit_at_1",
                "retrieval.hit_at_5",
                "retrieval.quote_recall_at_5",
                "retrieval.context_precision",
            ],
            f"search_at_{SEARCH_K}": [
                "retrieval.mrr_at_10",
                "retrieval.ndcg_at_10",
                "retrieval.hit_at_10",
                "retrieval.map_at_10",
                "retrieval.recall_at_5",
                "retrieval.recall_at_10",
                "retrieval.precision_at_5",
                "retrieval.precision_at_10",
                "retrieval.doc_hit_at_1",
                "retrieval.doc_recall_at_5",
                "retrieval.doc_map_at_10",
                "retrieval.doc_ndcg_at_10",
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
        "rerank": {
            "depth": assistant.reranker.depth,
            "fitted_on": assistant.reranker.meta.get("fitted_on"),
        }
        if assistant.reranker
        else None,
        "mode": assistant.mode,
        "llm_model": settings.llm_model or None,
        "refusal_threshold": assistant.refusal_threshold,
        "answer_prompt_sha256": _sha256(answer_prompt)[:12] if answer_prompt.exists() else None,
        "judge_model": judge.model if judge else None,
        "judge_prompt_sha256": hashlib.sha256(judge.template.encode()).hexdigest()[:12]
        if judge
        else None,
        "citation_judge_prompt_sha256": hashlib.sha256(
            judge.entailment_template.encode()
        ).hexdigest()[:12]
        if judge and judge.entailment_template
        else None,
        "entailment_proxy": "assistant.citations.support_score >= SUPPORT_THRESHOLD",
        "git_commit": git_commit(PROJECT_ROOT),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "threads": settings.threads,
    }


def judge_requested(settings: Any, use_judge: bool | None, judge_citations: bool = False) -> bool:
    """Whether the run has a judge (asked for, or by default when a language model is
    configured); a judge asked for without a model is an error, raised before anything loads."""
    if judge_citations and use_judge is False:
        raise RenewalError("--judge-citations needs the judge: drop --no-judge")
    if use_judge is False or (use_judge is None and not settings.llm_enabled):
        if judge_citations:
            raise RenewalError(
                "--judge-citations needs a language model: set RENEWAL_LLM_MODEL "
                "(and RENEWAL_LLM_API_BASE)"
            )
        return False
    if not settings.llm_enabled:
        raise RenewalError(
            "--judge needs a language model: set RENEWAL_LLM_MODEL (and RENEWAL_LLM_API_BASE)"
        )
    return True


def make_judge(settings: Any, assistant: Assistant, use_judge: bool | None,
               judge_citations: bool = False) -> Judge | None:  # fmt: skip
    """The judge, when asked for (or by default when a language model is configured); with
    `judge_citations`, it also checks the entailment of every cited sentence."""
    if not judge_requested(settings, use_judge, judge_citations):
        return None
    from assistant.llm import LiteLLMCompleter

    answering = assistant.completer
    if isinstance(answering, CountingCompleter):  # the judge's calls are counted apart
        answering = answering.inner
    completer = answering or LiteLLMCompleter(
        settings.llm_model,
        settings.llm_api_base,
        timeout=settings.llm_timeout_s,
        retries=settings.llm_retries,
    )
    from evals.judge import ENTAILMENT_PROMPT

    entailment = ENTAILMENT_PROMPT.read_text(encoding="utf-8") if judge_citations else None
    return Judge(CountingCompleter(completer), assistant.prompts.template("judge"), entailment)


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
             on_progress: Progress | None = None, split: str = "all",
             judge_citations: bool = False) -> dict[str, Any]:  # fmt: skip
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
    judge_requested(settings, use_judge, judge_citations)  # so does a judge without a model
    started = time.perf_counter()
    assistant = open_services(settings)
    if assistant.completer is not None:
        assistant.completer = CountingCompleter(assistant.completer)
    judge = make_judge(settings, assistant, use_judge, judge_citations)
    qrels = index_qrels(assistant, questions)
    ready = time.perf_counter()
    with quiet_model_logs(models=assistant.completer is not None or judge is not None):
        outcomes = run_questions(assistant, questions, judge, on_progress=on_progress, qrels=qrels)
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
