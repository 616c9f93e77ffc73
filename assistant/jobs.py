"""Background ingest jobs: one at a time, each with a status a client can poll, kept in SQLite.

Queries keep being answered during a job: the index is swapped atomically when it publishes.
Jobs are recorded in `jobs.sqlite` in the data directory before they are queued, so an accepted
upload is never lost: after a crash (kill -9) the next server adopts the jobs its dead owner left
queued or running and runs them. A job that finds another process ingesting (a second server on
the same data directory) waits for it and retries, rather than failing.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.build import ingest
from index.embed import Embedder
from index.sqlite_wal import connect_wal
from ingest.errors import IngestCancelled, IngestLocked, RenewalError
from ingest.sandbox import ParseLimits

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, paths TEXT NOT NULL, state TEXT NOT NULL,
    created REAL NOT NULL, finished REAL, report TEXT, error TEXT, owner TEXT NOT NULL
);
"""
UNFINISHED = ("queued", "running")
LOCK_RETRY_S = 2.0  # how often a job waiting for another process's ingest tries again
LOCK_WAIT_S = 3600.0  # then it fails, saying so


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
    waiting: str | None = None  # why a queued job has not started (another process ingesting)
    stop: threading.Event = field(default_factory=threading.Event, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "stop"}


class IngestJobs:
    def __init__(self, corpus_dir: Path, data_dir: Path, embedder: Embedder, chunk_size: int,
                 chunk_overlap: int, keep: int = 200, parse_limits: ParseLimits | None = None,
                 lock_retry_s: float = LOCK_RETRY_S, lock_wait_s: float = LOCK_WAIT_S,
                 backend: Any = None, encoders: int = 0):  # fmt: skip
        self.corpus_dir = corpus_dir
        self.data_dir = data_dir
        self.embedder = embedder
        self.chunk_size = chunk_size
        self.chunk_overlap = chunk_overlap
        self.parse_limits = parse_limits
        self.backend = backend  # the search backend new versions are written to (None: embedded)
        self.encoders = encoders  # embedding calls at once (0: index.build.resolve_encoders)
        self.keep = keep
        self.lock_retry_s, self.lock_wait_s = lock_retry_s, lock_wait_s
        self._jobs: dict[str, Job] = {}  # this process's jobs
        self._owner = _identity(os.getpid())
        self._lock = threading.Lock()
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        self._db = connect_wal(Path(data_dir) / "jobs.sqlite")
        self._db.executescript(SCHEMA)
        self._db.commit()
        self._closed = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest")
        self.adopted = self._adopt_orphans()

    def submit(self, kind: str, paths: list[Path] | None = None) -> Job:
        job = Job(id=uuid.uuid4().hex[:16], kind=kind, paths=[str(p) for p in paths or []])
        with self._lock:
            self._jobs[job.id] = job
            self._save(job, insert=True)
            self._prune()
        self._pool.submit(self._run, job)
        return job

    def get(self, job_id: str) -> Job | None:
        """A job of this process, or one recorded by an earlier or another one."""
        with self._lock:
            if job_id in self._jobs:
                return self._jobs[job_id]
            row = self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return _from_row(row) if row else None

    def cancel(self, job_id: str) -> Job | None:
        """Stop a job: a queued one never runs; a running one stops at its next embedding
        batch, publishing nothing (the previous index keeps serving, computed vectors stay
        cached). Returns the job (None when unknown); a finished job is left as it is, and a job
        of another live process is only reported."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or job.state not in UNFINISHED:
                return job if job is not None else self._recorded(job_id)
            job.stop.set()
            if job.state == "queued":
                job.state, job.finished = "cancelled", time.time()
                job.error = "cancelled before it started"
                self._save(job)
        return job

    def _recorded(self, job_id: str) -> Job | None:
        row = self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return _from_row(row) if row else None

    def _adopt_orphans(self) -> list[str]:
        """Queue again the unfinished jobs of processes that no longer run (oldest first)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM jobs WHERE state IN (?, ?) ORDER BY created", UNFINISHED
            ).fetchall()
            orphans = [_from_row(row) for row in rows if not _running(row[-1])]
            for job in orphans:
                job.state, job.waiting = "queued", None
                self._jobs[job.id] = job
                self._save(job)
        for job in orphans:
            log.warning("resuming %s job %s left unfinished by a stopped server", job.kind, job.id)
            self._pool.submit(self._run, job)
        return [job.id for job in orphans]

    def _run(self, job: Job) -> None:
        started = time.monotonic()
        while True:
            with self._lock:
                if job.stop.is_set() or self._closed.is_set():
                    return  # cancelled while queued, or shutting down: stays queued on disk
                job.state = "running"
                self._save(job)
            try:
                self._ingest(job)
            except IngestLocked as exc:
                if time.monotonic() - started > self.lock_wait_s:
                    self._finish(job, "failed", f"{exc} (waited {self.lock_wait_s:.0f} s)")
                    return
                with self._lock:
                    job.state, job.waiting = "queued", f"waiting: {exc}"
                    self._save(job)
                job.stop.wait(self.lock_retry_s)
                continue
            except IngestCancelled as exc:
                self._finish(job, "cancelled", str(exc))
            except RenewalError as exc:
                self._finish(job, "failed", str(exc))
            except Exception as exc:  # a job must always end with a state the client can read
                log.exception("ingest job %s failed", job.id)
                self._finish(job, "failed", f"{type(exc).__name__}: {exc}")
            return

    def _ingest(self, job: Job) -> None:
        paths = [Path(p) for p in job.paths] or None
        report = ingest(paths, corpus_dir=self.corpus_dir, data_dir=self.data_dir,
                        embedder=self.embedder, chunk_size=self.chunk_size,
                        chunk_overlap=self.chunk_overlap, show_progress=False,
                        cancel=job.stop, parse_limits=self.parse_limits,
                        backend=self.backend, encoders=self.encoders)  # fmt: skip
        job.report = report.to_dict()
        self._finish(job, "done")

    def _finish(self, job: Job, state: str, error: str | None = None) -> None:
        with self._lock:
            job.state, job.error, job.waiting, job.finished = state, error, None, time.time()
            self._save(job)

    def _save(self, job: Job, insert: bool = False) -> None:
        """Write the job's row (the caller holds the lock)."""
        values = (job.kind, json.dumps(job.paths), job.state, job.created, job.finished,
                  json.dumps(job.report) if job.report is not None else None,
                  job.error or job.waiting, self._owner, job.id)  # fmt: skip
        if insert:
            self._db.execute("INSERT INTO jobs (kind, paths, state, created, finished, report, "
                             "error, owner, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values)  # fmt: skip
        else:
            self._db.execute("UPDATE jobs SET kind = ?, paths = ?, state = ?, created = ?, "
                             "finished = ?, report = ?, error = ?, owner = ? WHERE id = ?", values)  # fmt: skip
        self._db.commit()

    def _prune(self) -> None:
        """Forget finished jobs beyond the newest `keep` (the caller holds the lock)."""
        self._db.execute(
            "DELETE FROM jobs WHERE state NOT IN (?, ?) AND id NOT IN "
            "(SELECT id FROM jobs ORDER BY created DESC LIMIT ?)", (*UNFINISHED, self.keep)
        )  # fmt: skip
        self._db.commit()
        for job_id in [i for i, j in self._jobs.items() if j.state not in UNFINISHED]:
            if len(self._jobs) <= self.keep:
                break
            del self._jobs[job_id]

    def shutdown(self) -> None:
        """Finish the running job; queued ones stay recorded for the next start."""
        self._closed.set()
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            self._db.close()


def _from_row(row: tuple[Any, ...]) -> Job:
    job_id, kind, paths, state, created, finished, report, error, _owner = row
    waiting = error if state in UNFINISHED else None
    return Job(id=job_id, kind=kind, paths=json.loads(paths), state=state, created=created,
               finished=finished, report=json.loads(report) if report else None,
               error=None if waiting else error, waiting=waiting)  # fmt: skip


def _identity(pid: int) -> str:
    """A process's pid and start time ("pid:ticks since boot"): a pid alone is reused (a server
    restarted in a container is pid 1 again)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f"{pid}:{f.read().rsplit(')', 1)[1].split()[19]}"
    except (OSError, IndexError):
        return f"{pid}:?"


def _running(owner: str) -> bool:
    """Whether the process that recorded a job still runs."""
    pid = int(owner.split(":", 1)[0])
    if owner.endswith(":?"):  # no /proc: the pid alone
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return _identity(pid) == owner
