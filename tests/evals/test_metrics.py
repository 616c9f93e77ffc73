"""Metric arithmetic on hand-built inputs with hand-computed expected values."""

from __future__ import annotations

import math

import pytest

from evals.gold import AnswerFact
from evals.metrics import (
    RetrievalRow,
    fact_present,
    fact_recall,
    first_relevant_rank,
    hit_at_k,
    ndcg_at_k,
    normalize_number_text,
    normalize_text,
    passage_has_quote,
    quote_recall_at_k,
    quote_relevances,
    reciprocal_rank,
    score_question_retrieval,
    score_retrieval,
)

ANTONY = "Programme : 144 démolitions, 351 constructions, 2102 résidentialisations."
ENTRETIENS_40 = "Réalisation d'entretiens avec les personnes clés identifiées (~40)"
OTHER = "Guichet unique du renouvellement urbain, l’ANRU fédère un réseau dense de partenaires."


# ---------------------------------------------------------------- normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("L’Agence", "l'agence"),
        ("l‘ANRU ʼ", "l'anru '"),
        ("« Le partenariat »", '" le partenariat "'),
        ("“vivre ensemble”", '"vivre ensemble"'),
        ("a\u00a0b\u202fc\td\n\ne   f", "a b c d e f"),
        ("  Élargissant ÀÇÊÏÔÙ  ", "elargissant aceiou"),
        ("mise en Œuvre, cœur", "mise en oeuvre, coeur"),
        ("ﬁche", "fiche"),  # NFKC ligature
        (
            "Expérience locale – Valenciennes — métropole",
            "experience locale - valenciennes - metropole",
        ),
        ("renou\u00advellement\u200b urbain", "renouvellement urbain"),
        ("agora…", "agora..."),
        ("", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_normalize_text_is_idempotent() -> None:
    once = normalize_text("« Le partenariat, c’est dans notre ADN ! »\u00a0lance-t-il")
    assert normalize_text(once) == once


# ---------------------------------------------------------------- passage_has_quote


def test_quote_matches_across_curly_apostrophes_and_whitespace() -> None:
    passage = "les habitants des 600\nquartiers dans lesquels l’ANRU\u00a0est   intervenue"
    assert passage_has_quote(passage, "des 600 quartiers dans lesquels l'ANRU est intervenue")


def test_quote_matches_when_the_quote_has_the_curly_form() -> None:
    assert passage_has_quote("l'Agence a été conçue", "l’Agence a été conçue")


def test_quote_matches_across_case_accents_and_no_break_spaces() -> None:
    passage = "Financement de droit commun\u00a0: ville, bailleur, Tour(s)plus"
    assert passage_has_quote(passage, "FINANCEMENT DE DROIT COMMUN : VILLE")
    assert passage_has_quote(passage, "financement de droit commun : ville")


def test_quote_absent() -> None:
    assert not passage_has_quote(ANTONY, "145 démolitions")


@pytest.mark.parametrize("quote", ["", "   ", "\n"])
def test_empty_quote_is_never_contained(quote: str) -> None:
    assert not passage_has_quote(ANTONY, quote)


# ---------------------------------------------------------------- ranks and rank metrics


def test_first_relevant_rank_takes_the_best_of_tied_relevant_passages() -> None:
    passages = [OTHER, ANTONY, "Rappel : 144 démolitions, 351 constructions"]
    assert first_relevant_rank(passages, ["144 démolitions, 351 constructions"]) == 2


def test_first_relevant_rank_any_quote_counts() -> None:
    passages = [OTHER, ENTRETIENS_40, ANTONY]
    quotes = ["144 démolitions", "personnes clés identifiées (~40)"]
    assert first_relevant_rank(passages, quotes) == 2


def test_first_relevant_rank_none_cases() -> None:
    assert first_relevant_rank([], ["144 démolitions"]) is None
    assert first_relevant_rank([OTHER], ["144 démolitions"]) is None
    assert first_relevant_rank([ANTONY], []) is None
    assert first_relevant_rank([ANTONY], [" "]) is None


@pytest.mark.parametrize(
    ("rank", "k", "expected"),
    [(1, 1, 1.0), (2, 1, 0.0), (5, 5, 1.0), (6, 5, 0.0), (None, 5, 0.0)],
)
def test_hit_at_k(rank: int | None, k: int, expected: float) -> None:
    assert hit_at_k(rank, k) == expected


@pytest.mark.parametrize(
    ("rank", "expected"),
    [(1, 1.0), (2, 0.5), (4, 0.25), (10, 0.1), (11, 0.0), (None, 0.0)],
)
def test_reciprocal_rank(rank: int | None, expected: float) -> None:
    assert reciprocal_rank(rank, k=10) == pytest.approx(expected)


def test_rank_metrics_reject_bad_k_and_rank() -> None:
    with pytest.raises(ValueError):
        hit_at_k(1, 0)
    with pytest.raises(ValueError):
        reciprocal_rank(1, 0)
    with pytest.raises(ValueError):
        reciprocal_rank(0, 10)


# ---------------------------------------------------------------- nDCG


def test_ndcg_perfect_single() -> None:
    assert ndcg_at_k([1, 0, 0], 1) == 1.0


def test_ndcg_relevant_at_rank_two() -> None:
    assert ndcg_at_k([0, 1, 0], 1) == pytest.approx(1 / math.log2(3))  # 0.63093


def test_ndcg_two_relevant_at_ranks_two_and_three() -> None:
    expected = (1 / math.log2(3) + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    assert ndcg_at_k([0, 1, 1], 2) == pytest.approx(expected)
    assert expected == pytest.approx(0.693426, abs=1e-6)


def test_ndcg_one_of_two_relevant_found() -> None:
    assert ndcg_at_k([1, 0], 2) == pytest.approx(1 / (1 + 1 / math.log2(3)))  # 0.61315


def test_ndcg_ideal_is_capped_at_k() -> None:
    assert ndcg_at_k([1, 1, 1], 5, k=3) == pytest.approx(1.0)


def test_ndcg_ignores_positions_after_k_and_empty_lists() -> None:
    assert ndcg_at_k([0] * 10 + [1], 1, k=10) == 0.0
    assert ndcg_at_k([], 1) == 0.0
    assert ndcg_at_k([], 0) == 0.0


def test_ndcg_rejects_non_binary_or_overcounted_relevance() -> None:
    with pytest.raises(ValueError, match="binary"):
        ndcg_at_k([2, 0], 1)
    with pytest.raises(ValueError, match="n_relevant"):
        ndcg_at_k([1, 1], 1)


def test_quote_relevances_credit_each_quote_once() -> None:
    passages = [
        "144 démolitions, 351 constructions",
        "Rappel : 144 démolitions, 351 constructions",  # overlapping chunk, same quote
        ENTRETIENS_40,
        OTHER,
    ]
    quotes = ["144 démolitions", "identifiées (~40)"]
    assert quote_relevances(passages, quotes) == [1, 0, 1, 0]
    rels = quote_relevances(passages, quotes)
    assert ndcg_at_k(rels, 2) == pytest.approx((1 + 0.5) / (1 + 1 / math.log2(3)))


def test_quote_relevances_passage_with_two_quotes_counts_once() -> None:
    assert quote_relevances([ANTONY, OTHER], ["144 démolitions", "2102 résidentialisations"]) == [
        1,
        0,
    ]


# ---------------------------------------------------------------- quote recall


def test_quote_recall_duplicates_count_once() -> None:
    quotes = ["144 démolitions", "144  DÉMOLITIONS", "identifiées (~40)"]
    assert quote_recall_at_k([ANTONY, OTHER], quotes, k=5) == 0.5


def test_quote_recall_only_top_k() -> None:
    passages = [OTHER, OTHER, ANTONY]
    assert quote_recall_at_k(passages, ["144 démolitions"], k=2) == 0.0
    assert quote_recall_at_k(passages, ["144 démolitions"], k=3) == 1.0


def test_quote_recall_quotes_split_by_different_whitespace_and_apostrophes() -> None:
    passage = "Réalisation d’entretiens avec les\npersonnes clés identifiées\u00a0(~40)"
    assert quote_recall_at_k([passage], [ENTRETIENS_40], k=5) == 1.0


def test_quote_recall_empty_cases() -> None:
    assert quote_recall_at_k([ANTONY], []) is None
    assert quote_recall_at_k([ANTONY], ["", "  "]) is None
    assert quote_recall_at_k([], ["144 démolitions"]) == 0.0


# ---------------------------------------------------------------- aggregate


def test_score_question_retrieval_row() -> None:
    scores = score_question_retrieval([OTHER, OTHER, ANTONY], ["144 démolitions"])
    assert scores == {
        "first_relevant_rank": 3,
        "hit_at_1": 0.0,
        "hit_at_5": 1.0,
        "rr_at_10": pytest.approx(1 / 3),
        "ndcg_at_10": pytest.approx(0.5),
        "quote_recall_at_5": 1.0,
    }


def test_score_question_retrieval_without_quotes_is_unscored() -> None:
    assert set(score_question_retrieval([ANTONY], []).values()) == {None}


def test_score_retrieval_aggregate_skips_unanswerable_and_counts_empty_as_miss() -> None:
    rows = [
        RetrievalRow(True, ["144 démolitions"], [ANTONY, OTHER], "a"),  # rank 1
        RetrievalRow(True, ["identifiées (~40)"], [OTHER, OTHER, ENTRETIENS_40], "b"),  # rank 3
        RetrievalRow(True, ["351 constructions"], [], "c"),  # empty retrieval: a miss
        RetrievalRow(False, [], [ANTONY], "d"),  # unanswerable: skipped
        RetrievalRow(True, [], [ANTONY], "e"),  # no gold quote: skipped
    ]
    scores = score_retrieval(rows)
    assert scores["n"] == 3
    assert scores["hit_at_1"] == pytest.approx(1 / 3)
    assert scores["hit_at_5"] == pytest.approx(2 / 3)
    assert scores["mrr_at_10"] == pytest.approx((1 + 1 / 3) / 3)
    assert scores["ndcg_at_10"] == pytest.approx((1 + 0.5) / 3)
    assert scores["quote_recall_at_5"] == pytest.approx(2 / 3)
    assert list(scores) == [
        "hit_at_1",
        "hit_at_5",
        "mrr_at_10",
        "ndcg_at_10",
        "quote_recall_at_5",
        "n",
    ]


def test_score_retrieval_unanswerable_rows_do_not_move_the_means() -> None:
    answerable = RetrievalRow(True, ["144 démolitions"], [ANTONY])
    refused = RetrievalRow(False, [], [])
    assert score_retrieval([answerable, refused, refused]) == score_retrieval([answerable])
    assert score_retrieval([answerable])["hit_at_1"] == 1.0


def test_score_retrieval_nothing_to_score() -> None:
    assert score_retrieval([RetrievalRow(False, [], [ANTONY])]) == {
        "hit_at_1": None,
        "hit_at_5": None,
        "mrr_at_10": None,
        "ndcg_at_10": None,
        "quote_recall_at_5": None,
        "n": 0,
    }
    assert score_retrieval([])["n"] == 0


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2 102", "2102"),
        ("2\u202f102", "2102"),
        ("2\u00a0102", "2102"),
        ("2.102", "2102"),
        ("38 495 habitants", "38495 habitants"),
        ("1 400 logements et 1 265", "1400 logements et 1265"),
        ("12 345 678", "12345678"),
        ("38,495", "38495"),  # English thousands separator
        ("1,5", "1.5"),  # French decimal comma
        ("0,125", "0.125"),
        ("3.14", "3.14"),
        ("157 M€", "157000000 eur"),
        ("157 M €", "157000000 eur"),
        ("157 millions d'euros", "157000000 eur"),
        ("157 millions d’euros", "157000000 eur"),
        ("157 millions €", "157000000 eur"),
        ("157 millions", "157000000"),
        ("€157 million", "157000000 eur"),
        ("167 millions € TTC", "167000000 eur TTC"),
        ("1,5 Md€", "1500000000 eur"),
        ("1,5 milliard d'euros", "1500000000 eur"),
        ("12 000 €", "12000 eur"),
        ("250 k€", "250000 eur"),
        ("72 %", "72%"),
        ("72 pour cent", "72%"),
        ("8 m de large", "8 m de large"),  # a bare abbreviation is not a magnitude
        ("2012 (8 mois)", "2012 (8 mois)"),
        ("FICHE 2.1.5", "FICHE 2.1.5"),
        ("Publié le 01/03/2009", "Publié le 01/03/2009"),
        ("144 démolitions, 351 constructions", "144 démolitions, 351 constructions"),
        ("le 7 juin 2004 à 10 h", "le 7 juin 2004 à 10 h"),
    ],
)
def test_normalize_number_text(raw: str, expected: str) -> None:
    assert normalize_number_text(raw) == expected


# ---------------------------------------------------------------- facts


def test_words_for_numbers_match_only_through_aliases() -> None:
    answer = "The Antony mission lasted eight months in 2012."
    assert not fact_present(answer, "8 mois", [])
    assert fact_present(answer, "8 mois", ["eight months"])


@pytest.mark.parametrize(
    ("answer", "fact", "aliases", "expected"),
    [
        ("Le programme prévoit 144 démolitions.", "144", [], True),
        ("Il y a eu 1440 démolitions.", "144", [], False),
        ("Une mission de 18 mois.", "8 mois", [], False),
        ("Une mission de 8 mois.", "8 mois", [], True),
        ("Le projet s'élève à 157 millions d'euros.", "157 M€", [], True),
        ("Le projet s'élève à 157 millions.", "157 M€", [], False),
        ("Le projet s'élève à 157 millions.", "157 M€", ["157 millions"], True),
        ("The project cost €157m.", "157 M€", [], True),
        ("Montant : 157,5 M€.", "157 M€", [], False),
        ("Montant du projet : 167 M€ TTC [2]", "167 millions", [], True),
        ("2\u202f102 résidentialisations", "2102", [], True),
        ("Bagneux compte 38495 habitants.", "38 495", [], True),
        ("Bagneux has 38,495 inhabitants.", "38 495", [], True),
        ("Le quartier du noyer dore.", "Noyer Doré", [], True),
        ("Animée par Tour(s)plus.", "Tour(s)plus", [], True),
        ("Action Logement finance 72 pour cent des allocations.", "72 %", [], True),
        ("Réunion toutes les six semaines.", "6 semaines", ["six semaines"], True),
        ("Le NPNRU est financé.", "", ["  "], False),
    ],
)
def test_fact_present(answer: str, fact: str, aliases: list[str], expected: bool) -> None:
    assert fact_present(answer, fact, aliases) is expected


def test_fact_recall() -> None:
    facts = [AnswerFact("144"), AnswerFact("351"), AnswerFact("2102", ["2,102"])]
    assert fact_recall("144 démolitions et 351 constructions.", facts) == pytest.approx(2 / 3)
    assert (
        fact_recall("144 démolitions, 351 constructions, 2 102 résidentialisations", facts) == 1.0
    )
    assert fact_recall("Le corpus ne contient pas cette information.", facts) == 0.0
    assert fact_recall("Réponse quelconque", []) is None
