"""Answer units of a passage: its sentences, list items and "Label : value" fields, with offsets.

Units are what the offline answerer quotes and what the scorer compares with the question; they
are cut once at ingest (and embedded there, cached by content hash) and cut again identically at
query time from the same chunk text, so the stored vectors line up with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.chunk import is_heading

# Bumped whenever units are cut or embedded differently: an index built otherwise is rebuilt.
UNITS_VERSION = 4

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?»])\s+(?=[«\"A-ZÀ-ÖØ-Ý0-9])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_LABEL_VALUE = re.compile(r"^[^:\n]{2,50}\s:\s*\S")


@dataclass
class Unit:
    passage: int  # 1-based number of the passage it comes from
    start: int  # offsets within the passage text
    end: int
    text: str
    kind: str  # "sentence", "item", "field"
    block: int  # units of one contiguous list share a block number
    score: float = 0.0
    heading: str = ""  # the last heading above it inside the passage ("" before any)


def split_units(text: str, passage: int) -> list[Unit]:
    """Sentences, list items and labelled fields of a passage, with their offsets."""
    units: list[Unit] = []
    pos = 0
    block = 0
    previous_item = False
    previous_blank = True
    heading = ""
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        lead = len(line) - len(line.lstrip())
        if stripped.startswith("#") or is_heading(line, previous_blank):
            previous_blank, previous_item = False, False
            heading = stripped.lstrip("#").strip()
            continue
        previous_blank = False
        if _LIST_ITEM.match(stripped):
            if not previous_item:
                block += 1
            marker = _LIST_ITEM.match(stripped).end()  # type: ignore[union-attr]
            units.append(Unit(passage, line_start + lead + marker, line_start + len(line.rstrip()),
                              stripped[marker:], "item", block, heading=heading))  # fmt: skip
            previous_item = True
            continue
        previous_item = False
        if _LABEL_VALUE.match(stripped) and len(stripped) < 400:
            units.append(Unit(passage, line_start + lead, line_start + len(line.rstrip()),
                              stripped, "field", 0, heading=heading))  # fmt: skip
            continue
        offset = line_start + lead
        for piece in _SENTENCE_SPLIT.split(stripped):
            start = text.find(piece, offset)
            if start < 0:
                continue
            offset = start + len(piece)
            if len(piece.strip()) > 2:
                units.append(Unit(passage, start, start + len(piece), piece, "sentence", 0,
                                  heading=heading))  # fmt: skip
    return units


def unit_text_for_embedding(title: str, text: str) -> str:
    """What is embedded for a unit: its document title and its text. The title gives a bare
    list item its place and topic ("Point d'étape de clôture de Bagneux" for "- Le relogement");
    adding the section heading too ranked units no better on the train split and would add a
    third to the cost of embedding units at ingest."""
    return f"{title}\n{text}"
