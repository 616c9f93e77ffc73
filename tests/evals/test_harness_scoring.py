"""Scoring arithmetic of the eval harness on hand-built outcomes, with hand-computed values."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from evals.gold import AnswerFact, GoldQuestion
from evals.scoring import (
    METRICS,
    Passage,
    QuestionOutcome,
    aggregate,
    aggregate_judge,
    alce_citation_scores,
    citation_units,
    flatten_metrics,
    group_scores,
    lexical_entails,
    marker_numbers,
    marker_validity,
    percentile,
    resolve_metric,
    score_question,
)

# ---------------------------------------------------------------- citation units and markers


def test_marker_numbers_and_validity() -> None:
    text = "A [1]. B [2, 3]. C [7][1]. D [0]."
    assert marker_numbers(text) == [1, 2, 3, 7, 1, 0]
    assert marker_validity(text, 3) == (6, [7, 0])
    assert marker_validity("no marker at all", 3) == (0, [])
    assert marker_validity("A [1].", 0) == (1, [1])  # no passage given: every marker is invalid


def test_citation_units_split_sentences_and_lines() -> None:
    text = (
        "Voici ce qu'indiquent les documents :\n"
        "- Programme : 144 démolitions [1]. Montant : 157 M€ [2][2].\n"
        "- « Malgré ses atouts, le quartier s'est paupérisé. » [1]\n"
        "Sans citation. Fin en 2012. [3]"
    )
    assert citation_units(text) == [
        ("Programme: 144 démolitions.", [1]),
        ("Montant: 157 M€.", [2]),  # a number repeated in one sentence counts once
        ("« Malgré ses atouts, le quartier s'est paupérisé. »", [1]),  # "» [1]" joins its sentence
        ("Fin en 2012.", [3]),  # a marker after the period cites the sentence before it
    ]


def test_citation_units_ignore_a_marker_with_no_sentence() -> None:
    assert citation_units("[1]\n[2] .") == []
    assert citation_units("") == []


# ---------------------------------------------------------------- ALCE recall and precision


def table_entails(table: dict[str, list[set[str]]]):
    """Entailment from a table: sentence -> the premise sets that entail it (monotone)."""

    def entails(sentence: str, premises: Sequence[str]) -> bool:
        return any(needed <= set(premises) for needed in table.get(sentence, []))

    return entails


PREMISES = ["P1", "P2", "P3"]


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        # one citation, supported: recall 1/1, precision 1/1
        ("A [1].", {"A.": [{"P1"}]}, (1, 1, 1, 1)),
        # one citation, not supported: the citation is not precise either
        ("A [1].", {"A.": [{"P2"}]}, (1, 0, 1, 0)),
        # an uncited sentence is not counted (recall is over cited sentences)
        ("Intro. A [1].", {"A.": [{"P1"}]}, (1, 1, 1, 1)),
        # over-citation: P1 alone entails, P2 adds nothing -> [2] is not needed
        ("A [1][2].", {"A.": [{"P1"}]}, (1, 1, 2, 1)),
        # joint support only: neither alone, both together -> both needed
        ("A [1][2].", {"A.": [{"P1", "P2"}]}, (1, 1, 2, 2)),
        # redundant: each alone entails -> both precise (ALCE keeps a citation that entails alone)
        ("A [1][2].", {"A.": [{"P1"}, {"P2"}]}, (1, 1, 2, 2)),
        # three citations, P1+P2 needed jointly, P3 irrelevant
        ("A [1][2][3].", {"A.": [{"P1", "P2"}]}, (1, 1, 3, 2)),
        # a number outside 1..3: unsupported whatever the passages say; both citations imprecise
        ("A [1][9].", {"A.": [{"P1"}]}, (1, 0, 2, 0)),
        # duplicates within a sentence count once
        ("A [1, 1][1].", {"A.": [{"P1"}]}, (1, 1, 1, 1)),
        # two sentences: one supported, one not
        ("A [1]. B [2].", {"A.": [{"P1"}]}, (2, 1, 2, 1)),
        # no citation at all: nothing to score
        ("A. B.", {}, (0, 0, 0, 0)),
    ],
)
def test_alce_citation_scores(text: str, table, expected: tuple[int, int, int, int]) -> None:
    scores = alce_citation_scores(text, PREMISES, table_entails(table))
    got = (
        scores.cited_sentences,
        scores.supported_sentences,
        scores.citations,
        scores.precise_citations,
    )
    assert got == expected


def test_alce_scores_ratios_and_reasons() -> None:
    scores = alce_citation_scores("A [1][2]. B [3].", PREMISES, table_entails({"A.": [{"P1"}]}))
    assert scores.supported == 0.5
    assert scores.precision == pytest.approx(1 / 3)
    assert scores.unsupported == [("B.", [3])]
    assert scores.imprecise == [("A.", 2)]
    empty = alce_citation_scores("", PREMISES, table_entails({}))
    assert empty.supported is None and empty.precision is None


def test_lexical_entailment_proxy() -> None:
    passage = "Programme : 144 démolitions, 351 constructions, 2102 résidentialisations."
    assert lexical_entails("Le programme prévoit 144 démolitions.", [passage])
    assert not lexical_entails(
        "Le programme prévoit 145 démolitions.", [passage]
    )  # a number is missing
    assert not lexical_entails("La gare routière ferme.", [passage])
    assert not lexical_entails("144 démolitions.", [])
    # joined premises: each holds part of the sentence
    assert lexical_entails("144 démolitions et 157 M€.", [passage, "Montant : 157 M€"])


# ---------------------------------------------------------------- percentile


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([1, 2, 3, 4], 50, 2.5),
        (list(range(1, 21)), 95, 19.05),
        ([10, 20, 30, 40], 95, 38.5),
        ([7], 95, 7),
        ([5, 5, 5], 50, 5),  # ties
        ([3, 1, 2], 0, 1),
        ([3, 1, 2], 100, 3),
        ([], 50, None),
    ],
)
def test_percentile(values: list[float], q: float, expected: float | None) -> None:
    assert percentile(values, q) == (pytest.approx(expected) if expected is not None else None)


def test_percentile_rejects_out_of_range() -> None:
    with pytest.raises(ValueError, match="0..100"):
        percentile([1], 101)


# ---------------------------------------------------------------- per-question rows and aggregates

ANTONY = "Programme : 144 démolitions, 351 constructions, 2102 résidentialisations."
OTHER = "Guichet unique du renouvellement urbain, l’ANRU fédère un réseau dense de partenaires."


def passage(text: str, n: int = 0) -> Passage:
    return Passage(
        doc_id=f"doc{n}.txt", chunk_id=f"c{n}", section="S", text=text, header=f"Doc {n} — S"
    )


def outcome(gold: GoldQuestion, answer: str, refused: bool, passages: list[Passage],
            search: list[Passage] | None = None, total_ms: float = 10.0, **kw) -> QuestionOutcome:  # fmt: skip
    timings = {"retrieval_ms": total_ms - 1, "generation_ms": 1.0, "total_ms": total_ms}
    return QuestionOutcome(gold=gold, answer=answer, refused=refused, passages=passages,
                           search=passages if search is None else search, timings_ms=timings, **kw)  # fmt: skip


Q1 = GoldQuestion(id="q1", question="Combien de démolitions à Antony ?", language="fr",
                  answer_facts=[AnswerFact("144")], gold_quotes=["144 démolitions"], tags=["numeric"])  # fmt: skip
Q2 = GoldQuestion(id="q2", question="What was the amount?", language="en",
                  answer_facts=[AnswerFact("157 M€", ["157 million"])],
                  gold_quotes=["Montant : 157 M€", "montant :  157 m€"], tags=["numeric", "list"])  # fmt: skip
Q3 = GoldQuestion(id="q3", question="Qui était le maire ?", answerable=False, tags=["unanswerable"])
Q4 = GoldQuestion(
    id="q4", question="Quel coût à Marseille ?", answerable=False, tags=["unanswerable"]
)
REFUSAL = "Je ne trouve pas la réponse à cette question dans le corpus."


def four_outcomes() -> list[QuestionOutcome]:
    return [
        # relevant passage second among the given ones, and second in the k=10 search
        outcome(
            Q1,
            "Programme : 144 démolitions [2].",
            False,
            [passage(OTHER, 1), passage(ANTONY, 2)],
            total_ms=10,
        ),  # fmt: skip
        # empty retrieval, refused; duplicate gold quotes (equal after normalisation)
        outcome(Q2, REFUSAL, True, [], total_ms=20),
        # unanswerable, refused
        outcome(Q3, REFUSAL, True, [passage(OTHER, 1)], total_ms=30),
        # unanswerable but answered, with one valid and one invalid marker
        outcome(Q4, "Le montant est 12 M€ [1] [7].", False, [passage(OTHER, 1)], total_ms=40),
    ]


def test_score_question_row() -> None:
    row = score_question(four_outcomes()[0])
    m = row["metrics"]
    assert (m["first_relevant_rank"], m["hit_at_1"], m["hit_at_5"], m["quote_recall_at_5"]) == (
        2,
        0.0,
        1.0,
        1.0,
    )
    assert (m["rr_at_10"], m["hit_at_10"], m["search_first_relevant_rank"]) == (0.5, 1.0, 2)
    assert m["ndcg_at_10"] == pytest.approx(1 / 1.5849625007211562)  # 1/log2(3)
    assert (m["fact_recall"], m["facts_found"], m["facts_total"]) == (1.0, 1, 1)
    assert (m["markers"], m["markers_valid"], m["cited_sentences"], m["supported_sentences"]) == (
        1,
        1,
        1,
        1,
    )
    assert m["refusal_correct"] is True
    assert row["failures"] == []
    assert [p["has_gold_quote"] for p in row["passages"]] == [False, True]
    assert row["passages"][1] == {"rank": 2, "doc_id": "doc2.txt", "chunk_id": "c2", "section": "S",
                                  "text": ANTONY, "has_gold_quote": True, "gold_spans": [[12, 27]],
                                  "has_fact": True}  # fmt: skip
    assert ANTONY[12:27] == "144 démolitions"
    # Ranked metrics of the search [c1, c2], judged on the passages seen: c2 holds the quote.
    assert (m["map_at_10"], m["recall_at_5"], m["precision_at_5"], m["context_precision"]) == (
        0.5, 1.0, 0.2, 0.5)  # fmt: skip
    assert row["qrels"] == {"c2": 1} and row["answer_mode"] == "extractive"
    assert row["infra_errors"] == []
    assert row["timings_ms"] == {"retrieval": 9.0, "generation": 1.0, "total": 10.0}


def test_passages_are_kept_whole_with_the_gold_quote_located() -> None:
    text = "x" * 1000 + " 144  Démolitions"
    row = score_question(outcome(Q1, REFUSAL, True, [passage(text)]))
    kept = row["passages"][0]
    assert kept["text"] == text and kept["has_gold_quote"] is True
    assert kept["gold_spans"] == [[1001, 1017]] and text[1001:1017] == "144  Démolitions"


def test_failures_say_what_went_wrong() -> None:
    rows = [score_question(o) for o in four_outcomes()]
    assert rows[1]["failures"] == [
        "refused an answerable question",
        "gold quote not retrieved (top 5): «Montant : 157 M€»",  # duplicates reported once
        "missing fact: 157 M€",
    ]
    assert rows[2]["failures"] == []
    assert rows[3]["failures"] == [
        "should have refused",
        "invalid citation [7]",
        "unsupported citation [1][7]: «Le montant est 12 M€.»",
    ]


def test_unanswerable_questions_are_not_scored_on_retrieval_or_facts() -> None:
    m = score_question(four_outcomes()[2])["metrics"]
    assert m["hit_at_1"] is None and m["rr_at_10"] is None and m["fact_recall"] is None


def test_aggregate_exact_values() -> None:
    report = aggregate([score_question(o) for o in four_outcomes()])
    assert (report["n"], report["n_answerable"], report["n_unanswerable"]) == (4, 2, 2)
    assert report["retrieval"] == {
        "hit_at_1": 0.0, "hit_at_5": 0.5, "quote_recall_at_5": 0.5, "mrr_at_10": 0.25,
        "ndcg_at_10": pytest.approx(0.5 / 1.5849625007211562), "hit_at_10": 0.5, "n": 2,
        "map_at_10": 0.25, "recall_at_5": 0.5, "recall_at_10": 0.5, "precision_at_5": 0.1,
        "precision_at_10": 0.05, "context_precision": 0.5, "doc_hit_at_1": None,
        "doc_recall_at_5": None, "doc_map_at_10": None, "doc_ndcg_at_10": None, "doc_n": 0,
    }  # fmt: skip
    # Q1's answer "Programme : 144 démolitions": 1 of its 3 tokens is the fact, so F1 = 2·(1/3)·1/(4/3)
    # = 0.5 and no exact match; Q2 refused: 0.
    assert report["answer"] == {"fact_recall": 0.5, "all_facts": 0.5, "exact_match": 0.0,
                                "token_f1": 0.25, "n": 2}  # fmt: skip
    c = report["citations"]
    assert (c["markers"], c["cited_sentences"], c["citations"]) == (3, 2, 3)
    assert c["valid"] == pytest.approx(2 / 3)  # [2] and [1] valid, [7] not
    assert c["supported"] == 0.5  # Q1's sentence; Q4's cites an invalid number
    assert c["precision"] == pytest.approx(1 / 3)
    assert report["refusal"] == {"accuracy": 0.5, "precision": 0.5, "recall": 0.5,
                                 "refused_answerable_rate": 0.5, "n_refused": 2}  # fmt: skip
    assert report["latency_ms"]["p50"] == 25.0 and report["latency_ms"]["p95"] == 38.5
    assert report["latency_ms"]["total"] == {"p50": 25.0, "p95": 38.5}
    assert report["latency_ms"]["generation"] == {"p50": 1.0, "p95": 1.0}
    assert report["latency_ms"]["retrieval"] == {"p50": 24.0, "p95": 37.5}


def test_aggregate_with_nothing_to_score_gives_none() -> None:
    report = aggregate([score_question(outcome(Q3, REFUSAL, True, []))])
    assert report["retrieval"]["hit_at_1"] is None and report["retrieval"]["n"] == 0
    assert report["answer"]["fact_recall"] is None
    assert report["citations"]["valid"] is None and report["citations"]["supported"] is None
    assert report["refusal"]["accuracy"] == 1.0 and report["refusal"]["precision"] == 1.0
    assert report["refusal"]["refused_answerable_rate"] is None


def test_errors_count_as_failed_questions_and_are_left_out_of_latency() -> None:
    failed = QuestionOutcome(
        gold=Q1, answer="", refused=False, passages=[], search=[], error="too long"
    )
    rows = [score_question(failed), score_question(four_outcomes()[0])]
    assert rows[0]["failures"][0] == "error: too long"
    report = aggregate(rows)
    assert report["refusal"]["accuracy"] == 0.5
    assert report["latency_ms"]["p50"] == 10.0


def test_groups_by_tag_and_language() -> None:
    rows = [score_question(o) for o in four_outcomes()]
    by_tag = group_scores(rows, "tags")
    assert list(by_tag) == ["list", "numeric", "unanswerable"]
    assert by_tag["numeric"]["n"] == 2 and by_tag["numeric"]["retrieval.hit_at_5"] == 0.5
    assert by_tag["unanswerable"]["refusal.accuracy"] == 0.5
    assert by_tag["unanswerable"]["retrieval.hit_at_5"] is None
    by_language = group_scores(rows, "language")
    assert {k: v["n"] for k, v in by_language.items()} == {"en": 1, "fr": 3}
    assert by_language["en"]["answer.fact_recall"] == 0.0


def test_judge_aggregate_skips_errors() -> None:
    rows = [{"judge": {"faithfulness": 1.0, "correctness": 0.5}}, {"judge": {"faithfulness": 0.5, "correctness": 0.0}},
            {"judge": {"error": "unreadable reply"}}, {"judge": None}]  # fmt: skip
    assert aggregate_judge(rows) == {
        "faithfulness": 0.75,
        "correctness": 0.25,
        "n_judged": 2,
        "n_errors": 1,
    }


def test_judge_failures_in_rows() -> None:
    verdict = {"faithfulness": 0.2, "faithfulness_reason": "invente un chiffre", "correctness": 1.0,
               "correctness_reason": "ok", "error": None}  # fmt: skip
    row = score_question(
        outcome(Q1, "Programme : 144 démolitions [1].", False, [passage(ANTONY)], judge=verdict)
    )
    assert row["failures"] == ["judge: low faithfulness 0.20: invente un chiffre"]
    bad = score_question(outcome(Q1, "Programme : 144 démolitions [1].", False, [passage(ANTONY)],
                                 judge={"error": "unreadable reply: no JSON"}))  # fmt: skip
    # A judge error is the evaluation's own failure, not the question's.
    assert bad["failures"] == []
    assert bad["infra_errors"] == ["judge error: unreadable reply: no JSON"]


# ---------------------------------------------------------------- metric registry


def test_metric_names_resolve_short_and_dotted() -> None:
    assert resolve_metric("hit_at_5") == "retrieval.hit_at_5"
    assert resolve_metric("retrieval.hit_at_5") == "retrieval.hit_at_5"
    assert resolve_metric("fact_recall") == "answer.fact_recall"
    assert resolve_metric("valid") == "citations.valid"
    with pytest.raises(KeyError, match="ambiguous.*latency_ms.p50"):
        resolve_metric("p50")
    with pytest.raises(
        KeyError, match="unknown metric 'hit_at_3'; known metrics: retrieval.hit_at_1"
    ):
        resolve_metric("hit_at_3")


def test_every_metric_has_a_definition_and_flattens() -> None:
    assert all(m.definition for m in METRICS.values())
    report = aggregate([score_question(o) for o in four_outcomes()])
    flat = flatten_metrics({**report, "judge": {"faithfulness": 0.5}})
    assert flat["retrieval.mrr_at_10"] == 0.25 and flat["latency_ms.retrieval.p95"] == 37.5
    assert flat["judge.faithfulness"] == 0.5 and flat["judge.correctness"] is None


def test_an_answer_citing_another_town_than_the_gold_documents_is_counted() -> None:
    """citations.other_place: an answer taken from a document about another town (the places
    come from the index's metadata); questions about no town, and refusals, are not counted."""
    gold = GoldQuestion(id="b", question="Quel est le montant du PRU de Bagneux ?", language="fr",
                        answer_facts=[AnswerFact("157 M€")], gold_quotes=["157 M€"],
                        gold_docs=["doc1.txt"])  # fmt: skip
    places = {"doc1.txt": "Bagneux", "doc2.txt": "Antony"}
    given = [passage("Montant du projet : 157 M€", 1), passage("Montant du projet : 167 M€", 2)]
    cites = [{"n": 1, "doc_id": "doc1.txt"}, {"n": 2, "doc_id": "doc2.txt"}]
    mixed = outcome(gold, "157 M€ [1] ; 167 M€ [2].", False, given, citations=cites, places=places)
    right = outcome(gold, "157 M€ [1].", False, given, citations=cites[:1], places=places)
    national = outcome(gold, "157 M€ [1].", False, given, citations=cites[:1],
                       places={"doc2.txt": "Antony"})  # fmt: skip
    refused = outcome(gold, REFUSAL, True, given, places=places)
    rows = [score_question(o) for o in (mixed, right, national, refused)]
    assert [r["metrics"]["other_place"] for r in rows] == [1.0, 0.0, None, None]
    assert "cites another place: Antony (asked: Bagneux)" in rows[0]["failures"]
    report = aggregate(rows)["citations"]
    assert (report["other_place"], report["other_place_n"]) == (0.5, 2)
