"""report.html of a real evaluation run (the shipped corpus's index, real embedder), opened in
Debian's Chromium: whole passages with the gold quote highlighted, per-question metrics as a
table with N/A distinct from 0, and confidence intervals on the charts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.answering import build_assistant
from evals.gold import load_gold
from evals.harness import build_report, index_qrels, run_questions
from evals.report import write_reports
from evals.uncertainty import confidence_intervals
from tests.evals.helpers import DEV, settings_for
from tests.web.harness import DESKTOP, new_page

pytestmark = pytest.mark.browser

CHOSEN = ("bag-operations", "ant-montant", "gaz-copil", "un-gup-montant", "un-bag-demolitions")


@pytest.fixture(scope="module")
def report_file(
    corpus_index, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, Any]]:
    data_dir, _, embedder = corpus_index
    assistant = build_assistant(settings_for(data_dir), embedder)
    questions = [q for q in load_gold(DEV) if q.id in CHOSEN]
    outcomes = run_questions(assistant, questions, qrels=index_qrels(assistant, questions))
    report = build_report(outcomes, {"mode": assistant.mode, "questions_file": str(DEV)})
    report["intervals"] = confidence_intervals(report["questions"])
    paths = write_reports(report, tmp_path_factory.mktemp("report"))
    return paths["html"], report


@pytest.fixture
def report_page(browser, report_file) -> Iterator[Any]:
    context, page = new_page(browser, DESKTOP)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(report_file[0].as_uri())
    yield page
    assert errors == []
    context.close()


def test_whole_passages_with_the_gold_quote_highlighted(report_page, report_file) -> None:
    _, report = report_file
    # a passage whose gold quote starts beyond the 300 characters the page used to show
    question, passage, (start, end) = next(
        (q, p, span)
        for q in report["questions"]
        for p in q["passages"]
        for span in p["gold_spans"]
        if span[0] > 300
    )
    row = report_page.locator(f'[id="q-{question["id"]}"]')
    row.locator("details > summary").click()
    shown = row.locator(".passage").nth(passage["rank"] - 1)
    mark = shown.locator("mark").first
    assert mark.is_visible()
    assert mark.inner_text() == passage["text"][start:end]
    assert shown.inner_text().endswith(passage["text"][-40:].strip())
    background = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background == "rgb(255, 229, 143)"
    # only gold quotes are marked: a passage without one has no <mark>
    plain = [p for p in question["passages"] if not p["has_gold_quote"]]
    if plain:
        assert row.locator(".passage").nth(plain[0]["rank"] - 1).locator("mark").count() == 0


def test_per_question_metrics_are_a_table_with_na_distinct_from_zero(
    report_page, report_file
) -> None:
    _, report = report_file
    unanswerable = next(q for q in report["questions"] if not q["answerable"])
    row = report_page.locator(f'[id="q-{unanswerable["id"]}"]')
    row.locator("details > summary").click()
    table = row.locator("table.qm")
    assert table.is_visible()
    hit = table.locator("tr", has=report_page.locator("code", has_text="hit_at_1")).first
    cell = hit.locator("td").nth(1)
    assert cell.inner_text() == "N/A"
    assert cell.evaluate("c => getComputedStyle(c).fontStyle") == "italic"
    answered = next(
        q for q in report["questions"] if q["answerable"] and q["metrics"]["exact_match"] == 0.0
    )
    row = report_page.locator(f'[id="q-{answered["id"]}"]')
    row.locator("details > summary").click()
    em = row.locator("table.qm tr", has=report_page.locator("code", has_text="exact_match")).first
    zero = em.locator("td").nth(1)
    assert zero.inner_text() == "0.000"
    assert zero.evaluate("c => getComputedStyle(c).fontStyle") == "normal"
    assert "{" not in row.locator("details").inner_text()  # no raw JSON left


def test_charts_carry_confidence_intervals_and_na(report_page, report_file) -> None:
    _, report = report_file
    page = report_page
    overall = page.locator("svg[aria-label='Rates with their 95% confidence interval']")
    assert overall.is_visible()
    assert overall.locator("g.ci").count() >= 5
    low = report["intervals"]["retrieval.hit_at_5"]["low"]
    high = report["intervals"]["retrieval.hit_at_5"]["high"]
    assert f"[{low:.2f}, {high:.2f}]" in overall.inner_html()
    by_tag = page.locator("svg[aria-label='Metrics by tag']")
    assert by_tag.locator("g.ci").count() > 0
    # tags of unanswerable questions only: retrieval is not measured there, drawn as N/A
    assert by_tag.locator("text.na-bar").count() > 0
    box = by_tag.locator("g.ci").first.bounding_box()
    assert box is not None and box["height"] > 0
    card = page.locator(".card", has=page.locator(".name", has_text="retrieval.hit_at_5"))
    assert "95% CI [" in card.inner_text()
    # refusal.precision etc. are N/A on a card when nothing was refused... or a value: never "—"
    assert "—" not in page.locator(".cards").inner_text()
