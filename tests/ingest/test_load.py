"""ingest.load: real files of every supported type, built in tmp_path, and every error case."""

from __future__ import annotations

import hashlib
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from ingest.errors import LoadError, UnsupportedFormat
from ingest.load import SUPPORTED_SUFFIXES, iter_corpus, load, unsupported_files

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


# --- builders -------------------------------------------------------------------------------


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = "Fiche action 3.2"
    document.core_properties.author = "Service politique de la ville"
    document.add_heading("Favoriser la mobilité des habitants", level=1)
    document.add_paragraph(
        "Le quartier des Tilleuls reste mal desservi par les transports en commun depuis 2015."
    )
    document.add_paragraph("Créer une navette vers la gare", style="List Bullet")
    document.add_paragraph("Ouvrir un atelier de réparation de vélos", style="List Bullet")
    table = document.add_table(rows=3, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "Calendrier prévisionnel"
    for col, value in enumerate(("Étape", "Année", "Pilote")):
        table.cell(1, col).text = value
    for col, value in enumerate(("Étude", "2024", "Ville")):
        table.cell(2, col).text = value
    document.add_heading("Indicateurs", level=2)
    document.add_paragraph("Nombre de trajets réalisés par mois.")
    document.save(path)
    return path


def make_pdf(path: Path, pages: list[str], *, title: str = "", author: str = "") -> Path:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    for text in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)  # core font: latin-1 text only
        pdf.multi_cell(0, 8, text)
    path.write_bytes(bytes(pdf.output()))
    return path


HTML_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Le quartier des Oliviers change de visage | Le Journal du Renouvellement</title>
<meta name="author" content="Claire Martin">
<meta property="og:site_name" content="Le Journal du Renouvellement">
<meta property="og:url" content="https://journal-renouvellement.example/oliviers">
<meta property="article:published_time" content="2021-05-17">
</head><body>
<header><a href="/">Accueil du journal</a>
<nav><ul><li><a href="/a">Actualités régionales</a></li><li><a href="/b">Nos dossiers</a></li>
<li><a href="/c">Contactez la rédaction</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent">Nous utilisons des cookies pour améliorer votre
expérience de lecture. <button>Accepter</button></div>
<main><article>
<h1>Le quartier des Oliviers change de visage</h1>
<p>La démolition de la barre Mistral a commencé en mars, après dix ans de concertation avec les
habitants du quartier.</p>
<h2>Un chantier de quatre ans</h2>
<p>Le bailleur prévoit la reconstruction de 120 logements sociaux sur des parcelles voisines, hors
du quartier prioritaire.</p>
<ul><li>Réhabilitation de l'école élémentaire</li><li>Création d'un jardin partagé</li></ul>
<p>Les travaux devraient s'achever à la fin de l'année 2025, selon la direction de projet.</p>
</article></main>
<footer><p>© 2021 Le Journal du Renouvellement. Tous droits réservés.</p>
<a href="/mentions">Mentions légales</a></footer>
</body></html>
"""


# --- formats --------------------------------------------------------------------------------


def test_docx_keeps_body_order_headings_lists_and_tables(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "fiche.docx")
    raw = load(path)
    assert raw.format == "docx"
    assert raw.doc_id == "fiche.docx"
    assert raw.text == (
        "## Favoriser la mobilité des habitants\n\n"
        "Le quartier des Tilleuls reste mal desservi par les transports en commun depuis 2015.\n\n"
        "- Créer une navette vers la gare\n"
        "- Ouvrir un atelier de réparation de vélos\n\n"
        "Calendrier prévisionnel\n\n"  # a row of one merged cell: the table's caption
        "Étape | Année | Pilote\n"
        "Étude | 2024 | Ville\n\n"
        "### Indicateurs\n\n"
        "Nombre de trajets réalisés par mois."
    )
    assert raw.metadata["title"] == "Fiche action 3.2"
    assert raw.metadata["author"] == "Service politique de la ville"
    assert "created" in raw.metadata
    assert raw.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_docx_merged_cells_keep_rows_aligned_with_their_header(tmp_path: Path) -> None:
    from ingest.blocks import parse_blocks

    document = docx.Document()
    table = document.add_table(rows=5, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Plan de financement 2024"
    for row, values in enumerate([("Financeur", "Montant", "Part"), ("ANRU", "12 M€", "40 %"),
                                  ("Ville", "9 M€", "30 %"), ("Total", "21 M€", "")], start=1):  # fmt: skip
        for col, value in enumerate(values):
            table.cell(row, col).text = value
    table.cell(4, 1).merge(table.cell(4, 2))  # "21 M€" across Montant and Part
    table.cell(2, 0).merge(table.cell(3, 0)).text = "Financeurs publics"  # down two rows
    path = tmp_path / "financement.docx"
    document.save(path)
    text = load(path).text
    assert text.startswith("Plan de financement 2024\n\nFinanceur | Montant | Part\n")
    rows = [b for b in parse_blocks(text) if b.kind == "row" and b.header]
    cells = [[c.strip() for c in text[b.start : b.end].split("|")] for b in rows]
    assert cells == [["Financeurs publics", "12 M€", "40 %"], ["Financeurs publics", "9 M€", "30 %"],
                     ["Total", "21 M€", ""]]  # fmt: skip
    assert all(b.header == ("Financeur", "Montant", "Part") for b in rows)


FORM = [("Maître d'ouvrage", "Ville de Testville"), ("Site", "Testville, quartier des Tilleuls"),
        ("Dates", "2019 - 2021 (18 mois)"), ("Prestataire", "Atelier Test")]  # fmt: skip


def test_a_word_form_table_gives_fields_and_a_cells_lines_stay_apart(tmp_path: Path) -> None:
    from ingest.metadata import extract_metadata

    document = docx.Document()
    document.add_heading("Étude de relogement des Tilleuls", level=0)
    table = document.add_table(rows=len(FORM) + 1, cols=2)
    for row, (label, value) in enumerate(FORM):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    team = table.cell(len(FORM), 1)
    table.cell(len(FORM), 0).text, team.text = "Équipe", "Anne Roux, directrice"
    team.add_paragraph("Paul Vidal, sociologue")  # a second line in the same cell
    path = tmp_path / "fiche-mission.docx"
    document.save(path)
    raw = load(path)
    assert "Maître d'ouvrage : Ville de Testville\nSite : Testville, quartier des Tilleuls\n" in raw.text
    assert "Équipe : Anne Roux, directrice ; Paul Vidal, sociologue" in raw.text
    extracted = extract_metadata(raw.text, loader_metadata=raw.metadata)
    assert extracted.doc_type == "mission_sheet"
    assert extracted.metadata["client"] == "Ville de Testville"
    assert extracted.metadata["town"] == "Testville"


def test_a_pdf_form_table_gives_fields_and_a_table_of_values_keeps_its_rows(tmp_path: Path) -> None:
    form = load(make_table_pdf(tmp_path / "fiche.pdf", [tuple(f) for f in FORM]))
    assert "Maître d'ouvrage : Ville de Testville\nSite : Testville, quartier des Tilleuls" in form.text
    # Two columns whose left cells are not field labels: a table under its header.
    values = load(make_table_pdf(tmp_path / "financement.pdf", FUNDING))
    assert "Financeur | Montant annuel\nEtat - FIPD | 24 000 EUR" in values.text


def test_a_300_page_pdf_is_read_whole(tmp_path: Path) -> None:
    pages = [f"Page {n} du rapport annuel. Le chantier n° {n} de Villelongue a livré {n * 3} "
             "logements." for n in range(1, 301)]  # fmt: skip
    raw = load(make_pdf(tmp_path / "rapport.pdf", pages))
    assert raw.metadata["pages"] == 300
    assert "Le chantier n° 300 de Villelongue a livré 900 logements." in raw.text
    assert raw.text.count("de Villelongue a livré") == 300


def test_docx_groups_consecutive_short_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    for text in ("Calendrier", "Au fil de l'eau", "Animateur", "La ville et les bailleurs"):
        document.add_paragraph(text)
    document.add_paragraph("")  # Word's empty spacing paragraph
    document.add_paragraph(
        "Une longue phrase de contexte qui décrit la démarche de gestion urbaine de proximité "
        "engagée depuis plusieurs années dans les quartiers."
    )
    path = tmp_path / "form.docx"
    document.save(path)
    text = load(path).text
    assert text.startswith("Calendrier\nAu fil de l'eau\nAnimateur\nLa ville et les bailleurs\n\n")
    assert text.endswith("dans les quartiers.")


def test_pdf_with_french_accents_and_metadata(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "bilan.pdf",
        [
            "Le quartier des Tilleuls a bénéficié d'une rénovation complète.\n"
            "Les façades ont été isolées à l'été 2019.",
            "Deuxième page : 250 logements réhabilités à Saint-Étienne.",
        ],
        title="Bilan du PRU",
        author="Équipe projet",
    )
    raw = load(path)
    assert raw.format == "pdf"
    assert "Le quartier des Tilleuls a bénéficié d'une rénovation complète." in raw.text
    assert "Les façades ont été isolées à l'été 2019." in raw.text
    assert "\n\nDeuxième page : 250 logements réhabilités à Saint-Étienne." in raw.text
    assert raw.metadata["title"] == "Bilan du PRU"
    assert raw.metadata["author"] == "Équipe projet"
    assert raw.metadata["pages"] == 2


def test_vertical_tabs_form_feeds_and_controls_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Ligne un\vligne deux\fligne trois\x1b[0m fin\x07.", encoding="utf-8")
    assert load(path).text == "Ligne un\nligne deux\nligne trois[0m fin."


def test_pdf_running_headers_footers_and_page_numbers_are_removed(tmp_path: Path) -> None:
    bodies = [
        "Le relogement des 158 menages s'est acheve en juin 2012.",
        "La cite des Peupliers comptait 168 logements.",
        "Une charte de relogement a ete signee en 2010.",
    ]
    pages = [f"Cabinet Atlas - References urbaines\n{body}\n- {n} -\nAtlas - page {n}/3"
             for n, body in enumerate(bodies, start=1)]  # fmt: skip
    raw = load(make_pdf(tmp_path / "fiche.pdf", pages))
    for body in bodies:
        assert body in raw.text
    assert "Cabinet Atlas" not in raw.text and "page 2/3" not in raw.text
    assert "- 2 -" not in raw.text
    assert raw.metadata["running_header"] == "Cabinet Atlas - References urbaines"
    # A single page keeps all its lines: nothing repeats across pages there.
    single = load(make_pdf(tmp_path / "seule.pdf", [pages[0]]))
    assert "Cabinet Atlas - References urbaines" in single.text and "page 1/3" in single.text


def test_a_long_footer_with_its_page_number_is_a_running_line(tmp_path: Path) -> None:
    """A footer too long to be matched by its shape still repeats but for its page number."""
    footer = "Agglomeration du Val de Mevrine - Direction de la cohesion sociale Page {n}/2"
    bodies = ["Le comite de suivi se reunit chaque trimestre.",
              "Le bilan annuel est presente au comite de pilotage."]  # fmt: skip
    pages = [f"{body}\n{footer.format(n=n)}" for n, body in enumerate(bodies, start=1)]
    raw = load(make_pdf(tmp_path / "fiche.pdf", pages))
    assert all(body in raw.text for body in bodies)
    assert "Direction de la cohesion sociale" not in raw.text
    # The same long line with other words is content: only a page number may differ.
    other = [f"{body}\n{footer.format(n=1).replace('Page 1/2', 'et du logement')}"
             if n == 2 else f"{body}\n{footer.format(n=n)}"
             for n, body in enumerate(bodies, start=1)]  # fmt: skip
    kept = load(make_pdf(tmp_path / "autre.pdf", other))
    assert kept.text.count("Direction de la cohesion sociale") == 2


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BOX_NS = (f'xmlns:w="{_W}" xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')  # fmt: skip


def _box(*lines: str) -> str:
    return "<w:txbxContent>" + "".join(
        f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines) + "</w:txbxContent>"  # fmt: skip


def test_word_text_boxes_are_read_once_after_their_paragraph(tmp_path: Path) -> None:
    """A designed sheet puts its key figures in a text box: a legacy (VML) box, and a modern one
    that Word writes twice (a drawing, and a VML fallback for old readers), read once."""
    from lxml import etree

    document = docx.Document()
    document.add_paragraph("Le projet des Tilleuls prévoit 120 démolitions.")
    anchor = document.add_paragraph("Chiffres clés du projet.")
    legacy = (f"<w:r {_BOX_NS}><w:pict><v:shape><v:textbox>"
              f"{_box('Coût total : 48 M€', 'Dont ANRU : 17 M€')}</v:textbox></v:shape></w:pict></w:r>")
    modern = (f"<w:r {_BOX_NS}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
              f"<wps:txbx>{_box('Relogements : 96 ménages')}</wps:txbx></w:drawing></mc:Choice>"
              f"<mc:Fallback><w:pict><v:shape><v:textbox>{_box('Relogements : 96 ménages')}"
              "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")  # fmt: skip
    for run in (legacy, modern):
        anchor._p.append(etree.fromstring(run))
    document.add_paragraph("La concertation a réuni 300 habitants.")
    text = load(document.save(tmp_path / "fiche.docx") or tmp_path / "fiche.docx").text
    assert text.count("Relogements : 96 ménages") == 1
    order = ["Chiffres clés du projet.", "Coût total : 48 M€", "Dont ANRU : 17 M€",
             "Relogements : 96 ménages", "La concertation a réuni 300 habitants."]  # fmt: skip
    positions = [text.index(line) for line in order]
    assert positions == sorted(positions)


def test_a_line_longer_than_a_footer_is_matched_as_written() -> None:
    """Only a footer-long line loses its page number for matching; a hostile line of 100,000
    dashes is compared as it is (the page-number pattern would take minutes on it)."""
    from ingest.load import _keys

    line = "un deux trois quatre cinq six sept huit neuf dix onze douze treize " + "-" * 100_000
    assert _keys(line + " 3") == {line + " 3"}


def make_table_pdf(path: Path, rows: list[tuple[str, ...]], *, before: str = "",
                   after: str = "") -> Path:  # fmt: skip
    """A one-page PDF with a ruled table between two paragraphs (fpdf2's table API)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    if before:
        pdf.multi_cell(0, 8, before)
    with pdf.table() as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    if after:
        pdf.multi_cell(0, 8, after)
    path.write_bytes(bytes(pdf.output()))
    return path


FUNDING = [("Financeur", "Montant annuel"), ("Etat - FIPD", "24 000 EUR"),
           ("Ville de Testville", "55 000 EUR"), ("Total", "79 000 EUR")]  # fmt: skip


def test_pdf_table_rows_come_with_their_header_in_reading_order(tmp_path: Path) -> None:
    path = make_table_pdf(tmp_path / "fiche.pdf", FUNDING, before="Financements de l'action :",
                          after="\nCalendrier : 2019-2022.")  # fmt: skip
    raw = load(path)
    assert raw.metadata["tables"] == 1
    assert "Financeur | Montant annuel\nEtat - FIPD | 24 000 EUR\n" in raw.text
    assert raw.text.index("Financements de l'action") < raw.text.index("Financeur |")
    assert raw.text.index("Total | 79 000 EUR") < raw.text.index("Calendrier : 2019-2022.")


def test_pdf_table_extraction_failure_keeps_the_page_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(page):
        raise ValueError("unreadable table")

    monkeypatch.setattr("ingest.load._page_with_tables", broken)
    path = make_table_pdf(tmp_path / "fiche.pdf", FUNDING, before="Financements de l'action :")
    with caplog.at_level("WARNING"):
        raw = load(path)
    assert "tables" not in raw.metadata
    assert "Ville de Testville" in raw.text and "55 000 EUR" in raw.text
    assert "tables of page 1 could not be read (unreadable table)" in caplog.text


def test_pdf_page_that_draws_lines_without_a_table(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Un trait sous le titre.")
    pdf.line(10, 30, 200, 30)
    path = tmp_path / "trait.pdf"
    path.write_bytes(bytes(pdf.output()))
    raw = load(path)
    assert "tables" not in raw.metadata and "Un trait sous le titre." in raw.text


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu TrueType font not installed")
def test_pdf_with_unicode_font(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=12)
    pdf.multi_cell(0, 8, "Une mise en œuvre progressive, portée par l’État.")
    path = tmp_path / "unicode.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert "Une mise en œuvre progressive, portée par l’État." in load(path).text


def test_html_keeps_only_the_article_and_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    raw = load(path)
    assert raw.format == "html"
    text = raw.text
    for sentence in (
        "La démolition de la barre Mistral a commencé en mars, après dix ans de concertation "
        "avec les habitants du quartier.",
        "Le bailleur prévoit la reconstruction de 120 logements sociaux sur des parcelles "
        "voisines, hors du quartier prioritaire.",
        "Les travaux devraient s'achever à la fin de l'année 2025, selon la direction de projet.",
    ):
        assert " ".join(sentence.split()) in " ".join(text.split())
    lines = text.split("\n")
    assert "## Un chantier de quatre ans" in lines  # headings stay lines of their own
    assert "- Création d'un jardin partagé" in lines
    for chrome in ("Accueil du journal", "Actualités régionales", "cookies", "Mentions légales"):
        assert chrome not in text
    assert "Tous droits réservés" not in text
    assert raw.metadata["extraction"] == "trafilatura"
    assert raw.metadata["author"] == "Claire Martin"
    assert raw.metadata["date"] == "2021-05-17"
    assert raw.metadata["sitename"] == "Le Journal du Renouvellement"
    assert raw.metadata["url"] == "https://journal-renouvellement.example/oliviers"
    assert raw.metadata["title"].startswith("Le quartier des Oliviers")


@pytest.mark.parametrize("separator", ["|", "-", "–"])
def test_html_site_name_from_the_title_when_the_page_gives_only_its_domain(
    tmp_path: Path, separator: str
) -> None:
    """Without og:site_name, the extractor names the site after its domain
    ("ladepechedesrives.example"); the page's <title>, "Headline | Site", names it in words."""
    page = (
        HTML_PAGE.replace('<meta property="og:site_name" content="Le Journal du Renouvellement">\n', "")
        .replace(
            "| Le Journal du Renouvellement</title>",
            f"{separator} La Dépêche des Deux-Rives</title>",
        )
        .replace("journal-renouvellement.example", "ladepechedesdeuxrives.example")
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert load(path).metadata["sitename"] == "La Dépêche des Deux-Rives"
    # A title whose first part is not the headline names no site ("Rubrique - Sous-rubrique").
    other = page.replace(
        f"<title>Le quartier des Oliviers change de visage {separator}",
        f"<title>Actualités régionales {separator}",
    )
    path.write_text(other, encoding="utf-8")
    assert load(path).metadata.get("sitename") != "La Dépêche des Deux-Rives"


def test_html_definition_list_terms_become_labelled_fields(tmp_path: Path) -> None:
    """<dt>Label :</dt><dd>value</dd> is one "Label : value" line, as mission sheets write
    their fields, not a list item followed by a stray value line."""
    path = tmp_path / "fiche.html"
    body = " ".join(["Le quartier des Sorbiers a connu dix-huit chantiers simultanés."] * 8)
    path.write_text(
        "<html><head><title>Fiche mission des Sorbiers</title></head><body><article>"
        "<h1>Fiche mission des Sorbiers</h1><dl>"
        "<dt>Années :</dt><dd>2021 - 2023</dd>"
        "<dt>Site</dt><dd>Val-de-Bréande (15 900 habitants)</dd>"
        "<dt>Montant du projet :</dt><dd>64 M€ <em>(NPNRU)</em></dd>"
        f"</dl><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    lines = load(path).text.split("\n")
    assert "Années : 2021 - 2023" in lines
    assert "Site : Val-de-Bréande (15 900 habitants)" in lines
    assert "Montant du projet : 64 M€ (NPNRU)" in lines
    assert "2021 - 2023" not in lines


def test_html_falls_back_to_body_text_when_extraction_finds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "footer-only.htm"
    path.write_text(
        "<html><body><footer><p>Plan de relogement des familles du quartier.</p>"
        "<script>var tracking = 1;</script></footer></body></html>",
        encoding="utf-8",
    )
    raw = load(path)
    assert raw.text == "Plan de relogement des familles du quartier."
    assert raw.metadata["extraction"] == "fallback"


def test_markdown_is_read_as_is(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_bytes("# Note\r\n\r\n**Site :** Créteil\r\n".encode())
    raw = load(path)
    assert raw.format == "md"
    assert raw.text == "# Note\n\n**Site :** Créteil\n"
    assert raw.metadata["encoding"] == "utf-8"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffRésidentialisation".encode())
    assert load(path).text == "Résidentialisation"


def test_cp1252_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes("L’État finance 72 % des opérations…\r\nœuvre".encode("cp1252"))
    raw = load(path)
    assert raw.text == "L’État finance 72 % des opérations…\nœuvre"
    assert raw.metadata["encoding"] == "cp1252"


def test_latin1_is_the_last_resort(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    # 0x81 is undefined in cp1252, so only latin-1 decodes this file.
    path.write_bytes(b"Cr\xe9teil, quartier du Mont-Mesly, r\xe9novation urbaine \x81\n")
    raw = load(path)
    assert raw.text.startswith("Créteil")
    assert raw.metadata["encoding"] == "latin-1"


def test_doc_id_is_relative_to_the_corpus_root(tmp_path: Path) -> None:
    folder = tmp_path / "missions" / "2012"
    folder.mkdir(parents=True)
    path = folder / "antony.txt"
    path.write_text("Point d'étape", encoding="utf-8")
    assert load(path, corpus_root=tmp_path).doc_id == "missions/2012/antony.txt"
    assert load(path).doc_id == "antony.txt"
    assert load(path).source_path == str(path)


def test_file_outside_the_corpus_root_is_refused(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    path = tmp_path / "elsewhere.txt"
    path.write_text("texte", encoding="utf-8")
    with pytest.raises(LoadError, match="not inside the corpus folder"):
        load(path, corpus_root=tmp_path / "corpus")


# --- errors ---------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"
    with pytest.raises(LoadError) as info:
        load(path)
    assert str(path) in str(info.value)
    assert "not found" in str(info.value)


def test_unsupported_suffix_lists_the_supported_ones(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a spreadsheet")
    with pytest.raises(UnsupportedFormat) as info:
        load(path)
    message = str(info.value)
    assert str(path) in message and "'.xlsx'" in message
    for suffix in SUPPORTED_SUFFIXES:
        assert suffix in message
    assert isinstance(info.value, LoadError)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "vide.txt"
    path.write_bytes(b"")
    with pytest.raises(LoadError, match="empty"):
        load(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blanc.md"
    path.write_text(" \n\t\n  \n", encoding="utf-8")
    with pytest.raises(LoadError, match="no text could be extracted"):
        load(path)


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "vide.html"
    path.write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    with pytest.raises(LoadError, match="no text could be extracted"):
        load(path)


def test_binary_file_with_text_suffix(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    with pytest.raises(LoadError, match="binary") as info:
        load(path)
    assert str(path) in str(info.value)


def test_control_characters_without_nul_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "dump.md"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + b"abc")
    with pytest.raises(LoadError, match="binary"):
        load(path)


def test_truncated_pdf(tmp_path: Path) -> None:
    full = make_pdf(
        tmp_path / "full.pdf", ["Une page de texte sur le relogement des habitants."] * 3
    )
    data = full.read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(LoadError, match="truncated or corrupt") as info:
        load(path)
    assert str(path) in str(info.value)


def test_corrupt_pdf_body_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"garbage " * 200 + b"\n%%EOF\n")
    with pytest.raises(LoadError) as info:
        load(path)
    assert str(path) in str(info.value)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a drawing, as in a scan: no text objects
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    with pytest.raises(LoadError, match="no text layer") as info:
        load(path)
    assert "OCR" in str(info.value)


def test_docx_that_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "fiche.docx"
    path.write_text("Ceci n'est pas un document Word.", encoding="utf-8")
    with pytest.raises(LoadError, match="not a valid Word .docx") as info:
        load(path)
    assert str(path) in str(info.value)


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "pas un document")
    with pytest.raises(LoadError, match="not a valid Word .docx"):
        load(path)


# --- corpus listing -------------------------------------------------------------------------


def test_iter_corpus_lists_supported_files_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for name in (
        "b.txt",
        "a/z.md",
        "a/page.HTML",
        "c.pdf",
        "d.docx",
        "budget.xlsx",
        "notes",
        ".hidden.txt",
        ".git/config.txt",
        "a/.cache/x.md",
        "~$d.docx",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    listed = [p.relative_to(tmp_path).as_posix() for p in iter_corpus(tmp_path)]
    assert listed == ["a/page.HTML", "a/z.md", "b.txt", "c.pdf", "d.docx"]
    others = [p.relative_to(tmp_path).as_posix() for p in unsupported_files(tmp_path)]
    assert others == ["budget.xlsx", "notes"]


def test_iter_corpus_on_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="corpus folder not found"):
        iter_corpus(tmp_path / "nowhere")


def test_the_shipped_corpus_loads() -> None:
    root = Path(__file__).resolve().parents[2] / "corpus"
    paths = iter_corpus(root)
    assert len(paths) >= 5
    for path in paths:
        raw = load(path, corpus_root=root)
        assert raw.doc_id == path.relative_to(root).as_posix()
        assert raw.text.strip()


BYLINE_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Montval : la tour G7 s'est effacée | Le Courrier de l'Orge</title></head><body>
<nav>Accueil · Région · Sports</nav>
<article>
<p class="rubrique">Rénovation urbaine</p>
<h1>Montval : la tour G7 s'est effacée en neuf secondes</h1>
<p class="byline">Par Benoît Aubrac-Lefèvre | Publié le 24/03/2013 à 07h45</p>
<p>Plus de mille personnes ont assisté samedi matin au foudroyage de la dernière tour du
quartier des Glycines. Une page se tourne pour ce grand ensemble des années 1960.</p>
<p>La tour comptait 15 étages et 120 logements. Ses derniers habitants ont été relogés en 2012
dans le quartier ou dans les communes voisines, selon le bailleur Montval Habitat.</p>
</article></body></html>"""


def test_html_byline_dropped_by_the_extractor_is_put_back_after_the_headline(
    tmp_path: Path,
) -> None:
    """"Qui a écrit l'article ?" is answered by a passage: the byline the extractor drops as
    boilerplate comes back under the headline, once, as the page shows it."""
    path = tmp_path / "tour.html"
    path.write_text(BYLINE_PAGE, encoding="utf-8")
    lines = [line for line in load(path).text.split("\n") if line.strip()]
    headline = next(i for i, line in enumerate(lines) if line.startswith("# "))
    assert lines[headline + 1] == "Par Benoît Aubrac-Lefèvre | Publié le 24/03/2013 à 07h45"
    assert sum("Aubrac-Lefèvre" in line for line in lines) == 1
    # A byline the extractor kept is not added twice; a page without one gets nothing.
    from ingest.load import _with_byline

    kept = "# Titre\n\nPar Léa Dumas | Publié le 2 mai\n\nTexte."
    assert _with_byline(kept, "Par Léa Dumas | Publié le 2 mai") == kept
    assert _with_byline(kept, "") == kept


STANDFIRST_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Tilleraies : la tour des Loriots tombe</title></head><body>
<header><p class="brand">L'Éclaireur comtois</p><nav><ul><li><a href="/">Accueil</a></li>
</ul></nav></header>
<main><article class="article">
<p class="rubrique">Ardelonne · Urbanisme</p>
<h1>Tilleraies : la tour des Loriots commence à tomber</h1>
<p class="chapo">Les pelleteuses ont entamé lundi la déconstruction de la tour des Loriots,
deuxième des trois immeubles voués à la démolition. Le chantier doit durer sept mois.</p>
<p class="signature">Par Mathilde Roussel · Publié le 17 juin 2025</p>
<div class="article-body">
<p><strong>ARDELONNE.</strong> Lundi 16 juin, une pelle à long bras a grignoté les premiers
étages de la tour des Loriots. Construite en 1966, la tour de 14 étages abritait 84 logements.</p>
<p>L'immeuble des Fauvettes, 104 logements, avait été démoli à l'automne 2024. Il ne restera
ensuite que la barre des Bouvreuils, la plus grande des trois, avec 160 logements.</p>
<h2>Un relogement presque achevé</h2>
<p>Selon le bailleur, 271 des 301 ménages concernés par les trois démolitions ont déjà été
relogés. Les 30 derniers vivent tous dans la barre des Bouvreuils.</p>
</div>
<aside class="encadre"><h3>En chiffres</h3><ul><li>6 100 habitants</li></ul></aside>
</article></main></body></html>"""


def test_html_standfirst_dropped_by_the_extractor_is_put_back_before_the_body(
    tmp_path: Path,
) -> None:
    """The standfirst between the headline and the body ("Le chantier doit durer sept mois.")
    is the article's own summary: trafilatura drops it with the page header, the loader puts it
    back, once, before the body; a section label or a byline is no standfirst."""
    path = tmp_path / "loriots.html"
    path.write_text(STANDFIRST_PAGE, encoding="utf-8")
    text = load(path).text
    assert text.count("Le chantier doit durer sept mois.") == 1
    assert text.index("sept mois") < text.index("Lundi 16 juin")
    assert "Urbanisme" not in text
    assert text.count("6 100 habitants") == 1
    # A standfirst the extractor kept is not added again.
    from ingest.load import _article_lead, _article_root

    assert _article_lead(_article_root(STANDFIRST_PAGE), text) == []


def test_markdown_front_matter_gives_the_articles_title_date_author_and_outlet(
    tmp_path: Path,
) -> None:
    from ingest.metadata import extract_metadata

    path = tmp_path / "article.md"
    path.write_text('---\ntitle: "Brévannes : la tour Cassiopée tombe"\ndate: 2021-03-04T08:00\n'
                    "authors:\n  - Jeanne Martin\n  - Paul Durand\noutlet: Le Courrier du Val\n"
                    "tags: [démolition, ANRU]\n---\n\n# Brévannes : la tour Cassiopée tombe\n\n"
                    "La tour Cassiopée, 96 logements, a été démolie le 3 mars 2021.\n",
                    encoding="utf-8")  # fmt: skip
    raw = load(path)
    assert raw.text.lstrip().startswith("# Brévannes")  # the front matter is not text
    meta = extract_metadata(raw.text, loader_metadata={**raw.metadata, "format": raw.format}).metadata
    assert (meta["published"], meta["author"], meta["outlet"]) == (
        "2021-03-04", "Jeanne Martin", "Le Courrier du Val")  # fmt: skip
    # A title keeps its comma; a byline's name is read before its role.
    agency = tmp_path / "agence.md"
    agency.write_text('---\ntitle: "À Combelonge, le projet à mi-parcours"\ndate: 2025-10-02\n'
                      'author: "Pauline Exemple, chargée d\'études"\n---\n\nLe texte.\n',
                      encoding="utf-8")  # fmt: skip
    found = load(agency).metadata
    assert (found["title"], found["author"]) == (
        "À Combelonge, le projet à mi-parcours", "Pauline Exemple")  # fmt: skip
    # Rules around a title are no front matter: the text is kept whole.
    ruled = tmp_path / "fiche.md"
    ruled.write_text("---\nFICHE ACTION 2.1 – Médiation\n---\n\nLe texte.\n", encoding="utf-8")
    assert load(ruled).text.startswith("---\nFICHE ACTION 2.1")


def test_an_articles_boxes_and_captions_are_kept_and_a_markdown_form_is_its_fields(
    tmp_path: Path,
) -> None:
    page = tmp_path / "article.html"
    page.write_text(
        "<html><body><nav><a href='/'>Accueil</a></nav><aside class='pub'>Abonnez-vous</aside>"
        "<article><h1>Les Argilières changent de visage</h1>"
        + "".join(f"<p>Le relogement des habitants de la barre du Noroît avance, étape {n} sur "
                  "dix, sous le regard attentif des locataires et de leur amicale.</p>"
                  for n in range(1, 6))
        + "<figure><img src='x.jpg'><figcaption>Construite en 1964, la barre compte 140 "
        "logements.</figcaption></figure><aside class='reperes'><h3>Repères</h3><ul>"
        "<li>4 300 habitants aux Argilières</li><li>2031 : fin prévue des travaux</li></ul>"
        "</aside><aside><h3>Lire aussi</h3><ul><li><a href='/sport'>Basket : la réserve "
        "s'incline au buzzer</a></li></ul></aside></article></body></html>",
        encoding="utf-8")  # fmt: skip
    text = load(page).text
    assert "Construite en 1964, la barre compte 140 logements." in text
    assert "## Repères\n- 4 300 habitants aux Argilières\n- 2031 : fin prévue des travaux" in text
    assert "Abonnez-vous" not in text  # the site's own sidebar, outside the article
    assert "Basket" not in text  # a box of links to other pages
    sheet = tmp_path / "fiche.md"
    sheet.write_text("# Point d'étape\n\n| Champ | Valeur |\n|---|---|\n| Maître d'ouvrage | "
                     "Ville de Testville |\n| Site | Testville, quartier des Tilleuls |\n\n"
                     "| Opération | Volume |\n|---|---|\n| Démolitions | 188 |\n", encoding="utf-8")
    text = load(sheet).text
    assert "Maître d'ouvrage : Ville de Testville\nSite : Testville, quartier des Tilleuls" in text
    assert "Champ" not in text and "| Démolitions | 188 |" in text  # a table of values stays



def test_html_time_element_keeps_its_date_in_the_text() -> None:
    """"Publié le <time>9 décembre 2025</time>": the extractor drops what a <time> element
    holds, which left "Publié le" without its date (probe 14's trade weekly, probe 13's
    interview); the page's date is read as it shows."""
    probes = Path(__file__).resolve().parents[2] / "evals"
    for page, said in (
        ("probe14/docs/quartiers-et-bailleurs-ligeria-habitat-relogement-hautes-garennes-"
         "ravinelles.html", "Par Clémence Arvieux · Publié le 9 décembre 2025 · Lecture : 5 min"),
        ("probe13/docs/courrier-val-de-brunelle-entretien-ollivier-bazin-gravillieres-sarlieu-"
         "les-forges.html", "Publié le 14 novembre 2025 à 6 h 30"),
    ):  # fmt: skip
        assert "<time" in (probes / page).read_text(encoding="utf-8")
        assert said in load(probes / page).text
