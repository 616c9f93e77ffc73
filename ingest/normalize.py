"""Small text normalisations shared by metadata parsing, lexical analysis and metrics."""

from __future__ import annotations

import unicodedata


def fold_accents(text: str) -> str:
    """'Démolitions' -> 'Demolitions' (NFKD, combining marks dropped); œ -> oe."""
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Month names, accents folded and in lower case (`fold_accents`), French then English: their number.
MONTH_NUMBERS = {
    month: number % 12 + 1
    for number, month in enumerate(
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
        "january february march april may june july august september october november "
        "december".split()
    )
}


def mostly_capitals(text: str) -> bool:
    """Are most of a text's letters capitals (a title line: "CONTRAT DE VILLE DU PAYS DE
    VALLAURIAC 2015-2022 (prorogé par avenant en 2019)")?"""
    letters = sum(map(str.isalpha, text))
    return bool(letters) and sum(map(str.isupper, text)) > letters / 2
