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
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.settings import PROJECT_ROOT, load_settings  # noqa: E402
from bench.common import load_warm_embedder, write_json  # noqa: E402
from index.build import ingest  # noqa: E402


class TimedEmbedder:
    """Delegates to a real embedder and records (texts, seconds) for every passage batch."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.calls: list[tuple[int, float]] = []

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        start = time.perf_counter()
        out = self.inner.embed_passages(texts)
        self.calls.append((len(texts), time.perf_counter() - start))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


def one_run(paths: list[Path], embedder) -> dict[str, float]:
    timed = TimedEmbedder(embedder)
    with tempfile.TemporaryDirectory(prefix="renewal-bench-units-") as tmp:
        start = time.perf_counter()
        report = ingest(paths, corpus_dir=paths[0], data_dir=Path(tmp), embedder=timed,
                        show_progress=False)  # fmt: skip
        total = time.perf_counter() - start
    # Ingest embeds the chunks, then the units, then (for an embedder with an English lexicon)
    # the corpus words: the calls are split at those counts.
    seconds = {"chunks": 0.0, "units": 0.0, "words": 0.0}
    bounds = [("chunks", report.chunks_embedded),
              ("units", report.chunks_embedded + report.units_embedded)]  # fmt: skip
    done = 0
    for n, spent in timed.calls:
        stage = next((name for name, end in bounds if done < end), "words")
        seconds[stage] += spent
        done += n
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
    args = parser.parse_args(argv)
    if not 1 <= args.runs <= 20:
        parser.error("--runs must be between 1 and 20")
    paths = args.corpus or [PROJECT_ROOT / "corpus"]
    embedder, _ = load_warm_embedder(load_settings().embedder, load_settings())
    runs = [one_run(paths, embedder) for _ in range(args.runs)]
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print("| corpus | chunks | units | words | cold ingest | chunk encoding | unit encoding "
          "| word encoding | slowdown from units |")
    print("|---|---|---|---|---|---|---|---|---|")
    names = [p.name for p in paths]
    label = ", ".join(names) if len(names) <= 3 else f"{', '.join(names[:2])} and {len(names) - 2} more"
    print(f"| {label} | {median['chunks']:.0f} | {median['units']:.0f} "
          f"| {median['words']:.0f} | {median['seconds']:.1f} s | {median['chunk_embed_seconds']:.1f} s "
          f"| {median['unit_embed_seconds']:.1f} s | {median['word_embed_seconds']:.1f} s "
          f"| {median['slowdown']:.2f}× |")  # fmt: skip
    write_json(args.json, {"benchmark": "unit_embeddings", "runs": runs, "median": median})
    return 0


if __name__ == "__main__":
    sys.exit(main())
