"""`renewal ask --json` prints the Answer record."""

from __future__ import annotations

import json

import pytest

from assistant.cli import main
from assistant.settings import Settings

CITATION_KEYS = {"n", "doc_id", "chunk_id", "title", "section", "quote"}


@pytest.fixture
def env(app_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "RENEWAL_LLM_MODEL",
        "RENEWAL_LLM_API_BASE",
        "RENEWAL_API_KEY",
        "RENEWAL_EMBEDDER",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(app_settings.data_dir))
    monkeypatch.setenv("RENEWAL_THREADS", "1")


def test_ask_json(env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "Combien de démolitions prévoyait le programme d'Antony ?", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert isinstance(out["answer"], str) and "144" in out["answer"]
    assert out["refused"] is False
    assert out["citations"]
    for citation in out["citations"]:
        assert CITATION_KEYS <= citation.keys()
        assert f"[{citation['n']}]" in out["answer"]
    assert any("144 démolitions" in c["quote"] for c in out["citations"])
    assert out["passages"] == []  # only with --passages


def test_ask_json_refusal_with_passages(env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "Quel est le budget du NPNRU à Marseille ?", "--json", "--passages"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["refused"] is True and out["citations"] == []
    assert out["passages"] and out["nearest_documents"]


def test_ask_empty_question_fails_clearly(env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "  ", "--json"]) == 2
    assert "the question is empty" in capsys.readouterr().err
