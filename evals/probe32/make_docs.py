#!/usr/bin/env python3
"""Generate the five probe32 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Chalendrac-sur-Eyrieux (Ardèche, Auvergne-Rhône-Alpes), quartier prioritaire des
        Moulinages, the old silk-throwing mills' district on the Eyrieux (agglomeration: Eyrieux
        Boutières Agglomération; social landlords Boutières Habitat, an OPH, and Sélénia
        Habitat, a national ESH based in Lyon; buildings named after the summits of the
        Ardèche: tour Mézenc, barre Gerbier, résidences Tanargue and Coiron; place des
        Mouliniers, rue des Cocons, groupe scolaire des Magnaneries, the old silk mill
        Vernadet; rebuilt homes chemin des Dévidoirs)
    - atelier-contrefort-fiche-mission-urbaniste-coordonnateur-moulinages-chalendrac.docx
        (an urban design firm's mission sheet, updated on 20 February 2026, for the
        coordinating planner's mission (plan guide, plot sheets, architectural coordination):
        labelled fields (client, representative, follow-up, kind, procedure, dates, fee, group
        of firms, team, perimeter), the context, the mission's content as a list with a
        lead-in, the fee by phase with a total row and the optional tranche in a note, the
        team's days with a total row, progress (the residents' workshop, a table of the three
        scenarios without a total row, the scenario chosen), points of attention as a list with
        a lead-in, a former reference of the firm in town 2 (amount only))
    - echo-des-boutieres-chalendrac-tour-mezenc-relogement-2026-03-10.html
        (a regional daily's web article of 10 March 2026 on the emptying of the tour Mézenc,
        with cookie banner, navigation, breadcrumb, byline, share links: the rehousing at 28
        February 2026 and the households' destinations, two quotes, the calendar of the
        asbestos removal and demolition, the scenario chosen for the public spaces, the
        future health centre in the old silk mill, a "Repères" box (the convention's date and
        figures, the refurbished and rebuilt homes and the integration hours only there), a
        "most read" sidebar and a footer)
Town 2: Vellerand-sur-Bouzanne (Indre, Centre-Val de Loire), quartier prioritaire des
        Tabatières, the old tobacco factory's district (agglomeration: Bouzanne Brenne
        Agglomération; social landlords Bouzanne Habitat, an OPH, and Sélénia Habitat;
        buildings named after tobacco varieties: tour Burley, barre Virginie, résidences
        Kentucky and Havane; place de la Manufacture, rue des Cigarières, the old tobacco
        factory Rabelin; maison du projet 9 rue des Cigarières; rebuilt homes on the îlot des
        Pendoirs)
    - lettre-maire-vellerand-sur-bouzanne-anru-avenant-1-tabatieres-2026-03-03.pdf
        (the mayor's letter of 3 March 2026 to the ANRU's director general asking for an
        amendment no. 1 after the asbestos found in the tour Burley: labelled form (sender,
        addressee, date, reference, subject, officer in charge, enclosures), the programme as
        bullets with a lead-in, the rehousing at 31 January 2026, the demolition's cost by
        item before and after with a total row, the demolition contract, the request and the
        financing plan by funder before and after the amendment with shares after it and a
        total row, the integration hours, the copies as bullets with a lead-in)
    - fiche-action-2-4-contrat-de-ville-accompagnement-habitants-tabatieres-vellerand.md
        (action sheet 2.4 of the agglomeration's contrat de ville "Quartiers 2030", adopted on
        22 January 2026, with YAML front matter: labelled fields (axis, pilot, referent,
        operators, partners, duration, 2026 cost, adoption), findings (population, poverty
        rate, rehousing at 31 January 2026), three aims as a list with a lead-in, the content
        as a numbered list, the 2026 financing plan by funder with shares and a total row
        (2027 and 2028 not given), an indicator table (2024 value, 2026 and 2028 targets), the
        calendar)
Both towns:
    - selenia-habitat-conseil-administration-2026-03-17-rapport-6-moulinages-tabatieres.txt
        (report no. 6 to the board of the landlord present in both neighbourhoods, session of
        17 March 2026, plain text wrapped at 76 columns: chair, rapporteur, preparatory
        committee, director general, the two conventions, a fixed-width table of its four
        operations (homes, cost, ANRU grant) with a total line, a fixed-width table of the
        households it rehoused from the demolished buildings at 28 February 2026 with a total
        line, the works contract of the résidence Coiron by lot with a total line, the works
        of the résidence Havane, the integration hours, the proposal as a list)

The documents overlap on purpose: both neighbourhoods have a convention with the ANRU (signed on
9 July 2025; on 4 June 2025) with a budget (31,8 M€ with 9,4 M€ from the ANRU; 35,2 M€ with
10,6 M€), homes demolished (88: 60 at the tour Mézenc and 28 at the barre Gerbier; 110: 80 at
the tour Burley and 30 at the barre Virginie), refurbished (134; 146) and rebuilt (66; 74),
households to rehouse (75: 52 and 23; 98: 71 and 27), integration hours (46 000 planned; 49 000
planned, 4 120 done at 31 January 2026) and a facility in an old factory (a health centre of 11
professionals; a multi-accueil of 36 places). The shared landlord's figures are given for both
towns side by side. Some facts are given for one town only (the funders of the convention, the
poverty rate and the demolition cost for town 2; the scenarios of the plan guide for town 1),
some for one year only (the action sheet's 2026 financing), some at one date only (the tour
Burley's rehousing at 31 January 2026, the landlord's share at 28 February 2026), and some
people are not named (the director general of Boutières Habitat).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by the shared writers of evals/probekit.py. All text is held
in this script; running it again rewrites the five files byte-for-byte (fixed metadata dates,
fixed zip timestamps).

After writing, the script checks evals/questions.probe32.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must name
a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe32/make_docs.py
"""

import os
import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe32.jsonl")
QID_PREFIX = "q32"

FN_DOCX = "atelier-contrefort-fiche-mission-urbaniste-coordonnateur-moulinages-chalendrac.docx"
FN_PDF = "lettre-maire-vellerand-sur-bouzanne-anru-avenant-1-tabatieres-2026-03-03.pdf"
FN_HTML = "echo-des-boutieres-chalendrac-tour-mezenc-relogement-2026-03-10.html"
FN_MD = "fiche-action-2-4-contrat-de-ville-accompagnement-habitants-tabatieres-vellerand.md"
FN_TXT = "selenia-habitat-conseil-administration-2026-03-17-rapport-6-moulinages-tabatieres.txt"

ZIP_DT = (2026, 2, 20, 17, 5, 0)
DOCX_DATE = "2026-02-20T17:05:00Z"
PDF_DATE = "D:20260303094500+01'00'"

# PDF colours: the town hall's green accent (titles, rules, table header), pale green label cells.
THEME_VILLE = ((0.16, 0.36, 0.22), (0.91, 0.95, 0.91))


def share(n, total):
    """A share in per cent with one decimal and a French comma, rounded half up."""
    tenths = (2000 * n + total) // (2 * total)
    return f"{tenths // 10},{tenths % 10} %"


# ---------------------------------------------------------------------------
# 1. Atelier Contrefort's mission sheet, coordinating planner of the Moulinages: DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Atelier Contrefort"
DX_DOC_KIND = "Fiche mission"
DX_HEADER = ("Atelier Contrefort – fiche mission – urbaniste coordonnateur, quartier des "
             "Moulinages, Chalendrac-sur-Eyrieux")
DX_FOOTER = ("Atelier Contrefort, SARL d'architecture et d'urbanisme, Valence – fiche mise à jour "
             "le 20 février 2026")
DX_KICKER = "Atelier Contrefort – Fiche mission"
DX_TITLE = "Urbaniste coordonnateur du projet de renouvellement urbain des Moulinages"
DX_SUBTITLE = ("Quartier prioritaire des Moulinages, Chalendrac-sur-Eyrieux (Ardèche) – mise à "
               "jour du 20 février 2026")
DX_KEYWORDS = ("urbaniste coordonnateur; plan guide; fiches de lots; NPNRU; Moulinages; "
               "Chalendrac-sur-Eyrieux; tour Mézenc; barre Gerbier; place des Mouliniers; "
               "concertation")

# phase, content, period, amount (€ HT)
DX_PHASES = [
    ("Phase 1", "Diagnostic et plan guide", "2025-2026", 62400),
    ("Phase 2", "Fiches de lots et cahier de prescriptions", "2026-2027", 48900),
    ("Phase 3", "Coordination architecturale et avis sur les permis", "2027-2030", 71600),
    ("Phase 4", "Concertation et ateliers avec les habitants", "2025-2030", 31400),
]
DX_OPTION = 23700
# person, firm, role, days
DX_TEAM = [
    ("Mathilde Escoffier", "Atelier Contrefort", "Cheffe de projet, plan guide et coordination",
     96),
    ("Théo Marcellin", "Atelier Contrefort", "Chargé d'études, fiches de lots", 118),
    ("Romain Chaussinand", "Paysages Sauvagine", "Paysagiste, espaces publics et berges", 74),
    ("Lucie Vergnaud", "Hydrelle Ingénierie",
     "Ingénieure VRD, réseaux et gestion des eaux pluviales", 41),
]
# scenario, new homes on the freed land, public spaces (m²), estimate (tenths of M€ HT)
DX_SCENARIOS = [
    ("A – Le mail planté", 38, "6 900", 52),
    ("B – Les quais retrouvés", 45, "7 600", 59),
    ("C – Le parc habité", 31, "9 100", 66),
]


def dx_phase_rows():
    rows = [["Phase", "Contenu", "Période", "Montant (€ HT)"]]
    rows.extend([p, c, y, probekit.eur(a)] for p, c, y, a in DX_PHASES)
    rows.append(["Total tranche ferme", "", "", probekit.eur(sum(p[3] for p in DX_PHASES))])
    return rows


def dx_team_rows():
    rows = [["Intervenant", "Structure", "Rôle", "Jours prévus"]]
    rows.extend([n, f, r, str(d)] for n, f, r, d in DX_TEAM)
    rows.append(["Total", "", "", str(sum(d for *_, d in DX_TEAM))])
    return rows


def dx_scenario_rows():
    rows = [["Scénario", "Logements neufs sur le foncier libéré", "Espaces publics (m²)",
             "Estimation des espaces publics (M€ HT)"]]
    rows.extend([s, str(h), m, probekit.meur(e)] for s, h, m, e in DX_SCENARIOS)
    return rows


def _check_docx():
    assert sum(p[3] for p in DX_PHASES) == 214300
    assert sum(p[3] for p in DX_PHASES) + DX_OPTION == 238000
    assert sum(d for *_, d in DX_TEAM) == 329
    assert 60 + 28 == 88


DX_TABLES = {"phases": dx_phase_rows(), "team": dx_team_rows(), "scen": dx_scenario_rows()}
DX_WIDTHS = {"phases": [1900, 4300, 1500, 1900], "team": [2100, 2000, 4000, 1500],
             "scen": [2800, 2400, 2000, 2400]}
DX_FIELDS = [
    ("Client", "Eyrieux Boutières Agglomération, direction de l'aménagement et du renouvellement "
               "urbain, 14 avenue des Boutières, Chalendrac-sur-Eyrieux"),
    ("Représentant du client", "Gérald Soubeyrand, président"),
    ("Suivi de la mission", "Anaïs Faugeron, cheffe de projet renouvellement urbain"),
    ("Type de mission", "Urbaniste coordonnateur du projet : plan guide, fiches de lots, "
                        "coordination architecturale et paysagère"),
    ("Procédure", "Appel d'offres ouvert, marché notifié le 2 octobre 2025"),
    ("Dates", "Du 6 octobre 2025 au 30 juin 2030"),
    ("Montant", "214 300 € HT en tranche ferme ; 238 000 € HT avec la tranche optionnelle"),
    ("Groupement", "Atelier Contrefort, architectes-urbanistes, Valence (mandataire) ; Paysages "
                   "Sauvagine, paysagistes, Lyon ; Hydrelle Ingénierie, bureau d'études VRD et "
                   "hydraulique, Privas"),
    ("Équipe", "Mathilde Escoffier, architecte-urbaniste, cheffe de projet ; Théo Marcellin, "
               "chargé d'études ; Romain Chaussinand, paysagiste ; Lucie Vergnaud, ingénieure "
               "VRD"),
    ("Périmètre", "Quartier prioritaire des Moulinages, 24 hectares entre l'ancienne voie ferrée "
                  "et l'Eyrieux"),
]
DX_SECTIONS = [
    ("h1", "Contexte"),
    ("p", "Le quartier des Moulinages s'est construit autour des anciens moulinages de soie de la "
          "vallée de l'Eyrieux. Il compte 2 870 habitants. La convention pluriannuelle de "
          "renouvellement urbain, signée avec l'ANRU le 9 juillet 2025, y engage 31,8 M€ HT "
          "d'investissements de 2025 à 2032, dont 9,4 M€ de subventions de l'ANRU."),
    ("p", "Elle prévoit la démolition de 88 logements de Boutières Habitat : les 60 logements de "
          "la tour Mézenc et les 28 logements des entrées C et D de la barre Gerbier. Les "
          "démolitions libéreront 1,9 hectare, sur lequel le plan guide doit organiser une offre "
          "nouvelle de logements en accession et des espaces publics ouverts sur la rivière."),
    ("h1", "Contenu de la mission"),
    ("p", "L'équipe d'Atelier Contrefort assure pour l'agglomération :"),
    ("li", "l'élaboration du plan guide du quartier, de l'état des lieux au plan d'ensemble "
           "approuvé ;"),
    ("li", "la rédaction des fiches de lots et du cahier de prescriptions architecturales, "
           "urbaines et paysagères ;"),
    ("li", "un avis sur chaque permis de construire déposé dans le périmètre, avant son "
           "instruction ;"),
    ("li", "la coordination des maîtres d'œuvre des espaces publics et des bâtiments, en réunion "
           "mensuelle ;"),
    ("li", "la préparation et l'animation de six ateliers de concertation avec les habitants et "
           "le conseil citoyen."),
    ("h1", "Décomposition du montant"),
    ("table", "phases"),
    ("note", "Tranche optionnelle : maquette numérique du quartier et visites virtuelles pour la "
             "concertation, 23 700 € HT, à affermir au plus tard le 31 décembre 2026."),
    ("h1", "Équipe et temps prévus"),
    ("table", "team"),
    ("h1", "Avancement au 20 février 2026"),
    ("p", "Le diagnostic a été remis le 19 décembre 2025. Trois scénarios de plan guide ont été "
          "présentés aux habitants lors de l'atelier du 22 janvier 2026, qui a réuni 73 "
          "personnes à la maison du projet :"),
    ("table", "scen"),
    ("p", "Le comité de pilotage du 11 février 2026 a retenu le scénario B, qui rouvre le "
          "quartier sur l'Eyrieux par une promenade de berge et réaménage la place des "
          "Mouliniers. Le plan guide définitif sera remis le 30 juin 2026 et présenté au conseil "
          "communautaire de septembre 2026."),
    ("p", "L'équipe signale trois points d'attention :"),
    ("li", "le terrain de la barre Gerbier ne sera libre qu'après sa démolition, en 2028 : le lot "
           "qu'il accueille sera commercialisé en dernier ;"),
    ("li", "le moulinage Vernadet, inscrit à l'inventaire général du patrimoine culturel, doit "
           "conserver sa façade sur la rue des Cocons ;"),
    ("li", "une partie des berges est classée en zone rouge du plan de prévention du risque "
           "inondation et reste inconstructible."),
    ("h1", "Référence de l'équipe"),
    ("p", "Atelier Contrefort a conduit en 2022 et 2023 l'étude de programmation urbaine du "
          "quartier des Tabatières, à Vellerand-sur-Bouzanne (Indre), pour 68 500 € HT."),
    ("note", "Fiche établie par Mathilde Escoffier, cheffe de projet, et mise à jour le 20 "
             "février 2026."),
]


# ---------------------------------------------------------------------------
# 2. The mayor of Vellerand-sur-Bouzanne's letter to the ANRU: PDF (town 2)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = "Ville de Vellerand-sur-Bouzanne – cabinet du maire"
PD_HEADER_RIGHT = "COURRIER"
PD_FOOTER = ("Hôtel de ville, 1 place de l'Hôtel-de-Ville, Vellerand-sur-Bouzanne – lettre du 3 "
             "mars 2026 – réf. CAB/MA/2026-047")
PD_AUTHOR = "Ville de Vellerand-sur-Bouzanne"
PD_CREATOR = "Ville de Vellerand-sur-Bouzanne – cabinet du maire"
PD_SUBJECT = ("Convention de renouvellement urbain du quartier des Tabatières : demande d'avenant "
              "n° 1")
PD_KICKER = "VILLE DE VELLERAND-SUR-BOUZANNE – CABINET DU MAIRE"
PD_TITLE = "Demande d'avenant à la convention de renouvellement urbain des Tabatières"
PD_SUBTITLE = ("Lettre du maire de Vellerand-sur-Bouzanne au directeur général de l'ANRU, "
               "3 mars 2026")
PD_FORM = [
    ("Expéditeur", "Monique Auclerc, maire de Vellerand-sur-Bouzanne, vice-présidente de "
                   "Bouzanne Brenne Agglomération"),
    ("Destinataire", "Monsieur le directeur général de l'Agence nationale pour la rénovation "
                     "urbaine"),
    ("Date", "Vellerand-sur-Bouzanne, le 3 mars 2026"),
    ("Référence", "CAB/MA/2026-047"),
    ("Objet", "Convention de renouvellement urbain du quartier des Tabatières – surcoût du "
              "désamiantage de la tour Burley et demande d'avenant n° 1"),
    ("Affaire suivie par", "Damien Courtillat, directeur du projet de renouvellement urbain, "
                           "Bouzanne Brenne Agglomération"),
    ("Pièces jointes", "rapport de repérage de l'amiante avant démolition du 9 janvier 2026 ; "
                       "plan de financement actualisé ; délibération du conseil municipal du "
                       "26 février 2026"),
]
# item, cost in the convention, updated estimate (k€ HT)
PD_COST = [
    ("Désamiantage", 740, 2050),
    ("Démolition, tri et évacuation des déchets", 1480, 1590),
    ("Maîtrise d'œuvre, diagnostics et coordination", 380, 460),
]
# funder, convention, amendment no. 1 requested (tenths of M€)
PD_FUNDERS = [
    ("ANRU – subventions", 106, 115),
    ("Action Logement", 34, 34),
    ("Banque des Territoires", 41, 41),
    ("Région Centre-Val de Loire", 23, 23),
    ("Département de l'Indre", 12, 12),
    ("Bouzanne Brenne Agglomération", 36, 37),
    ("Ville de Vellerand-sur-Bouzanne", 27, 29),
    ("Bouzanne Habitat et Sélénia Habitat – fonds propres et prêts", 73, 76),
]
PD_TOTAL_BEFORE = 352
PD_TOTAL_AFTER = 367


def pd_cost_rows():
    rows = [["Poste", "Convention (k€ HT)", "Estimation actualisée (k€ HT)"]]
    rows.extend([p, probekit.eur(a), probekit.eur(b)] for p, a, b in PD_COST)
    rows.append(["Total", probekit.eur(sum(c[1] for c in PD_COST)),
                 probekit.eur(sum(c[2] for c in PD_COST))])
    return rows


def pd_funder_rows():
    rows = [["Financeur", "Convention (M€)", "Avenant n° 1 demandé (M€)", "Part après avenant"]]
    rows.extend([name, probekit.meur(a), probekit.meur(b), share(b, PD_TOTAL_AFTER)]
                for name, a, b in PD_FUNDERS)
    rows.append(["Total", probekit.meur(sum(f[1] for f in PD_FUNDERS)),
                 probekit.meur(sum(f[2] for f in PD_FUNDERS)), "100 %"])
    return rows


def _check_pdf():
    assert sum(c[1] for c in PD_COST) == 2600 and sum(c[2] for c in PD_COST) == 4100
    assert PD_COST[0][2] + PD_COST[1][2] == 3640
    assert sum(f[1] for f in PD_FUNDERS) == PD_TOTAL_BEFORE
    assert sum(f[2] for f in PD_FUNDERS) == PD_TOTAL_AFTER
    assert PD_TOTAL_AFTER - PD_TOTAL_BEFORE == 15
    assert [f[2] - f[1] for f in PD_FUNDERS] == [9, 0, 0, 0, 0, 1, 2, 3]
    assert [share(f[2], PD_TOTAL_AFTER) for f in PD_FUNDERS] == [
        "31,3 %", "9,3 %", "11,2 %", "6,3 %", "3,3 %", "10,1 %", "7,9 %", "20,7 %"]
    assert 80 + 30 == 110 and 84 + 62 == 146 and 46 + 28 == 74 and 71 - 58 == 13


PD_TABLES = {"cost": (pd_cost_rows, [240, 100]),
             "funders": (pd_funder_rows, [210, 75, 110])}
PD_BLOCKS = [
    ("p", "Monsieur le directeur général,"),
    ("p", "La convention pluriannuelle de renouvellement urbain du quartier des Tabatières a été "
          "signée le 4 juin 2025 par l'ANRU, la Ville, Bouzanne Brenne Agglomération, Bouzanne "
          "Habitat et Sélénia Habitat. Elle engage 35,2 M€ HT d'investissements de 2025 à 2033, "
          "dont 10,6 M€ de subventions de l'Agence, dans un quartier de 3 340 habitants construit "
          "autour de l'ancienne manufacture des tabacs Rabelin."),
    ("h", "Un programme engagé"),
    ("p", "Le programme conventionné comprend :"),
    ("b", "la démolition de 110 logements de Bouzanne Habitat : les 80 logements de la tour "
          "Burley et les 30 logements des entrées 2 et 3 de la barre Virginie ;"),
    ("b", "la réhabilitation de 146 logements : les 84 logements de la résidence Kentucky de "
          "Bouzanne Habitat et les 62 logements de la résidence Havane de Sélénia Habitat ;"),
    ("b", "la reconstitution de 74 logements sociaux hors du quartier, dont 46 par Bouzanne "
          "Habitat et 28 par Sélénia Habitat ;"),
    ("b", "la reconversion de la manufacture Rabelin en pôle petite enfance, avec un "
          "multi-accueil de 36 places et un relais petite enfance ;"),
    ("b", "le réaménagement de la place de la Manufacture et de la rue des Cigarières."),
    ("p", "Le relogement des 71 ménages de la tour Burley, engagé en mars 2025, est bien avancé : "
          "au 31 janvier 2026, 58 d'entre eux avaient été relogés, et les derniers départs sont "
          "attendus en mai 2026. Le relogement des 27 ménages de la barre Virginie commencera en "
          "septembre 2026."),
    ("h", "Un surcoût que nul ne pouvait prévoir"),
    ("p", "Le repérage de l'amiante avant démolition, remis le 9 janvier 2026, a révélé la "
          "présence d'amiante dans les panneaux de façade et dans les colles de sol des 80 "
          "logements de la tour Burley, alors que le diagnostic de 2022 ne l'avait relevée que "
          "dans les gaines techniques. Le coût de la démolition de la tour passe ainsi de 2,6 M€ "
          "HT à 4,1 M€ HT :"),
    ("table", "cost"),
    ("p", "Le marché de désamiantage et de démolition a été attribué le 16 février 2026 au "
          "groupement Déconstruction Val de Brenne et Amiante Services Berry, pour 3 640 000 € "
          "HT. Les travaux commenceront en juin 2026 et s'achèveront en mars 2027."),
    ("h", "Notre demande"),
    ("p", "Les partenaires locaux ont accepté de prendre en charge une partie de ce surcoût de "
          "1,5 M€ : Bouzanne Habitat à hauteur de 0,3 M€, la Ville à hauteur de 0,2 M€ et "
          "l'agglomération à hauteur de 0,1 M€. Le conseil municipal en a délibéré le 26 février "
          "2026. Je sollicite donc de l'Agence une subvention complémentaire de 0,9 M€, par un "
          "avenant n° 1 à la convention qui porterait le plan de financement à 36,7 M€ HT :"),
    ("table", "funders"),
    ("note", "Parts arrondies au dixième. Les prêts d'Action Logement et de la Banque des "
             "Territoires sont comptés pour leur montant nominal."),
    ("p", "Sans cette aide, Bouzanne Habitat devrait reporter la réhabilitation de la résidence "
          "Kentucky, prévue en 2027, pour financer le surcoût sur ses fonds propres."),
    ("p", "Les chantiers du projet avaient déjà offert 4 120 heures d'insertion au 31 janvier "
          "2026, sur les 49 000 heures prévues par la convention : un report des démolitions "
          "retarderait aussi ces embauches."),
    ("p", "Le préfet de l'Indre, délégué territorial de l'Agence, soutient cette demande, qui lui "
          "a été présentée lors de la revue de projet du 12 février 2026. Damien Courtillat, "
          "directeur du projet, se tient à la disposition de vos services pour présenter ce "
          "dossier au comité d'engagement de l'Agence."),
    ("p", "Je vous prie d'agréer, Monsieur le directeur général, l'expression de ma "
          "considération distinguée."),
    ("p", "Monique Auclerc, maire de Vellerand-sur-Bouzanne"),
    ("h", "Copies"),
    ("p", "Copie de ce courrier est adressée à :"),
    ("b", "M. Éric Lavaudant, préfet de l'Indre, délégué territorial de l'ANRU ;"),
    ("b", "M. Thierry Massonneau, président de Bouzanne Brenne Agglomération ;"),
    ("b", "Mme Patricia Giraudon, directrice générale de Bouzanne Habitat ;"),
    ("b", "Mme Sandrine Keller, directrice générale de Sélénia Habitat."),
]


# ---------------------------------------------------------------------------
# 3. L'Écho des Boutières's web article on the tour Mézenc: HTML (town 1)
# ---------------------------------------------------------------------------
# destination of the households rehoused from the tour Mézenc at 28 February 2026
HT_DEST = [("Boutières Habitat, ailleurs à Chalendrac", 21),
           ("Boutières Habitat, résidence Tanargue", 9),
           ("Sélénia Habitat", 4), ("départ de la commune", 3)]


def _check_html():
    assert sum(n for _, n in HT_DEST) == 37 and 52 - 37 == 15
    assert 52 + 23 == 75 and 80 + 54 == 134 and 42 + 24 == 66


HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Chalendrac-sur-Eyrieux : la tour Mézenc se vide, les pelleteuses attendues en 2027 – L'Écho des Boutières</title>
<meta name="description" content="Trente-sept des cinquante-deux ménages de la tour Mézenc ont été relogés. Le désamiantage doit commencer à l'automne.">
<meta property="article:published_time" content="2026-03-10T06:30:00+01:00">
<link rel="canonical" href="https://www.echo-des-boutieres.example/ardeche/chalendrac-sur-eyrieux/tour-mezenc-relogement">
<style>.bandeau-cookies{position:fixed;bottom:0;width:100%}.article{max-width:720px}</style>
<script>window.ebConsent = {audience: false, publicite: false};</script>
</head>
<body>
<div class="bandeau-cookies" role="dialog" aria-label="Vos choix sur les cookies">
  <p>L'Écho des Boutières et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser la publicité et vous proposer des vidéos. Vous pouvez changer d'avis à tout moment.</p>
  <p><a href="#">Accepter et fermer</a> · <a href="#">Continuer sans accepter</a> · <a href="/cookies/">Paramétrer</a></p>
</div>
<header class="entete">
  <p class="titre-journal"><a href="/">L'Écho des Boutières</a> – le quotidien de la vallée de l'Eyrieux</p>
  <nav class="rubriques">
    <ul>
      <li><a href="/ardeche/">Ardèche</a></li>
      <li><a href="/ardeche/chalendrac-sur-eyrieux/">Chalendrac</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/loisirs/">Loisirs</a></li>
      <li><a href="/necrologie/">Avis de décès</a></li>
      <li><a href="/abonnement/">S'abonner</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil-ariane"><a href="/">Accueil</a> › <a href="/ardeche/">Ardèche</a> › <a href="/ardeche/chalendrac-sur-eyrieux/">Chalendrac-sur-Eyrieux</a> › Logement</nav>

<article class="article">
  <p class="surtitre">Renouvellement urbain</p>
  <h1>Chalendrac-sur-Eyrieux : la tour Mézenc se vide, les pelleteuses attendues en 2027</h1>
  <p class="signature">Par Bastien Roumanille · Publié le 10 mars 2026 à 6 h 30 · Mis à jour à 9 h 12</p>
  <p class="partage">Partager : <a href="#">Facebook</a> · <a href="#">WhatsApp</a> · <a href="#">Courriel</a> · <a href="#">Copier le lien</a></p>
  <p class="chapo">Au 28 février, 37 des 52 ménages de la tour Mézenc avaient été relogés. Au cœur du quartier des Moulinages, l'immeuble de douze étages doit être vide à l'automne, avant d'être démoli.</p>

  <h2>Trente-sept familles déjà parties</h2>
  <p>Boutières Habitat a commencé le relogement des locataires de la tour en avril 2025. Parmi les ménages déjà partis, 21 ont trouvé un logement de Boutières Habitat ailleurs dans Chalendrac, 9 sont restés dans le quartier, à la résidence Tanargue, 4 ont été relogés par Sélénia Habitat et 3 ont quitté la commune.</p>
  <p>Ginette Chazallon, 78 ans, a vécu 41 ans au neuvième étage. Elle emménagera en avril dans un deux-pièces de plain-pied, rue des Cocons. « J'ai élevé mes trois enfants là-haut. Je ne regretterai pas l'ascenseur en panne, mais je regretterai la vue sur la rivière. »</p>
  <blockquote>
    <p>« Les 15 ménages qui restent ont tous reçu au moins une proposition. Les plus difficiles à reloger sont les grandes familles : il nous manque des T5 », reconnaît Karine Delhomme, chargée de relogement chez Boutières Habitat.</p>
  </blockquote>

  <h2>Le désamiantage à l'automne</h2>
  <p>La tour doit être vide fin septembre 2026 ; le désamiantage commencera en octobre 2026, avant une démolition par grignotage au premier semestre 2027. La consultation des entreprises sera lancée en mai. Les entrées C et D de la barre Gerbier, où vivent encore 23 ménages, suivront en 2028.</p>

  <h2>Un quartier rouvert sur l'Eyrieux</h2>
  <p>Sur le terrain libéré, l'agglomération a retenu le scénario « Les quais retrouvés » dessiné par l'équipe de l'urbaniste Mathilde Escoffier : une promenade de berge et une place des Mouliniers agrandie, soit 7 600 m² d'espaces publics aménagés en 2028 et 2029.</p>
  <p>À quelques pas, l'ancien moulinage Vernadet deviendra une maison de santé pluriprofessionnelle. Onze professionnels, dont trois médecins généralistes, s'y installeront au printemps 2028. Le chantier est estimé à 3,4 M€ HT.</p>

  <aside class="reperes">
    <h2>Repères</h2>
    <ul>
      <li>Convention de renouvellement urbain signée avec l'ANRU le 9 juillet 2025</li>
      <li>31,8 M€ HT d'investissements de 2025 à 2032, dont 9,4 M€ de l'ANRU</li>
      <li>88 logements démolis : 60 à la tour Mézenc, 28 à la barre Gerbier</li>
      <li>134 logements réhabilités aux résidences Tanargue et Coiron</li>
      <li>66 logements sociaux reconstruits hors du quartier</li>
      <li>46 000 heures d'insertion réservées aux habitants éloignés de l'emploi</li>
      <li>2 870 habitants dans le quartier prioritaire des Moulinages</li>
    </ul>
  </aside>

  <p class="etiquettes">Mots-clés : <a href="/tag/logement/">Logement</a> · <a href="/tag/urbanisme/">Urbanisme</a> · <a href="/tag/chalendrac-sur-eyrieux/">Chalendrac-sur-Eyrieux</a></p>
</article>

<aside class="plus-lus">
  <h2>Les plus lus</h2>
  <ul>
    <li><a href="#">Vallée de l'Eyrieux : la Dolce Via fermée deux semaines pour travaux</a></li>
    <li><a href="#">Rugby : Chalendrac s'impose dans le derby face au Cheylard</a></li>
    <li><a href="#">Marché aux châtaignes : les producteurs inquiets</a></li>
  </ul>
</aside>

<aside class="newsletter">
  <h2>La lettre du matin</h2>
  <p>L'essentiel de l'actualité de l'Ardèche, chaque jour à 7 heures. <a href="/newsletters/">Je m'inscris</a></p>
</aside>
</main>

<footer class="pied-de-page">
  <p>L'Écho des Boutières – société éditrice : Presse Vivaraise SAS</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgu/">Conditions générales d'utilisation</a> · <a href="/confidentialite/">Politique de confidentialité</a> · <a href="/contact/">Nous contacter</a></p>
  <p>© 2026 L'Écho des Boutières – tous droits réservés</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. Action sheet 2.4 of the contrat de ville, residents of the Tabatières: Markdown (town 2)
# ---------------------------------------------------------------------------
# funder, 2026 amount (€)
MD_FUND = [
    ("État – crédits de la politique de la ville", 48000),
    ("Bouzanne Brenne Agglomération", 42000),
    ("Ville de Vellerand-sur-Bouzanne", 31000),
    ("Bouzanne Habitat – abattement de TFPB", 38000),
    ("Sélénia Habitat – abattement de TFPB", 14000),
    ("Caisse d'allocations familiales de l'Indre", 9000),
]
MD_TOTAL = 182000
# indicator, 2024 value, 2026 target, 2028 target
MD_IND = [
    ("Habitants satisfaits de la propreté des espaces extérieurs", "46 %", "60 %", "70 %"),
    ("Ménages relogés satisfaits de leur nouveau logement, six mois après", "–", "80 %",
     "85 %"),
    ("Habitants ayant participé à un atelier ou à une balade urbaine", "120", "250", "400"),
    ("Témoignages recueillis sur la manufacture", "0", "40", "80"),
]


def md_fund_table():
    lines = ["| Financeur | Montant 2026 (€) | Part |", "|---|---:|---:|"]
    lines.extend(f"| {name} | {probekit.eur(a)} | {share(a, MD_TOTAL)} |" for name, a in MD_FUND)
    lines.append(f"| **Total** | **{probekit.eur(sum(a for _, a in MD_FUND))}** | **100 %** |")
    return "\n".join(lines)


def md_ind_table():
    lines = ["| Indicateur | Valeur 2024 | Cible 2026 | Cible 2028 |", "|---|---:|---:|---:|"]
    lines.extend(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in MD_IND)
    return "\n".join(lines)


def _check_md():
    assert sum(a for _, a in MD_FUND) == MD_TOTAL
    assert [share(a, MD_TOTAL) for _, a in MD_FUND] == [
        "26,4 %", "23,1 %", "17,0 %", "20,9 %", "7,7 %", "4,9 %"]


MD = """---
title: "Contrat de ville Quartiers 2030 – fiche action 2.4 : accompagner les habitants des Tabatières pendant le renouvellement urbain"
organisme: "Bouzanne Brenne Agglomération – direction de la cohésion sociale"
date: 2026-01-22
statut: "adoptée par le comité de pilotage du contrat de ville le 22 janvier 2026"
---

# Fiche action 2.4 – Accompagner les habitants des Tabatières pendant le renouvellement urbain

**Contrat de ville « Quartiers 2030 » de Bouzanne Brenne Agglomération – quartier prioritaire des Tabatières, Vellerand-sur-Bouzanne**

- **Axe** : 2 – Cadre de vie et renouvellement urbain
- **Pilote** : Bouzanne Brenne Agglomération, direction de la cohésion sociale
- **Référente** : Justine Pellerin, chargée de mission gestion urbaine et sociale de proximité
- **Opérateurs** : Régie de quartier des Tabatières ; association Traces de la Manufacture
- **Partenaires** : Ville de Vellerand-sur-Bouzanne, Bouzanne Habitat, Sélénia Habitat, Caisse d'allocations familiales de l'Indre, conseil citoyen des Tabatières
- **Durée** : 2026-2028
- **Coût 2026** : 182 000 €
- **Adoption** : comité de pilotage du contrat de ville du 22 janvier 2026

## Constats

Le quartier prioritaire des Tabatières compte 3 340 habitants. Le taux de pauvreté y atteint 43 %, contre 14 % dans l'ensemble de l'agglomération.

La démolition de la tour Burley et des entrées 2 et 3 de la barre Virginie, la réhabilitation des résidences Kentucky et Havane et le réaménagement de la place de la Manufacture transformeront le quartier jusqu'en 2033. Au 31 janvier 2026, 58 des 71 ménages de la tour Burley avaient été relogés.

Les habitants qui restent vivent au milieu des chantiers : lors de l'enquête de 2024, 46 % seulement se disaient satisfaits de la propreté des espaces extérieurs.

## Objectifs

L'action poursuit trois objectifs :

- maintenir un cadre de vie propre et sûr pendant les chantiers ;
- accompagner les ménages relogés dans leur nouveau logement et leur nouveau quartier ;
- garder la mémoire de la manufacture et des cigarières qui y ont travaillé.

## Contenu de l'action

1. **Gestion urbaine pendant les chantiers** : la Régie de quartier des Tabatières assure le nettoyage renforcé des abords des chantiers et une tournée quotidienne de repérage des dysfonctionnements, cinq jours sur sept, avec deux agents en contrat d'insertion.
2. **Suivi des ménages relogés** : les conseillères sociales de Bouzanne Habitat rendent visite à chaque ménage relogé un mois puis six mois après son emménagement.
3. **Mémoire du quartier** : l'association Traces de la Manufacture recueille les témoignages d'anciennes cigarières et d'habitants, et prépare une exposition à la maison du projet, 9 rue des Cigarières.

## Plan de financement 2026

""" + md_fund_table() + """

*Parts arrondies au dixième. Le financement de 2027 et de 2028 sera arrêté lors de la revue annuelle du contrat de ville.*

## Indicateurs

""" + md_ind_table() + """

## Calendrier

- février 2026 : démarrage des tournées de la régie de quartier ;
- 14 avril 2026 : réunion publique sur le chantier de la tour Burley, à la maison du projet ;
- juin 2026 : début du désamiantage de la tour Burley ;
- octobre 2026 : exposition « Les Cigarières de la manufacture Rabelin » ;
- décembre 2028 : évaluation de l'action.

*Fiche établie par Justine Pellerin, référente de l'action. Elle sera révisée après la revue annuelle du contrat de ville.*
"""


# ---------------------------------------------------------------------------
# 5. Report no. 6 to the board of Sélénia Habitat on its two projects: plain text (both towns)
# ---------------------------------------------------------------------------
# operation, homes, cost (k€ HT), ANRU grant (k€)
TX_OPS = [
    ("Coiron, réhabilitation (Moulinages)", 54, 3672, 540),
    ("Reconstitution Dévidoirs (Moulinages)", 24, 4560, 216),
    ("Havane, réhabilitation (Tabatières)", 62, 4278, 620),
    ("Reconstitution Pendoirs (Tabatières)", 28, 5180, 252),
]
# building of origin, households rehoused by Sélénia Habitat, of which in the neighbourhood
TX_REHOUSED = [
    ("Tour Mézenc (Chalendrac-sur-Eyrieux)", 4, 1),
    ("Tour Burley (Vellerand-sur-Bouzanne)", 6, 2),
    ("Barre Virginie (Vellerand-sur-Bouzanne)", 2, 0),
]
# lot, firm, amount (€ HT)
TX_LOTS = [
    ("1 – Isolation thermique extérieure", "Façades Rhodaniennes", 1124000),
    ("2 – Menuiseries extérieures", "Menuiseries Cévenoles", 612000),
    ("3 – Chauffage et ventilation", "Thermique Vivaraise", 708000),
    ("4 – Électricité", "Élec Boutières", 214000),
    ("5 – Ascenseurs", "Ascenseurs du Vivarais", 288000),
]
TX_WIDTH = 76


def tx_ops_table():
    head = f"{'Opération':<40}{'Logements':>10}{'Coût (k€ HT)':>14}{'ANRU (k€)':>11}"
    lines = [head, "-" * len(head)]
    lines.extend(f"{a:<40}{b:>10}{probekit.eur(c):>14}{probekit.eur(d):>11}"
                 for a, b, c, d in TX_OPS)
    lines.append(f"{'Total':<40}{sum(o[1] for o in TX_OPS):>10}"
                 f"{probekit.eur(sum(o[2] for o in TX_OPS)):>14}"
                 f"{probekit.eur(sum(o[3] for o in TX_OPS)):>11}")
    return "\n".join(lines)


def tx_rehoused_table():
    origin = "Immeuble d'origine"
    head = f"{origin:<42}{'Relogés':>10}{'Dans le quartier':>18}"
    lines = [head, "-" * len(head)]
    lines.extend(f"{a:<42}{b:>10}{c:>18}" for a, b, c in TX_REHOUSED)
    lines.append(f"{'Total':<42}{sum(r[1] for r in TX_REHOUSED):>10}"
                 f"{sum(r[2] for r in TX_REHOUSED):>18}")
    return "\n".join(lines)


def tx_lots_table():
    head = f"{'Lot':<40}{'Attributaire':<22}{'Montant (€ HT)':>14}"
    lines = [head, "-" * len(head)]
    lines.extend(f"{a:<40}{b:<22}{probekit.eur(c):>14}" for a, b, c in TX_LOTS)
    lines.append(f"{'Total':<40}{'':<22}{probekit.eur(sum(lot[2] for lot in TX_LOTS)):>14}")
    return "\n".join(lines)


def _check_txt():
    assert sum(o[1] for o in TX_OPS) == 168
    assert sum(o[2] for o in TX_OPS) == 17690 and sum(o[3] for o in TX_OPS) == 1628
    assert sum(r[1] for r in TX_REHOUSED) == 12 and sum(r[2] for r in TX_REHOUSED) == 3
    assert sum(lot[2] for lot in TX_LOTS) == 2946000
    for table in (tx_ops_table(), tx_rehoused_table(), tx_lots_table()):
        assert max(len(ln) for ln in table.split("\n")) <= TX_WIDTH
    for name, _, _ in TX_LOTS:
        assert len(name) < 40
    assert max(len(f) for _, f, _ in TX_LOTS) <= 22


TXT_SOURCE = """SÉLÉNIA HABITAT
Société anonyme d'habitations à loyer modéré – siège : 18 cours des Tanneurs, Lyon

CONSEIL D'ADMINISTRATION – séance du mardi 17 mars 2026

RAPPORT N° 6
Renouvellement urbain : point d'étape sur les quartiers des Moulinages (Chalendrac-sur-Eyrieux) et des Tabatières (Vellerand-sur-Bouzanne)

Président du conseil : Bernard Valadier
Rapporteur : Nicolas Fougerolle, directeur du développement et du renouvellement urbain
Comité préparatoire : comité d'engagement des investissements du 3 mars 2026 (avis favorable)
Directrice générale : Sandrine Keller


1. LES DEUX PROJETS

Sélénia Habitat est partie prenante de deux projets du nouveau programme national de renouvellement urbain hors de la métropole lyonnaise. La convention du quartier des Moulinages, à Chalendrac-sur-Eyrieux (Ardèche), a été signée avec l'ANRU le 9 juillet 2025 ; celle du quartier des Tabatières, à Vellerand-sur-Bouzanne (Indre), le 4 juin 2025.

Dans chacun de ces quartiers, la société réhabilite une résidence et reconstruit hors du quartier une partie des logements sociaux démolis par l'office public local, Boutières Habitat aux Moulinages et Bouzanne Habitat aux Tabatières. Ses quatre opérations représentent 17,7 M€ HT :

@@OPS@@

Les reconstitutions seront réalisées chemin des Dévidoirs, à Chalendrac-sur-Eyrieux, et sur l'îlot des Pendoirs, à Vellerand-sur-Bouzanne. Leurs permis de construire seront déposés avant la fin de 2026.


2. RELOGEMENT

Dans les deux chartes de relogement, Sélénia Habitat s'est engagée à accueillir au moins 10 % des ménages à reloger, soit 8 ménages aux Moulinages et 10 aux Tabatières. Au 28 février 2026, la société avait relogé 12 ménages venus des immeubles voués à la démolition :

@@REHOUSED@@

Aucun ménage de la barre Gerbier n'a encore été relogé : le relogement organisé de cet immeuble ne commencera qu'en 2027.


3. RÉSIDENCE COIRON : ATTRIBUTION DES MARCHÉS DE TRAVAUX

La réhabilitation des 54 logements de la résidence Coiron comprend l'isolation des façades et des toitures, le remplacement des menuiseries et de la chaufferie, et l'installation d'un ascenseur dans chacune des trois cages. L'appel d'offres, lancé le 5 décembre 2025 en cinq lots, a reçu 14 offres. La commission d'appel d'offres du 26 février 2026 a retenu les entreprises suivantes :

@@LOTS@@

Les travaux commenceront en juin 2026 pour une durée de quatorze mois. Les locataires resteront dans leur logement pendant le chantier.


4. RÉSIDENCE HAVANE : AVANCEMENT

Le chantier de la résidence Havane est ouvert depuis le 12 janvier 2026 et s'achèvera en juin 2027. La première des quatre cages sera livrée en septembre 2026. Au 28 février 2026, le chantier ne présentait aucun retard.


5. EMPLOI ET INSERTION

Les marchés de la société réservent 3 100 heures d'insertion sur le chantier de la résidence Coiron et 3 500 heures sur celui de la résidence Havane. Au 28 février 2026, 960 heures avaient été réalisées sur le chantier de la résidence Havane.


6. PROPOSITION

Il est proposé au conseil d'administration :
- de prendre acte de l'avancement des deux projets de renouvellement urbain ;
- d'approuver l'attribution des cinq lots de la réhabilitation de la résidence Coiron, pour un montant total de 2 946 000 € HT ;
- d'autoriser la directrice générale à signer les marchés et les conventions de financement avec l'ANRU et Action Logement ;
- d'approuver une enveloppe de fonds propres de 1 850 000 € pour les deux opérations de reconstitution.

Lyon, le 6 mars 2026
La directrice générale, Sandrine Keller
"""


# spaces a line is not broken at: between the digit groups of a number ("2 946 000"), between a
# number and its unit ("17,7 M€", "10 %") and before a French high punctuation mark (" ;")
_KEEP = re.compile(r"(?<=\d) (?=\d{3}(?!\d)|€|M€|%|m²|h\b)| (?=[;:!?»])")


def _wrap_line(line):
    """Wrap one source line at TX_WIDTH columns, at spaces only, never inside a number or
    between a number and its unit; list items keep a hanging indent of two spaces."""
    if len(line) <= TX_WIDTH:
        return [line]
    indent = "  " if line.startswith("- ") else ""
    lines = textwrap.wrap(_KEEP.sub("\x00", line), TX_WIDTH, subsequent_indent=indent,
                          break_long_words=False, break_on_hyphens=False)
    return [ln.replace("\x00", " ") for ln in lines]


TX_TABLES = {"@@OPS@@": tx_ops_table, "@@REHOUSED@@": tx_rehoused_table,
             "@@LOTS@@": tx_lots_table}


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
# evals/questions.probe32.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=7, header_fill="5B4A2F",
        total_match="prefix")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"cost", "funders"},
        form_label_w=130, theme=THEME_VILLE, total_rule="prefix",
        header_left=PD_HEADER_LEFT, header_right=PD_HEADER_RIGHT, footer=PD_FOOTER,
        author=PD_AUTHOR, subject=PD_SUBJECT, creator=PD_CREATOR, date=PDF_DATE)


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
