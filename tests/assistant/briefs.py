"""Briefs written for the proposal tests, each with the facts it states and whether the shipped
corpus holds a comparable mission (its two mission sheets: closure checkpoints with a plan
stratégique local at Bagneux and Antony, ANRU, 2012).

TRAIN briefs calibrated `assistant.precedents.SIMILARITY_FLOOR`; TEST briefs were not looked at
while choosing it and measure it (tests/assistant/test_proposals.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class BriefCase:
    name: str
    text: str
    comparable: bool  # the shipped corpus holds a comparable mission
    facts: dict[str, str] = field(default_factory=dict)  # Request.facts() expected


TRAIN: tuple[BriefCase, ...] = (
    BriefCase("train-closure-plain",
              "Point d'étape de clôture du PRU de la commune de Villeneuve-la-Garenne, "
              "24 000 habitants, 5 mois, 30 entretiens et 2 ateliers.", True),
    BriefCase("train-psl",
              "La Communauté d'agglomération de Brivelle souhaite élaborer son plan stratégique "
              "local après la fin du PRU ; 7 mois ; budget de la mission 55 000 € HT.", True),
    BriefCase("train-closure-en",
              "Closure checkpoint of the ANRU urban renewal programme in Mornac for the City of "
              "Mornac, 8 months, about fifty interviews.", True),
    BriefCase("train-capitalisation",
              "Capitalisation et bilan du projet de rénovation urbaine à Lormont avant la sortie "
              "de convention, 6 mois.", True),
    BriefCase("train-heritage-castles",
              "Inventaire patrimonial des châteaux médiévaux du Périgord vert : relevés, "
              "archives, 4 mois.", False),
    BriefCase("train-traffic",
              "Étude de circulation et de stationnement pour le centre-ville de Vesoul, "
              "comptages routiers, 3 mois.", False),
    BriefCase("train-school-catering",
              "Audit de la restauration scolaire de la commune de Plouha : qualité des repas, "
              "coûts, 2 mois.", False),
    BriefCase("train-river",
              "Study of flood risk along the river in Tewkesbury, hydraulic modelling, "
              "6 months.", False),
)  # fmt: skip

TEST: tuple[BriefCase, ...] = (
    BriefCase("closure-montval",
              "La Ville de Montval-sur-Orge souhaite un point d'étape de clôture de son PRU "
              "(convention ANRU, 130 M€) pour le quartier des Glycines, commune de 45 000 "
              "habitants. Mission de 6 mois, une quarantaine d'entretiens et deux ateliers.",
              True, {"client": "Ville de Montval-sur-Orge", "town": "Montval-sur-Orge",
                     "site": "quartier des Glycines", "population": "45\u202f000",
                     "step:entretien": "40 entretiens", "step:atelier": "2 ateliers",
                     "duration": "6 mois", "project_amount": "130 M€"}),
    BriefCase("psl-metropole",
              "Plan stratégique local pour la Métropole de Rivebelle, quartier des Hautes-Noues ; "
              "honoraires de 80 000 € HT ; 9 mois ; projet de 167 millions € TTC.",
              True, {"client": "Métropole de Rivebelle", "town": "Rivebelle",
                     "site": "quartier des Hautes-Noues", "duration": "9 mois",
                     "fee": "80 000 € HT", "project_amount": "167 millions € TTC"}),
    BriefCase("churches",
              "Étude patrimoniale des églises romanes de la commune de Saint-Aubin-des-Bois "
              "(3 200 habitants) : inventaire de 12 églises, 3 visites de terrain, budget "
              "45 000 € HT, durée 4 mois.",
              False, {"town": "Saint-Aubin-des-Bois", "population": "3\u202f200",
                      "step:edifice": "12 églises", "step:visite": "3 visites de site",
                      "duration": "4 mois", "fee": "45 000 € HT"}),
    BriefCase("closure-en",
              "Closure checkpoint of the urban renewal project in Castelbrune, for the City of "
              "Castelbrune (52,000 residents): about forty interviews, two workshops, 6 months, "
              "fee 60,000 EUR.",
              True, {"client": "City of Castelbrune", "town": "Castelbrune",
                     "population": "52\u202f000", "step:entretien": "40 entretiens",
                     "step:atelier": "2 ateliers", "duration": "6 mois", "fee": "60,000 EUR"}),
    BriefCase("badly-written",
              "besoin point etape cloture a Vernouillet ville 20000 hab, 30 entretiens env, "
              "3 ateliers ,5 mois budget 40k€",
              True, {"town": "Vernouillet", "population": "20\u202f000",
                     "step:entretien": "30 entretiens", "step:atelier": "3 ateliers",
                     "duration": "5 mois", "fee": "40k€"}),
    BriefCase("closure-psl-agglo",
              "Pour la Communauté d'agglomération du Val de Sarre : point d'étape et plan "
              "stratégique local du quartier du Bel-Air à Sarrebourg (13 000 habitants), "
              "35 entretiens, 4 ateliers thématiques, 1 séminaire, 8 mois, 70 000 € HT.",
              True, {"client": "Communauté d'agglomération du Val de Sarre",
                     "town": "Sarrebourg", "site": "quartier du Bel-Air",
                     "population": "13\u202f000", "step:entretien": "35 entretiens",
                     "step:atelier": "4 ateliers", "step:seminaire": "1 séminaire",
                     "duration": "8 mois", "fee": "70 000 € HT"}),
    BriefCase("evaluation-weeks",
              "Maître d'ouvrage : Commune de Lunel. Bilan du PRU du quartier de la Roquette "
              "avant l'avenant de clôture de la convention ANRU, 25 entretiens, 2 réunions "
              "publiques, 16 semaines.",
              True, {"client": "Commune de Lunel", "town": "Lunel",
                     "site": "quartier de la Roquette", "step:entretien": "25 entretiens",
                     "step:reunion": "2 réunions", "duration": "4 mois"}),
    BriefCase("wind-farm",
              "Étude d'impact acoustique d'un parc éolien de 6 éoliennes sur la commune de "
              "Plessala, 3 mois, budget 25 000 € HT.",
              False, {"town": "Plessala", "duration": "3 mois", "fee": "25 000 € HT"}),
    BriefCase("closure-small",
              "Le bailleur Habitat Sud Loire sollicite un point d'étape de clôture pour la "
              "résidence des Acacias à Rezé, 12 entretiens, 1 atelier, 3 mois.",
              True, {"client": "Bailleur Habitat Sud Loire", "town": "Rezé",
                     "site": "résidence des Acacias",
                     "step:entretien": "12 entretiens", "step:atelier": "1 atelier",
                     "duration": "3 mois"}),
    BriefCase("psl-en",
              "Local strategic plan for the Town of Harfleur after its urban renewal project "
              "(ANRU convention, 90 M€), 10 months, two workshops, fee 65 000 € HT.",
              True, {"client": "Town of Harfleur", "town": "Harfleur",
                     "step:atelier": "2 ateliers", "duration": "10 mois", "fee": "65 000 € HT",
                     "project_amount": "90 M€"}),
)  # fmt: skip
