"""bench/chunk_sizes.py over the shipped corpus with the real embedder: each size gets its own
index version and models fitted on train, and the shipped models stay untouched."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.rerank import RERANK_MODEL_PATH
from assistant.scorer import MODEL_PATH
from assistant.settings import PROJECT_ROOT
from index.embed import Embedder
from index.store import Index

QUESTIONS = [
    ("Combien de démolitions à Antony ?", "144 démolitions"),
    ("Quel est le montant du projet de Bagneux ?", "157 M€"),
    ("Qui présidait le premier conseil d'administration de l'ANRU ?", "Borloo"),
    ("What was the amount of the Antony project?", "167"),
    ("Quelle est l'équipe de la mission de Bagneux ?", "Perspectives Urbaines et Sociales"),
    ("Combien de logements ont été détruits dans l'agglomération de Valenciennes ?", "1 400"),
    ("En quelle année la mission d'Antony a-t-elle eu lieu ?", "2012"),
    ("Quel est le quartier concerné à Bagneux ?", "Tertres"),
]
UNANSWERABLE = ["Quel est le budget du PRU de Bagneux consacré aux écoles ?",
                "Qui était le maire d'Antony en 2012 ?", "Combien d'habitants compte le Noyer Doré ?",
                "What did the Bagneux mission cost the ANRU per day?"]  # fmt: skip


def test_each_chunk_size_is_indexed_fitted_and_scored_on_both_splits(
    corpus_index: tuple[Path, Index, Embedder], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    import chunk_sizes  # bench/chunk_sizes.py

    data_dir, _, embedder = corpus_index
    monkeypatch.setattr(chunk_sizes, "load_embedder", lambda *a, **k: embedder)
    keep = tmp_path / "keep"
    (keep / "chunk-sizes").mkdir(parents=True)
    shutil.copy(data_dir / "embeddings.sqlite", keep / "chunk-sizes" / "embeddings.sqlite")
    lines = [{"id": f"a{i}-{n}", "question": q, "answerable": True, "gold_quotes": [quote],
              "answer_facts": [{"text": quote}]}
             for n in range(2) for i, (q, quote) in enumerate(QUESTIONS)]  # fmt: skip
    lines += [{"id": f"u{i}-{n}", "question": q, "answerable": False}
              for n in range(3) for i, q in enumerate(UNANSWERABLE)]  # fmt: skip
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    shipped = (MODEL_PATH.read_bytes(), RERANK_MODEL_PATH.read_bytes())
    out = tmp_path / "sizes.json"
    assert chunk_sizes.main(["--docs", str(PROJECT_ROOT / "corpus"), "--questions", str(questions),
                             "--chunk-sizes", "1800,900", "--data-dir", str(keep),
                             "--json", str(out)]) == 0  # fmt: skip
    table = capsys.readouterr().out
    assert "chunk size 900:" in table and "near-misses refused" in table
    results = json.loads(out.read_text())["results"]
    assert [(r["chunk_size"], r["split"]) for r in results] == [
        (1800, "train"), (1800, "test"), (900, "train"), (900, "test")]
    by_size = {r["chunk_size"]: r["chunks"] for r in results}
    assert by_size[900] > by_size[1800]  # smaller chunks, more of them
    for r in results:
        assert 0.0 <= r["hit_at_1"] <= r["hit_at_5"] <= 1.0 and 0.0 <= r["answered"] <= 1.0
        assert 0.0 < r["threshold"] < 1.0
    assert any(r["hit_at_5"] > 0 for r in results)
    # The shipped models are what they were: the bench fits in memory only.
    assert (MODEL_PATH.read_bytes(), RERANK_MODEL_PATH.read_bytes()) == shipped
