"""Background ingest jobs: one at a time, each with a status a client can poll.

Queries keep being answered during a job: the index is swapped atomically when it publishes.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.build import ingest
from index.embed import Embedder
from ingest.errors import IngestCancelled, RenewalError

log = logging.getLogger(__name__)


@dataclass
class Job:
    id: str
    kind: str  # "upload", "reindex", "delete"
    paths: list[str]
    state: str = "queued"  # queued, running, done, failed, cancelled
    created: float = field(default_factory=time.time)
    finished: float | None = None
    report: dict[str, Any] | None = None
    error: str | None = None
    stop: threading.Event = field(default_factory=threading.Event, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "stop"}


class IngestJobs:
    def __init__(self, corpus_dir: Path, data_dir: Path, embedder: Embedder, chunk_size: int,
                 chunk_overlap: int, keep: int = 200):  # fmt: skip
        self.corpus_dir = corpus_dir
        self.data_dir = data_dir
        self.embedder = embedder
        self.chunk_size = chunk_size
        self.chunk_overlap = chunk_overlap
        self.keep = keep
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest")

    def submit(self, kind: str, paths: list[Path] | None = None) -> Job:
        job = Job(id=uuid.uuid4().hex[:16], kind=kind, paths=[str(p) for p in paths or []])
        with self._lock:
            self._jobs[job.id] = job
            for old in list(self._jobs)[: max(0, len(self._jobs) - self.keep)]:
                if self._jobs[old].state in ("done", "failed"):
                    del self._jobs[old]
        self._pool.submit(self._run, job, paths)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def cancel(self, job_id: str) -> Job | None:
        """Stop a job: a queued one never runs; a running one stops at its next embedding
        batch, publishing nothing (the previous index keeps serving, computed vectors stay
        cached). Returns the job (None when unknown); a finished job is left as it is."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or job.state not in ("queued", "running"):
                return job
            job.stop.set()
            if job.state == "queued":
                job.state, job.finished = "cancelled", time.time()
                job.error = "cancelled before it started"
        return job

    def _run(self, job: Job, paths: list[Path] | None) -> None:
        with self._lock:
            if job.stop.is_set():
                return  # cancelled while queued
            job.state = "running"
        try:
            report = ingest(paths or None, corpus_dir=self.corpus_dir, data_dir=self.data_dir,
                            embedder=self.embedder, chunk_size=self.chunk_size,
                            chunk_overlap=self.chunk_overlap, show_progress=False,
                            cancel=job.stop)  # fmt: skip
            job.report = report.to_dict()
            job.state = "done"
        except IngestCancelled as exc:
            job.error, job.state = str(exc), "cancelled"
        except RenewalError as exc:
            job.error, job.state = str(exc), "failed"
        except Exception as exc:  # a job must always end with a state the client can read
            log.exception("ingest job %s failed", job.id)
            job.error, job.state = f"{type(exc).__name__}: {exc}", "failed"
        finally:
            job.finished = time.time()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)
