"""Prompt templates, read from the prompts/ folder once and filled with plain values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import RenewalError
from ingest.records import Hit

LANGUAGE_NAMES = {"fr": "français", "en": "anglais (English)"}


class PromptError(RenewalError):
    """A prompt file is missing or malformed."""


@dataclass(frozen=True)
class Prompts:
    answer: str
    rewrite: str
    refusals: dict[str, tuple[str, str]]  # language -> (refusal sentence, nearest-documents intro)
    extra: dict[str, str]  # other templates by file stem (judge, draft...)

    def refusal(self, language: str) -> tuple[str, str]:
        return self.refusals.get(language) or self.refusals["fr"]

    def template(self, name: str) -> str:
        if name not in self.extra:
            raise PromptError(f"no prompt template {name!r}; expected prompts/{name}.md")
        return self.extra[name]


def _parse_refusals(text: str) -> dict[str, tuple[str, str]]:
    blocks: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        header = re.fullmatch(r"\[(\w+)\]", line.strip())
        if header:
            current = header.group(1)
            blocks[current] = []
        elif current:
            blocks[current].append(line.strip())
    out = {lang: (lines[0], lines[1]) for lang, lines in blocks.items() if len(lines) >= 2}
    if "fr" not in out:
        raise PromptError("prompts/refusal.md needs a [fr] block with two lines")
    return out


def load_prompts(folder: Path) -> Prompts:
    """Read every template; fail with the missing file's name."""
    try:
        answer = (folder / "answer.md").read_text(encoding="utf-8")
        rewrite = (folder / "rewrite.md").read_text(encoding="utf-8")
        refusals = _parse_refusals((folder / "refusal.md").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PromptError(f"missing prompt file {exc.filename}; set RENEWAL_PROMPTS_DIR") from exc
    extra = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}
    return Prompts(answer=answer, rewrite=rewrite, refusals=refusals, extra=extra)


def format_passages(passages: list[Hit]) -> str:
    """Numbered passages framed as quoted data, so instructions inside them read as text."""
    blocks = []
    for n, hit in enumerate(passages, start=1):
        body = hit.chunk.text.replace("<<<", "‹‹‹").replace(">>>", "›››")
        section = f" — {hit.chunk.section}" if hit.chunk.section else ""
        blocks.append(f"[{n}] {hit.title}{section}\n<<<\n{body}\n>>>")
    return "\n\n".join(blocks)


def answer_messages(prompts: Prompts, question: str, passages: list[Hit], language: str,
                    history: list[dict[str, str]] | None = None) -> list[dict[str, str]]:  # fmt: skip
    """Chat messages for the answer: system rules + passages, recent turns, the question."""
    no_answer = prompts.refusal(language)[0]
    system = prompts.answer.format(
        passages=format_passages(passages),
        language=LANGUAGE_NAMES.get(language, language),
        no_answer=no_answer,
    )
    messages = [{"role": "system", "content": system}]
    for turn in (history or [])[-4:]:
        messages.append({"role": turn["role"], "content": turn["content"][:2000]})
    messages.append({"role": "user", "content": question})
    return messages


def rewrite_messages(
    prompts: Prompts, question: str, history: list[dict[str, str]]
) -> list[dict[str, str]]:
    lines = [f"{t['role']}: {t['content'][:500]}" for t in history[-6:]]
    return [
        {
            "role": "user",
            "content": prompts.rewrite.format(history="\n".join(lines), question=question),
        }
    ]
