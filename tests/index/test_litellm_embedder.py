"""RENEWAL_EMBEDDER=litellm:<model>: a real OpenAI-compatible /v1/embeddings server on 127.0.0.1
(the only fake: what would be text-embeddings-inference, vLLM or Ollama), through litellm."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import numpy as np
import pytest

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from index.build import ingest  # noqa: E402
from index.embed import EmbedderError, LiteLLMEmbedder, load_embedder  # noqa: E402
from index.embedding_cache import EmbeddingCache  # noqa: E402
from index.search import SearchParams, hybrid_search  # noqa: E402
from index.store import DataDir, Index  # noqa: E402
from tests.conftest import CORPUS_DIR, write_corpus  # noqa: E402

DIM = 32


def word_vector(text: str) -> list[float]:
    vector = np.zeros(DIM)
    for word in text.lower().split():
        vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % DIM] += 1.0
    return vector.tolist()


class EmbeddingServer:
    """POST /v1/embeddings answered like OpenAI's API; `fail_after` requests, it answers 500."""

    def __init__(self) -> None:
        self.requests: list[list[str]] = []
        self.fail_after: int | None = None
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
                server.requests.append(texts)
                if server.fail_after is not None and len(server.requests) > server.fail_after:
                    self.send_response(500)
                    self.end_headers()
                    self.wfile.write(b'{"error": {"message": "overloaded"}}')
                    return
                data = [{"object": "embedding", "index": i, "embedding": word_vector(t)}
                        for i, t in enumerate(texts)]  # fmt: skip
                payload = json.dumps({"object": "list", "data": data, "model": body["model"],
                                      "usage": {"prompt_tokens": 1, "total_tokens": 1}})  # fmt: skip
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(payload.encode())

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.api_base = f"http://127.0.0.1:{self._server.server_address[1]}/v1"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server() -> Iterator[EmbeddingServer]:
    s = EmbeddingServer()
    yield s
    s.stop()


def test_vectors_come_batched_and_normalised(server: EmbeddingServer) -> None:
    embedder = LiteLLMEmbedder("openai/test-embed", server.api_base, batch_size=4, retries=0)
    assert (embedder.name, embedder.dim) == ("litellm:openai/test-embed", DIM)
    texts = [f"texte numéro {i} sur le relogement" for i in range(10)]
    vectors = embedder.embed_passages(texts)
    assert vectors.shape == (10, DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert [len(r) for r in server.requests[1:]] == [4, 4, 2]  # after the dimension probe
    assert server.requests[1][0] == texts[0]  # no e5 prefix for another model
    query = embedder.embed_query("relogement")
    assert query.shape == (DIM,)


def test_an_e5_model_gets_its_prefixes(server: EmbeddingServer) -> None:
    embedder = LiteLLMEmbedder("openai/multilingual-e5-small", server.api_base, retries=0)
    embedder.embed_passages(["un passage"])
    embedder.embed_query("une question")
    assert server.requests[-2:] == [["passage: un passage"], ["query: une question"]]


def test_an_unreachable_server_fails_at_load_with_a_clear_message() -> None:
    with pytest.raises(EmbedderError, match="did not answer.*RENEWAL_EMBEDDER_API_BASE"):
        load_embedder("litellm:openai/test-embed", api_base="http://127.0.0.1:9/v1")
    with pytest.raises(EmbedderError, match="needs a model name"):
        load_embedder("litellm:")


def test_ingest_and_search_through_the_served_model(
    server: EmbeddingServer, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    embedder = load_embedder("litellm:openai/test-embed", api_base=server.api_base)
    report = ingest(None, corpus_dir=corpus, data_dir=tmp_path / "data", embedder=embedder,
                    show_progress=False)  # fmt: skip
    assert report.added == 3 and not report.errors
    index = Index.open(tmp_path / "data", embedder.name)
    assert index.manifest.embedder == "litellm:openai/test-embed" and index.manifest.dim == DIM
    hits = hybrid_search(index, embedder, "démolitions", SearchParams(k=3))
    assert hits
    index.close()


def test_an_interrupted_ingest_keeps_its_vectors_and_the_next_run_resumes(
    server: EmbeddingServer, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)  # 19 chunks and their units: several batches of 32
    data = tmp_path / "data"
    embedder = LiteLLMEmbedder("openai/test-embed", server.api_base, retries=0)
    first = len(server.requests)  # after the dimension probe
    server.fail_after = first + 2  # the first two batches of 32, then errors
    with pytest.raises(EmbedderError, match="did not answer"):
        ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    assert DataDir(data).current_version() is None  # nothing half-written is published
    done = {t for batch in server.requests[first : first + 2] for t in batch}
    cache = EmbeddingCache(DataDir(data).embedding_cache, embedder.name, embedder.dim)
    kept = cache._conn.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]
    cache.close()
    assert kept == len(done) > 0  # each finished batch was committed
    server.fail_after = None
    before = len(server.requests)
    report = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    sent = {t for batch in server.requests[before:] for t in batch}
    assert report.added == 5 and report.chunks_embedded + report.units_embedded == len(sent)
    assert sent and not sent & done  # what was done is not sent again
