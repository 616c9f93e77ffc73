"""Ranked-list metrics, answer-text metrics, independent citation support, run health and the
TREC export format, on hand-built values with hand-computed results (no model, no index)."""

from __future__ import annotations

import math

import pytest

from evals.gold import AnswerFact, GoldQuestion
from evals.metrics import (
    answer_tokens,
    average_precision,
    distinct_in_order,
    exact_match,
    ndcg_graded,
    precision_at_k,
    quote_grades,
    quote_spans,
    recall_at_k,
    token_f1,
)
from evals.scoring import (
    Passage,
    QuestionOutcome,
    aggregate_health,
    answer_route,
    context_precision,
    fact_support,
    score_question,
)
from evals.trec import docno, document_qrels, document_run, passage_qrels, passage_run

L2, L3, L4 = math.log2(2), math.log2(3), math.log2(4)

# ---------------------------------------------------------------- ranked lists against qrels


def test_precision_and_recall_at_k() -> None:
    qrels = {"a": 1, "b": 2, "z": 1}  # z is never retrieved
    ranking = ["x", "a", "y", "b"]
    assert precision_at_k(ranking, qrels, 2) == 0.5
    assert precision_at_k(ranking, qrels, 10) == 0.2  # a short list gets no credit for its gaps
    assert recall_at_k(ranking, qrels, 2) == pytest.approx(1 / 3)
    assert recall_at_k(ranking, qrels, 4) == pytest.approx(2 / 3)
    assert recall_at_k(ranking, {}, 4) == 0.0


def test_average_precision_divides_by_every_relevant_passage() -> None:
    # relevant at ranks 2 and 4: (1/2 + 2/4) / 3 relevant in the qrels
    assert average_precision(["x", "a", "y", "b"], {"a": 1, "b": 1, "z": 1}, 10) == pytest.approx(
        1 / 3
    )
    assert average_precision(["a", "b"], {"a": 1, "b": 1}, 10) == 1.0
    assert average_precision(["x", "a"], {"a": 1}, 1) == 0.0  # beyond the cut
    assert average_precision(["a"], {}, 10) == 0.0


def test_ndcg_with_graded_relevance() -> None:
    qrels = {"a": 2, "b": 1}
    # DCG = 1/log2(2) + 2/log2(3); ideal = 2/log2(2) + 1/log2(3)
    expected = (1 / L2 + 2 / L3) / (2 / L2 + 1 / L3)
    assert ndcg_graded(["b", "a"], qrels, 10) == pytest.approx(expected)
    assert ndcg_graded(["a", "b"], qrels, 10) == 1.0
    assert ndcg_graded(["x", "x2", "a"], qrels, 2) == 0.0
    # an unretrieved relevant passage lowers the score: ideal 1/log2(2) + 1/log2(3)
    assert ndcg_graded(["a"], {"a": 1, "z": 1}, 10) == pytest.approx(1 / (1 + 1 / L3))
    assert ndcg_graded(["a"], {}, 10) == 0.0


def test_quote_grades_count_distinct_quotes_per_passage() -> None:
    passages = [("p1", "Programme : 144 démolitions, 351 constructions."),
                ("p2", "Les 144 DÉMOLITIONS sont faites."), ("p3", "Rien ici.")]  # fmt: skip
    quotes = ["144 démolitions", "351 constructions", "144  demolitions"]  # 3rd = 1st, normalised
    assert quote_grades(passages, quotes) == {"p1": 2, "p2": 1}
    assert quote_grades(passages, []) == {}


def test_distinct_in_order() -> None:
    assert distinct_in_order(["d1", "d2", "d1", "d3", "d2"]) == ["d1", "d2", "d3"]


# ---------------------------------------------------------------- exact match and token F1


def test_answer_tokens_normalise_numbers_and_drop_markers() -> None:
    assert answer_tokens("157 M€ [1, 2].") == ["157000000", "eur"]
    assert answer_tokens("L’Agence « ANRU »") == ["l", "agence", "anru"]


def test_exact_match_is_strict() -> None:
    facts = [AnswerFact("157 M€", ["157 millions d'euros"])]
    assert exact_match("157 millions d’euros [1].", facts) == 1.0
    assert exact_match("Le montant est de 157 M€ [1].", facts) == 0.0
    assert exact_match("", facts) == 0.0
    assert exact_match("157 M€", []) is None


def test_token_f1_against_the_facts() -> None:
    facts = [AnswerFact("144"), AnswerFact("351 constructions", ["351 logements"])]
    # answer tokens: 144, demolitions, 351, logements (4); reference 144 + 351 logements (3);
    # common 3: P = 3/4, R = 1, F1 = 2 * 0.75 / 1.75
    assert token_f1("144 démolitions, 351 logements [1].", facts) == pytest.approx(1.5 / 1.75)
    assert token_f1("Rien.", facts) == 0.0
    assert token_f1("", facts) == 0.0
    assert token_f1("144", []) is None


# ---------------------------------------------------------------- highlighting spans


def test_quote_spans_map_back_to_the_original_text() -> None:
    text = "Le PRU prévoit\u00a0144  Démolitions, puis « 144 démolitions »."
    spans = quote_spans(text, ["144 demolitions"])
    assert [text[s:e] for s, e in spans] == ["144  Démolitions", "144 démolitions"]
    assert quote_spans(text, ["absent"]) == [] and quote_spans(text, []) == []


def test_quote_spans_merge_overlaps() -> None:
    text = "Programme : 144 démolitions, 351 constructions."
    spans = quote_spans(text, ["144 démolitions, 351", "351 constructions"])
    assert [text[s:e] for s, e in spans] == ["144 démolitions, 351 constructions"]


# ---------------------------------------------------------------- per-question rows

ANTONY = "Programme : 144 démolitions, 351 constructions."
OTHER = "L’ANRU fédère un réseau de partenaires."
Q = GoldQuestion(id="q", question="Combien ?", answer_facts=[AnswerFact("144")],
                 gold_quotes=["144 démolitions"], gold_docs=["antony.txt"])  # fmt: skip


def passage(text: str, n: int, doc: str = "") -> Passage:
    return Passage(doc_id=doc or f"doc{n}.txt", chunk_id=f"c{n}", section="S", text=text)


def outcome(answer: str = "Programme : 144 démolitions [1].", **kw) -> QuestionOutcome:
    given = kw.pop("passages", [passage(ANTONY, 1, "antony.txt"), passage(OTHER, 2)])
    return QuestionOutcome(gold=kw.pop("gold", Q), answer=answer, refused=kw.pop("refused", False),
                           passages=given, search=kw.pop("search", given), **kw)  # fmt: skip


def test_context_precision_counts_passages_with_a_quote_or_a_fact() -> None:
    fact_only = passage("Il y eut 144 relogements.", 3)
    assert context_precision(outcome(passages=[passage(OTHER, 2), fact_only])) == 0.5
    assert context_precision(outcome()) == 0.5
    assert context_precision(outcome(passages=[])) is None
    unanswerable = GoldQuestion(id="u", question="?", answerable=False)
    assert context_precision(outcome(gold=unanswerable)) is None


def test_fact_support_checks_the_cited_span_not_the_answerer() -> None:
    # the sentence states 144 and cites passage 1, which holds it
    assert fact_support(outcome()) == (1, 1, [])
    # the same sentence citing the wrong passage: the fact is not in what it cites
    assert fact_support(outcome("Programme : 144 démolitions [2].")) == (1, 0, [("144", 2)])
    # the citation record's quoted span is what is checked when there is one
    span = {"n": 1, "quote": "351 constructions"}
    assert fact_support(outcome(citations=[span])) == (1, 0, [("144", 1)])
    # a marker naming no passage supports nothing; a sentence without a fact is not counted
    assert fact_support(outcome("Programme : 144 démolitions [9]. Le reste [1].")) == (
        1, 0, [("144", 9)])  # fmt: skip


def test_score_question_reports_fact_support_and_document_ranks() -> None:
    row = score_question(outcome("Programme : 144 démolitions [2]."))
    m = row["metrics"]
    assert (m["fact_sentences"], m["fact_supported_sentences"]) == (1, 0)
    assert "cited fact not in the quoted span [2]: 144" in row["failures"]
    assert (m["doc_hit_at_1"], m["doc_recall_at_5"], m["doc_map_at_10"]) == (1.0, 1.0, 1.0)
    late = score_question(outcome(search=[passage(OTHER, 2), passage(ANTONY, 1, "antony.txt")]))
    assert late["metrics"]["doc_hit_at_1"] == 0.0
    assert late["metrics"]["doc_ndcg_at_10"] == pytest.approx(1 / L3)


# ---------------------------------------------------------------- the mode used and run health


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({}, ("extractive", None)),  # no model configured
        ({"configured_mode": "llm", "llm_calls": 1, "mode": "llm"}, ("llm", None)),
        ({"configured_mode": "llm", "llm_calls": 0, "refused": True}, ("refusal", None)),
        ({"configured_mode": "llm", "llm_calls": 1, "llm_errors": ["down"], "mode": "extractive"},
         ("fallback_extractive", "llm_error")),
        ({"configured_mode": "llm", "llm_calls": 1, "llm_errors": ["down"], "mode": "llm",
          "refused": True, "notice": "n"}, ("fallback_refusal", "llm_error")),
        ({"configured_mode": "llm", "llm_calls": 1, "llm_errors": ["cut"], "mode": "llm"},
         ("llm_cut", "llm_error")),
        ({"configured_mode": "llm", "llm_calls": 1, "llm_empty": True, "mode": "extractive"},
         ("fallback_extractive", "empty_reply")),
        ({"configured_mode": "llm", "llm_calls": 1, "mode": "extractive", "notice": "n"},
         ("fallback_extractive", "uncited_reply")),
        ({"configured_mode": "llm", "llm_calls": 1, "mode": "llm", "refused": True},
         ("llm", None)),  # the model itself said the corpus does not hold the answer
        ({"configured_mode": "llm", "error": "too long"}, ("error", None)),
    ],
)  # fmt: skip
def test_answer_route(kw: dict, expected: tuple[str, str | None]) -> None:
    assert answer_route(outcome(**kw)) == expected


def test_health_counts_fallbacks_and_failed_calls_apart_from_failures() -> None:
    rows = [
        score_question(outcome(configured_mode="llm", llm_calls=1, mode="llm")),
        score_question(
            outcome(
                configured_mode="llm",
                llm_calls=1,
                llm_errors=["refused"],
                mode="extractive",
                judge={"error": "model call failed"},
            )
        ),  # fmt: skip
        score_question(outcome(configured_mode="llm", llm_calls=0, refused=True)),
    ]
    assert rows[1]["infra_errors"] == ["LLM call failed: refused", "judge error: model call failed"]
    assert rows[1]["failures"] == []  # the fallback answer itself is right
    health = aggregate_health(rows, "llm", {"n_judged": 1, "n_errors": 1})
    assert health["answer_modes"] == {"fallback_extractive": 1, "llm": 1, "refusal": 1}
    assert (health["llm_calls"], health["llm_failed_calls"], health["llm_failed_share"]) == (
        2,
        1,
        0.5,
    )
    assert (health["answers_sent_to_llm"], health["fallbacks"], health["fallback_share"]) == (
        2,
        1,
        0.5,
    )
    assert (health["judge_calls"], health["judge_errors"], health["judge_error_share"]) == (
        2,
        1,
        0.5,
    )
    assert health["degraded"] is True
    assert health["problems"] == ["1 of 2 LLM calls failed",
                                  "1 of 2 answers sent to the LLM fell back (llm_error: 1)",
                                  "1 of 2 judge calls failed"]  # fmt: skip
    clean = aggregate_health([score_question(outcome())], "extractive")
    assert (
        clean["degraded"] is False and clean["problems"] == [] and clean["fallback_share"] is None
    )


# ---------------------------------------------------------------- TREC formats


def test_docno_encodes_whitespace() -> None:
    assert docno("dossier 2/fiche%1.txt") == "dossier%202/fiche%251.txt"
    assert docno("a\tb") == "a%09b"


def test_trec_run_and_qrels_lines() -> None:
    search = [
        passage(OTHER, 2),
        passage(ANTONY, 1, "antony doc.txt"),
        passage(OTHER, 3, "antony doc.txt"),
    ]
    gold = GoldQuestion(id="q 1", question="?", answer_facts=[AnswerFact("144")],
                        gold_quotes=["144 démolitions"], gold_docs=["antony doc.txt"])  # fmt: skip
    rows = [score_question(outcome(gold=gold, search=search, qrels={"c1": 1, "c9": 2})),
            score_question(outcome(gold=GoldQuestion(id="u", question="?", answerable=False)))]  # fmt: skip
    assert passage_run(rows) == ("q%201 Q0 c2 1 3 renewal\nq%201 Q0 c1 2 2 renewal\n"
                                 "q%201 Q0 c3 3 1 renewal\n")  # fmt: skip
    assert passage_qrels(rows) == "q%201 0 c1 1\nq%201 0 c9 2\n"
    assert (
        document_run(rows)
        == "q%201 Q0 doc2.txt 1 2 renewal\nq%201 Q0 antony%20doc.txt 2 1 renewal\n"
    )
    assert document_qrels(rows) == "q%201 0 antony%20doc.txt 1\n"


# ---------------------------------------------------------------- the citation entailment judge


def test_entailment_messages_list_each_claim_with_its_passages() -> None:
    from evals.judge import entailment_messages

    [message] = entailment_messages("Affirmations :\n{claims}", [
        ("144 démolitions.", [(1, "Programme : 144 démolitions.")]), ("Rien >>> ici.", [])])  # fmt: skip
    assert message["content"] == (
        "Affirmations :\n1. <<<144 démolitions.>>>\n  Passages cités :\n"
        "  [1] Programme : 144 démolitions.\n\n2. <<<Rien ››› ici.>>>\n  Passages cités :\n"
        "  (aucun passage)"
    )


def test_parse_entailment_reply() -> None:
    from evals.judge import JudgeReplyError, parse_entailment_reply

    reply = '```json\n{"verdicts": [{"claim": 2, "entailed": false}, {"claim": 1, "entailed": true}]}\n```'
    assert parse_entailment_reply(reply, 2) == [True, False]
    for bad, message in [
        ("nope", "no JSON object"),
        ('{"verdicts": [{"claim": 1, "entailed": "yes"}]}', "each verdict"),
        ('{"verdicts": [{"claim": 1, "entailed": true}]}', "claims 1..2"),
        ('{"other": []}', '"verdicts" must be a list'),
    ]:
        with pytest.raises(JudgeReplyError, match=message):
            parse_entailment_reply(bad, 2)


def test_judge_supported_counts_the_verdicts() -> None:
    answer = "Programme : 144 démolitions [1]. L’ANRU fédère [2]. Autre chose [9]."
    verdicts = {"verdicts": [True, False, True], "error": None}
    row = score_question(outcome(answer, entailment=verdicts))
    # the third sentence cites no given passage: not entailed whatever the model said
    assert (row["metrics"]["judge_cited_sentences"], row["metrics"]["judge_entailed_sentences"]) == (
        3, 1)  # fmt: skip
    broken = score_question(
        outcome(answer, entailment={"verdicts": None, "error": "model call failed: x"})
    )
    assert broken["metrics"]["judge_cited_sentences"] == 0
    assert broken["infra_errors"] == ["citation judge error: model call failed: x"]
    assert not any(f.startswith("citation judge") for f in broken["failures"])
