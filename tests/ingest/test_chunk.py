from ingest.blocks import is_heading, parse_blocks
from ingest.chunk import chunk, contextual_header, find_sections, unit_heading
from ingest.records import Document

TEXT = """Titre du document

ANRU

Enjeux de la mission

Une introduction qui pose le contexte de la mission et ses objectifs principaux.

- Premier enjeu de la liste
- Second enjeu de la liste

Contenu de la mission

""" + "\n".join(
    f"- Étape numéro {i} de la mission, décrite en une phrase assez longue." for i in range(40)
)


def _doc(text=TEXT):
    return Document("d.txt", "Titre du document", "other", text, {}, "sha")


def test_heading_detection():
    assert is_heading("## Enjeux", previous_blank=False)
    assert is_heading("Enjeux de la mission", previous_blank=True)
    assert not is_heading("Enjeux de la mission", previous_blank=False)
    assert not is_heading("Une phrase qui se termine.", previous_blank=True)
    assert not is_heading("ANRU", previous_blank=True)
    assert not is_heading("- un élément", previous_blank=True)
    assert not is_heading("Site : Bagneux", previous_blank=True)
    # A part designated by its number and named, on a line of its own, however long its name.
    lot = "LOT 2 – Accompagnement social et concertation des locataires pendant les travaux"
    assert is_heading(lot, previous_blank=True, next_blank=True)
    assert not is_heading(lot, previous_blank=True)  # a paragraph's first line, wrapped by hand
    assert not is_heading("Action 2 – Vidéoprotection. Neuf caméras supplémentaires seront "
                          "installées autour du mail", previous_blank=True, next_blank=True)  # fmt: skip


def test_sections_follow_headings():
    blocks = parse_blocks(TEXT, "Titre du document")
    names = [s.heading for s in find_sections(blocks, len(TEXT))]
    assert names == ["", "Enjeux de la mission", "Contenu de la mission"]


def test_chunks_have_exact_offsets_sections_and_headers():
    chunks = chunk(_doc(), chunk_size=400, chunk_overlap=50)
    for c in chunks:
        assert TEXT[c.start : c.end] == c.text
        assert c.header.startswith("Titre du document")
    first = chunks[0]
    # The title lines join the next section; the list stays with its heading.
    assert first.section == "Enjeux de la mission"
    assert "Premier enjeu" in first.text and "Second enjeu" in first.text
    long_section = [c for c in chunks if c.section == "Contenu de la mission"]
    assert len(long_section) > 2 and all(len(c.text) <= 400 for c in long_section)
    assert [c.position for c in chunks] == list(range(len(chunks)))


def test_an_articles_outlet_joins_its_title_in_the_header():
    """A question may name the outlet ("selon la Dépêche des Rives"): every passage of the
    article carries it, as it carries the title; a title that already names it is left alone."""
    article = Document("a.txt", "Titre du document", "article", TEXT,
                       {"outlet": "La Dépêche des Rives"}, "sha")  # fmt: skip
    headers = [c.header for c in chunk(article, chunk_size=400, chunk_overlap=50)]
    assert headers and all(h.startswith("Titre du document (La Dépêche des Rives)") for h in headers)
    named = Document("b.txt", "Titre – La Dépêche des Rives", "article", TEXT,
                     {"outlet": "La Dépêche des Rives"}, "sha")  # fmt: skip
    assert all("(La Dépêche" not in c.header for c in chunk(named))


def test_the_places_a_title_does_not_name_join_the_header():
    """Every passage of a sheet about the Tertres is indexed under them, not only the one that
    names them; a place the title already says is not repeated."""
    sheet = Document("s.txt", "Point d'Etape de clôture de Bagneux", "mission_sheet", TEXT,
                     {"town": "Bagneux", "neighbourhood": "quartier des Tertres"}, "sha")  # fmt: skip
    headers = {c.header for c in chunk(sheet, chunk_size=400, chunk_overlap=50)}
    assert headers and all(
        h.startswith("Point d'Etape de clôture de Bagneux — quartier des Tertres") for h in headers
    )
    assert all("Bagneux, " not in h for h in headers)
    article = Document("a.txt", "Le parc inauguré", "article", TEXT,
                       {"outlet": "Le Républicain", "town": "Lussanges-sur-Marne"}, "sha")  # fmt: skip
    assert contextual_header(article, "Inauguration") == (
        "Le parc inauguré (Le Républicain) — Lussanges-sur-Marne — Inauguration")
    # An action sheet is indexed under its contract too, which its own title does not name.
    sheet = Document("f.txt", "FICHE ACTION N° 2.3.1 – MAISON DU PROJET", "action_sheet", TEXT,
                     {"contract": "CONTRAT DE VILLE DE PONTAURY 2015-2020"}, "sha")  # fmt: skip
    assert contextual_header(sheet, "") == (
        "FICHE ACTION N° 2.3.1 – MAISON DU PROJET (CONTRAT DE VILLE DE PONTAURY 2015-2020)")



def test_an_answer_unit_is_embedded_under_its_title_and_places_in_a_sentence_case():
    """Units carry what they are about and an article's outlet, not an action sheet's contract;
    a title in capitals is lowered (the embedder cuts capitals into many more pieces); places
    the title does not say are kept as written."""
    article = Document("a.txt", "Le parc inauguré", "article", TEXT,
                       {"outlet": "Le Républicain", "town": "Lussanges-sur-Marne"}, "sha")  # fmt: skip
    assert unit_heading(article) == "Le parc inauguré (Le Républicain) — Lussanges-sur-Marne"
    sheet = Document("f.txt", "FICHE 3.2.4 – PERENNISER LA GESTION URBAINE DE PROXIMITE",
                     "action_sheet", TEXT,
                     {"contract": "CONTRAT DE VILLE DE CASTELRIVES", "town": "Castelrives",
                      "neighbourhood": "Tamaris"}, "sha")  # fmt: skip
    assert unit_heading(sheet) == (
        "Fiche 3.2.4 – perenniser la gestion urbaine de proximite — Castelrives, Tamaris")
    named = Document("b.txt", "Le PRU de l'ANRU à Bagneux", "article", TEXT,
                     {"town": "Bagneux"}, "sha")  # fmt: skip
    assert unit_heading(named) == "Le PRU de l'ANRU à Bagneux"

def test_chunk_ids_are_stable_and_change_with_content():
    a = [c.chunk_id for c in chunk(_doc())]
    assert a == [c.chunk_id for c in chunk(_doc())]
    b = [c.chunk_id for c in chunk(_doc(TEXT.replace("Premier", "Troisième")))]
    assert a[0] != b[0]
