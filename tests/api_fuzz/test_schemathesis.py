"""The HTTP API fuzzed against its own OpenAPI schema, plus hostile requests written by hand.

Schemathesis generates requests for every operation of `/openapi.json` (its examples, coverage and
fuzzing phases: valid and invalid bodies, boundary values, other methods) and checks that no
answer is a 5xx, that its status code and content type are documented and that its body matches
the documented schema. The real app runs over a copy of the shipped corpus in a temporary folder
(uploads land there), its index built by the lifespan at startup.

What generated requests cannot reach is written by hand below, nothing is skipped:

- streamed answers (`stream: true` on /api/chat and /v1/chat/completions): schemathesis checks
  their status and content type, but an event stream has no body schema, so its events are
  parsed and checked here;
- uploads that succeed (generated multipart bodies never carry a supported file name) and the
  202/job/delete round trip that follows;
- lone UTF-16 surrogates ("\\ud800" is valid JSON; Hypothesis never generates one), NUL bytes,
  huge strings, path traversal in document ids and file names, wrong content types;
- with RENEWAL_API_KEY set, write endpoints answer 401 without the key (fuzzed), and with it
  they work (by hand).
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from assistant.app import create_app
from assistant.schemas import ChatResponse
from assistant.settings import PROJECT_ROOT, Settings

# The schema does not depend on settings, so an app that never starts gives it at import time.
OPENAPI = create_app(build_index=False).openapi()
SCHEMA = schemathesis.openapi.from_dict(OPENAPI)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]  # fmt: skip
FUZZ = settings(max_examples=20, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))  # fmt: skip

API_KEY = "fuzz-secret-key"
# The operations that change stored state and need RENEWAL_API_KEY when it is set.
WRITE_OPERATIONS = [
    "POST /api/documents",
    "DELETE /api/documents/{doc_id}",
    "POST /api/reindex",
    "GET /api/jobs/{job_id}",
    "POST /api/feedback",
    "DELETE /api/conversations/{conversation_id}",
    "PATCH /api/conversations/{conversation_id}",
    "DELETE /api/jobs/{job_id}",
]
MAX_UPLOAD_BYTES = 64 * 1024
REQUESTS_KEYS = ("method", "url", "headers", "params", "cookies", "json", "data", "files")


def send(client: TestClient, case: Any) -> httpx.Response:
    """Send a generated case through the app's TestClient (its lifespan holds the app's state).

    Schemathesis serialises a case for `requests`; `requests` builds the exact bytes (multipart
    bodies included) and the TestClient delivers them.
    """
    kw = case.as_transport_kwargs(base_url=str(client.base_url))
    prepared = requests.Request(**{k: kw[k] for k in REQUESTS_KEYS if k in kw}).prepare()
    body = prepared.body.encode() if isinstance(prepared.body, str) else prepared.body
    return client.request(kw["method"], prepared.url, headers=dict(prepared.headers), content=body)


def check(response: httpx.Response, operation: str) -> None:
    """No 5xx, a documented status code and a body that matches the documented schema."""
    method, path = operation.split(" ", 1)
    assert response.status_code < 500, f"{operation}: {response.status_code} {response.text[:300]}"
    documented = OPENAPI["paths"][path][method.lower()]["responses"]
    assert str(response.status_code) in documented, (
        f"{operation} answered {response.status_code}, documented: {sorted(documented)}"
    )
    SCHEMA[path][method].validate_response(response)


def raw_json(client: TestClient, url: str, text: str, **kw: Any) -> httpx.Response:
    """POST a JSON text as is: httpx cannot encode a lone surrogate, JSON escapes can."""
    return client.post(
        url, content=text.encode(), headers={"content-type": "application/json"}, **kw
    )


def events(body: str) -> list[tuple[str, dict[str, Any]]]:
    """(event name, data) of each server-sent event of /api/chat."""
    out = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        out.append((lines["event"], json.loads(lines["data"])))
    return out


def wait_for(client: TestClient, status_url: str, headers: dict[str, str] | None = None) -> dict:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        response = client.get(status_url, headers=headers)
        check(response, "GET /api/jobs/{job_id}")
        job = response.json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {status_url} never finished")


def _workspace(tmp_path_factory: pytest.TempPathFactory, name: str) -> tuple[Path, Path]:
    """(corpus, data): a copy of the shipped corpus, so that uploads never touch the real one."""
    root = tmp_path_factory.mktemp(name)
    shutil.copytree(PROJECT_ROOT / "corpus", root / "corpus")
    return root / "corpus", root / "data"


def _client(workspace: tuple[Path, Path], api_key: str) -> Iterator[TestClient]:
    corpus, data = workspace
    app = create_app(Settings(corpus_dir=corpus, data_dir=data, threads=1, api_key=api_key,
                              protect_reads=False, max_upload_bytes=MAX_UPLOAD_BYTES))  # fmt: skip
    # Server errors become 500 responses, as a real server sends them, for the checks to see.
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return _workspace(tmp_path_factory, "api-fuzz-open")


@pytest.fixture(scope="module")
def open_client(workspace: tuple[Path, Path]) -> Iterator[TestClient]:
    """The app with no API key: every operation is reachable."""
    yield from _client(workspace, "")


@pytest.fixture(scope="module")
def keyed_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The app with RENEWAL_API_KEY set (reads stay open). A data dir of its own: the open app's
    background ingest jobs would otherwise hold the ingest lock when this one's run."""
    yield from _client(_workspace(tmp_path_factory, "api-fuzz-keyed"), API_KEY)


# -- generated requests ---------------------------------------------------------------------------


@SCHEMA.parametrize()
@FUZZ
def test_every_operation_conforms_to_its_schema(case: Any, open_client: TestClient) -> None:
    case.validate_response(send(open_client, case), checks=CHECKS)


@SCHEMA.include(name=WRITE_OPERATIONS).parametrize()
@FUZZ
def test_write_operations_refuse_requests_without_the_key(
    case: Any, keyed_client: TestClient
) -> None:
    response = send(keyed_client, case)
    case.validate_response(response, checks=CHECKS)
    # A body that cannot even be parsed is refused before the key is looked at (400/422); another
    # method on the same path is 405. Nothing else gets past a missing or wrong key.
    assert response.status_code in (400, 401, 405, 422), (response.status_code, response.text[:200])


def test_write_operations_are_in_the_schema() -> None:
    labels = {
        f"{method.upper()} {path}" for path, ops in OPENAPI["paths"].items() for method in ops
    }
    assert set(WRITE_OPERATIONS) <= labels


# -- the API key ----------------------------------------------------------------------------------


def test_the_key_opens_write_operations_and_reads_need_none(keyed_client: TestClient) -> None:
    doc = ("cle.md", b"# Cle\n\nUne note de test sur la gestion urbaine de proximite a Vierzon.\n")
    refused = [
        keyed_client.post("/api/documents", files={"file": doc}),
        keyed_client.post("/api/reindex"),
        keyed_client.delete("/api/documents/uploads/cle.md"),
        keyed_client.get("/api/jobs/0123456789abcdef"),
        keyed_client.post("/api/feedback", json={"message_id": "m", "rating": "up"}),
        keyed_client.delete("/api/conversations/c"),
        keyed_client.post("/api/reindex", headers={"Authorization": "Bearer wrong"}),
        keyed_client.post("/api/reindex", headers={"X-API-Key": API_KEY + "x"}),
        keyed_client.post("/api/reindex", headers={"Authorization": API_KEY}),  # no "Bearer"
    ]
    for response in refused:
        assert response.status_code == 401, (response.request.url, response.text)
        assert "API key" in response.json()["detail"] and API_KEY not in response.text

    upload = keyed_client.post("/api/documents", files={"file": doc}, params={"replace": "true"},
                               headers={"X-API-Key": API_KEY})  # fmt: skip
    check(upload, "POST /api/documents")
    assert upload.status_code == 202
    job = wait_for(
        keyed_client, upload.json()["status_url"], {"Authorization": f"Bearer {API_KEY}"}
    )
    assert job["state"] == "done", job
    reindex = keyed_client.post("/api/reindex", headers={"Authorization": f"Bearer {API_KEY}"})
    check(reindex, "POST /api/reindex")
    assert reindex.status_code == 202

    for operation, response in [
        ("GET /healthz", keyed_client.get("/healthz")),
        ("GET /api/documents", keyed_client.get("/api/documents")),
        ("POST /api/search", keyed_client.post("/api/search", json={"query": "démolitions Antony"})),
        ("POST /api/chat", keyed_client.post("/api/chat", json={"question": "Combien de démolitions à Antony ?"})),
        ("GET /v1/models", keyed_client.get("/v1/models")),
    ]:  # fmt: skip
        check(response, operation)
        assert response.status_code == 200, (operation, response.text[:200])


# -- hostile requests, by hand --------------------------------------------------------------------

HOSTILE_JSON = [
    # (operation, JSON text, accepted statuses)
    ("POST /api/chat", '{"question": "Antony \\ud800"}', {422}),
    ("POST /api/chat", '{"question": "Antony \\udfff démolitions", "stream": true}', {422}),
    ("POST /api/chat", '{"question": "Antony", "filters": {"\\ud800": "x"}}', {422}),
    ("POST /api/chat", '{"question": "Antony", "conversation_id": "\\ud800"}', {422}),
    ("POST /api/chat", '{"question": "a\\u0000b Antony"}', {200}),
    ("POST /api/chat", '{"question": "\\u0000"}', {422}),  # no words: nothing to answer
    ("POST /api/chat", json.dumps({"question": "x" * 1_000_000}), {422}),
    ("POST /api/chat", json.dumps({"question": "😀" * 500}), {422}),
    ("POST /api/chat", json.dumps({"question": "?!…"}), {422}),
    ("POST /api/chat", json.dumps({"question": " \t\n "}), {422}),
    ("POST /api/chat", json.dumps({"question": "Antony", "filters": {"year": "2010-2000"}}), {422}),
    ("POST /api/chat", json.dumps({"question": "Antony", "filters": {"year": ["2010"]}}), {422}),
    ("POST /api/chat", '{"question": "Antony"', {422}),
    ("POST /api/chat", "[" * 100_000, {400, 422}),
    ("POST /api/search", '{"query": "Antony \\ud800"}', {422}),
    ("POST /api/search", '{"query": "Antony", "filters": {"site": "\\ud800"}}', {422}),
    ("POST /api/search", json.dumps({"query": "x" * 2001}), {422}),
    ("POST /api/search", json.dumps({"query": "Antony", "filters": {"site": "\x00"}}), {200}),
    ("POST /api/search", json.dumps({"query": "' OR 1=1 --", "k": 50}), {200}),
    ("POST /api/feedback", '{"message_id": "m", "rating": "\\ud800"}', {422}),
    ("POST /api/feedback", '{"message_id": "m", "rating": "up", "comment": "\\ud800"}', {422}),
    ("POST /api/feedback", json.dumps({"message_id": "\x00", "rating": "up"}), {404}),
    ("POST /v1/chat/completions", '{"messages": [{"role": "user", "content": "A \\ud800"}]}', {422}),
    ("POST /v1/chat/completions",
     '{"messages": [{"role": "user", "content": [{"type": "text", "text": "\\ud800"}]}]}', {422}),
    ("POST /v1/chat/completions", '{"messages": [{"role": "user", "content": "Antony"}], "model": "\\ud800"}', {422}),
    ("POST /v1/chat/completions", json.dumps({"messages": [{"role": "assistant", "content": "x"}]}), {400}),
    ("POST /v1/chat/completions", json.dumps({"messages": [{"role": "user", "content": [{"type": "image_url"}]}]}),
     {400}),
    # At most 200 messages per request (a bounded cost); 200 are answered.
    ("POST /v1/chat/completions", json.dumps({"messages": [{"role": "user", "content": "Antony"}] * 500}), {422}),
    ("POST /v1/chat/completions", json.dumps({"messages": [{"role": "user", "content": "Antony"}] * 200}), {200}),
]  # fmt: skip


@pytest.mark.parametrize(("operation", "text", "statuses"), HOSTILE_JSON)
def test_hostile_json_bodies(
    open_client: TestClient, operation: str, text: str, statuses: set[int]
) -> None:
    response = raw_json(open_client, operation.split(" ", 1)[1], text)
    check(response, operation)
    assert response.status_code in statuses, response.text[:300]


@pytest.mark.parametrize(
    ("url", "content_type", "body"),
    [
        ("/api/chat", "text/plain", b"Antony"),
        ("/api/chat", "application/x-www-form-urlencoded", b"question=Antony"),
        ("/api/search", "application/xml", b"<query>Antony</query>"),
        ("/api/chat", "application/json", b'\xff\xfe{"question": "Antony"}'),
        ("/v1/chat/completions", "multipart/form-data", b"--x--"),
    ],
)
def test_wrong_content_types_are_client_errors(open_client: TestClient, url: str, content_type: str,
                                               body: bytes) -> None:  # fmt: skip
    response = open_client.post(url, content=body, headers={"content-type": content_type})
    check(response, f"POST {url}")
    assert response.status_code in (400, 422)


@pytest.mark.parametrize(
    "doc_id",
    ["../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "uploads/%2e%2e/%2e%2e/x.txt", "/etc/passwd",
     "uploads/%00x.md", "a%00b", "uploads/" + "x" * 5000 + ".md", "x" * 10_000, "uploads", "uploads/",
     "%C3%A9t%C3%A9", "uploads/..%5c..%5cx.md"],
)  # fmt: skip
def test_document_ids_cannot_reach_outside_the_corpus(open_client: TestClient, workspace: tuple[Path, Path],
                                                      doc_id: str) -> None:  # fmt: skip
    corpus, _ = workspace
    before = sorted(p.name for p in corpus.parent.iterdir())
    got = open_client.get(f"/api/documents/{doc_id}")
    if got.status_code != 200:  # httpx drops dot segments: "uploads/.." may name the list
        check(got, "GET /api/documents/{doc_id}")
        assert got.status_code == 404
    deleted = open_client.delete(f"/api/documents/{doc_id}")
    if deleted.status_code != 405:
        check(deleted, "DELETE /api/documents/{doc_id}")
        assert deleted.status_code in (403, 404)
    assert sorted(p.name for p in corpus.parent.iterdir()) == before


@pytest.mark.parametrize(
    ("name", "data", "statuses"),
    [
        ("../../evil.md", b"# Evil\n\nTraversal attempt.\n", {202, 409}),
        ("..\\..\\evil2.md", b"# Evil\n\nTraversal attempt.\n", {202, 409}),
        (".hidden.md", b"# Hidden\n\nA hidden file.\n", {202, 409}),
        ("a\x00b.md", b"# Nul\n\nA NUL byte in the name.\n", {202, 409}),
        ("Rénovation urbaine — été.md", b"# Ete\n\nUn nom accentue.\n", {202, 409}),
        ("x" * 1000 + ".md", b"# Long\n\nA very long name.\n", {202, 409}),
        ("noext", b"no extension", {422}),
        ("....md", b"only dots", {422}),
        ("evil.exe", b"MZ", {415}),
        ("empty.txt", b"", {422}),
        ("blank.txt", b" \n\t ", {422}),
        ("big.txt", b"a" * (MAX_UPLOAD_BYTES + 1), {413}),
        ("binary.txt", bytes(range(256)) * 4, {202, 409}),
        ("fake.pdf", b"%PDF-1.4 not really a pdf", {202, 409}),
        ("fake.docx", b"PK not really a docx", {202, 409}),
    ],
)
def test_hostile_uploads(open_client: TestClient, workspace: tuple[Path, Path], name: str, data: bytes,
                         statuses: set[int]) -> None:  # fmt: skip
    corpus, _ = workspace
    response = open_client.post("/api/documents", files={"file": (name, data)})
    check(response, "POST /api/documents")
    assert response.status_code in statuses, response.text[:300]
    if response.status_code == 202:
        stored = corpus / response.json()["doc_id"]
        assert stored.parent == corpus / "uploads" and stored.is_file()
        assert len(stored.name) <= 120 and not stored.name.startswith(".")
        job = wait_for(open_client, response.json()["status_url"])
        assert job["state"] in ("done", "failed")  # a broken PDF is a failed job, not a crash
    assert not (corpus.parent / "evil.md").exists()


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": {"file": "x.md"}}, 422),
        ({"content": b"xx", "headers": {"content-type": "multipart/form-data"}}, 400),
        ({"data": {"file": "not a file"}}, 422),
        ({"files": {"other": ("x.md", b"# x\n\ntext\n")}}, 422),
    ],
)
def test_uploads_with_the_wrong_shape(
    open_client: TestClient, kwargs: dict[str, Any], status: int
) -> None:
    response = open_client.post("/api/documents", **kwargs)
    check(response, "POST /api/documents")
    assert response.status_code == status


def test_upload_job_document_delete_round_trip(open_client: TestClient) -> None:
    text = b"# Jardins partages\n\nLe quartier des Glycines ouvre quarante parcelles de jardin partage.\n"
    upload = open_client.post("/api/documents", files={"file": ("jardins-glycines.md", text)})
    check(upload, "POST /api/documents")
    assert upload.status_code == 202
    doc_id = upload.json()["doc_id"]
    assert wait_for(open_client, upload.json()["status_url"])["state"] == "done"
    again = open_client.post("/api/documents", files={"file": ("jardins-glycines.md", text)})
    check(again, "POST /api/documents")
    assert again.status_code == 409

    document = open_client.get(f"/api/documents/{doc_id}")
    check(document, "GET /api/documents/{doc_id}")
    assert document.status_code == 200 and "Glycines" in document.json()["text"]

    deleted = open_client.delete(f"/api/documents/{doc_id}")
    check(deleted, "DELETE /api/documents/{doc_id}")
    assert deleted.status_code == 202
    assert wait_for(open_client, deleted.json()["status_url"])["state"] == "done"
    gone = open_client.get(f"/api/documents/{doc_id}")
    check(gone, "GET /api/documents/{doc_id}")
    assert gone.status_code == 404


# -- streamed answers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["Combien de démolitions à Antony ?", "what were Antony's closure enjeux?",
                 "Quelle est la couleur du ciel sur Mars ?", "a\x00b [1] [99] <script>", "😀 Antony" * 100,
                 "Wie viele Wohnungen wurden in Antony abgerissen?"],
)  # fmt: skip
def test_streamed_chat_events(open_client: TestClient, question: str) -> None:
    response = open_client.post("/api/chat", json={"question": question, "stream": True})
    check(response, "POST /api/chat")
    assert response.headers["content-type"].startswith("text/event-stream")
    stream = events(response.text)
    names = [name for name, _ in stream]
    assert names[0] == "meta" and names[-1] == "done" and set(names[1:-1]) <= {"delta"}
    answer = ChatResponse.model_validate(stream[-1][1]["answer"]).model_dump()
    assert "".join(data["text"] for name, data in stream if name == "delta") == answer["answer"]
    for citation in answer["citations"]:
        assert f"[{citation['n']}]" in answer["answer"]

    # No owner token was sent: the server issued one, and only it opens the conversation.
    owner = {"X-Renewal-Owner": response.headers["x-renewal-owner"]}
    assert answer["owner_token"] == owner["X-Renewal-Owner"]
    conversation = open_client.get(f"/api/conversations/{answer['conversation_id']}", headers=owner)
    check(conversation, "GET /api/conversations/{conversation_id}")
    assert conversation.status_code == 200
    feedback = open_client.post("/api/feedback", json={"message_id": answer["message_id"], "rating": "down",
                                                       "comment": "é" * 4000}, headers=owner)  # fmt: skip
    check(feedback, "POST /api/feedback")
    assert feedback.status_code == 200
    deleted = open_client.delete(f"/api/conversations/{answer['conversation_id']}", headers=owner)
    check(deleted, "DELETE /api/conversations/{conversation_id}")
    assert deleted.status_code == 204


def test_streamed_chat_refuses_bad_input_before_streaming(open_client: TestClient) -> None:
    response = raw_json(open_client, "/api/chat", '{"question": "\\ud800", "stream": true}')
    check(response, "POST /api/chat")
    assert response.status_code == 422
    response = open_client.post("/api/chat", json={"question": "Antony", "stream": True,
                                                   "conversation_id": "nope"})  # fmt: skip
    check(response, "POST /api/chat")
    assert response.status_code == 404


@pytest.mark.parametrize(
    "question", ["Combien de démolitions à Antony ?", "Quelle est la couleur du ciel sur Mars ?"]
)
def test_streamed_openai_chunks(open_client: TestClient, question: str) -> None:
    body = {
        "messages": [{"role": "system", "content": "x"}, {"role": "user", "content": question}],
        "stream": True,
    }
    response = open_client.post("/v1/chat/completions", json=body)
    check(response, "POST /v1/chat/completions")
    lines = [line.removeprefix("data: ") for line in response.text.split("\n\n") if line.strip()]
    assert lines[-1] == "[DONE]"
    chunks = [json.loads(line) for line in lines[:-1]]
    assert all(c["object"] == "chat.completion.chunk" and len(c["choices"]) == 1 for c in chunks)
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    last = chunks[-1]
    assert last["choices"][0]["finish_reason"] == "stop" and isinstance(last["citations"], list)
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert text.strip() and all(f"[{c['n']}]" in text for c in last["citations"])
