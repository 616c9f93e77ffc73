"""index.search: fusion arithmetic, filter parsing, and retrieval on the real corpus index."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.embed import Embedder
from index.search import (
    FilterError,
    SearchParams,
    hybrid_search,
    parse_filters,
    reciprocal_rank_fusion,
)
from index.store import Index

ANTONY = "fiche-mission-point-etape-psl-antony.txt"
BAGNEUX = "fiche-mission-point-etape-cloture-bagneux.txt"
GAZETTE = "article-gazette-valenciennes-pilotage-atypique.txt"
GESTION = "fiche-action-contrat-de-ville-gestion-quartiers.txt"

# --- reciprocal rank fusion -----------------------------------------------------------------------


def test_rrf_exact_scores() -> None:
    fused = reciprocal_rank_fusion([[7, 3, 5], [3, 9]], [1.0, 0.5], k=60)
    assert fused == pytest.approx({
        7: 1 / 61,
        3: 1 / 62 + 0.5 / 61,
        5: 1 / 63,
        9: 0.5 / 62,
    })  # fmt: skip


def test_rrf_ties_are_exact() -> None:
    # 1 is first in one list and second in the other; 2 the reverse: equal weights, equal scores.
    fused = reciprocal_rank_fusion([[1, 2], [2, 1]], [1.0, 1.0], k=10)
    assert fused[1] == fused[2] == 1 / 11 + 1 / 12


def test_rrf_ignores_rankings_of_weight_zero() -> None:
    fused = reciprocal_rank_fusion([[1, 2], [3, 2]], [1.0, 0.0], k=60)
    assert fused == {1: 1 / 61, 2: 1 / 62}
    assert reciprocal_rank_fusion([[1], [2]], [0.0, 0.0]) == {}


def test_rrf_needs_one_weight_per_ranking() -> None:
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([[1], [2]], [1.0])


# --- filters --------------------------------------------------------------------------------------


def test_parse_good_filters() -> None:
    assert parse_filters(None) == {} and parse_filters([]) == {}
    assert parse_filters(["doc_type=mission_sheet", "year=2012", " site = Antony "]) == {
        "doc_type": "mission_sheet", "year": "2012", "site": "Antony",
    }  # fmt: skip
    assert parse_filters(["year=2010-2015", "client=Ville=Antony"]) == {
        "year": "2010-2015", "client": "Ville=Antony",
    }  # fmt: skip
    assert parse_filters({"doc_type": "article", "site": ""}) == {"doc_type": "article"}
    assert parse_filters(["year=2010 - 2015"]) == {"year": "2010 - 2015"}


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (["town=Antony"], "unknown filter 'town'; known filters: doc_type"),
        (["doc_type"], "must look like key=value"),
        (["doc_type=rapport"], "doc_type must be one of mission_sheet, article"),
        (["year=2012a"], "year must be a year or a range like 2010-2015"),
        (["year=12"], "year must be a year or a range"),
        (["year=2015-2010"], "year range must go from the earlier year: 2010-2015"),
    ],
)
def test_parse_bad_filters(items: list[str], message: str) -> None:
    with pytest.raises(FilterError) as excinfo:
        parse_filters(items)
    assert message in str(excinfo.value)


# --- retrieval on the shipped corpus --------------------------------------------------------------


def search(corpus_index: tuple[Path, Index, Embedder], query: str, **kwargs: object) -> list:
    _, index, embedder = corpus_index
    filters = kwargs.pop("filters", None)
    return hybrid_search(index, embedder, query, SearchParams(**kwargs), filters)  # type: ignore[arg-type]


def test_english_question_about_a_list_under_a_heading(corpus_index) -> None:
    hits = search(corpus_index, "what were Antony's closure enjeux?", k=3)
    assert any("Conforter la réussite du PRU" in h.chunk.text for h in hits)


def test_french_numeric_question(corpus_index) -> None:
    hits = search(corpus_index, "Combien de démolitions à Antony ?", k=5)
    assert "144 démolitions" in hits[0].chunk.text
    assert hits[0].chunk.doc_id == ANTONY


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("What is the population of Bagneux?", "38 495 habitants"),
        ("How many inhabitants does Bagneux have?", "38 495 habitants"),
        ("What was the amount of the Antony project?", "167 millions"),
        ("How much did the Antony project cost?", "167 millions"),
    ],
)
def test_english_questions_find_their_passage(corpus_index, question: str, quote: str) -> None:
    hits = search(corpus_index, question, k=5)
    assert any(quote in h.chunk.text for h in hits), [h.chunk.text[:80] for h in hits]


def test_hits_are_ranked_and_carry_their_scores(corpus_index) -> None:
    hits = search(corpus_index, "Combien de démolitions à Antony ?", k=5)
    assert [h.rank for h in hits] == [1, 2, 3, 4, 5]
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len({h.chunk.chunk_id for h in hits}) == 5
    top = hits[0]
    assert top.lexical_rank is not None and top.lexical is not None and top.lexical > 0
    assert top.dense_rank is not None and -1.0 <= top.dense <= 1.0
    weights = SearchParams()
    assert top.score == pytest.approx(
        weights.lexical_weight / (60 + top.lexical_rank)
        + weights.dense_weight / (60 + top.dense_rank)
    )


def test_filter_doc_type(corpus_index) -> None:
    hits = search(corpus_index, "projet de renouvellement urbain", k=20,
                  filters=parse_filters(["doc_type=article"]))  # fmt: skip
    assert hits and {h.doc_type for h in hits} == {"article"}


def test_filter_site(corpus_index) -> None:
    hits = search(
        corpus_index, "enjeux de la mission", k=20, filters=parse_filters(["site=antony"])
    )
    assert hits and {h.chunk.doc_id for h in hits} == {ANTONY}


def test_every_shipped_document_about_a_place_is_found_by_its_site(corpus_index) -> None:
    """The Gazette article names Valenciennes only in its headline ("Expérience locale –
    Valenciennes métropole : ..."), which no mission sheet names; the action sheet's lead is
    "Tour(s)plus", the Tours agglomeration."""
    for site, doc_id in (("Valenciennes", GAZETTE), ("Tours", GESTION)):
        hits = search(corpus_index, "pilotage des projets et gestion des quartiers", k=20,
                      filters=parse_filters([f"site={site}"]))  # fmt: skip
        assert hits and {h.chunk.doc_id for h in hits} == {doc_id}, site


def test_filter_year(corpus_index) -> None:
    hits = search(corpus_index, "pilotage du projet", k=20, filters=parse_filters(["year=2009"]))
    assert hits and {h.chunk.doc_id for h in hits} == {GAZETTE}


@pytest.mark.parametrize("mode", ["lexical", "dense", "hybrid"])
def test_filters_hold_in_every_mode(corpus_index, mode: str) -> None:
    hits = search(corpus_index, "habitants du quartier", k=20, mode=mode,
                  filters=parse_filters(["site=Bagneux"]))  # fmt: skip
    assert hits and {h.chunk.doc_id for h in hits} == {BAGNEUX}


def test_filter_matching_nothing_returns_nothing(corpus_index) -> None:
    assert search(corpus_index, "démolitions", filters=parse_filters(["site=Marseille"])) == []


def test_query_with_no_known_token(corpus_index) -> None:
    query = "zxqvbnm wqpfkj"
    assert search(corpus_index, query, mode="lexical") == []
    dense = search(corpus_index, query, mode="dense", k=3)
    assert len(dense) == 3 and all(h.lexical is None and h.dense is not None for h in dense)
    hybrid = search(corpus_index, query, k=3)
    assert [h.chunk.chunk_id for h in hybrid] == [h.chunk.chunk_id for h in dense]


def test_k_larger_than_the_index(corpus_index) -> None:
    _, index, _ = corpus_index
    hits = search(corpus_index, "renouvellement urbain", k=1000, mode="dense")
    assert len(hits) == index.n_chunks
