"""Answer units of a passage: the blocks inside it (ingest/blocks.py), with passage offsets.

Units are what the offline answerer quotes and what the scorer compares with the question. They
are the document's blocks (sentences, list items, labelled fields, table rows) that fall inside
a chunk, clipped to it, so the units of a chunk are the same at ingest (where they are embedded,
cached by content hash) and at query time (where the stored blocks are read back).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.blocks import Block, parse_blocks, table_cells

# Bumped whenever blocks are parsed, or units cut or embedded, differently: an index built
# otherwise is rebuilt from its stored text.
UNITS_VERSION = 28


@dataclass
class Unit:
    passage: int  # 1-based number of the passage it comes from
    start: int  # offsets within the passage text
    end: int
    text: str
    kind: str  # "sentence", "item", "field", "row"
    block: int  # units of one list, or of one table, share a block number (0 for other kinds)
    score: float = 0.0
    heading: str = ""  # the section the unit sits in ("" before any heading)
    header: tuple[str, ...] = ()  # a table row's column names
    # The block goes on before or after the passage (a sentence cut at its edge): a quote of it
    # is marked as partial.
    cut_before: bool = False
    cut_after: bool = False


def units_in(blocks: Sequence[Block], text: str, start: int, end: int, passage: int) -> list[Unit]:
    """The units of the passage ``text`` == document[start:end], from the document's blocks:
    every non-heading block that overlaps it, clipped to it."""
    units: list[Unit] = []
    # Blocks are in document order and do not overlap: start at the first that ends inside.
    for b in blocks[bisect_right(blocks, start, key=lambda b: b.end) :]:
        if b.start >= end:
            break
        if b.kind == "heading":
            continue
        s, e = max(b.start, start) - start, min(b.end, end) - start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s <= 2:
            continue
        units.append(Unit(passage, s, e, text[s:e], b.kind,
                          b.group if b.kind in ("item", "row") else 0,
                          heading=b.section, header=b.header,
                          cut_before=b.start < start, cut_after=b.end > end))  # fmt: skip
    return units


def split_units(text: str, passage: int) -> list[Unit]:
    """The units of a free-standing text (parsed on the spot: for texts that are not stored)."""
    return units_in(parse_blocks(text), text, 0, len(text), passage)


def unit_text_for_embedding(title: str, unit: Unit) -> str:
    """What is embedded for a unit: its document's heading and its text, a table row with its
    column names ("Opération : Démolitions ; Volume : 430 logements"). The heading is the title
    with an article's outlet and the town and neighbourhood the title does not say
    (ingest/chunk.py `unit_heading`); it gives a bare list item its place and topic ("Point
    d'étape de clôture de Bagneux — quartier des Tertres et des Couverons" for "- Le
    relogement"). Adding the section heading too ranked units no better on the train split and
    would add a third to the cost of embedding units at ingest."""
    text = unit.text
    if unit.header:
        cells = table_cells(text) or []
        if len(cells) == len(unit.header):
            text = " ; ".join(f"{h} : {c}" if h else c
                              for h, c in zip(unit.header, cells, strict=True))  # fmt: skip
    return f"{title}\n{text}"
