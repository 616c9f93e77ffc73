#!/usr/bin/env python3
"""Generate the five probe13 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Castelbrune (Charente, Nouvelle-Aquitaine), quartier prioritaire de la Merlerie
        (agglomeration: Grand Castelbrune; social landlords Castelbrune Habitat, an OPH, and
        Solvéa Habitat, a regional SA d'HLM; buildings named after gemstones: tour Opale,
        barre Jaspe, immeuble Agate, tour Grenat, résidences Béryl and Topaze)
    - note-methodologique-maillage-urbain-conseil-evaluation-mi-parcours-merlerie-castelbrune.pdf
        (a consultancy's reply to a tender, dated 17 September 2025: labelled form, the firm's
        reading of the project with figures at 30 June 2025 taken from the tender file,
        evaluation questions, a phase table with days and prices, a team table with days and
        daily rates, short CVs, the firm's references (one in town 2, amount without team),
        price breakdown with VAT and validity)
    - lettre-de-la-merlerie-n9-decembre-2025-castelbrune.md
        (residents' newsletter of the project office, December 2025, with YAML front matter:
        councillor's editorial, rehousing at 30 November 2025, demolition of the Agate building,
        school foundation stone, refurbishment progress, neighbourhood management, night
        mediators, jobs, an agenda table and a contact list)
Town 2: Sarlieu-les-Forges (Dordogne, Nouvelle-Aquitaine), quartier prioritaire des Gravillières
        (agglomeration: Sarlieu Agglomération; social landlords Solvéa Habitat and Brunelle
        Habitat, an OPH; buildings Charmes, Érables, tour Frênes; a private condominium, Le
        Panoramique)
    - courrier-val-de-brunelle-entretien-ollivier-bazin-gravillieres-sarlieu-les-forges.html
        (regional daily, 14 November 2025: interview of the deputy mayor in charge of urban
        policy and public safety, as questions and answers inside an <article>, with a cookie
        banner, navigation, a "Repères" box, "Lire aussi" links and a footer around it; some
        facts only in the box)
    - communique-prefecture-plan-de-sauvegarde-copropriete-le-panoramique-sarlieu-les-forges.txt
        (prefecture press release, 6 October 2025: approval of the condominium recovery plan,
        "En bref" fields, the condominium's difficulties, measures, a financing list by funder
        with amounts and shares, a timetable, quotes of the prefect and the mayor)
Both towns:
    - solvea-habitat-rapport-activite-2024-extrait-renouvellement-urbain-merlerie-gravillieres.docx
        (the social landlord's annual report 2024, chapter on urban renewal, dated June 2025:
        labelled fields, key figures per neighbourhood in a table, a table of rehousing outcomes
        per building at 31 December 2024, demolition, refurbishment, replacement homes, TFPB
        tax-relief actions, public safety, job-insertion hours, targets for 2025)

The documents overlap on purpose: Solvéa Habitat works in both neighbourhoods and reports
figures for both side by side; rehousing is counted at several dates (31 December 2024 in the
report, 30 June 2025 in the tender file, end of October and 30 November 2025 in the interview
and the newsletter); refurbishment targets for 2025 in the report against achievements in the
newsletter; demolition costs given for one building only; an amendment in preparation in town 1
only; both towns have a deputy mayor, a relocation officer and several named managers, while
some roles (e.g. the head of Brunelle Habitat) are never named. The consultancy names a mission
in town 2 with its amount but without its team.

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, with helpers taken from evals/probe12/make_docs.py.
All text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe13.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents (a paragraph, list item, table cell, heading or text paragraph; read back from the
written files, and for the PDF inside one run of lines sharing the same left edge on one page),
every answer fact must occur in one of its gold documents, every near-doc tag must name a
document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe13/make_docs.py
"""
import html.parser
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe13.jsonl")
QID_PREFIX = "q13"

FN_DOCX = ("solvea-habitat-rapport-activite-2024-extrait-renouvellement-urbain-"
           "merlerie-gravillieres.docx")
FN_PDF = ("note-methodologique-maillage-urbain-conseil-evaluation-mi-parcours-"
          "merlerie-castelbrune.pdf")
FN_MD = "lettre-de-la-merlerie-n9-decembre-2025-castelbrune.md"
FN_HTML = ("courrier-val-de-brunelle-entretien-ollivier-bazin-gravillieres-"
           "sarlieu-les-forges.html")
FN_TXT = ("communique-prefecture-plan-de-sauvegarde-copropriete-le-panoramique-"
          "sarlieu-les-forges.txt")

ZIP_DT = (2025, 6, 19, 10, 0, 0)
DOCX_DATE = "2025-06-19T10:00:00Z"
PDF_DATE = "D:20250917160000+02'00'"


def _eur(v):
    return f"{v:,}".replace(",", " ") if v else "–"


# ---------------------------------------------------------------------------
# 1. Social landlord's annual report 2024, urban-renewal chapter: DOCX (both towns)
# ---------------------------------------------------------------------------
DX_COMPANY = "Solvéa Habitat"
DX_DOC_KIND = "Rapport d'activité 2024 – extrait"
DX_HEADER = "Solvéa Habitat – Rapport d'activité 2024 – Chapitre 4 : renouvellement urbain"
DX_FOOTER = ("Solvéa Habitat – société anonyme d'HLM – 18, avenue de la Gare – Castelbrune – "
             "extrait du rapport d'activité 2024")
DX_KICKER = "RAPPORT D'ACTIVITÉ 2024 – EXTRAIT"
DX_TITLE = "Chapitre 4 – Renouvellement urbain : nos deux quartiers en projet"
DX_SUBTITLE = ("La Merlerie (Castelbrune) et les Gravillières (Sarlieu-les-Forges) – situation au "
               "31 décembre 2024")
DX_KEYWORDS = ("rapport d'activité; NPNRU; relogement; Merlerie; Castelbrune; Gravillières; "
               "Sarlieu-les-Forges; TFPB; insertion")
DX_FIELDS = [
    ("Organisme", "Solvéa Habitat, société anonyme d'habitations à loyer modéré"),
    ("Patrimoine au 31 décembre 2024", "14 850 logements locatifs, dont 870 dans les deux "
                                       "quartiers en renouvellement urbain"),
    ("Directrice générale", "Véronique Testud-Manciet"),
    ("Rédaction du chapitre", "Direction du développement et du renouvellement urbain "
                              "(Stéphane Roumagnac, directeur)"),
    ("Approbation", "Rapport présenté à l'assemblée générale des actionnaires du 19 juin 2025"),
]
# Relocation outcomes per building: to rehouse, rehoused, outside QPV, new or < 5 years,
# rehoused with a controlled remaining cost (count; shown as a share).
DX_RELOC = [
    ("Immeuble Agate – La Merlerie", 47, 39, 16, 9, 37),
    ("Bâtiment Charmes – Les Gravillières", 58, 58, 21, 12, 58),
    ("Bâtiment Érables – Les Gravillières", 46, 19, 8, 3, 17),
]


def _pct(a, b):
    return f"{round(100 * a / b)} %"


def dx_reloc_rows():
    rows = [["Opération", "Ménages à reloger", "Ménages relogés",
             "dont hors quartier prioritaire", "dont logement neuf ou de moins de 5 ans",
             "Reste à charge maîtrisé"]]
    for name, todo, done, out, new, rac in DX_RELOC:
        rows.append([name, str(todo), str(done), str(out), str(new), _pct(rac, done)])
    tot = [sum(r[i] for r in DX_RELOC) for i in range(1, 6)]
    rows.append(["Total", *[str(v) for v in tot[:4]], _pct(tot[4], tot[1])])
    return rows


DX_TABLES = {
    "keyfigs": [
        ["Indicateur au 31 décembre 2024", "La Merlerie (Castelbrune)",
         "Les Gravillières (Sarlieu-les-Forges)"],
        ["Logements de Solvéa Habitat dans le quartier", "310", "560"],
        ["Logements à démolir (convention ANRU)", "54 (immeuble Agate)",
         "136 (bâtiments Charmes et Érables)"],
        ["Logements démolis", "0", "72"],
        ["Logements à réhabiliter", "256", "248"],
        ["Logements réhabilités livrés en 2024", "84", "60"],
        ["Logements de reconstitution livrés (cumul)", "36", "24"],
        ["Taux de vacance", "6,8 %", "11,2 %"],
        ["Actions financées par l'abattement de TFPB en 2024", "61 000 €", "118 000 €"],
        ["Heures d'insertion réalisées en 2024", "3 420", "5 960"],
    ],
    "reloc": dx_reloc_rows(),
}
DX_WIDTHS = {"keyfigs": [4200, 2700, 2700], "reloc": [2500, 1300, 1300, 1500, 1700, 1300]}
DX_SECTIONS = [
    ("h1", "4.1 L'essentiel de l'année"),
    ("p", "En 2024, Solvéa Habitat a consacré 11,6 M€ à ses opérations de renouvellement urbain, "
          "contre 7,9 M€ en 2023. L'année a été marquée par la démolition du bâtiment Charmes aux "
          "Gravillières, achevée en novembre, et par la livraison de la résidence Le Pré "
          "Saint-Roch, première opération de reconstitution de l'offre de la société à "
          "Castelbrune."),
    ("p", "Dans les deux quartiers, 116 ménages ont été relogés depuis le début des opérations, "
          "dont 52 au cours de l'année 2024."),
    ("p", "« Reloger, démolir et réhabiliter en même temps, dans deux villes, demande une équipe "
          "dédiée : c'est pourquoi nous avons créé cette année un pôle relogement de quatre "
          "personnes », explique Véronique Testud-Manciet, directrice générale."),
    ("p", "Le pôle relogement, dirigé par Ingrid Vallet-Moreau, suit chaque ménage depuis "
          "l'enquête sociale jusqu'à six mois après son emménagement."),
    ("h1", "4.2 Chiffres clés par quartier"),
    ("table", "keyfigs"),
    ("note", "Le taux de vacance des Gravillières comprend les logements du bâtiment Érables "
             "laissés vacants en vue de sa démolition."),
    ("h1", "4.3 Relogement"),
    ("p", "Dans chaque quartier, la charte de relogement signée avec l'État, l'agglomération, la "
          "ville et les bailleurs fixe les mêmes engagements : trois propositions de logement au "
          "plus par ménage, un reste à charge maîtrisé et au moins 40 % de relogements hors du "
          "quartier prioritaire."),
    ("table", "reloc"),
    ("note", "Reste à charge maîtrisé : part des ménages relogés dont le loyer résiduel, charges "
             "comprises, est égal ou inférieur à celui de leur ancien logement."),
    ("p", "Les derniers locataires du bâtiment Charmes ont quitté les lieux en mars 2024. Aux "
          "Gravillières, 27 ménages restent à reloger dans le bâtiment Érables ; à la Merlerie, 8 "
          "ménages occupent encore l'immeuble Agate."),
    ("p", "Deux ménages de l'immeuble Agate ont refusé les trois propositions qui leur ont été "
          "faites ; leur situation a été soumise en décembre à la commission de suivi de la "
          "charte."),
    ("h1", "4.4 Démolition, réhabilitation et reconstitution de l'offre"),
    ("p", "Aux Gravillières, la déconstruction du bâtiment Charmes, confiée à l'entreprise Brisson "
          "Déconstruction, a duré sept mois, d'avril à novembre 2024, pour un coût de 2,3 M€ TTC, "
          "dont 1,4 M€ pris en charge par l'ANRU. Le terrain libéré accueillera un square et la "
          "future maison des habitants."),
    ("p", "À la Merlerie, la réhabilitation des 256 logements de Solvéa Habitat a commencé en mars "
          "2024 ; 84 logements ont été livrés dans l'année. Le programme comprend l'isolation des "
          "façades, le remplacement des menuiseries et la rénovation des salles de bains, pour un "
          "coût moyen de 48 500 € TTC par logement, et vise l'étiquette énergétique C."),
    ("p", "Aux Gravillières, 60 logements de la résidence Les Églantiers ont été réhabilités en "
          "2024 ; les 188 autres le seront en 2025 et 2026."),
    ("p", "La résidence Le Pré Saint-Roch (36 logements, dont 12 financés en PLAI), livrée en "
          "décembre 2024 dans le quartier de Fontvieille, est la première opération de "
          "reconstitution de Solvéa Habitat hors de la Merlerie. À Sarlieu-les-Forges, la "
          "résidence Le Clos des Vignerons (24 logements) a été mise en service en juillet 2024, "
          "rue des Chamoiseurs, hors du quartier prioritaire."),
    ("h1", "4.5 Gestion urbaine de proximité et tranquillité"),
    ("p", "En contrepartie de l'abattement de 30 % de la taxe foncière sur les propriétés bâties, "
          "Solvéa Habitat a financé en 2024 des actions pour 179 000 € dans les deux quartiers."),
    ("li", "Renforcement de la présence des gardiens en soirée et le samedi"),
    ("li", "Enlèvement des dépôts sauvages et des encombrants"),
    ("li", "Chantiers éducatifs d'été pour les jeunes de 16 à 21 ans"),
    ("li", "Soutien aux associations de locataires"),
    ("p", "Aux Gravillières, Solvéa Habitat a signé le 4 avril 2024 avec la Ville de "
          "Sarlieu-les-Forges une convention de coopération qui permet à la police municipale de "
          "patrouiller dans les halls et les parkings. Neuf gardiens y sont désormais présents, "
          "contre sept en 2023."),
    ("p", "À la Merlerie, la société participe au financement de la médiation de nuit assurée par "
          "l'association Relais Nuit Castelbrune, à hauteur de 18 000 € par an."),
    ("h1", "4.6 Insertion par l'activité économique"),
    ("p", "Les clauses sociales des marchés de travaux ont permis de réaliser 9 380 heures "
          "d'insertion en 2024 dans les deux quartiers, au bénéfice de 41 personnes, dont 23 "
          "habitants des quartiers prioritaires. Le facilitateur des clauses du Grand Castelbrune "
          "et la Maison de l'emploi de Sarlieu-les-Forges accompagnent les entreprises."),
    ("h1", "4.7 Objectifs pour 2025"),
    ("li", "Achever le relogement des ménages de l'immeuble Agate au premier semestre 2025 et "
           "engager sa démolition."),
    ("li", "Reloger les 27 ménages restant dans le bâtiment Érables, dont la démolition est prévue "
           "en 2026."),
    ("li", "Livrer 110 logements réhabilités à la Merlerie et 94 aux Gravillières."),
    ("li", "Lancer la construction de 30 logements de reconstitution à Castelbrune, dans le "
           "quartier de Fontvieille."),
    ("note", "Montants toutes taxes comprises. Chiffres arrêtés au 31 décembre 2024. Source : "
             "direction du développement et du renouvellement urbain de Solvéa Habitat."),
]


def _check_docx():
    kf = DX_TABLES["keyfigs"]
    assert int(kf[1][1]) + int(kf[1][2]) == 870
    assert 61000 + 118000 == 179000 and 3420 + 5960 == 9380
    assert 72 + 64 == 136 and 248 - 60 == 188
    tot = [sum(r[i] for r in DX_RELOC) for i in range(1, 6)]
    assert tot[1] == 116 and 47 - 39 == 8 and 46 - 19 == 27, tot
    assert dx_reloc_rows()[-1][-1] == "97 %" and dx_reloc_rows()[1][-1] == "95 %"


# ---------------------------------------------------------------------------
# 2. Consultancy's methodological note and price offer: PDF (town 1)
# ---------------------------------------------------------------------------
PA_HEADER_LEFT = "Maillage Urbain Conseil – Offre MUC-2025-118 – Grand Castelbrune"
PA_HEADER_RIGHT = "Mémoire technique"
PA_FOOTER = ("Maillage Urbain Conseil – SCOP SARL – 7, rue des Remparts – Bordeaux – offre "
             "valable 120 jours")
PA_AUTHOR = "Maillage Urbain Conseil"
PA_CREATOR = "Maillage Urbain Conseil – Mathilde Caussade"
PA_SUBJECT = "Réponse à la consultation n° 2025-GC-047 du Grand Castelbrune"
PA_KICKER = "CONSULTATION N° 2025-GC-047 – GRAND CASTELBRUNE"
PA_TITLE = "Note méthodologique et proposition financière"
PA_SUBTITLE = ("Évaluation à mi-parcours du projet de renouvellement urbain de la Merlerie et "
               "préparation de l'avenant n° 1")
# Team: name (firm), role, daily rate (euros HT).
PA_TEAM = [
    ("Mathilde Caussade (Maillage Urbain Conseil)",
     "Directrice de mission, associée ; pilotage, comités, dossier d'avenant", 980),
    ("Bastien Lagardelle (Maillage Urbain Conseil)",
     "Chef de projet, urbaniste ; bilan, scénarios, maquette financière", 820),
    ("Ophélie N'Diaye (Maillage Urbain Conseil)",
     "Chargée d'études habitat et peuplement ; analyse du relogement", 690),
    ("Hervé Castaing (Échelle Humaine Études)",
     "Sociologue ; enquête auprès des ménages, ateliers", 760),
]
# Phases: label, content, days per team member (same order as PA_TEAM), optional?
PA_PHASES = [
    ("Phase 1 – Bilan de l'avancement",
     "Revue des 38 opérations de la convention, entretiens avec 15 partenaires, tableau de bord",
     (3, 6, 5, 0), False),
    ("Phase 2 – Évaluation des effets",
     "Enquête par questionnaire auprès de 300 ménages, dont 120 ménages relogés ; deux ateliers "
     "avec les habitants", (3, 5, 7, 8), False),
    ("Phase 3 – Scénarios d'ajustement",
     "Deux scénarios, avec ou sans démolition de la tour Grenat ; maquette financière actualisée",
     (4, 7, 4, 0), False),
    ("Phase 4 – Dossier d'avenant",
     "Rédaction du projet d'avenant, préparation du comité d'engagement de l'ANRU",
     (4, 4, 1, 0), False),
    ("Tranche optionnelle – Ateliers du conseil citoyen",
     "Trois ateliers de restitution et de débat avec le conseil citoyen de la Merlerie",
     (1, 2, 0, 3), True),
]


def _phase_cost(days):
    return sum(d * t[2] for d, t in zip(days, PA_TEAM, strict=True))


def pa_phase_rows():
    rows = [["Phase", "Contenu", "Jours", "Montant HT"]]
    firm_days = firm_cost = 0
    for label, content, days, optional in PA_PHASES:
        if optional:
            rows.append(["Total tranche ferme", "", str(firm_days), _eur(firm_cost) + " €"])
        rows.append([label, content, str(sum(days)), _eur(_phase_cost(days)) + " €"])
        if not optional:
            firm_days += sum(days)
            firm_cost += _phase_cost(days)
    all_days = sum(sum(p[2]) for p in PA_PHASES)
    rows.append(["Total général", "", str(all_days), _eur(_pa_total()) + " €"])
    return rows


def _pa_total():
    return sum(_phase_cost(p[2]) for p in PA_PHASES)


def pa_team_rows():
    rows = [["Intervenant", "Rôle dans la mission", "Jours", "Prix de journée HT"]]
    for k, (name, role, rate) in enumerate(PA_TEAM):
        rows.append([name, role, str(sum(p[2][k] for p in PA_PHASES)), _eur(rate) + " €"])
    return rows


def _check_pdf():
    costs = [_phase_cost(p[2]) for p in PA_PHASES]
    assert costs == [11310, 17950, 12420, 7890, 4900], costs
    assert sum(costs[:4]) == 49570 and _pa_total() == 54470
    assert _pa_total() * 12 // 10 == 65364
    assert [r[2] for r in pa_team_rows()[1:]] == ["15", "24", "17", "11"]
    assert 88 + 126 + 54 == 268 and 1040 + 310 == 1350 and 256 + 154 == 410


PA_FORM = [
    ("Pouvoir adjudicateur", "Grand Castelbrune, direction de l'habitat et du renouvellement "
                             "urbain"),
    ("Procédure", "Marché à procédure adaptée, avis publié le 21 juillet 2025"),
    ("Date limite de remise des offres", "19 septembre 2025 à 12 heures"),
    ("Candidat", "Maillage Urbain Conseil (mandataire), avec Échelle Humaine Études "
                 "(sous-traitant)"),
    ("Interlocutrice pour l'offre", "Mathilde Caussade, associée, directrice de mission"),
    ("Durée proposée", "7 mois, de novembre 2025 à mai 2026"),
    ("Montant de l'offre", f"{_eur(_pa_total())} € HT, soit {_eur(_pa_total() * 12 // 10)} € TTC "
                           "(tranche ferme et tranche optionnelle)"),
]
PA_TABLES = {"phases": (pa_phase_rows, [150, 223, 40]), "team": (pa_team_rows, [150, 203, 40])}
PA_BLOCKS = [
    ("h", "1. Notre compréhension du contexte"),
    ("p", "Le quartier de la Merlerie, au sud-est de Castelbrune, compte 1 650 logements, dont "
          "1 350 logements sociaux : 1 040 appartiennent à Castelbrune Habitat et 310 à Solvéa "
          "Habitat. Il accueille 4 300 habitants."),
    ("p", "La convention pluriannuelle de renouvellement urbain, signée le 24 mars 2021, prévoit "
          "la démolition de 268 logements (la tour Opale, la barre Jaspe et l'immeuble Agate), la "
          "reconstitution de 190 logements sociaux, dont 110 hors du quartier prioritaire, la "
          "réhabilitation de 410 logements et la reconstruction du groupe scolaire des Acacias. "
          "Son coût total est de 64,7 M€ TTC, dont 13,6 M€ de subventions de l'ANRU."),
    ("p", "La tour Opale (88 logements) a été démolie en 2023. D'après le dossier de "
          "consultation, au 30 juin 2025, 151 des 212 ménages à reloger l'avaient été, 72 "
          "logements sociaux avaient été reconstitués et 24 300 des 42 000 heures d'insertion "
          "prévues avaient été réalisées."),
    ("p", "Deux évolutions justifient aujourd'hui un avenant : le coût du groupe scolaire des "
          "Acacias est passé de 9,4 M€ à 10,8 M€ TTC, et Castelbrune Habitat souhaite démolir la "
          "tour Grenat (64 logements), dont la convention prévoit la réhabilitation. Le marché "
          "demande donc à la fois une évaluation de ce qui a été fait et une aide à la décision."),
    ("h", "2. Questions évaluatives"),
    ("b", "Les relogements ont-ils amélioré la situation résidentielle des ménages, et à quel "
          "coût pour eux ?"),
    ("b", "La diversification de l'habitat attendue à la Merlerie est-elle engagée ?"),
    ("b", "Les habitants perçoivent-ils une amélioration de la gestion et de la tranquillité du "
          "quartier ?"),
    ("b", "Le calendrier et la maquette financière restent-ils tenables, avec ou sans la "
          "démolition de la tour Grenat ?"),
    ("h", "3. Démarche proposée"),
    ("table", "phases"),
    ("p", "Calendrier prévisionnel : phase 1 en novembre et décembre 2025, phase 2 de décembre "
          "2025 à février 2026, phase 3 en mars et avril 2026, phase 4 en avril et mai 2026."),
    ("p", "La mission sera suivie par un comité technique mensuel et par trois comités de "
          "pilotage : au lancement, en février 2026 à l'issue de la phase 2, et en mai 2026 pour "
          "valider le dossier d'avenant."),
    ("p", "L'enquête auprès des ménages sera conduite en face à face, en décembre 2025 et janvier "
          "2026, par quatre enquêteurs d'Échelle Humaine Études formés par Hervé Castaing. Les "
          "questionnaires seront proposés en français, en arabe et en turc."),
    ("h", "4. Équipe et moyens"),
    ("table", "team"),
    ("b", "Mathilde Caussade – urbaniste, associée fondatrice de Maillage Urbain Conseil en 2009, "
          "24 ans d'expérience ; auparavant cheffe de projet politique de la ville dans une "
          "communauté urbaine."),
    ("b", "Bastien Lagardelle – urbaniste et économiste de l'aménagement, 11 ans d'expérience ; "
          "spécialiste des maquettes financières ANRU et des avenants."),
    ("b", "Ophélie N'Diaye – géographe, 6 ans d'expérience ; a suivi le relogement de plus de 400 "
          "ménages en Nouvelle-Aquitaine."),
    ("b", "Hervé Castaing – sociologue, gérant d'Échelle Humaine Études, 18 ans d'expérience "
          "d'enquêtes auprès des habitants des quartiers prioritaires."),
    ("h", "5. Références récentes"),
    ("b", "Sarlieu-les-Forges, quartier des Gravillières (2023-2024) : stratégie de relogement et "
          "diagnostic social pour Sarlieu Agglomération, 38 600 € HT."),
    ("b", "Agglomération de Vireuil : évaluation finale du contrat de ville 2015-2023 (2023), "
          "44 200 € HT."),
    ("h", "6. Décomposition du prix"),
    ("p", "Le prix global et forfaitaire est de 49 570 € HT pour la tranche ferme et de 4 900 € HT "
          "pour la tranche optionnelle, soit 54 470 € HT et 65 364 € TTC avec une TVA de 20 %. Il "
          "comprend les frais de déplacement, l'impression des questionnaires et leur traduction."),
    ("p", "Chaque phase est facturée après sa validation par le comité de pilotage. L'offre est "
          "valable 120 jours à compter de la date limite de remise des offres."),
    ("note", "Fait à Bordeaux, le 17 septembre 2025, pour Maillage Urbain Conseil : Mathilde "
             "Caussade, associée."),
]


# ---------------------------------------------------------------------------
# 3. Residents' newsletter of the project office: Markdown with front matter (town 1)
# ---------------------------------------------------------------------------
MD = """---
title: "La Lettre de la Merlerie – n° 9 – décembre 2025"
date: 2025-12-10
editeur: "Maison du projet de la Merlerie – Grand Castelbrune et Ville de Castelbrune"
diffusion: "Toutes les boîtes aux lettres du quartier"
---

# La Lettre de la Merlerie

**N° 9 – Décembre 2025** – Le journal du projet de renouvellement urbain de votre quartier

## Le mot de l'élu

Chères habitantes, chers habitants,

Cette année, le projet de la Merlerie a franchi plusieurs étapes visibles : les derniers locataires de l'immeuble Agate ont déménagé, la première pierre de la nouvelle école a été posée et les échafaudages ont fleuri sur les résidences de Solvéa Habitat. Je sais que les chantiers pèsent sur votre quotidien. Merci pour votre patience : en 2026, vous verrez le quartier changer encore.

*Didier Sauvanet, adjoint au maire de Castelbrune délégué au renouvellement urbain et à la politique de la ville*

## Relogement : la dernière ligne droite

Au 30 novembre 2025, 178 des 212 familles concernées par les démolitions ont trouvé un nouveau logement. Parmi elles, 81 ont choisi de quitter le quartier et 57 ont emménagé dans un logement neuf ou récent.

L'immeuble Agate est vide depuis le 26 septembre 2025, date du départ de ses derniers locataires. Les 34 familles qui restent à reloger habitent toutes la barre Jaspe.

Vous habitez la barre Jaspe et vous vous posez des questions ? Loïc Tardivel, chargé de relogement de Castelbrune Habitat, vous reçoit à la Maison du projet le mardi et le jeudi, de 14 h à 17 h.

## Immeuble Agate : comment va se dérouler la démolition

Les travaux commenceront le 12 janvier 2026 et dureront environ cinq mois. L'entreprise Brisson Déconstruction retirera d'abord l'amiante, puis démolira l'immeuble à la pelle mécanique, étage par étage. Pour limiter la gêne :

- le chantier fonctionnera du lundi au vendredi, de 7 h 30 à 17 h ;
- le passage piéton entre la rue des Cytises et l'arrêt de bus Merlerie-Centre sera dévié par la rue Lucie-Aubrac ;
- les poussières seront rabattues par brumisation et le bruit sera mesuré en continu ;
- une réunion publique aura lieu le 8 janvier 2026 à 18 h à la Maison du projet.

À la place de l'immeuble, un square sera aménagé en 2027. Venez le dessiner avec nous lors de l'atelier du 24 janvier !

## Groupe scolaire des Acacias : la première pierre est posée

Corinne Lavergnat, maire de Castelbrune, a posé le 18 octobre 2025 la première pierre du nouveau groupe scolaire des Acacias. Le bâtiment accueillera 14 classes, un restaurant scolaire et une salle de motricité. Il ouvrira à la rentrée de septembre 2027. Pendant les travaux, les élèves restent dans l'école actuelle.

## Réhabilitation : où en sont vos résidences ?

Chez Solvéa Habitat, 168 des 256 logements du quartier ont été rénovés à la fin novembre : façades isolées, fenêtres neuves et salles de bains refaites. Les derniers chantiers s'achèveront à l'été 2026.

Castelbrune Habitat commencera en mars 2026 la réhabilitation des 90 logements des résidences Béryl et Topaze. L'avenir de la tour Grenat, dont la démolition est à l'étude, sera décidé au printemps 2026.

## Votre cadre de vie

Le diagnostic en marchant du 7 octobre 2025 a réuni 27 habitants, les services de la Ville, les deux bailleurs et la police municipale. Il a relevé 48 problèmes ; 31 étaient réglés à la fin novembre, dont l'éclairage du parking des Ajoncs et la réparation des bancs du square Aimé-Césaire.

Nouveau : les encombrants sont désormais ramassés le premier mardi de chaque mois au pied de chaque immeuble, sans rendez-vous.

Les médiateurs de l'association Relais Nuit Castelbrune sont présents dans le quartier du mardi au samedi, de 18 h à 1 h du matin. Depuis septembre, l'équipe compte quatre médiateurs, contre trois auparavant.

## Emploi : les chantiers recrutent

Depuis 2021, 36 habitants de la Merlerie ont travaillé sur les chantiers du projet grâce aux clauses d'insertion. Le chantier d'insertion « Merlerie Nette », porté par la régie de quartier, emploie 12 salariés pour l'entretien des espaces verts. Renseignements auprès du facilitateur des clauses, à la Maison du projet, le mercredi matin.

## Agenda

| Date | Rendez-vous | Lieu |
|---|---|---|
| 8 janvier 2026, 18 h | Réunion publique sur la démolition de l'immeuble Agate | Maison du projet |
| 12 janvier 2026 | Début de la déconstruction de l'immeuble Agate | Rue des Cytises |
| 24 janvier 2026, 10 h | Atelier « Dessinons le futur square » | Centre social Les Ajoncs |
| 3 février 2026, 14 h | Permanence d'information sur les aides au logement | Maison du projet |
| Mars 2026 | Début de la réhabilitation des résidences Béryl et Topaze | Résidences Béryl et Topaze |

## Contacts

- Maison du projet : 2, place du Marché-Couvert, ouverte du mardi au vendredi, de 9 h à 12 h et de 14 h à 17 h 30
- Yasmina Berrada-Roux, animatrice de la Maison du projet
- Loïc Tardivel, chargé de relogement, Castelbrune Habitat
- Ingrid Vallet-Moreau, responsable du pôle relogement, Solvéa Habitat
- Anne-Laure Ribéraud, cheffe de projet renouvellement urbain, Grand Castelbrune

*La Lettre de la Merlerie est éditée par le Grand Castelbrune et la Ville de Castelbrune. Directrice de la publication : Corinne Lavergnat. Tirage : 2 400 exemplaires.*
"""


def _check_md():
    assert 212 - 178 == 34 and 168 <= 256 and 1040 - 90 - 64 > 0


# ---------------------------------------------------------------------------
# 4. Regional daily's interview of a deputy mayor: HTML (town 2)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Sarlieu-les-Forges. « Aux Gravillières, on ne démolit pas pour effacer le quartier » – Le Courrier du Val de Brunelle</title>
<meta name="description" content="Entretien avec Sandrine Ollivier-Bazin, adjointe au maire de Sarlieu-les-Forges, sur le renouvellement urbain des Gravillières.">
<meta name="author" content="Thibault Mérigot">
<meta property="article:published_time" content="2025-11-14T06:30:00+01:00">
<style>.bandeau-cookies{position:fixed;bottom:0}.abonnes{color:#b00}</style>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div class="bandeau-cookies">
  <p>Le Courrier du Val de Brunelle et ses partenaires utilisent des cookies pour mesurer l'audience et personnaliser les contenus. <a href="/cookies/">Paramétrer</a> · <a href="#">Tout accepter</a></p>
</div>
<header class="entete">
  <p class="titre-journal"><a href="/">Le Courrier du Val de Brunelle</a></p>
  <p class="date-edition">Vendredi 14 novembre 2025 – Édition de Sarlieu-les-Forges</p>
  <nav class="rubriques">
    <ul>
      <li><a href="/actualite/">Actualité</a></li>
      <li><a href="/sarlieu-les-forges/">Sarlieu-les-Forges</a></li>
      <li><a href="/perigord/">Périgord</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/abonnement/" class="abonnes">Je m'abonne</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil-ariane"><a href="/">Accueil</a> › <a href="/sarlieu-les-forges/">Sarlieu-les-Forges</a> › Entretien</nav>

<article class="entretien">
  <p class="surtitre">Sarlieu-les-Forges · Renouvellement urbain</p>
  <h1>« Aux Gravillières, on ne démolit pas pour effacer le quartier »</h1>
  <p class="signature">Propos recueillis par Thibault Mérigot · Publié le <time datetime="2025-11-14T06:30">14 novembre 2025 à 6 h 30</time></p>
  <p class="chapo">Trois ans après la signature de la convention avec l'Agence nationale pour la rénovation urbaine, le chantier des Gravillières entre dans sa phase la plus visible. Sandrine Ollivier-Bazin, adjointe au maire chargée de la politique de la ville et de la tranquillité publique, fait le point pour nos lecteurs.</p>

  <p class="question"><strong>Où en sont les démolitions ?</strong></p>
  <p>Le bâtiment Charmes a disparu du paysage à la fin de l'an dernier. Pour le bâtiment Érables, il reste onze familles à reloger ; elles devraient toutes avoir déménagé d'ici mars. La démolition suivra à l'été 2026. Quant à la tour Frênes, qui appartient à Brunelle Habitat, elle tombera en 2027.</p>

  <p class="question"><strong>Combien de familles ont déjà été relogées ?</strong></p>
  <p>Sur les 141 ménages concernés par les trois démolitions, 104 avaient été relogés à la fin du mois d'octobre. Tous n'ont pas quitté les Gravillières : environ un tiers ont choisi un logement hors du quartier, souvent en centre-ville. Personne n'a été relogé contre son gré, et chacun a reçu au plus trois propositions.</p>

  <p class="question"><strong>Les habitants du Panoramique, la grande copropriété du quartier, se sentent oubliés…</strong></p>
  <p>Ils ne le sont pas, et la signature du plan de sauvegarde par le préfet, début octobre, en est la preuve. Cette copropriété de 164 logements cumule plus d'un million d'euros de charges impayées. Le plan prévoit plus de sept millions d'euros de travaux, financés en majorité par l'Anah. La Ville y apportera 5 % et l'agglomération 10 %.</p>

  <p class="question"><strong>Le point de deal au pied de la tour Frênes inquiète les riverains. Que faites-vous ?</strong></p>
  <p>Nous avons installé cette année quatorze caméras de vidéoprotection, reliées au centre de supervision urbain. La police municipale patrouille désormais dans les halls grâce à la convention signée avec Solvéa Habitat. Depuis janvier, deux médiateurs de nuit sont présents du jeudi au dimanche. Mais la vraie réponse, c'est la démolition de la tour en 2027 et le réaménagement de la place.</p>

  <p class="question"><strong>Et les équipements promis aux habitants ?</strong></p>
  <p>La maison des habitants, qui réunira le centre social, une ludothèque et une antenne France services, sera construite à l'emplacement du bâtiment Charmes. Les travaux commencent en mars 2026, pour une ouverture au printemps 2027. Elle coûtera 3,6 millions d'euros, dont 1,1 million apporté par l'ANRU. Le city-stade de la rue Gambetta, lui, a été livré en juin.</p>

  <p class="question"><strong>L'opposition reproche à la municipalité de décider sans les habitants.</strong></p>
  <p>Je l'entends, mais les faits sont là : douze ateliers depuis 2022, un conseil citoyen de 19 membres qui siège au comité de pilotage, et une maison du projet ouverte quatre jours par semaine. Nous pouvons mieux faire, notamment auprès des jeunes.</p>

  <p class="question"><strong>Les chantiers profitent-ils aux gens du quartier ?</strong></p>
  <p>Oui. Plus de 11 000 heures d'insertion ont été réalisées depuis 2022 sur les chantiers du quartier, dont la moitié par des habitants des Gravillières. Nous visons 20 000 heures d'ici la fin du projet.</p>

  <p class="question"><strong>Quand le projet sera-t-il achevé ?</strong></p>
  <p>La convention court jusqu'en 2029. Le projet coûte 38,9 millions d'euros, dont 9,2 millions de subventions de l'ANRU. C'est un effort considérable pour une ville de 21 000 habitants.</p>

  <aside class="encadre">
    <h3>Repères</h3>
    <ul>
      <li>Les Gravillières : 1 120 logements, dont 900 logements sociaux, et 2 900 habitants</li>
      <li>Convention ANRU signée le 11 octobre 2022</li>
      <li>176 logements démolis d'ici 2027 : bâtiments Charmes (72) et Érables (64) de Solvéa Habitat, tour Frênes (40) de Brunelle Habitat</li>
      <li>120 logements sociaux reconstruits, dont 70 hors du quartier</li>
    </ul>
  </aside>
</article>

<section class="lire-aussi">
  <h2>Lire aussi</h2>
  <ul>
    <li><a href="/sarlieu-les-forges/conseil-municipal-budget-2026/">Conseil municipal : le budget 2026 en débat</a></li>
    <li><a href="/perigord/marche-de-noel-programme/">Marchés de Noël : le programme dans le Périgord</a></li>
    <li><a href="/sports/rugby-sarlieu-victoire/">Rugby : Sarlieu s'impose à domicile</a></li>
  </ul>
</section>
</main>

<footer class="pied">
  <p>Le Courrier du Val de Brunelle – 5, boulevard de la Liberté – Sarlieu-les-Forges</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgv/">Conditions générales</a> · <a href="/contact/">Nous contacter</a></p>
  <p>© 2025 Le Courrier du Val de Brunelle. Tous droits réservés.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 72 + 64 + 40 == 176 and 560 + 340 == 900
    assert 58 + (46 - 11) + 11 == 104  # Charmes, Érables, Frênes (11 of 37 rehoused)
    assert 58 + 46 + 37 == 141


# ---------------------------------------------------------------------------
# 5. Prefecture press release on a condominium recovery plan: plain text (town 2)
# ---------------------------------------------------------------------------
TX_FUNDERS = [("Anah", 3980000), ("Sarlieu Agglomération", 724000),
              ("Région Nouvelle-Aquitaine", 290000), ("Ville de Sarlieu-les-Forges", 362000),
              ("Copropriétaires", 1884000)]
TX_WORKS = 7240000


def _check_txt():
    assert sum(a for _, a in TX_FUNDERS) == TX_WORKS
    assert sum(round(100 * a / TX_WORKS) for _, a in TX_FUNDERS) == 100
    assert round(100 * 1140000 / 965000) == 118 and 164 + 9 == 173


TXT = f"""PRÉFET DE LA DORDOGNE
Liberté
Égalité
Fraternité

COMMUNIQUÉ DE PRESSE
Périgueux, le 6 octobre 2025

Sarlieu-les-Forges : le préfet approuve le plan de sauvegarde de la copropriété Le Panoramique


Laurent Castelnau-Rivière, préfet de la Dordogne, a signé le 2 octobre 2025 l'arrêté approuvant le plan de sauvegarde de la copropriété Le Panoramique, située dans le quartier prioritaire des Gravillières à Sarlieu-les-Forges. Le plan est conclu pour une durée de cinq ans.


EN BREF

Copropriété : Le Panoramique, 2 à 6 allée des Gravillières, Sarlieu-les-Forges
Lots principaux : 173 (164 logements et 9 locaux commerciaux)
Arrêté préfectoral : 2 octobre 2025
Durée du plan : 5 ans, jusqu'en octobre 2030
Montant des travaux : {_eur(TX_WORKS)} € HT
Coordinateur du plan : Copro Relais Sud-Ouest


UNE COPROPRIÉTÉ EN GRANDE DIFFICULTÉ

Construite en 1971, la copropriété Le Panoramique compte trois bâtiments de neuf étages (A, B et C). 61 % des logements sont occupés par leurs propriétaires.

Au 31 décembre 2024, les impayés de charges atteignaient 1 140 000 €, soit 118 % du budget annuel de fonctionnement de la copropriété (965 000 €).

Deux des trois ascenseurs sont à l'arrêt depuis 2023, et la chaufferie collective, d'origine, a connu quatre pannes majeures au cours de l'hiver 2024-2025.

L'étude pré-opérationnelle conduite en 2024 par Copro Relais Sud-Ouest a conclu à la nécessité d'un plan de sauvegarde. La commission chargée de l'élaborer, présidée par Marion Jacquelin-Poujol, secrétaire générale de la préfecture, a été installée le 14 mars 2024.


LES MESURES DU PLAN

1. Le redressement de la gestion : le syndic, le cabinet Maréchal-Guyonnet Immobilier, désigné en 2023, met en place un plan d'apurement des dettes et un recouvrement renforcé des charges impayées.

2. Les travaux : un programme de {_eur(TX_WORKS)} € HT, voté en deux tranches par l'assemblée générale des copropriétaires, comprend la mise en sécurité incendie, la remise en service des ascenseurs, le remplacement de la chaufferie, l'isolation des façades et la réfection des toitures-terrasses.

3. Le portage de lots : l'opérateur Patrimoine Solidaire Périgord pourra racheter jusqu'à 20 logements à des copropriétaires en difficulté, pour les remettre en état puis les revendre ou les louer.

4. L'accompagnement social : les ménages en difficulté seront suivis par les travailleurs sociaux du Département et pourront solliciter le Fonds de solidarité pour le logement.

5. Le suivi-animation : il est confié à Copro Relais Sud-Ouest pour cinq ans, pour un montant de 612 000 € TTC financé à parts égales par l'Anah et Sarlieu Agglomération. Aurélien Dufrêche en est le chef de projet.


FINANCEMENT DES TRAVAUX

""" + "".join(f"- {n} : {_eur(a)} € ({round(100 * a / TX_WORKS)} %)\n" for n, a in TX_FUNDERS) + """

CALENDRIER

- Octobre 2025 : installation de la commission de suivi du plan
- Décembre 2025 : assemblée générale extraordinaire et vote de la première tranche de travaux (sécurité incendie, ascenseurs, chaufferie)
- 2026 : travaux de la première tranche
- Juin 2026 : vote de la deuxième tranche de travaux (façades et toitures-terrasses)
- 2027 à 2029 : travaux de la deuxième tranche
- Octobre 2030 : fin du plan de sauvegarde


« Le redressement du Panoramique est indissociable de la transformation des Gravillières : on ne peut pas rénover les logements sociaux d'un côté de la rue et laisser se dégrader les logements privés de l'autre », a déclaré le préfet.

« La Ville sera aux côtés des copropriétaires, et d'abord de ceux qui ont le plus de mal à payer leurs charges », a souligné Jean-Marc Delpeyrat, maire de Sarlieu-les-Forges.

Le plan de sauvegarde est distinct du projet de renouvellement urbain des Gravillières, conduit par Sarlieu Agglomération avec l'ANRU, qui ne finance pas les travaux de la copropriété.


Contact presse :
Préfecture de la Dordogne – Bureau de la communication interministérielle
"""


# ===========================================================================
# DOCX writer (hand-built OOXML package)
# ===========================================================================
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _run(text, bold=False, italic=False, size=None, color=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(text, style=None, num=None, align=None, **run_kw):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{_run(text, **run_kw) if text else ''}</w:p>"


def _table(rows, widths, header_fill="385723", label_col=False):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
           f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    for i, row in enumerate(rows):
        out.append("<w:tr>")
        for j, val in enumerate(row):
            head = (i == 0 and not label_col)
            label = label_col and j == 0
            fill = header_fill if head else ("DDEBF7" if label else None)
            tcpr = f'<w:tcW w:w="{widths[j]}" w:type="dxa"/>'
            if fill:
                tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
            bold = head or label or (not label_col and row[0].startswith("Total"))
            color = "FFFFFF" if head else None
            out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>"
                       f"{_para(val, style='TableText', bold=bold, color=color)}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx_body():
    parts = [
        _para(DX_KICKER, style="Kicker"),
        _para(DX_TITLE, style="Title"),
        _para(DX_SUBTITLE, style="Subtitle"),
        _table([list(f) for f in DX_FIELDS], [2600, 7000], label_col=True),
        _para(""),
    ]
    widths = DX_WIDTHS
    for kind, text in DX_SECTIONS:
        if kind == "h1":
            parts.append(_para(text, style="Heading1"))
        elif kind == "p":
            parts.append(_para(text))
        elif kind == "li":
            parts.append(_para(text, style="ListParagraph", num=1))
        elif kind == "note":
            parts.append(_para(text, style="Note"))
        elif kind == "table":
            parts.append(_table(DX_TABLES[text], widths[text]))
            parts.append(_para(""))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId4"/>'
            '<w:footerReference w:type="default" r:id="rId5"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1304" w:right="1134" w:bottom="1304" w:left="1134" '
            'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    return (XML_DECL + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
            + "".join(parts) + sect + "</w:body></w:document>")


DOCX_STYLES = XML_DECL + f"""<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:i/><w:color w:val="595959"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kicker"><w:name w:val="Kicker"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:caps/><w:color w:val="C55A11"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr><w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

DOCX_NUMBERING = XML_DECL + f"""<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""

DOCX_CONTENT_TYPES = XML_DECL + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

DOCX_ROOT_RELS = XML_DECL + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCX_DOC_RELS = XML_DECL + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""


def _hdr_ftr(tag, text, style):
    return (XML_DECL + f'<w:{tag} xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            + _para(text, style=style) + f"</w:{tag}>")


def docx_core():
    return (XML_DECL + '<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(DX_TITLE)}</dc:title>"
            f"<dc:subject>{escape(DX_DOC_KIND + ' – ' + DX_SUBTITLE)}</dc:subject>"
            f"<dc:creator>{escape(DX_COMPANY)}</dc:creator>"
            f"<cp:keywords>{escape(DX_KEYWORDS)}</cp:keywords>"
            f"<cp:lastModifiedBy>{escape(DX_COMPANY)}</cp:lastModifiedBy><cp:revision>4</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{DOCX_DATE}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{DOCX_DATE}</dcterms:modified>'
            "</cp:coreProperties>")


DOCX_APP = XML_DECL + ("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                       f"<Application>Microsoft Office Word</Application><Company>{escape(DX_COMPANY)}</Company></Properties>")


def write_docx():
    members = [
        ("[Content_Types].xml", DOCX_CONTENT_TYPES),
        ("_rels/.rels", DOCX_ROOT_RELS),
        ("docProps/core.xml", docx_core()),
        ("docProps/app.xml", DOCX_APP),
        ("word/document.xml", docx_body()),
        ("word/_rels/document.xml.rels", DOCX_DOC_RELS),
        ("word/styles.xml", DOCX_STYLES),
        ("word/numbering.xml", DOCX_NUMBERING),
        ("word/header1.xml", _hdr_ftr("hdr", DX_HEADER, "Header")),
        ("word/footer1.xml", _hdr_ftr("ftr", DX_FOOTER, "Footer")),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zf.writestr(zi, text.encode("utf-8"))
    with open(os.path.join(OUT, FN_DOCX), "wb") as f:
        f.write(buf.getvalue())


# ===========================================================================
# PDF writer (hand-built, standard Type1 fonts, WinAnsiEncoding)
# ===========================================================================
# Helvetica advance widths (AFM) for ASCII 32..126, per 1000 em.
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_HELV_B = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
           556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
           975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
           667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
           333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
           611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
# Non-ASCII WinAnsi characters: width taken from a base letter, or given directly.
_BASE = {"à": "a", "â": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
         "î": "i", "ï": "i", "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "À": "A",
         "Â": "A", "Ç": "C", "É": "E", "È": "E", "Ê": "E", "Î": "I", "Ô": "O", "Ù": "U",
         "Û": "U", "\u00a0": " "}
_DIRECT = {"€": 556, "–": 556, "—": 1000, "«": 556, "»": 556, "’": 222, "°": 400, "²": 333,
           "œ": 944, "Œ": 1000, "…": 1000, "•": 350}


def _cw(ch, bold):
    table = _HELV_B if bold else _HELV
    ch = _BASE.get(ch, ch)
    if ch in _DIRECT:
        return _DIRECT[ch]
    o = ord(ch)
    if 32 <= o <= 126:
        return table[o - 32]
    return 600


def text_width(s, size, bold=False):
    return sum(_cw(c, bold) for c in s) * size / 1000.0


def wrap(text, size, width, bold=False):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if text_width(cand, size, bold) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _pdf_info_str(s):
    """Document-information string: UTF-16BE with byte-order mark, as a hex string."""
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def _widths_array(bold):
    ws = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            ws.append(0)
            continue
        ws.append(_cw(ch, bold) if (ch in _BASE or ch in _DIRECT or 32 <= code <= 126) else 556)
    return "[" + " ".join(str(w) for w in ws) + "]"


PAGE_W, PAGE_H = 595.28, 841.89
MARGIN_L, MARGIN_R = 56.0, 56.0
TOP_Y, BOTTOM_Y = 780.0, 62.0
CONTENT_W = PAGE_W - MARGIN_L - MARGIN_R
FONTS = {"R": "F1", "B": "F2", "I": "F3"}


class Layout:
    """Very small flow layout: lines of text, rules and rectangles, page by page."""

    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = TOP_Y

    def ensure(self, h):
        if self.y - h < BOTTOM_Y:
            self.new_page()

    def text(self, x, y, s, style="R", size=9.5, color=(0, 0, 0)):
        r, g, b = color
        self.ops.append(b"BT /%s %.1f Tf %.3f %.3f %.3f rg %.2f %.2f Td " % (
            FONTS[style].encode(), size, r, g, b, x, y) + _pdf_str(s) + b" Tj ET")

    def rect(self, x, y, w, h, fill=None, stroke=True):
        ops = b""
        if fill:
            ops += b"%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f " % (*fill, x, y, w, h)
        if stroke:
            ops += b"0.5 w 0.45 0.45 0.45 RG %.2f %.2f %.2f %.2f re S" % (x, y, w, h)
        self.ops.append(ops)

    def line(self, x1, y1, x2, y2, width=0.8, color=(0.12, 0.36, 0.45)):
        self.ops.append(b"%.2f w %.3f %.3f %.3f RG %.2f %.2f m %.2f %.2f l S" % (
            width, *color, x1, y1, x2, y2))

    def paragraph(self, s, size=9.5, style="R", lead=12.8, indent=0.0, after=5.0,
                  color=(0, 0, 0)):
        for ln in wrap(s, size, CONTENT_W - indent, style == "B"):
            self.ensure(lead)
            self.y -= lead
            self.text(MARGIN_L + indent, self.y, ln, style, size, color)
        self.y -= after

    def bullet(self, s, size=9.5, lead=12.8):
        lines = wrap(s, size, CONTENT_W - 14)
        self.ensure(lead * min(len(lines), 2))
        for i, ln in enumerate(lines):
            self.ensure(lead)
            self.y -= lead
            if i == 0:
                self.text(MARGIN_L + 3, self.y, "•", "R", size)
            self.text(MARGIN_L + 14, self.y, ln, "R", size)
        self.y -= 3.0

    def table(self, rows, widths, size=8.5, lead=10.6, pad=3.5, head=True, label_col=False,
              total_row=False):
        accent = (0.12, 0.36, 0.45)
        for i, row in enumerate(rows):
            is_head = head and i == 0
            is_total = total_row and i > 0 and row[0].startswith("Total")
            cells = []
            for j, val in enumerate(row):
                bold = is_head or is_total or (label_col and j == 0)
                cells.append((wrap(val, size, widths[j] - 2 * pad, bold) if val else [], bold))
            h = max(1, max(len(c[0]) for c in cells)) * lead + 2 * pad
            self.ensure(h)
            top = self.y
            x = MARGIN_L
            for j, (lines, bold) in enumerate(cells):
                if is_head:
                    fill = accent
                elif label_col and j == 0:
                    fill = (0.88, 0.94, 0.96)
                elif is_total:
                    fill = (0.92, 0.92, 0.92)
                else:
                    fill = None
                self.rect(x, top - h, widths[j], h, fill=fill)
                color = (1, 1, 1) if is_head else (0, 0, 0)
                ty = top - pad
                for ln in lines:
                    ty -= lead
                    self.text(x + pad, ty + 2.2, ln, "B" if bold else "R", size, color)
                x += widths[j]
            self.y = top - h
        self.y -= 8.0




def pdf_layout():
    lo = Layout()
    accent = (0.12, 0.36, 0.45)
    lo.paragraph(PA_KICKER, size=9, style="B", color=accent, after=2)
    lo.paragraph(PA_TITLE, size=16, style="B", lead=20, after=2)
    lo.paragraph(PA_SUBTITLE, size=12, style="B", lead=15, after=8)
    lo.table([list(r) for r in PA_FORM], [150, CONTENT_W - 150], size=9, lead=11.5, head=False,
             label_col=True)
    for kind, text in PA_BLOCKS:
        if kind == "h":
            lo.ensure(40)
            lo.y -= 6
            lo.paragraph(text, size=11, style="B", lead=14, after=3, color=accent)
        elif kind == "p":
            lo.paragraph(text)
        elif kind == "b":
            lo.bullet(text)
        elif kind == "note":
            lo.y -= 4
            lo.paragraph(text, size=8, style="I", lead=10)
        elif kind == "table":
            rows_fn, widths = PA_TABLES[text]
            w = list(widths)
            w.append(CONTENT_W - sum(w))
            lo.table(rows_fn(), w, total_row=(text == "phases"))
    return lo.pages


def write_pdf():
    pages = pdf_layout()
    n = len(pages)
    grey = (0.45, 0.45, 0.45)
    streams = []
    for i, ops in enumerate(pages, 1):
        deco = Layout.__new__(Layout)
        deco.ops = []
        deco.text(MARGIN_L, 808, PA_HEADER_LEFT, "R", 7.5, grey)
        deco.text(PAGE_W - MARGIN_R - text_width(PA_HEADER_RIGHT, 7.5, True), 808,
                  PA_HEADER_RIGHT, "B", 7.5, grey)
        deco.line(MARGIN_L, 800, PAGE_W - MARGIN_R, 800)
        head_ops = deco.ops
        deco.ops = []
        deco.line(MARGIN_L, 44, PAGE_W - MARGIN_R, 44, width=0.4, color=grey)
        deco.text(MARGIN_L, 32, PA_FOOTER, "R", 7, grey)
        pn = f"{i}/{n}"
        deco.text(PAGE_W - MARGIN_R - text_width(pn, 7), 32, pn, "R", 7, grey)
        streams.append(b"\n".join(head_ops + ops + deco.ops) + b"\n")

    objs = {}
    # 1 catalog, 2 pages, 3-5 fonts, 6 info, then page/content pairs.
    kids = []
    for i, stream in enumerate(streams):
        pid, cid = 7 + 2 * i, 8 + 2 * i
        kids.append(pid)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> "
                     b"/Contents %d 0 R >>" % (PAGE_W, PAGE_H, cid))
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R /Lang (fr-FR) >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + \
        b"] /Count %d >>" % len(kids)
    for oid, base, bold in ((3, "Helvetica", False), (4, "Helvetica-Bold", True),
                            (5, "Helvetica-Oblique", False)):
        objs[oid] = (f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} "
                     f"/Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 "
                     f"/Widths {_widths_array(bold)} >>").encode()
    objs[6] = (b"<< /Title " + _pdf_info_str(f"{PA_TITLE} – {PA_SUBTITLE}")
               + b" /Author " + _pdf_info_str(PA_AUTHOR)
               + b" /Subject " + _pdf_info_str(PA_SUBJECT)
               + b" /Creator " + _pdf_info_str(PA_CREATOR)
               + b" /CreationDate " + _pdf_str(PDF_DATE)
               + b" /ModDate " + _pdf_str(PDF_DATE) + b" >>")

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = out.tell()
        out.write(b"%d 0 obj\n" % oid + objs[oid] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for oid in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[oid])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (size, xref))
    with open(os.path.join(OUT, FN_PDF), "wb") as f:
        f.write(out.getvalue())


def write_text(name, text):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode("utf-8"))
# ===========================================================================
# Read-back of the written files and check of evals/questions.probe13.jsonl
# ===========================================================================
def _norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def blocks_docx(path):
    """Paragraph texts (body, table cells, header, footer) of a DOCX file."""
    out = []
    with zipfile.ZipFile(path) as zf:
        for name in ("word/document.xml", "word/header1.xml", "word/footer1.xml"):
            xml = zf.read(name).decode("utf-8")
            for p in re.findall(r"<w:p>(.*?)</w:p>", xml, re.S):
                ts = re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S)
                text = "".join(ts).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                if text.strip():
                    out.append(text)
    return out


def _pdf_unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):  # backslash
            out.append(b[i + 1])
            i += 2
        else:
            out.append(c)
            i += 1
    return out.decode("cp1252")


def blocks_pdf(path):
    """Text runs of each page, in stream order, grouped while they share the same x (a
    paragraph, a bullet's text or a table cell): a quote must lie inside one group."""
    data = open(path, "rb").read()
    out = []
    for stream in re.findall(rb"stream\n(.*?)endstream", data, re.S):
        runs = re.findall(rb"BT /F\d [\d.]+ Tf [\d. ]+ rg ([\d.]+) ([\d.]+) Td \((.*?)\) Tj ET",
                          stream, re.S)
        group, gx = [], None
        for x, _y, s in runs:
            if gx is not None and x != gx:
                out.append(" ".join(group))
                group = []
            gx = x
            group.append(_pdf_unescape(s))
        if group:
            out.append(" ".join(group))
    return out


class _HTMLBlocks(html.parser.HTMLParser):
    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "td", "th", "dt", "dd", "figcaption", "nav",
             "blockquote", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.skip = [], [], 0

    def _flush(self):
        t = "".join(self.cur)
        if t.strip():
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in self.BLOCK or tag in ("ul", "div", "aside", "article", "section", "br"):
            self._flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag in self.BLOCK or tag in ("ul", "div", "aside", "article", "section"):
            self._flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def blocks_html(path):
    p = _HTMLBlocks()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    p._flush()
    return p.blocks


def _md_inline(s):
    return re.sub(r"\*+", "", s).strip()


def blocks_md(path):
    """Visible blocks of a Markdown file: front matter dropped, headings, paragraphs, list items
    and table cells, emphasis markers removed."""
    text = open(path, encoding="utf-8").read()
    if text.startswith("---\n"):
        text = text[text.index("\n---\n", 4) + 5:]
    out = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [ln for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        if all(ln.lstrip().startswith("|") for ln in lines):
            for ln in lines:
                for cell in ln.strip().strip("|").split("|"):
                    if cell.strip() and not re.fullmatch(r"\s*:?-+:?\s*", cell):
                        out.append(_md_inline(cell))
        elif all(re.match(r"\s*(?:[-*+]|\d+\.)\s", ln) for ln in lines):
            out.extend(_md_inline(re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", ln)) for ln in lines)
        else:
            out.append(_md_inline(re.sub(r"^#+\s*", "", " ".join(lines))))
    return out


def blocks_txt(path):
    text = open(path, encoding="utf-8").read()
    return [" ".join(c.split("\n")) for c in re.split(r"\n\s*\n", text) if c.strip()]


BLOCK_READERS = {FN_DOCX: blocks_docx, FN_PDF: blocks_pdf, FN_HTML: blocks_html, FN_MD: blocks_md,
                 FN_TXT: blocks_txt}


def check_questions(path=QUESTIONS):
    """Check the probe's questions against the written documents; return the problems."""
    blocks = {fn: [_norm(b) for b in reader(os.path.join(OUT, fn))]
              for fn, reader in BLOCK_READERS.items()}
    full = {fn: " ¶ ".join(bs).lower() for fn, bs in blocks.items()}
    problems, n_quotes = [], 0
    ids = set()
    with open(path, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    for k, q in enumerate(cases, 1):
        qid = q["id"]
        if qid != f"{QID_PREFIX}-{k:03d}" or qid in ids:
            problems.append(f"{qid}: bad or duplicate id (line {k})")
        ids.add(qid)
        if q["language"] not in ("fr", "en"):
            problems.append(f"{qid}: language {q['language']!r}")
        docs = q["gold_docs"]
        for fn in docs:
            if fn not in blocks:
                problems.append(f"{qid}: unknown gold doc {fn}")
        for t in q["tags"]:
            if t.startswith("near-doc:") and t[len("near-doc:"):] not in blocks:
                problems.append(f"{qid}: unknown near-doc {t}")
        if not q["answerable"]:
            if q["answer_facts"] or q["gold_quotes"] or docs:
                problems.append(f"{qid}: unanswerable case with facts, quotes or docs")
            if not {"unanswerable", "near-miss"} <= set(q["tags"]):
                problems.append(f"{qid}: unanswerable case not tagged unanswerable, near-miss")
            continue
        if not (q["answer_facts"] and q["gold_quotes"] and docs):
            problems.append(f"{qid}: answerable case without facts, quotes or docs")
        for quote in q["gold_quotes"]:
            n_quotes += 1
            nq = _norm(quote)
            if not any(nq in b for fn in docs if fn in blocks for b in blocks[fn]):
                problems.append(f"{qid}: quote not found in one block of {docs}: «{quote}»")
        for fact in q["answer_facts"]:
            if not any(_norm(fact["text"]).lower() in full[fn] for fn in docs if fn in full):
                problems.append(f"{qid}: fact not in its gold docs: {fact['text']!r}")
    return cases, n_quotes, problems


def tag_counts(cases):
    """Counts reported for the probe: answerable, near-miss, paraphrase, English, compound, list."""
    def n(pred):
        return sum(1 for q in cases if pred(q))
    return {
        "questions": len(cases),
        "answerable": n(lambda q: q["answerable"]),
        "near-miss": n(lambda q: "near-miss" in q["tags"]),
        "paraphrase": n(lambda q: "paraphrase" in q["tags"]),
        "english": n(lambda q: q["language"] == "en"),
        "compound": n(lambda q: "compound" in q["tags"]),
        "list": n(lambda q: "list" in q["tags"]),
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_docx()
    _check_pdf()
    _check_md()
    _check_html()
    _check_txt()
    write_docx()
    write_pdf()
    write_text(FN_MD, MD)
    write_text(FN_HTML, HTML)
    write_text(FN_TXT, TXT)
    for fn in sorted(os.listdir(OUT)):
        words = sum(len(b.split()) for b in BLOCK_READERS[fn](os.path.join(OUT, fn)))
        print(fn, os.path.getsize(os.path.join(OUT, fn)), "bytes,", words, "words")
    if os.path.exists(QUESTIONS):
        cases, n_quotes, problems = check_questions()
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        print(f"{os.path.basename(QUESTIONS)}: {len(cases)} questions, {n_quotes} gold quotes, "
              f"{len(problems)} problems")
        print(", ".join(f"{k} {v}" for k, v in tag_counts(cases).items()))
        if problems:
            sys.exit(1)


if __name__ == "__main__":
    main()
