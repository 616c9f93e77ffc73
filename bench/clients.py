"""Many clients and a soak: the real server under 20 and 50 concurrent clients, then a steady load
for minutes with its memory and open files watched.

Against `uvicorn assistant.app:create_app --factory` (one worker, RENEWAL_THREADS=1, extractive
answers, no API key) on 127.0.0.1, over an index prepared once with `renewal ingest`:

1. for each --clients count: --requests POST /api/chat then --requests POST /api/search from that
   many client threads; p50/p95/p99 of the answered requests, 503s (the answering queue was full:
   RENEWAL_ANSWER_SLOTS, RENEWAL_ANSWER_QUEUE_TIMEOUT_S) apart from other errors, and /healthz
   probed every 200 ms meanwhile (its p95 and max: it must never wait behind answers);
2. a soak of --soak-seconds with --soak-clients threads asking questions without pause; the RSS
   and the open file descriptors of the server's process tree are sampled every 5 s. Memory is
   "flat" when the last third's median RSS is within 5 % of the middle third's, files when the
   count at the end is at most the count after warm-up plus 5.

Usage: python bench/clients.py [--json OUT.json] [--clients 20 50] [--requests 300]
                               [--soak-seconds 600] [--soak-clients 8]
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    DEV_QUESTIONS,
    base_parser,
    fmt,
    load_average,
    machine_info,
    markdown_table,
    write_json,
)
from load import (  # noqa: E402
    MemorySampler,
    Outcome,
    percentiles_ms,
    post_json,
    prepare_index,
    process_tree,
    rss_mb,
    run_phase,
    running_server,
)

from assistant.settings import Settings  # noqa: E402
from evals.gold import load_gold  # noqa: E402

PROBE_EVERY_S = 0.2
SOAK_SAMPLE_EVERY_S = 5.0
FLAT_RSS_RATIO = 1.05
FLAT_FILES_SLACK = 5


def open_files(pids: list[int]) -> int:
    """File descriptors open in these processes (sockets included)."""
    total = 0
    for pid in pids:
        try:
            total += len(os.listdir(f"/proc/{pid}/fd"))
        except OSError:
            continue
    return total


class HealthProbe:
    """GET /healthz every 200 ms in a thread while a phase runs: its latencies and failures."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.seconds: list[float] = []
        self.failures = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="healthz-probe", daemon=True)

    def _run(self) -> None:
        with httpx.Client(base_url=self.base_url, timeout=10.0) as client:
            while not self._stop.is_set():
                start = time.perf_counter()
                try:
                    ok = client.get("/healthz").status_code == 200
                except httpx.HTTPError:
                    ok = False
                self.seconds.append(time.perf_counter() - start)
                self.failures += not ok
                self._stop.wait(PROBE_EVERY_S)

    def __enter__(self) -> HealthProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> dict[str, Any]:
        ms = np.asarray(self.seconds or [0.0]) * 1000.0
        return {"probes": len(self.seconds), "failures": self.failures,
                "p95_ms": float(np.percentile(ms, 95)), "max_ms": float(ms.max())}  # fmt: skip


def split_errors(phase: dict[str, Any], outcomes_503: int) -> dict[str, Any]:
    phase["busy_503"] = outcomes_503
    phase["other_errors"] = phase["errors"] - outcomes_503
    return phase


def counted(call: Any, busy: list[int]) -> Any:
    """The call, counting its 503 answers in `busy[0]`."""

    def wrapper(client: httpx.Client, i: int) -> Outcome:
        outcome = call(client, i)
        if outcome.error and outcome.error.startswith("503"):
            busy[0] += 1
        return outcome

    return wrapper


def bench_clients(base_url: str, sampler: MemorySampler, questions: list[str],
                  clients: int, requests: int) -> list[dict[str, Any]]:  # fmt: skip
    pick = lambda i: questions[i % len(questions)]  # noqa: E731
    endpoints = {
        "POST /api/chat": post_json("/api/chat", lambda i: {"question": pick(i)}),
        "POST /api/search": post_json("/api/search", lambda i: {"query": pick(i), "k": 5}),
    }
    rows = []
    for name, call in endpoints.items():
        busy = [0]
        with HealthProbe(base_url) as probe:
            phase = run_phase(base_url, counted(call, busy), requests, clients, sampler, warmup=0)
        phase = split_errors(phase, busy[0])
        phase.update(endpoint=name, healthz=probe.summary())
        rows.append(phase)
        print(f"  {clients} clients, {name}: p95 {fmt(phase['p95_ms'], 0)} ms, "
              f"503 {phase['busy_503']}, other errors {phase['other_errors']}, "
              f"/healthz max {fmt(phase['healthz']['max_ms'], 0)} ms", flush=True)  # fmt: skip
    return rows


def soak(base_url: str, pid: int, questions: list[str], seconds: float,
         clients: int) -> dict[str, Any]:  # fmt: skip
    """Questions without pause from `clients` threads for `seconds`, sampling RSS and files."""
    stop = threading.Event()
    outcomes: list[Outcome] = []
    call = post_json("/api/chat", lambda i: {"question": questions[i % len(questions)]})

    def client_loop(offset: int) -> None:
        with httpx.Client(base_url=base_url, timeout=120.0) as client:
            i = offset
            while not stop.is_set():
                outcomes.append(call(client, i))
                i += clients

    threads = [threading.Thread(target=client_loop, args=(k,), daemon=True) for k in range(clients)]
    samples: list[dict[str, float]] = []
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    while (elapsed := time.perf_counter() - start) < seconds:
        pids = process_tree(pid)
        samples.append({"t_s": elapsed, "rss_mb": rss_mb(pids), "open_files": open_files(pids)})
        print(f"  soak {elapsed:4.0f} s: RSS {samples[-1]['rss_mb']:.0f} MB, "
              f"{samples[-1]['open_files']} open files, {len(outcomes)} answers", flush=True)  # fmt: skip
        time.sleep(SOAK_SAMPLE_EVERY_S)
    stop.set()
    for thread in threads:
        thread.join()
    third = max(1, len(samples) // 3)
    middle = float(np.median([s["rss_mb"] for s in samples[third : 2 * third]] or [0]))
    last = float(np.median([s["rss_mb"] for s in samples[-third:]]))
    files_after_warmup = samples[min(1, len(samples) - 1)]["open_files"]
    errors = [o.error for o in outcomes if not o.ok]
    return {
        "seconds": seconds, "clients": clients, "requests": len(outcomes), "errors": len(errors),
        "error_examples": sorted(set(e or "" for e in errors))[:5],
        **percentiles_ms([o.seconds for o in outcomes if o.ok]),
        "rss_mb_middle_third": middle, "rss_mb_last_third": last,
        "rss_mb_max": max(s["rss_mb"] for s in samples),
        "rss_flat": last <= middle * FLAT_RSS_RATIO,
        "open_files_after_warmup": files_after_warmup, "open_files_end": samples[-1]["open_files"],
        "open_files_max": max(s["open_files"] for s in samples),
        "files_flat": samples[-1]["open_files"] <= files_after_warmup + FLAT_FILES_SLACK,
        "samples": samples,
    }  # fmt: skip


def report(rows: list[dict[str, Any]], soaked: dict[str, Any] | None) -> str:
    table = [[r["concurrency"], r["endpoint"], r["requests"], r["throughput_rps"], r["p50_ms"],
              r["p95_ms"], r["p99_ms"], r["busy_503"], r["other_errors"], r["healthz"]["p95_ms"],
              r["healthz"]["max_ms"], r["peak_rss_mb"]] for r in rows]  # fmt: skip
    parts = [
        "## Clients (one worker; latencies in ms over answered requests)\n",
        markdown_table(["clients", "endpoint", "requests", "req/s", "p50", "p95", "p99", "503",
                        "other errors", "/healthz p95", "/healthz max", "peak RSS MB"], table),  # fmt: skip
    ]
    if soaked:
        parts += [
            f"\n## Soak ({soaked['seconds']:.0f} s, {soaked['clients']} clients, "
            f"{soaked['requests']} answers, {soaked['errors']} errors)\n",
            markdown_table(
                ["p50 ms", "p95 ms", "RSS MB middle third", "RSS MB last third", "RSS MB max",
                 "memory flat", "open files after warm-up", "at end", "max", "files flat"],
                [[soaked["p50_ms"], soaked["p95_ms"], soaked["rss_mb_middle_third"],
                  soaked["rss_mb_last_third"], soaked["rss_mb_max"], soaked["rss_flat"],
                  soaked["open_files_after_warmup"], soaked["open_files_end"],
                  soaked["open_files_max"], soaked["files_flat"]]],
            ),  # fmt: skip
        ]
    return "\n".join(parts)


def parse_args(argv: list[str] | None = None):
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[20, 50],
                        help="concurrent client counts (default 20 50)")  # fmt: skip
    parser.add_argument("--requests", type=int, default=300,
                        help="requests per endpoint and client count (default 300)")  # fmt: skip
    parser.add_argument("--soak-seconds", type=float, default=600.0,
                        help="length of the soak, 0 for none (default 600)")  # fmt: skip
    parser.add_argument("--soak-clients", type=int, default=8, help="soak clients (default 8)")
    args = parser.parse_args(argv)
    if not all(1 <= c <= 200 for c in args.clients + [args.soak_clients]):
        parser.error("client counts must be between 1 and 200")
    if not 1 <= args.requests <= 10_000:
        parser.error("--requests must be between 1 and 10000")
    if not 0 <= args.soak_seconds <= 3 * 3600:
        parser.error("--soak-seconds must be between 0 and 10800")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    questions = [q.question for q in load_gold(args.questions or DEV_QUESTIONS)]
    payload: dict[str, Any] = {
        "machine": machine_info(Settings(threads=1)),
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
    }
    with TemporaryDirectory(prefix="renewal-bench-clients-") as tmp_name:
        tmp = Path(tmp_name)
        print("preparing the index with `renewal ingest`...", flush=True)
        prepare_index(tmp / "data")
        with running_server(1, tmp / "data", tmp / "server.log") as (server, _):
            sampler = MemorySampler(server.proc.pid).start()
            try:
                rows = [row for c in args.clients
                        for row in bench_clients(server.base_url, sampler, questions, c, args.requests)]  # fmt: skip
            finally:
                sampler.stop()
            soaked = (soak(server.base_url, server.proc.pid, questions, args.soak_seconds,
                           args.soak_clients) if args.soak_seconds else None)  # fmt: skip
            log = server.log()
    payload.update(results=rows, soak=soaked, wall_s=time.perf_counter() - started,
                   load_average_end=load_average(),
                   server_errors_logged=log.count("Traceback"))  # fmt: skip
    print()
    print(report(rows, soaked))
    print(f"\nwall time {payload['wall_s']:.0f} s; server tracebacks {payload['server_errors_logged']}")
    write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
