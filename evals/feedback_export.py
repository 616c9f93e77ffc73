"""Thumbs-down feedback as draft gold cases, for an evaluator to complete.

Each draft is a valid gold line (`evals.gold.load_gold` reads it) with empty facts and quotes,
tagged ``from-feedback`` and ``draft``, plus keys the loader ignores that give the evaluator the
context: the answer that was given, the passages retrieved, the user's comment.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from index.glossary import looks_english

PASSAGE_PREVIEW_CHARS = 300


def draft_gold_case(feedback: Mapping[str, Any]) -> dict[str, Any] | None:
    """One feedback row (`ConversationStore.feedback`) as a draft gold case; None without a question."""
    question = (feedback.get("question") or "").strip()
    if not question:
        return None
    answer = feedback.get("answer") or {}
    passages = [
        {"doc_id": p.get("doc_id"), "chunk_id": p.get("chunk_id"), "section": p.get("section"),
         "text": (p.get("text") or "")[:PASSAGE_PREVIEW_CHARS]}
        for p in answer.get("passages") or []
    ]  # fmt: skip
    return {
        "id": f"fb-{str(feedback['id'])[:8]}",
        "question": question,
        "language": "en" if looks_english(question) else "fr",
        "answerable": True,
        "answer_facts": [],
        "gold_quotes": [],
        "tags": ["from-feedback", "draft"],
        "given_answer": answer.get("text") or answer.get("answer") or "",
        "given_citations": [
            {"n": c.get("n"), "doc_id": c.get("doc_id"), "section": c.get("section")}
            for c in answer.get("citations") or []
        ],
        "retrieved_passages": passages,
        "comment": feedback.get("comment") or "",
        "feedback_id": feedback["id"],
        "message_id": feedback.get("message_id"),
        "created": feedback.get("created"),
    }


def draft_gold_cases(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Drafts for the rows that carry a question, ids made unique if two share a prefix."""
    drafts, seen = [], set()
    for row in rows:
        draft = draft_gold_case(row)
        if draft is None:
            continue
        if draft["id"] in seen:
            draft["id"] = f"fb-{row['id']}"
        seen.add(draft["id"])
        drafts.append(draft)
    return drafts


def write_jsonl(rows: Iterable[Mapping[str, Any]], path: Path) -> int:
    """Write one JSON object per line (UTF-8, atomically); returns the number of lines."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in lines))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(lines)


def export_feedback(store: Any, out: Path) -> tuple[int, int]:
    """Thumbs-down feedback from a `ConversationStore` to a draft gold file: (written, skipped)."""
    rows = store.feedback(rating=-1)
    drafts = draft_gold_cases(rows)
    return write_jsonl(drafts, out), len(rows) - len(drafts)
