from pathlib import Path

import pytest

from ingest.metadata import (
    assign_sites,
    contract_territory,
    extract_metadata,
    headline_place,
    leading_place,
    parse_amount,
    parse_programme,
    parse_site,
    parse_years,
    split_top_level,
    team_members,
)
from ingest.records import Document

EXTENDED = Path(__file__).resolve().parents[3] / "shared" / "corpus-extended"

MISSION = """# Diagnostic de sortie de convention de Villeneuve-Test

CLIENTX

Type de mission : Evaluation

Maître d'ouvrage : Ville de Villeneuve-Test

Années : 2015-2017 (18 mois)

Site : Villeneuve-Test (12 345 habitants)
quartier des Peupliers

Equipe : Cabinet Exemple et Associés, Jeanne Martin et Paul Durand

Acteurs : Etat (DDT, Préfecture), Bailleur (Habitat 99, SEM 99), habitants.

Montant du projet : 1,5 Md€

Programme : 1 200 démolitions, 80 constructions.

Composantes de la mission :

- Conseil stratégique
- Concertation

## Enjeux de la mission

Réussir la sortie de convention.
"""


def test_mission_sheet_fields_become_structured_metadata():
    ex = extract_metadata(MISSION)
    assert ex.doc_type == "mission_sheet"
    assert ex.title == "Diagnostic de sortie de convention de Villeneuve-Test"
    m = ex.metadata
    assert m["mission_type"] == "Evaluation"
    assert m["client"] == "Ville de Villeneuve-Test"
    assert m["years"] == [2015, 2016, 2017] and m["duration_months"] == 18
    assert m["town"] == "Villeneuve-Test" and m["population"] == 12345
    assert m["neighbourhood"] == "quartier des Peupliers"
    assert m["team"] == ["Cabinet Exemple et Associés", "Jeanne Martin", "Paul Durand"]
    assert m["actors"] == ["Etat (DDT, Préfecture)", "Bailleur (Habitat 99, SEM 99)", "habitants"]
    assert m["amount_eur"] == 1.5e9
    assert m["programme"] == {"démolitions": 1200, "constructions": 80}
    assert m["components"] == ["Conseil stratégique", "Concertation"]
    start, end = m["field_spans"]["amount"]
    assert MISSION[start:end] == "Montant du projet : 1,5 Md€"


def test_amounts_in_their_usual_spellings():
    assert parse_amount("157 M€") == 157_000_000
    assert parse_amount("167 millions € TTC") == 167_000_000
    assert parse_amount("450 000 €") == 450_000
    assert parse_amount("2,3 milliards d'euros") == 2_300_000_000
    assert parse_amount("non communiqué") is None


def test_small_parsers():
    assert parse_programme("144 démolitions, 351 constructions, 2102 résidentialisations.") == {
        "démolitions": 144, "constructions": 351, "résidentialisations": 2102
    }  # fmt: skip
    assert parse_years("2012 (8 mois)") == ([2012], 8)
    assert parse_site("Antony, quartier du Noyer Doré") == {
        "town": "Antony", "neighbourhood": "quartier du Noyer Doré"
    }  # fmt: skip
    assert parse_site("Valtest (31 400 habitants), quartier prioritaire du Mas-Test") == {
        "town": "Valtest", "population": 31400, "neighbourhood": "quartier du Mas-Test"
    }  # fmt: skip
    assert split_top_level("A (x, y), B, C") == ["A (x, y)", "B", "C"]


def test_article_byline_and_outlet():
    text = (
        "Rubrique\n\nUn titre d'article de test\n\nPublié le 05/11/2021 • Par Marie Exemple • "
        "dans : Actualités\n\nLe corps de l'article.\n"
    )
    ex = extract_metadata(text, raw_text=text + "\nsur MonJournal.fr")
    assert ex.doc_type == "article"
    assert ex.title == "Un titre d'article de test"
    assert ex.metadata["published"] == "2021-11-05"
    assert ex.metadata["author"] == "Marie Exemple"
    assert ex.metadata["rubric"] == "Actualités"
    assert ex.metadata["outlet"] == "MonJournal.fr"


def test_a_byline_written_out_and_a_signature_alone_on_its_line():
    text = ("Auzerac : au Pradal, la tour Aneto vit ses derniers mois\n\nPublié le 3 mai 2023 à "
            "07h15, mis à jour le 3 mai 2023 à 10h42\n\nPar Baptiste Larrieu\n\nDix-huit mois "
            "après la signature de la convention, le relogement entre dans sa dernière ligne "
            "droite.\n")  # fmt: skip
    meta = extract_metadata(text).metadata
    assert (meta["published"], meta["years"]) == ("2023-05-03", [2023])
    assert meta["author"] == "Baptiste Larrieu"  # not "Baptiste Larrieu Dix" from the next line


def test_a_deliberation_and_a_press_release_are_titled_by_what_they_are_about() -> None:
    deliberation = ("VILLE DE VALTEST\nDépartement des Landes\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS"
                    "\nSéance du jeudi 19 juin 2025\n\nDélibération n° 2025-047\nObjet : Quartier du "
                    "Pignada – Approbation de la convention\n\nDate de convocation : 12 juin 2025\n")  # fmt: skip
    assert extract_metadata(deliberation).title == (
        "VILLE DE VALTEST – Délibération n° 2025-047 – Quartier du Pignada – Approbation de la "
        "convention")  # fmt: skip
    # A PDF's deliberation: its object is the lines after its number, as a title wraps.
    pdf = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\nDélibération n° 2025-06-118"
           "\nApprobation de la convention du quartier\ndes Lauzières\nSéance | Jeudi 26 juin 2025\n")  # fmt: skip
    assert extract_metadata(pdf).title.endswith(
        "Délibération n° 2025-06-118 – Approbation de la convention du quartier des Lauzières")
    release = ("PRÉFET DE TEST\nLiberté\nÉgalité\nFraternité\n\nCOMMUNIQUÉ DE PRESSE\nValtest, le 6 "
               "octobre 2025\n\nValtest : le préfet approuve le plan de sauvegarde du Panoramique\n\n"
               "Le préfet a signé l'arrêté le 2 octobre 2025.\n")  # fmt: skip
    assert extract_metadata(release).title == (
        "PRÉFET DE TEST – Valtest : le préfet approuve le plan de sauvegarde du Panoramique")


@pytest.mark.parametrize(
    ("head", "title"),
    [("Craie & Test – Fiche mission\n\n# Programmation du groupe scolaire du Mas-Test\n\n"
      "Valtest – fiche mise à jour le 20 janvier 2026\n",
      "Craie & Test – Programmation du groupe scolaire du Mas-Test"),
     ("ORSANE TEST – ÉTUDES URBAINES\nFICHE MISSION\n\nMaîtrise d'œuvre urbaine et sociale de "
      "relogement\nQuartier de la Breuvière – Valtest (Meuse)\n\n",
      "ORSANE TEST – Maîtrise d'œuvre urbaine et sociale de relogement – Quartier de la Breuvière – "
      "Valtest (Meuse)")],
)
def test_a_mission_sheet_under_its_firms_banner_is_titled_by_the_mission(head: str, title: str) -> None:
    fields = ("Type de mission : Relogement\nMaître d'ouvrage : Ville de Valtest\n"
              "Site : Valtest (31 400 habitants)\nÉquipe : Test Conseil\n")  # fmt: skip
    extracted = extract_metadata(head + fields)
    assert (extracted.doc_type, extracted.title) == ("mission_sheet", title)


def test_a_share_bar_above_the_dateline_is_not_the_headline():
    text = ("LE COURRIER DU VAL\nAccueil > Valtest > Urbanisme\n\nAux Carlines, la tour Edelweiss "
            "s'est effondrée en huit secondes\n\nQuinze étages et un demi-siècle d'histoire.\n\n"
            "Par Margaux Exemple\nPublié le 22/09/2025 à 06h15\n\nPartager : Facebook | X | "
            "LinkedIn | E-mail\n\nVALTEST, 22 septembre 2025 - Il était 10 h 30 quand la tour "
            "est tombée.\n")  # fmt: skip
    extracted = extract_metadata(text)
    assert extracted.doc_type == "article"
    assert extracted.title == "Aux Carlines, la tour Edelweiss s'est effondrée en huit secondes"


def test_a_pdf_magazines_running_header_gives_its_outlet_and_issue_date():
    text = ("Landivoët : à Kerbrient, reloger avant de démolir\n\nPar Maëlle Guillou, envoyée "
            "spéciale à Landivoët\n\nSur le plateau, il ne reste de la tour qu'une dalle.\n\n"
            "Indicateur | Valeur\nCoût total du projet | 118 M€ HT\n\n"
            "Source : Landivoët Agglomération, convention NPNRU du 18 septembre 2019.\n")
    loader = {"format": "pdf", "pages": 2,
              "running_header": "CAP QUARTIERS Cap Quartiers n° 37 – octobre 2022 – Territoires"}
    meta = extract_metadata(text, raw_text=text, loader_metadata=loader).metadata
    assert (meta["outlet"], meta["published"], meta["years"]) == ("Cap Quartiers", "2022-10", [2022])
    # Without a running header, a table's "Source :" line at the end is no outlet.
    meta = extract_metadata(text, raw_text=text, loader_metadata={"format": "pdf"}).metadata
    assert "outlet" not in meta


def test_team_members_with_their_roles():
    assert team_members("Gaëlle Le Bihan, directrice de mission ; Yannick Quéméner, chargé "
                        "d'études ; Soazig Prigent, chargée de concertation") == [
        "Gaëlle Le Bihan, directrice de mission", "Yannick Quéméner, chargé d'études",
        "Soazig Prigent, chargée de concertation"]  # fmt: skip
    # "et" inside parentheses joins no two members; a semicolon opens another.
    assert team_members("1. Sophie Lemarrec (conseillère en économie sociale et familiale), "
                        "2. Rémi Tessandier (paysagiste) ; cotraitant : Atelier Sillons") == [
        "1. Sophie Lemarrec (conseillère en économie sociale et familiale)",
        "2. Rémi Tessandier (paysagiste)", "cotraitant : Atelier Sillons"]  # fmt: skip
    assert team_members("Cabinet Exemple et Associés, Jeanne Martin et Paul Durand") == [
        "Cabinet Exemple et Associés", "Jeanne Martin", "Paul Durand"]  # fmt: skip


def test_action_sheet():
    text = "FICHE 3.2\nAGIR POUR L'EMPLOI\n\nPilier 3\nAxe 2\nEnjeu : Favoriser l'emploi\n\nAnimateur\nVille de Test\n"
    ex = extract_metadata(text)
    assert ex.doc_type == "action_sheet"
    assert ex.title == "FICHE 3.2 – AGIR POUR L'EMPLOI"
    assert ex.metadata["sheet_number"] == "3.2" and ex.metadata["pillar"] == 3
    assert ex.metadata["lead"] == "Ville de Test" and ex.metadata["site"] == "Ville de Test"


@pytest.mark.parametrize(
    ("head", "title", "number"),
    [("CONTRAT DE VILLE DE PONTAURY AGGLOMERATION 2015-2020\n\nFICHE ACTION N° 2.3.1\n"
      "ACCOMPAGNER LA TRANSFORMATION DES CHENES-VERTS : MAISON DU PROJET\n\n",
      "FICHE ACTION N° 2.3.1 – ACCOMPAGNER LA TRANSFORMATION DES CHENES-VERTS : MAISON DU PROJET",
      "2.3.1"),
     ("CONTRAT DE VILLE DE BRÉMONVILLE 2015-2020\n\n## Fiche action n° 1.3.2 – Lever les freins "
      "à l'emploi des jeunes\n\n", "Fiche action n° 1.3.2 – Lever les freins à l'emploi des jeunes",
      "1.3.2"),
     # A PDF wraps the sheet's title; the line it goes on with starts in lower case.
     ("Contrat de ville du Val de Test 2024-2030\n\nFICHE ACTION 2.4.1\nAccompagner les "
      "locataires des Argilières pendant et après la réhabilitation\nde leurs logements\n",
      "FICHE ACTION 2.4.1 – Accompagner les locataires des Argilières pendant et après la "
      "réhabilitation de leurs logements", "2.4.1"),
     # The sheet's line names it and wraps after a word that needs more.
     ("CONTRAT DE VILLE DE TEST-SUR-LOIRE\nFiche action n° 3.1.2 – Accès aux soins et centre de "
      "santé des\nBruyères\nPilier Cohésion sociale – version adoptée le 4 février 2025\n",
      "Fiche action n° 3.1.2 – Accès aux soins et centre de santé des Bruyères", "3.1.2")],
)
def test_an_action_sheet_is_titled_by_its_own_line_not_its_contracts_banner(
    head: str, title: str, number: str
) -> None:
    """Every sheet of a contract opens on the same banner: titled by it, a contract's sheets
    could not be told apart in a list of citations or precedents. The contract is kept."""
    extracted = extract_metadata(head + "Pilier : Cadre de vie\n\nContexte\n\nUn quartier.\n")
    assert extracted.doc_type == "action_sheet"
    assert extracted.title == title
    assert extracted.metadata["contract"] == head.split("\n")[0]
    assert extracted.metadata["sheet_number"] == number


@pytest.mark.parametrize(
    ("field", "place"),
    [("Quartier | Les Combettes (Velmorin)", {"neighbourhood": "Combettes", "town": "Velmorin"}),
     ("Quartier prioritaire : Saint-Éloi (Morsange), 4 600 habitants",
      {"neighbourhood": "Saint-Éloi", "town": "Morsange"}),
     # A bracket that describes the neighbourhood names no town.
     ("Quartier concerné | Kerbrient (quartier prioritaire, 6 900 habitants)",
      {"neighbourhood": "Kerbrient"}),
     ("Quartiers | Les Pâtureaux et les Vernèdes", {})],
)
def test_an_action_sheets_neighbourhood_field_gives_its_neighbourhood_and_town(
    field: str, place: dict[str, str]
) -> None:
    text = f"Fiche action n° 3.1.2 – Accès aux soins\nPilier | Cohésion sociale\n{field}\nPilote | Ville\n"
    meta = extract_metadata(text).metadata
    assert {k: meta[k] for k in ("neighbourhood", "town") if k in meta} == place


def test_an_article_mentioning_the_contract_of_the_city_is_not_an_action_sheet():
    text = ("Le magazine de l'Agence – n° 14\n\n## Le quartier change\n\n" + "Texte. " * 60
            + "\n\nLe contrat de ville prévoit une maison du projet.\n")  # fmt: skip
    assert extract_metadata(text).doc_type != "action_sheet"
    head = "CONTRAT DE VILLE DE TEST 2015-2020\n\n## Fiche action n° 1 – Emploi\n\nPilier | Emploi\n"
    assert extract_metadata(head).doc_type == "action_sheet"


def test_a_mission_sheets_title_goes_on_onto_a_line_in_lower_case():
    text = ("Plan de relogement et suivi du volet habitat du NPNRU\ndu Pradal\nType de mission : "
            "AMO\nMaître d'ouvrage : Auzerac Habitat\nSite : Auzerac\nÉquipe : Cabinet Test\n")
    extracted = extract_metadata(text)
    assert extracted.doc_type == "mission_sheet"
    assert extracted.title == "Plan de relogement et suivi du volet habitat du NPNRU du Pradal"


def test_a_mission_sheet_under_a_line_naming_its_kind_is_titled_by_its_heading():
    text = ("FICHE MISSION\n\n# Assistance à maîtrise d'ouvrage pour le pilotage du NPNRU des "
            "Tilleraies\n\nArdelonne – quartier des Tilleraies\n\nType de mission : AMO\n"
            "Client : Ardelonne Agglomération\nSite : Ardelonne, quartier des Tilleraies\n"
            "Montant : 186 300 € HT\n")
    extracted = extract_metadata(text)
    assert extracted.doc_type == "mission_sheet"
    assert extracted.title == ("Assistance à maîtrise d'ouvrage pour le pilotage du NPNRU des "
                               "Tilleraies")


def test_a_record_under_a_letterhead_is_titled_by_the_letterheads_lines():
    """A plain-text record opens on its bodies' letterhead, then what it records: the title is
    all of it, so it names the neighbourhood and the meeting, not the bodies alone."""
    text = ("COMMUNAUTÉ D'AGGLOMÉRATION ESCAUT-HAVERQUIN – VILLE DE HAVERQUIN\n"
            "PROJET DE RENOUVELLEMENT URBAIN DES COUDRETTES\n\nCOMITÉ DE PILOTAGE DU 20 NOVEMBRE "
            "2025\nCOMPTE RENDU\n\nHaverquin, le 26 novembre 2025\n\nLe comité a validé ...\n")
    title = extract_metadata(text).title
    assert title.startswith("COMMUNAUTÉ D'AGGLOMÉRATION ESCAUT-HAVERQUIN")
    assert "DES COUDRETTES – COMITÉ DE PILOTAGE DU 20 NOVEMBRE 2025 – COMPTE RENDU" in title
    assert "Haverquin, le" not in title


def test_a_pdfs_title_naming_the_magazines_issue_gives_way_to_the_headline():
    text = ("TERRITOIRES EN PROJET | VALCORBIN (CROIX-MÉLINE)\nValcorbin : la Croix-Méline entre "
            "dans le\ntemps des chantiers\nUn an après la signature de sa convention, le "
            "quartier voit tomber sa première barre.\nPar Claire Dumas, le 12 octobre 2023\n")  # fmt: skip
    issue = {"format": "pdf", "title": "Cap Quartiers n° 37 – Valcorbin, la Croix-Méline",
             "running_header": "CAP QUARTIERS Cap Quartiers n° 37 – octobre 2023"}  # fmt: skip
    title = "Valcorbin : la Croix-Méline entre dans le temps des chantiers"
    assert extract_metadata(text, loader_metadata=issue).title == title
    # The article's own title in the info dictionary is kept.
    own = {**issue, "title": "Valcorbin : la première barre tombe"}
    assert extract_metadata(text, loader_metadata=own).title == own["title"]


def test_a_dated_web_page_is_an_article():
    text = "# Un titre\n\nLe corps de l'article, sans ligne de signature.\n"
    page = {"title": "Un titre", "date": "2021-02-09", "format": "html"}
    assert extract_metadata(text, loader_metadata=page).doc_type == "article"
    # The same text from a plain file, undated, stays unclassified.
    assert extract_metadata(text, loader_metadata={"format": "txt"}).doc_type == "other"


def test_a_credit_line_at_the_top_makes_an_article():
    """A PDF or .docx article may have no dated byline, only its signature on a line."""
    text = ("RUBRIQUE – RELOGEMENT\nValtest : reloger sans reconstruire\nUn chapeau de deux "
            "lignes.\nPar Élise Exemple\nIl ne reste plus rien des trois barres.\n")  # fmt: skip
    ex = extract_metadata(text, loader_metadata={"format": "pdf"})
    assert ex.doc_type == "article" and ex.metadata["author"] == "Élise Exemple"
    magazine = ("Le magazine de l'Agence – n° 14\n\n## Le quartier change\n\nUn chapeau.\n\n"
                "Texte : Jean de Test – Photos : Studio Exemple\n\nLe corps.\n")  # fmt: skip
    ex = extract_metadata(magazine)
    assert ex.doc_type == "article" and ex.metadata["author"] == "Jean de Test"
    # "Par" opening a sentence is not a signature.
    assert extract_metadata("Notes\n\nPar ailleurs, la Ville a signé.\n").doc_type == "other"


def test_a_web_page_gives_its_date_author_and_site_name_when_the_text_has_no_byline():
    text = "# Un titre\n\nLe corps de l'article, sans ligne de signature.\n"
    page = {"title": "Un titre", "date": "2013-03-24", "format": "html",
            "author": "Par Jean Exemple; Publié le ; Mis à jour le", "sitename": "Le Courrier"}
    meta = extract_metadata(text, loader_metadata=page).metadata
    assert meta["published"] == "2013-03-24" and meta["years"] == [2013]
    assert meta["author"] == "Jean Exemple" and meta["outlet"] == "Le Courrier"
    # A headline the extractor took for the site name is not an outlet.
    page["sitename"] = "Valtest. Un titre"
    assert "outlet" not in extract_metadata(text, loader_metadata=page).metadata
    # Nor is the rest of a byline an author ("Publié le", an extractor's guess on a page
    # whose byline names nobody).
    page["author"] = "Publié le"
    assert "author" not in extract_metadata(text, loader_metadata=page).metadata


def test_plain_text_is_other():
    ex = extract_metadata("Quelques notes\n\nsans structure particulière.")
    assert ex.doc_type == "other" and ex.title == "Quelques notes"


DEFINITION_LIST = """# Coordination inter-chantiers du Pré-Test – Valtest

- Type de mission :
- Coordination inter-chantiers
- Maître d'ouvrage :
- Ville de Valtest
- Site :
- Valtest (15 900 habitants), quartier du Pré-Test
- Montant du projet :
- 64 M€
"""


def test_a_definition_list_exported_as_a_list_gives_the_fields() -> None:
    ex = extract_metadata(DEFINITION_LIST)
    assert ex.doc_type == "mission_sheet"
    assert ex.metadata["mission_type"] == "Coordination inter-chantiers"
    assert ex.metadata["client"] == "Ville de Valtest"
    assert ex.metadata["town"] == "Valtest" and ex.metadata["amount_eur"] == 64e6
    start, end = ex.metadata["field_spans"]["site"]
    assert DEFINITION_LIST[start:end] == (
        "- Site :\n- Valtest (15 900 habitants), quartier du Pré-Test"
    )


def _doc(doc_id: str, title: str, text: str, **meta: object) -> Document:
    return Document(doc_id, title, "other", text, dict(meta), "sha")


def test_sites_of_articles_and_action_sheets_come_from_the_corpus_mission_sheets() -> None:
    sheet = _doc("m.txt", "Point d'étape de Valtest", "Site : Valtest", town="Valtest",
                 site="Valtest", neighbourhood="quartier des Glycines")  # fmt: skip
    other = _doc("n.txt", "Bilan de Montest", "Site : Montest", town="Montest", site="Montest")
    article = _doc("a.txt", "Les Glycines changent de visage",
                   "À Valtest, la tour des Glycines est tombée. À Montest, la barre suivra, et Montest attend.")  # fmt: skip
    action = _doc("f.txt", "Fiche action 2.1", "Animateur : Ville de Montest (service GUP)",
                  site="Ville de Montest (service GUP)")  # fmt: skip
    national = _doc("g.txt", "L'ANRU a vingt ans", "Un programme national, sans lieu.")
    docs = [sheet, other, article, action, national]
    assign_sites(docs)
    # The neighbourhood in the title counts for its town; the action sheet keeps its own site.
    assert (article.metadata["town"], article.metadata["site"]) == ("Valtest", "Valtest")
    assert article.metadata["neighbourhood"] == "Glycines"
    assert action.metadata["town"] == "Montest"
    assert action.metadata["site"] == "Ville de Montest (service GUP)"
    assert "town" not in national.metadata
    assert sheet.metadata == {"town": "Valtest", "site": "Valtest",
                              "neighbourhood": "quartier des Glycines"}  # fmt: skip
    # A later ingest recomputes what came from the corpus: without the sheet, Montest wins.
    assign_sites([other, article, action, national])
    assert article.metadata["town"] == "Montest" and "neighbourhood" not in article.metadata
    # A landlord's report on both towns is about neither alone.
    report = _doc("r.txt", "Point d'étape des réhabilitations",
                  "À Valtest, 80 logements rénovés. À Montest, 60 logements. Valtest et Montest "
                  "suivront.")  # fmt: skip
    assign_sites([sheet, other, report])
    assert "town" not in report.metadata


@pytest.mark.parametrize(("title", "named"), [
    ("Expérience locale – Valenciennes métropole : A projet atypique, pilotage atypique",
     ("Valenciennes métropole", "Valenciennes")),
    ("Ferrandières-sur-Loing : reloger sans reconstruire à l'identique",
     ("Ferrandières-sur-Loing", "Ferrandières-sur-Loing")),
    ("Le Havre : la tour tombe", ("Le Havre", "Le Havre")),
    ("Rénovation urbaine : le bilan d'une décennie", None),  # a theme, not a name
    ("ANRU : vingt ans de rénovation", None),  # an acronym names a body
    ("Métropole : le nouveau plan", None),
    ("Quartiers 2030 : ce qui change", None),
    ("L'ANRU, des partenaires à tous les étages", None),
])  # fmt: skip
def test_a_headline_that_opens_with_a_place_names_it(title: str, named: object) -> None:
    assert headline_place(title) == named


def test_an_article_about_a_place_no_mission_sheet_names_takes_its_headline_place() -> None:
    sheet = _doc("m.txt", "Point d'étape de Valtest", "Site : Valtest", town="Valtest",
                 site="Valtest")  # fmt: skip
    gazette = Document("g.txt", "Expérience locale – Valenciennes métropole : A projet atypique",
                       "article", "La communauté d'agglomération pilote cinq projets.", {}, "sha")
    known = Document("k.txt", "Valtest : la tour tombe", "article", "À Valtest, la tour.", {}, "s")
    sheet_like = _doc("f.txt", "Montest : fiche", "Une fiche sans lieu connu.")
    assign_sites([sheet, gazette, known, sheet_like])
    assert (gazette.metadata["site"], gazette.metadata["town"]) == ("Valenciennes métropole",
                                                                     "Valenciennes")  # fmt: skip
    assert known.metadata["town"] == "Valtest"  # the corpus' own place wins
    assert "town" not in sheet_like.metadata  # a headline place is read on articles only
    # Recomputed on the next ingest, and read without any mission sheet in the corpus too.
    assign_sites([gazette])
    assert gazette.metadata["town"] == "Valenciennes"
    assert gazette.metadata["from_corpus"] == ["town", "site"]


@pytest.mark.parametrize(("text", "territory"), [
    ("CONTRAT DE VILLE DE MALVIGNÉ AGGLOMÉRATION 2016-2022\n\nMalvigné compte", "Malvigné"),
    ("CONTRAT DE VILLE DE LA COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE GUÉRERCY 2016-2023\n",
     "Pays de Guérercy"),
    ("CONTRAT DE VILLE DE L'AGGLOMÉRATION DU PAYS DE MAUVOIS-SUR-VINGEANNE 2015-2023\n",
     "Pays de Mauvois-sur-Vingeanne"),
    ("CONTRAT DE VILLE DU PAYS DE VALLAURIAC 2015-2022 (prorogé par avenant en 2019)\n",
     "Pays de Vallauriac"),
    ("FICHE 2.1.5\nLe contrat de ville de Tours prévoit une convention.", None),  # not a title
])  # fmt: skip
def test_an_action_sheet_names_its_contract_territory(text: str, territory: str | None) -> None:
    assert contract_territory(text) == ((territory, territory) if territory else None)


@pytest.mark.parametrize(("title", "text", "place"), [
    ("Faldignac-le-Vieux tourne la page de la rénovation", "", "Faldignac-le-Vieux"),
    ("Vallauriac inaugure son parc", "Le maire de Vallauriac a coupé le ruban.", "Vallauriac"),
    ("Bagneux, dix ans après", "À Bagneux, les tours sont tombées.", "Bagneux"),
    ("Démolition de la tour", "La démolition a commencé.", None),  # a common word
    ("Vallauriac inaugure son parc", "Vallauriac. Un parc.", None),  # never mid-sentence
    ("Le parc des Glaïeuls inauguré", "le parc des Glaïeuls", None),
    ("Aux Hauts-de-Forge, la mémoire avant les pelleteuses", "aux Hauts-de-Forge", None),
    ("L'ANRU, des partenaires à tous les étages", "l'ANRU", None),
])  # fmt: skip
def test_a_headline_that_opens_with_a_name_and_a_verb_names_its_place(
    title: str, text: str, place: str | None
) -> None:
    assert leading_place(title, text) == ((place, place) if place else None)


def test_documents_about_places_no_mission_sheet_names_take_the_place_they_name() -> None:
    sheet = _doc("m.txt", "Point d'étape de Valtest", "Site : Valtest", town="Valtest", site="Valtest")
    contract = Document("f.txt", "CONTRAT DE VILLE DE MALVIGNÉ AGGLOMÉRATION 2016-2022",
                        "action_sheet", "CONTRAT DE VILLE DE MALVIGNÉ AGGLOMÉRATION 2016-2022\n\n"
                        "Le quartier des Vanneaux, au nord. Dans le quartier des Vanneaux, "
                        "Malvigné Habitat démolit.", {}, "s")  # fmt: skip
    neighbourhood = Document("a.html", "Le Coteau-Blanc : la tour A2 tombe", "article",
                             "Le foudroyage de la dernière tour du quartier du Coteau-Blanc.", {},
                             "s")  # fmt: skip
    body = Document("b.txt", "Action Logement : un partenaire historique", "article",
                    "Action Logement finance le logement des salariés.", {}, "s")
    assign_sites([sheet, contract, neighbourhood, body])
    assert "town" not in body.metadata  # a body whose name is made of common words
    assert (contract.metadata["town"], contract.metadata["neighbourhood"]) == ("Malvigné",
                                                                               "Vanneaux")  # fmt: skip
    # The headline's place is what the text calls a neighbourhood: the town is not said.
    assert neighbourhood.metadata == {"neighbourhood": "Coteau-Blanc",
                                      "from_corpus": ["neighbourhood"]}  # fmt: skip


def _extended_documents() -> list[Document]:
    """The extended corpus loaded and prepared as ingest does (fresh copies on each call: the
    tests change their metadata)."""
    from evals.corpora import document_files
    from index.build import IngestReport, _prepare
    from ingest.load import load

    raws = [load(path, EXTENDED) for path in document_files(EXTENDED)]
    return [p.doc for p in _prepare(raws, 1800, 200, IngestReport(), frozenset(), workers=None)]


@pytest.mark.skipif(not EXTENDED.is_dir(), reason=f"no extended corpus at {EXTENDED}")
def test_every_extended_document_has_a_site_and_a_site_filter_keeps_to_it() -> None:
    from index.search import document_matches

    docs = _extended_documents()
    assign_sites(docs)
    assert all(d.metadata.get("town") for d in docs), [d.doc_id for d in docs
                                                       if not d.metadata.get("town")]  # fmt: skip
    for town in {d.metadata["town"] for d in docs}:
        matched = [d for d in docs if document_matches(d.doc_id, d.doc_type, d.metadata,
                                                       {"site": town})]  # fmt: skip
        assert matched and all(d.metadata["town"] == town for d in matched), town


@pytest.mark.skipif(not EXTENDED.is_dir(), reason=f"no extended corpus at {EXTENDED}")
def test_extended_documents_are_typed_from_their_own_text_not_mistyped() -> None:
    """The file names say what each document is (only this test reads them): every mission and
    action sheet is typed as such, and no article is typed as a sheet."""
    docs = _extended_documents()
    kinds = {"fiche-mission": "mission_sheet", "fiche-action": "action_sheet"}
    for doc in docs:
        expected = next((t for prefix, t in kinds.items() if doc.doc_id.startswith(prefix)), None)
        if expected:
            assert doc.doc_type == expected, doc.doc_id
        else:
            assert doc.doc_type in ("article", "other"), (doc.doc_id, doc.doc_type)
    articles = [d for d in docs if d.doc_id.startswith("article")]
    assert all(d.doc_type == "article" for d in articles), [
        d.doc_id for d in articles if d.doc_type != "article"]
    # Every article says when it was published or who wrote it.
    assert all(d.metadata.get("published") or d.metadata.get("author") for d in articles)


def test_a_title_wrapped_over_two_lines_is_read_whole() -> None:
    """A PDF wraps its title like any line; a line ending on "du" goes on over the next one."""
    wrapped = MISSION.replace(
        "# Diagnostic de sortie de convention de Villeneuve-Test",
        "Diagnostic de sortie de convention du\nquartier des Peupliers – Villeneuve-Test",
    )
    assert extract_metadata(wrapped).title == (
        "Diagnostic de sortie de convention du quartier des Peupliers – Villeneuve-Test"
    )
    # A whole first line stays alone, and a field never joins the title.
    assert extract_metadata(MISSION).title == "Diagnostic de sortie de convention de Villeneuve-Test"
    assert extract_metadata("Bilan de la mission du\nSite : Testville\n\nTexte.").title == (
        "Bilan de la mission du"
    )


def test_an_article_opening_on_its_masthead_is_titled_by_its_headline() -> None:
    """A magazine article in Markdown opens on its masthead and rubric, then its "# " headline:
    the headline is the title (the masthead was, and was quoted as an answer for its date)."""
    text = ("*Territoires en mouvement* — le magazine du réseau · N° 22 · Automne 2021\n\n"
            "Rubrique : Projets | Renouvellement urbain\n\n"
            "# Grandpré-sur-Auzon : le Val-Moreau se tourne enfin vers sa rivière\n\n"
            "Par Hélène Marsac-Duval · Photographies : Lucas Ferrer\n\n"
            "Il faut se tenir au pied de la tour Belvédère.")  # fmt: skip
    extracted = extract_metadata(text)
    assert extracted.doc_type == "article"
    assert extracted.title == "Grandpré-sur-Auzon : le Val-Moreau se tourne enfin vers sa rivière"


def test_a_dispatch_under_its_sites_furniture_is_an_article_titled_by_its_headline() -> None:
    """A news agency's dispatch saved as text: masthead, navigation bars, a rule and a kicker
    above the headline, then a dateline. The dateline makes it an article and gives its date
    and outlet; the headline just above the lead is its title, not the masthead."""
    text = ("AHT PRESSE — Agence Habitat & Territoires\n"
            "Dépêches | Logement social | Politique de la ville | Abonnés\n\n"
            "Se connecter | Espace abonnés | Newsletter quotidienne\n\n"
            "-----------------------------------------------------------------\n\n"
            "DÉPÊCHE N° 17-1942 — RÉNOVATION URBAINE\n\n"
            "Montclavel-les-Salines : avec sa médiathèque, le quartier des Alisiers referme son "
            "chantier\n\n"
            "Montclavel-les-Salines, 4 octobre 2017 (AHT Presse) — Neuf ans après la signature "
            "de sa convention, le quartier a inauguré sa médiathèque.\n")  # fmt: skip
    extracted = extract_metadata(text)
    assert extracted.doc_type == "article"
    assert extracted.title == ("Montclavel-les-Salines : avec sa médiathèque, le quartier des "
                               "Alisiers referme son chantier")  # fmt: skip
    assert extracted.metadata["published"] == "2017-10-04"
    assert extracted.metadata["outlet"] == "AHT Presse"


@pytest.mark.skipif(not EXTENDED.is_dir(), reason=f"no extended corpus at {EXTENDED}")
def test_extended_web_articles_name_their_outlet_in_words() -> None:
    """A web article's outlet is its site's name, as its <title> or byline writes it: not the
    domain ("ladepechedesrives.example") nor the headline the extractor took for a site name."""
    outlets = {d.doc_id: d.metadata.get("outlet") for d in _extended_documents()
               if d.doc_type == "article" and d.doc_id.endswith(".html")}  # fmt: skip
    assert outlets["article-depeche-des-rives-castelrives-tamaris-convention-npnru.html"] == (
        "La Dépêche des Rives")
    assert outlets["article-republicain-deux-rives-lussanges-glaieuls-fin-du-pru.html"] == (
        "Le Républicain des Deux-Rives")
    for doc_id, outlet in outlets.items():
        assert outlet and " " in outlet and ".example" not in outlet, (doc_id, outlet)


def test_a_document_dated_by_its_own_metadata_is_of_that_year() -> None:
    """Meeting minutes in Markdown, dated by their front matter: neither a mission sheet nor an
    article, they are still of that year (a question about "la séance de 2025" may read them)."""
    text = "Comité de pilotage du quartier des Lilas\n\nPrésents : la Ville, l'ANRU.\n"
    meta = extract_metadata(text, loader_metadata={"date": "2025-11-18", "format": "md"}).metadata
    assert meta["years"] == [2025]
    assert "years" not in extract_metadata(text, loader_metadata={"format": "md"}).metadata
