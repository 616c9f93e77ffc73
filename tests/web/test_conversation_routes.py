"""The routes behind the chat page's controls, over HTTP through the real app and index: rename,
search, regenerate and edit-and-resend a conversation, the feedback state of its answers, and a
first answer that fails storing nothing. Every one is scoped to the owner token, as the others are.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.app import create_app
from assistant.conversations import ConversationStore, fold
from tests.assistant.conftest import make_settings

A = {"X-Renewal-Owner": "page-owner-a-000000000001"}
B = {"X-Renewal-Owner": "page-owner-b-000000000002"}
KEY = "page-routes-key-5b1c"
DEMOLITIONS = "Combien de démolitions prévoyait le programme d'Antony ?"
BAGNEUX = "Quel était le montant du projet de Bagneux ?"
ANTONY_AMOUNT = "Quel était le montant du projet d'Antony ?"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory, corpus_index) -> Path:
    target = tmp_path_factory.mktemp("page-routes") / "data"
    shutil.copytree(corpus_index[0], target, ignore=shutil.ignore_patterns("app.sqlite*"))
    return target


@pytest.fixture(scope="module")
def client(data: Path) -> Iterator[TestClient]:
    with TestClient(create_app(make_settings(data), build_index=False)) as c:
        yield c


def ask(client: TestClient, question: str, headers: dict[str, str] = A, **body: Any) -> dict:
    response = client.post("/api/chat", json={"question": question, **body}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def conversation(client: TestClient, conversation_id: str, headers=A) -> dict:
    response = client.get(f"/api/conversations/{conversation_id}", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def titles(client: TestClient, headers=A, **params: str) -> list[str]:
    response = client.get("/api/conversations", headers=headers, params=params)
    assert response.status_code == 200, response.text
    return [c["title"] for c in response.json()]


def test_rename_is_scoped_to_the_owner_and_bounded(client: TestClient) -> None:
    first = ask(client, DEMOLITIONS)
    cid = first["conversation_id"]
    ask(client, BAGNEUX)  # a later conversation: the renamed one must not move above it
    before = titles(client)

    response = client.patch(
        f"/api/conversations/{cid}", json={"title": "  Démolitions\n à Antony  "}, headers=A
    )
    assert response.status_code == 200, response.text
    summary = response.json()
    assert summary["id"] == cid and summary["title"] == "Démolitions à Antony"
    assert summary["messages"] == 2
    after = titles(client)
    assert after.index("Démolitions à Antony") == before.index(DEMOLITIONS)

    # Another owner's conversation is a 404, as one that does not exist.
    assert (
        client.patch(f"/api/conversations/{cid}", json={"title": "x"}, headers=B).status_code == 404
    )
    assert (
        client.patch("/api/conversations/nope", json={"title": "x"}, headers=A).status_code == 404
    )
    assert conversation(client, cid)["title"] == "Démolitions à Antony"
    for bad in ({"title": ""}, {"title": "   "}, {"title": "x" * 121}, {}):
        response = client.patch(f"/api/conversations/{cid}", json=bad, headers=A)
        assert response.status_code == 422, (bad, response.text)
    assert (
        client.patch(f"/api/conversations/{cid}", json={"title": "x" * 120}, headers=A).status_code
        == 200
    )


def test_rename_needs_the_key_when_one_is_set(data: Path) -> None:
    settings = make_settings(data, api_key=KEY)
    with TestClient(create_app(settings, build_index=False)) as keyed:
        cid = ask(keyed, ANTONY_AMOUNT)["conversation_id"]
        url = f"/api/conversations/{cid}"
        assert keyed.patch(url, json={"title": "Montant"}, headers=A).status_code == 401
        with_key = {**A, "Authorization": f"Bearer {KEY}"}
        assert keyed.patch(url, json={"title": "Montant"}, headers=with_key).status_code == 200


def test_search_finds_titles_and_messages_ignoring_case_and_accents(client: TestClient) -> None:
    ask(client, "Quels étaient les enjeux de la clôture à Antony ?")
    assert "Quels étaient les enjeux de la clôture à Antony ?" in titles(client, q="CLOTURE")
    # Found by a word of its answer only, not of its title (the enjeux' lead-in, "travaillés
    # en ateliers", which always comes with the list it opens).
    found = titles(client, q="ateliers")
    assert "Quels étaient les enjeux de la clôture à Antony ?" in found
    assert titles(client, q="zzz-nothing-like-this") == []
    assert titles(client, headers=B, q="clôture") == []  # another owner's: never found
    assert client.get("/api/conversations", params={"q": "x" * 201}, headers=A).status_code == 422
    assert fold("ÉTAT des Lieux") == "etat des lieux"


def test_regenerate_replaces_the_last_turn_once_done(client: TestClient) -> None:
    first = ask(client, ANTONY_AMOUNT)
    cid = first["conversation_id"]
    second = ask(client, DEMOLITIONS, conversation_id=cid)
    client.post("/api/feedback", json={"message_id": second["message_id"], "rating": "down"},
                headers=A)  # fmt: skip

    response = client.post(f"/api/conversations/{cid}/regenerate", json={}, headers=A)
    assert response.status_code == 200, response.text
    again = response.json()
    assert again["conversation_id"] == cid and again["message_id"] != second["message_id"]
    assert "144" in again["answer"]
    messages = conversation(client, cid)["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert [m["content"] for m in messages if m["role"] == "user"] == [ANTONY_AMOUNT, DEMOLITIONS]
    assert messages[1]["id"] == first["message_id"]  # the earlier turn is untouched
    assert messages[3]["id"] == again["message_id"] and messages[3]["feedback"] is None

    # Edit and resend: the last question replaced by another, with its answer.
    response = client.post(f"/api/conversations/{cid}/regenerate", json={"question": BAGNEUX},
                           headers=A)  # fmt: skip
    assert response.status_code == 200, response.text
    assert "157" in response.json()["answer"]
    messages = conversation(client, cid)["messages"]
    assert [m["content"] for m in messages if m["role"] == "user"] == [ANTONY_AMOUNT, BAGNEUX]
    assert len(messages) == 4


def test_regenerate_streams_and_a_failure_keeps_the_last_turn(client: TestClient) -> None:
    cid = ask(client, DEMOLITIONS)["conversation_id"]
    before = conversation(client, cid)["messages"]
    body = {"stream": True}
    with client.stream("POST", f"/api/conversations/{cid}/regenerate", json=body, headers=A) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        text = "".join(r.iter_text())
    assert text.startswith("event: meta") and "event: done" in text
    after = conversation(client, cid)["messages"]
    assert len(after) == 2 and after[1]["id"] != before[1]["id"]

    # An edited question that cannot be answered (too long): 422, nothing changes.
    response = client.post(f"/api/conversations/{cid}/regenerate", json={"question": "x" * 2100},
                           headers=A)  # fmt: skip
    assert response.status_code == 422
    bad_filter = client.post(f"/api/conversations/{cid}/regenerate",
                             json={"filters": {"colour": "red"}}, headers=A)  # fmt: skip
    assert bad_filter.status_code == 422
    assert conversation(client, cid)["messages"] == after


def test_regenerate_of_a_deleted_or_foreign_conversation_is_a_404(client: TestClient) -> None:
    cid = ask(client, DEMOLITIONS)["conversation_id"]
    assert (
        client.post(f"/api/conversations/{cid}/regenerate", json={}, headers=B).status_code == 404
    )
    assert client.post(f"/api/conversations/{cid}/regenerate", json={}).status_code == 404
    assert client.delete(f"/api/conversations/{cid}", headers=A).status_code == 204
    response = client.post(f"/api/conversations/{cid}/regenerate", json={}, headers=A)
    assert response.status_code == 404
    assert "no conversation" in response.json()["detail"]
    assert client.get(f"/api/conversations/{cid}", headers=A).status_code == 404


def test_feedback_state_comes_with_the_conversation(client: TestClient) -> None:
    answer = ask(client, BAGNEUX)
    cid, mid = answer["conversation_id"], answer["message_id"]
    assert conversation(client, cid)["messages"][1]["feedback"] is None
    for rating in ("down", "up"):
        response = client.post("/api/feedback", json={"message_id": mid, "rating": rating},
                               headers=A)  # fmt: skip
        assert response.status_code == 200
    messages = conversation(client, cid)["messages"]
    assert messages[1]["feedback"] == "up"  # the latest rating
    assert messages[0]["feedback"] is None


def test_a_first_answer_that_fails_leaves_no_empty_conversation(data: Path) -> None:
    store = ConversationStore(data / "app.sqlite")
    try:
        cid = store.create("Question", owner="a" * 64)
        assert not store.discard_if_empty(cid, owner="b" * 64)  # another owner's: kept
        store.add_message(cid, "user", "Question")
        assert not store.discard_if_empty(cid, owner="a" * 64)  # not empty: kept
        empty = store.create("Autre", owner="a" * 64)
        assert store.discard_if_empty(empty, owner="a" * 64)
        assert not store.exists(empty)
        assert store.exists(cid)
    finally:
        store.close()
