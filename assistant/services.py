"""One way to open the services: the embedder, the index (built on first start) and the
assistant, for the app, the CLI, the eval harness and the fitting script alike."""

from __future__ import annotations

import logging
import time
from typing import Any

from assistant.answering import Assistant, build_assistant
from assistant.settings import Settings
from index.store import DataDir
from ingest.errors import IngestLocked

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
    if build_index:
        ensure_index(settings, embedder)
    return build_assistant(settings, embedder, scorer=scorer)


def _index_ready(settings: Settings, embedder) -> bool:
    current = DataDir(settings.data_dir).current_version()
    if current is None:
        return False
    from index.build import units_current
    from index.store import Manifest

    if not units_current(current):
        log.warning("the index's answer-unit vectors are missing or outdated: rebuilding them")
        return False
    if Manifest.read(current / "manifest.json").embedder == embedder.name:
        return True
    log.warning("the index was built with another embedder: rebuilding it with %s", embedder.name)
    return False


def ensure_index(settings: Settings, embedder, wait_s: float = 1800.0) -> None:
    """Build the index from the corpus folder on first start; rebuild if the embedder changed.

    When another process holds the ingest lock (the other workers of `uvicorn --workers N` all
    start on the same empty data dir), wait for its index instead of failing the start-up.
    """
    from index.build import ingest

    deadline = time.monotonic() + wait_s
    waiting = False
    while not _index_ready(settings, embedder):
        if not waiting:
            log.warning("building the index from %s (first start)", settings.corpus_dir)
        try:
            report = ingest(None, corpus_dir=settings.corpus_dir, data_dir=settings.data_dir, embedder=embedder,
                            chunk_size=settings.chunk_size, chunk_overlap=settings.chunk_overlap,
                            show_progress=False, parse_limits=settings.parse_limits)  # fmt: skip
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
