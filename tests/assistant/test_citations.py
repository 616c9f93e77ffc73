"""Citation markers: validation against the passages given, support, quotes located in documents."""

from __future__ import annotations

import re

import pytest

from assistant.answering import Assistant
from assistant.citations import (
    MARKER,
    SUPPORT_THRESHOLD,
    build_citations,
    check_markers,
    cited_sentences,
    support_score,
)


def _numbers(text: str) -> list[int]:
    return [int(n) for group in MARKER.findall(text) for n in re.split(r"\s*[,;]\s*", group)]


@pytest.mark.parametrize(
    ("text", "n", "expected", "valid", "invalid"),
    [
        ("144 démolitions [1].", 3, "144 démolitions [1].", [1], []),
        ("144 démolitions [0].", 3, "144 démolitions.", [], [0]),
        ("144 démolitions [7].", 3, "144 démolitions.", [], [7]),
        ("144 démolitions [2, 9].", 3, "144 démolitions [2].", [2], [9]),
        ("Montant [1][9] et programme [3; 4].", 3, "Montant [1] et programme [3].", [1, 3], [9, 4]),
        (
            "Selon [9], le montant : 157 M€ [1] ; fin [8]",
            3,
            "Selon, le montant : 157 M€ [1] ; fin",
            [1],
            [9, 8],
        ),
        ("Voir [9]et la suite [1].", 3, "Voir et la suite [1].", [1], [9]),
        ("Rien à citer [1].", 0, "Rien à citer.", [], [1]),
        ("Deux fois [2, 2] puis [1].", 3, "Deux fois [2] puis [1].", [2, 1], []),
    ],
)
def test_check_markers_keeps_valid_and_drops_out_of_range(
    text: str, n: int, expected: str, valid: list[int], invalid: list[int]
) -> None:
    checked = check_markers(text, n)
    assert checked.text == expected
    assert checked.valid == valid
    assert checked.invalid == invalid
    assert all(1 <= m <= n for m in _numbers(checked.text))


def test_check_markers_never_leaves_a_marker_above_n() -> None:
    text = " ".join(f"phrase {i} [{i}] [{i}, {i + 5}]." for i in range(0, 12))
    for n in range(0, 8):
        numbers = _numbers(check_markers(text, n).text)
        assert all(1 <= m <= n for m in numbers), (n, numbers)
        assert sorted(set(numbers)) == list(range(1, min(n, 11) + 1))


def test_check_markers_leaves_other_brackets_alone() -> None:
    text = "Voir [annexe] et [1a] ; 144 démolitions [1]."
    assert check_markers(text, 1).text == text


def test_cited_sentences_pairs_each_sentence_with_its_markers() -> None:
    text = (
        "Le programme prévoyait 144 démolitions [1]. Il comptait 351 constructions. [2]\n"
        "- Montant du projet : 167 millions € [1, 3]\n"
        "Une phrase sans citation."
    )
    assert cited_sentences(text) == [
        ("Le programme prévoyait 144 démolitions.", [1]),
        ("Il comptait 351 constructions.", [2]),
        ("Montant du projet: 167 millions €", [1, 3]),
    ]


def test_cited_sentences_marker_after_an_uncited_sentence_belongs_to_it() -> None:
    assert cited_sentences("Sans source. Le montant est de 157 M€. [1]") == [
        ("Le montant est de 157 M€.", [1])
    ]


def test_a_number_a_pdf_column_cut_over_two_lines_still_supports_the_quote() -> None:
    passage = "la Croix-Méline compte aujourd'hui 5\n200 habitants et 1 980 logements sociaux."
    quote = "la Croix-Méline compte aujourd'hui 5 200 habitants et 1 980 logements sociaux."
    assert support_score(quote, passage) >= SUPPORT_THRESHOLD
    assert support_score("la Croix-Méline compte 5 300 habitants.", passage) == 0.0


def test_support_score_is_zero_when_a_number_is_missing() -> None:
    passage = "Programme : 144 démolitions, 351 constructions, 2102 résidentialisations."
    assert support_score("Le programme prévoyait 144 démolitions.", passage) >= SUPPORT_THRESHOLD
    assert support_score("Le programme prévoyait 145 démolitions.", passage) == 0.0
    assert support_score("Le programme prévoyait 144 démolitions en 2015.", passage) == 0.0


def test_support_score_english_sentence_over_french_passage() -> None:
    passage = "Programme : 144 démolitions, 351 constructions, 2102 résidentialisations."
    score = support_score("The programme planned 144 demolitions and 351 constructions.", passage)
    assert score > 0.5
    assert support_score("The project amount was 157 M€.", "Montant du projet : 157 M€") > 0.5


def test_support_score_unrelated_sentence_is_low() -> None:
    passage = "Programme : 144 démolitions, 351 constructions, 2102 résidentialisations."
    assert support_score("Le jury citoyen a rendu un avis sur la concertation.", passage) < 0.5


def test_build_citations_quotes_point_into_the_document_text(assistant: Assistant) -> None:
    question = "Combien de démolitions prévoyait le programme d'Antony ?"
    hits = assistant.search(question)
    assert hits
    index = assistant.indexes.current()
    n = next(i for i, h in enumerate(hits, start=1) if "144 démolitions" in h.chunk.text)
    text = f"Le programme prévoyait 144 démolitions et 351 constructions [{n}] [{len(hits) + 4}]."
    citations = build_citations(text, hits)
    assert [c.n for c in citations] == [n]  # the marker naming no passage gives no citation
    (citation,) = citations
    doc = index.document(citation.doc_id)
    assert doc is not None
    assert doc.text[citation.start : citation.end] == citation.quote
    assert "144 démolitions" in citation.quote
    assert citation.chunk_id == hits[n - 1].chunk.chunk_id
    assert citation.supported is True


def test_build_citations_with_given_spans(assistant: Assistant) -> None:
    hits = assistant.search("Quel était le montant du projet d'Antony ?")
    index = assistant.indexes.current()
    spans = {}
    for n, hit in enumerate(hits, start=1):
        at = hit.chunk.text.find("Montant du projet")
        if at >= 0:
            spans[n] = (
                at,
                hit.chunk.text.index("\n", at)
                if "\n" in hit.chunk.text[at:]
                else len(hit.chunk.text),
            )
    assert spans
    text = " ".join(f"Le montant était de 167 millions € [{n}]." for n in spans)
    for citation in build_citations(text, hits, spans):
        doc = index.document(citation.doc_id)
        assert doc is not None
        assert doc.text[citation.start : citation.end] == citation.quote
        assert citation.quote.startswith("Montant du projet")
