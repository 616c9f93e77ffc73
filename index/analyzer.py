"""French text analysis for the lexical index: elision, accent folding, stop words, stemming.

English words in a question pass through the same analyzer; the glossary (index/glossary.py)
adds their French equivalents before analysis.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from ingest.normalize import fold_accents

_ELISION = re.compile(
    r"^(?:l|d|qu|j|m|n|s|t|c|jusqu|lorsqu|puisqu|quoiqu)['’](?=\w)", re.IGNORECASE
)
_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
# 38 495, 2 102, 1.400: digit groups of three, the French way of writing thousands.
_GROUPED_NUMBER = re.compile(r"\b\d{1,3}(?:[ \u00a0\u202f.]\d{3})+\b")

FRENCH_STOP_WORDS = frozenset(
    """
    a à au aux avec ce ces cet cette ci comme d dans de des du elle elles en et est été être
    il ils je l la le les leur leurs lui ma mais me même mes moi mon n ne nos notre nous on ont
    ou où par pas pour qu que qui quoi sa se ses si son sont sur ta te tes toi ton tu un une
    vos votre vous y été avait avaient sera ainsi aussi dont cela ça entre
    combien quel quelle quels quelles lequel laquelle lesquels est-ce t
    étais était étaient sera seront serait fut ont avons avez avait avaient eu été
    selon parmi via chez
    """.split()
)
ENGLISH_STOP_WORDS = frozenset(
    """
    the of and or a an to in on for at by with from what which who whom whose were was is are
    be been being did does do how many much there their its it this that these those as into
    about s tell me give list please has have had will would can could should
    """.split()
)
STOP_WORDS = FRENCH_STOP_WORDS | ENGLISH_STOP_WORDS


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("french")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    # Snowball keeps a plural's s after a u, so a past participle in the masculine plural
    # ("prévus", "abattus", "élus", "retenus") did not meet its singular or feminine ("prévu",
    # "prévue": prévu). Short words keep theirs ("plus", "tous", "sous").
    if len(word) > 4 and word.endswith("us"):
        word = word[:-1]
    return fold_accents(_stemmer().stemWord(word))


def _strip_word(raw: str) -> str:
    word = raw.lower().replace("’", "'")
    word = _ELISION.sub("", word)
    if word.endswith("'s"):  # English possessive: "Antony's"
        word = word[:-2]
    return word.replace("'", "")


def analyze(text: str) -> list[str]:
    """Tokens for BM25: lower-cased, elisions removed, stop words dropped, stemmed, accents folded.

    Thousands written with separators ("2 102") also yield the joined number ("2102").
    """
    tokens: list[str] = []
    for match in _WORD.finditer(text):
        word = _strip_word(match.group())
        if not word or word in STOP_WORDS:
            continue
        if word.isdigit():
            tokens.append(word)
            continue
        tokens.append(_stem(word))
    for match in _GROUPED_NUMBER.finditer(text):
        tokens.append(re.sub(r"\D", "", match.group()))
    return tokens


# The stemmer leaves a verb and the noun made from it apart where French changes the stem:
# "démolir" demol / "démolitions" demolit, "définir" defin / "définition" definit, "construire"
# construir / "construit" construit / "construction" construct. A question asking "combien de
# logements démolir" is answered by "144 démolitions".
_UCT = ("uir", "uit", "uct")
_AGENT = ("eur", "ric", "eux")


def derived_forms(token: str) -> frozenset[str]:
    """The token and the stems of the same verb's other forms (answer matching, not BM25)."""
    forms = {token}
    if token.isdigit() or len(token) < 4:
        return frozenset(forms)
    if token.endswith("it") and len(token) >= 6:
        forms.add(_stem(token[:-2]))
    else:
        forms.add(token + "it")
    if token.endswith(_UCT) and len(token) >= 6:
        forms.update(token[:-3] + ending for ending in _UCT)
    # An agent noun and its feminine, which the stemmer leaves apart: "directeur" / "directrice"
    # (directric), "enquêteur" / "enquêtrice", "vendeur" / "vendeuse" (vendeux).
    if token.endswith(_AGENT) and len(token) >= 6:
        forms.update(token[:-3] + ending for ending in _AGENT)
    # A noun in -ident keeps the -ent the stemmer cuts from its verb: "président" president,
    # "préside" / "présidé" presid; "résident" / "réside".
    if token.endswith("ident") and len(token) >= 8:
        forms.add(token[:-3])
    elif token.endswith("id") and len(token) >= 5:
        forms.add(token + "ent")
    # A participle of a verb in -abiliter reads as a noun in -abilité, which the stemmer cuts
    # to -abl: "réhabilités" rehabl, "réhabilitation" and "réhabiliter" rehabilit.
    if token.endswith("abl") and len(token) >= 6:
        forms.add(token[:-3] + "abilit")
    elif token.endswith("abilit"):
        forms.add(token[:-6] + "abl")
    # The noun of the action, which keeps its suffix: "signée" sign / "signature" signatur,
    # "fermé" / "fermeture", "ouvert" / "ouverture", "piloté" / "pilotage", "démarré" /
    # "démarrage", "livrés" / "livraison" (long enough not to take "village" for "ville").
    forms.update(_action_forms(token))
    # A relational adjective in -al and its noun: "régionale" regional / "Région" region,
    # "départemental" / "département", "communal" / "commune", "national" / "nation" (long
    # enough not to take "local" for "lieu" nor "final" for "fin").
    if token.endswith("al") and len(token) >= _RELATIONAL_LENGTH:
        forms.add(_stem(token[:-2]))
    return frozenset(forms)


_RELATIONAL_LENGTH = 8


# The noun of an action keeps a suffix the stemmer leaves: (its suffix, what the verb's stem
# keeps of it). "signée" sign / "signature" signatur, "fermé" / "fermeture", "ouvert" /
# "ouverture", "livrés" / "livraison", "piloté" / "pilotage", "démarré" / "démarrage".
_ACTION_NOUNS = (("atur", ""), ("etur", ""), ("ertur", "ert"), ("aison", ""), ("ag", ""))
# A noun shorter than this is left alone: "village" is not "ville", nor "partage" "part".
_ACTION_NOUN_LENGTH = 7


def _action_forms(token: str) -> set[str]:
    """The verb's stem of an action noun, or the action nouns of a verb's stem."""
    for suffix, kept in _ACTION_NOUNS:
        if token.endswith(suffix):
            stem = token[: len(token) - len(suffix)] + kept
            return {stem} if len(token) >= _ACTION_NOUN_LENGTH and len(stem) >= 4 else set()
    nouns = {token[: len(token) - len(kept)] + suffix for suffix, kept in _ACTION_NOUNS
             if token.endswith(kept)}  # fmt: skip
    return {n for n in nouns if len(n) >= _ACTION_NOUN_LENGTH}
