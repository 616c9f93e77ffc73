"""A cleaned document parsed once into typed blocks, with exact offsets.

Blocks are what every later stage reads: chunking cuts sections at headings and at the start of
a mission sheet's fields, answer units are the blocks inside a passage, mission metadata reads
the labelled fields, and mission records read the sections. They are parsed once at ingest and
stored with the index version, so nothing re-parses a document's structure at query time.

Kinds:
- ``heading``: a markdown heading or a short title-like line after a break;
- ``field``: a labelled value ("Montant du projet : 157 M€"), with the lines that continue it;
- ``item``: a list item, with the number of its list;
- ``row``: a table row ("cell | cell", as the loaders write tables), with its table's header cells;
- ``sentence``: a sentence of a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.normalize import fold_accents

FIELDS_SECTION = "Fiche mission"  # the section a run of mission-sheet fields opens

# Label as written in mission sheets -> metadata key. Matched accent- and case-insensitively.
MISSION_LABELS: dict[str, str] = {
    "type de mission": "mission_type",
    "type": "mission_type",
    "maitre d'ouvrage": "client",
    "maitrise d'ouvrage": "client",
    "client": "client",
    "annees": "years_text",
    "annee": "years_text",
    "dates": "years_text",
    "site": "site_text",
    "equipe": "team_text",
    "acteurs": "actors_text",
    "montant du projet": "amount_text",
    "montant": "amount_text",
    "budget": "amount_text",
    "programme": "programme_text",
    "composantes de la mission": "components_text",
    "composantes": "components_text",
}

_SENTENCE_END = (".", ";", ",", ":", "!", "?", "…")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?»])\s+(?=[«\"A-ZÀ-ÖØ-Ý0-9])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
# Any "label: value" line; it is a field when its label is a mission label, or when it is written
# the French way ("Label : value", a space before the colon) with a value.
LABEL_LINE = re.compile(r"^\s*(?P<label>[^:\n]{2,40}?)\s*:\s*(?P<value>.*)$")
_FRENCH_FIELD = re.compile(r"^(?P<label>[^:\n]{2,50})\s:\s*\S")
_MAX_FIELD = 400
_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "field", "item", "row", "sentence"
    start: int  # offsets in the document's cleaned text
    end: int
    section: str  # the section it sits in ("" before the first heading)
    label: str = ""  # a field's label, as written
    group: int = 0  # an item's list or a row's table (1-based, in document order); 0 otherwise
    header: tuple[str, ...] = ()  # a row's table header cells (empty for the header row itself)


def label_key(label: str) -> str:
    """A label as compared with MISSION_LABELS: accents, case, spacing, emphasis and a list
    marker ("- Site :" in a definition list exported as a list) do not count."""
    label = fold_accents(label).lower().replace("’", "'")
    return re.sub(r"\s+", " ", label).strip(" *_-•")


def is_heading(line: str, previous_blank: bool, next_blank: bool = False) -> bool:
    """A line that opens a section: a markdown heading, or a short title-like line after a break
    (`next_blank`: a break follows it too)."""
    stripped = line.strip()
    if not stripped:
        return False
    if re.match(r"^#{1,6}\s+\S", stripped):
        return True
    if not previous_blank or stripped.startswith(("-", "*", "•", "(")):
        return False
    words = stripped.split()
    # A part designated by its number, then named, on a line of its own ("LOT 1 – Maîtrise
    # d'œuvre de la réhabilitation de la résidence Aramis"): the name may run longer than a
    # title's (not the first line of a paragraph wrapped by hand, nor "Action 2 – Mobilité.
    # Chaque année, ...").
    if (next_blank and _DESIGNATED.match(stripped) and len(words) <= _DESIGNATED_WORDS
            and len(stripped) <= _DESIGNATED_LENGTH and ". " not in stripped
            and not stripped.endswith(_SENTENCE_END)):  # fmt: skip
        return True
    # A headline in capitals may be longer and hold a colon ("BARRE CHEVERNY : PRÈS DE DEUX
    # FAMILLES SUR TROIS ONT DÉMÉNAGÉ" in a newsletter): no field is written so.
    shouted = _shouted(stripped)
    if len(stripped) > (_SHOUTED_LENGTH if shouted else 90) or len(words) > (
        _SHOUTED_WORDS if shouted else 10
    ):
        return False
    if stripped.endswith(_SENTENCE_END) or (" : " in stripped and not shouted):
        return False
    if stripped.startswith("«") or "©" in stripped or re.match(r"^\d", stripped):
        return False
    if len(words) == 1 and (stripped.isupper() or len(stripped) < 4):
        return False  # "ANRU", "CAP": tags rather than headings
    return stripped[0].isalpha()


# A part's designation: a word, its number, a dash ("LOT 2 –", "Volet 3 -", "Phase 1.2 —").
_DESIGNATED = re.compile(r"^[^\W\d_][\w'’-]*\s+\d{1,2}(?:\.\d{1,2})*\s+[–—-]\s+\S")
_DESIGNATED_WORDS = 20  # a designated part's line: at most this many words and characters
_DESIGNATED_LENGTH = 150
# A headline in capitals: at most this many words and characters.
_SHOUTED_WORDS = 16
_SHOUTED_LENGTH = 120


def _shouted(line: str) -> bool:
    """A line in capitals: every letter of it upper case, and more than a word's worth."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters) and " " in line


_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")
# A section numbered on two levels or more: "3.2 Mérignolles – la copropriété des Terrasses".
_DECIMAL_WORDS = 12  # words of a numbered section's name, at most
_DECIMAL = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(\S.*)$")


def _numbered_heading(stripped: str, lines: list[str], at: int) -> bool:
    """A numbered section title ("1. Contexte", "2. Objectifs"; the line at `at`), told from a
    list's item by its neighbours: neither the line above nor the one below is the item
    numbered next to it ("1. Informer ..." under "2. Objectifs" opens a list of its own). A page
    without blank lines gives no other sign of it."""
    decimal = _DECIMAL.match(stripped)
    if decimal:
        # A report's numbered section ("3.2 ..."): its own numbering tells it from a list.
        name = decimal.group(1)
        first = name.split()[0]
        return (len(name.split()) <= _DECIMAL_WORDS and not name.endswith(_SENTENCE_END)
                and name[0].isupper() and sum(c.isalpha() for c in first) >= 2)  # fmt: skip
    match = _NUMBERED.match(stripped)
    if not match:
        return False
    name = match.group(2)
    if len(name.split()) > 8 or name.endswith(_SENTENCE_END) or not name[0].isupper():
        return False
    number = int(match.group(1))
    above = next((ln for ln in reversed(lines[max(0, at - 3) : at]) if ln.strip()), "")
    below = next((ln for ln in lines[at + 1 : at + 4] if ln.strip()), "")
    return _number_of(above) != number - 1 and _number_of(below) != number + 1


def _titles_a_list(stripped: str, lines: list[str], after: int) -> bool:
    """A title in capitals right above a list, without a blank line between ("LE PROJET EN
    CHIFFRES" over its bullets on a slide): the list's heading, not a sentence to quote."""
    following = lines[after].strip() if after < len(lines) else ""
    return (_shouted(stripped) and len(stripped.split()) <= _SHOUTED_WORDS
            and not stripped.endswith(_SENTENCE_END) and bool(_LIST_ITEM.match(following)))  # fmt: skip


def _number_of(line: str) -> int | None:
    item = _NUMBERED.match(line.strip())
    return int(item.group(1)) if item else None


def table_cells(line: str) -> list[str] | None:
    """The cells of a table row ("a | b", "| a | b |"), or None when the line is not one. A
    markdown row is closed by a pipe at each end; a loader's row ("a | b") is not, so a pipe at
    one end only is an empty cell there ("Réalisé fin 2022" merged over two columns: "Opération
    | Prévu | Réalisé fin 2022 |"; the row under it: "| logements | nombre | taux")."""
    stripped = line.strip()
    if " | " not in stripped and not (stripped.startswith("|") and stripped.endswith("|")):
        return None
    closed = len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")
    cells = [c.strip() for c in (stripped[1:-1] if closed else stripped).split("|")]
    return cells if len(cells) >= 2 else None


def _is_separator(cells: list[str]) -> bool:
    return all(_SEPARATOR_CELL.match(c) for c in cells if c) and any(cells)


def _looks_like_header(cells: list[str], first_named: bool = True) -> bool:
    """Column names: short cells that start with a letter ("Opération", "Prévu (convention
    2007)") or a year ("Financeur | 2021 | 2022", "2025 (prévision)", "2029 et suiv."), at least
    two; a cell may be left empty by a name merged over two columns, but the first is named
    (`first_named`; the row under such names may leave the first column empty)."""
    named = [c for c in cells if c]
    return (len(named) >= 2 and (bool(cells[0]) or not first_named)
            and all((c[0].isalpha() or _YEAR.match(c)) and len(c.split()) <= 4
                    for c in named))  # fmt: skip


# A cell that is a figure: "80", "3 120", "1,8 M€", "57 %", "–".
_FIGURE = re.compile(r"^[–—-]?\s*\d[\d\s\u00a0\u202f.,]*(?:\s*(?:%|€|k€|M€|Md€|m²|ha))?$|^[–—-]$")
_LONG_NAME_WORDS = 7  # words of a column's name, at most, when the row under it gives figures


def _names_figures_below(cells: list[str], following: list[str]) -> bool:
    """Column names longer than `_looks_like_header` allows ("Avancement au 30 novembre 2025",
    "Coût par logement conservé (€ HT)", "Année | Versement prévisionnel de la Ville (€)"),
    told by the row under them: every name a few words starting with a letter and none a
    figure, and figures below two of them at least (one is a row of text over a row giving a
    figure; a label and its value, "Votants | 27", are no names)."""
    named = [c for c in cells if c]
    return (len(cells) >= 2 and bool(cells[0]) and len(following) == len(cells)
            and all(c[0].isalpha() and len(c.split()) <= _LONG_NAME_WORDS
                    and not _FIGURE.match(c) for c in named)
            and sum(bool(_FIGURE.match(c)) for c in following) >= 2)  # fmt: skip


def _continues_table(header: tuple[str, ...], cells: list[str]) -> bool:
    """Whether a row after a blank line carries on the table above it: a PDF's page break
    splits a table of funders in two, the rows below it with as many cells as the column names
    above and no names of their own."""
    return bool(header) and len(cells) == len(header) and not _looks_like_header(cells)


def _is_caption(cells: list[str]) -> bool:
    """A table's first row written in its first cell alone (a title merged across the table)."""
    return len(cells) >= 2 and bool(cells[0]) and not any(cells[1:])


def _spanned(cells: list[str]) -> tuple[str, ...]:
    """Column names with a name merged over several columns repeated in each of them."""
    out: list[str] = []
    for cell in cells:
        out.append(cell or (out[-1] if out else ""))
    return tuple(out)


def _stacked(top: tuple[str, ...], cells: list[str]) -> tuple[str, ...]:
    """Two rows of column names as one ("Financement 2022" over "Montant": "Financement 2022
    Montant")."""
    return tuple(f"{t} {c}" if t and c and t != c else t or c
                 for t, c in zip(top, cells, strict=True))  # fmt: skip


def _field_label(line: str) -> str | None:
    match = LABEL_LINE.match(line)
    if match and label_key(match.group("label")) in MISSION_LABELS:
        return match.group("label").strip()
    # A label is written with a capital ("L'enjeu : ...", "Pilote : ..."); a line opening in
    # lower case carries on a sentence wrapped over lines ("règles du jeu : trois propositions
    # au maximum, ..." in a PDF's text).
    french = _FRENCH_FIELD.match(line.strip())
    if french and len(line.strip()) < _MAX_FIELD and not line.strip()[0].islower():
        return french.group("label").strip()
    return None


def parse_blocks(text: str, title: str = "") -> list[Block]:
    """Every block of a cleaned document, in order. The title line is not a section of its own
    (when the title is not known yet, `without_title` applies it later)."""
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    paged = _paged_lines(lines)
    blocks: list[Block] = []
    section = ""
    in_fields = False
    group = 0
    previous = ""  # kind of the previous non-blank line's block ("" after a heading or nothing)
    previous_blank = True
    header: tuple[str, ...] = ()
    rows, names, captioned = 0, [], False  # the current table's rows, column names, caption
    i = 0
    while i < len(lines):
        line, line_start = lines[i], starts[i]
        stripped = line.strip()
        i += 1
        if not stripped:
            previous_blank = True
            if previous == "row":  # a blank line ends a table (a list may go on after one),
                previous = "gap"  # or a page break splits it (`_continues_table`)
            continue
        lead = len(line) - len(line.lstrip())
        begin, end = line_start + lead, line_start + len(line.rstrip())
        blank_before, previous_blank = previous_blank, False
        label = _field_label(line)
        mission = label is not None and label_key(label) in MISSION_LABELS
        cells = None if mission else table_cells(line)
        item = None if mission or cells is not None else _LIST_ITEM.match(stripped)
        # The title, near the top: above it sit only headings or a page's furniture (a masthead,
        # a navigation bar, a contract's banner), which is never quoted.
        opening = bool(title) and section != title and line_start < TITLE_REACH
        title_end = _title_lines(lines, i - 1, title) if opening else 0
        if title_end and all(b.kind == "heading" or _furniture(text, b) for b in blocks):
            blocks = [b if b.kind == "heading" else Block("heading", b.start, b.end, b.section)
                      for b in blocks]  # fmt: skip
        elif title_end and blocks:
            title_end = 0
        if title_end:
            # The document's title, wrapped over lines or holding a colon ("Ferrandières-sur-Loing
            # : reloger sans / reconstruire à l'identique" in a PDF): a heading, not a field.
            end = starts[title_end - 1] + len(lines[title_end - 1].rstrip())
            i = title_end
            section, in_fields, previous = title, False, ""
            blocks.append(Block("heading", begin, end, section))
        elif not mission and cells is None and (
            is_heading(line, blank_before, i >= len(lines) or not lines[i].strip())
            or _numbered_heading(stripped, lines, i - 1)
            or _titles_a_list(stripped, lines, i)
        ):
            name = stripped.lstrip("#").strip()
            section, in_fields, previous = name, False, ""
            blocks.append(Block("heading", begin, end, section))
        elif cells is not None:
            if _is_separator(cells):
                continue  # a markdown table's |---|---| line
            if previous != "row" and not (previous == "gap" and _continues_table(header, cells)):
                group += 1
                rows, header, names, captioned = 0, (), [], False
            rows += 1
            following = table_cells(lines[i]) if i < len(lines) else None
            # The rows above the data: a caption, the column names, and a second row of names
            # under names merged over two columns. They are rows without a header.
            if rows == 1 and _is_caption(cells):
                captioned = True
            # (a corner left empty above the rows' names: "| | Les Lauzières | La Breuvière |"
            # over "| Coût de la réhabilitation | 7,3 M€ | 6,2 M€ |")
            # (a Markdown table names its columns in the row above its |---| line, however long
            # the names: "Avancement au 31 octobre 2025")
            elif rows == 1 + captioned and following and (
                _looks_like_header(cells, first_named=not following[0])
                or (_is_separator(following) and any(cells))
                or _names_figures_below(cells, following)
            ):
                names, header = cells, _spanned(cells)
            elif (rows == 2 + captioned and header and following and len(cells) == len(header)
                  and "" in names + cells and _looks_like_header(cells, first_named=False)):
                header = _stacked(header, cells)
            else:
                blocks.append(Block("row", begin, end, section, group=group, header=header))
                previous = "row"
                continue
            blocks.append(Block("row", begin, end, section, group=group))
            previous = "row"
        elif item:
            if previous != "item":
                group += 1
            while i < len(lines) and _wraps(text[begin:end], lines[i], item=True):
                end = starts[i] + len(lines[i].rstrip())
                i += 1
            blocks.append(Block("item", begin + item.end(), end, section, group=group))
            previous = "item"
        elif label is not None:
            if mission and not in_fields:
                section, in_fields = FIELDS_SECTION, True
            # A value may continue on the following plain lines of the same paragraph.
            while i < len(lines) and _continues(lines[i - 1], lines[i], paged[i]):
                end = starts[i] + len(lines[i].rstrip())
                i += 1
            blocks.append(Block("field", begin, end, section, label=label))
            previous = "field"
        else:
            previous = "sentence"
            while i < len(lines) and (_wraps(text[begin:end], lines[i])
                                      or _hard_wrapped(lines[i - 1], lines[i])):  # fmt: skip
                end = starts[i] + len(lines[i].rstrip())
                i += 1
            if blank_before and _asks_what_follows(text[begin:end], lines, i):
                # An interviewer's question or a FAQ's ("Que faites-vous ?") heads the answer
                # under it: it is never quoted, and the answer's sentences sit in its section.
                section, in_fields, previous = " ".join(text[begin:end].split()), False, ""
                blocks.append(Block("heading", begin, end, section))
                continue
            offset = begin
            for piece in _SENTENCE_SPLIT.split(text[begin:end]):
                at = text.find(piece, offset)
                if at < 0:
                    continue
                offset = at + len(piece)
                if len(piece.strip()) > 2:
                    blocks.append(Block("sentence", at, at + len(piece), section))
    return without_title(blocks, title)


# How far into a document its title may sit (below a masthead and a navigation bar).
TITLE_REACH = 1000
# Lines of a letterhead: the bodies and the project a record is of, in capitals, above its title.
LETTERHEAD_LINES = 4
# Page furniture above a title: short lines that are no sentence ("AHT PRESSE — ...", "Dépêches |
# Logement social | Abonnés", "(prorogé par avenant en 2019)").
_FURNITURE_WORDS = 15


def _furniture(text: str, block: Block) -> bool:
    said = text[block.start : block.end].strip()
    return len(said.split()) <= _FURNITURE_WORDS and not said.endswith(_SENTENCE_END)


def _title_words(text: str) -> str:
    """A title's words as compared with the lines that hold it: spacing, a markdown heading's
    marks and the dash metadata puts between a sheet's number and its name do not count."""
    return " ".join(w for w in text.split() if w not in ("–", "—", "-") and set(w) != {"#"})


def _title_lines(lines: list[str], first: int, title: str, most: int = 3) -> int:
    """The index after the last of the lines from `first` that together read as the title
    (spacing aside), or 0 when they do not: at most `most` lines, or a letterhead's capital
    lines and the headline under them, blank lines between (ingest/metadata.py titles a record
    so: "ORVÉANE HABITAT – ... – COMMUNIQUÉ DE PRESSE – Rénovation énergétique : ...")."""
    wanted = _title_words(title)
    read = ""
    taken: list[str] = []
    for j in range(first, len(lines)):
        line = lines[j].strip()
        if not line:
            continue
        letterhead = bool(taken) and all(t == t.upper() for t in taken)
        if len(taken) >= (LETTERHEAD_LINES + 1 if letterhead else most):
            return 0
        taken.append(line)
        read = _title_words(f"{read} {line}")
        if read == wanted:
            return j + 1
        if not wanted.startswith(read):
            return 0
    return 0


def without_title(blocks: list[Block], title: str) -> list[Block]:
    """The blocks with the document's title line opening no section: what sits under it is
    before any heading. (Metadata reads the blocks before the title is known.)"""
    if not title:
        return blocks
    return [replace(b, section="") if b.section == title else b for b in blocks]


# The longest question that heads its answer (an interviewer's may restate a point first: "Le
# point de deal au pied de la tour inquiète les riverains. Que faites-vous ?").
MAX_ASKING = 250


_MORE_THAN_ONE_SENTENCE = re.compile(r"[.!?…]\s+\S")


def _asks_what_follows(paragraph: str, lines: list[str], after: int) -> bool:
    """A paragraph that ends on a question mark and is followed, after a blank line, by one
    that does not: a question and its answer (an interview, a FAQ). A run of questions (a
    questionnaire, a list of evaluation questions) heads nothing."""
    said = paragraph.strip()
    if not said.endswith("?") or len(said) > MAX_ASKING or after >= len(lines):
        return False
    if _MORE_THAN_ONE_SENTENCE.search(said):
        return False  # a message's request ("Merci pour ces éléments. Pouvez-vous ... ?")
    if lines[after].strip():
        return False  # not a paragraph of its own
    following = next((ln.strip() for ln in lines[after:] if ln.strip()), "")
    return bool(following) and not following.endswith("?") and not is_heading(following, True)


def _wraps(before: str, line: str, item: bool = False) -> bool:
    """Does `line` carry on a sentence the text before it leaves open (a paragraph or list item
    wrapped over lines, as PDF text and hard-wrapped files are)? The text before ends without a
    sentence's closing mark and the line starts in lower case or with a number, as no heading,
    field or new item does. A list item's colon leaves it open too: what follows in lower case
    is its value ("- Réhabilitation de la résidence Renoir par Sémerval Habitat :" / "chantier
    commencé en octobre 2024 ..."), not a list of its own, which would have its markers."""
    stripped = line.strip()
    closed = _CLOSED.search(before)
    return bool(
        stripped
        and not (closed and not (item and closed.group().strip() == ":"))
        and _WRAPPED_START.match(stripped)
        and not _LIST_ITEM.match(stripped)
        and table_cells(line) is None
    )


# A line this long that ends open was cut at the page's width (PDF text).
_WRAP_WIDTH = 70


def _hard_wrapped(before: str, line: str) -> bool:
    """Does `line` carry on a sentence cut at the page's width, though it opens with a capital
    ("... confiée au cabinet Atelier Horizons" / "Sociaux : 146 ménages ont été rencontrés")?
    The line before is long and ends open; the line is no item, row, heading or mission field."""
    stripped = line.strip()
    label = LABEL_LINE.match(line)
    return bool(
        stripped
        and len(before.strip()) >= _WRAP_WIDTH
        and not _CLOSED.search(before)
        and not _LIST_ITEM.match(stripped)
        and table_cells(line) is None
        and not stripped.startswith("#")
        and not (label and label_key(label.group("label")) in MISSION_LABELS)
    )


_CLOSED = re.compile(r"[.!?:;…»\"”)]\s*$")
_WRAPPED_START = re.compile(r"[a-zà-ÿ0-9(«\"]")


def _continues(before: str, line: str, paged: bool = False) -> bool:
    """Does this line continue the field above it (same paragraph, plain text)? In a paragraph,
    any plain line does ("Financement : ville, bailleur" / "Abattement TFPB"). A page's text laid
    out with no blank line between paragraphs (`paged`, a PDF's) holds many paragraphs in one:
    there a line goes on with the field only when it opens in lower case or with a number, or
    carries on a line cut at the page's width (`_hard_wrapped`); a line opening with a capital
    after a field that fits on its line starts something else, a heading and its paragraph
    ("Volet habitat du projet : 38 M€ HT (...)" / "Enjeux de la mission" / "Construit entre
    1966 ..."), or the next field of a list whose labels are long ("Coût annuel : 155 000 €" /
    "Poste de manager de commerce : 52 000 €")."""
    stripped = line.strip()
    return bool(
        stripped
        and not _LIST_ITEM.match(stripped)
        and not LABEL_LINE.match(line)
        and table_cells(line) is None
        and not stripped.startswith("#")
        and (not paged or _WRAPPED_START.match(stripped) or _hard_wrapped(before, line))
    )


# A run of more lines than this without a blank line is a page laid out without paragraph
# breaks (a PDF's text), not one paragraph.
_PARAGRAPH_LINES = 12


def _paged_lines(lines: list[str]) -> list[bool]:
    """For each line, whether it sits in a run of non-blank lines longer than a paragraph."""
    paged = [False] * len(lines)
    start = 0
    for n in range(len(lines) + 1):
        if n == len(lines) or not lines[n].strip():
            if n - start > _PARAGRAPH_LINES:
                paged[start:n] = [True] * (n - start)
            start = n + 1
    return paged
