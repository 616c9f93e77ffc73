"""Parse corpus files in a worker process, so that one hostile file fails alone.

`ParseSandbox.load` runs `ingest.load.load` in a child process with a memory limit (RLIMIT_AS)
and, per file, a wall-time limit. A file that passes a limit or crashes the parser becomes a
`LoadError` for that file only; the worker is replaced and the next file goes on. One worker
serves a whole ingest run, so a file costs one round trip through a pipe, not a process start.

The worker is a fresh interpreter, never a fork: the parent holds FAISS and torch threads, whose
locks a fork would copy in an unknown state. It is started with `subprocess` rather than
multiprocessing's "spawn" or "forkserver", which re-run the caller's main script in the worker:
a script without an ``if __name__ == "__main__"`` guard would fail, and a benchmark script would
load FAISS and torch into every worker, eating into its memory limit.
"""

from __future__ import annotations

import multiprocessing
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ingest.errors import LoadError
from ingest.load import load
from ingest.records import RawDocument

Loader = Callable[[Path, Path | None], RawDocument]


@dataclass(frozen=True)
class ParseLimits:
    """What parsing one file may take (RENEWAL_PARSE_TIMEOUT_S, RENEWAL_PARSE_MEMORY_MB)."""

    timeout_s: float = 60.0
    memory_mb: int = 2048


class ParseSandbox:
    """`load` in a worker process under `limits`; a context manager (the worker stops on exit).

    `loader` must be importable by the worker (a module-level function); tests pass their own.
    """

    def __init__(self, limits: ParseLimits = ParseLimits(), loader: Loader = load):
        self.limits = limits
        self.loader = loader
        self._worker: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None

    def __enter__(self) -> ParseSandbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def load(self, path: Path, corpus_root: Path | None = None) -> RawDocument:
        """The file's `RawDocument`; a `LoadError` naming the file when it is bad, passes a limit
        or crashes the parser."""
        conn = self._connection()
        try:
            conn.send((path, corpus_root))
            if not conn.poll(self.limits.timeout_s):
                self._stop()
                raise LoadError(
                    str(path),
                    f"parsing took longer than {self.limits.timeout_s:g} s "
                    "(RENEWAL_PARSE_TIMEOUT_S); the file was skipped: split it into smaller "
                    "files, or raise the limit",
                )
            outcome, *value = conn.recv()
        except (EOFError, OSError):  # the worker died: killed by the kernel, or a C parser crashed
            code = self._stop()
            how = f"killed by signal {-code}" if code and code < 0 else f"exit code {code}"
            raise LoadError(
                str(path),
                f"the parser crashed on it ({how}); the file was skipped: open it and save it "
                "again, or remove it from the corpus",
            ) from None
        if outcome == "ok":
            return value[0]
        if outcome == "load-error":
            error_type, error_path, reason = value
            raise error_type(error_path, reason)
        self._stop()  # after a MemoryError or a parser bug, start the next file afresh
        if outcome == "memory":
            raise LoadError(
                str(path),
                f"parsing needed more than {self.limits.memory_mb} MB of memory "
                "(RENEWAL_PARSE_MEMORY_MB); the file was skipped: split it into smaller files, "
                "or raise the limit",
            )
        raise LoadError(str(path), f"could not be parsed ({value[0]}); the file was skipped")

    def close(self) -> None:
        """Stop the worker. It is killed: it holds nothing that needs a clean exit."""
        self._stop()

    def _connection(self) -> Connection:
        if self._conn is None:
            self._conn, child_end = multiprocessing.Pipe()
            fd = child_end.fileno()
            # The worker sees the modules the parent sees (a test's loader, an editable checkout).
            command = (
                f"import sys; sys.path[:] = {sys.path!r}; "
                f"from ingest.sandbox import _serve; _serve({fd})"
            )
            self._worker = subprocess.Popen(
                [sys.executable, "-c", command],
                pass_fds=(fd,),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,  # a parser's prints must not reach `renewal ingest --json`
            )
            child_end.close()
            self._conn.send((self.loader, self.limits.memory_mb))
        return self._conn

    def _stop(self) -> int | None:
        """Kill the worker (the next file starts a new one); its exit code."""
        code = None
        if self._worker is not None:
            self._worker.kill()
            code = self._worker.wait()
        if self._conn is not None:
            self._conn.close()
        self._worker = self._conn = None
        return code


def _serve(fd: int) -> None:
    """The worker: its loader and memory limit, then one (path, corpus_root) in and one outcome
    out, until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops us
    conn = Connection(fd)
    loader, memory_mb = conn.recv()
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = memory_mb * 2**20 if hard == resource.RLIM_INFINITY else min(memory_mb * 2**20, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    while True:
        try:
            path, corpus_root = conn.recv()
        except EOFError:
            return
        outcome: tuple[Any, ...]
        try:
            outcome = ("ok", loader(path, corpus_root))
        except LoadError as exc:  # sent as its parts: an exception's pickle only keeps its args
            outcome = ("load-error", type(exc), exc.path, exc.reason)
        except MemoryError:
            outcome = ("memory",)
        except Exception as exc:  # a parser bug on odd input: that file fails, not the ingest
            outcome = ("failed", f"{type(exc).__name__}: {exc}")
        conn.send(outcome)
