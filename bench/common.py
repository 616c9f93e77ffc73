"""Helpers shared by the benchmark scripts: timing, index building, evaluation rows, output.

The scripts measure the product's own code paths (`index.build.ingest`, `index.search.hybrid_search`,
`evals.retrieval.evaluate_retrieval`); nothing here re-implements search or scoring.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any, TypeVar

import numpy as np

from assistant.settings import Settings
from evals.gold import GoldQuestion
from evals.retrieval import evaluate_retrieval
from index.build import IngestReport, ingest
from index.embed import Embedder, load_embedder
from index.search import SearchParams
from index.store import Index

T = TypeVar("T")

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEV_QUESTIONS = PROJECT_ROOT / "evals" / "questions.dev.jsonl"


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (cumulative maximum, never drops)."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def load_average() -> list[float]:
    """1, 5 and 15-minute load averages: other work on the machine skews every timing."""
    return [round(x, 2) for x in os.getloadavg()]


def machine_info(settings: Settings) -> dict[str, Any]:
    """What a reader needs to compare two runs: Python, CPU count, threads, load at the start."""
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "threads": settings.threads,
        "load_average_start": load_average(),
    }


def latency_summary(seconds: Sequence[float]) -> dict[str, float]:
    """p50, p95 and mean of per-call durations, in milliseconds."""
    ms = np.asarray(seconds, dtype=np.float64) * 1000.0
    return {
        "p50_ms": float(np.percentile(ms, 50)),
        "p95_ms": float(np.percentile(ms, 95)),
        "mean_ms": float(ms.mean()),
    }


class TimedEmbedder:
    """Wraps an embedder and accounts the time spent encoding passages, so that an ingest's
    encode time can be told apart from the rest of the pipeline. An ingest runs several calls at
    once (`RENEWAL_ENCODERS`): the time counted is while at least one is under way, not their
    sum."""

    def __init__(self, inner: Embedder):
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.passages = 0
        self.seconds = 0.0
        self.cpu_seconds = 0.0  # process CPU time, all threads
        self._lock = threading.Lock()
        self._active = 0
        self._since = (0.0, 0.0)  # (wall, CPU) when the first of the calls under way began

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            if not self._active:
                self._since = (time.perf_counter(), time.process_time())
            self._active += 1
        try:
            return self.inner.embed_passages(texts)
        finally:
            with self._lock:
                self._active -= 1
                self.passages += len(texts)
                if not self._active:
                    self.seconds += time.perf_counter() - self._since[0]
                    self.cpu_seconds += time.process_time() - self._since[1]

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


class QueryMemoEmbedder:
    """Wraps an embedder and remembers query vectors: quality sweeps ask the same questions under
    many configurations, and a query's vector depends on the embedder only, not on the index."""

    def __init__(self, inner: Embedder):
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self._queries: dict[str, np.ndarray] = {}

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self.inner.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        if text not in self._queries:
            self._queries[text] = self.inner.embed_query(text)
        return self._queries[text]


def load_warm_embedder(spec: str, settings: Settings) -> tuple[Embedder, float]:
    """Load an embedder and make its first calls (which load weights and allocate buffers), so
    that this one-off cost stays out of the measured phases; returns it and the seconds taken."""
    start = time.perf_counter()
    embedder = load_embedder(spec, threads=settings.threads)
    embedder.embed_passages(["Programme de renouvellement urbain."])
    embedder.embed_query("renouvellement urbain")
    return embedder, time.perf_counter() - start


@dataclass
class IngestRun:
    """One timed `index.build.ingest` call."""

    report: IngestReport
    seconds: float
    encode_seconds: float  # inside embed_passages
    encode_cpu_seconds: float
    encode_passages: int

    @property
    def encode_passages_per_s(self) -> float | None:
        return self.encode_passages / self.encode_seconds if self.encode_passages else None

    @property
    def encode_passages_per_cpu_s(self) -> float | None:
        return self.encode_passages / self.encode_cpu_seconds if self.encode_passages else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "seconds": self.seconds,
            "encode_seconds": self.encode_seconds,
            "encode_cpu_seconds": self.encode_cpu_seconds,
            "encode_passages_per_s": self.encode_passages_per_s,
            "encode_passages_per_cpu_s": self.encode_passages_per_cpu_s,
            "chunks_total": self.report.chunks_total,
            "chunks_embedded": self.report.chunks_embedded,
            "documents_total": self.report.documents_total,
            "version": self.report.version,
        }


def timed_ingest(
    settings: Settings,
    data_dir: Path,
    embedder: Embedder,
    chunk_size: int | None = None,
    chunk_overlap: int | None = None,
) -> IngestRun:
    """Ingest the configured corpus folder into data_dir, timing the whole and the encoding."""
    timed = TimedEmbedder(embedder)
    start = time.perf_counter()
    report = ingest(
        None,
        corpus_dir=settings.corpus_dir,
        data_dir=data_dir,
        embedder=timed,
        chunk_size=chunk_size or settings.chunk_size,
        chunk_overlap=settings.chunk_overlap if chunk_overlap is None else chunk_overlap,
        show_progress=False,
    )
    seconds = time.perf_counter() - start
    if report.errors:
        raise RuntimeError(f"ingest of {settings.corpus_dir} reported errors: {report.errors}")
    return IngestRun(report, seconds, timed.seconds, timed.cpu_seconds, timed.passages)


@contextmanager
def bench_data_dir(keep: Path | None, name: str) -> Iterator[Path]:
    """A data directory for one run: `keep/name` when given (kept, so its cache is reused),
    else a temporary directory deleted afterwards."""
    if keep is not None:
        path = keep / name
        path.mkdir(parents=True, exist_ok=True)
        yield path
        return
    with TemporaryDirectory(prefix=f"renewal-bench-{name}-") as tmp:
        yield Path(tmp)


def search_params(
    settings: Settings,
    mode: str = "hybrid",
    k: int = 5,
    lexical_weight: float | None = None,
    dense_weight: float | None = None,
) -> SearchParams:
    """SearchParams as the product builds them from Settings, optionally with other weights."""
    return SearchParams(
        k=k,
        mode=mode,
        lexical_weight=settings.fusion_lexical_weight if lexical_weight is None else lexical_weight,
        dense_weight=settings.fusion_dense_weight if dense_weight is None else dense_weight,
        rrf_k=settings.rrf_k,
    )


def settings_summary(settings: Settings) -> dict[str, Any]:
    """The settings a retrieval benchmark depends on, for its JSON output."""
    return {
        "embedder": settings.embedder,
        "chunk_size": settings.chunk_size,
        "chunk_overlap": settings.chunk_overlap,
        "fusion_lexical_weight": settings.fusion_lexical_weight,
        "fusion_dense_weight": settings.fusion_dense_weight,
        "rrf_k": settings.rrf_k,
        "corpus_dir": str(settings.corpus_dir),
    }


def english_hit_at_5(details: Sequence[dict[str, Any]]) -> float | None:
    """hit@5 over the scored English questions (the weak spot of every retriever here)."""
    hits = [d["hit_at_5"] for d in details if d["language"] == "en" and d["hit_at_5"] is not None]
    return sum(hits) / len(hits) if hits else None


def evaluate(
    index: Index,
    embedder: Embedder | None,
    questions: Sequence[GoldQuestion],
    params: SearchParams,
) -> dict[str, Any]:
    """`evaluate_retrieval` scores plus English hit@5, and the per-question rows."""
    scores, details = evaluate_retrieval(index, embedder, questions, params)
    return {**scores, "english_hit_at_5": english_hit_at_5(details), "questions": details}


def fmt(value: float | int | str | None, digits: int = 3) -> str:
    """A table cell: floats rounded, None as a dash."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A GitHub-flavoured Markdown table; numbers right-aligned."""
    cells = [[fmt(v) if not isinstance(v, str) else v for v in row] for row in rows]
    numeric = [
        all(isinstance(row[i], int | float) or row[i] is None for row in rows) and bool(rows)
        for i in range(len(headers))
    ]
    lines = [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---:" if num else "---" for num in numeric) + "|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(lines)


def write_json(path: Path | None, payload: dict[str, Any]) -> None:
    """Write the run's results as indented UTF-8 JSON, creating the folder if needed."""
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nwrote {path}")


def base_parser(description: str) -> argparse.ArgumentParser:
    """The options every benchmark takes: --json OUT.json and --questions FILE.jsonl."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="also write results as JSON")
    parser.add_argument(
        "--questions",
        type=Path,
        default=DEV_QUESTIONS,
        metavar="FILE.jsonl",
        help=f"gold questions (default: {DEV_QUESTIONS.relative_to(PROJECT_ROOT)})",
    )
    return parser


def comma_separated(kind: Callable[[str], T]) -> Callable[[str], list[T]]:
    """An argparse type for "a,b,c" lists: `comma_separated(int)("900,1200") == [900, 1200]`."""

    def parse(value: str) -> list[T]:
        return [kind(item.strip()) for item in value.split(",") if item.strip()]

    return parse
