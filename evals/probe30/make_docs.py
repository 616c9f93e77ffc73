#!/usr/bin/env python3
"""Generate the five probe30 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Bessoulac-sur-Corrèze (Corrèze, Nouvelle-Aquitaine), quartier prioritaire des
        Accordeurs, the old accordion factories' district (agglomeration: Vézère Corrèze
        Agglomération; social landlords Vallées Habitat, an OPH, and Millevaches Habitat, a
        Limousin ESH based in Limoges; buildings named after folk dances: tour Mazurka, barre
        Bourrée, résidences Gavotte and Polka; place du Bal-Musette, allée des Soufflets, rue des
        Anches, groupe scolaire des Anches; the old accordion factory Brugeille; maison du projet
        4 place du Bal-Musette; rebuilt homes rue du Puy-Lagarde and at the bourg de Vernéjoux)
    - deliberation-2025-117-conseil-municipal-bessoulac-sur-correze-avenant-1-accordeurs.docx
        (extract of the register of the municipal council's deliberations, no. 2025-117 of 11
        December 2025: labelled fields (sitting, notice, chair, members in office, present,
        represented, voters, absent, secretary, rapporteur), the statement of reasons with the
        convention's programme and the amendment no. 1's three changes as lists with lead-ins,
        the convention's financing plan by funder after the amendment with shares and a total
        row, the town's contribution by operation and by year (2026 to 2031), both with a total
        row, the legal references, the four articles, the vote as a table with a total row,
        the names of those against and abstaining, the signatures and the enforceability note)
    - gazette-de-la-vezere-bessoulac-tour-mazurka-derniers-locataires-2026-01-09.html
        (a local newspaper's article of 9 January 2026 on its website, with cookie banner,
        navigation, breadcrumb, byline, subscriber notice, share links: the rehousing of the tour
        Mazurka at 31 December 2025 with a table of where the rehoused households went and a
        total row, the rehousing officer's office hours, the demolition calendar and cost, the
        council's vote on the amendment and the opposition's objection, the résidence Gavotte's
        works, a key-figures box, "À lire aussi", a newsletter box and a footer)
Town 2: Montaurel-sur-Creuse (Creuse, Nouvelle-Aquitaine), quartier prioritaire des Teinturiers,
        the old tapestry dye works' district (agglomeration: Montaurel Creuse Agglomération;
        social landlords Lissière Habitat, an OPH, and Millevaches Habitat; buildings named after
        dyes: tour Garance, barre Pastel, résidences Indigo and Gaude; quai des Lissiers, rue des
        Cartonniers, place des Teintures, école maternelle de la Navette; maison du projet 5
        place des Teintures)
    - lissiere-habitat-reglement-consultation-2026-04-demolition-tour-garance.pdf
        (the OPH's rules of the call for tenders no. 2026-04 for the asbestos removal and
        demolition of the tour Garance: labelled form (buyer, representative, procedure, lots,
        notice, deadline, validity, enquiries), the object, a table of the three lots'
        estimates with a total row, the ANRU grant, the works calendar by lot, the compulsory
        site visit, the tender file and the bid's contents as lists with lead-ins, the variants,
        a table of the weighted award criteria with a total row, the price formula, the
        integration clause's hours by lot and the submission)
    - contrat-de-ville-montaurel-fiche-action-3-2-accompagnement-habitants-teinturiers.md
        (action sheet no. 3.2 of the agglomeration's contrat de ville "Engagements Quartiers
        2030", with YAML front matter: labelled fields (lead, partners, neighbourhood, duration,
        2026 cost, version), the context with the convention's figures and the rehousing at 31
        December 2025, the four aims and the five strands as lists with lead-ins, the 2026
        financing by funder with shares and a total row, the indicators with their 2024 value
        and 2027 and 2030 targets, and the points of concern)
Both towns:
    - millevaches-habitat-rapport-activite-2025-extraits.txt
        (extracts of the ESH's 2025 annual activity report, plain text wrapped at 76 columns:
        the director general's word, the key figures of 2024 and 2025 as a fixed-width table,
        its urban-renewal operations in both neighbourhoods as a fixed-width table with a total
        line, the résidences Gavotte and Indigo, the rebuilt homes, the rehousing at the barre
        Pastel and a fixed-width table of the households it rehoused in 2025 by building of
        origin with a total line, the outlook for 2026 as a list and the chairman's signature)

The documents overlap on purpose: both neighbourhoods have a convention with the ANRU (signed on
24 June 2024; on 3 March 2025) with a budget (31,4 M€ with 9,6 M€ from the ANRU, raised by the
amendment to 34,1 M€ with 10,3 M€; 22,7 M€ with 6,9 M€), homes demolished (110: 72 at the tour
Mazurka and 38 at the barre Bourrée; 86: 56 at the tour Garance and 30 at the barre Pastel),
refurbished (186; 134) and rebuilt (80; 60), a tower of the OPH with households to rehouse (58;
47) and its demolition (a newspaper's dates and cost for the Mazurka, a call for tenders for the
Garance), a residence of Millevaches Habitat under refurbishment (Gavotte, 80 homes, 52 000 € per
home; Indigo, 74 homes, 58 000 € per home) and a project office (4 place du Bal-Musette, where the
rehousing officer holds office hours; 5 place des Teintures, with its opening hours). The tour
Mazurka's rehousing is given at two dates (41 households at 30 November 2025 in the deliberation,
47 at 31 December 2025 in the article). Some facts are given for one town only (the town's
contribution and the council's vote for town 1; the contrat de ville's action sheet and the
call for tenders for town 2; the energy labels for the Indigo only; the convention's funders for
town 1 only), some for given years only (the town's payments from 2026 to 2031; the ESH's key
figures for 2024 and 2025) and some bodies are not named yet (the firms that will demolish either
tower) or not given (the households to rehouse at the barre Bourrée, the refurbishment cost of
the résidence Gaude).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by the shared writers of evals/probekit.py. All text is held
in this script; running it again rewrites the five files byte-for-byte (fixed metadata dates,
fixed zip timestamps).

After writing, the script checks evals/questions.probe30.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must name
a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe30/make_docs.py
"""

import os
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe30.jsonl")
QID_PREFIX = "q30"

FN_DOCX = "deliberation-2025-117-conseil-municipal-bessoulac-sur-correze-avenant-1-accordeurs.docx"
FN_HTML = "gazette-de-la-vezere-bessoulac-tour-mazurka-derniers-locataires-2026-01-09.html"
FN_PDF = "lissiere-habitat-reglement-consultation-2026-04-demolition-tour-garance.pdf"
FN_MD = "contrat-de-ville-montaurel-fiche-action-3-2-accompagnement-habitants-teinturiers.md"
FN_TXT = "millevaches-habitat-rapport-activite-2025-extraits.txt"

ZIP_DT = (2025, 12, 16, 9, 40, 0)
DOCX_DATE = "2025-12-16T09:40:00Z"
PDF_DATE = "D:20260112093000+01'00'"

# PDF colours: madder red accent (titles, rules, table header), pale rose label cells.
THEME_GARANCE = ((0.58, 0.13, 0.20), (0.97, 0.91, 0.92))


def share(n, total):
    """A share in per cent with one decimal and a French comma, rounded half up."""
    tenths = (2000 * n + total) // (2 * total)
    return f"{tenths // 10},{tenths % 10} %"


# ---------------------------------------------------------------------------
# 1. Deliberation no. 2025-117 of the municipal council of Bessoulac-sur-Corrèze: DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Ville de Bessoulac-sur-Corrèze"
DX_DOC_KIND = "Délibération du conseil municipal"
DX_HEADER = ("Ville de Bessoulac-sur-Corrèze – registre des délibérations du conseil municipal – "
             "séance du 11 décembre 2025")
DX_FOOTER = ("Hôtel de ville, place de la République, Bessoulac-sur-Corrèze – délibération "
             "n° 2025-117 – publiée le 16 décembre 2025")
DX_KICKER = "Ville de Bessoulac-sur-Corrèze – Extrait du registre des délibérations du conseil municipal"
DX_TITLE = "Délibération n° 2025-117"
DX_SUBTITLE = ("Projet de renouvellement urbain du quartier des Accordeurs : approbation de "
               "l'avenant n° 1 à la convention pluriannuelle et de la participation financière "
               "de la Ville")
DX_KEYWORDS = ("NPNRU; délibération; avenant n° 1; Accordeurs; Bessoulac-sur-Corrèze; tour "
               "Mazurka; barre Bourrée; manufacture Brugeille; participation de la Ville")

# funder, amount in tenths of M€ (the convention after the amendment no. 1)
DX_FUNDERS = [
    ("ANRU – subventions", 103),
    ("Action Logement – prêts bonifiés", 28),
    ("Banque des Territoires – prêts et cofinancement de l'ingénierie", 62),
    ("Région Nouvelle-Aquitaine", 21),
    ("Département de la Corrèze", 12),
    ("Vézère Corrèze Agglomération", 39),
    ("Ville de Bessoulac-sur-Corrèze", 29),
    ("Vallées Habitat et Millevaches Habitat – fonds propres et prêts", 47),
]
DX_TOTAL = 341
# operation, owner, total cost (€ HT), town's contribution (€)
DX_TOWN_OPS = [
    ("Aménagement de la place du Bal-Musette et de l'allée des Soufflets",
     "Vézère Corrèze Agglomération", 3400000, 1120000),
    ("Reconversion de la manufacture Brugeille en pôle de services", "Ville", 2700000, 980000),
    ("Restructuration du groupe scolaire des Anches", "Ville", 2150000, 560000),
    ("Conduite de projet et maison du projet (2024-2031)", "Ville", 1000000, 200000),
]
DX_TOWN_YEARS = [("2026", 310000), ("2027", 540000), ("2028", 720000), ("2029", 650000),
                 ("2030", 420000), ("2031", 220000)]
DX_VOTES = [("Pour", 23), ("Contre", 2), ("Abstentions", 2)]


def dx_funder_rows():
    rows = [["Financeur", "Montant (M€)", "Part"]]
    for name, tenths in DX_FUNDERS:
        rows.append([name, probekit.meur(tenths), share(tenths, DX_TOTAL)])
    rows.append(["Total", probekit.meur(sum(t for _, t in DX_FUNDERS)), "100 %"])
    return rows


def dx_town_op_rows():
    rows = [["Opération", "Maître d'ouvrage", "Coût total (€ HT)", "Participation de la Ville (€)"]]
    for name, owner, cost, town in DX_TOWN_OPS:
        rows.append([name, owner, probekit.eur(cost), probekit.eur(town)])
    rows.append(["Total", "", probekit.eur(sum(o[2] for o in DX_TOWN_OPS)),
                 probekit.eur(sum(o[3] for o in DX_TOWN_OPS))])
    return rows


def dx_town_year_rows():
    rows = [["Année", "Versement prévisionnel de la Ville (€)"]]
    for year, amount in DX_TOWN_YEARS:
        rows.append([year, probekit.eur(amount)])
    rows.append(["Total 2026-2031", probekit.eur(sum(a for _, a in DX_TOWN_YEARS))])
    return rows


def dx_vote_rows():
    rows = [["Sens du vote", "Voix"]]
    rows.extend([label, str(n)] for label, n in DX_VOTES)
    rows.append(["Total des votants", str(sum(n for _, n in DX_VOTES))])
    return rows


def _check_docx():
    assert sum(t for _, t in DX_FUNDERS) == DX_TOTAL
    assert [share(t, DX_TOTAL) for _, t in DX_FUNDERS] == [
        "30,2 %", "8,2 %", "18,2 %", "6,2 %", "3,5 %", "11,4 %", "8,5 %", "13,8 %"]
    assert sum(o[3] for o in DX_TOWN_OPS) == 2860000 == sum(a for _, a in DX_TOWN_YEARS)
    assert sum(o[2] for o in DX_TOWN_OPS) == 9250000
    assert sum(n for _, n in DX_VOTES) == 27 == 22 + 5 and 29 - 27 == 2
    assert 72 + 38 == 110 and 80 + 64 + 42 == 186 and 50 + 30 == 80
    assert 314 + 27 == DX_TOTAL and 96 + 7 == 103 and 58 - 41 == 17


DX_TABLES = {"funders": dx_funder_rows(), "town_ops": dx_town_op_rows(),
             "town_years": dx_town_year_rows(), "votes": dx_vote_rows()}
DX_WIDTHS = {"funders": [6200, 1800, 1600], "town_ops": [3900, 2300, 1700, 1700],
             "town_years": [3000, 3600], "votes": [3000, 1600]}
DX_FIELDS = [
    ("Séance", "Jeudi 11 décembre 2025, 19 h, salle du conseil municipal, hôtel de ville de "
               "Bessoulac-sur-Corrèze"),
    ("Date de convocation", "5 décembre 2025"),
    ("Présidence", "Jean-Luc Chassagne, maire"),
    ("Conseillers en exercice", "29"),
    ("Présents", "22"),
    ("Représentés", "5 (pouvoirs écrits)"),
    ("Votants", "27"),
    ("Absents", "2"),
    ("Secrétaire de séance", "Mehdi Ouarab, conseiller municipal"),
    ("Rapporteur", "Sandrine Lafarge, adjointe au maire chargée de l'urbanisme et de la politique "
                   "de la ville"),
]
DX_SECTIONS = [
    ("h1", "Exposé des motifs"),
    ("p", "La convention pluriannuelle de renouvellement urbain du quartier des Accordeurs a été "
          "signée le 24 juin 2024 par l'ANRU, l'État, Vézère Corrèze Agglomération, la Ville, "
          "Vallées Habitat, Millevaches Habitat et leurs partenaires. Elle porte sur 31,4 M€ HT "
          "d'investissements de 2024 à 2031, dont 9,6 M€ de subventions de l'ANRU, et prévoit :"),
    ("li", "la démolition de 110 logements sociaux de Vallées Habitat : les 72 logements de la "
           "tour Mazurka et 38 logements aux cages 1 à 3 de la barre Bourrée ;"),
    ("li", "la réhabilitation de 186 logements : la résidence Gavotte de Millevaches Habitat (80 "
           "logements), la résidence Polka de Vallées Habitat (64 logements) et les cages 4 à 6 "
           "de la barre Bourrée (42 logements) ;"),
    ("li", "la reconstitution de 80 logements sociaux hors du quartier prioritaire, dont 50 par "
           "Vallées Habitat et 30 par Millevaches Habitat ;"),
    ("li", "l'aménagement de la place du Bal-Musette et de l'allée des Soufflets et la "
           "restructuration du groupe scolaire des Anches."),
    ("p", "Au 30 novembre 2025, 41 des 58 ménages de la tour Mazurka avaient été relogés. Les "
          "travaux de réhabilitation de la résidence Gavotte ont commencé en mars 2025."),
    ("p", "Le comité de pilotage du 14 octobre 2025 a validé le projet d'avenant n° 1 à la "
          "convention, qui :"),
    ("li", "intègre au programme la reconversion de l'ancienne manufacture d'accordéons "
           "Brugeille, fermée en 1992, en pôle de services réunissant une médiathèque et le "
           "centre social, pour un coût de 2,7 M€ HT ;"),
    ("li", "porte le montant de la convention à 34,1 M€ HT et les subventions de l'ANRU à 10,3 "
           "M€ ;"),
    ("li", "reporte de 2027 à 2028 la démolition des cages 1 à 3 de la barre Bourrée, afin "
           "d'achever d'abord le relogement des ménages de la tour Mazurka."),
    ("p", "Après avenant, le plan de financement de la convention s'établit ainsi :"),
    ("table", "funders"),
    ("p", "La participation de la Ville s'élève à 2 860 000 €. Elle se répartit ainsi entre les "
          "opérations dont la Ville est maître d'ouvrage ou cofinanceur :"),
    ("table", "town_ops"),
    ("p", "Elle sera versée selon l'échéancier prévisionnel suivant :"),
    ("table", "town_years"),
    ("note", "Dans le plan de financement de la convention, la participation de la Ville est "
             "arrondie à 2,9 M€."),
    ("h1", "Décision"),
    ("p", "Le conseil municipal,"),
    ("li", "vu le code général des collectivités territoriales ;"),
    ("li", "vu la loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la "
           "cohésion urbaine ;"),
    ("li", "vu le règlement général de l'ANRU relatif au nouveau programme national de "
           "renouvellement urbain ;"),
    ("li", "vu la convention pluriannuelle de renouvellement urbain du quartier des Accordeurs "
           "signée le 24 juin 2024 ;"),
    ("li", "vu l'avis favorable de la commission de l'urbanisme et du cadre de vie du 1er "
           "décembre 2025 ;"),
    ("p", "après en avoir délibéré :"),
    ("li", "Article 1 : approuve l'avenant n° 1 à la convention pluriannuelle de renouvellement "
           "urbain du quartier des Accordeurs ;"),
    ("li", "Article 2 : approuve la participation financière de la Ville, d'un montant total de "
           "2 860 000 €, et son échéancier de 2026 à 2031 ;"),
    ("li", "Article 3 : autorise le maire ou son représentant à signer l'avenant n° 1 et tout "
           "document s'y rapportant ;"),
    ("li", "Article 4 : dit que les crédits seront inscrits au budget principal de la Ville, "
           "chapitre 204, au titre de l'autorisation de programme « Renouvellement urbain des "
           "Accordeurs » n° AP 2024-03."),
    ("h1", "Résultat du vote"),
    ("table", "votes"),
    ("p", "Ont voté contre : Gilles Mazeyrie et Odile Fraysse (groupe « Bessoulac Autrement »). "
          "Se sont abstenus : Lucien Barbazanges et Nadia Boudjema."),
    ("p", "La délibération est adoptée à la majorité des suffrages exprimés."),
    ("p", "Fait et délibéré les jour, mois et an susdits. Pour extrait certifié conforme au "
          "registre."),
    ("p", "Le maire, Jean-Luc Chassagne – Le secrétaire de séance, Mehdi Ouarab"),
    ("note", "Acte rendu exécutoire après transmission au contrôle de légalité le 15 décembre "
             "2025 et publication sur le site internet de la Ville le 16 décembre 2025. Il peut "
             "faire l'objet d'un recours devant le tribunal administratif de Limoges dans un "
             "délai de deux mois à compter de sa publication."),
]


# ---------------------------------------------------------------------------
# 2. Lissière Habitat's rules of the call for tenders no. 2026-04: PDF (town 2)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = ("Lissière Habitat – consultation n° 2026-04 – désamiantage et démolition de la "
                  "tour Garance")
PD_HEADER_RIGHT = "RÈGLEMENT DE LA CONSULTATION"
PD_FOOTER = ("Lissière Habitat – office public de l'habitat – 9 quai des Lissiers, "
             "Montaurel-sur-Creuse – RC du 12 janvier 2026")
PD_AUTHOR = "Lissière Habitat – service des marchés"
PD_CREATOR = "Lissière Habitat"
PD_SUBJECT = ("Règlement de la consultation n° 2026-04 : désamiantage et démolition de la tour "
              "Garance")
PD_KICKER = "LISSIÈRE HABITAT – OFFICE PUBLIC DE L'HABITAT DE MONTAUREL CREUSE AGGLOMÉRATION"
PD_TITLE = "Règlement de la consultation n° 2026-04"
PD_SUBTITLE = ("Travaux de désamiantage et de démolition de la tour Garance, quartier des "
               "Teinturiers, Montaurel-sur-Creuse (Creuse)")
PD_FORM = [
    ("Acheteur", "Lissière Habitat, office public de l'habitat, 9 quai des Lissiers, "
                 "Montaurel-sur-Creuse"),
    ("Représentant", "Corinne Aupetit, directrice générale"),
    ("Procédure", "Procédure adaptée ouverte (articles L. 2123-1 et R. 2123-1 du code de la "
                  "commande publique)"),
    ("Allotissement", "Trois lots, attribués séparément"),
    ("Envoi de l'avis", "Lundi 12 janvier 2026"),
    ("Remise des offres", "Au plus tard le vendredi 20 février 2026 à 12 h"),
    ("Validité des offres", "120 jours à compter de la date limite de remise des offres"),
    ("Renseignements", "Bertrand Malaval, responsable des marchés ; questions sur le profil "
                       "d'acheteur jusqu'au mardi 10 février 2026"),
]
# lot, designation, estimate (€ HT)
PD_LOTS = [
    ("Lot 1", "Désamiantage et curage de la tour", 690000),
    ("Lot 2", "Démolition par grignotage, tri et évacuation des déchets", 1080000),
    ("Lot 3", "Remise en état provisoire du terrain (nivellement, engazonnement, clôture)",
     170000),
]
PD_ESTIMATE = 1940000
PD_ANRU = 1552000
# criterion, weight (%)
PD_CRITERIA = [
    ("Prix des prestations", 40),
    ("Valeur technique : méthode de désamiantage ou de démolition et phasage", 20),
    ("Valeur technique : moyens humains et matériels affectés au chantier", 10),
    ("Valeur technique : mesures contre les nuisances (bruit, poussières, circulation)", 15),
    ("Valeur technique : tri, réemploi et valorisation des déchets", 5),
    ("Performance en matière d'insertion professionnelle", 10),
]
# lot, minimum integration hours
PD_HOURS = [("Lot 1", 400), ("Lot 2", 1300), ("Lot 3", 150)]


def pd_lot_rows():
    rows = [["Lot", "Désignation", "Estimation (€ HT)"]]
    for lot, name, amount in PD_LOTS:
        rows.append([lot, name, probekit.eur(amount)])
    rows.append(["Total", "Ensemble des trois lots", probekit.eur(sum(a for *_, a in PD_LOTS))])
    return rows


def pd_criteria_rows():
    rows = [["Critère", "Pondération"]]
    rows.extend([name, f"{w} %"] for name, w in PD_CRITERIA)
    rows.append(["Total", f"{sum(w for _, w in PD_CRITERIA)} %"])
    return rows


def _check_pdf():
    assert sum(a for *_, a in PD_LOTS) == PD_ESTIMATE
    assert PD_ANRU * 10 == PD_ESTIMATE * 8
    assert sum(w for _, w in PD_CRITERIA) == 100
    assert sum(h for _, h in PD_HOURS) == 1850


PD_TABLES = {"lots": (pd_lot_rows, [50, 330]), "criteria": (pd_criteria_rows, [380])}
PD_BLOCKS = [
    ("h", "1. Objet de la consultation"),
    ("p", "La consultation porte sur le désamiantage, le curage et la démolition de la tour "
          "Garance, 2 rue des Cartonniers, dans le quartier prioritaire des Teinturiers, puis sur "
          "la remise en état provisoire du terrain. Construite en 1970, la tour compte 56 "
          "logements répartis sur douze étages au-dessus du rez-de-chaussée, pour 4 180 m² de "
          "surface de plancher."),
    ("p", "Sa démolition est inscrite à la convention de renouvellement urbain des Teinturiers, "
          "signée avec l'ANRU le 3 mars 2025. La tour sera libérée de ses derniers occupants au "
          "plus tard le 30 avril 2026. Les travaux se dérouleront à proximité immédiate de "
          "logements occupés de la résidence Gaude et de l'école maternelle de la Navette."),
    ("h", "2. Allotissement et estimation"),
    ("p", "Le marché est décomposé en trois lots. Un candidat peut répondre à un ou plusieurs "
          "lots ; il remet alors une offre distincte pour chacun d'eux."),
    ("table", "lots"),
    ("note", "L'estimation est donnée à titre indicatif. L'opération bénéficie d'une subvention "
             "de l'ANRU de 1 552 000 €, soit 80 % du coût estimé des travaux."),
    ("h", "3. Durée et calendrier prévisionnel"),
    ("p", "La durée globale des travaux est de dix mois, période de préparation d'un mois "
          "comprise, de juin 2026 à mars 2027 :"),
    ("b", "lot 1, désamiantage et curage : juin à août 2026 ;"),
    ("b", "lot 2, démolition : septembre 2026 à février 2027 ;"),
    ("b", "lot 3, remise en état du terrain : mars 2027."),
    ("h", "4. Visite obligatoire du site"),
    ("p", "La visite du site est obligatoire, sous peine d'irrecevabilité de l'offre. Deux "
          "visites sont organisées, le mardi 27 janvier 2026 et le mardi 3 février 2026 à 10 h, "
          "avec rendez-vous au pied de la tour. Une attestation de visite est remise à chaque "
          "candidat."),
    ("h", "5. Contenu du dossier de consultation"),
    ("p", "Le dossier de consultation des entreprises, téléchargeable gratuitement sur le profil "
          "d'acheteur, comprend :"),
    ("b", "le présent règlement de la consultation ;"),
    ("b", "l'acte d'engagement et le cahier des clauses administratives particulières ;"),
    ("b", "un cahier des clauses techniques particulières et une décomposition du prix global "
          "et forfaitaire pour chaque lot ;"),
    ("b", "le repérage de l'amiante avant démolition, rapport du 18 novembre 2025 ;"),
    ("b", "le diagnostic des produits, équipements, matériaux et déchets, et les plans de la "
          "tour."),
    ("h", "6. Contenu de l'offre"),
    ("p", "Pour chaque lot, le candidat remet :"),
    ("b", "l'acte d'engagement et la décomposition du prix global et forfaitaire, complétés ;"),
    ("b", "un mémoire technique de vingt pages au plus ;"),
    ("b", "un planning détaillé des travaux ;"),
    ("b", "l'attestation de visite du site ;"),
    ("b", "pour le lot 1, le plan de retrait de l'amiante et le certificat de qualification de "
          "l'entreprise."),
    ("p", "Les variantes ne sont pas autorisées. Une prestation supplémentaire éventuelle est "
          "prévue au lot 2 : le concassage sur place des bétons et leur réemploi en remblai du "
          "terrain."),
    ("h", "7. Critères de jugement des offres"),
    ("p", "L'offre économiquement la plus avantageuse est choisie selon les critères pondérés "
          "suivants :"),
    ("table", "criteria"),
    ("p", "La note du prix est égale à 40 multiplié par le rapport entre le prix de l'offre la "
          "moins-disante et le prix de l'offre examinée. L'acheteur peut négocier avec les trois "
          "candidats les mieux classés de chaque lot."),
    ("h", "8. Clause sociale d'insertion"),
    ("p", "Le titulaire de chaque lot réserve aux personnes éloignées de l'emploi un nombre "
          "minimal d'heures de travail : 400 heures pour le lot 1, 1 300 heures pour le lot 2 et "
          "150 heures pour le lot 3, soit 1 850 heures au total. Le facilitateur des clauses "
          "sociales de Montaurel Creuse Agglomération accompagne les entreprises ; les habitants "
          "des Teinturiers sont recrutés en priorité."),
    ("h", "9. Remise des offres"),
    ("p", "Les offres sont remises par voie électronique sur le profil d'acheteur de Lissière "
          "Habitat. Les offres reçues après la date et l'heure limites ne sont pas examinées. "
          "L'attribution des trois lots est prévue en avril 2026."),
    ("note", "Règlement établi par le service des marchés de Lissière Habitat. En cas de "
             "contradiction, le cahier des clauses administratives particulières prévaut sur le "
             "présent règlement."),
]


# ---------------------------------------------------------------------------
# 3. La Gazette de la Vézère's article on the tour Mazurka: HTML (town 1)
# ---------------------------------------------------------------------------
HT_DEST = [
    ("Vallées Habitat, aux Accordeurs", 12),
    ("Vallées Habitat, ailleurs à Bessoulac-sur-Corrèze", 17),
    ("Millevaches Habitat", 9),
    ("Autres bailleurs sociaux de l'agglomération", 5),
    ("Parc privé, accession ou départ hors de l'agglomération", 4),
]


def ht_dest_rows():
    out = [f"        <tr><td>{name}</td><td>{n}</td></tr>" for name, n in HT_DEST]
    out.append(f"        <tr class=\"total\"><th scope=\"row\">Total</th>"
               f"<td>{sum(n for _, n in HT_DEST)}</td></tr>")
    return "\n".join(out)


def _check_html():
    assert sum(n for _, n in HT_DEST) == 47 and 58 - 47 == 11 and 47 - 41 == 6


HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Bessoulac-sur-Corrèze : à la tour Mazurka, les derniers locataires font leurs cartons – La Gazette de la Vézère</title>
<meta name="description" content="Quarante-sept des cinquante-huit ménages de la tour Mazurka, aux Accordeurs, ont déménagé. La démolition commencera à l'été 2026.">
<meta property="article:published_time" content="2026-01-09T06:45:00+01:00">
<link rel="canonical" href="https://www.gazette-vezere.example/correze/bessoulac-sur-correze/tour-mazurka-derniers-locataires">
<style>.rgpd{position:fixed;bottom:0;left:0;right:0}.article{max-width:720px;margin:auto}</style>
<script>window.gvConsent = {audience: false, pub: false};</script>
</head>
<body>
<div class="rgpd" role="dialog" aria-label="Vos choix en matière de cookies">
  <p>Avec votre accord, La Gazette de la Vézère et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les publicités et vous proposer des contenus adaptés.</p>
  <p><a href="#">Accepter et fermer</a> · <a href="#">Continuer sans accepter</a> · <a href="/cookies/">Paramétrer</a></p>
</div>
<header class="bandeau">
  <p class="logo"><a href="/">La Gazette de la Vézère</a> – l'info de la Corrèze au quotidien</p>
  <nav class="rubriques">
    <ul>
      <li><a href="/a-la-une/">À la une</a></li>
      <li><a href="/correze/">Corrèze</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/loisirs/">Sortir</a></li>
      <li><a href="/avis-de-deces/">Avis de décès</a></li>
      <li><a href="/abonnement/">S'abonner</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil"><a href="/">Accueil</a> › <a href="/correze/">Corrèze</a> › <a href="/correze/bessoulac-sur-correze/">Bessoulac-sur-Corrèze</a> › Logement</nav>

<article class="article">
  <p class="rubrique">Bessoulac-sur-Corrèze · Renouvellement urbain</p>
  <h1>Bessoulac-sur-Corrèze : à la tour Mazurka, les derniers locataires font leurs cartons</h1>
  <p class="auteur">Par Thibault Rouchès · Publié le vendredi 9 janvier 2026 à 06h45 · Lecture : 4 min</p>
  <p class="abonnes">Article réservé aux abonnés – offert par la rédaction</p>
  <p class="partage">Partager : <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">Copier le lien</a></p>
  <p class="chapo">Quarante-sept des 58 ménages de la tour du quartier des Accordeurs ont déjà déménagé. La démolition doit commencer cet été, et le conseil municipal a voté en décembre un avenant qui redonne vie à la vieille manufacture Brugeille.</p>

  <p>Au neuvième étage, Fernande Chastang emballe sa vaisselle dans du papier journal. « Quarante-trois ans ici, vous vous rendez compte ? J'ai vu partir tous mes voisins de palier. » Le 22 janvier, elle emménagera dans un deux-pièces neuf du quartier de la Gare. « Plus petit, mais avec un ascenseur qui marche. »</p>

  <h2>Onze ménages encore à reloger</h2>
  <p>Selon Vallées Habitat, propriétaire de la tour, 47 des 58 ménages recensés au début du relogement avaient quitté la tour Mazurka au 31 décembre 2025. Les onze derniers doivent être relogés d'ici à la fin du mois de mai. Un mois plus tôt, fin novembre, ils n'étaient encore que 41 à être partis.</p>
  <table class="releve">
    <caption>Où sont partis les 47 ménages relogés (au 31 décembre 2025)</caption>
    <thead>
      <tr><th scope="col">Destination</th><th scope="col">Ménages</th></tr>
    </thead>
    <tbody>
""" + ht_dest_rows() + """
    </tbody>
  </table>
  <p>« Nous ne forçons personne. Chaque famille a droit à trois propositions, et la plupart ont accepté la première », explique Émilie Mouly, chargée de relogement de Vallées Habitat. Elle reçoit les locataires à la maison du projet, 4 place du Bal-Musette, le mardi de 9 h à 12 h et le jeudi de 14 h à 17 h 30.</p>

  <h2>Une démolition « par grignotage » à partir de septembre</h2>
  <p>Une fois la tour vidée, le désamiantage occupera juillet et août 2026. Viendra ensuite la démolition par grignotage, de septembre 2026 à février 2027, une pelle à long bras attaquant les quatorze étages par le haut. Le coût de l'opération est estimé à 2,3 M€ HT, dont 1,7 M€ de subvention de l'ANRU. Vallées Habitat lancera l'appel d'offres en mars 2026.</p>

  <h2>Un avenant voté, l'opposition critique la médiathèque</h2>
  <p>Le 11 décembre, le conseil municipal a approuvé l'avenant n° 1 à la convention de renouvellement urbain par 23 voix pour, 2 contre et 2 abstentions. Le texte ajoute au projet la reconversion de la manufacture Brugeille, ancienne fabrique d'accordéons fermée en 1992, en médiathèque et centre social.</p>
  <blockquote>
    <p>« 2,7 millions pour une médiathèque, alors que l'école des Anches attend ses travaux depuis dix ans », a dénoncé Gilles Mazeyrie, chef de file du groupe d'opposition Bessoulac Autrement.</p>
  </blockquote>
  <p>Le maire, Jean-Luc Chassagne, assume : « La manufacture, c'est l'histoire du quartier. Et l'école des Anches est dans le programme, ses travaux commenceront en 2027. »</p>

  <h2>À la résidence Gavotte, la fin des travaux en vue</h2>
  <p>À deux rues de là, Millevaches Habitat poursuit la réhabilitation des 80 logements de la résidence Gavotte, commencée en mars 2025 en site occupé. Le chantier doit s'achever à l'été 2026, sans hausse de loyer.</p>

  <aside class="encadre">
    <h3>Les Accordeurs en chiffres</h3>
    <ul>
      <li>Convention avec l'ANRU signée le 24 juin 2024</li>
      <li>34,1 M€ HT d'investissements après l'avenant, dont 10,3 M€ de l'ANRU</li>
      <li>110 logements démolis, 186 réhabilités, 80 reconstruits hors du quartier</li>
    </ul>
  </aside>

  <p class="mots-cles">Mots-clés : <a href="/tag/logement/">Logement</a> · <a href="/tag/urbanisme/">Urbanisme</a> · <a href="/tag/bessoulac-sur-correze/">Bessoulac-sur-Corrèze</a></p>
</article>

<aside class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/correze/bessoulac-sur-correze/accordeurs-convention-anru-signee/">Les Accordeurs : la convention avec l'ANRU enfin signée</a></li>
    <li><a href="/correze/bessoulac-sur-correze/marche-de-noel-place-du-bal-musette/">Un marché de Noël place du Bal-Musette</a></li>
    <li><a href="/correze/tulle/festival-accordeon-programme/">Festival de l'accordéon : le programme dévoilé</a></li>
  </ul>
</aside>

<aside class="newsletter">
  <h2>Recevez l'essentiel de l'actualité corrézienne</h2>
  <p>Chaque matin à 7 h, dans votre boîte mail. <a href="/newsletters/">Je m'inscris</a></p>
</aside>
</main>

<footer class="pied">
  <p>La Gazette de la Vézère – quotidien régional d'information</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgu/">Conditions d'utilisation</a> · <a href="/charte-donnees/">Charte de données</a> · <a href="/contact/">Nous contacter</a> · <a href="/publicite/">Publicité</a></p>
  <p>© 2026 La Gazette de la Vézère – Tous droits réservés</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. Contrat de ville action sheet no. 3.2: Markdown (town 2)
# ---------------------------------------------------------------------------
MD_FUNDERS = [
    ("État – crédits de la politique de la ville", 52000),
    ("Montaurel Creuse Agglomération", 38000),
    ("Ville de Montaurel-sur-Creuse", 22000),
    ("Caisse d'allocations familiales de la Creuse", 14000),
    ("Lissière Habitat", 12000),
    ("Millevaches Habitat", 10000),
]
MD_TOTAL = 148000
# indicator, end of 2024, target 2027, target 2030
MD_INDICATORS = [
    ("Ménages relogés suivis six mois après leur emménagement", "–", "60", "69"),
    ("Jours d'ouverture de la maison du projet par an", "0", "96", "96"),
    ("Jeunes accueillis en chantier éducatif (cumul)", "8", "32", "80"),
    ("Part des ménages relogés satisfaits de leur nouveau logement", "–", "80 %", "85 %"),
]


def md_funder_table():
    lines = ["| Financeur | Montant (€) | Part |", "|---|---:|---:|"]
    for name, amount in MD_FUNDERS:
        lines.append(f"| {name} | {probekit.eur(amount)} | {share(amount, MD_TOTAL)} |")
    lines.append(f"| **Total** | **{probekit.eur(sum(a for _, a in MD_FUNDERS))}** | "
                 "**100 %** |")
    return "\n".join(lines)


def md_indicator_table():
    lines = ["| Indicateur | Fin 2024 | Cible 2027 | Cible 2030 |", "|---|---:|---:|---:|"]
    lines.extend(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in MD_INDICATORS)
    return "\n".join(lines)


def _check_md():
    assert sum(a for _, a in MD_FUNDERS) == MD_TOTAL
    assert [share(a, MD_TOTAL) for _, a in MD_FUNDERS] == [
        "35,1 %", "25,7 %", "14,9 %", "9,5 %", "8,1 %", "6,8 %"]
    assert 56 + 30 == 86 and 74 + 60 == 134 and 47 + 22 == 69 and 36 + 24 == 60


MD = """---
title: "Fiche action n° 3.2 – Accompagner les habitants pendant le renouvellement urbain des Teinturiers"
collectivite: "Montaurel Creuse Agglomération"
contrat: "Contrat de ville « Engagements Quartiers 2030 »"
axe: "Axe 3 – Cadre de vie et renouvellement urbain"
date: 2026-01-28
---

# Fiche action n° 3.2 – Accompagner les habitants pendant le renouvellement urbain des Teinturiers

**Contrat de ville « Engagements Quartiers 2030 » de Montaurel Creuse Agglomération – axe 3 « Cadre de vie et renouvellement urbain »**

- **Pilote** : Montaurel Creuse Agglomération, direction de la cohésion urbaine – Aurélien Jabet, chef de projet renouvellement urbain
- **Partenaires** : Ville de Montaurel-sur-Creuse, Lissière Habitat, Millevaches Habitat, centre intercommunal d'action sociale (CIAS), Caisse d'allocations familiales de la Creuse, association de médiation Fil d'Ariane, conseil citoyen des Teinturiers
- **Quartier** : quartier prioritaire des Teinturiers, 2 310 habitants
- **Durée** : de 2025 à 2030
- **Coût 2026** : 148 000 €
- **Version** : adoptée par le comité de pilotage du contrat de ville le 28 janvier 2026

## Contexte

La convention de renouvellement urbain des Teinturiers, signée avec l'ANRU le 3 mars 2025, prévoit 22,7 M€ HT d'investissements de 2025 à 2032, dont 6,9 M€ de subventions de l'ANRU. Elle prévoit la démolition de 86 logements, les 56 de la tour Garance de Lissière Habitat et 30 aux cages 5 à 7 de la barre Pastel de Millevaches Habitat, la réhabilitation de 134 logements aux résidences Indigo et Gaude et la reconstitution de 60 logements sociaux hors du quartier.

Le projet oblige 69 ménages à déménager : 47 à la tour Garance et 22 à la barre Pastel. Au 31 décembre 2025, 24 ménages de la tour Garance et 9 de la barre Pastel avaient été relogés. Le diagnostic social de 2024 a montré que 38 % des ménages de la tour Garance comptent au moins une personne de plus de 65 ans.

## Objectifs

L'action poursuit quatre objectifs :

- informer les habitants à chaque étape du projet et recueillir leurs avis ;
- limiter la gêne causée par les chantiers, en particulier pendant la démolition de la tour Garance ;
- sécuriser le parcours des ménages relogés, avant et après leur déménagement ;
- garder la mémoire du quartier des Teinturiers et de ses immeubles.

## Contenu de l'action

Elle comprend cinq volets :

- la maison du projet, 5 place des Teintures, ouverte le mardi de 14 h à 18 h et le vendredi de 9 h à 12 h 30, où l'équipe projet et les bailleurs tiennent leurs permanences ;
- une médiation de chantier assurée par deux médiateurs de l'association Fil d'Ariane pendant la démolition de la tour Garance, de juin 2026 à mars 2027 ;
- l'accompagnement social des ménages relogés par le CIAS pendant les six mois qui suivent leur emménagement ;
- un atelier mémoire, « Garance, 1970-2026 », avec les anciens habitants de la tour, conclu par une exposition en novembre 2026 ;
- des chantiers éducatifs pour seize jeunes de 16 à 25 ans par an : peinture des halls, entretien des jardins partagés.

## Financement 2026

""" + md_funder_table() + """

*Parts arrondies au dixième. Les dépenses de personnel de l'équipe projet ne sont pas comprises : elles relèvent de la convention de renouvellement urbain.*

## Indicateurs de suivi

""" + md_indicator_table() + """

## Points d'attention

- Le marché de démolition de la tour Garance sera attribué en avril 2026 : la médiation de chantier devra être en place avant le premier jour des travaux.
- Les ménages âgés de la tour Garance demandent des logements de plain-pied ou desservis par un ascenseur, rares dans le parc du quartier.
- La démolition des cages 5 à 7 de la barre Pastel, prévue au premier semestre 2027, suivra de près celle de la tour : les deux chantiers devront être coordonnés.

*Fiche établie par la direction de la cohésion urbaine de Montaurel Creuse Agglomération. Elle sera évaluée chaque année par le comité de pilotage du contrat de ville.*
"""


# ---------------------------------------------------------------------------
# 5. Millevaches Habitat's 2025 annual activity report (extracts): plain text (both towns)
# ---------------------------------------------------------------------------
# figure, 2024, 2025
TX_KEY = [
    ("Logements gérés au 31 décembre", "9 710", "9 840"),
    ("Logements neufs livrés", "164", "212"),
    ("Logements réhabilités livrés", "118", "96"),
    ("Attributions de logements", "1 020", "1 096"),
    ("Taux de vacance commerciale", "4,6 %", "4,1 %"),
    ("Investissements (M€)", "58,3", "64,7"),
]
# operation, homes, cost (€ HT), progress at 31 December 2025
TX_OPS = [
    ("Accordeurs – réhabilitation Gavotte", 80, 4160000, "travaux à 70 %"),
    ("Accordeurs – reconstitution", 30, 4650000, "18 en chantier"),
    ("Teinturiers – réhabilitation Indigo", 74, 4292000, "marché attribué"),
    ("Teinturiers – démolition Pastel", 30, 1050000, "relogement"),
    ("Teinturiers – reconstitution", 24, 3720000, "études"),
]
# building of origin, original landlord, households
TX_REL = [
    ("Barre Pastel (Teinturiers)", "Millevaches Habitat", 9),
    ("Tour Mazurka (Accordeurs)", "Vallées Habitat", 9),
    ("Tour Garance (Teinturiers)", "Lissière Habitat", 5),
]


def tx_key_table():
    lines = [f"{'Chiffres clés':<44}{'2024':>14}{'2025':>14}"]
    lines.extend(f"{a:<44}{b:>14}{c:>14}" for a, b, c in TX_KEY)
    return "\n".join(lines)


def tx_ops_table():
    lines = [f"{'Opération':<38}{'Logts':>6}{'Coût (€ HT)':>13}  Fin 2025"]
    for name, n, cost, state in TX_OPS:
        lines.append(f"{name:<38}{n:>6}{probekit.eur(cost):>13}  {state:<17}".rstrip())
    lines.append(f"{'Total':<38}{sum(o[1] for o in TX_OPS):>6}"
                 f"{probekit.eur(sum(o[2] for o in TX_OPS)):>13}")
    return "\n".join(lines)


def tx_rel_table():
    building, landlord = "Immeuble d'origine", "Bailleur d'origine"
    lines = [f"{building:<32}{landlord:<24}{'Ménages':>10}"]
    lines.extend(f"{a:<32}{b:<24}{n:>10}" for a, b, n in TX_REL)
    lines.append(f"{'Total':<32}{'':<24}{sum(n for *_, n in TX_REL):>10}")
    return "\n".join(lines)


def _check_txt():
    assert sum(o[2] for o in TX_OPS) == 17872000 and sum(o[1] for o in TX_OPS) == 238
    assert 80 * 52000 == 4160000 and 74 * 58000 == 4292000 and 80 * 12000 == 960000
    assert 18 + 12 == 30 and 22 - 9 == 13 and 30 - 22 == 8
    assert sum(n for *_, n in TX_REL) == 23 and TX_REL[1][2] == HT_DEST[2][1]
    for table in (tx_key_table(), tx_ops_table(), tx_rel_table()):
        assert max(len(ln) for ln in table.split("\n")) <= TX_WIDTH


TX_WIDTH = 76

TXT_SOURCE = """MILLEVACHES HABITAT
Entreprise sociale pour l'habitat – 18 rue des Feuillardiers – Limoges

RAPPORT D'ACTIVITÉ 2025
Extraits – approuvé par le conseil d'administration du 9 avril 2026

Sommaire des extraits :
1. Le mot de la directrice générale
2. L'année en chiffres
3. Renouvellement urbain : les Accordeurs et les Teinturiers
4. Le relogement
5. Perspectives 2026


1. LE MOT DE LA DIRECTRICE GÉNÉRALE

« En 2025, Millevaches Habitat a livré 212 logements neufs, le meilleur chiffre de son histoire, et engagé ses deux premiers projets de renouvellement urbain hors de l'agglomération de Limoges. Dans un marché de la construction encore difficile, nos investissements ont atteint 64,7 M€. Je remercie nos équipes, nos locataires et les collectivités qui nous font confiance. »

Nathalie Saulière
Directrice générale


2. L'ANNÉE EN CHIFFRES

@@KEY@@

Les 96 logements réhabilités livrés en 2025 sont ceux de la résidence des Feuillardiers, à Limoges.


3. RENOUVELLEMENT URBAIN : LES ACCORDEURS ET LES TEINTURIERS

Millevaches Habitat intervient dans deux projets du nouveau programme national de renouvellement urbain : celui du quartier des Accordeurs, à Bessoulac-sur-Corrèze (convention signée avec l'ANRU le 24 juin 2024), et celui du quartier des Teinturiers, à Montaurel-sur-Creuse (convention signée le 3 mars 2025). Ses opérations y représentent un investissement de 17,9 M€ HT.

@@OPS@@

Résidence Gavotte (Accordeurs). Les 80 logements de la résidence, construits en 1966 allée des Soufflets, sont réhabilités en site occupé depuis mars 2025 : isolation par l'extérieur, remplacement des menuiseries et des chaudières individuelles, réfection des halls. Le coût s'élève à 52 000 € HT par logement, dont 12 000 € de subvention de l'ANRU. Les loyers restent inchangés. La fin des travaux est prévue en juillet 2026.

Résidence Indigo (Teinturiers). La réhabilitation des 74 logements de la résidence, construits en 1972 rue des Cartonniers, a été confiée en décembre 2025 à l'entreprise Marcheix Bâtiment, de Guéret. Les travaux, d'avril 2026 à septembre 2027, doivent faire passer la résidence de l'étiquette énergétique F à l'étiquette B, pour un coût de 58 000 € HT par logement.

Reconstitution. Aux Accordeurs, Millevaches Habitat reconstruit 30 logements hors du quartier : 18 rue du Puy-Lagarde, à Bessoulac-sur-Corrèze, en chantier depuis octobre 2025, et 12 au bourg de Vernéjoux, à l'étude. Aux Teinturiers, ses 24 logements reconstitués sont à l'étude.


4. LE RELOGEMENT

Aux cages 5 à 7 de la barre Pastel, à Montaurel-sur-Creuse, 22 ménages sont à reloger dans les 30 logements voués à la démolition. Au 31 décembre 2025, 9 d'entre eux avaient été relogés ; les 13 autres le seront d'ici à octobre 2026, et la démolition est prévue au premier semestre 2027.

Millevaches Habitat accueille aussi dans son parc des ménages des tours que les offices publics de l'habitat des deux quartiers vont démolir. En 2025, il a relogé 23 ménages, dont 14 venus de ces tours :

@@REL@@

Tous les ménages relogés par Millevaches Habitat ont reçu une proposition au moins égale en surface à leur ancien logement, pour un reste à charge inchangé ou en baisse.


5. PERSPECTIVES 2026

- avril 2026 : début des travaux de la résidence Indigo ;
- juillet 2026 : fin des travaux de la résidence Gavotte ;
- octobre 2026 : départ des derniers locataires des cages 5 à 7 de la barre Pastel ;
- décembre 2026 : livraison des 18 logements de la rue du Puy-Lagarde ;
- sur l'ensemble du patrimoine, 230 logements neufs à livrer.

Hervé Lachaud
Président du conseil d'administration
"""


def _wrap_line(line):
    """Wrap one source line at TX_WIDTH columns, at spaces only; list items keep a hanging
    indent of two spaces."""
    if len(line) <= TX_WIDTH:
        return [line]
    indent = "  " if line.startswith("- ") else ""
    return textwrap.wrap(line, TX_WIDTH, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


TX_TABLES = {"@@KEY@@": tx_key_table, "@@OPS@@": tx_ops_table, "@@REL@@": tx_rel_table}


def build_txt():
    out = []
    for line in TXT_SOURCE.split("\n"):
        if line in TX_TABLES:
            out.append(TX_TABLES[line]())
        else:
            out.extend(_wrap_line(line))
    return "\n".join(out)


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe30.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=3, header_fill="1F4E79",
        total_match="prefix")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"lots", "criteria"},
        form_label_w=120, theme=THEME_GARANCE, total_rule="last", header_left=PD_HEADER_LEFT,
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
    write_text(FN_TXT, build_txt())
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, QID_PREFIX):
        sys.exit(1)


if __name__ == "__main__":
    main()
