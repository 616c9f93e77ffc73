"""Checking an evaluation's inputs before any question is asked.

A gold quote that is not in the index would be counted as a retrieval miss and read as a
regression; a language the reports do not know, a draft case or a threshold no run can meet
would pass silently. `validate_eval_inputs` finds every such problem at once, each naming the
file and line (or the argument), so `renewal eval` can list them all and exit 2 before running.

Quotes are matched as the harness matches them (`evals.metrics.passage_has_quote`): inside one
indexed passage, after `normalize_text`. `IndexedText` and the check functions are pure; only
`load_indexed_text` and `validate_eval_inputs` read the index and the files.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals.compare import ThresholdError, parse_thresholds
from evals.gold import LANGUAGES, GoldFileError, GoldQuestion, load_gold_lines, resolve_gold_docs
from evals.metrics import normalize_text
from evals.scoring import METRICS
from ingest.errors import RenewalError

NEAREST_CANDIDATES = 30  # sentences sharing the most words with a quote, compared with difflib
PREVIEW_CHARS = 200
_PLACEHOLDER = re.compile(r"\b(TODO|TBD|FIXME|XXX)\b|^\s*(\.\.\.|…|\?+)\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?;…])\s+|\s*\n\s*")
_WORD = re.compile(r"\w+")


class GoldValidationError(RenewalError):
    """The gold files or thresholds given to an evaluation have problems; the message lists them."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        n = len(self.problems)
        super().__init__(
            f"{n} problem{'s' if n > 1 else ''} in the evaluation input, nothing was run:\n  "
            + "\n  ".join(self.problems)
        )


@dataclass
class Validation:
    """What the checks found: errors stop the run, warnings are only shown."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def raise_for_errors(self) -> None:
        """Raise `GoldValidationError` listing every error, if there is any."""
        if self.errors:
            raise GoldValidationError(self.errors)


@dataclass(frozen=True)
class NearestMatch:
    """The indexed sentence closest to a quote that was not found."""

    doc_id: str
    sentence: str
    similarity: float  # difflib ratio of the normalised texts, 0..1


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text))


class IndexedText:
    """The indexed passages of each document, normalised once for quote look-ups."""

    def __init__(self, passages: Mapping[str, Sequence[str]], documents: Mapping[str, str]):
        """`passages`: doc_id -> its chunk texts; `documents`: doc_id -> its whole text."""
        self._passages = {d: [normalize_text(p) for p in ps] for d, ps in passages.items()}
        self._documents = {d: normalize_text(t) for d, t in documents.items()}
        # (doc_id, original sentence, normalised sentence, its words) for nearest matches
        self._sentences: list[tuple[str, str, str, set[str]]] = []
        for doc_id, text in documents.items():
            for sentence in _SENTENCE_END.split(text):
                norm = normalize_text(sentence)
                if norm:
                    self._sentences.append((doc_id, " ".join(sentence.split()), norm, _words(norm)))

    @property
    def doc_ids(self) -> list[str]:
        return list(self._documents)

    def in_a_passage(self, quote: str) -> bool:
        """True when one indexed passage holds the quote (the harness's notion of relevance)."""
        needle = normalize_text(quote)
        return bool(needle) and any(
            needle in passage for passages in self._passages.values() for passage in passages
        )

    def in_a_document(self, quote: str) -> bool:
        """True when a document's whole text holds the quote (maybe across two passages)."""
        needle = normalize_text(quote)
        return bool(needle) and any(needle in text for text in self._documents.values())

    def nearest(self, quote: str, doc_ids: Sequence[str] = ()) -> NearestMatch | None:
        """The most similar sentence, among `doc_ids`' sentences when any of them shares a word
        with the quote, else among all; None when no sentence shares a word."""
        needle = normalize_text(quote)
        words = _words(needle)
        scored = [(len(words & s[3]), s) for s in self._sentences if words & s[3]]
        in_docs = [item for item in scored if item[1][0] in doc_ids]
        candidates = sorted(in_docs or scored, key=lambda item: -item[0])[:NEAREST_CANDIDATES]
        best: NearestMatch | None = None
        for _, (doc_id, sentence, norm, _) in candidates:
            ratio = difflib.SequenceMatcher(None, needle, norm, autojunk=False).ratio()
            if best is None or ratio > best.similarity:
                best = NearestMatch(doc_id, sentence, ratio)
        return best


def _preview(text: str) -> str:
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def _placeholders(gold: GoldQuestion) -> list[str]:
    fields = [("question", gold.question)]
    fields += [(f'"gold_quotes"[{i}]', q) for i, q in enumerate(gold.gold_quotes)]
    for i, fact in enumerate(gold.answer_facts):
        fields += [(f'"answer_facts"[{i}]', s) for s in (fact.text, *fact.aliases)]
    return [f"{name} {value!r}" for name, value in fields if _PLACEHOLDER.search(value)]


def check_question(gold: GoldQuestion, text: IndexedText | None) -> tuple[list[str], list[str]]:
    """(errors, warnings) of one gold case; quotes are checked only when `text` is given."""
    errors, warnings = [], []
    label = f'question "{gold.id}"'
    if gold.language not in LANGUAGES:
        errors.append(f'{label}: "language" is {gold.language!r}; use "fr" or "en"')
    if gold.draft:
        errors.append(
            f'{label} is an unfinished draft (tagged "draft"): fill in "answer_facts", '
            '"gold_quotes" and "answerable", then remove the "draft" tag (or keep drafts in '
            "a file that is not evaluated)"
        )
    placeholders = _placeholders(gold)
    if placeholders:
        errors.append(
            f"{label} is unfinished: placeholder in {', '.join(placeholders)}; replace it"
        )
    if gold.answerable and not gold.answer_facts and not gold.gold_quotes and not gold.draft:
        warnings.append(
            f'{label} has neither "answer_facts" nor "gold_quotes": only whether it is '
            "refused is scored"
        )
    if text is not None:
        for i, quote in enumerate(gold.gold_quotes):
            if text.in_a_passage(quote):
                continue
            problem = f'{label}: "gold_quotes"[{i}] {quote!r} is not in any indexed passage'
            if text.in_a_document(quote):
                problem += " (it straddles two passages: shorten it to fit in one)"
            else:
                docs = resolve_gold_docs(sorted(text.doc_ids), gold.gold_docs)
                nearest = text.nearest(quote, docs)
                if nearest is not None:
                    problem += (
                        f"; nearest ({nearest.similarity:.2f}) in {nearest.doc_id}: "
                        f"«{_preview(nearest.sentence)}»"
                    )
                missing = [d for d, r in zip(gold.gold_docs, docs, strict=True)
                           if r not in text.doc_ids]  # fmt: skip
                if missing:
                    problem += f"; gold_docs not indexed: {', '.join(missing)}"
            errors.append(problem)
    return errors, warnings


def check_thresholds_args(mins: Sequence[str], maxs: Sequence[str] = ()) -> list[str]:
    """Every problem of the --min/--max arguments: syntax, unknown metric, impossible value.

    Rates lie in [0, 1] and latencies (unit ms) are >= 0; a value outside can never be met
    (or is always met), which is a typo.
    """
    problems = []
    for bound, items in (("min", mins), ("max", maxs)):
        for item in items:
            try:
                [threshold] = parse_thresholds(*(([item], []) if bound == "min" else ([], [item])))
            except ThresholdError as exc:
                problems.append(str(exc))
                continue
            value, unit = threshold.value, METRICS[threshold.metric].unit
            if not math.isfinite(value):
                problems.append(f"--{bound} {item!r}: the value must be a finite number")
            elif unit == "ms" and value < 0:
                problems.append(
                    f"--{bound} {item!r}: {threshold.metric} is a duration in ms, never negative"
                )
            elif unit != "ms" and not 0 <= value <= 1:
                problems.append(
                    f"--{bound} {item!r}: {threshold.metric} is a rate between 0 and 1; "
                    f"{value:g} is out of range"
                )
    return problems


def validate_questions(
    files: Sequence[tuple[Path, Sequence[tuple[int, GoldQuestion]]]], text: IndexedText | None
) -> Validation:
    """Check every case of already loaded files; each problem names its file and line."""
    result = Validation()
    for path, lines in files:
        for lineno, gold in lines:
            errors, warnings = check_question(gold, text)
            result.errors += [f"{path}, line {lineno}: {e}" for e in errors]
            result.warnings += [f"{path}, line {lineno}: {w}" for w in warnings]
    return result


def load_indexed_text(data_dir: Path) -> IndexedText | None:
    """The passages of the current index version in `data_dir`; None when there is none yet."""
    from index.store import DataDir, Index

    if DataDir(data_dir).current_version() is None:
        return None
    index = Index.open(data_dir)
    try:
        passages = {d: [c.text for c in index.document_chunks(d)] for d in index.doc_ids}
        documents = {}
        for doc_id in index.doc_ids:
            document = index.document(doc_id)
            documents[doc_id] = document.text if document is not None else ""
    finally:
        index.close()
    return IndexedText(passages, documents)


def validate_eval_inputs(
    settings: Any, paths: Sequence[Path], mins: Sequence[str] = (), maxs: Sequence[str] = ()
) -> Validation:
    """Check thresholds and gold files (every case, whatever the split) against the index.

    The index is built first when there is none and nothing else is wrong (the run would build
    it anyway); with other errors and no index, quotes go unchecked.
    """
    result = Validation(errors=check_thresholds_args(mins, maxs))
    files = []
    for path in paths:
        try:
            files.append((path, load_gold_lines(path)))
        except GoldFileError as exc:
            result.errors.append(str(exc))
    text = load_indexed_text(Path(settings.data_dir))
    if text is None and not result.errors:
        from assistant.services import ensure_index
        from index.embed import load_embedder

        embedder = load_embedder(settings.embedder, threads=settings.threads,
                                 api_base=settings.embedder_api_base,
                                 api_key=settings.embedder_api_key)  # fmt: skip
        ensure_index(settings, embedder)
        text = load_indexed_text(Path(settings.data_dir))
    checked = validate_questions(files, text)
    result.errors += checked.errors
    result.warnings += checked.warnings
    return result
