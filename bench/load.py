"""Load benchmark of the HTTP server: the real uvicorn process, concurrent clients, bounded runs.

For each --workers count, against `uvicorn assistant.app:create_app --factory --workers N` on
127.0.0.1 and a free port (RENEWAL_THREADS=1, extractive answers, no API key):

1. cold start: the server on an empty data dir, so that its lifespan builds the index from the
   corpus; seconds from process start to the first 200 from /healthz, and to every worker's
   "Application startup complete"; then it is stopped;
2. warm start: the same on an index prepared once beforehand with `renewal ingest`;
3. POST /api/chat (extractive, JSON) with the gold questions, --requests requests from
   --concurrency client threads, then POST /api/search the same way: throughput, p50/p95/p99
   latency, errors (non-2xx answers and exceptions);
4. POST /api/chat with `stream: true`, --stream-requests requests: time to the first
   `event: delta` (first streamed token) and to the end of the stream;

and, during each phase, the peak RSS summed over the server's process tree (master and workers),
sampled every 100 ms from /proc. Servers are stopped with SIGTERM, then SIGKILL after a timeout.

Usage: python bench/load.py [--json OUT.json] [--requests 200] [--concurrency 8] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    DEV_QUESTIONS,
    PROJECT_ROOT,
    base_parser,
    fmt,
    load_average,
    machine_info,
    markdown_table,
    write_json,
)

from assistant.settings import Settings  # noqa: E402
from evals.gold import load_gold  # noqa: E402

HOST = "127.0.0.1"
TARGET_P95_MS = 300.0  # /api/chat extractive p95, and first streamed token p95
SAMPLE_EVERY_S = 0.1
READY_TIMEOUT_S = 300.0
STOP_TIMEOUT_S = 20.0
START_ATTEMPTS = 3


# -- the server process ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def server_env(data_dir: Path) -> dict[str, str]:
    """The environment of a benchmarked server: this data dir, one encode thread, extractive
    answers, no API key, nothing fetched from the network."""
    env = {k: v for k, v in os.environ.items() if k not in ("RENEWAL_API_KEY", "RENEWAL_LLM_MODEL")}
    env.update(
        RENEWAL_DATA_DIR=str(data_dir),
        RENEWAL_THREADS="1",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        LITELLM_LOCAL_MODEL_COST_MAP="True",
    )
    return env


def process_tree(root: int) -> list[int]:
    """The pid and every descendant's, from /proc (uvicorn's workers are its children)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])  # the name may hold spaces and ')'
        children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def session_id(pid: int) -> int | None:
    """The session a process belongs to (None once it has exited)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return int(f.read().rsplit(")", 1)[1].split()[3])
    except (OSError, ValueError, IndexError):
        return None


def rss_mb(pids: list[int]) -> float:
    """Summed VmRSS of these processes, in MB (a process that has exited counts 0)."""
    total_kb = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total_kb += int(line.split()[1])
                        break
        except OSError:
            continue
    return total_kb / 1024


class MemorySampler:
    """Samples the RSS of a process tree every 100 ms in a thread; `take_peak()` returns the peak
    since the previous call, so that each phase gets its own."""

    def __init__(self, pid: int):
        self.pid = pid
        self._peak = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            value = rss_mb(process_tree(self.pid))
            with self._lock:
                self._peak = max(self._peak, value)
            self._stop.wait(SAMPLE_EVERY_S)

    def start(self) -> MemorySampler:
        self._thread.start()
        return self

    def take_peak(self) -> float:
        value = rss_mb(process_tree(self.pid))
        with self._lock:
            peak, self._peak = max(self._peak, value), 0.0
        return peak

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Server:
    proc: subprocess.Popen
    port: int
    workers: int
    log_path: Path
    started: float  # perf_counter at Popen
    pids: list[int] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def workers_started(self) -> int:
        return self.log().count("Application startup complete")


def start_server(workers: int, data_dir: Path, log_path: Path) -> Server:
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "assistant.app:create_app",
        "--factory",
        "--workers",
        str(workers),
        "--host",
        HOST,
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "info",
    ]
    with open(log_path, "wb") as log:  # the child keeps its own copy of the descriptor
        started = time.perf_counter()
        # A session of its own: the benchmark's Ctrl-C does not reach it; `stop_server` does.
        proc = subprocess.Popen(
            cmd,
            cwd=PROJECT_ROOT,
            env=server_env(data_dir),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(proc, port, workers, log_path, started)


class ServerExited(RuntimeError):
    """The server process ended before it was ready."""


def wait_ready(server: Server) -> dict[str, Any]:
    """Seconds from process start to the first /healthz 200 and to every worker's startup."""
    first_ok: float | None = None
    deadline = time.perf_counter() + READY_TIMEOUT_S
    with httpx.Client(base_url=server.base_url, timeout=2.0) as client:
        while time.perf_counter() < deadline:
            if server.proc.poll() is not None:
                raise ServerExited(
                    f"the server exited with {server.proc.returncode}:\n{server.log()[-3000:]}"
                )
            if first_ok is None:
                try:
                    if client.get("/healthz").status_code == 200:
                        first_ok = time.perf_counter() - server.started
                except httpx.TransportError:
                    pass
            if first_ok is not None and server.workers_started() >= server.workers:
                all_ready = time.perf_counter() - server.started
                server.pids = process_tree(server.proc.pid)
                return {"first_healthz_s": first_ok, "all_workers_ready_s": all_ready}
            time.sleep(0.05)
    raise RuntimeError(
        f"the server was not ready after {READY_TIMEOUT_S:.0f} s:\n{server.log()[-3000:]}"
    )


def stop_server(server: Server) -> float:
    """SIGTERM to uvicorn's master (it stops its workers), SIGKILL to whatever is left after the
    timeout; returns the seconds the shutdown took."""
    started = time.perf_counter()
    pids = process_tree(server.proc.pid) if server.proc.poll() is None else []
    server.proc.terminate()
    try:
        server.proc.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait(timeout=STOP_TIMEOUT_S)
    for pid in set(pids + server.pids) - {server.proc.pid}:
        # A worker outliving its master: ours if it is still in the session the server started.
        if session_id(pid) == server.proc.pid:
            os.kill(pid, signal.SIGKILL)
    return time.perf_counter() - started


def startup_error(log: str) -> str:
    """The last exception line of a failed start-up's log."""
    lines = [line.strip() for line in log.splitlines()
             if ("Error: " in line or "Exception: " in line or "Locked: " in line)
             and not line.startswith(("ERROR:", "INFO:", "WARNING:"))]  # fmt: skip
    return lines[-1] if lines else "(no error in the log)"


@contextmanager
def running_server(workers: int, data_dir: Path, log_path: Path) -> Iterator[tuple[Server, dict]]:
    """A ready server; a start-up that kills the server is recorded and retried (uvicorn stops
    every worker when one fails to start), up to START_ATTEMPTS times."""
    failed: list[str] = []
    for attempt in range(START_ATTEMPTS):
        server = start_server(workers, data_dir, log_path.with_suffix(f".{attempt}.log"))
        try:
            ready = wait_ready(server)
            break
        except ServerExited:
            stop_server(server)
            failed.append(startup_error(server.log()))
            print(f"  the server failed to start: {failed[-1]}", flush=True)
        except BaseException:
            stop_server(server)
            raise
    else:
        raise RuntimeError(
            f"the {workers}-worker server failed to start {START_ATTEMPTS} times: {failed}"
        )
    ready["failed_starts"] = failed
    try:
        yield server, ready
    finally:
        seconds = stop_server(server)
        print(f"  stopped the {workers}-worker server in {seconds:.1f} s", flush=True)


# -- the clients ----------------------------------------------------------------------------------


@dataclass
class Outcome:
    seconds: float
    ok: bool
    first_token_s: float | None = None
    error: str | None = None


def percentiles_ms(seconds: list[float]) -> dict[str, float | None]:
    if not seconds:
        return {"p50_ms": None, "p95_ms": None, "p99_ms": None, "mean_ms": None}
    ms = np.asarray(seconds, dtype=np.float64) * 1000.0
    return {
        "p50_ms": float(np.percentile(ms, 50)),
        "p95_ms": float(np.percentile(ms, 95)),
        "p99_ms": float(np.percentile(ms, 99)),
        "mean_ms": float(ms.mean()),
    }


def post_json(
    path: str, body: Callable[[int], dict[str, Any]]
) -> Callable[[httpx.Client, int], Outcome]:
    def call(client: httpx.Client, i: int) -> Outcome:
        start = time.perf_counter()
        try:
            response = client.post(path, json=body(i))
            response.read()
        except httpx.HTTPError as exc:
            return Outcome(time.perf_counter() - start, False, error=f"{type(exc).__name__}: {exc}")
        elapsed = time.perf_counter() - start
        if not response.is_success:
            return Outcome(elapsed, False, error=f"{response.status_code}: {response.text[:200]}")
        return Outcome(elapsed, True)

    return call


def streamed_chat(questions: list[str]) -> Callable[[httpx.Client, int], Outcome]:
    """POST /api/chat with stream: true; the first token is the first `event: delta` line."""

    def call(client: httpx.Client, i: int) -> Outcome:
        start = time.perf_counter()
        first: float | None = None
        done = False
        try:
            with client.stream(
                "POST",
                "/api/chat",
                json={"question": questions[i % len(questions)], "stream": True},
            ) as response:
                if not response.is_success:
                    response.read()
                    return Outcome(
                        time.perf_counter() - start,
                        False,
                        error=f"{response.status_code}: {response.text[:200]}",
                    )
                for line in response.iter_lines():
                    if first is None and line.startswith("event: delta"):
                        first = time.perf_counter() - start
                    elif line.startswith("event: done"):
                        done = True
        except httpx.HTTPError as exc:
            return Outcome(
                time.perf_counter() - start, False, first, f"{type(exc).__name__}: {exc}"
            )
        elapsed = time.perf_counter() - start
        if not done or first is None:
            return Outcome(
                elapsed, False, first, "the stream ended without a delta and a done event"
            )
        return Outcome(elapsed, True, first)

    return call


def run_phase(
    base_url: str,
    call: Callable[[httpx.Client, int], Outcome],
    n: int,
    concurrency: int,
    sampler: MemorySampler,
    warmup: int,
) -> dict[str, Any]:
    """`warmup` untimed calls, then `n` calls from `concurrency` threads sharing one pooled client."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    with httpx.Client(base_url=base_url, timeout=120.0, limits=limits) as client:
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="load") as pool:
            list(pool.map(lambda i: call(client, i), range(warmup)))
            sampler.take_peak()
            start = time.perf_counter()
            outcomes = list(pool.map(lambda i: call(client, i), range(n)))
            wall = time.perf_counter() - start
    errors = [o.error for o in outcomes if not o.ok]
    ok = [o for o in outcomes if o.ok]
    result: dict[str, Any] = {
        "requests": n,
        "concurrency": concurrency,
        "wall_s": wall,
        "throughput_rps": n / wall,
        "errors": len(errors),
        "error_examples": sorted(set(e or "" for e in errors))[:5],
        **percentiles_ms([o.seconds for o in ok]),
        "peak_rss_mb": sampler.take_peak(),
    }
    first_tokens = [o.first_token_s for o in ok if o.first_token_s is not None]
    if first_tokens:
        result["first_token"] = percentiles_ms(first_tokens)
    return result


# -- the benchmark --------------------------------------------------------------------------------


def prepare_index(data_dir: Path) -> float:
    """`renewal ingest` of the corpus into data_dir, once; returns its seconds."""
    renewal = Path(sys.executable).with_name("renewal")
    cmd = (
        [str(renewal)]
        if renewal.exists()
        else [sys.executable, "-c", "from assistant.cli import main; raise SystemExit(main())"]
    )
    start = time.perf_counter()
    done = subprocess.run(
        [*cmd, "ingest", "--json", "--quiet"],
        cwd=PROJECT_ROOT,
        env=server_env(data_dir),
        capture_output=True,
        text=True,
        timeout=900,
    )
    if done.returncode != 0:
        raise RuntimeError(f"renewal ingest failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return time.perf_counter() - start


def bench_workers(
    workers: int, warm_dir: Path, tmp: Path, questions: list[str], args: argparse.Namespace
) -> dict[str, Any]:
    result: dict[str, Any] = {"workers": workers}

    cold_dir = tmp / f"cold-{workers}"
    print(f"[{workers} worker(s)] cold start (the lifespan builds the index)...", flush=True)
    with running_server(workers, cold_dir, tmp / f"cold-{workers}.log") as (server, ready):
        result["cold_start"] = ready
        result["cold_start"]["rss_at_ready_mb"] = rss_mb(process_tree(server.proc.pid))
    shutil.rmtree(cold_dir, ignore_errors=True)

    print(f"[{workers} worker(s)] warm start and load...", flush=True)
    with running_server(workers, warm_dir, tmp / f"warm-{workers}.log") as (server, ready):
        result["warm_start"] = ready
        sampler = MemorySampler(server.proc.pid).start()
        try:
            result["idle_rss_mb"] = sampler.take_peak()
            warmup = 2 * workers
            pick = lambda i: questions[i % len(questions)]  # noqa: E731
            phases = {
                "POST /api/chat": post_json("/api/chat", lambda i: {"question": pick(i)}),
                "POST /api/search": post_json("/api/search", lambda i: {"query": pick(i), "k": 5}),
            }
            for name, call in phases.items():
                result[name] = run_phase(
                    server.base_url, call, args.requests, args.concurrency, sampler, warmup
                )
                print(f"  {name}: {summary_line(result[name])}", flush=True)
            name = "POST /api/chat stream"
            result[name] = run_phase(
                server.base_url,
                streamed_chat(questions),
                args.stream_requests,
                args.concurrency,
                sampler,
                warmup,
            )
            print(f"  {name}: {summary_line(result[name])}", flush=True)
        finally:
            sampler.stop()
        log = server.log()
        result["server_errors_logged"] = log.count("Traceback") + log.count(
            "Exception in ASGI application"
        )
    return result


def summary_line(phase: dict[str, Any]) -> str:
    line = (
        f"{phase['throughput_rps']:.1f} req/s, p50 {fmt(phase['p50_ms'], 1)} ms, "
        f"p95 {fmt(phase['p95_ms'], 1)} ms, errors {phase['errors']}"
    )
    if "first_token" in phase:
        line += f", first token p95 {fmt(phase['first_token']['p95_ms'], 1)} ms"
    return line


def report(results: list[dict[str, Any]]) -> str:
    load_rows = []
    for r in results:
        for name in ("POST /api/chat", "POST /api/search", "POST /api/chat stream"):
            p = r[name]
            load_rows.append(
                [
                    r["workers"],
                    name,
                    p["requests"],
                    p["concurrency"],
                    p["throughput_rps"],
                    p["p50_ms"],
                    p["p95_ms"],
                    p["p99_ms"],
                    p["errors"],
                    p["peak_rss_mb"],
                ]
            )
    stream_rows = [
        [
            r["workers"],
            r["POST /api/chat stream"]["first_token"]["p50_ms"],
            r["POST /api/chat stream"]["first_token"]["p95_ms"],
            r["POST /api/chat stream"]["first_token"]["p99_ms"],
        ]
        for r in results
        if "first_token" in r["POST /api/chat stream"]
    ]
    start_rows = [
        [
            r["workers"],
            r["cold_start"]["first_healthz_s"],
            r["cold_start"]["all_workers_ready_s"],
            r["warm_start"]["first_healthz_s"],
            r["warm_start"]["all_workers_ready_s"],
            len(r["cold_start"]["failed_starts"]) + len(r["warm_start"]["failed_starts"]),
            r["idle_rss_mb"],
        ]
        for r in results
    ]
    parts = [
        "## Load (latencies in ms over successful requests; peak RSS = server process tree, MB)\n",
        markdown_table(
            [
                "workers",
                "endpoint",
                "requests",
                "concurrency",
                "req/s",
                "p50",
                "p95",
                "p99",
                "errors",
                "peak RSS MB",
            ],
            load_rows,
        ),
        "\n## First streamed token (POST /api/chat, stream: true; time to the first `event: delta`, ms)\n",
        markdown_table(["workers", "p50", "p95", "p99"], stream_rows),
        "\n## Start-up (seconds from process start)\n",
        markdown_table(
            [
                "workers",
                "cold: /healthz 200",
                "cold: all workers up",
                "warm: /healthz 200",
                "warm: all workers up",
                "failed starts",
                "idle RSS MB",
            ],
            start_rows,
        ),
        "\n## Targets\n",
    ]
    for r in results:
        chat = r["POST /api/chat"]
        stream = r["POST /api/chat stream"].get("first_token", {})
        errors = sum(
            r[n]["errors"] for n in ("POST /api/chat", "POST /api/search", "POST /api/chat stream")
        )
        checks = [
            (
                f"/api/chat p95 {fmt(chat['p95_ms'], 1)} ms ≤ {TARGET_P95_MS:.0f}",
                (chat["p95_ms"] or 1e9) <= TARGET_P95_MS,
            ),
            (
                f"first token p95 {fmt(stream.get('p95_ms'), 1)} ms ≤ {TARGET_P95_MS:.0f}",
                (stream.get("p95_ms") or 1e9) <= TARGET_P95_MS,
            ),
            (f"errors {errors} = 0", errors == 0),
        ]
        parts.append(
            f"- {r['workers']} worker(s): "
            + "; ".join(f"{t} {'ok' if ok else 'MISSED'}" for t, ok in checks)
        )
    return "\n".join(parts)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--requests", type=int, default=200, help="requests per endpoint (default 200)"
    )
    parser.add_argument(
        "--stream-requests", type=int, default=100, help="streamed chat requests (default 100)"
    )
    parser.add_argument("--concurrency", type=int, default=8, help="client threads (default 8)")
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="uvicorn worker counts (default 1 2)"
    )
    args = parser.parse_args(argv)
    for name in ("requests", "stream_requests", "concurrency"):
        if not 1 <= getattr(args, name) <= 10_000:
            parser.error(f"--{name.replace('_', '-')} must be between 1 and 10000")
    if not all(1 <= w <= 16 for w in args.workers):
        parser.error("--workers must be between 1 and 16")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    questions = [q.question for q in load_gold(args.questions or DEV_QUESTIONS)]
    settings = Settings(threads=1)
    payload: dict[str, Any] = {
        "machine": machine_info(settings),
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "questions": len(questions),
    }
    with TemporaryDirectory(prefix="renewal-bench-load-") as tmp_name:
        tmp = Path(tmp_name)
        warm_dir = tmp / "warm"
        print(f"preparing the index with `renewal ingest` in {warm_dir}...", flush=True)
        payload["prepare_index_s"] = prepare_index(warm_dir)
        results = [bench_workers(w, warm_dir, tmp, questions, args) for w in args.workers]
    payload["results"] = results
    payload["wall_s"] = time.perf_counter() - started
    payload["load_average_end"] = load_average()
    print()
    print(report(results))
    print(
        f"\nwall time {payload['wall_s']:.0f} s; load average at start {payload['machine']['load_average_start']}, "
        f"at end {payload['load_average_end']}"
    )
    write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
