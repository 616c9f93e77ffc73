"""Evaluation corpora: the extended corpus is read where it lies, manifests left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT
from evals.corpora import document_files, main
from evals.fit_answerer import holds_gold

EXTENDED = PROJECT_ROOT.parent / "shared" / "corpus-extended"


def test_document_files_leave_out_manifests_and_gold(tmp_path: Path) -> None:
    for name in ("a.md", "MANIFEST.md", "b.txt", "questions.jsonl", "README.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in document_files(tmp_path)] == ["a.md", "b.txt"]
    assert main([str(tmp_path / "missing")]) == 2


@pytest.mark.skipif(not EXTENDED.is_dir(), reason=f"no extended corpus at {EXTENDED}")
def test_extended_corpus_documents() -> None:
    files = document_files(EXTENDED)
    assert len(files) == 26
    assert {p.suffix for p in files} == {".txt", ".md", ".html", ".docx", ".pdf"}


def test_holds_gold_is_containment_either_way() -> None:
    quotes = ["144 démolitions, 351 constructions"]
    assert holds_gold(
        "Programme : 144 démolitions, 351 constructions, 2102 résidentialisations", quotes
    )
    assert holds_gold("144 démolitions, 351", quotes)  # a unit inside a longer quote
    assert not holds_gold("144", quotes)  # too short to stand for the quote
    assert not holds_gold("Montant du projet : 167 millions € TTC", quotes)
