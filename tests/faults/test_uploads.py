"""Uploads: safe names, limits, no overwrite by a crafted name, background ingest with a status."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.admin_api import safe_filename
from assistant.app import create_app
from assistant.settings import Settings
from tests.conftest import CORPUS_DIR

KEY = "test-key-5f1c"
AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture
def client(tmp_path: Path, corpus_index):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(corpus_index[0] / "embeddings.sqlite", data / "embeddings.sqlite")
    settings = Settings(
        corpus_dir=corpus, data_dir=data, threads=1, api_key=KEY, max_upload_bytes=4096
    )
    with TestClient(create_app(settings)) as c:
        c.corpus = corpus  # type: ignore[attr-defined]
        yield c


def _wait(client: TestClient, job: dict) -> dict:
    deadline = time.time() + 60
    while time.time() < deadline:
        status = client.get(job["status_url"], headers=AUTH).json()
        if status["state"] in ("done", "failed"):
            return status
        time.sleep(0.05)
    raise AssertionError("the ingest job never finished")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\windows\\evil.md", "evil.md"),
        (".hidden.txt", "hidden.txt"),
        ("Compte rendu réunion.txt", "Compte-rendu-réunion.txt"),
        ("a<b>|c?.pdf", "abc.pdf"),
    ],
)
def test_safe_filename_never_leaves_its_folder(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_upload_is_indexed_in_the_background_and_searchable(client: TestClient) -> None:
    text = "Compte rendu du comité de Villetest.\n\nLe budget de la rénovation de Villetest est de 12 M€.\n"
    r = client.post(
        "/api/documents", files={"file": ("../../Villetest CR.txt", text.encode())}, headers=AUTH
    )
    assert r.status_code == 202
    job = r.json()
    assert job["doc_id"] == "uploads/Villetest-CR.txt"
    assert (client.corpus / "uploads" / "Villetest-CR.txt").read_text(encoding="utf-8") == text
    status = _wait(client, job)
    assert status["state"] == "done" and status["report"]["added"] == 1
    hits = client.post("/api/search", json={"query": "budget de Villetest", "k": 1}).json()["hits"]
    assert hits[0]["doc_id"] == "uploads/Villetest-CR.txt"
    answer = client.post("/api/chat", json={"question": "Quel est le budget de Villetest ?"}).json()
    assert (
        "12 M€" in answer["answer"]
        and answer["citations"][0]["doc_id"] == "uploads/Villetest-CR.txt"
    )

    # The same name again is refused unless replace=true; the first file is untouched.
    again = client.post(
        "/api/documents", files={"file": ("Villetest CR.txt", b"autre texte")}, headers=AUTH
    )
    assert again.status_code == 409 and "replace=true" in again.json()["detail"]
    assert "12 M€" in (client.corpus / "uploads" / "Villetest-CR.txt").read_text(encoding="utf-8")

    # Deleting it removes it from the index; corpus documents cannot be deleted through the API.
    gone = client.delete("/api/documents/uploads/Villetest-CR.txt", headers=AUTH)
    assert gone.status_code == 202 and _wait(client, gone.json())["state"] == "done"
    assert all(h["doc_id"] != "uploads/Villetest-CR.txt"
               for h in client.post("/api/search", json={"query": "Villetest", "k": 5}).json()["hits"])  # fmt: skip
    assert (
        client.delete(
            "/api/documents/fiche-mission-point-etape-psl-antony.txt", headers=AUTH
        ).status_code
        == 403
    )
    assert client.delete("/api/documents/uploads/../fiche-mission-point-etape-psl-antony.txt",
                         headers=AUTH).status_code == 403  # fmt: skip


def test_upload_limits_and_key(client: TestClient) -> None:
    def upload(name: str, data: bytes, headers=AUTH):
        return client.post("/api/documents", files={"file": (name, data)}, headers=headers)

    assert upload("note.txt", b"texte", headers={}).status_code == 401
    assert (
        upload("note.txt", b"texte", headers={"Authorization": "Bearer wrong"}).status_code == 401
    )
    too_big = upload("big.txt", b"x" * 5000)
    assert too_big.status_code == 413 and "RENEWAL_MAX_UPLOAD_BYTES" in too_big.json()["detail"]
    assert upload("tool.exe", b"MZ").status_code == 415
    assert upload("empty.txt", b"   ").status_code == 422
    assert upload("...", b"x").status_code == 422
    assert not (client.corpus / "uploads" / "big.txt").exists()
    # A corrupt file is accepted for storage but its job reports the load error by name.
    job = upload("broken.pdf", b"%PDF-1.4 truncated").json()
    status = _wait(client, job)
    assert status["state"] == "done"
    assert any("broken.pdf" in e["path"] for e in status["report"]["errors"])
    # The key never appears in any response.
    assert KEY not in client.get("/openapi.json").text


def _raw_post(port: int, path: str, headers: dict[str, str], body_chunks: int,
              chunk: bytes = b"x" * 65536) -> tuple[int, int, bytes]:  # fmt: skip
    """POST over a raw socket, sending the body in chunks until the server answers: (status,
    bytes sent before the answer came, body)."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers.items()
        ) + "Connection: close\r\n\r\n"
        sock.sendall(head.encode())
        sent = 0
        sock.setblocking(False)
        reply = b""
        for _ in range(body_chunks):
            try:
                reply += sock.recv(65536)
            except BlockingIOError:
                pass
            if reply:
                break
            try:
                sock.sendall(chunk)
                sent += len(chunk)
            except (BlockingIOError, BrokenPipeError, ConnectionResetError):
                break
            time.sleep(0.005)
        sock.setblocking(True)
        try:
            while b"\r\n\r\n" not in reply or len(reply) < reply.index(b"\r\n\r\n") + 10:
                data = sock.recv(65536)
                if not data:
                    break
                reply += data
        except (ConnectionResetError, TimeoutError):
            pass
    status = int(reply.split(b" ", 2)[1]) if reply else 0
    return status, sent, reply.split(b"\r\n\r\n", 1)[-1]


def test_an_upload_without_the_key_or_too_large_is_refused_before_its_body_is_read(
    tmp_path: Path, corpus_index
) -> None:
    from tests.web.harness import LiveServer

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(corpus_index[0] / "embeddings.sqlite", data / "embeddings.sqlite")
    settings = Settings(corpus_dir=corpus, data_dir=data, threads=1, api_key=KEY,
                        max_upload_bytes=4096)  # fmt: skip
    server = LiveServer(create_app(settings)).start()
    try:
        multipart = {"Content-Type": "multipart/form-data; boundary=b0undary"}
        # 400 MB announced, no key: 401 before a megabyte is sent.
        status, sent, body = _raw_post(server.port, "/api/documents",
                                       {**multipart, "Content-Length": str(400 * 2**20)}, 6400)
        assert status == 401 and sent < 2**20 and b"API key" in body
        # With the key, a declared size over the limit: 413 at once.
        status, sent, body = _raw_post(server.port, "/api/documents",
                                       {**multipart, **AUTH, "Content-Length": str(25 * 2**20)},
                                       400)  # fmt: skip
        assert status == 413 and sent < 2**20 and b"RENEWAL_MAX_UPLOAD_BYTES" in body
        # A body sent without a length (chunked) is cut off as soon as it passes the limit.
        status, sent, body = _raw_post(server.port, "/api/chat",
                                       {"Content-Type": "application/json",
                                        "Transfer-Encoding": "chunked"}, 400,
                                       chunk=b"10000\r\n" + b"x" * 65536 + b"\r\n")  # fmt: skip
        assert status == 413 and sent < 6 * 2**20 and b"larger than" in body, (status, sent, body)
    finally:
        server.stop()


class GatedEmbedder:
    """The real embedder, paused after its first batch until the test lets it go on."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.first_batch, self.go = threading.Event(), threading.Event()
        self.batches = 0

    def embed_passages(self, texts):
        vectors = self.inner.embed_passages(texts)
        self.batches += 1
        if self.batches == 1:
            self.first_batch.set()
            self.go.wait(60)
        return vectors

    def embed_query(self, text):
        return self.inner.embed_query(text)


def _until(predicate, seconds: float = 120) -> None:
    deadline = time.time() + seconds
    while not predicate():
        assert time.time() < deadline, "timed out"
        time.sleep(0.05)


def test_cancelling_a_running_and_a_queued_ingest(tmp_path: Path, embedder) -> None:
    from assistant.jobs import IngestJobs
    from index.embedding_cache import EmbeddingCache
    from index.store import DataDir

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    data = tmp_path / "data"  # a cold cache: the first ingest has everything to embed
    gated = GatedEmbedder(embedder)
    jobs = IngestJobs(corpus, data, gated, 1800, 200)
    try:
        running = jobs.submit("reindex")
        queued = jobs.submit("reindex")
        assert gated.first_batch.wait(120)
        assert jobs.cancel(queued.id).state == "cancelled"  # never runs
        assert jobs.cancel(running.id).state == "running"  # stops at its next batch
        gated.go.set()
        _until(lambda: running.state != "running")
        assert running.state == "cancelled" and "previous index keeps serving" in running.error
        assert DataDir(data).current_version() is None  # nothing was published
        cache = EmbeddingCache(DataDir(data).embedding_cache, gated.name, gated.dim)
        kept = cache._conn.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]
        cache.close()
        assert kept > 0  # the batch done before the cancel is cached
        assert queued.state == "cancelled" and queued.report is None
        # The next run resumes: what was cached is not embedded again.
        again = jobs.submit("reindex")
        _until(lambda: again.state in ("done", "failed"))
        assert again.state == "done", again.error
        report = again.report or {}
        # The chunks were the first batch (19 < 32): all of them came from the cache.
        assert report["chunks_embedded"] == 0 and report["chunks_total"] == kept
        assert DataDir(data).current_version() is not None
        assert jobs.cancel(again.id).state == "done"  # a finished job is left as it is
    finally:
        gated.go.set()
        jobs.shutdown()


def test_cancel_endpoint(client: TestClient) -> None:
    assert client.delete("/api/jobs/nope", headers=AUTH).status_code == 404
    assert client.delete("/api/jobs/nope").status_code == 401
    job = client.post("/api/documents", headers=AUTH,
                      files={"file": ("note.txt", b"Une note sur Bagneux.\n", "text/plain")}).json()  # fmt: skip
    _wait(client, job)
    ended = client.delete(job["status_url"], headers=AUTH)
    assert ended.status_code == 409 and "already ended" in ended.json()["detail"]
