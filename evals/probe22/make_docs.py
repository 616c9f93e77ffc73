#!/usr/bin/env python3
"""Generate the five probe22 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Jarnessac (Charente, Nouvelle-Aquitaine), quartier prioritaire des Brandelles
        (agglomeration: Agglomération du Pays de Jarnessac; social landlords Jarnessac Habitat,
        an OPH, and Clairval Habitat, a national ESH; buildings named after marsh birds: tour
        Héron, barre Courlis, résidence Sarcelle; rue des Gabariers, rue des Tonneliers, allée
        des Vanniers, écoquartier des Vignes-Hautes, groupe scolaire des Vanniers)
    - fiche-mission-mous-relogement-heron-courlis-brandelles-jarnessac.docx
        (consultancy mission sheet of Ancrages Conseil for the rehousing (MOUS) of the households
        of the tour Héron and of two stairwells of the barre Courlis: labelled fields (client,
        contact, site, object, procedure, notification, dates, duration, lump-sum amount with a
        unit price for extra households, funding shares, team with an unnamed interpreter,
        renewal convention), context, four expectations with a lead-in, four phases, a price
        table by phase (period, days, amount) with a total row, the team as a list, progress at
        15 January 2026 (survey, a household-composition table with a total row, the charter,
        rehousing figures, homes lent by Clairval Habitat), four points of attention)
    - article-eclaireur-charentais-brandelles-residence-sarcelle-inauguree.html
        (local daily's web article of 3 February 2026 on the inauguration of Clairval Habitat's
        renovated résidence Sarcelle, inside an <article> with a cookie banner, navigation,
        breadcrumb, a share bar, a "Repères" box (the convention's figures and the new school
        only there), a "most read" sidebar, a newsletter box, "À lire aussi" links and a
        footer; cost, energy label, rent and charges, the tenants' vote, the funding, the tour
        Héron's rehousing; the architects are unnamed)
Town 2: Marlencourt-sur-Serre (Aisne, Hauts-de-France), quartier prioritaire de la Marnière
        (agglomeration: Serre-Thiérache Agglomération; social landlords Logis de la Serre, an
        OPH, and Clairval Habitat; buildings named after painters: tour Le Nain, barre Corot,
        résidence Watteau; place du Mail, groupe scolaire Condorcet)
    - fiche-action-3-1-2-acces-aux-soins-marniere-marlencourt.pdf
        (contract-of-city action sheet on access to care, adopted on 12 June 2025: labelled
        form, findings (one general practitioner left, patients without a referring doctor,
        no complementary insurance, screening, dental decay), four objectives with a lead-in,
        five numbered actions, a funding table by funder for 2025, 2026 and 2027 with a total
        column and a total row (the two landlords on one line), an indicator table (2024
        baseline, 2027 target), a timetable, follow-up with an unnamed ARS delegate)
    - compte-rendu-revue-de-projet-npnru-marniere-marlencourt-2025-11-26.md
        (minutes of the annual project review of the renewal convention, with YAML front
        matter: co-chairs, attendees as a list (the Action Logement representative unnamed), a
        table of the main operations (owner, cost, ANRU subsidy, state at 31 October 2025), the
        commitment rate, a rehousing table of the tour Le Nain (count and share, three "dont"
        lines) with a total row, integration hours, the résidence Watteau, the tenants'
        council's three requests, the draft amendment on the groupe scolaire Condorcet, four
        numbered decisions, next meetings)
Both towns:
    - anru-communique-comite-engagement-avenants-brandelles-marniere.txt
        (press release of the national renewal agency after its commitment committee of
        17 February 2026: both amendments (a health centre and social centre in town 1, the
        school in town 2, granted less than asked), a comparison table by project, Clairval
        Habitat's two renovations, next steps as a list, contact)

The documents overlap on purpose: both towns signed a renewal convention in 2024 (14 May in
town 1, 61,8 M€; 2 October in town 2, 47,3 M€), have a tower of their OPH to demolish with
households rehoused (with a breakdown by destination given for town 2 only), a residence of
Clairval Habitat under renovation (the rent rise given for the résidence Sarcelle only), and an
amendment examined at the same committee. Some figures are given for one town only (the
practitioners and the health indicators, the ANRU commitment rate and the integration hours in
town 2), some only for the years 2025 to 2027 (the health funding), some only as a whole (the
two landlords' contribution to the health action) and some roles are never named (the
interpreter, the architects of the résidence Sarcelle, the Action Logement representative, the
ARS delegate).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe22.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must
name a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe22/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe22.jsonl")
QID_PREFIX = "q22"

FN_DOCX = "fiche-mission-mous-relogement-heron-courlis-brandelles-jarnessac.docx"
FN_PDF = "fiche-action-3-1-2-acces-aux-soins-marniere-marlencourt.pdf"
FN_HTML = "article-eclaireur-charentais-brandelles-residence-sarcelle-inauguree.html"
FN_MD = "compte-rendu-revue-de-projet-npnru-marniere-marlencourt-2025-11-26.md"
FN_TXT = "anru-communique-comite-engagement-avenants-brandelles-marniere.txt"

ZIP_DT = (2026, 1, 16, 9, 5, 0)
DOCX_DATE = "2026-01-16T09:05:00Z"
PDF_DATE = "D:20250618143000+02'00'"

# PDF colours: plum accent, pale lilac label cells.
THEME_PLUM = ((0.40, 0.18, 0.36), (0.95, 0.91, 0.95))


# ---------------------------------------------------------------------------
# 1. Consultancy mission sheet, rehousing (MOUS): DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Ancrages Conseil"
DX_DOC_KIND = "Fiche mission"
DX_HEADER = ("Ancrages Conseil – sociologie urbaine et accompagnement social – fiche mission "
             "n° 24-117")
DX_FOOTER = ("Ancrages Conseil – 8, rue Carnot – Poitiers – fiche mise à jour le 15 janvier "
             "2026")
DX_KICKER = "Ancrages Conseil – Fiche mission"
DX_TITLE = ("Maîtrise d'œuvre urbaine et sociale du relogement des ménages de la tour Héron et "
            "de la barre Courlis")
DX_SUBTITLE = ("Jarnessac (Charente) – projet de renouvellement urbain des Brandelles – fiche "
               "mise à jour le 15 janvier 2026")
DX_KEYWORDS = ("relogement; MOUS; renouvellement urbain; Brandelles; Jarnessac; tour Héron; "
               "barre Courlis; charte de relogement")
DX_FIELDS = [
    ("Commanditaire", "Jarnessac Habitat, office public de l'habitat de l'Agglomération du "
                      "Pays de Jarnessac"),
    ("Interlocuteur", "Thierry Lavergne, directeur du patrimoine et du renouvellement urbain "
                      "de Jarnessac Habitat"),
    ("Site", "Jarnessac (23 800 habitants), quartier prioritaire des Brandelles (4 260 "
             "habitants)"),
    ("Objet", "Maîtrise d'œuvre urbaine et sociale (MOUS) du relogement des ménages de la tour "
              "Héron (84 logements) et des cages C et D de la barre Courlis (40 logements), "
              "appelées à être démolies"),
    ("Procédure", "Appel d'offres ouvert ; quatre offres reçues"),
    ("Notification", "9 septembre 2024"),
    ("Dates", "Du 1er octobre 2024 au 31 mars 2027"),
    ("Durée", "30 mois, dont six mois de suivi des ménages après leur relogement"),
    ("Montant", "148 200 € HT, forfaitaire, pour 111 ménages ; 450 € HT par ménage "
                "supplémentaire issu d'une décohabitation"),
    ("Financement", "ANRU 50 % (ingénierie du projet de renouvellement urbain), Jarnessac "
                    "Habitat 30 %, Agglomération du Pays de Jarnessac 20 %"),
    ("Équipe", "Solène Marchetti (directrice de mission, sociologue), Karim Bouzidi (chargé "
               "de relogement), Élodie Fayolle (conseillère en économie sociale et familiale) ; "
               "un interprète en langue turque mobilisé à la demande"),
    ("Projet", "Convention pluriannuelle de renouvellement urbain des Brandelles signée le "
               "14 mai 2024 : 61,8 M€ TTC, dont 17,3 M€ de subventions de l'ANRU"),
]
DAY_RATE = 780
# Phase, period, days
DX_PHASES = [("1 – Enquête sociale et diagnostic", "Octobre 2024 – janvier 2025", 38),
             ("2 – Plan de relogement et charte", "Février – avril 2025", 24),
             ("3 – Accompagnement des relogements", "Mai 2025 – septembre 2026", 96),
             ("4 – Suivi après relogement et bilan", "Octobre 2026 – mars 2027", 32)]
# Household type, households met
DX_HOUSEHOLDS = [("Personnes seules", 38), ("Couples sans enfant", 17),
                 ("Familles monoparentales", 26), ("Couples avec enfants", 23)]


def dx_price_rows():
    e = probekit.eur
    rows = [["Phase", "Période", "Jours", "Montant (€ HT)"]]
    for name, period, days in DX_PHASES:
        rows.append([name, period, str(days), e(days * DAY_RATE)])
    days = sum(p[2] for p in DX_PHASES)
    rows.append(["Total", "Octobre 2024 – mars 2027", str(days), e(days * DAY_RATE)])
    return rows


def dx_household_rows():
    total = sum(n for _, n in DX_HOUSEHOLDS)
    rows = [["Composition du ménage", "Ménages rencontrés", "Part"]]
    for name, n in DX_HOUSEHOLDS:
        rows.append([name, str(n), f"{round(100 * n / total)} %"])
    rows.append(["Total", str(total), "100 %"])
    return rows


def _check_docx():
    assert [p[2] * DAY_RATE for p in DX_PHASES] == [29640, 18720, 74880, 24960]
    assert sum(p[2] for p in DX_PHASES) == 190 and 190 * DAY_RATE == 148200
    assert sum(n for _, n in DX_HOUSEHOLDS) == 104
    assert sum(round(100 * n / 104) for _, n in DX_HOUSEHOLDS) == 100
    assert 76 + 35 == 111 and 84 + 40 == 124 and 1030 + 425 == 1455
    assert 49 + 14 == 63 and 111 - 63 - 12 == 36 and 42 + 21 == 63
    assert round(100 * 104 / 111) == 94


DX_TABLES = {"prix": dx_price_rows(), "menages": dx_household_rows()}
DX_WIDTHS = {"prix": [3900, 2900, 900, 1900], "menages": [4200, 2700, 1500]}
DX_SECTIONS = [
    ("h1", "1. Contexte"),
    ("p", "Les Brandelles, au sud de Jarnessac, ont été construites entre 1964 et 1976 sur le "
          "plateau qui domine la vallée. Le quartier compte 1 720 logements, dont 1 455 logements "
          "sociaux : 1 030 appartiennent à Jarnessac Habitat et 425 à Clairval Habitat, "
          "entreprise sociale pour l'habitat présente dans une quarantaine de villes moyennes."),
    ("p", "La convention de renouvellement urbain prévoit la démolition de 124 logements de "
          "Jarnessac Habitat : la tour Héron, immeuble de douze étages construit en 1972, et les "
          "cages C et D de la barre Courlis, dont l'emprise accueillera une voie nouvelle entre "
          "la rue des Gabariers et le futur groupe scolaire. Les cages A, B et E de la barre "
          "seront conservées et réhabilitées."),
    ("p", "Au démarrage de la mission, le 1er octobre 2024, 111 de ces logements étaient "
          "occupés : 76 dans la tour Héron et 35 dans la barre Courlis. Les logements libérés "
          "depuis 2022 n'avaient plus été reloués, afin de préparer la démolition."),
    ("h1", "2. Attentes du commanditaire"),
    ("p", "Jarnessac Habitat attend de la MOUS :"),
    ("li", "une connaissance fine de la situation, des besoins et des souhaits de chaque "
           "ménage, recueillie lors d'un entretien à domicile ;"),
    ("li", "un plan de relogement par ménage, tenu à jour et partagé avec les réservataires ;"),
    ("li", "un accompagnement de chaque famille jusqu'à l'installation dans son nouveau "
           "logement, déménagement compris ;"),
    ("li", "un reste à charge maîtrisé et des parcours résidentiels choisis, notamment vers le "
           "parc neuf et hors du quartier prioritaire."),
    ("h1", "3. Déroulement de la mission"),
    ("p", "Phase 1 – Enquête sociale et diagnostic (octobre 2024 à janvier 2025). Entretiens à "
          "domicile avec chaque ménage, en présence d'un interprète si nécessaire ; analyse des "
          "ressources, de la composition familiale, de l'état de santé et des souhaits de "
          "localisation."),
    ("p", "Phase 2 – Plan de relogement et charte (février à avril 2025). Rédaction de la charte "
          "de relogement avec les partenaires, installation de la commission de relogement, "
          "plan de relogement de chaque ménage."),
    ("p", "Phase 3 – Accompagnement des relogements (mai 2025 à septembre 2026). Recherche de "
          "logements avec les réservataires, visites accompagnées, organisation et prise en "
          "charge des déménagements, démarches administratives : transfert des aides au "
          "logement, des contrats d'énergie, des inscriptions scolaires."),
    ("p", "Phase 4 – Suivi après relogement et bilan (octobre 2026 à mars 2027). Visite de "
          "chaque ménage six mois après son installation, enquête de satisfaction, bilan final "
          "remis à l'ANRU."),
    ("h1", "4. Décomposition du prix"),
    ("table", "prix"),
    ("note", "Prix de journée : 780 € HT. Les ménages supplémentaires issus d'une décohabitation "
             "(enfant majeur ou personne hébergée demandant un logement autonome) sont "
             "rémunérés 450 € HT chacun, en sus du forfait."),
    ("h1", "5. Équipe"),
    ("p", "Ancrages Conseil mobilise sur la mission :"),
    ("li", "Solène Marchetti, sociologue, directrice de mission : animation de la commission de "
           "relogement et relations avec les partenaires ;"),
    ("li", "Karim Bouzidi, chargé de relogement : entretiens, recherche de logements et visites, "
           "présent deux jours par semaine à la maison du projet ;"),
    ("li", "Élodie Fayolle, conseillère en économie sociale et familiale : accompagnement "
           "budgétaire des ménages fragiles et suivi après relogement ;"),
    ("li", "un interprète en langue turque, mobilisé à la demande pour une quinzaine de "
           "familles."),
    ("h1", "6. Avancement au 15 janvier 2026"),
    ("p", "Les phases 1 et 2 sont achevées. L'enquête sociale a permis de rencontrer 104 des 111 "
          "ménages, soit 94 % ; les sept autres ont refusé l'entretien ou n'ont pu être joints. "
          "La population est âgée : 41 % des titulaires de bail ont plus de 60 ans. Dix-neuf "
          "familles ont besoin d'un logement de cinq pièces ou plus, et seize ménages avaient "
          "une dette de loyer au moment de l'enquête. Enfin, 58 % des ménages souhaitaient "
          "rester aux Brandelles."),
    ("p", "Les ménages rencontrés se répartissent ainsi :"),
    ("table", "menages"),
    ("p", "La charte de relogement a été signée le 11 avril 2025 par huit partenaires, parmi "
          "lesquels l'État, l'Agglomération, la Ville, les deux bailleurs du quartier et Action "
          "Logement. La commission de relogement s'est réunie onze fois depuis mars 2025."),
    ("p", "Au 15 janvier 2026, 63 ménages ont été relogés : 49 ménages de la tour Héron et 14 "
          "de la barre Courlis. Douze autres ont accepté une proposition et signeront leur bail "
          "d'ici à la fin du mois de février. Il reste donc 36 ménages à reloger, dont onze "
          "grandes familles."),
    ("p", "Parmi les ménages relogés, 42 sont restés aux Brandelles et 21 ont quitté le quartier "
          "prioritaire ; 27 ont emménagé dans un logement neuf ou livré depuis moins de cinq "
          "ans. Le reste à charge, loyer et charges déduction faite des aides au logement, a "
          "diminué de 9 € par mois en moyenne. Aucun ménage n'a refusé trois propositions à ce "
          "jour, mais trois dossiers font l'objet d'un suivi renforcé."),
    ("p", "Clairval Habitat a mis neuf logements de son patrimoine à la disposition du "
          "relogement, dont quatre dans la résidence Sarcelle, dont la réhabilitation s'achève."),
    ("h1", "7. Points de vigilance"),
    ("li", "La démolition de la tour Héron, programmée à partir d'octobre 2026, suppose que le "
           "dernier ménage ait quitté l'immeuble au 30 juin 2026, avant le désamiantage."),
    ("li", "L'offre de grands logements reste insuffisante : la reconstitution ne comprend que "
           "six logements de cinq pièces, dont les premiers ne seront pas livrés avant la fin de "
           "2026."),
    ("li", "Les 38 logements sociaux de l'écoquartier des Vignes-Hautes, attendus en novembre "
           "2026, seront livrés trop tard pour les ménages de la tour Héron."),
    ("li", "Neuf demandes de décohabitation ont été enregistrées à ce jour ; leur nombre pourrait "
           "encore augmenter le coût de la mission."),
]


# ---------------------------------------------------------------------------
# 2. Contract-of-city action sheet on access to care: PDF (town 2)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = "Contrat de ville « Quartiers 2030 » – Serre-Thiérache Agglomération"
PD_HEADER_RIGHT = "FICHE ACTION N° 3.1.2"
PD_FOOTER = ("Ville de Marlencourt-sur-Serre – atelier santé ville – fiche adoptée par le comité "
             "de pilotage du contrat de ville du 12 juin 2025")
PD_AUTHOR = "Ville de Marlencourt-sur-Serre – centre communal d'action sociale"
PD_CREATOR = "Serre-Thiérache Agglomération"
PD_SUBJECT = "Fiche action n° 3.1.2 du contrat de ville – accès aux soins à la Marnière"
PD_KICKER = "CONTRAT DE VILLE « QUARTIERS 2030 » – SERRE-THIÉRACHE AGGLOMÉRATION"
PD_TITLE = "Fiche action n° 3.1.2 – Accès aux soins et prévention à la Marnière"
PD_SUBTITLE = ("Pilier Cohésion sociale – version adoptée par le comité de pilotage du "
               "12 juin 2025")
PD_FORM = [
    ("Pilier", "Cohésion sociale"),
    ("Axe", "Santé et accès aux droits"),
    ("Quartier", "La Marnière (Marlencourt-sur-Serre)"),
    ("Pilote", "Ville de Marlencourt-sur-Serre, centre communal d'action sociale (atelier santé "
               "ville)"),
    ("Référente", "Agnès Lemaire, coordinatrice de l'atelier santé ville"),
    ("Opérateurs", "Association Santé Partagée en Thiérache (médiation santé) ; centre de santé "
                   "municipal ; caisse primaire d'assurance maladie de l'Aisne ; service de "
                   "santé scolaire"),
    ("Partenaires", "Agence régionale de santé Hauts-de-France, Département de l'Aisne (PMI), "
                    "Serre-Thiérache Agglomération, Logis de la Serre, Clairval Habitat, centre "
                    "social de la Marnière, club omnisports de la Marnière"),
    ("Durée", "2025-2027"),
    ("Budget 2025-2027", "369 000 € de crédits de fonctionnement"),
]
PD_FUNDERS = [("État – crédits de la politique de la ville", 18000, 22000, 22000),
              ("Agence régionale de santé Hauts-de-France", 35000, 48000, 48000),
              ("Caisse primaire d'assurance maladie de l'Aisne", 12000, 12000, 12000),
              ("Ville de Marlencourt-sur-Serre", 26000, 30000, 30000),
              ("Département de l'Aisne", 10000, 10000, 10000),
              ("Logis de la Serre et Clairval Habitat (abattement TFPB)", 8000, 8000, 8000)]
PD_INDICATORS = [("Personnes accompagnées par la médiatrice santé (par an)", "–", "250"),
                 ("Assurés du quartier sans médecin traitant déclaré", "27 %", "18 %"),
                 ("Participation au dépistage organisé du cancer du sein", "34 %", "45 %"),
                 ("Élèves de CP ayant au moins une carie non soignée", "38 %", "25 %"),
                 ("Participants aux ateliers nutrition et activité physique (par an)", "–",
                  "40")]


def pd_funding_rows():
    e = probekit.eur
    rows = [["Financeur", "2025", "2026", "2027", "Total"]]
    for name, a, b, c in PD_FUNDERS:
        rows.append([name, e(a), e(b), e(c), e(a + b + c)])
    cols = [sum(f[i] for f in PD_FUNDERS) for i in (1, 2, 3)]
    rows.append(["Total"] + [e(v) for v in cols] + [e(sum(cols))])
    return rows


def pd_indicator_rows():
    return ([["Indicateur", "Référence 2024", "Cible 2027"]]
            + [list(r) for r in PD_INDICATORS])


def _check_pdf():
    cols = [sum(f[i] for f in PD_FUNDERS) for i in (1, 2, 3)]
    assert cols == [109000, 130000, 130000] and sum(cols) == 369000
    assert [a + b + c for _, a, b, c in PD_FUNDERS] == [62000, 131000, 36000, 86000, 30000,
                                                        24000]


PD_TABLES = {"financement": (pd_funding_rows, [200, 64, 64, 64]),
             "indicateurs": (pd_indicator_rows, [290, 90])}
PD_BLOCKS = [
    ("h", "1. Constat"),
    ("p", "La Marnière, au nord de Marlencourt-sur-Serre, compte 3 580 habitants, dont un sur "
          "trois a moins de vingt ans. Le quartier ne dispose plus que d'un seul médecin "
          "généraliste, âgé de 66 ans, qui a annoncé son départ en retraite pour la fin de "
          "l'année 2026 ; les deux autres cabinets ont fermé en 2019 et en 2023. La commune "
          "compte 6,1 généralistes pour 10 000 habitants, contre 7,8 pour l'ensemble de "
          "l'agglomération."),
    ("p", "Les effets de cette pénurie sont visibles : 27 % des assurés du quartier n'ont pas "
          "de médecin traitant déclaré, contre 11 % dans le reste de la commune. L'enquête "
          "menée en 2024 par le centre social auprès de 310 ménages montre que 19 % des adultes "
          "n'ont pas de complémentaire santé et qu'un sur quatre a renoncé à des soins dans "
          "l'année, le plus souvent dentaires ou ophtalmologiques."),
    ("p", "La prévention recule aussi. Seules 34 % des femmes de 50 à 74 ans du quartier ont "
          "participé au dépistage organisé du cancer du sein, contre 49 % dans l'agglomération. "
          "Au groupe scolaire Condorcet, 38 % des élèves de CP examinés en 2024 présentaient au "
          "moins une carie non soignée."),
    ("h", "2. Objectifs"),
    ("p", "L'action vise à :"),
    ("b", "maintenir une offre de médecine générale dans le quartier après le départ du dernier "
          "médecin ;"),
    ("b", "ouvrir les droits à l'assurance maladie et à la complémentaire santé de tous les "
          "habitants qui en sont privés ;"),
    ("b", "rapprocher la prévention et le dépistage des lieux de vie des habitants ;"),
    ("b", "réduire les problèmes de santé bucco-dentaire et de surpoids chez les enfants."),
    ("h", "3. Description de l'action"),
    ("p", "Action 1 – Médiation santé. Une médiatrice à temps plein, salariée de l'association "
          "Santé Partagée en Thiérache, tient trois permanences par semaine au centre social et "
          "accompagne les habitants dans leurs démarches : ouverture de droits, recherche d'un "
          "médecin traitant, prise de rendez-vous, accompagnement physique aux consultations "
          "si nécessaire."),
    ("p", "Action 2 – Antenne du centre de santé municipal. Une antenne ouvrira au "
          "rez-de-chaussée de la barre Corot, dans les locaux de l'ancienne agence de Logis de "
          "la Serre, avec deux médecins généralistes salariés et une infirmière en pratique "
          "avancée. L'ouverture est prévue le 1er octobre 2026. Les travaux d'aménagement, "
          "estimés à 410 000 € TTC, sont financés en investissement et n'entrent pas dans le "
          "budget de la présente fiche."),
    ("p", "Action 3 – Journées de dépistage. Le bus de prévention de la caisse primaire "
          "d'assurance maladie stationne six fois par an place du Mail : bilans de santé, "
          "dépistage des cancers, vaccinations, information sur la complémentaire santé "
          "solidaire."),
    ("p", "Action 4 – Nutrition et activité physique. Deux cycles de dix séances par an, animés "
          "par une diététicienne et un éducateur sportif du club omnisports de la Marnière, "
          "sont proposés aux familles et aux personnes orientées par leur médecin."),
    ("p", "Action 5 – Santé bucco-dentaire à l'école. Tous les élèves de CP et de CE1 du groupe "
          "scolaire Condorcet bénéficient d'un dépistage annuel ; les enfants qui ont besoin de "
          "soins sont orientés vers un chirurgien-dentiste, et la médiatrice s'assure avec les "
          "familles que le rendez-vous est honoré."),
    ("h", "4. Public visé"),
    ("p", "Habitants de la Marnière, en priorité les personnes sans médecin traitant ou sans "
          "complémentaire santé, les femmes éloignées du dépistage, les enfants scolarisés au "
          "groupe scolaire Condorcet et leurs familles."),
    ("h", "5. Plan de financement (en euros)"),
    ("table", "financement"),
    ("note", "Crédits de fonctionnement. La participation de la Ville couvre la coordination "
             "de l'atelier santé ville et la mise à disposition des locaux du centre social. "
             "La participation des deux bailleurs est valorisée au titre de l'abattement de la "
             "taxe foncière sur les propriétés bâties ; elle n'est pas ventilée entre eux."),
    ("h", "6. Indicateurs"),
    ("table", "indicateurs"),
    ("h", "7. Calendrier"),
    ("b", "Juin 2025 : adoption de la fiche action"),
    ("b", "Septembre 2025 : recrutement de la médiatrice santé"),
    ("b", "Janvier 2026 : premier passage du bus de prévention place du Mail"),
    ("b", "1er octobre 2026 : ouverture de l'antenne du centre de santé"),
    ("b", "Décembre 2027 : évaluation finale de l'action"),
    ("h", "8. Suivi et évaluation"),
    ("p", "Un comité technique, coanimé par Agnès Lemaire et par le délégué départemental de "
          "l'agence régionale de santé, se réunit deux fois par an. Le bilan annuel est présenté "
          "au comité de pilotage du contrat de ville, coprésidé par Gérard Pichon, président de "
          "Serre-Thiérache Agglomération, et par le préfet de l'Aisne."),
    ("note", "Fiche adoptée par le comité de pilotage du contrat de ville du 12 juin 2025."),
]


# ---------------------------------------------------------------------------
# 3. Local daily's web article on the résidence Sarcelle: HTML (town 1)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Jarnessac : aux Brandelles, la résidence Sarcelle fait peau neuve – L'Éclaireur charentais</title>
<meta name="description" content="Jarnessac : Clairval Habitat a inauguré la rénovation des 96 logements de la résidence Sarcelle, aux Brandelles.">
<meta name="author" content="Aurélie Desbordes">
<meta property="article:published_time" content="2026-02-03T07:15:00+01:00">
<link rel="canonical" href="https://www.eclaireur-charentais.example/jarnessac/brandelles-residence-sarcelle-inauguree">
<style>.cookies{position:fixed;bottom:0;left:0;right:0}.partage a{margin-right:8px}</style>
<script>window.ecConsent = window.ecConsent || {statut: "inconnu"};</script>
</head>
<body>
<div class="cookies" role="dialog" aria-label="Consentement">
  <p>L'Éclaireur charentais et ses 118 partenaires déposent des cookies pour mesurer l'audience, personnaliser les contenus et les publicités et permettre le partage sur les réseaux sociaux. Vous pouvez modifier vos choix à tout moment depuis la page « Gestion des cookies ». <a href="#">Tout accepter</a> · <a href="#">Tout refuser</a> · <a href="/cookies/">Paramétrer</a></p>
</div>
<header class="bandeau">
  <p class="titre-journal"><a href="/">L'Éclaireur charentais</a></p>
  <p class="compte"><a href="/connexion/">Se connecter</a> · <a href="/abonnement/">S'abonner dès 1 € le premier mois</a></p>
  <nav class="menu">
    <ul>
      <li><a href="/jarnessac/">Jarnessac</a></li>
      <li><a href="/charente/">Charente</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/faits-divers/">Faits divers</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/sortir/">Sortir</a></li>
      <li><a href="/avis-de-deces/">Avis de décès</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil"><a href="/">Accueil</a> › <a href="/jarnessac/">Jarnessac</a> › Logement</nav>

<article class="article">
  <p class="surtitre">Jarnessac · Renouvellement urbain</p>
  <h1>Aux Brandelles, la résidence Sarcelle fait peau neuve</h1>
  <p class="signature">Par Aurélie Desbordes · Publié le <time datetime="2026-02-03T07:15">3 février 2026 à 7 h 15</time> · Mis à jour à 9 h 40</p>
  <div class="partage"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a> <a href="#">Copier le lien</a></div>
  <p class="chapo">Clairval Habitat a inauguré samedi la rénovation de ses 96 logements de la rue des Tonneliers. Façades isolées, fenêtres neuves, fin du chauffage au fioul : les locataires espèrent des hivers plus doux pour leur porte-monnaie. À deux cents mètres, la tour Héron se vide.</p>

  <p>Sous un ciel bas, une centaine de personnes se pressaient samedi 31 janvier devant le hall B de la résidence Sarcelle pour le traditionnel coupé de ruban. Des façades beige et vert d'eau ont remplacé le crépi gris des années 1970, les coursives ont été fermées, les halls entièrement refaits. « J'ai vécu trente-six ans avec du vent sous la porte-fenêtre. Cet hiver, je chauffe à 19 degrés et je n'ai plus froid », sourit Monique Chauvet, 68 ans, locataire au troisième étage depuis 1990.</p>
  <p>Construite en 1975, la résidence compte 96 logements répartis en trois bâtiments. Le chantier, mené en site occupé de novembre 2024 à janvier 2026, a coûté 5,3 millions d'euros, soit un peu plus de 55 000 euros par logement. Il a porté sur l'isolation des façades et des toitures, le remplacement des menuiseries, la ventilation et le raccordement au réseau de chaleur au bois de la ville, à la place de l'ancienne chaufferie au fioul.</p>
  <p>Selon le diagnostic établi à la réception des travaux, la résidence est passée de l'étiquette E à l'étiquette C, et sa consommation de chauffage a été divisée par deux.</p>

  <h2>Un loyer en hausse, des charges en baisse</h2>
  <p>Sur la quittance, l'effet se lit dans les deux sens. Les loyers augmentent de 4 %, soit 14 euros par mois en moyenne, mais le bailleur estime la baisse des charges de chauffage à 41 euros mensuels pour un trois-pièces. La hausse avait été soumise aux locataires au printemps 2024 : 71 % des votants l'avaient approuvée.</p>
  <p>« Nous avons travaillé avec les habitants dès la conception : le choix des couleurs, la fermeture des coursives et le local à vélos sont sortis des ateliers », explique Bertrand Ollivier, directeur territorial Nouvelle-Aquitaine de Clairval Habitat. Le projet a été dessiné par un cabinet d'architectes bordelais et réalisé par des entreprises de la région.</p>
  <p>Le bouclage financier associe l'ANRU, pour 0,8 million d'euros, la Région Nouvelle-Aquitaine (0,4 million), un éco-prêt de la Banque des Territoires (2,9 millions) et les fonds propres du bailleur (1,2 million).</p>

  <h2>La tour Héron se vide</h2>
  <p>Au pied de la tour Héron, l'ambiance est tout autre : les volets clos se multiplient. Sur les 76 ménages qui y vivaient à l'automne 2024, 49 ont déjà déménagé, accompagnés par le cabinet Ancrages Conseil, que Jarnessac Habitat a chargé du relogement. Quatre d'entre eux ont d'ailleurs posé leurs cartons dans la résidence Sarcelle rénovée.</p>
  <p>La démolition de la tour, douze étages construits en 1972, doit commencer en octobre. « Le relogement avance au rythme des familles, pas à celui du calendrier », assure Corinne Vallade, maire de Jarnessac, qui promet « un quartier ouvert sur la vallée, avec une vraie rue et une école neuve » d'ici à 2029.</p>
  <p>Ahmed Benali, président de l'amicale des locataires des Brandelles, reste prudent : « La Sarcelle, c'est une réussite. Mais à la barre Courlis, les habitants des cages qui restent debout attendent toujours de savoir quand leurs travaux commenceront. »</p>
  <p>Une réunion d'information sur la démolition de la tour Héron aura lieu le 24 février à 18 heures à la maison du projet, 2, allée des Vanniers.</p>

  <aside class="encadre">
    <h3>Repères – Les Brandelles</h3>
    <ul>
      <li>4 260 habitants, 1 720 logements dont 1 455 logements sociaux</li>
      <li>Convention de renouvellement urbain signée le 14 mai 2024 : 61,8 millions d'euros, dont 17,3 millions de subventions de l'ANRU</li>
      <li>124 logements démolis (la tour Héron et deux cages de la barre Courlis), autant de logements sociaux reconstruits dans l'agglomération</li>
      <li>Nouveau groupe scolaire des Vanniers : 12 classes, 8,7 millions d'euros, ouverture prévue à la rentrée 2028</li>
      <li>Maison du projet : 2, allée des Vanniers, ouverte du mardi au samedi</li>
    </ul>
  </aside>
  <p class="tags">Mots-clés : <a href="/tag/logement/">Logement</a> · <a href="/tag/brandelles/">Brandelles</a> · <a href="/tag/renovation-energetique/">Rénovation énergétique</a></p>
</article>

<aside class="colonne">
  <section class="plus-lus">
    <h2>Les plus lus</h2>
    <ol>
      <li><a href="/sports/basket-jarnessac-enchaine/">Basket : l'Union sportive de Jarnessac enchaîne une cinquième victoire</a></li>
      <li><a href="/jarnessac/rocade-travaux-deviation/">Travaux sur la rocade : une déviation mise en place jusqu'en avril</a></li>
      <li><a href="/charente/crue-fleuve-vigilance/">Crue : la vigilance jaune maintenue sur le fleuve jusqu'à jeudi</a></li>
    </ol>
  </section>
  <section class="lettre">
    <h2>Votre lettre du matin</h2>
    <p>Tous les jours à 7 heures, l'essentiel de l'actualité de Jarnessac et de la Charente dans votre boîte aux lettres électronique.</p>
    <form action="/newsletter/" method="post"><input type="email" name="courriel" placeholder="Votre adresse électronique"><button type="submit">Je m'abonne</button></form>
  </section>
</aside>

<section class="a-lire">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/jarnessac/brandelles-convention-signee/">Brandelles : 61,8 millions d'euros pour transformer le quartier</a></li>
    <li><a href="/jarnessac/tour-heron-relogement-debut/">Tour Héron : le relogement des locataires a commencé</a></li>
    <li><a href="/charente/logement-social-chantiers-2026/">Logement social : les chantiers attendus en 2026 en Charente</a></li>
  </ul>
</section>
</main>

<footer class="pied">
  <p>L'Éclaireur charentais – 14, rue du Minage – Jarnessac</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cookies/">Gestion des cookies</a> · <a href="/cgv/">Conditions générales de vente</a> · <a href="/publicite/">Publicité</a> · <a href="/contact/">Nous contacter</a></p>
  <p>© 2026 L'Éclaireur charentais. Tous droits réservés. Reproduction interdite sans autorisation.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 8 + 4 + 29 + 12 == 53  # tenths of M€: ANRU, Région, éco-prêt, fonds propres
    assert 5300000 // 96 == 55208 and 2026 - 1990 == 36


# ---------------------------------------------------------------------------
# 4. Minutes of the annual project review of the renewal convention: Markdown (town 2)
# ---------------------------------------------------------------------------
# operation, owner, cost (tenths of M€ TTC), ANRU subsidy (tenths of M€), state at 31 October
MD_OPERATIONS = [
    ("Démolition de la tour Le Nain (64 logements)", "Logis de la Serre", 27, 21,
     "Relogement en cours ; démolition à partir de septembre 2026"),
    ("Réhabilitation de la barre Corot (136 logements)", "Logis de la Serre", 89, 24,
     "Études de conception achevées ; travaux de mars 2026 à juin 2027"),
    ("Réhabilitation de la résidence Watteau (88 logements)", "Clairval Habitat", 46, 10,
     "Travaux en cours depuis septembre 2025"),
    ("Reconstitution de 64 logements sociaux hors du quartier (trois sites)",
     "Logis de la Serre", 102, 18, "20 logements en chantier rue des Verriers ; deux sites en "
     "cours d'acquisition"),
    ("Aménagement du mail de la Marnière et de la place centrale",
     "Serre-Thiérache Agglomération", 63, 22, "Maîtrise d'œuvre désignée en juillet 2025"),
    ("Maison du projet", "Ville de Marlencourt-sur-Serre", 3, 1, "Ouverte le 15 septembre 2025"),
]
# situation, households (the three "dont" lines break down the first one)
MD_REHOUSING = [("Relogés", 42), ("dont dans le quartier de la Marnière", 16),
                ("dont dans un autre quartier de Marlencourt-sur-Serre", 19),
                ("dont hors de la commune", 7),
                ("Proposition acceptée, bail à signer", 9),
                ("Sans solution à ce jour", 7)]


def md_tables():
    m = probekit.meur
    ops = ["| Opération | Maître d'ouvrage | Coût (M€ TTC) | Subvention ANRU (M€) | "
           "Avancement au 31 octobre 2025 |",
           "|---|---|---:|---:|---|"]
    for name, owner, cost, anru, state in MD_OPERATIONS:
        ops.append(f"| {name} | {owner} | {m(cost)} | {m(anru)} | {state} |")
    total = sum(n for s, n in MD_REHOUSING if not s.startswith("dont"))
    reh = ["| Situation des ménages de la tour Le Nain | Ménages | Part |", "|---|---:|---:|"]
    for label, n in MD_REHOUSING:
        share = "" if label.startswith("dont") else f"{round(100 * n / total)} %"
        reh.append(f"| {label} | {n} | {share} |")
    reh.append(f"| **Total** | **{total}** | **100 %** |")
    return "\n".join(ops), "\n".join(reh)


def _check_md():
    total = sum(n for s, n in MD_REHOUSING if not s.startswith("dont"))
    assert total == 58 and 16 + 19 + 7 == 42
    assert [round(100 * n / total) for s, n in MD_REHOUSING if not s.startswith("dont")] == \
        [72, 16, 12]
    assert 2960 < 11240 < 38500


MD_OPERATIONS_TABLE, MD_REHOUSING_TABLE = md_tables()
MD = """---
title: "Revue de projet annuelle 2025 du NPNRU de la Marnière – compte rendu"
date: 2025-11-26
lieu: "Maison du projet de la Marnière, 4, place du Mail, Marlencourt-sur-Serre"
organisateur: "Ville de Marlencourt-sur-Serre – direction du projet de renouvellement urbain"
redaction: "Olivier Masson, directeur du projet de renouvellement urbain"
quartier: "La Marnière, Marlencourt-sur-Serre (Aisne)"
diffusion: "Signataires de la convention, conseil citoyen de la Marnière"
tags: [NPNRU, revue de projet, relogement, avenant, Marnière, Clairval Habitat]
---

# Revue de projet annuelle 2025 – projet de renouvellement urbain de la Marnière

*Compte rendu de la réunion du mercredi 26 novembre 2025, maison du projet de la Marnière, de 9 h 30 à 12 h 15. Rédaction : Olivier Masson, directeur du projet de renouvellement urbain. Validé par les coprésidents le 8 décembre 2025.*

## Participants

La revue était coprésidée par **Frédéric Dumoulin**, maire de Marlencourt-sur-Serre, et **Isabelle Fournier**, directrice départementale adjointe des territoires de l'Aisne, déléguée territoriale adjointe de l'ANRU.

Ont également pris part à la réunion :

- Gérard Pichon, président de Serre-Thiérache Agglomération ;
- Nadia Guérin, directrice générale de Logis de la Serre ;
- Léa Brunet, chargée de mission relogement, Logis de la Serre ;
- Sandrine Gobert, directrice territoriale Hauts-de-France de Clairval Habitat ;
- Olivier Masson, directeur du projet de renouvellement urbain, Ville de Marlencourt-sur-Serre ;
- Bernadette Renaud, présidente du conseil citoyen de la Marnière ;
- un représentant d'Action Logement Services.

La Banque des Territoires et le Département de l'Aisne s'étaient excusés.

## 1. Avancement physique et financier

Olivier Masson rappelle que la convention, signée le 2 octobre 2024, représente 47,3 M€ TTC d'investissements, dont 13,9 M€ de subventions de l'ANRU. Le tableau ci-dessous présente les principales opérations.

""" + MD_OPERATIONS_TABLE + """

Au 31 octobre 2025, 27 % des subventions de l'ANRU sont engagées. Isabelle Fournier juge ce taux conforme au calendrier, la plupart des opérations lourdes n'ayant pas encore démarré, mais demande que les deux sites de reconstitution encore à acquérir le soient avant l'été 2026.

## 2. Relogement des ménages de la tour Le Nain

Au lancement du relogement, en mars 2024, 58 des 64 logements de la tour Le Nain étaient occupés. Léa Brunet présente la situation au 31 octobre 2025 :

""" + MD_REHOUSING_TABLE + """

Quinze ménages ont été relogés dans un logement neuf ou de moins de cinq ans. Du fait de cette part de logements récents, le reste à charge des ménages relogés a augmenté en moyenne de 6 € par mois ; Logis de la Serre a pris en charge la différence pendant un an pour les onze ménages aux ressources les plus faibles. Parmi les sept ménages sans solution figurent trois familles de six personnes ou plus, qui attendent des logements de cinq pièces. Nadia Guérin confirme l'objectif d'un relogement achevé au 30 avril 2026.

## 3. Clauses d'insertion

L'objectif inscrit dans la convention est de 38 500 heures d'insertion. Au 31 octobre 2025, 11 240 heures ont été réalisées par 52 personnes, dont 23 habitants de la Marnière. Le chantier de la résidence Watteau en a fourni 2 960 à lui seul.

## 4. Résidence Watteau

Sandrine Gobert fait le point sur la réhabilitation de la résidence Watteau (88 logements), engagée en septembre 2025 en site occupé : isolation des façades, remplacement des fenêtres et des chaudières individuelles, réfection des pièces humides. L'étiquette énergétique visée est C, contre F aujourd'hui. La fin des travaux est attendue en décembre 2026. Clairval Habitat a par ailleurs proposé deux logements de la résidence à des ménages de la tour Le Nain.

## 5. Expression du conseil citoyen

Bernadette Renaud présente trois demandes du conseil citoyen :

- garder un passage piéton éclairé le long de la tour Le Nain pendant toute la durée de la démolition ;
- ouvrir la maison du projet le samedi matin, au moins une fois par mois ;
- associer les habitants au choix des jeux et du mobilier du futur mail.

## 6. Projet d'avenant n° 1

Frédéric Dumoulin présente le projet d'avenant n° 1, qui porte sur la restructuration et l'extension du groupe scolaire Condorcet, porté à 14 classes. Le coût de l'opération est estimé à 6,4 M€ TTC ; la Ville sollicite 1,9 M€ de subventions de l'ANRU. Les travaux se dérouleraient en 2027 et 2028, en site occupé, par tranches. Isabelle Fournier indique que le dossier pourra être présenté au comité d'engagement de l'ANRU de février 2026 s'il est complet à la mi-janvier.

## 7. Relevé de décisions

À l'issue de la réunion, les coprésidents ont arrêté les décisions suivantes :

1. Le projet d'avenant n° 1 relatif au groupe scolaire Condorcet est approuvé ; le dossier complet sera transmis à la délégation territoriale de l'ANRU avant le 16 janvier 2026.
2. Le relogement des ménages de la tour Le Nain devra être achevé au 30 avril 2026 ; un point mensuel sera fait en comité technique.
3. Une enveloppe de 30 000 € est réservée en 2026 au fonds de participation des habitants de la Marnière.
4. Deux membres du conseil citoyen siégeront au jury de conception du mail de la Marnière.

## 8. Prochaines échéances

Le prochain comité de pilotage se réunira en mars 2026. La revue de projet 2026 aura lieu en novembre 2026.
"""


# ---------------------------------------------------------------------------
# 5. National agency's press release on the two amendments: plain text (both towns)
# ---------------------------------------------------------------------------
# label, Jarnessac, Marlencourt-sur-Serre
TX_PROJECTS = [("Département", "Charente", "Aisne"),
               ("Quartier", "Les Brandelles", "La Marnière"),
               ("Convention signée le", "14 mai 2024", "2 octobre 2024"),
               ("Montant initial (M€ TTC)", "61,8", "47,3"),
               ("Subventions ANRU initiales (M€)", "17,3", "13,9"),
               ("Objet de l'avenant n° 1", "Maison de santé", "Groupe scolaire"),
               ("Coût de l'avenant (M€ TTC)", "3,6", "6,4"),
               ("Subventions ANRU accordées (M€)", "0,9", "1,6"),
               ("Montant après avenant (M€ TTC)", "65,4", "53,7"),
               ("Subventions ANRU après avenant (M€)", "18,2", "15,5")]


def tx_table():
    w = 38
    lines = [f"{'':<{w}}{'Jarnessac':>18}{'Marlencourt':>18}", "-" * (w + 36)]
    for label, a, b in TX_PROJECTS:
        lines.append(f"{label:<{w}}{a:>18}{b:>18}")
    return "\n".join(lines)


def _check_txt():
    assert 618 + 36 == 654 and 473 + 64 == 537
    assert 173 + 9 == 182 and 139 + 16 == 155 and 9 + 16 == 25


TXT = """AGENCE NATIONALE POUR LA RÉNOVATION URBAINE
COMMUNIQUÉ DE PRESSE

Comité d'engagement : feu vert de l'ANRU aux avenants des Brandelles, à Jarnessac, et de la Marnière, à Marlencourt-sur-Serre

Paris, le 19 février 2026


Réuni le 17 février 2026, le comité d'engagement de l'Agence nationale pour la rénovation urbaine (ANRU) a examiné les projets d'avenant de deux quartiers de villes moyennes dont les conventions ont été signées en 2024 : les Brandelles, à Jarnessac (Charente), et la Marnière, à Marlencourt-sur-Serre (Aisne). Il a rendu un avis favorable aux deux avenants, qui portent chacun sur un équipement public, et accordé au total 2,5 millions d'euros de subventions supplémentaires.

Les deux projets se ressemblent : des quartiers de 3 500 à 4 300 habitants, construits entre le milieu des années 1960 et le milieu des années 1970, où un même bailleur, Clairval Habitat, possède plus de 350 logements aux côtés de l'office public local, et où une tour est en cours de relogement avant sa démolition.


1. LES BRANDELLES, À JARNESSAC : UNE MAISON DE SANTÉ ET UN CENTRE SOCIAL

L'avenant n° 1 ajoute au projet la construction d'un bâtiment qui réunira une maison de santé pluriprofessionnelle et le centre social des Brandelles, aujourd'hui installé dans des locaux préfabriqués. Il s'élèvera à l'angle de la rue des Gabariers et de la voie nouvelle ouverte à l'emplacement des cages C et D de la barre Courlis. L'opération, dont l'Agglomération du Pays de Jarnessac assure la maîtrise d'ouvrage, est estimée à 3,6 millions d'euros TTC ; l'ANRU y contribue à hauteur de 0,9 million. L'ouverture est attendue au début de l'année 2029.

Le comité a demandé qu'un point d'étape sur le relogement des ménages de la tour Héron lui soit présenté au second semestre 2026, la démolition de l'immeuble conditionnant le calendrier de l'ensemble du secteur.

« Pour attirer des soignants dans un quartier comme le nôtre, il faut leur offrir des locaux adaptés et une équipe. Ce bâtiment, c'est la promesse que les Brandelles ne deviendront pas un désert médical », a réagi Corinne Vallade, maire de Jarnessac.


2. LA MARNIÈRE, À MARLENCOURT-SUR-SERRE : LE GROUPE SCOLAIRE CONDORCET

L'avenant n° 1 porte sur la restructuration et l'extension du groupe scolaire Condorcet, qui passera à 14 classes. Le coût de l'opération, conduite par la Ville, est estimé à 6,4 millions d'euros TTC. La Ville sollicitait 1,9 million d'euros ; le comité d'engagement a accordé 1,6 million, les locaux périscolaires et la restauration scolaire n'ayant pas été retenus dans l'assiette subventionnable. Les travaux se dérouleront en 2027 et 2028, par tranches, sans fermeture de l'école.

« C'est un peu moins que ce que nous espérions, mais l'essentiel est là. Les enfants de la Marnière auront une école à la hauteur du quartier que nous reconstruisons », a déclaré Frédéric Dumoulin, maire de Marlencourt-sur-Serre.


3. LES DEUX PROJETS EN CHIFFRES

""" + tx_table() + """

L'intitulé complet de l'avenant de Jarnessac est « Maison de santé pluriprofessionnelle et centre social des Brandelles ».


4. CLAIRVAL HABITAT, UN BAILLEUR PRÉSENT DANS LES DEUX QUARTIERS

Le comité a pris acte de l'avancement des deux réhabilitations conduites par Clairval Habitat. Aux Brandelles, la résidence Sarcelle (96 logements) a été livrée en janvier 2026, pour un coût de 5,3 millions d'euros, dont 0,8 million de subventions de l'ANRU. À la Marnière, les travaux de la résidence Watteau (88 logements, 4,6 millions d'euros, dont 1 million de l'ANRU) ont commencé en septembre 2025 et doivent s'achever en décembre 2026.


5. PROCHAINES ÉTAPES

- signature des deux avenants par l'ensemble des signataires des conventions au printemps 2026 ;
- à Jarnessac, départ du dernier ménage de la tour Héron au plus tard le 30 juin 2026, puis démolition à partir d'octobre 2026 ;
- à Marlencourt-sur-Serre, fin du relogement de la tour Le Nain au 30 avril 2026, puis démolition à partir de septembre 2026 ;
- point d'étape sur le relogement de la tour Héron devant le comité d'engagement au second semestre 2026.


À propos de l'ANRU
L'Agence nationale pour la rénovation urbaine accompagne les collectivités et les bailleurs sociaux dans la transformation des quartiers prioritaires de la politique de la ville. Son comité d'engagement examine les projets de convention et d'avenant avant leur signature.

Contact presse : Camille Texier – service de presse de l'ANRU – presse@anru.example
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe22.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=5, header_fill="5B2C6F",
        total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"financement"},
        form_label_w=125, theme=THEME_PLUM, header_left=PD_HEADER_LEFT,
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
