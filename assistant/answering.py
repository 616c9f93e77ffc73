"""Answer a question from the corpus: rewrite follow-ups, retrieve, answer (LLM or extractive),
check every citation, refuse when the corpus lacks the answer.

The API, the CLI and the eval harness all call `Assistant.answer` / `Assistant.stream`, so the
evaluation measures the product.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.answer_types import (
    SINGLE_VALUE_KINDS,
    asked_kinds,
    asks_each,
    covers_years,
    named_years,
)
from assistant.citations import MARKER, build_citations, check_markers
from assistant.extractive import (
    ConceptWeights,
    Extraction,
    QuestionSignals,
    compose,
    each_compared,
    extract,
    not_bodies,
    numbered_designations,
    question_parts,
    question_signals,
    reference_numbers,
    renumber,
    unit_signals,
    with_asks,
)
from assistant.followup import rewrite_follow_up
from assistant.language import CONFIDENT, LanguageDecision, LanguageIdentifier
from assistant.llm import Completer, LLMError
from assistant.prompts import Prompts, answer_messages, rewrite_messages
from assistant.rerank import (
    POOL,
    RERANK_MODEL_PATH,
    Reranker,
    content_scores,
    passage_signals,
    unit_evidence,
)
from assistant.scope import (
    QUESTIONS_MEMO,
    TOKENS_MEMO,
    CorpusNames,
    QuestionScope,
    source_kind,
)
from assistant.scorer import Candidate, LogisticScorer, Scorer, add_relative_signals
from index.analyzer import analyze
from index.embed import Embedder
from index.search import (
    SearchParams,
    hybrid_search,
    lexical_text,
    parse_filters,
    translated_words,
)
from index.store import Index, LiveIndex
from ingest.blocks import table_cells
from ingest.chunk import unit_heading
from ingest.errors import RenewalError
from ingest.records import Answer, Chunk, Hit
from ingest.units import Unit, unit_text_for_embedding

log = logging.getLogger(__name__)

NOTICE_LLM_FAILED = {
    "fr": "Le modèle de langue n'a pas répondu ({reason}) : réponse extractive tirée des passages.",
    "en": "The language model did not answer ({reason}): extractive answer taken from the passages.",
}
NOTICE_LLM_CUT = {
    "fr": "Le modèle de langue s'est interrompu ({reason}) : la réponse est incomplète.",
    "en": "The language model stopped ({reason}): the answer is incomplete.",
}
EMPTY_REPLY = {"fr": "réponse vide", "en": "empty reply"}
NOTICE_UNCITED = {
    "fr": "La réponse du modèle ne citait aucun passage : réponse extractive tirée des passages.",
    "en": "The model's answer cited no passage: extractive answer taken from the passages.",
}


# A unit of a retrieved passage with its signals and whether it is in the question's scope;
# per question, the rows of the passages rated so far, by chunk id.
UnitRow = tuple[Unit, dict[str, float], bool]
# Sentences before a unit in its paragraph that say what it is about (`_paragraph_before`).
PARAGRAPH_LEAD = 4
UnitMemo = dict[str, list[UnitRow]]


class QuestionError(RenewalError):
    """The question is empty or too long."""


NOTICE_UNSUPPORTED_LANGUAGE = (
    "La question semble rédigée dans une langue que l'assistant ne traite pas ({language}) : "
    "posez-la en français ou en anglais. / The question seems to be in a language the assistant "
    "does not handle ({language}): please ask in French or English."
)


@dataclass
class Prepared:
    """Everything decided before answering: language, query, passages, units and their scores."""

    question: str
    query: str
    language: LanguageDecision
    hits: list[Hit]
    candidates: list[Candidate]
    timings: dict[str, float]
    # For a question that asks two things ("Quand ... et quel en est le montant ?"), the units
    # scored against each ask on its own (names and scope still the whole question's).
    parts: list[list[Candidate]] = field(default_factory=list)


@dataclass
class Assistant:
    indexes: LiveIndex
    embedder: Embedder
    prompts: Prompts
    search_params: SearchParams
    languages: LanguageIdentifier
    scorer: Scorer
    max_question_chars: int = 2000
    completer: Completer | None = None
    reranker: Reranker | None = None

    @property
    def refusal_threshold(self) -> float:
        return self.scorer.threshold

    @property
    def mode(self) -> str:
        return "llm" if self.completer else "extractive"

    # -- retrieval ------------------------------------------------------------------------------

    def search(self, query: str, filters: dict[str, Any] | list[str] | None = None,
               k: int | None = None, mode: str = "hybrid") -> list[Hit]:  # fmt: skip
        """The passages a question retrieves, as answering retrieves them (`mode` "lexical" or
        "dense": one retriever alone, without the second stage)."""
        query = self._check_question(query)
        language = self.languages.decide(query).code
        vector = self.embedder.embed_query(query) if mode != "lexical" else None
        return self.retrieve(self.indexes.current(), query, language, vector,
                             parse_filters(filters), k or self.search_params.k, mode)  # fmt: skip

    def retrieve(self, index: Index, query: str, language: str, vector: Any,
                 filters: dict[str, str], k: int, mode: str = "hybrid",
                 units: UnitMemo | None = None) -> list[Hit]:  # fmt: skip
        """Hybrid search, then the second-stage ranking (assistant/rerank.py) of its first
        max(top_k, depth) passages when a reranker is configured; the top k. The re-scored
        passages do not depend on k, so a longer search extends what answering reads. `units`
        keeps the re-scored passages' rated units for `candidates`."""
        reranker = self.reranker if mode == "hybrid" else None
        depth = max(self.search_params.k, reranker.depth) if reranker else 0
        scope = None
        if reranker and reranker.scope_extra > 0:
            scope = self.version_cache(index).names.question_scope(query)
        pool = POOL if scope is not None and scope.scoping else 0
        params = replace(self.search_params, k=max(k, depth, pool), mode=mode)
        hits = hybrid_search(index, self.embedder, query, params, filters,
                             query_vector=vector, language=language)  # fmt: skip
        if reranker is not None and len(hits) > 1:
            head, rest = hits[:depth], hits[depth:]
            if pool and scope is not None:
                extra = self._about_scope(index, scope, rest, reranker.scope_extra)
                chosen = {h.chunk.chunk_id for h in extra}
                head, rest = head + extra, [h for h in rest if h.chunk.chunk_id not in chosen]
            head = reranker.rerank(head, self.passage_signals(
                index, query, language, vector, head, units=units))  # fmt: skip
            # Beyond the re-scored passages, the first stage's order; not re-scored (score 0).
            hits = head + [replace(h, score=0.0, fused=h.score, rank=rank)
                           for rank, h in enumerate(rest, start=len(head) + 1)]  # fmt: skip
        return hits[:k]

    def _about_scope(self, index: Index, scope: QuestionScope, hits: list[Hit],
                     limit: int) -> list[Hit]:  # fmt: skip
        """The first `limit` hits about the places and bodies the question names."""
        cache, found = self.version_cache(index), []
        for hit in hits:
            if len(found) >= limit:
                break
            if cache.names.about(scope, hit.chunk.doc_id, hit.chunk.indexed_text()):
                found.append(hit)
        return found

    def passage_signals(self, index: Index, query: str, language: str, vector: Any,
                        hits: list[Hit], unit_weights: dict[str, float] | None = None,
                        units: UnitMemo | None = None) -> list[dict[str, float]]:  # fmt: skip
        """The second stage's signals of each hit; `unit_weights` rate the hits' answer units
        for the unit-evidence signal (default: the configured reranker's)."""
        cache = self.version_cache(index)
        scope = cache.names.question_scope(query)
        if unit_weights is None:
            unit_weights = self.reranker.unit_weights if self.reranker else {}
        evidence = [
            max((unit_evidence(values, unit_weights) for _, values, _ in rows), default=0.0)
            for rows in self.unit_rows(index, query, language, vector, hits, units)
        ]
        return passage_signals(
            hits, vector,
            [index.chunk_unit_vectors(h.chunk.chunk_id) for h in hits],
            [cache.chunk_tokens(h.chunk) for h in hits],
            cache.question_signals(query, language, scope.compared_tokens),
            [cache.names.check(scope, h.chunk.doc_id, h.chunk.header, h.chunk.text) for h in hits],
            evidence,
            content_scores(self._content_words(index, query, language, scope),
                           [cache.chunk_counts(h.chunk) for h in hits],
                           index.doc_freq, index.n_chunks),
        )  # fmt: skip

    def _content_words(self, index: Index, query: str, language: str,
                       scope: QuestionScope) -> list[str]:  # fmt: skip
        """The BM25 query tokens of a question (with the glossary's and the lexicon's French for
        an English one, as the first stage reads it), its names' tokens left out."""
        text = lexical_text(query, language)
        if language == "en" and self.embedder is not None:
            text = " ".join([text, *translated_words(index, self.embedder, query)])
        names = frozenset().union(*(n.tokens for n in scope.names))
        return [t for t in analyze(text) if t not in names]

    def standalone_query(self, question: str, history: list[dict[str, Any]] | None) -> str:
        """The question as a self-contained query, given the conversation so far."""
        if not history:
            return question
        previous = next(
            (t.get("query") or t["content"] for t in reversed(history) if t["role"] == "user"), None
        )
        if self.completer is not None:
            try:
                rewritten = self.completer.complete(
                    rewrite_messages(self.prompts, question, history)
                )
                line = rewritten.strip().splitlines()[0].strip() if rewritten.strip() else ""
                if 0 < len(line) <= 4 * max(len(question), 100):
                    return line
            except LLMError as exc:
                log.warning("follow-up rewrite failed, using the offline rewrite: %s", exc)
        names = self.version_cache(self.indexes.current()).names

        def names_of(text: str) -> list[str]:
            return [n.text for n in names.question_scope(text).scoping]

        return rewrite_follow_up(question, previous, names_of)

    # -- answering ------------------------------------------------------------------------------

    def _check_question(self, question: str) -> str:
        question = (question or "").strip()
        if not question:
            raise QuestionError("the question is empty")
        if not any(ch.isalnum() for ch in question):
            raise QuestionError("the question has no words: ask it in French or English")
        if len(question) > self.max_question_chars:
            raise QuestionError(
                f"the question is {len(question)} characters long; the limit is "
                f"{self.max_question_chars} (RENEWAL_MAX_QUESTION_CHARS)"
            )
        return question

    def version_cache(self, index: Index) -> VersionCache:
        """What is derived from an index version, kept with it (and dropped with it)."""
        return index.derived("answering", VersionCache)

    def unit_rows(self, index: Index, query: str, language: str, vector: Any, hits: list[Hit],
                  memo: UnitMemo | None = None, asked: str | None = None) -> list[list[UnitRow]]:  # fmt: skip
        """Per hit, its answer units with their signals and whether each is in the question's
        scope (hits are numbered from 1 in the order given). `memo` holds the rows of passages
        already rated for this question (by chunk id), renumbered here, and receives the new.
        `asked` is what the units are scored against when it is not the whole query (one ask of
        a compound question); names and scope are always the query's."""
        cache = self.version_cache(index)
        names = cache.names
        scope = names.question_scope(query)
        # A place or body the corpus never mentions: nothing here can answer for it.
        unanswerable = bool(scope.blocking_unknown(language))
        # A year the question names qualifies it as a place does: a passage about other years
        # cannot answer "... en 2018 ?".
        years = named_years(query)
        signals = cache.question_signals(asked or query, language, scope.compared_tokens)
        out: list[list[UnitRow]] = []
        for n, hit in enumerate(hits, start=1):
            if memo is not None and hit.chunk.chunk_id in memo:
                out.append([(replace(unit, passage=n), {**values, "passage_rr": 1.0 / n}, eligible)
                            for unit, values, eligible in memo[hit.chunk.chunk_id]])  # fmt: skip
                continue
            rows: list[UnitRow] = []
            out.append(rows)
            if memo is not None:
                memo[hit.chunk.chunk_id] = rows
            units = index.chunk_units(hit.chunk, n)
            if not units:
                continue
            vectors = index.chunk_unit_vectors(hit.chunk.chunk_id)
            if vectors is None or len(vectors) != len(units):  # an index without unit vectors
                doc = index.document(hit.chunk.doc_id)
                heading = unit_heading(doc) if doc is not None else hit.title
                vectors = self.embedder.embed_passages(
                    [unit_text_for_embedding(heading, u) for u in units]
                )
            dense = vectors @ vector
            doc_tokens = cache.document_tokens(index, hit.chunk.doc_id)
            dated = covers_years(years, hit.chunk.indexed_text()) or bool(
                years & cache.doc_years.get(hit.chunk.doc_id, frozenset())
            )
            paragraph: list[Unit] = []  # the sentences before this one in its paragraph
            for unit, similarity, lead, title in zip(units, dense, _lone_item_headings(units),
                                                     _table_titles(units), strict=True):  # fmt: skip
                values = unit_signals(signals, unit, hit, n, doc_tokens, names.tokens,
                                      names.names_a_person)  # fmt: skip
                values["dense"] = float(similarity)
                paragraph = _paragraph_before(hit.chunk.text, paragraph, unit)
                in_scope, values["names_missing"] = names.check(
                    scope, hit.chunk.doc_id, f"{unit.heading} {lead} {title}".strip(),
                    _read_with(paragraph, unit),
                )
                rows.append((unit, values, in_scope and dated and not unanswerable
                             and not _column_names(unit, units)))  # fmt: skip
                paragraph.append(unit)
        return out

    def candidates(self, index: Index, query: str, language: str, vector: Any,
                   hits: list[Hit], units: UnitMemo | None = None,
                   asked: str | None = None) -> list[Candidate]:  # fmt: skip
        """Every unit of the retrieved passages, with its signals, scope and probability
        (`units`: the rows `retrieve` rated already)."""
        towns = self.version_cache(index).doc_towns
        # A source the question names ("selon la presse locale"): when a passage of that kind
        # was retrieved, the others' units do not answer.
        kind = source_kind(query)
        if kind is not None and not any(hit.doc_type == kind for hit in hits):
            kind = None
        out = [
            Candidate(unit, n, hit.chunk.doc_id, hit.chunk.section,
                      eligible and kind in (None, hit.doc_type), values,
                      town=towns.get(hit.chunk.doc_id))
            for n, (hit, rows) in enumerate(
                zip(hits, self.unit_rows(index, query, language, vector, hits, units, asked),
                    strict=True),
                start=1,
            )
            for unit, values, eligible in rows
        ]
        add_relative_signals(out)
        self.scorer.score(out)
        return out

    def _conversation_language(self, history: list[dict[str, Any]] | None) -> str | None:
        """The language of the latest user turn that says clearly which it is."""
        turns = [t for t in (history or []) if t.get("role") == "user"][-3:]
        for turn in reversed(turns):
            decision = self.languages.decide(str(turn.get("content", "")))
            if decision.confidence >= CONFIDENT and decision.detected == decision.code:
                return decision.code
        return None

    def prepare(self, question: str, history: list[dict[str, Any]] | None = None,
                filters: dict[str, Any] | list[str] | None = None) -> Prepared:  # fmt: skip
        """Validate, decide the language, rewrite a follow-up, retrieve and score the units."""
        question = self._check_question(question)
        started = time.perf_counter()
        language = self.languages.decide(question, self._conversation_language(history))
        # A rewrite built on a long earlier turn is bounded like a question.
        query = self.standalone_query(question, history)[: self.max_question_chars]
        index = self.indexes.current()
        vector = self.embedder.embed_query(query)
        units: UnitMemo = {}
        hits = self.retrieve(index, query, language.code, vector, parse_filters(filters),
                             self.search_params.k, units=units)  # fmt: skip
        candidates = self.candidates(index, query, language.code, vector, hits, units)
        parts = [self.candidates(index, query, language.code, vector, hits, asked=ask)
                 for ask in question_parts(query)]  # fmt: skip
        timings = {"retrieval_ms": (time.perf_counter() - started) * 1000}
        return Prepared(question, query, language, hits, candidates, timings, parts)

    def answer(self, question: str, history: list[dict[str, Any]] | None = None,
               filters: dict[str, Any] | list[str] | None = None) -> Answer:  # fmt: skip
        """The whole answer at once (CLI, eval, non-streaming API)."""
        final: Answer | None = None
        for event in self.stream(question, history, filters):
            if event["type"] == "done":
                final = event["answer_record"]
        assert final is not None
        return final

    def stream(self, question: str, history: list[dict[str, Any]] | None = None,
               filters: dict[str, Any] | list[str] | None = None) -> Iterator[dict[str, Any]]:  # fmt: skip
        """Events: {"type": "meta"}, {"type": "delta", "text"}, then {"type": "done", "answer"}."""
        p = self.prepare(question, history, filters)
        question, query, hits, timings = p.question, p.query, p.hits, p.timings
        language = p.language.code
        yield {"type": "meta", "query": query, "mode": self.mode, "language": language,
               "passages": [h.to_dict() for h in hits]}  # fmt: skip
        started = time.perf_counter()
        threshold = self.scorer.llm_threshold if self.completer else self.scorer.threshold
        extraction = self._extraction(p, threshold)
        if p.language.unsupported:
            notice = NOTICE_UNSUPPORTED_LANGUAGE.format(language=p.language.detected)
            answer = self._refusal(query, language, hits, notice)
            yield from _stream_text(answer.text)
        elif extraction.refused:
            answer = self._refusal(query, language, hits)
            yield from _stream_text(answer.text)
        elif self.completer is None:
            answer = self._extractive(query, language, hits, extraction)
            yield from _stream_text(answer.text)
        else:
            answer = yield from self._llm_answer(question, query, language, hits, p, history)
        timings["generation_ms"] = (time.perf_counter() - started) * 1000
        timings["total_ms"] = timings["retrieval_ms"] + timings["generation_ms"]
        answer.timings_ms = {k: round(v, 2) for k, v in timings.items()}
        yield {"type": "done", "answer": answer.to_dict(), "answer_record": answer}

    def _refusal(
        self, query: str, language: str, hits: list[Hit], notice: str | None = None
    ) -> Answer:
        sentence, intro = self.prompts.refusal(language)
        nearest = []
        for hit in hits:
            if hit.chunk.doc_id not in {d["doc_id"] for d in nearest}:
                nearest.append(
                    {"doc_id": hit.chunk.doc_id, "title": hit.title, "doc_type": hit.doc_type}
                )
        nearest = nearest[:3]
        text = sentence
        if nearest:
            text += f"\n{intro}\n" + "\n".join(f"- {d['title']} ({d['doc_id']})" for d in nearest)
        return Answer(text=text, citations=[], grounded=False, refused=True, query=query,
                      mode=self.mode, notice=notice, language=language, nearest_documents=nearest,
                      passages=hits)  # fmt: skip

    def _extractive(self, query: str, language: str, hits: list[Hit], extraction: Extraction,
                    notice: str | None = None) -> Answer:  # fmt: skip
        extraction, hits = renumber(extraction, hits)
        text = compose(language, extraction, hits)
        spans: dict[int, tuple[int, int]] = {}
        for unit in extraction.units:
            start, end = spans.get(unit.passage, (unit.start, unit.end))
            spans[unit.passage] = (min(start, unit.start), max(end, unit.end))
        citations = build_citations(text, hits, spans)
        return Answer(text=text, citations=citations, grounded=True, refused=False, query=query,
                      mode="extractive", notice=notice, language=language, passages=hits)  # fmt: skip

    def _llm_answer(self, question: str, query: str, language: str, hits: list[Hit],
                    prepared: Prepared, history: list[dict[str, Any]] | None) -> Iterator[dict[str, Any]]:  # fmt: skip
        """Stream the model's answer, shown only from its first valid citation on.

        What the user sees while streaming is exactly the final text: invalid markers are
        filtered out of the stream, and a reply that cites nothing (or refuses, or fails before
        citing) is never shown; the answer that replaces it is streamed instead.
        """
        assert self.completer is not None
        turns = [{"role": t["role"], "content": t["content"]} for t in (history or [])]
        messages = answer_messages(
            self.prompts, question if query == question else query, hits, language, turns
        )
        filt = MarkerFilter(len(hits))
        parts: list[str] = []
        shown = ""  # filtered text already streamed
        held = ""  # filtered text not streamed yet
        try:
            for piece in self.completer.stream(messages):
                parts.append(piece)
                held += filt.feed(piece)
                if shown or MARKER.search(held):
                    release, held = _release(held, first=not shown)
                    if release:
                        shown += release
                        yield {"type": "delta", "text": release}
            held += filt.flush()
        except LLMError as exc:
            log.warning("LLM failed, falling back to the extractive answer: %s", exc)
            reason = type(exc.__cause__).__name__ if exc.__cause__ else "erreur"
            notice = NOTICE_LLM_FAILED[language].format(reason=reason)
            if shown:  # the cited part already shown stays; the notice says it was cut off
                cut = NOTICE_LLM_CUT[language].format(reason=reason)
                return self._llm_record(shown, query, language, hits, cut)
            return (yield from _replace(self._fallback(query, language, hits, prepared, notice)))
        raw = "".join(parts).strip()
        if not raw:
            notice = NOTICE_LLM_FAILED[language].format(reason=EMPTY_REPLY[language])
            return (yield from _replace(self._fallback(query, language, hits, prepared, notice)))
        if not shown and _says_no_answer(raw, self.prompts.refusal(language)[0]):
            return (yield from _replace(self._refusal(query, language, hits)))
        if not shown and not MARKER.search(held):
            notice = NOTICE_UNCITED[language]
            return (yield from _replace(self._fallback(query, language, hits, prepared, notice)))
        release, _ = _release(held, first=not shown, last=True)
        if release:
            shown += release
            yield {"type": "delta", "text": release}
        return self._llm_record(shown, query, language, hits)

    def _llm_record(self, text: str, query: str, language: str, hits: list[Hit],
                    notice: str | None = None) -> Answer:  # fmt: skip
        checked = check_markers(text, len(hits))  # already filtered: nothing left to drop
        return Answer(text=checked.text, citations=build_citations(checked.text, hits), grounded=True,
                      refused=False, query=query, mode="llm", notice=notice, language=language,
                      passages=hits)  # fmt: skip

    def _extraction(self, prepared: Prepared, threshold: float) -> Extraction:
        """The quotes answering the question, or a refusal. A question that asks several things
        ("Quand ... et quel en est le montant ?") also gets each ask's best quote, scored against
        that ask alone: it is answered when any of its asks is."""
        # One value asked (not a compound question, whose other asks a list may answer).
        kinds = asked_kinds(prepared.query)
        single = (not prepared.parts and bool(kinds & SINGLE_VALUE_KINDS)
                  and not asks_each(prepared.query))  # fmt: skip
        scope = self.version_cache(self.indexes.current()).names.question_scope(prepared.query)
        # A question naming no place, body or person is about one place: the best unit's.
        extraction = extract(prepared.candidates, self.scorer, threshold, single_value=single,
                             one_place=not scope.scoping,
                             named_value=not prepared.parts and "person" in kinds)  # fmt: skip
        extraction = with_asks(extraction, prepared.parts, self.scorer, threshold,
                               prepared.candidates, one_place=not scope.scoping)  # fmt: skip
        # Places compared, in so many words or by asks of their own ("..., and when for
        # Saint-Éloi?"): each gets its quote.
        if not (scope.compared or (prepared.parts and scope.alternatives)):
            return extraction
        compared = scope.scoping
        names = self.version_cache(self.indexes.current()).names

        def about(c: Candidate, n: int) -> bool:
            return names.mentions(compared[n], c.doc_id, f"{c.unit.heading} {c.unit.text}")

        return each_compared(extraction, prepared.candidates, len(compared), about)

    def _fallback(self, query: str, language: str, hits: list[Hit], prepared: Prepared,
                  notice: str) -> Answer:  # fmt: skip
        extraction = self._extraction(prepared, self.scorer.threshold)
        if extraction.refused:
            return self._refusal(query, language, hits, notice)
        return self._extractive(query, language, hits, extraction, notice)


def _read_with(paragraph: list[Unit], unit: Unit) -> str:
    """The text a unit is read with for what it is about: the sentences before it in its
    paragraph, and a row's column names ("Bilan prévisionnel | 8 420 000 | 6 150 000" under
    "Indicateur | Combe-Verrière | Vernottes" is about both places)."""
    return " ".join((*(u.text for u in (*paragraph, unit)), *unit.header))


def _column_names(unit: Unit, units: list[Unit]) -> bool:
    """Is `unit` a table's header row ("N° | Opération | Maître d'ouvrage | Coût (€ HT)")? It
    names the columns of the rows under it (their `header`) and answers nothing itself."""
    return unit.kind == "row" and not unit.header and any(
        u.block == unit.block and u.kind == "row" and u.header for u in units
    )


TABLE_TITLE_CHARS = 400  # the most of a table's caption read as its rows' heading


def _table_titles(units: list[Unit]) -> list[str]:
    """Per unit, for a table's row, its table's caption (a row of one cell above its data), read
    as its heading: a row of the "Plan de financement de la réhabilitation de la résidence
    Magnétite" is about the Magnétite, in a release whose title names the Sterne too; "" for
    other units. (Not its column names: "Financement | Marin | Donon | Total" is about both.)"""
    captions: dict[int, list[Unit]] = {}
    for u in units:
        if u.kind == "row" and not u.header and sum(bool(c) for c in table_cells(u.text)) == 1:
            captions.setdefault(u.block, []).append(u)
    return [
        " ".join(c.text for c in captions.get(unit.block, ()) if c.end <= unit.start
                 )[-TABLE_TITLE_CHARS:] if unit.kind == "row" and unit.header else ""
        for unit in units
    ]  # fmt: skip


def _lone_item_headings(units: list[Unit]) -> list[str]:
    """Per unit, the numbered line heading it when the document's reading took that heading
    for a list of one item ("2. Délibération n° 2025-27 – Marché de déconstruction de la tour
    Galène" over "Après un appel d'offres ..., la commission a retenu l'offre de l'entreprise
    Montarnal Déconstruction", in a PDF): an item alone in its list, without final punctuation,
    followed by prose, heads the sentences after it until the next item; "" otherwise."""
    items = Counter(u.block for u in units if u.kind == "item")
    out: list[str] = []
    lead, under = "", ""
    for i, unit in enumerate(units):
        if unit.kind == "item" and lead and i and _announced(units[i - 1], unit):
            out.append(lead)  # a list its lead-in announces, under the heading too
            continue
        if unit.kind == "item":
            following = units[i + 1].kind if i + 1 < len(units) else ""
            heads = (items[unit.block] == 1 and following == "sentence"
                     and not unit.text.rstrip().endswith((".", ";", ":", "!", "?")))  # fmt: skip
            lead, under = (unit.text if heads else ""), unit.heading
            out.append("")
            continue
        if unit.kind != "sentence" or unit.heading != under:
            lead = ""  # a table, a field, or a heading of the document's own ends it
        out.append(lead)
    return out


def _paragraph_before(passage: str, before: list[Unit], unit: Unit) -> list[Unit]:
    """The sentences before `unit` in its paragraph (`before`: those before the previous unit,
    and it), at most PARAGRAPH_LEAD: a sentence is about what its paragraph names. "Reste le
    centre commercial de la place des Merisiers [...]. La Banque des Territoires apportera 1,9
    million d'euros [...]. Les habitants, eux, attendent surtout le retour d'une boulangerie."
    speaks of the Merisiers throughout."""
    if unit.kind in ("item", "row") and before and _announced(before[-1], unit):
        # A list or table is about what its lead-in and the lead-in's paragraph name: "La
        # résidence Pyrite compte 236 logements [...]. Les livraisons ont pris du retard sur
        # l'objectif de la convention :" over "2024 | 96 | 81".
        return [u for u in before if u.kind == "sentence"][-PARAGRAPH_LEAD:]
    if (unit.kind != "sentence" or not before or before[-1].kind != "sentence"
            or "\n" in passage[before[-1].end : unit.start]):  # fmt: skip
        return []
    return before[-PARAGRAPH_LEAD:]


def _announced(before: Unit, unit: Unit) -> bool:
    """Is `unit` an item or row of a list or table a lead-in ending with a colon announces, the
    unit just before it being that lead-in or an earlier unit of the same list or table?"""
    if before.kind == "sentence":
        return before.text.rstrip().endswith(":")
    return before.kind == unit.kind and before.block == unit.block


class MarkerFilter:
    """Streams text while holding back any "[..." until it is known to be a valid marker.

    A marker naming a passage that was not given is dropped before it reaches the user, with
    the spaces before it when punctuation follows, exactly as `check_markers` does on the whole
    text; so the streamed pieces add up to the checked text, however the model cut them.
    """

    def __init__(self, n_passages: int):
        self.n = n_passages
        self.buffer = ""

    def feed(self, text: str) -> str:
        self.buffer += text
        return self._drain(final=False)

    def flush(self) -> str:
        return self._drain(final=True)

    def _drain(self, final: bool) -> str:
        out = []
        buf = self.buffer
        while buf:
            found = _SPACED_BRACKET.search(buf)
            if found is None:
                # Trailing spaces are held: they go if a dropped marker comes next.
                keep = len(buf) if final else len(buf.rstrip(" \t"))
                out.append(buf[:keep])
                buf = buf[keep:]
                break
            out.append(buf[: found.start()])
            buf = buf[found.start() :]
            bracket = found.end() - found.start() - 1
            close = _MARKER_START.match(buf, bracket).end()  # type: ignore[union-attr]
            if close == len(buf):  # "[1, " may still become a marker
                if final:
                    out.append(buf)
                    buf = ""
                break
            if buf[close] != "]" or not MARKER.fullmatch(buf, bracket, close + 1):
                out.append(buf[: bracket + 1])  # not a marker: the "[" is text
                buf = buf[bracket + 1 :]
                continue
            if close + 1 == len(buf) and not final:
                break  # the next character decides whether the spaces before a dropped marker go
            # The marker with its spaces and the character after it, checked like the whole text.
            piece = buf[: close + 2]
            checked = check_markers(piece, self.n).text
            out.append(checked[:-1] if len(piece) > close + 1 else checked)
            buf = buf[close + 1 :]
        self.buffer = buf
        return "".join(out)


_SPACED_BRACKET = re.compile(r"[ \t]*\[")
# What a marker can start with: "[", "[1", "[1, ", "[1 "... (see citations.MARKER).
_MARKER_START = re.compile(r"\[(?:\d{1,3}(?:\s*[,;]\s*\d{1,3})*(?:\s*[,;]\s*|\s+)?)?")


def _release(text: str, first: bool, last: bool = False) -> tuple[str, str]:
    """(what to stream now, what to hold): no leading space at the start, trailing space held
    until more text follows, so the pieces streamed add up to the stripped answer."""
    if first:
        text = text.lstrip()
    if last:
        return text.rstrip(), ""
    body = text.rstrip()
    return body, text[len(body) :]


def _replace(answer: Answer) -> Iterator[dict[str, Any]]:
    """Stream an answer that replaces the model's (fallback, refusal), and return it."""
    yield from _stream_text(answer.text)
    return answer


def _says_no_answer(text: str, refusal_sentence: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    return norm(refusal_sentence)[:40] in norm(text)[:200] and not MARKER.search(text)


def _stream_text(text: str) -> Iterator[dict[str, Any]]:
    """Deliver a ready answer line by line (its introduction, each document, each quote). Each
    event is a round trip to a worker thread and an SSE write; word by word, the way a model
    streams, an extractive answer of 150 words took 150 of them and its stream's end came
    seconds after its first words under load."""
    for piece in re.findall(r"[^\n]*\n|[^\n]+", text):
        yield {"type": "delta", "text": piece}


class VersionCache:
    """Per index version: corpus names, concept weights and documents' token sets."""

    def __init__(self, index: Index):
        self.version = index.manifest.version
        self.names = CorpusNames(index)
        self.weights = ConceptWeights(index.doc_freq, index.n_chunks)
        self.not_bodies = not_bodies(self.names.acronyms)  # "PRU", "GUP": no one
        # Each document's own years (an article's date, a mission's "Années"), from the
        # metadata the version holds in memory.
        self.doc_years = {doc_id: frozenset(meta.get("years") or ())
                          for doc_id, meta in zip(index.doc_ids, index.doc_metadata, strict=True)}  # fmt: skip
        # Each document's town (metadata), which an answer's quotes share (`extract`).
        self.doc_towns = {doc_id: str(meta["town"]) for doc_id, meta
                          in zip(index.doc_ids, index.doc_metadata, strict=True) if meta.get("town")}  # fmt: skip
        self._tokens: dict[str, frozenset[str]] = {}
        self._counts: dict[str, Counter[str]] = {}
        self._signals: dict[tuple[str, str, tuple[frozenset[str], ...]], QuestionSignals] = {}

    def question_signals(self, text: str, language: str,
                         compared: tuple[frozenset[str], ...]) -> QuestionSignals:  # fmt: skip
        """A question's (or one ask's) signals for rating units, remembered: a chat turn rates
        the units of its passages twice (ranking, then answering). Not to be changed."""
        key = (text, language, compared)
        found = self._signals.get(key)
        if found is None:
            if len(self._signals) >= QUESTIONS_MEMO:
                self._signals.clear()
            found = self._signals[key] = question_signals(
                text, language, self.weights, compared, self.not_bodies,
                self.names.acronym_letters)
        return found

    def chunk_tokens(self, chunk: Chunk) -> frozenset[str]:
        """The analysed tokens of a passage with its contextual header (as BM25 sees it),
        remembered with the version's other analysed texts (`CorpusNames.tokens`)."""
        return self.names.tokens(chunk.indexed_text())

    def chunk_counts(self, chunk: Chunk) -> Counter[str]:
        """How often each analysed token occurs in a passage with its header (BM25's term
        frequencies), remembered (bounded, like the version's analysed texts)."""
        found = self._counts.get(chunk.chunk_id)
        if found is None:
            if len(self._counts) >= TOKENS_MEMO:
                self._counts.clear()
            found = self._counts[chunk.chunk_id] = Counter(analyze(chunk.indexed_text()))
        return found

    def document_tokens(self, index: Index, doc_id: str) -> frozenset[str]:
        if doc_id not in self._tokens:
            doc = index.document(doc_id)
            if doc is None:
                return frozenset()
            # Metadata counts as part of the document: an outlet ("LaGazette.fr"), an author...
            values = " ".join(str(v) for k, v in doc.metadata.items() if k != "field_spans")
            values = re.sub(r"([a-zà-ÿ])([A-Z])", r"\1 \2", values)  # "LaGazette" -> "La Gazette"
            text = f"{doc.title}\n{doc.text}\n{values}"
            # (and what it numbers: "l'avenant n° 2" as "n°2", `reference_numbers`)
            self._tokens[doc_id] = (frozenset(analyze(text)) | reference_numbers(text)
                                    | numbered_designations(text))
        return self._tokens[doc_id]


def _default_reranker() -> Reranker | None:
    return Reranker.load() if RERANK_MODEL_PATH.exists() else None


def build_assistant(settings: Any, embedder: Embedder | None = None, scorer: Scorer | None = None,
                    reranker: Reranker | None = None, backend: Any = None) -> Assistant:  # fmt: skip
    """Wire an Assistant from Settings: index, embedder, prompts and (if configured) the LLM;
    `backend` is the search backend (assistant.services.search_backend; None: embedded)."""
    from assistant.llm import LiteLLMCompleter
    from assistant.prompts import load_prompts
    from index.embed import load_embedder

    embedder = embedder or load_embedder(
        settings.embedder, threads=settings.threads, api_base=settings.embedder_api_base,
        api_key=settings.embedder_api_key,
    )
    completer = None
    if settings.llm_enabled:
        completer = LiteLLMCompleter(settings.llm_model, settings.llm_api_base,
                                     timeout=settings.llm_timeout_s, retries=settings.llm_retries)  # fmt: skip
    return Assistant(
        indexes=LiveIndex(settings.data_dir, embedder.name, backend),
        embedder=embedder,
        prompts=load_prompts(settings.prompts_dir),
        languages=LanguageIdentifier(),
        scorer=scorer or LogisticScorer.load(),
        reranker=reranker if reranker is not None else _default_reranker(),
        search_params=SearchParams(
            k=settings.top_k,
            lexical_weight=settings.fusion_lexical_weight,
            dense_weight=settings.fusion_dense_weight,
            rrf_k=settings.rrf_k,
        ),  # fmt: skip
        max_question_chars=settings.max_question_chars,
        completer=completer,
    )
