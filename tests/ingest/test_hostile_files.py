"""Hostile files fail alone (issue #12): sizes checked before parsing, parsing in a worker process
with time and memory limits, and the rest of the ingest goes on.

Keep this module's imports light: the parsing worker imports it for `load_or_misbehave`.
"""

from __future__ import annotations

import io
import os
import signal
import struct
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

import ingest.load as load_module
from ingest.errors import LoadError, UnsupportedFormat
from ingest.load import load
from ingest.records import RawDocument
from ingest.sandbox import ParseLimits, ParseSandbox

KEY = "test-key-hostile"
AUTH = {"Authorization": f"Bearer {KEY}"}


# --- builders -------------------------------------------------------------------------------


def small_docx(paragraphs: int = 1) -> bytes:
    import docx

    document = docx.Document()
    for i in range(paragraphs):
        document.add_paragraph(f"Paragraphe {i} du compte rendu de la revue de projet.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def with_document_xml(data: bytes, transform) -> bytes:
    """The .docx with word/document.xml rewritten by `transform` (str -> str), deflated."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for item in source.infolist():
            part = source.read(item.filename)
            if item.filename == "word/document.xml":
                part = transform(part.decode()).encode()
            package.writestr(item.filename, part)
    return out.getvalue()


def make_bomb(paragraphs: int = 2_000_000) -> bytes:
    """A valid .docx whose document.xml holds 2 million paragraphs: 68 MB in ~300 KB."""
    body = "".join(f"<w:p><w:r><w:t>{i % 10}</w:t></w:r></w:p>" for i in range(paragraphs))
    return with_document_xml(small_docx(), lambda xml: xml.replace("<w:body>", "<w:body>" + body))


def declare_size(data: bytes, name: str, size: int) -> bytes:
    """The zip with `name`'s uncompressed size in the central directory set to `size`."""
    start = data.rindex(name.encode()) - 46  # the central directory comes last
    assert data[start : start + 4] == b"PK\x01\x02"
    return data[: start + 24] + struct.pack("<I", size) + data[start + 28 :]


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    path.write_bytes(make_bomb())
    return path


# --- limits checked by the loaders ----------------------------------------------------------


def test_the_docx_bomb_is_refused_before_it_is_parsed(bomb: Path) -> None:
    part = zipfile.ZipFile(bomb).getinfo("word/document.xml")
    assert bomb.stat().st_size < 500_000 and part.file_size > 60 * 2**20
    start = time.monotonic()
    with pytest.raises(LoadError) as err:
        load(bomb)
    assert time.monotonic() - start < 5
    message = str(err.value)
    assert message.startswith(str(bomb)) and "word/document.xml unpacks to 65 MB" in message
    assert "30 MB allowed" in message and "split it" in message


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        (40 * 2**20, "its part word/document.xml unpacks to 40 MB"),
        (3 * 2**30, "unpacks to 3,073 MB, more than the 100 MB allowed"),
    ],
)
def test_a_zip_part_with_a_huge_declared_size(tmp_path: Path, declared: int, expected: str) -> None:
    path = tmp_path / "declared.docx"
    path.write_bytes(declare_size(small_docx(), "word/document.xml", declared))
    with pytest.raises(LoadError, match=expected) as err:
        load(path)
    assert "declared.docx" in str(err.value)


def test_a_part_compressed_like_a_bomb(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    path.write_bytes(small_docx())
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/media/blank.bin", bytes(2 * 2**20))
    with pytest.raises(LoadError, match=r"blank.bin is compressed [\d,]+ times") as err:
        load(path)
    assert "blank.docx" in str(err.value) and "save it again" in str(err.value)


def test_docx_paragraph_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module, "MAX_DOCX_BLOCKS", 10)
    at_limit, over = tmp_path / "ten.docx", tmp_path / "eleven.docx"
    at_limit.write_bytes(small_docx(10))
    over.write_bytes(small_docx(11))
    assert "Paragraphe 9" in load(at_limit).text
    with pytest.raises(LoadError, match="holds 11 paragraphs and table rows, more than the 10"):
        load(over)


def test_pdf_page_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ingest.test_load import make_pdf

    monkeypatch.setattr(load_module, "MAX_PDF_PAGES", 2)
    path = make_pdf(tmp_path / "long.pdf", ["Une page.", "Une autre.", "Encore une."])
    with pytest.raises(LoadError, match="has 3 pages, more than the 2 allowed") as err:
        load(path)
    assert str(err.value).startswith(str(path))


def test_extracted_text_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module, "MAX_TEXT_CHARS", 100)
    path = tmp_path / "long.txt"
    path.write_text("mot " * 50, encoding="utf-8")
    with pytest.raises(LoadError, match="holds 200 characters of text, more than the 100"):
        load(path)


# --- the parsing worker ---------------------------------------------------------------------


def load_or_misbehave(path: Path, corpus_root: Path | None) -> RawDocument:
    """`load` in the worker, except for files named to hang, be killed or exhaust memory; the
    worker's pid is in the metadata."""
    if "hang" in path.name:
        time.sleep(3600)
    if "killed" in path.name:
        os.kill(os.getpid(), signal.SIGKILL)
    if "hog" in path.name:
        bytearray(4 * 2**30)
    raw = load(path, corpus_root)
    return replace(raw, metadata={**raw.metadata, "pid": os.getpid()})


def write_files(folder: Path, *names: str) -> list[Path]:
    for name in names:
        (folder / name).write_text(f"Compte rendu {name}.\n", encoding="utf-8")
    return [folder / name for name in names]


def test_a_hanging_parse_times_out_and_the_next_file_parses(tmp_path: Path) -> None:
    first, hang, after = write_files(tmp_path, "first.txt", "hang.txt", "after.txt")
    with ParseSandbox(ParseLimits(timeout_s=3), loader=load_or_misbehave) as sandbox:
        worker = sandbox.load(first).metadata["pid"]
        assert worker != os.getpid()
        start = time.monotonic()
        with pytest.raises(LoadError) as err:
            sandbox.load(hang)
        assert 3 <= time.monotonic() - start < 6
        assert str(err.value) == (
            f"{hang}: parsing took longer than 3 s (RENEWAL_PARSE_TIMEOUT_S); the file was "
            "skipped: split it into smaller files, or raise the limit"
        )
        replacement = sandbox.load(after).metadata["pid"]
        assert replacement != worker  # the hung worker was killed and replaced
        assert sandbox.load(first).metadata["pid"] == replacement  # then reused


def test_a_killed_worker_or_exhausted_memory_fails_that_file_only(tmp_path: Path) -> None:
    killed, hog, fine = write_files(tmp_path, "killed.txt", "hog.txt", "fine.txt")
    with ParseSandbox(
        ParseLimits(timeout_s=30, memory_mb=512), loader=load_or_misbehave
    ) as sandbox:
        with pytest.raises(LoadError, match="the parser crashed on it \\(killed by signal 9\\)"):
            sandbox.load(killed)
        with pytest.raises(
            LoadError, match="more than 512 MB of memory \\(RENEWAL_PARSE_MEMORY_MB\\)"
        ):
            sandbox.load(hog)
        assert sandbox.load(fine).text.startswith("Compte rendu fine.txt")


def test_a_bad_file_keeps_its_error_through_the_worker(tmp_path: Path, bomb: Path) -> None:
    empty, exe = tmp_path / "empty.txt", tmp_path / "tool.exe"
    empty.write_bytes(b"")
    exe.write_bytes(b"MZ")
    with ParseSandbox() as sandbox:
        with pytest.raises(LoadError, match="file is empty") as err:
            sandbox.load(empty)
        assert err.value.path == str(empty)
        with pytest.raises(UnsupportedFormat):
            sandbox.load(exe)
        with pytest.raises(LoadError, match="word/document.xml unpacks to 65 MB"):
            sandbox.load(bomb)


# --- the ingest, and an upload after the bomb -----------------------------------------------


def test_ingest_reports_the_bomb_and_indexes_the_rest(tiny, embedder, bomb: Path) -> None:
    from index.build import ingest

    corpus, data = tiny
    (corpus / "bomb.docx").write_bytes(bomb.read_bytes())
    start = time.monotonic()
    report = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    assert time.monotonic() - start < 60
    assert report.added == 3 and report.documents_total == 3  # the tiny corpus's .md and .txt
    [error] = report.errors
    assert error["path"] == str(corpus / "bomb.docx") and "word/document.xml" in error["error"]


def _wait(client, job: dict, seconds: float = 120) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status = client.get(job["status_url"], headers=AUTH).json()
        if status["state"] not in ("queued", "running"):
            return status
        time.sleep(0.05)
    raise AssertionError(f"job {job['job_id']} still {status['state']} after {seconds} s")


def _failures(status: dict) -> str:
    """What a job says went wrong: its error, or its report's per-file errors."""
    errors = (status.get("report") or {}).get("errors", [])
    return status.get("error") or "\n".join(f"{e['path']}: {e['error']}" for e in errors)


def test_an_upload_after_the_bomb_is_indexed(tiny, bomb: Path) -> None:
    from fastapi.testclient import TestClient

    from assistant.app import create_app
    from assistant.settings import Settings

    corpus, data = tiny
    settings = Settings(corpus_dir=corpus, data_dir=data, threads=1, api_key=KEY,
                        max_upload_bytes=2**20)  # fmt: skip
    with TestClient(create_app(settings)) as client:

        def upload(name: str, content: bytes) -> dict:
            r = client.post("/api/documents", files={"file": (name, content)}, headers=AUTH)
            assert r.status_code == 202, r.text
            return r.json()

        start = time.monotonic()
        bomb_job = upload("Rapport annuel.docx", bomb.read_bytes())
        note_job = upload("note-villetest.txt", "Le budget de Villetest est de 12 M€.\n".encode())
        bomb_status, note_status = _wait(client, bomb_job), _wait(client, note_job)
        assert time.monotonic() - start < 120
        failures = _failures(bomb_status)
        assert "Rapport-annuel.docx" in failures and "word/document.xml" in failures
        assert note_status["state"] == "done" and not _failures(note_status)
        hits = client.post("/api/search", json={"query": "budget de Villetest", "k": 1}).json()
        assert hits["hits"][0]["doc_id"] == "uploads/note-villetest.txt"
