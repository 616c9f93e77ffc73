"""Offline follow-up rewriting: "Et à Bagneux ?" after a question on Antony's budget asks for
Bagneux's budget. The previous standalone question is kept and its place names swapped for the
follow-up's; a follow-up without names adds its words to the previous subject.
"""

from __future__ import annotations

import re

_FOLLOW_UP_START = re.compile(
    r"^\s*(et|and|what about|how about|qu['’]en est-il|idem|pareil|même question|same)\b",
    re.IGNORECASE,
)
_QUESTION_WORDS = re.compile(
    r"\b(qui|que|quoi|quel|quelle|quels|quelles|combien|comment|pourquoi|quand|où|est-ce|"
    r"who|what|which|how|when|where|why|does|did|is|are|was|were)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b(?:[dlDL]['’])?([A-ZÀ-Ý][\w-]*(?:[\s-]+(?:[dl]['’])?[A-ZÀ-Ý][\w-]*)*)")
_LEADING = re.compile(
    r"^\s*(?:et|and|what about|how about|qu['’]en est-il)\s*(?:pour|à|a|de|du|des|en|in|for|at|of)?\s*",
    re.IGNORECASE,
)


def _names(text: str, skip_first: bool = True) -> list[str]:
    names = []
    for match in _NAME.finditer(text):
        if skip_first and match.start() == 0:
            continue
        name = match.group(1)
        if name.lower() in {"et", "and", "what", "how", "qu"}:
            continue
        names.append(name)
    return names


def is_follow_up(question: str) -> bool:
    """Short, elliptic questions ("Et à Bagneux ?", "what about Antony?", "et le montant ?")."""
    words = re.findall(r"\w+", question)
    if _FOLLOW_UP_START.match(question) and len(words) <= 8:
        return True
    return len(words) <= 3 and not _QUESTION_WORDS.search(question)


def rewrite_follow_up(question: str, previous_question: str | None) -> str:
    """The standalone query for a follow-up, given the previous standalone question."""
    if not previous_question or not is_follow_up(question):
        return question
    new_names = _names(question, skip_first=False)
    new_names = [n for n in new_names if not _FOLLOW_UP_START.match(n)]
    old_names = _names(previous_question)
    if new_names and old_names:
        rewritten = previous_question
        for old, new in zip(old_names, new_names, strict=False):
            rewritten = re.sub(rf"\b[dD]['’]{re.escape(old)}\b", f"de {new}", rewritten)
            rewritten = re.sub(rf"\b{re.escape(old)}\b", new, rewritten)
        return rewritten
    remainder = _LEADING.sub("", question).strip(" ?!.")
    if new_names:
        return f"{previous_question.rstrip(' ?')} {remainder} ?"
    # "et le montant ?": the new focus, about the previous subject.
    subject = " ".join(old_names)
    return f"{remainder} {subject} ?".strip() if subject else f"{previous_question} {remainder}"
