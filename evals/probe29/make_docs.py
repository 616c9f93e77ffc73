#!/usr/bin/env python3
"""Generate the five probe29 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Vasseny-sur-Laize (Calvados, Normandie), quartier prioritaire des Carreaux, the old iron
        mines' district (agglomeration: Laize Bocage Agglomération; social landlords Laize
        Habitat, an OPH, and Normanvie Habitat, a regional ESH based in Caen; buildings named
        after iron ores: tour Hématite, barre Sidérite, résidences Magnétite and Limonite; place
        des Mineurs, allée des Berlines, rue du Chevalement, groupe scolaire du Puits-Saint-Éloi;
        maison du projet in the old lamp room, 2 rue de la Lampisterie; rebuilt homes rue des
        Tilleuls, at the hameau de la Forge and at Mesnil-Ourville)
    - compte-rendu-comite-pilotage-4-renouvellement-urbain-carreaux-vasseny-sur-laize-2025-12-02.docx
        (minutes of the project steering committee no. 4 of 2 December 2025: labelled fields
        (date and place, co-chairs, drafting, validation, circulation, next meeting), the
        attendees as a list with a lead-in and the body excused, the agenda, a table of the
        operations (owner, homes, progress at 30 November 2025, due date), the rebuilt homes, the
        rehousing of the tour Hématite at 30 November 2025 and the barre Sidérite's survey, the
        convention's financing plan by funder with shares and a total row, commitments and ANRU
        payments by year (2023, 2024, 2025) with a total row, the integration hours, three
        points of concern, five decisions as a list with a lead-in, the next steps)
    - laize-habitat-lettre-aux-locataires-tour-hematite-n6-janvier-2026.txt
        (the OPH's letter no. 6 of January 2026 to the tenants of the tour Hématite, plain text
        wrapped at 76 columns: the rehousing at 31 December 2025, a fixed-width table of where
        the rehoused households went with a total line, the tenants' rights under the rehousing
        charter as a list, the demolition calendar as a list, the tower's history, night-time
        security, the memory exhibition, the contacts, the director's signature)
Town 2: Port-Brévant (Manche, Normandie), quartier prioritaire des Corderies, the old rope-walks'
        and sail lofts' district (agglomeration: Côte des Havres Agglomération; social landlords
        Havres Habitat, an OPH, and Normanvie Habitat; buildings named after sea birds: tour
        Cormoran, barre Goéland, résidences Sterne and Macareux; quai des Haubans, rue des
        Cordiers, place de la Voilerie, allée des Filets; the old corderie Lecapitaine; maison
        du projet 7 place de la Voilerie)
    - fiche-mission-3-programmation-corderie-lecapitaine-corderies-port-brevant.pdf
        (mission sheet no. 3 of the agglomeration, version of 20 October 2025, for the
        programming and feasibility study of the conversion of the old corderie Lecapitaine:
        labelled form (owner, contact, contractor team, contract, duration, amount, version),
        the context, the five aims as a list with a lead-in, the three scenarios as a list, a
        table of the phases (duration, days, amount) and a table of the funders with shares,
        both with a total row, the price terms, the deliverables, the calendar, the steering
        and the consultation)
    - bilan-concertation-projet-urbain-corderies-port-brevant-2026-02.md
        (report of the autumn 2025 consultation on the Corderies urban project, with YAML front
        matter: labelled fields (period, guarantor, facilitator, steering, cost, project office
        and its hours), the project in brief, a table of participation by format and one of the
        contributions by theme with shares, both with a total row, the five changes kept as a
        list with a lead-in and the two requests turned down, the rehousing of the tour
        Cormoran (not started), the next steps and the guarantor's word)
Both towns:
    - normanvie-habitat-communique-residence-magnetite-livree-residence-sterne-travaux.html
        (press release of 29 January 2026 on the ESH's website, with cookie banner, navigation,
        breadcrumb, byline, share links: the refurbished résidence Magnétite in town 1 (works,
        energy labels, saving, cost and a table of its funders with shares and a total row,
        quotes of the director general and of the tenants' association) and the works starting
        at the résidence Sterne in town 2 (programme, cost, the ANRU grant only, contractor), a
        box table of both residences with a total row, the company in brief, the press
        contact, "À lire aussi" and a footer)

The documents overlap on purpose: both neighbourhoods have a convention with the ANRU (signed on
18 November 2024; on 7 April 2025) with a budget (38,6 M€ with 11,2 M€ from the ANRU; 27,9 M€
with 8,4 M€), homes demolished (124: 84 at the tour Hématite and 40 at the barre Sidérite; 98:
62 at the tour Cormoran and 36 at the barre Goéland), refurbished (212; 150) and rebuilt (90;
70), a tower of the OPH with households to rehouse (68; 53), a project manager of the
agglomeration (Hélène Vautier; Julien Osmont), a rehousing officer (Nadège Leroux; Laëtitia
Fossard), a project office (in the old lamp room, where the rehousing officer holds office
hours; 7 place de la Voilerie, with its opening hours) and a residence of Normanvie Habitat under
refurbishment (Magnétite, 96 homes, 56 000 € per home, finished; Sterne, 60 homes, 63 000 € per
home, starting). The tour Hématite's rehousing is given at two dates (51 households at 30
November 2025 in the minutes, 56 at 31 December 2025 in the letter). Some facts are given for
one town only (the integration hours, the tower's storeys and the Département's contribution
for town 1; the consultation's figures for town 2), some for given years only (ANRU payments
for 2023 to 2025; participation in the 2024 and 2025 consultations), some for some residences
only (the Région's grant for the Magnétite only; energy labels for the Magnétite and the Sterne,
not for the Limonite; costs for the Magnétite, the Sterne and the Limonite, not for the
Macareux) and some bodies are not named yet (the firm that will demolish the tour Hématite) or
are not funders (the Région for the corderie study; the Département de la Manche anywhere).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by the shared writers of evals/probekit.py. All text is held
in this script; running it again rewrites the five files byte-for-byte (fixed metadata dates,
fixed zip timestamps).

After writing, the script checks evals/questions.probe29.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must name
a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe29/make_docs.py
"""

import os
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe29.jsonl")
QID_PREFIX = "q29"

FN_DOCX = ("compte-rendu-comite-pilotage-4-renouvellement-urbain-carreaux-vasseny-sur-laize-"
           "2025-12-02.docx")
FN_PDF = "fiche-mission-3-programmation-corderie-lecapitaine-corderies-port-brevant.pdf"
FN_HTML = ("normanvie-habitat-communique-residence-magnetite-livree-residence-sterne-"
           "travaux.html")
FN_MD = "bilan-concertation-projet-urbain-corderies-port-brevant-2026-02.md"
FN_TXT = "laize-habitat-lettre-aux-locataires-tour-hematite-n6-janvier-2026.txt"

ZIP_DT = (2025, 12, 12, 16, 5, 0)
DOCX_DATE = "2025-12-12T16:05:00Z"
PDF_DATE = "D:20251020111500+02'00'"

# PDF colours: sea green accent (titles, rules, table header), pale green label cells.
THEME_VAREUSE = ((0.05, 0.38, 0.36), (0.89, 0.95, 0.93))


def share(n, total):
    """A share in per cent with one decimal and a French comma, rounded half up."""
    tenths = (2000 * n + total) // (2 * total)
    return f"{tenths // 10},{tenths % 10} %"


# ---------------------------------------------------------------------------
# 1. Minutes of the steering committee no. 4 of the Carreaux project: DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Laize Bocage Agglomération"
DX_DOC_KIND = "Compte rendu de comité de pilotage"
DX_HEADER = ("Laize Bocage Agglomération – projet de renouvellement urbain des Carreaux – comité "
             "de pilotage du 2 décembre 2025")
DX_FOOTER = ("Laize Bocage Agglomération – direction du renouvellement urbain – compte rendu "
             "validé le 12 décembre 2025")
DX_KICKER = "Projet de renouvellement urbain des Carreaux – Laize Bocage Agglomération"
DX_TITLE = "Comité de pilotage n° 4 – compte rendu"
DX_SUBTITLE = ("Quartier prioritaire des Carreaux, Vasseny-sur-Laize (Calvados) – séance du mardi "
               "2 décembre 2025")
DX_KEYWORDS = ("NPNRU; comité de pilotage; Carreaux; Vasseny-sur-Laize; tour Hématite; barre "
               "Sidérite; résidence Magnétite; résidence Limonite; relogement; avenant")

# operation, owner, homes, progress at 30 November 2025, due
DX_OPERATIONS = [
    ("Démolition de la tour Hématite", "Laize Habitat", "84", "Relogement en cours",
     "Démolition de novembre 2026 à avril 2027"),
    ("Démolition des cages A et B de la barre Sidérite", "Laize Habitat", "40",
     "Enquête sociale réalisée", "2028"),
    ("Réhabilitation de la résidence Magnétite", "Normanvie Habitat", "96",
     "Travaux achevés à 95 %", "Réception en décembre 2025"),
    ("Réhabilitation de la résidence Limonite", "Laize Habitat", "72",
     "Marchés de travaux attribués", "De mars 2026 à juin 2027"),
    ("Réhabilitation des cages C et D de la barre Sidérite", "Laize Habitat", "44",
     "Études de conception", "2028 à 2029"),
    ("Reconstitution de l'offre hors quartier prioritaire",
     "Laize Habitat (54) et Normanvie Habitat (36)", "90", "28 logements livrés, 24 en chantier",
     "2029"),
    ("Aménagement de la place des Mineurs et de l'allée des Berlines",
     "Laize Bocage Agglomération", "–", "Maîtrise d'œuvre désignée", "Travaux en 2027"),
    ("Restructuration du groupe scolaire du Puits-Saint-Éloi", "Ville de Vasseny-sur-Laize",
     "–", "Avant-projet validé", "Rentrée de septembre 2028"),
]
# funder, amount in tenths of M€
DX_FUNDERS = [
    ("ANRU – subventions", 112),
    ("Action Logement – prêts bonifiés", 34),
    ("Banque des Territoires – prêts et cofinancement de l'ingénierie", 90),
    ("Région Normandie", 26),
    ("Département du Calvados", 14),
    ("Laize Bocage Agglomération", 41),
    ("Ville de Vasseny-sur-Laize", 23),
    ("Laize Habitat et Normanvie Habitat – fonds propres", 46),
]
DX_TOTAL = 386
# year, commitments (€ HT), ANRU grants paid (€)
DX_YEARS = [
    ("2023 (protocole de préfiguration)", 1240000, 310000),
    ("2024", 4860000, 1150000),
    ("2025 (au 30 novembre)", 7930000, 2240000),
]


def dx_operation_rows():
    rows = [["Opération", "Maître d'ouvrage", "Logements", "État au 30 novembre 2025",
             "Échéance"]]
    rows.extend([list(r) for r in DX_OPERATIONS])
    return rows


def dx_funder_rows():
    rows = [["Financeur", "Montant (M€)", "Part"]]
    for name, tenths in DX_FUNDERS:
        rows.append([name, probekit.meur(tenths), share(tenths, DX_TOTAL)])
    rows.append(["Total", probekit.meur(sum(t for _, t in DX_FUNDERS)), "100 %"])
    return rows


def dx_year_rows():
    rows = [["Année", "Dépenses engagées (€ HT)", "Subventions de l'ANRU versées (€)"]]
    for year, spent, paid in DX_YEARS:
        rows.append([year, probekit.eur(spent), probekit.eur(paid)])
    rows.append(["Total", probekit.eur(sum(y[1] for y in DX_YEARS)),
                 probekit.eur(sum(y[2] for y in DX_YEARS))])
    return rows


def _check_docx():
    assert sum(t for _, t in DX_FUNDERS) == DX_TOTAL
    assert [share(t, DX_TOTAL) for _, t in DX_FUNDERS] == [
        "29,0 %", "8,8 %", "23,3 %", "6,7 %", "3,6 %", "10,6 %", "6,0 %", "11,9 %"]
    assert 84 + 40 == 124 and 96 + 72 + 44 == 212 and 54 + 36 == 90 and 28 + 24 + 38 == 90
    assert sum(y[1] for y in DX_YEARS) == 14030000 and sum(y[2] for y in DX_YEARS) == 3700000
    assert round(100 * 14030000 / 38600000) == 36
    assert 84 - 68 == 16 and 68 - 51 == 17 and round(100 * (4320 - 3890) / 3890) == 11


DX_TABLES = {"operations": dx_operation_rows(), "funders": dx_funder_rows(),
             "years": dx_year_rows()}
DX_WIDTHS = {"operations": [2900, 2000, 1100, 1900, 1700], "funders": [6200, 1800, 1600],
             "years": [3800, 2900, 2900]}
DX_FIELDS = [
    ("Date et lieu", "Mardi 2 décembre 2025, de 14 h 30 à 17 h 15, salle du conseil municipal, "
                     "hôtel de ville de Vasseny-sur-Laize"),
    ("Coprésidence", "Bernard Lemonnier, maire de Vasseny-sur-Laize ; Annick Duval-Hébert, "
                     "présidente de Laize Bocage Agglomération ; Xavier Delamare, sous-préfet, "
                     "représentant le préfet du Calvados, délégué territorial de l'ANRU"),
    ("Rédaction", "Hélène Vautier, cheffe de projet renouvellement urbain, Laize Bocage "
                  "Agglomération"),
    ("Validation", "Compte rendu validé par les coprésidents le 12 décembre 2025"),
    ("Diffusion", "Membres du comité de pilotage ; conseil citoyen des Carreaux ; mise en ligne "
                  "sur le site internet de la Ville"),
    ("Prochain comité", "Mardi 16 juin 2026, 14 h 30, maison du projet"),
]
DX_SECTIONS = [
    ("h1", "1. Participants"),
    ("p", "Étaient présents, outre les coprésidents :"),
    ("li", "pour l'État : Sophie Lecoq, cheffe du service habitat et renouvellement urbain de la "
           "DDTM du Calvados ;"),
    ("li", "pour l'ANRU : Olivier Pottier, chargé de mission territorial ;"),
    ("li", "pour Action Logement Services : Claire Anquetil, responsable du renouvellement urbain "
           "en Normandie ;"),
    ("li", "pour la Banque des Territoires : Marc Letellier, directeur territorial ;"),
    ("li", "pour la Région Normandie : Guillaume Hue, conseiller régional délégué à la politique "
           "de la ville ;"),
    ("li", "pour le Département du Calvados : Anne-Sophie Marie, vice-présidente chargée de "
           "l'habitat ;"),
    ("li", "pour Laize Habitat : Thierry Lebaron, directeur général, et Nadège Leroux, chargée de "
           "relogement ;"),
    ("li", "pour Normanvie Habitat : Isabelle Grente, directrice du patrimoine ;"),
    ("li", "pour le conseil citoyen des Carreaux : Josiane Leduc et Karim Bensaïd."),
    ("p", "Excusée : la Caisse d'allocations familiales du Calvados."),
    ("h1", "2. Ordre du jour"),
    ("p", "L'ordre du jour comportait quatre points : l'avancement des opérations, le relogement "
          "des locataires de la tour Hématite, le point financier et la préparation d'un premier "
          "avenant à la convention."),
    ("h1", "3. Avancement des opérations"),
    ("p", "La convention pluriannuelle de renouvellement urbain des Carreaux, signée le 18 "
          "novembre 2024, porte sur 38,6 M€ HT d'investissements de 2024 à 2031, dont 11,2 M€ "
          "de subventions de l'ANRU. Elle prévoit la démolition de 124 logements sociaux, la "
          "réhabilitation de 212 logements et la reconstitution de 90 logements sociaux hors "
          "des quartiers prioritaires."),
    ("p", "Hélène Vautier a présenté l'état d'avancement des opérations au 30 novembre 2025 :"),
    ("table", "operations"),
    ("p", "Sur les 90 logements sociaux à reconstituer, 28 ont été livrés en 2025, rue des "
          "Tilleuls et au hameau de la Forge, à Vasseny-sur-Laize ; 24 sont en chantier à "
          "Mesnil-Ourville et les 38 derniers sont à l'étude."),
    ("h1", "4. Relogement des locataires de la tour Hématite"),
    ("p", "Nadège Leroux a présenté le bilan du relogement. L'enquête sociale de mars 2024 a "
          "recensé 68 ménages à reloger dans les 84 logements de la tour, dont 16 étaient déjà "
          "vacants. Au 30 novembre 2025, 51 ménages avaient été relogés. Parmi eux, 30 ont été "
          "relogés hors des quartiers prioritaires et 12 dans un logement neuf ou conventionné "
          "depuis moins de cinq ans ; pour 47 ménages, le reste à charge après relogement est "
          "inférieur ou égal au précédent."),
    ("p", "Les 17 ménages restants comptent 4 familles de cinq personnes ou plus, qui attendent "
          "la livraison de grands logements à Mesnil-Ourville, et 3 ménages qui ont refusé deux "
          "propositions. Laize Habitat vise la fin du relogement au 30 juin 2026. La charte de "
          "relogement, signée le 14 mars 2024, garantit à chaque ménage jusqu'à trois "
          "propositions de logement adaptées."),
    ("p", "Aux cages A et B de la barre Sidérite, l'enquête sociale, achevée en octobre 2025, a "
          "recensé 31 ménages ; leur relogement commencera en septembre 2026."),
    ("h1", "5. Point financier"),
    ("p", "Le plan de financement de la convention s'établit ainsi :"),
    ("table", "funders"),
    ("p", "Au 30 novembre 2025, les dépenses engagées et les subventions de l'ANRU versées se "
          "répartissent ainsi par année :"),
    ("table", "years"),
    ("p", "Les dépenses engagées représentent 36 % du coût total de la convention."),
    ("p", "Clauses d'insertion : au 30 novembre 2025, les chantiers du projet ont généré 7 850 "
          "heures d'insertion, pour un objectif de 21 000 heures sur la durée de la convention ; "
          "41 % de ces heures ont bénéficié à des habitants des Carreaux."),
    ("h1", "6. Points de vigilance"),
    ("li", "le coût de la réhabilitation de la résidence Limonite atteint 4 320 000 € HT après "
           "l'appel d'offres, contre 3 890 000 € HT inscrits à la convention, soit une hausse de "
           "11 % ;"),
    ("li", "la vacance dans la tour Hématite favorise les intrusions : Laize Habitat a fait "
           "murer 21 logements libérés et a mis en place un gardiennage de nuit depuis le 1er "
           "décembre 2025 ;"),
    ("li", "le groupe scolaire du Puits-Saint-Éloi accueille 312 élèves depuis la rentrée 2025 : "
           "ses travaux devront être phasés pour que les classes restent ouvertes."),
    ("h1", "7. Décisions"),
    ("p", "Après échanges, le comité de pilotage :"),
    ("li", "valide le calendrier de la démolition de la tour Hématite : désamiantage en "
           "septembre et octobre 2026, démolition par grignotage de novembre 2026 à avril 2027 ;"),
    ("li", "accepte que Laize Habitat couvre le surcoût de la résidence Limonite par ses fonds "
           "propres et par un prêt complémentaire de la Banque des Territoires, sans subvention "
           "supplémentaire de l'ANRU ;"),
    ("li", "engage la préparation de l'avenant n° 1 à la convention, qui transférera 12 "
           "logements de la reconstitution de Laize Habitat à Normanvie Habitat et ajoutera une "
           "crèche de 30 places au programme ;"),
    ("li", "maintient la maison du projet dans l'ancienne lampisterie, 2 rue de la Lampisterie, "
           "jusqu'à la fin de la convention ;"),
    ("li", "demande à Laize Habitat de présenter au prochain comité un plan d'action pour les "
           "ménages de la tour Hématite qui restent à reloger."),
    ("h1", "8. Prochaines étapes"),
    ("li", "janvier 2026 : inauguration de la résidence Magnétite réhabilitée ;"),
    ("li", "mars 2026 : démarrage des travaux de la résidence Limonite ;"),
    ("li", "avril 2026 : choix de l'entreprise de démolition de la tour Hématite ;"),
    ("li", "juin 2026 : comité de pilotage n° 5 et dépôt du projet d'avenant n° 1 auprès de "
           "l'ANRU."),
    ("note", "Compte rendu établi par la direction du renouvellement urbain de Laize Bocage "
             "Agglomération. Les documents présentés en séance peuvent être consultés à la "
             "maison du projet."),
]


# ---------------------------------------------------------------------------
# 2. Mission sheet no. 3, the corderie Lecapitaine study: PDF (town 2)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = ("Côte des Havres Agglomération – renouvellement urbain des Corderies – fiche "
                  "mission n° 3")
PD_HEADER_RIGHT = "DOCUMENT DE CADRAGE"
PD_FOOTER = ("Côte des Havres Agglomération – direction du renouvellement urbain – hôtel "
             "d'agglomération, Port-Brévant – version du 20 octobre 2025")
PD_AUTHOR = "Côte des Havres Agglomération – direction du renouvellement urbain"
PD_CREATOR = "Côte des Havres Agglomération"
PD_SUBJECT = ("Fiche mission n° 3 : étude de programmation et de faisabilité de la reconversion "
              "de la corderie Lecapitaine")
PD_KICKER = "CÔTE DES HAVRES AGGLOMÉRATION – RENOUVELLEMENT URBAIN DES CORDERIES"
PD_TITLE = "Fiche mission n° 3 – Étude de programmation et de faisabilité"
PD_SUBTITLE = ("Reconversion de l'ancienne corderie Lecapitaine, quartier prioritaire des "
               "Corderies, Port-Brévant (Manche)")
PD_FORM = [
    ("Maître d'ouvrage", "Côte des Havres Agglomération, direction du renouvellement urbain"),
    ("Référent", "Julien Osmont, chef de projet renouvellement urbain"),
    ("Titulaire", "Groupement Atelier Varech (urbanistes et architectes, Caen), mandataire, avec "
                  "Filigrane Programmation (programmiste) et Brise Ingénierie (structure et "
                  "fluides)"),
    ("Marché", "N° 2025-17, procédure adaptée, attribué le 3 octobre 2025 parmi cinq offres"),
    ("Durée", "Huit mois, de novembre 2025 à juin 2026"),
    ("Montant", "94 500 € HT, soit 113 400 € TTC"),
    ("Version", "20 octobre 2025"),
]
# phase, duration, days; amount = days x daily rate
PD_RATE = 900
PD_PHASES = [
    ("Phase 1 – diagnostic du bâtiment et des besoins", "2 mois", 34),
    ("Phase 2 – comparaison des trois scénarios", "2,5 mois", 38),
    ("Phase 3 – programme et faisabilité du scénario retenu", "2 mois", 24),
    ("Concertation des habitants (toutes phases)", "–", 9),
]
PD_TOTAL = 94500
# funder, amount (€ HT)
PD_FUNDERS = [
    ("Banque des Territoires (cofinancement de l'ingénierie)", 47250),
    ("ANRU (ingénierie du projet, convention du 7 avril 2025)", 33075),
    ("Côte des Havres Agglomération", 14175),
]


def pd_phase_rows():
    rows = [["Phase", "Durée", "Jours", "Montant (€ HT)"]]
    for name, duration, days in PD_PHASES:
        rows.append([name, duration, str(days), probekit.eur(days * PD_RATE)])
    rows.append(["Total de la mission", "8 mois", str(sum(p[2] for p in PD_PHASES)),
                 probekit.eur(sum(p[2] for p in PD_PHASES) * PD_RATE)])
    return rows


def pd_funder_rows():
    rows = [["Financeur", "Montant (€ HT)", "Part"]]
    for name, amount in PD_FUNDERS:
        rows.append([name, probekit.eur(amount), share(amount, PD_TOTAL)])
    rows.append(["Total", probekit.eur(sum(a for _, a in PD_FUNDERS)), "100 %"])
    return rows


def _check_pdf():
    assert sum(p[2] for p in PD_PHASES) * PD_RATE == PD_TOTAL == sum(a for _, a in PD_FUNDERS)
    assert [share(a, PD_TOTAL) for _, a in PD_FUNDERS] == ["50,0 %", "35,0 %", "15,0 %"]
    assert PD_TOTAL * 6 // 5 == 113400 and 212 * 11 == 2332


PD_TABLES = {"phases": (pd_phase_rows, [250, 55, 45]), "funders": (pd_funder_rows, [290, 95])}
PD_BLOCKS = [
    ("h", "1. Contexte"),
    ("p", "Le quartier prioritaire des Corderies, à Port-Brévant, s'est construit autour des "
          "ateliers de cordage et des voileries du port. La convention de renouvellement urbain "
          "du quartier, signée avec l'ANRU le 7 avril 2025, prévoit la démolition de la tour "
          "Cormoran et d'une partie de la barre Goéland, la réhabilitation des résidences Sterne "
          "et Macareux et la reconversion de l'ancienne corderie Lecapitaine, pour laquelle elle "
          "réserve une enveloppe de travaux de 4,8 M€ HT."),
    ("p", "Construite en 1863 le long du quai des Haubans, la corderie Lecapitaine est un "
          "bâtiment de 212 mètres de long sur 11 mètres de large, soit 2 330 m² au sol, où l'on "
          "a fabriqué des cordages jusqu'à sa fermeture en 1987. L'agglomération l'a achetée en "
          "2019 pour 180 000 €. Une partie de la charpente s'est effondrée pendant la tempête "
          "de novembre 2023 ; le bâtiment, étayé, est depuis fermé au public."),
    ("h", "2. Objectifs de la mission"),
    ("p", "La mission doit permettre à l'agglomération de choisir le futur usage de la corderie "
          "et d'en arrêter le programme. Le titulaire devra :"),
    ("b", "établir le diagnostic du bâtiment (structure, charpente, état sanitaire, pollution "
          "des sols) et de son potentiel ;"),
    ("b", "analyser les besoins du quartier et de l'agglomération, ainsi que le marché local des "
          "locaux d'activité ;"),
    ("b", "comparer trois scénarios de reconversion et en estimer les coûts d'investissement et "
          "de fonctionnement ;"),
    ("b", "associer les habitants des Corderies au choix du scénario ;"),
    ("b", "rédiger le programme du scénario retenu, avec son estimation et son calendrier."),
    ("h", "3. Les trois scénarios à étudier"),
    ("p", "Les études préalables et la concertation de 2024 conduisent à comparer trois "
          "scénarios :"),
    ("b", "scénario A, « Halle de la corderie » : un marché couvert de producteurs et de "
          "pêcheurs, avec un espace de restauration ;"),
    ("b", "scénario B, « Corderie des métiers » : un tiers-lieu réunissant des ateliers "
          "d'artisans du nautisme, un atelier de fabrication numérique et des bureaux partagés ;"),
    ("b", "scénario C, « Corderie des savoirs » : une médiathèque et un espace d'exposition "
          "consacré à l'histoire des cordiers et des voiliers du port."),
    ("p", "Quel que soit le scénario, la corderie devra garder sa longueur d'origine et offrir "
          "une allée couverte traversante, ouverte au public dans la journée."),
    ("h", "4. Déroulement, durée et prix"),
    ("p", "La mission comprend trois phases successives et un volet de concertation mené tout "
          "au long de l'étude. Le prix est forfaitaire. Il a été établi sur la base d'un coût "
          "moyen de 900 € HT par jour d'intervention. Un acompte est versé à la validation de "
          "chaque phase ; une pénalité de 150 € par jour calendaire de retard s'applique aux "
          "rendus."),
    ("table", "phases"),
    ("note", "Les durées des phases ne comprennent pas les temps de validation par "
             "l'agglomération, six semaines au total."),
    ("h", "5. Financement"),
    ("table", "funders"),
    ("note", "La TVA, soit 18 900 €, reste à la charge de Côte des Havres Agglomération."),
    ("h", "6. Rendus attendus"),
    ("b", "un rapport de diagnostic, avec un relevé du bâtiment et une note sur la charpente ;"),
    ("b", "un cahier des trois scénarios, avec pour chacun un plan de principe, une estimation "
          "des travaux et un compte d'exploitation prévisionnel ;"),
    ("b", "le programme technique détaillé du scénario retenu ;"),
    ("b", "une synthèse illustrée de douze pages au plus, destinée aux habitants."),
    ("h", "7. Calendrier"),
    ("b", "réunion de lancement : jeudi 6 novembre 2025 ;"),
    ("b", "rendu du diagnostic : janvier 2026 ;"),
    ("b", "comité de pilotage de choix du scénario : jeudi 12 mars 2026 ;"),
    ("b", "rendu final : mardi 30 juin 2026."),
    ("h", "8. Pilotage et concertation"),
    ("p", "Un comité technique réunit chaque mois le titulaire, la direction du renouvellement "
          "urbain, la Ville de Port-Brévant, la direction de la culture de l'agglomération et "
          "Havres Habitat. Le comité de pilotage est présidé par Régine Lecanu, vice-présidente "
          "de Côte des Havres Agglomération chargée de la politique de la ville."),
    ("p", "La concertation comprend une visite commentée de la corderie, deux ateliers de "
          "comparaison des scénarios à la maison du projet, 7 place de la Voilerie, et la "
          "présentation du scénario retenu en réunion publique. Le conseil citoyen des Corderies "
          "désigne deux représentants au comité technique."),
    ("note", "Fiche établie par la direction du renouvellement urbain de Côte des Havres "
             "Agglomération. Elle complète le cahier des clauses techniques particulières du "
             "marché n° 2025-17, qui prévaut en cas de contradiction."),
]


# ---------------------------------------------------------------------------
# 3. Normanvie Habitat's press release on its website: HTML (both towns)
# ---------------------------------------------------------------------------
# funder, amount (€)
HT_FUNDERS = [
    ("ANRU – subvention (12 000 € par logement)", 1152000),
    ("Région Normandie – subvention (3 000 € par logement)", 288000),
    ("Banque des Territoires – éco-prêt et prêt à l'amélioration", 2496000),
    ("Action Logement – prêt bonifié", 576000),
    ("Fonds propres de Normanvie Habitat", 864000),
]
HT_TOTAL = 5376000


def ht_funder_rows():
    out = []
    for name, amount in HT_FUNDERS:
        out.append(f"        <tr><td>{name}</td><td>{probekit.eur(amount)}</td>"
                   f"<td>{share(amount, HT_TOTAL)}</td></tr>")
    out.append(f"        <tr class=\"total\"><th scope=\"row\">Total</th>"
               f"<td>{probekit.eur(sum(a for _, a in HT_FUNDERS))}</td><td>100 %</td></tr>")
    return "\n".join(out)


def _check_html():
    assert sum(a for _, a in HT_FUNDERS) == HT_TOTAL == 96 * 56000
    assert [share(a, HT_TOTAL) for _, a in HT_FUNDERS] == ["21,4 %", "5,4 %", "46,4 %",
                                                           "10,7 %", "16,1 %"]
    assert 1152000 == 96 * 12000 and 288000 == 96 * 3000
    assert 3780000 == 60 * 63000 and 96 + 60 == 156 and HT_TOTAL + 3780000 == 9156000


HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Magnétite livrée, Sterne en chantier : deux réhabilitations en renouvellement urbain – Normanvie Habitat</title>
<meta name="description" content="Normanvie Habitat inaugure la résidence Magnétite réhabilitée à Vasseny-sur-Laize et lance les travaux de la résidence Sterne à Port-Brévant.">
<meta property="article:published_time" content="2026-01-29T10:00:00+01:00">
<link rel="canonical" href="https://www.normanvie-habitat.example/espace-presse/communiques/magnetite-livree-sterne-en-chantier">
<style>.consent{position:fixed;bottom:0;width:100%}.cp{max-width:760px;margin:auto}</style>
<script>window.nvhConsent = {mesure: false, video: false};</script>
</head>
<body>
<div class="consent" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies pour mesurer sa fréquentation et afficher des vidéos. Vous pouvez accepter ou refuser ces cookies, ou choisir finement vos préférences.</p>
  <p><a href="#">Tout accepter</a> · <a href="#">Tout refuser</a> · <a href="/cookies/">Personnaliser</a></p>
</div>
<header class="entete">
  <p class="marque"><a href="/">Normanvie Habitat</a> – l'habitat social en Normandie</p>
  <nav class="menu">
    <ul>
      <li><a href="/trouver-un-logement/">Trouver un logement</a></li>
      <li><a href="/espace-locataire/">Espace locataire</a></li>
      <li><a href="/acheter/">Acheter un logement</a></li>
      <li><a href="/nos-projets/">Nos projets</a></li>
      <li><a href="/qui-sommes-nous/">Qui sommes-nous ?</a></li>
      <li><a href="/espace-presse/">Espace presse</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil-ariane"><a href="/">Accueil</a> › <a href="/espace-presse/">Espace presse</a> › <a href="/espace-presse/communiques/">Communiqués</a> › Magnétite et Sterne</nav>

<article class="cp">
  <p class="type">Communiqué de presse</p>
  <h1>Renouvellement urbain : Normanvie Habitat achève la résidence Magnétite à Vasseny-sur-Laize et lance la rénovation de la résidence Sterne à Port-Brévant</h1>
  <p class="signature">Caen, le jeudi 29 janvier 2026 · Direction de la communication</p>
  <p class="partage">Partager : <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">Courriel</a> · <a href="#">Télécharger le communiqué (PDF, 412 Ko)</a></p>
  <p class="chapo">Deux ans après le début des travaux, les 96 logements de la résidence Magnétite, dans le quartier des Carreaux, ont été inaugurés le mercredi 28 janvier. À Port-Brévant, le chantier de la résidence Sterne, dans le quartier des Corderies, commencera en mars.</p>

  <h2>Magnétite : une résidence transformée, sans hausse de loyer</h2>
  <p>Construite en 1971, la résidence Magnétite compte 96 logements répartis en quatre bâtiments le long de l'allée des Berlines. Les travaux, menés en site occupé de mars 2024 à décembre 2025, ont porté sur l'isolation des façades et des toitures, le remplacement des fenêtres et des portes palières, le raccordement au réseau de chaleur urbain et la rénovation des halls et des cages d'escalier.</p>
  <p>La résidence passe de l'étiquette énergétique F à l'étiquette C : sa consommation d'énergie baisse de 298 à 139 kWh par mètre carré et par an. Normanvie Habitat estime l'économie de chauffage à 420 € par an pour un logement de trois pièces. Les loyers n'augmentent pas.</p>

  <h2>Un investissement de 5,38 M€</h2>
  <p>L'opération a coûté 5 376 000 € HT, soit 56 000 € par logement. Elle a été financée ainsi :</p>
  <table class="financement">
    <caption>Plan de financement de la réhabilitation de la résidence Magnétite</caption>
    <thead>
      <tr><th scope="col">Financeur</th><th scope="col">Montant (€)</th><th scope="col">Part</th></tr>
    </thead>
    <tbody>
""" + ht_funder_rows() + """
    </tbody>
  </table>

  <blockquote>
    <p>« À Magnétite, nous avons montré qu'on peut rénover en profondeur sans faire partir les locataires et sans augmenter les loyers. C'est ce que nous allons faire maintenant à Port-Brévant », souligne Franck Lemarchand, directeur général de Normanvie Habitat.</p>
  </blockquote>
  <p>Monique Tostain, présidente de l'amicale des locataires de la résidence, salue « un chantier long, mais bien suivi » : « Les compagnons prévenaient toujours la veille. Le plus dur, ça a été les trois jours sans chauffage au moment du raccordement au réseau de chaleur. »</p>

  <h2>Sterne : 60 logements rénovés d'ici à la fin de 2027</h2>
  <p>Dans le quartier des Corderies, à Port-Brévant, la résidence Sterne, 60 logements construits en 1969 face à l'ancienne corderie Lecapitaine, sera rénovée de mars 2026 à décembre 2027. Le programme prévoit :</p>
  <ul>
    <li>l'isolation des façades par l'extérieur ;</li>
    <li>la transformation des balcons en loggias fermées ;</li>
    <li>l'installation de deux ascenseurs ;</li>
    <li>le remplacement des chaudières collectives au fioul par une chaufferie au bois.</li>
  </ul>
  <p>La résidence doit passer de l'étiquette E à l'étiquette B. Le coût des travaux est estimé à 3 780 000 € HT, soit 63 000 € par logement. La convention de renouvellement urbain des Corderies y consacre une subvention de l'ANRU de 900 000 € ; le reste du plan de financement sera arrêté au premier trimestre 2026.</p>
  <p>Les travaux ont été confiés à l'entreprise Lehodey Rénovation, de Saint-Lô. Pendant le chantier, une réunion d'information se tiendra chaque mois au pied de la résidence, et un logement témoin sera ouvert dès février.</p>

  <aside class="chiffres">
    <h3>Les deux opérations en chiffres</h3>
    <table>
      <thead>
        <tr><th scope="col">Résidence</th><th scope="col">Quartier</th><th scope="col">Logements</th><th scope="col">Coût des travaux (€ HT)</th><th scope="col">Travaux</th></tr>
      </thead>
      <tbody>
        <tr><td>Magnétite</td><td>Les Carreaux, Vasseny-sur-Laize</td><td>96</td><td>5 376 000</td><td>mars 2024 – décembre 2025</td></tr>
        <tr><td>Sterne</td><td>Les Corderies, Port-Brévant</td><td>60</td><td>3 780 000</td><td>mars 2026 – décembre 2027</td></tr>
        <tr class="total"><th scope="row">Total</th><td>–</td><td>156</td><td>9 156 000</td><td>–</td></tr>
      </tbody>
    </table>
  </aside>

  <section class="a-propos">
    <h2>À propos de Normanvie Habitat</h2>
    <p>Entreprise sociale pour l'habitat dont le siège est à Caen, Normanvie Habitat gère 14 200 logements dans les cinq départements normands. Elle intervient dans six projets de renouvellement urbain, où elle investira 41 M€ de 2024 à 2030.</p>
  </section>

  <section class="contact-presse">
    <h2>Contact presse</h2>
    <p>Aurélie Jouenne, responsable de la communication – presse@normanvie-habitat.example</p>
  </section>
</article>

<aside class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/espace-presse/communiques/plan-strategique-patrimoine-2026-2035/">Normanvie Habitat adopte son plan stratégique de patrimoine 2026-2035</a></li>
    <li><a href="/espace-presse/communiques/hameau-de-la-forge-logements-livres/">Vasseny-sur-Laize : 18 logements neufs livrés au hameau de la Forge</a></li>
    <li><a href="/trouver-un-logement/demande/">Demande de logement social : les étapes</a></li>
  </ul>
</aside>
</main>

<footer class="pied">
  <p>Normanvie Habitat – entreprise sociale pour l'habitat – 21 rue des Carrières, Caen</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/accessibilite/">Accessibilité : partiellement conforme</a> · <a href="/donnees-personnelles/">Données personnelles</a> · <a href="/plan-du-site/">Plan du site</a></p>
  <p>© 2026 Normanvie Habitat</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. Report of the consultation on the Corderies urban project: Markdown (town 2)
# ---------------------------------------------------------------------------
# format, meetings (0 for none), participants
MD_FORMATS = [
    ("Réunions publiques", 3, 236),
    ("Ateliers thématiques", 8, 171),
    ("Marches exploratoires de femmes", 4, 38),
    ("Permanences au pied des immeubles", 12, 255),
    ("Questionnaire (papier et en ligne)", 0, 418),
]
# theme, contributions
MD_THEMES = [
    ("Stationnement et circulation", 148),
    ("Tranquillité et sécurité", 121),
    ("Devenir de la corderie Lecapitaine", 97),
    ("Relogement et loyers", 86),
    ("Espaces verts et jeux", 74),
    ("Commerces et services", 45),
    ("Autres sujets", 29),
]
MD_CONTRIBUTIONS = 600


def md_format_table():
    lines = ["| Format | Rencontres | Participants |", "|---|---:|---:|"]
    for label, n, people in MD_FORMATS:
        lines.append(f"| {label} | {n if n else '–'} | {probekit.eur(people)} |")
    lines.append(f"| **Total** | **{sum(f[1] for f in MD_FORMATS)}** | "
                 f"**{probekit.eur(sum(f[2] for f in MD_FORMATS))}** |")
    return "\n".join(lines)


def md_theme_table():
    lines = ["| Thème | Contributions | Part |", "|---|---:|---:|"]
    for label, n in MD_THEMES:
        lines.append(f"| {label} | {n} | {share(n, MD_CONTRIBUTIONS)} |")
    lines.append(f"| **Total** | **{sum(n for _, n in MD_THEMES)}** | **100 %** |")
    return "\n".join(lines)


def _check_md():
    assert sum(f[2] for f in MD_FORMATS) == 1118 and sum(f[1] for f in MD_FORMATS) == 27
    assert sum(n for _, n in MD_THEMES) == MD_CONTRIBUTIONS
    assert [share(n, MD_CONTRIBUTIONS) for _, n in MD_THEMES] == [
        "24,7 %", "20,2 %", "16,2 %", "14,3 %", "12,3 %", "7,5 %", "4,8 %"]
    assert 62 + 36 == 98 and 60 + 90 == 150


MD = """---
title: "Bilan de la concertation sur le projet urbain des Corderies"
commune: "Port-Brévant"
auteurs: "Côte des Havres Agglomération et Ville de Port-Brévant"
date: 2026-02-12
statut: "Document présenté au conseil communautaire du 26 février 2026"
---

# Bilan de la concertation sur le projet urbain des Corderies

**Côte des Havres Agglomération et Ville de Port-Brévant – février 2026**

- **Période** : du lundi 15 septembre au lundi 15 décembre 2025
- **Garante** : Delphine Mauger, sociologue, garante indépendante désignée par l'agglomération
- **Animation** : coopérative Marée Haute, de Port-Brévant
- **Pilotage** : Julien Osmont, chef de projet renouvellement urbain de Côte des Havres Agglomération
- **Coût** : 38 400 € TTC, financés pour moitié par l'ANRU
- **Maison du projet** : 7 place de la Voilerie, ouverte le mercredi de 10 h à 12 h 30 et de 14 h à 18 h, et le samedi de 9 h 30 à 12 h

## Le projet en bref

La convention de renouvellement urbain des Corderies, signée avec l'ANRU le 7 avril 2025, prévoit 27,9 M€ HT d'investissements de 2025 à 2032, dont 8,4 M€ de subventions de l'ANRU. Elle prévoit la démolition de 98 logements sociaux de Havres Habitat, les 62 de la tour Cormoran et 36 aux trois cages nord de la barre Goéland, la réhabilitation de 150 logements (résidence Sterne de Normanvie Habitat et résidence Macareux de Havres Habitat), la reconstitution de 70 logements sociaux hors du quartier et la reconversion de l'ancienne corderie Lecapitaine.

## Qui a participé ?

La concertation a réuni 1 118 participations, contre 540 lors de la concertation de 2024 sur le protocole de préfiguration.

""" + md_format_table() + """

Les permanences au pied des immeubles, tenues le mardi en fin d'après-midi, ont touché des habitants qui ne viennent jamais aux réunions : plus de la moitié des personnes rencontrées disaient participer pour la première fois.

## Ce qui a été dit

Les 600 contributions recueillies ont été classées par thème :

""" + md_theme_table() + """

Le stationnement est le premier sujet d'inquiétude : la démolition de la tour Cormoran supprime 74 places du parking de la rue des Cordiers. Le devenir de la corderie Lecapitaine a suscité les débats les plus vifs, entre les partisans d'une halle et ceux d'un lieu de culture.

## Ce que la concertation a changé

Le comité de pilotage du 27 janvier 2026 a retenu cinq évolutions du projet :

- le maintien du boulodrome de la place de la Voilerie, que le plan initial remplaçait par un parking ;
- la transformation de la future rue entre le quai des Haubans et la rue des Cordiers en voie réservée aux piétons et aux vélos ;
- une aire de jeux pour les 10-15 ans à l'emplacement de la tour Cormoran ;
- le renforcement de l'éclairage de l'allée des Filets, demandé lors des quatre marches exploratoires ;
- la conservation de la corderie Lecapitaine sur toute sa longueur, quel que soit le scénario de reconversion retenu.

Deux demandes n'ont pas été retenues :

- un parking en silo près du port, dont le coût, estimé à 3,2 M€, dépasse les moyens du projet ;
- le maintien de la tour Cormoran, dont la démolition est inscrite à la convention signée avec l'ANRU.

## Relogement

Le relogement des 53 ménages de la tour Cormoran commencera en mars 2026, après la signature de la charte de relogement, prévue le 5 mars 2026. Havres Habitat a recruté une chargée de relogement, Laëtitia Fossard, qui tiendra une permanence à la maison du projet. Aux trois cages nord de la barre Goéland, le relogement de 29 ménages débutera en 2027.

## Et maintenant ?

- 5 mars 2026 : signature de la charte de relogement ;
- 12 mars 2026 : choix du scénario de reconversion de la corderie Lecapitaine par le comité de pilotage ;
- juin 2026 : réunion publique de présentation du scénario retenu ;
- septembre 2026 : atelier sur l'aménagement de l'aire de jeux.

« Les habitants ont d'abord parlé de leur voiture et de leur tranquillité. Mais dès qu'il était question de la corderie, la salle se remplissait : c'est la mémoire du quartier », résume Delphine Mauger, garante de la concertation.
"""


# ---------------------------------------------------------------------------
# 5. Laize Habitat's letter no. 6 to the tenants of the tour Hématite: plain text (town 1)
# ---------------------------------------------------------------------------
TX_DEST = [
    ("Autre logement de Laize Habitat aux Carreaux", 22),
    ("Ailleurs à Vasseny-sur-Laize", 21),
    ("Autre commune de Laize Bocage Agglomération", 11),
    ("Hors de l'agglomération", 2),
]


def tx_dest_table():
    lines = [f"{'Où sont partis les ménages relogés':<52}{'Ménages':>8}"]
    for label, n in TX_DEST:
        lines.append(f"{label:<52}{n:>8}")
    lines.append(f"{'Total':<52}{sum(n for _, n in TX_DEST):>8}")
    return "\n".join(lines)


def _check_txt():
    assert sum(n for _, n in TX_DEST) == 56 and 68 - 56 == 12
    # 21 households in a priority area at 30 November (51 - 30), 22 in the Carreaux a month on
    assert 51 - 30 == 21 <= TX_DEST[0][1] and 56 - TX_DEST[0][1] == 34 >= 30


TX_WIDTH = 76

TXT_SOURCE = """LAIZE HABITAT
Office public de l'habitat – 5 place des Mineurs – Vasseny-sur-Laize

LETTRE AUX LOCATAIRES DE LA TOUR HÉMATITE
N° 6 – janvier 2026
Quartier des Carreaux – 1 et 3 rue du Chevalement, Vasseny-sur-Laize


Madame, Monsieur,

Comme chaque trimestre, cette lettre fait le point sur votre relogement et sur la suite du projet. Elle est aussi envoyée aux anciens locataires de la tour qui ont demandé à continuer à la recevoir.


1. OÙ EN EST LE RELOGEMENT ?

Au 31 décembre 2025, 56 des 68 ménages qui habitaient la tour au début du relogement ont emménagé dans leur nouveau logement. Douze ménages restent à reloger. Chacun d'eux a déjà reçu au moins une proposition, et Laize Habitat s'est engagé auprès de l'État à ce que le dernier ménage ait quitté la tour le 30 juin 2026 au plus tard.

@@TABLE@@


2. VOS DROITS JUSQU'AU DERNIER JOUR

La charte de relogement signée le 14 mars 2024 vous garantit :

- jusqu'à trois propositions de logement correspondant à vos besoins et à vos ressources ;
- un loyer, charges comprises, au plus égal à celui que vous payez aujourd'hui pour une surface équivalente ;
- la prise en charge de votre déménagement par l'entreprise mandatée par Laize Habitat ou, si vous préférez déménager par vos propres moyens, une aide forfaitaire de 450 € ;
- une prime d'installation de 600 € pour les frais annexes (ouverture des compteurs, transfert du courrier, petits travaux) ;
- le transfert de votre dépôt de garantie, sans nouveau versement.


3. LE CALENDRIER DE LA DÉMOLITION

Le comité de pilotage du 2 décembre 2025 a validé le calendrier suivant :

- juin 2026 : départ des derniers locataires ;
- septembre et octobre 2026 : désamiantage ;
- novembre 2026 à avril 2027 : démolition par grignotage, étage par étage ;
- 2028 : aménagement d'un square et d'un parking paysager à l'emplacement de la tour.

L'entreprise chargée de la démolition sera choisie au printemps 2026, après un appel d'offres.

Construite en 1966, la tour Hématite compte quinze étages au-dessus du rez-de-chaussée. Comme les autres immeubles des Carreaux, elle porte le nom d'un minerai de fer extrait dans les anciennes mines de la vallée de la Laize, fermées en 1968.


4. VOTRE SÉCURITÉ PENDANT LES DERNIERS MOIS

Depuis le 1er décembre 2025, un agent de sécurité est présent dans la tour chaque nuit, de 20 h à 6 h. Les logements libérés sont murés dès le départ de leurs occupants : 21 l'étaient au 30 novembre, 26 au 31 décembre. Les deux ascenseurs restent en service jusqu'au départ du dernier ménage.


5. GARDER LA MÉMOIRE DE LA TOUR

La Ville et l'association des anciens mineurs Les Gueules Rouges recueillent vos photos, vos objets et vos souvenirs pour l'exposition « Hématite, 1966-2026 », présentée à la maison du projet en septembre 2026. Vous pouvez y déposer vos documents : ils vous seront rendus après numérisation.


6. VOS CONTACTS

Nadège Leroux, votre chargée de relogement, vous reçoit à la maison du projet, 2 rue de la Lampisterie, le lundi de 9 h à 12 h et le jeudi de 14 h à 17 h, ou sur rendez-vous à l'agence de Laize Habitat, 5 place des Mineurs.

Patrice Hébert, gardien de la tour, vous accueille dans sa loge au rez-de-chaussée du lundi au vendredi, de 8 h à 12 h.

Nous restons à votre écoute.

Thierry Lebaron
Directeur général de Laize Habitat
"""


def _wrap_line(line):
    """Wrap one source line at TX_WIDTH columns, at spaces only; list items keep a hanging
    indent of two spaces."""
    if len(line) <= TX_WIDTH:
        return [line]
    indent = "  " if line.startswith("- ") else ""
    return textwrap.wrap(line, TX_WIDTH, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def build_txt():
    out = []
    for line in TXT_SOURCE.split("\n"):
        if line == "@@TABLE@@":
            out.append(tx_dest_table())
        else:
            out.extend(_wrap_line(line))
    return "\n".join(out)


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe29.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=2, header_fill="4A4A4A",
        total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"phases", "funders"},
        form_label_w=110, theme=THEME_VAREUSE, total_rule="last", header_left=PD_HEADER_LEFT,
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
