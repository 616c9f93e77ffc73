"""Helpers shared by the benchmark scripts (bench/common.py)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from common import (
    QueryMemoEmbedder,
    TimedEmbedder,
    comma_separated,
    english_hit_at_5,
    latency_summary,
    markdown_table,
    search_params,
    timed_ingest,
)

from assistant.settings import Settings
from index.search import SearchParams


def test_markdown_table_right_aligns_numeric_columns_and_dashes_missing_values() -> None:
    table = markdown_table(["name", "score"], [["a", 0.5], ["b", None]])
    assert table.splitlines() == [
        "| name | score |",
        "|---|---:|",
        "| a | 0.500 |",
        "| b | — |",
    ]


def test_comma_separated_parses_typed_lists() -> None:
    assert comma_separated(int)("900, 1200,") == [900, 1200]
    assert comma_separated(float)("0,0.3") == [0.0, 0.3]


def test_latency_summary_is_in_milliseconds() -> None:
    summary = latency_summary([0.001, 0.002, 0.003])
    assert summary["p50_ms"] == pytest.approx(2.0)
    assert summary["mean_ms"] == pytest.approx(2.0)
    assert summary["p95_ms"] == pytest.approx(2.9)


def test_english_hit_at_5_averages_scored_english_questions_only() -> None:
    details = [
        {"language": "en", "hit_at_5": 1.0},
        {"language": "en", "hit_at_5": 0.0},
        {"language": "en", "hit_at_5": None},  # unanswerable: not scored
        {"language": "fr", "hit_at_5": 0.0},
    ]
    assert english_hit_at_5(details) == 0.5
    assert english_hit_at_5([{"language": "fr", "hit_at_5": 1.0}]) is None


def test_search_params_follow_settings_unless_overridden() -> None:
    settings = Settings(fusion_lexical_weight=1.0, fusion_dense_weight=0.3, rrf_k=60)
    assert search_params(settings) == SearchParams(k=5, mode="hybrid", dense_weight=0.3)
    assert search_params(settings, "dense", dense_weight=0.5).dense_weight == 0.5


def test_query_memo_embedder_encodes_each_query_once(word_hash_embedder) -> None:
    memo = QueryMemoEmbedder(word_hash_embedder)
    first = memo.embed_query("démolitions à Antony")
    second = memo.embed_query("démolitions à Antony")
    assert word_hash_embedder.query_calls == 1
    assert (first == second).all()


def test_timed_ingest_times_encoding_and_an_unchanged_reingest_embeds_nothing(
    tmp_path: Path, bench_settings: Settings, word_hash_embedder
) -> None:
    cold = timed_ingest(bench_settings, tmp_path, word_hash_embedder)
    assert cold.report.chunks_embedded == cold.report.chunks_total > 0
    assert cold.report.units_embedded > cold.report.chunks_total
    assert cold.encode_passages == cold.report.chunks_total + cold.report.units_embedded
    assert 0 < cold.encode_seconds < cold.seconds
    again = timed_ingest(bench_settings, tmp_path, word_hash_embedder)
    assert again.report.chunks_embedded == 0
    assert again.encode_passages_per_s is None


def test_encode_calls_under_way_together_are_timed_once() -> None:
    """An ingest runs several embedding calls at once: the encode time is the time while one is
    under way (about one call's 0.3 s here), not the sum of the calls (0.6 s)."""
    meet = threading.Barrier(2, timeout=10)

    class Slow:
        name, dim = "slow", 2

        def embed_passages(self, texts: list[str]) -> np.ndarray:
            meet.wait()
            time.sleep(0.3)
            return np.ones((len(texts), 2), dtype=np.float32)

    timed = TimedEmbedder(Slow())
    calls = [threading.Thread(target=timed.embed_passages, args=(["a", "b"],)) for _ in range(2)]
    for call in calls:
        call.start()
    for call in calls:
        call.join()
    assert timed.passages == 4
    assert 0.3 <= timed.seconds < 0.55
