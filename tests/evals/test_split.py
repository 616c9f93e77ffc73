"""The train/test split: fixed by id, about half each, independent of order and company."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from assistant.settings import PROJECT_ROOT
from evals.split import counts, select, split_of


@dataclass
class Q:
    id: str


def test_split_is_stable_and_depends_only_on_the_id() -> None:
    ids = [f"q-{i}" for i in range(400)]
    first = [split_of(i) for i in ids]
    assert first == [split_of(i) for i in reversed(ids)][::-1]
    share = counts(ids)["test"] / len(ids)
    assert 0.4 < share < 0.6


def test_select() -> None:
    questions = [Q(f"q-{i}") for i in range(50)]
    train, test = select(questions, "train"), select(questions, "test")
    assert len(train) + len(test) == 50 and not {q.id for q in train} & {q.id for q in test}
    assert select(questions, "all") == questions
    with pytest.raises(ValueError, match="split must be one of"):
        select(questions, "dev")


def test_shipped_gold_sets_have_both_splits() -> None:
    for name in ("questions.dev.jsonl", "questions.shipped.jsonl", "questions.extended.jsonl"):
        path = PROJECT_ROOT / "evals" / name
        ids = [json.loads(line)["id"] for line in path.read_text("utf-8").splitlines() if line]
        split = counts(ids)
        assert split["train"] >= 0.3 * len(ids) and split["test"] >= 0.3 * len(ids), name


def test_the_held_out_gold_set_quotes_its_documents() -> None:
    """Every gold quote of the held-out set is in the text of one of its gold documents as the
    loader reads it (HTML without its chrome), and the set's documents are all in the folder."""
    from evals.metrics import passage_has_quote
    from ingest.clean import clean
    from ingest.load import load

    folder = PROJECT_ROOT / "evals" / "holdout" / "docs"
    texts = {p.name: clean(load(p, folder).text) for p in sorted(folder.iterdir())}
    path = PROJECT_ROOT / "evals" / "questions.holdout.jsonl"
    questions = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    assert len(questions) == 48 and len(texts) == 8
    for q in questions:
        assert set(q["gold_docs"]) <= set(texts), q["id"]
        for quote in q["gold_quotes"]:
            assert any(passage_has_quote(texts[d], quote) for d in q["gold_docs"]), (q["id"], quote)
        assert q["answerable"] == bool(q["gold_quotes"]), q["id"]
