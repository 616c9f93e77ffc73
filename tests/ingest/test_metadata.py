from ingest.metadata import (
    extract_metadata,
    parse_amount,
    parse_programme,
    parse_site,
    parse_years,
    split_top_level,
)

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


def test_action_sheet():
    text = "FICHE 3.2\nAGIR POUR L'EMPLOI\n\nPilier 3\nAxe 2\nEnjeu : Favoriser l'emploi\n\nAnimateur\nVille de Test\n"
    ex = extract_metadata(text)
    assert ex.doc_type == "action_sheet"
    assert ex.title == "FICHE 3.2 – AGIR POUR L'EMPLOI"
    assert ex.metadata["sheet_number"] == "3.2" and ex.metadata["pillar"] == 3
    assert ex.metadata["lead"] == "Ville de Test" and ex.metadata["site"] == "Ville de Test"


def test_plain_text_is_other():
    ex = extract_metadata("Quelques notes\n\nsans structure particulière.")
    assert ex.doc_type == "other" and ex.title == "Quelques notes"
