"""Read one corpus file into a `RawDocument`: extracted text plus what the file says about itself.

One loader per format (plain text, Markdown, HTML, Word .docx, PDF). Every failure caused by the
input itself becomes a `LoadError` whose message names the file, says what is wrong and what to do;
no parser traceback escapes for a bad file.

Text is returned before cleaning (see `ingest.clean`), with newlines normalised to ``\\n``.
Structure is kept as plain Markdown-like lines so later stages can see it: headings as ``#`` lines,
list items as ``- item``, table rows as ``cell | cell``.

Limits, so that a small hostile file cannot expand into gigabytes (genuine documents stay far below
them; each one broken is a `LoadError` naming the file and the limit):

- a .docx (a zip) is refused before it is parsed when it unpacks to more than 100 MB in all, one
  part to more than 30 MB, or a part over 1 MB is compressed more than 100 times (Word's own XML
  compresses 10 to 30 times; the .docx bomb of issue #12, 232 KB unpacking to 68 MB, about 290);
- a .docx may hold at most 100,000 paragraphs and table rows, a PDF at most 2,000 pages;
- the extracted text of any file may hold at most 20 million characters.

Time and memory are bounded too, by parsing in a worker process (see `ingest.sandbox`).
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

from ingest.blocks import MISSION_LABELS, label_key, table_cells
from ingest.errors import LoadError, UnsupportedFormat
from ingest.records import RawDocument

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")

_FORMAT_BY_SUFFIX = {
    ".txt": "txt",
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
# Above this share of control / unassigned characters, a "text" file is really binary.
_MAX_NON_TEXT_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")

# The limits of the module docstring. Python's zipfile stops at a part's declared size (a part
# that unpacks to more fails its CRC check), so checking the declared sizes is enough.
MAX_ZIP_TOTAL_BYTES = 100 * 2**20
MAX_ZIP_PART_BYTES = 30 * 2**20
MAX_ZIP_RATIO = 100
ZIP_RATIO_FROM_BYTES = 2**20  # small parts may compress well without harm
MAX_DOCX_BLOCKS = 100_000  # paragraphs and table rows
MAX_PDF_PAGES = 2_000
MAX_TEXT_CHARS = 20_000_000


def load(path: Path, corpus_root: Path | None = None) -> RawDocument:
    """Load one file into a `RawDocument`.

    `doc_id` is the path relative to `corpus_root` with forward slashes, or the file name when no
    root is given. Raises `LoadError` (or `UnsupportedFormat`) for any file that cannot be read.
    """
    path = Path(path)
    if not path.exists():
        raise LoadError(
            str(path),
            "file not found; check the path (relative paths start from the working directory)",
        )
    if not path.is_file():
        raise LoadError(
            str(path), "is not a regular file; pass a file, or list a folder with iter_corpus()"
        )
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = f"'{suffix}'" if suffix else "with no extension"
        raise UnsupportedFormat(
            str(path),
            f"unsupported file type {shown}; supported types are {', '.join(SUPPORTED_SUFFIXES)}. "
            "Convert the file to one of these (e.g. export it as PDF or .docx) or move it out of the corpus",
        )
    doc_id = _doc_id(path, corpus_root)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(
            str(path), f"cannot be read ({exc.strerror or exc}); check its permissions"
        ) from exc
    if not data:
        raise LoadError(
            str(path), "file is empty (0 bytes); remove it from the corpus or re-export it"
        )

    fmt = _FORMAT_BY_SUFFIX[suffix]
    if fmt in ("txt", "md"):
        text, metadata = _load_plain_text(data, path)
    elif fmt == "html":
        text, metadata = _load_html(data, path)
    elif fmt == "docx":
        text, metadata = _load_docx(data, path)
    else:
        text, metadata = _load_pdf(data, path)

    text = _normalise_newlines(text)
    if len(text) > MAX_TEXT_CHARS:
        raise LoadError(
            str(path),
            f"holds {len(text):,} characters of text, more than the {MAX_TEXT_CHARS:,} allowed "
            "for one document; split it into smaller files",
        )
    if not text.strip():
        raise LoadError(
            str(path),
            "no text could be extracted (the file holds only whitespace or empty markup); "
            "check that the export contains the document's text, or remove the file",
        )
    return RawDocument(
        doc_id=doc_id,
        source_path=str(path),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        metadata=metadata,
    )


def iter_corpus(root: Path) -> list[Path]:
    """All supported files under `root`, recursively, sorted, hidden files and folders skipped."""
    return [p for p in _visible_files(root) if p.suffix.lower() in SUPPORTED_SUFFIXES]


def unsupported_files(root: Path) -> list[Path]:
    """The visible files under `root` that `iter_corpus` leaves out, for the ingest summary."""
    return [p for p in _visible_files(root) if p.suffix.lower() not in SUPPORTED_SUFFIXES]


# --- paths ------------------------------------------------------------------------------------


def _doc_id(path: Path, corpus_root: Path | None) -> str:
    if corpus_root is None:
        return path.name
    try:
        return path.resolve().relative_to(Path(corpus_root).resolve()).as_posix()
    except ValueError as exc:
        raise LoadError(
            str(path),
            f"is not inside the corpus folder {corpus_root}; move it there or load it without a corpus root",
        ) from exc


def _visible_files(root: Path) -> list[Path]:
    root = Path(root)
    if not root.is_dir():
        raise LoadError(str(root), "corpus folder not found or not a folder; check the path")
    found = []
    for p in root.rglob("*"):
        rel = p.relative_to(root)
        # Hidden files/folders, and Office's "~$name.docx" lock files, are never documents.
        if any(part.startswith((".", "~$")) for part in rel.parts):
            continue
        if p.is_file():
            found.append((rel.as_posix(), p))
    return [p for _, p in sorted(found)]


# --- plain text -------------------------------------------------------------------------------


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _normalise_newlines(text: str) -> str:
    """Line breaks as \\n (a vertical tab or form feed from Word or a PDF is a line break too),
    other control characters dropped: every later stage, down to a DOCX draft, can take it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").replace("\f", "\n")
    return _CONTROLS.sub("", text)


def _decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Decode the bytes of a text file: UTF-8 (BOM or not), then cp1252, then latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 has NUL bytes everywhere; recognise it by its BOM before the binary check.
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise LoadError(
                str(path), "starts with a UTF-16 mark but is not valid UTF-16; re-save it as UTF-8"
            ) from exc
    if b"\x00" in data:
        raise _binary_error(path)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text, encoding = data.decode("latin-1"), "latin-1"
    if _non_text_share(text) > _MAX_NON_TEXT_SHARE:
        raise _binary_error(path)
    return text, "utf-8" if encoding == "utf-8-sig" else encoding


def _non_text_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(
        1
        for ch in text
        if ch not in _ALLOWED_CONTROLS
        and (unicodedata.category(ch) in ("Cc", "Cn", "Co") or ch == "\ufffd")
    )
    return bad / len(text)


def _binary_error(path: Path) -> LoadError:
    return LoadError(
        str(path),
        f"looks like a binary file, not {path.suffix} text (it contains NUL or control bytes); "
        "check that the file was saved as text, or give it its real extension",
    )


def _load_plain_text(data: bytes, path: Path) -> tuple[str, dict[str, Any]]:
    text, encoding = _decode_text(data, path)
    text, front = _front_matter(text)
    return _markdown_forms(text), {"encoding": encoding, **front}


_MARKDOWN_ROW = re.compile(r"^\s*\|.*\|\s*$")
_MARKDOWN_RULE = re.compile(r"^[\s|:-]+$")


def _markdown_forms(text: str) -> str:
    """A Markdown table laid out as a form (`form_fields`: "| Maître d'ouvrage | ... |") as its
    fields' lines, without the table's own header ("| Champ | Valeur |"); other tables as
    written."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    n = 0
    while n < len(lines):
        if not _MARKDOWN_ROW.match(lines[n]):
            out.append(lines[n])
            n += 1
            continue
        end = n
        while end < len(lines) and _MARKDOWN_ROW.match(lines[end]):
            end += 1
        rows = [table_cells(line) or [] for line in lines[n:end] if not _MARKDOWN_RULE.match(line)]
        fields = form_fields(rows[1:]) if len(rows) > 2 else None
        if fields is not None and label_key(rows[0][0]) not in MISSION_LABELS:
            out.extend(fields)  # its first row names the columns ("Champ", "Valeur")
        else:
            out.extend(form_fields(rows) or lines[n:end])
        n = end
    return "\n".join(out)


# A Markdown export's front matter: "---", "key: value" lines, "---", at the very top.
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                           re.S)  # fmt: skip
_FRONT_KEYS = {"title": "title", "date": "date", "published": "date", "author": "author",
               "authors": "author", "auteur": "author", "outlet": "sitename",
               "publication": "sitename", "publisher": "sitename", "source": "sitename",
               "site_name": "sitename"}  # fmt: skip
_FRONT_MATTER_LINES = 60


def _front_matter(text: str) -> tuple[str, dict[str, Any]]:
    """The text without its front matter, and what the front matter says of the document
    (title, date, author, outlet as `sitename`; "key: value" lines, a list's first item)."""
    match = _FRONT_MATTER.match(text)
    if not match or match.group("body").count("\n") > _FRONT_MATTER_LINES:
        return text, {}
    lines = [ln for ln in match.group("body").split("\n") if ln.strip() and not ln.startswith("#")]
    if not lines or not all(re.match(r"^(?:[A-Za-z_]+\s*:|\s+-\s)", ln) for ln in lines):
        return text, {}  # a rule above and below a title, not front matter: the text stays
    found: dict[str, Any] = {}
    key = ""
    for line in match.group("body").split("\n"):
        field = re.match(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*)$", line)
        if field:
            key = _FRONT_KEYS.get(field.group("key").lower(), "")
            value = field.group("value").strip()
        elif key and (item := re.match(r"^\s+-\s+(?P<value>.+)$", line)):
            value = item.group("value").strip()  # a list: its first item
        else:
            continue
        if value.startswith("["):
            value = value.strip("[]").split(",")[0]  # a flow list: its first item
        value = value.strip().strip("\"'")
        if key != "title":
            # A name, then what it is: "Pauline Cabrolier, chargée d'études"; a title keeps
            # its comma ("À Combelonge, le renouvellement urbain à mi-parcours").
            value = value.split(",")[0].strip()
        if key and value and key not in found:
            found[key] = value
    date = re.match(r"(?:19|20)\d\d-\d\d-\d\d", str(found.get("date", "")))
    if "date" in found and not date:
        del found["date"]  # only an ISO date is read as one
    elif date:
        found["date"] = date.group()
    return text[match.end() :], {**found, "front_matter": True}


# --- HTML -------------------------------------------------------------------------------------


# A <time> element's tags: trafilatura drops what they hold ("Publié le <time>9 décembre
# 2025</time>" becomes "Publié le"); its text is read as the page shows it.
_TIME_TAG = re.compile(r"</?time\b[^>]*>", re.IGNORECASE)


def _load_html(data: bytes, path: Path) -> tuple[str, dict[str, Any]]:
    """Main text via trafilatura (headings kept as Markdown lines), page metadata alongside."""
    try:
        import trafilatura  # imported here: it is slow to import and only HTML needs it
    except ImportError as exc:
        # trafilatura's import of jusText needs lxml's HTML cleaner, packaged separately.
        raise LoadError(
            str(path),
            f"HTML extraction is not available ({exc}); install the project's dependencies "
            "(trafilatura and lxml_html_clean)",
        ) from exc

    html, encoding = _decode_text(data, path)
    metadata: dict[str, Any] = {"encoding": encoding}
    try:
        text = trafilatura.extract(
            _definition_lists_as_fields(_TIME_TAG.sub("", html)),
            output_format="markdown",  # keeps headings as "# ..." lines and lists as "- ..."
            include_formatting=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=False,
        )
        page = trafilatura.extract_metadata(html)
    except Exception as exc:  # any parser failure on bad input becomes a LoadError
        raise LoadError(
            str(path), f"HTML could not be parsed ({exc}); check that the file is a saved web page"
        ) from exc
    if page is not None:
        for key in ("title", "date", "author", "sitename", "url"):
            value = getattr(page, key, None)
            if value:
                metadata[key] = str(value)
    named = _title_site_name(html, str(metadata.get("title", "")))
    if named and not _names_a_site(str(metadata.get("sitename", "")), str(metadata.get("title", ""))):
        metadata["sitename"] = named
    if text and text.strip():
        metadata["extraction"] = "trafilatura"
        root = _article_root(html)  # parsed once for the boxes and the standfirst
        boxes = [box for box in _article_boxes(root) if _squeezed(box) not in _squeezed(text)]
        if boxes:
            text = text.rstrip() + "\n\n" + "\n\n".join(boxes)
        text = _with_lead(text, _article_lead(root, text))
        return _with_byline(text, _byline(html)), metadata
    metadata["extraction"] = "fallback"
    return _html_body_text(html, path), metadata


def _squeezed(text: str) -> str:
    return re.sub(r"[\s#*_-]+", " ", text).strip().casefold()


def _article_root(html: str) -> Any | None:
    """The page's `<article>` element (else its `<main>`), where the article's own boxes and
    standfirst are, not the site's sidebars; None when it has neither or cannot be parsed."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    roots = tree.xpath("//article") or tree.xpath("//main")
    return roots[0] if roots else None


def _article_boxes(root: Any | None) -> list[str]:
    """What an article's own boxes say, which trafilatura drops as page furniture: its `<aside>`
    ("Repères" and its list of key figures) and its figures' captions, inside the page's
    `<article>` (else `<main>`: `_article_root`), so a site's own sidebars are not taken, nor a
    box that is mostly links to other pages ("Lire aussi"). Each box as Markdown: its heading as
    a "## " line, its items as "- " lines, its paragraphs as they are."""
    boxes: list[str] = []
    for article in [root] if root is not None else []:
        for box in article.xpath(".//aside | .//figcaption"):
            if box.tag == "figcaption":
                line = " ".join(box.text_content().split())
                if line:
                    boxes.append(line)
                continue
            text = " ".join(box.text_content().split())
            linked = sum(len(" ".join(a.text_content().split())) for a in box.iter("a"))
            if linked > len(text) / 2:
                continue  # links to other pages ("Lire aussi"), not the article's
            lines = []
            for el in box.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "strong"):
                if el.tag == "strong" and el.getparent() is not None and el.getparent().tag in (
                        "p", "li"):  # fmt: skip
                    continue  # emphasis inside a paragraph or an item: read with it
                words = " ".join(el.text_content().split())
                if not words:
                    continue
                if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "strong"):
                    lines.append(f"## {words}")
                elif el.tag == "li":
                    lines.append(f"- {words}")
                else:
                    lines.append(words)
            if not lines:
                lines = [" ".join(box.text_content().split())]
            boxes.append("\n".join(line for line in lines if line))
    return [b for b in boxes if b]


# A paragraph of prose: a few words ending a sentence, not a label or a line of links.
LEAD_MIN_WORDS = 8


def _article_lead(root: Any | None, text: str) -> list[str]:
    """The paragraphs of an article that come before the first paragraph `text` (trafilatura's
    extraction) kept, which it drops with the page's header: the standfirst ("chapô") between the
    headline and the body, often the article's summary of its own figures ("Le chantier doit
    durer sept mois."). Only prose is taken (at least LEAD_MIN_WORDS words ending a sentence,
    mostly not links), inside the page's `<article>` (else `<main>`: `_article_root`), outside
    its boxes."""
    kept = _squeezed(text)
    lead: list[str] = []
    for article in [root] if root is not None else []:
        for paragraph in article.iter("p"):
            if any(a.tag in ("aside", "figure", "nav", "footer") for a in paragraph.iterancestors()):
                continue
            words = " ".join(paragraph.text_content().split())
            if not words:
                continue
            if _squeezed(words) in kept:
                break  # the body the extraction kept starts here
            linked = sum(len(" ".join(a.text_content().split())) for a in paragraph.iter("a"))
            if (len(words.split()) >= LEAD_MIN_WORDS and words[-1] in ".!?…»"
                    and linked <= len(words) / 2):  # fmt: skip
                lead.append(words)
    return lead


def _with_lead(text: str, lead: list[str]) -> str:
    """The article's text with its standfirst before the body, after the headline if kept."""
    if not lead:
        return text
    lines = text.split("\n")
    heading = next((i for i, line in enumerate(lines[:3]) if line.startswith("# ")), -1)
    return "\n".join([*lines[: heading + 1], *(f"{p}\n" for p in lead), *lines[heading + 1 :]])


# Classes a news page gives the line saying who wrote the article and when, which trafilatura
# drops as boilerplate: "Par Benoît Aubrac-Lefèvre | Publié le 24/03/2013 à 07h45".
_BYLINE_CLASSES = frozenset(("byline", "post-meta", "article-meta", "entry-meta", "meta",
                             "author", "date", "published"))  # fmt: skip
_BYLINE_WORDS = re.compile(r"\b(?:[Pp]ar|[Bb]y|[Pp]ubli[ée]e?|[Pp]osted|[Mm]is en ligne)\b")
BYLINE_MAX_CHARS = 200


def _byline(html: str) -> str:
    """The page's byline, its text on one line; "" when it has none."""
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
    except Exception:  # an unparsable page has no byline to add; trafilatura read it anyway
        return ""
    for element in root.iter("p", "div", "span", "time", "address"):
        if not _BYLINE_CLASSES & set((element.get("class") or "").lower().split()):
            continue
        line = " ".join(element.text_content().split())
        if line and len(line) <= BYLINE_MAX_CHARS and _BYLINE_WORDS.search(line):
            return line
    return ""


def _with_byline(text: str, byline: str) -> str:
    """The article's text with its byline after the headline, as the page shows it, unless the
    extractor kept it: "Qui a écrit l'article ?" is answered by a passage, not only by the
    metadata the byline also gives."""
    if not byline or byline in " ".join(text.split()):
        return text
    lines = text.split("\n")
    heading = next((i for i, line in enumerate(lines) if line.startswith("# ")), -1)
    return "\n".join([*lines[: heading + 1], "", byline, *lines[heading + 1 :]])


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# "Headline | Site", "Headline - Site", "Headline – Site": the page's own name for its site.
_TITLE_SITE = re.compile(r"^(?P<head>.+)\s[|\-–—·]\s+(?P<site>(?:(?!\s[|\-–—·]\s).){2,60})$")


def _title_site_name(html: str, headline: str) -> str:
    """The site a page's <title> names after its headline ("... | La Dépêche des Rives"), or ""
    when the title is not "headline, separator, a few words"."""
    import html as html_lib

    found = _TITLE_TAG.search(html)
    if not found:
        return ""
    title = " ".join(html_lib.unescape(found.group(1)).split())
    parts = _TITLE_SITE.match(title)
    if not parts or len(parts.group("site").split()) > 8:
        return ""
    site = parts.group("site").strip()
    head = parts.group("head")
    # The part before the separator is the headline (or holds it), not a site's slogan.
    if headline and headline[:30] not in head and head[:30] not in headline:
        return ""
    return site


def _names_a_site(sitename: str, title: str) -> bool:
    """Is an extractor's site name a name (not a bare domain, not the headline again)?"""
    if not sitename or ("." in sitename and " " not in sitename):
        return False
    return not title or title[:30] not in sitename


def _definition_lists_as_fields(html: str) -> str:
    """Each term of a definition list (<dt>Années :</dt><dd>2021 - 2023</dd>) becomes one
    "label : value" paragraph, as a mission sheet writes its fields; trafilatura would otherwise
    give the label as a list item and its value as a separate line. Unparsable HTML is returned
    as it is (trafilatura reports it)."""
    if "<dt" not in html.lower():
        return html
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    for dl in list(tree.iter("dl")):
        fields: list[str] = []
        label = ""
        for child in dl:
            text = " ".join(child.text_content().split()) if isinstance(child.tag, str) else ""
            if child.tag == "dt":
                if label:
                    fields.append(label)
                label = text
            elif child.tag == "dd":
                joined = f"{label} {text}" if label.endswith(":") else (
                    f"{label} : {text}" if label else text)  # fmt: skip
                fields.append(joined.strip())
                label = ""
        if label:
            fields.append(label)
        replacement = etree.Element("div")
        for value in fields:
            etree.SubElement(replacement, "p").text = value
        replacement.tail = dl.tail
        dl.getparent().replace(dl, replacement)
    return lxml.html.tostring(tree, encoding="unicode")


_HTML_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 "
    "h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_HTML_SKIP_TAGS = frozenset("script style noscript template head svg".split())


def _html_body_text(html: str, path: Path) -> str:
    """Plain text of the whole body, one line per block element: used when trafilatura finds nothing."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise LoadError(
            str(path), f"HTML could not be parsed ({exc}); check that the file is a saved web page"
        ) from exc
    body = tree.find("body")
    root = body if body is not None else tree
    pieces: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _HTML_SKIP_TAGS:
            if el.tail:
                pieces.append(el.tail)
            return
        block = tag in _HTML_BLOCK_TAGS
        if block:
            pieces.append("\n")
        if el.text and tag:
            pieces.append(el.text)
        for child in el:
            walk(child)
        if block:
            pieces.append("\n")
        if el.tail:
            pieces.append(el.tail)

    walk(root)
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(pieces).split("\n"))
    return "\n\n".join(line for line in lines if line)


# --- DOCX -------------------------------------------------------------------------------------

_SHORT_PARAGRAPH_WORDS = 10
_HEADING_STYLE = re.compile(r"^(?:heading|titre)\s*(\d)?$", re.IGNORECASE)
_TITLE_STYLES = frozenset({"title", "titre"})


def _load_docx(data: bytes, path: Path) -> tuple[str, dict[str, Any]]:
    """Body paragraphs and tables in document order; headings as ``#`` lines, lists as ``- ``."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml import etree

    not_docx = (
        "is not a valid Word .docx file (it is not a zip package with a Word document inside); "
        "if it is an old .doc or another format, open it in Word or LibreOffice and save it as .docx"
    )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise LoadError(str(path), not_docx)
    try:
        _check_zip_sizes(zipfile.ZipFile(io.BytesIO(data)), path)
        document = docx.Document(io.BytesIO(data))
        count = int(document.element.body.xpath("count(.//w:p | .//w:tr)"))
        if count > MAX_DOCX_BLOCKS:
            raise LoadError(
                str(path),
                f"holds {count:,} paragraphs and table rows, more than the {MAX_DOCX_BLOCKS:,} "
                "allowed for one document; split it into smaller files",
            )
        # (kind, text), kind one of "heading", "para", "short", "list", "row", "form", "end-table"
        blocks: list[tuple[str, str]] = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                blocks.extend(_docx_table_rows(item))
                blocks.append(("end-table", ""))
            else:
                blocks.extend(_docx_paragraph(item))
                for box in _text_box_paragraphs(item._p):
                    blocks.extend(_docx_paragraph(Paragraph(box, item._parent)))
        props = document.core_properties
        metadata: dict[str, Any] = {}
        if props.title:
            metadata["title"] = props.title
        if props.author:
            metadata["author"] = props.author
        if props.created:
            metadata["created"] = props.created.isoformat()
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        etree.XMLSyntaxError,
    ) as exc:
        raise LoadError(str(path), f"{not_docx} ({exc})") from exc
    return _join_docx_blocks(blocks), metadata


def _check_zip_sizes(package: zipfile.ZipFile, path: Path) -> None:
    """Refuse a zip bomb from its declared sizes, before anything is unpacked."""
    parts = package.infolist()
    mb = 2**20
    total = sum(part.file_size for part in parts)
    if total > MAX_ZIP_TOTAL_BYTES:
        raise LoadError(
            str(path),
            f"unpacks to {total / mb:,.0f} MB, more than the {MAX_ZIP_TOTAL_BYTES // mb} MB "
            "allowed for a .docx (a zip bomb, or a very large document); split it into smaller files",
        )
    for part in parts:
        if part.file_size > MAX_ZIP_PART_BYTES:
            raise LoadError(
                str(path),
                f"its part {part.filename} unpacks to {part.file_size / mb:,.0f} MB, more than the "
                f"{MAX_ZIP_PART_BYTES // mb} MB allowed (a zip bomb, or a very large document); "
                "split it into smaller files",
            )
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > ZIP_RATIO_FROM_BYTES and ratio > MAX_ZIP_RATIO:
            raise LoadError(
                str(path),
                f"its part {part.filename} is compressed {ratio:,.0f} times (more than "
                f"{MAX_ZIP_RATIO} is the mark of a zip bomb); if it is a genuine document, open "
                "it in Word or LibreOffice and save it again, or split it",
            )


# The paragraphs of the text boxes a Word paragraph anchors ("Chiffres clés" beside the text),
# which python-docx's paragraph text leaves out. Word writes a modern box twice, as a drawing
# and as a VML fallback for old readers: the fallback's copy is not read.
_TEXT_BOX_PATH = ".//w:txbxContent[not(ancestor::mc:Fallback)]/w:p"
_WORD_NAMESPACES = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}  # fmt: skip


def _text_box_paragraphs(paragraph: Any) -> list[Any]:
    from lxml import etree

    # lxml's own xpath: python-docx's knows no markup-compatibility namespace.
    return etree.ElementBase.xpath(paragraph, _TEXT_BOX_PATH, namespaces=_WORD_NAMESPACES)


def _docx_paragraph(paragraph: Any) -> list[tuple[str, str]]:
    text = paragraph.text.strip()
    if not text:
        return []
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    style_key = style.strip().lower()
    if style_key in _TITLE_STYLES:
        return [("heading", f"# {text}")]
    match = _HEADING_STYLE.match(style.strip())
    if match:
        # Heading 1 -> "##" (the document title, if any, is "#"); deeper levels keep their depth.
        level = min(int(match.group(1) or 1) + 1, 6)
        return [("heading", f"{'#' * level} {text}")]
    ppr = paragraph._p.pPr
    numbered = ppr is not None and ppr.numPr is not None
    if numbered or "list" in style_key or "liste" in style_key:
        return [("list", f"- {text}")]
    kind = "short" if len(text.split()) <= _SHORT_PARAGRAPH_WORDS else "para"
    return [(kind, text)]


def _docx_table_rows(table: Any) -> list[tuple[str, str]]:
    """A Word table as ("row", "cell | cell") blocks, one cell per grid column so that every row
    lines up with the header: a horizontally merged cell gives its text once, then empty cells;
    a vertically merged one repeats its text on each row it spans (python-docx returns it on
    each). A row that is one cell across the whole table (a caption, a group title) is a
    paragraph ("para"), not a row. A cell's paragraphs (three names, one per line) are joined
    by " ; ". A form (`form_fields`) gives its fields as "form" lines instead."""
    grid: list[list[str] | str] = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # A horizontally merged cell is returned once per grid column it spans.
            lines = (re.sub(r"\s+", " ", p.text).strip() for p in cell.paragraphs)
            text = " ; ".join(line for line in lines if line)
            cells.append("" if cell._tc is previous else text)
            previous = cell._tc
        if len(cells) > 1 and cells[0] and all(c._tc is row.cells[0]._tc for c in row.cells):
            grid.append(cells[0])
        elif any(cells):
            grid.append(cells)
    fields = form_fields([r for r in grid if isinstance(r, list)])
    if fields is not None:
        return [("form", line) for line in fields]
    return [("para", r) if isinstance(r, str) else ("row", " | ".join(r)) for r in grid]


# A form's left column: field labels, as mission sheets write them (at least this many).
_FORM_LABELS = 2


def form_fields(rows: list[list[str]]) -> list[str] | None:
    """A two-column table that is a form, label | value (a Word mission sheet's "Maître
    d'ouvrage | Landivoët Agglomération"), as "Label : value" lines, which the block parser reads
    as fields; None for any other table, whose rows stay rows under their header. A form has two
    columns and at least two of its left cells are mission-sheet labels (`MISSION_LABELS`)."""
    if any(len(cells) != 2 for cells in rows):
        return None
    labels = [cells[0].strip().rstrip(":").strip() for cells in rows]
    if sum(label_key(label) in MISSION_LABELS for label in labels) < _FORM_LABELS:
        return None
    return [f"{label} : {value.strip()}" if label and value.strip() else label or value.strip()
            for label, (_, value) in zip(labels, rows, strict=True)]  # fmt: skip


def _join_docx_blocks(blocks: list[tuple[str, str]]) -> str:
    """Lay Word paragraphs out as text paragraphs (blocks separated by a blank line).

    Consecutive list items, consecutive table rows, a form table's fields and consecutive short
    paragraphs (a form's labels and values, such as "Calendrier" then "Au fil de l'eau") each
    form one block; headings, tables and longer paragraphs are blocks of their own. Word's empty
    paragraphs are ignored. Grouping short lines keeps a form from looking like a web menu to
    `ingest.clean`.
    """
    out: list[str] = []
    previous_kind = ""
    for kind, text in blocks:
        if kind == "end-table":
            previous_kind = kind
            continue
        if out:
            grouped = kind == previous_kind and kind in ("list", "row", "short", "form")
            out.append("\n" if grouped else "\n\n")
        out.append(text)
        previous_kind = kind
    return "".join(out)


# --- PDF --------------------------------------------------------------------------------------


# Lines at a page's top or bottom that are checked for repetition across pages.
_EDGE_LINES = 3
_RUNNING_WORDS = 12  # a longer line is a running header only if it repeats word for word
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*(?:/\s*\d{1,4}|sur\s+\d{1,4})?\s*[-–—)\]]?$",
                          re.IGNORECASE)  # fmt: skip


def _running_key(line: str) -> str:
    """A line's shape for spotting running headers and footers: page numbers change, the rest
    does not ("Références – page 1/2" and "Références – page 2/2" match)."""
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def _without_running_lines(pages: list[str]) -> tuple[list[str], str]:
    """Pages without their running headers and footers: a line among the first or last few of
    a page that recurs at the edge of at least half the pages (and of two at least), exactly or,
    for a short line, but for its numbers ("Références – page 1/2"); and bare page numbers
    there ("3", "- 3 -", "Page 3 sur 12"). A page is never emptied: a document whose every page
    is one similar sentence is content, not chrome. Also the first page's running header (its
    first such line, "" when none): a magazine's name, issue and date, which `ingest.metadata`
    reads."""
    if len(pages) < 2:
        return pages, ""
    split = [[ln for ln in text.split("\n") if ln.strip()] for text in pages]
    counts: dict[str, int] = {}
    for lines in split:
        for key in {k for ln in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:] for k in _keys(ln)}:
            counts[key] = counts.get(key, 0) + 1
    running = {k for k, n in counts.items() if n >= max(2, (len(pages) + 1) // 2)}

    def chrome(i: int, line: str, n: int) -> bool:
        at_edge = i < _EDGE_LINES or i >= n - _EDGE_LINES
        return at_edge and (bool(running & _keys(line)) or bool(_PAGE_NUMBER.match(line.strip())))

    kept = []
    for lines in split:
        body = [ln for i, ln in enumerate(lines) if not chrome(i, ln, len(lines))]
        kept.append("\n".join(body if body else lines))
    first = split[0]
    header = next((" ".join(ln.split()) for i, ln in enumerate(first[:_EDGE_LINES])
                   if chrome(i, ln, len(first)) and not _PAGE_NUMBER.match(ln.strip())), "")  # fmt: skip
    return kept, header


# A page number written at a line's end or start ("... cohésion sociale Page 1/2", "3 | "),
# looked for in lines no longer than a footer (the pattern's runs of dashes and spaces would
# cost quadratic time on a hostile line).
_FOOTER_CHARS = 300
_EDGE_PAGE_NUMBER = re.compile(
    r"(?:[\s|–—-]+(?:page|p\.)?\s*\d{1,4}(?:\s*(?:/|sur)\s*\d{1,4})?\s*$)|"
    r"(?:^(?:page|p\.)?\s*\d{1,4}(?:\s*(?:/|sur)\s*\d{1,4})?[\s|–—-]+)",
    re.IGNORECASE,
)


def _keys(line: str) -> set[str]:
    """What a line is matched on across pages: its text; for a short line (a header or a
    footer, at most _RUNNING_WORDS words) its shape with numbers blanked; for a longer one, its
    text without a page number at its end or start ("Communauté d'agglomération du Val de
    Mévrine – Direction de la cohésion sociale Page 1/2")."""
    exact = " ".join(line.split()).lower()
    if len(exact.split()) <= _RUNNING_WORDS:
        return {exact, _running_key(line)}
    if len(exact) > _FOOTER_CHARS:
        return {exact}
    numbered = _EDGE_PAGE_NUMBER.sub("", exact)
    return {exact, f"page#{numbered}"} if numbered != exact and numbered else {exact}


_RULE = re.compile(rb"(?:-?[\d.]+\s+){4}re\b|(?:-?[\d.]+\s+){2}l\b")


def _draws_rules(page: Any) -> bool:
    """Does the page's content stream draw rectangles or lines? (A cheap test with pypdf before
    the slower table detection.)"""
    try:
        contents = page.get_contents()
        return bool(contents is not None and _RULE.search(contents.get_data()))
    except Exception:  # an unreadable stream: no table detection on that page
        return False


class _Plumber:
    """pdfplumber over the same bytes, opened on the first page that may hold a table: ruled
    tables become ``cell | cell`` rows (the first, its header) in reading order with the page's
    other lines. Any failure keeps pypdf's text of the page."""

    def __init__(self, data: bytes, path: Path):
        self.data, self.path = data, path
        self.pdf: Any = None

    def page_with_tables(self, index: int) -> tuple[str, int] | None:
        try:
            if self.pdf is None:
                import pdfplumber

                self.pdf = pdfplumber.open(io.BytesIO(self.data))
            page = self.pdf.pages[index]
            try:
                return _page_with_tables(page)
            finally:
                page.flush_cache()
        except Exception as exc:  # pdfminer raises many kinds on odd files
            logger.warning("%s: tables of page %d could not be read (%s); kept its text",
                           self.path, index + 1, exc)  # fmt: skip
            return None

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _page_with_tables(page: Any) -> tuple[str, int] | None:
    """The page's lines outside its tables and its tables' rows, top to bottom; None when it
    has no table."""
    tables = [t for t in page.find_tables() if t.rows]
    if not tables:
        return None
    outside = page
    for table in tables:
        outside = outside.outside_bbox(table.bbox)
    placed: list[tuple[float, str]] = [
        (line["top"], line["text"]) for line in outside.extract_text_lines() if line["text"].strip()
    ]
    for table in tables:
        grid = []
        for cells in table.extract():
            texts = [" ".join((c or "").split()) for c in cells]
            if any(texts):
                grid.append(texts)
        fields = form_fields(grid)
        rows = fields if fields is not None else [" | ".join(texts) for texts in grid]
        # A blank line on each side: the rows are a table block of their own.
        placed.append((table.bbox[1], "\n" + "\n".join(rows) + "\n"))
    placed.sort(key=lambda item: item[0])
    return "\n".join(text for _, text in placed).strip(), len(tables)


def _load_pdf(data: bytes, path: Path) -> tuple[str, dict[str, Any]]:
    """Text layer of every page, pages separated by a blank line; no OCR."""
    import pypdf

    if b"%PDF-" not in data[:1024]:
        raise LoadError(
            str(path), "is not a PDF (no %PDF header); check the file or give it its real extension"
        )
    if b"%%EOF" not in data[-2048:]:
        raise LoadError(
            str(path),
            "PDF is truncated or corrupt (no end-of-file marker); download or export it again",
        )
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(
                str(path),
                "PDF is password-protected; save an unprotected copy and ingest that instead",
            )
        info = reader.metadata
        if len(reader.pages) > MAX_PDF_PAGES:
            raise LoadError(
                str(path),
                f"has {len(reader.pages):,} pages, more than the {MAX_PDF_PAGES:,} allowed for "
                "one document; split it into smaller files",
            )
        pages = list(reader.pages)
    except LoadError:
        raise
    except Exception as exc:  # pypdf raises many exception types on corrupt input
        raise LoadError(
            str(path), f"PDF is corrupt or truncated ({exc}); download or export it again"
        ) from exc

    texts: list[str] = []
    unreadable: list[int] = []
    tables = 0
    plumber = _Plumber(data, path)
    for number, page in enumerate(pages, start=1):
        try:
            page_text = page.extract_text() or ""
        except Exception as exc:  # one damaged page should not lose the others
            logger.warning("%s: page %d could not be read (%s); skipped", path, number, exc)
            unreadable.append(number)
            continue
        if _draws_rules(page):  # only pages that draw lines can hold a ruled table
            with_tables = plumber.page_with_tables(number - 1)
            if with_tables is not None:
                page_text, found = with_tables
                tables += found
        page_text = _normalise_newlines(page_text).strip()
        if page_text:
            texts.append(page_text)
    texts, running_header = _without_running_lines(texts)
    texts = [t for t in texts if t.strip()]
    if not texts:
        reason = (
            "PDF has no text layer (probably scanned images); OCR is not supported: run it "
            "through an OCR tool (e.g. ocrmypdf) and ingest the result"
        )
        if unreadable:
            reason = "no page of the PDF could be read; it is probably corrupt: export it again"
        raise LoadError(str(path), reason)

    plumber.close()
    metadata: dict[str, Any] = {"pages": len(pages)}
    if tables:
        metadata["tables"] = tables
    if unreadable:
        metadata["unreadable_pages"] = unreadable
    if running_header:
        metadata["running_header"] = running_header
    if info is not None:
        for key, attr in (("title", "title"), ("author", "author")):
            try:
                value = getattr(info, attr)
            except Exception:  # a malformed info dictionary is not worth failing for
                value = None
            if value and str(value).strip():
                metadata[key] = str(value).strip()
    return "\n\n".join(texts), metadata
