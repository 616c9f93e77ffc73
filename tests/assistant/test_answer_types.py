"""The kinds of answer a question asks for, and the kinds a unit gives: pure functions."""

from __future__ import annotations

import pytest

from assistant.answer_types import (
    HUMAN,
    PART_OF_SUM,
    asked_kinds,
    asks_each,
    context_kinds,
    covers_years,
    given_kinds,
    kind_match,
    mostly_capitals,
    named_years,
)
from assistant.scope import source_kind


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Quel est le montant du projet ?", {"amount"}),
        ("How much did the agency put in?", {"amount"}),
        # A sum named by what it does: "Région | 6,5 M€" answers it.
        ("Quel est l'apport financier du conseil régional ?", {"amount"}),
        ("What is the financial contribution of the Region?", {"amount"}),
        ("What was the financial situation of the towns?", set()),
        ("Quelle est la participation des habitants ?", set()),
        # What a funder gives: "Région Centre-Val de Loire | 300 000".
        ("Quelle contribution la Région apporte-t-elle au fonds ?", {"amount"}),
        ("What contribution does the Region make to the fund?", {"amount"}),
        ("Quelle part du financement apporte Action Logement ?", {"amount", "share"}),
        ("What percentage of households were rehoused?", {"share"}),
        ("Combien de mois a duré la mission ?", {"duration"}),
        ("How long did the assignment last?", {"duration"}),
        # "Combien de temps" is no count: a count lets "Site : Bagneux (38 495 habitants)"
        # answer how long the Bagneux mission lasted.
        ("Combien de temps a duré la mission à Bagneux ?", {"duration"}),
        ("La mission a duré combien de temps ?", {"duration"}),
        ("How much time did the mission take?", {"duration"}),
        # A delay is a duration: "sans allonger les délais d'attente" gives none.
        ("Quel est le délai d'attente moyen des demandeurs ?", {"duration"}),
        ("What is the average waiting time for applicants?", {"duration"}),
        # How quickly something is done asks for the time it takes ("délai moyen de 4 jours").
        ("How quickly were the residents' complaints answered?", {"duration"}),
        ("How fast was the tower block emptied?", {"duration"}),
        ("En quelle année la convention a-t-elle été signée ?", {"date"}),
        ("When was the tower demolished?", {"date"}),
        ("Quel jour les engins ont-ils commencé à démolir l'immeuble ?", {"day"}),
        ("On what day did the demolition start?", {"day"}),
        ("Combien de démolitions ?", {"count"}),
        ("Qui présidait le conseil ?", {"person", HUMAN}),  # someone, not a body
        ("Par qui la mission a-t-elle été menée ?", {"person"}),
        ("Quel est le montant des indemnités, et qui les finance ?", {"amount", "person"}),
        ("Quels sont les deux enjeux majeurs qui demeurent à Bagneux ?", set()),
        ("Which households who left were rehoused nearby?", set()),
        ("Quand la convention a-t-elle été signée, et quand les travaux commencent-ils ?", {"date"}),
        ("Which post did Borloo hold when he opened the first board meeting?", set()),
        ("Quels étaient les enjeux de la mission ?", set()),
        # Asking for a name asks for a person or body.
        ("Comment s'appelle le chargé de concertation de la Maison du projet ?", {"person", HUMAN}),
        ("Quel est le nom du maire de Pontaury ?", {"person", HUMAN}),
        ("What is the name of the mayor of Pontaury?", {"person", HUMAN}),
        ("Comment appelle-t-on ce dispositif ?", set()),
        # A role or a body asked for by its noun.
        ("Quelle élue avait le dossier habitat en charge ?", {"person", HUMAN}),
        ("Quels partenaires financent l'action ?", {"person"}),
        ("Which agency drew up the plan?", {"person"}),
        # a firm named by its trade or its part in a contract
        ("Which contractor did the engineer recommend to take down the tower?", {"person"}),
        ("Quel groupement a été retenu pour la démolition ?", {"person"}),
        # A member is someone, or a body of a partnership.
        ("Which member of the residents' council worried about rents?", {"person"}),
        ("Quel membre du conseil citoyen s'inquiète des loyers ?", {"person"}),
        # A councillor is someone elected, not the vote the question is about.
        ("Which councillor sat out the vote on the agreement?", {"person", HUMAN}),
        ("Quelle conseillère municipale n'a pas pris part au vote ?", {"person", HUMAN}),
        ("Quel conseiller citoyen a pris la parole ?", {"person"}),
        ("Combien de conseillers ont voté contre ?", {"vote", "count"}),
        ("Quel quartier est concerné ?", set()),
        # A period asks for dates ("Analyse des programmes d'actions TFPB 2015-2017").
        ("Quelle période couvraient les programmes d'actions ?", {"date"}),
        ("What period did the survey cover?", {"date"}),
        # A sum paid, asked with its verb; "combien de X" still counts.
        ("Combien a été payée l'enquête sociale ?", {"amount"}),
        ("Combien la Région verse-t-elle chaque année ?", {"amount"}),
        ("Combien l'agglomération a-t-elle déboursé, taxes comprises, pour ce cabinet ?", {"amount"}),
        ("Combien le bureau d'études a-t-il facturé sa mission ?", {"amount"}),
        # ... the verb in any tense: an infinitive, a future, "paie".
        ("Combien faudrait-il dépenser pour remettre la tour à neuf ?", {"amount"}),
        ("Combien la Ville versera-t-elle en 2027 au titre de sa participation ?", {"amount"}),
        ("Combien Roncelay Habitat paie-t-il le cabinet qui l'assiste ?", {"amount"}),
        ("Combien l'office compte-t-il investir au Val-Foulon en 2027 ?", {"amount"}),
        ("Combien de logements compte le quartier vers 2030 ?", {"count"}),
        ("Combien de logements ont été financés ?", {"count"}),
        ("How much was paid for the survey?", {"amount"}),
        ("How much ANRU grant money goes into the project?", {"amount"}),
        ("How much land was freed?", set()),
        # A person named is asked who they are (a role, an age), which no other name gives.
        ("Who is René Vidalenc, quoted about the Bessemer block coming down?", set()),
        ("Qui est Monique Varenne ?", set()),
        ("Who is the current director general of ANRU?", {"person", HUMAN}),
        ("Qui est le maire ?", {"person", HUMAN}),
        # Someone who chairs or heads a body is a person, not the body.
        ("Qui dirige Habitat des Marais ?", {"person", HUMAN}),
        ("Who chairs the citizens' council?", {"person", HUMAN}),
        ("Qui pilote la fiche action ?", {"person"}),  # a body may lead an action
        # How often something happens is a frequency, not a count or a duration.
        ("À quelle fréquence le comité de pilotage se réunit-il ?", {"frequency"}),
        ("Tous les combien la satisfaction est-elle mesurée ?", {"frequency"}),
        ("Combien de fois par an le comité se réunit-il ?", {"frequency"}),
        ("How often is the project centre open?", {"frequency"}),
        ("Quelle est la périodicité des réunions du comité ?", {"frequency"}),
        # The interrogative's noun says what is asked: a sum or a share named elsewhere is not.
        ("What priorities does the plan set for the period after ANRU funding?", set()),
        ("What expertise does ANRU share abroad?", set()),
        ("Quels financements sont mobilisables pour la GUP ?", set()),
        ("Quels honoraires le cabinet a-t-il perçus ?", {"amount"}),
        ("Quel écart de taux de chômage sépare le quartier de la commune ?", {"share"}),
        ("What share of the funding comes from ANRU?", {"share", "amount"}),
        ("Et quel en est le montant ?", {"amount"}),
        ("Which landlords got how much ANRU money?", {"person", "amount"}),
        # A date asked to the day or the month: a year alone does not give it.
        # A sum named "somme", a share named "fraction", a rent; an adjective before the noun.
        ("Quelle somme l'Etat met-il chaque année dans l'action ?", {"amount"}),
        ("What sum did the Region pay?", {"amount"}),
        ("Quelle fraction des ménages a été relogée hors du quartier ?", {"share"}),
        ("Quel loyer le directeur cite-t-il ?", {"amount"}),
        ("What minimum share of the entrepreneurs should be women?", {"share"}),
        ("..., and what extra cost is expected?", {"amount"}),
        ("What annual budget is planned for the project house?", {"amount"}),
        # A target is a value of what it is set for; objectives alone ask for no value.
        ("What target does the sheet set for 2027 for the share of job seekers?", {"share"}),
        ("Quelle cible la fiche fixe-t-elle pour la part des ménages sans voiture ?", {"share"}),
        ("Quels objectifs le bailleur s'est-il donnés pour 2026 ?", set()),
        ("Où en sommes-nous du relogement ?", set()),
        # "Combien" with a verb of giving money and no noun counted asks for a sum.
        ("Combien la mairie met-elle au pot chaque année ?", {"amount"}),
        ("Combien les bailleurs consacrent-ils à la gestion de proximité ?", {"amount"}),
        ("Combien la Région apporte-t-elle au projet ?", {"amount"}),
        ("Combien de temps met-on pour reloger une famille ?", {"duration"}),
        ("Combien de ménages ont été mis à l'abri ?", {"count"}),
        # A size in a physical unit, a time of day, an energy class.
        ("Quelle surface occupe le nouveau parc ?", {"measure"}),
        ("Sur quelle longueur de rues les travaux portent-ils ?", {"measure"}),
        ("How big will the riverside park be?", {"measure"}),
        ("À quelle heure la sirène a-t-elle retenti ?", {"time"}),
        ("Dès quelle heure du matin la navette part-elle ?", {"time"}),
        ("Jusqu'à quelle heure la maison du projet est-elle ouverte ?", {"time"}),
        ("Quelles heures de travail ont été confiées aux habitants ?", set()),
        ("What are the opening hours of the project house?", {"time"}),
        # Days of the week and hours asked together: when something happens in the week.
        ("Quels jours et à quelles heures les médiateurs interviennent-ils ?", {"time"}),
        ("On which days is the project house open?", {"time"}),
        ("Over what time horizon should governance be defined?", set()),
        ("What energy rating do the flats reach after the works?", {"energy_class"}),
        ("Which energy performance label will the residence reach?", {"energy_class"}),
        # A place, asked by "où"/"where" opening a clause or by "dans quel lieu"; "où en est"
        # asks how far something has got.
        ("Where exactly was the renewal agreement signed?", {"place"}),
        ("Dans quel lieu la convention a-t-elle été paraphée ?", {"place"}),
        ("Combien de caméras seront posées, et où ?", {"count", "place"}),
        ("Où en est le chômage aux Pléiades ?", set()),
        ("Quelle classe énergétique les bâtiments atteindront-ils ?", {"energy_class"}),
        ("Quelle classe de performance énergétique vise le bailleur ?", {"energy_class"}),
        # A reason asked, whatever sum it is about; a second ask still asks for its value.
        ("Pourquoi l'ANRU a-t-elle accordé moins que la somme espérée ?", set()),
        ("Why did the landlord keep the building, and roughly how much does the work cost?",
         {"amount"}),
        ("À quelle date la convention a-t-elle été signée ?", {"day"}),
        ("En quel mois la maison du projet a-t-elle ouvert ?", {"day"}),
        ("On what date did the walkabout take place?", {"day"}),
        ("Quand la convention a-t-elle été signée ?", {"date"}),
        # A change asked by its size: a percentage answers as well as a sum.
        ("By how much did heating bills drop in the refurbished flats?", {"amount", "share"}),
        ("De combien la facture a-t-elle dépassé l'enveloppe prévue ?", {"amount", "share"}),
        ("By how much was the number of indicators cut?", {"amount", "share", "count"}),
        ("De combien de logements dispose le quartier ?", {"count"}),
        # A grant is a sum; "share" and "rate" before an object are verbs.
        ("Quelle subvention l'ANRU a-t-elle accordée pour la promenade ?", {"amount"}),
        ("What grant did the Region award the project?", {"amount"}),
        ("How much in subsidised loans did Action Logement commit?", {"amount"}),
        ("How does the chief executive rate these renewal files?", set()),
        ("How do the partners share the cost?", {"amount"}),
        ("What is the unemployment rate in the neighbourhood?", {"share"}),
        # "coûter" in any tense asks for a sum; so does a rate by the day or a fee scale.
        ("Combien coûtera la démolition de la barre ?", {"amount"}),
        ("Combien a coûté l'étude ?", {"amount"}),
        ("What daily rate does the firm charge?", {"amount", "share"}),
        ("Quel tarif journalier le cabinet applique-t-il ?", {"amount"}),
        # What a thing is worth is a sum; "worth doing" is not.
        ("What is the competition phase of the contract worth?", {"amount"}),
        ("Is the exhibition worth visiting?", set()),
        ("What is the contract worth before VAT?", {"amount"}),
        ("Is it worth it?", set()),
        # A criterion's weight in a tender is a share; the weight of a thing is not asked so.
        ("How much weight does the price carry?", {"amount", "share"}),
        ("What weighting does the technical value get?", {"share"}),
        ("With what weights are the bids compared?", {"share"}),
        ("Quelle est la pondération de la valeur technique ?", {"share"}),
        ("What weight of waste was recycled?", set()),
        # How an assembly voted; not when the vote dates something or someone is asked.
        ("Comment les élus se sont-ils prononcés sur la convention ?", {"vote"}),
        ("How did the council vote on the amendment?", {"vote"}),
        ("Combien d'élus ont voté contre ?", {"vote", "count"}),
        ("Quand la délibération a-t-elle été votée ?", {"date"}),
        ("Qui a voté contre ?", {"person"}),
        ("Sinon, quel a été le décompte des voix ?", {"vote"}),
        # A level asked without saying in what: a share, a sum or a count answers it.
        ("How high is joblessness in the neighbourhood?", {"measure", "share", "amount", "count"}),
        ("Quel est le niveau du chômage ?", {"share", "amount", "count"}),
        ("How tall is the tower?", {"measure"}),
    ],
)
def test_asked_kinds(question: str, kinds: set[str]) -> None:
    assert asked_kinds(question) == kinds


def test_given_kinds() -> None:
    assert given_kinds("Montant du projet : 167 millions € TTC") >= {"amount", "count"}
    # French writes "millions d'euros": the amount is still an amount.
    assert "amount" in given_kinds("Le parc a coûté 3,4 millions d'euros, financés par la ville")
    assert "amount" in given_kinds("214 millions d’euros pour transformer les Tamaris")
    assert "amount" not in given_kinds("3,4 millions d'habitants")
    assert given_kinds("soit 72 % du total") >= {"share"}
    assert given_kinds("Années : 2012 (8 mois)") >= {"date", "duration"}
    assert given_kinds("signée le 14/10/2019") >= {"date"}
    assert given_kinds("Equipe : Lucie Melas et Emmanuel Baunard") >= {"person"}
    assert given_kinds("Conforter la réussite du PRU") == {"person"}  # the acronym
    assert given_kinds("conforter la réussite du projet") == set()
    # A time of day counts nothing: an article's byline is no answer to "combien de ménages".
    assert "count" not in given_kinds("Par Margaux Termoz · Publié le 9 décembre 2025 à 6 h 00")
    assert given_kinds("à 18 h 30, avec 12 familles") >= {"count", "time"}
    # A vote's result, in a sentence or in a deliberation's fields; not its voters' number.
    assert "vote" in given_kinds("Adoptée par 51 voix pour, 3 voix contre et 4 abstentions.")
    assert "vote" in given_kinds("Pour : 26") and "vote" in given_kinds("Adoptée à l'unanimité.")
    assert "vote" not in given_kinds("Votants : 33")
    # Who voted how, by name: the answer to "quels élus ont voté contre".
    assert "vote" in given_kinds("Ont voté contre : Gilles Mazeyrie et Odile Fraysse.")
    assert "vote" in given_kinds("Se sont abstenus : Lucien Barbazanges et Nadia Boudjema.")
    assert "vote" in given_kinds("Two members voted against the amendment.")
    assert "vote" not in given_kinds("La délibération est votée pour 3 ans.")


def test_a_body_named_with_a_particle_is_a_person_or_body() -> None:
    """French names of bodies join their capitalised words with "de", "du", "des": the pilot
    of an action sheet ("Pilote : Mission locale du Val de Brémonville") answers "qui pilote",
    a common noun followed by a place does not."""
    assert "person" in given_kinds("Pilote : Mission locale du Val de Brémonville")
    assert "person" in given_kinds("financée par la Caisse des Dépôts")
    assert "person" in given_kinds("Co-pilote : Ville de Brémonville")
    assert "person" in given_kinds("le conseil du Val d'Orge")
    assert "person" not in given_kinds("la ville de Bagneux et ses quartiers")


def test_a_sums_tax_mark_names_no_one() -> None:
    """"Quelle entreprise conduit les travaux de la résidence Bernart ?" is not answered by the
    works' cost: "HT" after a sum is its tax mark, not a body's acronym. A body named beside the
    sum still is one."""
    assert "person" not in given_kinds("la réhabilitation de la résidence Bernart : 6 490 000 € HT")
    assert "person" not in given_kinds("Coût : 3,1 M€ TTC, soit 12 000 euros HT par logement")
    assert "person" in given_kinds("attribué à Sauzeau Démolition pour 2 365 000 € HT")
    assert "person" in given_kinds("subvention de l'ANRU : 6 490 000 € HT")


def test_an_age_is_no_duration() -> None:
    """"How long did the mission last?" is not answered by the tenants' ages."""
    for age in ("des titulaires de bail âgés de plus de 65 ans", "dont 28 % ont moins de 25 ans",
                "le chômage des 16-25 ans", "estime René Vidalenc, 81 ans, lamineur"):  # fmt: skip
        assert "duration" not in given_kinds(age)
    assert "duration" in given_kinds("Dates : mars 2020 – février 2022 (24 mois)")
    assert "duration" in given_kinds("depuis plus de 10 ans")
    # Minutes and hours are durations too ("un film documentaire de 26 minutes").
    assert "duration" in given_kinds("un film documentaire de 26 minutes")
    assert "duration" in given_kinds("a 3-hour meeting, 2 hours long")


def test_a_sum_told_roughly_is_a_sum() -> None:
    """"De combien le projet allait-il renchérir ?" is answered by the mayor's "une dizaine de
    millions supplémentaires"; millions of people or tonnes are no sum."""
    for rough in ("La maire évoque « une dizaine de millions supplémentaires »",
                  "plusieurs millions d'euros", "a few million more"):  # fmt: skip
        assert "amount" in given_kinds(rough), rough
    for other in ("plusieurs millions d'habitants", "quelques millions de tonnes"):
        assert "amount" not in given_kinds(other), other


def test_a_rhythm_is_no_duration() -> None:
    """"Combien de temps court le dispositif ?" is not answered by its opening days."""
    for rhythm in ("Ouverture de la matériauthèque deux jours par semaine",
                   "maison du projet ouverte trois demi-journées par semaine",
                   "permanences de 3 heures par mois", "open two days a week"):  # fmt: skip
        assert "duration" not in given_kinds(rhythm)
    assert "duration" in given_kinds("Durée | Janvier 2025 – décembre 2027 (36 mois)")


def test_a_title_in_capitals_names_no_person_by_its_capitals() -> None:
    """Every word of a title line in capitals looks like an acronym: it gives no person or
    body for that (a sentence that uses an acronym still does)."""
    assert mostly_capitals("CONTRAT DE VILLE DU PAYS DE VALLAURIAC 2015-2022 (prorogé par avenant)")
    assert not mostly_capitals("Le PRU de l'ANRU est signé")
    assert "person" not in given_kinds("ACCOMPAGNER LA TRANSFORMATION DES CHENES-VERTS")
    assert "person" in given_kinds("Le PRU de l'ANRU est signé")


def test_a_count_is_a_number_not_a_year_or_an_article() -> None:
    """"Combien d'habitants ?" is not answered by a sentence whose only numbers are a decade and
    the article "une"."""
    asked = asked_kinds("Combien d'habitants compte le quartier du Noyer Doré ?")
    assert asked == {"count"}
    decade = "Le quartier a été confronté dès les années 1980 à une forte paupérisation."
    assert kind_match(asked, decade) == -1.0
    assert "count" not in given_kinds("Publié le 01/03/2009, une réunion en mars 2015")
    assert kind_match(asked, "Site : Bagneux (38 495 habitants)") == 1.0
    assert given_kinds("En 2015, 300 logements restaient à livrer") >= {"date", "count"}
    assert "count" in given_kinds("deux ateliers et une visite")


def test_a_count_opening_a_sentence_is_written_in_words_with_a_capital() -> None:
    """"Combien de propositions ... ?" is answered by "Quatorze offres ont été déposées": a
    number opening a sentence is written in words, and capitalised; English counts to ninety
    in words too."""
    asked = asked_kinds("Combien de propositions les entreprises ont-elles déposées ?")
    assert kind_match(asked, "Quatorze offres ont été déposées.") == 1.0
    assert kind_match(asked, "Cinq diagnostics ont été conduits.") == 1.0
    assert kind_match(asked, "Fourteen bids were received.") == 1.0
    assert kind_match(asked, "Les offres ont été ouvertes en commission.") == -1.0


def test_kind_match() -> None:
    asked = asked_kinds("Combien de mois a duré la mission ?")
    assert kind_match(asked, "Années : 2012 (8 mois)") == 1.0
    assert kind_match(asked, "Conseil stratégique") == -1.0
    assert kind_match(set(), "anything") == 0.0


def test_a_funders_row_gives_sums() -> None:
    """Under "Financeur | 2025 | 2026", "État | 64 000 | 66 000" are sums (a bare "combien"
    may ask for them, so they stay counts too)."""
    row = "État – postes d'adulte-relais | 64 000 | 66 000"
    assert kind_match({"amount"}, row, "Financeur 2025 2026") == 1.0
    assert kind_match({"amount"}, row, "Partenaire 2025 2026") == -1.0


def test_part_in_an_idiom_asks_for_no_share() -> None:
    """"Prendre part", "take part", "d'autre part"... say nothing of a share: "Combien
    d'habitants ont pris part ?" asks for a count, which a unit with "62 habitants" gives."""
    question = "Combien d'habitants ont pris part aux balades urbaines du Val-Moreau ?"
    assert asked_kinds(question) == {"count"}
    assert kind_match(asked_kinds(question), "3 balades urbaines réunissant 62 habitants") == 1.0
    assert asked_kinds("How many firms took part in the works?") == {"count"}
    assert asked_kinds("D'autre part, combien de logements ?") == {"count"}
    assert asked_kinds("Quelle part des ménages a été relogée hors site ?") == {"share"}
    assert asked_kinds("How many firms took part, and what share were local?") == {"share"}


def test_a_bodys_part_is_answered_by_a_sum_as_by_a_percentage() -> None:
    """"La part de l'ANRU" in a project is its contribution, which the documents give as a sum
    ("dont 68 M€ de subventions ANRU"); a part of people or homes is a percentage."""
    sum_given = "Montant du projet : 214 M€ HT (dont 68 M€ de subventions ANRU)"
    for question in ("Quel est le montant du projet, et quelle est la part de l'ANRU ?",
                     "What was the State's share?", "What is the share of the Caisse des Dépôts?",
                     "Part de la Région ?"):  # fmt: skip
        asked = asked_kinds(question)
        assert PART_OF_SUM in asked and kind_match(asked, sum_given) == 1.0, question
        assert kind_match(asked, "soit 39 % des ménages") == 1.0
    for question in ("What share of the people hired through the clauses were women?",
                     "Quelle part des ménages a été relogée hors site ?",
                     "Quel est le taux de vacance ?"):  # fmt: skip
        asked = asked_kinds(question)
        assert PART_OF_SUM not in asked and kind_match(asked, sum_given) == -1.0, question


def test_named_years() -> None:
    assert named_years("Quelle part des attributions en 2018 ?") == {2018}
    assert named_years("signée le 14/10/2019") == {2019}
    # A span names every year inside it.
    assert named_years("CONTRAT DE VILLE 2015-2020") == set(range(2015, 2021))
    assert named_years("entre 2009 et 2016") == set(range(2009, 2017))
    assert named_years("between 2015 and 2020") == set(range(2015, 2021))
    # Counts, amounts and decimals are no years.
    assert named_years("2 102 résidentialisations, 1,2018 M€, 12018 habitants") == set()


def test_covers_years() -> None:
    asked = named_years("What share of lettings went to first-quartile households in 2018?")
    assert not covers_years(asked, "La CIA, signée en décembre 2019, fixait un cap pour 2020")
    assert covers_years(asked, "Années : 2017 - 2019 (11 mois)")
    assert covers_years(frozenset(), "aucune année")
    # A question's "2000" read as a year still finds a count written with a space.
    assert covers_years(named_years("plus de 2000 logements ?"), "soit 2 000 logements")


def test_a_frequency_is_given_in_words() -> None:
    """"À quel rythme ... ?" is answered by "toutes les six semaines", "bimensuelle", "trois
    jours par semaine", "twice a year"; a date or a bare count is no frequency."""
    for text in ("un comité de pilotage se réunit toutes les six semaines",
                 "Commission de relogement bimensuelle", "ouverte trois jours par semaine",
                 "COPIL annuel et comité technique trimestriel", "deux fois par an",
                 "réuni tous les deux mois", "the board meets twice a year",
                 "une permanence quotidienne", "des réunions hebdomadaires"):  # fmt: skip
        assert "frequency" in given_kinds(text), text
    for text in ("signée le 14/10/2019", "412 démolitions", "depuis plus de 10 ans"):
        assert "frequency" not in given_kinds(text), text


def test_a_duration_is_given_in_words() -> None:
    """"Combien de temps pour aller à la gare ?" is answered by "en moins de dix minutes à
    pied"; "un jour" (some day) is no duration."""
    for text in ("relie le quartier à la gare en moins de dix minutes à pied",
                 "pendant un an", "la mission a duré quinze jours", "over two weeks",
                 "une semaine de concertation"):  # fmt: skip
        assert "duration" in given_kinds(text), text
    for text in ("le quartier sera un jour rénové", "dix logements", "one of them"):
        assert "duration" not in given_kinds(text), text


def test_a_human_role_asks_for_someones_name() -> None:
    """"Le maire", "the chief executive", "quelle élue" ask for a person's name, which a body
    does not give; "quel cabinet", "which body chairs it" ask for a body."""
    for question in ("Qui est le maire de Brémonville ?", "What is the name of the mayor of X?",
                     "Comment s'appelle le directeur général de Montval Habitat ?",
                     "Quelle élue porte la politique de l'habitat ?",
                     "Who is the chief executive of the housing office?",
                     "Qui est à la tête de l'office Montval Habitat ?"):  # fmt: skip
        assert HUMAN in asked_kinds(question), question
    for question in ("Quel cabinet a mené la mission ?", "Which body chairs the committee?",
                     "Qui finance l'action ?", "Quel est le montant ?"):  # fmt: skip
        assert HUMAN not in asked_kinds(question), question


def test_a_day_before_its_month_is_part_of_the_date() -> None:
    """"Samedi 18 juin" counts nothing: "Combien de familles ...?" is not answered by it."""
    assert given_kinds("beaucoup de familles, samedi 18 juin, pour l'ouverture") == {"date", "day"}
    assert given_kinds("signée le 1er mars") == {"date", "day"}
    assert "count" in given_kinds("le 14 juillet 2006 : 12 logements démolis")


def test_a_day_or_month_asked_is_not_given_by_a_year_alone() -> None:
    asked = asked_kinds("À quelle date l'avenant de clôture a-t-il été signé ?")
    assert kind_match(asked, "Le PRU, signé en 2007, arrivait à son terme.") == -1.0
    assert kind_match(asked, "L'avenant a été signé le 12 juillet 2016.") == 1.0
    assert kind_match(asked, "Avenant signé le 03/02/2016.") == 1.0
    assert kind_match(asked_kinds("Quand l'avenant a-t-il été signé ?"), "signé en 2007") == 1.0


def test_measures_times_places_and_energy_classes_are_given_with_their_units() -> None:
    """A length, an area, a distance or energy use comes with its unit; a time of day with "h";
    a place with its preposition; an energy class is a letter after "étiquette" or "classe",
    never a bare capital."""
    cases = {
        "measure": (["2,4 km de voiries", "un parc de 3 hectares", "tenu à 200 mètres",
                     "298 kWh/m²/an", "une tour de 15 étages"],
                    ["1 200 logements", "signée en 2019"]),
        "time": (["la sirène a retenti à 11 h 02", "de 9h à 12h30", "ouvert jusqu'à 18 heures",
                  "ouverte le mardi et le jeudi", "open on Saturdays"],
                 ["95 000 heures d'insertion", "1 200 logements"]),
        "place": (["Lundi 14 octobre, dans le gymnase des Tamaris, le préfet a signé",
                   "ouverte place Jean-Moulin", "relogés dans d'autres quartiers", "72 sur site",
                   "la cérémonie s'est tenue à Castelrives"],
                  ["1 200 logements", "signée le 14 octobre", "la convention a été signée"]),
        "energy_class": (["classés en étiquette E", "atteindre l'étiquette C", "Classe A",
                          "L'étiquette énergétique visée est C, contre F aujourd'hui."],
                         ["Le label a permis", "Lot B", "une classe de CP",
                          "La classe énergétique des logements sera améliorée."]),
    }  # fmt: skip
    for kind, (given, not_given) in cases.items():
        for text in given:
            assert kind in given_kinds(text), (kind, text)
        for text in not_given:
            assert kind not in given_kinds(text), (kind, text)


@pytest.mark.parametrize(
    ("question", "kind"),
    [("According to the local newspaper, what is the overall cost?", "article"),
     ("Qui dirige l'office HLM, d'après la presse locale ?", "article"),
     ("Who is quoted in the Gazette article?", "article"),
     ("Qui pilote la fiche action 2.4.1 ?", "action_sheet"),
     ("What are the sources credited on the Antony mission sheet?", "mission_sheet"),
     ("Quels problèmes du quotidien reviennent sans cesse ?", None),  # "daily", no newspaper
     ("Does the article quote the action sheet?", None),  # two kinds: neither scopes
     ("Que prévoit l'article 5 de la convention ?", None),  # a clause, not a press article
     ("Combien de démolitions à Antony ?", None)],
)
def test_the_source_a_question_names(question: str, kind: str | None) -> None:
    assert source_kind(question) == kind


def test_a_long_run_of_numbers_is_read_in_linear_time() -> None:
    """A hostile unit of 100,000 "1 "s: each number pattern was tried at every digit and took
    quadratic time (4 s on 5,000 of them, hours on these); a fraction of a second now."""
    for text in ("1 " * 100_000, "12." * 100_000):
        kinds = given_kinds(text)
        assert "count" in kinds and "amount" not in kinds


def test_a_tables_bare_figures_are_what_its_header_and_heading_say() -> None:
    """"Région | 12 000 | 15 000" under "Financeur | 2024 | 2025" in "4. Plan de financement"
    gives sums; the same row under "Indicateurs" gives counts only."""
    row = "Région | Programme régional de formation | 12 000 | 15 000 | 15 000 | 42 000"
    assert kind_match({"amount"}, row) == -1.0
    assert kind_match({"amount"}, row, "Financeur Nature 2024 2025 2026 4. Plan de financement") == 1.0
    assert kind_match({"amount"}, row, "Indicateur Valeur 2024 Indicateurs") == -1.0
    assert kind_match({"share"}, "ANRU | 40", "Financeur Part (%)") == 1.0
    assert context_kinds("Pilote | Ville de Saint-Euloge", "Plan de financement") == frozenset()


def test_a_rows_bare_figures_are_what_its_labels_bracketed_unit_says() -> None:
    """"Délai moyen de traitement d'un signalement (en jours) | 12 | 5" gives durations,
    "Parc de la Fontaube (M€) | 3,5" a sum; a bracket saying something else gives no kind."""
    assert "duration" in context_kinds("Délai moyen de traitement (en jours) | 12 | 5", "")
    assert "amount" in context_kinds("Parc de la Fontaube (M€) | 3,5", "")
    assert context_kinds("Site : Val-de-Bréande (15 900 habitants), quartier", "") == frozenset()
    assert "duration" in context_kinds("Mission AMO | 18", "Mission | Durée")


def test_a_value_asked_of_each_of_several_things_is_answered_by_a_list() -> None:
    """"Qui finance les travaux, et à hauteur de combien chacun ?" asks an amount of every
    funder of a list (the whole list answers it, not one line); "chacun des deux quartiers"
    names the places it compares, and "each year" is no such ask."""
    assert asks_each("Qui finance les travaux du Panoramique, et à hauteur de combien chacun ?")
    assert asks_each("Who funds the works, and how much does each of them pay?")
    assert asks_each("Who funds it, and how much each?")
    assert not asks_each("Combien de logements dans chacun des deux quartiers ?")
    assert not asks_each("How many entrepreneurs are supported each year?")
    assert not asks_each("How many interviews in Bagneux and in Antony respectively?")
