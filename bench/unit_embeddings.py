"""What embedding the answer units at ingest costs: cold ingest time with and without them.

    python bench/unit_embeddings.py [--corpus DIR ...] [--runs 3] [--json out.json]

Each run ingests the corpus into an empty data dir with an embedder wrapper that times every
`embed_passages` call. Ingest embeds the chunks first, then the units, then the corpus words of
the English lexicon (index/lexicon.py), so the calls are split at those counts: the ratio printed
is (whole cold ingest) / (cold ingest minus the time spent embedding units), i.e. how much slower
the units make ingest; the lexicon's time is given apart. Medians over the runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.settings import PROJECT_ROOT, load_settings  # noqa: E402
from bench.common import load_warm_embedder, write_json  # noqa: E402
from index.build import ingest, resolve_encoders  # noqa: E402
from index.embed import is_remote  # noqa: E402


class TimedEmbedder:
    """Delegates to a real embedder and records (texts, start, end) for every passage batch,
    in the order the batches began (an ingest runs several at once)."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.calls: list[list[float]] = []
        self._lock = threading.Lock()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        call = [len(texts), time.perf_counter(), 0.0]
        with self._lock:
            self.calls.append(call)
        out = self.inner.embed_passages(texts)
        call[2] = time.perf_counter()
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


def one_run(paths: list[Path], embedder, encoders: int = 0) -> dict[str, float]:
    timed = TimedEmbedder(embedder)
    with tempfile.TemporaryDirectory(prefix="renewal-bench-units-") as tmp:
        start = time.perf_counter()
        report = ingest(paths, corpus_dir=paths[0], data_dir=Path(tmp), embedder=timed,
                        show_progress=False, encoders=encoders)  # fmt: skip
        total = time.perf_counter() - start
    # Ingest embeds the chunks, then the units, then (for an embedder with an English lexicon)
    # the corpus words, each stage's batches several at once: the calls are split at those
    # counts, and a stage's time runs from its first call's start to its last call's end.
    spans: dict[str, list[float]] = {}
    bounds = [("chunks", report.chunks_embedded),
              ("units", report.chunks_embedded + report.units_embedded)]  # fmt: skip
    done = 0
    for n, start, end in timed.calls:
        stage = next((name for name, bound in bounds if done < bound), "words")
        span = spans.setdefault(stage, [start, end])
        span[0], span[1] = min(span[0], start), max(span[1], end)
        done += n
    seconds = {stage: spans[stage][1] - spans[stage][0] if stage in spans else 0.0
               for stage in ("chunks", "units", "words")}  # fmt: skip
    return {
        "seconds": total,
        "chunk_embed_seconds": seconds["chunks"],
        "unit_embed_seconds": seconds["units"],
        "word_embed_seconds": seconds["words"],
        "chunks": report.chunks_embedded,
        "units": report.units_embedded,
        "words": report.words_embedded,
        # How much slower the units make ingest (the lexicon's words counted apart).
        "slowdown": total / max(1e-9, total - seconds["units"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", default=None,
                        help="folders or files to ingest (default: the shipped corpus)")  # fmt: skip
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--encoders", type=int, default=None,
                        help="embedding calls at once (default: RENEWAL_ENCODERS; 0: one per core)")  # fmt: skip
    args = parser.parse_args(argv)
    if not 1 <= args.runs <= 20:
        parser.error("--runs must be between 1 and 20")
    paths = args.corpus or [PROJECT_ROOT / "corpus"]
    settings = load_settings()
    encoders = settings.encoders if args.encoders is None else args.encoders
    if encoders < 0:
        parser.error("--encoders must be 0 or more")
    embedder, _ = load_warm_embedder(settings.embedder, settings)
    encoders = resolve_encoders(encoders, is_remote(embedder))
    runs = [one_run(paths, embedder, encoders) for _ in range(args.runs)]
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print("| corpus | encoders | chunks | units | words | cold ingest | chunk encoding "
          "| unit encoding | word encoding | slowdown from units |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    names = [p.name for p in paths]
    label = ", ".join(names) if len(names) <= 3 else f"{', '.join(names[:2])} and {len(names) - 2} more"
    print(f"| {label} | {encoders} | {median['chunks']:.0f} | {median['units']:.0f} "
          f"| {median['words']:.0f} | {median['seconds']:.1f} s | {median['chunk_embed_seconds']:.1f} s "
          f"| {median['unit_embed_seconds']:.1f} s | {median['word_embed_seconds']:.1f} s "
          f"| {median['slowdown']:.2f}× |")  # fmt: skip
    write_json(args.json, {"benchmark": "unit_embeddings", "encoders": encoders, "runs": runs,
                           "median": median})  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
