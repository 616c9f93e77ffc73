"""One way to open the services: the embedder, the index (built on first start) and the
assistant, for the app, the CLI, the eval harness and the fitting script alike."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.answering import Assistant, build_assistant
from assistant.settings import Settings
from index.store import DataDir
from ingest.errors import IngestLocked

if TYPE_CHECKING:
    from index.backends import SearchBackend

log = logging.getLogger(__name__)


def open_services(settings: Settings, embedder: Any = None, *, build_index: bool = True,
                  scorer: Any = None) -> Assistant:  # fmt: skip
    """The assistant over the configured index: the embedder is loaded once (or the one given is
    used), the index is built from the corpus folder on first start (or rebuilt when it was made
    with another embedder or older answer units) unless `build_index` is false."""
    from index.embed import load_embedder

    embedder = embedder or load_embedder(
        settings.embedder, threads=settings.threads, api_base=settings.embedder_api_base,
        api_key=settings.embedder_api_key,
    )
    backend = search_backend(settings)
    if build_index:
        ensure_index(settings, embedder, backend=backend)
    return build_assistant(settings, embedder, scorer=scorer, backend=backend)


def search_backend(settings: Settings) -> SearchBackend | None:
    """The configured search backend: None for the embedded default, or a connected Milvus
    (which fails here, naming the URI, when Milvus cannot be reached)."""
    if settings.index_backend != "milvus":
        return None
    from index.milvus import MilvusBackend

    if not settings.milvus_uri:  # Milvus Lite in the data directory, which may not exist yet
        Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    return MilvusBackend.connect(settings.milvus_address, settings.milvus_alias,
                                 settings.milvus_analyzer, settings.milvus_timeout_s,
                                 settings.milvus_fusion)  # fmt: skip


def _index_ready(settings: Settings, embedder, backend: SearchBackend | None = None) -> bool:
    current = DataDir(settings.data_dir).current_version()
    if current is None:
        return False
    from index.build import units_current
    from index.store import Manifest

    if not units_current(current):
        log.warning("the index's answer-unit vectors or English lexicon are missing or outdated: "
                    "rebuilding them")
        return False
    manifest = Manifest.read(current / "manifest.json")
    wanted = backend.name if backend is not None else "embedded"
    if manifest.backend != wanted:
        log.warning("the index is held by the %s search backend: rebuilding it for %s",
                    manifest.backend, wanted)  # fmt: skip
        return False
    if manifest.embedder == embedder.name:
        return True
    log.warning("the index was built with another embedder: rebuilding it with %s", embedder.name)
    return False


def ensure_index(settings: Settings, embedder, wait_s: float = 1800.0,
                 backend: SearchBackend | None = None) -> None:  # fmt: skip
    """Build the index from the corpus folder on first start; rebuild if the embedder changed.

    When another process holds the ingest lock (the other workers of `uvicorn --workers N` all
    start on the same empty data dir), wait for its index instead of failing the start-up.
    """
    from index.build import ingest

    deadline = time.monotonic() + wait_s
    waiting = False
    while not _index_ready(settings, embedder, backend):
        if not waiting:
            log.warning("building the index from %s (first start)", settings.corpus_dir)
        try:
            report = ingest(None, corpus_dir=settings.corpus_dir, data_dir=settings.data_dir, embedder=embedder,
                            chunk_size=settings.chunk_size, chunk_overlap=settings.chunk_overlap,
                            show_progress=False, parse_limits=settings.parse_limits,
                            backend=backend, encoders=settings.encoders)  # fmt: skip
        except IngestLocked:
            if time.monotonic() > deadline:
                raise
            if not waiting:
                log.warning(
                    "another process is building the index in %s: waiting for it", settings.data_dir
                )
            waiting = True
            time.sleep(0.5)
            continue
        for err in report.errors:
            log.warning("could not index %s: %s", err["path"], err["error"])
        return
