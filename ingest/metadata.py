"""Title, document type and structured metadata from cleaned text.

Mission sheets carry labelled fields ("Type de mission : ...", "Montant du projet : 157 M€")
that become structured metadata, amounts and programme figures also as numbers; articles carry a
byline ("Publié le 01/03/2009 • Par ...") and an outlet; action sheets a numbered heading.
Each parsed mission field also records the character span it came from, so a precedent can cite it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ingest.blocks import (
    LABEL_LINE,
    LETTERHEAD_LINES,
    MISSION_LABELS,
    Block,
    label_key,
    parse_blocks,
)
from ingest.normalize import MONTH_NUMBERS, fold_accents
from ingest.records import Document

# A French month's name, as dates write it (accents optional).
_MONTH = (r"(?P<m>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
          r"novembre|d[ée]cembre)")
_BYLINE_DATE = re.compile(r"Publi[ée] le\s+(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})")
# The same written out: "Publié le 3 mai 2023 à 07h15", "Publié le lundi 1er juin 2020".
_BYLINE_WRITTEN = re.compile(
    rf"Publi[ée] le\s+(?:[a-z]+\s+)?(?P<d>\d{{1,2}})(?:er)?\s+{_MONTH}\s+(?P<y>\d{{4}})\b", re.I)
# A name's words are on one line: "Par Baptiste Larrieu" then a paragraph is no "Larrieu Dix".
_BYLINE_AUTHOR = re.compile(r"\bPar[ \t]+(?P<author>[A-ZÉÈ][\w'’-]+(?:[ \t]+[A-ZÉÈ][\w'’-]+){0,3})")
_BYLINE_RUBRIC = re.compile(r"\bdans\s*:\s*(?P<rubric>[^•\n]+)")
# A signature on a line of its own near the top ("Par Élise Darnaud", "Texte : Jérôme Vasselin –
# Photos : ...", "By Jane Doe"): the credit line of a press or magazine article.
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:Par|Texte[ \t]*:|Propos recueillis par|By)[ \t]+"
    r"(?P<author>[A-ZÉÈ][\w'’-]+(?:[ \t]+(?:de[ \t]+|d['’])?[A-ZÉÈ][\w'’-]+){1,3})[ \t]*"
    r"(?:[–—•|,-].*)?$",
    re.M,
)
CREDIT_CHARS = 1500
_ISO_DATE = re.compile(r"^(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})")
_OUTLET_LINE = re.compile(r"^\s*(?:Vu dans|Paru dans|Source\s*:)\s*(?P<outlet>.+?)\s*$", re.M)
# A magazine's running header (PDF pages): its name before the issue number, and its date
# ("Cités & Habitat – n° 212 – Septembre 2012 – Renouvellement urbain").
_ISSUE_HEADER = re.compile(r"^(?P<outlet>.+?)[\s–—•|,-]*\b(?:n[°o]|num[ée]ro)\s*\d+", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_SITE_NAME = re.compile(r"\b(?P<site>(?:[A-Z][a-z]+)?[A-Z][A-Za-z]+\.(?:fr|com|org|net|eu))\b")
# The sheet's own line, under the contract's banner or not: "FICHE 2.1.5", "FICHE ACTION N° 2.3.1",
# "## Fiche action n° 4 : Relogement des ménages du Bois-Joli".
_ACTION_SHEET = re.compile(
    r"^[ \t]*(?:#+[ \t]*)?FICHE[ \t]+(?:ACTION[ \t]+)?(?:N[°o][ \t]*)?(?P<num>\d+(?:\.\d+)*)\b"
    r"(?P<rest>[^\n]*)",
    re.I | re.M,
)
# A press dateline opening the lead: "Montclavel-les-Salines, 4 octobre 2017 (AHT Presse) — ...".
_DATELINE = re.compile(
    rf"^[A-ZÀ-Ý][\w'’ -]{{1,60}},\s+(?:le\s+)?(?P<d>\d{{1,2}})(?:er)?\s+{_MONTH}\s+(?P<y>\d{{4}})\b"
    r"(?:\s*\((?P<outlet>[^)\n]{1,60})\))?\s*[—–-]",
    re.M | re.I,
)
# An action sheet says so at its top ("CONTRAT DE VILLE DE ...", "Fiche action n° 4"); an
# article that mentions the contract of the city further down is not one.
_ACTION_HEAD = re.compile(r"contrat de ville|fiche (?:action|orientation)", re.I)
HEAD_CHARS = 300
_POPULATION = re.compile(r"(?P<n>\d{1,3}(?:[ \u00a0\u202f]?\d{3})+|\d+)\s*habitants", re.IGNORECASE)

_MULTIPLIERS = {
    "md": 1e9, "mds": 1e9, "milliard": 1e9, "milliards": 1e9, "mrd": 1e9,
    "m": 1e6, "million": 1e6, "millions": 1e6, "meur": 1e6,
    "k": 1e3, "millier": 1e3, "milliers": 1e3,
}  # fmt: skip


@dataclass
class Extracted:
    title: str
    doc_type: str
    metadata: dict[str, Any] = field(default_factory=dict)


def parse_number(text: str) -> float | None:
    """'38 495' -> 38495, '2102' -> 2102, '1,5' -> 1.5. None when no number."""
    match = re.search(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?", text)
    if not match:
        return None
    raw = match.group()
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?", raw):
        raw = re.sub(r"[ \u00a0\u202f.]", "", raw)
    return float(raw.replace(",", "."))


def parse_amount(text: str) -> float | None:
    """'157 M€' -> 157e6, '167 millions € TTC' -> 167e6, '1,5 Md€' -> 1.5e9, '450 000 €' -> 450e3."""
    match = re.search(
        r"(?P<n>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s*"
        r"(?P<unit>milliards?|mds?|mrd|md|millions?|meur|m|milliers?|k)?\s*(?:d['’]\s*)?(?:€|eur|euros?)?",
        fold_accents(text).lower(),
    )
    if not match:
        return None
    number = parse_number(match.group("n"))
    if number is None:
        return None
    unit = match.group("unit")
    value = number * _MULTIPLIERS.get(unit, 1.0) if unit else number
    return float(round(value, 2))


def parse_programme(text: str) -> dict[str, int]:
    """'144 démolitions, 351 constructions, 2102 résidentialisations' -> {'démolitions': 144, ...}."""
    figures: dict[str, int] = {}
    for match in re.finditer(
        r"(?P<n>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)\s+(?P<what>[^\W\d_][\w'’-]*)", text
    ):
        number = parse_number(match.group("n"))
        if number is not None:
            figures[match.group("what").lower()] = int(number)
    return figures


def parse_years(text: str) -> tuple[list[int], int | None]:
    """'2012 (8 mois)' -> ([2012], 8); '2010-2012' -> ([2010, 2011, 2012], None)."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", text)]
    span = re.search(r"\b((?:19|20)\d{2})\s*[-–à]\s*((?:19|20)\d{2})\b", text)
    if span and int(span.group(1)) <= int(span.group(2)) <= int(span.group(1)) + 30:
        years = list(range(int(span.group(1)), int(span.group(2)) + 1))
    months = re.search(r"(\d+)\s*mois", text)
    return sorted(set(years)), int(months.group(1)) if months else None


def split_top_level(text: str, *, also_on_et: bool = False) -> list[str]:
    """Split on commas that are not inside parentheses; optionally on ' et ' too."""
    parts, depth, current = [], 0, []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    out: list[str] = []
    for position, part in enumerate(parts):
        # "A, B et C": only the last items of an enumeration are joined by "et"; a first item
        # such as "Perspectives Urbaines et Sociales" is one name.
        pieces = _split_outside_brackets(part, r"\s+et\s+") if also_on_et and position > 0 else [part]
        out.extend(p.strip(" .;\n") for p in pieces)
    return [p for p in out if p]


def _split_outside_brackets(text: str, pattern: str) -> list[str]:
    """`text` split where `pattern` matches outside parentheses and brackets ("(bureau d'études
    VRD et hydraulique)" stays whole)."""
    depth, level = 0, []
    for char in text:
        depth += char in "(["
        level.append(depth)
        depth = max(0, depth - (char in ")]"))
    pieces, start = [], 0
    for match in re.finditer(pattern, text):
        if level[match.start()] == 0:
            pieces.append(text[start : match.start()])
            start = match.end()
    return [*pieces, text[start:]]


def team_members(text: str) -> list[str]:
    """A team field's members: split at semicolons, then at commas and a last "et"; after a
    comma, a piece in lower case is the role of the member before it ("Gaëlle Le Bihan,
    directrice de mission ; Yannick Quéméner, chargé d'études" is two members with their roles)."""
    members: list[str] = []
    for piece in text.split(";"):
        for n, part in enumerate(split_top_level(piece, also_on_et=True)):
            if n and part[:1].islower():
                members[-1] = f"{members[-1]}, {part}"
            else:
                members.append(part)
    return members


def parse_site(text: str) -> dict[str, Any]:
    """'Bagneux (38 495 habitants) quartier des Tertres' -> town, population, neighbourhood."""
    site: dict[str, Any] = {}
    flat = " ".join(text.split())
    town = re.match(r"\s*([^,(\n]+?)\s*(?:[,(]|$|\bquartiers?\b)", flat)
    if town:
        site["town"] = town.group(1).strip()
    pop = _POPULATION.search(flat)
    if pop:
        site["population"] = int(parse_number(pop.group("n")) or 0)
    quarter = re.search(r"\b(quartiers?)\s+(?:prioritaires?\s+)?((?:du|de la|des|de l['’]|d['’]|de)"
                        r"\s*[^,;()]+)", flat)  # fmt: skip
    if quarter:  # "quartier prioritaire du Mas-Rouvray": "quartier du Mas-Rouvray"
        site["neighbourhood"] = f"{quarter.group(1)} {quarter.group(2)}".strip(" .")
    return site


def _mission_fields(text: str, blocks: Sequence[Block]) -> tuple[dict[str, str], dict[str, list[int]]]:
    """Mission fields (the first of each key) with their values and [start, end] spans; the
    components are the items of the list that follows their label."""
    values: dict[str, str] = {}
    spans: dict[str, list[int]] = {}
    for n, b in enumerate(blocks):
        key = MISSION_LABELS.get(label_key(b.label)) if b.kind == "field" else None
        if not key or key in values:
            continue
        first, *rest = text[b.start : b.end].split("\n")
        match = LABEL_LINE.match(first)
        parts = [match.group("value").strip() if match else first.strip()]
        parts += [line.strip() for line in rest]
        end = b.end
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        if (not any(parts) and key != "components_text" and following is not None
                and following.kind == "item"
                and text.count("\n", b.end, following.start) == 1):  # the very next line
            # A definition list exported as a list: "- Site :" then "- Bagneux (92)".
            parts = [text[following.start : following.end].strip()]
            end = following.end
        if key == "components_text":
            items = []
            for following in blocks[n + 1 :]:
                if following.kind != "item" or (items and following.group != items[0].group):
                    break
                items.append(following)
            parts += [text[i.start : i.end].strip() for i in items]
            end = items[-1].end if items else end
            value = "\n".join(p for p in parts if p)
        else:
            value = " ".join(p for p in parts if p)
        values[key] = value
        spans[key.removesuffix("_text")] = [b.start, end]
    return values, spans


# A title line that ends with one of these words goes on over the next line (a PDF wraps its
# title as it wraps any line: "... du PRU de la cité du" / "Puits-Sainte-Barbe – Marquelles").
_TITLE_CONTINUES = re.compile(
    r"(?:\b(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux|et|en|sur|pour|par|of|the|and|in|for)|[–—-])$",
    re.IGNORECASE,
)


LETTERHEAD_LINE_CHARS = 90


def _first_title_line(text: str) -> str:
    """The document's title: its first line, with the lines it wraps onto; the first heading
    when only a line of a few words comes before it (a kind of document, "FICHE MISSION", above
    "# Assistance à maîtrise d'ouvrage ..."); a letterhead's capital lines together
    ("COMMUNAUTÉ D'AGGLOMÉRATION ... – PROJET DE RENOUVELLEMENT URBAIN DES COUDRETTES – COMITÉ DE
    PILOTAGE DU 20 NOVEMBRE 2025 – COMPTE RENDU"), so the title names what the record is of."""
    raw = [line.strip() for line in text.split("\n")]
    filled = [line for line in raw if line]
    if (len(filled) > 1 and not filled[0].startswith("#") and len(filled[0].split()) <= 4
            and filled[1].startswith("# ")):  # fmt: skip
        return filled[1].lstrip("#").strip()
    letterhead = []
    for line in filled[:LETTERHEAD_LINES]:
        if line.startswith("#") or len(line) > LETTERHEAD_LINE_CHARS or line != line.upper():
            break
        if not any(ch.isalpha() for ch in line):
            break
        letterhead.append(line)
    if len(letterhead) > 1:
        return " – ".join(letterhead)
    lines = [line.strip().lstrip("#").strip() for line in raw]
    for i, line in enumerate(lines):
        if not line:
            continue
        title = line
        for following in lines[i + 1 : i + 3]:
            if not _wraps_title(title, following):
                break
            title = f"{title} {following}"
        return title
    return ""


# A council's deliberation: its number, then its "Objet :" line (or, in a PDF, the lines after
# the number), under the body's letterhead.
_DELIBERATION_NUMBER = re.compile(r"^[#*\s]*(Délibération\s+n[°o]\s*[\w./-]+)[*\s]*$",
                                  re.IGNORECASE | re.MULTILINE)  # fmt: skip
_OBJECT_LINE = re.compile(r"^[#*\s]*Objet\s*\**\s*:\s*\**\s*(?P<object>\S.*?)[*\s]*$",
                          re.IGNORECASE | re.MULTILINE)  # fmt: skip
# A press release's heading line; its headline follows it, before or after its dateline.
_PRESS_RELEASE = re.compile(r"^[#*\s]*communiqué de presse[*\s]*$", re.IGNORECASE | re.MULTILINE)
_RELEASE_DATELINE = re.compile(r"^[^,\n]{2,40}, le \d{1,2}(?:er)?\s+\w+\s+\d{4}\s*$")
RECORD_HEAD_CHARS = 1500
HEADLINE_WORDS = (4, 40)


def _record_title(text: str, title: str) -> str:
    """A record titled by its letterhead alone ("VILLE DE BÉRENSAC", "PRÉFET DE LA DORDOGNE")
    is titled by what it is about too: a deliberation by its number and object, a press release
    by its headline. Other titles are kept."""
    head = text[:RECORD_HEAD_CHARS]
    number = _DELIBERATION_NUMBER.search(head)
    if number and "délibération n" not in title.casefold():
        found = _OBJECT_LINE.search(head, number.end())
        if found:
            about = found.group("object")
        else:  # a PDF: the lines after the number, as a title wraps
            lines = [ln.strip() for ln in head[number.end() :].split("\n") if ln.strip()]
            about = lines[0] if lines and "|" not in lines[0] and ":" not in lines[0] else ""
            for following in lines[1:3] if about else []:
                if not _wraps_title(about, following):
                    break
                about = f"{about} {following}"
        return " – ".join(p for p in (title, number.group(1).strip(), about.strip()) if p)
    release = _PRESS_RELEASE.search(head)
    if release:
        lines = [ln.strip().strip("#*").strip() for ln in head[release.end() :].split("\n")]
        headline = next((ln for ln in lines if ln and not _RELEASE_DATELINE.match(ln)), "")
        low, high = HEADLINE_WORDS
        if low <= len(headline.split()) <= high and not headline.endswith(".") and headline not in title:
            return f"{title} – {headline}"
    return title


# A banner naming the kind of document ("Craie & Compas – Fiche mission", "ORSANE CONSEIL –
# ... – FICHE MISSION"), not the mission.
_MISSION_BANNER = re.compile(r"\bfiche\s+mission\s*$", re.IGNORECASE)
SUBTITLE_WORDS = 12


def _mission_title(text: str, title: str) -> str:
    """A mission sheet titled by its firm's banner is titled by the firm, the mission's own
    line after the banner (with the line it wraps onto), and the short line naming its place
    after that one ("Quartier de la Breuvière – Saulxeroy (Meuse)")."""
    if not _MISSION_BANNER.search(title):
        return title
    lines = [ln.strip().lstrip("#").strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    banner = next((n for n, ln in enumerate(lines[:LETTERHEAD_LINES]) if _MISSION_BANNER.search(ln)), 0)
    rest = lines[banner + 1 :]
    if not rest or ":" in rest[0] or "|" in rest[0]:
        return title
    mission, following = rest[0], rest[1:3]
    for line in following:
        if not _wraps_title(mission, line):
            break
        mission = f"{mission} {line}"
        following = following[1:]
    if following:
        after = following[0]
        if (len(after.split()) <= SUBTITLE_WORDS and not re.search(r"[:|\d]", after)
                and not after.endswith(".")):  # fmt: skip
            mission = f"{mission} – {after}"
    # The firm the banner names first stays: questions name it ("How much is Quadrivia paid?").
    firm = re.split(r"\s[–—-]\s", lines[0], maxsplit=1)[0].strip()
    return f"{firm} – {mission}" if firm and not _MISSION_BANNER.search(firm) else mission


def _action_title(text: str, action: re.Match[str]) -> str:
    """An action sheet's own title, not its contract's banner above it: the sheet's line, with
    the line after it when that line gives only the number ("FICHE ACTION N° 2.3.1" then
    "ACCOMPAGNER LA TRANSFORMATION DES CHENES-VERTS ...")."""
    line = action.group(0).strip().lstrip("#").strip()
    lines = [ln.strip().lstrip("#").strip() for ln in text[action.end() :].split("\n")]
    lines = [ln for ln in lines if ln]
    if re.search(r"\w", action.group("rest")):
        # The sheet's line names it; a PDF may wrap it ("... centre de santé des" /
        # "Combettes").
        for following in lines[:2]:
            if not _wraps_title(line, following):
                break
            line = f"{line} {following}"
        return line
    if not lines:
        return line
    title = lines[0]
    for following in lines[1:3]:
        if not _wraps_title(title, following):
            break
        title = f"{title} {following}"
    return f"{line} – {title}"


def _wraps_title(title: str, following: str) -> bool:
    """Does a title go on on the next line: it ends on a word that needs more ("... du PRU de la
    cité du"), or the next line starts in lower case ("... pendant et après la réhabilitation" /
    "de leurs logements")? Never onto a labelled line."""
    if not following or ":" in following:
        return False
    return bool(_TITLE_CONTINUES.search(title)) or following[0].islower()


def _dated_web_page(loader_meta: dict[str, Any]) -> bool:
    """A web page (the loader's format) whose extractor found a publication date, or a Markdown
    export whose front matter gives one with an author or an outlet: a published article, even
    without a byline in its text."""
    front = bool(loader_meta.get("front_matter")) and bool(
        loader_meta.get("author") or loader_meta.get("sitename"))  # a byline's, not a file's date
    return bool(loader_meta.get("date")) and (loader_meta.get("format") == "html" or front)


# A Markdown headline (the loaders keep a document's "# " heading) near the top: an article
# may open on its outlet's masthead or a rubric line before it.
_HEADLINE = re.compile(r"^#\s+(\S.*)$", re.MULTILINE)
HEADLINE_CHARS = 1000


# A line of the page around the article, not its headline: a share bar or a breadcrumb
# ("Partager : Facebook | X | LinkedIn", "Accueil > Ville > Urbanisme"), a byline ("Par ...").
_PAGE_FURNITURE = re.compile(r"\s[|>]\s|^(?:Par|By)\s")


def _article_title(text: str, loader_meta: dict[str, Any]) -> str:
    given = str(loader_meta.get("title") or "").strip()
    if given and not _names_the_issue(given, str(loader_meta.get("running_header") or "")):
        return given
    headline = _HEADLINE.search(text[:HEADLINE_CHARS])
    if headline:
        return headline.group(1).strip()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    for idx, para in enumerate(paragraphs):
        # The title sits just before the byline or the outlet line, above any standfirst.
        if (para.startswith(("Publié le", "Publie le")) or _OUTLET_LINE.match(para)
                or _DATELINE.match(para)):
            for candidate in reversed(paragraphs[:idx]):
                words = candidate.split()
                if _OUTLET_LINE.match(candidate) or "\n" in candidate or _PAGE_FURNITURE.search(candidate):
                    continue
                if len(words) <= 20 and not candidate.endswith("."):
                    return candidate
            break
    return _first_title_line(_without_kicker(text))


def _names_the_issue(title: str, running_header: str) -> bool:
    """Does a PDF's own title (its info dictionary's) name the magazine's issue rather than the
    article ("Cap Quartiers n° 37 – Valcorbin, la Croix-Méline" under the running header "Cap
    Quartiers n° 37 – octobre 2023")? Its first part is the running header's."""
    first = re.split(r"\s[–—-]\s", title, maxsplit=1)[0].strip().casefold()
    return len(first.split()) >= 2 and first in running_header.casefold()


def _without_kicker(text: str) -> str:
    """An article's text without the rubric line above its headline ("TERRITOIRES EN PROJET |
    VALCORBIN (CROIX-MÉLINE)"): a first line in capitals only, followed by one that is not."""
    lines = text.lstrip().split("\n", 2)
    if len(lines) >= 2 and lines[0].isupper() and not lines[1].isupper() and lines[1].strip():
        return "\n".join(lines[1:])
    return text


def extract_metadata(
    text: str, *, blocks: Sequence[Block] | None = None, raw_text: str = "",
    loader_metadata: dict[str, Any] | None = None,
) -> Extracted:
    """Title, doc_type and metadata of a cleaned document, read from its blocks (parsed here when
    the caller has none); raw_text helps find the outlet."""
    loader_meta = dict(loader_metadata or {})
    if blocks is None:
        blocks = parse_blocks(text)
    values, spans = _mission_fields(text, blocks)
    action = _ACTION_SHEET.search(text[:HEAD_CHARS])
    is_mission = len({"mission_type", "client", "site_text", "team_text", "actors_text",
                      "amount_text", "components_text"} & values.keys()) >= 3  # fmt: skip
    meta: dict[str, Any] = {k: v for k, v in loader_meta.items() if v not in (None, "")}

    if is_mission:
        doc_type = "mission_sheet"
        title = _mission_title(text, _first_title_line(text))
        meta.update(_structure_mission(values, text))
        meta["field_spans"] = spans
    elif action or _ACTION_HEAD.search(text[:HEAD_CHARS]):
        doc_type = "action_sheet"
        title = _action_title(text, action) if action else _first_title_line(text)
        meta.update(_structure_action_sheet(text, action))
    elif (_BYLINE_DATE.search(text) or "Publié le" in text or _OUTLET_LINE.search(text)
          or _DATELINE.search(text[:HEADLINE_CHARS])
          or _dated_web_page(loader_meta) or _CREDIT_LINE.search(text[:CREDIT_CHARS])):
        doc_type = "article"
        title = _article_title(text, loader_meta)
        meta.update(_structure_article(text, raw_text or text, loader_meta, title))
        if not _plausible_author(str(meta.get("author", "Anonyme"))):
            meta.pop("author")  # the loader's, when it is no name
    else:
        doc_type = "other"
        title = str(loader_meta.get("title") or _first_title_line(text))
    if doc_type not in ("mission_sheet", "action_sheet"):
        title = _record_title(text, title)
    # A document dated by its own metadata (a Markdown front matter's date, a web page's) is
    # of that year, whatever its kind.
    if "years" not in meta and (iso := _ISO_DATE.match(str(loader_meta.get("date") or ""))):
        meta["years"] = [int(iso.group("y"))]
    title = unicodedata.normalize("NFC", " ".join(title.split()))[:300]
    return Extracted(title=title or "(sans titre)", doc_type=doc_type, metadata=meta)


_NEIGHBOURHOOD_WORDS = r"(?:quartiers?|cit[ée]s?|r[ée]sidences?)\s+(?:du|de la|des|de l['’]|d['’]|de)\s*"
_NEIGHBOURHOOD_PREFIX = re.compile("^" + _NEIGHBOURHOOD_WORDS, re.IGNORECASE)
SITE_IN_TITLE = 3  # a place named in the title counts as much as this many mentions in the text
# A second town scoring at least this share of the first one's: the document is about both.
SEVERAL_TOWNS_SHARE = 0.5
# A press headline that opens with its place: "Castelrives : 214 millions d'euros ...", after
# a rubric and a dash in "Expérience locale – Valenciennes métropole : A projet atypique ...".
_HEADLINE_PLACE = re.compile(r"^(?:[^:–—]{1,80}\s[–—]\s)?(?P<place>[^:–—]{2,60}?)\s?:\s")
# The lower-case words a French place name may hold: articles and prepositions
# ("Ferrandières-sur-Loing", "Pays de Vallauriac"), and the nouns of an intercommunal body
# written after its town ("Valenciennes métropole"), which are not part of the town's name.
_PLACE_CONNECTORS = frozenset("de du des d la le les l sur sous en lez et aux au".split())
_INTERCOMMUNAL = frozenset("metropole agglomeration agglo communaute".split())


def headline_place(title: str) -> tuple[str, str] | None:
    """(site, town) named by a headline that opens with a place, or None: every word of the
    place is capitalised (not an acronym) but its articles and prepositions, it has at most
    four words and no digit. The town drops an intercommunal body's noun written after it
    ("Valenciennes métropole" → "Valenciennes")."""
    match = _HEADLINE_PLACE.match(title.strip())
    if not match:
        return None
    place = " ".join(match.group("place").split())
    words = [w for w in re.split(r"[\s'’-]+", place) if w]
    if not words or len(place.split()) > 4 or any(ch.isdigit() for ch in place):
        return None
    folded = [fold_accents(w).lower() for w in words]
    if not words[0][:1].isupper() or folded[0] in _INTERCOMMUNAL:
        return None
    if any(len(w) > 1 and w.isupper() for w in words):
        return None  # an acronym names a body ("ANRU : un bilan"), not a place
    if not all(w[:1].isupper() or f in _PLACE_CONNECTORS | _INTERCOMMUNAL
               for w, f in zip(words, folded, strict=True)):  # fmt: skip
        return None
    town = place.split()
    while town and fold_accents(town[-1]).lower() in _INTERCOMMUNAL:
        town.pop()
    return place, " ".join(town)


def _mentions(name: str, text: str) -> int:
    pattern = r"(?<![\w-])" + re.escape(fold_accents(name).lower()) + r"(?![\w-])"
    return len(re.findall(pattern, text))


def assign_sites(documents: list[Document]) -> None:
    """Town, neighbourhood and site for the documents whose own fields do not give them
    (articles, action sheets), from the places the corpus' mission sheets name: the town most
    mentioned in the title (or the document's own site text) and the text, a neighbourhood
    counting for its town, if it is mentioned twice at least. A document about a place no
    mission sheet names takes the place it names itself (`_own_place`). Every
    document's metadata is updated in place; the keys set this way are listed under
    ``from_corpus``, so that a later ingest recomputes them and they are told apart from a
    document's own fields."""
    towns: set[str] = set()
    neighbourhoods: dict[str, str] = {}
    for doc in documents:
        meta = doc.metadata
        for key in meta.pop("from_corpus", []):
            meta.pop(key, None)  # recomputed below, from this corpus
        if meta.get("town"):
            towns.add(meta["town"])
            if meta.get("neighbourhood"):
                bare = _NEIGHBOURHOOD_PREFIX.sub("", meta["neighbourhood"]).strip()
                if bare:
                    neighbourhoods[bare] = meta["town"]
    for doc in documents:
        meta = doc.metadata
        if meta.get("town"):
            continue
        if not towns:
            _own_place(doc)
            continue
        # The title, and the document's own site (an action sheet's lead), weigh more.
        title = fold_accents(f"{doc.title}\n{meta.get('site') or ''}").lower()
        text = fold_accents(doc.text).lower()
        score = {t: SITE_IN_TITLE * _mentions(t, title) + _mentions(t, text) for t in towns}
        named = {n: SITE_IN_TITLE * _mentions(n, title) + _mentions(n, text)
                 for n in neighbourhoods}  # fmt: skip
        for name, count in named.items():
            score[neighbourhoods[name]] += count
        town = max(sorted(score), key=lambda t: score[t])
        if score[town] < 2:
            _own_place(doc)
            continue
        runner_up = max((v for t, v in score.items() if t != town), default=0)
        if runner_up >= 2 and runner_up >= SEVERAL_TOWNS_SHARE * score[town]:
            continue  # about several towns (a landlord's report on two neighbourhoods): none
        meta["town"], added = town, ["town"]
        if not meta.get("site"):
            meta["site"] = town
            added.append("site")
        hood = max((n for n in named if neighbourhoods[n] == town and named[n]),
                   key=lambda n: named[n], default=None)  # fmt: skip
        if hood and not meta.get("neighbourhood"):
            meta["neighbourhood"] = hood
            added.append("neighbourhood")
        meta["from_corpus"] = added


def _own_place(doc: Document) -> None:
    """Town, site and neighbourhood from the document itself, for a place no mission sheet of
    the corpus names: an article's headline place (`headline_place`, `leading_place`), an
    action sheet's contract ("CONTRAT DE VILLE DE MALVIGNÉ AGGLOMÉRATION 2016-2022":
    `contract_territory`), and the neighbourhood the text names most ("le quartier des
    Vanneaux", at least twice). A headline place the text calls a neighbourhood ("Les
    Vanneaux : ..." and "le quartier des Vanneaux") is the neighbourhood only."""
    named = None
    if doc.doc_type == "article":
        named = headline_place(doc.title) or leading_place(doc.title, doc.text)
        if named and _common_words(named[0], doc.text):
            return  # "Action Logement : ...": the text writes "logement" in lower case
    elif doc.doc_type == "action_sheet":
        named = contract_territory(doc.text)
    if not named:
        return
    meta = doc.metadata
    bare = _LEADING_ARTICLE.sub("", named[0])
    if re.search(r"\b" + _NEIGHBOURHOOD_WORDS + re.escape(bare) + r"(?![\w-])", doc.text,
                 re.IGNORECASE):  # fmt: skip
        # "Le Coteau-Blanc : la tour A2 tombe" about "le quartier du Coteau-Blanc": a
        # neighbourhood, whose town the headline does not say.
        if not meta.get("neighbourhood"):
            meta["neighbourhood"] = bare
            meta["from_corpus"] = ["neighbourhood"]
        return
    added = ["town"]
    meta["town"] = named[1]
    if not meta.get("site"):
        meta["site"] = named[0]
        added.append("site")
    hood = named_neighbourhood(doc.text)
    if hood and not meta.get("neighbourhood"):
        meta["neighbourhood"] = hood
        added.append("neighbourhood")
    meta["from_corpus"] = added


# "CONTRAT DE VILLE DE LA COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE GUÉRERCY 2016-2023" (a title
# line): the contract's territory.
_CONTRACT = re.compile(
    r"^[ \t#]*contrat\s+de\s+ville\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’])"
    r"(?P<territory>[^\n()]+?)\s*(?:\d{4}\s*[-–]\s*\d{4}|\(|$)",
    re.IGNORECASE | re.MULTILINE,
)
_BODY_BEFORE = re.compile(
    r"^(?:(?:la\s+)?communaut[ée]\s+(?:d['’]agglom[ée]ration|urbaine|de\s+communes)|"
    r"(?:l['’])?agglom[ée]ration|(?:la\s+)?m[ée]tropole)\s+(?:du\s+|de\s+la\s+|des\s+|de\s+|d['’])",
    re.IGNORECASE,
)
# "le quartier des Vanneaux", "quartier de la Sablière": a capitalised name after the article.
_NEIGHBOURHOOD_PHRASE = re.compile(
    r"\bquartiers?\s+(?:du|de\s+la|des|de\s+l['’]|d['’]|de)\s*"
    r"(?P<name>[A-ZÉÈÂÎ][\w’'-]*(?:[ -](?:de|du|des|la|le|les|sur|sous|en)?[ -]?[A-ZÉÈÂÎ][\w’'-]*)*)"
)
_HEADLINE_WORD = re.compile(r"[\w'’-]+")
_LEADING_ARTICLE = re.compile(r"^(?:(?:les|le|la)\s+|l['’]\s*)", re.IGNORECASE)


def _common_words(name: str, text: str) -> bool:
    """Does the text write a word of the name (its articles, prepositions and intercommunal
    nouns aside) in lower case, as a common noun? A body ("Action Logement") or a theme then,
    not a place: a town's name is not a word of the language (a rare exception, "Tours",
    goes unnamed)."""
    for word in name.split():
        if fold_accents(word).lower() in _PLACE_CONNECTORS | _INTERCOMMUNAL:
            continue
        lower = word.lower()
        if lower != word and re.search(r"(?<![\w-])" + re.escape(lower) + r"(?![\w-])", text):
            return True
    return False


def contract_territory(text: str) -> tuple[str, str] | None:
    """(site, town) of an action sheet from its contract's title line, in the case the text
    writes its words ("GUÉRERCY" → "Guérercy"), an intercommunal body's nouns dropped:
    "... DE LA COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE GUÉRERCY 2016-2023" gives "Pays de
    Guérercy", "... DE MALVIGNÉ AGGLOMÉRATION 2016-2022" gives "Malvigné"."""
    match = _CONTRACT.search(text[:HEAD_CHARS])
    if not match:
        return None
    territory = _BODY_BEFORE.sub("", " ".join(match.group("territory").split()))
    words = territory.split()
    while words and fold_accents(words[-1]).lower() in _INTERCOMMUNAL:
        words.pop()
    if not words or len(words) > 6 or any(ch.isdigit() for ch in territory):
        return None
    place = " ".join(_as_written(w, text) for w in words)
    return place, place


def _as_written(word: str, text: str) -> str:
    """A word of an upper-case title as the text writes it elsewhere (not all in capitals),
    else capitalised, articles and prepositions in lower case."""
    if not word.isupper():
        return word
    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)
    for match in pattern.finditer(text):
        if not match.group().isupper():
            return match.group()
    parts = re.split(r"([-'’])", word.lower())
    return "".join(p if p in _PLACE_CONNECTORS or not p.isalpha() else p.capitalize()
                   for p in parts)  # fmt: skip


def leading_place(title: str, text: str) -> tuple[str, str] | None:
    """(site, town) of a headline that opens with a place name and a verb: "Rochemont-la-Garenne
    inaugure le parc des Magnolias". The name is the run of capitalised words at the start (with
    the articles and prepositions between them); being the headline's first word, it must read
    as a name: a compound of capitalised parts ("Faldignac-le-Vieux") or a word the text also
    capitalises in mid-sentence ("Vallauriac"), never an acronym or an article."""
    words: list[str] = []
    for match in _HEADLINE_WORD.finditer(title):
        word = match.group()
        if not (word[:1].isupper() or (words and fold_accents(word).lower() in _PLACE_CONNECTORS)):
            break
        words.append(word)
        if title[match.end() : match.end() + 1] in ",;:":
            break
    while words and fold_accents(words[-1]).lower() in _PLACE_CONNECTORS:
        words.pop()
    if not words or len(words) > 4 or any(w.isupper() and len(w) > 1 for w in words):
        return None
    first = re.split(r"['’]", words[0])[0]
    if fold_accents(first).lower() in _PLACE_CONNECTORS | _INTERCOMMUNAL | {"a", "aux", "au"}:
        return None
    place = " ".join(words)
    compound = "-" in words[0] and sum(p[:1].isupper() for p in words[0].split("-")) >= 2
    if not compound and not re.search(r"[\w,;] " + re.escape(place) + r"(?![\w-])", text):
        return None
    return place, place


def named_neighbourhood(text: str) -> str | None:
    """The neighbourhood a text names most ("le quartier des Vanneaux"), at least twice."""
    counts: dict[str, int] = {}
    for match in _NEIGHBOURHOOD_PHRASE.finditer(text):
        counts[match.group("name")] = counts.get(match.group("name"), 0) + 1
    best = max(sorted(counts), key=lambda n: counts[n], default=None)
    return best if best and counts[best] >= 2 else None


def _structure_mission(values: dict[str, str], text: str) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if "mission_type" in values:
        meta["mission_type"] = values["mission_type"]
    if "client" in values:
        meta["client"] = values["client"]
    if "years_text" in values:
        years, months = parse_years(values["years_text"])
        meta["years_text"] = values["years_text"]
        meta["years"] = years
        if months is not None:
            meta["duration_months"] = months
    if "site_text" in values:
        meta["site_text"] = values["site_text"]
        meta.update(parse_site(values["site_text"]))
        meta["site"] = meta.get("town", values["site_text"])
    if "population" not in meta:
        pop = re.search(r"(?:Ville|Commune|ville|commune) de\s+([\d  \u202f]+)\s*habitants", text)
        if pop:
            meta["population"] = int(parse_number(pop.group(1)) or 0)
    if "team_text" in values:
        meta["team"] = team_members(values["team_text"])
    if "actors_text" in values:
        meta["actors"] = split_top_level(values["actors_text"])
    if "amount_text" in values:
        meta["amount_text"] = values["amount_text"]
        amount = parse_amount(values["amount_text"])
        if amount is not None:
            meta["amount_eur"] = amount
    if "programme_text" in values:
        meta["programme_text"] = values["programme_text"]
        meta["programme"] = parse_programme(values["programme_text"])
    if "components_text" in values:
        meta["components"] = [c for c in values["components_text"].split("\n") if c.strip()]
    return meta


def _structure_article(text: str, raw_text: str, loader_meta: dict[str, Any] | None = None,
                       title: str = "") -> dict[str, Any]:
    """Publication date, author, rubric and outlet from the byline; what the byline lacks from
    the loader's metadata (a web page's date and site name) and a credit line."""
    loader_meta = loader_meta or {}
    meta: dict[str, Any] = {}
    running = str(loader_meta.get("running_header") or "")  # a PDF magazine's page header
    dateline = _DATELINE.search(text[:HEADLINE_CHARS])  # "Montclavel, 4 octobre 2017 (AHT Presse) —"
    date = _BYLINE_DATE.search(text) or _BYLINE_WRITTEN.search(text)
    if date:
        month = date.group("m")
        month = int(month) if month.isdigit() else MONTH_NUMBERS[fold_accents(month).lower()]
        meta["published"] = f"{date.group('y')}-{month:02d}-{int(date.group('d')):02d}"
        meta["years"] = [int(date.group("y"))]
        line = text[
            date.start() : text.find("\n", date.start())
            if "\n" in text[date.start() :]
            else len(text)
        ]
        author = _BYLINE_AUTHOR.search(line)
        if author:
            meta["author"] = author.group("author").strip()
        rubric = _BYLINE_RUBRIC.search(line)
        if rubric:
            meta["rubric"] = rubric.group("rubric").strip()
    elif iso := _ISO_DATE.match(str(loader_meta.get("date") or "")):
        meta["published"] = iso.group()
        meta["years"] = [int(iso.group("y"))]
    elif dateline:
        month = MONTH_NUMBERS[fold_accents(dateline.group("m")).lower()]
        meta["published"] = f"{dateline.group('y')}-{month:02d}-{int(dateline.group('d')):02d}"
        meta["years"] = [int(dateline.group("y"))]
    elif issue_date := _MONTH_YEAR.search(running):
        month = MONTH_NUMBERS[fold_accents(issue_date.group("m")).lower()]
        meta["published"] = f"{issue_date.group('y')}-{month:02d}"  # the issue's month
        meta["years"] = [int(issue_date.group("y"))]
    if "author" not in meta:
        credit = _CREDIT_LINE.search(text[:CREDIT_CHARS])
        if credit:
            meta["author"] = credit.group("author").strip()
        elif loader_meta.get("author"):
            # An extractor's author field may hold the whole byline: "Par X; Publié le ; ...".
            first = str(loader_meta["author"]).split(";")[0]
            name = re.sub(r"^\s*(?:Par|By)\s+", "", first).strip()
            if _plausible_author(name):
                meta["author"] = name
    outlet = _OUTLET_LINE.search(text)
    if outlet and not outlet.group(0).strip().startswith(("Vu dans", "Paru dans")):
        # "Source :" names an outlet at the top; further down, or under a table's rows, the
        # origin of the table's or a figure's data.
        above = text[: outlet.start()].rstrip().rsplit("\n", 1)[-1]
        outlet = outlet if outlet.start() < CREDIT_CHARS and " | " not in above else None
    sitename = " ".join(str(loader_meta.get("sitename") or "").split())
    issue = _ISSUE_HEADER.match(running)
    if outlet:
        meta["outlet"] = outlet.group("outlet")
    elif issue:
        meta["outlet"] = _magazine_name(issue.group("outlet"))
    elif dateline and dateline.group("outlet"):
        meta["outlet"] = dateline.group("outlet").strip()
    elif _plausible_outlet(sitename, title):
        meta["outlet"] = sitename
    else:
        site = _SITE_NAME.search(raw_text)
        if site:
            meta["outlet"] = site.group("site")
    return meta


def _magazine_name(text: str) -> str:
    """A running header's name, without its logo's capitals ahead of it ("CAP QUARTIERS Cap
    Quartiers": "Cap Quartiers") or a dash after it."""
    words = text.strip(" –—•|,-").split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and [w.upper() for w in words[:half]] == [
            w.upper() for w in words[half:]]:  # fmt: skip
        words = words[half:]
    return " ".join(words)


def _plausible_author(name: str) -> bool:
    """A name, not the rest of a byline an extractor took for one ("Publié le")."""
    return bool(re.fullmatch(r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,5}", name)) and not re.match(
        r"(?i)publi[ée]|mis à jour|updated|posted", name)


def _plausible_outlet(sitename: str, title: str) -> bool:
    """A web page's site name names its outlet unless the extractor took a headline for it."""
    if not sitename or len(sitename) > 60:
        return False
    folded, head = fold_accents(sitename).lower(), fold_accents(title).lower()
    return not head or (head[:40] not in folded and folded not in head)


def _structure_action_sheet(text: str, action: re.Match[str] | None) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if action:
        meta["sheet_number"] = action.group("num")
    banner = _CONTRACT.search(text[:HEAD_CHARS])
    if banner:  # the contract the sheet belongs to, above its own title
        line_end = text.find("\n", banner.start())
        line = text[banner.start() : line_end if line_end >= 0 else len(text)]
        meta["contract"] = " ".join(line.strip().lstrip("#").split())
    for name, key in (("Pilier", "pillar"), ("Axe", "axis")):
        found = re.search(rf"^\s*{name}\s+(\d+)", text, re.M)
        if found:
            meta[key] = int(found.group(1))
    enjeu = re.search(r"^\s*Enjeu\s*:\s*(.+)$", text, re.M)
    if enjeu:
        meta["enjeu"] = " ".join(enjeu.group(1).split())
    for heading, key in (("Animateur", "lead"), ("Calendrier", "schedule"),
                         ("Echelle Territoriale", "scale")):  # fmt: skip
        found = re.search(rf"^\s*{heading}\s*\n+\s*(.+)$", text, re.M | re.I)
        if found:
            meta[key] = found.group(1).strip()
    if "lead" in meta:
        meta["site"] = re.split(r"\s+en lien\b|,", meta["lead"])[0].strip()
    meta.update(_sheet_neighbourhood(text))
    return meta


# An action sheet's own field naming its neighbourhood, with its town in brackets: "Quartier |
# Les Combettes (Velmorin)", "Quartier prioritaire : Saint-Éloi (Morsange), 4 600 habitants".
_SHEET_NEIGHBOURHOOD = re.compile(
    r"^[ \t]*Quartiers?(?:[ \t]+(?:prioritaires?|concernés?|cibles?))?[ \t]*[|:][ \t]*"
    r"(?P<name>[^\n(,;|]+?)[ \t]*(?:\((?P<town>[^)\n]*)\))?[ \t]*(?:[,;|]|$)",
    re.IGNORECASE | re.MULTILINE,
)
SHEET_FIELDS_CHARS = 3000


def _sheet_neighbourhood(text: str) -> dict[str, Any]:
    """The neighbourhood, and the town when the field gives it in brackets, of an action
    sheet's "Quartier" field; a bracket that describes ("(quartier prioritaire ..., 6 900
    habitants)") gives no town."""
    found = _SHEET_NEIGHBOURHOOD.search(text[:SHEET_FIELDS_CHARS])
    if not found:
        return {}
    name = _LEADING_ARTICLE.sub("", found.group("name").strip())
    if re.search(r"\s(?:et|and)\s", name):
        return {}  # two neighbourhoods: the sheet is about neither alone
    out: dict[str, Any] = {"neighbourhood": name} if name else {}
    town = (found.group("town") or "").strip()
    if town and town[0].isupper() and not re.search(r"\d", town):
        out["town"] = town
    return out
