"""Proposal drafts from precedents: offline assembly, the model's draft checked, Markdown and Word."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from fastapi.testclient import TestClient

from assistant.cli import main
from assistant.drafting import (
    DOCX_MIME,
    NOTICE_UNCITED,
    SECTIONS,
    Draft,
    draft_docx,
    draft_markdown,
    draft_proposal,
    parse_markdown_draft,
)
from assistant.llm import LLMError
from assistant.missions import MissionNotFound
from assistant.prompts import load_prompts
from assistant.settings import PROJECT_ROOT
from index.embed import Embedder
from index.store import Index

BAGNEUX = "fiche-mission-point-etape-cloture-bagneux.txt"
ANTONY = "fiche-mission-point-etape-psl-antony.txt"
BRIEF = "point d'étape de clôture ANRU pour un quartier de 40 000 habitants, avec plan stratégique local"


class ScriptedCompleter:
    """A Completer that answers from a script (a text, or an LLMError to raise) and records prompts."""

    model = "scripted"

    def __init__(self, *replies: str | Exception):
        self.replies = list(replies)
        self.messages: list[list[dict[str, str]]] = []

    def complete(self, messages: list[dict[str, str]]) -> str:
        self.messages.append(messages)
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    def stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        yield self.complete(messages)


@pytest.fixture(scope="module")
def corpus(corpus_index: tuple[Path, Index, Embedder]) -> tuple[Index, Embedder]:
    _, index, embedder = corpus_index
    return index, embedder


@pytest.fixture(scope="module")
def offline(corpus) -> Draft:
    index, embedder = corpus
    return draft_proposal(index, embedder, BRIEF)


def resolves(index: Index, ref) -> bool:
    doc = index.document(ref.doc_id)
    return (
        doc is not None and doc.text[ref.start : ref.end] == ref.quote and bool(ref.quote.strip())
    )


def test_offline_draft_cites_every_borrowed_element_to_its_passage(corpus, offline) -> None:
    index, _ = corpus
    assert offline.mode == "offline" and offline.notice is None and not offline.no_precedent
    assert {p["doc_id"] for p in offline.precedents} == {BAGNEUX, ANTONY}
    assert [s.title for s in offline.sections] == list(SECTIONS)
    assert [r.n for r in offline.references] == list(range(1, len(offline.references) + 1))
    for ref in offline.references:
        assert resolves(index, ref), ref
    cited = {n for s in offline.sections for item in s.items for n in item.refs}
    assert cited == {r.n for r in offline.references}  # every reference is used, none dangles
    # The brief asks for a closure checkpoint and a PSL: the phases of both, no component list.
    method = [i.text for i in offline.sections[3].items if i.kind == "paragraph"]
    assert method[0].startswith("Phase 1 — Cadrage") and method[-1].endswith(
        "Synthèse et restitution"
    )
    assert any("plan stratégique local" in p for p in method)
    # No count in the brief: the precedents' range, each figure cited to the passage stating it.
    interviews = next(i.text for i in offline.sections[3].items if "entretiens" in i.text)
    assert "~40–50 entretiens (nombre à confirmer)" in interviews
    for figure, doc_id in (("~50", BAGNEUX), ("~40", ANTONY)):
        n = int(re.search(rf"{re.escape(figure)} à \w+ \[(\d+)\]", interviews).group(1))
        ref = offline.references[n - 1]
        assert ref.doc_id == doc_id and ref.section == "Contenu de la mission"
        assert figure.lstrip("~") in ref.quote
    quantities = {q["key"]: q for q in offline.quantities}
    assert (quantities["entretien"]["low"], quantities["entretien"]["high"]) == (40, 50)
    assert quantities["atelier"]["display"] == "2 à 4 ateliers"
    for source in quantities["entretien"]["sources"]:
        assert offline.references[source["ref"] - 1].doc_id == source["doc_id"]
    assert "40\u202f000 habitants" in offline.sections[0].items[0].text


def test_markdown_and_json_come_from_the_same_draft(offline) -> None:
    markdown = draft_markdown(offline)
    assert markdown.startswith(f"# {offline.title}\n")
    for title in (*SECTIONS, "Sources citées"):
        assert f"\n## {title}\n" in markdown
    first = offline.references[0]
    assert (
        f"\n1. {first.title} — {first.section} (`{first.doc_id}`, car. {first.start}–{first.end})"
        in markdown
    )
    data = json.loads(json.dumps(offline.to_dict(), ensure_ascii=False))
    assert len(data["references"]) == len(offline.references)
    assert data["request"]["population"] == 40000 and data["no_precedent"] is False
    assert any(i["flagged"] for s in data["sections"] for i in s["items"])
    # The Markdown reads back into the same sections and items (the title and sources aside).
    parsed = parse_markdown_draft(markdown)
    assert [s.title for s in parsed] == list(SECTIONS[:-1])  # "Références" is rebuilt from records
    for back, section in zip(parsed, offline.sections, strict=False):
        assert [(i.kind, i.text) for i in back.items] == [(i.kind, i.text) for i in section.items]


def test_docx_reads_back_with_headings_and_sources(offline) -> None:
    document = docx.Document(io.BytesIO(draft_docx(offline)))
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == offline.title
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == [*SECTIONS, "Sources citées"]
    references = [p.text for p in paragraphs if p.style.name == "List Number"]
    assert len(references) == len(offline.references)
    for text, ref in zip(references, offline.references, strict=True):
        assert ref.doc_id in text and " ".join(ref.quote.split()) in text
    bullets = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    assert any("~40–50 entretiens" in b and re.search(r"\[\d+\]", b) for b in bullets)
    assert document.core_properties.title == offline.title


# -- the language model -------------------------------------------------------------------------


def llm_reply(offline: Draft) -> str:
    """A model draft citing the interview passages of both precedents, and one passage that was not given."""
    interviews = next(q for q in offline.quantities if q["key"] == "entretien")
    a, b = (s["ref"] for s in interviews["sources"])
    return (
        "# Proposition\n\n## Compréhension de la demande\n\n"
        f"- Le point d'étape portera sur un quartier de 40 000 habitants [{a}].\n\n"
        "## Méthodologie par phase\n\n"
        f"- Conduire ~40–50 entretiens avec les personnes clés [{a}][{b}].\n"
        "- Organiser un séminaire de clôture [99].\n\n"
        "## Références\n\n1. inventée\n"
    )


def test_llm_draft_keeps_valid_markers_and_renumbers_references(corpus, offline) -> None:
    index, embedder = corpus
    completer = ScriptedCompleter(llm_reply(offline))
    prompts = load_prompts(PROJECT_ROOT / "prompts")
    result = draft_proposal(index, embedder, BRIEF, completer=completer, prompts=prompts)
    assert result.mode == "llm" and result.notice is None
    assert [s.title for s in result.sections] == [
        "Compréhension de la demande", "Méthodologie par phase", "Références",
    ]  # fmt: skip
    items = [i.text for s in result.sections for i in s.items]
    assert items[1] == "Conduire ~40–50 entretiens avec les personnes clés [1][2]."
    assert "[99]" not in " ".join(items)  # a passage that was not given is never cited
    assert {r.doc_id for r in result.references} == {BAGNEUX, ANTONY}
    assert all(resolves(index, r) for r in result.references)
    assert "entretiens" in result.references[0].quote
    system = completer.messages[0][0]["content"]
    assert BRIEF in system and "<<<" in system and "## Méthodologie par phase" in system
    assert "- population (habitants) : 40\u202f000" in system


@pytest.mark.parametrize(
    ("reply", "notice"),
    [
        (
            LLMError("language model 'scripted' failed: Timeout"),
            "Le modèle de langue n'a pas rédigé",
        ),
        ("## Objectifs\n\n- Un objectif sans source.\n", NOTICE_UNCITED),
    ],
)
def test_llm_failure_falls_back_to_the_offline_draft_with_a_notice(
    corpus, offline, reply, notice
) -> None:
    index, embedder = corpus
    prompts = load_prompts(PROJECT_ROOT / "prompts")
    result = draft_proposal(
        index, embedder, BRIEF, completer=ScriptedCompleter(reply), prompts=prompts
    )
    assert result.mode == "offline" and result.notice.startswith(notice)
    assert draft_markdown(result) == draft_markdown(offline).replace(
        f"# {offline.title}\n\n", f"# {offline.title}\n\n> {result.notice}\n\n"
    )


def test_doc_ids_choose_the_precedents(corpus) -> None:
    index, embedder = corpus
    result = draft_proposal(index, embedder, BRIEF, doc_ids=[BAGNEUX])
    assert [p["doc_id"] for p in result.precedents] == [BAGNEUX]
    assert {r.doc_id for r in result.references} == {BAGNEUX}
    assert "~50 entretiens (nombre à confirmer)" in draft_markdown(result)  # no range from one
    with pytest.raises(MissionNotFound):
        draft_proposal(index, embedder, BRIEF, doc_ids=["nope.txt"])


# -- API and CLI --------------------------------------------------------------------------------


def test_api_draft_markdown_and_docx(client: TestClient, offline) -> None:
    response = client.post("/api/draft", json={"brief": BRIEF})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["markdown"] == draft_markdown(offline)
    assert body["draft"]["mode"] == "offline" and body["draft"]["references"][0]["n"] == 1
    assert [s["title"] for s in body["draft"]["sections"]] == list(SECTIONS)
    assert body["draft"]["title"] == offline.title and "…" not in offline.title

    response = client.post(
        "/api/draft", json={"brief": BRIEF, "doc_ids": [ANTONY], "format": "docx"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == DOCX_MIME
    assert response.headers["content-disposition"].startswith("attachment;")
    document = docx.Document(io.BytesIO(response.content))
    assert "Sources citées" in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]

    # Characters XML does not allow, in the brief, are left out of the Word file, not a 500.
    hostile = BRIEF + " \u0001\u0000\u001b\ufffe fin"
    response = client.post("/api/draft", json={"brief": hostile, "format": "docx"})
    assert response.status_code == 200, response.text
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert "\u0001" not in text and "\ufffe" not in text

    assert (
        client.post("/api/draft", json={"brief": BRIEF, "doc_ids": ["nope.txt"]}).status_code == 404
    )
    assert client.post("/api/draft", json={"brief": ""}).status_code == 422
    assert client.post("/api/draft", json={"brief": BRIEF, "format": "pdf"}).status_code == 422


def test_cli_draft(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data_copy))
    monkeypatch.setenv("RENEWAL_THREADS", "1")
    monkeypatch.setenv("RENEWAL_LLM_MODEL", "")
    assert main(["draft", BRIEF]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "# Proposition de mission — Point d'étape de clôture et plan stratégique local"
    )
    assert "~40–50 entretiens" in out

    assert main(["draft", BRIEF, "--out", str(tmp_path / "proposal.docx")]) == 0
    assert "wrote" in capsys.readouterr().err
    document = docx.Document(str(tmp_path / "proposal.docx"))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"][
        -1
    ] == "Sources citées"
    assert document.core_properties.author == "Renewal assistant"

    assert main(["draft", BRIEF, "--out", str(tmp_path / "proposal.md"), "--doc-id", BAGNEUX]) == 0
    assert "Bagneux" in (tmp_path / "proposal.md").read_text(encoding="utf-8")
    assert main(["draft", BRIEF, "--out", str(tmp_path / "proposal.pdf")]) == 2
    assert "--out must end with .md or .docx" in capsys.readouterr().err
