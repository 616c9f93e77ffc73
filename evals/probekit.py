"""Shared writers and checker of the probe document generators (evals/probe9 .. probe19).

Each evals/probeN/make_docs.py holds the texts of its five documents and imports this module to
write them and, for the probes that have one, to check its question set against them. Only the
standard library is used.

Writers (every output is byte-for-byte reproducible: fixed zip timestamps, fixed metadata dates):

- ``write_docx``: a minimal OOXML package written by hand (document, styles, a bullet numbering,
  one header and one footer, core and app properties): a kicker, a title, a subtitle, a two-column
  table of labelled fields, then headings, paragraphs, list items, notes and tables.
- ``write_pdf``: a PDF 1.4 written by hand with the standard Type1 fonts Helvetica,
  Helvetica-Bold and Helvetica-Oblique in WinAnsiEncoding (AFM widths, so lines are wrapped as
  a viewer would draw them), A4 pages with a running header, footer and page numbers; the body is
  a kicker, a title, a subtitle, a form table, then headings, paragraphs, bullets, notes and
  tables (``Layout`` is the small flow layout behind it).
- ``write_text``: a Markdown, HTML or plain-text document, UTF-8.

Checker: ``blocks_docx``, ``blocks_pdf``, ``blocks_html``, ``blocks_md`` and ``blocks_txt`` read
back the visible text blocks of the written files (a paragraph, list item, table cell, heading or
text paragraph; in the PDF, one run of lines sharing the same left edge on one page).
``check_questions`` checks a question set (evals/questions.probeN.jsonl): ids in sequence, every
gold quote inside one block of one of its gold documents after whitespace normalisation, every
answer fact in one of its gold documents, every near-doc tag naming a document, unanswerable
cases without facts, quotes or documents. ``print_report`` prints the sizes and word counts of the
documents, the check's result and the tag counts, and returns the number of problems (the
generators exit 1 when it is not zero).

Where the generators differ, the difference is a parameter whose default is the newest probe's
behaviour (probe14): the DOCX table header colour (``header_fill``), the DOCX bold total row
(``total_match``: a first cell starting with "Total", or equal to it), the DOCX revision, the PDF
colours (``theme``), the PDF total row (``total_rule``: rows whose first cell starts with "Total",
or the last row), the width of the PDF form's label column, and the PDF tables (``tables``).
"""
import html.parser
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

# ===========================================================================
# DOCX writer (hand-built minimal OOXML package)
# ===========================================================================
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _run(text, bold=False, italic=False, size=None, color=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(text, style=None, num=None, align=None, **run_kw):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{_run(text, **run_kw) if text else ''}</w:p>"


def _is_total_cell(first, total_match):
    """Whether a DOCX table row is a total row: its first cell starts with "Total" ("prefix")
    or is exactly "Total" ("exact")."""
    if total_match == "prefix":
        return first.startswith("Total")
    if total_match == "exact":
        return first == "Total"
    raise ValueError(f"total_match must be 'prefix' or 'exact', not {total_match!r}")


def _table(rows, widths, header_fill="385723", label_col=False, total_match="prefix"):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
           f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    for i, row in enumerate(rows):
        out.append("<w:tr>")
        for j, val in enumerate(row):
            head = (i == 0 and not label_col)
            label = label_col and j == 0
            fill = header_fill if head else ("DDEBF7" if label else None)
            tcpr = f'<w:tcW w:w="{widths[j]}" w:type="dxa"/>'
            if fill:
                tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
            bold = head or label or (not label_col and _is_total_cell(row[0], total_match))
            color = "FFFFFF" if head else None
            out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>"
                       f"{_para(val, style='TableText', bold=bold, color=color)}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx_body(kicker, title, subtitle, fields, sections, tables, widths, header_fill="385723",
              total_match="prefix"):
    """word/document.xml: kicker, title, subtitle, the fields table, then the sections, a list of
    (kind, text) with kind h1, p, li, note or table (text then names a key of tables and
    widths)."""
    parts = [
        _para(kicker, style="Kicker"),
        _para(title, style="Title"),
        _para(subtitle, style="Subtitle"),
        _table([list(f) for f in fields], [2600, 7000], label_col=True),
        _para(""),
    ]
    for kind, text in sections:
        if kind == "h1":
            parts.append(_para(text, style="Heading1"))
        elif kind == "p":
            parts.append(_para(text))
        elif kind == "li":
            parts.append(_para(text, style="ListParagraph", num=1))
        elif kind == "note":
            parts.append(_para(text, style="Note"))
        elif kind == "table":
            parts.append(_table(tables[text], widths[text], header_fill=header_fill,
                                total_match=total_match))
            parts.append(_para(""))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId4"/>'
            '<w:footerReference w:type="default" r:id="rId5"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1304" w:right="1134" w:bottom="1304" w:left="1134" '
            'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    return (XML_DECL + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
            + "".join(parts) + sect + "</w:body></w:document>")


DOCX_STYLES = XML_DECL + f"""<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:i/><w:color w:val="595959"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kicker"><w:name w:val="Kicker"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:caps/><w:color w:val="C55A11"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr><w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

DOCX_NUMBERING = XML_DECL + f"""<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""

DOCX_CONTENT_TYPES = XML_DECL + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

DOCX_ROOT_RELS = XML_DECL + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCX_DOC_RELS = XML_DECL + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""


def _hdr_ftr(tag, text, style):
    return (XML_DECL + f'<w:{tag} xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            + _para(text, style=style) + f"</w:{tag}>")


def docx_core(title, subject, company, keywords, date, revision=4):
    """docProps/core.xml: created and modified at the fixed date (W3CDTF)."""
    return (XML_DECL + '<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title>"
            f"<dc:subject>{escape(subject)}</dc:subject>"
            f"<dc:creator>{escape(company)}</dc:creator>"
            f"<cp:keywords>{escape(keywords)}</cp:keywords>"
            f"<cp:lastModifiedBy>{escape(company)}</cp:lastModifiedBy>"
            f"<cp:revision>{revision}</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>'
            "</cp:coreProperties>")


def docx_app(company):
    """docProps/app.xml."""
    return (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties"><Application>Microsoft Office Word</Application>'
            f"<Company>{escape(company)}</Company></Properties>")


def write_docx(path, *, kicker, title, subtitle, fields, sections, tables, widths, header, footer,
               doc_kind, company, keywords, date, zip_dt, revision=4, header_fill="385723",
               total_match="prefix"):
    """Write the DOCX file at path.

    fields: (label, value) rows of the two-column table under the subtitle; sections: (kind,
    text) pairs, see docx_body; tables and widths: rows and column widths (twentieths of a
    point) of each named table; header, footer: the running texts; doc_kind, company, keywords,
    date (W3CDTF), revision: the properties (subject "doc_kind – subtitle"); zip_dt: the
    timestamp of every zip member; header_fill: the hex colour of the tables' header row;
    total_match: "prefix" or "exact", how a bold total row is told (see _is_total_cell).
    """
    members = [
        ("[Content_Types].xml", DOCX_CONTENT_TYPES),
        ("_rels/.rels", DOCX_ROOT_RELS),
        ("docProps/core.xml", docx_core(title, doc_kind + " – " + subtitle, company, keywords,
                                        date, revision)),
        ("docProps/app.xml", docx_app(company)),
        ("word/document.xml", docx_body(kicker, title, subtitle, fields, sections, tables, widths,
                                        header_fill, total_match)),
        ("word/_rels/document.xml.rels", DOCX_DOC_RELS),
        ("word/styles.xml", DOCX_STYLES),
        ("word/numbering.xml", DOCX_NUMBERING),
        ("word/header1.xml", _hdr_ftr("hdr", header, "Header")),
        ("word/footer1.xml", _hdr_ftr("ftr", footer, "Footer")),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members:
            zi = zipfile.ZipInfo(name, date_time=zip_dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zf.writestr(zi, text.encode("utf-8"))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ===========================================================================
# PDF writer (hand-built, standard Type1 fonts, WinAnsiEncoding)
# ===========================================================================
# Helvetica advance widths (AFM) for ASCII 32..126, per 1000 em.
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_HELV_B = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
           556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
           975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
           667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
           333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
           611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
# Non-ASCII WinAnsi characters: width taken from a base letter, or given directly.
_BASE = {"à": "a", "â": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
         "î": "i", "ï": "i", "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "À": "A",
         "Â": "A", "Ç": "C", "É": "E", "È": "E", "Ê": "E", "Î": "I", "Ô": "O", "Ù": "U",
         "Û": "U", "\u00a0": " "}
_DIRECT = {"€": 556, "–": 556, "—": 1000, "«": 556, "»": 556, "’": 222, "°": 400, "²": 333,
           "œ": 944, "Œ": 1000, "…": 1000, "•": 350}


def _cw(ch, bold):
    table = _HELV_B if bold else _HELV
    ch = _BASE.get(ch, ch)
    if ch in _DIRECT:
        return _DIRECT[ch]
    o = ord(ch)
    if 32 <= o <= 126:
        return table[o - 32]
    return 600


def text_width(s, size, bold=False):
    return sum(_cw(c, bold) for c in s) * size / 1000.0


def wrap(text, size, width, bold=False):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if text_width(cand, size, bold) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _pdf_info_str(s):
    """Document-information string: UTF-16BE with byte-order mark, as a hex string."""
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def _widths_array(bold):
    ws = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            ws.append(0)
            continue
        ws.append(_cw(ch, bold) if (ch in _BASE or ch in _DIRECT or 32 <= code <= 126) else 556)
    return "[" + " ".join(str(w) for w in ws) + "]"


PAGE_W, PAGE_H = 595.28, 841.89
MARGIN_L, MARGIN_R = 56.0, 56.0
TOP_Y, BOTTOM_Y = 780.0, 62.0
CONTENT_W = PAGE_W - MARGIN_L - MARGIN_R
FONTS = {"R": "F1", "B": "F2", "I": "F3"}

# PDF colour themes: (accent of titles, rules and table header rows, fill of label cells).
THEME_TEAL = ((0.12, 0.36, 0.45), (0.88, 0.94, 0.96))
THEME_BRICK = ((0.55, 0.16, 0.12), (0.96, 0.91, 0.88))


class Layout:
    """Very small flow layout: lines of text, rules and rectangles, page by page.

    theme: (accent, label fill), see THEME_TEAL; total_rule: which rows of a table drawn with
    total_row=True are total rows, "prefix" (after the first, those whose first cell starts with
    "Total") or "last" (the last row).
    """

    def __init__(self, theme=THEME_TEAL, total_rule="prefix"):
        if total_rule not in ("prefix", "last"):
            raise ValueError(f"total_rule must be 'prefix' or 'last', not {total_rule!r}")
        self.accent, self.label_fill = theme
        self.total_rule = total_rule
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = TOP_Y

    def ensure(self, h):
        if self.y - h < BOTTOM_Y:
            self.new_page()

    def text(self, x, y, s, style="R", size=9.5, color=(0, 0, 0)):
        r, g, b = color
        self.ops.append(b"BT /%s %.1f Tf %.3f %.3f %.3f rg %.2f %.2f Td " % (
            FONTS[style].encode(), size, r, g, b, x, y) + _pdf_str(s) + b" Tj ET")

    def rect(self, x, y, w, h, fill=None, stroke=True):
        ops = b""
        if fill:
            ops += b"%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f " % (*fill, x, y, w, h)
        if stroke:
            ops += b"0.5 w 0.45 0.45 0.45 RG %.2f %.2f %.2f %.2f re S" % (x, y, w, h)
        self.ops.append(ops)

    def line(self, x1, y1, x2, y2, width=0.8, color=None):
        color = self.accent if color is None else color
        self.ops.append(b"%.2f w %.3f %.3f %.3f RG %.2f %.2f m %.2f %.2f l S" % (
            width, *color, x1, y1, x2, y2))

    def paragraph(self, s, size=9.5, style="R", lead=12.8, indent=0.0, after=5.0,
                  color=(0, 0, 0)):
        for ln in wrap(s, size, CONTENT_W - indent, style == "B"):
            self.ensure(lead)
            self.y -= lead
            self.text(MARGIN_L + indent, self.y, ln, style, size, color)
        self.y -= after

    def bullet(self, s, size=9.5, lead=12.8):
        lines = wrap(s, size, CONTENT_W - 14)
        self.ensure(lead * min(len(lines), 2))
        for i, ln in enumerate(lines):
            self.ensure(lead)
            self.y -= lead
            if i == 0:
                self.text(MARGIN_L + 3, self.y, "•", "R", size)
            self.text(MARGIN_L + 14, self.y, ln, "R", size)
        self.y -= 3.0

    def _is_total(self, rows, i, row):
        if self.total_rule == "last":
            return i == len(rows) - 1
        return i > 0 and row[0].startswith("Total")

    def table(self, rows, widths, size=8.5, lead=10.6, pad=3.5, head=True, label_col=False,
              total_row=False):
        accent = self.accent
        for i, row in enumerate(rows):
            is_head = head and i == 0
            is_total = total_row and self._is_total(rows, i, row)
            cells = []
            for j, val in enumerate(row):
                bold = is_head or is_total or (label_col and j == 0)
                cells.append((wrap(val, size, widths[j] - 2 * pad, bold) if val else [], bold))
            h = max(1, max(len(c[0]) for c in cells)) * lead + 2 * pad
            self.ensure(h)
            top = self.y
            x = MARGIN_L
            for j, (lines, bold) in enumerate(cells):
                if is_head:
                    fill = accent
                elif label_col and j == 0:
                    fill = self.label_fill
                elif is_total:
                    fill = (0.92, 0.92, 0.92)
                else:
                    fill = None
                self.rect(x, top - h, widths[j], h, fill=fill)
                color = (1, 1, 1) if is_head else (0, 0, 0)
                ty = top - pad
                for ln in lines:
                    ty -= lead
                    self.text(x + pad, ty + 2.2, ln, "B" if bold else "R", size, color)
                x += widths[j]
            self.y = top - h
        self.y -= 8.0


def pdf_layout(*, kicker, title, subtitle, form, blocks, tables, total_tables=(),
               form_label_w=150, theme=THEME_TEAL, total_rule="prefix"):
    """Lay out the PDF body; return the pages' content operators.

    form: (label, value) rows of the table under the subtitle, whose label column is
    form_label_w points wide; blocks: (kind, text) pairs with kind h, p, b (bullet), note or
    table (text then names a key of tables); tables: name -> (rows function, widths of all
    columns but the last, which takes the rest of the line); total_tables: the names of the
    tables drawn with a total row (see Layout).
    """
    lo = Layout(theme, total_rule)
    accent = lo.accent
    lo.paragraph(kicker, size=9, style="B", color=accent, after=2)
    lo.paragraph(title, size=16, style="B", lead=20, after=2)
    lo.paragraph(subtitle, size=12, style="B", lead=15, after=8)
    lo.table([list(r) for r in form], [form_label_w, CONTENT_W - form_label_w], size=9,
             lead=11.5, head=False, label_col=True)
    for kind, text in blocks:
        if kind == "h":
            lo.ensure(40)
            lo.y -= 6
            lo.paragraph(text, size=11, style="B", lead=14, after=3, color=accent)
        elif kind == "p":
            lo.paragraph(text)
        elif kind == "b":
            lo.bullet(text)
        elif kind == "note":
            lo.y -= 4
            lo.paragraph(text, size=8, style="I", lead=10)
        elif kind == "table":
            rows_fn, widths = tables[text]
            w = list(widths)
            w.append(CONTENT_W - sum(w))
            lo.table(rows_fn(), w, total_row=(text in total_tables))
    return lo.pages


def write_pdf(path, *, header_left, header_right, footer, author, subject, creator, date,
              **layout):
    """Write the PDF file at path: the body laid out by pdf_layout(**layout) (kicker, title,
    subtitle, form, blocks, tables and the options), on every page the running header (left and
    right texts), the footer and "page/pages"; the information dictionary holds "title –
    subtitle", author, subject, creator and date (a PDF date string) as creation and
    modification dates."""
    pages = pdf_layout(**layout)
    n = len(pages)
    grey = (0.45, 0.45, 0.45)
    streams = []
    deco = Layout(layout.get("theme", THEME_TEAL))
    for i, ops in enumerate(pages, 1):
        deco.ops = []
        deco.text(MARGIN_L, 808, header_left, "R", 7.5, grey)
        deco.text(PAGE_W - MARGIN_R - text_width(header_right, 7.5, True), 808,
                  header_right, "B", 7.5, grey)
        deco.line(MARGIN_L, 800, PAGE_W - MARGIN_R, 800)
        head_ops = deco.ops
        deco.ops = []
        deco.line(MARGIN_L, 44, PAGE_W - MARGIN_R, 44, width=0.4, color=grey)
        deco.text(MARGIN_L, 32, footer, "R", 7, grey)
        pn = f"{i}/{n}"
        deco.text(PAGE_W - MARGIN_R - text_width(pn, 7), 32, pn, "R", 7, grey)
        streams.append(b"\n".join(head_ops + ops + deco.ops) + b"\n")

    objs = {}
    # 1 catalog, 2 pages, 3-5 fonts, 6 info, then page/content pairs.
    kids = []
    for i, stream in enumerate(streams):
        pid, cid = 7 + 2 * i, 8 + 2 * i
        kids.append(pid)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> "
                     b"/Contents %d 0 R >>" % (PAGE_W, PAGE_H, cid))
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R /Lang (fr-FR) >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + \
        b"] /Count %d >>" % len(kids)
    for oid, base, bold in ((3, "Helvetica", False), (4, "Helvetica-Bold", True),
                            (5, "Helvetica-Oblique", False)):
        objs[oid] = (f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} "
                     f"/Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 "
                     f"/Widths {_widths_array(bold)} >>").encode()
    objs[6] = (b"<< /Title " + _pdf_info_str(f"{layout['title']} – {layout['subtitle']}")
               + b" /Author " + _pdf_info_str(author)
               + b" /Subject " + _pdf_info_str(subject)
               + b" /Creator " + _pdf_info_str(creator)
               + b" /CreationDate " + _pdf_str(date)
               + b" /ModDate " + _pdf_str(date) + b" >>")

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = out.tell()
        out.write(b"%d 0 obj\n" % oid + objs[oid] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for oid in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[oid])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (size, xref))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def meur(tenths):
    """An amount in tenths of a million euros, French decimal comma (67 -> "6,7"); "–" for none."""
    return "–" if tenths == 0 else f"{tenths // 10},{tenths % 10}"


def eur(v):
    """A whole number of euros with French thousands spacing ("1 250 000"); 0 as an en dash."""
    return f"{v:,}".replace(",", " ") if v else "–"


def write_text(path, text):
    """Write a text document (Markdown, HTML, plain text) at path, UTF-8, as given."""
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))


def print_sizes(out_dir):
    """Print the name and size in bytes of every file in out_dir."""
    for fn in sorted(os.listdir(out_dir)):
        print(fn, os.path.getsize(os.path.join(out_dir, fn)))


# ===========================================================================
# Read-back of the written files and check of a question set
# ===========================================================================
def _norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def blocks_docx(path):
    """Paragraph texts (body, table cells, header, footer) of a DOCX file."""
    out = []
    with zipfile.ZipFile(path) as zf:
        for name in ("word/document.xml", "word/header1.xml", "word/footer1.xml"):
            xml = zf.read(name).decode("utf-8")
            for p in re.findall(r"<w:p>(.*?)</w:p>", xml, re.S):
                ts = re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S)
                text = "".join(ts).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                if text.strip():
                    out.append(text)
    return out


def _pdf_unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):  # backslash
            out.append(b[i + 1])
            i += 2
        else:
            out.append(c)
            i += 1
    return out.decode("cp1252")


def blocks_pdf(path):
    """Text runs of each page, in stream order, grouped while they share the same x (a
    paragraph, a bullet's text or a table cell): a quote must lie inside one group."""
    data = open(path, "rb").read()
    out = []
    for stream in re.findall(rb"stream\n(.*?)endstream", data, re.S):
        runs = re.findall(rb"BT /F\d [\d.]+ Tf [\d. ]+ rg ([\d.]+) ([\d.]+) Td \((.*?)\) Tj ET",
                          stream, re.S)
        group, gx = [], None
        for x, _y, s in runs:
            if gx is not None and x != gx:
                out.append(" ".join(group))
                group = []
            gx = x
            group.append(_pdf_unescape(s))
        if group:
            out.append(" ".join(group))
    return out


class _HTMLBlocks(html.parser.HTMLParser):
    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "td", "th", "dt", "dd", "figcaption", "nav",
             "blockquote", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.skip = [], [], 0

    def _flush(self):
        t = "".join(self.cur)
        if t.strip():
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in self.BLOCK or tag in ("ul", "div", "aside", "article", "section", "br"):
            self._flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag in self.BLOCK or tag in ("ul", "div", "aside", "article", "section"):
            self._flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def blocks_html(path):
    """Visible text blocks of an HTML file (head, script and style dropped)."""
    p = _HTMLBlocks()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    p._flush()
    return p.blocks


def _md_inline(s):
    return re.sub(r"\*+", "", s).strip()


def blocks_md(path):
    """Visible blocks of a Markdown file: front matter dropped, headings, paragraphs, list items
    and table cells, emphasis markers removed."""
    text = open(path, encoding="utf-8").read()
    if text.startswith("---\n"):
        text = text[text.index("\n---\n", 4) + 5:]
    out = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [ln for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        if all(ln.lstrip().startswith("|") for ln in lines):
            for ln in lines:
                for cell in ln.strip().strip("|").split("|"):
                    if cell.strip() and not re.fullmatch(r"\s*:?-+:?\s*", cell):
                        out.append(_md_inline(cell))
        elif all(re.match(r"\s*(?:[-*+]|\d+\.)\s", ln) for ln in lines):
            out.extend(_md_inline(re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", ln)) for ln in lines)
        else:
            out.append(_md_inline(re.sub(r"^#+\s*", "", " ".join(lines))))
    return out


def blocks_txt(path):
    """Paragraphs (runs of lines between blank lines) of a plain-text file."""
    text = open(path, encoding="utf-8").read()
    return [" ".join(c.split("\n")) for c in re.split(r"\n\s*\n", text) if c.strip()]


_READERS_BY_EXT = {".docx": blocks_docx, ".pdf": blocks_pdf, ".html": blocks_html,
                   ".md": blocks_md, ".txt": blocks_txt}


def block_readers(*names):
    """The block reader of each document name, chosen by its extension, in the given order."""
    return {fn: _READERS_BY_EXT[os.path.splitext(fn)[1]] for fn in names}


def check_questions(path, out_dir, readers, qid_prefix):
    """Check the question set at path against the documents of out_dir named in readers
    (name -> block reader); the ids must run qid_prefix-001, qid_prefix-002, ...

    Return (cases, number of gold quotes, problems)."""
    blocks = {fn: [_norm(b) for b in reader(os.path.join(out_dir, fn))]
              for fn, reader in readers.items()}
    full = {fn: " ¶ ".join(bs).lower() for fn, bs in blocks.items()}
    problems, n_quotes = [], 0
    ids = set()
    with open(path, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    for k, q in enumerate(cases, 1):
        qid = q["id"]
        if qid != f"{qid_prefix}-{k:03d}" or qid in ids:
            problems.append(f"{qid}: bad or duplicate id (line {k})")
        ids.add(qid)
        if q["language"] not in ("fr", "en"):
            problems.append(f"{qid}: language {q['language']!r}")
        docs = q["gold_docs"]
        for fn in docs:
            if fn not in blocks:
                problems.append(f"{qid}: unknown gold doc {fn}")
        for t in q["tags"]:
            if t.startswith("near-doc:") and t[len("near-doc:"):] not in blocks:
                problems.append(f"{qid}: unknown near-doc {t}")
        if not q["answerable"]:
            if q["answer_facts"] or q["gold_quotes"] or docs:
                problems.append(f"{qid}: unanswerable case with facts, quotes or docs")
            if not {"unanswerable", "near-miss"} <= set(q["tags"]):
                problems.append(f"{qid}: unanswerable case not tagged unanswerable, near-miss")
            continue
        if not (q["answer_facts"] and q["gold_quotes"] and docs):
            problems.append(f"{qid}: answerable case without facts, quotes or docs")
        for quote in q["gold_quotes"]:
            n_quotes += 1
            # (a quote over a table row is written as the index reads the row, its cells joined
            # by " | ": the document lays them out with spaces)
            nq = _norm(quote.replace(" | ", " "))
            if not any(nq in b for fn in docs if fn in blocks for b in blocks[fn]):
                problems.append(f"{qid}: quote not found in one block of {docs}: «{quote}»")
        for fact in q["answer_facts"]:
            if not any(_norm(fact["text"]).lower() in full[fn] for fn in docs if fn in full):
                problems.append(f"{qid}: fact not in its gold docs: {fact['text']!r}")
    return cases, n_quotes, problems


def tag_counts(cases):
    """Counts reported for the probe: answerable, near-miss, paraphrase, English, compound, list."""
    def n(pred):
        return sum(1 for q in cases if pred(q))
    return {
        "questions": len(cases),
        "answerable": n(lambda q: q["answerable"]),
        "near-miss": n(lambda q: "near-miss" in q["tags"]),
        "paraphrase": n(lambda q: "paraphrase" in q["tags"]),
        "english": n(lambda q: q["language"] == "en"),
        "compound": n(lambda q: "compound" in q["tags"]),
        "list": n(lambda q: "list" in q["tags"]),
    }


def print_report(out_dir, readers, questions, qid_prefix, show_tags=True):
    """Print every document of out_dir with its size and word count, then, when the question
    set exists, check it (problems to stderr), print its counts and, with show_tags, its tag
    counts. Return the number of problems (0 when there is no question set)."""
    for fn in sorted(os.listdir(out_dir)):
        words = sum(len(b.split()) for b in readers[fn](os.path.join(out_dir, fn)))
        print(fn, os.path.getsize(os.path.join(out_dir, fn)), "bytes,", words, "words")
    if not os.path.exists(questions):
        return 0
    cases, n_quotes, problems = check_questions(questions, out_dir, readers, qid_prefix)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    print(f"{os.path.basename(questions)}: {len(cases)} questions, {n_quotes} gold quotes, "
          f"{len(problems)} problems")
    if show_tags:
        print(", ".join(f"{k} {v}" for k, v in tag_counts(cases).items()))
    return len(problems)
