"""The HTTP API, through FastAPI's TestClient over the real app and index."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.app import create_app
from assistant.settings import Settings
from tests.assistant.conftest import make_settings
from tests.assistant.scripted_llm import Reply, ScriptedLLM

DEMOLITIONS = "Combien de démolitions prévoyait le programme d'Antony ?"
ANTONY = "fiche-mission-point-etape-psl-antony.txt"
CITATION_KEYS = {"n", "doc_id", "chunk_id", "title", "section", "quote", "start", "end"}
# The owner token this module's client sends, as the chat page does (tests/assistant/
# test_conversation_owners.py tests other owners and callers without a token).
OWNER = {"X-Renewal-Owner": "test-api-owner-token-0001"}


@pytest.fixture(scope="module")
def client(app_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(app_settings), headers=OWNER) as c:
        yield c


@pytest.fixture(scope="module")
def demolitions(client: TestClient) -> dict[str, Any]:
    response = client.post("/api/chat", json={"question": DEMOLITIONS})
    assert response.status_code == 200, response.text
    return response.json()


def parse_sse(body: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_chat_answers_with_citations(demolitions: dict[str, Any]) -> None:
    answer = demolitions
    assert isinstance(answer["answer"], str) and "144" in answer["answer"]
    assert answer["refused"] is False and answer["grounded"] is True
    assert answer["conversation_id"] and answer["message_id"]
    assert answer["citations"]
    for citation in answer["citations"]:
        assert CITATION_KEYS <= citation.keys()
        assert 1 <= citation["n"] <= len(answer["passages"])
        assert f"[{citation['n']}]" in answer["answer"]
    assert any("144 démolitions" in c["quote"] for c in answer["citations"])


def test_citation_highlights_the_quote_in_its_document(
    client: TestClient, demolitions: dict[str, Any]
) -> None:
    for citation in demolitions["citations"]:
        doc = client.get(f"/api/documents/{citation['doc_id']}")
        assert doc.status_code == 200
        body = doc.json()
        assert body["text"][citation["start"] : citation["end"]] == citation["quote"]
        spans = {c["chunk_id"]: c for c in body["chunks"]}
        chunk = spans[citation["chunk_id"]]
        assert chunk["start"] <= citation["start"] <= citation["end"] <= chunk["end"]


def test_chat_stream_sends_meta_deltas_done(
    client: TestClient, demolitions: dict[str, Any]
) -> None:
    response = client.post("/api/chat", json={"question": DEMOLITIONS, "stream": True})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(response.text)
    kinds = [kind for kind, _ in events]
    assert kinds[0] == "meta" and kinds[-1] == "done"
    assert set(kinds[1:-1]) == {"delta"}
    meta, done = events[0][1], events[-1][1]["answer"]
    assert meta["conversation_id"] == done["conversation_id"]
    assert meta["mode"] == "extractive" and meta["passages"]
    assert "".join(data["text"] for kind, data in events if kind == "delta") == done["answer"]
    for key in (
        "answer",
        "citations",
        "refused",
        "grounded",
        "query",
        "mode",
        "notice",
        "passages",
    ):
        assert done[key] == demolitions[key], key
    assert done["message_id"] != demolitions["message_id"]


def test_chat_refuses_what_the_corpus_lacks(client: TestClient) -> None:
    answer = client.post(
        "/api/chat", json={"question": "Quel est le budget du NPNRU à Marseille ?"}
    ).json()
    assert answer["refused"] is True and answer["citations"] == []
    assert answer["nearest_documents"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"question": ""}, "at least 1 character"),
        ({"question": "   \n "}, "the question is empty"),
        ({"question": "Antony ? " * 556}, "RENEWAL_MAX_QUESTION_CHARS"),
        ({}, "Field required"),
        ({"question": DEMOLITIONS, "filters": {"colour": "red"}}, "unknown filter 'colour'"),
        ({"question": DEMOLITIONS, "filters": {"doc_type": "memo"}}, "doc_type must be one of"),
    ],
    ids=["empty", "blank", "5000-chars", "missing", "unknown-filter", "bad-doc-type"],
)
def test_chat_rejects_bad_requests_with_a_clear_422(
    client: TestClient, body: dict, words: str
) -> None:
    before = len(client.get("/api/conversations").json())
    for stream in (False, True):
        response = client.post("/api/chat", json={**body, "stream": stream})
        assert response.status_code == 422, response.text
        assert words in json.dumps(response.json()["detail"])
    assert len(client.get("/api/conversations").json()) == before  # nothing stored


def test_too_long_question_says_the_limit(client: TestClient) -> None:
    question = "x" * 5000
    detail = client.post("/api/chat", json={"question": question}).json()["detail"]
    assert "5000" in detail and "2000" in detail


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/api/chat",
        content=b'{"question": "Antony ?",',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert "json" in json.dumps(response.json()["detail"]).lower()


def test_unknown_conversation_is_404(client: TestClient) -> None:
    response = client.post("/api/chat", json={"question": DEMOLITIONS, "conversation_id": "nope"})
    assert response.status_code == 404
    assert "nope" in response.json()["detail"]


def test_documents_list_and_one_document(client: TestClient) -> None:
    documents = client.get("/api/documents").json()
    assert ANTONY in {d["doc_id"] for d in documents}
    for d in documents:
        assert {"doc_id", "title", "doc_type", "chunks", "metadata"} <= d.keys()
    doc = client.get(f"/api/documents/{ANTONY}").json()
    assert "144 démolitions" in doc["text"]
    assert doc["metadata"] and doc["doc_type"] == "mission_sheet"
    assert doc["chunks"]
    for chunk in doc["chunks"]:
        assert 0 <= chunk["start"] < chunk["end"] <= len(doc["text"])


def test_unknown_document_is_404(client: TestClient) -> None:
    response = client.get("/api/documents/no-such-doc.txt")
    assert response.status_code == 404
    assert "no-such-doc.txt" in response.json()["detail"]


def test_search(client: TestClient) -> None:
    body = client.post("/api/search", json={"query": "démolitions Antony", "k": 3}).json()
    assert body["query"] == "démolitions Antony"
    assert 0 < len(body["hits"]) <= 3
    assert body["hits"][0]["doc_id"] == ANTONY
    assert [h["rank"] for h in body["hits"]] == sorted(h["rank"] for h in body["hits"])
    filtered = client.post(
        "/api/search", json={"query": "démolitions", "filters": {"doc_type": "article"}}
    )
    assert filtered.status_code == 200
    assert all(h["doc_type"] == "article" for h in filtered.json()["hits"])


def test_search_returns_the_passages_answering_reads(
    client: TestClient, app_settings: Settings
) -> None:
    # Hybrid search and the second-stage ranking, as the chat retrieves them (its top_k).
    k = app_settings.top_k
    body = client.post("/api/search", json={"query": DEMOLITIONS, "k": k}).json()
    chat = client.post("/api/chat", json={"question": DEMOLITIONS}).json()
    searched = [h["chunk_id"] for h in body["hits"]]
    assert sorted(searched) == sorted(p["chunk_id"] for p in chat["passages"])
    lexical = client.post("/api/search", json={"query": DEMOLITIONS, "k": 5, "mode": "lexical"})
    assert lexical.status_code == 200 and lexical.json()["hits"]


@pytest.mark.parametrize(
    "body",
    [
        {"query": "   "},
        {"query": "x", "filters": {"colour": "red"}},
        {"query": "x", "filters": {"year": "2015-2010"}},
        {"query": "x", "k": 0},
        {"query": ""},
    ],  # fmt: skip
)
def test_search_bad_request_is_422(client: TestClient, body: dict) -> None:
    response = client.post("/api/search", json=body)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_feedback_is_stored(client: TestClient, demolitions: dict[str, Any]) -> None:
    body = {
        "message_id": demolitions["message_id"],
        "rating": "down",
        "comment": "La citation [1] est juste.",
    }
    response = client.post("/api/feedback", json=body)
    assert response.status_code == 200
    feedback_id = response.json()["id"]
    store = client.app.state.conversations  # type: ignore[attr-defined]
    (stored,) = [f for f in store.feedback() if f["id"] == feedback_id]
    assert stored["rating"] == -1 and stored["comment"] == body["comment"]
    assert stored["question"] == DEMOLITIONS
    assert stored["answer"]["citations"] == demolitions["citations"]
    assert stored["conversation_id"] == demolitions["conversation_id"]
    assert any(f["id"] == feedback_id for f in store.feedback(rating=-1))


def test_feedback_on_unknown_message_is_404(client: TestClient) -> None:
    response = client.post("/api/feedback", json={"message_id": "nope", "rating": "up"})
    assert response.status_code == 404
    assert "nope" in response.json()["detail"]


def test_feedback_bad_rating_is_422(client: TestClient, demolitions: dict[str, Any]) -> None:
    response = client.post(
        "/api/feedback", json={"message_id": demolitions["message_id"], "rating": 5}
    )
    assert response.status_code == 422


def test_conversations_list_get_delete(client: TestClient) -> None:
    first = client.post("/api/chat", json={"question": DEMOLITIONS}).json()
    conversation_id = first["conversation_id"]
    second = client.post(
        "/api/chat", json={"question": "et le montant ?", "conversation_id": conversation_id}
    )
    assert second.status_code == 200
    assert "167" in second.json()["answer"]
    listed = {c["id"]: c for c in client.get("/api/conversations").json()}
    assert listed[conversation_id]["messages"] == 4
    assert listed[conversation_id]["title"] == DEMOLITIONS
    conversation = client.get(f"/api/conversations/{conversation_id}").json()
    assert [m["role"] for m in conversation["messages"]] == [
        "user",
        "assistant",
        "user",
        "assistant",
    ]
    assert conversation["messages"][1]["answer"]["citations"] == first["citations"]
    assert conversation["messages"][2]["query"] != "et le montant ?"  # the standalone query is kept
    assert client.delete(f"/api/conversations/{conversation_id}").status_code == 204
    assert client.get(f"/api/conversations/{conversation_id}").status_code == 404
    assert client.delete(f"/api/conversations/{conversation_id}").status_code == 404
    assert conversation_id not in {c["id"] for c in client.get("/api/conversations").json()}


def test_healthz(client: TestClient) -> None:
    health = client.get("/healthz").json()
    assert health["status"] == "ok"
    assert health["documents"] >= 5 and health["chunks"] >= health["documents"]
    assert health["mode"] == "extractive" and health["llm_model"] is None
    assert health["embedder"] and health["index_version"]


def test_openapi_documents_chat_with_examples(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    chat = schema["paths"]["/api/chat"]["post"]
    assert "text/event-stream" in chat["responses"]["200"]["content"]
    ref = chat["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    examples = schema["components"]["schemas"][ref]["examples"]
    assert examples and all(e["question"] for e in examples)
    for path in (
        "/api/search",
        "/api/documents",
        "/api/feedback",
        "/v1/chat/completions",
        "/healthz",
    ):
        assert path in schema["paths"]


# -- API key ------------------------------------------------------------------------------------

SECRET = "s3cret-Key-4f1e9a"


@pytest.fixture(scope="module")
def keyed_client(app_settings: Settings) -> Iterator[TestClient]:
    settings = make_settings(app_settings.data_dir, api_key=SECRET)
    with TestClient(create_app(settings)) as c:
        yield c


def test_write_endpoints_need_the_key(
    keyed_client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    responses = []
    chat = keyed_client.post("/api/chat", json={"question": DEMOLITIONS})  # reads stay open
    assert chat.status_code == 200
    body = {"message_id": chat.json()["message_id"], "rating": "up"}

    for headers in (
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": SECRET},
        {"X-API-Key": "wrong"},
    ):
        response = keyed_client.post("/api/feedback", json=body, headers=headers)
        responses.append(response)
        assert response.status_code == 401, headers
        assert "Authorization: Bearer" in response.json()["detail"]
    for headers in ({"Authorization": f"Bearer {SECRET}"}, {"X-API-Key": SECRET}):
        response = keyed_client.post("/api/feedback", json=body, headers=headers)
        responses.append(response)
        assert response.status_code == 200, response.text
    conversation_id = chat.json()["conversation_id"]
    denied = keyed_client.delete(f"/api/conversations/{conversation_id}")
    assert denied.status_code == 401
    allowed = keyed_client.delete(f"/api/conversations/{conversation_id}",
                                  headers={"Authorization": f"Bearer {SECRET}"})  # fmt: skip
    assert allowed.status_code == 204
    responses += [denied, allowed]

    for response in responses:
        assert SECRET not in response.text
        assert all(SECRET not in f"{k}: {v}" for k, v in response.headers.items())
    assert SECRET not in caplog.text
    assert all(SECRET not in str(record.args) for record in caplog.records)


# -- with a language model (the scripted server) ------------------------------------------------


@pytest.fixture(scope="module")
def llm_client(llm_settings: Settings) -> Iterator[TestClient]:
    import litellm

    litellm.suppress_debug_info = True
    with TestClient(create_app(llm_settings)) as c:
        yield c


def test_llm_answer_through_the_api(llm_client: TestClient, llm: ScriptedLLM) -> None:
    llm.script(Reply("Le programme prévoyait 144 démolitions [1][5]."))
    answer = llm_client.post("/api/chat", json={"question": DEMOLITIONS}).json()
    assert answer["mode"] == "llm" and answer["notice"] is None
    assert answer["answer"] == "Le programme prévoyait 144 démolitions [1]."
    assert [c["n"] for c in answer["citations"]] == [1] and len(answer["passages"]) == 3
    assert llm_client.get("/healthz").json()["llm_model"] == "openai/scripted"


def test_llm_failure_streams_the_fallback_with_its_notice(
    llm_client: TestClient, llm: ScriptedLLM
) -> None:
    llm.script(Reply(status=500))
    events = parse_sse(
        llm_client.post("/api/chat", json={"question": DEMOLITIONS, "stream": True}).text
    )
    done = events[-1][1]["answer"]
    assert done["mode"] == "extractive" and "144" in done["answer"]
    assert done["notice"] and "InternalServerError" in done["notice"]
    assert "".join(data["text"] for kind, data in events if kind == "delta") == done["answer"]


def test_llm_failure_through_the_openai_endpoint(llm_client: TestClient, llm: ScriptedLLM) -> None:
    llm.script(Reply(status=500))
    body = {
        "model": "renewal-assistant",
        "stream": True,
        "messages": [{"role": "user", "content": DEMOLITIONS}],
    }
    lines = [line[6:] for line in llm_client.post("/v1/chat/completions", json=body).text.splitlines()
             if line.startswith("data: ")]  # fmt: skip
    assert lines[-1] == "[DONE]"
    chunks = [json.loads(line) for line in lines[:-1]]
    content = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert (
        "144 démolitions" in content and "Sources :" in content
    )  # the fallback text, not only sources
    assert chunks[-1]["notice"] and chunks[-1]["citations"]


def test_v1_key_error_has_openai_shape(app_settings: Settings) -> None:
    settings = make_settings(app_settings.data_dir, api_key=SECRET, protect_reads=True)
    with TestClient(create_app(settings)) as client:
        response = client.get("/v1/models", headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    error = response.json()["error"]
    assert error["type"] == "authentication_error" and "Authorization: Bearer" in error["message"]
    assert SECRET not in response.text


# -- bad input: a clear refusal or a 422, never a 500 -------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["Wie viele Wohnungen wurden in Antony abgerissen?",
     "¿Cuántas viviendas fueron demolidas en Antony?"],
)  # fmt: skip
def test_question_in_another_language_is_refused_clearly(client: TestClient, question: str) -> None:
    response = client.post("/api/chat", json={"question": question})
    assert response.status_code == 200
    body = response.json()
    assert body["refused"] and body["citations"] == []
    assert "français ou en anglais" in body["notice"] and "French or English" in body["notice"]


def test_unknown_place_is_refused_with_nearest_documents(client: TestClient) -> None:
    body = client.post("/api/chat", json={"question": "Combien de démolitions à Grigny ?"}).json()
    assert body["refused"] and body["citations"] == [] and body["nearest_documents"]


@pytest.mark.parametrize("question", ["?", " ... ", "!?"])
def test_punctuation_only_question_is_a_422(client: TestClient, question: str) -> None:
    response = client.post("/api/chat", json={"question": question})
    assert response.status_code == 422 and "no words" in response.json()["detail"]


def test_punctuation_only_follow_up_is_a_422(client: TestClient) -> None:
    first = client.post("/api/chat", json={"question": DEMOLITIONS}).json()
    response = client.post(
        "/api/chat", json={"question": "?", "conversation_id": first["conversation_id"]}
    )
    assert response.status_code == 422


def test_citations_are_numbered_in_order_of_first_use(client: TestClient) -> None:
    import re

    for question in (DEMOLITIONS, "Quel est le montant du PRU de Bagneux ?",
                     "what were Antony's closure enjeux?"):  # fmt: skip
        body = client.post("/api/chat", json={"question": question}).json()
        if body["refused"]:
            continue
        seen = list(dict.fromkeys(int(n) for n in re.findall(r"\[(\d+)\]", body["answer"])))
        assert seen == list(range(1, len(seen) + 1)), body["answer"]


def test_a_long_v1_history_costs_no_more_than_a_short_one(client: TestClient) -> None:
    # A 200 KB pasted message before a short follow-up: only the last turns, each cut, are read.
    import time

    long_turn = "Quel était le montant du projet de Bagneux ? " + "bla " * 50_000
    body = {"messages": [{"role": "user", "content": long_turn},
                         {"role": "assistant", "content": "157 M€ [1]"},
                         {"role": "user", "content": "Et à Antony ?"}]}  # fmt: skip
    started = time.perf_counter()
    response = client.post("/v1/chat/completions", json=body)
    assert response.status_code == 200, response.text
    assert time.perf_counter() - started < 5
    too_many = {"messages": [{"role": "user", "content": "Antony ?"}] * 201}
    response = client.post("/v1/chat/completions", json=too_many)
    assert response.status_code == 422 and "200" in response.json()["error"]["message"]


def test_security_headers(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    for response in (page, client.get("/healthz"), client.get("/static/app.js")):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
    docs_policy = client.get("/docs").headers["content-security-policy"]
    assert "default-src 'self'" in docs_policy  # Swagger UI's inline start script is allowed


def test_answers_wait_for_a_slot_then_get_503_while_healthz_stays_free(
    app_settings: Settings,
) -> None:
    settings = app_settings.model_copy(update={"answer_slots": 1, "answer_queue_timeout_s": 0.3})
    with TestClient(create_app(settings)) as c:
        slots = c.app.state.answer_slots
        holder = object()  # another answer holding the only slot
        c.portal.call(slots.limiter.acquire_on_behalf_of, holder)
        try:
            busy = c.post("/api/chat", json={"question": DEMOLITIONS})
            assert busy.status_code == 503 and busy.headers["retry-after"] == "2"
            assert "try again" in busy.json()["detail"]
            v1 = c.post("/v1/chat/completions",
                        json={"messages": [{"role": "user", "content": DEMOLITIONS}]})  # fmt: skip
            assert v1.status_code == 503 and "try again" in v1.json()["error"]["message"]
            assert c.post("/api/search", json={"query": "démolitions"}).status_code == 503
            assert c.get("/healthz").status_code == 200
        finally:
            c.portal.call(slots.limiter.release_on_behalf_of, holder)
        assert c.post("/api/chat", json={"question": DEMOLITIONS}).status_code == 200
