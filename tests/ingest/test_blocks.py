from ingest.blocks import FIELDS_SECTION, _title_lines, parse_blocks, table_cells, without_title
from ingest.clean import clean
from ingest.units import Unit, split_units, unit_text_for_embedding, units_in

SHEET = """Point d'étape du PRU de Bagneux

Type de mission : Point d'étape
Site : Bagneux (92), quartier
des Tertres et des Cuverons
Composantes de la mission :

- Entretiens
- Ateliers

Enjeux de la mission

Le relogement a pris du retard. Les démolitions sont achevées.

- Le relogement
- La GUP

Bilan chiffré

| Opération | Prévu | Réalisé |
|---|---|---|
| Démolitions | 288 | 288 |
| Constructions | 305 | 271 |
"""
TITLE = "Point d'étape du PRU de Bagneux"


def _text(b, text=SHEET):
    return text[b.start : b.end]


def test_kinds_offsets_and_sections():
    blocks = parse_blocks(SHEET, TITLE)
    assert [(b.kind, _text(b)) for b in blocks][:3] == [
        ("heading", TITLE),
        ("field", "Type de mission : Point d'étape"),
        # A value continues on the plain lines of its paragraph.
        ("field", "Site : Bagneux (92), quartier\ndes Tertres et des Cuverons"),
    ]
    by_text = {_text(b): b for b in blocks}
    # The title opens no section; a run of mission fields opens the fields section.
    assert by_text[TITLE].section == ""
    assert by_text["Type de mission : Point d'étape"].section == FIELDS_SECTION
    assert by_text["Type de mission : Point d'étape"].label == "Type de mission"
    sentence = by_text["Le relogement a pris du retard."]
    assert (sentence.kind, sentence.section) == ("sentence", "Enjeux de la mission")
    assert by_text["Les démolitions sont achevées."].kind == "sentence"


def test_lists_are_numbered_and_a_lead_in_field_keeps_its_value_empty():
    blocks = parse_blocks(SHEET, TITLE)
    items = [b for b in blocks if b.kind == "item"]
    assert [_text(b) for b in items] == ["Entretiens", "Ateliers", "Le relogement", "La GUP"]
    assert items[0].group == items[1].group != items[2].group == items[3].group
    lead_in = next(b for b in blocks if b.label == "Composantes de la mission")
    assert _text(lead_in) == "Composantes de la mission :"


def test_a_numbered_section_title_above_its_own_list_or_table_is_a_heading():
    # A PDF page without blank lines: "2. Objectifs" is told from an item by its neighbours.
    text = ("Fiche action 2.4.1\n1. Contexte\nLe projet prevoit la rehabilitation de 418 logements.\n"
            "2. Objectifs\n1. Informer chaque menage.\n2. Reduire les consommations.\n"
            "3. Prevenir les impayes.\n"
            "3. Contenu de l'action\n- Deux ambassadeurs de l'energie.\n"
            "4. Plan de financement\nAnnee | Financeur | Montant\n2025 | Etat | 40 000 EUR\n"
            "5. Suivi\n6. Bilan\n")  # fmt: skip
    blocks = parse_blocks(text)
    headings = [text[b.start : b.end] for b in blocks if b.kind == "heading"]
    assert headings[-4:] == ["1. Contexte", "2. Objectifs", "3. Contenu de l'action",
                             "4. Plan de financement"]
    items = {text[b.start : b.end]: b for b in blocks if b.kind == "item"}
    assert items["Informer chaque menage."].section == "2. Objectifs"
    assert items["Deux ambassadeurs de l'energie."].section == "3. Contenu de l'action"
    # A list numbered in sequence stays a list: "5. Suivi" then "6. Bilan" are items.
    assert {"Suivi", "Bilan"} <= items.keys()


def test_a_section_numbered_on_two_levels_is_a_heading_even_without_blank_lines():
    # A report's PDF text: "3.2 ..." opens a section that scopes the sentences under it.
    text = ("Chapitre 3 – Le foncier\n3.1 L'année 2025 en bref\nEn 2025, 63 biens ont été acquis.\n"
            "3.2 Mérignolles – la copropriété des Terrasses\nAu 31 décembre, il détient 23 logements.\n"
            "1.2 M€ ont été engagés en 2024.\n3.3 millions d'euros restent à engager.\n")  # fmt: skip
    blocks = parse_blocks(text)
    headings = [text[b.start : b.end] for b in blocks if b.kind == "heading"]
    assert headings[-2:] == ["3.1 L'année 2025 en bref",
                             "3.2 Mérignolles – la copropriété des Terrasses"]  # fmt: skip
    held = next(b for b in blocks if text[b.start : b.end].startswith("Au 31"))
    assert held.section == "3.2 Mérignolles – la copropriété des Terrasses"
    # A figure at a line's start is no section number.
    assert {b.kind for b in blocks if text[b.start : b.end][:3] in ("1.2", "3.3")} == {"sentence"}


def test_a_headline_in_capitals_with_a_colon_is_a_heading_not_a_field():
    text = ("Lettre d'information n° 6\n\nBARRE CHEVERNY : PRÈS DE DEUX FAMILLES SUR TROIS ONT "
            "DÉMÉNAGÉ\n\nLe relogement a commencé en mars 2025.\n\nContact : Maison du projet\n")
    blocks = parse_blocks(text)
    kinds = {text[b.start : b.end].split(" :")[0]: b.kind for b in blocks}
    assert kinds["BARRE CHEVERNY"] == "heading"
    assert kinds["Contact"] == "field"
    moved = next(b for b in blocks if text[b.start : b.end].startswith("Le relogement"))
    assert moved.section.startswith("BARRE CHEVERNY")


def test_a_request_in_a_message_heads_nothing_and_a_slides_title_heads_its_bullets():
    # An e-mail's "Merci ... Pouvez-vous ... ?" is a request, not an interview's question: the
    # reply below it is not its section. A slide's title in capitals right above its bullets
    # is their heading, not a sentence.
    mail = ("Bonjour Claire,\n\nMerci pour ces éléments. Pouvez-vous me confirmer le nombre de "
            "ménages ?\n\nNous présenterons le bilan au comité du 3 février.\n")
    blocks = parse_blocks(mail)
    assert [b.kind for b in blocks if mail[b.start : b.end].startswith(("Merci", "Pouvez"))] == [
        "sentence", "sentence"]  # fmt: skip
    assert all(b.section == "" for b in blocks)
    faq = "Foire aux questions\n\nLe loyer va-t-il augmenter ?\n\nNon, il restera le même.\n"
    assert "heading" in {b.kind for b in parse_blocks(faq) if "loyer" in faq[b.start : b.end]}
    slide = ("Diapositive 1\nLE PROJET EN CHIFFRES\n• 240 logements démolis\n"
             "• 32 M€ d'investissement\nCALENDRIER\n• 2027 : démolitions\n")
    blocks = parse_blocks(clean(slide))
    text = clean(slide)
    kinds = {text[b.start : b.end]: b for b in blocks}
    assert kinds["LE PROJET EN CHIFFRES"].kind == "heading"
    assert kinds["240 logements démolis"].section == "LE PROJET EN CHIFFRES"
    assert kinds["CALENDRIER"].kind == "sentence"  # one word in capitals: a tag as often


def test_table_rows_carry_their_header_and_the_separator_is_dropped():
    rows = [b for b in parse_blocks(SHEET, TITLE) if b.kind == "row"]
    assert [_text(b) for b in rows] == [
        "| Opération | Prévu | Réalisé |", "| Démolitions | 288 | 288 |",
        "| Constructions | 305 | 271 |",
    ]  # fmt: skip
    assert rows[0].header == ()
    assert rows[1].header == rows[2].header == ("Opération", "Prévu", "Réalisé")
    assert rows[1].section == "Bilan chiffré"


def test_a_corner_left_empty_above_the_rows_names_still_heads_the_columns():
    """A comparison table leaves its top-left cell empty: the first row names the columns."""
    text = ("| | Les Lauzières | La Breuvière |\n|---|---|---|\n"
            "| Coût de la réhabilitation | 7,3 M€ | 6,2 M€ |\n| Ménages à reloger | 92 | 115 |\n")
    rows = [b for b in parse_blocks(text) if b.kind == "row"]
    assert [r.header for r in rows] == [(), ("", "Les Lauzières", "La Breuvière"),
                                        ("", "Les Lauzières", "La Breuvière")]  # fmt: skip
    # (a first row whose own first cell is empty heads nothing when the row under it is
    # unnamed too: a block of figures)
    figures = "| | 12 | 14 |\n| | 15 | 16 |\n"
    assert [r.header for r in parse_blocks(figures) if r.kind == "row"] == [(), ()]
    row = Unit(1, 0, 10, "| Coût de la réhabilitation | 7,3 M€ | 6,2 M€ |", "row", 0,
               header=("", "Les Lauzières", "La Breuvière"))  # fmt: skip
    assert unit_text_for_embedding("Valsoléa", row) == (
        "Valsoléa\nCoût de la réhabilitation ; Les Lauzières : 7,3 M€ ; La Breuvière : 6,2 M€"
    )


def test_a_table_split_by_a_page_break_keeps_its_column_names():
    """A PDF's page break leaves a blank line inside a table: the rows under it, as wide as the
    column names above and naming no columns themselves, carry on the table; a table of
    another width, or with names of its own, is a new one."""
    text = ("Financeur | Montant (M€) | Part\nANRU | 17,9 | 23 %\n\nVille | 6,7 | 9 %\n"
            "Total | 78,6 | 100 %\n\nOpération | Volume\nDémolitions | 202\n")  # fmt: skip
    rows = [b for b in parse_blocks(text) if b.kind == "row"]
    assert [r.header for r in rows[1:4]] == [("Financeur", "Montant (M€)", "Part")] * 3
    assert rows[0].group == rows[3].group != rows[4].group
    assert rows[5].header == ("Opération", "Volume")


def test_long_column_names_are_told_by_the_figures_under_them():
    """"Avancement au 30 novembre 2025" is longer than a column name usually is: a row of such
    names (none a figure) over a row of figures still names the columns; a row of text over
    another of text does not."""
    text = ("Opération | Maître d'ouvrage | Logements | Coût par logement conservé (€ HT) | "
            "Avancement au 30 novembre 2025\n"
            "Démolition de la tour Athos | Lède Habitat | 80 | 3 120 | Démolition achevée\n")
    rows = [b for b in parse_blocks(text) if b.kind == "row"]
    assert rows[1].header[3:] == ("Coût par logement conservé (€ HT)",
                                  "Avancement au 30 novembre 2025")  # fmt: skip
    prose = ("Démolition de la tour Athos | Lède Habitat | achevée en novembre dernier\n"
             "Réhabilitation de la résidence Aramis | Escalys Habitat | 4 290\n")  # fmt: skip
    assert [b.header for b in parse_blocks(prose) if b.kind == "row"] == [(), ()]
    # Two columns too: a schedule of payments by year, under a long name of what is paid; a
    # label and its value over another pair names nothing.
    schedule = ("Année | Versement prévisionnel de la Ville (€)\n"
                "2026 | 310 000\n2027 | 540 000\n")  # fmt: skip
    rows = [b for b in parse_blocks(schedule) if b.kind == "row"]
    assert rows[2].header == ("Année", "Versement prévisionnel de la Ville (€)")
    fields = "Conseillers en exercice au jour de la séance | 29\nVotants | 27\n"
    assert [b.header for b in parse_blocks(fields) if b.kind == "row"] == [(), ()]


def test_a_year_with_a_qualifier_names_a_column():
    text = ("Crédits de paiement (M€) | 2025 | 2029 et suiv. | Total\n"
            "Mail des Lauzières | 0,1 | 0,7 | 2,7\n")  # fmt: skip
    rows = [b for b in parse_blocks(text) if b.kind == "row"]
    assert rows[1].header == ("Crédits de paiement (M€)", "2025", "2029 et suiv.", "Total")


def test_a_table_of_values_has_no_header_and_a_lone_row_is_still_a_row():
    text = "Démolitions | 430 logements\nReconstitution | 430 logements\n\nA | B\n"
    rows = [b for b in parse_blocks(text) if b.kind == "row"]
    assert [r.header for r in rows] == [(), (), ()]
    assert rows[0].group == rows[1].group != rows[2].group
    assert table_cells("Une phrase sans tableau.") is None
    assert table_cells("| a | b |") == ["a", "b"]


def test_names_merged_over_two_columns_stack_with_the_row_of_names_under_them():
    # A Word table as the loader writes it: "Réalisé fin 2022" spans two columns, and the row
    # under the names leaves the first column empty.
    text = ("Opération | Prévu | Réalisé fin 2022 |\n| logements | nombre | taux\n"
            "Démolitions | 312 | 112 | 36 %\n")  # fmt: skip
    assert table_cells("Opération | Prévu | Réalisé fin 2022 |") == [
        "Opération", "Prévu", "Réalisé fin 2022", ""]  # fmt: skip
    rows = [b for b in parse_blocks(text) if b.kind == "row"]
    assert [r.header for r in rows[:2]] == [(), ()]
    assert rows[2].header == ("Opération", "Prévu logements", "Réalisé fin 2022 nombre",
                              "Réalisé fin 2022 taux")  # fmt: skip
    # Names over two columns each, then the names under them, first column named twice.
    text = ("Financeur | Financement 2022 | | Financement 2023 |\n"
            "Financeur | Montant | Part | Montant | Part\nANRU | 42 000 € | 40 % | 36 000 € | 36 %\n")
    row = [b for b in parse_blocks(text) if b.kind == "row"][-1]
    assert row.header == ("Financeur", "Financement 2022 Montant", "Financement 2022 Part",
                          "Financement 2023 Montant", "Financement 2023 Part")  # fmt: skip


def test_a_caption_row_is_not_the_header_and_years_are_column_names():
    text = ("| Financements de l'action, en euros | | | |\n| Financeur | 2021 | 2022 | Total |\n"
            "|---|---|---|---|\n| ANRU | 42 000 € | 48 000 € | 90 000 € |\n")
    rows = [b for b in parse_blocks(text) if b.kind == "row"]
    assert [r.header for r in rows] == [(), (), ("Financeur", "2021", "2022", "Total")]
    assert rows[0].group == rows[2].group
    # Two rows of plain names with no merged cell: the second is data, not more names.
    rows = [b for b in parse_blocks("Acteur | Rôle\nVille | Pilote\nANRU | Financeur\n")
            if b.kind == "row"]  # fmt: skip
    assert rows[1].header == rows[2].header == ("Acteur", "Rôle")


def test_a_field_ends_where_a_pdf_starts_a_heading_or_another_field_without_a_blank_line():
    # A page of text with no blank line: more lines than a paragraph has.
    page = "".join(f"Ligne {n} du rapport, sans rien à signaler.\n" for n in range(10))
    text = ("Site : Auzerac (33 800 habitants), quartier du Pradal\n"
            "Volet habitat du projet : 38 M€ HT (démolition, reconstitution, réhabilitation)\n"
            "Enjeux de la mission\nConstruit entre 1966 et 1974 en bordure de la rocade ouest, le "
            "Pradal concentre 40 % du parc social.\nCoût annuel de l'action : 148 000 €\n"
            "Etat (crédits politique de la ville, BOP 147) : 40 000 €\n" + page)  # fmt: skip
    fields = [_text(b, text) for b in parse_blocks(text) if b.kind == "field"]
    assert fields == ["Site : Auzerac (33 800 habitants), quartier du Pradal",
                      "Volet habitat du projet : 38 M€ HT (démolition, reconstitution, réhabilitation)",
                      "Coût annuel de l'action : 148 000 €",
                      "Etat (crédits politique de la ville, BOP 147) : 40 000 €"]  # fmt: skip
    # In a paragraph of its own, a field's value goes on over its plain lines.
    text = "Financement de droit commun : ville, bailleur\nAbattement TFPB\nFondation privée\n"
    assert [_text(b, text) for b in parse_blocks(text)] == [text.strip()]
    # A value carried on over lines: in lower case, or cut at the page's width.
    text = ("Site : Villeneuve-Test (12 345 habitants)\nquartier des Peupliers\n\nMaître d'ouvrage : "
            "Auzerac Habitat (office public de l'habitat), pour le compte des bailleurs du\nPradal\n")
    fields = [_text(b, text) for b in parse_blocks(text) if b.kind == "field"]
    assert fields == ["Site : Villeneuve-Test (12 345 habitants)\nquartier des Peupliers",
                      "Maître d'ouvrage : Auzerac Habitat (office public de l'habitat), pour le "
                      "compte des bailleurs du\nPradal"]  # fmt: skip


def test_table_rows_are_not_headings():
    text = "Intro.\n\nOpération | Volume\nDémolitions | 430\n"
    kinds = [b.kind for b in parse_blocks(text)]
    assert kinds == ["sentence", "row", "row"]


def test_mission_label_without_a_space_is_a_field_not_a_heading():
    blocks = parse_blocks("Titre\n\nBudget: 3 M€\n")
    assert [b.kind for b in blocks] == ["heading", "field"]


def test_without_title_applies_a_title_found_later():
    untitled = parse_blocks(SHEET)
    assert untitled[0].section == TITLE
    assert without_title(untitled, TITLE) == parse_blocks(SHEET, TITLE)


def test_units_of_a_passage_are_its_blocks_clipped_to_it():
    blocks = parse_blocks(SHEET, TITLE)
    start = SHEET.index("pris du retard")  # a passage that starts mid-sentence
    end = SHEET.index("- La GUP") + len("- La GUP")
    units = units_in(blocks, SHEET[start:end], start, end, 2)
    assert [(u.kind, u.text) for u in units] == [
        ("sentence", "pris du retard."), ("sentence", "Les démolitions sont achevées."),
        ("item", "Le relogement"), ("item", "La GUP"),
    ]  # fmt: skip
    for u in units:
        assert SHEET[start:end][u.start : u.end] == u.text
        assert u.passage == 2 and u.heading == "Enjeux de la mission"
    assert units[2].block == units[3].block > 0 and units[0].block == 0
    # The sentence cut at the passage's start says so; the whole ones do not.
    assert [(u.cut_before, u.cut_after) for u in units] == [(True, False)] + [(False, False)] * 3
    # The same units from a free-standing text.
    assert [u.text for u in split_units(SHEET, 1)] == [
        u.text for u in units_in(blocks, SHEET, 0, len(SHEET), 1)
    ]


def test_a_row_is_embedded_with_its_column_names():
    row = Unit(1, 0, 10, "| Démolitions | 288 | 288 |", "row", 0,
               header=("Opération", "Prévu", "Réalisé"))  # fmt: skip
    assert unit_text_for_embedding("Bagneux", row) == (
        "Bagneux\nOpération : Démolitions ; Prévu : 288 ; Réalisé : 288"
    )
    plain = Unit(1, 0, 10, "Une phrase.", "sentence", 0)
    assert unit_text_for_embedding("Bagneux", plain) == "Bagneux\nUne phrase."


WRAPPED = """Reloger sans reconstruire

Dans cette petite ville, la démolition de la cité s'est accompagnée d'une
dérogation à la règle du un pour un. Les projets annoncés au
début des années 2000 avaient laissé des traces.
Le relogement est achevé.

- une démolition, deux tranches de
réhabilitation ;
- 46 occupants de maisons réhabilitées
"""


def test_a_paragraph_or_item_wrapped_over_lines_is_read_whole():
    """PDF text wraps sentences at the line's end: a line that leaves its sentence open goes on
    in the next one when that starts in lower case, so a quote is a whole sentence, never "Les
    projets annoncés au"."""
    blocks = parse_blocks(WRAPPED)
    texts = [(b.kind, " ".join(_text(b, WRAPPED).split())) for b in blocks if b.kind != "heading"]
    assert texts == [
        ("sentence", "Dans cette petite ville, la démolition de la cité s'est accompagnée d'une "
                     "dérogation à la règle du un pour un."),
        ("sentence", "Les projets annoncés au début des années 2000 avaient laissé des traces."),
        ("sentence", "Le relogement est achevé."),  # a capital after a full stop: a new line
        ("item", "une démolition, deux tranches de réhabilitation ;"),
        ("item", "46 occupants de maisons réhabilitées"),
    ]  # fmt: skip


def test_a_list_items_colon_at_a_lines_end_leaves_it_open():
    """"- Réhabilitation de la résidence Renoir ... par Sémerval Habitat :" wrapped in a PDF: the
    line after it, in lower case and without a marker, is the item's value, not a sentence of
    its own that no longer names the residence. A paragraph's colon still closes its line (a
    lead-in), and an item under it keeps its marker."""
    text = ("Travaux\n\n"
            "- Réhabilitation de la résidence Renoir (186 logements) par Sémerval Habitat :\n"
            "chantier commencé en octobre 2024, soit environ 64 000 € par logement.\n"
            "- Démolition de la tour Cézanne :\n"
            "- désamiantage d'avril à septembre 2024\n\n"
            "Les objectifs sont les suivants :\n"
            "réduire la vacance.\n")  # fmt: skip
    texts = [(b.kind, " ".join(_text(b, text).split())) for b in parse_blocks(text)
             if b.kind != "heading"]  # fmt: skip
    assert texts == [
        ("item", "Réhabilitation de la résidence Renoir (186 logements) par Sémerval Habitat : "
                 "chantier commencé en octobre 2024, soit environ 64 000 € par logement."),
        ("item", "Démolition de la tour Cézanne :"),
        ("item", "désamiantage d'avril à septembre 2024"),
        ("sentence", "Les objectifs sont les suivants :"),
        ("sentence", "réduire la vacance."),
    ]  # fmt: skip


def test_a_pages_furniture_above_its_title_is_never_a_unit():
    """A masthead, a navigation bar and a rule above an article's headline: known as the title,
    the headline is a heading however far down, and what sits above it is furniture (headings),
    not a table row or a field to quote."""
    text = ("AHT PRESSE — Agence Habitat & Territoires\n"
            "Dépêches | Logement social | Politique de la ville | Abonnés\n\n"
            "-----------------------------\n\n"
            "Montclavel-les-Salines : avec sa médiathèque, les Alisiers referment leur chantier\n\n"
            "Le bâtiment a coûté 2,9 millions d'euros.\n")  # fmt: skip
    title = "Montclavel-les-Salines : avec sa médiathèque, les Alisiers referment leur chantier"
    blocks = parse_blocks(text, title)
    assert [b.kind for b in blocks] == ["heading"] * 4 + ["sentence"]
    assert blocks[-1].section == ""
    # Unknown title: the navigation bar is read as it looks, and the headline as a field.
    assert [b.kind for b in parse_blocks(text)][1:4] == ["row", "sentence", "field"]


def test_a_title_wrapped_over_lines_with_a_colon_is_a_heading_not_a_field():
    """A PDF article's title, "Ferrandières-sur-Loing : reloger sans / reconstruire à
    l'identique" under its kicker, reads like a field label; known as the document's title, it
    is a heading, and the lede below it is sentences of its own."""
    text = (
        "RENOUVELLEMENT URBAIN – RELOGEMENT\n"
        "Ferrandières-sur-Loing : reloger sans\n"
        "reconstruire à l'identique\n"
        "Dans cette petite ville du Gâtinais, la\n"
        "démolition s'est faite. Le relogement s'est achevé en juin 2012.\n"
    )
    title = "Ferrandières-sur-Loing : reloger sans reconstruire à l'identique"
    blocks = parse_blocks(text, title)
    kinds = [(b.kind, text[b.start : b.end]) for b in blocks]
    assert ("heading", "Ferrandières-sur-Loing : reloger sans\nreconstruire à l'identique") in kinds
    assert ("sentence", "Le relogement s'est achevé en juin 2012.") in kinds
    assert not [b for b in blocks if b.kind == "field"]
    # Under its title, the lede is before any section.
    assert all(b.section == "" for b in blocks if b.kind == "sentence")
    # Without the title known, the same lines are still read as a field (metadata's first pass).
    assert [b.kind for b in parse_blocks(text)][1] == "field"
    # The title further down the text (a running header) is no heading.
    later = "Premier paragraphe du texte.\n" + text
    assert not [b for b in parse_blocks(later, title)
                if b.kind == "heading" and later[b.start : b.end].startswith("Ferrandières")]


def test_a_line_opening_in_lower_case_is_no_field_label():
    """PDF text is wrapped at the page's width: "règles du jeu : trois propositions ..." carries
    on the sentence above it ("Une charte ... a fixé les"), whatever its colon."""
    text = (
        "Une charte de relogement, signée en juin 2010, a fixé les\n"
        "règles du jeu : trois propositions au maximum, la prise en charge du déménagement.\n"
        "\n"
        "L'enjeu : reloger sans reconstruire à l'identique.\n"
    )
    blocks = parse_blocks(text)
    sentences = [text[b.start : b.end] for b in blocks if b.kind == "sentence"]
    assert sentences[0] == (
        "Une charte de relogement, signée en juin 2010, a fixé les\n"
        "règles du jeu : trois propositions au maximum, la prise en charge du déménagement."
    )
    # A capitalised label is still one.
    assert [(b.kind, b.label) for b in blocks if b.kind == "field"] == [("field", "L'enjeu")]


def test_a_long_open_line_carries_on_past_a_capital():
    """A PDF line cut at the page's width goes on in the next line even when that line opens
    with a capital and holds a colon ("Atelier Horizons" / "Sociaux : 146 ménages ...")."""
    text = (
        "Entre 2009 et 2010, une enquête sociale exhaustive a été confiée au cabinet Atelier Horizons\n"
        "Sociaux : 146 ménages ont été rencontrés à domicile. La charte a été signée.\n"
    )
    blocks = parse_blocks(text)
    assert [b.kind for b in blocks] == ["sentence", "sentence"]
    assert text[blocks[0].start : blocks[0].end].endswith("146 ménages ont été rencontrés à domicile.")
    # Short lines without a full stop are lines of their own (a list written without bullets),
    # and a mission sheet's field after a long line is still a field.
    listed = "Une démarche de gestion urbaine existante\nUne mise en œuvre progressive\n"
    assert [listed[b.start : b.end] for b in parse_blocks(listed)] == [
        "Une démarche de gestion urbaine existante", "Une mise en œuvre progressive"]
    sheet = (
        "Le Point d'étape visait à réaliser un bilan et à mettre en perspective le projet urbain\n"
        "Montant du projet : 167 millions € TTC\n"
    )
    assert [b.kind for b in parse_blocks(sheet)] == ["sentence", "field"]


def test_a_question_paragraph_heads_its_answer():
    """A FAQ's or an interview's question, a paragraph of its own ending on a question mark,
    heads the answer under it: it is no unit, and the answer sits in its section. A run of
    questions (a list of evaluation questions) heads nothing."""
    text = (
        "Questions fréquentes\n"
        "\n"
        "Quand les travaux commencent-ils ?\n"
        "\n"
        "Les travaux commencent en mars 2026. Ils dureront dix mois.\n"
        "\n"
        "Le relogement est-il achevé ?\n"
        "Les familles ont-elles été consultées ?\n"
        "\n"
        "Ces questions guideront l'évaluation.\n"
    )
    blocks = parse_blocks(text)
    said = [(b.kind, text[b.start : b.end], b.section) for b in blocks]
    assert ("heading", "Quand les travaux commencent-ils ?",
            "Quand les travaux commencent-ils ?") in said  # fmt: skip
    assert ("sentence", "Ils dureront dix mois.", "Quand les travaux commencent-ils ?") in said
    # Two questions in one paragraph, or a question followed by another, stay sentences.
    assert ("sentence", "Le relogement est-il achevé ?", "Quand les travaux commencent-ils ?") in said
    assert said[-1][0] == "sentence"


def test_a_letterhead_and_the_headline_under_it_are_the_title_blank_lines_between():
    """A press release's letterhead in capitals, its kind, a blank line and its headline:
    metadata titles it by all of them ("CLARVIA HABITAT – ... – COMMUNIQUÉ DE PRESSE –
    Renouvellement urbain : ..."), so they are one heading, never quoted ("COMMUNIQUÉ DE PRESSE"
    a sentence, the headline a field). Lines of lower case above a title are no letterhead: a
    title is read over three of them at most."""
    text = ("CLARVIA HABITAT – ENTREPRISE SOCIALE POUR L'HABITAT\n"
            "COMMUNIQUÉ DE PRESSE\n\n"
            "Renouvellement urbain : Clarvia Habitat fait le point sur ses chantiers\n\n"
            "Lyon, le 22 janvier 2026\n\n"
            "Clarvia Habitat gère 36 800 logements.\n")  # fmt: skip
    title = ("CLARVIA HABITAT – ENTREPRISE SOCIALE POUR L'HABITAT – COMMUNIQUÉ DE PRESSE – "
             "Renouvellement urbain : Clarvia Habitat fait le point sur ses chantiers")
    blocks = parse_blocks(text, title)
    assert (blocks[0].kind, blocks[0].start) == ("heading", 0)
    assert text[blocks[0].end - 9 : blocks[0].end] == "chantiers"
    assert [b.kind for b in blocks[1:]] == ["heading", "sentence"]
    lines = ["Les quartiers", "", "de la ville", "", "en", "", "chantier", "Texte."]
    assert _title_lines(lines, 0, "Les quartiers de la ville en") == 5
    assert _title_lines(lines, 0, "Les quartiers de la ville en chantier") == 0


def test_a_markdown_tables_column_names_are_the_row_above_its_separator():
    """"| Opération | Coût (M€ TTC) | Avancement au 31 octobre 2025 |" over "|---|---:|---|":
    the separator says the row above names the columns, however long the names, so the rows
    under it are read with them ("8,9" is a cost in M€). Cleaning keeps the separator line and
    no unit is made of it."""
    raw = ("Le tableau présente les opérations.\n\n"
           "| Opération | Coût (M€ TTC) | Avancement au 31 octobre 2025 |\n"
           "|---|---:|---|\n"
           "| Réhabilitation de la barre Corot | 8,9 | Études achevées |\n")  # fmt: skip
    text = clean(raw)
    assert "|---|---:|---|" in text and clean(text) == text
    rows = [b for b in parse_blocks(text) if b.kind == "row"]
    assert [text[b.start : b.end] for b in rows][-1].startswith("| Réhabilitation")
    assert rows[-1].header == ("Opération", "Coût (M€ TTC)", "Avancement au 31 octobre 2025")
    assert not any("---" in text[b.start : b.end] for b in parse_blocks(text))
