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
    bare = (re.sub(r"^[dl]['’]", "", w.lower()) for w in words)  # "l'Agence" -> "agence"
    return [w for w in bare if w and w not in _FUNCTION_WORDS]


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
            rewritten = _swap(rewritten, old, new, _article_before(remainder, new))
        return rewritten
    if _QUALIFIER.match(remainder):  # "Et en 2015 ?": the same question, narrowed
        return f"{previous_question.rstrip(' ?')} {remainder} ?"
    # "et le montant ?": the new focus, about the previous subject.
    subject = " ".join(_with_lead(previous_question, name) for name in old_names)
    return f"{remainder} {subject} ?".strip() if subject else f"{previous_question} {remainder}"


# French contracts a preposition with the article that follows it: "de le" is "du", "à les" is
# "aux", "de" before a vowel is "d'".
_OLD_NAME_LEAD = r"(?P<lead>\b(?:de|du|des|à|au|aux|in|at|for|of)\s+(?:(?:la|l['’])\s*)?|\b[dD]['’]|\b[lL]['’]|\b[lL](?:a|e|es)\s+)?"
_PREPOSITION = {"de": "de", "du": "de", "des": "de", "d'": "de", "d’": "de",
                "à": "à", "au": "à", "aux": "à"}  # fmt: skip
_CONTRACTED = {("de", "le"): "du ", ("de", "les"): "des ", ("à", "le"): "au ",
               ("à", "les"): "aux "}  # fmt: skip
_ARTICLE = re.compile(r"(?:\b(le|la|les|du|des|au|aux)\s+|\b([lL])['’]\s*)$", re.IGNORECASE)
_ARTICLE_OF = {"du": "le", "au": "le", "des": "les", "aux": "les"}


def _article_before(text: str, name: str) -> str:
    """The article the follow-up puts before a name: "pour le Noyer Doré" -> "le"."""
    at = text.find(name)
    found = _ARTICLE.search(text[: max(at, 0)]) if at > 0 else None
    if found is None:
        return ""
    word = (found.group(1) or "l'").lower()
    return _ARTICLE_OF.get(word, word)


def _swap(question: str, old: str, new: str, article: str) -> str:
    """The question with `old` replaced by `new`, its preposition and article agreed in French:
    "le montant du PRU de Bagneux" + "le Noyer Doré" -> "... du Noyer Doré", + "Antony" ->
    "... d'Antony"."""

    def replace(match: re.Match[str]) -> str:
        lead = (match.group("lead") or "").strip().lower()
        preposition = _PREPOSITION.get(lead.split()[0] if lead.split() else lead.rstrip("'’") + "'")
        if lead in ("l'", "l’", "la", "le", "les"):  # an article alone: the new name's own
            named = _with_article(article, new)
            return named[0].upper() + named[1:] if match.group("lead")[0].isupper() else named
        if preposition is None:  # no French preposition before it ("Antony's", "in Antony")
            return (match.group("lead") or "") + new
        if (preposition, article) in _CONTRACTED:
            return _CONTRACTED[preposition, article] + new
        if article in ("la", "l'"):
            return f"{preposition} {_with_article(article, new)}"
        if preposition == "de" and new[:1].lower() in "aeiouyhâàéèêëîïôöûü":
            return f"d'{new}"
        return f"{preposition} {new}"

    return re.sub(_OLD_NAME_LEAD + rf"{re.escape(old)}\b", replace, question, count=1)


def _with_lead(question: str, name: str) -> str:
    """A name with the preposition and article the question puts before it: "d'Antony"."""
    found = re.search(_OLD_NAME_LEAD + rf"{re.escape(name)}\b", question)
    return found.group().strip() if found else name


def _with_article(article: str, name: str) -> str:
    """ "la" + "Caisse des Dépôts" -> "la Caisse des Dépôts", "l'" + "Agence" -> "l'Agence"."""
    if not article:
        return name
    return f"{article}{name}" if article == "l'" else f"{article} {name}"
