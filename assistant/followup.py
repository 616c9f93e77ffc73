"""Offline follow-up rewriting: "Et à Bagneux ?" after a question on Antony's budget asks for
Bagneux's budget.

What counts as a name comes from the index (`names_of`, normally `CorpusNames`: places,
neighbourhoods, organisations the corpus mentions), never from capitalisation alone, so an
acronym ("PRU") or a capitalised common word ("Montant") is not swapped for a town.

- a follow-up that names something and asks nothing new ("Et à Bagneux ?") is the previous
  standalone question with the previous names replaced by the new ones;
- one that names something and asks something ("Montant à Antony ?") stands on its own;
- one that adds a qualifier ("Et en 2015 ?") is the previous question with the qualifier;
- one that asks something new about the same subject ("et le montant ?") is the new focus with
  the previous question's names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_FOLLOW_UP_START = re.compile(
    r"^\s*(et|and|what about|how about|qu['’]en est-il|idem|pareil|même question|same)\b",
    re.IGNORECASE,
)
_QUESTION_WORDS = re.compile(
    r"\b(qui|que|quoi|quel|quelle|quels|quelles|combien|comment|pourquoi|quand|où|est-ce|"
    r"who|what|which|how|when|where|why|does|did|is|are|was|were)\b",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"^\s*(?:et|and|what about|how about|qu['’]en est-il(?:\s+(?:pour|de|du|des|à))?)\s*",
    re.IGNORECASE,
)
# Function words that carry no focus of their own: "à", "pour", "in", "the"...
_FUNCTION_WORDS = frozenset(
    "à a au aux de du des d l la le les pour en dans sur chez in at for of the on about "
    "ce cet cette ces".split()
)
_QUALIFIER = re.compile(r"^(?:(?:en|in|au|à|a|pour|for|depuis|since|avant|before|après|after)\s+)?"
                        r"(?:\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|[\d\s.,]+\s*%?)$", re.IGNORECASE)  # fmt: skip

NamesOf = Callable[[str], list[str]]


def is_follow_up(question: str) -> bool:
    """Short, elliptic questions ("Et à Bagneux ?", "what about Antony?", "et le montant ?")."""
    words = re.findall(r"\w+", question)
    if _FOLLOW_UP_START.match(question) and len(words) <= 8:
        return True
    return len(words) <= 3 and not _QUESTION_WORDS.search(question)


def _content_words(text: str, names: list[str]) -> list[str]:
    for name in names:
        text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    words = re.findall(r"[\w’'-]+", text)
    return [w for w in words if re.sub(r"^[dl]['’]", "", w.lower()) not in _FUNCTION_WORDS]


def rewrite_follow_up(question: str, previous_question: str | None, names_of: NamesOf) -> str:
    """The standalone query for a follow-up, given the previous standalone question."""
    if not previous_question or not is_follow_up(question):
        return question
    remainder = _LEADING.sub("", question).strip(" ?!.")
    if not remainder:
        return previous_question
    new_names = names_of(remainder)
    old_names = names_of(previous_question)
    asked = _content_words(remainder, new_names)
    if new_names:
        if asked:  # "Montant à Antony ?": names and a focus of its own
            return question
        if not old_names:
            return f"{previous_question.rstrip(' ?')} {remainder} ?"
        rewritten = previous_question
        for old, new in zip(old_names, new_names, strict=False):
            rewritten = re.sub(rf"\b[dD]['’]{re.escape(old)}\b", f"de {new}", rewritten)
            rewritten = re.sub(rf"\b{re.escape(old)}\b", new, rewritten)
        return rewritten
    if _QUALIFIER.match(remainder):  # "Et en 2015 ?": the same question, narrowed
        return f"{previous_question.rstrip(' ?')} {remainder} ?"
    # "et le montant ?": the new focus, about the previous subject.
    subject = " ".join(old_names)
    return f"{remainder} {subject} ?".strip() if subject else f"{previous_question} {remainder}"
