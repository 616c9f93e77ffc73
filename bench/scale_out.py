"""Scale-out figures: `ingest --ray` against the plain ingest, and the Milvus backend against the
embedded one (search latency, what a chunk costs in memory).

    python bench/scale_out.py [--extended DIR] [--cpus 2] [--queries 100] [--json OUT.json]

1. *ingest*: a cold ingest (empty data dir, empty embedding cache) of the shipped corpus (plus
   the extended corpus' documents with `--extended`), in process and then on a local Ray
   instance with `--cpus` CPUs (one embedder actor per CPU, one thread each, as
   RENEWAL_THREADS=1); chunks/s over the whole call. Both must publish the same chunk ids.
2. *search*: `hybrid_search` per dev question (Settings' fusion weights, k=5), cycled to
   `--queries`, after one warm-up, on the embedded index and on Milvus Lite built from the same
   data (nothing re-embedded); p50/p95 ms and the queries per second one thread sustains.
3. *memory*: bytes per chunk of what each backend keeps for search (FAISS vectors, BM25 postings;
   Milvus' dense vector, analyzed lexical field, sparse vector, scalar fields), measured on this
   index and projected to a million chunks.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.settings import PROJECT_ROOT, load_settings  # noqa: E402
from bench.common import (  # noqa: E402
    DEV_QUESTIONS,
    latency_summary,
    load_average,
    machine_info,
    markdown_table,
    search_params,
    write_json,
)
from evals.gold import load_gold  # noqa: E402
from index.analyzer import analyze  # noqa: E402
from index.build import ingest  # noqa: E402
from index.embed import load_embedder  # noqa: E402
from index.milvus import TEXT_FIELDS, MilvusBackend  # noqa: E402
from index.search import hybrid_search  # noqa: E402
from index.store import Index  # noqa: E402

MILLION = 1_000_000


def corpus_paths(extended: Path | None) -> list[Path]:
    paths = [PROJECT_ROOT / "corpus"]
    if extended is not None:
        listed = subprocess.run([sys.executable, "-m", "evals.corpora", str(extended)],
                                check=True, capture_output=True, text=True, cwd=PROJECT_ROOT)  # fmt: skip
        paths += [Path(line) for line in listed.stdout.splitlines() if line.strip()]
    return paths


def chunk_ids(data_dir: Path) -> list[str]:
    index = Index.open(data_dir)
    try:
        rows = index.chunks_by_idx(list(range(index.n_chunks)))
        return [rows[i][0].chunk_id for i in sorted(rows)]
    finally:
        index.close()


def timed_ingest(paths: list[Path], data_dir: Path, settings: Any, embedder: Any,
                 workers: Any = None) -> dict[str, Any]:  # fmt: skip
    start = time.perf_counter()
    report = ingest(paths, corpus_dir=paths[0], data_dir=data_dir, embedder=embedder,
                    chunk_size=settings.chunk_size, chunk_overlap=settings.chunk_overlap,
                    show_progress=False, workers=workers)  # fmt: skip
    seconds = time.perf_counter() - start
    if report.errors:
        raise RuntimeError(f"ingest reported errors: {report.errors}")
    embedded = report.chunks_embedded + report.units_embedded + report.words_embedded
    return {"seconds": seconds, "chunks": report.chunks_total, "units": report.units_embedded,
            "documents": report.documents_total, "chunks_per_s": report.chunks_total / seconds,
            "texts_embedded_per_s": embedded / seconds}  # fmt: skip


def bench_ingest(paths: list[Path], root: Path, settings: Any, embedder: Any,
                 cpus: int) -> dict[str, Any]:  # fmt: skip
    import ray

    from ingest.distributed import RayWorkers, start_ray

    plain = timed_ingest(paths, root / "plain", settings, embedder)
    start = time.perf_counter()
    started = start_ray(num_cpus=cpus)
    ray_start_s = time.perf_counter() - start
    workers = RayWorkers(settings.embedder, embedder.name, threads=settings.threads)
    try:
        on_ray = timed_ingest(paths, root / "ray", settings, embedder, workers)
    finally:
        workers.close()
        if started:
            ray.shutdown()
    on_ray["ray_start_s"] = ray_start_s
    same = chunk_ids(root / "plain") == chunk_ids(root / "ray")
    return {"plain": plain, "ray": on_ray, "cpus": cpus, "same_chunk_ids": same,
            "speedup": plain["seconds"] / on_ray["seconds"]}  # fmt: skip


def bench_search(data_dir: Path, root: Path, settings: Any, embedder: Any,
                 queries: int) -> dict[str, Any]:  # fmt: skip
    questions = [q.question for q in load_gold(DEV_QUESTIONS)]
    asked = [questions[i % len(questions)] for i in range(queries)]
    vectors = {q: embedder.embed_query(q) for q in questions}  # the encoder is the same for both
    params = search_params(settings, "hybrid", k=5)
    milvus_data = root / "milvus-data"
    shutil.copytree(data_dir, milvus_data)
    backend = MilvusBackend.connect(str(root / "milvus.db"))
    start = time.perf_counter()
    ingest(None, corpus_dir=PROJECT_ROOT / "corpus", data_dir=milvus_data, embedder=embedder,
           show_progress=False, backend=backend)  # fmt: skip
    build_s = time.perf_counter() - start
    out: dict[str, Any] = {}
    for name, index in [("embedded", Index.open(data_dir, embedder.name)),
                        ("milvus-lite", Index.open(milvus_data, embedder.name, backend))]:  # fmt: skip
        hybrid_search(index, embedder, asked[0], params, query_vector=vectors[asked[0]])
        seconds = []
        for q in asked:
            start = time.perf_counter()
            hybrid_search(index, embedder, q, params, query_vector=vectors[q])
            seconds.append(time.perf_counter() - start)
        summary = latency_summary(seconds)
        summary["queries_per_s_one_thread"] = 1000.0 / summary["mean_ms"]
        out[name] = summary
        if name == "milvus-lite":
            out["memory"] = memory_per_chunk(data_dir, index)
            out["milvus_build_s"] = build_s
        index.close()
    backend.close()
    return out


def memory_per_chunk(embedded_dir: Path, index: Index) -> dict[str, Any]:
    """Search-side bytes per chunk, from this index's own data."""
    version = Index.open(embedded_dir)
    try:
        n = version.n_chunks
        rows = version.chunks_by_idx(list(range(n)))
        texts = [rows[i][0].indexed_text() for i in sorted(rows)]
        tokens = [analyze(t) for t in texts]
        dim = version.manifest.dim
        faiss_b = dim * 4
        bm25_b = sum(f.stat().st_size for f in (version.path / "lexical").iterdir()) / n
        # Milvus: float32 vector; analyzed text kept as the VARCHAR input; sparse vector of
        # (uint32 term, float32 weight) per distinct token, held once in the inverted index;
        # the scalar filter fields as inserted.
        lexical_field = float(np.mean([len(" ".join(t).encode()) for t in tokens]))
        sparse_b = float(np.mean([len(set(t)) for t in tokens])) * 8
        scalars = float(np.mean([
            len(version.doc_ids[d].encode()) + 16 + 8 * len(version.doc_metadata[d].get("years") or [])
            + sum(len(str(version.doc_metadata[d].get(f) or "").encode()) for f in TEXT_FIELDS)
            for d in version.chunk_doc
        ]))  # fmt: skip
        hnsw_links = 32 * 2 * 4  # M=32 neighbours on layer 0, int32 ids (index/milvus.py)
        # Kept by every API process whatever the backend (memory-mapped on Milvus).
        units_b = version.unit_vectors.nbytes / n if version.unit_vectors is not None else 0.0
        store_b = (version.path / "store.sqlite").stat().st_size / n
    finally:
        version.close()
    embedded = faiss_b + bm25_b
    milvus = faiss_b + lexical_field + sparse_b + scalars
    return {
        "chunks": n, "dim": dim,
        "embedded_bytes_per_chunk": {"faiss_flat": faiss_b, "bm25s": bm25_b, "total": embedded},
        "milvus_bytes_per_chunk": {"dense": faiss_b, "lexical_text": lexical_field,
                                   "sparse": sparse_b, "scalars": scalars, "total": milvus,
                                   "hnsw_graph": hnsw_links},
        "per_api_process_bytes_per_chunk": {"unit_vectors": units_b, "store_sqlite_disk": store_b},
        "unit_vectors_gb_per_million": units_b * MILLION / 1e9,
        "embedded_gb_per_million": embedded * MILLION / 1e9,
        "milvus_gb_per_million": (milvus + hnsw_links) * MILLION / 1e9,
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extended", type=Path, default=None,
                        help="also ingest this extended corpus folder (evals/corpora.py lists it)")  # fmt: skip
    parser.add_argument("--cpus", type=int, default=2, help="CPUs of the local Ray instance")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    settings = load_settings()
    embedder = load_embedder(settings.embedder, threads=settings.threads)
    embedder.embed_passages(["Programme de renouvellement urbain."])  # weights loaded, untimed
    payload: dict[str, Any] = {"machine": machine_info(settings)}
    with tempfile.TemporaryDirectory(prefix="renewal-bench-scale-") as tmp:
        root = Path(tmp)
        paths = corpus_paths(args.extended)
        payload["ingest"] = ingest_run = bench_ingest(paths, root, settings, embedder, args.cpus)
        payload["search"] = search = bench_search(root / "plain", root, settings, embedder,
                                                  args.queries)  # fmt: skip
    payload["machine"]["load_average_end"] = load_average()
    print(f"load average: {payload['machine']['load_average_start']} at the start, "
          f"{payload['machine']['load_average_end']} at the end\n")  # fmt: skip

    plain, on_ray = ingest_run["plain"], ingest_run["ray"]
    print(f"## Ingest, cold cache ({plain['documents']} documents, {plain['chunks']} chunks, "
          f"{plain['units']} answer units)\n")  # fmt: skip
    print(markdown_table(["run", "seconds", "chunks/s", "texts embedded/s", "same chunk ids"], [
        ["plain (1 process)", f"{plain['seconds']:.1f}", f"{plain['chunks_per_s']:.2f}",
         f"{plain['texts_embedded_per_s']:.2f}", "-"],
        [f"--ray ({args.cpus} CPUs; Ray start {on_ray['ray_start_s']:.1f} s not counted)",
         f"{on_ray['seconds']:.1f}", f"{on_ray['chunks_per_s']:.2f}",
         f"{on_ray['texts_embedded_per_s']:.2f}", str(ingest_run["same_chunk_ids"])],
    ]))  # fmt: skip
    print(f"\nspeed-up: {ingest_run['speedup']:.2f}x\n\n## Hybrid search, k=5 ({args.queries} "
          "queries, query vectors precomputed)\n")  # fmt: skip
    print(markdown_table(["backend", "p50 ms", "p95 ms", "queries/s (one thread)"], [
        [name, f"{search[name]['p50_ms']:.1f}", f"{search[name]['p95_ms']:.1f}",
         f"{search[name]['queries_per_s_one_thread']:.0f}"] for name in ("embedded", "milvus-lite")
    ]))  # fmt: skip
    memory = search["memory"]
    print("\n## Search memory per chunk (bytes), projected to a million chunks\n")
    print(markdown_table(["backend", "per chunk", "GB per million chunks"], [
        ["embedded (FAISS flat + bm25s)", f"{memory['embedded_bytes_per_chunk']['total']:.0f}",
         f"{memory['embedded_gb_per_million']:.2f}"],
        ["Milvus (dense + lexical text + sparse + scalars + HNSW links)",
         f"{memory['milvus_bytes_per_chunk']['total'] + memory['milvus_bytes_per_chunk']['hnsw_graph']:.0f}",
         f"{memory['milvus_gb_per_million']:.2f}"],
    ]))  # fmt: skip
    per_process = memory["per_api_process_bytes_per_chunk"]
    print(f"\nEvery API process also maps the answer-unit vectors, "
          f"{per_process['unit_vectors']:.0f} bytes per chunk "
          f"({memory['unit_vectors_gb_per_million']:.2f} GB per million chunks), and reads "
          f"store.sqlite ({per_process['store_sqlite_disk']:.0f} bytes per chunk on disk).")  # fmt: skip
    write_json(args.json, payload)
    return 0 if ingest_run["same_chunk_ids"] else 1


if __name__ == "__main__":
    sys.exit(main())
