"""Turn extracted text into clean text: normalised lines, no export artefacts, no web chrome.

`clean(text)` is pure and idempotent. It works in two layers:

1. **Lines.** Unicode NFC; ``\\r\\n`` -> ``\\n``; no-break and thin spaces -> space; zero-width
   characters and soft hyphens dropped; ligatures (ﬁ, ﬂ...) spelled out; a word a PDF cut over
   two lines with a hyphen joined again when the document writes it whole elsewhere;
   Word/exporter artefacts such as ``[bookmark: _Toc…]`` or ``[image: …]`` removed; Markdown
   emphasis (``**``, ``__``) removed, text kept; indentation removed (in headings too); a run of
   decorative glyphs at line start (█ ■ ▶ ● · • → …, possibly after ``- ``) becomes one ``- ``
   bullet; runs of spaces collapsed; trailing spaces stripped. Lines made only of decorative
   glyphs or punctuation are dropped. ``#`` heading lines keep their ``#`` marks.

   Inner tabs come from tab-laid Word tables. A line with three or more tab-separated cells is a
   table row and its cells are joined with `` | `` (as the .docx loader writes table rows). With
   two cells, a short label on the left (at most four words, no digits, no closing punctuation)
   becomes ``label : value``, the way the corpus writes its fields; otherwise the tab is a space.

2. **Paragraphs** (lines between blank lines), where web chrome is recognised by its shape:

   a. a block of two or more consecutive paragraphs that occurs twice or more in the document
      (a login box, a repeated banner) is removed everywhere it occurs;
   b. a paragraph repeating an earlier one is dropped, the first occurrence kept (``#`` headings
      and list items are never dropped this way: sections legitimately share a heading, and
      two lists may share an item);
   c. lines that match patterns of web chrome (login and registration prompts, cookie notices,
      share/print buttons, "read more" teasers, job-offer menus, lone navigation words,
      ``snake_case`` tag tokens, a "Publié le" with no date...) are removed;
   d. the `boilerplate` paragraphs (see `find_boilerplate`) are removed;
   e. a menu cluster, i.e. a run of four or more paragraphs that are each one short line (at most
      four words, no sentence punctuation, no digit, no ``:``, not a list item or heading), is
      removed, together with the short title-like lines directly before it (the menu's own
      heading, such as "Today on our sites").

   The passes run until nothing changes, which is what makes `clean` idempotent. Blank-line runs
   collapse to one blank line, and the text has no leading or trailing blank line.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence

__all__ = ["clean", "find_boilerplate"]

Paragraph = list[str]

_MAX_PASSES = 10

# --- line layer -------------------------------------------------------------------------------

_SPACE_CHARS = re.compile(r"[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000]")
_INVISIBLE_CHARS = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ARTEFACT = re.compile(
    r"\[(?:bookmark|image|img|picture|figure|photo|shape|graphic|chart|diagram|logo|icon|video|"
    r"audio|media|embedded|object|drawing|text ?box|alt|caption|footnote|comment|"
    r"(?:page|section|column) break)\b[^\]\n]*\]"
    r"|!\[[^\]\n]*\]\([^)\n]*\)",  # Markdown image
    re.IGNORECASE,
)
# "__" only counts as emphasis outside words: "window.__name" or "__init__" are code, not markup.
_EMPHASIS_PAIRED = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)")
# Decorative glyphs used as bullets: block elements, geometric shapes, arrows, dingbats, bullets,
# middle dots and the private-use code points of Word's Symbol/Wingdings fonts.
_GLYPHS = (
    "\u00b7\u2022\u2023\u2043\u2219\u2981\u29bf\u2605\u2606\u2610-\u2612"
    "\u2190-\u21ff\u2580-\u259f\u25a0-\u25ff\u2700-\u27bf\u2b00-\u2bff\uf000-\uf0ff"
)
_GLYPH_BULLET = re.compile(rf"^(?:[-*+]\s+)?(?:[{_GLYPHS}]\s*|[\u2013\u2014]\s+)+")
_STAR_BULLET = re.compile(r"^[*+]\s+")
_HEADING_LINE = re.compile(r"^#{1,6}\s+\S")
_DECORATIVE_LINE = re.compile(rf"^[\s{_GLYPHS}\-_=*~#|.•·]+$")
_NO_WORD = re.compile(r"^[^\w]*$")
_LABEL_CELL = re.compile(r"^[^\W\d_][^\d.;:!?,]*$")


_QUOTE_MARKER = re.compile(r"^(?:>[ \t]?)+(?=[^\d\s=>])")
# A Markdown table's separator line, "|---|---:|", under the row of its column names.
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?$")


def _normalise_line(line: str) -> str:
    """One line's layer-1 normalisation; returns "" for lines that carry nothing."""
    line = _ARTEFACT.sub("", line)
    line = _EMPHASIS_PAIRED.sub(lambda m: m.group(1) or m.group(2), line).replace("**", "")
    line = line.strip(" \t\f\v")
    # A quotation's or a reply's marker ("> « Reloger, ce n'est pas ... »", ">> Pouvez-vous
    # ... ?"): not text (not "> 65 ans", a comparison).
    line = _QUOTE_MARKER.sub("", line)
    if not line:
        return ""
    if _HEADING_LINE.match(line):
        return re.sub(r"[ \t]+", " ", line).rstrip()
    bullet = _GLYPH_BULLET.match(line)
    if bullet:
        # Word's exports leave a slash between the bullet and the item ("· /Pérenniser ...").
        rest = re.sub(r"^/(?=\w)", "", line[bullet.end() :].strip())
        if not rest:
            return ""
        line = "- " + rest
    else:
        line = _STAR_BULLET.sub("- ", line)
    line = _join_tab_cells(line)
    line = re.sub(r" {2,}", " ", line).rstrip()
    if _TABLE_SEPARATOR.match(line):
        return re.sub(r"\s+", "", line)  # the row above it names the columns (ingest/blocks.py)
    if _DECORATIVE_LINE.match(line) or _NO_WORD.match(line):
        return ""
    return line


def _join_tab_cells(line: str) -> str:
    if "\t" not in line:
        return line
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    if len(cells) >= 3:
        return " | ".join(cells)
    if len(cells) == 2:
        label, value = cells
        if label.endswith(":"):
            return f"{label} {value}"
        if len(label.split()) <= 4 and _LABEL_CELL.match(label) and not label.startswith("- "):
            return f"{label} : {value}"
        return f"{label} {value}"
    return cells[0] if cells else ""


# Typographic ligatures a PDF's text layer may hold ("ﬁnancement"): the letters they stand for.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})  # fmt: skip
# A word cut at a line's end by a hyphen, its end in lower case on the next line. Matched from
# a word's start only: tried at every letter, a long word took quadratic time.
_LINE_END_HYPHEN = re.compile(r"(?<!\w)(\w+)-\n(\w+)")


def _dehyphenate(text: str) -> str:
    """Words a justified PDF cut over two lines ("réhabili-" / "tation") joined again, when the
    document writes the joined word elsewhere and never the hyphenated one: a compound cut at
    its own hyphen ("vice-" / "président") stays as it is."""
    if "-\n" not in text:
        return text
    words = set(re.findall(r"\w+(?:-\w+)*", text.casefold()))

    def join(match: re.Match[str]) -> str:
        head, tail = match.groups()
        whole = f"{head}{tail}".casefold()
        if tail[0].islower() and whole in words and f"{head}-{tail}".casefold() not in words:
            return f"{head}{tail}\n"
        return match.group(0)

    return _LINE_END_HYPHEN.sub(join, text)


def _paragraphs(text: str) -> list[Paragraph]:
    """Layer 1 over the whole text, then split into paragraphs of non-empty lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACE_CHARS.sub(" ", _INVISIBLE_CHARS.sub("", text)).translate(_LIGATURES)
    text = _dehyphenate(text)
    paragraphs: list[Paragraph] = []
    current: Paragraph = []
    for raw in _space_aligned_tables(text.split("\n")):
        line = _normalise_line(raw) if raw.strip() else ""
        if line:
            current.append(line)
        elif not raw.strip() and current:
            paragraphs.append(current)
            current = []
        # A line emptied by cleaning (an artefact, a glyph rule) does not split its paragraph.
    if current:
        paragraphs.append(current)
    return paragraphs


# Columns of a plain-text table, aligned with runs of spaces ("Département de la Nièvre      22 000
# 24 000").
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


# A line drawn across a plain-text table: "--------", "=======", "________".
_RULE_LINE = re.compile(r"^\s*[-=_—–]{3,}\s*$")


# Fewest spaces between two columns of a fixed-width table, when every row leaves them blank.
_GUTTER = 2
# Widest line of a fixed-width table, in characters: a longer one is running text.
_TABLE_WIDTH = 400


def _aligned_cells(rows: list[str]) -> list[list[str]] | None:
    """The cells of rows laid out in fixed-width columns: the columns are parted where every
    row leaves `_GUTTER` or more characters blank at the same place (a row may stop short of
    its last columns), so that a gap of two spaces parts them where it parts them on every row,
    and a number's own spaces ("4 160 000") do not. None unless there are two columns or more,
    every row fills two, and each column is filled on most rows."""
    rows = [row.rstrip() for row in rows]
    width = max(len(row) for row in rows)
    if width > _TABLE_WIDTH:
        return None
    written = bytearray(width)  # 1 where a row writes something (linear in the text's size)
    for row in rows:
        for word in re.finditer(r"\S+", row):
            written[word.start() : word.end()] = b"\x01" * (word.end() - word.start())
    cuts, start = [], None
    for i, is_blank in enumerate([*(not w for w in written), False]):
        if is_blank and start is None:
            start = i
        elif not is_blank and start is not None:
            if start > 0 and i < width and i - start >= _GUTTER:
                cuts.append((start, i))
            start = None
    if not cuts:
        return None
    edges = [0, *(e for cut in cuts for e in cut), width]
    cells = [[row[edges[k]:edges[k + 1]].strip() for k in range(0, len(edges), 2)]
             for row in rows]  # fmt: skip
    filled = [sum(1 for row in cells if row[k]) for k in range(len(cuts) + 1)]
    if (any(sum(1 for c in row if c) < 2 for row in cells)
            or any(n * 2 <= len(rows) for n in filled)):  # fmt: skip
        return None
    return cells


def _space_aligned_tables(lines: list[str]) -> list[str]:
    """A paragraph of three lines or more, each cut by wide runs of spaces into the same number
    of columns (two or more) on most lines and at least two on every line, is a table: its
    columns are joined as cells ("a | b | c") before spaces are collapsed. A caption line above
    it ("Budget prévisionnel (en euros)") stays a line; its rules ("-----") go. A rule right
    under the first row says that row names the columns: it becomes a Markdown separator
    ("|---|---|"), which tells the blocks the header however long its names ("Situation au 31
    janvier 2026 | Ménages")."""
    out: list[str] = []
    block: list[str] = []

    def flush() -> None:
        rows = [line for line in block if not _RULE_LINE.match(line)]
        caption = rows[:1] if rows and len(_COLUMN_GAP.split(rows[0].strip())) == 1 else []
        rows = rows[len(caption):]
        counts = [len(_COLUMN_GAP.split(line.strip())) for line in rows]
        common, most = Counter(counts).most_common(1)[0] if counts else (0, 0)
        plain = not any("|" in line or "\t" in line for line in block)
        # Columns two spaces apart ("4 160 000  travaux à 70 %") are told by where they lie.
        cells = _aligned_cells(rows) if plain and len(rows) >= 3 else None
        if not cells or len(cells[0]) <= common:
            cells = ([_COLUMN_GAP.split(line.strip()) for line in rows]
                     if (plain and len(rows) >= 3 and min(counts) >= 2 and common >= 2
                         and most * 2 > len(rows)) else None)  # fmt: skip
        if cells:
            out.extend(line.strip() for line in caption)
            out.extend(" | ".join(row).rstrip(" |") for row in cells)
            at = block.index(rows[0]) + 1
            if at < len(block) and _RULE_LINE.match(block[at]):
                out.insert(len(out) - len(rows) + 1, "|" + "---|" * len(cells[0]))
        else:
            out.extend(block)
        block.clear()

    for line in lines:
        if line.strip():
            block.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return out


def _key(text: str) -> str:
    """Comparison key: quote marks unified, whitespace collapsed, case folded."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    return re.sub(r"\s+", " ", text).strip().casefold()


def _paragraph_key(paragraph: Paragraph) -> str:
    return _key(" ".join(paragraph))


# --- paragraph shapes -------------------------------------------------------------------------

_SENTENCE_PUNCTUATION = re.compile(r"[.!?;:…]")
_LABEL_VALUE = re.compile(r"^(?P<label>[^:.!?]{1,60}?)\s*:\s*\S")


def _is_heading(paragraph: Paragraph) -> bool:
    return bool(_HEADING_LINE.match(paragraph[0]))


def _is_list_line(line: str) -> bool:
    return line.startswith("- ")


def _is_label_value(line: str) -> bool:
    match = _LABEL_VALUE.match(line)
    return bool(match) and len(match.group("label").split()) <= 6


def _is_structural(paragraph: Paragraph) -> bool:
    """Headings, list items and "Label : value" fields: template structure, not chrome."""
    return _is_heading(paragraph) or any(
        _is_list_line(line) or _is_label_value(line) for line in paragraph
    )


def _words(paragraph: Paragraph) -> int:
    return sum(len(line.split()) for line in paragraph)


def _is_menu_item(paragraph: Paragraph) -> bool:
    if len(paragraph) != 1:
        return False
    line = paragraph[0]
    if line.startswith(("#", "- ")) or _SENTENCE_PUNCTUATION.search(line):
        return False
    return not re.search(r"\d", line) and 1 <= len(line.split()) <= 4


def _is_menu_heading(paragraph: Paragraph) -> bool:
    """A title-like line that may head a menu: one line, at most eight words, no sentence."""
    if len(paragraph) != 1:
        return False
    line = paragraph[0]
    if line.startswith(("#", "- ")) or _SENTENCE_PUNCTUATION.search(line):
        return False
    return not re.search(r"\d", line) and len(line.split()) <= 8


def _is_body(paragraph: Paragraph) -> bool:
    """Running text or a list: what a section heading introduces."""
    if any(_is_list_line(line) for line in paragraph):
        return True
    words = _words(paragraph)
    return words >= 15 or (words >= 6 and paragraph[-1].rstrip().endswith((".", "!", "?", "…")))


# --- (a) repeated blocks, (b) repeated paragraphs ---------------------------------------------


def _remove_repeated_blocks(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Rule (a), in linear time.

    A paragraph lies in a block of two or more paragraphs that recurs exactly when one of its
    adjacent pairs recurs (without overlapping itself), so the pairs are what is counted.
    """
    keys = [_paragraph_key(p) for p in paragraphs]
    pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in range(len(keys) - 1):
        pairs[(keys[index], keys[index + 1])].append(index)
    doomed: set[int] = set()
    for starts in pairs.values():
        if len(starts) < 2 or starts[-1] - starts[0] < 2:
            continue
        first = starts[0]
        if _is_structural(paragraphs[first]) and _is_structural(paragraphs[first + 1]):
            continue  # a repeated form or field list is document structure
        for index in starts:
            doomed.update((index, index + 1))
    return [p for index, p in enumerate(paragraphs) if index not in doomed]


def _remove_repeated_paragraphs(paragraphs: list[Paragraph]) -> list[Paragraph]:
    seen: set[str] = set()
    kept: list[Paragraph] = []
    for paragraph in paragraphs:
        key = _paragraph_key(paragraph)
        repeatable = _is_heading(paragraph) or all(_is_list_line(line) for line in paragraph)
        if key in seen and not repeatable:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept


# --- (c) chrome lines ------------------------------------------------------------------------

# (pattern over the line's key, most words the line may have to count as chrome)
_CHROME_PATTERNS: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(pattern), max_words)
    for pattern, max_words in (
        # login, registration, password
        (r"(?:déjà|pas encore) (?:inscrit|abonné|client)(?:\(e\)|e)?\s*\??", 6),
        # a password prompt, not prose that mentions one ("le mot de passe du wifi est affiché")
        (r"(?:votre |your |le |nouveau |new )?(?:mot de passe|password)\b.{0,20}", 5),
        (r".*\b(?:mot de passe|password) (?:oublié|perdu|forgotten)\b.*", 12),
        (r".*\b(?:forgot|lost) (?:your )?password\b.*", 12),
        (r".*\b(?:saisi(?:ssez|r)|entre[rz]|enter) (?:votre |your )?(?:identifiant|e-?mail|login)?\s*(?:et |and )?(?:votre |your )?(?:mot de passe|password)\b.*", 25),
        (r"(?:m'inscrire|je m'inscris|inscrivez-vous|abonnez-vous|je m'abonne)\b.*", 25),
        (r"s'inscrire(?: gratuitement| ici| maintenant| à la newsletter)?", 4),
        (r"(?:subscribe|sign up|sign in|log in|register now|create an account)\b.*", 15),
        (
            r"(?:se connecter|connectez-vous|je me connecte)(?: (?:à|avec|sur) (?:votre|mon) (?:compte|espace)\b.*| pour\b.*)?",
            12,
        ),
        (r"créer (?:un|mon|votre) compte\b.*", 6),
        (r"nous n'avons pas reconnu votre\b.*", 30),
        (r".*\b(?:vos|your) (?:codes? d'accès|identifiants|login details)\b.*", 25),
        (
            r".*\b(?:votre|your) (?:adresse )?(?:e-?mail|mail|email address)\b.*\b(?:publiée?|published)\b.*",
            20,
        ),
        # a newsletter sign-up, not prose about one ("la newsletter du quartier paraît chaque mois")
        (r".*\b(?:inscri\w*|abonne\w*|recev\w*|subscribe\w*|sign up)\b.*\bnewsletters?\b.*", 12),
        (r".*\bnewsletters?\b.*\b(?:inscri\w*|abonne\w*|subscribe\w*|sign up|e-?mail)\b.*", 12),
        (r"(?:la |notre |our |the )?newsletters?\s*:?", 3),
        # cookie-consent banners, not prose that mentions cookies ("un atelier cookies et gâteaux")
        (r".*\b(?:utilis\w+|dépos\w+|use[sd]?|using)\b (?:des |de |les |d'autres )?(?:cookies?|traceurs)\b.*", 80),
        (r".*\b(?:accept\w*|refus\w*|gér\w*|paramétr\w*|consent\w*|manage|reject)\b.{0,40}\bcookies?\b.*", 80),
        (r".*\bcookies?\b.{0,40}\b(?:consentement|consent|préférences|preferences|traceurs|politique|policy)\b.*", 80),
        (r"cookies?", 1),
        (r"(?:en poursuivant votre navigation|by continuing to (?:browse|use))\b.*", 80),
        (r"(?:tout )?(?:accepter|refuser)(?: tout| et fermer| et continuer)?", 3),
        (r"(?:accept|reject|decline)(?: all)?", 2),
        (r"(?:gérer|paramétrer|personnaliser) (?:mes|les|vos) (?:choix|préférences|cookies)", 4),
        # share, print
        (
            r"(?:partager|imprimer|envoyer|share|print|email|e-mail)\b.*(?:article|page|ami|facebook|twitter|linkedin|e-?mail)",
            6,
        ),
        # a share bar: "Partager : Facebook · X · WhatsApp · Copier le lien"
        (
            r"(?:partager|partagez|share)\b[^·•|]{0,30}:\s*(?:[^·•|]{1,60}[·•|]\s*)*"
            r"(?:facebook|twitter|x|linkedin|whatsapp|mastodon|bluesky|courriel|e-?mail)\b"
            r"\s*(?:[·•|][^·•|]{1,60})*",
            25,
        ),
        # teasers and links to other pages
        (r"lire la suite\b.*", 12),
        (r"(?:read more|continue reading|keep reading)\b.*", 8),
        (r"(?:\.\.\.|…)\s*(?:la )?suite de l'article\b.*", 8),
        (r"(?:la )?suite de l'article\s*(?:ci-dessous|plus bas)?\s*(?:\.\.\.|…|:)?", 8),
        (r"(?:agrandir|zoomer sur|voir en grand) (?:l'image|la photo|l'illustration|le visuel)", 4),
        (r"(?:enlarge|zoom in on|view larger) (?:the )?(?:image|photo|picture)", 5),
        (
            r"découvr(?:ir|ez) (?:les|nos|tous les|toutes les) (?:autres )?(?:articles|actualités|numéros|dossiers)\b.*",
            12,
        ),
        (r"(?:lire|voir|consulter|découvr(?:ir|ez)) (?:aussi )?(?:notre|nos) dossiers?\b.*", 15),
        (r"(?:à )?lire (?:aussi|également)\b.*", 20),
        (r"(?:voir aussi|see also|related (?:articles|posts|stories)|you may also like)\b.*", 15),
        (r"(?:sur le même (?:sujet|thème)|articles? (?:similaires|liés|associés))", 5),
        # job-offer menus
        (
            r"(?:nos |toutes les |voir les |voir toutes les |plus de [\d\s]+ )?offres d'emploi\s*!?",
            8,
        ),
        (r"(?:déposer|publier|consulter) (?:une|les|nos) offres? d'emploi\s*!?", 6),
        (r"(?:our |all |see all |browse )?(?:jobs|job offers|job listings|job board)\s*!?", 5),
        # comments area
        (r".*\b(?:laisser|ajouter|écrire) un commentaire\b.*", 8),
        (r"(?:leave a (?:comment|reply)|\d+ (?:commentaires?|comments?|réactions?))", 4),
        # footers and breadcrumbs
        (r".*\b(?:tous droits réservés|all rights reserved)\b.*", 15),
        (r"(?:accueil|home)\s*(?:>|›|»|/|\|).*", 15),
        # tag tokens such as "courrier_des_maires"
        (r"[a-z0-9]+(?:_[a-z0-9]+)+", 1),
        # a publication stamp whose date was lost
        (
            r"(?:publié|mis à jour|modifié|posté|mis en ligne|published|posted|updated)(?: le| on)?\s*:?",
            3,
        ),
    )
)
# Navigation words and phrases that are chrome when they stand alone on a line.
_LONE_CHROME = frozenset(
    [
        *"""menu fermer close accueil home commentaires commentaire comments comment réagir
        répondre reply partager share imprimer print tweet tweeter facebook twitter linkedin
        instagram youtube whatsapp rechercher search retour back suivant précédent
        next previous ok x cgu sitemap publicité advertisement sponsorisé""".split(),
        "haut de page",
        "retour en haut",
        "retour en haut de page",
        "back to top",
        "retour à l'accueil",
        "en savoir plus",
        "learn more",
        "plan du site",
        "mentions légales",
        "legal notice",
        "politique de confidentialité",
        "privacy policy",
        "conditions générales d'utilisation",
        "contactez-nous",
        "nous contacter",
        "contact us",
        "aller au contenu",
        "aller au contenu principal",
        "skip to content",
        "skip to main content",
        "passer au contenu",
        "s'abonner",
        "article suivant",
        "article précédent",
        "fermer la fenêtre",
    ]
)


def _is_chrome_line(line: str) -> bool:
    if _HEADING_LINE.match(line):
        return False
    key = _key(line)
    bare = re.sub(r"^[\W_]+|[\W_]+$", "", key)
    # A list item may be a real one-word entry ("- Concertation"): lone words only outside lists.
    if bare in _LONE_CHROME and not _is_list_line(line):
        return True
    words = len(key.split())
    return any(words <= limit and pattern.fullmatch(key) for pattern, limit in _CHROME_PATTERNS)


def _remove_chrome_lines(paragraphs: list[Paragraph]) -> list[Paragraph]:
    kept: list[Paragraph] = []
    for paragraph in paragraphs:
        lines = [line for line in paragraph if not _is_chrome_line(line)]
        if lines:
            kept.append(lines)
    return kept


# --- (d) boilerplate, (e) menu clusters -------------------------------------------------------


def _remove_boilerplate(
    paragraphs: list[Paragraph], boilerplate: frozenset[str]
) -> list[Paragraph]:
    if not boilerplate:
        return paragraphs
    return [p for p in paragraphs if _paragraph_key(p) not in boilerplate]


def _remove_menu_clusters(paragraphs: list[Paragraph]) -> list[Paragraph]:
    doomed: set[int] = set()
    index = 0
    while index < len(paragraphs):
        if not _is_menu_item(paragraphs[index]):
            index += 1
            continue
        end = index
        while end < len(paragraphs) and _is_menu_item(paragraphs[end]):
            end += 1
        if end - index >= 4:
            start = index
            # Title-like lines just before the menu are its heading ("Nos services", "À la une").
            while start > 0 and _is_menu_heading(paragraphs[start - 1]):
                start -= 1
            doomed.update(range(start, end))
        index = end
    return [p for i, p in enumerate(paragraphs) if i not in doomed]


# --- public API -------------------------------------------------------------------------------


def _clean_once(text: str, boilerplate: frozenset[str]) -> str:
    paragraphs = _paragraphs(text)
    paragraphs = _remove_repeated_blocks(paragraphs)
    paragraphs = _remove_repeated_paragraphs(paragraphs)
    paragraphs = _remove_chrome_lines(paragraphs)
    paragraphs = _remove_boilerplate(paragraphs, boilerplate)
    paragraphs = _remove_menu_clusters(paragraphs)
    return "\n\n".join("\n".join(p) for p in paragraphs)


# A paragraph wholly in bold ("**Que faites-vous ?**"); an interview's questions are at most this
# long (the interviewer may restate a point before asking).
_BOLD_PARAGRAPH = re.compile(r"[ \t]*\*\*(?=\S)([^*\n]{2,250}?)(?<=\S)\*\*[ \t]*")
_BLANK_LINES = re.compile(r"(\n[ \t]*\n)")
# An interview: at least this many bold paragraphs, some of them questions.
_INTERVIEW_QUESTIONS = 3


def _interview_questions(text: str) -> str:
    """An interview's questions, set in bold paragraphs between the answers, become headings
    ("### Que faites-vous ?"): they head their answers and are never quoted as one. A
    document is an interview when at least _INTERVIEW_QUESTIONS of its paragraphs are wholly
    in bold and followed by a paragraph that is not, two of them ending on a question mark
    (the others restate a point: "L'opposition reproche à la municipalité de décider sans les
    habitants."). A bold lead paragraph or a bold label alone does not make one."""
    parts = _BLANK_LINES.split(text)
    paragraphs = parts[::2]
    asking = [
        i for i, p in enumerate(paragraphs)
        if _BOLD_PARAGRAPH.fullmatch(p) and i + 1 < len(paragraphs)
        and paragraphs[i + 1].strip() and not _BOLD_PARAGRAPH.fullmatch(paragraphs[i + 1])
    ]  # fmt: skip
    questions = [i for i in asking
                 if _BOLD_PARAGRAPH.fullmatch(paragraphs[i]).group(1).endswith("?")]  # type: ignore[union-attr]  # fmt: skip
    if len(asking) < _INTERVIEW_QUESTIONS or len(questions) < 2:
        return text
    for i in asking:
        parts[2 * i] = "### " + _BOLD_PARAGRAPH.fullmatch(paragraphs[i]).group(1)  # type: ignore[union-attr]
    return "".join(parts)


def clean(text: str, *, boilerplate: frozenset[str] = frozenset()) -> str:
    """Clean extracted text: normalised lines, no export artefacts, no web chrome (module doc).

    `boilerplate` holds paragraph keys from `find_boilerplate` to remove as well.
    The result is a fixed point: ``clean(clean(x)) == clean(x)``.
    """
    current = _interview_questions(text)
    for _ in range(_MAX_PASSES):
        cleaned = _clean_once(current, boilerplate)
        if cleaned == current:
            break
        current = cleaned
    return current


def find_boilerplate(texts: Sequence[str], min_docs: int = 3) -> frozenset[str]:
    """Normalised paragraphs shared by at least `min_docs` of `texts`: site chrome, to pass to `clean`.

    A paragraph counts when it is short (under 15 words) and is not document structure: list
    items, "Label : value" fields and ``#`` headings are kept, and so is a line that introduces
    running text or a list in every document where it appears (a template's section heading such
    as "Enjeux de la mission"). Documents built on one template legitimately share those.
    """
    seen_in: dict[str, set[int]] = defaultdict(set)
    introduces_body: dict[str, bool] = {}
    for doc_index, text in enumerate(texts):
        # Same view of the text as `clean` has when it applies the boilerplate set.
        paragraphs = _remove_chrome_lines(_paragraphs(text))
        for position, paragraph in enumerate(paragraphs):
            if _words(paragraph) >= 15 or _is_structural(paragraph):
                continue
            key = _paragraph_key(paragraph)
            seen_in[key].add(doc_index)
            following = paragraphs[position + 1] if position + 1 < len(paragraphs) else None
            heading_like = following is not None and _is_body(following)
            introduces_body[key] = introduces_body.get(key, True) and heading_like
    return frozenset(
        key
        for key, docs in seen_in.items()
        if len(docs) >= min_docs and not introduces_body.get(key, False)
    )
