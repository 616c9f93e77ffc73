#!/usr/bin/env python3
"""Generate the five probe28 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Aurignès-sur-Gimone (Gers, Occitanie), quartier prioritaire des Alambics, the old
        armagnac distilleries' district (agglomeration: Gimone Armagnac Agglomération; social
        landlords Gimone Habitat, an OPH, and Midalia Habitat, a regional ESH based in Toulouse;
        buildings named after armagnac grape varieties: tour Colombard, barre Ugni, résidences
        Baco and Folle-Blanche; place de la Distillerie, rue des Chais, mail des Alambics, groupe
        scolaire des Vendangeurs; maison du projet in the old office of the distillerie Daubas)
    - fiche-action-2-3-clauses-insertion-emploi-alambics-aurignes-sur-gimone-2026.docx
        (action sheet 2.3 of the town's contrat de ville "Engagements Quartiers 2030", job
        integration clauses and paths to work, 2026 programme validated on 20 January 2026:
        labelled fields (pillar, pilot, operator, partners, target public, period, cost), the
        situation, the four aims as a list with a lead-in, the five strands of the action as a
        list, a table of expenses and a table of funders with shares, both with a total row, an
        indicators table (2023 baseline, 2025 value, 2030 target), the 2026 calendar and the
        follow-up)
    - bilan-activite-2025-maison-du-projet-alambics-aurignes-sur-gimone.md
        (annual activity report 2025 of the maison du projet, with YAML front matter: labelled
        fields (address, opening, hours, team, office hours of partners), the project in brief,
        key figures 2025 against 2024, a table of visits by reason with shares and a total row,
        a table of events with participants and a total row, the residents' proposals kept as a
        list with a lead-in and those turned down, the rehousing of the tour Colombard (a total
        only) and of the barre Ugni, running costs by funder, 2026 prospects and a quote)
Town 2: Roquebrèze-sur-Hers (Ariège, Occitanie), quartier prioritaire des Cardères, the old
        wool-carding and cloth-mill district (agglomeration: Hers Pyrénées Agglomération; social
        landlords Hers Habitat, an OPH, and Midalia Habitat; buildings named after Pyrenean
        peaks: tour Montcalm, barre Valier, résidences Trois-Seigneurs and Estats; place des
        Drapiers, rue des Tondeurs, rue de la Lainerie; rebuilt large homes at the Clos-Vert)
    - deliberation-2026-019-maison-de-sante-carderes-hers-pyrenees-agglomeration.pdf
        (deliberation no. 2026-019 of the community council of 5 February 2026 approving the
        final design and the financing plan of the Cardères health centre: labelled form
        (sitting, notice, chair, members and votes cast, secretary, rapporteur), the legal
        grounds, the statement of reasons with the professionals as a list with a lead-in, a
        table of the costs and a table of the funders with shares (both with a total row), the
        calendar, the five articles, the vote with the abstentions by name, the transmission
        note)
    - echo-du-plantaurel-demolition-tour-montcalm-carderes-roquebreze-sur-hers.html
        (a local news site's article of 24 February 2026 on the start of the mechanical
        demolition of the tour Montcalm, with cookie banner, navigation, breadcrumb, byline,
        the contract and its calendar, quotes of the mayor, a former tenant, the OPH's director
        and the agglomeration's project manager, the destinations of the 49 rehoused households
        as a list, the next steps, a box of key figures, "Lire aussi", comments and footer)
Both towns:
    - region-occitanie-commission-permanente-2026-03-renouvellement-urbain-folle-blanche-carderes.txt
        (report no. CP/2026-03/11.07 to the Région Occitanie's standing committee of 20 March
        2026, plain text in numbered sections: the regional scheme's rules, three requests
        (refurbishment of the résidence Folle-Blanche in town 1, granted; the Cardères health
        centre in town 2, granted less than asked; refurbishment of the résidence
        Trois-Seigneurs in town 2, deferred), a fixed-width summary table with a total line, the
        budget, the payment terms and the proposed decision)

The documents overlap on purpose: both neighbourhoods have a tower of their OPH demolished (tour
Colombard, 70 homes, with 58 households rehoused; tour Montcalm, 56 homes, with 49 households
rehoused), a slab block to demolish (36 homes of the barre Ugni; the 48 of the barre Valier), a
total of homes demolished (106; 104) and refurbished (186; 108), a convention (signed on 12 March
2025; on 26 September 2024), a budget (26,4 M€ with 7,9 M€ from the ANRU; 31,2 M€ with 9,1 M€), a
project manager of the agglomeration (Léa Castagnet; Romain Cazaux), a rehousing officer or a
director of the OPH (Fanny Duffau; Olivier Massat) and a residence of Midalia Habitat under
refurbishment (Folle-Blanche, 72 homes, with a regional grant; Estats, 44 homes, with none in the
report). The Region's grant to the health centre (164 000 €) differs from the amount the
agglomeration asked for (180 000 €). Some facts are given for one town only (the integration
hours, the unemployment rate and the project office's attendance in town 1; the health centre
and the demolition contract in town 2), some for given years only (visits in 2024 and 2025; the
action's budget for 2026), some only as a whole (the rehousing of the tour Colombard, never broken
down by destination), some only as planned (the works contracts of the health centre) and some
bodies are never named (the firm that will demolish the tour Colombard).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by the shared writers of evals/probekit.py. All text is held
in this script; running it again rewrites the five files byte-for-byte (fixed metadata dates,
fixed zip timestamps).

After writing, the script checks evals/questions.probe28.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must name
a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe28/make_docs.py
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe28.jsonl")
QID_PREFIX = "q28"

FN_DOCX = "fiche-action-2-3-clauses-insertion-emploi-alambics-aurignes-sur-gimone-2026.docx"
FN_PDF = "deliberation-2026-019-maison-de-sante-carderes-hers-pyrenees-agglomeration.pdf"
FN_HTML = "echo-du-plantaurel-demolition-tour-montcalm-carderes-roquebreze-sur-hers.html"
FN_MD = "bilan-activite-2025-maison-du-projet-alambics-aurignes-sur-gimone.md"
FN_TXT = ("region-occitanie-commission-permanente-2026-03-renouvellement-urbain-folle-blanche-"
          "carderes.txt")

ZIP_DT = (2026, 1, 22, 9, 40, 0)
DOCX_DATE = "2026-01-22T09:40:00Z"
PDF_DATE = "D:20260210083000+01'00'"

# PDF colours: slate blue accent (titles, rules, table header), pale blue-grey label cells.
THEME_ARDOISE = ((0.20, 0.27, 0.42), (0.90, 0.92, 0.96))


def share(n, total):
    """A share in per cent with one decimal and a French comma, rounded half up."""
    tenths = (2000 * n + total) // (2 * total)
    return f"{tenths // 10},{tenths % 10} %"


# ---------------------------------------------------------------------------
# 1. Action sheet 2.3 of the contrat de ville, job integration: DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Gimone Armagnac Agglomération"
DX_DOC_KIND = "Fiche action du contrat de ville"
DX_HEADER = ("Contrat de ville Engagements Quartiers 2030 d'Aurignès-sur-Gimone – pilier 2 – "
             "fiche action 2.3 – programmation 2026")
DX_FOOTER = ("Gimone Armagnac Agglomération – direction de la cohésion sociale – service emploi "
             "et insertion – document de travail partenarial")
DX_KICKER = "Contrat de ville Engagements Quartiers 2030 – Gimone Armagnac Agglomération"
DX_TITLE = "Fiche action 2.3 – Clauses d'insertion et parcours vers l'emploi"
DX_SUBTITLE = ("Quartier prioritaire des Alambics, Aurignès-sur-Gimone (Gers) – programmation "
               "2026, version validée par le comité de pilotage du contrat de ville du 20 janvier "
               "2026")
DX_KEYWORDS = ("contrat de ville; Engagements Quartiers 2030; Alambics; Aurignès-sur-Gimone; "
               "clauses d'insertion; emploi; permis de conduire; chantiers éducatifs; NPNRU")

# expense item, amount (€)
DX_EXPENSES = [
    ("Poste de facilitatrice des clauses sociales (0,8 équivalent temps plein)", 46000),
    ("Accompagnement renforcé de 30 jeunes par la Mission locale de l'Armagnac", 28000),
    ("Aide au permis de conduire (20 jeunes à 1 200 €)", 24000),
    ("Chantiers éducatifs (trois chantiers de deux semaines)", 33000),
    ("Formations préalables à l'embauche (habilitations, CACES)", 12000),
    ("Café emploi, job datings et communication", 7000),
]
# funder, amount (€)
DX_FUNDERS = [
    ("État – crédits de la politique de la ville (programme 147)", 42000),
    ("Gimone Armagnac Agglomération", 39000),
    ("Région Occitanie", 25500),
    ("Département du Gers (fonds d'insertion)", 18000),
    ("Gimone Habitat (abattement de TFPB)", 15000),
    ("Midalia Habitat (abattement de TFPB)", 10500),
]
DX_TOTAL = 150000
# indicator, 2023 baseline, 2025 value, 2030 target
DX_INDICATORS = [
    ("Heures d'insertion réalisées sur les chantiers du projet de renouvellement urbain "
     "(cumul)", "0", "5 310", "24 000"),
    ("Part de ces heures réalisée par des habitants des quartiers prioritaires", "–", "46 %",
     "40 % au moins"),
    ("Habitants des Alambics recrutés dans le cadre des clauses (cumul)", "0", "27", "90"),
    ("Sorties positives six mois après le contrat (emploi durable ou formation qualifiante)",
     "–", "38 %", "50 %"),
    ("Jeunes aidés pour le permis de conduire (par an)", "12", "17", "20"),
    ("Participants aux chantiers éducatifs (par an)", "18", "24", "30"),
]


def dx_expense_rows():
    rows = [["Poste de dépense", "Montant 2026 (€)"]]
    for item, amount in DX_EXPENSES:
        rows.append([item, probekit.eur(amount)])
    rows.append(["Total des dépenses", probekit.eur(sum(a for _, a in DX_EXPENSES))])
    return rows


def dx_funder_rows():
    rows = [["Financeur", "Montant 2026 (€)", "Part"]]
    for name, amount in DX_FUNDERS:
        rows.append([name, probekit.eur(amount), share(amount, DX_TOTAL)])
    rows.append(["Total des financements", probekit.eur(sum(a for _, a in DX_FUNDERS)),
                 "100 %"])
    return rows


def dx_indicator_rows():
    rows = [["Indicateur", "Situation de départ (2023)", "Réalisé 2025", "Cible 2030"]]
    rows.extend([list(r) for r in DX_INDICATORS])
    return rows


def _check_docx():
    assert sum(a for _, a in DX_EXPENSES) == DX_TOTAL == sum(a for _, a in DX_FUNDERS)
    assert [share(a, DX_TOTAL) for _, a in DX_FUNDERS] == ["28,0 %", "26,0 %", "17,0 %",
                                                           "12,0 %", "10,0 %", "7,0 %"]
    assert 20 * 1200 == 24000 and 10 + 10 == 20
    assert 27 <= 38 and 46 >= 40


DX_TABLES = {"expenses": dx_expense_rows(), "funders": dx_funder_rows(),
             "indicators": dx_indicator_rows()}
DX_WIDTHS = {"expenses": [7400, 2200], "funders": [6000, 2000, 1600],
             "indicators": [4800, 1700, 1500, 1600]}
DX_FIELDS = [
    ("Pilier et objectif", "Pilier 2 « Emploi et développement économique » – objectif "
                           "stratégique 2.2 : faire du renouvellement urbain un levier d'accès à "
                           "l'emploi"),
    ("Pilote", "Gimone Armagnac Agglomération, service emploi et insertion – référente : Coralie "
               "Mothes, chargée de mission emploi et insertion"),
    ("Opérateur principal", "Maison de l'emploi Gimone-Arrats – facilitatrice des clauses "
                            "sociales : Nadia Pouyanne"),
    ("Partenaires", "État (DDETS du Gers), France Travail, Mission locale de l'Armagnac, "
                    "Département du Gers, Région Occitanie, Gimone Habitat, Midalia Habitat, "
                    "fédération départementale du bâtiment et des travaux publics"),
    ("Public visé", "Demandeurs d'emploi habitant les Alambics, en priorité les jeunes de 16 à 25 "
                    "ans, les allocataires du RSA et les demandeurs d'emploi de longue durée"),
    ("Période", "2024-2030 ; la présente fiche porte sur la programmation 2026"),
    ("Coût prévisionnel 2026", "150 000 €"),
    ("Mise à jour", "22 janvier 2026"),
]
DX_SECTIONS = [
    ("h1", "1. Constat"),
    ("p", "Le quartier prioritaire des Alambics, ancien quartier des distilleries d'armagnac "
          "d'Aurignès-sur-Gimone, compte 2 870 habitants. Le chômage y touche 27,4 % des actifs, "
          "contre 11,2 % dans l'ensemble de Gimone Armagnac Agglomération ; un jeune de 16 à 25 "
          "ans sur trois n'est ni en emploi, ni en études, ni en formation. Près d'un demandeur "
          "d'emploi du quartier sur deux n'a pas le permis de conduire, alors que la moitié des "
          "offres d'emploi du bassin se situent hors de portée des lignes de bus."),
    ("p", "Le projet de renouvellement urbain des Alambics, dont la convention avec l'ANRU a été "
          "signée le 12 mars 2025, représente 26,4 M€ HT de travaux et d'études de 2025 à 2031. "
          "La charte d'insertion annexée à la convention fixe un objectif de 24 000 heures de "
          "travail réservées à des personnes éloignées de l'emploi, dont au moins 40 % au "
          "bénéfice d'habitants des quartiers prioritaires. Les premiers chantiers, la "
          "réhabilitation de la résidence Baco et l'aménagement provisoire du mail des "
          "Alambics, ont commencé en 2025."),
    ("h1", "2. Objectifs"),
    ("p", "L'action poursuit quatre objectifs :"),
    ("li", "faire bénéficier les habitants des Alambics des heures d'insertion générées par les "
           "chantiers du renouvellement urbain ;"),
    ("li", "préparer les candidats en amont des chantiers, par la remobilisation, la formation "
           "et la levée des freins à l'emploi ;"),
    ("li", "lever le frein de la mobilité, en premier lieu par l'aide au permis de conduire ;"),
    ("li", "transformer les contrats d'insertion en emplois durables ou en formations "
           "qualifiantes."),
    ("h1", "3. Contenu de l'action"),
    ("p", "En 2026, l'action comprend cinq volets :"),
    ("li", "le repérage et l'accompagnement des candidats par la facilitatrice des clauses "
           "sociales de la Maison de l'emploi, présente à la maison du projet le jeudi "
           "après-midi ;"),
    ("li", "un Café emploi mensuel à la maison du projet, et un job dating avant le démarrage de "
           "chaque chantier important ;"),
    ("li", "un accompagnement renforcé de 30 jeunes, pendant six mois, par la Mission locale de "
           "l'Armagnac ;"),
    ("li", "une aide au permis de conduire pour 20 jeunes, à raison de 1 200 € par personne, en "
           "contrepartie de 35 heures de bénévolat dans une association du quartier ;"),
    ("li", "trois chantiers éducatifs de deux semaines pendant les vacances scolaires : peinture "
           "des halls de la résidence Baco, fresque du mail des Alambics et fabrication du "
           "mobilier du futur jardin partagé de la rue des Chais."),
    ("p", "Les marchés de travaux des maîtres d'ouvrage du projet réservent au moins 5 % des "
          "heures travaillées à l'insertion ; pour la démolition de la tour Colombard, Gimone "
          "Habitat a porté ce taux à 10 %."),
    ("h1", "4. Budget prévisionnel 2026"),
    ("p", "Les dépenses de l'action se répartissent ainsi :"),
    ("table", "expenses"),
    ("p", "Elles sont financées comme suit :"),
    ("table", "funders"),
    ("note", "L'État intervient sur les crédits du programme 147 « Politique de la ville ». Les "
             "deux bailleurs financent l'action au titre de l'abattement de 30 % de la taxe "
             "foncière sur les propriétés bâties dont ils bénéficient aux Alambics."),
    ("h1", "5. Indicateurs de suivi"),
    ("table", "indicators"),
    ("note", "Valeurs 2025 arrêtées au 31 décembre 2025 par la Maison de l'emploi "
             "Gimone-Arrats. Les heures comptées sont celles des marchés du projet de "
             "renouvellement urbain des Alambics."),
    ("p", "En 2025, première année des chantiers, 5 310 heures d'insertion ont été réalisées, "
          "dont 46 % par des habitants des quartiers prioritaires. Elles ont bénéficié à 38 "
          "personnes, dont 27 habitants des Alambics ; 14 d'entre elles avaient suivi le Café "
          "emploi. Le retard pris sur l'aide au permis de conduire, 17 jeunes aidés pour 20 "
          "prévus, tient au délai d'attente des places d'examen dans le Gers."),
    ("h1", "6. Calendrier 2026"),
    ("li", "février 2026 : job dating pour le chantier de démolition de la tour Colombard ;"),
    ("li", "avril 2026 : première session d'aide au permis de conduire (10 jeunes) ;"),
    ("li", "juillet 2026 : chantier éducatif de la résidence Baco ;"),
    ("li", "octobre 2026 : seconde session d'aide au permis de conduire (10 jeunes) ;"),
    ("li", "décembre 2026 : bilan annuel présenté au comité technique emploi."),
    ("h1", "7. Suivi et évaluation"),
    ("p", "Un comité technique emploi, animé par Coralie Mothes, réunit chaque trimestre les "
          "partenaires de l'action. Le bilan annuel est présenté au comité de pilotage du contrat "
          "de ville. L'évaluation à mi-parcours du pilier emploi du contrat de ville est prévue "
          "en 2027."),
    ("note", "Fiche établie par le service emploi et insertion de Gimone Armagnac "
             "Agglomération ; programmation 2026 validée par le comité de pilotage du contrat de "
             "ville du 20 janvier 2026."),
]


# ---------------------------------------------------------------------------
# 2. Deliberation no. 2026-019 on the Cardères health centre: PDF (town 2)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = ("Hers Pyrénées Agglomération – conseil communautaire du 5 février 2026 – "
                  "délibération n° 2026-019")
PD_HEADER_RIGHT = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS"
PD_FOOTER = ("Hers Pyrénées Agglomération – hôtel d'agglomération, Roquebrèze-sur-Hers – acte "
             "publié le 10 février 2026")
PD_AUTHOR = "Hers Pyrénées Agglomération – direction des assemblées"
PD_CREATOR = "Hers Pyrénées Agglomération"
PD_SUBJECT = ("Délibération n° 2026-019 du conseil communautaire : maison de santé "
              "pluriprofessionnelle des Cardères, avant-projet définitif et plan de financement")
PD_KICKER = "HERS PYRÉNÉES AGGLOMÉRATION – CONSEIL COMMUNAUTAIRE"
PD_TITLE = "Délibération n° 2026-019"
PD_SUBTITLE = ("Renouvellement urbain du quartier des Cardères – maison de santé "
               "pluriprofessionnelle : approbation de l'avant-projet définitif et du plan de "
               "financement")
PD_FORM = [
    ("Séance", "Jeudi 5 février 2026, 18 h 30, salle du conseil de l'hôtel d'agglomération, "
               "Roquebrèze-sur-Hers (Ariège)"),
    ("Convocation", "Adressée le 29 janvier 2026"),
    ("Présidence", "Claudine Maurette, présidente de Hers Pyrénées Agglomération"),
    ("Conseillers", "En exercice : 46 – présents : 35 – pouvoirs : 6 – votants : 41"),
    ("Secrétaire de séance", "Sylvie Castet"),
    ("Rapporteur", "Jean-Louis Piquemal, vice-président chargé de la politique de la ville, de "
                   "l'habitat et de la santé"),
]
# cost item, amount (€ HT)
PD_COSTS = [
    ("Travaux (estimation de l'avant-projet définitif)", 1640000),
    ("Honoraires de maîtrise d'œuvre", 196800),
    ("Études, contrôle technique, coordination sécurité et sondages", 58200),
    ("Équipement médical partagé et mobilier", 85000),
    ("Provision pour aléas et révisions de prix", 82000),
]
PD_TOTAL = 2062000
# funder, amount (€)
PD_FUNDERS = [
    ("ANRU (convention du 26 septembre 2024)", 412400),
    ("État – dotation de soutien à l'investissement local", 309300),
    ("Région Occitanie", 180000),
    ("Département de l'Ariège", 150000),
    ("Agence régionale de santé Occitanie (fonds d'intervention régional)", 60000),
    ("Hers Pyrénées Agglomération (autofinancement et emprunt)", 950300),
]


def pd_cost_rows():
    rows = [["Poste", "Montant (€ HT)"]]
    for item, amount in PD_COSTS:
        rows.append([item, probekit.eur(amount)])
    rows.append(["Total du coût de l'opération", probekit.eur(sum(a for _, a in PD_COSTS))])
    return rows


def pd_funder_rows():
    rows = [["Financeur", "Montant (€)", "Part"]]
    for name, amount in PD_FUNDERS:
        rows.append([name, probekit.eur(amount), share(amount, PD_TOTAL)])
    rows.append(["Total des financements", probekit.eur(sum(a for _, a in PD_FUNDERS)),
                 "100 %"])
    return rows


def _check_pdf():
    assert sum(a for _, a in PD_COSTS) == PD_TOTAL == sum(a for _, a in PD_FUNDERS)
    assert [share(a, PD_TOTAL) for _, a in PD_FUNDERS] == ["20,0 %", "15,0 %", "8,7 %",
                                                           "7,3 %", "2,9 %", "46,1 %"]
    assert 640 * 11 * 12 == 84480 and 35 + 6 == 41 == 38 + 0 + 3
    assert 5 + 4 + 2 + 1 + 1 + 1 == 14 and 196800 == 1640000 * 12 // 100
    assert 82000 == 1640000 * 5 // 100


PD_TABLES = {"costs": (pd_cost_rows, [330]), "funders": (pd_funder_rows, [270, 95])}
PD_BLOCKS = [
    ("h", "Visas"),
    ("p", "Le conseil communautaire,"),
    ("p", "Vu le code général des collectivités territoriales ;"),
    ("p", "Vu la convention pluriannuelle de renouvellement urbain du quartier des Cardères, "
          "signée le 26 septembre 2024 ;"),
    ("p", "Vu la délibération n° 2025-041 du 3 avril 2025 désignant le maître d'œuvre de la "
          "maison de santé pluriprofessionnelle ;"),
    ("p", "Vu l'avis favorable de la commission cohésion sociale et santé du 22 janvier 2026 ;"),
    ("h", "Exposé des motifs"),
    ("p", "Le quartier prioritaire des Cardères, ancien quartier des filatures et des ateliers de "
          "cardage de la laine de Roquebrèze-sur-Hers, compte 3 460 habitants. Quatre médecins "
          "généralistes y exercent encore, dont deux atteindront l'âge de la retraite avant "
          "2028 ; le quartier est classé en zone d'intervention prioritaire par l'agence "
          "régionale de santé Occitanie."),
    ("p", "La convention de renouvellement urbain des Cardères prévoit la création d'une maison "
          "de santé pluriprofessionnelle sur la place des Drapiers, à l'emplacement de "
          "l'ancienne galerie commerciale démolie en 2025. Le projet de santé de l'association "
          "des professionnels de santé des Cardères a été validé par l'agence régionale de "
          "santé le 14 octobre 2025."),
    ("p", "Le bâtiment, conçu par l'atelier d'architecture Cassagne et Roumens, maître d'œuvre "
          "désigné à l'issue d'un concours, offrira 640 m² de surface utile sur deux niveaux. Il "
          "accueillera quatorze professionnels de santé :"),
    ("b", "cinq médecins généralistes, dont un maître de stage qui accueillera des internes ;"),
    ("b", "quatre infirmiers et infirmières ;"),
    ("b", "deux masseurs-kinésithérapeutes ;"),
    ("b", "une sage-femme ;"),
    ("b", "une orthophoniste ;"),
    ("b", "une diététicienne."),
    ("p", "Le bâtiment comprend aussi une salle de réunion et de téléconsultation, une salle "
          "d'éducation thérapeutique et, à l'étage, un logement de deux pièces pour les "
          "internes en stage. Il respecte les exigences de la réglementation environnementale "
          "RE2020 au seuil 2028 et sera raccordé au réseau de chaleur au bois du quartier."),
    ("p", "Les locaux seront loués aux professionnels, réunis en société interprofessionnelle de "
          "soins ambulatoires, au loyer de 11 € HT par mètre carré et par mois, soit une recette "
          "annuelle estimée à 84 480 € HT."),
    ("h", "Coût et plan de financement"),
    ("p", "Au stade de l'avant-projet définitif, remis le 12 janvier 2026, le coût de "
          "l'opération est estimé à 2 062 000 € HT :"),
    ("table", "costs"),
    ("p", "Le plan de financement prévisionnel s'établit ainsi :"),
    ("table", "funders"),
    ("note", "La subvention de l'ANRU est inscrite à la convention du 26 septembre 2024. Les "
             "autres subventions sont sollicitées par la présente délibération ; si l'une "
             "d'elles est accordée pour un montant inférieur à la demande, la différence sera "
             "prise en charge par l'agglomération."),
    ("h", "Calendrier prévisionnel"),
    ("b", "consultation des entreprises : d'avril à juin 2026, en procédure adaptée, en onze "
          "lots ;"),
    ("b", "travaux : de septembre 2026 à novembre 2027 ;"),
    ("b", "ouverture au public : janvier 2028."),
    ("h", "Décision"),
    ("p", "Après en avoir délibéré, le conseil communautaire :"),
    ("b", "Article 1 – approuve l'avant-projet définitif de la maison de santé "
          "pluriprofessionnelle des Cardères, pour un coût de 2 062 000 € HT ;"),
    ("b", "Article 2 – approuve le plan de financement prévisionnel présenté ci-dessus ;"),
    ("b", "Article 3 – autorise la présidente à solliciter les subventions de l'État, de la "
          "Région Occitanie, du Département de l'Ariège et de l'agence régionale de santé, et à "
          "signer tout document s'y rapportant ;"),
    ("b", "Article 4 – autorise la présidente à lancer la consultation des entreprises et à "
          "signer les marchés de travaux dans la limite de l'enveloppe prévue ;"),
    ("b", "Article 5 – dit que les crédits sont inscrits au budget principal 2026, chapitre 23, "
          "opération n° 2026-04."),
    ("h", "Vote"),
    ("p", "Pour : 38 – contre : 0 – abstentions : 3 (Mme Denise Lamothe, M. Patrick Montégut, "
          "M. Bruno Cabanac). La délibération est adoptée."),
    ("p", "Fait et délibéré à Roquebrèze-sur-Hers, les jour, mois et an susdits. Pour extrait "
          "conforme, la présidente, Claudine Maurette."),
    ("note", "Délibération transmise au représentant de l'État le 9 février 2026 et publiée le "
             "10 février 2026. Elle peut faire l'objet d'un recours devant le tribunal "
             "administratif de Toulouse dans un délai de deux mois à compter de sa publication."),
]


# ---------------------------------------------------------------------------
# 3. A local news site's article on the demolition of the tour Montcalm: HTML (town 2)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Roquebrèze-sur-Hers : la tour Montcalm commence à disparaître – L'Écho du Plantaurel</title>
<meta name="description" content="Aux Cardères, la démolition mécanique de la tour Montcalm a commencé. Relogement, chantier, suite du projet de renouvellement urbain.">
<meta property="article:published_time" content="2026-02-24T07:15:00+01:00">
<meta name="author" content="Clémence Ribes">
<link rel="canonical" href="https://www.echo-du-plantaurel.example/ariege/roquebreze-sur-hers/la-tour-montcalm-commence-a-disparaitre">
<style>.cmp{position:fixed;bottom:0;left:0;right:0}.article{max-width:720px}</style>
<script>window.__edpConsent = {analytics: false, ads: false};</script>
</head>
<body>
<div class="cmp" role="dialog" aria-label="Consentement">
  <p>Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l'audience et vous proposer des publicités adaptées. <a href="#">Accepter</a> · <a href="#">Refuser</a> · <a href="/confidentialite/">Paramétrer</a></p>
</div>
<header class="bandeau">
  <p class="titre-journal"><a href="/">L'Écho du Plantaurel</a></p>
  <nav class="rubriques">
    <ul>
      <li><a href="/actualite/">Actualité</a></li>
      <li><a href="/ariege/">Ariège</a></li>
      <li><a href="/sport/">Sport</a></li>
      <li><a href="/agenda/">Agenda</a></li>
      <li><a href="/annonces-legales/">Annonces légales</a></li>
      <li><a href="/abonnement/">S'abonner</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="ariane"><a href="/">Accueil</a> › <a href="/ariege/">Ariège</a> › <a href="/ariege/roquebreze-sur-hers/">Roquebrèze-sur-Hers</a></nav>

<article class="article">
  <p class="rubrique">Roquebrèze-sur-Hers · Urbanisme</p>
  <h1>Roquebrèze-sur-Hers : sous les coups de la pelle, la tour Montcalm commence à disparaître</h1>
  <p class="signature">Par Clémence Ribes · publié le mardi 24 février 2026 à 7 h 15</p>
  <p class="chapo">Depuis lundi, une pelle à long bras grignote les derniers étages de la tour Montcalm, dans le quartier des Cardères. Une centaine d'habitants sont venus voir tomber l'immeuble de 56 logements, vide depuis l'automne.</p>

  <p>Lundi 23 février, 9 heures. La mâchoire de la pelle, perchée au bout d'un bras de 38 mètres, mord dans le béton du dernier niveau. Sur le trottoir de la rue des Tondeurs, derrière les barrières, d'anciens locataires filment la scène avec leur téléphone. Construite en 1968, la tour Montcalm était, avec son rez-de-chaussée et ses treize étages, le plus haut immeuble de Roquebrèze-sur-Hers.</p>

  <h2>Six mois de chantier</h2>
  <p>Hers Habitat, le propriétaire, a confié la démolition à l'entreprise toulousaine Escaich Démolition, pour 1 870 000 € HT. Le désamiantage, mené d'octobre 2025 à janvier 2026, a précédé le grignotage, qui doit durer jusqu'en mai. Les gravats de béton seront concassés sur place puis réutilisés pour combler les sous-sols : 92 % des matériaux doivent être recyclés ou valorisés. La fin du chantier est prévue en juillet 2026. Le marché comporte une clause d'insertion, qui a permis de recruter plusieurs habitants du quartier.</p>
  <p>Pendant les travaux, la rue des Tondeurs reste fermée à la circulation entre la place des Drapiers et la rue de la Lainerie. Des brumisateurs limitent les poussières et un capteur de vibrations a été posé sur l'école maternelle voisine.</p>

  <h2>« Une page qui se tourne »</h2>
  <blockquote>
    <p>« C'est une page de l'histoire des Cardères qui se tourne. Cette tour a logé des milliers de familles, mais elle ne correspondait plus du tout à ce que les gens attendent aujourd'hui d'un logement », estime le maire, Gilbert Authié.</p>
  </blockquote>
  <p>Yvette Loubière, 74 ans, a vécu trente et un ans au neuvième étage. Relogée depuis juin dans un T2 de la résidence Trois-Seigneurs, à deux rues de là, elle est venue « dire au revoir ». « J'ai pleuré en voyant la pelle. Mais je ne regrette rien : ici, l'ascenseur était en panne une semaine sur deux. »</p>

  <h2>49 ménages relogés</h2>
  <p>Lorsque la démolition a été décidée, en 2022, 49 ménages habitaient encore la tour. Hers Habitat les a tous relogés entre mars 2023 et octobre 2025 :</p>
  <ul>
    <li>21 dans un autre immeuble du quartier des Cardères ;</li>
    <li>20 ailleurs à Roquebrèze-sur-Hers ;</li>
    <li>8 dans une autre commune de l'agglomération.</li>
  </ul>
  <p>« Chaque famille a reçu en moyenne deux propositions. Les plus difficiles à reloger ont été les familles nombreuses : pour trois d'entre elles, nous avons attendu la livraison des T5 neufs du Clos-Vert », explique Olivier Massat, directeur général de Hers Habitat.</p>

  <h2>La barre Valier sera la prochaine</h2>
  <p>La démolition de la tour n'est qu'une étape du projet de renouvellement urbain des Cardères. « Le relogement des 41 ménages de la barre Valier commencera en avril 2026, pour une démolition en 2028 », précise Romain Cazaux, chef de projet renouvellement urbain à Hers Pyrénées Agglomération. La résidence Trois-Seigneurs de Hers Habitat et la résidence Estats de Midalia Habitat seront réhabilitées, et une maison de santé doit ouvrir place des Drapiers : le conseil communautaire a approuvé son plan de financement, 2,06 M€ HT, le 5 février.</p>
  <p>À l'emplacement de la tour, un square et une aire de jeux seront aménagés en 2027. Les habitants peuvent donner leur avis sur leur aménagement à la maison du projet, 3 rue des Tondeurs, ouverte le lundi et le jeudi de 14 h à 18 h.</p>

  <aside class="encadre">
    <h3>Le projet des Cardères en chiffres</h3>
    <ul>
      <li>3 460 habitants dans le quartier prioritaire</li>
      <li>Convention avec l'ANRU signée le 26 septembre 2024</li>
      <li>31,2 M€ HT d'investissements de 2024 à 2031, dont 9,1 M€ de l'ANRU</li>
      <li>104 logements sociaux démolis : 56 à la tour Montcalm, 48 à la barre Valier</li>
      <li>108 logements réhabilités : résidence Trois-Seigneurs (64), résidence Estats (44)</li>
      <li>80 logements sociaux reconstruits hors du quartier : 50 par Hers Habitat, 30 par Midalia Habitat</li>
    </ul>
  </aside>
</article>

<aside class="lire-aussi">
  <h2>Lire aussi</h2>
  <ul>
    <li><a href="/ariege/lavelanet-le-marche-de-noel-bat-son-record/">Le marché de Noël a battu son record de fréquentation</a></li>
    <li><a href="/sport/rugby-federale-3-roquebreze-s-impose/">Rugby, Fédérale 3 : Roquebrèze s'impose à domicile</a></li>
    <li><a href="/ariege/roquebreze-sur-hers-la-piscine-rouvre/">La piscine intercommunale rouvre après travaux</a></li>
  </ul>
</aside>

<section class="commentaires">
  <h2>3 commentaires</h2>
  <p>Connectez-vous pour réagir à cet article.</p>
</section>
</main>

<footer class="pied">
  <p>L'Écho du Plantaurel – hebdomadaire d'information de l'Ariège – 12 allées de Villote, Foix</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgu/">Conditions d'utilisation</a> · <a href="/confidentialite/">Politique de confidentialité</a> · <a href="/contact/">Nous contacter</a></p>
  <p>© 2026 L'Écho du Plantaurel – tous droits réservés</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 21 + 20 + 8 == 49 and 56 + 48 == 104 and 64 + 44 == 108 and 50 + 30 == 80
    assert 14 * 4 == 56 and 41 <= 48


# ---------------------------------------------------------------------------
# 4. Annual activity report 2025 of the maison du projet des Alambics: Markdown (town 1)
# ---------------------------------------------------------------------------
# reason of the visit, visits
MD_REASONS = [
    ("Information sur le projet urbain", 812),
    ("Relogement (tour Colombard, barre Ugni)", 944),
    ("Travaux et nuisances de chantier", 431),
    ("Emploi, Café emploi et clauses d'insertion", 389),
    ("Vie du quartier et gestion urbaine de proximité", 246),
    ("Autres demandes", 92),
]
MD_VISITS = 2914
# kind of event, number, participants
MD_EVENTS = [
    ("Ateliers de concertation sur les espaces publics", 6, 148),
    ("Balades urbaines", 3, 71),
    ("Réunions publiques", 2, 186),
    ("Cafés emploi", 10, 97),
    ("Ateliers « Mémoire des Alambics »", 12, 64),
    ("Visites de chantier et du logement témoin de la résidence Baco", 4, 46),
    ("Ateliers enfants autour de la maquette du quartier", 4, 38),
]


def md_reason_table():
    lines = ["| Motif principal de la visite | Passages | Part |", "|---|---:|---:|"]
    for label, n in MD_REASONS:
        lines.append(f"| {label} | {probekit.eur(n)} | {share(n, MD_VISITS)} |")
    lines.append(f"| **Total** | **{probekit.eur(sum(n for _, n in MD_REASONS))}** | "
                 "**100 %** |")
    return "\n".join(lines)


def md_event_table():
    lines = ["| Type d'animation | Nombre | Participants |", "|---|---:|---:|"]
    for label, n, people in MD_EVENTS:
        lines.append(f"| {label} | {n} | {people} |")
    lines.append(f"| **Total** | **{sum(e[1] for e in MD_EVENTS)}** | "
                 f"**{sum(e[2] for e in MD_EVENTS)}** |")
    return "\n".join(lines)


def _check_md():
    assert sum(n for _, n in MD_REASONS) == MD_VISITS
    assert [share(n, MD_VISITS) for _, n in MD_REASONS] == ["27,9 %", "32,4 %", "14,8 %",
                                                            "13,3 %", "8,4 %", "3,2 %"]
    assert sum(e[1] for e in MD_EVENTS) == 41 and sum(e[2] for e in MD_EVENTS) == 650
    assert round(100 * (MD_VISITS - 2106) / 2106) == 38
    assert 48200 + 28920 + 19280 == 96400 and 48200 * 2 == 96400
    assert 70 + 36 == 106 and 54 + 60 + 72 == 186 and 36 - 33 >= 0


MD = """---
title: "Maison du projet des Alambics – bilan d'activité 2025"
commune: "Aurignès-sur-Gimone"
auteur: "Inès Bordenave, animatrice de la maison du projet"
date: 2026-01-30
diffusion: "Comité technique du projet de renouvellement urbain des Alambics"
---

# Maison du projet des Alambics – bilan d'activité 2025

**Ville d'Aurignès-sur-Gimone et Gimone Armagnac Agglomération – janvier 2026**

- **Adresse** : 6 place de la Distillerie, Aurignès-sur-Gimone, dans l'ancien bureau de la distillerie Daubas
- **Ouverture** : 2 octobre 2023
- **Horaires** : le mardi de 14 h à 18 h, le mercredi de 9 h à 12 h et le jeudi de 14 h à 19 h
- **Équipe** : Inès Bordenave, animatrice à temps plein, employée par la Ville
- **Permanences** : Léa Castagnet, cheffe de projet renouvellement urbain de Gimone Armagnac Agglomération, le deuxième jeudi du mois ; Fanny Duffau, chargée de relogement de Gimone Habitat, chaque mardi ; Nadia Pouyanne, facilitatrice des clauses sociales, le jeudi après-midi
- **Locaux** : mis à disposition gratuitement par Gimone Habitat

## Le projet des Alambics en bref

La convention de renouvellement urbain des Alambics, signée avec l'ANRU le 12 mars 2025, prévoit 26,4 M€ HT d'investissements jusqu'en 2031, dont 7,9 M€ de subventions de l'ANRU. Elle prévoit la démolition de 106 logements sociaux, les 70 de la tour Colombard et 36 aux cages 1 et 2 de la barre Ugni, la réhabilitation de 186 logements (cages 3 à 5 de la barre Ugni, résidences Baco et Folle-Blanche) et la reconstruction de 80 logements sociaux hors du quartier.

## 2025 en chiffres

- 2 914 passages, contre 2 106 en 2024, soit une hausse de 38 % ;
- 41 ateliers, réunions et animations, qui ont réuni 650 participants ;
- 147 jours d'ouverture ;
- 212 questionnaires de satisfaction : 87 % des répondants se disent satisfaits ou très satisfaits de l'accueil.

## 1. Pourquoi vient-on à la maison du projet ?

""" + md_reason_table() + """

Le relogement reste le premier motif de visite : la fin du relogement de la tour Colombard et le début de celui de la barre Ugni ont amené de nombreux locataires à la permanence du mardi. Les visites liées aux travaux ont presque triplé avec le chantier de la résidence Baco, commencé en avril 2025.

## 2. Ateliers, réunions et animations

""" + md_event_table() + """

Les deux réunions publiques ont porté sur le projet urbain, le 13 mars, au lendemain de la signature de la convention, et sur la démolition de la tour Colombard, le 9 octobre. Les ateliers « Mémoire des Alambics » ont permis de recueillir 43 récits et plus de 300 photographies d'anciens habitants de la tour.

## 3. Ce que la concertation a changé

Les six ateliers consacrés aux espaces publics ont recueilli 31 propositions d'habitants. Le comité technique du 4 novembre 2025 en a retenu 19, inscrites au programme confié au maître d'œuvre des espaces publics, parmi lesquelles :

- la conservation de l'alambic de l'ancienne distillerie Daubas, restauré et installé au centre de la place de la Distillerie ;
- un jardin partagé de 40 parcelles rue des Chais, à l'emplacement des garages démolis ;
- la plantation de 60 arbres d'ombrage le long du mail des Alambics ;
- un terrain multisport derrière le groupe scolaire des Vendangeurs ;
- l'éclairage du cheminement piéton entre la résidence Baco et l'arrêt de bus de l'avenue d'Armagnac.

Deux demandes n'ont pas été retenues : le maintien du parking souterrain de la tour Colombard, dont la dalle est trop dégradée, et la création d'une halle couverte, hors de portée du budget du projet.

## 4. Relogement

Le relogement des 58 ménages de la tour Colombard, engagé en janvier 2024 par Gimone Habitat, s'est achevé le 12 décembre 2025, lorsque la dernière locataire a rendu ses clés. La tour est désormais murée ; sa démolition doit commencer à l'automne 2026.

Aux cages 1 et 2 de la barre Ugni, l'enquête sociale a recensé 33 ménages à reloger. Au 31 décembre 2025, 9 d'entre eux avaient été relogés.

## 5. Moyens

Le fonctionnement de la maison du projet a coûté 96 400 € en 2025, dont 52 300 € pour le poste d'animatrice. Il a été financé par Gimone Armagnac Agglomération (48 200 €), par l'ANRU au titre de l'ingénierie du projet (28 920 €) et par la Ville (19 280 €). Gimone Habitat met les locaux à disposition gratuitement et prend en charge les fluides.

## 6. Perspectives 2026

- ouverture un samedi matin par mois à partir de mars 2026, à la demande des habitants qui travaillent en semaine ;
- exposition « Colombard, 1972-2026 » en septembre 2026, avant la démolition de la tour ;
- réunions de chantier ouvertes aux habitants pendant la démolition ;
- installation de la maison du projet en 2028 au rez-de-chaussée de la cage 3 de la barre Ugni, une fois celle-ci réhabilitée.

« Les gens viennent d'abord pour une question sur leur relogement, puis ils reviennent pour les ateliers. La maison du projet est devenue un lieu du quartier », observe Inès Bordenave.
"""


# ---------------------------------------------------------------------------
# 5. Report to the Région Occitanie's standing committee: plain text (both towns)
# ---------------------------------------------------------------------------
TX_GRANT_FB = 72 * 3000
TX_GRANT_MSP = 1640000 // 10
TX_AP, TX_FIRST = 2400000, 612000


def _check_txt():
    assert TX_GRANT_FB == 216000 and TX_GRANT_MSP == 164000
    assert TX_GRANT_FB + TX_GRANT_MSP == 380000
    assert TX_AP - TX_FIRST - 380000 == 1408000
    assert 4248000 == 72 * 59000 and 64 * 3000 == 192000


TXT = """RÉGION OCCITANIE
Commission permanente du vendredi 20 mars 2026

RAPPORT N° CP/2026-03/11.07

Direction de l'habitat et de la politique de la ville
Objet : Politique de la ville – soutien régional aux projets de renouvellement urbain d'intérêt régional – programme 2026, deuxième attribution
Rapporteure : Nathalie Sempé, vice-présidente chargée du logement et de la politique de la ville
Instruction : Élodie Castéran, chargée de mission renouvellement urbain


1. LE DISPOSITIF RÉGIONAL

Par délibération du 16 décembre 2022, l'assemblée plénière a adopté le dispositif régional de soutien aux projets de renouvellement urbain d'intérêt régional. La Région y finance :
- la réhabilitation thermique des logements sociaux, par un forfait de 2 000 € par logement, porté à 3 000 € lorsque l'opération atteint le niveau BBC rénovation ;
- les équipements publics de proximité, à hauteur de 10 % de la dépense de travaux, dans la limite de 200 000 € par équipement.

Les opérations aidées doivent réserver à l'insertion au moins 5 % des heures de travail de leurs marchés de travaux et commencer dans un délai de deux ans à compter de la décision d'attribution.

Le présent rapport porte sur trois demandes reçues entre le 15 décembre 2025 et le 20 février 2026.


2. DOSSIER N° 1 – AURIGNÈS-SUR-GIMONE (GERS) – RÉHABILITATION DE LA RÉSIDENCE FOLLE-BLANCHE

Bénéficiaire : Midalia Habitat, société anonyme d'habitations à loyer modéré, Toulouse
Projet de renouvellement urbain : quartier des Alambics, convention signée le 12 mars 2025

La résidence Folle-Blanche compte 72 logements répartis en quatre bâtiments, construits en 1976. Les travaux comprennent l'isolation des façades et des toitures, le remplacement des menuiseries, une ventilation hygroréglable et le remplacement des chaudières individuelles. Ils doivent faire passer les logements de l'étiquette énergétique E à l'étiquette B, au niveau BBC rénovation.

Coût de l'opération : 4 248 000 € HT, soit 59 000 € HT par logement, financé pour l'essentiel par des prêts de la Banque des Territoires et par les fonds propres du bailleur.
Calendrier : travaux d'avril 2026 à septembre 2027, en site occupé.
Aide proposée : 216 000 €, soit 3 000 € par logement (forfait de 2 000 € majoré de 1 000 € pour le niveau BBC rénovation).


3. DOSSIER N° 2 – ROQUEBRÈZE-SUR-HERS (ARIÈGE) – MAISON DE SANTÉ PLURIPROFESSIONNELLE DES CARDÈRES

Bénéficiaire : Hers Pyrénées Agglomération
Projet de renouvellement urbain : quartier des Cardères, convention signée le 26 septembre 2024

La maison de santé, de 640 m² de surface utile, sera construite place des Drapiers et accueillera quatorze professionnels de santé, dont cinq médecins généralistes. Son ouverture est prévue en janvier 2028.

Coût de l'opération : 2 062 000 € HT, dont 1 640 000 € HT de travaux.
Aide sollicitée : 180 000 € (délibération du conseil communautaire du 5 février 2026).
Dépense subventionnable retenue : 1 640 000 € HT.
Aide proposée : 164 000 €, soit 10 % de la dépense subventionnable. Les honoraires, l'équipement et la provision pour aléas n'entrent pas dans l'assiette du dispositif, ce qui explique l'écart avec le montant sollicité.


4. DOSSIER N° 3 – ROQUEBRÈZE-SUR-HERS (ARIÈGE) – RÉHABILITATION DE LA RÉSIDENCE TROIS-SEIGNEURS

Bénéficiaire : Hers Habitat, office public de l'habitat
Projet de renouvellement urbain : quartier des Cardères

La résidence Trois-Seigneurs compte 64 logements. Hers Habitat sollicite une aide de 192 000 €, soit 3 000 € par logement.

Proposition : ajournement. Le dossier ne comprend pas l'audit énergétique après travaux qui permet de vérifier l'atteinte du niveau BBC rénovation. Il sera présenté à la commission permanente du 26 juin 2026, une fois complété.


5. RÉCAPITULATIF

Dossier                                        Bénéficiaire                   Aide proposée
1. Résidence Folle-Blanche, Aurignès           Midalia Habitat                216 000 €
2. Maison de santé des Cardères, Roquebrèze    Hers Pyrénées Agglomération    164 000 €
3. Résidence Trois-Seigneurs, Roquebrèze       Hers Habitat                   ajourné
Total des aides proposées                                                     380 000 €


6. INCIDENCE BUDGÉTAIRE

Les aides sont imputées sur l'autorisation de programme « Renouvellement urbain 2026 » (chapitre 905), dotée de 2 400 000 €. Après la première attribution du 30 janvier 2026 (612 000 €) et la présente commission, le montant disponible s'élèvera à 1 408 000 €.


7. MODALITÉS DE VERSEMENT

- une avance de 30 % au démarrage des travaux, sur production de l'ordre de service ;
- des acomptes sur justificatifs de dépenses, dans la limite de 80 % de l'aide ;
- le solde à l'achèvement, sur production du décompte général et, pour les logements, du certificat BBC rénovation.

L'aide devient caduque si les travaux n'ont pas commencé dans un délai de deux ans à compter de la présente décision.


8. DÉCISION PROPOSÉE

Il est proposé à la commission permanente :
- d'attribuer à Midalia Habitat une aide de 216 000 € pour la réhabilitation de la résidence Folle-Blanche à Aurignès-sur-Gimone ;
- d'attribuer à Hers Pyrénées Agglomération une aide de 164 000 € pour la maison de santé pluriprofessionnelle des Cardères à Roquebrèze-sur-Hers ;
- d'ajourner la demande de Hers Habitat pour la résidence Trois-Seigneurs ;
- d'autoriser la présidente à signer les conventions d'attribution correspondantes.

Avis de la commission sectorielle Logement, habitat et politique de la ville du 5 mars 2026 : favorable.
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe28.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=3, header_fill="7A3E1D",
        total_match="prefix")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"costs", "funders"},
        form_label_w=120, theme=THEME_ARDOISE, header_left=PD_HEADER_LEFT,
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
