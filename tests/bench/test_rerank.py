"""bench/rerank.py over the shipped corpus index with the real embedder: its rows and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.embed import Embedder
from index.store import Index


def test_rerank_bench_compares_the_stages_on_both_splits(
    corpus_index: tuple[Path, Index, Embedder], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import rerank  # bench/rerank.py

    data_dir, _, _ = corpus_index
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data_dir))
    questions = tmp_path / "q.jsonl"
    lines = [{"id": f"q{i}", "question": q, "answerable": True, "gold_quotes": [quote]}
             for i, (q, quote) in enumerate([
                 ("Combien de démolitions à Antony ?", "144 démolitions"),
                 ("Quel est le montant du projet de Bagneux ?", "157 M€"),
                 ("Qui présidait le premier conseil d'administration de l'ANRU ?", "Borloo"),
                 ("What was the amount of the Antony project?", "167"),
             ] * 3)]  # fmt: skip
    questions.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    out = tmp_path / "rerank.json"
    assert rerank.main(["--questions", str(questions), "--depths", "2", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    assert "hybrid search alone" in table and "second stage, depth 6" in table  # top_k 6
    results = json.loads(out.read_text())["results"]
    configs = ("hybrid search alone", "+ second stage, depth 6",
               "+ second stage, depth 6, 4 more in scope")  # fmt: skip
    assert {(r["split"], r["config"]) for r in results} == {
        (s, c) for s in ("train", "test") for c in configs
    }
    for r in results:
        assert 0.0 <= r["hit_at_1"] <= r["hit_at_5"] <= 1.0 and 0.0 <= r["mrr_at_10"] <= 1.0
    assert sum(r["questions"] for r in results) == len(configs) * len(lines)
    assert any(r["hit_at_5"] > 0 for r in results)
