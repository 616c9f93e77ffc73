#!/usr/bin/env python3
"""Generate the five probe12 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Hautrive-sur-Drouance, quartier des Genêtières (Hautrive Drouance Agglomération,
        Bourgogne-Franche-Comté; social landlords Drouance Habitat and Logirive)
    - fiche-reference-amo-projet-renouvellement-genetieres-hautrive-trace-commun.docx
        (consultancy "fiche référence" of a completed mission, dated March 2022: labelled fields
        for client, team, dates and amount; phase table with periods and amounts; deliverables;
        the project that came out of the mission; the firm's comparable references, one of
        them in town 2)
    - deliberation-2025-06-47-conseil-municipal-hautrive-avenant-genetieres-gusp.txt
        (municipal council deliberation, 30 June 2025: quorum fields, visas, considérants with
        the figures before and after amendment no. 1, articles with the town's payment schedule
        and the neighbourhood-management agreement, vote counts)
    - annexe-3-programmation-financiere-2025-contrat-de-ville-genetieres.pdf
        (contract-of-city financing annex for 2025: labelled form, table by pillar, table of
        the main actions by funder, TFPB tax-relief programme, posts funded outside the annex,
        timetable)
Town 2: Pradelonne, quartier de la Croix-Verdier (Pradelonne Agglomération, Occitanie; social
        landlords Pradelonne Habitat and Habitat et Vallées)
    - compte-rendu-copil-npnru-croix-verdier-pradelonne-18-novembre-2025.md
        (steering-committee minutes with YAML front matter: attendees and apologies, agenda,
        discussion by item, numbered decisions, next-steps table with dates)
    - actualite-pradelonne-habitat-residence-les-canotiers-reconstitution-croix-verdier.html
        (social landlord's news page, October 2025: header, navigation and footer around an
        <article> with a standfirst, quotes, financing paragraph, key-figures <aside> and a press
        contact; some facts only in the standfirst, some only in the box)

The documents overlap on purpose: both towns have two social landlords, an amendment no. 1
(adopted in town 1, only in preparation in town 2), a school project, a neighbourhood-management
(GUP / GUSP) programme funded by the TFPB tax relief (2025 figures in town 1, 2024 figures in
town 2), rehousing counts at several dates, replacement homes planned and delivered, figures
before and after an amendment, and several people with close roles (project managers, mayors,
deputy mayors, landlords' managers). The consultancy sheet of town 1 also names a mission in
town 2, with its amount but without its team.

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe12.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of its gold document
(a paragraph, list item, table cell, or line; read back from the written files, and for the PDF
inside one page's paragraph or one rendered line), every answer fact must occur in one of its
gold documents, and every near-doc tag must name a document. It exits 1 on any failure.

Run from the repository root: python evals/probe12/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe12.jsonl")

FN_DOCX = "fiche-reference-amo-projet-renouvellement-genetieres-hautrive-trace-commun.docx"
FN_TXT = "deliberation-2025-06-47-conseil-municipal-hautrive-avenant-genetieres-gusp.txt"
FN_PDF = "annexe-3-programmation-financiere-2025-contrat-de-ville-genetieres.pdf"
FN_MD = "compte-rendu-copil-npnru-croix-verdier-pradelonne-18-novembre-2025.md"
FN_HTML = "actualite-pradelonne-habitat-residence-les-canotiers-reconstitution-croix-verdier.html"

ZIP_DT = (2022, 3, 15, 9, 30, 0)
DOCX_DATE = "2022-03-15T09:30:00Z"
PDF_DATE = "D:20250327170000+01'00'"


# ---------------------------------------------------------------------------
# 1. Town 1 consultancy reference sheet: DOCX
# ---------------------------------------------------------------------------
DX_COMPANY = "Tracé Commun"
DX_DOC_KIND = "Fiche référence"
DX_HEADER = ("Tracé Commun – Fiche référence R-2022-07 – Quartier des Genêtières, "
             "Hautrive-sur-Drouance")
DX_FOOTER = "Tracé Commun – urbanisme, programmation et conseil – 9, quai de la Navigation – Besançon"
DX_KICKER = "FICHE RÉFÉRENCE"
DX_TITLE = ("Assistance à maîtrise d'ouvrage pour l'élaboration du projet de renouvellement urbain "
            "des Genêtières")
DX_SUBTITLE = ("Hautrive-sur-Drouance (Bourgogne-Franche-Comté) – mission achevée – avril 2019 – "
               "décembre 2021")
DX_KEYWORDS = "référence; AMO; NPNRU; Genêtières; Hautrive-sur-Drouance; relogement; plan guide"
DX_FIELDS = [
    ("Client", "Hautrive Drouance Agglomération, direction de l'habitat et du renouvellement "
               "urbain, en lien avec la Ville de Hautrive-sur-Drouance"),
    ("Interlocuteur chez le client", "Olivier Brunetière, chef de projet renouvellement urbain à "
                                     "Hautrive Drouance Agglomération"),
    ("Cadre", "Protocole de préfiguration du NPNRU signé le 3 décembre 2018 ; quartier prioritaire "
              "des Genêtières, projet d'intérêt régional"),
    ("Équipe", "Tracé Commun (mandataire) : Solène Rouvière, directrice de mission ; Raphaël "
               "Obrecht, urbaniste programmiste ; Inès Kaddour, chargée d'études habitat et "
               "peuplement. Ardoise Paysage (cotraitant) : Mathis Carrère, paysagiste concepteur. "
               "Cité & Enquêtes (sous-traitant) : Nadia Lemoult, sociologue"),
    ("Période d'exécution", "Avril 2019 – décembre 2021 (33 mois, dont 2 mois de suspension en "
                            "2020)"),
    ("Montant", "214 600 € HT, dont 168 200 € HT en tranche ferme et 46 400 € HT en tranche "
                "optionnelle ; mission cofinancée à 50 % par l'ANRU au titre du protocole de "
                "préfiguration"),
    ("Date de la fiche", "15 mars 2022"),
]
DX_SECTIONS = [
    ("h1", "1. Contexte"),
    ("p", "Construit entre 1962 et 1974 en limite nord de Hautrive-sur-Drouance, le quartier des "
          "Genêtières compte 1 480 logements, dont 1 310 logements sociaux : 1 020 appartiennent à "
          "Drouance Habitat et 290 à Logirive. Ses 3 900 habitants représentent 9 % de la "
          "population de la commune."),
    ("p", "Le quartier a été retenu par l'ANRU comme projet d'intérêt régional. Un protocole de "
          "préfiguration a financé les études préalables à la convention. À l'issue d'un appel "
          "d'offres ouvert auquel cinq équipes avaient répondu, l'agglomération a confié à Tracé "
          "Commun l'assistance à maîtrise d'ouvrage pour concevoir le projet et le présenter à "
          "l'ANRU."),
    ("h1", "2. Objectifs de la mission"),
    ("li", "Établir un diagnostic urbain, social et patrimonial partagé avec les habitants et les "
           "partenaires."),
    ("li", "Comparer plusieurs scénarios d'intervention et accompagner le choix des élus."),
    ("li", "Traduire le scénario retenu en plan guide, en programme et en calendrier."),
    ("li", "Bâtir la maquette financière et le dossier présenté au comité d'engagement de l'ANRU."),
    ("li", "Définir, en tranche optionnelle, la stratégie de relogement et la charte partenariale "
           "de relogement."),
    ("h1", "3. Déroulement et méthode"),
    ("table", "phases"),
    ("p", "La phase 2 a été suspendue de mars à mai 2020, pendant le premier confinement. Les deux "
          "balades urbaines ont réuni 140 habitants et ont conduit à modifier le tracé du futur "
          "parc."),
    ("p", "Le comité de pilotage du 29 septembre 2020 a retenu le scénario « Les Genêtières "
          "ouvertes sur la Drouance », qui prolonge l'avenue Gustave-Eiffel jusqu'aux berges et "
          "crée un parc linéaire de 2,4 hectares."),
    ("p", "Le projet a été examiné par le comité d'engagement de l'ANRU le 18 novembre 2021. La "
          "convention pluriannuelle de renouvellement urbain a été signée le 15 février 2022."),
    ("h1", "4. Livrables"),
    ("li", "Rapport de diagnostic partagé et atlas cartographique (octobre 2019)"),
    ("li", "Note comparative des trois scénarios (juin 2020)"),
    ("li", "Plan guide au 1/2000 et cahier de 14 fiches de lots (avril 2021)"),
    ("li", "Maquette financière et calendrier opérationnel (octobre 2021)"),
    ("li", "Dossier de présentation au comité d'engagement de l'ANRU (novembre 2021)"),
    ("li", "Charte partenariale de relogement, signée par neuf partenaires le 6 décembre 2021"),
    ("h1", "5. Le projet issu de la mission"),
    ("p", "Le projet présenté à l'ANRU, d'un coût de 71,4 M€ TTC, prévoit la démolition de 264 "
          "logements de Drouance Habitat : la barre Courbet (120 logements), l'immeuble Millet "
          "(80 logements) et l'immeuble Daubigny (64 logements)."),
    ("p", "Il prévoit aussi la reconstitution de 198 logements sociaux, dont 120 hors du quartier "
          "prioritaire, la réhabilitation de 430 logements, dont les 290 logements de Logirive, et "
          "la résidentialisation de 260 logements."),
    ("p", "La reconstruction du groupe scolaire Élise-Deroche (12 classes) et la création d'une "
          "maison France services au cœur du quartier complètent le programme."),
    ("p", "Les concours financiers de l'ANRU s'élèvent à 15,8 M€ : 12,9 M€ de subventions et "
          "2,9 M€ de prêts bonifiés distribués par Action Logement."),
    ("p", "L'enquête sociale a recensé 231 ménages à reloger, dont 38 % de personnes seules et "
          "17 % de ménages de cinq personnes ou plus. La charte de relogement fixe à 50 % la part "
          "des relogements hors du quartier prioritaire et garantit aux ménages un reste à charge "
          "constant à surface équivalente."),
    ("h1", "6. Ce que nous retenons"),
    ("p", "La présence d'une sociologue dès le diagnostic a permis de fonder la stratégie de "
          "relogement sur une connaissance fine des ménages."),
    ("p", "Le choix du scénario en comité de pilotage, après les balades urbaines, a facilité "
          "l'adhésion du conseil citoyen, qui a rendu un avis favorable au plan guide le 12 mai "
          "2021."),
    ("h1", "7. Références comparables"),
    ("li", "Pradelonne, quartier de la Croix-Verdier (2023) : assistance au relogement et au suivi "
           "du peuplement, 61 500 € HT."),
    ("li", "Vireval, quartier du Moulin-Brûlé (2020-2022) : programmation des équipements publics "
           "du projet de renouvellement urbain, 87 000 € HT."),
    ("note", "Montants de la mission hors taxes ; montants du projet toutes taxes comprises, tels "
             "que présentés au comité d'engagement de l'ANRU. Contact : Solène Rouvière."),
]
DX_TABLES = {
    "phases": [
        ["Phase", "Période", "Principaux travaux", "Montant HT"],
        ["Phase 1 – Diagnostic partagé", "Avril – octobre 2019",
         "36 entretiens avec les partenaires, 5 ateliers avec les habitants, enquête sociale "
         "auprès de 412 ménages", "52 300 €"],
        ["Phase 2 – Scénarios d'aménagement", "Novembre 2019 – septembre 2020",
         "Trois scénarios comparés, deux balades urbaines, choix du scénario en comité de "
         "pilotage", "41 800 €"],
        ["Phase 3 – Plan guide et programmation", "Octobre 2020 – avril 2021",
         "Plan guide au 1/2000, 14 fiches de lots, étude de capacité du foncier libéré",
         "48 600 €"],
        ["Phase 4 – Dossier de convention", "Mai – novembre 2021",
         "Maquette financière, calendrier opérationnel, dossier du comité d'engagement",
         "25 500 €"],
        ["Tranche optionnelle – Stratégie de relogement", "Janvier – décembre 2021",
         "Analyse des besoins des ménages, charte partenariale de relogement, outils de suivi",
         "46 400 €"],
        ["Total", "", "", "214 600 €"],
    ],
}
DX_WIDTHS = {"phases": [2700, 1900, 3700, 1300]}


def _check_docx_tables():
    rows = DX_TABLES["phases"]
    vals = [int(r[3].replace(" ", "").replace("€", "")) for r in rows[1:]]
    assert sum(vals[:4]) == 168200, sum(vals[:4])
    assert sum(vals[:5]) == vals[5] == 214600, vals


# ---------------------------------------------------------------------------
# 2. Town 1 municipal council deliberation: plain text
# ---------------------------------------------------------------------------
TXT_SCHEDULE = [(2025, 980000), (2026, 1350000), (2027, 1240000), (2028, 760000),
                (2029, 420000), (2030, 180000)]
TXT_PAID = 2115000
TXT_TOTAL = 7045000
TXT_GUSP = {"bailleurs": 690000, "ville": 453000, "agglo": 117000}


def _check_txt():
    assert TXT_PAID + sum(a for _, a in TXT_SCHEDULE) == TXT_TOTAL
    assert sum(TXT_GUSP.values()) == 1260000
    assert TXT_GUSP["ville"] == 3 * 151000


TXT = f"""RÉPUBLIQUE FRANÇAISE
VILLE DE HAUTRIVE-SUR-DROUANCE

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du lundi 30 juin 2025

Délibération n° 2025-06-47

Objet : Quartier des Genêtières – Approbation de l'avenant n° 1 à la convention pluriannuelle de renouvellement urbain et de la participation financière de la Ville – Approbation de la convention de gestion urbaine et sociale de proximité 2025-2027

Date de convocation : 24 juin 2025
Nombre de conseillers municipaux en exercice : 35
Présents : 28
Représentés : 5
Absents : 2
Votants : 33

L'an deux mille vingt-cinq, le trente juin à dix-huit heures trente, le conseil municipal de la commune de Hautrive-sur-Drouance, légalement convoqué, s'est réuni en séance publique à l'hôtel de ville, salle du Conseil, sous la présidence de Mme Hélène Castagnier, maire.

Secrétaire de séance : M. Julien Thuillier
Rapporteur : M. Karim Mokrani, adjoint au maire délégué à la politique de la ville et au renouvellement urbain


LE CONSEIL MUNICIPAL,

Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;

Vu la loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine ;

Vu le règlement général de l'Agence nationale pour la rénovation urbaine relatif au nouveau programme national de renouvellement urbain ;

Vu la délibération n° 2021-12-88 du 13 décembre 2021 approuvant la convention pluriannuelle de renouvellement urbain du quartier des Genêtières ;

Vu la convention pluriannuelle de renouvellement urbain du quartier des Genêtières signée le 15 février 2022 ;

Vu l'avis favorable de la délégation territoriale de l'ANRU du 22 mai 2025 sur le projet d'avenant n° 1 ;

Vu l'avis de la commission urbanisme, cadre de vie et politique de la ville du 16 juin 2025 ;

Considérant que la convention signée le 15 février 2022 prévoit la démolition de 264 logements, la reconstitution de 198 logements sociaux, la réhabilitation de 430 logements et la reconstruction du groupe scolaire Élise-Deroche, pour un coût total de 71,4 M€ TTC ;

Considérant que le diagnostic technique réalisé en 2024 a révélé la dégradation avancée de l'immeuble Corot (48 logements), propriété de Drouance Habitat, dont la convention prévoyait la réhabilitation, et que Drouance Habitat a demandé sa démolition ;

Considérant que le projet d'avenant n° 1 ajoute la démolition de l'immeuble Corot, porte à 312 le nombre de logements démolis et à 234 le nombre de logements sociaux reconstitués, et ramène à 382 le nombre de logements réhabilités ;

Considérant qu'au 31 mai 2025, 164 des 231 ménages à reloger l'avaient été, et que les 41 ménages qui occupent encore l'immeuble Corot devront à leur tour être relogés ;

Considérant que le coût du groupe scolaire Élise-Deroche est réévalué de 9,6 M€ TTC à 11,2 M€ TTC, en raison de la hausse du prix des matériaux et de l'ajout d'un restaurant scolaire ;

Considérant que le coût total du projet est ainsi porté de 71,4 M€ TTC à 78,3 M€ TTC et que les subventions de l'ANRU passent de 12,9 M€ à 14,6 M€ ;

Considérant que la participation de la Ville au projet passe de 6 180 000 € TTC à {probekit.eur(TXT_TOTAL)} € TTC ;

Considérant que la convention de gestion urbaine et sociale de proximité 2021-2024 est arrivée à échéance et qu'une nouvelle convention, associant l'État, Hautrive Drouance Agglomération, la Ville, Drouance Habitat, Logirive et le conseil citoyen des Genêtières, a été élaborée pour les années 2025 à 2027 ;

Considérant que le programme d'actions de cette convention, d'un montant de 1 260 000 € sur trois ans, est financé à hauteur de {probekit.eur(TXT_GUSP["bailleurs"])} € par Drouance Habitat et Logirive au titre de l'abattement de la taxe foncière sur les propriétés bâties, de {probekit.eur(TXT_GUSP["ville"])} € par la Ville et de {probekit.eur(TXT_GUSP["agglo"])} € par Hautrive Drouance Agglomération ;

Après en avoir délibéré,

DÉCIDE :

Article 1 : D'approuver l'avenant n° 1 à la convention pluriannuelle de renouvellement urbain du quartier des Genêtières, annexé à la présente délibération.

Article 2 : D'approuver la participation financière de la Ville au projet de renouvellement urbain des Genêtières, portée à {probekit.eur(TXT_TOTAL)} € TTC, dont {probekit.eur(TXT_PAID)} € déjà mandatés de 2022 à 2024. Le solde est versé selon l'échéancier suivant :
""" + "".join(f"- {y} : {probekit.eur(a)} €\n" for y, a in TXT_SCHEDULE) + """
Article 3 : D'approuver la convention de gestion urbaine et sociale de proximité du quartier des Genêtières pour les années 2025 à 2027 et la participation de la Ville à son programme d'actions, soit 151 000 € par an.

Article 4 : D'autoriser Madame la Maire, ou son représentant, à signer l'avenant n° 1, la convention de gestion urbaine et sociale de proximité et tout document s'y rapportant.

Article 5 : De dire que les crédits correspondants sont inscrits au budget principal de la Ville, au chapitre 204 (subventions d'équipement versées) pour la participation au projet de renouvellement urbain et au chapitre 65 pour la gestion urbaine et sociale de proximité.

Article 6 : La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de Dijon dans un délai de deux mois à compter de sa publication.


RÉSULTAT DU VOTE

Pour : 26
Contre : 4 (groupe « Hautrive en commun »)
Abstentions : 3 (groupe « Agir pour Hautrive »)

La délibération est adoptée à la majorité des suffrages exprimés.


Fait et délibéré les jour, mois et an susdits.
Pour extrait certifié conforme.

La Maire,
Hélène Castagnier

Le secrétaire de séance,
Julien Thuillier

Transmis en préfecture le 3 juillet 2025
Publié le 4 juillet 2025
"""


# ---------------------------------------------------------------------------
# 3. Town 1 contract-of-city financing annex: PDF
# ---------------------------------------------------------------------------
PA_HEADER_LEFT = "Contrat de ville « Engagements Quartiers 2030 » – Hautrive Drouance Agglomération"
PA_HEADER_RIGHT = "Annexe 3"
PA_FOOTER = ("Hautrive Drouance Agglomération – Direction de la cohésion sociale et de la politique "
             "de la ville – Programmation 2025")
PA_AUTHOR = "Hautrive Drouance Agglomération"
PA_CREATOR = "Hautrive Drouance Agglomération – direction de la cohésion sociale"
PA_SUBJECT = "Contrat de ville – annexe financière – programmation 2025"
PA_KICKER = "ANNEXE 3 AU CONTRAT DE VILLE 2024-2030"
PA_TITLE = "Programmation financière 2025"
PA_SUBTITLE = "Quartier prioritaire des Genêtières – Hautrive-sur-Drouance"
# Pillar: actions, total cost, State (BOP 147), town, agglomeration, other funders (euros).
PA_PILLARS = [
    ("Cohésion sociale", 19, 712400, 168500, 104200, 38000, 121300),
    ("Emploi et économie", 9, 398600, 92000, 24000, 71500, 58600),
    ("Cadre de vie et renouvellement urbain", 8, 256900, 41000, 38500, 48000, 12000),
    ("Citoyenneté et valeurs de la République", 5, 118400, 29500, 18000, 6000, 4800),
]
PA_PILLAR_HEAD = ["Pilier", "Actions", "Coût total", "État", "Ville", "Agglo", "Autres"]
PA_PILLAR_WIDTHS = [170, 42, 56, 52, 52, 52]
# Action no., title, sponsor, total cost, State, town, agglomeration, pillar index (not shown).
PA_ACTIONS = [
    ("2025-04", "Réussite éducative", "CCAS de Hautrive", 168000, 62000, 54000, 0, 0),
    ("2025-09", "Médiation sociale de nuit", "Association Trait d'Union Drouance", 124500, 30000,
     24500, 20000, 2),
    ("2025-12", "Chantier d'insertion « Jardins de la Drouance »",
     "Régie de quartier Genêtières Services", 142800, 28000, 8000, 31000, 1),
    ("2025-17", "Atelier santé ville", "Ville de Hautrive-sur-Drouance", 58000, 12000, 34000, 0, 0),
    ("2025-21", "Permis de conduire solidaire", "Auto-école associative Rive Gauche", 36200, 9000,
     0, 12000, 1),
    ("2025-26", "Maison du projet : animation et concertation", "Hautrive Drouance Agglomération",
     64000, 10000, 0, 22000, 2),
    ("2025-33", "Été aux Genêtières", "Centre social des Genêtières", 41500, 11500, 9000, 0, 0),
    ("2025-38", "Formation du conseil citoyen", "Conseil citoyen des Genêtières", 8600, 6000, 0, 0,
     3),
]
PA_ACTION_HEAD = ["N°", "Action", "Porteur", "Coût total", "État", "Ville", "Agglo"]
PA_ACTION_WIDTHS = [40, 138, 125, 48, 44, 44]


def _pillar_totals():
    return [sum(p[i] for p in PA_PILLARS) for i in range(1, 7)]


def _subsidies_total():
    t = _pillar_totals()
    return sum(t[2:])


def _check_pdf_tables():
    t = _pillar_totals()
    assert t[0] == 41 and t[1] == 1486300, t
    for p in PA_PILLARS:
        assert sum(p[3:]) <= p[2], p
    for k in range(len(PA_PILLARS)):
        acts = [a for a in PA_ACTIONS if a[7] == k]
        for col in (4, 5, 6):
            assert sum(a[col] for a in acts) <= PA_PILLARS[k][col - 1], (k, col)
    for a in PA_ACTIONS:
        assert sum(a[4:7]) <= a[3], a


def pa_pillar_rows():
    rows = [PA_PILLAR_HEAD]
    for name, *vals in PA_PILLARS:
        rows.append([name, str(vals[0]), *[probekit.eur(v) for v in vals[1:]]])
    t = _pillar_totals()
    rows.append(["Total", str(t[0]), *[probekit.eur(v) for v in t[1:]]])
    return rows


def pa_action_rows():
    rows = [PA_ACTION_HEAD]
    for num, title, sponsor, *vals, _pillar in PA_ACTIONS:
        rows.append([num, title, sponsor, *[probekit.eur(v) for v in vals]])
    return rows


PA_FORM = [
    ("Quartier prioritaire", "Les Genêtières (Hautrive-sur-Drouance), 3 900 habitants"),
    ("Appel à projets", "Ouvert du 14 octobre au 6 décembre 2024"),
    ("Dossiers déposés", "58 dossiers présentés par 37 porteurs de projet"),
    ("Actions retenues", "41 actions, par le comité des financeurs du 4 mars 2025"),
    ("Validation", "Comité de pilotage du contrat de ville du 27 mars 2025"),
    ("Cheffe de projet contrat de ville", "Amélie Servoz, Hautrive Drouance Agglomération"),
    ("Déléguée du préfet", "Farida Lagarrigue"),
]
PA_BLOCKS = [
    ("h", "1. Synthèse par pilier"),
    ("p", f"Les 41 actions retenues représentent un coût total de {probekit.eur(_pillar_totals()[1])} €. "
          f"Les financeurs publics y apportent {probekit.eur(_subsidies_total())} € de subventions ; le "
          "reste est couvert par les fonds propres des porteurs, la valorisation du bénévolat et "
          "les recettes des actions."),
    ("table", "pillars"),
    ("note", "État : crédits de la politique de la ville (programme 147). Autres : CAF, "
             "Département, ARS Bourgogne-Franche-Comté, France Travail et fondations."),
    ("p", "En 2024, 36 actions avaient été financées, pour un coût total de 1 312 000 €. La hausse "
          "de 2025 tient principalement à l'ouverture du chantier d'insertion « Jardins de la "
          "Drouance » et au renforcement de la médiation sociale de nuit."),
    ("h", "2. Principales actions financées"),
    ("table", "actions"),
    ("note", "Montants en euros. Les cofinancements des autres financeurs ne figurent pas dans ce "
             "tableau."),
    ("h", "3. Abattement de taxe foncière des bailleurs sociaux"),
    ("p", "En contrepartie de l'abattement de 30 % de la taxe foncière sur les propriétés bâties "
          "dont ils bénéficient dans le quartier prioritaire, Drouance Habitat et Logirive "
          "financent en 2025 un programme d'actions de 230 000 € : 178 000 € pour Drouance "
          "Habitat et 52 000 € pour Logirive."),
    ("p", "Ce programme finance notamment le renforcement du gardiennage, des chantiers éducatifs, "
          "l'enlèvement des encombrants et l'animation des pieds d'immeubles. Il est suivi dans le "
          "cadre de la convention de gestion urbaine et sociale de proximité 2025-2027."),
    ("h", "4. Postes financés hors programmation"),
    ("p", "L'État finance par ailleurs six postes d'adultes-relais, dont deux créés en 2025, et "
          "trois postes FONJEP dans les associations du quartier. Ces crédits ne figurent pas dans "
          "la présente annexe."),
    ("h", "5. Calendrier et suivi"),
    ("b", "Notification des conventions de subvention : avant le 30 avril 2025."),
    ("b", "Versement d'une avance de 70 % à la notification, le solde après remise du bilan."),
    ("b", "Remise des bilans des actions : avant le 31 janvier 2026."),
    ("b", "Reversement des subventions pour les actions non réalisées."),
    ("b", "Lancement de l'appel à projets 2026 : octobre 2025."),
    ("note", "Annexe validée par le comité de pilotage du contrat de ville du 27 mars 2025."),
]


# ---------------------------------------------------------------------------
# 4. Town 2 steering-committee minutes: Markdown with front matter
# ---------------------------------------------------------------------------
MD = """---
title: "Comité de pilotage du projet de renouvellement urbain de la Croix-Verdier – compte rendu"
date: 2025-11-18
lieu: "Hôtel d'agglomération de Pradelonne, salle du Conseil"
redacteur: "Lucie Escarguel, chargée de mission NPNRU, Pradelonne Agglomération"
diffusion: "Membres du comité de pilotage"
statut: "Validé le 2 décembre 2025"
---

# Comité de pilotage NPNRU de la Croix-Verdier

## Séance du mardi 18 novembre 2025 – compte rendu

**Coprésidence :** Bernard Quintana, président de Pradelonne Agglomération, et Claire Audibert, secrétaire générale de la préfecture, déléguée territoriale adjointe de l'ANRU.

### Participants

Présents :

- Bernard Quintana, président de Pradelonne Agglomération
- Claire Audibert, secrétaire générale de la préfecture, déléguée territoriale adjointe de l'ANRU
- Nathalie Ruffié, maire de Pradelonne
- Samuel Cazalis, adjoint au maire chargé de l'urbanisme et du renouvellement urbain
- Françoise Delorme, directrice générale de Pradelonne Habitat
- Erwan Jacquemin, directeur du patrimoine d'Habitat et Vallées
- Thomas Fabre-Sancier, Banque des Territoires, direction régionale Occitanie
- Maud Pelletier-Saad, cheffe de projet NPNRU, Pradelonne Agglomération
- Lucie Escarguel, chargée de mission NPNRU, Pradelonne Agglomération
- Joël Marcenac et Amina Touré, conseil citoyen de la Croix-Verdier

Excusés : Région Occitanie ; Caisse d'allocations familiales ; Action Logement Services.

### Ordre du jour

1. Avancement du relogement et des démolitions
2. Reconstitution de l'offre sociale
3. Équipements publics
4. Gestion urbaine de proximité
5. Préparation de l'avenant n° 1

### 1. Relogement et démolitions

Maud Pelletier-Saad rappelle que la convention pluriannuelle signée le 8 juillet 2021 prévoit la démolition de 286 logements de Pradelonne Habitat : l'immeuble Pégase (96 logements), l'immeuble Andromède (72 logements) et l'immeuble Véga (118 logements). Le coût du projet est de 88,2 M€ TTC, dont 21,7 M€ de subventions de l'ANRU.

Au 31 octobre 2025, 201 des 254 ménages à reloger l'ont été, soit 79 %. Parmi eux, 47 % ont été relogés hors du quartier prioritaire et 23 % dans un logement neuf ou conventionné depuis moins de cinq ans. Les 53 ménages restants habitent tous l'immeuble Véga.

L'immeuble Pégase a été démoli en 2024. La déconstruction de l'immeuble Andromède a commencé le 6 octobre 2025 et s'achèvera en mars 2026. Celle de l'immeuble Véga est prévue de septembre 2026 à juin 2027, sous réserve de l'achèvement du relogement.

Françoise Delorme signale que trois ménages de l'immeuble Véga ont refusé les trois propositions de relogement qui leur ont été faites ; la commission de médiation de la charte de relogement sera saisie en décembre.

### 2. Reconstitution de l'offre sociale

Sur les 230 logements sociaux à reconstituer, dont 160 hors du quartier prioritaire, 130 ont été livrés, parmi lesquels les 42 logements de la résidence Les Canotiers, mis en service en octobre 2025 rue de la Batellerie.

Erwan Jacquemin annonce la livraison en juin 2026 des 26 logements de la résidence Les Terrasses du Rieu, à Saint-Hermance, par Habitat et Vallées. Les 74 logements restants font l'objet de recherches foncières ; deux sites sont à l'étude à Pradelonne, dans le quartier de la Gare.

### 3. Équipements publics

Les travaux de la médiathèque des Quatre-Vents, au cœur du quartier, commenceront en février 2026 pour une ouverture prévue en septembre 2027. Son coût est désormais estimé à 5,4 M€ TTC, contre 4,2 M€ TTC dans la convention.

Le groupe scolaire Marie-Marvingt sera agrandi de quatre classes pour la rentrée de septembre 2026, pour un coût de 2,1 M€ TTC.

### 4. Gestion urbaine de proximité

Le diagnostic en marchant du 23 septembre 2025 a réuni 34 habitants et relevé 61 dysfonctionnements, dont 44 étaient traités au 31 octobre.

En 2024, les actions financées par l'abattement de la taxe foncière sur les propriétés bâties ont représenté 212 000 € pour Pradelonne Habitat et 58 000 € pour Habitat et Vallées. Amina Touré demande que l'éclairage du mail piéton figure en priorité dans le programme de 2026.

### 5. Préparation de l'avenant n° 1

La hausse du coût de la médiathèque (1,2 M€) et le désamiantage plus lourd que prévu de l'immeuble Véga (0,8 M€) rendent nécessaire un avenant n° 1 à la convention. Thomas Fabre-Sancier indique que la Banque des Territoires pourra étudier un prêt complémentaire pour la médiathèque.

Claire Audibert rappelle que le dossier d'avenant devra être complet deux mois avant son examen par le comité d'engagement de l'ANRU.

### Relevé de décisions

1. Le comité de pilotage valide le calendrier de déconstruction de l'immeuble Véga, de septembre 2026 à juin 2027.
2. Il approuve une mission complémentaire de maîtrise d'œuvre urbaine et sociale pour accompagner les 53 derniers ménages à reloger, confiée à Pradelonne Habitat pour un montant maximal de 45 000 € HT.
3. Il charge la cheffe de projet de préparer le dossier d'avenant n° 1 avec la délégation territoriale de l'ANRU, pour un examen au premier semestre 2026.
4. Il retient le nom de « parc des Lavandières », proposé par le conseil citoyen, pour l'espace vert aménagé à l'emplacement de l'immeuble Pégase.
5. Il demande à Habitat et Vallées de présenter avant le 31 janvier 2026 le calendrier de réhabilitation des 180 logements de sa résidence Altaïr.

### Prochaines étapes

| Échéance | Action | Responsable |
|---|---|---|
| 15 décembre 2025 | Réunion publique sur la déconstruction de l'immeuble Andromède | Ville de Pradelonne |
| 31 janvier 2026 | Calendrier de réhabilitation de la résidence Altaïr | Habitat et Vallées |
| Février 2026 | Début des travaux de la médiathèque des Quatre-Vents | Ville de Pradelonne |
| Mars 2026 | Fin de la déconstruction de l'immeuble Andromède | Pradelonne Habitat |
| Juin 2026 | Livraison de la résidence Les Terrasses du Rieu | Habitat et Vallées |
| 12 mai 2026 | Prochain comité de pilotage | Pradelonne Agglomération |

*Compte rendu rédigé par Lucie Escarguel – Pradelonne Agglomération*
"""


# ---------------------------------------------------------------------------
# 5. Town 2 social landlord's news page: HTML
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Les Canotiers : 42 familles emménagent rue de la Batellerie – Actualités – Pradelonne Habitat</title>
<meta name="description" content="Pradelonne Habitat livre la résidence Les Canotiers, 42 logements sociaux neufs qui compensent une partie des démolitions de la Croix-Verdier.">
<meta name="author" content="Pradelonne Habitat – service communication">
<meta property="article:published_time" content="2025-10-21T10:00:00+02:00">
</head>
<body>
<header class="site-header">
  <p class="logo"><a href="/">Pradelonne Habitat</a></p>
  <p class="baseline">Office public de l'habitat de Pradelonne Agglomération</p>
  <nav class="menu-principal">
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/trouver-un-logement/">Trouver un logement</a></li>
      <li><a href="/espace-locataires/">Espace locataires</a></li>
      <li><a href="/nos-projets/">Nos projets</a></li>
      <li><a href="/actualites/">Actualités</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
  <p class="urgence">Urgence technique, le soir et le week-end : appelez le numéro affiché dans votre hall.</p>
</header>

<main>
<nav class="fil-ariane"><a href="/">Accueil</a> › <a href="/actualites/">Actualités</a> › Les Canotiers</nav>

<article class="actualite">
  <p class="categorie">Renouvellement urbain · Croix-Verdier</p>
  <h1>Les Canotiers : 42 familles emménagent rue de la Batellerie</h1>
  <p class="date">Publié le <time datetime="2025-10-21">21 octobre 2025</time></p>
  <p class="chapo">Quarante-deux familles, dont dix-sept venues de la Croix-Verdier, ont reçu les clés de leur logement dans la résidence Les Canotiers, dans le quartier de Bel-Air. Ces logements neufs compensent une partie des démolitions prévues par le projet de renouvellement urbain.</p>

  <div class="contenu">
    <p>Construite par Pradelonne Habitat sur l'ancien site de la coopérative agricole, la résidence compte 42 logements sociaux répartis dans trois petits immeubles de trois étages : 14 logements financés en PLAI et 28 en PLUS, du T2 au T5. Chaque logement dispose d'un balcon ou d'une terrasse, et les immeubles partagent un jardin de 900 m².</p>
    <p>Les travaux ont duré vingt-deux mois, de décembre 2023 à septembre 2025. La résidence a été conçue par l'agence Lumen Architectes et construite par l'entreprise générale Bâtisud Construction.</p>

    <h2>Une opération de reconstitution de l'offre</h2>
    <p>Les Canotiers font partie des 230 logements sociaux à reconstruire pour compenser la démolition des immeubles Pégase, Andromède et Véga, à la Croix-Verdier. La résidence a été inaugurée le 17 octobre par Nathalie Ruffié, maire de Pradelonne, et Bernard Quintana, président de Pradelonne Agglomération.</p>
    <p>« Reconstruire hors du quartier, c'est offrir aux familles qui le souhaitent un vrai choix de vie, sans augmenter leur reste à charge. Ici, le loyer et les charges d'un T3 sont inférieurs à ceux de la Croix-Verdier », souligne Françoise Delorme, directrice générale de Pradelonne Habitat.</p>
    <p>« Au Pégase, on vivait au neuvième étage et l'ascenseur tombait en panne une semaine sur deux. Ici, mes enfants ont chacun leur chambre et je vois la rivière depuis la cuisine », raconte Khadija Mezouar, ancienne locataire de l'immeuble Pégase, installée aux Canotiers avec ses trois enfants.</p>

    <p>Les familles venues de la Croix-Verdier ont été accompagnées à chaque étape par l'équipe relogement de Pradelonne Habitat : visite du logement avant la signature du bail, prise en charge du déménagement et des frais d'ouverture des compteurs, et une visite à domicile trois mois après l'installation. Six logements du rez-de-chaussée sont adaptés aux personnes à mobilité réduite et ont été attribués en priorité à des locataires âgés.</p>

    <h2>Un bâtiment sobre en énergie</h2>
    <p>La résidence respecte la réglementation environnementale RE2020 et est chauffée par une chaufferie collective au bois. Pour un T3, les charges, chauffage compris, sont estimées à 38 € par mois.</p>
    <p>Les loyers vont de 298 € pour un T2 financé en PLAI à 612 € pour un T5 financé en PLUS, hors charges.</p>

    <p>Le quartier de Bel-Air offre aux nouveaux locataires une école élémentaire et une crèche à moins de 500 mètres, ainsi qu'un arrêt de la ligne 4 des bus urbains au pied de la résidence, qui rejoint le centre-ville en dix minutes. Chaque immeuble dispose d'un local à vélos sécurisé au rez-de-chaussée.</p>

    <h2>Le financement</h2>
    <p>Le coût de l'opération s'élève à 6,85 M€ TTC. Elle est financée par des prêts de la Banque des Territoires (4,12 M€), une subvention de l'ANRU au titre de la reconstitution de l'offre (546 000 €), des prêts bonifiés d'Action Logement (630 000 €), une subvention de Pradelonne Agglomération (294 000 €) et les fonds propres de Pradelonne Habitat (1,26 M€).</p>
    <p>La prochaine livraison est attendue en 2026 à Saint-Hermance, où Habitat et Vallées achève la résidence Les Terrasses du Rieu. Le jardin partagé des Canotiers sera quant à lui animé à partir du printemps par l'association Les Incroyables Potagers, avec les locataires volontaires.</p>
  </div>

  <aside class="chiffres-cles">
    <h3>Chiffres clés</h3>
    <ul>
      <li>42 logements : 14 PLAI et 28 PLUS</li>
      <li>6,85 M€ TTC d'investissement</li>
      <li>22 mois de travaux</li>
      <li>130 logements sociaux reconstitués sur les 230 prévus par le projet</li>
      <li>196 ménages de la Croix-Verdier relogés sur 254 au 30 septembre 2025</li>
    </ul>
  </aside>

  <p class="contact-presse">Contact presse : Clémence Pinel, chargée de communication, presse@pradelonne-habitat.fr</p>
</article>

<section class="autres-actualites">
  <h2>Autres actualités</h2>
  <ul>
    <li><a href="/actualites/enquete-satisfaction-2025/">Enquête de satisfaction 2025 : merci pour vos réponses</a></li>
    <li><a href="/actualites/regularisation-des-charges/">Régularisation des charges : ce qui change cette année</a></li>
  </ul>
</section>
</main>

<footer class="site-footer">
  <p>Pradelonne Habitat – 3, place des Cordeliers – Pradelonne</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/accessibilite/">Accessibilité : partiellement conforme</a> · <a href="/cookies/">Gestion des cookies</a></p>
  <p>© 2025 Pradelonne Habitat</p>
</footer>
</body>
</html>
"""


def _check_html():
    parts = [4.12, 0.546, 0.63, 0.294, 1.26]
    assert abs(sum(parts) - 6.85) < 1e-9, sum(parts)
    assert 14 + 28 == 42


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe12.jsonl
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
        form=PA_FORM, blocks=PA_BLOCKS,
        tables={"pillars": (pa_pillar_rows, PA_PILLAR_WIDTHS),
                "actions": (pa_action_rows, PA_ACTION_WIDTHS)},
        total_tables={"pillars"}, total_rule="last", header_left=PA_HEADER_LEFT,
        header_right=PA_HEADER_RIGHT, footer=PA_FOOTER, author=PA_AUTHOR, subject=PA_SUBJECT,
        creator=PA_CREATOR, date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


BLOCK_READERS = probekit.block_readers(FN_DOCX, FN_PDF, FN_HTML, FN_MD, FN_TXT)


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_docx_tables()
    _check_txt()
    _check_pdf_tables()
    _check_html()
    write_docx()
    write_text(FN_TXT, TXT)
    write_pdf()
    write_text(FN_MD, MD)
    write_text(FN_HTML, HTML)
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, "q12", show_tags=False):
        sys.exit(1)


if __name__ == "__main__":
    main()
