"""Accepted uploads are never lost: jobs recorded in SQLite survive kill -9 and are resumed at the
next start; a job waits for another process's ingest instead of failing; one name, one upload."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from assistant.admin_api import store_upload
from assistant.jobs import IngestJobs
from index.build import ingest_lock
from index.store import DataDir
from tests.conftest import CORPUS_DIR

KEY = "durable-key-41"
AUTH = {"Authorization": f"Bearer {KEY}"}
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _until(predicate, seconds: float = 120.0) -> None:
    deadline = time.time() + seconds
    while not predicate():
        assert time.time() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture
def folders(tmp_path: Path, corpus_index) -> tuple[Path, Path]:
    """A corpus copy and a data dir holding the corpus's vectors (ingests are quick)."""
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    shutil.copytree(CORPUS_DIR, corpus)
    data.mkdir()
    shutil.copy(corpus_index[0] / "embeddings.sqlite", data / "embeddings.sqlite")
    return corpus, data


def test_one_name_is_taken_by_exactly_one_of_concurrent_uploads(tmp_path: Path) -> None:
    target = tmp_path / "uploads" / "note.txt"
    outcomes: list[str] = []
    start = threading.Barrier(16)

    def upload(i: int) -> None:
        start.wait()
        try:
            store_upload(target.parent, target, f"version {i}\n".encode(), replace=False)
            outcomes.append(f"stored {i}")
        except FileExistsError:
            outcomes.append("exists")

    threads = [threading.Thread(target=upload, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stored = [o for o in outcomes if o.startswith("stored")]
    assert len(stored) == 1 and outcomes.count("exists") == 15
    assert target.read_text() == f"version {stored[0].split()[1]}\n"  # the winner's bytes, whole
    assert sorted(p.name for p in target.parent.iterdir()) == ["note.txt"]  # no temporary left
    store_upload(target.parent, target, b"replaced\n", replace=True)
    assert target.read_text() == "replaced\n"


def test_a_job_waits_for_another_process_ingest_then_runs(folders, embedder) -> None:
    corpus, data = folders
    note = corpus / "note-attente.txt"
    note.write_text("Le comité de Villeattente se réunit en mars.\n", encoding="utf-8")
    jobs = IngestJobs(corpus, data, embedder, 1800, 200, lock_retry_s=0.05)
    try:
        with ingest_lock(DataDir(data)):  # another server's ingest
            job = jobs.submit("upload", [note])
            _until(lambda: job.waiting is not None)
            assert job.state == "queued" and "another ingest is running" in job.waiting
            with sqlite3.connect(data / "jobs.sqlite") as db:  # what another server would read
                row = db.execute("SELECT state, error FROM jobs WHERE id = ?", (job.id,)).fetchone()
            assert row[0] == "queued" and row[1].startswith("waiting: another ingest")
        _until(lambda: job.state in ("done", "failed"))
        assert job.state == "done" and job.waiting is None, job.error
        assert job.report is not None and job.report["added"] >= 1
    finally:
        jobs.shutdown()
    impatient = IngestJobs(corpus, data, embedder, 1800, 200, lock_retry_s=0.05, lock_wait_s=0.2)
    try:
        with ingest_lock(DataDir(data)):
            job = impatient.submit("reindex")
            _until(lambda: job.state == "failed")
        assert "another ingest is running" in (job.error or "") and "waited" in job.error
    finally:
        impatient.shutdown()


def test_jobs_of_a_dead_server_are_resumed_and_old_ids_still_answer(folders, embedder) -> None:
    corpus, data = folders
    note = corpus / "note-orpheline.txt"
    note.write_text("La maison du projet de Villeorpheline ouvre en juin.\n", encoding="utf-8")
    jobs = IngestJobs(corpus, data, embedder, 1800, 200)
    done = jobs.submit("reindex")
    _until(lambda: done.state == "done")
    jobs.shutdown()
    with sqlite3.connect(data / "jobs.sqlite") as db:  # a server killed with this job queued
        db.execute("INSERT INTO jobs (id, kind, paths, state, created, owner) VALUES "
                   "('orphan1', 'upload', ?, 'queued', ?, '999999999:1')",
                   (f'["{note}"]', time.time()))  # fmt: skip
        db.execute("INSERT INTO jobs (id, kind, paths, state, created, owner) VALUES "
                   "('alive1', 'reindex', '[]', 'running', ?, ?)",
                   (time.time(), _identity_of_this_process()))  # fmt: skip
    restarted = IngestJobs(corpus, data, embedder, 1800, 200)
    try:
        assert restarted.adopted == ["orphan1"]  # a live process's job is left to it
        _until(lambda: restarted.get("orphan1").state in ("done", "failed"))
        assert restarted.get("orphan1").state == "done"
        assert restarted.get(done.id).state == "done"  # a finished job of the earlier server
        assert restarted.get("alive1").state == "running"
        assert restarted.get("nope") is None
    finally:
        restarted.shutdown()


def _identity_of_this_process() -> str:
    from assistant.jobs import _identity

    return _identity(os.getpid())


def _serve(corpus: Path, data: Path, port: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "RENEWAL_CORPUS_DIR": str(corpus), "RENEWAL_DATA_DIR": str(data),
           "RENEWAL_API_KEY": KEY, "RENEWAL_THREADS": "1", "RENEWAL_LLM_MODEL": "",
           "LITELLM_LOCAL_MODEL_COST_MAP": "True"}  # fmt: skip
    with open(log, "ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "assistant.app:create_app", "--factory",
             "--host", "127.0.0.1", "--port", str(port), "--no-access-log"],
            cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip


def _ready(base: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.time() + 180
    while time.time() < deadline:
        assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError("the server did not start")


@pytest.mark.slow
def test_uploads_survive_kill_9_and_are_indexed_on_restart(folders, tmp_path: Path) -> None:
    corpus, data = folders
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = tmp_path / "server.log"
    base = f"http://127.0.0.1:{port}"
    server = _serve(corpus, data, port, log)
    try:
        _ready(base, server, log)
        accepted = []
        for i in range(5):
            text = f"Compte rendu {i} de Villedurable{i}.\n\nLe budget de Villedurable{i} est de {i + 2} M€.\n"
            response = httpx.post(f"{base}/api/documents", headers=AUTH, timeout=30,
                                  files={"file": (f"cr-{i}.txt", text.encode())})  # fmt: skip
            assert response.status_code == 202, response.text
            accepted.append(response.json())
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(30)
    with sqlite3.connect(data / "jobs.sqlite") as db:
        unfinished = db.execute("SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')").fetchone()[0]
    assert unfinished >= 1  # killed with work left, or this test proves nothing

    server = _serve(corpus, data, port, log)
    try:
        _ready(base, server, log)
        for job in accepted:
            deadline = time.time() + 120
            while (state := httpx.get(f"{base}{job['status_url']}", headers=AUTH).json()["state"]) \
                    in ("queued", "running"):  # fmt: skip
                assert time.time() < deadline, "a resumed upload never finished"
                time.sleep(0.1)
            assert state == "done", job
        documents = {d["doc_id"] for d in httpx.get(f"{base}/api/documents").json()}
        assert {j["doc_id"] for j in accepted} <= documents
        hits = httpx.post(f"{base}/api/search", json={"query": "budget de Villedurable4", "k": 1}).json()
        assert hits["hits"][0]["doc_id"] == "uploads/cr-4.txt"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)


def test_a_waiting_upload_shows_why_and_can_be_cancelled_over_http(folders) -> None:
    from fastapi.testclient import TestClient

    from assistant.app import create_app
    from assistant.settings import Settings

    corpus, data = folders
    settings = Settings(corpus_dir=corpus, data_dir=data, threads=1, api_key=KEY)
    with TestClient(create_app(settings)) as client:
        with ingest_lock(DataDir(data)):  # another server on this data dir is ingesting
            job = client.post("/api/documents", headers=AUTH,
                              files={"file": ("attente.txt", b"Une note sur Villeattente.\n")}).json()  # fmt: skip
            _until(lambda: client.get(job["status_url"], headers=AUTH).json()["waiting"])
            status = client.get(job["status_url"], headers=AUTH).json()
            assert status["state"] == "queued" and "another ingest is running" in status["waiting"]
            cancelled = client.delete(job["status_url"], headers=AUTH)
            assert cancelled.status_code == 202 and cancelled.json()["state"] == "cancelled"
        assert client.get(job["status_url"], headers=AUTH).json()["state"] == "cancelled"
        # The name is taken: the file is stored, and a reindex picks it up.
        assert (corpus / "uploads" / "attente.txt").exists()
