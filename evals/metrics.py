"""Deterministic evaluation metrics: pure functions over strings and ranked passage lists.

Gold evidence is a quote, not a chunk id (see the design's "Gold question set"): a retrieved
passage is relevant when it contains a gold quote after `normalize_text`. Retrieval metrics
follow the BEIR/MTEB conventions (per-question value, macro mean over questions); answer facts
follow ALCE's STR-EM (a fact is present when one of its spellings occurs in the answer).

Nothing here reads files, calls a model or logs: every function takes values and returns values.
The order of passages is the retriever's ranking; breaking score ties is the retriever's job
(it must sort deterministically), these functions only read positions.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Protocol

# --------------------------------------------------------------------------------------------
# Text normalisation
# --------------------------------------------------------------------------------------------

_PUNCT_FOLD = str.maketrans(
    {
        "\u2019": "'",  # ’ right single quotation mark (the usual French apostrophe)
        "\u2018": "'",  # ‘
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
        "\u02bc": "'",  # ʼ modifier letter apostrophe
        "\u2032": "'",  # ′ prime
        "\u00b4": "'",  # ´ acute accent used as an apostrophe
        "`": "'",
        "\u00ab": '"',  # «
        "\u00bb": '"',  # »
        "\u2039": '"',  # ‹
        "\u203a": '"',  # ›
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u201f": '"',  # ‟
        "\u2010": "-",  # hyphens and dashes, which cleaners and models swap freely
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": None,  # soft hyphen and zero-width characters (PDF and Word exports)
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u0153": "oe",  # œ (mise en œuvre / oeuvre)
        "\u00e6": "ae",  # æ
    }
)
_WHITESPACE = re.compile(r"\s+")


def normalize_text(s: str) -> str:
    """Normalise text for quote and fact matching.

    Definition: Unicode NFKC; curly apostrophes and quotes (’ ‘ ‚ ‛ ʼ and « » ‹ › “ ” „) become
    ``'`` and ``"``; hyphens and dashes (‐ ‑ ‒ – — ―, minus) become ``-``; soft hyphens and
    zero-width characters are dropped; case-folded; accents folded (combining marks removed
    after NFD, so "é" == "e"); ligatures œ/æ spelled out; every whitespace run (spaces,
    no-break spaces \\u00a0 and \\u202f, tabs, newlines) becomes one space; stripped.
    """
    text = unicodedata.normalize("NFKC", s)
    text = text.casefold().translate(_PUNCT_FOLD)
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", text)
    return _WHITESPACE.sub(" ", text).strip()


def passage_has_quote(passage: str, quote: str) -> bool:
    """True when the normalised quote is a substring of the normalised passage.

    An empty (or whitespace-only) quote is never contained: it would make every passage relevant.
    """
    needle = normalize_text(quote)
    return bool(needle) and needle in normalize_text(passage)


# --------------------------------------------------------------------------------------------
# Retrieval metrics (quote-based relevance)
# --------------------------------------------------------------------------------------------


def _distinct_quotes(quotes: Iterable[str]) -> list[str]:
    """Normalised gold quotes, empty ones dropped, duplicates kept once, first-seen order."""
    seen: dict[str, None] = {}
    for quote in quotes:
        norm = normalize_text(quote)
        if norm:
            seen.setdefault(norm, None)
    return list(seen)


def first_relevant_rank(passages: Sequence[str], quotes: Sequence[str]) -> int | None:
    """1-based rank of the first passage that contains any gold quote; None when none does.

    When several passages are relevant (a tie in relevance), the highest-ranked one wins.
    """
    needles = _distinct_quotes(quotes)
    if not needles:
        return None
    for rank, passage in enumerate(passages, start=1):
        text = normalize_text(passage)
        if any(needle in text for needle in needles):
            return rank
    return None


def _check_k(k: int) -> None:
    if k < 1:
        raise ValueError(f"k must be a positive integer, got {k}")


def hit_at_k(rank: int | None, k: int) -> float:
    """Hit@k (MTEB ``success.k``): 1.0 when the first relevant rank is within 1..k, else 0.0.

    ``rank`` is the 1-based output of `first_relevant_rank`; None (nothing relevant retrieved,
    including an empty retrieval) is a miss.
    """
    _check_k(k)
    return 1.0 if rank is not None and 1 <= rank <= k else 0.0


def reciprocal_rank(rank: int | None, k: int = 10) -> float:
    """Reciprocal rank cut at k (the per-question term of MRR@k): 1/rank if rank <= k, else 0.0."""
    _check_k(k)
    if rank is None or rank > k:
        return 0.0
    if rank < 1:
        raise ValueError(f"ranks are 1-based, got {rank}")
    return 1.0 / rank


def ndcg_at_k(relevances: Sequence[int], n_relevant: int, k: int = 10) -> float:
    """nDCG@k with binary relevance (trec_eval ``ndcg_cut.k``).

    Definition: DCG@k = sum over positions i = 1..k of rel_i / log2(i + 1), where ``relevances``
    lists rel_i (0 or 1) in ranked order; IDCG@k is the DCG of an ideal list with
    min(n_relevant, k) relevant items on top; nDCG@k = DCG@k / IDCG@k, and 0.0 when
    n_relevant is 0. Raises ValueError for a relevance other than 0/1, or for more relevant
    items in the top k than ``n_relevant`` (that would score above 1).
    """
    _check_k(k)
    if n_relevant < 0:
        raise ValueError(f"n_relevant must be >= 0, got {n_relevant}")
    top = list(relevances[:k])
    if any(rel not in (0, 1) for rel in top):
        raise ValueError(f"relevances must be binary (0 or 1), got {top}")
    if sum(top) > n_relevant:
        raise ValueError(
            f"{sum(top)} relevant items in the top {k} but n_relevant is {n_relevant}; "
            "count each relevant item once (see quote_relevances)"
        )
    if n_relevant == 0:
        return 0.0
    dcg = sum(rel / math.log2(i + 1) for i, rel in enumerate(top, start=1))
    idcg = sum(1.0 / math.log2(i + 1) for i in range(1, min(n_relevant, k) + 1))
    return dcg / idcg


def quote_relevances(passages: Sequence[str], quotes: Sequence[str]) -> list[int]:
    """Binary relevance of each ranked passage, for `ndcg_at_k`.

    Definition: passage i is relevant (1) when it contains a distinct normalised gold quote
    that no higher-ranked passage contains; otherwise 0. Each gold quote thus credits one
    passage, so a quote repeated by overlapping chunks is not counted twice, and the number
    of relevant passages never exceeds the number of distinct quotes (the ``n_relevant`` used
    for the ideal DCG). A passage holding several quotes counts once, so a question whose
    quotes all sit in one passage cannot reach nDCG 1.0; hit and MRR are unaffected.
    """
    remaining = set(_distinct_quotes(quotes))
    relevances: list[int] = []
    for passage in passages:
        text = normalize_text(passage)
        found = {needle for needle in remaining if needle in text}
        remaining -= found
        relevances.append(1 if found else 0)
    return relevances


def quote_recall_at_k(passages: Sequence[str], quotes: Sequence[str], k: int = 5) -> float | None:
    """Share of distinct normalised gold quotes found in at least one of the top-k passages.

    Duplicate quotes (equal after `normalize_text`) count once; empty quotes are ignored.
    Returns None when there is no gold quote (the question is not scored), 0.0 for an empty
    retrieval.
    """
    _check_k(k)
    needles = _distinct_quotes(quotes)
    if not needles:
        return None
    top = [normalize_text(p) for p in passages[:k]]
    found = sum(1 for needle in needles if any(needle in text for text in top))
    return found / len(needles)


@dataclass(frozen=True)
class RetrievalRow:
    """One question's retrieval outcome: its gold and the ranked passage texts retrieved."""

    answerable: bool
    gold_quotes: Sequence[str]
    passages: Sequence[str]  # ranked, best first; empty when nothing was retrieved
    question_id: str = ""


@dataclass(frozen=True)
class RetrievalScores:
    """Macro means over the scored questions; None for every mean when n == 0."""

    hit_at_1: float | None
    hit_at_5: float | None
    mrr_at_10: float | None
    ndcg_at_10: float | None
    quote_recall_at_5: float | None
    n: int

    def to_dict(self) -> dict[str, float | int | None]:
        """The scores as a plain dict, in the key order of ``report.json``'s ``retrieval``."""
        return asdict(self)


def score_question_retrieval(
    passages: Sequence[str], quotes: Sequence[str]
) -> dict[str, float | int | None]:
    """Per-question retrieval scores (for report rows): first relevant rank and each metric.

    Returns None for every metric when there is no non-empty gold quote.
    """
    n_relevant = len(_distinct_quotes(quotes))
    if n_relevant == 0:
        return {
            "first_relevant_rank": None,
            "hit_at_1": None,
            "hit_at_5": None,
            "rr_at_10": None,
            "ndcg_at_10": None,
            "quote_recall_at_5": None,
        }
    rank = first_relevant_rank(passages, quotes)
    return {
        "first_relevant_rank": rank,
        "hit_at_1": hit_at_k(rank, 1),
        "hit_at_5": hit_at_k(rank, 5),
        "rr_at_10": reciprocal_rank(rank, 10),
        "ndcg_at_10": ndcg_at_k(quote_relevances(passages[:10], quotes), n_relevant, 10),
        "quote_recall_at_5": quote_recall_at_k(passages, quotes, 5),
    }


def score_retrieval(rows: Iterable[RetrievalRow]) -> dict[str, float | int | None]:
    """Aggregate retrieval scores: hit_at_1, hit_at_5, mrr_at_10, ndcg_at_10, quote_recall_at_5, n.

    Definition: each metric is the macro mean of the per-question values from
    `score_question_retrieval`, over the answerable questions that have at least one
    non-empty gold quote (``n`` counts them). Unanswerable questions and questions without
    gold quotes are skipped; an empty retrieval is a miss (0 on every metric). Means are
    None when n == 0.
    """
    per_question = [
        score_question_retrieval(row.passages, row.gold_quotes)
        for row in rows
        if row.answerable and _distinct_quotes(row.gold_quotes)
    ]
    n = len(per_question)

    def mean(key: str) -> float | None:
        if n == 0:
            return None
        return sum(float(scores[key] or 0.0) for scores in per_question) / n  # never None here

    return RetrievalScores(
        hit_at_1=mean("hit_at_1"),
        hit_at_5=mean("hit_at_5"),
        mrr_at_10=mean("rr_at_10"),
        ndcg_at_10=mean("ndcg_at_10"),
        quote_recall_at_5=mean("quote_recall_at_5"),
        n=n,
    ).to_dict()


# --------------------------------------------------------------------------------------------
# Answer facts
# --------------------------------------------------------------------------------------------

_SEP = r"[ \u00a0\u202f\u2009\u2007.,]"
# A 1-3 digit group (not starting with 0) followed by groups of exactly three digits, each
# after a thousands separator: space-like, dot (French) or comma (English).
_THOUSANDS = re.compile(rf"(?<![\d.,])[1-9]\d{{0,2}}(?:{_SEP}\d{{3}})+(?!\d)")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_NUMBER = r"\d+(?:\.\d+)?"
_APOS = "['\u2019]"
_CURRENCY = rf"(?:€|eur\b|euros?\b|d{_APOS}\s*euros?\b|de\s+euros?\b)"
# Magnitude words may stand alone; abbreviations (k, m, md...) only count before a currency.
_MAG_WORDS = {
    "mille": 10**3,
    "milliers": 10**3,
    "thousand": 10**3,
    "thousands": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "billion": 10**9,
    "billions": 10**9,
}
_MAG_ABBREVS = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "md": 10**9,
    "mds": 10**9,
    "mrd": 10**9,
    "bn": 10**9,
}
_MAG_WORD_RE = "|".join(sorted(_MAG_WORDS, key=len, reverse=True))
_MAG_ABBREV_RE = "|".join(sorted(_MAG_ABBREVS, key=len, reverse=True))
_AMOUNT_AFTER = re.compile(
    rf"(?<![\d.])(?P<num>{_NUMBER})\s*"
    rf"(?:(?P<word>{_MAG_WORD_RE})\b(?:\s*(?P<cur1>{_CURRENCY}))?"
    rf"|(?P<abbr>{_MAG_ABBREV_RE})\s*(?P<cur2>{_CURRENCY})"
    rf"|(?P<cur3>{_CURRENCY}))",
    re.IGNORECASE,
)
_AMOUNT_BEFORE = re.compile(
    rf"(?:€|\beur\b)\s*(?P<num>{_NUMBER})(?![\d.])(?:\s*(?P<word>{_MAG_WORD_RE}|{_MAG_ABBREV_RE})\b)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(?<=\d)\s*(?:%|(?:pour\s*cent|per\s*cent|percent)\b)", re.IGNORECASE)


def _format_number(value: Decimal) -> str:
    """Plain decimal notation without exponent or trailing zeros: 157000000, 1.5."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _amount(num: str, magnitude: str | None, currency: bool) -> str:
    multiplier = 1
    if magnitude:
        key = magnitude.lower()
        multiplier = _MAG_WORDS.get(key) or _MAG_ABBREVS[key]
    text = _format_number(Decimal(num) * multiplier)
    return f"{text} eur" if currency else text


def _replace_after(match: re.Match[str]) -> str:
    magnitude = match.group("word") or match.group("abbr")
    currency = any(match.group(g) for g in ("cur1", "cur2", "cur3"))
    return _amount(match.group("num"), magnitude, currency)


def _replace_before(match: re.Match[str]) -> str:
    return _amount(match.group("num"), match.group("word"), True)


def normalize_number_text(s: str) -> str:
    """Rewrite the numbers in French (or English) text into one canonical spelling.

    Definition, applied in this order:

    1. thousands separators between digit groups of three are removed: "2 102", "2\\u202f102",
       "2.102", "38,495" -> "2102", "38495" (a group starting with 0, as in "0,125", is not
       a thousands group);
    2. a remaining decimal comma becomes a point: "1,5" -> "1.5";
    3. a magnitude multiplies the number, a currency becomes " eur": "157 M€",
       "157 millions d'euros", "157 millions €", "€157 million" -> "157000000 eur";
       "1,5 Md€" -> "1500000000 eur"; "157 millions" -> "157000000"; "12 000 €" -> "12000 eur".
       Abbreviations (k, M, Md, Mds, bn) count only before a currency, so "8 m" stays;
    4. percentages: "72 %", "72 pour cent", "72 percent" -> "72%".

    Words for numbers ("huit", "eight") are not converted: give them as aliases.
    Other text is left as is (case included, apart from the rewritten amounts).
    """
    text = _THOUSANDS.sub(lambda m: re.sub(_SEP, "", m.group(0)), s)
    text = _DECIMAL_COMMA.sub(".", text)
    text = _AMOUNT_BEFORE.sub(_replace_before, text)
    text = _AMOUNT_AFTER.sub(_replace_after, text)
    return _PERCENT.sub("%", text)


def _canonical(s: str) -> str:
    return _WHITESPACE.sub(" ", normalize_number_text(normalize_text(s))).strip()


def _contains_at_boundaries(haystack: str, needle: str) -> bool:
    """Substring match that does not start or end inside a word or a number."""
    start = r"(?<![\w])" if needle[0].isalnum() else ""
    if needle[0].isdigit():
        start = r"(?<![\w])(?<!\d\.)"
    end = r"(?![\w])" if needle[-1].isalnum() else ""
    if needle[-1].isdigit():
        end = r"(?![\w])(?!\.\d)"
    return re.search(start + re.escape(needle) + end, haystack) is not None


def fact_present(answer: str, fact_text: str, aliases: Sequence[str] = ()) -> bool:
    """True when the fact, or one of its aliases, occurs in the answer.

    Definition: both sides go through `normalize_text` then `normalize_number_text`; the fact
    is present when any non-empty candidate (the fact text or an alias) is a substring of the
    answer that neither starts nor ends inside a word or a number ("144" is not found in
    "1440", "8 mois" not in "18 mois"). No translation happens: "8 mois" matches "eight
    months" only when "eight months" is given as an alias.
    """
    haystack = _canonical(answer)
    for candidate in (fact_text, *aliases):
        needle = _canonical(candidate)
        if needle and _contains_at_boundaries(haystack, needle):
            return True
    return False


class FactLike(Protocol):
    """Anything with a fact text and its aliases (e.g. `evals.gold.AnswerFact`)."""

    @property
    def text(self) -> str: ...

    @property
    def aliases(self) -> Sequence[str]: ...


def fact_recall(answer: str, facts: Sequence[FactLike]) -> float | None:
    """Key-fact recall (ALCE STR-EM): share of facts present in the answer (`fact_present`).

    Returns None when there are no facts (the question is not scored).
    """
    if not facts:
        return None
    found = sum(1 for fact in facts if fact_present(answer, fact.text, fact.aliases))
    return found / len(facts)


# --------------------------------------------------------------------------------------------
# Graded relevance judgements (qrels) and ranked-list metrics, as trec_eval and ranx define them
# --------------------------------------------------------------------------------------------
#
# A question's qrels map a passage (or document) id to its relevance grade; a ranking lists ids,
# best first. Passage grades come from the gold quotes (`quote_grades`): the number of distinct
# gold quotes the passage holds, so a passage with two of the question's quotes outranks one
# with a single quote in the ideal list. Document grades come from `gold_docs` (grade 1 each).
# The formulas are ranx's (and trec_eval's) so that an exported run/qrels pair scores the same
# there (tests/evals/test_trec_export.py checks it on a real run).

Qrels = Mapping[str, int]


def quote_grades(passages: Iterable[tuple[str, str]], quotes: Sequence[str]) -> dict[str, int]:
    """{passage id: number of distinct normalised gold quotes its text holds}, for the passages
    (``(id, text)`` pairs) holding at least one; {} when there is no gold quote."""
    needles = _distinct_quotes(quotes)
    grades: dict[str, int] = {}
    if not needles:
        return grades
    for passage_id, text in passages:
        norm = normalize_text(text)
        grade = sum(1 for needle in needles if needle in norm)
        if grade:
            grades[passage_id] = grade
    return grades


def distinct_in_order(ids: Iterable[str]) -> list[str]:
    """Ids without repeats, first-seen order (a document ranking from a passage ranking)."""
    return list(dict.fromkeys(ids))


def _relevant(qrels: Qrels) -> int:
    return sum(1 for grade in qrels.values() if grade > 0)


def precision_at_k(ranking: Sequence[str], qrels: Qrels, k: int) -> float:
    """Precision@k (trec_eval ``P_k``, ranx ``precision@k``): relevant ids (grade > 0) among the
    first k, divided by k (a ranking shorter than k is not given credit for its missing places)."""
    _check_k(k)
    return sum(1 for i in ranking[:k] if qrels.get(i, 0) > 0) / k


def recall_at_k(ranking: Sequence[str], qrels: Qrels, k: int) -> float:
    """Recall@k (trec_eval ``recall_k``, ranx ``recall@k``): relevant ids among the first k over
    all relevant ids of the qrels; 0.0 when the qrels hold none."""
    _check_k(k)
    total = _relevant(qrels)
    return sum(1 for i in ranking[:k] if qrels.get(i, 0) > 0) / total if total else 0.0


def average_precision(ranking: Sequence[str], qrels: Qrels, k: int) -> float:
    """AP@k (ranx ``map@k``; trec_eval ``map`` on a ranking of k): the sum, over the ranks
    r <= k holding a relevant id, of precision@r, divided by the number of relevant ids in the
    qrels (not only those retrieved); 0.0 when the qrels hold none."""
    _check_k(k)
    total = _relevant(qrels)
    if not total:
        return 0.0
    hits, score = 0, 0.0
    for rank, item in enumerate(ranking[:k], start=1):
        if qrels.get(item, 0) > 0:
            hits += 1
            score += hits / rank
    return score / total


def ndcg_graded(ranking: Sequence[str], qrels: Qrels, k: int) -> float:
    """nDCG@k with graded relevance (Järvelin & Kekäläinen 2002; trec_eval ``ndcg_cut_k``,
    ranx ``ndcg@k``): DCG@k = sum over ranks i <= k of grade_i / log2(i + 1); IDCG@k is the DCG
    of the qrels' grades sorted in decreasing order; nDCG = DCG / IDCG, 0.0 when the qrels hold
    no relevant id."""
    _check_k(k)
    dcg = sum(qrels.get(item, 0) / math.log2(i + 1) for i, item in enumerate(ranking[:k], 1))
    ideal = sorted((g for g in qrels.values() if g > 0), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 1) for i, g in enumerate(ideal, 1))
    return dcg / idcg if idcg else 0.0


# --------------------------------------------------------------------------------------------
# Answer text against the gold facts: exact match and token F1 (SQuAD)
# --------------------------------------------------------------------------------------------

_MARKERS = re.compile(r"\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\]")
_TOKEN = re.compile(r"\w+(?:\.\d+)?")


def answer_tokens(text: str) -> list[str]:
    """The words and numbers of a text after `normalize_text` and `normalize_number_text`,
    citation markers removed ("157 M€ [1]" -> ["157000000", "eur"])."""
    return _TOKEN.findall(_canonical(_MARKERS.sub(" ", text)))


def exact_match(answer: str, facts: Sequence[FactLike]) -> float | None:
    """SQuAD exact match on facts: 1.0 when the answer's tokens equal those of one fact spelling
    (text or alias), else 0.0; None without facts. Strict on purpose: a sentence around the fact
    is not an exact match (use `fact_recall` for "the answer holds the fact")."""
    if not facts:
        return None
    tokens = answer_tokens(answer)
    spellings = [s for fact in facts for s in (fact.text, *fact.aliases)]
    return 1.0 if tokens and any(answer_tokens(s) == tokens for s in spellings) else 0.0


def token_f1(answer: str, facts: Sequence[FactLike]) -> float | None:
    """SQuAD token F1 of the answer against the reference made of every fact, each fact spelled
    as its text or the alias sharing most tokens with the answer: 2PR / (P + R) over the
    multiset of common tokens, P over the answer's tokens, R over the reference's. None without
    facts; 0.0 for an empty answer."""
    if not facts:
        return None
    tokens = answer_tokens(answer)
    if not tokens:
        return 0.0
    bag = _bag(tokens)
    reference: list[str] = []
    for fact in facts:
        spellings = [answer_tokens(s) for s in (fact.text, *fact.aliases)]
        reference += max(spellings, key=lambda s: (_common(_bag(s), bag), -len(s)))
    common = _common(_bag(reference), bag)
    if not common or not reference:
        return 0.0
    precision, recall = common / len(tokens), common / len(reference)
    return 2 * precision * recall / (precision + recall)


def _bag(tokens: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for token in tokens:
        out[token] = out.get(token, 0) + 1
    return out


def _common(a: Mapping[str, int], b: Mapping[str, int]) -> int:
    return sum(min(n, b.get(token, 0)) for token, n in a.items())


# --------------------------------------------------------------------------------------------
# Where a gold quote sits in a passage (for highlighting)
# --------------------------------------------------------------------------------------------


def _normalized_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalize_text` applied character by character, with the index in ``text`` of each
    character of the result (a whitespace run maps to its first character)."""
    chars: list[str] = []
    offsets: list[int] = []
    space = True  # drops leading whitespace, as strip() does
    for i, ch in enumerate(text):
        piece = unicodedata.normalize("NFKC", ch).casefold().translate(_PUNCT_FOLD)
        piece = "".join(
            c for c in unicodedata.normalize("NFD", piece) if not unicodedata.combining(c)
        )
        for c in unicodedata.normalize("NFC", piece):
            if c.isspace():
                if space:
                    continue
                c, space = " ", True
            else:
                space = False
            chars.append(c)
            offsets.append(i)
    return "".join(chars), offsets


def quote_spans(text: str, quotes: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) offsets in ``text`` of every occurrence of each gold quote, matched after the
    same normalisation as `passage_has_quote`; sorted, overlapping spans merged."""
    norm, offsets = _normalized_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for needle in _distinct_quotes(quotes):
        start = norm.find(needle)
        while start >= 0:
            spans.append((offsets[start], offsets[start + len(needle) - 1] + 1))
            start = norm.find(needle, start + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
