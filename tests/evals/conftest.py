"""Fixtures shared by the evaluation tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.embed import Embedder
from index.store import Index
from tests.evals.helpers import write_gold_subset

# Three answerable questions and two unanswerable ones of the dev set.
SUBSET = ("bag-amount-en", "ant-demolitions", "bag-promoteurs", "un-marseille", "un-bag-maire")


@pytest.fixture
def cli_env(corpus_index: tuple[Path, Index, Embedder], monkeypatch: pytest.MonkeyPatch) -> Path:
    """`renewal` commands run over the shipped corpus's index, extractive, one thread."""
    data_dir, _, _ = corpus_index
    for name in ("RENEWAL_LLM_MODEL", "RENEWAL_LLM_API_BASE", "RENEWAL_TOP_K", "RENEWAL_EMBEDDER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data_dir))
    monkeypatch.setenv("RENEWAL_THREADS", "1")
    return data_dir


@pytest.fixture(scope="module")
def subset_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five dev questions; the first carries an evaluator's own keys, which are ignored."""
    path = write_gold_subset(SUBSET, tmp_path_factory.mktemp("gold") / "subset.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[0] = json.dumps(
        {**json.loads(lines[0]), "annotator": "lm", "notes": {"x": 1}}, ensure_ascii=False
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
