"""Scoring an evaluation run: per-question metrics, aggregates, groups, and the metric registry.

Pure functions over plain values (STYLE practice 9): the harness runs the assistant and hands
over `QuestionOutcome` records; nothing here reads files, calls a model or searches an index.

Citation metrics follow ALCE (princeton-nlp/ALCE ``eval.py: compute_autoais``) with an
offline entailment proxy in place of the NLI model: a set of passages "entails" a sentence
when `assistant.citations.support_score` of the sentence against the passages joined together
reaches `assistant.citations.SUPPORT_THRESHOLD` (content words of the sentence found in the
passages, English words matched through the glossary, and every number of the sentence present).
The arithmetic takes the entailment function as a parameter, so tests use a table of verdicts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.citations import MARKER, SUPPORT_THRESHOLD, support_score
from evals.gold import GoldQuestion
from evals.metrics import (
    average_precision,
    distinct_in_order,
    exact_match,
    fact_present,
    ndcg_graded,
    normalize_text,
    passage_has_quote,
    precision_at_k,
    quote_grades,
    quote_spans,
    recall_at_k,
    score_question_retrieval,
    token_f1,
)

# A premise list entails a hypothesis sentence (ALCE's AutoAIS verdict).
Entails = Callable[[str, Sequence[str]], bool]

# --------------------------------------------------------------------------------------------
# The metric registry: names, direction, definitions (the report's `definitions` come from here)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MetricInfo:
    name: str  # dotted name, as in report.json ("retrieval.hit_at_5")
    definition: str
    higher_is_better: bool = True
    unit: str = "rate"  # "rate" (0..1) or "ms"

    @property
    def short(self) -> str:
        return self.name.rsplit(".", 1)[-1]


_M = MetricInfo
METRICS: dict[str, MetricInfo] = {
    m.name: m
    for m in [
        _M("retrieval.hit_at_1", "Share of answerable questions with a gold quote whose first "
           "passage given to the answerer contains a gold quote (after normalisation)."),
        _M("retrieval.hit_at_5", "Share of those questions where one of the first 5 passages "
           "given to the answerer contains a gold quote."),
        _M("retrieval.quote_recall_at_5", "Mean over those questions of the share of distinct "
           "gold quotes found in the first 5 passages given to the answerer."),
        _M("retrieval.mrr_at_10", "Mean reciprocal rank of the first passage holding a gold quote "
           "in a separate 10-passage hybrid search of the question (0 when not in the top 10)."),
        _M("retrieval.ndcg_at_10", "Mean nDCG@10 of the same 10-passage search with graded "
           "relevance (Järvelin & Kekäläinen 2002; trec_eval ndcg_cut_10, ranx ndcg@10): a "
           "passage's grade is the number of distinct gold quotes it holds; gain grade/log2(rank+1); "
           "the ideal list is every indexed passage holding a quote, by grade (the exported qrels)."),
        _M("retrieval.hit_at_10", "Share of those questions with a gold quote in the 10-passage search."),
        _M("retrieval.map_at_10", "Mean average precision of the 10-passage search (ranx map@10): "
           "precision at each rank holding a passage with a gold quote, summed, over the number "
           "of indexed passages holding one."),
        _M("retrieval.recall_at_5", "Mean over those questions of the share of the indexed passages "
           "holding a gold quote that are among the first 5 of the 10-passage search (ranx recall@5)."),
        _M("retrieval.recall_at_10", "The same share among the 10 passages of the search (ranx recall@10)."),
        _M("retrieval.precision_at_5", "Mean share of the first 5 passages of the search that hold a "
           "gold quote (ranx precision@5; a shorter list is not given credit for missing places)."),
        _M("retrieval.precision_at_10", "Mean share of the 10 passages of the search that hold a "
           "gold quote (ranx precision@10)."),
        _M("retrieval.context_precision", "Mean, over answerable questions with gold quotes or answer "
           "facts, of the share of the passages given to the answerer that hold a gold quote or "
           "an answer fact (ragas context precision without its rank weighting)."),
        _M("retrieval.doc_hit_at_1", "Document-level retrieval from gold_docs: share of answerable "
           "questions with gold_docs whose first document (distinct documents of the 10-passage "
           "search, in order of first appearance) is a gold document."),
        _M("retrieval.doc_recall_at_5", "Mean share of a question's gold_docs among the first 5 distinct "
           "documents of the 10-passage search."),
        _M("retrieval.doc_map_at_10", "Mean average precision of the document ranking (binary: a gold "
           "document is relevant), over the number of gold documents."),
        _M("retrieval.doc_ndcg_at_10", "Mean nDCG@10 of the document ranking, each gold document of "
           "grade 1."),
        _M("answer.fact_recall", "Mean over answerable questions with answer facts of the share of "
           "facts present in the answer text (fact text or an alias, after text and number "
           "normalisation, at word boundaries; ALCE STR-EM). A refused answer scores 0."),
        _M("answer.all_facts", "Share of those questions whose answer holds every fact (ALCE STR-HIT)."),
        _M("answer.exact_match", "SQuAD exact match: share of those questions whose answer, as "
           "tokens after normalisation and without citation markers, equals one fact spelling. "
           "Strict: a sentence around the fact is not a match. A refusal scores 0."),
        _M("answer.token_f1", "SQuAD token F1 of the answer against its facts (each fact spelled "
           "as its text or its closest alias), mean over those questions. A refusal scores 0."),
        _M("citations.valid", "Share of citation numbers written in the answer texts ([n], or each "
           "number of [n, m]) that name one of the passages given to the answerer (1..#passages), "
           "recomputed from the final text."),
        _M("citations.supported", "ALCE citation recall over cited sentences: share of sentences "
           "carrying a citation whose cited passages, joined, entail the sentence. Entailment is "
           f"the offline proxy support_score >= {SUPPORT_THRESHOLD} (content words and every "
           "number of the sentence found in the passages); a sentence citing an invalid number is "
           "unsupported."),
        _M("citations.precision", "ALCE citation precision: share of citations that are needed. "
           "A citation of an unsupported sentence is not; in a supported sentence with one "
           "citation it is; with several, citation d is not needed when d alone does not entail "
           "the sentence and the other cited passages still do. Same entailment proxy."),
        _M("citations.fact_supported", "Citation support checked without the answerer's own score: "
           "of the cited sentences that state a gold answer fact, the share whose every stated fact "
           "occurs in the quoted span of one of its citations (the passage when the record has no "
           "span); a citation naming no passage supports nothing."),
        _M("citations.other_place", "Share of the answered answerable questions whose answer "
           "cites a document about another town than its gold documents' (the town in each "
           "document's metadata; questions whose gold documents are not all about a town are not "
           "counted): an answer taken from another place.", higher_is_better=False),
        _M("citations.judge_supported", "With --judge-citations: ALCE citation recall with the LLM "
           "judge as the entailment step (evals/entailment_prompt.md): share of the cited sentences "
           "the judge found entailed by the passages they cite; a sentence citing a number that "
           "names no passage is not. Independent of the answerer's support score."),
        _M("refusal.accuracy", "Share of all questions handled right: unanswerable refused, "
           "answerable answered."),
        _M("refusal.precision", "Of the refused questions, the share that were unanswerable."),
        _M("refusal.recall", "Of the unanswerable questions, the share that were refused."),
        _M("refusal.refused_answerable_rate", "Of the answerable questions, the share that were "
           "refused (lower is better).", higher_is_better=False),
        _M("latency_ms.p50", "Median of the answer's total time (retrieval + generation) per "
           "question, from the answer's own timings; percentiles interpolate linearly between "
           "ranks.", higher_is_better=False, unit="ms"),
        _M("latency_ms.p95", "95th percentile of the answer's total time per question.",
           higher_is_better=False, unit="ms"),
        _M("latency_ms.retrieval.p50", "Median retrieval time (query rewrite, hybrid search, "
           "passage selection).", higher_is_better=False, unit="ms"),
        _M("latency_ms.retrieval.p95", "95th percentile retrieval time.", higher_is_better=False, unit="ms"),
        _M("latency_ms.generation.p50", "Median generation time (LLM or extractive answer, "
           "citation checks).", higher_is_better=False, unit="ms"),
        _M("latency_ms.generation.p95", "95th percentile generation time.", higher_is_better=False, unit="ms"),
        _M("latency_ms.total.p50", "Median total time (same as latency_ms.p50).", higher_is_better=False, unit="ms"),
        _M("latency_ms.total.p95", "95th percentile total time (same as latency_ms.p95).",
           higher_is_better=False, unit="ms"),
        _M("judge.faithfulness", "LLM judge (prompts/judge.md), mean over judged answers (the "
           "answered ones, not refusals) of the 0..1 faithfulness score: how much of the answer "
           "the passages given support. Judge errors are counted apart, not scored."),
        _M("judge.correctness", "LLM judge, mean 0..1 correctness of the answered questions "
           "against the gold facts and quotes (an answer to an unanswerable question should get 0)."),
    ]
}  # fmt: skip

COUNT_DEFINITIONS = {
    "n": "Number of questions in the gold file.",
    "retrieval.n": "Answerable questions with at least one gold quote (the retrieval denominators).",
    "answer.n": "Answerable questions with at least one answer fact.",
    "citations.markers": "Citation numbers written in all answers.",
    "citations.cited_sentences": "Answer sentences carrying at least one citation.",
    "citations.citations": "Citations counted for precision (distinct numbers per sentence).",
    "citations.judge_cited_sentences": "Cited sentences the citation judge gave a verdict on.",
    "citations.fact_sentences": "Cited sentences that state a gold answer fact (fact_supported's denominator).",
    "retrieval.doc_n": "Answerable questions with gold_docs (the document-level denominators).",
    "citations.other_place_n": "Answered answerable questions whose gold documents all have a town "
    "(other_place's denominator).",
    "health": "How the run went: answers by mode actually used (llm, fallback_extractive, "
    "fallback_refusal, llm_cut, extractive, refusal, error), LLM and judge calls and the share "
    "that failed, fallbacks and their reasons. --strict exits 3 when any call failed or any "
    "answer fell back.",
    "refusal.n_refused": "Questions the assistant refused.",
}


def resolve_metric(name: str) -> str:
    """The registered dotted name for a dotted or short name ("hit_at_5", "retrieval.hit_at_5").

    Raises KeyError (message lists the known names) for an unknown or ambiguous name.
    """
    if name in METRICS:
        return name
    matches = [m.name for m in METRICS.values() if m.short == name]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise KeyError(f"metric name {name!r} is ambiguous: use one of {', '.join(matches)}")
    raise KeyError(f"unknown metric {name!r}; known metrics: {', '.join(known_metric_names())}")


def known_metric_names() -> list[str]:
    """Every registered metric, with its short name when that is unambiguous."""
    shorts: dict[str, int] = {}
    for m in METRICS.values():
        shorts[m.short] = shorts.get(m.short, 0) + 1
    return [f"{m.name} ({m.short})" if shorts[m.short] == 1 else m.name for m in METRICS.values()]


# --------------------------------------------------------------------------------------------
# What one question produced (filled by the harness)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    doc_id: str
    chunk_id: str
    section: str
    text: str  # the passage as shown (relevance is judged on it)
    header: str = ""  # contextual header (title — section), part of the premise for support
    title: str = ""

    def premise(self) -> str:
        return f"{self.header}\n{self.text}" if self.header else self.text


@dataclass(frozen=True)
class QuestionOutcome:
    gold: GoldQuestion
    answer: str
    refused: bool
    passages: Sequence[Passage]  # given to the answerer, in rank order
    search: Sequence[Passage]  # the separate k=10 hybrid search, in rank order
    timings_ms: Mapping[str, float] = field(default_factory=dict)
    mode: str = ""
    notice: str | None = None
    citations: Sequence[Mapping[str, Any]] = ()  # the answer record's citations
    judge: Mapping[str, Any] | None = None  # a JudgeVerdict as a dict
    error: str | None = None  # the assistant raised instead of answering
    # {chunk_id: grade} over the whole index (`quote_grades`); None: judged on the passages seen
    qrels: Mapping[str, int] | None = None
    configured_mode: str = ""  # the assistant's mode ("llm" when a model is configured)
    llm_calls: int = 0  # calls to the answering model for this question
    llm_errors: Sequence[str] = ()  # the calls that raised
    llm_empty: bool = False  # a call returned no text
    entailment: Mapping[str, Any] | None = (
        None  # an EntailmentVerdict as a dict (--judge-citations)
    )
    # {doc_id: town} of the gold and cited documents that have one (the index's metadata)
    places: Mapping[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# Citation metrics (ALCE)
# --------------------------------------------------------------------------------------------

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")


def marker_numbers(text: str) -> list[int]:
    """Every passage number written in a citation marker, in order, repeats kept ([1, 2] -> 1, 2)."""
    return [int(n) for group in MARKER.findall(text) for n in re.split(r"\s*[,;]\s*", group)]


def marker_validity(text: str, n_passages: int) -> tuple[int, list[int]]:
    """(number of marker numbers, the invalid ones): valid means 1 <= n <= n_passages."""
    numbers = marker_numbers(text)
    return len(numbers), [n for n in numbers if not 1 <= n <= n_passages]


def citation_units(text: str) -> list[tuple[str, list[int]]]:
    """(sentence without markers, cited numbers) for each sentence that carries a citation.

    Sentences end at ``. ! ? …`` followed by white space, or at a line end. A fragment without
    any letter or digit ("» [1]", "[2]" after the period) belongs to the sentence before it on
    the same line, so a closing quote mark or a marker placed after the period still cites the
    sentence it follows. Numbers repeated within a sentence count once.
    """
    units: list[tuple[str, list[int]]] = []
    for line in text.split("\n"):
        line_units: list[tuple[str, list[int]]] = []
        for piece in _SENTENCE_BREAK.split(line):
            numbers = marker_numbers(piece)
            sentence = re.sub(r"\s+([.,;:!?])", r"\1", MARKER.sub("", piece)).strip(" -*•\t")
            sentence = re.sub(r"\s{2,}", " ", sentence)
            if line_units and not re.search(r"\w", sentence):
                previous, cited = line_units[-1]
                merged = f"{previous} {sentence}".strip() if sentence else previous
                line_units[-1] = (merged, cited + numbers)
                continue
            line_units.append((sentence, numbers))
        units.extend(
            (sentence, list(dict.fromkeys(numbers)))
            for sentence, numbers in line_units
            if numbers and re.search(r"\w", sentence)
        )
    return units


@dataclass(frozen=True)
class CitationScores:
    cited_sentences: int
    supported_sentences: int
    citations: int  # distinct numbers per sentence, summed over sentences
    precise_citations: int
    unsupported: list[tuple[str, list[int]]]  # (sentence, numbers)
    imprecise: list[tuple[str, int]]  # (sentence, number) of supported sentences

    @property
    def supported(self) -> float | None:
        return self.supported_sentences / self.cited_sentences if self.cited_sentences else None

    @property
    def precision(self) -> float | None:
        return self.precise_citations / self.citations if self.citations else None


def alce_citation_scores(text: str, premises: Sequence[str], entails: Entails) -> CitationScores:
    """ALCE citation recall (supported sentences) and precision for one answer.

    ``premises[i]`` is the text of passage i + 1. For each cited sentence: it is supported when
    every number it cites names a passage and `entails(sentence, cited premises)`. Each of its
    citations is precise when the sentence is supported and either it is its only citation, or
    the passage alone entails the sentence, or the other cited passages without it do not.
    """
    n_sentences = n_supported = n_citations = n_precise = 0
    unsupported: list[tuple[str, list[int]]] = []
    imprecise: list[tuple[str, int]] = []
    for sentence, numbers in citation_units(text):
        n_sentences += 1
        n_citations += len(numbers)
        if any(not 1 <= n <= len(premises) for n in numbers):
            unsupported.append((sentence, numbers))
            continue
        if not entails(sentence, [premises[n - 1] for n in numbers]):
            unsupported.append((sentence, numbers))
            continue
        n_supported += 1
        if len(numbers) == 1:
            n_precise += 1
            continue
        for n in numbers:
            others = [premises[m - 1] for m in numbers if m != n]
            if not entails(sentence, [premises[n - 1]]) and entails(sentence, others):
                imprecise.append((sentence, n))
            else:
                n_precise += 1
    return CitationScores(n_sentences, n_supported, n_citations, n_precise, unsupported, imprecise)


def citation_claims(
    text: str, passages: Sequence[Passage]
) -> list[tuple[str, list[tuple[int, str]]]]:
    """(sentence, [(n, premise of passage n)]) for each cited sentence, for the entailment judge;
    numbers naming no passage are left out (such a sentence is unsupported whatever the verdict)."""
    return [
        (sentence, [(n, passages[n - 1].premise()) for n in numbers if 1 <= n <= len(passages)])
        for sentence, numbers in citation_units(text)
    ]


def judge_entailed(outcome: QuestionOutcome) -> tuple[int, int]:
    """(cited sentences the entailment judge gave a verdict on, those entailed); a sentence citing
    a number that names no passage is never entailed. (0, 0) without verdicts."""
    verdicts = (outcome.entailment or {}).get("verdicts")
    if not verdicts:
        return 0, 0
    units = citation_units(outcome.answer)
    n = len(outcome.passages)
    entailed = sum(
        1
        for ok, (_, numbers) in zip(verdicts, units, strict=False)
        if ok and all(1 <= k <= n for k in numbers)
    )
    return len(verdicts), entailed


def lexical_entails(sentence: str, premises: Sequence[str]) -> bool:
    """The offline entailment proxy: support_score(sentence, premises joined) >= SUPPORT_THRESHOLD."""
    return bool(premises) and support_score(sentence, "\n".join(premises)) >= SUPPORT_THRESHOLD


# --------------------------------------------------------------------------------------------
# Per-question scoring
# --------------------------------------------------------------------------------------------


def _passage_row(passage: Passage, gold: GoldQuestion, rank: int) -> dict[str, Any]:
    """A passage as the report keeps it: whole, with where its gold quotes are (for highlighting)."""
    return {
        "rank": rank,
        "doc_id": passage.doc_id,
        "chunk_id": passage.chunk_id,
        "section": passage.section,
        "text": passage.text,
        "has_gold_quote": any(passage_has_quote(passage.text, q) for q in gold.gold_quotes),
        "gold_spans": [list(span) for span in quote_spans(passage.text, gold.gold_quotes)],
        "has_fact": any(fact_present(passage.text, f.text, f.aliases) for f in gold.answer_facts),
    }


def answer_route(outcome: QuestionOutcome) -> tuple[str, str | None]:
    """(the mode actually used for the answer, why it fell back or None).

    Modes: "llm" (the model's answer, or its refusal), "llm_cut" (the model failed after part of
    its answer was shown), "fallback_extractive" / "fallback_refusal" (the model was asked but
    its reply was not used), "extractive" / "refusal" (no model asked), "error". Reasons:
    "llm_error" (the call raised), "empty_reply", "uncited_reply".
    """
    if outcome.error is not None:
        return "error", None
    if (outcome.configured_mode or outcome.mode) != "llm" or outcome.llm_calls == 0:
        return ("refusal" if outcome.refused else "extractive"), None
    fallback = "fallback_refusal" if outcome.refused else "fallback_extractive"
    if outcome.llm_errors:
        if outcome.mode == "llm" and not outcome.refused:
            return "llm_cut", "llm_error"
        return fallback, "llm_error"
    if outcome.llm_empty:
        return fallback, "empty_reply"
    if outcome.mode == "extractive" or (outcome.refused and outcome.notice):
        return fallback, "uncited_reply"
    return "llm", None


def context_precision(outcome: QuestionOutcome) -> float | None:
    """Share of the passages given that hold a gold quote or an answer fact; None when the
    question is unanswerable, has neither quotes nor facts, or no passage was given."""
    gold = outcome.gold
    if not gold.answerable or not (gold.gold_quotes or gold.answer_facts) or not outcome.passages:
        return None
    useful = sum(
        1
        for p in outcome.passages
        if any(passage_has_quote(p.text, q) for q in gold.gold_quotes)
        or any(fact_present(p.text, f.text, f.aliases) for f in gold.answer_facts)
    )
    return useful / len(outcome.passages)


def fact_support(outcome: QuestionOutcome) -> tuple[int, int, list[tuple[str, int]]]:
    """(cited sentences stating a gold fact, those whose facts are all in a cited span, the
    (fact, number) pairs not found). The span of citation n is its record's quote, or passage
    n's text when the record has none; a number naming no passage has no span."""
    gold = outcome.gold
    spans: dict[int, str] = {i: p.text for i, p in enumerate(outcome.passages, 1)}
    for c in outcome.citations:
        n, quote = c.get("n"), c.get("quote")
        if isinstance(n, int) and n in spans and isinstance(quote, str) and quote.strip():
            spans[n] = quote
    stated = held = 0
    missing: list[tuple[str, int]] = []
    for sentence, numbers in citation_units(outcome.answer):
        facts = [f for f in gold.answer_facts if fact_present(sentence, f.text, f.aliases)]
        if not facts:
            continue
        stated += 1
        cited = "\n".join(spans[n] for n in numbers if n in spans)
        absent = [f for f in facts if not fact_present(cited, f.text, f.aliases)]
        if absent:
            missing += [(f.text, numbers[0]) for f in absent]
        else:
            held += 1
    return stated, held, missing


def search_qrels(outcome: QuestionOutcome) -> dict[str, int]:
    """The question's passage qrels: the outcome's own (whole index), or those of the passages
    seen (given and searched) when the harness did not compute them."""
    if outcome.qrels is not None:
        return dict(outcome.qrels)
    seen = {p.chunk_id: p.text for p in [*outcome.passages, *outcome.search]}
    return quote_grades(seen.items(), outcome.gold.gold_quotes)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def score_question(outcome: QuestionOutcome, entails: Entails = lexical_entails) -> dict[str, Any]:
    """One report row: the question, what the assistant did, per-question metrics, what failed."""
    gold = outcome.gold
    given = [p.text for p in outcome.passages]
    searched = [p.text for p in outcome.search]
    given_scores = score_question_retrieval(given, gold.gold_quotes) if gold.answerable else {}
    search_scores = score_question_retrieval(searched, gold.gold_quotes) if gold.answerable else {}
    found = [fact_present(outcome.answer, f.text, f.aliases) for f in gold.answer_facts]
    n_markers, invalid = marker_validity(outcome.answer, len(outcome.passages))
    cites = alce_citation_scores(outcome.answer, [p.premise() for p in outcome.passages], entails)
    refusal_correct = outcome.refused == (not gold.answerable) and outcome.error is None
    scored = gold.answerable and given_scores.get("hit_at_1") is not None
    qrels = search_qrels(outcome) if scored else {}
    ranking = [p.chunk_id for p in outcome.search]
    ranked = {
        "ndcg_at_10": ndcg_graded(ranking, qrels, 10),
        "map_at_10": average_precision(ranking, qrels, 10),
        "recall_at_5": recall_at_k(ranking, qrels, 5),
        "recall_at_10": recall_at_k(ranking, qrels, 10),
        "precision_at_5": precision_at_k(ranking, qrels, 5),
        "precision_at_10": precision_at_k(ranking, qrels, 10),
    } if scored else dict.fromkeys(("ndcg_at_10", "map_at_10", "recall_at_5", "recall_at_10",
                                    "precision_at_5", "precision_at_10"))  # fmt: skip
    gold_docs = list(dict.fromkeys(gold.gold_docs)) if gold.answerable else []
    doc_qrels = dict.fromkeys(gold_docs, 1)
    docs = distinct_in_order(p.doc_id for p in outcome.search)
    by_doc = {
        "doc_hit_at_1": float(bool(docs) and docs[0] in doc_qrels),
        "doc_recall_at_5": recall_at_k(docs, doc_qrels, 5),
        "doc_map_at_10": average_precision(docs, doc_qrels, 10),
        "doc_ndcg_at_10": ndcg_graded(docs, doc_qrels, 10),
    } if doc_qrels else dict.fromkeys(("doc_hit_at_1", "doc_recall_at_5", "doc_map_at_10",
                                       "doc_ndcg_at_10"))  # fmt: skip
    with_facts = gold.answerable and bool(gold.answer_facts)
    refused_or_failed = outcome.refused or outcome.error is not None
    em = exact_match(outcome.answer, gold.answer_facts) if with_facts else None
    f1 = token_f1(outcome.answer, gold.answer_facts) if with_facts else None
    if with_facts and refused_or_failed:
        em = f1 = 0.0
    fact_stated, fact_held, fact_missing = fact_support(outcome)
    judged_sentences, entailed_sentences = judge_entailed(outcome)
    route, reason = answer_route(outcome)
    timings = {k: outcome.timings_ms.get(f"{k}_ms") for k in ("retrieval", "generation", "total")}

    metrics: dict[str, Any] = {
        "hit_at_1": given_scores.get("hit_at_1"),
        "hit_at_5": given_scores.get("hit_at_5"),
        "quote_recall_at_5": given_scores.get("quote_recall_at_5"),
        "first_relevant_rank": given_scores.get("first_relevant_rank"),
        "rr_at_10": search_scores.get("rr_at_10"),
        **ranked,
        **by_doc,
        "context_precision": context_precision(outcome),
        "hit_at_10": (
            None if search_scores.get("rr_at_10") is None else float(search_scores["rr_at_10"] > 0)
        ),
        "search_first_relevant_rank": search_scores.get("first_relevant_rank"),
        "fact_recall": sum(found) / len(found) if found and gold.answerable else None,
        "facts_found": sum(found),
        "facts_total": len(found),
        "exact_match": em,
        "token_f1": f1,
        "fact_sentences": fact_stated,
        "fact_supported_sentences": fact_held,
        "judge_cited_sentences": judged_sentences,
        "judge_entailed_sentences": entailed_sentences,
        "markers": n_markers,
        "markers_valid": n_markers - len(invalid),
        "cited_sentences": cites.cited_sentences,
        "supported_sentences": cites.supported_sentences,
        "citations": cites.citations,
        "precise_citations": cites.precise_citations,
        "citations_supported": cites.supported,
        "citations_precision": cites.precision,
        "refusal_correct": refusal_correct,
        "other_place": other_place(outcome),
    }
    return {
        "id": gold.id,
        "question": gold.question,
        "language": gold.language,
        "tags": list(gold.tags),
        "answerable": gold.answerable,
        "gold_docs": list(gold.gold_docs),
        "refused": outcome.refused,
        "mode": outcome.mode,
        "answer_mode": route,
        "fallback_reason": reason,
        "llm_calls": outcome.llm_calls,
        "notice": outcome.notice,
        "answer": outcome.answer,
        "error": outcome.error,
        "citations": [
            {k: c.get(k) for k in ("n", "doc_id", "chunk_id", "section", "quote", "supported")}
            for c in outcome.citations
        ],
        "passages": [_passage_row(p, gold, i) for i, p in enumerate(outcome.passages, 1)],
        "search_top10": [
            {
                "rank": i,
                "doc_id": p.doc_id,
                "chunk_id": p.chunk_id,
                "section": p.section,
                "has_gold_quote": qrels.get(p.chunk_id, 0) > 0
                if scored
                else any(passage_has_quote(p.text, q) for q in gold.gold_quotes),
            }
            for i, p in enumerate(outcome.search[:10], 1)
        ],
        "qrels": qrels,
        "timings_ms": timings,
        "metrics": metrics,
        "judge": dict(outcome.judge) if outcome.judge is not None else None,
        "citation_judge": dict(outcome.entailment) if outcome.entailment is not None else None,
        "failures": _failures(
            outcome, found, invalid, cites, refusal_correct, fact_missing, reason
        ),
        "infra_errors": _infra_errors(outcome),
    }


def other_place(outcome: QuestionOutcome) -> float | None:
    """1.0 when an answer to an answerable question cites a document whose town is none of its
    gold documents' towns, 0.0 when every cited document with a town shares one; None when the
    question was refused or failed, or a gold document has no town (a national article)."""
    gold = outcome.gold
    if not gold.answerable or outcome.refused or outcome.error or not gold.gold_docs:
        return None
    towns = {outcome.places.get(d) for d in gold.gold_docs}
    if None in towns or not outcome.citations:
        return None
    cited = {outcome.places.get(str(c.get("doc_id"))) for c in outcome.citations}
    return float(any(t is not None and t not in towns for t in cited))


def _infra_errors(outcome: QuestionOutcome) -> list[str]:
    """What went wrong around the question, not with it: model calls that failed, judge errors."""
    out = [f"LLM call failed: {_short(e, 200)}" for e in outcome.llm_errors]
    if outcome.llm_empty:
        out.append("LLM call returned an empty reply")
    judge = outcome.judge
    if judge and judge.get("error"):
        out.append(f"judge error: {judge['error']}")
    if outcome.entailment and outcome.entailment.get("error"):
        out.append(f"citation judge error: {outcome.entailment['error']}")
    return out


def _failures(outcome: QuestionOutcome, found: list[bool], invalid: list[int],
              cites: CitationScores, refusal_correct: bool,
              fact_missing: Sequence[tuple[str, int]] = (),
              fallback_reason: str | None = None) -> list[str]:  # fmt: skip
    """Human-readable reasons the question is not fully right, most important first."""
    gold = outcome.gold
    out: list[str] = []
    if outcome.error:
        out.append(f"error: {outcome.error}")
    if not refusal_correct and outcome.error is None:
        out.append(
            "should have refused" if not gold.answerable else "refused an answerable question"
        )
    if gold.answerable:
        given = [p.text for p in outcome.passages]
        seen: set[str] = set()
        for quote in gold.gold_quotes:
            key = normalize_text(quote)
            if not key or key in seen:
                continue  # duplicates (after normalisation) are reported once
            seen.add(key)
            if not any(passage_has_quote(text, quote) for text in given[:5]):
                out.append(f"gold quote not retrieved (top 5): «{_short(quote, 60)}»")
        for fact, ok in zip(gold.answer_facts, found, strict=True):
            if not ok:
                out.append(f"missing fact: {fact.text}")
    for n in dict.fromkeys(invalid):
        out.append(f"invalid citation [{n}]")
    if not outcome.refused and outcome.error is None and not cites.cited_sentences:
        out.append("answer cites no passage")
    for sentence, numbers in cites.unsupported:
        marks = "".join(f"[{n}]" for n in numbers)
        out.append(f"unsupported citation {marks}: «{_short(sentence)}»")
    for sentence, n in cites.imprecise:
        out.append(f"unneeded citation [{n}]: «{_short(sentence)}»")
    for fact, n in fact_missing:
        out.append(f"cited fact not in the quoted span [{n}]: {fact}")
    if other_place(outcome):
        gold_towns = sorted({outcome.places[d] for d in gold.gold_docs})
        cited = sorted({outcome.places[str(c["doc_id"])] for c in outcome.citations
                        if outcome.places.get(str(c.get("doc_id"))) not in (None, *gold_towns)})  # fmt: skip
        out.append(f"cites another place: {', '.join(cited)} (asked: {', '.join(gold_towns)})")
    if fallback_reason == "uncited_reply":
        out.append("the model's reply cited no passage: extractive fallback")
    judge = outcome.judge
    if judge:  # a judge error is an infrastructure error (infra_errors), not a failure
        for key in ("faithfulness", "correctness"):
            score = judge.get(key)
            if isinstance(score, int | float) and score < 0.5:
                out.append(
                    f"judge: low {key} {score:.2f}: {_short(judge.get(key + '_reason') or '')}"
                )
    return out


# --------------------------------------------------------------------------------------------
# Aggregation
# --------------------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0..100), linear interpolation between closest ranks (numpy default).

    None for no values. p50 of [1, 2, 3, 4] is 2.5; p95 of 1..20 is 19.05.
    """
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be within 0..100, got {q}")
    data = sorted(values)
    if not data:
        return None
    pos = (len(data) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (pos - low)


def _mean(values: Iterable[float | None]) -> float | None:
    present = [float(v) for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def aggregate(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The report's metric sections from per-question rows (`score_question` output).

    Retrieval means run over answerable questions with a gold quote, fact recall over answerable
    questions with facts, citation shares are micro-averaged over all answers, latency
    percentiles over every question that was answered without error.
    """
    m = [row["metrics"] for row in rows]
    scored = [x for x in m if x["hit_at_1"] is not None]
    with_facts = [x for x in m if x["fact_recall"] is not None]
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    refused = [r for r in rows if r["refused"]]
    true_refusals = sum(1 for r in refused if not r["answerable"])
    timed = [r["timings_ms"] for r in rows if r["error"] is None]

    def stage(key: str) -> dict[str, float | None]:
        values = [t[key] for t in timed if t.get(key) is not None]
        p50, p95 = percentile(values, 50), percentile(values, 95)
        return {"p50": _round(p50, 2), "p95": _round(p95, 2)}

    total = stage("total")
    return {
        "n": len(rows),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
        "retrieval": {
            "hit_at_1": _mean(x["hit_at_1"] for x in scored),
            "hit_at_5": _mean(x["hit_at_5"] for x in scored),
            "quote_recall_at_5": _mean(x["quote_recall_at_5"] for x in scored),
            "mrr_at_10": _mean(x["rr_at_10"] for x in scored),
            "ndcg_at_10": _mean(x["ndcg_at_10"] for x in scored),
            "hit_at_10": _mean(x["hit_at_10"] for x in scored),
            **{key: _mean(x.get(key) for x in scored) for key in RANKED_KEYS},
            "context_precision": _mean(x.get("context_precision") for x in m),
            **{key: _mean(x.get(key) for x in m) for key in DOC_KEYS},
            "n": len(scored),
            "doc_n": sum(1 for x in m if x.get("doc_hit_at_1") is not None),
        },
        "answer": {
            "fact_recall": _mean(x["fact_recall"] for x in with_facts),
            "all_facts": _mean(float(x["fact_recall"] == 1.0) for x in with_facts),
            "exact_match": _mean(x.get("exact_match") for x in with_facts),
            "token_f1": _mean(x.get("token_f1") for x in with_facts),
            "n": len(with_facts),
        },
        "citations": {
            "valid": _ratio(sum(x["markers_valid"] for x in m), sum(x["markers"] for x in m)),
            "supported": _ratio(
                sum(x["supported_sentences"] for x in m), sum(x["cited_sentences"] for x in m)
            ),
            "precision": _ratio(
                sum(x["precise_citations"] for x in m), sum(x["citations"] for x in m)
            ),
            "fact_supported": _ratio(
                sum(x.get("fact_supported_sentences", 0) for x in m),
                sum(x.get("fact_sentences", 0) for x in m),
            ),
            "markers": sum(x["markers"] for x in m),
            "cited_sentences": sum(x["cited_sentences"] for x in m),
            "fact_sentences": sum(x.get("fact_sentences", 0) for x in m),
            "judge_supported": _ratio(
                sum(x.get("judge_entailed_sentences", 0) for x in m),
                sum(x.get("judge_cited_sentences", 0) for x in m),
            ),
            "judge_cited_sentences": sum(x.get("judge_cited_sentences", 0) for x in m),
            "citations": sum(x["citations"] for x in m),
            "other_place": _mean(x.get("other_place") for x in m),
            "other_place_n": sum(1 for x in m if x.get("other_place") is not None),
        },
        "refusal": {
            "accuracy": _ratio(sum(1 for x in m if x["refusal_correct"]), len(rows)),
            "precision": _ratio(true_refusals, len(refused)),
            "recall": _ratio(true_refusals, len(unanswerable)),
            "refused_answerable_rate": _ratio(
                sum(1 for r in answerable if r["refused"]), len(answerable)
            ),
            "n_refused": len(refused),
        },
        "latency_ms": {
            **total,
            "retrieval": stage("retrieval"),
            "generation": stage("generation"),
            "total": total,
        },  # fmt: skip
    }


RANKED_KEYS = ("map_at_10", "recall_at_5", "recall_at_10", "precision_at_5", "precision_at_10")
DOC_KEYS = ("doc_hit_at_1", "doc_recall_at_5", "doc_map_at_10", "doc_ndcg_at_10")
FALLBACK_MODES = ("fallback_extractive", "fallback_refusal", "llm_cut")


def aggregate_health(rows: Sequence[Mapping[str, Any]], configured_mode: str,
                     judge: Mapping[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
    """How degraded the run was: the mode each answer actually used, failed model and judge
    calls, fallbacks and their reasons, and the problems that make `--strict` fail."""
    modes: dict[str, int] = {}
    reasons: dict[str, int] = {}
    for row in rows:
        mode = row.get("answer_mode") or row.get("mode") or "?"
        modes[mode] = modes.get(mode, 0) + 1
        if row.get("fallback_reason"):
            reasons[row["fallback_reason"]] = reasons.get(row["fallback_reason"], 0) + 1
    llm_calls = sum(int(row.get("llm_calls") or 0) for row in rows)
    llm_failed = sum(
        1 for row in rows for e in row.get("infra_errors", ()) if e.startswith("LLM call")
    )
    asked = sum(1 for row in rows if row.get("llm_calls"))
    fallbacks = sum(modes.get(m, 0) for m in FALLBACK_MODES)
    citation_judged = sum(1 for row in rows if row.get("citation_judge"))
    citation_errors = sum(
        1 for row in rows for e in row.get("infra_errors", ()) if e.startswith("citation judge")
    )
    judged = ((judge or {}).get("n_judged") or 0) + citation_judged - citation_errors
    judge_errors = ((judge or {}).get("n_errors") or 0) + citation_errors
    question_errors = modes.get("error", 0)
    problems = []
    if llm_failed:
        problems.append(f"{llm_failed} of {llm_calls} LLM calls failed")
    if fallbacks:
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(reasons.items()))
        problems.append(f"{fallbacks} of {asked} answers sent to the LLM fell back ({detail})")
    if judge_errors:
        problems.append(f"{judge_errors} of {judged + judge_errors} judge calls failed")
    return {
        "configured_mode": configured_mode,
        "answer_modes": dict(sorted(modes.items())),
        "llm_calls": llm_calls,
        "llm_failed_calls": llm_failed,
        "llm_failed_share": _ratio(llm_failed, llm_calls),
        "answers_sent_to_llm": asked,
        "fallbacks": fallbacks,
        "fallback_share": _ratio(fallbacks, asked),
        "fallback_reasons": dict(sorted(reasons.items())),
        "judge_calls": judged + judge_errors,
        "judge_errors": judge_errors,
        "judge_error_share": _ratio(judge_errors, judged + judge_errors),
        "question_errors": question_errors,
        "degraded": bool(problems),
        "problems": problems,
    }


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def aggregate_judge(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Judge means over the rows that were judged without error, and the error count."""
    verdicts = [r["judge"] for r in rows if r.get("judge") is not None]
    ok = [v for v in verdicts if not v.get("error")]
    return {
        "faithfulness": _mean(v.get("faithfulness") for v in ok),
        "correctness": _mean(v.get("correctness") for v in ok if v.get("correctness") is not None),
        "n_judged": len(ok),
        "n_errors": len(verdicts) - len(ok),
    }


def flatten_metrics(report: Mapping[str, Any]) -> dict[str, float | None]:
    """{dotted metric name: value} for every registered metric (None when absent)."""
    out: dict[str, float | None] = {}
    for name in METRICS:
        node: Any = report
        for part in name.split("."):
            node = node.get(part) if isinstance(node, Mapping) else None
        out[name] = (
            float(node) if isinstance(node, int | float) and not isinstance(node, bool) else None
        )
    return out


GROUP_METRICS = (
    "retrieval.hit_at_1", "retrieval.hit_at_5", "retrieval.mrr_at_10", "retrieval.ndcg_at_10",
    "retrieval.map_at_10", "retrieval.doc_hit_at_1", "answer.fact_recall", "answer.token_f1",
    "citations.supported", "refusal.accuracy", "refusal.recall", "refusal.refused_answerable_rate",
    "judge.faithfulness", "judge.correctness", "latency_ms.p50",
)  # fmt: skip


def group_scores(rows: Sequence[Mapping[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    """Metrics per value of a row field ("language", or "tags": one group per tag), sorted."""
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        values = row[key] if isinstance(row[key], list) else [row[key]]
        for value in values:
            groups.setdefault(str(value), []).append(row)
    out: dict[str, dict[str, Any]] = {}
    for name in sorted(groups):
        members = groups[name]
        summary = {**aggregate(members), "judge": aggregate_judge(members)}
        flat = flatten_metrics(summary)
        out[name] = {"n": len(members), **{m: flat[m] for m in GROUP_METRICS}}
    return out


def definitions() -> dict[str, str]:
    """Every metric's definition, for the report (counts included)."""
    return {**{name: m.definition for name, m in METRICS.items()}, **COUNT_DEFINITIONS}


def fmt(name: str, value: float | None) -> str:
    """A metric value for people: rates with 3 decimals, times in ms with 1."""
    if value is None:
        return "—"
    return f"{value:.1f}" if METRICS[name].unit == "ms" else f"{value:.3f}"


def fmt_delta(name: str, delta: float | None) -> str:
    if delta is None:
        return "—"
    return f"{delta:+.1f}" if METRICS[name].unit == "ms" else f"{delta:+.3f}"
