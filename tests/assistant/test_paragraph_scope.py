"""A sentence is read with the sentences before it in its paragraph for what it is about
(assistant/answering.py `_paragraph_before`): pure logic, on units split from a text."""

from __future__ import annotations

from assistant.answering import (
    PARAGRAPH_LEAD,
    _column_names,
    _lone_item_headings,
    _paragraph_before,
    _read_with,
    _table_titles,
)
from assistant.scope import CorpusNames
from ingest.units import Unit, split_units

TEXT = (
    "Le centre commercial\n\n"
    "Reste le centre commercial de la place des Merisiers, dont quatre cellules sont vides. "
    "La Banque des Territoires apportera 1,9 million d'euros. "
    "Les habitants, eux, attendent surtout le retour d'une boulangerie.\n\n"
    "Le quartier compte 6 150 habitants.\n\n"
    "- Une première action\n- Une seconde action\n"
)


def leads(text: str) -> dict[str, list[str]]:
    """Each unit's text -> the texts read with it, as `unit_rows` walks a passage."""
    out: dict[str, list[str]] = {}
    before: list[Unit] = []
    for unit in split_units(text, 1):
        before = _paragraph_before(text, before, unit)
        out[unit.text] = [u.text for u in before]
        before.append(unit)
    return out


def test_a_sentence_is_read_with_the_sentences_before_it_in_its_paragraph() -> None:
    read = leads(TEXT)
    first = "Reste le centre commercial de la place des Merisiers, dont quatre cellules sont vides."
    assert read[first] == []
    assert read["Les habitants, eux, attendent surtout le retour d'une boulangerie."] == [
        first, "La Banque des Territoires apportera 1,9 million d'euros."]
    # Another paragraph, and list items, stand alone.
    assert read["Le quartier compte 6 150 habitants."] == []
    assert read["Une seconde action"] == []


def test_the_lead_is_bounded() -> None:
    text = " ".join(f"Phrase numéro {i} du paragraphe." for i in range(12))
    read = leads(text)
    assert len(read["Phrase numéro 11 du paragraphe."]) == PARAGRAPH_LEAD
    assert read["Phrase numéro 11 du paragraphe."][-1] == "Phrase numéro 10 du paragraphe."


def test_a_numbered_line_read_as_a_list_of_one_heads_the_sentences_after_it() -> None:
    """A PDF's "2. Délibération ... – Marché de déconstruction de la tour Galène" is read as a
    list of one item; the sentences after it, up to the next item, are about what it names.
    Items of a real list, or an item ending like a sentence, head nothing."""
    text = ("Les travaux portent sur les façades.\n"
            "2. Délibération n° 2025-27 – Marché de déconstruction de la tour Galène\n"
            "La commission a retenu l'offre de l'entreprise Montarnal. Le chantier durera huit "
            "mois.\n"
            "3. Délibération n° 2025-28 – Plan de financement\n"
            "Le plan de financement s'établit comme suit.\n")
    units = split_units(text, 1)
    heads = dict(zip((u.text for u in units), _lone_item_headings(units), strict=True))
    galene = "Délibération n° 2025-27 – Marché de déconstruction de la tour Galène"
    assert heads["La commission a retenu l'offre de l'entreprise Montarnal."] == galene
    assert heads["Le chantier durera huit mois."] == galene
    # The next heading (here one the reading found) ends it.
    assert heads["Le plan de financement s'établit comme suit."] == ""
    assert heads["Les travaux portent sur les façades."] == ""
    listed = "- Une première action\n- Une seconde action\nLe budget est de 40 000 €.\n"
    assert set(_lone_item_headings(split_units(listed, 1))) == {""}
    ended = "- Une seule action est prévue.\nLe budget est de 40 000 €.\n"
    assert set(_lone_item_headings(split_units(ended, 1))) == {""}


def test_a_row_is_about_the_places_its_column_names_name() -> None:
    """A note's table of two concessions, a column each: the row "Bilan prévisionnel" gives
    the Vernottes' figure though its own cells name no place; a row of another table, under
    names that are no place, stays out of a question about the Vernottes."""
    from types import SimpleNamespace

    table = ("Indicateur | Combe-Verrière | Vernottes\n|---|---|---|\n"
             "Bilan prévisionnel (€ HT) | 8 420 000 | 6 150 000\n")
    other = "Poste | Montant\n|---|---|\nBilan prévisionnel (€ HT) | 5 870 000\n"
    lede = "Point trimestriel des deux concessions d'aménagement de la société. " * 6
    texts = {"note.txt": lede + "\n\n" + table, "autre.txt": lede + "\n\n" + other,
             "a.txt": "Le quartier des Vernottes.", "b.txt": "La Combe-Verrière."}
    index = SimpleNamespace(
        manifest=SimpleNamespace(version="v1"), doc_ids=list(texts),
        doc_titles=["Note d'information", "Bilan", "Vernottes", "Combe-Verrière"],
        doc_metadata=[{}, {}, {}, {}],
        document=lambda doc_id: SimpleNamespace(text=texts[doc_id]), vocab=[],
    )  # fmt: skip
    names = CorpusNames(index)
    scope = names.question_scope("Quel est le bilan prévisionnel de la concession des Vernottes ?")
    assert [n.text for n in scope.scoping] == ["Vernottes"]
    row = split_units(table, 1)[-1]
    assert row.header == ("Indicateur", "Combe-Verrière", "Vernottes")
    assert names.check(scope, "note.txt", "", _read_with([], row)) == (True, 0.0)
    assert names.check(scope, "note.txt", "", row.text)[0] is False  # its cells alone
    elsewhere = split_units(other, 1)[-1]
    assert names.check(scope, "autre.txt", "", _read_with([], elsewhere))[0] is False


def test_a_list_or_table_is_read_with_the_lead_in_announcing_it() -> None:
    """"La résidence Pyrite compte 236 logements. Les livraisons ont pris du retard sur
    l'objectif :" announces a table whose rows name no residence: each row is read with the
    lead-in and its paragraph. A list no lead-in announces is read alone."""
    text = ("La résidence Pyrite compte 236 logements. Les livraisons ont pris du retard sur "
            "l'objectif de la convention :\n"
            "Année | Objectif | Livrés\n|---|---|---|\n2024 | 96 | 81\n2025 | 80 | 37\n\n"
            "Le quartier a changé.\n\n- Une première action\n- Une seconde action\n")  # fmt: skip
    read = leads(text)
    assert read["2025 | 80 | 37"] == [
        "La résidence Pyrite compte 236 logements.",
        "Les livraisons ont pris du retard sur l'objectif de la convention :",
    ]
    assert read["2024 | 96 | 81"] == read["2025 | 80 | 37"]
    assert read["Une seconde action"] == []


def test_a_list_announced_under_a_numbered_line_is_under_it_too() -> None:
    """"3. Délibération n° 2025-28 – Financement de la réhabilitation de la résidence Pyrite",
    read as a list of one, heads its lead-in "Le plan de financement s'établit comme suit :"
    and the list it announces, and what follows up to the next numbered line."""
    text = ("3. Délibération n° 2025-28 – Financement de la réhabilitation de la résidence Pyrite\n"
            "Le plan de financement s'établit comme suit :\n"
            "- subvention de l'ANRU : 2,9 M€ ;\n- fonds propres de l'office : 1,4 M€.\n"
            "Le conseil approuve le plan de financement.\n"
            "4. Délibération n° 2025-29 – Loyers\n"
            "Le conseil fixe les loyers.\n")  # fmt: skip
    units = split_units(text, 1)
    heads = dict(zip((u.text for u in units), _lone_item_headings(units), strict=True))
    pyrite = "Délibération n° 2025-28 – Financement de la réhabilitation de la résidence Pyrite"
    assert heads["subvention de l'ANRU : 2,9 M€ ;"] == pyrite
    assert heads["fonds propres de l'office : 1,4 M€."] == pyrite
    assert heads["Le conseil approuve le plan de financement."] == pyrite
    assert heads["Le conseil fixe les loyers."] == ""  # under the next line, read as a heading


def test_a_tables_header_row_answers_nothing() -> None:
    """"N° | Opération | Maître d'ouvrage | Subvention ANRU (€)" names the columns of the rows
    under it: it is not quoted for "which organisations are project owners"; a table whose
    reading found no column names keeps every row."""
    units = split_units(
        "Le financement s'établit comme suit :\n\n"
        "| N° | Opération | Maître d'ouvrage | Subvention ANRU (€) |\n|---|---|---|---|\n"
        "| 1 | Démolition de la tour Bayard | Semoy Habitat | 2 520 000 |\n"
        "| 2 | Groupe scolaire | Ville | 2 460 000 |\n", 1)  # fmt: skip
    assert [_column_names(u, units) for u in units] == [False, True, False, False]
    plain = split_units("Relogés | 52\nRecherche en cours | 8\n", 1)
    assert [u.kind for u in plain] == ["row", "row"]
    assert not any(_column_names(u, plain) for u in plain)


def test_a_name_of_several_words_is_named_by_its_words_together() -> None:
    """"Semoy Habitat" is not named by "Altanor Habitat [...] à Hargival-sur-Semoy", though
    every word of it is there; a question running two names together ("la barre Calcite
    Semoy Habitat") needs each only as the corpus writes it; a town's Ville is also "la
    Ville" in a document about that town."""
    from types import SimpleNamespace

    texts = {
        "faq.txt": "Altanor Habitat gère 360 logements aux Ardoisières, à Hargival-sur-Semoy, "
                   "et 310 aux Forgettes.",
        "office.txt": "Semoy Habitat possède 420 logements aux Forgettes, dont la barre Calcite.",
        "ville.txt": "La Ville sollicitait 1,9 million d'euros pour le groupe scolaire.",
        **{f"autre-{n}.txt": f"Le quartier {n} de Brévannes." for n in range(8)},
    }
    titles = ["Vos questions", "Patrimoine", "Marlencourt-sur-Serre : l'école", *["Note"] * 8]
    index = SimpleNamespace(
        manifest=SimpleNamespace(version="v1"), doc_ids=list(texts), doc_titles=titles,
        doc_metadata=[{} for _ in texts],
        document=lambda doc_id: SimpleNamespace(text=texts[doc_id]), vocab=[],
    )  # fmt: skip
    names = CorpusNames(index)
    scope = names.question_scope("Combien de logements Semoy Habitat possède-t-il aux Forgettes ?")
    assert [n.text for n in scope.scoping] == ["Semoy Habitat", "Forgettes"]
    assert names.check(scope, "faq.txt", "", texts["faq.txt"])[0] is False
    assert names.check(scope, "office.txt", "", texts["office.txt"]) == (True, 0.0)
    joined = names.question_scope("Combien de ménages de la barre Calcite Semoy Habitat ?")
    assert [n.text for n in joined.scoping] == ["Calcite Semoy Habitat"]
    assert names.check(joined, "office.txt", "", texts["office.txt"]) == (True, 0.0)
    town = names.question_scope("Quelle aide la Ville de Marlencourt-sur-Serre a-t-elle obtenue ?")
    assert names.check(town, "ville.txt", "", texts["ville.txt"]) == (True, 0.0)


def test_a_capitalised_article_opens_a_name_of_its_own() -> None:
    """"... Ardoise Études Urbaines Les Tamaris" in a title written in capitals word by word:
    "Les" opens the next name, so a question running the firm and the neighbourhood together
    ("avec Ardoise Études Urbaines sur les Tamaris") needs the firm's words together, not the
    neighbourhood's next to them."""
    from types import SimpleNamespace

    texts = {"a.txt": "Mission Conduite Par Ardoise Études Urbaines Les Tamaris.",
             **{f"n{n}.txt": f"Le quartier {n} de Brévannes." for n in range(8)}}
    index = SimpleNamespace(
        manifest=SimpleNamespace(version="v1"), doc_ids=list(texts), doc_titles=["Note"] * 9,
        doc_metadata=[{} for _ in texts],
        document=lambda doc_id: SimpleNamespace(text=texts[doc_id]), vocab=[],
    )  # fmt: skip
    names = CorpusNames(index)
    [name] = names.question_scope("Qui a travaillé avec Ardoise Études Urbaines sur les Tamaris ?").names
    assert [sorted(run) for run in name.together] == [["ardois", "etud", "urbain"]]


def test_a_table_row_is_read_under_its_caption_not_its_column_names() -> None:
    """A release titled "... achève la résidence Magnétite [...] et lance la rénovation de la
    résidence Sterne" gives the Magnétite's financing plan under a heading naming neither: the
    caption says whose plan it is, so its rows are not the Sterne's. Column names ("Magnétite |
    Sterne") name both and are not read as a heading."""
    text = (
        "Un investissement de 5,38 M€\n\nElle a été financée ainsi :\n\n"
        "| Plan de financement de la résidence Magnétite | | |\n"
        "| Financeur | Montant (€) | Part |\n"
        "| Région Normandie | 288 000 | 5,4 % |\n"
        "| Total | 5 376 000 | 100 % |\n\n"
        "| Financeur | Magnétite | Sterne |\n"
        "| ANRU | 900 000 | 720 000 |\n"
    )
    units = split_units(text, 1)
    titles = dict(zip((u.text for u in units), _table_titles(units), strict=True))
    caption = "| Plan de financement de la résidence Magnétite | | |"
    assert titles["| Région Normandie | 288 000 | 5,4 % |"] == caption
    assert titles["| Total | 5 376 000 | 100 % |"] == caption
    assert titles["| ANRU | 900 000 | 720 000 |"] == ""
    assert titles["Elle a été financée ainsi :"] == ""
    title = ("Normanvie Habitat achève la résidence Magnétite à Vasseny et lance la rénovation "
             "de la résidence Sterne à Port-Brévant")
    from types import SimpleNamespace

    texts = {"release.html": text, "a.txt": "La résidence Sterne et la résidence Magnétite.",
             "b.txt": "Le quartier.", "c.txt": "La tour.", "d.txt": "Le parc.",
             "e.txt": "Vasseny et Port-Brévant."}  # fmt: skip
    index = SimpleNamespace(
        manifest=SimpleNamespace(version="v1"), doc_ids=list(texts),
        doc_titles=[title, "Résidences", "Quartier", "Tour", "Parc", "Villes"],
        doc_metadata=[{}] * 6,
        document=lambda doc_id: SimpleNamespace(text=texts[doc_id]), vocab=[],
    )  # fmt: skip
    names = CorpusNames(index)
    scope = names.question_scope("Combien la région verse-t-elle pour la résidence Sterne ?")
    assert [n.text for n in scope.scoping] == ["Sterne"]
    row = "| Région Normandie | 288 000 | 5,4 % |"
    assert names.check(scope, "release.html", f"Un investissement de 5,38 M€ {caption}",
                       row)[0] is False  # fmt: skip
    assert names.check(scope, "release.html", "Un investissement de 5,38 M€", row)[0] is True
