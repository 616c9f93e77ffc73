"""What a question names as the thing it asks for (`focus_tokens`): its head noun phrase only,
so that a unit giving "4 demi-journées par semaine" is not said to miss the focus because the
question goes on about "le lieu d'accueil"."""

from __future__ import annotations

import re

import pytest

from assistant.extractive import (
    ConceptWeights,
    QuestionSignals,
    _names_blanked,
    cost_subject,
    designations,
    focus_tokens,
    giver_name,
    giver_spellings,
    not_bodies,
    numbered_designations,
    qualifying_numbers,
    question_signals,
    reference_numbers,
    role_complement,
    role_qualifier,
    unit_signals,
    whole_names,
)
from index.analyzer import analyze, derived_forms
from index.glossary import concepts
from ingest.records import Chunk, Hit
from ingest.units import split_units


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("Combien de demi-journées par semaine le lieu d'accueil doit-il ouvrir ?", "demi-journées"),
        # French names the head noun first; what qualifies it may be said otherwise
        # ("Réalisation d'entretiens avec les personnes clés identifiées (31)").
        ("Combien de logements sociaux compte la commune ?", "logements"),
        ("Combien de personnes ressources ont été interrogées ?", "personnes"),
        ("Combien de nouveaux logements ont été livrés ?", "logements"),  # an adjective before it
        # A name asked by its holder's role: the unit naming someone must say the role.
        ("Comment s'appelle le chargé de concertation de la Maison du projet ?", "chargé"),
        ("Comment s'appelait la directrice de l'office ?", "directrice"),
        ("Combien de ménages seront relogés ?", "ménages"),
        ("Qui était le maire de Lussanges pendant la démolition ?", "maire"),
        ("How many homes will be demolished in the Tamaris?", "homes"),
        ("How many proximity agents are there?", "proximity agents"),  # English: left whole
        ("How many households have to be rehoused?", "households"),
        # A verb with its subject after it ends the noun phrase.
        ("Combien de ménages fallait-il reloger aux Peupliers ?", "ménages"),
        ("Combien de ménages la convention prévoit-elle de reloger ?", "ménages"),
        ("Combien d'étages comptait la tour G7 ?", "étages"),  # and the imperfect
        ("Combien de classes aura le pôle éducatif ?", "classes"),  # and the future
        ("Combien de ménages accueillera la résidence ?", "ménages"),
        # ... and the present, third person plural ("Equipe de 4 médiateurs sociaux").
        ("Combien de médiateurs sociaux travaillent aux Cigalières ?", "médiateurs"),
        ("Combien d'adolescents fréquentent le centre social ?", "adolescents"),
        ("Combien de paiements ?", "paiements"),  # a noun in -ment is no verb
        # "Au total, le projet représente 138 millions d'euros": the amount is the kind asked.
        ("What is the total cost of the Glycines renewal project?", "total"),
        # A share or an amount is known by what it is of: "le taux de chômage" is not answered
        # by "la vacance atteint 11 %", nor "the cost of the mission" by the project's amount.
        ("Quel était le taux de vacance dans le parc social ?", "vacance"),
        ("Quel est le montant du projet ?", "projet"),
        ("Quel est le coût d'un logement ?", "logement"),
        ("Quel est le montant de la première tranche ?", "tranche"),  # an adjective before it
        # An adjective after the sum qualifies it: what the sum is of is asked.
        ("Quelle était l'enveloppe totale du projet de rénovation ?", "projet"),
        ("Quel est le montant total du projet ?", "projet"),
        ("What is the cost of the neighbourhood memory work at Rochevive?", "work"),  # its head
        ("What was the share of the beneficiaries?", "beneficiaries"),
        # "des" is one word, not "de" then an "s" read as the head.
        ("Quel est le montant des subventions de l'ANRU ?", "subventions"),
        # A name inside the English phrase; a preposition or a relative pronoun ends it.
        ("What is the share of the Peupliers households in Ferrandières?", "households"),
        ("What was the share of lettings outside priority areas?", "lettings"),
        # A financial contribution is an amount, known by whose it is.
        ("Quel est l'apport financier du conseil régional ?", "conseil"),
        ("Quelle est la participation des habitants ?", "participation"),
        # A name asked for is known by whose name it is: a unit naming someone else does not
        # give "le nom du maire".
        ("Quel est le nom du maire de Val-de-Bréande ?", "maire"),
        ("Quel est le nom de la directrice de mission ?", "directrice"),
        ("What is the name of the mayor of Pontaury?", "mayor"),
        # A role asked for without its article ("Who was mayor of ...").
        ("Who was mayor of Val-de-Bréande while the works were going on?", "mayor"),
        # The thing whose date is asked: "la convention NPNRU a été signée le ..." does not
        # date the relocation charter.
        ("À quelle date la charte de relogement des Verrières a-t-elle été signée ?", "charte"),
        ("En quelle année l'immeuble du Noroît a-t-il été bâti ?", "immeuble"),
        ("When was the first ANRU agreement for the Glycines signed?", "first ANRU agreement"),
        ("Quel jour exactement la convention ANRU a-t-elle été signée ?", "convention"),
        ("À quelle date précise l'avenant de clôture a-t-il été signé ?", "avenant"),
        ("On what date was the agreement signed?", "agreement"),
        # The body whose head is asked: the chair of another body does not answer.
        ("Qui préside le conseil citoyen des Aubépines ?", "conseil"),
        ("Qui dirige l'office public Montval Habitat ?", "office"),
        ("When was the farewell street party held at the foot of the block?",
         "farewell street party"),  # an English participle ends the phrase
        # A vote's result is given by the vote ("52 voix pour"), which does not say "résultat".
        ("Quel a été le résultat du vote du conseil sur l'avenant ?", ""),
        ("What was the outcome of the vote on the amendment?", ""),
        # A count of the votes asks for the vote ("Adoptée par 25 voix pour"), not a "décompte".
        ("Sinon, quel a été le décompte des voix ?", ""),
    ],
)
def test_the_focus_is_the_head_noun_phrase(question: str, focus: str) -> None:
    assert focus_tokens(question) == set(analyze(focus))


@pytest.mark.parametrize(
    "question",
    ["Combien de temps a-t-il fallu pour signer ?", "Quelle est la date de signature ?",
     "Quelle était la durée de la mission d'Antony ?",  # "Années : 2012 (8 mois)"
     "Quel est le montant du PRU de Bagneux ?",  # what it is of is a name, scoped elsewhere
     "Quel est le but de la stratégie ?",  # "qui vise à en faire le premier quartier résilient"
     # A name asked with no role: "aujourd'hui" is none.
     "Comment s'appelle aujourd'hui l'Ademe ?",
     # A reflexive verb ends the noun phrase: "s'est étalé" is no thing asked for.
     "Sur combien de temps s'est étalé le bilan des clauses sociales ?",
     # A name, a preposition or a participle after "who is" is no role.
     "Who is René Vidalenc?", "Who was in charge of the study?", "Who were consulted?",
     # A document is dated by its byline, which does not name it; a second ask need not name
     # the thing the first one dates.
     "When was the Gazette article about Valenciennes métropole published?",
     "Quand la convention du Val-Moreau a-t-elle été signée et quel en est le montant ?",
     "Quand la feuille de route a-t-elle été approuvée, et qui préside le comité ?",
     # Since when someone does something is no date of a thing.
     "Depuis quelle année la locataire du 9e étage vit-elle dans la tour ?",
     # The subject of a verb in the progressive is not the thing asked ("what ... to put").
     "What is the town planning to put on the site of the Galène tower?",
     "What is the landlord going to build there?"],
)
def test_words_naming_the_kind_of_answer_are_no_focus(question: str) -> None:
    """"Combien de temps" asks for a duration (answer_types.py), which "trois ans" gives
    without the word "temps"."""
    assert focus_tokens(question) == set()


@pytest.mark.parametrize(
    ("question", "subject"),
    [("Combien a coûté la mission d'étude du relogement des Peupliers ?", "mission"),
     ("Combien coûte la nouvelle médiathèque ?", "médiathèque"),  # an adjective before it
     ("Combien a été payée l'enquête sociale menée auprès des ménages ?", "enquête"),
     ("How much did the mid-term evaluation mission for the Marquelles PRU cost?", "mission"),
     ("Quel est le coût de la mission ?", "mission"),
     ("What was the fee for the Sablière GUP evaluation commissioned by the town?", "evaluation"),
     ("What was the budget of the neighbourhood memory work?", "work"),
     # A sum asked by "which", what it paid for after "for" / "pour".
     ("What fee did the landlord pay the firm for the rehousing mission in Aurèle?", "mission"),
     ("Quels honoraires le cabinet a-t-il perçus pour sa mission ?", "mission"),
     ("Quel est le montant du PRU de Bagneux ?", ""),  # a name: scoped elsewhere
     ("Quel est le taux de vacance ?", ""),  # no cost
     ("Combien de logements ?", "")],
)
def test_what_a_cost_is_asked_of(question: str, subject: str) -> None:
    assert cost_subject(question) == set(analyze(subject))


def _field_signals(question: str, text: str, known: dict[str, int],
                   language: str = "fr") -> dict[str, float]:  # fmt: skip
    q = question_signals(question, language, ConceptWeights(known, 20))
    [unit] = split_units(text, 1)
    title = "Etude et accompagnement du relogement — mission"
    chunk = Chunk("c1", "d1", 0, title, text, 0, len(text), title)
    return unit_signals(q, unit, Hit(chunk, title, "mission", 1.0, 1), 1, frozenset())


def test_a_field_labelled_with_its_subject_answers_for_that_subject_only() -> None:
    """"Montant du projet : 47 M€" under a mission sheet's title gives the project's amount, not
    the mission's cost; a field or a sentence about the mission gives it. An English subject
    the corpus never writes ("project") tells nothing apart."""
    known = {"mission": 3, "projet": 2, "mont": 4, "cout": 5}
    question = "Combien a coûté la mission ?"
    assert _field_signals(question, "Montant du projet : 47 M€", known)["focus_missing"] == 1.0
    assert _field_signals(question, "Montant de la mission : 30 k€", known)["focus_missing"] == 0.0
    assert _field_signals(question, "La mission a coûté 30 000 €.", known)["focus_missing"] == 0.0
    english = "How much did the project cost?"
    assert _field_signals(english, "Montant du projet : 47 M€", known, "en")["focus_missing"] == 0.0


def test_a_sentence_giving_a_wholes_sum_answers_for_the_whole_only() -> None:
    """"Le coût total du projet passe de 156 à 163 millions" and "au total, le projet
    représente 138 millions" give the project's sum, not the demolition's; a sentence about
    the demolition, or a cost said without a whole, still may."""
    known = {"demolit": 3, "demol": 3, "projet": 2, "cout": 5, "barr": 4}
    question = "Combien coûte la démolition de la barre ?"

    def missing(text: str) -> float:
        return _field_signals(question, text, known)["focus_missing"]

    assert missing("Le coût total du projet passe de 156 à 163 millions d'euros.") == 1.0
    assert missing("Au total, le projet représente 138 millions d'euros.") == 1.0
    assert missing("Le coût total de la démolition atteint 4 millions d'euros.") == 0.0
    assert missing("La démolition du bâtiment coûtera 4 millions d'euros.") == 0.0
    # (A sum that does not say what it paid for is no demolition's: see
    # test_the_cost_of_an_act_is_given_by_a_unit_naming_that_act.)


def test_a_number_alone_is_no_concept() -> None:
    """A question whose only word the corpus knows is a number asks for nothing a unit could
    cover; beside a word, the number counts ("le montant de 2012")."""
    weights = ConceptWeights({"1": 4, "2012": 3, "mont": 5}, 20)
    assert question_signals("<script>alert(1)</script>", "fr", weights).concepts == []
    tokens = [c.tokens for c in question_signals("le montant de 2012", "fr", weights).concepts]
    assert {"mont"} <= set().union(*tokens) and {"2012"} <= set().union(*tokens)


def test_time_names_the_kind_of_answer_not_its_content() -> None:
    """"How much time" asks for a duration: "time" is no word the answer must hold (it was
    glued to the next word of the list, "timeprincipal", and counted as one)."""
    weights = ConceptWeights({"tim": 2, "mission": 5}, 20)
    tokens = [c.tokens for c in question_signals("How much time did the mission take?", "en",
                                                 weights).concepts]  # fmt: skip
    assert tokens == [derived_forms("mission")]


def test_a_verb_and_the_noun_made_from_it_are_one_concept() -> None:
    """The stemmer leaves "démolir" (demol) and "démolitions" (demolit), "construire" and
    "construction" apart; a concept carries both forms. A number never changes, nor does a
    word too short to tell a derivation from a coincidence."""
    assert {"demol", "demolit"} <= derived_forms("demol") & derived_forms("demolit")
    assert {"construir", "construit", "construct"} <= derived_forms("construct")
    assert derived_forms("2012") == {"2012"} and derived_forms("log") == {"log"}
    # "logements réhabilités" (rehabl, as if a noun in -abilité) and "Réhabilitations" (rehabilit)
    [participle], [noun] = analyze("réhabilités"), analyze("Réhabilitations")
    assert participle != noun and noun in derived_forms(participle)
    assert participle in derived_forms(noun)


def test_a_relational_adjective_and_its_noun_are_one_concept() -> None:
    """"la collectivité régionale" is the "Région Grand Est" of a funders' table, "le conseil
    départemental" the Département: the stemmer leaves regional / region, departemental /
    depart apart. Short adjectives are left alone: "local" is not "lieu", "final" not "fin"."""
    for adjective, noun in (("régionale", "Région"), ("départemental", "Département"),
                            ("communale", "commune"), ("nationale", "nation")):  # fmt: skip
        [a], [n] = analyze(adjective), analyze(noun)
        assert a != n and n in derived_forms(a), adjective
    for adjective, unrelated in (("local", "lieu"), ("final", "fin"), ("total", "tôt")):
        [a], [u] = analyze(adjective), analyze(unrelated)
        assert u not in derived_forms(a), adjective


def test_an_action_and_its_noun_are_one_concept() -> None:
    """"Quand la convention a-t-elle été signée ?" is answered by "la signature de la
    convention": the noun of an action keeps a suffix the stemmer leaves (signatur, fermetur,
    ouvertur, livraison, pilotag). A short noun is left alone: "village" is not "ville"."""
    for verb, noun in (("signée", "signature"), ("fermé", "fermeture"), ("ouvert", "ouverture"),
                       ("livrés", "livraison"), ("piloté", "pilotage"), ("démarré", "démarrage")):
        [v], [n] = analyze(verb), analyze(noun)
        assert v != n and n in derived_forms(v) and v in derived_forms(n), (verb, noun)
    [village], [ville] = analyze("village"), analyze("ville")
    assert village not in derived_forms(ville) and ville not in derived_forms(village)
    [partage], [part] = analyze("partage"), analyze("part")
    assert partage not in derived_forms(part) and part not in derived_forms(partage)


def test_an_agent_noun_and_its_feminine_are_one_concept() -> None:
    """"Who was the mission director?" is answered by "Mathilde Quérel (directrice de
    mission)": the stemmer leaves directeur and directrice (directric) apart."""
    director = set(analyze("directeur")) | set(analyze("enquêteur"))
    for feminine in ("directrice", "enquêtrice"):
        (token,) = analyze(feminine)
        assert derived_forms(token) & director
    (seller,) = analyze("vendeuse")
    assert set(analyze("vendeur")) <= derived_forms(seller)
    # "habitants" (habit) is no agent noun
    assert {"habiteur", "habitric", "habiteux"}.isdisjoint(derived_forms("habit"))
    [demolish] = [c for c in concepts("prévoyait-il de démolir") if "demol" in c]
    assert "demolit" in demolish


def _signals(question: str, text: str) -> dict[str, float]:
    weights = ConceptWeights({"log": 5, "demol": 3, "demolit": 3, "quarti": 8, "programm": 4,
                              "relog": 4, "menag": 3, "attribu": 4, "dossi": 5}, 20)  # fmt: skip
    q = question_signals(question, "fr", weights)
    [unit] = split_units(text, 1)
    chunk = Chunk("c1", "d1", 0, "Fiche mission", text, 0, len(text), "Fiche — Fiche mission")
    return unit_signals(q, unit, Hit(chunk, "Fiche", "mission", 1.0, 1), 1, frozenset())


def _focus_missing(q: QuestionSignals, text: str, title: str = "Fiche") -> float:
    """Whether the one unit of `text`, in a passage titled `title`, misses what `q` asks."""
    [unit] = split_units(text, 1)
    chunk = Chunk("c1", "d1", 0, title, "", 0, 0, title)
    return unit_signals(q, unit, Hit(chunk, title, "mission", 1.0, 1), 1,
                        frozenset())["focus_missing"]  # fmt: skip


def test_counting_the_act_answers_how_many_things_it_was_done_to() -> None:
    """"Combien de logements démolir" is answered by "144 démolitions": a number followed by the
    question's verb made a noun stands for the thing counted. A number before another word,
    or a question that counts nothing, still misses the thing asked for."""
    question = "Combien de logements le programme prévoyait-il de démolir ?"
    assert _signals(question, "Programme : 144 démolitions")["focus_missing"] == 0.0
    assert _signals(question, "Programme : 14 quartiers à démolir")["focus_missing"] == 1.0
    other = "Combien de logements compte le programme ?"
    assert _signals(other, "Programme : 144 démolitions")["focus_missing"] == 1.0


def test_a_table_row_naming_the_act_counts_it() -> None:
    """A table's row naming the act before its figures ("Démolitions | 144 | 120") counts it as
    "144 démolitions" does; a row naming something else does not."""
    weights = ConceptWeights({"log": 5, "demol": 3, "demolit": 3, "programm": 4}, 20)
    q = question_signals("Combien de logements le programme prévoyait-il de démolir ?", "fr",
                         weights)  # fmt: skip
    table = ("Opérations | Prévu | Réalisé\n|---|---|---|\nDémolitions | 144 | 120\n"
             "Résidentialisations | 96 | 80\n")  # fmt: skip
    rows = {u.text: u for u in split_units(table, 1) if u.kind == "row"}
    chunk = Chunk("c1", "d1", 0, "Bilan", table, 0, len(table), "Bilan — Bilan")

    def missing(text: str) -> float:
        return unit_signals(q, rows[text], Hit(chunk, "Bilan", "mission", 1.0, 1), 1,
                            frozenset())["focus_missing"]  # fmt: skip

    assert missing("Démolitions | 144 | 120") == 0.0
    assert missing("Résidentialisations | 96 | 80") == 1.0


def test_what_a_place_holds_is_not_counted_by_what_was_done() -> None:
    """"Combien de logements sociaux compte le quartier ?" asks for a stock: "412 logements ont
    été démolis et presque autant reconstruits" counts what was done, not what the place
    holds; a unit giving the stock, or one counting a state the question says itself
    ("logements conventionnés"), still answers, and a question about what was done is
    answered by it."""
    stock = "Combien de logements sociaux compte au total le quartier ?"
    done = "Aujourd'hui, 412 logements ont été démolis et presque autant reconstruits."
    assert _signals(stock, done)["focus_missing"] == 1.0
    assert _signals(stock, "En onze ans, 236 logements ont été démolis et 250 construits.")[
        "focus_missing"] == 1.0
    assert _signals(stock, "Le quartier regroupe 1 350 logements sociaux.")["focus_missing"] == 0.0
    assert _signals(stock, "Dont 236 logements démolis sur les 1 350 du quartier.")[
        "focus_missing"] == 0.0
    said = "Combien de logements conventionnés compte le quartier ?"
    assert _signals(said, "Le quartier : 1 200 logements conventionnés.")["focus_missing"] == 0.0
    assert _signals("Combien de logements ont été démolis ?", done)["focus_missing"] == 0.0
    weights = ConceptWeights({"peopl": 3, "person": 3, "quarti": 8, "log": 5}, 20)
    live = question_signals("How many people live in the neighbourhood?", "en", weights)
    assert live.stock and _focus_missing(live, "1 200 personnes ont été relogées.") == 1.0


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Combien de logements sociaux compte l'ensemble de la commune de Lussanges-sur-Marne ?",
         "Lussanges-sur-Marne"),
        ("Quel écart sépare le quartier des Tisserands de l'ensemble de Saint-Aurèle ?",
         "Saint-Aurèle"),
        ("What is the population of the Boucles de Cressenval agglomeration as a whole?",
         "Boucles Cressenval"),
        ("How does the jobless rate in the Pommeraie compare with Corbelande as a whole?",
         "Corbelande"),
        ("Combien d'habitants compte toute la ville de Tours ?", "Tours"),
        ("Quel montant la Banque des Territoires apporte-t-elle au projet des Coudrettes dans "
         "son ensemble ?", "Coudrettes"),
        # A whole not named: nothing to tell apart.
        ("Quels sont les objectifs de l'ensemble du programme ?", ""),
        ("How much did the whole project cost?", ""),
    ],
)
def test_the_names_of_a_whole_asked_about(question: str, names: str) -> None:
    assert whole_names(question) == frozenset(analyze(names))


def test_a_whole_asked_by_name_is_answered_by_a_unit_naming_it() -> None:
    """"L'ensemble de la commune de Lussanges" is not answered by the neighbourhood's figure;
    a unit naming the town, or saying it gives the whole's, answers."""
    weights = ConceptWeights({"log": 5, "social": 4, "lussang": 6, "marn": 6, "quarti": 8}, 20)
    q = question_signals("Combien de logements sociaux compte l'ensemble de la commune de "
                         "Lussanges-sur-Marne ?", "fr", weights)  # fmt: skip
    assert _focus_missing(q, "Le quartier regroupe 1 350 logements sociaux.") == 1.0
    assert _focus_missing(q, "Lussanges-sur-Marne compte 4 100 logements sociaux.") == 0.0
    assert _focus_missing(q, "4 100 logements sociaux pour l'ensemble de la commune.") == 0.0


def test_one_part_asked_alone_is_not_answered_by_a_figure_for_several() -> None:
    """"Pour le seul quartier des Tamaris" is not answered by "1,1 M€ par an pour les trois
    quartiers"; the same figure answers when the question does not ask for one part alone,
    and a figure for the part answers it."""
    weights = ConceptWeights({"abat": 6, "tfpb": 6, "quarti": 8, "tamar": 6}, 20)
    alone = question_signals("À combien s'élève l'abattement de TFPB pour le seul quartier des "
                             "Tamaris ?", "fr", weights)  # fmt: skip
    several = "Abattement TFPB (estimé à 1,1 M€ par an pour les trois quartiers)"
    assert alone.alone and _focus_missing(alone, several) == 1.0
    assert _focus_missing(alone, "Abattement TFPB aux Tamaris : 420 000 € par an") == 0.0
    plain = question_signals("À combien s'élève l'abattement de TFPB ?", "fr", weights)
    assert not plain.alone and _focus_missing(plain, several) == 0.0
    english = question_signals("How many visitors came in 2019 alone?", "en", weights)
    assert english.alone


def test_the_act_counted_is_said_by_a_verb_or_qualifies_what_is_counted() -> None:
    """An act the question names by a noun elsewhere is not what was done to the thing counted:
    "combien de ménages relogés à cause des démolitions" is not answered by "96 démolitions",
    nor "combien de logements ... d'ici la démolition" by it; a noun that qualifies what is
    counted is ("combien de dossiers d'attribution": "3 400 attributions")."""
    question = "Combien de ménages ont dû être relogés à cause des démolitions du quartier ?"
    assert _signals(question, "Programme : 96 démolitions")["focus_missing"] == 1.0
    assert _signals(question, "Bilan : 151 relogements")["focus_missing"] == 0.0
    files = "Sur combien de dossiers d'attribution le diagnostic s'appuie-t-il ?"
    assert not _signals(files, "Analyse de 3 400 attributions réalisées en 2017.")["focus_missing"]
    assert _signals(files, "Analyse de 3 400 logements réalisée en 2017.")["focus_missing"]


def test_buildings_designated_by_letters_qualify_what_is_asked() -> None:
    """The heating bills of buildings A and B are not those of C and D: letters designating
    buildings qualify a question as its numbers do; a unit that designates none may still
    answer (not when one building alone is asked: see
    test_a_buildings_figure_is_said_of_that_building_alone), and an "a" after "bâtiment" is a
    verb."""
    assert designations("Dans les bâtiments C et D des Terrasses ?") == {"C", "D"}
    assert designations("How late did the tenants leave block C?") == {"C"}
    assert designations("Le bâtiment a été démoli.") == set()
    weights = ConceptWeights({"factur": 3, "chauff": 4, "baiss": 3, "terrass": 2}, 20)
    q = question_signals("De combien la facture de chauffage a-t-elle baissé dans les "
                         "bâtiments C et D des Terrasses ?", "fr", weights)  # fmt: skip

    def missing(text: str) -> float:
        return _focus_missing(q, text, "Article")

    assert missing("La facture de chauffage des bâtiments A et B a baissé de 41 %.") == 1.0
    assert missing("La facture de chauffage du bâtiment C a baissé de 30 %.") == 0.0
    assert missing("La facture de chauffage des Terrasses a baissé de 35 %.") == 0.0


def test_an_english_phrase_asked_for_is_said_by_its_head() -> None:
    """"The on-site coordinator" is a "coordinatrice de terrain": English ends the phrase on its
    head, which the unit must say; the words before it qualify it and may be said otherwise."""
    weights = ConceptWeights({"sit": 6, "coordin": 4, "mission": 2, "agent": 5, "proxim": 3}, 20)

    def missing(question: str, text: str) -> float:
        return _focus_missing(question_signals(question, "en", weights), text)

    team = "Equipe : 1. Claire Vasseur (directrice), 2. Léa Dumontel (coordinatrice de terrain)"
    assert missing("Who was the on-site coordinator of the mission?", team) == 0.0
    assert missing("How many proximity agents work there?", "La gestion de proximité, 4 ans.")


def test_the_questions_own_names_give_no_person() -> None:
    """"Qui a mené l'évaluation de la GUP ?": a unit whose only name is "GUP" names nobody who
    led it; one that names a firm does."""
    weights = ConceptWeights({"gup": 3, "evalu": 4, "men": 6}, 20)
    q = question_signals("Qui a mené l'évaluation de la GUP ?", "fr", weights)
    assert _kind(q, "Proposition d'une nouvelle convention GUP, validée en comité.") == -1.0
    assert _kind(q, "Equipe : Cadastre & Cohésion, Aurélie Nguyen-Thibaut.") == 1.0
    # A longer name that holds one of the question's is someone else: the town's landlord.
    weights = ConceptWeights({"castelriv": 3, "bailleur": 4, "sign": 6}, 20)
    q = question_signals("Quels bailleurs doivent signer la convention de Castelrives ?", "fr",
                         weights)  # fmt: skip
    assert _kind(q, "Signer une convention associant Castelrives Habitat et l'Etat.") == 1.0
    assert _kind(q, "Signer une convention à Castelrives en 2016.") == -1.0
    assert _kind(q, "Une convention associant Rives & Toits.") == 1.0


def _kind(q: QuestionSignals, text: str) -> float:
    [unit] = split_units(text, 1)
    chunk = Chunk("c1", "d1", 0, "Fiche", "", 0, 0, "Fiche")
    return unit_signals(q, unit, Hit(chunk, "Fiche", "mission", 1.0, 1), 1, frozenset())["kind"]


def test_a_sum_in_a_clause_about_something_new_is_not_the_named_things() -> None:
    """"Combien coûtera la réhabilitation de la résidence Estats ?": a sentence naming the
    résidence, then joining a clause about something new ("..., et une maison de santé ...")
    that holds a sum, gives no sum for the résidence; a clause going on about it does."""
    weights = ConceptWeights({"cout": 3, "rehabilit": 4, "resident": 3, "estat": 9}, 20)
    q = question_signals("Combien coûtera la réhabilitation de la résidence Estats ?", "fr",
                         weights)  # fmt: skip
    other = ("La résidence Estats sera réhabilitée, et une maison de santé doit ouvrir : son "
             "plan de financement, 2,06 M€ HT, a été approuvé.")  # fmt: skip
    assert _kind(q, other) == -1.0
    assert _kind(q, "La résidence Estats sera réhabilitée, et le chantier coûtera 2,06 M€.") == 1.0
    assert _kind(q, "La réhabilitation de la résidence Estats coûtera 2,06 M€.") == 1.0


def test_an_acronym_of_no_body_names_no_one() -> None:
    """The corpus spells "PRU" out as a programme and a project, "ANCT" as an agency: a unit
    whose only capitals are "PRU" names nobody who led the review; one naming the ANCT does.
    An acronym the corpus never spells out stays a possible body."""
    acronyms = {
        "pru": frozenset({frozenset(analyze("programme rénovation urbaine")),
                          frozenset(analyze("projet renouvellement urbain"))}),
        "anct": frozenset({frozenset(analyze("agence nationale cohésion territoires"))}),
    }  # fmt: skip
    assert not_bodies(acronyms) == {"pru"}
    weights = ConceptWeights({"review": 3, "men": 6}, 20)
    q = question_signals("Who led the closure review?", "en", weights, (), not_bodies(acronyms))
    assert _kind(q, "Le point d'étape devait dresser le bilan du PRU.") == -1.0
    assert _kind(q, "Le point d'étape a été confié par l'ANCT.") == 1.0
    assert _kind(q, "Le point d'étape a été confié par la DDT.") == 1.0


@pytest.mark.parametrize(
    ("question", "tokens"),
    [("How much did ANRU contribute to the Noyer Doré project?", "ANRU"),
     ("Quel montant de subventions l'ANRU a-t-elle versé au PRU ?", "ANRU"),
     ("How much did the Caisse des Dépôts provide?", "Caisse des Dépôts"),
     ("How much ANRU grant money goes into the Pré-Saint-Mard project?", "ANRU"),
     # The present with the subject after the verb, a sum named by its giver, more verbs.
     ("Quel montant de prêts Action Logement accorde-t-il au projet du Pradal ?",
      "Action Logement"),
     ("Combien l'ANRU apporte-t-elle en subventions au projet ?", "ANRU"),
     ("À combien s'élèvent les prêts d'Action Logement pour le projet ?", "Action Logement"),
     ("How much in subsidised loans did Action Logement commit?", "Action Logement"),
     ("What is Action Logement's share of the funding?", "Action Logement"),
     # A French body's name may end on an adjective in lower case.
     ("Quelle somme le Conseil départemental verse-t-il chaque année ?", "Conseil départemental"),
     # "financière" between the sum and its giver.
     ("Quelle est la participation financière de la Ville de Bellinval au projet ?",
      "Ville de Bellinval"),
     ("Combien la mairie met-elle au pot ?", ""),  # no name
     ("How much did the agency put in?", ""),  # no name
     ("Quand la Ville a-t-elle signé ?", "")],  # no sum asked
)
def test_who_is_asked_to_have_given_a_sum(question: str, tokens: str) -> None:
    assert giver_name(question) == tokens


def test_a_neighbourhoods_everyday_things_reach_their_french_words() -> None:
    """English questions over French text: "the lift", "the poverty rate", "the foundation
    stone" are "l'ascenseur", "le taux de pauvreté", "la première pierre"."""
    [lift] = [c for c in concepts("Who complained that the lift kept breaking down?")
              if "lift" in c]  # fmt: skip
    assert set(analyze("ascenseur")) <= lift
    poverty = next(c for c in concepts("What is the poverty rate?") if "poverty" in c)
    assert set(analyze("pauvreté")) <= poverty


def test_a_phrases_words_stand_for_their_share_of_its_translation() -> None:
    """"poverty rate" is "taux de pauvreté": "poverty" stands for "pauvreté" only, so that "le
    taux de chômage" does not say the poverty asked; a word whose companions translate to
    nothing of the phrase stands for all of it ("project office": "maison du projet")."""
    poverty, rate = concepts("What is the poverty rate?")
    assert set(analyze("pauvreté")) <= poverty and not set(analyze("taux")) & poverty
    assert set(analyze("taux")) <= rate and not set(analyze("pauvreté")) & rate
    project, office = concepts("the project office")
    assert set(analyze("maison")) <= project and set(analyze("maison")) <= office


def test_a_french_council_is_also_written_by_its_bodys_name() -> None:
    """"Le Conseil départemental" is "Département de la Nièvre" in a table of funders."""
    assert set(analyze("Département")) in [set(g) for g in giver_spellings(
        "Combien le Conseil départemental verse-t-il ?")]  # fmt: skip
    assert set(analyze("Région")) in [set(g) for g in giver_spellings(
        "Combien le Conseil régional a-t-il versé ?")]  # fmt: skip


def test_the_sum_a_named_giver_gave_is_said_with_its_name() -> None:
    """"How much did ANRU contribute?" is not answered by the project's amount on a sheet that
    names ANRU elsewhere, but by a unit naming ANRU with the sum. A giver named in English is
    named by its French spellings too ("European Social Fund": "FSE"); one the corpus writes
    in none of them ("the Deposits Fund") is not checked."""
    known = {"anru": 3, "projet": 2, "mont": 4, "subvent": 5, "fse": 6, "etat": 2}
    question = "How much did ANRU contribute to the project?"
    signals = _field_signals(question, "Montant du projet : 47 M€", known, "en")
    assert signals["focus_missing"] == 1.0
    signals = _field_signals(question, "Subventions ANRU : 12 M€", known, "en")
    assert signals["focus_missing"] == 0.0
    english = "How much did the European Social Fund contribute?"
    assert _field_signals(english, "FSE : 45 000 €", known, "en")["focus_missing"] == 0.0
    assert _field_signals(english, "Etat : 12 000 € par an", known, "en")["focus_missing"] == 1.0
    unknown = "How much did the Deposits Fund contribute?"
    assert _field_signals(unknown, "Etat : 12 000 € par an", known, "en")["focus_missing"] == 0.0


def test_a_local_authoritys_sum_is_said_by_its_kind_and_by_its_lists_lead_in() -> None:
    """"Combien la Ville de Hautrive versera-t-elle en 2027 ?" is answered by the item of the
    schedule the Ville's participation announces ("- 2027 : 1 240 000 €"), in a deliberation
    of Hautrive that calls it "la Ville"; not by the schedule of another giver."""
    weights = ConceptWeights({"vill": 3, "hautriv": 2, "particip": 4, "vers": 5}, 20)
    question = "Combien la Ville de Hautrive versera-t-elle en 2027 au titre de sa participation ?"
    q = question_signals(question, "fr", weights)

    def missing(lead_in: str, doc_tokens: frozenset[str]) -> float:
        text = f"{lead_in}\n- 2026 : 1 350 000 €\n- 2027 : 1 240 000 €"
        unit = next(u for u in split_units(text, 1) if u.text.startswith("2027"))
        chunk = Chunk("c1", "d1", 0, "Délibération", text, 0, len(text), "Délibération")
        hit = Hit(chunk, "Délibération", "deliberation", 1.0, 1)
        return unit_signals(q, unit, hit, 1, doc_tokens)["focus_missing"]

    own_town = frozenset({"hautriv", "vill"})
    assert missing("La participation de la Ville est versée selon l'échéancier suivant :",
                   own_town) == 0.0  # fmt: skip
    assert missing("La participation de la Région est versée selon l'échéancier suivant :",
                   own_town) == 1.0  # fmt: skip
    assert missing("La participation de la Ville est versée selon l'échéancier suivant :",
                   frozenset({"vill"})) == 1.0  # another town's deliberation  # fmt: skip


def test_a_sum_in_the_givers_own_report_is_its_own() -> None:
    """A landlord's activity report, titled by its name alone ("MILLEVACHES HABITAT"), gives
    its own sums without naming it again: "Total | 238 | 17 872 000" answers how much it
    invests. The same row in a document titled otherwise does not say whose sum it is."""
    weights = ConceptWeights({"millevach": 2, "habitat": 3, "invest": 4, "total": 5}, 20)
    question = "Combien Millevaches Habitat investit-il au total ?"
    q = question_signals(question, "fr", weights)
    text = "Opération | Logts | Coût (€ HT)\nGavotte | 80 | 4 160 000\nTotal | 238 | 17 872 000"

    def missing(title: str) -> float:
        unit = next(u for u in split_units(text, 1) if u.text.startswith("Total"))
        chunk = Chunk("c1", "d1", 0, "Opérations", text, 0, len(text), title)
        hit = Hit(chunk, title, "report", 1.0, 1)
        return unit_signals(q, unit, hit, 1, frozenset({"millevach", "habitat"}))["focus_missing"]

    assert missing("MILLEVACHES HABITAT") == 0.0
    assert missing("Rapport au conseil communautaire") == 1.0
    assert missing("HABITAT") == 1.0  # a word of the name is not the name


def test_the_words_of_a_spelt_out_acronym_are_covered_by_it() -> None:
    """A unit that writes the acronym covers the question's words that spell it out."""
    weights = ConceptWeights({"mous": 2, "maitris": 3, "oeuvr": 3, "urbain": 5, "social": 5,
                              "structur": 4}, 20)  # fmt: skip
    question = "Quelle structure intervient au titre de la maîtrise d'œuvre urbaine et sociale ?"
    q = question_signals(question, "fr", weights, acronyms=frozenset({"mous"}))
    [unit] = split_units("Partenaires : opérateur de MOUS relogement « Cap Relogement ».", 1)
    chunk = Chunk("c1", "d1", 0, "Fiche", "", 0, 0, "Fiche")
    signals = unit_signals(q, unit, Hit(chunk, "Fiche", "action", 1.0, 1), 1, frozenset())
    plain = question_signals(question, "fr", weights)
    assert signals["lexical"] > unit_signals(plain, unit, Hit(chunk, "Fiche", "action", 1.0, 1),
                                             1, frozenset())["lexical"]  # fmt: skip
    # English questions spell out no French acronym ("consumption drop in": no CDI).
    english = question_signals("By how much did consumption drop in the flats?", "en", weights,
                               acronyms=frozenset({"cdi"}))  # fmt: skip
    assert all("cdi" not in c.tokens for c in english.concepts)


def test_a_human_role_is_given_by_someones_name_only() -> None:
    """"Quel est le nom du maire de Pontaury ?": "le maire de Pontaury, Action Logement" names
    bodies, not the mayor; "le maire, Patrick Vernadet" names him. `names_a_person` is the
    corpus's judgement (assistant/scope.py), a stand-in here."""
    weights = ConceptWeights({"pontaury": 3, "mair": 4}, 20)
    q = question_signals("Quel est le nom du maire de Pontaury ?", "fr", weights)
    people = {"le maire, Patrick Vernadet, a coupé le ruban."}
    chunk = Chunk("c1", "d1", 0, "Fiche", "", 0, 0, "Fiche")

    def kind(text: str) -> float:
        [unit] = split_units(text, 1)
        return unit_signals(q, unit, Hit(chunk, "Fiche", "article", 1.0, 1), 1, frozenset(),
                            names_a_person=lambda t: t in people)["kind"]  # fmt: skip

    assert kind("le maire de Pontaury, Action Logement et la Caisse des Dépôts.") == -1.0
    assert kind("le maire, Patrick Vernadet, a coupé le ruban.") == 1.0



def test_a_human_role_asked_is_said_of_the_name_beside_it() -> None:
    """"Comment s'appelle la préfète de la Drôme ?": a sentence naming others and the prefect
    by her role only does not name her; a name in the role's clause, right after it, or right
    before it without an article does. `names_a_person` is the corpus's judgement, a stand-in
    here (two capitalised words in a row)."""
    weights = ConceptWeights({"drom": 3, "prefet": 4, "mair": 4, "fontclaret": 5}, 20)
    q = question_signals("Comment s'appelle la préfète de la Drôme ?", "fr", weights)
    chunk = Chunk("c1", "d1", 0, "Article", "", 0, 0, "Article")

    def person(text: str) -> bool:
        return re.search(r"[A-Z]\w+ [A-Z][\w-]+", text) is not None

    def missing(text: str) -> float:
        [unit] = split_units(text, 1)
        return unit_signals(q, unit, Hit(chunk, "Article", "article", 1.0, 1), 1, frozenset(),
                            names_a_person=person)["focus_missing"]  # fmt: skip

    assert missing("La maire, Sylvie Arnaudon, le président, Gilles Chabert, la préfète de la "
                   "Drôme et les représentants de l'ANRU ont signé la convention.")  # fmt: skip
    assert not missing("La préfète de la Drôme, Anne Dupuis-Royer, a signé la convention.")
    assert not missing("Anne Dupuis-Royer, préfète de la Drôme, a signé la convention.")
    assert not missing("La convention a été signée par la préfète Anne Dupuis-Royer.")
    # Asked in English: "prefect" is the French "préfet" (index/glossary.py), which the
    # sentence says without a name beside it.
    q = question_signals("Who is the prefect of the Drôme?", "en", weights)
    assert q.focus_words & {"prefet"}
    assert missing("La convention a été signée à la préfecture de la Drôme, par le préfet, "
                   "le président de l'agglomération et le maire, Paul Royer.")  # fmt: skip
    assert not missing("Le préfet de la Drôme, Anne Dupuis-Royer, a signé la convention.")


def test_a_role_asked_for_is_someones_own_not_the_complement_of_anothers() -> None:
    """"Qui est le maire de Brémonville ?": "Mathieu Orsoni, adjoint au maire" names no mayor;
    "le maire, Patrick Vernadet" does."""
    weights = ConceptWeights({"bremonvill": 3, "mair": 4, "adjoint": 5}, 20)
    q = question_signals("Qui est le maire de Brémonville ?", "fr", weights)

    def missing(text: str) -> float:
        return _focus_missing(q, text, "Brémonville")

    assert missing("résume Mathieu Orsoni, adjoint au maire chargé de la politique de la ville.")
    assert not missing("Pour le maire, Patrick Vernadet, le foudroyage est une étape.")


def test_the_numbers_a_question_gives_qualify_it() -> None:
    """"Le taux de chômage des 16-25 ans" is not "le taux de chômage atteint 24 %"; a year is
    read against the passage instead, a reference ("fiche 2.1.5") names a document."""
    assert qualifying_numbers("Quel est le taux de chômage des 16-25 ans ?") == {"16", "25"}
    assert qualifying_numbers("What share of the beneficiaries were under 26?") == {"26"}
    assert qualifying_numbers("Combien de logements en 2015 dans la fiche 2.1.5 ?") == set()
    # The day of a date dates the question as its year does ("la séance du 18 novembre 2025").
    assert qualifying_numbers("Quelles décisions le comité du 18 novembre 2025 a-t-il prises ?") == set()
    assert qualifying_numbers("How many were rehoused by January 31st, 2024, in block 4?") == {"4"}
    assert qualifying_numbers("Combien de relogés au 1er mars dans le lot 2 ?") == {"2"}
    # A reference names a document, a date in figures dates the question.
    assert qualifying_numbers("Comment a-t-on voté la délibération n° 2025-06-47 ?") == set()
    # A code names a document or a procedure: its figures qualify nothing.
    assert qualifying_numbers("Quelle est la date limite de la consultation ESC-2026-004 ?") == set()
    assert qualifying_numbers("Combien de relogés au 31/01/2024 parmi les 16-25 ans ?") == {
        "16", "25"}
    weights = ConceptWeights({"taux": 3, "chomag": 4, "pleiad": 2}, 20)
    q = question_signals("Quel est le taux de chômage des 16-25 ans aux Pléiades ?", "fr",
                         weights)  # fmt: skip

    def missing(text: str) -> float:
        return _focus_missing(q, text)

    assert missing("Le taux de chômage atteint 24 % aux Pléiades.") == 1.0
    assert missing("Le taux de chômage des 16-25 ans atteint 37 % aux Pléiades.") == 0.0
    # One of the numbers given is enough: "passé de 148 à 156" is told in two sentences.
    assert missing("Le taux de chômage des moins de 25 ans atteint 37 % aux Pléiades.") == 0.0


def test_what_a_question_numbers_is_said_by_the_document_not_each_sentence() -> None:
    """"Le vote sur l'avenant n° 2": the amendment's vote is told in its "Décision", which does
    not repeat the number; a document that numbers only a first amendment does not answer."""
    assert qualifying_numbers("Quel a été le vote sur l'avenant n° 2 des Tilleraies ?") == set()
    assert reference_numbers("l'avenant n° 2 et la délibération n° 2025-09-114") == {
        "n°2", "n°2025-09-114"}
    weights = ConceptWeights({"aven": 3, "tillerai": 2, "cout": 4}, 20)
    q = question_signals("À combien l'avenant n° 2 porte-t-il le coût des Tilleraies ?", "fr",
                         weights)  # fmt: skip
    [unit] = split_units("L'avenant porte le coût des Tilleraies à 41 M€.", 1)
    chunk = Chunk("c1", "d1", 0, "Décision", "", 0, 0, "Décision")
    hit = Hit(chunk, "Délibération", "deliberation", 1.0, 1)

    def missing(doc_tokens: frozenset[str]) -> float:
        return unit_signals(q, unit, hit, 1, doc_tokens)["focus_missing"]

    assert missing(frozenset({"aven", "n°2"})) == 0.0
    assert missing(frozenset({"aven", "n°1"})) == 1.0


def test_a_number_after_a_noun_designates_what_the_document_must_number() -> None:
    """"L'action 6 de la fiche": a sheet numbering its actions 1 to 5 has no sixth, though a
    table of it counts six doctors; a document that numbers no action, or numbers the sixth
    ("Action n° 6"), may answer. A figure after a noun is no designation ("taux 6 %")."""
    assert numbered_designations("En quoi consiste l'action 6 de la fiche ?") == {
        "action#", "action#6"}
    assert numbered_designations("Action n° 6 – Permanences") == {"action#", "action#6"}
    assert numbered_designations("Médecins | 3 | 5 | 6, taux 6 %, en juin 2025, le 12 mars "
                                 "et un montant de 1 250 000 €") == set()  # fmt: skip
    weights = ConceptWeights({"action": 3, "fich": 3, "consist": 4}, 20)
    q = question_signals("En quoi consiste l'action 6 de la fiche ?", "fr", weights)
    [unit] = split_units("Médecins généralistes exerçant dans le quartier | 3 | 5 | 6", 1)
    chunk = Chunk("c1", "d1", 0, "Indicateurs", "", 0, 0, "Indicateurs")
    hit = Hit(chunk, "Fiche action", "fiche", 1.0, 1)

    def missing(document: str) -> float:
        doc_tokens = frozenset(analyze(document)) | numbered_designations(document)
        return unit_signals(q, unit, hit, 1, doc_tokens)["focus_missing"]

    assert missing("Action 1 – Centre de santé. Action 5 – Permanences. Fiche action.") == 1.0
    assert missing("Action 1 – Centre de santé. Action n° 6 – Bus santé. Fiche action.") == 0.0
    assert missing("Fiche action : six actions pour la santé.") == 0.0


def test_a_figure_asked_of_a_year_is_not_given_by_a_unit_about_other_years() -> None:
    """"Combien la taxe a-t-elle rapporté en 2023 ?" is not answered by "En 2024, la taxe a
    rapporté 1,9 M€", nor by a table row under "2024"; a unit naming no year, one naming a
    span or a year something holds from ("depuis 2019") may answer. A year dating an event
    ("l'avenant de février 2025") or one ask of several is no such qualifier."""
    weights = ConceptWeights({"tax": 3, "rapport": 3}, 20)
    q = question_signals("Combien la taxe a-t-elle rapporté en 2023 ?", "fr", weights)
    assert q.years == {2023}
    chunk = Chunk("c1", "d1", 0, "Recettes", "", 0, 0, "Recettes")
    hit = Hit(chunk, "Rapport", "rapport", 1.0, 1)

    def missing(text: str) -> float:
        [unit] = split_units(text, 1)
        return unit_signals(q, unit, hit, 1, frozenset())["focus_missing"]

    assert missing("En 2024, la taxe a rapporté 1,9 M€.") == 1.0
    assert missing("En 2023, la taxe a rapporté 1,7 M€.") == 0.0
    assert missing("La taxe a rapporté 1,7 M€.") == 0.0
    assert missing("Entre 2021 et 2025, la taxe a rapporté 8 M€.") == 0.0
    assert missing("Depuis 2019, la taxe rapporte 1,9 M€ par an.") == 0.0
    dated = question_signals("De combien l'avenant de février 2025 a-t-il relevé le coût ?",
                             "fr", weights)  # fmt: skip
    assert dated.years == frozenset()
    two = question_signals("Combien la taxe a-t-elle rapporté en 2023, et combien en 2024 ?",
                           "fr", weights)  # fmt: skip
    assert two.years == frozenset()


def test_a_funders_everyday_name_reaches_the_documents_name() -> None:
    """A table row names its funder as the documents do ("Région", "Ville de Sarmentières"):
    the regional council is the Région, a commune its Ville."""
    [regional, council, *_] = concepts("How much did the regional council put in?")
    assert set(analyze("Région")) <= regional and set(analyze("Région")) <= council
    commune = next(c for c in concepts("Combien la commune verse-t-elle ?")
                   if set(analyze("commune")) <= c)  # fmt: skip
    assert set(analyze("Ville")) <= commune


def test_a_date_asked_of_a_word_most_passages_use_has_no_focus() -> None:
    """"À quelle date le projet des Tamaris est-il passé en comité ?": "projet", in most
    passages, names nothing a unit must repeat; "charte", in few, must be said."""
    weights = ConceptWeights({"projet": 8, "chart": 1, "sign": 3, "tamar": 2, "pass": 4}, 10)

    def focused(question: str) -> list[frozenset[str]]:
        return [c.tokens for c in question_signals(question, "fr", weights).concepts
                if c.is_focus]  # fmt: skip

    assert focused("À quelle date le projet des Tamaris est-il passé en comité ?") == []
    assert focused("À quelle date la charte des Tamaris a-t-elle été signée ?") != []


def test_what_was_done_is_not_given_by_what_was_planned() -> None:
    """"Combien d'heures ont effectivement été réalisées ?" is not answered by "les marchés
    prévoient 95 000 heures"; a unit saying what was done answers, and a question comparing
    the plan with what was done reads both."""
    weights = ConceptWeights({"heur": 3, "insert": 4, "realis": 3, "march": 4, "prevoient": 5,
                              "demolit": 3, "prevu": 3}, 20)  # fmt: skip
    actual = question_signals("Combien d'heures d'insertion ont effectivement été réalisées ?",
                              "fr", weights)  # fmt: skip
    assert _focus_missing(actual, "Les marchés prévoient 95 000 heures d'insertion.") == 1.0
    assert _focus_missing(actual, "Objectif : 95 000 heures d'insertion.") == 1.0
    assert _focus_missing(actual, "61 000 heures d'insertion ont été réalisées.") == 0.0
    # "déjà" after its auxiliary asks what is done too; after a noun it says which ones.
    already = question_signals("Combien d'heures d'insertion ont déjà été réalisées ?", "fr",
                               weights)  # fmt: skip
    assert _focus_missing(already, "Les marchés prévoient 95 000 heures d'insertion.") == 1.0
    # What may be done is not done either.
    assert _focus_missing(already, "Les entreprises pourront proposer 9 000 heures d'insertion.") == 1.0
    assert question_signals("How many hours have been worked so far?", "en", weights).actual
    assert not question_signals("Quelle part des familles déjà relogées paie plus ?", "fr",
                                weights).actual  # fmt: skip
    both = question_signals("Combien d'heures prévues ont réellement été réalisées ?", "fr",
                            weights)  # fmt: skip
    assert _focus_missing(both, "Les marchés prévoient 95 000 heures d'insertion.") == 0.0
    # A row is read with its header: a target column gives what was planned, a column of what
    # was done beside it what was done.
    for header, missing in (("Indicateur | Référence 2024 | Cible 2027", 1.0),
                            ("Indicateur | Objectif | Réalisé au 30 juin", 0.0)):  # fmt: skip
        table = f"{header}\nHeures d'insertion | 0 | 95 000\nMénages relogés | 12 | 140\n"
        row = next(u for u in split_units(table, 1) if u.text.startswith("Heures"))
        chunk = Chunk("c1", "d1", 0, "Fiche", table, 0, len(table), "Fiche")
        signals = unit_signals(actual, row, Hit(chunk, "Fiche", "fiche", 1.0, 1), 1, frozenset())
        assert signals["focus_missing"] == missing, header


def test_everyday_english_words_reach_the_documents_french() -> None:
    """"rehoused in new or recently built homes" is "relogés dans le neuf ou le récent"; the
    "yearly budget" an "annuel" one; the "upkeep" committee an "entretien" one."""
    question = concepts("What share of the households were rehoused in new or recently built "
                        "homes, and what is the yearly upkeep?")
    for french in ("neuf", "récent", "annuel", "entretien"):
        assert any(set(analyze(french)) <= c for c in question), french


def test_a_word_inside_a_name_does_not_name_the_thing_asked() -> None:
    """"Qui préside le conseil citoyen ?": "Trame & Territoires Conseil" (a firm) says
    "conseil" only inside its name; "Le Conseil citoyen" and "Conseil Citoyen des X" name it
    (the name's first word)."""
    question = "Qui préside le conseil citoyen des Aubépines ?"
    firm = "Équipe : Trame & Territoires Conseil – Bérénice Faucheux-Arnaud (directrice de mission)"
    assert _signals(question, firm)["focus_missing"] == 1.0
    assert _signals(question, "Le Conseil Citoyen des Aubépines est présidé par Jean Roux.")[
        "focus_missing"] == 0.0
    assert _signals(question, "Le conseil citoyen est présidé par Jean Roux.")[
        "focus_missing"] == 0.0
    assert _names_blanked("Ville de Pontaury") == " Ville "


def test_a_name_holding_the_questions_name_names_the_thing_asked() -> None:
    """"Qui préside l'agglomération de Fontclaret ?": "Fontclaret Provence Agglomération" is
    that agglomeration (the name holds the place the question names); "Rhône Provence
    Agglomération" is another one's, and its word still does not name it."""
    weights = ConceptWeights({"fontclaret": 5, "agglomer": 3, "presid": 4, "president": 4}, 20)
    q = question_signals("Qui préside l'agglomération de Fontclaret ?", "fr", weights)
    named = "le président de Fontclaret Provence Agglomération, Gilles Chabert-Moulin, a signé."
    other = "le président de Rhône Provence Agglomération, Gilles Chabert-Moulin, a signé."
    assert not _focus_missing(q, named, "Fontclaret")
    assert _focus_missing(q, other, "Fontclaret")
    assert _names_blanked("Fontclaret Provence Agglomération", frozenset({"fontclaret"})) == (
        "Fontclaret Provence Agglomération")
    assert _names_blanked("Rhône Provence Agglomération", frozenset({"fontclaret"})) == " Rhône "


@pytest.mark.parametrize(
    ("question", "focus"),
    [("Qui est la personne référente de la fiche action sur la tranquillité ?", "référente"),
     ("Qui est la personne chargée du relogement ?", "chargée"),
     ("Qui est la personne de contact pour la mission ?", "contact"),
     ("Who is the person in charge of the rehousing?", "")],
)
def test_a_person_asked_by_who_is_known_by_what_qualifies_them(question: str,
                                                                 focus: str) -> None:  # fmt: skip
    """"Qui est la personne référente ?" is answered by "Référent : Mathieu Grandjouan":
    "qui" asks for someone already, the word "personne" says nothing of whom. Asked without
    "qui", the people are the thing asked ("Quelles sont les personnes ressources ?")."""
    assert focus_tokens(question) == set(analyze(focus))
    assert focus_tokens("Combien de personnes ont été accueillies ?") == set(analyze("personnes"))


def test_a_noun_in_ident_and_its_verb_are_one_concept() -> None:
    """"Qui préside ... ?" is answered by "le président de ...": the stemmer keeps the -ent of
    the noun (president) and cuts the verb (presid)."""
    for verb, noun in (("préside", "président"), ("réside", "résidents")):
        [v], [n] = analyze(verb), analyze(noun)
        assert v != n and n in derived_forms(v) and v in derived_forms(n), (verb, noun)


def test_an_ask_with_its_antecedent_asks_what_it_asks_with_the_words_of_both() -> None:
    """"how much will it cost? [Who pays for the market study]": a sum is asked, nobody; the
    study's words are covered like the ask's own."""
    weights = ConceptWeights({"study": 3, "market": 3, "cost": 2, "pay": 3}, 20)
    signals = question_signals("how much will it cost? [Who pays for the market study]", "en",
                               weights)  # fmt: skip
    assert signals.asked == {"amount"}
    covered = set().union(*(c.tokens for c in signals.concepts))
    assert {"study", "market"} <= {t for t in covered if t in {"study", "market"}}



def test_days_and_hours_asked_are_not_words_the_answer_says() -> None:
    """"Quels jours et à quelles heures" asks when: "du mardi au samedi, de 18 h à 1 h" answers,
    and a table's "Jours" column is no nearer for saying "jours"."""
    weights = ConceptWeights({"jour": 2, "heur": 2, "mediateur": 6, "interv": 4}, 20)
    q = question_signals("Quels jours et à quelles heures les médiateurs interviennent-ils ?",
                         "fr", weights)  # fmt: skip
    words = frozenset().union(*(c.tokens for c in q.concepts))
    assert "mediateur" in words and not words & {"jour", "heur"}
    counted = question_signals("Combien d'heures d'insertion ont été réalisées ?", "fr", weights)
    assert any("heur" in c.tokens for c in counted.concepts)
    # The same in English: "the hours of presence" asks when; hours counted are the thing asked
    # ("How many hours of work ... ?": "heures", which a sentence without them does not say).
    presence = question_signals("What are the hours of presence of the mediators?", "en", weights)
    assert not frozenset().union(*(c.tokens for c in presence.concepts)) & {"heur", "hour"}
    hours = question_signals("How many hours of work have the worksites produced?", "en", weights)
    assert any("heur" in c.tokens and c.is_focus for c in hours.concepts)


def test_the_cost_of_an_act_is_given_by_a_unit_naming_that_act() -> None:
    """"Combien a coûté la démolition de la tour ?" is not answered by the square built on its
    site ("Son aménagement a coûté 690 000 €"); a sum saying what it paid for, in any of the
    act's forms, answers. The cost of a thing may be told of it by another name: not checked."""
    weights = ConceptWeights({"demolit": 3, "demol": 3, "tour": 2, "flaubert": 9, "amenag": 4,
                              "cout": 2, "equip": 4, "culturel": 5}, 20)  # fmt: skip
    q = question_signals("Combien a coûté la démolition de la tour Flaubert ?", "fr", weights)
    assert q.cost_act
    assert _focus_missing(q, "Son aménagement a coûté 690 000 € TTC.") == 1.0
    assert _focus_missing(q, "La tour a été démolie pour 2,3 M€ TTC.") == 0.0
    assert _focus_missing(q, "Le coût : 2,3 M€ TTC.", title="Démolition de la tour Flaubert") == 0.0
    thing = question_signals("Combien a coûté le nouvel équipement culturel ?", "fr", weights)
    assert not thing.cost_act


def test_the_cost_of_an_act_in_a_table_is_given_by_a_row_naming_that_act() -> None:
    """A row gives what it paid for by its label or its columns: "Coût moyen par ménage
    relogé" is no demolition's cost; "Déconstruction de la barre" is. "Combien va coûter"
    asks for a sum as "combien coûtera" does."""
    weights = ConceptWeights({"deconstruct": 3, "barr": 2, "bernach": 9, "cout": 2, "relog": 3,
                              "menag": 3}, 20)  # fmt: skip
    q = question_signals("Combien va coûter la déconstruction de la barre Bernache ?", "fr",
                         weights)  # fmt: skip
    assert q.cost_act and "amount" in q.asked
    table = ("| Poste | Montant |\n|---|---|\n| Coût moyen par ménage relogé | 6 900 € |\n"
             "| Déconstruction de la barre | 2,1 M€ |")
    _, relogement, deconstruction = split_units(table, 1)
    chunk = Chunk("c1", "d1", 0, "Fiche", table, 0, len(table), "Fiche")
    hit = Hit(chunk, "Fiche", "mission", 1.0, 1)
    assert unit_signals(q, relogement, hit, 1, frozenset())["focus_missing"] == 1.0
    assert unit_signals(q, deconstruction, hit, 1, frozenset())["focus_missing"] == 0.0


def test_a_refurbishment_is_named_by_either_word_for_its_cost() -> None:
    """"Combien coûte la rénovation d'un appartement ... ?" is answered by "Coût par logement"
    under "Réhabilitations thermiques": the act has two words. A demolition's cost still is
    not a refurbishment's."""
    weights = ConceptWeights({"renov": 3, "rehabilit": 3, "appart": 4, "logement": 2, "cout": 2,
                              "demolit": 3, "linon": 9}, 20)  # fmt: skip
    q = question_signals("Combien coûte la rénovation d'un appartement de la résidence Linon ?",
                         "fr", weights)  # fmt: skip
    assert q.cost_act
    table = ("| Au 31 octobre 2025 | Résidence Linon |\n|---|---|\n"
             "| Coût par logement | 50 000 € |")
    _, row = split_units(table, 1)
    for section, missing in (("Réhabilitations thermiques", 0.0), ("Démolitions", 1.0)):
        chunk = Chunk("c1", "d1", 0, section, table, 0, len(table), section)
        hit = Hit(chunk, section, "article", 1.0, 1)
        assert unit_signals(q, row, hit, 1, frozenset())["focus_missing"] == missing, section


def test_who_voted_some_way_is_named_by_the_vote() -> None:
    """"Quels élus de l'opposition se sont prononcés contre ... ?" is answered by "Adoptée par
    25 voix pour, 3 voix contre (... : Thierry Castaings, ...)", not by the session's chair."""
    weights = ConceptWeights({"elus": 4, "opposit": 6, "conven": 2, "pignad": 9}, 20)
    q = question_signals("Quels élus de l'opposition se sont prononcés contre la convention "
                         "du Pignada ?", "fr", weights)  # fmt: skip
    assert q.voters
    assert _focus_missing(q, "Président de séance : Jean-Marc Lartigau, maire") == 1.0
    assert _focus_missing(q, "Adoptée par 25 voix pour, 3 voix contre (groupe « Bérensac "
                             "Autrement » : Thierry Castaings, Nadia Bensalah-Lafitte).") == 0.0
    assert not question_signals("Qui préside la séance ?", "fr", weights).voters


def test_a_mission_sheets_bare_field_is_the_missions_own() -> None:
    """"Quel est le montant du marché confié à ... ?" is answered by a mission sheet's
    "Montant : 148 500 € HT": the sheet is the contract's. Not by an article's field, nor by a
    label naming another subject ("Montant du projet")."""
    weights = ConceptWeights({"montant": 2, "march": 4, "confi": 5, "atelier": 9}, 20)
    q = question_signals("Quel est le montant du marché confié à Atelier Comptoirs Urbains ?",
                         "fr", weights)  # fmt: skip
    for text, doc_type, missing in (("Montant : 148 500 € HT", "mission_sheet", 0.0),
                                    ("Montant : 148 500 € HT", "article", 1.0),
                                    ("Montant du projet : 47 M€ HT", "mission_sheet", 1.0)):
        [unit] = split_units(text, 1)
        chunk = Chunk("c1", "d1", 0, "Fiche mission", text, 0, len(text), "Fiche mission")
        hit = Hit(chunk, "Fiche mission", doc_type, 1.0, 1)
        assert unit_signals(q, unit, hit, 1, frozenset())["focus_missing"] == missing, text


def test_a_sections_own_number_qualifies_nothing() -> None:
    """"En quoi consiste l'action 6 ... ?" is not answered by a row under "6. Indicateurs": the
    heading's number orders the sheet's sections. A heading naming "Action 6" still says it."""
    weights = ConceptWeights({"action": 2, "consist": 5, "fich": 2, "mediat": 4}, 20)
    q = question_signals("En quoi consiste l'action 6 de la fiche médiation ?", "fr", weights)
    assert q.numbers == {"6"}
    for header, missing in (("Fiche action n° 2.3.2 — 6. Indicateurs / 7. Calendrier", 1.0),
                            ("Fiche action n° 2.3.2 — Action 6 – Médiation de nuit", 0.0)):
        [unit] = split_units("Les médiateurs interviennent de 16 h à minuit.", 1)
        chunk = Chunk("c1", "d1", 0, header, "", 0, 0, header)
        hit = Hit(chunk, "Fiche", "fiche", 1.0, 1)
        assert unit_signals(q, unit, hit, 1, frozenset())["focus_missing"] == missing, header


def test_a_sentence_pointing_back_says_what_the_one_before_names() -> None:
    """"Quel est le taux de vacance ?" is answered by "Elle atteint 14 %" after "La vacance
    touche surtout la barre Ortolan.": the thing asked is named by the sentence it points back
    to; not after a sentence about the turnover."""
    weights = ConceptWeights({"vacanc": 5, "taux": 2, "barr": 3, "ortolan": 9, "rotat": 5}, 20)
    q = question_signals("Quel est le taux de vacance de la barre Ortolan ?", "fr", weights)
    for before, missing in (("La vacance touche surtout la barre Ortolan.", 0.0),
                            ("La rotation touche surtout la barre Ortolan.", 1.0)):
        text = f"{before} Elle atteint 14 %."
        later = split_units(text, 1)[1]
        chunk = Chunk("c1", "d1", 0, "Fiche", text, 0, len(text), "Fiche")
        signals = unit_signals(q, later, Hit(chunk, "Fiche", "fiche", 1.0, 1), 1, frozenset())
        assert signals["focus_missing"] == missing, before


def test_a_tables_lead_in_says_in_what_its_bare_figures_are() -> None:
    """"... l'échéancier prévisionnel de crédits de paiement suivant (en milliers d'euros) :"
    over "Année | Groupe scolaire | Total" makes "2027 | 1 300 | 200 | 1 500" sums; without
    the bracketed unit, or with a lead-in that is no lead-in, the figures are bare."""
    weights = ConceptWeights({"somm": 3, "vill": 2, "decaiss": 5}, 20)
    q = question_signals("Quelle somme la Ville prévoit-elle de décaisser en 2027 ?", "fr", weights)
    assert "amount" in q.asked
    for lead, kind in (("Échéancier prévisionnel suivant (en milliers d'euros) :", 1.0),
                       ("Échéancier prévisionnel suivant :", -1.0),
                       ("La Ville versera sa part (en milliers d'euros).", -1.0)):
        text = f"{lead}\n\nAnnée | Groupe scolaire | Total\n2026 | 600 | 700\n2027 | 1 300 | 1 500"
        units = [u for u in split_units(text, 1) if u.kind == "row" and u.text.startswith("2027")]
        chunk = Chunk("c1", "d1", 0, "Délibération", text, 0, len(text), "Délibération")
        hit = Hit(chunk, "Délibération", "deliberation", 1.0, 1)
        assert unit_signals(q, units[0], hit, 1, frozenset())["kind"] == kind, lead


def test_a_sum_said_to_be_its_own_is_the_cost_of_what_the_sentence_before_names() -> None:
    """"Son coût est estimé à 6,2 M€" after "La réhabilitation de la résidence Poulenc a été
    confiée ..." is the refurbishment's cost; "Son aménagement a coûté ..." is another act's."""
    weights = ConceptWeights({"rehabilit": 3, "residen": 2, "poulenc": 9, "cout": 2, "amenag": 4},
                             20)  # fmt: skip
    q = question_signals("Combien doit coûter la réhabilitation de la résidence Poulenc ?", "fr",
                         weights)  # fmt: skip
    assert q.cost_act
    text = ("La réhabilitation de la résidence Poulenc a été confiée au cabinet Lecerf. Son coût est "
            "estimé à 6,2 M€ TTC. Son aménagement a coûté 690 000 €.")
    _, cost, other = split_units(text, 1)
    chunk = Chunk("c1", "d1", 0, "Rapport", text, 0, len(text), "Rapport")
    hit = Hit(chunk, "Rapport", "article", 1.0, 1)
    assert unit_signals(q, cost, hit, 1, frozenset())["focus_missing"] == 0.0
    assert unit_signals(q, other, hit, 1, frozenset())["focus_missing"] == 1.0


@pytest.mark.parametrize(
    ("question", "qualifier"),
    [("Qui est le directeur général d'Héliade Habitat ?", "général"),
     ("Qui est le maire adjoint chargé de l'urbanisme ?", "adjoint"),
     ("Qui est le délégué territorial adjoint de l'ANRU ?", "territorial"),
     ("Qui était le maire de Bagneux en 2015 ?", ""),  # no adjective
     ("Qui est la chef de projet ?", ""),
     ("Qui est le chargé de mission ?", ""),  # a participle may be said otherwise
     ("Qui préside l'agglomération castelrivaine ?", ""),  # a body, not a role
     ("Who is the managing director of Héliade Habitat?", "")],  # English names it last
)
def test_the_adjective_of_a_role_asked(question: str, qualifier: str) -> None:
    assert role_qualifier(question) == frozenset(analyze(qualifier))


def test_a_role_asked_with_its_adjective_is_not_another_role_of_the_same_noun() -> None:
    """"Qui est le directeur général d'Héliade Habitat ?" is not answered by its regional
    director."""
    weights = ConceptWeights({"directeur": 3, "general": 3, "heliad": 9, "habitat": 2}, 20)
    q = question_signals("Qui est le directeur général d'Héliade Habitat ?", "fr", weights)
    assert _focus_missing(q, "Marion Chabrand, directrice régionale d'Héliade Habitat.") == 1.0
    assert _focus_missing(q, "Paul Roux, directeur général d'Héliade Habitat.") == 0.0


def test_a_role_said_as_anothers_does_not_answer_for_the_one_asked() -> None:
    """"Who is the director general of ANRU?" is not answered by "directeur général des
    services", nor "le directeur général d'Héliade Habitat" by the director general of another
    landlord; a role said bare, or of the body asked, is not judged otherwise."""
    assert role_complement("Who is the current director general of ANRU?") == (
        frozenset({"anru"}), frozenset({"anru"}))
    assert role_complement("Who is the police commissioner in Sémerval?") == (frozenset(),
                                                                               frozenset())
    weights = ConceptWeights({"directeur": 3, "general": 3, "heliad": 9, "habitat": 2,
                              "servic": 2, "anru": 2}, 20)  # fmt: skip
    q = question_signals("Qui est le directeur général d'Héliade Habitat ?", "fr", weights)
    assert _focus_missing(q, "Olivier Establet, directeur général de Sorgueval Comtat Habitat.") == 1.0
    assert _focus_missing(q, "Paul Roux, directeur général d'Héliade Habitat.") == 0.0
    assert _focus_missing(q, "Le directeur général, Paul Roux, a signé.") == 0.0
    lavaur = question_signals("Qui est le directeur général de Lavaur Habitat ?", "fr", weights)
    assert _focus_missing(lavaur, "Paul Roux, directeur général de Lavaur Habitat.") == 0.0
    anru = question_signals("Who is the current director general of ANRU?", "en", weights)
    assert _focus_missing(anru, "Jean-Luc Humbert, directeur général des services.") == 1.0
    assert _focus_missing(anru, "Anne Roux, directrice générale de l'ANRU.") == 0.0


def test_a_buildings_figure_is_said_of_that_building_alone() -> None:
    """"How many homes are there in building B?" is not answered by "bâtiments A et B (88
    logements)" (the pair's), nor by the residence's "236 logements répartis en six bâtiments";
    "le bâtiment B compte 48 logements" answers."""
    weights = ConceptWeights({"logement": 2, "pyrit": 9, "batiment": 3, "resid": 3}, 20)
    q = question_signals("How many homes are there in building B of the Pyrite residence?", "en",
                         weights)  # fmt: skip
    assert _focus_missing(q, "Réhabilitation : bâtiments A et B (88 logements), bâtiments C et D "
                             "(84 logements).") == 1.0
    assert _focus_missing(q, "La résidence Pyrite compte 236 logements répartis en six "
                             "bâtiments.") == 1.0
    assert _focus_missing(q, "Le bâtiment B compte 48 logements.") == 0.0


def test_a_role_after_a_preposition_and_an_article_is_no_apposition() -> None:
    """"coanimé par Aurélie Lemarchand et par le délégué du préfet" names the delegate by the
    role only; "the prefect's delegate" asks for the delegate."""
    assert focus_tokens("What is the name of the prefect's delegate who co-leads the "
                        "committee?") == set(analyze("delegate"))  # fmt: skip


def test_what_is_outside_a_neighbourhood_is_said_by_the_unit_or_what_it_points_back_to() -> None:
    """"Combien de ménages ont été relogés hors du quartier prioritaire ?" is not answered by
    "151 des 212 ménages avaient été relogés"; "dont 52 hors QPV" answers, and so does "En
    2020, cette part a atteint 19 %" after a sentence about lettings outside the QPV. "Hors
    taxes" is no neighbourhood."""
    weights = ConceptWeights({"menag": 3, "relog": 3, "quarti": 2, "prioritair": 2, "part": 2,
                              "attribu": 4, "mont": 3, "tax": 3}, 20)  # fmt: skip
    q = question_signals("Combien de ménages ont été relogés hors du quartier prioritaire ?", "fr",
                         weights)  # fmt: skip
    assert q.outside
    assert _focus_missing(q, "151 des 212 ménages avaient été relogés.") == 1.0
    assert _focus_missing(q, "139 ménages avaient été relogés, dont 52 hors QPV.") == 0.0
    assert _focus_missing(q, "61 ménages relogés ont quitté le quartier prioritaire.") == 0.0
    text = ("Un quart des attributions hors QPV doit aller au premier quartile. "
            "En 2020, cette part a atteint 19 %.")
    later = split_units(text, 1)[1]
    chunk = Chunk("c1", "d1", 0, "Fiche", text, 0, len(text), "Fiche")
    share = question_signals("Quelle part des attributions hors QPV va au premier quartile ?",
                             "fr", weights)  # fmt: skip
    signals = unit_signals(share, later, Hit(chunk, "Fiche", "fiche", 1.0, 1), 1, frozenset())
    assert signals["focus_missing"] == 0.0
    assert not question_signals("Quel est le montant hors taxes ?", "fr", weights).outside


def test_who_heads_something_is_said_by_a_heads_title_not_a_members() -> None:
    """"Who chairs the citizens' council?" is not answered by "Awa Konaté, membre du conseil
    citoyen" nor by a vice-president; "présidé par", "directrice de mission", "sous la présidence
    de" answer. In a compound question only the ask that wants the head is held to it."""
    weights = ConceptWeights({"conseil": 3, "citoyen": 4, "councillor": 1, "membr": 3,
                              "agglomer": 3, "feuill": 5, "rout": 5, "approuv": 4}, 20)  # fmt: skip
    q = question_signals("Qui préside le conseil citoyen ?", "fr", weights)
    assert q.head_of
    assert _focus_missing(q, "Awa Konaté, membre du conseil citoyen, s'inquiète.") == 1.0
    assert _focus_missing(q, "Le conseil citoyen est présidé par Awa Konaté.") == 0.0
    assert _focus_missing(q, "Awa Konaté, vice-présidente du conseil citoyen, s'inquiète.") == 1.0
    assert question_signals("Who chairs the citizens' council?", "en", weights).head_of
    both = question_signals("Quand la feuille de route a-t-elle été approuvée, et qui préside "
                            "le conseil citoyen ?", "fr", weights)  # fmt: skip
    assert not both.head_of


def test_a_figure_asked_at_a_day_is_not_answered_by_one_given_at_another() -> None:
    """"Combien de ménages restaient à reloger au 31 décembre 2025 ?" is not answered by "Au 31
    août 2025, 284 des 301 ménages ... l'avaient été"; a unit or its column names giving that day
    answer, and so does a unit giving no day. A day that names a meeting ("qui présidait le
    comité du 18 novembre") or a date asked ("et quand a-t-il été validé ?") is no such
    qualifier."""
    weights = ConceptWeights({"menag": 3, "relog": 3, "comit": 3, "present": 3, "valid": 4,
                              "rest": 2, "household": 3, "rehous": 3}, 20)  # fmt: skip
    q = question_signals("Combien de ménages restaient à reloger au 31 décembre 2025 ?", "fr",
                         weights)  # fmt: skip
    assert q.days == {(31, 12)}
    assert _focus_missing(q, "Au 31 août 2025, 284 des 301 ménages avaient été relogés.") == 1.0
    assert _focus_missing(q, "Au 31 décembre 2025, 17 ménages restaient à reloger.") == 0.0
    assert _focus_missing(q, "17 ménages restent à reloger.") == 0.0
    english = question_signals("How many households still had to be rehoused on 31 December "
                               "2025?", "en", weights)  # fmt: skip
    assert english.days == {(31, 12)}
    assert _focus_missing(english, "Au 1er mars 2025, 40 ménages restaient à reloger.") == 1.0
    assert not question_signals("Qui présidait le comité du 18 novembre 2025 ?", "fr",
                                weights).days  # fmt: skip
    assert not question_signals("Quand le compte rendu du 20 novembre a-t-il été validé ?",
                                "fr", weights).days  # fmt: skip


def test_a_figure_asked_at_the_end_of_a_year_is_not_answered_by_one_at_another() -> None:
    """"Combien de ménages avaient été relogés à la fin de l'année 2021 ?" is not answered by
    "Fin 2020, 64 ménages avaient été relogés"; "Au 31 décembre 2021" and a unit giving no date
    answer it. A month without its year is any year's ("between the end of June and the end of
    November 2025": "au 30 juin 2025")."""
    from assistant.extractive import as_of

    weights = ConceptWeights({"menag": 3, "relog": 3, "household": 3, "rehous": 3}, 20)
    q = question_signals("Combien de ménages avaient été relogés à la fin de l'année 2021 ?",
                         "fr", weights)  # fmt: skip
    assert q.as_of == {(2021, 0)}
    assert _focus_missing(q, "Fin 2020, 64 ménages avaient été relogés.") == 1.0
    assert _focus_missing(q, "Au 31 décembre 2021, 92 ménages avaient été relogés.") == 0.0
    assert _focus_missing(q, "92 ménages ont été relogés.") == 0.0
    june = question_signals("How many households had been rehoused by the end of June 2025?",
                            "en", weights)  # fmt: skip
    assert june.as_of == {(2025, 6)}
    assert _focus_missing(june, "Au 30 novembre 2025, 178 ménages avaient été relogés.") == 1.0
    between = question_signals("How did the number of rehoused households change between the "
                               "end of June and the end of November 2025?", "en", weights)  # fmt: skip
    assert between.as_of == {(0, 6), (2025, 11)}
    assert _focus_missing(between, "Au 30 juin 2025, 151 ménages avaient été relogés.") == 0.0
    assert as_of("La convention signée en 2021 prévoit 64 relogements.") == frozenset()


def test_who_chaired_what_the_documents_title_names() -> None:
    """"Qui présidait le comité de pilotage ... ?" is answered by the minutes' "Présidence :
    Sylvie Mougenot" field: the committee is what the document's title names, not the field. In
    a document about something else the field chairs another body; and only who heads is read
    so ("combien de logements" is not said by a title about housing)."""
    weights = ConceptWeights({"comit": 4, "pilotag": 5, "presid": 4, "log": 3, "quarti": 3}, 20)

    def missing(q: QuestionSignals, text: str, title: str) -> float:
        [unit] = split_units(text, 1)
        chunk = Chunk("c1", "d1", 0, "Participants", text, 0, len(text), f"{title} — Participants")
        return unit_signals(q, unit, Hit(chunk, title, "minutes", 1.0, 1), 1,
                            frozenset())["focus_missing"]  # fmt: skip

    q = question_signals("Qui présidait le comité de pilotage du 9 décembre 2025 ?", "fr", weights)
    chair = "Présidence : Sylvie Mougenot, maire de Valcerny-sur-Vologne."
    assert not missing(q, chair, "Comité de pilotage du projet – compte rendu")
    assert missing(q, chair, "Assemblée générale de l'association des locataires")
    count = question_signals("Combien de logements compte le quartier ?", "fr", weights)
    assert missing(count, "Le quartier compte 2 400 habitants.", "Les logements du quartier")


def test_a_firm_said_without_its_name_does_not_answer_which_firm() -> None:
    """"Quel cabinet d'architectes a dessiné la rénovation ?": "dessiné par un cabinet
    d'architectes bordelais" says there is one, not which; "un cabinet lyonnais, Atelier Verre &
    Béton," names it. A question that does not ask which body is not judged so."""
    weights = ConceptWeights({"cabinet": 4, "architect": 5, "dessin": 4, "renov": 3}, 20)
    asked = question_signals("Quel cabinet d'architectes a dessiné la rénovation ?", "fr", weights)
    unnamed = "Le projet a été dessiné par un cabinet d'architectes bordelais."
    named = "Le projet a été dessiné par un cabinet d'architectes, Atelier Verre & Béton."
    assert _focus_missing(asked, unnamed)
    assert not _focus_missing(asked, named)
    english = question_signals("Which architecture firm designed the refurbishment?", "en", weights)
    assert english.body and _focus_missing(english, unnamed)
    how = question_signals("Comment la rénovation a-t-elle été dessinée ?", "fr", weights)
    assert not how.body
    # Nor by the team or the firm it points back to: "l'équipe lauréate", "le paysagiste".
    won = "Le jury a désigné l'équipe lauréate parmi trois finalistes."
    assert _focus_missing(asked, won)
    assert not _focus_missing(asked, "Le jury a désigné l'équipe Atelier Verre & Béton.")


def test_a_unit_naming_no_one_does_not_answer_which_firm() -> None:
    """"Which building firm will build the health centre?": "consultation des entreprises :
    d'avril à juin 2026" names no firm at all, however well it says the rest; "marché attribué à
    Bâtisud Occitanie" and a field's value do. The question's own names do not count."""
    weights = ConceptWeights({"entrepris": 3, "construct": 4, "maison": 3, "sant": 4,
                              "consult": 4, "valcern": 8}, 20)  # fmt: skip
    asked = question_signals("Which building firm will construct the health centre?", "en",
                             weights)  # fmt: skip
    assert asked.body
    assert _focus_missing(asked, "consultation des entreprises : d'avril à juin 2026 ;")
    assert not _focus_missing(asked, "Le marché de travaux est attribué à Bâtisud Occitanie.")
    assert not _focus_missing(asked, "Entreprise de gros œuvre : Bâtisud")
    named = question_signals("Quelle entreprise construira la maison de santé de Valcerny ?", "fr",
                             weights)  # fmt: skip
    assert _focus_missing(named, "La ville de Valcerny consultera les entreprises en avril.")


def test_a_field_naming_the_firm_asked_only_by_its_kind_does_not_answer_which_firm() -> None:
    """A tender's "Groupement" field lists a lead firm, a co-contractor and "un bureau d'études
    structure intervenant en sous-traitance": the part that says what is asked names no firm.
    The same field answers for the part it names, and names the subcontractor when it does."""
    weights = ConceptWeights({"bureau": 5, "etud": 2, "structur": 4, "traitanc": 6,
                              "enquet": 4, "social": 3}, 20)  # fmt: skip
    asked = question_signals("Quel bureau d'études structure interviendra en sous-traitance ?",
                             "fr", weights)  # fmt: skip
    assert asked.body
    unnamed = ("Atelier Tesselle, mandataire (urbanisme) ; Socius Études, cotraitant (enquête "
               "sociale) ; un bureau d'études structure intervenant en sous-traitance")  # fmt: skip
    named = ("Atelier Tesselle, mandataire (urbanisme) ; Socius Études, cotraitant (enquête "
             "sociale) ; Structura Ingénierie, bureau d'études structure, en sous-traitance")  # fmt: skip
    assert _focus_missing(asked, f"Groupement : {unnamed}")
    assert _focus_missing(asked, f"Groupement | {unnamed}")  # a form's row
    assert not _focus_missing(asked, f"Groupement : {named}")
    social = question_signals("Quel cabinet mènera l'enquête sociale ?", "fr", weights)
    assert social.body and not _focus_missing(social, f"Groupement : {unnamed}")


def test_a_sum_given_jointly_does_not_answer_for_one_giver_alone() -> None:
    """"Quel montant Clairval Habitat apporte-t-il à lui seul ?": the row "Logis de la Serre et
    Clairval Habitat (abattement TFPB) | 8 000" is the two landlords' sum; the landlord's own
    row answers. "On its own" asks for one alone too; a name holding "&" is one name."""
    weights = ConceptWeights({"clairval": 6, "habitat": 2, "montant": 3, "apport": 3}, 20)
    alone = question_signals("Quel montant Clairval Habitat apporte-t-il à lui seul ?", "fr",
                             weights)  # fmt: skip
    assert alone.alone
    assert _focus_missing(alone, "Logis de la Serre et Clairval Habitat (abattement TFPB) : 8 000 €")
    assert not _focus_missing(alone, "Clairval Habitat apporte 8 000 € par an.")
    english = question_signals("How much does Clairval Habitat on its own contribute?", "en",
                               weights)  # fmt: skip
    assert english.alone
    firm = question_signals("Quel montant Rives & Toits apporte-t-il à lui seul ?", "fr", weights)
    assert not _focus_missing(firm, "Rives & Toits apporte 5 000 € par an.")


def test_outside_a_named_neighbourhood_is_asked_as_outside_the_neighbourhood() -> None:
    """"hors des Brandelles", "outside the Marnière" ask what is outside, as "hors du quartier"
    does; "outside the meeting" names no place and "hors de la commune" is read as before."""
    weights = ConceptWeights({"menag": 3, "relog": 4, "brandel": 6, "marnier": 6}, 20)
    for question, outside in (("Combien de ménages ont été relogés hors des Brandelles ?", True),
                              ("How many households were rehoused outside the Marnière?", True),
                              ("Combien de ménages ont été relogés hors du quartier ?", True),
                              ("Combien de ménages ont été relogés aux Brandelles ?", False)):
        language = "en" if question.startswith("How") else "fr"
        assert question_signals(question, language, weights).outside is outside, question


def test_a_reason_asked_names_no_giver_of_a_sum() -> None:
    """"Pourquoi l'ANRU a-t-elle accordé moins que la somme espérée ?" asks why, not how much
    ANRU gave: "le comité d'engagement a accordé 1,6 million, les locaux périscolaires n'ayant
    pas été retenus" answers it without naming ANRU."""
    weights = ConceptWeights({"anru": 4, "accord": 3, "somm": 3, "esper": 5, "ecol": 4}, 20)
    q = question_signals("Pourquoi l'ANRU a-t-elle accordé moins que la somme espérée pour "
                         "l'école ?", "fr", weights)  # fmt: skip
    assert not q.giver and not q.asked
    assert not _focus_missing(q, "Le comité d'engagement a accordé 1,6 million, les locaux "
                                 "périscolaires n'ayant pas été retenus.")  # fmt: skip


def test_the_head_of_a_body_asked_by_its_kind_is_the_head_of_the_body_named() -> None:
    """"Qui dirige l'office HLM propriétaire de la tour Avocette ?" is answered by "Philippe
    Chaigneau, directeur général d'Habitat Pays de Vie": the office is the landlord the unit
    names. A resident quoted beside it heads nothing; a council is named by its kind, so the
    head of another body does not head it."""
    weights = ConceptWeights({"offic": 4, "hlm": 5, "propriet": 3, "avocet": 6, "conseil": 3,
                              "citoyen": 4}, 20)  # fmt: skip
    q = question_signals("Qui dirige l'office HLM propriétaire de la tour Avocette ?", "fr",
                         weights)  # fmt: skip
    head = ("« Personne n'a été relogé contre son gré », affirme Philippe Chaigneau, directeur "
            "général d'Habitat Pays de Vie.")  # fmt: skip
    assert not _focus_missing(q, head)
    assert _focus_missing(q, "« On a bien fait de rester », sourit Jacqueline Pajot, membre du "
                             "conseil citoyen.")  # fmt: skip
    council = question_signals("Qui préside le conseil citoyen ?", "fr", weights)
    assert _focus_missing(council, head)
