"""Helpers shared by the benchmark scripts (bench/common.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from common import (
    QueryMemoEmbedder,
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
