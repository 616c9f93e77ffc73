"""Train/test split of gold questions, fixed by each question's id.

A question's split is a hash of its id, so it never depends on the order of the file, on the
other questions, or on how the answerer scores them: the test questions are chosen before any
tuning and stay the same when questions are added. Thresholds and weights are fitted on
`train`; reports give `test`; CI gates on `test`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TypeVar

SPLITS = ("train", "test", "all")
TEST_SHARE = 0.5

Q = TypeVar("Q")


def split_of(question_id: str, test_share: float = TEST_SHARE) -> str:
    """ "train" or "test" for a question id (stable across runs, machines and files)."""
    digest = hashlib.sha256(question_id.encode("utf-8")).digest()
    return "test" if int.from_bytes(digest[:8], "big") / 2**64 < test_share else "train"


def select(questions: Iterable[Q], split: str) -> list[Q]:
    """The questions (objects with an `id`) of one split; "all" keeps every question."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)} (got {split!r})")
    if split == "all":
        return list(questions)
    return [q for q in questions if split_of(q.id) == split]  # type: ignore[attr-defined]


def counts(ids: Sequence[str]) -> dict[str, int]:
    """How many of these ids fall in each split."""
    out = {"train": 0, "test": 0}
    for qid in ids:
        out[split_of(qid)] += 1
    return out
