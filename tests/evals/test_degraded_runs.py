"""Degraded runs are visible: the mode each answer actually used, failed model and judge calls,
and `renewal eval --strict` failing on them. Real assistant over the shipped corpus; the model is
either a port nobody listens on or a scripted OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import json  # noqa: E402
import socket  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from assistant.answering import build_assistant  # noqa: E402
from assistant.cli import main  # noqa: E402
from evals.gold import load_gold  # noqa: E402
from evals.harness import CountingCompleter, build_report, quiet_model_logs, run_questions  # noqa: E402
from tests.assistant.scripted_llm import Reply, ScriptedLLM  # noqa: E402
from tests.evals.helpers import DEV, settings_for, write_gold_subset  # noqa: E402

ANSWERABLE = ("bag-amount-en", "ant-demolitions", "bag-promoteurs")


@pytest.fixture(scope="module")
def three_questions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_gold_subset(ANSWERABLE, tmp_path_factory.mktemp("gold") / "three.jsonl")


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_model_fails_strict_and_shows_the_fallbacks(
    cli_env: Path, three_questions: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("RENEWAL_LLM_MODEL", "gpt-local")
    monkeypatch.setenv("RENEWAL_LLM_API_BASE", f"http://127.0.0.1:{closed_port()}/v1")
    monkeypatch.setenv("RENEWAL_LLM_RETRIES", "0")
    argv = ["eval", "--questions", str(three_questions), "--no-judge"]

    code = main([*argv, "--out", str(tmp_path / "strict"), "--strict"])
    out, err = capsys.readouterr()
    assert code == 3
    report = json.loads((tmp_path / "strict" / "report.json").read_text(encoding="utf-8"))
    health = report["health"]
    assert health["configured_mode"] == "llm" and health["degraded"] is True
    assert health["answers_sent_to_llm"] == 3 and health["fallbacks"] == 3
    assert health["fallback_share"] == 1.0 and health["llm_failed_share"] == 1.0
    assert health["fallback_reasons"] == {"llm_error": 3}
    assert {r["answer_mode"] for r in report["questions"]} == {"fallback_extractive"}
    assert all(r["infra_errors"][0].startswith("LLM call failed") for r in report["questions"])
    assert "fallbacks 3/3 (100%)" in out and "DEGRADED: 3 of 3 LLM calls failed" in out
    assert "degraded run: 3 of 3 answers sent to the LLM fell back (llm_error: 3)" in err
    md = (tmp_path / "strict" / "report.md").read_text(encoding="utf-8")
    assert "## Run health" in md and "fallbacks 3/3 (100%)" in md
    assert "## Infrastructure errors (not question failures)" in md
    # litellm's banners and help texts are silenced: stderr holds only our lines.
    # (litellm prints "Give Feedback / Get Help" and "LiteLLM.Info: ..." for every failed call)
    assert "Give Feedback" not in out + err and "LiteLLM" not in out + err
    assert all(line.startswith("degraded run: ") for line in err.splitlines())

    # Without --strict the same run reports and exits 0.
    assert main([*argv, "--out", str(tmp_path / "lenient")]) == 0
    capsys.readouterr()


def test_each_answer_records_the_mode_it_used(corpus_index) -> None:
    """One model reply used as is, one that cites nothing (fallback), one HTTP 500 (fallback,
    infrastructure error); the judge is counted apart."""
    data_dir, _, embedder = corpus_index
    server = ScriptedLLM().start()
    try:
        settings = settings_for(data_dir, llm_model="openai/scripted",
                                llm_api_base=server.api_base, llm_retries=0)  # fmt: skip
        assistant = build_assistant(settings, embedder)
        assistant.completer = CountingCompleter(assistant.completer)
        questions = {q.id: q for q in load_gold(DEV)}
        chosen = [questions[i] for i in ANSWERABLE]
        server.script(
            Reply("Le montant est indiqué dans la fiche [1]."),
            Reply("Je ne sais pas vraiment."),
            Reply(status=500),
        )
        with quiet_model_logs():
            outcomes = run_questions(assistant, chosen)
    finally:
        server.stop()
    report = build_report(outcomes, {"mode": "llm"})
    rows = report["questions"]
    assert [(r["answer_mode"], r["fallback_reason"]) for r in rows] == [
        ("llm", None),
        ("fallback_extractive", "uncited_reply"),
        ("fallback_extractive", "llm_error"),
    ]
    assert rows[0]["answer"] == "Le montant est indiqué dans la fiche [1]."
    assert "the model's reply cited no passage: extractive fallback" in rows[1]["failures"]
    assert rows[1]["infra_errors"] == []
    assert rows[2]["infra_errors"][0].startswith("LLM call failed")
    assert not any("LLM" in f for f in rows[2]["failures"])
    health = report["health"]
    assert (health["llm_calls"], health["llm_failed_calls"], health["fallbacks"]) == (3, 1, 2)
    assert health["fallback_share"] == pytest.approx(2 / 3)


def test_citation_judge_on_a_scripted_server(corpus_index) -> None:
    """--judge-citations: one more judge call per answer, whose verdicts make
    citations.judge_supported; an unreadable reply is an infrastructure error."""
    from assistant.llm import LiteLLMCompleter
    from evals.judge import ENTAILMENT_PROMPT, Judge
    from evals.scoring import citation_units

    data_dir, _, embedder = corpus_index
    assistant = build_assistant(settings_for(data_dir), embedder)  # extractive answers
    questions = {q.id: q for q in load_gold(DEV)}
    chosen = [questions["ant-demolitions"], questions["bag-promoteurs"]]
    first = citation_units(assistant.answer(chosen[0].question).text)
    assert first, "the extractive answer cites its passages"
    verdicts = [{"claim": i, "entailed": i > 1} for i in range(1, len(first) + 1)]
    judge_ok = json.dumps({"faithfulness": {"score": 1, "reason": "ok"},
                           "correctness": {"score": 1, "reason": "ok"}})  # fmt: skip
    server = ScriptedLLM().start()
    try:
        completer = CountingCompleter(
            LiteLLMCompleter("openai/judge", server.api_base, timeout=5, retries=0)
        )
        judge = Judge(completer, assistant.prompts.template("judge"),
                      ENTAILMENT_PROMPT.read_text(encoding="utf-8"))  # fmt: skip
        server.script(Reply(judge_ok), Reply(json.dumps({"verdicts": verdicts})),
                      Reply(judge_ok), Reply("Tout est juste."))  # fmt: skip
        with quiet_model_logs():
            outcomes = run_questions(assistant, chosen, judge)
        requests = list(server.requests)
    finally:
        server.stop()
    assert len(requests) == 4
    claims = requests[1]["messages"][0]["content"]
    assert first[0][0] in claims and "Passages cités" in claims
    report = build_report(outcomes, {"judge_model": "openai/judge"}, judge_enabled=True)
    rows = report["questions"]
    assert rows[0]["metrics"]["judge_cited_sentences"] == len(first)
    assert rows[0]["metrics"]["judge_entailed_sentences"] == len(first) - 1
    assert report["citations"]["judge_supported"] == pytest.approx((len(first) - 1) / len(first))
    assert rows[1]["infra_errors"][0].startswith("citation judge error: unreadable reply")
    assert report["health"]["judge_errors"] == 1 and report["health"]["judge_calls"] == 4
