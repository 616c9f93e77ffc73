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
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe13.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents (a paragraph, list item, table cell, heading or text paragraph; read back from the
written files, and for the PDF inside one run of lines sharing the same left edge on one page),
every answer fact must occur in one of its gold documents, every near-doc tag must name a
document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe13/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

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
            rows.append(["Total tranche ferme", "", str(firm_days), probekit.eur(firm_cost) + " €"])
        rows.append([label, content, str(sum(days)), probekit.eur(_phase_cost(days)) + " €"])
        if not optional:
            firm_days += sum(days)
            firm_cost += _phase_cost(days)
    all_days = sum(sum(p[2]) for p in PA_PHASES)
    rows.append(["Total général", "", str(all_days), probekit.eur(_pa_total()) + " €"])
    return rows


def _pa_total():
    return sum(_phase_cost(p[2]) for p in PA_PHASES)


def pa_team_rows():
    rows = [["Intervenant", "Rôle dans la mission", "Jours", "Prix de journée HT"]]
    for k, (name, role, rate) in enumerate(PA_TEAM):
        rows.append([name, role, str(sum(p[2][k] for p in PA_PHASES)), probekit.eur(rate) + " €"])
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
    ("Montant de l'offre", f"{probekit.eur(_pa_total())} € HT, soit {probekit.eur(_pa_total() * 12 // 10)} € TTC "
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
Montant des travaux : {probekit.eur(TX_WORKS)} € HT
Coordinateur du plan : Copro Relais Sud-Ouest


UNE COPROPRIÉTÉ EN GRANDE DIFFICULTÉ

Construite en 1971, la copropriété Le Panoramique compte trois bâtiments de neuf étages (A, B et C). 61 % des logements sont occupés par leurs propriétaires.

Au 31 décembre 2024, les impayés de charges atteignaient 1 140 000 €, soit 118 % du budget annuel de fonctionnement de la copropriété (965 000 €).

Deux des trois ascenseurs sont à l'arrêt depuis 2023, et la chaufferie collective, d'origine, a connu quatre pannes majeures au cours de l'hiver 2024-2025.

L'étude pré-opérationnelle conduite en 2024 par Copro Relais Sud-Ouest a conclu à la nécessité d'un plan de sauvegarde. La commission chargée de l'élaborer, présidée par Marion Jacquelin-Poujol, secrétaire générale de la préfecture, a été installée le 14 mars 2024.


LES MESURES DU PLAN

1. Le redressement de la gestion : le syndic, le cabinet Maréchal-Guyonnet Immobilier, désigné en 2023, met en place un plan d'apurement des dettes et un recouvrement renforcé des charges impayées.

2. Les travaux : un programme de {probekit.eur(TX_WORKS)} € HT, voté en deux tranches par l'assemblée générale des copropriétaires, comprend la mise en sécurité incendie, la remise en service des ascenseurs, le remplacement de la chaufferie, l'isolation des façades et la réfection des toitures-terrasses.

3. Le portage de lots : l'opérateur Patrimoine Solidaire Périgord pourra racheter jusqu'à 20 logements à des copropriétaires en difficulté, pour les remettre en état puis les revendre ou les louer.

4. L'accompagnement social : les ménages en difficulté seront suivis par les travailleurs sociaux du Département et pourront solliciter le Fonds de solidarité pour le logement.

5. Le suivi-animation : il est confié à Copro Relais Sud-Ouest pour cinq ans, pour un montant de 612 000 € TTC financé à parts égales par l'Anah et Sarlieu Agglomération. Aurélien Dufrêche en est le chef de projet.


FINANCEMENT DES TRAVAUX

""" + "".join(f"- {n} : {probekit.eur(a)} € ({round(100 * a / TX_WORKS)} %)\n" for n, a in TX_FUNDERS) + """

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
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe13.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT)


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PA_KICKER, title=PA_TITLE, subtitle=PA_SUBTITLE,
        form=PA_FORM, blocks=PA_BLOCKS, tables=PA_TABLES, total_tables={"phases"},
        header_left=PA_HEADER_LEFT, header_right=PA_HEADER_RIGHT, footer=PA_FOOTER,
        author=PA_AUTHOR, subject=PA_SUBJECT, creator=PA_CREATOR, date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


BLOCK_READERS = probekit.block_readers(FN_DOCX, FN_PDF, FN_HTML, FN_MD, FN_TXT)


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
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, QID_PREFIX):
        sys.exit(1)


if __name__ == "__main__":
    main()
