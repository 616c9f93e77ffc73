"""Citation markers: parse, validate against the passages given, check support, build records.

Every `[n]` in an answer must name one of the numbered passages that were given to the answerer;
invalid markers are removed before anything reaches the user. A cited sentence is "supported"
when its content words (and every number in it) are found in the cited passage: a lexical
entailment proxy that works offline (documented in the README's evaluation section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.analyzer import analyze
from index.glossary import concepts
from ingest.records import Citation, Hit

MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|(?=\n)|$)|\n")
_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")
SUPPORT_THRESHOLD = 0.5


@dataclass
class MarkerCheck:
    text: str  # the answer with invalid markers removed
    valid: list[int]  # distinct valid passage numbers, in order of first use
    invalid: list[int]  # markers that named no given passage


# A marker with the spaces before it: when the whole marker is dropped, so are they.
_SPACED_MARKER = re.compile(r"[ \t]*" + MARKER.pattern)


def check_markers(text: str, n_passages: int) -> MarkerCheck:
    """Drop markers that do not name a passage 1..n_passages; keep the valid ones.

    The spaces before a dropped marker go with it when punctuation, a space or the end follows
    ("144 démolitions [9]." -> "144 démolitions."); the rest of the text is left as written.
    """
    valid: list[int] = []
    invalid: list[int] = []

    def fix(match: re.Match[str]) -> str:
        kept = []
        for part in re.split(r"\s*[,;]\s*", match.group(1)):
            n = int(part)
            if 1 <= n <= n_passages:
                kept.append(n)
                if n not in valid:
                    valid.append(n)
            else:
                invalid.append(n)
        lead = match.group(0)[: match.group(0).index("[")]
        if kept:
            return lead + "".join(f"[{n}]" for n in dict.fromkeys(kept))
        following = match.string[match.end() : match.end() + 1]
        return "" if not following or following.isspace() or following in ".,;:!?)»" else lead

    cleaned = _SPACED_MARKER.sub(fix, text)
    return MarkerCheck(text=cleaned, valid=valid, invalid=invalid)


def cited_sentences(text: str) -> list[tuple[str, list[int]]]:
    """(sentence without markers, passage numbers) for every sentence or line that cites."""
    out: list[tuple[str, list[int]]] = []
    previous = ""  # the last sentence seen, cited or not
    for raw in _SENTENCE.findall(text):
        if raw == "\n":
            continue
        numbers = [int(n) for group in MARKER.findall(raw) for n in re.split(r"\s*[,;]\s*", group)]
        sentence = re.sub(r"\s+([.,;:!?])", r"\1", MARKER.sub("", raw)).strip(' -*•\t«»"')
        if not sentence and numbers and previous:
            # Markers alone after the period ("... 2012. [1]") belong to the previous sentence.
            if out and out[-1][0] == previous:
                out[-1] = (previous, out[-1][1] + numbers)
            else:
                out.append((previous, numbers))
            continue
        if sentence:
            previous = sentence
            if numbers:
                out.append((sentence, numbers))
    return out


def _numbers(text: str) -> set[str]:
    return {re.sub(r"\D", "", n) for n in _NUMBER.findall(text)}


def _passage_numbers(passage: str) -> set[str]:
    """The passage's numbers, also as read across its line breaks: a PDF's narrow column cuts
    "5 200 habitants" as "5" / "200 habitants", which a quote gives on one line."""
    return _numbers(passage) | _numbers(passage.replace("\n", " "))


def support_score(sentence: str, passage: str) -> float:
    """Share of the sentence's content tokens found in the passage; 0 if a number is missing."""
    return _support(sentence, _passage_numbers(passage), frozenset(analyze(passage)))


def _support(sentence: str, passage_numbers: set[str], passage_tokens: frozenset[str]) -> float:
    if any(n not in passage_numbers for n in _numbers(sentence)):
        return 0.0
    wanted = concepts(sentence)  # English words also match their French equivalents
    if not wanted:
        return 1.0
    return round(sum(1 for c in wanted if c & passage_tokens) / len(wanted), 4)


@lru_cache(maxsize=2048)
def _passage_tokens(passage: str) -> frozenset[str]:
    """A cited passage's analysed tokens, remembered by its text (bounded): the same passages
    are cited answer after answer, and their analysis was a tenth of an answer's own work."""
    return frozenset(analyze(passage))


def locate_quote(passage_text: str, sentence: str) -> tuple[int, int]:
    """The span of the passage that best matches a sentence: the passage line sharing most tokens."""
    target = set(analyze(sentence))
    best, best_span = -1.0, (0, len(passage_text))
    pos = 0
    for line in passage_text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        tokens = set(analyze(line))
        score = len(tokens & target) / (len(target) or 1)
        if score > best:
            best, best_span = score, (start, end)
    start, end = best_span
    while start < end and passage_text[start] in " -*•\t":
        start += 1
    return start, end


def build_citations(
    text: str, passages: list[Hit], quotes: dict[int, tuple[int, int]] | None = None
) -> list[Citation]:
    """One Citation per distinct valid marker, with its quote and support of the citing sentences.

    `quotes` maps a passage number to the span (relative to the passage) the answerer quoted;
    otherwise the span is the passage line closest to the citing sentence.
    """
    by_number: dict[int, list[str]] = {}
    for sentence, numbers in cited_sentences(text):
        for n in numbers:
            if 1 <= n <= len(passages):
                by_number.setdefault(n, []).append(sentence)
    citations = []
    for n in sorted(by_number):
        hit = passages[n - 1]
        sentences = by_number[n]
        if quotes and n in quotes:
            q_start, q_end = quotes[n]
        else:
            q_start, q_end = locate_quote(hit.chunk.text, " ".join(sentences))
        # The passage is read once for all the sentences citing it.
        passage = hit.chunk.header + "\n" + hit.chunk.text
        numbers, tokens = _passage_numbers(passage), _passage_tokens(passage)
        scores = [_support(s, numbers, tokens) for s in sentences]
        score = min(scores) if scores else 0.0
        citations.append(
            Citation(
                n=n, doc_id=hit.chunk.doc_id, chunk_id=hit.chunk.chunk_id, title=hit.title,
                section=hit.chunk.section, quote=hit.chunk.text[q_start:q_end],
                start=hit.chunk.start + q_start, end=hit.chunk.start + q_end,
                supported=score >= SUPPORT_THRESHOLD, support_score=score,
            )
        )  # fmt: skip
    return citations
