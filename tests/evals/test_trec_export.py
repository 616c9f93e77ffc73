"""The exports of a real run (test split of the gold sets over the shipped corpus, through the
CLI): ranx reads the TREC run and qrels and finds the report's own ranked metrics; the JSONL
holds the report's rows; the report breaks the metrics down by split and by tag."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main
from tests.evals.helpers import DEV, SHIPPED

# report.json name -> ranx metric
PASSAGE_METRICS = {
    "ndcg_at_10": "ndcg@10",
    "map_at_10": "map@10",
    "mrr_at_10": "mrr@10",
    "recall_at_5": "recall@5",
    "recall_at_10": "recall@10",
    "precision_at_5": "precision@5",
    "precision_at_10": "precision@10",
}
DOCUMENT_METRICS = {
    "doc_ndcg_at_10": "ndcg@10",
    "doc_map_at_10": "map@10",
    "doc_recall_at_5": "recall@5",
    "doc_hit_at_1": "hit_rate@1",
}


@pytest.fixture(scope="module")
def test_run(
    corpus_index, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> tuple[Path, dict[str, Any]]:
    data_dir, _, _ = corpus_index
    with pytest.MonkeyPatch.context() as mp:
        for name in (
            "RENEWAL_LLM_MODEL",
            "RENEWAL_LLM_API_BASE",
            "RENEWAL_TOP_K",
            "RENEWAL_EMBEDDER",
        ):
            mp.delenv(name, raising=False)
        mp.setenv("RENEWAL_DATA_DIR", str(data_dir))
        mp.setenv("RENEWAL_THREADS", "1")
        out = tmp_path_factory.mktemp("run") / "test"
        code = main(["eval", "--questions", str(DEV), "--questions", str(SHIPPED),
                     "--split", "test", "--out", str(out), "--json"])  # fmt: skip
    assert code == 0
    return out, json.loads((out / "report.json").read_text(encoding="utf-8"))


def ranx_scores(out: Path, run: str, qrels: str, metrics: list[str]) -> dict[str, float]:
    from ranx import Qrels, Run, evaluate

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # numba's type-safety notes
        return evaluate(
            Qrels.from_file(str(out / qrels), kind="trec"),
            Run.from_file(str(out / run), kind="trec"),
            metrics,
        )


def test_ranx_scores_the_passage_export_as_the_report_does(test_run, capsys) -> None:
    capsys.readouterr()
    out, report = test_run
    retrieval = report["retrieval"]
    scored = [q for q in report["questions"] if q["metrics"]["ndcg_at_10"] is not None]
    assert retrieval["n"] == len(scored) > 50
    # the graded judgements are used: some passage holds two gold quotes
    assert any(grade > 1 for q in scored for grade in q["qrels"].values())
    assert len((out / "run.trec").read_text().splitlines()) == 10 * len(scored)
    ours = {name: retrieval[name] for name in PASSAGE_METRICS}
    theirs = ranx_scores(out, "run.trec", "qrels.trec", list(PASSAGE_METRICS.values()))
    for name, metric in PASSAGE_METRICS.items():
        assert float(theirs[metric]) == pytest.approx(ours[name], abs=1e-9), name
    assert 0 < ours["ndcg_at_10"] < 1 and 0 < ours["map_at_10"] < 1


def test_ranx_scores_the_document_export_as_the_report_does(test_run) -> None:
    out, report = test_run
    retrieval = report["retrieval"]
    assert retrieval["doc_n"] > 50
    theirs = ranx_scores(out, "run.docs.trec", "qrels.docs.trec", list(DOCUMENT_METRICS.values()))
    for name, metric in DOCUMENT_METRICS.items():
        assert float(theirs[metric]) == pytest.approx(retrieval[name], abs=1e-9), name


def test_jsonl_holds_one_row_per_question(test_run) -> None:
    out, report = test_run
    lines = (out / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == report["questions"]


def test_report_breaks_down_by_split_and_tag(test_run) -> None:
    _, report = test_run
    assert set(report["by_split"]) == {"test"}
    assert report["by_split"]["test"]["n"] == report["n"]
    tags = {t for q in report["questions"] for t in q["tags"]}
    assert set(report["by_tag"]) == tags
    assert "retrieval.map_at_10" in report["by_split"]["test"]
