"""Gold file loading: valid files, malformed lines, and the shipped dev question set."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from evals.gold import AnswerFact, GoldFileError, GoldQuestion, load_gold
from evals.metrics import normalize_text

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
DEV_SET = REPO / "evals" / "questions.dev.jsonl"


def write(tmp_path: Path, *lines: str, name: str = "gold.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


# ---------------------------------------------------------------- valid files


def test_full_line_round_trip(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        line(
            id="ant-demolitions",
            question="Combien de démolitions prévoyait le programme d'Antony ?",
            language="fr",
            answerable=True,
            answer_facts=[{"text": "144", "aliases": ["cent quarante-quatre"]}],
            gold_quotes=["144 démolitions, 351 constructions"],
            gold_docs=["fiche-mission-point-etape-psl-antony.txt"],
            tags=["numeric", "mission-sheet"],
        ),
    )
    assert load_gold(path) == [
        GoldQuestion(
            id="ant-demolitions",
            question="Combien de démolitions prévoyait le programme d'Antony ?",
            language="fr",
            answerable=True,
            answer_facts=[AnswerFact("144", ["cent quarante-quatre"])],
            gold_quotes=["144 démolitions, 351 constructions"],
            gold_docs=["fiche-mission-point-etape-psl-antony.txt"],
            tags=["numeric", "mission-sheet"],
        )
    ]


def test_defaults_for_optional_keys(tmp_path: Path) -> None:
    [question] = load_gold(write(tmp_path, line(id="q1", question="Où ?")))
    assert question == GoldQuestion(id="q1", question="Où ?")
    assert question.language == "fr"
    assert question.answerable is True
    assert (
        question.answer_facts == question.gold_quotes == question.gold_docs == question.tags == []
    )


def test_fact_without_aliases(tmp_path: Path) -> None:
    path = write(tmp_path, line(id="q1", question="?", answer_facts=[{"text": "2102"}]))
    assert load_gold(path)[0].answer_facts == [AnswerFact("2102", [])]


def test_unknown_keys_are_ignored(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        line(
            id="q1",
            question="Combien ?",
            difficulty="hard",
            created_by="annotator-a",
            answer_facts=[{"text": "144", "aliases": [], "unit": "logements", "value": 144}],
        ),
    )
    [question] = load_gold(path)
    assert question.answer_facts == [AnswerFact("144", [])]
    assert not hasattr(question, "difficulty")


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = write(
        tmp_path, "", line(id="q1", question="a"), "   ", "\t", line(id="q2", question="b"), ""
    )
    assert [q.id for q in load_gold(path)] == ["q1", "q2"]


def test_crlf_and_bom_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    content = "\ufeff" + line(id="q1", question="a") + "\r\n" + line(id="q2", question="b") + "\r\n"
    path.write_bytes(content.encode("utf-8"))
    assert [q.id for q in load_gold(path)] == ["q1", "q2"]


def test_unanswerable_question(tmp_path: Path) -> None:
    path = write(
        tmp_path, line(id="u1", question="Combien de démolitions à Bagneux ?", answerable=False)
    )
    [question] = load_gold(path)
    assert question.answerable is False


# ---------------------------------------------------------------- malformed lines


def load_error(path: Path) -> GoldFileError:
    with pytest.raises(GoldFileError) as info:
        load_gold(path)
    return info.value


def test_bad_json_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, line(id="q1", question="a"), "", '{"id": "q2", "question": "b",}')
    error = load_error(path)
    assert isinstance(error, ValueError)
    assert error.line == 3
    assert str(path) in str(error)
    assert "line 3" in str(error)
    assert "invalid JSON" in str(error)


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        (line(question="a"), 'missing required key "id"'),
        (line(id="q2"), 'missing required key "question"'),
        (line(id=7, question="a"), '"id" must be a non-empty string'),
        (line(id="q2", question=""), '"question" must be a non-empty string'),
        (line(id="q2", question="a", answerable="yes"), '"answerable" must be true or false'),
        (line(id="q2", question="a", answerable=1), '"answerable" must be true or false'),
        (line(id="q2", question="a", language=None), '"language"'),
        (
            line(id="q2", question="a", gold_quotes="144 démolitions"),
            '"gold_quotes" must be a list',
        ),
        (line(id="q2", question="a", gold_quotes=["ok", ""]), '"gold_quotes"[1]'),
        (line(id="q2", question="a", gold_docs=[3]), '"gold_docs"[0]'),
        (line(id="q2", question="a", tags="numeric"), '"tags" must be a list'),
        (line(id="q2", question="a", answer_facts=["144"]), '"answer_facts"[0] must be an object'),
        (
            line(id="q2", question="a", answer_facts={"text": "144"}),
            '"answer_facts" must be a list',
        ),
        (
            line(id="q2", question="a", answer_facts=[{"aliases": ["x"]}]),
            '"answer_facts"[0]: missing required key "text"',
        ),
        (
            line(id="q2", question="a", answer_facts=[{"text": "144", "aliases": "x"}]),
            '"aliases" must be a list',
        ),
        (
            line(id="q2", question="a", answerable=False, gold_quotes=["144 démolitions"]),
            '"answerable" is false but "gold_quotes" is not empty',
        ),
        ('["q2", "a"]', "expected a JSON object"),
        ("not json", "invalid JSON"),
    ],
)
def test_malformed_line_reports_line_number(tmp_path: Path, bad_line: str, expected: str) -> None:
    path = write(tmp_path, line(id="q1", question="a"), bad_line)
    error = load_error(path)
    assert error.line == 2
    assert f"{path}, line 2: " in str(error)
    assert expected in str(error)


def test_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, line(id="q1", question="a"), "", line(id="q1", question="b"))
    error = load_error(path)
    assert error.line == 3
    assert 'duplicate id "q1" (first used on line 1)' in str(error)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    assert "contains no question" in str(load_error(write(tmp_path, "", "  ")))
    missing = tmp_path / "absent.jsonl"
    error = load_error(missing)
    assert error.line is None
    assert str(missing) in str(error) and "not found" in str(error)


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(line(id="q1", question="Où ?").encode("latin-1"))
    assert "UTF-8" in str(load_error(path))


# ---------------------------------------------------------------- the shipped dev set

DECORATIONS = ("▶", "■", "█", "·", "**", "#", "\t", "[bookmark")


@pytest.fixture(scope="module")
def dev_set() -> list[GoldQuestion]:
    return load_gold(DEV_SET)


@pytest.fixture(scope="module")
def corpus_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.iterdir()) if p.is_file()}


def test_dev_set_counts(dev_set: list[GoldQuestion], corpus_texts: dict[str, str]) -> None:
    assert len(dev_set) >= 44
    assert sum(q.language == "en" for q in dev_set) >= 12
    assert {q.language for q in dev_set} <= {"fr", "en"}
    unanswerable = [q for q in dev_set if not q.answerable]
    assert len(unanswerable) >= 7
    assert all("unanswerable" in q.tags for q in unanswerable)
    assert sum("trap" in q.tags for q in unanswerable) >= 3
    assert sum(len(q.gold_docs) >= 2 for q in dev_set) >= 3
    per_doc = Counter(doc for q in dev_set for doc in q.gold_docs)
    for doc in corpus_texts:
        assert per_doc[doc] >= 5, f"{doc} is covered by {per_doc[doc]} questions, want >= 5"


def test_dev_set_answerable_questions_have_evidence(dev_set: list[GoldQuestion]) -> None:
    for q in dev_set:
        if q.answerable:
            assert q.answer_facts and q.gold_quotes and q.gold_docs, q.id


def test_dev_set_gold_docs_exist(dev_set: list[GoldQuestion], corpus_texts: dict[str, str]) -> None:
    for q in dev_set:
        for doc in q.gold_docs:
            assert doc in corpus_texts, f"{q.id}: unknown gold doc {doc}"


def test_dev_set_quotes_occur_in_their_gold_docs(
    dev_set: list[GoldQuestion], corpus_texts: dict[str, str]
) -> None:
    normalised = {doc: normalize_text(text) for doc, text in corpus_texts.items()}
    for q in dev_set:
        for quote in q.gold_quotes:
            needle = normalize_text(quote)
            assert any(needle in normalised[doc] for doc in q.gold_docs), (
                f"{q.id}: {quote!r} not found in {q.gold_docs}"
            )
            # a quote found in another document would make that document's passages relevant
            others = [d for d in normalised if d not in q.gold_docs and needle in normalised[d]]
            assert not others, f"{q.id}: {quote!r} also occurs in {others}"
        for doc in q.gold_docs:
            assert any(normalize_text(quote) in normalised[doc] for quote in q.gold_quotes), (
                f"{q.id}: no gold quote comes from {doc}"
            )


def test_dev_set_quotes_are_short_single_lines_without_decorations(
    dev_set: list[GoldQuestion], corpus_texts: dict[str, str]
) -> None:
    whole_corpus = normalize_text("\n".join(corpus_texts.values()))
    for q in dev_set:
        for quote in q.gold_quotes:
            assert "\n" not in quote and len(quote) <= 90, f"{q.id}: {quote!r}"
            assert not any(mark in quote for mark in DECORATIONS), f"{q.id}: {quote!r}"
            if len(quote) < 20:
                # allowed only when no longer undecorated fragment exists; must then be unique
                assert whole_corpus.count(normalize_text(quote)) == 1, f"{q.id}: {quote!r}"
