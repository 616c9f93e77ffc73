"""Distributed ingest on Ray: chunking as Ray tasks, embedding on a pool of Ray actors.

`RayWorkers` implements index.build.IngestWorkers, so `ingest(..., workers=RayWorkers(...))` is
the plain incremental ingest with its two CPU-bound stages spread over a Ray cluster (or this
machine's cores): the same documents are loaded, the same chunks made and the same embedding
cache read and filled (only its misses are sent to the actors), so the published version holds
the same chunks as a plain ingest.

Every node needs this project installed (the same environment as the driver): tasks import
`index.build` and actors load the embedder by its RENEWAL_EMBEDDER name.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any

import numpy as np

from ingest.errors import RenewalError

log = logging.getLogger(__name__)

DOCS_PER_TASK = 8
TEXTS_PER_ACTOR = 32  # an actor's share of one embedding batch (the plain ingest's batch size)


def is_ray_address(value: str) -> bool:
    """Does `renewal ingest --ray VALUE` name a cluster ("auto", ray://host:port, host:port)
    rather than a path to ingest?"""
    return bool(re.match(r"^(auto|ray://\S+|[A-Za-z0-9_.-]+:\d+)$", value))


def start_ray(address: str | None = None, num_cpus: int | None = None) -> bool:
    """Connect to the cluster at `address`, or start Ray on this machine's cores (no dashboard,
    no usage report, bound to 127.0.0.1). Returns whether this call started it (then the caller
    shuts it down); a Ray already initialised in this process is reused."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # never report usage over the network
    import ray

    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        # "local": a new instance even when RAY_ADDRESS or another `ray start` on this machine
        # would otherwise be joined.
        ray.init(address="local", num_cpus=num_cpus or os.cpu_count() or 1,
                 include_dashboard=False, _node_ip_address="127.0.0.1",
                 log_to_driver=False)  # fmt: skip
    return True


def _prepare_batch(raw_docs: list[Any], chunk_size: int, chunk_overlap: int,
                   boilerplate: frozenset[str]) -> list[Any]:  # fmt: skip
    from index.build import prepare_document

    return [prepare_document(r, chunk_size, chunk_overlap, boilerplate) for r in raw_docs]


class _Encoder:
    """A Ray actor holding one embedder."""

    def __init__(self, spec: str, threads: int, api_base: str, api_key: str):
        from index.embed import load_embedder

        self.embedder = load_embedder(spec, threads=threads, api_base=api_base, api_key=api_key)

    def name(self) -> str:
        return self.embedder.name

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.embedder.embed_passages(texts)


class RayWorkers:
    """Chunking and embedding for `index.build.ingest` on Ray.

    The actors are started at the first embedding call, after chunking: on a small cluster
    chunking tasks would otherwise wait for the CPUs the actors hold."""

    def __init__(self, embedder_spec: str, embedder_name: str, *, threads: int = 1,
                 api_base: str = "", api_key: str = "", actors: int | None = None):  # fmt: skip
        import ray

        self.spec, self.expected_name = embedder_spec, embedder_name
        self.threads, self.api_base, self.api_key = threads, api_base, api_key
        self.n_actors = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.batch_size = TEXTS_PER_ACTOR * self.n_actors
        self._actors: list[Any] = []

    def prepare(self, raw_docs: list[Any], chunk_size: int, chunk_overlap: int,
                boilerplate: frozenset[str]) -> list[Any]:  # fmt: skip
        import ray

        task = ray.remote(num_cpus=1)(_prepare_batch)
        shared = ray.put(boilerplate)
        refs = [task.remote(raw_docs[i : i + DOCS_PER_TASK], chunk_size, chunk_overlap, shared)
                for i in range(0, len(raw_docs), DOCS_PER_TASK)]  # fmt: skip
        return [p for batch in ray.get(refs) for p in batch]

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        import ray

        actors = self._start_actors()
        share = -(-len(texts) // len(actors))
        parts = [texts[i : i + share] for i in range(0, len(texts), share)]
        refs = [actor.embed.remote(part) for actor, part in zip(actors, parts, strict=False)]
        return np.concatenate(ray.get(refs))

    def _start_actors(self) -> list[Any]:
        import ray

        if not self._actors:
            actor = ray.remote(num_cpus=1)(_Encoder)
            self._actors = [actor.remote(self.spec, self.threads, self.api_base, self.api_key)
                            for _ in range(self.n_actors)]  # fmt: skip
            names = set(ray.get([a.name.remote() for a in self._actors]))
            if names != {self.expected_name}:  # the cache is keyed by the embedder's name
                raise RenewalError(
                    f"Ray workers loaded embedder {sorted(names)} instead of "
                    f"{self.expected_name!r}: install the same environment on every node"
                )
        return self._actors

    def close(self) -> None:
        import ray

        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
