"""The English lexicon: the corpus' vocabulary embedded at ingest, an English question's unknown
words mapped to their nearest corpus word for BM25 (index/lexicon.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from index import lexicon
from index.embed import Embedder
from index.lexicon import Lexicon, WordVectors, corpus_words, unknown_words
from index.search import SearchParams, hybrid_search, translated_words
from index.store import Index

GAZETTE = "article-gazette-valenciennes-pilotage-atypique.txt"


def test_corpus_words_one_lower_case_form_per_token() -> None:
    words = corpus_words([
        "Les démolitions et la démolition du quartier. Démolitions encore.",
        "Bagneux, Antony et les Tertres : les démolitions de l'ANRU.",
    ])  # fmt: skip
    assert "démolitions" in words and "démolition" not in words  # the most used form of `demolit`
    assert "quartier" in words
    # Names (written capitalised), stop words and elided articles are not vocabulary.
    assert not {"bagneux", "antony", "tertres", "anru", "les", "l'anru", "et"} & set(words)


def test_unknown_words_are_the_lower_case_words_neither_index_nor_glossary_knows() -> None:
    vocab = {"demolit", "bagneux"}
    words = unknown_words("How many tenants left Bagneux before the demolitions, and when?",
                          vocab, glossary=["when"])  # fmt: skip
    assert words == ["tenants", "left"]  # names, known tokens, function words, glossary aside
    # A long question costs at most MAX_QUESTION_WORDS lookups.
    long = " ".join(f"word{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(200))
    assert len(unknown_words(long, vocab)) == lexicon.MAX_QUESTION_WORDS


def test_translate_keeps_pairs_close_enough() -> None:
    lex = Lexicon(["locataires", "démolitions"], np.array([[1.0, 0.0], [0.0, 1.0]]), 0.9)
    english = np.array([[0.99, 0.1], [0.6, 0.8]])  # "tenants": close; "last": nothing near
    assert lex.translate(["tenants", "last"], english) == ["locataires"]
    assert lex.translate([], np.zeros((0, 2))) == []


class _CountingEmbedder:
    name, dim = "counting", 2

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array([[float(len(t)), 1.0] for t in texts])


def test_word_vectors_are_embedded_once_and_remembered_within_a_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    memo, embedder = WordVectors(), _CountingEmbedder()
    first = memo.get(embedder, ["tenants", "last"])
    again = memo.get(embedder, ["last", "tenants", "block"])
    assert embedder.calls == [["tenants", "last"], ["block"]]
    assert np.array_equal(again[1], first[0])
    monkeypatch.setattr(lexicon, "MEMO_WORDS", 2)
    memo.get(embedder, ["one", "two"])
    assert len(memo._memo) <= 2


def test_an_index_built_with_e5_carries_its_lexicon(corpus_index: tuple[Path, Index, Embedder]) -> None:
    _, index, embedder = corpus_index
    lex = Lexicon.load(index.path, index.manifest.embedder)
    assert lex is not None and len(lex.words) == len(lex.vectors) > 200
    assert "insalubres" in lex.words
    # Another embedder has no measured threshold: no lexicon, nothing translated.
    assert Lexicon.load(index.path, "minilm:all-MiniLM-L6-v2") is None


def test_an_english_word_the_index_lacks_finds_the_corpus_word(
    corpus_index: tuple[Path, Index, Embedder],
) -> None:
    """"insalubrious" is neither French nor in the glossary: BM25 alone finds nothing for it;
    the lexicon gives "insalubres" (the Gazette article's Beuvrages homes)."""
    _, index, embedder = corpus_index
    question = "Where were insalubrious homes?"
    assert "insalubres" in translated_words(index, embedder, question)
    lexical = replace(SearchParams(), mode="lexical", k=3)
    hits = hybrid_search(index, embedder, question, lexical, language="en")
    assert hits and hits[0].chunk.doc_id == GAZETTE
    assert "insalubres" in hits[0].chunk.text


def test_a_version_written_without_its_lexicon_is_rebuilt(tiny: tuple[Path, Path],
                                                          embedder: Embedder) -> None:  # fmt: skip
    """An index from before the lexicon (e5) is not current: the next start or ingest writes a
    new version with it, the vectors of chunks and units coming from the cache."""
    from index.build import ingest, units_current
    from index.store import DataDir

    corpus, data = tiny
    ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    current = DataDir(data).current_version()
    assert current is not None and units_current(current)
    (current / lexicon.VECTORS_FILE).unlink()
    assert not units_current(current)
    report = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    assert report.version != current.name and (report.chunks_embedded, report.units_embedded) == (0, 0)
    assert units_current(DataDir(data).current_version())
