"""Question scope over the real shipped-corpus index: names the corpus knows, acronyms, units
about another place, names it never mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.scope import CorpusNames, corpus_acronyms, spelled_acronyms
from index.embed import Embedder
from index.store import Index

BAGNEUX = "fiche-mission-point-etape-cloture-bagneux.txt"
ANTONY = "fiche-mission-point-etape-psl-antony.txt"
GAZETTE = "article-gazette-valenciennes-pilotage-atypique.txt"


@pytest.fixture(scope="module")
def names(corpus_index: tuple[Path, Index, Embedder]) -> CorpusNames:
    return CorpusNames(corpus_index[1])


def _names(names: CorpusNames, question: str) -> list[tuple[str, bool, bool]]:
    return [(n.text, n.known, n.acronym) for n in names.question_scope(question).names]


def test_known_places_and_neighbourhoods(names: CorpusNames) -> None:
    assert _names(names, "Combien de démolitions à Bagneux ?") == [("Bagneux", True, False)]
    assert ("Noyer Doré", True, False) in _names(
        names, "Combien de logements le PRU du Noyer Doré prévoyait-il de démolir ?"
    )
    assert _names(names, "What were Antony's closure enjeux?") == [("Antony", True, False)]


def test_an_acronym_stands_alone_and_does_not_scope(names: CorpusNames) -> None:
    scope = names.question_scope("Quel est le montant du PRU de Bagneux ?")
    assert [n.text for n in scope.scoping] == ["Bagneux"]


def test_a_designation_with_digits_is_a_name_not_an_acronym(names: CorpusNames) -> None:
    """"La G7" is a tower, named like a place: it scopes the question (an acronym would not,
    and a compound question's second ask, "dans quel lieu ...", would quote another town)."""
    assert ("G7", False, False) in _names(names, "Quand la G7 a-t-elle été démolie ?")
    # The shipped corpus has no G7: the question is about a place it never mentions.
    scope = names.question_scope("Quand la G7 de Bagneux est-elle tombée ?")
    assert [n.text for n in scope.blocking_unknown("fr")] == ["G7"]


def test_a_name_the_corpus_never_mentions_is_unknown(names: CorpusNames) -> None:
    scope = names.question_scope("Quel est le budget du NPNRU à Marseille ?")
    assert [n.text for n in scope.blocking_unknown("fr")] == ["Marseille"]
    english = names.question_scope("How much does the European Social Fund give in November?")
    assert english.blocking_unknown("en") == []  # an English rendering, a month: not places
    # Days in the plural, an acronym in the English plural: no places either.
    saturdays = names.question_scope("Are drop-in sessions held on Saturdays in Bagneux?")
    assert saturdays.blocking_unknown("en") == []
    doctors = names.question_scope("How many GPs will the Bagneux health centre start with?")
    assert doctors.blocking_unknown("en") == []
    assert [n.text for n in doctors.scoping] == ["Bagneux"]


def test_the_abbreviation_of_number_is_no_name(names: CorpusNames) -> None:
    """"Amendment No. 1" is a numbered amendment, not a place "No" the corpus never mentions
    (which made the whole question unanswerable)."""
    assert _names(names, "When was amendment No. 1 to the Bagneux agreement signed?") == [
        ("Bagneux", True, False)
    ]
    assert _names(names, "Que dit l'avenant N° 2 de Bagneux ?") == [("Bagneux", True, False)]


def test_a_designating_letter_belongs_to_its_name(names: CorpusNames) -> None:
    """"Block C" is one name, an English rendering of "la barre C", not the unknown place
    "Block" that would make the question unanswerable."""
    scope = names.question_scope("How many families had to leave Block C in Bagneux?")
    assert ("Block C", False, False) in _names(names, "How many families had to leave Block C?")
    assert scope.blocking_unknown("en") == []
    assert [n.text for n in scope.scoping] == ["Bagneux"]


def test_coordinated_places_are_alternatives(names: CorpusNames) -> None:
    assert names.question_scope("Comparez les montants de Bagneux et d'Antony").alternatives
    assert names.question_scope("How many interviews in Bagneux and in Antony?").alternatives
    assert not names.question_scope("Combien de démolitions à Bagneux ?").alternatives


def test_names_one_document_mentions_together_are_not_alternatives(names: CorpusNames) -> None:
    """The Bagneux sheet names the Tertres in its title and the Caisse des Dépôts among its
    actors: a question about both is about that pairing, not a comparison, so the ANRU article's
    Caisse des Dépôts sentence is not an answer about the Tertres."""
    scope = names.question_scope("Quel rôle la Caisse des Dépôts a-t-elle joué aux Tertres ?")
    assert [n.text for n in scope.scoping] == ["Caisse des Dépôts", "Tertres"]
    assert not scope.alternatives
    anru = "article-anru-partenaires-a-tous-les-etages.txt"
    assert not names.check(scope, anru, "", "La Caisse des Dépôts finance le programme.")[0]
    assert names.check(scope, BAGNEUX, "Fiche mission", "Acteurs : ANRU, Caisse des Dépôts")[0]
    # Names no document mentions together are compared: each unit answers for one of them.
    assert names.question_scope("Lequel a démoli le plus, les Tertres ou le Noyer Doré ?").alternatives


def test_units_about_another_place_are_not_eligible(names: CorpusNames) -> None:
    scope = names.question_scope("Combien de démolitions à Bagneux ?")
    # Antony's sheet: its figures are not Bagneux's, whatever the unit says.
    assert not names.check(scope, ANTONY, "Fiche mission", "Programme : 144 démolitions")[0]
    assert names.check(scope, BAGNEUX, "Fiche mission", "Montant du projet : 157 M€")[0]
    # A unit that names the place itself is in scope anywhere.
    assert names.check(scope, GAZETTE, "", "À Bagneux, 200 logements ont été démolis.")[0]


def test_a_place_named_elsewhere_in_a_document_does_not_scope_its_units(names: CorpusNames) -> None:
    """The Valenciennes article mentions Anzin: its agglomeration figures are not Anzin's."""
    scope = names.question_scope("How many homes were destroyed in Anzin?")
    assert [n.text for n in scope.scoping] == ["Anzin"]
    assert not names.check(scope, GAZETTE, "", "1 400 logements ont été détruits.")[0]
    assert names.check(scope, GAZETTE, "", "1 400 logements ont été détruits.")[1] == 1.0


def test_a_derived_form_of_a_corpus_name_scopes_to_it(names: CorpusNames) -> None:
    """"Le Valenciennois" is Valenciennes' area: a known place, not an unknown one that would
    refuse the question; "Bagnolet" only begins like Bagneux and stays unknown."""
    scope = names.question_scope("Qui pilote les projets dans le Valenciennois ?")
    assert [(n.text, n.known) for n in scope.names] == [("Valenciennois", True)]
    assert scope.blocking_unknown("fr") == []
    assert names.check(scope, GAZETTE, "", "Les communes avaient une capacité réduite.")[0]
    assert not names.check(scope, BAGNEUX, "Fiche mission", "Montant du projet : 157 M€")[0]
    unknown = names.question_scope("Combien de démolitions à Bagnolet ?")
    assert [n.text for n in unknown.blocking_unknown("fr")] == ["Bagnolet"]


def test_a_place_adjective_scopes_to_its_place(names: CorpusNames) -> None:
    """French writes place adjectives in lower case ("la presse valenciennoise"): without its
    ending, the word begins the place's name, so it scopes like "Valenciennes"; an adjective
    of a common word ("urbaine") or too short a stem names nothing."""
    scope = names.question_scope("Que dit la presse valenciennoise du pilotage ?")
    assert [(n.text, n.known) for n in scope.scoping] == [("valenciennoise", True)]
    assert names.check(scope, GAZETTE, "", "Les communes avaient une capacité réduite.")[0]
    assert not names.check(scope, BAGNEUX, "Fiche mission", "Montant du projet : 157 M€")[0]
    capitalised = names.question_scope("Que dit la presse Valenciennoise du pilotage ?")
    assert [n.tokens for n in capitalised.scoping] == [n.tokens for n in scope.scoping]
    assert names.question_scope("Quelle est la politique urbaine ?").names == []
    assert names.demonym_of("antonienne") is None  # "anton": too short a stem to say


def test_a_derived_form_of_a_common_word_is_not_a_name(names: CorpusNames) -> None:
    """The ANRU article says "méditerranéen": "Mediterranean" is that word, not a place."""
    scope = names.question_scope("With which agency does ANRU cooperate in Mediterranean countries?")
    assert "Mediterranean" not in [n.text for n in scope.names]
    assert scope.blocking_unknown("en") == []


def test_english_field_terms_capitalised_as_institutions_do_not_refuse(names: CorpusNames) -> None:
    scope = names.question_scope("Which State services are listed among the actors at Bagneux?")
    assert scope.blocking_unknown("en") == []
    assert [n.text for n in scope.scoping] == ["Bagneux"]
    # In a French question, an unknown capitalised word is still a place the corpus lacks.
    assert scope.blocking_unknown("fr") != []


def test_a_mission_sheets_firm_scopes_its_sheet(names: CorpusNames) -> None:
    """"Perspectives Urbaines et Sociales's mission in Bagneux": the firm heading a sheet's team
    is what the sheet is by, so its units are about the firm as about the place, not only the
    one that writes its name."""
    from assistant.scope import team_firm

    assert team_firm({"team": ["Contrepoint Urbain (mandataire) — 1. B. Coutelier"]}) == (
        "Contrepoint Urbain")
    assert team_firm({"team": ["1. Jean Dupont (chef de projet)"]}) == ""
    assert team_firm({}) == ""
    scope = names.question_scope(
        "How long did Perspectives Urbaines et Sociales's mission in Bagneux last?")
    assert names.check(scope, BAGNEUX, "", "Années : 2012")[0]
    assert not names.check(scope, GAZETTE, "", "Années : 2012")[0]


def test_an_outlet_written_in_one_word_scopes_its_article(names: CorpusNames) -> None:
    """The Gazette article's outlet is "LaGazette.fr": a question about "La Gazette" is about it."""
    scope = names.question_scope("Dans quelle rubrique La Gazette a-t-elle publié l'article ?")
    assert [n.text for n in scope.scoping] == ["La Gazette"]
    assert names.check(scope, GAZETTE, "", "Publié le 01/03/2009 • Par Delphine Gerbeau")[0]


def test_names_compared_in_so_many_words(names: CorpusNames) -> None:
    """A conjunction compares; a comma may be an apposition, and names no document mentions
    together may be a place put in the wrong town: those are alternatives for eligibility but
    are not credited as compared."""
    scope = names.question_scope("Combien d'ateliers à Bagneux et à Antony ?")
    assert scope.compared and scope.alternatives
    # A unit about one of the two misses neither.
    assert names.check(scope, BAGNEUX, "Contenu de la mission", "2 ateliers thématiques") == (True, 0.0)
    # Elided articles and demonstratives may stand between them.
    assert names.question_scope("Comparez les montants de Bagneux et d'Antony.").compared
    assert names.question_scope(
        "Lequel a démoli le plus : celui des Tertres à Bagneux ou celui du Noyer Doré ?"
    ).compared
    # ... and the English possessive.
    assert names.question_scope("Which project was signed first, Bagneux's or Antony's?").compared
    apposition = names.question_scope("Combien de démolitions aux Tertres, à Antony ?")
    assert apposition.alternatives and not apposition.compared
    assert names.check(apposition, ANTONY, "Fiche mission", "Programme : 144 démolitions")[1] == 0.5


def test_texts_are_analysed_once_per_version(names: CorpusNames) -> None:
    from index.analyzer import analyze

    text = "Montant du projet : 157 M€ (dont 42 M€ de subventions ANRU)"
    first = names.tokens(text)
    assert first == frozenset(analyze(text))
    assert names.tokens(text) is first  # remembered, not analysed again
    # The scope check reads its units through the same memory, with the same answer.
    scope = names.question_scope("Quel est le montant du projet de Bagneux ?")
    doc = "fiche-mission-point-etape-cloture-bagneux.txt"
    assert names.check(scope, doc, "Fiche mission", text) == names.check(scope, doc,
                                                                          "Fiche mission", text)
    assert names.tokens(f"Fiche mission {text}") is names.tokens(f"Fiche mission {text}")


def test_the_memory_of_analysed_texts_is_bounded(names: CorpusNames,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import assistant.scope as scope

    monkeypatch.setattr(scope, "TOKENS_MEMO", 3)
    from index.analyzer import analyze

    for n in range(10):
        text = f"{n} logements démolis"
        assert names.tokens(text) == frozenset(analyze(text))
        assert len(names._tokens) <= 3


def test_a_questions_scope_is_remembered_within_bounds(names: CorpusNames,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import assistant.scope as scope

    question = "Quel est le montant du projet de Bagneux ?"
    first = names.question_scope(question)
    assert names.question_scope(question) is first  # read at each step of a turn, made once
    monkeypatch.setattr(scope, "QUESTIONS_MEMO", 2)
    for town in ("Antony", "Bagneux", "Valenciennes", "Tours"):
        found = names.question_scope(f"Quel est le montant du projet de {town} ?")
        assert [n.text for n in found.scoping] == [town]
        assert len(names._scopes) <= 2


def test_a_name_counts_where_the_text_writes_it_as_a_name(names: CorpusNames) -> None:
    """"Tours" the town and "tour" (a tower) analyse to the same token: a unit or passage names
    the town only where it capitalises the word. A name of several words needs one of them
    capitalised ("la Caisse des dépôts" names the Caisse des Dépôts)."""
    tours = "fiche-action-contrat-de-ville-gestion-quartiers.txt"
    scope = names.question_scope("Quels lieux créer dans les quartiers de Tours ?")
    assert [n.text for n in scope.scoping] == ["Tours"]
    tower = "La dernière tour du quartier a été démolie en neuf secondes."
    assert not names.check(scope, GAZETTE, "", tower)[0]
    assert not names.about(scope, GAZETTE, tower)
    assert names.check(scope, GAZETTE, "", "Les quartiers de Tours ont leur GUP.")[0]
    assert names.check(scope, tours, "Contexte", "Des lieux de rencontre sont à créer.")[0]
    assert names.about(scope, tours, "Des lieux de rencontre sont à créer.")
    caisse = names.question_scope("Que finance la Caisse des Dépôts à Valenciennes ?")
    assert names.check(caisse, GAZETTE, "", "La Caisse des dépôts finance l'ingénierie.")[0]
    assert names.names_in("la tour de Tours") == names.names_in("Tours")


def test_acronyms_are_read_from_the_corpus() -> None:
    """An acronym is spelled out by a run of words whose initials are its letters, articles and
    prepositions aside, in a document that uses it; a word a title writes in capitals is not an
    acronym, nor is a run the acronym's document does not use."""
    texts = [
        "Évaluation de la Gestion Urbaine de Proximité\nLa GUP du quartier. La GUP encore.",
        "LES QUARTIERS EN RENOUVELLEMENT\nLes habitants et les gardiens parlent.",
        "Le Grand Projet de Ville (GPV) et le GPV encore.",
        "Un Grand Urbanisme Partagé, sans sigle.",
    ]
    acronyms = corpus_acronyms(texts)
    assert acronyms["gup"] == {frozenset({"gestion", "urbain", "proxim"})}
    assert acronyms["gpv"] == {frozenset({"grand", "projet", "vill"})}
    assert "le" not in acronyms and "quarti" not in acronyms
    assert corpus_acronyms(["Un Grand Urbanisme Partagé.", "Sans sigle."]) == {}


def test_an_acronym_and_the_phrase_it_stands_for_are_one_name(names: CorpusNames) -> None:
    """The Antony sheet's title spells out the PSL ("Plan Stratégique Local"): every unit of it
    is about the PSL, as a unit elsewhere that writes the phrase out; a question that writes
    the phrase out is about a unit that writes "PSL"."""
    scope = names.question_scope("Quels ateliers le PSL a-t-il réunis à Antony ?")
    assert [(n.text, n.acronym) for n in scope.known] == [("PSL", True), ("Antony", False)]
    assert names.check(scope, ANTONY, "", "Des ateliers ont réuni les partenaires.") == (True, 0.0)
    assert names.check(scope, BAGNEUX, "", "Des ateliers ont réuni les partenaires.") == (False, 1.0)
    psl = names.question_scope("Que prévoit le PSL ?")
    assert names.check(psl, GAZETTE, "", "Le plan stratégique local réunit les partenaires.")[1] == 0
    assert names.check(psl, GAZETTE, "", "Le plan de relogement réunit les partenaires.")[1] == 1
    spelled = names.question_scope("Que prévoit le Plan Stratégique Local ?")
    assert names.check(spelled, GAZETTE, "", "Le PSL réunit les partenaires.")[1] == 0


def test_a_question_may_spell_out_an_acronym_the_corpus_only_writes_short() -> None:
    """The corpus says "opérateur de MOUS relogement" and never spells MOUS out; a question
    that writes "maîtrise d'œuvre urbaine et sociale" asks about it. Stop words, names after
    common words and the question's first word spell nothing."""
    acronyms = frozenset({"mous", "gup", "caf", "psl", "qpv", "oph", "cdi"})
    spelled = spelled_acronyms("Quelle structure assure le relogement, au titre de la maîtrise "
                               "d'œuvre urbaine et sociale ?", acronyms)  # fmt: skip
    assert spelled == dict.fromkeys(["maîtrise", "œuvre", "urbaine", "sociale"], "mous")
    assert set(spelled_acronyms("Depuis quand la gestion urbaine de proximité existe-t-elle ?",
                                acronyms).values()) == {"gup"}  # fmt: skip
    for question in ("Comment est alimenté le fonds ?",  # C·A·F across "est" and the first word
                     "Combien de logements programmés sur les lots ?",  # "sur" is a stop word
                     "Quels quartiers prioritaires de Vallauriac ?",  # a name ends the phrase
                     "Combien de personnes ont profité des heures ?"):  # fmt: skip
        assert spelled_acronyms(question, acronyms) == {}, question



def test_a_person_is_named_by_words_the_corpus_never_writes_in_lower_case(
        names: CorpusNames) -> None:  # fmt: skip
    """"Action Logement", "Caisse des Dépôts", "Ville de Bagneux" are bodies: their words are
    common words of the corpus; "Lucie Melas" and "M. Dupont" are people."""
    assert names.names_a_person("Equipe : Perspectives Urbaines et Sociales, Lucie Melas")
    assert names.names_a_person("selon M. Dupont")
    for text in ("Action Logement finance 72 % des allocations", "la Caisse des Dépôts",
                 "Ville de Bagneux", "ANRU, DRIHL, Préfecture"):  # fmt: skip
        assert not names.names_a_person(text), text


def test_two_proper_words_before_a_bodys_noun_are_a_body(names: CorpusNames) -> None:
    """"le vice-président de Bagneux Antony Agglomération" names no one (a town and another,
    then the body's noun, capitalised), nor when a PDF wraps the line before "Agglomération";
    "Lucie Melas" followed by her role on the next line is still someone."""
    for text in ("sous la présidence du vice-président de Bagneux Antony Agglomération",
                 "sous la présidence du vice-président de Bagneux Antony\nAgglomération"):
        assert not names.names_a_person(text), text
    assert names.names_a_person("Lucie Melas\nDirectrice de mission")
    assert names.names_a_person("Lucie Melas, directrice de la mission")


def test_a_sentence_inside_a_question_opens_with_no_name(names: CorpusNames) -> None:
    """"... in 2012. According to La Gazette, ...": "According" opens a sentence, as the
    question's first word does; a name after a title's point is still a name."""
    scope = names.question_scope("The Bagneux mission was signed in 2012. According to La "
                                 "Gazette, how many homes were destroyed in Valenciennes?")  # fmt: skip
    assert "According" not in [n.text for n in scope.names]
    assert scope.blocking_unknown("en") == []
    assert "Vernadet" in [n.text for n in names.question_scope("Qui est M. Vernadet ?").names]


def test_things_compared_with_their_places(names: CorpusNames) -> None:
    """"les Tertres à Bagneux et le Noyer Doré à Antony": each pair is one document's, no
    document has both, a conjunction separates them: compared, a unit about one pair misses
    nothing. Without the conjunction, a place put in the wrong town is not compared."""
    scope = names.question_scope(
        "Combien de démolitions aux Tertres à Bagneux et au Noyer Doré à Antony ?")
    assert [n.text for n in scope.scoping] == ["Tertres", "Bagneux", "Noyer Doré", "Antony"]
    assert scope.compared
    assert names.check(scope, ANTONY, "Fiche mission", "Programme : 144 démolitions") == (True, 0.0)
    wrong_town = names.question_scope("Combien de démolitions au Noyer Doré à Bagneux ?")
    assert not wrong_town.compared


def test_a_pdfs_running_header_scopes_its_document() -> None:
    """The page header every page of an action sheet repeats names the contract it belongs to
    ("Contrat de ville de Morsange Pays-Haut"): a question naming it is about the sheet."""
    from types import SimpleNamespace

    sheet, other = "fiche-action-sante.pdf", "article.txt"
    texts = {
        sheet: "FICHE ACTION 4.2.1 – Centre de santé de Saint-Éloi\nRéférente : Amandine Wiltzer",
        other: "Morsange Pays-Haut lance un appel à projets pour le quartier du Val.",
        "a.txt": "Le quartier des Courtils à Criqueval.", "b.txt": "La tour Flaubert.",
    }
    metadata = [{"running_header": "Contrat de ville de Morsange Pays-Haut – Fiche action 4.2.1"},
                {}, {}, {}]  # fmt: skip
    index = SimpleNamespace(
        manifest=SimpleNamespace(version="v1"), doc_ids=list(texts),
        doc_titles=["FICHE ACTION 4.2.1", "Appel à projets", "Courtils", "Flaubert"],
        doc_metadata=metadata,
        document=lambda doc_id: SimpleNamespace(text=texts[doc_id]), vocab=[],
    )  # fmt: skip
    names = CorpusNames(index)
    scope = names.question_scope("Qui est la référente de la fiche action du contrat de ville "
                                 "de Morsange Pays-Haut ?")  # fmt: skip
    assert [n.text for n in scope.scoping] == ["Morsange Pays-Haut"]
    assert names.check(scope, sheet, "", "Référente : Amandine Wiltzer") == (True, 0.0)


def test_a_section_about_another_of_the_places_a_title_names_side_by_side() -> None:
    """A report titled "... à Mérignolles (Grande-Varenne) et à Montlivray (Pré-Chéneau)":
    under "3.3 Montlivray – l'ancien supermarché", the title's Mérignolles does not scope; a
    title naming a town and its neighbourhood in one breath keeps scoping every section."""
    from types import SimpleNamespace

    report, deliberation = "rapport.pdf", "deliberation.pdf"
    texts = {
        report: "3.3 Montlivray – l'ancien supermarché\nL'établissement l'a acquis pour 1 264 000 €.",
        deliberation: "Pignada – démolitions\nLa convention prévoit 240 démolitions.",
        "a.txt": "Montlivray et Mérignolles sont voisines.", "b.txt": "Le Pignada à Bérensac.",
    }
    index = SimpleNamespace(
        manifest=SimpleNamespace(version="v1"), doc_ids=list(texts),
        doc_titles=["Interventions à Mérignolles (Grande-Varenne) et à Montlivray (Pré-Chéneau)",
                    "Convention du Pignada à Bérensac", "Voisines", "Pignada"],
        doc_metadata=[{}, {}, {}, {}],
        document=lambda doc_id: SimpleNamespace(text=texts[doc_id]), vocab=[],
    )  # fmt: skip
    names = CorpusNames(index)
    elsewhere = names.question_scope("Combien l'établissement a-t-il payé le supermarché de "
                                     "Mérignolles ?")  # fmt: skip
    section, unit = "3.3 Montlivray – l'ancien supermarché", "L'établissement l'a acquis."
    assert names.check(elsewhere, report, section, unit)[0] is False
    assert names.check(elsewhere, report, "", unit)[0] is True  # no section: the title scopes
    there = names.question_scope("Combien l'établissement a-t-il payé le supermarché de "
                                 "Montlivray ?")  # fmt: skip
    assert names.check(there, report, section, unit)[0] is True
    town = names.question_scope("Combien de démolitions prévoit la convention de Bérensac ?")
    assert names.check(town, deliberation, "Pignada – démolitions",
                       "La convention prévoit 240 démolitions.")[0] is True  # fmt: skip


def test_a_sections_capitalised_common_word_names_nothing_of_the_title() -> None:
    """A sheet titled "Fiche mission n° 3 – Étude de programmation et de faisabilité –
    Reconversion de la corderie, Port-Brévant": the title's coordination splits it in two and
    the town falls in the second part, but its form's section "Fiche mission" is about no other
    thing the title names: "Fiche" is capitalised because it opens the heading, and the corpus
    writes it in lower case ("une fiche mission")."""
    from types import SimpleNamespace

    sheet = "fiche.pdf"
    texts = {
        sheet: "Fiche mission\nMontant : 94 500 € HT\nLa fiche mission est validée.",
        "a.txt": "Les quais de Port-Brévant.", "b.txt": "Une fiche mission par étude.",
        "c.txt": "Le quartier des Tilleuls.", "d.txt": "La tour Bleue.", "e.txt": "Le parc.",
    }
    index = SimpleNamespace(
        manifest=SimpleNamespace(version="v1"), doc_ids=list(texts),
        doc_titles=["Fiche mission n° 3 – Étude de programmation et de faisabilité – "
                    "Reconversion de la corderie, Port-Brévant", "Quais", "Études", "Tilleuls",
                    "Tour", "Parc"],
        doc_metadata=[{}] * 6,
        document=lambda doc_id: SimpleNamespace(text=texts[doc_id]), vocab=[],
    )  # fmt: skip
    names = CorpusNames(index)
    scope = names.question_scope("Quel est le montant de l'étude à Port-Brévant ?")
    assert [n.text for n in scope.scoping] == ["Port-Brévant"]
    assert names.check(scope, sheet, "Fiche mission", "Montant : 94 500 € HT")[0] is True


def test_an_acronym_of_a_kind_of_body_names_no_body() -> None:
    """"Les deux organismes HLM des Genêtières" are its landlords, whatever their names; "la
    SEM" is the development company the documents name: the acronyms of a legal form are no
    name a unit must say. An acronym of one body (ANRU) stays one."""
    from types import SimpleNamespace

    texts = {
        "a.txt": "Drouance Habitat et Logirive financent 230 000 € aux Genêtières.",
        "b.txt": "La SA HLM Le Toit et la SEM Arcadiane ; l'ANRU finance.",
    }
    index = SimpleNamespace(
        manifest=SimpleNamespace(version="v1"), doc_ids=list(texts),
        doc_titles=["Genêtières", "Partenaires"], doc_metadata=[{}, {}],
        document=lambda doc_id: SimpleNamespace(text=texts[doc_id]), vocab=[],
    )  # fmt: skip
    names = CorpusNames(index)
    landlords = names.question_scope("Combien les deux organismes HLM des Genêtières financent-ils ?")
    assert [n.text for n in landlords.known] == ["Genêtières"]
    unit = "Drouance Habitat et Logirive financent 230 000 €."
    assert names.check(landlords, "a.txt", "", unit) == (True, 0.0)
    sem = names.question_scope("Quel est le bilan de la SEM ?")
    assert sem.known == []
    anru = names.question_scope("Combien l'ANRU finance-t-elle aux Genêtières ?")
    assert [n.text for n in anru.known] == ["ANRU", "Genêtières"]


def test_places_each_named_by_an_ask_of_its_own_are_compared() -> None:
    """"Combien de logements doivent être reconstitués aux Genêtières, et combien à la
    Croix-Verdier ?" compares two neighbourhoods that documents mention apart: a unit about
    either answers. A tower and its neighbourhood, mentioned together, are not compared."""
    from types import SimpleNamespace

    texts = {
        "g1.txt": "Les Genêtières à Hautrive.", "g2.txt": "Le quartier des Genêtières.",
        "g3.txt": "Genêtières : la tour Belledonne sera démolie.",
        "c1.txt": "La Croix-Verdier à Pradelonne.", "c2.txt": "Le quartier de la Croix-Verdier.",
        "both.txt": "Références : les Genêtières, la Croix-Verdier.",
        "b1.txt": "La tour Belledonne, aux Genêtières.",
        **{f"autre{i}.txt": f"Le quartier numéro {i} de Valmont." for i in range(12)},
    }
    index = SimpleNamespace(
        manifest=SimpleNamespace(version="v1"), doc_ids=list(texts),
        doc_titles=["Note"] * len(texts), doc_metadata=[{} for _ in texts],
        document=lambda doc_id: SimpleNamespace(text=texts[doc_id]), vocab=[],
    )  # fmt: skip
    names = CorpusNames(index)
    asks = names.question_scope("Combien de logements doivent être reconstitués aux Genêtières, "
                                "et combien à la Croix-Verdier ?")  # fmt: skip
    assert [n.text for n in asks.scoping] == ["Genêtières", "Croix-Verdier"]
    assert asks.compared and asks.alternatives
    assert names.check(asks, "c1.txt", "", "130 logements ont été livrés.")[0] is True
    nested = names.question_scope("Combien de ménages des Genêtières ont été relogés, et "
                                  "combien venaient de la tour Belledonne ?")  # fmt: skip
    assert not nested.compared
    one = names.question_scope("Combien de logements aux Genêtières et à la Croix-Verdier ?")
    assert one.compared  # in so many words, as before
