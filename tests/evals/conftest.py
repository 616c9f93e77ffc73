"""Fixtures shared by the evaluation tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.embed import Embedder
from index.store import Index


@pytest.fixture
def cli_env(corpus_index: tuple[Path, Index, Embedder], monkeypatch: pytest.MonkeyPatch) -> Path:
    """`renewal` commands run over the shipped corpus's index, extractive, one thread."""
    data_dir, _, _ = corpus_index
    for name in ("RENEWAL_LLM_MODEL", "RENEWAL_LLM_API_BASE", "RENEWAL_TOP_K", "RENEWAL_EMBEDDER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data_dir))
    monkeypatch.setenv("RENEWAL_THREADS", "1")
    return data_dir
