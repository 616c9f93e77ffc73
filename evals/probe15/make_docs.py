#!/usr/bin/env python3
"""Generate the five probe15 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Sémerval (Sarthe, Pays de la Loire), quartier prioritaire des Pâtureaux (agglomeration:
        Sémerval Agglomération; social landlords Sémerval Habitat, an OPH, and Nérion Habitat, a
        national ESH; the project is run by a public interest group, the GIP Renouvellement urbain
        de Sémerval; buildings named after painters: tour Cézanne, barre Matisse, résidences
        Renoir, Pissarro, Sisley and Degas)
    - rapport-activite-2024-gip-renouvellement-urbain-semerval-patureaux.pdf
        (annual activity report 2024 of the GIP, approved on 19 June 2025: labelled form, the
        chair's foreword, the project in brief with the convention's figures, a table of key
        figures (2023, 2024 and cumulative since March 2022), rehousing, works, participation and
        neighbourhood management, integration hours, two budget tables with total rows (income
        by member and funder, expenditure), the team, outlook for 2025; the programming study of
        the childhood centre is named without its amount)
    - fiche-action-3-2-tranquillite-publique-mediation-patureaux-semerval.txt
        (contract-of-city action sheet on public tranquillity and social mediation, validated on
        24 June 2025: labelled fields, findings, objectives, five actions, a funding table by
        funder for 2025 and 2026 with a header spanning the year columns and a total row, an
        investment line, an indicator table (2024 baseline, 2026 and 2030 targets), a timetable,
        a follow-up committee co-chaired by the named mayor and an unnamed sub-prefect; the police
        commissioner is never named)
Town 2: Fontclaret (Drôme, Auvergne-Rhône-Alpes), quartier prioritaire des Vernèdes (agglomeration:
        Fontclaret Provence Agglomération; social landlords Rhône-Baronnies Habitat, an OPH, and
        Nérion Habitat; buildings named after stars and constellations: tour Orion, barre
        Cassiopée, résidences Andromède, Véga and Altaïr)
    - fiche-mission-programmation-equipements-publics-coeur-des-vernedes-fontclaret.docx
        (consultancy mission sheet of Atelier Transversales for the programming study of the
        public facilities of the neighbourhood's centre: labelled fields (client, contact,
        co-funders, amount with firm and optional parts, dates, partner firm), context, a
        phase table with durations and amounts and a total row, a team table with days and a
        total row (no daily rates), the scenario chosen and its estimates, deliverables,
        governance with an unnamed director of education services)
    - article-veilleur-dromois-vernedes-convention-npnru-signee-fontclaret.html
        (regional daily's web article of 3 October 2025 on the signing of the renewal convention
        on 2 October 2025, inside an <article> with a cookie banner, navigation, a "Repères" box
        (some facts only in the box), a "most read" sidebar, a newsletter box, "Sur le même sujet"
        links and a footer; the prefect is unnamed and the rehousing consultancy not yet chosen)
Both towns:
    - atelier-transversales-diagnostics-en-marchant-patureaux-vernedes.md
        (news article of the consultancy's website, 12 November 2025, with YAML front matter,
        on its "diagnostics en marchant" in both neighbourhoods: the 2025 campaign of the
        Pâtureaux (with its cost), the three walks of spring 2024 in the Vernèdes (without cost),
        a comparison table, five lessons, the landlord present in both towns)

The documents overlap on purpose: both towns have a signed renewal convention (March 2022 and
October 2025) with total cost, ANRU subsidies and Action Logement loans, two buildings to
demolish, households to rehouse, reconstruction of social homes partly outside the
neighbourhood, a school or childhood project (a programming study with its amount in town 2
only), walking diagnoses counted in 2024 and 2025, and Nérion Habitat as landlord (its managing
director is named only in the Markdown article). Some figures are given for one town only
(unemployment rate in town 1, poverty rate in town 2, cost of a walking diagnosis in town 1,
cameras in town 1) and some roles are never named (the police commissioner and the sub-prefect
in town 1, the prefect of the Drôme, the director of education services in town 2).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe15.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents (a paragraph, list item, table cell, heading or text paragraph; read back from the
written files, and for the PDF inside one run of lines sharing the same left edge on one page),
every answer fact must occur in one of its gold documents, every near-doc tag must name a
document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe15/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe15.jsonl")
QID_PREFIX = "q15"

FN_PDF = "rapport-activite-2024-gip-renouvellement-urbain-semerval-patureaux.pdf"
FN_TXT = "fiche-action-3-2-tranquillite-publique-mediation-patureaux-semerval.txt"
FN_DOCX = "fiche-mission-programmation-equipements-publics-coeur-des-vernedes-fontclaret.docx"
FN_HTML = "article-veilleur-dromois-vernedes-convention-npnru-signee-fontclaret.html"
FN_MD = "atelier-transversales-diagnostics-en-marchant-patureaux-vernedes.md"

ZIP_DT = (2025, 5, 15, 9, 30, 0)
DOCX_DATE = "2025-05-15T09:30:00Z"
PDF_DATE = "D:20250623110000+02'00'"


# ---------------------------------------------------------------------------
# 1. Annual activity report 2024 of the GIP: PDF (town 1)
# ---------------------------------------------------------------------------
PA_HEADER_LEFT = "GIP Renouvellement urbain de Sémerval – Rapport d'activité 2024"
PA_HEADER_RIGHT = "RAPPORT D'ACTIVITÉ"
PA_FOOTER = ("GIP Renouvellement urbain de Sémerval – Maison du projet, 12 rue des Pâtureaux – "
             "Sémerval – rapport approuvé le 19 juin 2025")
PA_AUTHOR = "GIP Renouvellement urbain de Sémerval"
PA_CREATOR = "GIP Renouvellement urbain de Sémerval – direction"
PA_SUBJECT = "Rapport d'activité 2024 – projet de renouvellement urbain des Pâtureaux"
PA_KICKER = "GROUPEMENT D'INTÉRÊT PUBLIC – RENOUVELLEMENT URBAIN DES PÂTUREAUX"
PA_TITLE = "Rapport d'activité 2024"
PA_SUBTITLE = ("GIP Renouvellement urbain de Sémerval – projet de renouvellement urbain des "
               "Pâtureaux (Sémerval, Sarthe)")
PA_FORM = [
    ("Structure", "Groupement d'intérêt public créé le 1er juillet 2021 pour une durée de douze "
                  "ans"),
    ("Membres", "Sémerval Agglomération, Ville de Sémerval, Sémerval Habitat (office public de "
                "l'habitat), Nérion Habitat (entreprise sociale pour l'habitat)"),
    ("Présidente du conseil d'administration",
     "Nathalie Brossard-Vinet, vice-présidente de Sémerval Agglomération chargée de la politique "
     "de la ville"),
    ("Directeur", "Thibault Lanoë"),
    ("Équipe au 31 décembre 2024", "9 salariés, soit 8,4 équivalents temps plein"),
    ("Siège", "Maison du projet, 12 rue des Pâtureaux, Sémerval"),
    ("Approbation", "Assemblée générale du 19 juin 2025"),
]
# Key figures: indicator, 2023, 2024, cumulative since March 2022
PA_KEYFIG = [
    ("Ménages relogés", "46", "58", "139"),
    ("Logements démolis", "0", "88", "88"),
    ("Logements réhabilités livrés", "64", "112", "176"),
    ("Logements sociaux reconstitués livrés", "0", "42", "42"),
    ("Heures d'insertion réalisées", "9 400", "14 300", "29 800"),
    ("Visiteurs de la maison du projet", "1 760", "2 140", "4 650"),
    ("Diagnostics en marchant", "3", "4", "9"),
    ("Réunions publiques et ateliers", "11", "14", "31"),
    ("Subventions de l'ANRU versées (k€)", "2 180", "4 960", "8 020"),
]
PA_INCOME = [("Sémerval Agglomération", 406000), ("Ville de Sémerval", 236000),
             ("Sémerval Habitat", 148000), ("Nérion Habitat", 77000),
             ("ANRU – subvention d'ingénierie", 196000), ("Banque des Territoires", 45000)]
PA_SPENDING = [("Personnel (9 salariés)", 702000),
               ("Études et assistance à maîtrise d'ouvrage", 231000),
               ("Concertation et communication", 68000),
               ("Locaux et fonctionnement de la maison du projet", 107000)]
PA_TOTAL = 1108000


def pa_keyfig_rows():
    rows = [["Indicateur", "2023", "2024", "Cumul depuis mars 2022"]]
    rows += [list(r) for r in PA_KEYFIG]
    return rows


def pa_income_rows():
    rows = [["Recettes 2024", "Montant (€)", "Part"]]
    for name, v in PA_INCOME:
        rows.append([name, probekit.eur(v), f"{round(100 * v / PA_TOTAL)} %"])
    rows.append(["Total des recettes", probekit.eur(sum(v for _, v in PA_INCOME)), "100 %"])
    return rows


def pa_spending_rows():
    rows = [["Dépenses 2024", "Montant (€)"]]
    for name, v in PA_SPENDING:
        rows.append([name, probekit.eur(v)])
    rows.append(["Total des dépenses", probekit.eur(sum(v for _, v in PA_SPENDING))])
    return rows


def _check_pdf():
    assert sum(v for _, v in PA_INCOME) == PA_TOTAL == sum(v for _, v in PA_SPENDING)
    assert sum(round(100 * v / PA_TOTAL) for _, v in PA_INCOME) == 100
    assert 940 + 450 == 1390 and 88 + 120 == 208 and 24 + 18 == 42
    assert 35 + 46 + 58 == 139 and 4 + 54 == 58 and 104 - 60 == 44
    assert 64 + 112 == 176 and round(2140 / 1760 - 1, 2) == 0.22
    assert 402000 + 210000 == 612000 and round(11900000 / 186, -3) == 64000


PA_TABLES = {"chiffres": (pa_keyfig_rows, [215, 65, 65]),
             "recettes": (pa_income_rows, [260, 110]),
             "depenses": (pa_spending_rows, [330])}
PA_BLOCKS = [
    ("h", "Le mot de la présidente"),
    ("p", "2024 restera l'année où le paysage des Pâtureaux a changé : la tour Cézanne, qui "
          "dominait le quartier depuis 1969, a disparu entre avril et septembre. Cette étape, "
          "attendue et redoutée, s'est déroulée sans incident, grâce au travail patient des "
          "équipes du GIP et des bailleurs auprès des habitants. L'année 2025 sera celle des "
          "derniers relogements de la barre Matisse et de la préparation du futur pôle enfance."),
    ("note", "Nathalie Brossard-Vinet, présidente du conseil d'administration"),
    ("h", "1. Le projet des Pâtureaux en bref"),
    ("p", "Le quartier prioritaire des Pâtureaux, à l'est de Sémerval (31 400 habitants), compte "
          "4 100 habitants et 1 720 logements, dont 1 390 logements sociaux : 940 appartiennent à "
          "Sémerval Habitat et 450 à Nérion Habitat. Le taux de chômage y atteint 27 %, contre "
          "10 % dans l'ensemble de la ville."),
    ("p", "La convention pluriannuelle de renouvellement urbain, signée le 14 mars 2022, porte "
          "sur un investissement de 86,2 M€ TTC, dont 19,4 M€ de subventions de l'ANRU et 6,8 M€ "
          "de prêts bonifiés d'Action Logement. Elle prévoit la démolition de 208 logements "
          "(tour Cézanne, 88 logements, Sémerval Habitat ; barre Matisse, 120 logements, Nérion "
          "Habitat), la réhabilitation de 486 logements, la reconstitution de 170 logements "
          "sociaux, dont 130 hors du quartier, et la construction d'un pôle enfance réunissant "
          "une crèche, un accueil de loisirs et un relais petite enfance."),
    ("p", "Le GIP conduit le projet pour le compte de ses quatre membres : coordination des "
          "maîtres d'ouvrage, suivi financier de la convention, relogement inter-bailleurs, "
          "concertation et communication, gestion urbaine de proximité et suivi des clauses "
          "d'insertion."),
    ("h", "2. Chiffres clés"),
    ("table", "chiffres"),
    ("note", "Les ménages relogés en 2024 comprennent les 4 derniers ménages de la tour Cézanne. "
             "Les subventions versées sont celles que l'ANRU a payées aux maîtres d'ouvrage du "
             "projet au cours de l'année."),
    ("h", "3. Relogement"),
    ("p", "En 2024, 58 ménages ont été relogés : les 4 derniers ménages de la tour Cézanne, en "
          "janvier et février, puis 54 ménages de la barre Matisse. Au 31 décembre 2024, 60 des "
          "104 ménages de la barre Matisse avaient été relogés ; les 44 autres doivent l'être "
          "avant la fin de 2025, la démolition étant programmée à partir de mars 2026."),
    ("p", "Depuis le début du projet, 139 ménages ont été relogés : 38 % hors d'un quartier "
          "prioritaire (objectif de la charte de relogement : 35 %), 22 % dans un logement neuf ou "
          "livré depuis moins de cinq ans (objectif : 20 %) et 91 % avec un reste à charge stable "
          "ou en baisse. Le relogement est suivi au sein du GIP par Amandine Roux-Peltier, "
          "chargée de mission relogement, qui anime chaque mois la commission de relogement "
          "inter-bailleurs."),
    ("h", "4. Travaux et opérations"),
    ("b", "Démolition de la tour Cézanne (88 logements, 5 rue Paul-Cézanne) : désamiantage et "
          "déconstruction d'avril à septembre 2024, pour un coût de 3,2 M€ HT, dont 2,5 M€ de "
          "subvention de l'ANRU."),
    ("b", "Réhabilitation de la résidence Renoir (186 logements, 2 à 18 allée Auguste-Renoir) "
          "par Sémerval Habitat : chantier commencé en octobre 2024 pour 26 mois, pour 11,9 M€ "
          "TTC, soit environ 64 000 € par logement, avec un objectif d'étiquette énergétique C."),
    ("b", "Réhabilitation de la résidence Pissarro (112 logements, 1 à 9 rue Camille-Pissarro) "
          "par Nérion Habitat : travaux livrés en novembre 2024 ; l'étiquette énergétique est "
          "passée de E à B. La résidence Sisley (64 logements) avait été livrée en juin 2023."),
    ("b", "Reconstitution de l'offre : 42 logements sociaux livrés hors du quartier en 2024, "
          "dans les programmes Les Jardins de l'Huisne (24 logements, Sémerval Habitat) et Le "
          "Clos Verdier (18 logements, Nérion Habitat)."),
    ("b", "Pôle enfance : l'étude de programmation a été confiée en novembre 2024 au cabinet "
          "Ordonnances Programmation ; ses conclusions sont attendues à l'automne 2025."),
    ("h", "5. Concertation et gestion urbaine de proximité"),
    ("p", "La maison du projet, 12 rue des Pâtureaux, a accueilli 2 140 visiteurs en 2024, soit "
          "22 % de plus qu'en 2023. Elle est ouverte du mardi au samedi. Yacine Belkhodja, chargé "
          "de concertation et de communication, a animé 14 réunions publiques et ateliers, dont "
          "trois ateliers sur l'aménagement du futur mail central et une balade urbaine lors des "
          "Journées européennes du patrimoine."),
    ("p", "Quatre diagnostics en marchant ont été conduits en 2024 avec le conseil citoyen, les "
          "bailleurs et les services de la Ville, avec l'appui du cabinet Atelier Transversales. "
          "Ils ont permis de relever 96 dysfonctionnements, dont 67 étaient traités au "
          "31 décembre 2024. Bastien Herrou, coordinateur de la gestion urbaine de proximité, "
          "anime la cellule de veille mensuelle qui suit les signalements."),
    ("p", "Les bailleurs ont consacré 612 000 € d'abattement de la taxe foncière sur les "
          "propriétés bâties (TFPB) au renforcement de la gestion dans le quartier : 402 000 € "
          "pour Sémerval Habitat et 210 000 € pour Nérion Habitat."),
    ("h", "6. Emploi et insertion"),
    ("p", "Les clauses d'insertion des marchés du projet ont généré 14 300 heures en 2024, au "
          "bénéfice de 41 personnes, dont 17 habitants des Pâtureaux. L'objectif de la convention "
          "est de 52 000 heures d'ici 2030. Le chantier de démolition de la tour Cézanne a "
          "représenté à lui seul 5 100 heures."),
    ("h", "7. Budget du GIP"),
    ("p", "Le budget 2024 du GIP a été exécuté à hauteur de 1 108 000 €. Les recettes "
          "proviennent des contributions des membres, fixées par la convention constitutive, et "
          "des subventions d'ingénierie de l'ANRU et de la Banque des Territoires."),
    ("p", "Le budget primitif 2025, adopté par l'assemblée générale du 12 décembre 2024, s'élève "
          "à 1 164 000 €. Il finance le recrutement d'un chargé de mission clauses d'insertion à "
          "compter du 1er mars 2025."),
    ("table", "recettes"),
    ("table", "depenses"),
    ("h", "8. L'équipe"),
    ("b", "Thibault Lanoë, directeur"),
    ("b", "Corinne Le Guellec, responsable administrative et financière"),
    ("b", "Amandine Roux-Peltier, chargée de mission relogement"),
    ("b", "Yacine Belkhodja, chargé de concertation et de communication"),
    ("b", "Bastien Herrou, coordinateur de la gestion urbaine de proximité"),
    ("b", "deux chargés d'opérations, une assistante de direction et un agent d'accueil de la "
          "maison du projet"),
    ("h", "9. Perspectives 2025"),
    ("b", "Achever le relogement des 44 ménages de la barre Matisse avant le 31 décembre 2025."),
    ("b", "Engager le désamiantage de la barre Matisse à l'automne 2025, avant sa démolition à "
          "partir de mars 2026."),
    ("b", "Recevoir l'étude de programmation du pôle enfance et lancer le concours de maîtrise "
          "d'œuvre."),
    ("b", "Préparer l'avenant n° 1 à la convention, qui doit intégrer la réhabilitation de la "
          "résidence Degas (96 logements)."),
    ("note", "Rapport approuvé par l'assemblée générale du GIP le 19 juin 2025. Chiffres au "
             "31 décembre 2024, sauf mention contraire."),
]


# ---------------------------------------------------------------------------
# 2. Contract-of-city action sheet on public tranquillity: plain text (town 1)
# ---------------------------------------------------------------------------
TX_FUNDERS = [("État – Fonds interministériel de prévention de la délinquance (FIPD)", 38000,
               40000),
              ("État – crédits de la politique de la ville (BOP 147)", 45000, 45000),
              ("Ville de Sémerval", 96000, 98000),
              ("Sémerval Agglomération", 30000, 30000),
              ("Sémerval Habitat (abattement TFPB)", 84000, 84000),
              ("Nérion Habitat (abattement TFPB)", 34000, 34000)]
TX_INDICATORS = [("Atteintes aux biens enregistrées", "212", "190", "150"),
                 ("Incendies de véhicules", "14", "8", "4"),
                 ("Habitants ne se sentant pas en sécurité le soir", "38 %", "32 %", "25 %"),
                 ("Interventions des médiateurs (par an)", "1 480", "1 800", "2 000"),
                 ("Jeunes accueillis en chantier éducatif (par an)", "18", "24", "30")]
TX_W = 70


def tx_funding_table():
    a, b = sum(f[1] for f in TX_FUNDERS), sum(f[2] for f in TX_FUNDERS)
    span = "Budget prévisionnel (en euros)"
    rule = "-" * (TX_W + 33)
    lines = [(" " * TX_W + f"{span:^33}").rstrip(),
             f"{'Financeur':<{TX_W}}{'2025':>10}{'2026':>11}{'Total':>12}",
             rule]
    for name, x, y in TX_FUNDERS:
        lines.append(f"{name:<{TX_W}}{probekit.eur(x):>10}{probekit.eur(y):>11}{probekit.eur(x + y):>12}")
    lines.append(rule)
    lines.append(f"{'TOTAL':<{TX_W}}{probekit.eur(a):>10}{probekit.eur(b):>11}{probekit.eur(a + b):>12}")
    return "\n".join(lines)


def tx_indicator_table():
    lines = [f"{'Indicateur':<52}{'Référence 2024':>16}{'Cible 2026':>13}{'Cible 2030':>13}"]
    for name, a, b, c in TX_INDICATORS:
        lines.append(f"{name:<52}{a:>16}{b:>13}{c:>13}")
    return "\n".join(lines)


def _check_txt():
    a, b = sum(f[1] for f in TX_FUNDERS), sum(f[2] for f in TX_FUNDERS)
    assert (a, b, a + b) == (327000, 331000, 658000)
    assert round(186000 * 0.4) == 74400 and 186000 - 74400 == 111600 and 14 + 9 == 23


TXT = """CONTRAT DE VILLE « ENGAGEMENTS QUARTIERS 2030 » – SÉMERVAL AGGLOMÉRATION

FICHE ACTION N° 3.2
Tranquillité publique et médiation sociale aux Pâtureaux

Version validée par le comité de pilotage du contrat de ville du 24 juin 2025


Pilier : Cadre de vie et renouvellement urbain
Axe : Améliorer la tranquillité publique et le sentiment de sécurité des habitants
Quartier : Les Pâtureaux (Sémerval)
Pilote : Ville de Sémerval, direction de la prévention et de la tranquillité publique
Référent : Mathieu Grandjouan, coordonnateur du conseil local de sécurité et de prévention de la délinquance (CLSPD)
Partenaires : Police nationale (commissariat de Sémerval), police municipale de Sémerval, Sémerval Habitat, Nérion Habitat, association Trait d'Union Sarthe, Sémibus (réseau de transport de Sémerval Agglomération), centre social La Passerelle, service de prévention spécialisée du Département de la Sarthe, GIP Renouvellement urbain de Sémerval
Durée : 2025-2026, reconductible jusqu'en 2030
Coût total 2025-2026 : 658 000 € en fonctionnement et 186 000 € HT en investissement


1. CONSTAT

Les Pâtureaux concentrent une part importante des faits de délinquance de voie publique de la ville. En 2024, la police nationale y a enregistré 212 atteintes aux biens, en baisse de 9 % par rapport à 2023, mais aussi 14 incendies de véhicules. Les deux bailleurs ont signalé 61 dégradations de parties communes.

L'enquête de perception conduite par le GIP en novembre 2024 auprès de 412 habitants montre que 38 % d'entre eux ne se sentent pas en sécurité le soir dans le quartier, contre 19 % dans l'ensemble de Sémerval. Les halls de la résidence Degas et les abords du centre commercial du Pâtis sont les lieux les plus souvent cités.

Les chantiers du projet de renouvellement urbain, en particulier la démolition de la barre Matisse à partir de mars 2026, créent des espaces vacants et des cheminements provisoires qu'il faut sécuriser. Le trafic de stupéfiants, installé dans deux halls de la résidence Degas, pèse sur la vie quotidienne des locataires.


2. OBJECTIFS

- Réduire les atteintes aux biens et les incendies de véhicules dans le quartier.
- Restaurer le sentiment de sécurité, en particulier le soir et aux abords des commerces.
- Assurer une présence humaine régulière dans l'espace public et les halls.
- Sécuriser les chantiers du projet de renouvellement urbain et leurs abords.


3. DESCRIPTION DE L'ACTION

Action 1 – Médiation sociale de soirée. L'association Trait d'Union Sarthe met à disposition une équipe de 4 médiateurs, présents du mardi au samedi de 16 h à 23 h. Ils vont au-devant des habitants, préviennent les conflits de voisinage, accompagnent la sortie des équipements et signalent les dysfonctionnements à la cellule de veille. L'équipe est encadrée par Sandrine Malherbe, responsable du pôle médiation de l'association. Cette action représente 172 000 € par an.

Action 2 – Vidéoprotection. Neuf caméras supplémentaires seront installées autour du centre commercial du Pâtis et du mail central, ce qui portera à 23 le nombre de caméras du quartier. Les images sont visionnées au centre de supervision urbain de la police municipale, dirigée par Laurent Bocquel, chef de service.

Action 3 – Cellule de veille. Une cellule de veille tranquillité se réunit le premier lundi de chaque mois, sous la présidence de Martine Oudard-Lefèvre, adjointe au maire chargée de la tranquillité publique. Elle associe le commissaire de police ou son représentant, la police municipale, les bailleurs, les médiateurs, Sémibus et le GIP.

Action 4 – Chantiers éducatifs. Le service de prévention spécialisée du Département organise avec Sémerval Habitat des chantiers éducatifs rémunérés (peinture de halls, nettoyage de caves, petits travaux d'espaces verts) pour 24 jeunes de 16 à 21 ans par an.

Action 5 – Tranquillité résidentielle. Sémerval Habitat et Nérion Habitat financent, au titre de l'abattement de TFPB, une présence de gardiennage le soir et le week-end dans les halls les plus exposés des résidences Degas et Renoir, ainsi que le gardiennage des chantiers de démolition.


4. PUBLIC VISÉ

Habitants et usagers du quartier des Pâtureaux ; jeunes de 16 à 21 ans exposés au risque de délinquance ; locataires des résidences Degas et Renoir.


5. PLAN DE FINANCEMENT – FONCTIONNEMENT

""" + tx_funding_table() + """

Investissement (action 2, vidéoprotection) : 186 000 € HT, financés à 40 % par le FIPD (74 400 €) et à 60 % par la Ville de Sémerval (111 600 €).


6. INDICATEURS

""" + tx_indicator_table() + """

Les atteintes aux biens sont mesurées par la police nationale ; le sentiment de sécurité par l'enquête de perception du GIP, renouvelée tous les deux ans.


7. CALENDRIER

- Septembre 2025 : installation des neuf caméras supplémentaires
- Octobre 2025 : renouvellement de la convention avec Trait d'Union Sarthe pour 2026
- Janvier 2026 : plan de sécurisation des abords du chantier de la barre Matisse
- Novembre 2026 : nouvelle enquête de perception auprès des habitants


8. SUIVI ET ÉVALUATION

Le comité de suivi tranquillité du contrat de ville se réunit deux fois par an, sous la co-présidence du maire de Sémerval, Jean-Marc Ollivry, et du sous-préfet chargé de la politique de la ville. Un bilan annuel est présenté au conseil local de sécurité et de prévention de la délinquance et au comité de pilotage du contrat de ville.


Contact : Mathieu Grandjouan – direction de la prévention et de la tranquillité publique – Ville de Sémerval – clspd@ville-semerval.fr
"""


# ---------------------------------------------------------------------------
# 3. Consultancy mission sheet, programming study of public facilities: DOCX (town 2)
# ---------------------------------------------------------------------------
DX_COMPANY = "Atelier Transversales"
DX_DOC_KIND = "Fiche mission"
DX_HEADER = "Atelier Transversales – Fiche mission – Références en renouvellement urbain"
DX_FOOTER = ("Atelier Transversales – SCOP d'urbanisme et de programmation – 27, quai "
             "Saint-Vincent – Lyon – fiche mise à jour le 15 mai 2025")
DX_KICKER = "Fiche mission – programmation et équipements publics"
DX_TITLE = "Étude de programmation des équipements publics du cœur des Vernèdes"
DX_SUBTITLE = ("Projet de renouvellement urbain des Vernèdes – Fontclaret (Drôme) – "
               "2024-2025")
DX_KEYWORDS = ("programmation; équipements publics; groupe scolaire; NPNRU; Vernèdes; "
               "Fontclaret; diagnostic en marchant")
DX_FIELDS = [
    ("Maître d'ouvrage", "Ville de Fontclaret, direction du projet de renouvellement urbain"),
    ("Interlocutrice", "Claire Vidalenc, directrice de projet renouvellement urbain"),
    ("Cofinancement", "ANRU (50 %, au titre du protocole de préfiguration) et Banque des "
                      "Territoires (25 %)"),
    ("Montant", "118 500 € HT : tranche ferme de 96 000 € HT et tranche optionnelle de "
                "22 500 € HT, affermie le 3 septembre 2024"),
    ("Dates", "Notification le 15 janvier 2024 ; rendu final le 28 mars 2025"),
    ("Groupement", "Atelier Transversales (mandataire, programmation et concertation) et "
                   "Estimo Conseil (économiste de la construction)"),
    ("Cheffe de projet", "Hélène Sabatier-Kuhn, architecte-programmiste"),
]
DX_PHASES = [
    ("Phase 1 – Diagnostic", "Visite des équipements, analyse des effectifs scolaires et des "
     "usages, trois diagnostics en marchant avec les habitants", "4 mois", 31500),
    ("Phase 2 – Scénarios", "Trois scénarios d'implantation et de regroupement des équipements, "
     "chiffrés et comparés", "3 mois", 28000),
    ("Phase 3 – Programme", "Programme fonctionnel et technique détaillé du scénario retenu, "
     "enveloppe financière et calendrier", "4 mois", 36500),
    ("Tranche optionnelle – Concertation renforcée", "Deux ateliers avec les enfants et les "
     "parents d'élèves, exposition à la maison du projet", "2 mois", 22500),
]
DX_TEAM = [
    ("Hélène Sabatier-Kuhn", "Atelier Transversales", "Architecte-programmiste, cheffe de projet",
     42),
    ("Loïc Demaison", "Atelier Transversales", "Urbaniste, analyse urbaine et scénarios", 30),
    ("Pauline Tessier-Amar", "Atelier Transversales", "Sociologue, concertation et diagnostics "
     "en marchant", 24),
    ("Rémi Castaing", "Estimo Conseil", "Économiste de la construction, estimations", 15),
]


def dx_phase_rows():
    rows = [["Phase", "Contenu", "Durée", "Montant HT"]]
    for name, what, dur, amount in DX_PHASES:
        rows.append([name, what, dur, f"{probekit.eur(amount)} €"])
    rows.append(["Total", "Tranche ferme et tranche optionnelle", "",
                 f"{probekit.eur(sum(p[3] for p in DX_PHASES))} €"])
    return rows


def dx_team_rows():
    rows = [["Intervenant", "Structure", "Rôle", "Jours"]]
    for name, firm, role, days in DX_TEAM:
        rows.append([name, firm, role, str(days)])
    rows.append(["Total", "", "", str(sum(t[3] for t in DX_TEAM))])
    return rows


def _check_docx():
    assert sum(p[3] for p in DX_PHASES) == 118500 and sum(p[3] for p in DX_PHASES[:3]) == 96000
    assert sum(t[3] for t in DX_TEAM) == 111 and 148 + 231 == 379 and 790 + 360 == 1150


DX_TABLES = {"phases": dx_phase_rows(), "equipe": dx_team_rows()}
DX_WIDTHS = {"phases": [2500, 4300, 1200, 1600], "equipe": [2300, 2100, 4200, 1000]}
DX_SECTIONS = [
    ("h1", "Contexte"),
    ("p", "Fontclaret (27 600 habitants) est la ville-centre de Fontclaret Provence "
          "Agglomération. Le quartier prioritaire des Vernèdes, au nord de la ville, compte "
          "3 300 habitants et 1 310 logements, dont 1 150 logements sociaux : 790 appartiennent à "
          "Rhône-Baronnies Habitat et 360 à Nérion Habitat. Le protocole de préfiguration, signé "
          "le 11 juillet 2023, prévoyait la démolition de la tour Orion et d'une partie au moins "
          "de la barre Cassiopée, et demandait une étude de l'ensemble des équipements publics "
          "du cœur du quartier avant la signature de la convention."),
    ("p", "Ces équipements sont anciens et dispersés. L'école maternelle Les Étoiles (6 classes, "
          "construite en 1968, 148 élèves à la rentrée 2023) occupe le rez-de-chaussée de la "
          "barre Cassiopée ; l'école élémentaire Paul-Éluard (10 classes, 1972, 231 élèves) se "
          "trouve de l'autre côté de l'avenue Jean-Moulin. Les deux écoles relèvent de l'éducation "
          "prioritaire renforcée (REP+). La bibliothèque annexe, de 180 m², et le centre social "
          "L'Oustal, de 420 m², sont installés en pied d'immeuble, au 4 et au 12 chemin des "
          "Vernèdes."),
    ("h1", "Objectifs de la mission"),
    ("li", "Établir un diagnostic partagé du fonctionnement, de l'état et des usages des "
           "équipements publics du quartier."),
    ("li", "Évaluer les besoins scolaires à l'horizon 2030 avec les services de l'Éducation "
           "nationale."),
    ("li", "Proposer et chiffrer des scénarios de regroupement et d'implantation compatibles "
           "avec le projet urbain."),
    ("li", "Rédiger le programme du scénario retenu, pour l'inscrire dans la convention de "
           "renouvellement urbain."),
    ("h1", "Déroulement et montant"),
    ("p", "La mission a été notifiée le 15 janvier 2024. La tranche optionnelle, consacrée à la "
          "concertation avec les enfants et les parents, a été affermie le 3 septembre 2024, à la "
          "demande du conseil citoyen des Vernèdes."),
    ("table", "phases"),
    ("note", "Montants hors taxes. Les durées s'entendent hors délais de validation par le "
             "maître d'ouvrage."),
    ("h1", "Équipe mobilisée"),
    ("table", "equipe"),
    ("h1", "Résultats"),
    ("p", "Le comité de pilotage du 8 octobre 2024, présidé par la maire de Fontclaret, Sylvie "
          "Arnaudon-Reyne, a retenu le scénario B, qui regroupe les équipements autour d'un "
          "parvis commun :"),
    ("li", "un groupe scolaire de 15 classes (6 classes maternelles et 9 classes élémentaires), "
           "construit sur le terrain libéré par la tour Orion, d'une surface de plancher de "
           "3 950 m², estimé à 11,8 M€ HT ;"),
    ("li", "un pôle culturel et social de 1 450 m², réunissant le centre social L'Oustal et une "
           "médiathèque de proximité dans le rez-de-chaussée réhabilité de la résidence Véga, "
           "estimé à 4,6 M€ HT ;"),
    ("li", "un parvis et une rue scolaire apaisée sur l'avenue Jean-Moulin, estimés à "
           "0,9 M€ HT."),
    ("p", "Le scénario A, reconstruction des deux écoles sur leurs sites actuels, était estimé à "
          "13,4 M€ HT et imposait trois années de classes provisoires. Le scénario C, extension "
          "de l'école Paul-Éluard, laissait la maternelle au pied de la barre Cassiopée."),
    ("p", "Les projections établies avec la circonscription de l'Éducation nationale prévoient "
          "395 élèves à la rentrée 2029, contre 379 à la rentrée 2023. Le programme a été validé "
          "par le comité de pilotage du 6 février 2025 ; l'ouverture du groupe scolaire est "
          "visée pour la rentrée 2029."),
    ("h1", "Livrables"),
    ("li", "Rapport de diagnostic et comptes rendus des trois diagnostics en marchant (mai 2024)"),
    ("li", "Note comparative des trois scénarios (septembre 2024)"),
    ("li", "Synthèse des ateliers avec les enfants et les parents (décembre 2024)"),
    ("li", "Programme fonctionnel et technique, version définitive (28 mars 2025)"),
    ("li", "Fiches de synthèse des opérations pour la convention de renouvellement urbain"),
    ("h1", "Gouvernance"),
    ("p", "Un comité technique mensuel, animé par Claire Vidalenc, réunissait les services de la "
          "Ville, Rhône-Baronnies Habitat, Nérion Habitat et Fontclaret Provence Agglomération. "
          "Le comité de pilotage associait en outre Karim Ouazzani, adjoint au maire chargé de "
          "l'éducation, le directeur académique des services de l'Éducation nationale de la "
          "Drôme, la caisse d'allocations familiales et la délégation territoriale de l'ANRU."),
    ("note", "Fiche établie par Atelier Transversales le 15 mai 2025. Les estimations du "
             "scénario retenu sont exprimées en valeur janvier 2025."),
]


# ---------------------------------------------------------------------------
# 4. Regional daily's web article on the signing of the convention: HTML (town 2)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Les Vernèdes : la convention de renouvellement urbain enfin signée – Le Veilleur drômois</title>
<meta name="description" content="Fontclaret : la convention du projet de renouvellement urbain des Vernèdes a été signée jeudi 2 octobre. Démolitions, réhabilitations, nouveau groupe scolaire.">
<meta name="author" content="Jérôme Baculard">
<meta property="article:published_time" content="2025-10-03T06:30:00+02:00">
<link rel="canonical" href="https://www.leveilleurdromois.example/fontclaret/vernedes-convention-renouvellement-urbain">
<style>.bandeau-cookies{position:fixed;bottom:0;width:100%}.premium{color:#b30000}</style>
<script>window.vdConsent = window.vdConsent || {};</script>
</head>
<body>
<div class="bandeau-cookies" role="dialog">
  <p>Le Veilleur drômois et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées. Vous pouvez modifier vos choix à tout moment. <a href="/cookies/">Paramétrer</a> · <a href="#">Tout accepter</a> · <a href="#">Tout refuser</a></p>
</div>
<header class="entete">
  <p class="logo"><a href="/">Le Veilleur drômois</a></p>
  <nav class="navigation">
    <ul>
      <li><a href="/fontclaret/">Fontclaret</a></li>
      <li><a href="/agglomeration/">Agglomération</a></li>
      <li><a href="/drome/">Drôme</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/loisirs/">Sortir</a></li>
      <li><a href="/abonnement/" class="premium">S'abonner</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="ariane"><a href="/">Accueil</a> › <a href="/fontclaret/">Fontclaret</a> › Urbanisme</nav>

<article class="article-principal">
  <p class="rubrique">Fontclaret · Urbanisme</p>
  <h1>Les Vernèdes : la convention de renouvellement urbain enfin signée</h1>
  <p class="auteur">Par Jérôme Baculard · Publié le <time datetime="2025-10-03T06:30">3 octobre 2025 à 6 h 30</time></p>
  <p class="chapo">Deux immeubles démolis, 412 logements rénovés, un groupe scolaire neuf : la convention du projet de renouvellement urbain des Vernèdes a été signée jeudi en mairie. Elle engage 64,8 millions d'euros jusqu'en 2034.</p>

  <p>Il aura fallu plus de deux ans après le protocole de préfiguration. Jeudi 2 octobre, dans la salle du conseil municipal, la maire de Fontclaret, Sylvie Arnaudon-Reyne, le président de Fontclaret Provence Agglomération, Gilles Chabert-Moulin, la préfète de la Drôme et les représentants de l'Agence nationale pour la rénovation urbaine (ANRU), d'Action Logement et des deux bailleurs sociaux ont signé la convention pluriannuelle du projet de renouvellement urbain des Vernèdes.</p>
  <p>Le projet représente 64,8 millions d'euros TTC. L'ANRU apporte 14,1 millions d'euros de subventions et Action Logement 3,2 millions d'euros de prêts bonifiés. La Ville engage 9,6 millions, l'agglomération 5,2 millions, la Région Auvergne-Rhône-Alpes 3,1 millions et le Département de la Drôme 2,4 millions ; les bailleurs et leurs emprunts financent le reste.</p>

  <h2>Deux immeubles rayés de la carte</h2>
  <p>La tour Orion, 72 logements au 2 rue de l'Étoile-du-Berger, propriété de l'office Rhône-Baronnies Habitat, sera démolie en 2027. La barre Cassiopée, 96 logements du 4 au 14 chemin des Vernèdes, qui appartient à l'entreprise sociale pour l'habitat Nérion Habitat, suivra en 2028 et 2029. Au total, 151 ménages devront être relogés. Les premiers relogements de la tour Orion ont commencé en septembre ; ceux de la barre Cassiopée débuteront au printemps 2026.</p>
  <p>« Nous ne relogerons personne contre son gré, et chaque famille aura un interlocuteur unique du début à la fin », promet Marc-Antoine Roubaud, directeur général de Rhône-Baronnies Habitat. Une maîtrise d'œuvre urbaine et sociale commune aux deux bailleurs, chargée d'accompagner les ménages, doit être désignée au début de l'année 2026.</p>
  <p>En contrepartie des démolitions, 140 logements sociaux seront reconstruits, dont 105 hors du quartier prioritaire, dans les communes de Montvalier-sur-Lez et de Crestaz. Les résidences Andromède, Véga et Altaïr, soit 412 logements, seront réhabilitées pour environ 58 000 euros par logement, avec un objectif d'étiquette énergétique B.</p>
  <p>Les premiers travaux concerneront la résidence Andromède, 148 logements, à partir de l'automne 2026. Le centre commercial des Vernèdes, dont 4 des 9 cellules sont vides, sera restructuré par l'agglomération pour 2,2 millions d'euros ; la supérette et la pharmacie se sont engagées à rester. Les marchés du projet devront enfin réserver au moins 38 000 heures de travail à des personnes en insertion, dont la moitié à des habitants du quartier.</p>

  <h2>Une école neuve pour la rentrée 2029</h2>
  <p>L'opération la plus attendue est le groupe scolaire de 15 classes qui remplacera les écoles Les Étoiles et Paul-Éluard, sur le terrain de la tour Orion. Son coût est inscrit dans la convention pour 12,4 millions d'euros TTC, dont 3,1 millions de l'ANRU. Il doit ouvrir à la rentrée 2029. Un pôle culturel et social, réunissant le centre social L'Oustal et une médiathèque, s'installera au pied de la résidence Véga.</p>
  <p>« Aujourd'hui, un enfant de maternelle sur deux du quartier fait sa scolarité au pied d'une barre promise à la démolition. Ce groupe scolaire, c'est la première promesse que nous devons tenir », insiste Karim Ouazzani, adjoint au maire chargé de l'éducation.</p>
  <p>Au conseil citoyen, on reste prudent. « On attend de voir », tempère Nadia Belmokhtar, qui regrette que le calendrier des réhabilitations « commence par les immeubles les moins abîmés ». Le conseil citoyen a obtenu que deux de ses membres siègent au comité de pilotage du projet.</p>

  <h2>Une maison du projet dès janvier</h2>
  <p>Une maison du projet ouvrira en janvier 2026 au 6 avenue Jean-Moulin, dans l'ancienne agence de Rhône-Baronnies Habitat. Elle sera ouverte le mercredi et le samedi matin, et accueillera les permanences de l'équipe de relogement. Claire Vidalenc, directrice de projet renouvellement urbain à la Ville, y présentera les plans du futur quartier lors d'une réunion publique prévue le 22 janvier.</p>

  <aside class="encadre">
    <h3>Repères – Les Vernèdes</h3>
    <ul>
      <li>3 300 habitants, dont 38 % ont moins de 25 ans</li>
      <li>Construit entre 1964 et 1976 au nord de Fontclaret</li>
      <li>1 310 logements, dont 1 150 logements sociaux</li>
      <li>Taux de pauvreté : 47 %, contre 16 % dans l'ensemble de Fontclaret</li>
      <li>Fin des opérations de la convention : 2034</li>
    </ul>
  </aside>
</article>

<aside class="colonne">
  <section class="plus-lus">
    <h2>Les plus lus</h2>
    <ol>
      <li><a href="/drome/secheresse-arretes-prefectoraux/">Sécheresse : de nouvelles restrictions d'eau dans le sud du département</a></li>
      <li><a href="/fontclaret/marche-nocturne-bilan/">Fontclaret : les marchés nocturnes ont attiré 40 000 visiteurs cet été</a></li>
      <li><a href="/sports/rugby-fontclaret-federale/">Rugby : Fontclaret s'impose dans le derby</a></li>
    </ol>
  </section>
  <section class="lettre">
    <h2>La lettre du Veilleur</h2>
    <p>Recevez chaque matin à 7 heures l'essentiel de l'actualité de la Drôme.</p>
    <form action="/newsletter/" method="post"><input type="email" name="courriel" placeholder="Votre adresse électronique"><button type="submit">Je m'inscris</button></form>
  </section>
</aside>

<section class="meme-sujet">
  <h2>Sur le même sujet</h2>
  <ul>
    <li><a href="/fontclaret/vernedes-protocole-prefiguration-2023/">Vernèdes : l'État et la Ville signent un protocole pour préparer la rénovation du quartier</a></li>
    <li><a href="/fontclaret/ecole-les-etoiles-parents-inquiets/">École Les Étoiles : les parents d'élèves inquiets pour la sécurité</a></li>
    <li><a href="/agglomeration/logement-social-attributions/">Logement social : l'agglomération revoit ses règles d'attribution</a></li>
  </ul>
</section>
</main>

<footer class="pied-de-page">
  <p>Le Veilleur drômois – 9, boulevard du Lycée – Fontclaret</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/donnees-personnelles/">Données personnelles</a> · <a href="/contact/">Nous contacter</a> · <a href="/annonces/">Annonces légales</a></p>
  <p>© 2025 Le Veilleur drômois. Tous droits réservés.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 72 + 96 == 168 and 9.6 + 5.2 + 3.1 + 2.4 + 14.1 < 64.8


# ---------------------------------------------------------------------------
# 5. Consultancy's website article on walking diagnoses: Markdown (both towns)
# ---------------------------------------------------------------------------
MD = """---
title: "Diagnostics en marchant : ce que nous ont appris les Pâtureaux et les Vernèdes"
date: 2025-11-12
auteur: "Pauline Tessier-Amar, sociologue, Atelier Transversales"
rubrique: "Carnets de terrain"
lieux: ["Sémerval (Sarthe)", "Fontclaret (Drôme)"]
tags: [diagnostic en marchant, gestion urbaine de proximité, programmation, concertation]
---

# Diagnostics en marchant : ce que nous ont appris les Pâtureaux et les Vernèdes

*Carnets de terrain – publié le 12 novembre 2025 par Pauline Tessier-Amar*

Le diagnostic en marchant est devenu un classique de la politique de la ville. Nous en avons animé plus de quarante depuis la création de l'atelier, en 2009. Deux terrains récents, très différents, nous ont pourtant obligés à revoir notre façon de faire : le quartier des Pâtureaux à Sémerval, dans la Sarthe, et celui des Vernèdes à Fontclaret, dans la Drôme.

## Qu'est-ce qu'un diagnostic en marchant ?

C'est une visite du quartier, sur un parcours de 1,5 à 2 kilomètres et pendant deux heures environ, qui réunit des habitants, des gestionnaires (bailleurs, services techniques, police municipale) et des élus. Chaque participant signale ce qui fonctionne et ce qui ne fonctionne pas : éclairage, propreté, cheminements, halls, aires de jeux, stationnement. Chaque observation est photographiée, localisée et attribuée à un gestionnaire, qui s'engage sur un délai de traitement.

## Aux Pâtureaux, un outil de gestion urbaine de proximité

Depuis 2022, nous accompagnons le GIP Renouvellement urbain de Sémerval dans ses campagnes annuelles de diagnostics en marchant, qui nourrissent la gestion urbaine de proximité du quartier. En 2025, cinq diagnostics ont été conduits entre mars et octobre, un par secteur du quartier, dont un à la tombée de la nuit autour du centre commercial du Pâtis.

Ils ont réuni 87 participants, dont 54 habitants, et permis de relever 132 dysfonctionnements. Les deux tiers concernaient les espaces extérieurs ; les halls et les parties communes des résidences Degas et Renoir en représentaient un quart. Au 31 octobre 2025, 71 % des dysfonctionnements avaient été traités en moins de trois mois.

Chaque diagnostic coûte au GIP environ 2 400 € HT, préparation, animation et compte rendu compris, soit 12 000 € HT pour la campagne 2025.

« Le diagnostic en marchant a changé notre façon de travailler : les gardiens et les responsables de secteur voient désormais les halls avec les yeux des locataires », observe Bastien Herrou, coordinateur de la gestion urbaine de proximité au GIP.

## Aux Vernèdes, un outil de programmation

À Fontclaret, le diagnostic en marchant a servi un tout autre objectif : préparer l'étude de programmation des équipements publics du cœur des Vernèdes, que la Ville nous avait confiée. Trois parcours ont été organisés en avril et mai 2024, au départ des écoles Les Étoiles et Paul-Éluard et du centre social L'Oustal.

Ils ont réuni 46 participants, dont 19 enfants de CM2 de l'école Paul-Éluard, qui ont tracé leur propre parcours sur un plan du quartier. Sur les 58 observations recueillies, la plus forte a porté sur la traversée de l'avenue Jean-Moulin, empruntée chaque matin par près de 300 enfants sans passage surélevé ni agent de sécurité. Douze observations ont été reprises dans le programme, dont la rue scolaire apaisée devant le futur groupe scolaire.

« Les enfants nous ont montré des raccourcis que personne ne connaissait dans les services. Le futur parvis en tient compte », relève Claire Vidalenc, directrice de projet renouvellement urbain à la Ville de Fontclaret.

## Deux terrains, deux usages

| | Les Pâtureaux (Sémerval) | Les Vernèdes (Fontclaret) |
|---|---|---|
| Commanditaire | GIP Renouvellement urbain de Sémerval | Ville de Fontclaret |
| Cadre | Gestion urbaine de proximité | Étude de programmation des équipements publics |
| Période | De mars à octobre 2025 | Avril et mai 2024 |
| Nombre de parcours | 5 | 3 |
| Participants | 87, dont 54 habitants | 46, dont 19 enfants |
| Observations relevées | 132 dysfonctionnements | 58 observations |
| Suites données | 71 % traités en moins de trois mois | 12 observations reprises dans le programme |

## Un bailleur dans les deux quartiers

Nérion Habitat possède la barre Matisse aux Pâtureaux et la barre Cassiopée aux Vernèdes, toutes deux promises à la démolition. Après avoir participé aux deux démarches, sa directrice générale, Isabelle Carrère-Montel, a décidé d'inscrire un diagnostic en marchant par an dans chacun des 14 quartiers prioritaires où l'entreprise est présente, à partir de 2026.

## Ce que nous en retenons

- Marcher en petits groupes : pas plus de 20 personnes par parcours, quitte à dédoubler les visites.
- Inviter ceux qui peuvent agir : un responsable de secteur du bailleur vaut mieux que trois représentants sans pouvoir de décision.
- Choisir l'heure : un parcours de nuit révèle l'éclairage défaillant et les lieux évités.
- Restituer vite : le compte rendu doit parvenir aux participants dans le mois qui suit la visite.
- Donner la parole aux enfants : ils pratiquent le quartier autrement que les adultes.

Atelier Transversales est une société coopérative d'urbanisme et de programmation fondée en 2009 à Lyon. Elle compte 14 salariés et intervient dans une trentaine de quartiers prioritaires.
"""


def _check_md():
    assert 5 * 2400 == 12000 and 87 - 54 == 33


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe15.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PA_KICKER, title=PA_TITLE, subtitle=PA_SUBTITLE,
        form=PA_FORM, blocks=PA_BLOCKS, tables=PA_TABLES, total_tables={"recettes", "depenses"},
        form_label_w=170, header_left=PA_HEADER_LEFT, header_right=PA_HEADER_RIGHT,
        footer=PA_FOOTER, author=PA_AUTHOR, subject=PA_SUBJECT, creator=PA_CREATOR,
        date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


BLOCK_READERS = probekit.block_readers(FN_DOCX, FN_PDF, FN_HTML, FN_MD, FN_TXT)


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_pdf()
    _check_txt()
    _check_docx()
    _check_html()
    _check_md()
    write_pdf()
    write_text(FN_TXT, TXT)
    write_docx()
    write_text(FN_HTML, HTML)
    write_text(FN_MD, MD)
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, QID_PREFIX):
        sys.exit(1)


if __name__ == "__main__":
    main()
