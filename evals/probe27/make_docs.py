#!/usr/bin/env python3
"""Generate the five probe27 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Ernéville-sur-Jouanne (Mayenne, Pays de la Loire), quartier prioritaire des Fileries,
        an old linen weavers' district (agglomeration: Ernéville Jouanne Agglomération; social
        landlords Jouanne Habitat, an OPH, and Escalys Habitat, a national ESH based in Bordeaux;
        buildings named after explorers: tour Magellan, barre Champlain, résidences Bougainville
        and La Pérouse; place des Toiliers, rue des Blanchisseurs, rue des Rouets, groupe scolaire
        des Fileuses; rebuilt social homes on the îlot du Moulin-Neuf and rue de la Galerne)
    - diagnostic-technique-scenarios-tour-magellan-fileries-erneville-sur-jouanne.docx
        (technical diagnostic and options study of the tour Magellan by the engineering firm
        Arcature Ingénierie for Jouanne Habitat, final version of 10 November 2023: labelled
        fields, the homes by size as a list with a lead-in, the investigations as a list, the
        findings (structure, energy, asbestos, fire safety, pipes), a table of the heavy
        refurbishment's cost items with a total row, the three options as a list and a table
        comparing them (homes kept, cost, cost per home kept, duration, energy label), the
        firm's recommendation)
    - lettre-projet-fileries-n7-fevrier-2026-erneville-sur-jouanne.html
        (the town's web page carrying the project's newsletter no. 7 of 9 February 2026: cookie
        banner, navigation, breadcrumb, the mayor's word, the rehousing of the tour Magellan
        with the destinations as a list and two quotes, the demolition contract and its
        calendar, the rehousing at the barre Champlain, the works at the résidence Bougainville,
        the school extension, the project office's hours, a box of key figures, a newsletter
        sign-up box, "À lire aussi" and a footer)
Town 2: Montbarlan-sur-Lède (Lot-et-Garonne, Nouvelle-Aquitaine), quartier prioritaire des
        Séchoirs, named after the old plum-drying kilns (agglomeration: Montbarlan Lède
        Agglomération; social landlords Lède Habitat, an OPH, and Escalys Habitat; buildings
        named after the musketeers: tour Athos, barre Porthos, résidences Aramis and Tréville;
        allée des Mousquetaires, maison du projet rue des Séchoirs; rebuilt homes on the site des
        Étuves, the îlot Saint-Cyprien and the site du Grand-Pré)
    - compte-rendu-copil-5-npnru-sechoirs-montbarlan-sur-lede-2025-12-09.pdf
        (minutes of the project steering committee no. 5 of 9 December 2025: labelled form
        (date and place, co-chairs, convention, drafting, next meeting), attendees as a list
        with a lead-in and those excused, the agenda, a table of the housing operations
        (landlord, homes, cost in k€, progress) with a total row, the asbestos overrun of the
        tour Athos, the rebuilt homes, rehousing figures at 30 November 2025, the three points
        of the planned amendment no. 1, the integration hours, the 2026 calendar and the
        decisions)
    - suivi-relogement-barre-porthos-sechoirs-lede-habitat-2026-01.md
        (rehousing monitoring dashboard of Lède Habitat for cages 1 to 3 of the barre Porthos at
        31 January 2026, with YAML front matter: labelled fields, key points, a table of the 52
        households' situation with shares and a total row, a table of the destinations of the 31
        rehoused households with a total row, offers and refusals with the reasons as a list,
        the households' net rent after housing benefit, costs, a reminder about the tour Athos
        (a total only), next steps and the officer's quote)
Both towns:
    - avis-appel-public-concurrence-escalys-habitat-esc-2026-004-aramis-bougainville.txt
        (Escalys Habitat's call for tenders of 14 January 2026, plain text in numbered sections:
        buyer, two lots (lot 1 project management of the refurbishment of the résidence Aramis
        in town 2, with a firm and an optional part; lot 2 tenants' support during the works at
        the résidence Bougainville in town 1, relaunched after an unsuccessful first call),
        award criteria by lot, financing, procedure, deadline, contacts)

The documents overlap on purpose: both neighbourhoods have a tower demolished (tour Magellan, 64
homes, with 47 households rehoused; tour Athos, 80 homes, with 68 households rehoused), a slab
block partly demolished and partly refurbished (barre Champlain, 40 and 60; barre Porthos, 60 and
60), a total of homes demolished (104; 140), a convention (signed on 4 April 2025; on 17 October
2024), a budget (29,6 M€ with 8,4 M€ from the ANRU; 34,8 M€ with 9,7 M€), a project manager of the
agglomeration (Mathilde Rousselet; Julien Lafforgue), a rehousing officer of the OPH (Sophie
Gandon; Samia Haddouche) and a residence of Escalys Habitat under refurbishment (Bougainville, 84
homes, works under way, 4 620 000 € HT; Aramis, 66 homes, works budget of 3 630 000 € HT in the
call for tenders but an operation cost of 4 290 k€ in the minutes). The diagnostic's estimate of
the demolition (2 176 000 € HT) differs from the contract later awarded (2 410 000 € HT); the
barre Porthos rehousing is given at two dates (23 of 52 at 30 November 2025, 31 of 52 at 31
January 2026). Some facts are given for one town only (the integration hours and the amendment in
town 2, the tenants' vote and the school in town 1), some only as a whole (the rehousing of the
tour Athos, never broken down by destination), some only as planned (the award of lot 1) and some
bodies are never named (the firm that demolished the tour Athos).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by the shared writers of evals/probekit.py. All text is held
in this script; running it again rewrites the five files byte-for-byte (fixed metadata dates,
fixed zip timestamps).

After writing, the script checks evals/questions.probe27.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must name
a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe27/make_docs.py
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe27.jsonl")
QID_PREFIX = "q27"

FN_DOCX = "diagnostic-technique-scenarios-tour-magellan-fileries-erneville-sur-jouanne.docx"
FN_PDF = "compte-rendu-copil-5-npnru-sechoirs-montbarlan-sur-lede-2025-12-09.pdf"
FN_HTML = "lettre-projet-fileries-n7-fevrier-2026-erneville-sur-jouanne.html"
FN_MD = "suivi-relogement-barre-porthos-sechoirs-lede-habitat-2026-01.md"
FN_TXT = "avis-appel-public-concurrence-escalys-habitat-esc-2026-004-aramis-bougainville.txt"

ZIP_DT = (2023, 11, 10, 17, 5, 0)
DOCX_DATE = "2023-11-10T17:05:00Z"
PDF_DATE = "D:20251219112000+01'00'"

# PDF colours: plum accent (titles, rules, table header), pale mauve label cells.
THEME_PRUNE = ((0.36, 0.16, 0.33), (0.95, 0.91, 0.94))


# ---------------------------------------------------------------------------
# 1. Technical diagnostic and options study of the tour Magellan: DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Arcature Ingénierie"
DX_DOC_KIND = "Diagnostic technique et étude de scénarios"
DX_HEADER = ("Jouanne Habitat – tour Magellan, 2 place des Toiliers – diagnostic technique et "
             "étude de scénarios – rapport final, version 2")
DX_FOOTER = ("Arcature Ingénierie – bureau d'études structure, fluides et économie de la "
             "construction – Laval – document remis à Jouanne Habitat")
DX_KICKER = "Jouanne Habitat – office public de l'habitat d'Ernéville Jouanne Agglomération"
DX_TITLE = "Diagnostic technique et étude de scénarios"
DX_SUBTITLE = ("Tour Magellan (64 logements) – quartier prioritaire des Fileries, "
               "Ernéville-sur-Jouanne (Mayenne) – rapport final, version 2 du 10 novembre 2023")
DX_KEYWORDS = ("NPNRU; Fileries; Ernéville-sur-Jouanne; tour Magellan; diagnostic; amiante; "
               "réhabilitation; démolition; scénarios; Jouanne Habitat")

# home size, number, surface (m²)
DX_SIZES = [("T1", 8, 31), ("T2", 16, 46), ("T3", 28, 63), ("T4", 12, 76)]
# cost item, estimate (€ HT)
DX_REHAB = [
    ("Traitement des bétons, reprise des balcons et remplacement des garde-corps", 1180000),
    ("Isolation thermique par l'extérieur et remplacement des menuiseries", 1920000),
    ("Réseaux d'eau, ventilation et émetteurs de chauffage", 1050000),
    ("Désamiantage en site occupé", 740000),
    ("Mise en sécurité incendie et désenfumage des circulations", 460000),
    ("Remplacement des deux ascenseurs", 310000),
    ("Réfection intérieure des logements (salles de bains, sols, électricité)", 1060000),
]
REHAB_TOTAL = 6720000
# option, homes kept, cost (€ HT), months, energy label aimed at
DX_OPTIONS = [
    ("Scénario 1 – réhabilitation lourde", 64, REHAB_TOTAL, 22, "C"),
    ("Scénario 2 – réhabilitation avec écrêtement de cinq niveaux", 44, 7480000, 28, "C"),
    ("Scénario 3 – démolition", 0, 2176000, 14, "–"),
]


def dx_rehab_rows():
    rows = [["Poste de travaux", "Montant estimé (€ HT)"]]
    for item, amount in DX_REHAB:
        rows.append([item, probekit.eur(amount)])
    rows.append(["Total réhabilitation lourde", probekit.eur(sum(a for _, a in DX_REHAB))])
    return rows


def dx_option_rows():
    rows = [["Scénario", "Logements conservés", "Coût des travaux (€ HT)",
             "Coût par logement conservé (€ HT)", "Durée du chantier", "Étiquette visée"]]
    for name, homes, cost, months, label in DX_OPTIONS:
        per_home = probekit.eur(cost // homes) if homes else "–"
        rows.append([name, str(homes), probekit.eur(cost), per_home, f"{months} mois", label])
    return rows


def _check_docx():
    assert sum(n for _, n, _ in DX_SIZES) == 64 == 16 * 4
    assert sum(a for _, a in DX_REHAB) == REHAB_TOTAL and REHAB_TOTAL // 64 == 105000
    assert 7480000 // 44 == 170000 and 7480000 % 44 == 0 and 64 - 5 * 4 == 44
    assert 64 - 17 == 47 and round(1000 * 17 / 64) == 266
    assert 47 * 6200 == 291400 and 2 * 64 == 128
    assert 15 * 280 == 4200 and 10 * 280 == 2800  # top floor heights in cm, before and after
    assert round(105000 / 57000, 1) == 1.8


DX_TABLES = {"rehab": dx_rehab_rows(), "scenarios": dx_option_rows()}
DX_WIDTHS = {"rehab": [7000, 2600],
             "scenarios": [2700, 1200, 1500, 1700, 1300, 1200]}
DX_FIELDS = [
    ("Maître d'ouvrage", "Jouanne Habitat, office public de l'habitat, 7 rue des Blanchisseurs, "
                         "Ernéville-sur-Jouanne"),
    ("Suivi de la mission", "Gaëlle Trouillard, responsable du patrimoine, Jouanne Habitat"),
    ("Bureau d'études", "Arcature Ingénierie (Laval), avec Diagnostics Vaugeois pour les "
                        "repérages de l'amiante et du plomb"),
    ("Bâtiment", "Tour Magellan, 2 place des Toiliers – 64 logements sur un rez-de-chaussée et "
                 "quinze étages – construite en 1971"),
    ("Objet", "État technique du bâtiment, coût d'une remise à niveau complète et comparaison de "
              "trois scénarios d'intervention"),
    ("Visites et investigations", "12, 13 et 19 septembre 2023"),
    ("Montant de la mission", "38 750 € HT (marché n° JH-2023-017)"),
    ("Rédactrice", "Émilie Fourmond, ingénieure structure, cheffe de projet, Arcature Ingénierie"),
]
DX_SECTIONS = [
    ("h1", "1. Contexte de la mission"),
    ("p", "La tour Magellan est le plus haut immeuble du quartier des Fileries, l'ancien quartier "
          "des tisserands de lin d'Ernéville-sur-Jouanne, classé quartier prioritaire de la "
          "politique de la ville. Propriété de Jouanne Habitat, elle domine la place des Toiliers "
          "depuis 1971. L'étude urbaine conduite en 2022 et 2023 par Ernéville Jouanne "
          "Agglomération a posé la question de son avenir, sans trancher entre sa conservation "
          "et sa démolition. Jouanne Habitat a donc confié à Arcature Ingénierie un diagnostic "
          "complet du bâtiment et la comparaison chiffrée de plusieurs scénarios, afin de "
          "préparer la décision de son conseil d'administration."),
    ("p", "La tour compte 64 logements, à raison de quatre par niveau, sur un rez-de-chaussée et "
          "quinze étages. Ils se répartissent ainsi :"),
    *[("li", f"{n} {size} d'environ {m2} m² ;" if i < len(DX_SIZES) - 1 else
       f"{n} {size} d'environ {m2} m².") for i, (size, n, m2) in enumerate(DX_SIZES)],
    ("p", "Au 1er septembre 2023, 47 logements étaient occupés et 17 étaient vacants, soit un "
          "taux de vacance de 26,6 %, contre 7,9 % pour l'ensemble du patrimoine de Jouanne "
          "Habitat. Les demandeurs de logement social refusent la tour en raison de sa hauteur, "
          "des pannes d'ascenseur et de son image dans la ville ; neuf des dix-sept logements "
          "vacants le sont depuis plus de deux ans."),
    ("h1", "2. Méthode"),
    ("p", "Le diagnostic s'appuie sur les investigations suivantes :"),
    ("li", "la visite de 22 logements, dont 9 vacants, et de l'ensemble des parties communes, des "
           "caves et de la toiture-terrasse ;"),
    ("li", "six carottages du béton des façades et des balcons, analysés en laboratoire "
           "(profondeur de carbonatation, teneur en chlorures) ;"),
    ("li", "un repérage de l'amiante avant travaux et un constat de risque d'exposition au plomb "
           "dans les logements visités, réalisés par Diagnostics Vaugeois ;"),
    ("li", "une thermographie infrarouge des façades, réalisée le 19 septembre 2023 à 6 h ;"),
    ("li", "l'analyse des consommations de chauffage des années 2020 à 2022, fournies par "
           "l'exploitant de la chaufferie."),
    ("h1", "3. Principaux constats"),
    ("p", "Structure. La structure porteuse, en voiles de béton banché, est saine. En revanche, "
          "la carbonatation du béton atteint les armatures sur 35 % des balcons, dont les nez de "
          "dalle sont éclatés ; onze balcons ont été interdits d'accès par mesure de précaution "
          "dès le mois d'octobre 2023. Les garde-corps, hauts de 0,90 m, ne sont pas conformes."),
    ("p", "Énergie. Le bâtiment est classé F, avec une consommation de 287 kWh d'énergie "
          "primaire par mètre carré et par an. Les façades ne sont pas isolées, les menuiseries "
          "datent de 1988 ; la chaufferie collective au gaz, renouvelée en 2012, est en bon "
          "état. Même après une isolation complète, les ponts thermiques des 128 balcons en "
          "porte-à-faux ne permettraient pas de faire mieux que l'étiquette C."),
    ("p", "Amiante. Le repérage a mis en évidence de l'amiante dans les colles de faïence de "
          "toutes les salles de bains visitées, dans les dalles de sol en vinyle de 14 logements "
          "et dans les conduits de vide-ordures en amiante-ciment. Aucun flocage, calorifugeage "
          "ou faux plafond amianté n'a été trouvé. Aucune trace de plomb n'a été relevée."),
    ("p", "Sécurité incendie. Le plancher bas du dernier niveau se situant à 42 mètres, la tour "
          "relève de la quatrième famille des bâtiments d'habitation. Les circulations "
          "horizontales ne sont pas désenfumées et les colonnes sèches sont à remplacer."),
    ("p", "Réseaux et équipements. Les colonnes d'eau, en acier galvanisé, sont corrodées : 23 "
          "dégâts des eaux ont été déclarés en 2022. Les deux ascenseurs, modernisés en 2009, "
          "ont connu 41 pannes en 2022 et devront être remplacés."),
    ("h1", "4. Coût d'une réhabilitation lourde"),
    ("p", "Pour une remise à niveau complète, conservant les 64 logements, le bureau d'études "
          "estime les travaux comme suit :"),
    ("table", "rehab"),
    ("note", "Valeur septembre 2023, hors honoraires de maîtrise d'œuvre, hors aléas et hors "
             "coût du relogement temporaire des ménages."),
    ("p", "Le coût de la réhabilitation lourde atteint ainsi 6 720 000 € HT, soit 105 000 € HT "
          "par logement, près de deux fois le coût moyen des réhabilitations conduites par "
          "Jouanne Habitat depuis 2018 (57 000 € HT par logement)."),
    ("h1", "5. Comparaison des scénarios"),
    ("p", "Trois scénarios ont été étudiés :"),
    ("li", "scénario 1 : réhabilitation lourde de la tour, avec maintien des 64 logements ;"),
    ("li", "scénario 2 : réhabilitation avec écrêtement des cinq derniers niveaux, qui ramène la "
           "tour à 44 logements et le plancher bas de son dernier niveau à 28 mètres ;"),
    ("li", "scénario 3 : démolition de la tour, après le relogement des ménages et le "
           "désamiantage, la reconstitution de l'offre étant traitée dans le projet de "
           "renouvellement urbain."),
    ("table", "scenarios"),
    ("note", "Montants en euros hors taxes, valeur septembre 2023. Le coût du scénario 3 "
             "comprend 690 000 € HT de désamiantage."),
    ("p", "Le scénario 1 peut être conduit en site occupé, avec deux logements tiroirs pendant "
          "la réfection des salles de bains. Le scénario 2 impose le relogement définitif des "
          "ménages des cinq derniers niveaux. Dans le scénario 3, le relogement des 47 ménages "
          "est estimé par Jouanne Habitat à 6 200 € par ménage (déménagement, accompagnement "
          "social, double loyer), soit 291 400 € au total."),
    ("h1", "6. Avis du bureau d'études"),
    ("p", "Au regard de l'état du bâtiment, du coût d'une remise à niveau et du niveau de "
          "vacance, Arcature Ingénierie recommande le scénario 3, la démolition. Le scénario 1 "
          "mobiliserait 105 000 € HT par logement pour un immeuble qui resterait classé C et "
          "dont la vacance, liée à la hauteur et à l'image de la tour plus qu'à son état, ne "
          "serait pas résorbée. Le scénario 2, plus coûteux encore par logement conservé, ne se "
          "justifie pas."),
    ("p", "Quelle que soit la décision, le bureau d'études préconise de purger sans attendre "
          "les nez de dalle des onze balcons interdits d'accès et de faire surveiller l'ensemble "
          "des balcons tous les six mois jusqu'au départ des derniers occupants."),
    ("note", "Version 1 remise le 16 octobre 2023 ; version 2 intégrant les observations de "
             "Jouanne Habitat du 2 novembre 2023, présentée au comité technique du projet le "
             "21 novembre 2023."),
]


# ---------------------------------------------------------------------------
# 2. Minutes of the steering committee no. 5 of the Séchoirs project: PDF (town 2)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = ("Montbarlan Lède Agglomération – projet de renouvellement urbain des Séchoirs "
                  "– comité de pilotage n° 5")
PD_HEADER_RIGHT = "COMPTE RENDU"
PD_FOOTER = ("Compte rendu validé par les coprésidents le 19 décembre 2025 – diffusion : membres "
             "du comité de pilotage")
PD_AUTHOR = "Montbarlan Lède Agglomération – direction du renouvellement urbain"
PD_CREATOR = "Montbarlan Lède Agglomération"
PD_SUBJECT = ("Compte rendu du comité de pilotage n° 5 du projet de renouvellement urbain du "
              "quartier des Séchoirs, Montbarlan-sur-Lède")
PD_KICKER = "MONTBARLAN LÈDE AGGLOMÉRATION – DIRECTION DU RENOUVELLEMENT URBAIN"
PD_TITLE = "Comité de pilotage n° 5 du projet de renouvellement urbain des Séchoirs"
PD_SUBTITLE = ("Compte rendu de la séance du 9 décembre 2025 – Montbarlan-sur-Lède "
               "(Lot-et-Garonne)")
PD_FORM = [
    ("Date et lieu", "Mardi 9 décembre 2025, de 14 h 30 à 17 h 15, hôtel d'agglomération, salle "
                     "du conseil"),
    ("Coprésidence", "Régine Lapeyrade, présidente de Montbarlan Lède Agglomération ; Alain "
                     "Sabadie, maire de Montbarlan-sur-Lède"),
    ("Convention", "Convention pluriannuelle de renouvellement urbain des Séchoirs, signée le "
                   "17 octobre 2024 (projet d'intérêt régional)"),
    ("Rédaction", "Julien Lafforgue, chef de projet renouvellement urbain"),
    ("Prochaine séance", "Mardi 16 juin 2026, 14 h 30"),
]
# operation, landlord, homes, cost (k€ HT), progress at 30 November 2025
PD_OPS = [
    ("Démolition de la tour Athos", "Lède Habitat", 80, 3120,
     "Démolition achevée le 14 novembre 2025"),
    ("Démolition de la barre Porthos, cages 1 à 3", "Lède Habitat", 60, 2280,
     "Relogement en cours"),
    ("Réhabilitation de la barre Porthos, cages 4 à 6", "Lède Habitat", 60, 3900,
     "Avant-projet validé ; consultation des entreprises close"),
    ("Réhabilitation de la résidence Aramis", "Escalys Habitat", 66, 4290,
     "Programme arrêté ; maîtrise d'œuvre à désigner"),
    ("Résidentialisation de la résidence Tréville", "Lède Habitat", 52, 780,
     "Travaux achevés en juin 2025"),
    ("Reconstitution de l'offre hors du quartier (trois sites)",
     "Lède Habitat et Escalys Habitat", 96, 15360,
     "24 logements livrés, 38 en chantier, 34 en études"),
]
ATHOS_OVERRUN = 410


def pd_ops_rows():
    rows = [["Opération", "Maître d'ouvrage", "Logements", "Coût prévisionnel (k€ HT)",
             "Avancement au 30 novembre 2025"]]
    for name, who, homes, cost, progress in PD_OPS:
        rows.append([name, who, str(homes), probekit.eur(cost), progress])
    rows.append(["Total des opérations de logement", "", "–",
                 probekit.eur(sum(o[3] for o in PD_OPS)), ""])
    return rows


def _check_pdf():
    assert sum(o[3] for o in PD_OPS) == 29730
    assert 3120 + ATHOS_OVERRUN == 3530 and 80 + 60 == 140 and 60 + 66 == 126
    assert 24 + 38 + 34 == 96 and 23 + 29 == 52
    assert round(1000 * 6840 / 21000) == 326
    assert 66 * 65 == 4290


PD_TABLES = {"operations": (pd_ops_rows, [130, 85, 52, 72])}
PD_BLOCKS = [
    ("h", "Participants"),
    ("p", "Étaient présents, outre les deux coprésidents :"),
    ("b", "Claire Montagut, cheffe du service habitat et renouvellement urbain de la direction "
          "départementale des territoires, représentant le préfet, délégué territorial de "
          "l'ANRU ;"),
    ("b", "Benoît Labarthe, directeur général de Lède Habitat ;"),
    ("b", "Nadège Sourbès, directrice territoriale Sud-Ouest d'Escalys Habitat ;"),
    ("b", "Franck Soubiran, directeur territorial adjoint de la Banque des Territoires ;"),
    ("b", "Aïcha Benkirane et Robert Dulaurier, membres du conseil citoyen des Séchoirs ;"),
    ("b", "Julien Lafforgue, chef de projet renouvellement urbain, et Maëva Pujol, chargée de "
          "mission emploi et insertion, Montbarlan Lède Agglomération."),
    ("p", "Excusés : le conseil départemental de Lot-et-Garonne, la Région Nouvelle-Aquitaine et "
          "Action Logement Services."),
    ("h", "Ordre du jour"),
    ("b", "1. Avancement des opérations"),
    ("b", "2. Relogement"),
    ("b", "3. Avenant n° 1 à la convention"),
    ("b", "4. Clauses d'insertion"),
    ("b", "5. Calendrier 2026"),
    ("h", "1. Avancement des opérations"),
    ("p", "Julien Lafforgue rappelle les grandes lignes du projet : 34,8 M€ HT d'investissements "
          "de 2024 à 2031, dont 9,7 M€ de subventions de l'ANRU ; 140 logements sociaux démolis, "
          "les 80 de la tour Athos et 60 à la barre Porthos ; 126 logements réhabilités ; 96 "
          "logements reconstruits hors du quartier. Il présente l'état d'avancement des "
          "opérations de logement au 30 novembre 2025 :"),
    ("table", "operations"),
    ("note", "Coûts prévisionnels de la maquette financière annexée à la convention, en milliers "
             "d'euros hors taxes. Les espaces publics, le pôle enfance Jasmin et "
             "l'ingénierie du projet ne figurent pas dans ce tableau."),
    ("p", "La démolition de la tour Athos, engagée en avril 2025, s'est achevée le 14 novembre "
          "2025, avec un mois de retard dû à la découverte d'amiante dans les enduits des cages "
          "d'escalier, que le repérage initial n'avait pas détectée. Le surcoût, 410 000 € HT, "
          "porte le coût de l'opération à 3 530 000 € HT. L'emprise de la tour est engazonnée "
          "en attendant l'aménagement du futur mail des Mousquetaires."),
    ("p", "Sur les 96 logements à reconstituer hors du quartier, 24 ont été livrés en septembre "
          "2025 sur le site des Étuves par Lède Habitat, 38 sont en chantier, dont 20 rue des "
          "Pruniers, et 34 sont en études. Escalys Habitat porte 30 de ces 96 logements, sur "
          "l'îlot Saint-Cyprien."),
    ("p", "Nadège Sourbès annonce que la consultation de maîtrise d'œuvre pour la réhabilitation "
          "de la résidence Aramis sera lancée en janvier 2026 ; les travaux sont attendus à "
          "partir de l'automne 2027. La résidentialisation de la résidence Tréville est "
          "achevée depuis juin 2025 : clôtures, contrôle d'accès et 52 places de stationnement "
          "réservées aux locataires."),
    ("h", "2. Relogement"),
    ("p", "Le relogement des 68 ménages de la tour Athos, conduit de février 2023 à juin 2025, est "
          "achevé ; son bilan, présenté par Lède Habitat, est validé par le comité."),
    ("p", "Pour les cages 1 à 3 de la barre Porthos, l'enquête sociale de mars 2025 a recensé 52 "
          "ménages à reloger. Au 30 novembre 2025, 23 ménages ont été relogés et 29 restent à "
          "reloger. Le relogement doit être achevé en septembre 2026."),
    ("p", "Aïcha Benkirane rappelle que plusieurs familles nombreuses attendent encore une "
          "proposition et demande que les grands logements neufs de la reconstitution leur "
          "soient proposés en priorité. Benoît Labarthe indique que six ménages ont besoin d'un "
          "T5 ou plus et que 8 des 38 logements en chantier sont des T5."),
    ("h", "3. Avenant n° 1 à la convention"),
    ("p", "Le comité approuve le principe d'un avenant n° 1 à la convention, qui portera sur "
          "trois points :"),
    ("b", "l'intégration du surcoût de désamiantage de la tour Athos, soit 410 000 € HT ;"),
    ("b", "le transfert de 18 logements de reconstitution du site du Grand-Pré, classé en zone "
          "inondable par le plan de prévention révisé en 2025, vers l'îlot Saint-Cyprien ;"),
    ("b", "l'ajout d'une opération nouvelle : une maison des services publics au "
          "rez-de-chaussée de la cage 4 de la barre Porthos, estimée à 640 000 € HT."),
    ("p", "Claire Montagut précise que le dossier d'avenant devra parvenir au délégué territorial "
          "avant le 31 mars 2026 pour pouvoir être examiné par le comité d'engagement de l'ANRU "
          "en juin 2026."),
    ("h", "4. Clauses d'insertion"),
    ("p", "Maëva Pujol présente le bilan des clauses d'insertion. L'objectif fixé par la "
          "convention est de 21 000 heures de travail réservées à des personnes éloignées de "
          "l'emploi sur l'ensemble du projet. Au 30 novembre 2025, 6 840 heures ont été "
          "réalisées, soit 32,6 % de l'objectif, au bénéfice de 41 personnes, dont 17 habitants "
          "des Séchoirs. La démolition de la tour Athos a généré à elle seule 2 950 heures."),
    ("h", "5. Calendrier 2026"),
    ("b", "janvier 2026 : lancement de la consultation de maîtrise d'œuvre de la résidence "
          "Aramis (Escalys Habitat) ;"),
    ("b", "mars 2026 : ordre de service des travaux de réhabilitation des cages 4 à 6 de la "
          "barre Porthos ;"),
    ("b", "juin 2026 : examen de l'avenant n° 1 par le comité d'engagement de l'ANRU ; livraison "
          "des 20 logements de la rue des Pruniers ;"),
    ("b", "septembre 2026 : fin du relogement des cages 1 à 3 de la barre Porthos ;"),
    ("b", "premier semestre 2027 : démolition des cages 1 à 3."),
    ("h", "Relevé de décisions"),
    ("b", "Le bilan du relogement de la tour Athos est validé."),
    ("b", "Le principe de l'avenant n° 1 est approuvé ; Montbarlan Lède Agglomération prépare le "
          "dossier avec les maîtres d'ouvrage."),
    ("b", "Un groupe de travail sur les grands logements, associant Lède Habitat, Escalys "
          "Habitat et le conseil citoyen, se réunira avant le 31 janvier 2026."),
    ("note", "Compte rendu établi par Julien Lafforgue, chef de projet renouvellement urbain de "
             "Montbarlan Lède Agglomération, et validé par les coprésidents le 19 décembre 2025."),
]


# ---------------------------------------------------------------------------
# 3. The town's web page carrying the project's newsletter no. 7: HTML (town 1)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Fileries : la tour Magellan vidée, sa démolition commence en avril – Ville d'Ernéville-sur-Jouanne</title>
<meta name="description" content="Lettre du projet des Fileries n° 7 : relogement de la tour Magellan achevé, démolition, barre Champlain, résidence Bougainville, groupe scolaire des Fileuses.">
<meta property="article:published_time" content="2026-02-09T10:00:00+01:00">
<link rel="canonical" href="https://www.erneville-sur-jouanne.example/cadre-de-vie/projet-des-fileries/lettre-7">
<style>.bandeau-cookies{position:fixed;bottom:0;width:100%}.lettre{max-width:760px}</style>
<script>window.evjConsent = window.evjConsent || {mesure: false};</script>
</head>
<body>
<div class="bandeau-cookies" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies de mesure d'audience pour améliorer ses contenus. Vous pouvez les accepter, les refuser ou choisir les finalités. <a href="/cookies/">Personnaliser</a> · <a href="#">Tout accepter</a> · <a href="#">Tout refuser</a></p>
</div>
<header class="entete">
  <p class="logo"><a href="/">Ville d'Ernéville-sur-Jouanne</a></p>
  <nav class="menu-principal">
    <ul>
      <li><a href="/mairie/">Ma mairie</a></li>
      <li><a href="/demarches/">Démarches</a></li>
      <li><a href="/cadre-de-vie/">Cadre de vie</a></li>
      <li><a href="/cadre-de-vie/projet-des-fileries/">Projet des Fileries</a></li>
      <li><a href="/agenda/">Agenda</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil-ariane"><a href="/">Accueil</a> › <a href="/cadre-de-vie/">Cadre de vie</a> › <a href="/cadre-de-vie/projet-des-fileries/">Projet des Fileries</a> › Lettre n° 7</nav>

<article class="lettre">
  <p class="surtitre">Lettre du projet des Fileries · n° 7 · février 2026</p>
  <h1>Fileries : la tour Magellan vidée, sa démolition commence en avril</h1>
  <p class="date">Publié le lundi 9 février 2026</p>
  <p class="chapo">Le dernier ménage de la tour Magellan a déménagé le 15 janvier. Démolition, relogement à la barre Champlain, travaux de la résidence Bougainville, école : le point sur le projet de renouvellement urbain des Fileries.</p>

  <h2>Le mot du maire</h2>
  <blockquote>
    <p>« Le 14 décembre 2023, le conseil d'administration de Jouanne Habitat décidait de démolir la tour Magellan. Deux ans plus tard, tous ses habitants ont trouvé un nouveau logement, et la plupart disent y vivre mieux. La convention que nous avons signée avec l'ANRU le 4 avril 2025 nous engage jusqu'en 2031 : nous tiendrons ce calendrier, et nous continuerons à vous en rendre compte dans cette lettre. »</p>
    <p class="auteur">Hervé Chesnel, maire d'Ernéville-sur-Jouanne</p>
  </blockquote>

  <h2>Tour Magellan : un relogement achevé en deux ans</h2>
  <p>Les 47 ménages qui habitaient la tour lorsque sa démolition a été décidée ont tous été relogés. Le dernier a rendu ses clés le jeudi 15 janvier 2026. Où sont-ils partis ?</p>
  <ul>
    <li>19 ménages dans un autre immeuble des Fileries ;</li>
    <li>22 ménages dans un autre quartier d'Ernéville-sur-Jouanne ;</li>
    <li>6 ménages dans une autre commune de l'agglomération.</li>
  </ul>
  <p>Chaque ménage a reçu en moyenne 1,8 proposition de logement avant d'accepter. Pour 39 d'entre eux, le reste à charge, c'est-à-dire le loyer et les charges après l'aide au logement, est égal ou inférieur à celui qu'ils payaient dans la tour.</p>
  <p>« Les situations les plus délicates ont été celles des personnes âgées qui avaient passé toute leur vie à la tour. Nous avons pris le temps qu'il fallait, quitte à attendre qu'un logement de plain-pied se libère », explique Sophie Gandon, chargée de relogement à Jouanne Habitat.</p>
  <p>Lucienne Brault, 81 ans, a vécu 44 ans au douzième étage. Elle habite désormais un T2 en rez-de-chaussée à la résidence La Pérouse. « J'avais peur de partir, je ne connaissais que la tour. Aujourd'hui, je n'ai plus à attendre l'ascenseur, et mes voisines de palier passent me voir. »</p>

  <h2>Démolition : dix mois de chantier</h2>
  <p>Jouanne Habitat a attribué le marché de démolition à l'entreprise Lebreton-Derouet Démolition, pour 2 410 000 € HT. Le chantier commencera le lundi 13 avril 2026 par le curage et le désamiantage, qui dureront quatre mois. La tour sera ensuite déconstruite par grignotage, étage par étage, à partir de septembre. La fin du chantier est prévue en février 2027.</p>
  <p>Pendant toute la durée des travaux, la rue des Blanchisseurs sera fermée à la circulation entre la place des Toiliers et la rue des Rouets, et la ligne 3 du bus sera déviée par l'avenue de Laval. Des capteurs de poussière seront installés sur les façades des immeubles voisins.</p>

  <h2>Barre Champlain : le relogement des cages A et B a commencé</h2>
  <p>Les cages A et B de la barre Champlain, soit 40 logements, seront démolies en 2027. Au 31 janvier 2026, 12 des 31 ménages qui y vivent encore ont été relogés ; 19 restent à reloger. Les cages C, D et E, soit 60 logements, seront réhabilitées à partir de 2027.</p>

  <h2>Résidence Bougainville : les travaux ont démarré</h2>
  <p>Chez Escalys Habitat, la réhabilitation des 84 logements de la résidence Bougainville a commencé le 5 janvier 2026, pour 21 mois. Montant des travaux : 4 620 000 € HT, soit 55 000 € HT par logement. Au programme : isolation des façades et de la toiture, nouvelles fenêtres, ventilation, salles de bains refaites et portes palières remplacées.</p>
  <p>Les locataires avaient approuvé ce programme à 71 % lors de la consultation organisée par le bailleur en juin 2025. La hausse de loyer, limitée à 12 € par mois pour un T3, doit être plus que compensée par la baisse des charges de chauffage, estimée à 35 € par mois.</p>
  <p>« Nous intervenons dans des logements habités : chaque locataire est prévenu une semaine avant l'entrée des ouvriers chez lui, et deux logements de repos sont à disposition pendant les travaux de salle de bains », indique Gwenaëlle Huchet, chargée de concertation locative chez Escalys Habitat.</p>

  <h2>Groupe scolaire des Fileuses : quatre classes de plus</h2>
  <p>La Ville agrandit le groupe scolaire des Fileuses : quatre classes supplémentaires et un restaurant scolaire de 180 places. Les travaux se dérouleront de juillet 2026 à août 2027, pour 2,9 M€ HT.</p>

  <h2>Vous avez des questions ?</h2>
  <p>La maison du projet, 4 place des Toiliers, vous accueille le mardi de 14 h à 18 h et le vendredi de 9 h à 12 h. Mathilde Rousselet, cheffe de projet renouvellement urbain d'Ernéville Jouanne Agglomération, y tient une permanence le premier mardi de chaque mois.</p>
  <p>Réunion publique sur le chantier de démolition de la tour Magellan : jeudi 19 mars 2026 à 18 h 30, salle polyvalente du Moulin-Neuf.</p>

  <aside class="chiffres-cles">
    <h3>Le projet des Fileries en chiffres</h3>
    <ul>
      <li>3 240 habitants dans le quartier prioritaire</li>
      <li>29,6 M€ HT d'investissements de 2025 à 2031, dont 8,4 M€ de l'ANRU</li>
      <li>104 logements sociaux démolis : 64 à la tour Magellan, 40 à la barre Champlain</li>
      <li>192 logements réhabilités : barre Champlain (60), résidence Bougainville (84), résidence La Pérouse (48)</li>
      <li>72 logements sociaux reconstruits hors du quartier par Jouanne Habitat : 40 sur l'îlot du Moulin-Neuf, 32 rue de la Galerne</li>
    </ul>
  </aside>

  <aside class="abonnement">
    <h3>Recevez la lettre du projet</h3>
    <p>Inscrivez-vous pour recevoir chaque trimestre la lettre du projet des Fileries par courriel. <a href="/lettre/inscription/">S'inscrire</a></p>
  </aside>
</article>

<aside class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/actualites/marche-des-producteurs-place-des-toiliers/">Le marché des producteurs revient place des Toiliers</a></li>
    <li><a href="/actualites/piscine-fermeture-technique/">Piscine municipale : fermeture technique du 16 au 22 février</a></li>
    <li><a href="/actualites/inscriptions-scolaires-2026/">Inscriptions scolaires pour la rentrée 2026</a></li>
  </ul>
</aside>
</main>

<footer class="pied-de-page">
  <p>Ville d'Ernéville-sur-Jouanne – Hôtel de ville, place de la République – ouvert du lundi au vendredi de 8 h 30 à 17 h 30</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/accessibilite/">Accessibilité : partiellement conforme</a> · <a href="/donnees-personnelles/">Données personnelles</a> · <a href="/plan-du-site/">Plan du site</a></p>
  <p>© 2026 Ville d'Ernéville-sur-Jouanne</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 19 + 22 + 6 == 47 and 39 <= 47
    assert 64 + 40 == 104 and 60 + 84 + 48 == 192 and 40 + 32 == 72
    assert 31 - 12 == 19 and 40 + 60 == 100
    assert 4620000 // 84 == 55000 and 4620000 % 84 == 0


# ---------------------------------------------------------------------------
# 4. Rehousing monitoring dashboard of the barre Porthos: Markdown (town 2)
# ---------------------------------------------------------------------------
# situation, households
MD_SITUATION = [
    ("Relogés", 31),
    ("Proposition acceptée, emménagement à venir", 6),
    ("En attente d'une proposition adaptée", 13),
    ("Partis sans relogement par le bailleur", 2),
]
# destination, households, of which in a new home or one less than five years old
MD_DEST = [
    ("Dans le quartier des Séchoirs", 9, 0),
    ("À Montbarlan-sur-Lède, hors quartier prioritaire", 14, 5),
    ("Dans une autre commune de l'agglomération", 6, 2),
    ("Hors de l'agglomération", 2, 0),
]
MD_TOTAL = 52


def _share(n, total):
    """A share in per cent with one decimal and a French comma, rounded half up."""
    tenths = (2000 * n + total) // (2 * total)
    return f"{tenths // 10},{tenths % 10} %"


def md_situation_table():
    lines = ["| Situation | Ménages | Part |", "|---|---:|---:|"]
    for label, n in MD_SITUATION:
        lines.append(f"| {label} | {n} | {_share(n, MD_TOTAL)} |")
    lines.append(f"| **Total** | **{sum(n for _, n in MD_SITUATION)}** | **100 %** |")
    return "\n".join(lines)


def md_dest_table():
    lines = ["| Destination | Ménages relogés | Dont logement neuf ou de moins de cinq ans |",
             "|---|---:|---:|"]
    for label, n, new in MD_DEST:
        lines.append(f"| {label} | {n} | {new} |")
    lines.append(f"| **Total** | **{sum(d[1] for d in MD_DEST)}** | "
                 f"**{sum(d[2] for d in MD_DEST)}** |")
    return "\n".join(lines)


def _check_md():
    assert sum(n for _, n in MD_SITUATION) == MD_TOTAL
    assert sum(d[1] for d in MD_DEST) == 31 == MD_SITUATION[0][1]
    assert sum(d[2] for d in MD_DEST) == 7
    assert [_share(n, MD_TOTAL) for _, n in MD_SITUATION] == ["59,6 %", "11,5 %", "25,0 %",
                                                              "3,8 %"]
    assert 7 + 5 + 4 + 2 == 18 and 49 - 18 == 31 and 23 + 8 == 31
    assert 31 * 3150 == 97650 and 26 + 5 == 31


MD = """---
title: "Tableau de bord du relogement – barre Porthos, cages 1 à 3 – situation au 31 janvier 2026"
organisme: "Lède Habitat"
auteur: "Samia Haddouche, chargée de relogement"
date: 2026-02-06
situation: 2026-01-31
destinataires: "Comité technique relogement du projet des Séchoirs"
---

# Tableau de bord du relogement – barre Porthos, cages 1 à 3

**Lède Habitat – situation au 31 janvier 2026**

- **Opération** : démolition des cages 1 à 3 de la barre Porthos (60 logements), 1 à 5 allée des Mousquetaires, quartier des Séchoirs, Montbarlan-sur-Lède
- **Maître d'ouvrage** : Lède Habitat, office public de l'habitat de Montbarlan Lède Agglomération
- **Cadre** : charte de relogement des Séchoirs, signée le 2 juillet 2024 par Lède Habitat, Escalys Habitat, l'agglomération, la Ville et l'État
- **Référente** : Samia Haddouche, chargée de relogement, permanence à la maison du projet, 12 rue des Séchoirs, le lundi et le mercredi après-midi
- **Tableau de bord précédent** : situation au 30 novembre 2025, 23 ménages relogés

## Points clés

- 31 des 52 ménages recensés par l'enquête sociale de mars 2025 ont été relogés, soit 60 %.
- Huit ménages ont été relogés en décembre 2025 et en janvier 2026.
- Six ménages ont besoin d'un T5 ou plus : un seul a été relogé à ce jour.
- L'objectif d'achever le relogement le 30 septembre 2026 est maintenu.

## 1. Situation des ménages

""" + md_situation_table() + """

Les deux départs sans relogement par le bailleur sont ceux d'un ménage parti s'installer chez ses enfants, à Toulouse, et d'une locataire âgée, décédée en octobre 2025.

## 2. Où les ménages ont-ils été relogés ?

""" + md_dest_table() + """

Les 31 ménages relogés l'ont été dans le parc de Lède Habitat (26) ou dans celui d'Escalys Habitat (5), dont trois à la résidence Aramis.

## 3. Propositions et refus

Pour reloger ces 31 ménages, 49 propositions ont été faites, dont 18 ont été refusées. Les refus ont eu les motifs suivants :

- l'étage ou l'absence d'ascenseur : 7 refus ;
- la localisation, jugée trop éloignée des écoles, du travail ou de la famille : 5 refus ;
- le montant du loyer : 4 refus ;
- la taille ou l'état du logement proposé : 2 refus.

Aucun ménage n'a refusé trois propositions ; la procédure contentieuse prévue par la charte n'a donc jamais été engagée.

## 4. Reste à charge

Pour 23 des 31 ménages relogés, le reste à charge, loyer et charges après aide au logement, est égal ou inférieur à celui qu'ils acquittaient dans la barre Porthos. Pour les 8 autres, il a augmenté de 17 € par mois en moyenne, et de 41 € au plus. Conformément à la charte, Lède Habitat compense pendant trois ans la part de la hausse qui dépasse 15 € par mois ; quatre ménages bénéficient de cette compensation.

## 5. Coûts

Le coût moyen d'un relogement s'établit à 3 150 € par ménage. Il comprend le déménagement, confié à une entreprise retenue par appel d'offres, le transfert des abonnements, une indemnité forfaitaire de 600 € et, le cas échéant, le double loyer. Au 31 janvier 2026, 97 650 € ont été engagés pour les 31 ménages relogés.

## 6. Rappel : la tour Athos

Le relogement des 68 ménages de la tour Athos, conduit de février 2023 à juin 2025, est achevé. Son bilan a été validé par le comité de pilotage du 9 décembre 2025 ; il n'est plus suivi dans ce tableau de bord.

## 7. Prochaines étapes

Réuni le 27 janvier 2026, le groupe de travail sur les grands logements a décidé de réserver aux familles de la barre Porthos trois des T5 de la rue des Pruniers, livrés en juin 2026.

- mars 2026 : nouvelle visite à domicile des 13 ménages en attente d'une proposition ;
- juin 2026 : emménagements rue des Pruniers ;
- 30 septembre 2026 : objectif de fin du relogement ;
- premier semestre 2027 : démolition des cages 1 à 3.

« Le rythme est bon, mais il nous reste les situations les plus difficiles : les grandes familles et les personnes âgées qui veulent rester aux Séchoirs », résume Samia Haddouche.

Prochain tableau de bord : situation au 31 mars 2026.
"""


# ---------------------------------------------------------------------------
# 5. Escalys Habitat's call for tenders, two lots in two towns: plain text (both towns)
# ---------------------------------------------------------------------------
LOT1_FIRM, LOT1_OPTION = 296000, 22000
LOT2 = 92000


def _check_txt():
    assert LOT1_FIRM + LOT1_OPTION == 318000 and 318000 + LOT2 == 410000
    assert 30 + 20 + 10 == 60 and 60 + 40 == 100 and 50 + 30 + 20 == 100


TXT = """ESCALYS HABITAT
Société anonyme d'habitations à loyer modéré – entreprise sociale pour l'habitat
Siège social : 12, cours du Médoc, Bordeaux

AVIS D'APPEL PUBLIC À LA CONCURRENCE
Référence : ESC-2026-004
Date d'envoi à la publication : 14 janvier 2026


SECTION I – ACHETEUR

Nom : Escalys Habitat
Représentant du pouvoir adjudicateur : Laurent Capdeville, directeur général
Type d'acheteur : organisme privé d'habitations à loyer modéré, pouvoir adjudicateur
Adresse du profil d'acheteur : https://marches.escalys-habitat.example/ESC-2026-004


SECTION II – OBJET DU MARCHÉ

Intitulé : Missions de maîtrise d'œuvre et d'accompagnement des locataires pour la réhabilitation des résidences Aramis (Montbarlan-sur-Lède, Lot-et-Garonne) et Bougainville (Ernéville-sur-Jouanne, Mayenne)
Type de marché : services
Allotissement : deux lots. Les candidats peuvent présenter une offre pour un seul lot ou pour les deux ; un même candidat peut être attributaire des deux lots.
Valeur totale estimée : 410 000 € HT

LOT 1 – Maîtrise d'œuvre de la réhabilitation de la résidence Aramis

Lieu d'exécution : résidence Aramis, 2 à 10 allée des Mousquetaires, quartier des Séchoirs, Montbarlan-sur-Lède.

Description : la résidence compte 66 logements répartis en trois bâtiments de quatre étages, construits en 1974. Le programme arrêté avec les locataires vise à faire passer les logements de l'étiquette énergétique E à l'étiquette B. Il comprend l'isolation thermique par l'extérieur, le remplacement des menuiseries, une ventilation mécanique hygroréglable, la réfection des halls et la mise en accessibilité de 12 logements en rez-de-chaussée. L'enveloppe prévisionnelle des travaux est de 3 630 000 € HT.

Mission : mission de base de maîtrise d'œuvre en réhabilitation (diagnostic complémentaire, études d'avant-projet et de projet, assistance à la passation des marchés de travaux, visa, direction de l'exécution et assistance aux opérations de réception), complétée d'une mission d'ordonnancement, de pilotage et de coordination du chantier.

Tranche ferme : la mission décrite ci-dessus, estimée à 296 000 € HT.
Tranche optionnelle : l'accompagnement du maître d'ouvrage jusqu'à l'obtention du label BBC Rénovation, estimé à 22 000 € HT.
Valeur estimée du lot 1 : 318 000 € HT.

Durée : de la notification du marché, prévue en juin 2026, à la fin de l'année de garantie de parfait achèvement. Les travaux sont envisagés de septembre 2027 à décembre 2028.

Compétences exigées de l'équipe : architecte, mandataire de l'équipe, bureau d'études thermiques, bureau d'études fluides et économiste de la construction.

Visite du site : obligatoire, le mercredi 28 janvier 2026 à 10 h ou le vendredi 30 janvier 2026 à 14 h, rendez-vous devant le bâtiment A. Une attestation de visite sera remise aux candidats et devra être jointe à l'offre.

LOT 2 – Accompagnement social et concertation des locataires pendant les travaux de la résidence Bougainville

Lieu d'exécution : résidence Bougainville, 1 à 9 rue des Rouets, quartier des Fileries, Ernéville-sur-Jouanne.

Contexte : la réhabilitation des 84 logements de la résidence, conduite en site occupé, a commencé le 5 janvier 2026 pour une durée de 21 mois. Une première consultation, lancée en septembre 2025 pour cette mission, a été déclarée sans suite, l'unique offre reçue dépassant de 46 % l'estimation de l'acheteur.

Mission : information des locataires avant et pendant le chantier ; permanence hebdomadaire sur site ; visite à domicile avant chaque intervention dans un logement ; accompagnement renforcé des 17 ménages fragiles identifiés par l'enquête préalable ; gestion des deux logements de repos ; enquête de satisfaction à la fin des travaux.

Valeur estimée du lot 2 : 92 000 € HT.

Durée : 20 mois, de mars 2026 à octobre 2027.


SECTION III – CRITÈRES D'ATTRIBUTION

Lot 1 :
- valeur technique : 60 %, dont méthodologie 30 %, composition de l'équipe 20 % et planning des études 10 % ;
- prix : 40 %.

Lot 2 :
- valeur technique de l'offre : 50 % ;
- prix : 30 % ;
- composition et disponibilité de l'équipe affectée à la mission : 20 %.


SECTION IV – RENSEIGNEMENTS D'ORDRE ADMINISTRATIF ET FINANCIER

Financement : fonds propres d'Escalys Habitat, prêts de la Banque des Territoires et subventions de l'ANRU au titre des conventions pluriannuelles de renouvellement urbain des Séchoirs, signée le 17 octobre 2024, et des Fileries, signée le 4 avril 2025 ; pour le lot 1, subvention de la Région Nouvelle-Aquitaine.
Modalités de paiement : virement à 30 jours ; une avance de 10 % est prévue pour chaque lot.
Pièces à produire : formulaires DC1 et DC2 ou document unique de marché européen, attestations d'assurance, liste des références de moins de cinq ans, mémoire technique.


SECTION V – PROCÉDURE

Type de procédure : appel d'offres ouvert
Date limite de réception des offres : lundi 16 février 2026 à 12 h 00
Délai de validité des offres : 120 jours à compter de la date limite de réception
Questions des candidats : par le profil d'acheteur, jusqu'au vendredi 6 février 2026
Langue : français


SECTION VI – RENSEIGNEMENTS COMPLÉMENTAIRES

Renseignements techniques :
- lot 1 : Xavier Lalanne, responsable de programmes, agence Garonne (Agen) ;
- lot 2 : Gwenaëlle Huchet, chargée de concertation locative, agence Anjou-Maine (Laval).

Renseignements administratifs : Pauline Estrade, acheteuse, direction juridique et des marchés, siège de Bordeaux.

Instance chargée des procédures de recours : tribunal administratif de Bordeaux.
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe27.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=2, header_fill="2E4A62",
        total_match="prefix")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"operations"},
        form_label_w=110, theme=THEME_PRUNE, header_left=PD_HEADER_LEFT,
        header_right=PD_HEADER_RIGHT, footer=PD_FOOTER, author=PD_AUTHOR, subject=PD_SUBJECT,
        creator=PD_CREATOR, date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


BLOCK_READERS = probekit.block_readers(FN_DOCX, FN_PDF, FN_HTML, FN_MD, FN_TXT)


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_docx()
    _check_pdf()
    _check_html()
    _check_md()
    _check_txt()
    write_docx()
    write_pdf()
    write_text(FN_HTML, HTML)
    write_text(FN_MD, MD)
    write_text(FN_TXT, TXT)
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, QID_PREFIX):
        sys.exit(1)


if __name__ == "__main__":
    main()
