#!/usr/bin/env python3
"""Generate the five probe31 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Lavernhès-sur-Cère (Cantal, Auvergne-Rhône-Alpes), quartier prioritaire des Parapluiers,
        the old umbrella workshops' district (agglomeration: Haute-Cère Agglomération; social
        landlords Cère Habitat, an OPH, and Arvernia Habitat, a regional ESH based in
        Clermont-Ferrand; buildings named after birds of prey: tour Milan, barre Gerfaut,
        résidences Busard and Épervier; place des Baleiniers, groupe scolaire des Ombrelles, the
        old umbrella factory Delbosc; maison du projet 3 rue des Baleines; rebuilt homes on the
        site du Pré-Bourrel and rue des Cornouillers)
    - prefecture-du-cantal-communique-signature-convention-npnru-parapluiers-2026-02-12.pdf
        (the prefecture's press release of 12 February 2026 on the signing of the renewal
        convention: labelled form (date, subject, place, the ANRU's deputy delegate, press
        contact), the signatories, the programme as bullets with a lead-in, the facilities'
        costs and the financing plan by funder with shares, both tables with a total row, the
        rehousing of the tour Milan at 31 January 2026, the integration hours and their
        full-time equivalent, the calendar as bullets, two quotes)
    - releve-de-decisions-copil-6-renouvellement-urbain-parapluiers-lavernhes-2026-03-24.md
        (record of decisions of the steering committee no. 6 of 24 March 2026, with YAML front
        matter: labelled fields (date and place, co-chairs, State, drafting, validation, next
        meeting), the attendees as a list with a lead-in and the body excused, the agenda, a
        table of the operations (owner, homes, progress at 15 March 2026, due date), the
        Busard's cost, the tour Milan's tender calendar, the rehousing at 15 March 2026, the
        2026 spending by project owner with shares and a total row, the public spaces' design
        team, the integration hours, four decisions as a list with a lead-in, points of concern)
Town 2: Chambeyrac-sur-Borne (Haute-Loire, Auvergne-Rhône-Alpes), quartier prioritaire des
        Dentellières, the old lace-makers' district (agglomeration: Chambeyrac Velay
        Agglomération; social landlords Sucs Habitat, an OPH, and Arvernia Habitat; buildings
        named after winds: tour Aquilon, barre Suroît, résidences Zéphyr and Borée; voie des
        Picots, place des Dentellières, crèche des Bobines, the old lace workshop Morangier;
        maison du projet 7 rue des Fuseaux)
    - trame-sociale-conseil-fiche-mission-mous-relogement-tour-aquilon-chambeyrac.docx
        (a consultancy's mission sheet, updated on 6 February 2026, for the rehousing
        management (MOUS relogement) of the tour Aquilon and the barre Suroît for Sucs Habitat:
        labelled fields (client, representative, follow-up, kind, procedure, dates, fee, team,
        partners, office hours), the context, the mission's content as a list with a lead-in,
        the fee by tranche and the team's days, both with a total row, the social survey's
        results as a list with a lead-in, the rehousing charter, the destinations of the 22
        households rehoused at 31 January 2026 with a total row)
    - rapport-2026-031-conseil-communautaire-chambeyrac-velay-npnru-dentellieres.txt
        (report no. 2026-031 to the community council of 5 March 2026 on the agglomeration's
        contribution to the renewal project, plain text wrapped at 76 columns: chair,
        rapporteur and committee, the programme as a list with a lead-in, the rehousing of the
        tour Aquilon at 20 February 2026, a fixed-width table of the contribution by operation
        (with a rule under its header and a total line), a fixed-width table of the payments by
        year from 2026 to 2030 with a total line, the integration hours, the proposal as a list)
Both towns:
    - villes-et-quartiers-auvergne-journee-regionale-relogement-2026-03-17.html
        (a regional resource centre's web article of 17 March 2026 on a day of exchanges held on
        10 March 2026, with cookie banner, navigation, breadcrumb, byline, share links: a table
        comparing the two projects at 28 February 2026, the survey method and the rehousing at
        the tour Aquilon and the barre Suroît, the tour Milan's calendar, the shared landlord's
        figures, the next day of exchanges, an agenda box and a footer)

The documents overlap on purpose: both neighbourhoods have a convention with the ANRU (signed on
12 February 2026; on 18 September 2025) with a budget (38,6 M€ with 11,2 M€ from the ANRU; 27,4
M€ with 8,1 M€), homes demolished (96: 64 at the tour Milan and 32 at the barre Gerfaut; 102: 72
at the tour Aquilon and 30 at the barre Suroît), refurbished (152; 118) and rebuilt (72; 64),
households to rehouse (84: 57 and 27; 91: 66 and 25), integration hours (52 000 planned, 2 140
done at 15 March 2026; 41 000 planned, 3 860 done at 31 December 2025) and a facility for young
children (a new multi-accueil of 30 places; a crèche gaining 24 places). The rehousing of each
tower is given at several dates (tour Milan: 31 at 31 January, 35 at 28 February, 38 at 15 March
2026; tour Aquilon: 22 at 31 January, 25 at 20 February, 27 at 28 February 2026). Some facts are
given for one town only (the funders of the convention and the town's share for town 1; the
agglomeration's payments for town 2), some for given years only (the payments from 2026 to
2030), some bodies are not named yet (the firm that will demolish the tour Milan) or not named
at all (the chair of Sucs Habitat's board), and some figures are not given (the refurbishment
cost of the résidence Épervier, the crèche des Bobines' present capacity).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by the shared writers of evals/probekit.py. All text is held
in this script; running it again rewrites the five files byte-for-byte (fixed metadata dates,
fixed zip timestamps).

After writing, the script checks evals/questions.probe31.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must name
a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe31/make_docs.py
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
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe31.jsonl")
QID_PREFIX = "q31"

FN_DOCX = "trame-sociale-conseil-fiche-mission-mous-relogement-tour-aquilon-chambeyrac.docx"
FN_PDF = "prefecture-du-cantal-communique-signature-convention-npnru-parapluiers-2026-02-12.pdf"
FN_HTML = "villes-et-quartiers-auvergne-journee-regionale-relogement-2026-03-17.html"
FN_MD = "releve-de-decisions-copil-6-renouvellement-urbain-parapluiers-lavernhes-2026-03-24.md"
FN_TXT = "rapport-2026-031-conseil-communautaire-chambeyrac-velay-npnru-dentellieres.txt"

ZIP_DT = (2026, 2, 6, 16, 20, 0)
DOCX_DATE = "2026-02-06T16:20:00Z"
PDF_DATE = "D:20260212113000+01'00'"

# PDF colours: the State's blue accent (titles, rules, table header), pale blue label cells.
THEME_MARIANNE = ((0.0, 0.0, 0.57), (0.91, 0.92, 0.97))


def share(n, total):
    """A share in per cent with one decimal and a French comma, rounded half up."""
    tenths = (2000 * n + total) // (2 * total)
    return f"{tenths // 10},{tenths % 10} %"


# ---------------------------------------------------------------------------
# 1. Trame Sociale Conseil's mission sheet, rehousing of the tour Aquilon: DOCX (town 2)
# ---------------------------------------------------------------------------
DX_COMPANY = "Trame Sociale Conseil"
DX_DOC_KIND = "Fiche mission"
DX_HEADER = ("Trame Sociale Conseil – fiche mission – MOUS relogement, quartier des Dentellières, "
             "Chambeyrac-sur-Borne")
DX_FOOTER = ("Trame Sociale Conseil, société coopérative d'ingénierie sociale et urbaine, "
             "Clermont-Ferrand – fiche mise à jour le 6 février 2026")
DX_KICKER = "Trame Sociale Conseil – Fiche mission"
DX_TITLE = "MOUS relogement de la tour Aquilon et de la barre Suroît"
DX_SUBTITLE = ("Quartier prioritaire des Dentellières, Chambeyrac-sur-Borne (Haute-Loire) – "
               "mise à jour du 6 février 2026")
DX_KEYWORDS = ("MOUS; relogement; NPNRU; Dentellières; Chambeyrac-sur-Borne; tour Aquilon; barre "
               "Suroît; Sucs Habitat; enquête sociale; charte de relogement")

# tranche, content, period, amount (€ HT)
DX_TRANCHES = [
    ("Tranche ferme", "Enquête sociale et charte de relogement", "2025-2026", 38600),
    ("Tranche ferme", "Accompagnement du relogement de la tour Aquilon", "2026-2027", 84200),
    ("Tranche optionnelle 1", "Relogement de la barre Suroît", "2026-2028", 41800),
    ("Tranche optionnelle 2", "Suivi après relogement et bilan final", "2027-2028", 21800),
]
# person, role, days
DX_TEAM = [
    ("Clémence Arnal", "Cheffe de mission, animation de la commission de relogement", 62),
    ("Inès Béraud", "Chargée de relogement, permanences et visites de logements", 210),
    ("Maxime Tellier", "Enquêteur social (tranche ferme)", 48),
]
# destination, households (at 31 January 2026)
DX_DEST = [
    ("Sucs Habitat, dans le quartier des Dentellières", 5),
    ("Sucs Habitat, hors du quartier prioritaire", 9),
    ("Arvernia Habitat", 4),
    ("Autres bailleurs sociaux de l'agglomération", 2),
    ("Parc privé ou départ hors de la Haute-Loire", 2),
]


def dx_tranche_rows():
    rows = [["Tranche", "Contenu", "Période", "Montant (€ HT)"]]
    rows.extend([t, c, p, probekit.eur(a)] for t, c, p, a in DX_TRANCHES)
    rows.append(["Total", "", "", probekit.eur(sum(t[3] for t in DX_TRANCHES))])
    return rows


def dx_team_rows():
    rows = [["Intervenant", "Rôle", "Jours prévus"]]
    rows.extend([n, r, str(d)] for n, r, d in DX_TEAM)
    rows.append(["Total", "", str(sum(d for *_, d in DX_TEAM))])
    return rows


def dx_dest_rows():
    rows = [["Destination", "Ménages"]]
    rows.extend([d, str(n)] for d, n in DX_DEST)
    rows.append(["Total", str(sum(n for _, n in DX_DEST))])
    return rows


def _check_docx():
    assert sum(t[3] for t in DX_TRANCHES) == 186400
    assert sum(d for *_, d in DX_TEAM) == 320
    assert sum(n for _, n in DX_DEST) == 22
    assert 72 + 30 == 102 and 72 - 6 == 66 and 30 - 5 == 25 and 66 + 25 == 91
    assert 84 + 7 == 91


DX_TABLES = {"tranches": dx_tranche_rows(), "team": dx_team_rows(), "dest": dx_dest_rows()}
DX_WIDTHS = {"tranches": [2100, 4300, 1400, 1800], "team": [2300, 5600, 1700],
             "dest": [6400, 1600]}
DX_FIELDS = [
    ("Client", "Sucs Habitat, office public de l'habitat de Chambeyrac Velay Agglomération, "
               "12 boulevard des Sucs, Chambeyrac-sur-Borne"),
    ("Représentant du client", "Patrice Malzieu, directeur général"),
    ("Suivi de la mission", "Nadège Chabanel, responsable de la gestion locative et du "
                            "relogement, Sucs Habitat"),
    ("Type de mission", "Maîtrise d'œuvre urbaine et sociale (MOUS) de relogement"),
    ("Procédure", "Marché à procédure adaptée, notifié le 24 octobre 2025"),
    ("Dates", "Du 3 novembre 2025 au 31 décembre 2028"),
    ("Montant", "186 400 € HT, tranche ferme et deux tranches optionnelles"),
    ("Équipe", "Clémence Arnal, cheffe de mission ; Inès Béraud, chargée de relogement ; "
               "Maxime Tellier, enquêteur social"),
    ("Partenaires", "Ville de Chambeyrac-sur-Borne, Chambeyrac Velay Agglomération, Arvernia "
                    "Habitat, Action Logement Services, centre communal d'action sociale, DDETS "
                    "de la Haute-Loire, Caisse d'allocations familiales de la Haute-Loire"),
    ("Permanences", "Maison du projet des Dentellières, 7 rue des Fuseaux : le lundi de 14 h à "
                    "17 h et le mercredi de 9 h à 12 h"),
]
DX_SECTIONS = [
    ("h1", "Contexte"),
    ("p", "La convention pluriannuelle de renouvellement urbain du quartier des Dentellières a "
          "été signée avec l'ANRU le 18 septembre 2025. Elle prévoit 27,4 M€ HT "
          "d'investissements de 2025 à 2032, dont 8,1 M€ de subventions de l'ANRU, et la "
          "démolition de 102 logements sociaux de Sucs Habitat : les 72 logements de la tour "
          "Aquilon, construite en 1971, et les 30 logements des entrées 1 et 2 de la barre "
          "Suroît."),
    ("p", "Au démarrage de la mission, 91 ménages étaient à reloger : 66 à la tour Aquilon, où "
          "six logements étaient vacants, et 25 à la barre Suroît, où cinq l'étaient."),
    ("h1", "Contenu de la mission"),
    ("p", "Trame Sociale Conseil assure pour Sucs Habitat :"),
    ("li", "l'enquête sociale auprès de chaque ménage, par un entretien à domicile ;"),
    ("li", "la rédaction de la charte de relogement et l'animation de la commission de "
           "relogement, réunie le premier jeudi de chaque mois ;"),
    ("li", "l'accompagnement individualisé des ménages jusqu'à la remise des clés, avec trois "
           "propositions de logement au plus ;"),
    ("li", "le suivi des ménages pendant les six mois qui suivent leur emménagement ;"),
    ("li", "le tableau de bord trimestriel du relogement, transmis à l'ANRU et aux partenaires."),
    ("h1", "Décomposition du montant"),
    ("table", "tranches"),
    ("note", "La tranche optionnelle 1 sera affermie par Sucs Habitat au plus tard en juillet "
             "2026."),
    ("h1", "Équipe et temps prévus"),
    ("table", "team"),
    ("h1", "Résultats de l'enquête sociale"),
    ("p", "L'enquête sociale s'est déroulée du 12 novembre 2025 au 23 janvier 2026 : 84 des 91 "
          "ménages ont été rencontrés à domicile, sept n'ont pas répondu aux sollicitations. Elle "
          "fait apparaître :"),
    ("li", "41 % de ménages comptant au moins une personne de plus de 65 ans ;"),
    ("li", "58 % de ménages souhaitant rester dans le quartier ou à proximité ;"),
    ("li", "17 ménages en sur-occupation et 23 en sous-occupation ;"),
    ("li", "un loyer résiduel moyen de 174 € par mois, après aide au logement."),
    ("p", "La charte de relogement a été signée le 15 janvier 2026 par huit partenaires. Elle "
          "garantit à chaque ménage un reste à charge au plus égal à celui de son logement "
          "actuel, pour une surface adaptée à la composition du foyer."),
    ("h1", "Avancement au 31 janvier 2026"),
    ("p", "Au 31 janvier 2026, 22 des 66 ménages de la tour Aquilon avaient été relogés :"),
    ("table", "dest"),
    ("p", "La libération complète de la tour est visée au 30 juin 2027. Le relogement organisé "
          "de la barre Suroît commencera en septembre 2026, après l'affermissement de la tranche "
          "optionnelle 1."),
    ("note", "Fiche établie par Clémence Arnal, cheffe de mission. Les données nominatives de "
             "l'enquête sociale ne sont transmises qu'au bailleur et à la commission de "
             "relogement."),
]


# ---------------------------------------------------------------------------
# 2. The Cantal prefecture's press release on the Parapluiers convention: PDF (town 1)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = "Préfecture du Cantal – bureau de la communication interministérielle"
PD_HEADER_RIGHT = "COMMUNIQUÉ DE PRESSE"
PD_FOOTER = ("Préfet du Cantal – communiqué du 12 février 2026 – convention de renouvellement "
             "urbain du quartier des Parapluiers, Lavernhès-sur-Cère")
PD_AUTHOR = "Préfecture du Cantal"
PD_CREATOR = "Préfecture du Cantal – bureau de la communication interministérielle"
PD_SUBJECT = ("Signature de la convention de renouvellement urbain du quartier des Parapluiers, "
              "Lavernhès-sur-Cère")
PD_KICKER = "PRÉFET DU CANTAL – LIBERTÉ, ÉGALITÉ, FRATERNITÉ"
PD_TITLE = "Communiqué de presse"
PD_SUBTITLE = ("Renouvellement urbain des Parapluiers : la convention pluriannuelle signée à "
               "Lavernhès-sur-Cère")
PD_FORM = [
    ("Date", "Aurillac, le 12 février 2026"),
    ("Objet", "Signature de la convention de renouvellement urbain du quartier prioritaire des "
              "Parapluiers"),
    ("Lieu", "Maison du projet des Parapluiers, 3 rue des Baleines, Lavernhès-sur-Cère"),
    ("Délégué territorial adjoint de l'ANRU", "Jérôme Falguières, directeur départemental des "
                                              "territoires du Cantal"),
    ("Contact presse", "Pauline Méjean, bureau de la communication interministérielle, "
                       "préfecture du Cantal"),
]
# funder, amount in tenths of M€
PD_FUNDERS = [
    ("ANRU – subventions", 112),
    ("Action Logement – prêts bonifiés", 31),
    ("Banque des Territoires – prêts et cofinancement de l'ingénierie", 44),
    ("Région Auvergne-Rhône-Alpes", 26),
    ("Département du Cantal", 15),
    ("Haute-Cère Agglomération", 38),
    ("Ville de Lavernhès-sur-Cère", 29),
    ("Cère Habitat et Arvernia Habitat – fonds propres et prêts", 91),
]
PD_TOTAL = 386
# facility or public space, owner, cost in tenths of M€
PD_EQUIP = [
    ("Restructuration du groupe scolaire des Ombrelles", "Ville de Lavernhès-sur-Cère", 32),
    ("Reconversion de la manufacture Delbosc", "Ville de Lavernhès-sur-Cère", 24),
    ("Place des Baleiniers et rues voisines", "Haute-Cère Agglomération", 41),
]


def pd_funder_rows():
    rows = [["Financeur", "Montant (M€)", "Part"]]
    rows.extend([name, probekit.meur(t), share(t, PD_TOTAL)] for name, t in PD_FUNDERS)
    rows.append(["Total", probekit.meur(sum(t for _, t in PD_FUNDERS)), "100 %"])
    return rows


def pd_equip_rows():
    rows = [["Équipement ou espace public", "Maître d'ouvrage", "Coût (M€ HT)"]]
    rows.extend([name, owner, probekit.meur(t)] for name, owner, t in PD_EQUIP)
    rows.append(["Total", "", probekit.meur(sum(t for *_, t in PD_EQUIP))])
    return rows


def _check_pdf():
    assert sum(t for _, t in PD_FUNDERS) == PD_TOTAL
    assert [share(t, PD_TOTAL) for _, t in PD_FUNDERS] == [
        "29,0 %", "8,0 %", "11,4 %", "6,7 %", "3,9 %", "9,8 %", "7,5 %", "23,6 %"]
    assert sum(t for *_, t in PD_EQUIP) == 97
    assert 64 + 32 == 96 and 88 + 64 == 152 and 48 + 24 == 72 and 57 + 27 == 84


PD_TABLES = {"funders": (pd_funder_rows, [300, 90]), "equip": (pd_equip_rows, [250, 150])}
PD_BLOCKS = [
    ("h", "Une convention de 38,6 M€ pour transformer le quartier des Parapluiers"),
    ("p", "Arnaud Vessière, préfet du Cantal, délégué territorial de l'Agence nationale pour la "
          "rénovation urbaine (ANRU), a signé ce jeudi 12 février 2026, à la maison du projet "
          "des Parapluiers, la convention pluriannuelle de renouvellement urbain du quartier "
          "avec Hélène Fabrègues, maire de Lavernhès-sur-Cère, Damien Crouzet, président de "
          "Haute-Cère Agglomération, Sylvie Lafont, directrice générale de Cère Habitat, et "
          "Franck Mazuel, directeur général d'Arvernia Habitat, en présence des représentants "
          "d'Action Logement et de la Banque des Territoires."),
    ("p", "Ancien quartier des fabriques de parapluies, les Parapluiers comptent 2 640 habitants. "
          "La convention y engage 38,6 M€ HT d'investissements de 2026 à 2033, dont 11,2 M€ de "
          "subventions de l'ANRU."),
    ("h", "Le programme"),
    ("p", "Le projet prévoit :"),
    ("b", "la démolition de 96 logements sociaux de Cère Habitat : les 64 logements de la tour "
          "Milan et les 32 logements des cages A et B de la barre Gerfaut ;"),
    ("b", "la réhabilitation de 152 logements : les 88 logements de la résidence Busard "
          "d'Arvernia Habitat et les 64 logements de la résidence Épervier de Cère Habitat ;"),
    ("b", "la reconstitution de 72 logements sociaux hors du quartier prioritaire, dont 48 par "
          "Cère Habitat et 24 par Arvernia Habitat ;"),
    ("b", "la restructuration du groupe scolaire des Ombrelles ;"),
    ("b", "la reconversion de l'ancienne manufacture de parapluies Delbosc en maison des "
          "services au public, avec un multi-accueil de 30 places pour les jeunes enfants ;"),
    ("b", "la requalification de la place des Baleiniers et des rues voisines, soit 8 200 m² "
          "d'espaces publics."),
    ("p", "Les équipements et les espaces publics représentent à eux seuls 9,7 M€ HT :"),
    ("table", "equip"),
    ("h", "Le plan de financement"),
    ("table", "funders"),
    ("note", "Parts arrondies au dixième. Les prêts d'Action Logement et de la Banque des "
             "Territoires sont comptés pour leur montant nominal."),
    ("h", "Un relogement déjà engagé"),
    ("p", "Cère Habitat a engagé dès le printemps 2025 le relogement des 57 ménages de la tour "
          "Milan. Au 31 janvier 2026, 31 d'entre eux avaient été relogés. La démolition de la "
          "tour commencera par son désamiantage, en septembre 2026."),
    ("h", "Un levier pour l'emploi"),
    ("p", "Les chantiers réserveront 52 000 heures de travail à des personnes éloignées de "
          "l'emploi, soit l'équivalent de 32 emplois à temps plein pendant un an. Les habitants "
          "du quartier seront recrutés en priorité, avec l'appui de France Travail et de la "
          "maison de l'emploi de Haute-Cère."),
    ("h", "Calendrier"),
    ("b", "mars 2026 : début des travaux de la résidence Busard ;"),
    ("b", "septembre 2026 : début du désamiantage de la tour Milan ;"),
    ("b", "2027 : début des travaux du groupe scolaire des Ombrelles et de la place des "
          "Baleiniers ;"),
    ("b", "2028 : démolition des cages A et B de la barre Gerfaut ;"),
    ("b", "2033 : achèvement du programme."),
    ("h", "Ils ont dit"),
    ("p", "« Cette convention est l'aboutissement de trois ans de travail partenarial. L'État "
          "sera aux côtés des habitants des Parapluiers jusqu'à la dernière opération », a "
          "déclaré Arnaud Vessière, préfet du Cantal."),
    ("p", "« Nous allons rendre aux Parapluiers la fierté de leur histoire ouvrière, en "
          "commençant par la manufacture Delbosc », a souligné Hélène Fabrègues, maire de "
          "Lavernhès-sur-Cère."),
    ("note", "Le nouveau programme national de renouvellement urbain (NPNRU) est mis en œuvre "
             "par l'ANRU dans 450 quartiers prioritaires de la politique de la ville. Dans le "
             "Cantal, les Parapluiers en sont le seul quartier d'intérêt régional."),
]


# ---------------------------------------------------------------------------
# 3. Villes & Quartiers Auvergne's article on the regional day on rehousing: HTML (both towns)
# ---------------------------------------------------------------------------
# indicator, town 1 (Parapluiers), town 2 (Dentellières), at 28 February 2026
HT_COMPARE = [
    ("Habitants du quartier prioritaire", "2 640", "3 120"),
    ("Signature de la convention avec l'ANRU", "12 février 2026", "18 septembre 2025"),
    ("Investissements prévus", "38,6 M€ HT", "27,4 M€ HT"),
    ("dont subventions de l'ANRU", "11,2 M€", "8,1 M€"),
    ("Logements démolis", "96", "102"),
    ("Ménages à reloger", "84", "91"),
    ("Ménages relogés", "35", "31"),
    ("Logements réhabilités", "152", "118"),
    ("Logements reconstitués hors du quartier", "72", "64"),
]


def ht_compare_rows():
    return "\n".join(f"        <tr><th scope=\"row\">{a}</th><td>{b}</td><td>{c}</td></tr>"
                     for a, b, c in HT_COMPARE)


def _check_html():
    assert 27 + 4 == 31 and 7 + 4 == 11 and 57 - 35 == 22


HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Reloger sans déraciner : Lavernhès-sur-Cère et Chambeyrac-sur-Borne croisent leurs expériences – Villes &amp; Quartiers Auvergne</title>
<meta name="description" content="Retour sur la journée régionale du 10 mars 2026 consacrée au relogement dans les projets de renouvellement urbain des Parapluiers et des Dentellières.">
<meta property="article:published_time" content="2026-03-17T10:00:00+01:00">
<link rel="canonical" href="https://www.villes-quartiers-auvergne.example/actualites/reloger-sans-deraciner-journee-regionale-2026">
<style>.cookies{position:fixed;bottom:0;left:0;right:0}.contenu{max-width:760px;margin:auto}</style>
<script>window.vqaConsent = {mesure: false, videos: false};</script>
</head>
<body>
<div class="cookies" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies de mesure d'audience et de lecture de vidéos. Vous pouvez les accepter, les refuser ou choisir finalité par finalité.</p>
  <p><a href="#">Tout accepter</a> · <a href="#">Tout refuser</a> · <a href="/cookies/">Personnaliser</a></p>
</div>
<header class="entete">
  <p class="logo"><a href="/">Villes &amp; Quartiers Auvergne</a> – centre de ressources de la politique de la ville</p>
  <nav class="menu">
    <ul>
      <li><a href="/actualites/">Actualités</a></li>
      <li><a href="/renouvellement-urbain/">Renouvellement urbain</a></li>
      <li><a href="/contrats-de-ville/">Contrats de ville</a></li>
      <li><a href="/formations/">Qualification et formations</a></li>
      <li><a href="/ressources/">Ressources</a></li>
      <li><a href="/qui-sommes-nous/">Qui sommes-nous ?</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="ariane"><a href="/">Accueil</a> › <a href="/actualites/">Actualités</a> › <a href="/renouvellement-urbain/">Renouvellement urbain</a> › Reloger sans déraciner</nav>

<article class="contenu">
  <p class="rubrique">Renouvellement urbain · Relogement</p>
  <h1>Reloger sans déraciner : Lavernhès-sur-Cère et Chambeyrac-sur-Borne croisent leurs expériences</h1>
  <p class="signature">Par Aurore Teyssèdre · Publié le 17 mars 2026 · Temps de lecture : 5 min</p>
  <p class="partage">Partager : <a href="#">LinkedIn</a> · <a href="#">Mastodon</a> · <a href="#">Courriel</a></p>
  <p class="chapo">Le 10 mars, 64 participants venus de 19 structures se sont retrouvés à la maison du projet des Dentellières, à Chambeyrac-sur-Borne, pour la première journée régionale consacrée au relogement dans les projets de renouvellement urbain. Deux quartiers, deux calendriers, des questions communes.</p>

  <h2>Deux projets à des stades différents</h2>
  <p>À Chambeyrac-sur-Borne, en Haute-Loire, la convention de renouvellement urbain des Dentellières est signée depuis septembre 2025, et le relogement organisé des ménages de la tour Aquilon a commencé en janvier. À Lavernhès-sur-Cère, dans le Cantal, la convention des Parapluiers n'a été signée qu'en février 2026, mais Cère Habitat avait engagé le relogement de la tour Milan dès le printemps 2025.</p>
  <table class="comparaison">
    <caption>Les deux projets en chiffres (données au 28 février 2026)</caption>
    <thead>
      <tr><th scope="col">Indicateur</th><th scope="col">Parapluiers (Lavernhès-sur-Cère)</th><th scope="col">Dentellières (Chambeyrac-sur-Borne)</th></tr>
    </thead>
    <tbody>
""" + ht_compare_rows() + """
    </tbody>
  </table>
  <p class="source">Sources : Haute-Cère Agglomération, Chambeyrac Velay Agglomération, Cère Habitat, Sucs Habitat.</p>

  <h2>À Chambeyrac, l'enquête à domicile avant toute proposition</h2>
  <p>« Nous avons rencontré 84 familles chez elles avant de parler du moindre logement. C'est long, mais on évite les refus en cascade », explique Clémence Arnal, cheffe de mission chez Trame Sociale Conseil, le bureau d'études qui conduit la MOUS relogement pour Sucs Habitat.</p>
  <p>Au 28 février, 27 des 66 ménages de la tour Aquilon avaient déménagé. Quatre ménages de la barre Suroît, dont le relogement organisé ne commencera qu'en septembre, ont déjà été relogés à leur demande. Pour 81 % des ménages relogés, le reste à charge est stable ou en baisse.</p>

  <h2>À Lavernhès, la course contre la montre de la tour Milan</h2>
  <p>Yannick Delmas, chef de projet renouvellement urbain à Haute-Cère Agglomération, a présenté un calendrier serré : 35 des 57 ménages de la tour Milan étaient relogés fin février, et la tour doit être vide à l'été pour que le désamiantage commence en septembre.</p>
  <blockquote>
    <p>« La signature tardive de la convention ne nous permettait pas d'attendre : Cère Habitat a pris le risque de lancer le relogement sur ses fonds propres », souligne Yannick Delmas.</p>
  </blockquote>
  <p>Les 27 ménages des cages A et B de la barre Gerfaut, l'autre immeuble voué à la démolition, seront relogés à partir de 2027.</p>

  <h2>Un bailleur présent dans les deux quartiers</h2>
  <p>Arvernia Habitat, entreprise sociale pour l'habitat basée à Clermont-Ferrand, réhabilite une résidence dans chacun des deux quartiers et accueille des ménages des deux tours. « Nous avons accueilli 11 ménages venus des deux quartiers, 7 de la tour Milan et 4 de la tour Aquilon. Être présents des deux côtés nous permet de comparer nos pratiques », indique Karima Zenati, responsable du relogement d'Arvernia Habitat.</p>

  <h2>Et maintenant ?</h2>
  <p>Une seconde journée, consacrée à la mémoire et à la concertation, se tiendra le 25 juin 2026 à Lavernhès-sur-Cère. Les supports des interventions du 10 mars sont téléchargeables dans l'espace ressources.</p>

  <p class="etiquettes">Étiquettes : <a href="/tag/relogement/">Relogement</a> · <a href="/tag/npnru/">NPNRU</a> · <a href="/tag/cantal/">Cantal</a> · <a href="/tag/haute-loire/">Haute-Loire</a></p>
</article>

<aside class="agenda">
  <h2>Agenda</h2>
  <ul>
    <li>9 avril 2026 – webinaire « Gestion urbaine et sociale de proximité pendant les chantiers »</li>
    <li>25 juin 2026 – Lavernhès-sur-Cère : « Mémoire et concertation dans les quartiers en renouvellement »</li>
    <li>8 octobre 2026 – cycle de qualification des conseils citoyens, séance 3</li>
  </ul>
</aside>

<aside class="lettre">
  <h2>La lettre du centre de ressources</h2>
  <p>Une fois par mois, l'actualité de la politique de la ville en Auvergne. <a href="/lettre/">S'abonner</a></p>
</aside>
</main>

<footer class="pied">
  <p>Villes &amp; Quartiers Auvergne – centre de ressources de la politique de la ville, soutenu par l'État et la Région Auvergne-Rhône-Alpes</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/accessibilite/">Accessibilité : partiellement conforme</a> · <a href="/donnees-personnelles/">Données personnelles</a> · <a href="/plan-du-site/">Plan du site</a></p>
  <p>© 2026 Villes &amp; Quartiers Auvergne</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. Record of decisions of the steering committee no. 6 of the Parapluiers: Markdown (town 1)
# ---------------------------------------------------------------------------
# operation, owner, homes, progress at 15 March 2026, due
MD_OPS = [
    ("Démolition de la tour Milan", "Cère Habitat", "64", "relogement en cours",
     "septembre 2026 – juin 2027"),
    ("Démolition des cages A et B de la barre Gerfaut", "Cère Habitat", "32",
     "enquête sociale achevée", "2028"),
    ("Réhabilitation de la résidence Busard", "Arvernia Habitat", "88",
     "travaux commencés le 2 mars 2026", "décembre 2027"),
    ("Réhabilitation de la résidence Épervier", "Cère Habitat", "64",
     "consultation des entreprises", "2027-2028"),
    ("Reconstitution, site du Pré-Bourrel", "Cère Habitat", "48", "permis de construire obtenu",
     "2028"),
    ("Reconstitution, rue des Cornouillers", "Arvernia Habitat", "24",
     "permis de construire attaqué", "à définir"),
]
# project owner, 2026 spending (k€ HT)
MD_SPEND = [
    ("Cère Habitat", 3420),
    ("Arvernia Habitat", 2760),
    ("Haute-Cère Agglomération", 1180),
    ("Ville de Lavernhès-sur-Cère", 640),
]
MD_SPEND_TOTAL = 8000


def md_ops_table():
    lines = ["| Opération | Maître d'ouvrage | Logements | Avancement au 15 mars 2026 | Échéance |",
             "|---|---|---:|---|---|"]
    lines.extend(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in MD_OPS)
    return "\n".join(lines)


def md_spend_table():
    lines = ["| Maître d'ouvrage | Dépenses prévues en 2026 (k€ HT) | Part |", "|---|---:|---:|"]
    lines.extend(f"| {name} | {probekit.eur(k)} | {share(k, MD_SPEND_TOTAL)} |"
                 for name, k in MD_SPEND)
    lines.append(f"| **Total** | **{probekit.eur(sum(k for _, k in MD_SPEND))}** | **100 %** |")
    return "\n".join(lines)


def _check_md():
    assert sum(k for _, k in MD_SPEND) == MD_SPEND_TOTAL
    assert [share(k, MD_SPEND_TOTAL) for _, k in MD_SPEND] == [
        "42,8 %", "34,5 %", "14,8 %", "8,0 %"]
    assert 88 * 57000 == 5016000 and 57 - 38 == 19
    assert sum(int(o[2]) for o in MD_OPS[:2]) == 96 and sum(int(o[2]) for o in MD_OPS[4:]) == 72


MD = """---
title: "Comité de pilotage n° 6 du projet de renouvellement urbain des Parapluiers – relevé de décisions"
organisme: "Haute-Cère Agglomération – direction du renouvellement urbain"
date: 2026-03-24
statut: "validé par les coprésidents le 31 mars 2026"
---

# Comité de pilotage n° 6 – Renouvellement urbain des Parapluiers

**Relevé de décisions – Lavernhès-sur-Cère, quartier prioritaire des Parapluiers**

- **Date et lieu** : mardi 24 mars 2026, 14 h 30, hôtel d'agglomération, salle des Toiles
- **Coprésidence** : Hélène Fabrègues, maire de Lavernhès-sur-Cère, et Damien Crouzet, président de Haute-Cère Agglomération
- **État** : Jérôme Falguières, directeur départemental des territoires du Cantal, délégué territorial adjoint de l'ANRU
- **Rédaction** : Yannick Delmas, chef de projet renouvellement urbain, Haute-Cère Agglomération
- **Validation** : par les coprésidents, le 31 mars 2026
- **Prochain comité** : mardi 29 septembre 2026

## Participants

Étaient présents, outre les coprésidents et le représentant de l'État :

- Aline Roumégoux, adjointe au maire chargée de la politique de la ville ;
- Sylvie Lafont, directrice générale de Cère Habitat ;
- Franck Mazuel, directeur général d'Arvernia Habitat ;
- Corinne Rouffiac, directrice territoriale de la Banque des Territoires ;
- Thierry Lascombes, Action Logement Services ;
- deux représentants du conseil citoyen des Parapluiers.

Excusée : la Région Auvergne-Rhône-Alpes.

## Ordre du jour

1. Avancement des opérations
2. Relogement
3. Dépenses prévues en 2026
4. Maîtrise d'œuvre des espaces publics
5. Emploi et insertion
6. Décisions

## 1. Avancement des opérations

""" + md_ops_table() + """

La réhabilitation de la résidence Busard coûte 5 016 000 € HT, soit 57 000 € par logement : isolation des façades, remplacement des menuiseries et création d'un ascenseur dans chacune des quatre cages. Les locataires restent dans leur logement pendant les travaux.

La consultation des entreprises pour le désamiantage et la démolition de la tour Milan sera lancée en avril 2026 ; l'attribution des marchés est prévue en juillet 2026.

## 2. Relogement

Au 15 mars 2026, 38 des 57 ménages de la tour Milan ont été relogés, dont 7 par Arvernia Habitat. Les 19 ménages restants ont tous reçu au moins une proposition.

À la barre Gerfaut, l'enquête sociale, achevée le 27 février 2026, a recensé 27 ménages à reloger dans les cages A et B. Leur relogement commencera en janvier 2027.

## 3. Dépenses prévues en 2026

""" + md_spend_table() + """

*Parts arrondies au dixième. Les dépenses de l'ANRU et des autres financeurs ne figurent pas dans ce tableau, qui retrace les dépenses des maîtres d'ouvrage.*

## 4. Maîtrise d'œuvre des espaces publics

Sept équipes ont répondu à la consultation lancée en décembre 2025 pour la maîtrise d'œuvre de la place des Baleiniers et des rues voisines, soit 8 200 m² d'espaces publics. Le jury du 12 mars 2026 a classé en tête le groupement Atelier Canopée Paysage (mandataire) et Ranc Ingénierie, pour 412 000 € HT. Les travaux sont prévus de mars 2027 à juin 2028.

## 5. Emploi et insertion

Au 15 mars 2026, 2 140 heures d'insertion ont été réalisées sur les 52 000 heures prévues par la convention, dont 1 860 sur le chantier de la résidence Busard.

## 6. Décisions

Le comité de pilotage :

- valide le choix du groupement Atelier Canopée Paysage et Ranc Ingénierie comme maître d'œuvre de la place des Baleiniers ;
- approuve le calendrier de démolition de la tour Milan ;
- demande à Arvernia Habitat de proposer avant juin 2026 un site de repli pour les 24 logements de la rue des Cornouillers ;
- confie à la Ville l'organisation, en octobre 2026, d'une exposition sur la mémoire des parapluiers à la maison du projet.

## Points de vigilance

- Le recours d'une association de riverains contre le permis de construire de la rue des Cornouillers, déposé le 9 janvier 2026 devant le tribunal administratif de Clermont-Ferrand, retarde la reconstitution d'Arvernia Habitat.
- Les ménages âgés de la tour Milan demandent des logements desservis par un ascenseur, rares dans le parc de Cère Habitat hors du quartier.
- Le désamiantage de la tour Milan ne pourra commencer qu'une fois le dernier ménage parti : tout retard de relogement décalera la démolition.

*Relevé établi par Yannick Delmas, chef de projet renouvellement urbain. Il sera présenté au prochain comité de pilotage.*
"""


# ---------------------------------------------------------------------------
# 5. Report no. 2026-031 to the community council of Chambeyrac Velay Agglomération: plain text
# ---------------------------------------------------------------------------
# operation, total cost (€ HT), agglomeration's share (€)
TX_OPS = [
    ("Voie des Picots et place des Dentellières", 2980000, 1180000),
    ("Extension de la crèche des Bobines", 1240000, 310000),
    ("Maison du projet, conduite de projet", 960000, 480000),
    ("Pôle commercial de l'atelier Morangier", 1620000, 330000),
]
TX_YEARS = [("2026", 290000), ("2027", 610000), ("2028", 720000), ("2029", 460000),
            ("2030", 220000)]
TX_WIDTH = 76


def tx_ops_table():
    head = f"{'Opération':<42}{'Coût total (€ HT)':>18}{'Part agglo (€)':>16}"
    lines = [head, "-" * len(head)]
    lines.extend(f"{a:<42}{probekit.eur(b):>18}{probekit.eur(c):>16}" for a, b, c in TX_OPS)
    lines.append(f"{'Total':<42}{probekit.eur(sum(o[1] for o in TX_OPS)):>18}"
                 f"{probekit.eur(sum(o[2] for o in TX_OPS)):>16}")
    return "\n".join(lines)


def tx_year_table():
    lines = [f"{'Année':<20}{'Crédits de paiement (€)':>26}"]
    lines.extend(f"{y:<20}{probekit.eur(a):>26}" for y, a in TX_YEARS)
    lines.append(f"{'Total 2026-2030':<20}{probekit.eur(sum(a for _, a in TX_YEARS)):>26}")
    return "\n".join(lines)


def _check_txt():
    assert sum(o[1] for o in TX_OPS) == 6800000
    assert sum(o[2] for o in TX_OPS) == 2300000 == sum(a for _, a in TX_YEARS)
    assert 70 + 48 == 118 and 40 + 24 == 64 and 22 < 25 < 27
    for table in (tx_ops_table(), tx_year_table()):
        assert max(len(ln) for ln in table.split("\n")) <= TX_WIDTH


TXT_SOURCE = """CHAMBEYRAC VELAY AGGLOMÉRATION
Conseil communautaire – séance du jeudi 5 mars 2026

RAPPORT N° 2026-031
Renouvellement urbain du quartier des Dentellières : participation financière de l'agglomération et autorisation de programme

Présidente : Marie-Christine Eyraud
Rapporteur : Bernard Chanal, vice-président chargé de l'habitat et de la politique de la ville
Commission saisie : commission « Aménagement, habitat et cohésion », réunie le 19 février 2026 (avis favorable)
Direction référente : direction de l'habitat et du renouvellement urbain


1. RAPPEL DU PROJET

La convention pluriannuelle de renouvellement urbain du quartier des Dentellières, à Chambeyrac-sur-Borne, a été signée avec l'ANRU le 18 septembre 2025. Elle porte sur 27,4 M€ HT d'investissements de 2025 à 2032, dont 8,1 M€ de subventions de l'ANRU. Le quartier prioritaire compte 3 120 habitants.

Le programme comprend :
- la démolition de 102 logements de Sucs Habitat : les 72 logements de la tour Aquilon et 30 logements aux entrées 1 et 2 de la barre Suroît ;
- la réhabilitation de 118 logements : les 70 logements de la résidence Zéphyr d'Arvernia Habitat et les 48 logements de la résidence Borée de Sucs Habitat ;
- la reconstitution de 64 logements sociaux hors du quartier, 40 par Sucs Habitat et 24 par Arvernia Habitat ;
- la création de la voie des Picots et le réaménagement de la place des Dentellières, soit 9 400 m² d'espaces publics ;
- l'extension de la crèche des Bobines, qui gagnera 24 places ;
- la transformation de l'ancien atelier de dentelle Morangier en pôle commercial de six cellules sur 780 m², où 14 emplois sont attendus.

Au 20 février 2026, 25 des 66 ménages de la tour Aquilon avaient été relogés par Sucs Habitat. La tour doit être libérée au 30 juin 2027 et démolie au second semestre 2027. Les travaux de la résidence Zéphyr ont commencé en septembre 2025.


2. PARTICIPATION DE L'AGGLOMÉRATION

L'agglomération est maître d'ouvrage de la voie des Picots, de la place des Dentellières et de la conduite de projet. Elle cofinance l'extension de la crèche des Bobines, portée par la Ville, et le pôle commercial de l'atelier Morangier, porté par la SEM Borne Aménagement. Sa participation s'élève à 2 300 000 € :

@@OPS@@

Elle est inscrite à l'autorisation de programme n° AP 2026-02 « NPNRU Dentellières », dont les crédits de paiement s'échelonnent ainsi :

@@YEARS@@

La participation de la Ville de Chambeyrac-sur-Borne et celle des autres cofinanceurs font l'objet de leurs propres délibérations.


3. EMPLOI ET INSERTION

La convention réserve 41 000 heures de travail aux personnes éloignées de l'emploi sur l'ensemble des chantiers du projet. Au 31 décembre 2025, 3 860 heures avaient été réalisées, dont 2 410 sur le chantier de la résidence Zéphyr. Le facilitateur des clauses sociales de l'agglomération accompagne les entreprises attributaires.


4. PROPOSITION

Il est proposé au conseil communautaire :
- d'approuver la participation de l'agglomération au projet de renouvellement urbain des Dentellières, pour un montant de 2 300 000 € ;
- d'ouvrir l'autorisation de programme n° AP 2026-02 « NPNRU Dentellières » et d'approuver ses crédits de paiement de 2026 à 2030 ;
- d'autoriser la présidente ou son représentant à signer les conventions financières avec la Ville de Chambeyrac-sur-Borne et la SEM Borne Aménagement.

Chambeyrac-sur-Borne, le 20 février 2026
La présidente, Marie-Christine Eyraud
"""


# spaces a line is not broken at: between the digit groups of a number ("2 300 000") and
# between a number and its unit ("9 400 m²", "27,4 M€")
_KEEP = re.compile(r"(?<=\d) (?=\d{3}(?!\d)|€|M€|%|m²|h\b)")


def _wrap_line(line):
    """Wrap one source line at TX_WIDTH columns, at spaces only, never inside a number or
    between a number and its unit; list items keep a hanging indent of two spaces."""
    if len(line) <= TX_WIDTH:
        return [line]
    indent = "  " if line.startswith("- ") else ""
    lines = textwrap.wrap(_KEEP.sub("\x00", line), TX_WIDTH, subsequent_indent=indent,
                          break_long_words=False, break_on_hyphens=False)
    return [ln.replace("\x00", " ") for ln in lines]


TX_TABLES = {"@@OPS@@": tx_ops_table, "@@YEARS@@": tx_year_table}


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
# evals/questions.probe31.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=5, header_fill="7B3F61",
        total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"funders", "equip"},
        form_label_w=170, theme=THEME_MARIANNE, total_rule="prefix",
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
